package qa

import "sync"

// Every question looks at about ten passages, and for each the engine
// tokenizes the text, finds its entity mentions and its typed candidates:
// the same work on the same corpus texts, question after question, and
// most of a question's cost before this memo (docs/performance.md). The
// results depend only on the text and the engine's entity table, so the
// engine keeps them for its own passage texts, computed on first use.
// Question texts are never kept: a question costs the same the first time
// it is asked and the hundredth (the answer cache, cache.go, is the only
// thing that remembers questions).

// passageMemo holds results for the texts of the engine's passages.
type passageMemo struct {
	texts      map[string]bool // the passages' ZH and EN; read-only
	mentions   memo[string, []Mention]
	candidates memo[candKey, []Candidate]
}

type candKey struct {
	text string
	zh   bool
}

// memoEntries bounds each memo; past it the oldest half is dropped.
const memoEntries = 1 << 16

func newPassageMemo(passages map[string]Passage) *passageMemo {
	pm := &passageMemo{texts: make(map[string]bool, 2*len(passages))}
	for _, p := range passages {
		pm.texts[p.ZH] = true
		pm.texts[p.EN] = true
	}
	pm.mentions.max = memoEntries
	pm.candidates.max = memoEntries
	return pm
}

// FindAll returns every mention of an entity in text, in order.
func (m *EntityMatcher) FindAll(text string) []Mention {
	if m == nil {
		return nil
	}
	pm := m.memo
	if pm == nil || !pm.texts[text] {
		return m.findAll(text)
	}
	if v, ok := pm.mentions.get(text); ok {
		return append([]Mention(nil), v...)
	}
	v := m.findAll(text)
	pm.mentions.put(text, append([]Mention(nil), v...))
	return v
}

// FindCandidates returns the typed spans in text (Chinese when zh) and the
// entity mentions, by type, in order of position. A longer span wins over
// a shorter one it overlaps; a figure inside another figure (the 143億 of
// 143億美元) or inside a name (the 4 of Llama 4) is not a candidate.
func FindCandidates(text string, zh bool, m *EntityMatcher) []Candidate {
	if m == nil || m.memo == nil || !m.memo.texts[text] {
		return findCandidates(text, zh, m)
	}
	k := candKey{text, zh}
	if v, ok := m.memo.candidates.get(k); ok {
		return append([]Candidate(nil), v...)
	}
	v := findCandidates(text, zh, m)
	m.memo.candidates.put(k, append([]Candidate(nil), v...))
	return v
}

// memo is a bounded map safe for concurrent use: two generations, the
// older dropped when the newer fills.
type memo[K comparable, V any] struct {
	mu       sync.RWMutex
	cur, old map[K]V
	max      int
}

func (m *memo[K, V]) get(k K) (V, bool) {
	m.mu.RLock()
	v, ok := m.cur[k]
	if !ok {
		if v, ok = m.old[k]; ok {
			m.mu.RUnlock()
			m.put(k, v)
			return v, true
		}
	}
	m.mu.RUnlock()
	return v, ok
}

func (m *memo[K, V]) put(k K, v V) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.cur == nil || len(m.cur) >= m.max {
		m.old, m.cur = m.cur, make(map[K]V)
	}
	m.cur[k] = v
}
