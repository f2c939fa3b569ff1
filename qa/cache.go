package qa

import (
	"container/list"
	"sync"
	"sync/atomic"
)

// The answer cache makes a repeated question cost a map lookup. It is an
// LRU keyed by the normalized question (which determines its language), k
// and the index generation, and it only ever serves and stores questions asked with an
// empty conversation: a follow-up is interpreted against one session's
// earlier turns, so its answer is never given to another. A question asked
// in a new session still opens that session (with its own SessionID) and
// records the turn, as the engine does without the cache.

// Generationer is implemented by searchers whose content can change: the
// generation changes whenever it does, and cached answers of an earlier
// generation are not served.
type Generationer interface {
	Generation() uint64
}

type cacheKey struct {
	question string // normalized; with script, it determines the language
	k        int
	gen      uint64
	script   Lang // Request.Script
}

// cached is one stored answer and what a new session needs to record it.
type cached struct {
	key  cacheKey
	resp Response // without SessionID and TookMS
	an   Analysis
	turn *Passage // what the turn was about, for a session it opens
}

type answerCache struct {
	mu    sync.Mutex
	max   int
	ll    *list.List // front: most recently used
	items map[cacheKey]*list.Element

	hits, misses atomic.Uint64
}

func newAnswerCache(max int) *answerCache {
	if max <= 0 {
		return nil
	}
	return &answerCache{max: max, ll: list.New(), items: make(map[cacheKey]*list.Element)}
}

func (c *answerCache) get(k cacheKey) (*cached, bool) {
	c.mu.Lock()
	var v *cached
	el, ok := c.items[k]
	if ok {
		c.ll.MoveToFront(el)
		v = el.Value.(*cached)
	}
	c.mu.Unlock()
	if !ok {
		c.misses.Add(1)
		return nil, false
	}
	c.hits.Add(1)
	return v, true
}

func (c *answerCache) put(v *cached) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[v.key]; ok {
		el.Value = v
		c.ll.MoveToFront(el)
		return
	}
	c.items[v.key] = c.ll.PushFront(v)
	for c.ll.Len() > c.max {
		el := c.ll.Back()
		c.ll.Remove(el)
		delete(c.items, el.Value.(*cached).key)
	}
}

func (c *answerCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ll.Len()
}

// copyResponse returns a copy of r that shares nothing a caller could
// change with r.
func copyResponse(r *Response) *Response {
	cp := *r
	if r.Answer != nil {
		a := *r.Answer
		cp.Answer = &a
	}
	cp.Passages = append([]Result{}, r.Passages...)
	return &cp
}

// CacheStats are the answer cache's counters.
type CacheStats struct {
	Size, Max    int
	Hits, Misses uint64
}

// CacheStats reports the answer cache's size and hit counts; all zero
// when the cache is off.
func (e *Engine) CacheStats() CacheStats {
	if e.cache == nil {
		return CacheStats{}
	}
	return CacheStats{Size: e.cache.len(), Max: e.cache.max, Hits: e.cache.hits.Load(), Misses: e.cache.misses.Load()}
}

// InvalidateCache drops every cached answer (for a searcher whose content
// changed without a Generation to say so).
func (e *Engine) InvalidateCache() {
	e.gen.Add(1)
	if c := e.cache; c != nil {
		c.mu.Lock()
		c.ll.Init()
		clear(c.items)
		c.mu.Unlock()
	}
}

// generation is the key part that changes with the index.
func (e *Engine) generation() uint64 {
	g := e.gen.Load() << 32
	if s, ok := e.search.(Generationer); ok {
		g ^= s.Generation()
	}
	return g
}
