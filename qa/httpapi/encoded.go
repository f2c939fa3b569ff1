package httpapi

import (
	"bytes"
	"container/list"
	"math"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/gin-gonic/gin"
	ginjson "github.com/gin-gonic/gin/codec/json"

	"github.com/talentwar/qa/qa"
)

// The encoded-answer cache keeps the JSON body of recent /v1/ask answers,
// so a repeated question (answered from the engine's answer cache in about
// a microsecond) is not encoded again: encoding an ~8 KB answer cost more
// than everything else the handler does.
//
// An entry is looked up by the normalized question and k, and served only
// when the engine's response for this request equals, field by field, the
// response the bytes were encoded from (TookMS and SessionID aside, which
// are written per request). Equality, not an index generation, is what
// keeps the bytes current: whatever makes the engine answer differently (a
// rebuilt index, an invalidated cache, Bleve's float noise) makes the
// comparison fail and the answer be encoded afresh. The comparison is
// cheap on a hit, because the engine's cached answers share their strings
// with the entry (equal pointers compare without reading the bytes).
//
// Requests carrying a session_id never use it (a follow-up is interpreted
// against that conversation), and entries are encoded without a
// session_id: a new session's ID is written into each response, so no
// session's ID reaches another client.

// defaultEncodedCacheBytes bounds the cache: about 2,000 answers of k = 3.
const defaultEncodedCacheBytes = 16 << 20

type encodedKey struct {
	question string // normalized, as the engine returns it
	k        int
	lang     qa.Lang // the answer's language (a question may be answered in either script)
}

// encodedAnswer is a response's JSON body in two parts: head is
// {"question":…,"lang":…[,"interpreted_as":…] and tail is
// ,"answer":…,"passages":[…],"took_ms": — the session_id goes between
// them and took_ms after tail.
type encodedAnswer struct {
	key  encodedKey
	resp qa.Response // what was encoded, without SessionID and TookMS
	head []byte
	tail []byte
	size int64
}

type encodedCache struct {
	max int64

	mu    sync.Mutex
	size  int64
	ll    list.List // of *encodedAnswer, most recently used first
	items map[encodedKey]*list.Element

	hits, misses atomic.Uint64
}

func newEncodedCache(max int64) *encodedCache {
	if max <= 0 {
		return nil
	}
	return &encodedCache{max: max, items: make(map[encodedKey]*list.Element)}
}

func (c *encodedCache) get(k encodedKey) *encodedAnswer {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.items[k]
	if !ok {
		return nil
	}
	c.ll.MoveToFront(el)
	return el.Value.(*encodedAnswer)
}

func (c *encodedCache) put(e *encodedAnswer) {
	if e.size > c.max {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[e.key]; ok {
		c.size -= el.Value.(*encodedAnswer).size
		c.ll.Remove(el)
	}
	c.items[e.key] = c.ll.PushFront(e)
	c.size += e.size
	for c.size > c.max {
		el := c.ll.Back()
		old := el.Value.(*encodedAnswer)
		c.ll.Remove(el)
		delete(c.items, old.key)
		c.size -= old.size
	}
}

func (c *encodedCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ll.Len()
}

// sameAnswer reports whether r, as the engine answered this request, is
// the response e was encoded from (SessionID and TookMS aside).
func (e *encodedAnswer) sameAnswer(r *qa.Response) bool {
	s := &e.resp
	if r.Question != s.Question || r.Lang != s.Lang || r.InterpretedAs != s.InterpretedAs || r.NoAnswer != s.NoAnswer {
		return false
	}
	if (r.Answer == nil) != (s.Answer == nil) || r.Answer != nil && *r.Answer != *s.Answer {
		return false
	}
	if len(r.Passages) != len(s.Passages) || (r.Passages == nil) != (s.Passages == nil) {
		return false
	}
	for i := range r.Passages {
		if r.Passages[i] != s.Passages[i] {
			return false
		}
	}
	return true
}

var (
	tookField    = []byte(`,"took_ms":0}`)
	answerField  = []byte(`,"answer":`)
	sessionField = []byte(`,"session_id":`)
)

// encodeAnswer encodes r (with gin's JSON codec, as c.JSON would) into
// the two parts of an encodedAnswer. It returns nil when the encoding does
// not have the expected shape, and then the caller encodes r whole.
func encodeAnswer(key encodedKey, r *qa.Response) (*encodedAnswer, error) {
	e := &encodedAnswer{key: key, resp: *r}
	e.resp.SessionID, e.resp.TookMS = "", 0
	if r.Passages != nil { // nil is null, empty is []
		e.resp.Passages = append(make([]qa.Result, 0, len(r.Passages)), r.Passages...)
	}
	if r.Answer != nil {
		a := *r.Answer
		e.resp.Answer = &a
	}
	b, err := ginjson.API.Marshal(&e.resp)
	if err != nil {
		return nil, err
	}
	// Strings before "answer" are JSON strings, whose quotes inside are
	// escaped: the first `,"answer":` is the field.
	i := bytes.Index(b, answerField)
	if i < 0 || !bytes.HasSuffix(b, tookField) {
		return nil, nil
	}
	e.head, e.tail = b[:i:i], b[i:len(b)-2]
	e.size = int64(len(b)) + 256
	for _, s := range []string{r.Question, r.InterpretedAs, r.NoAnswer} {
		e.size += int64(len(s))
	}
	for _, p := range r.Passages {
		e.size += int64(len(p.ID) + len(p.ZH) + len(p.EN) + len(p.Highlights.ZH) + len(p.Highlights.EN) + 64)
	}
	return e, nil
}

// appendTo appends the JSON body of the answer with the request's own
// session ID and time.
func (e *encodedAnswer) appendTo(b []byte, sessionID string, tookMS float64) []byte {
	b = append(b, e.head...)
	if sessionID != "" {
		b = append(b, sessionField...)
		b = appendJSONString(b, sessionID)
	}
	b = append(b, e.tail...)
	b = appendJSONFloat(b, tookMS)
	return append(b, '}')
}

// appendJSONString appends s as a JSON string, as encoding/json writes it.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_' || c == '.') {
			q, _ := ginjson.API.Marshal(s)
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// appendJSONFloat appends f as encoding/json writes a float64 (finite).
func appendJSONFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 to e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

var bodyPool = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

// writeAnswer writes a 200 answer: from the encoded-answer cache when the
// request may use it and the entry matches, else encoded afresh (and kept
// for the next time).
func (s *Server) writeAnswer(c *gin.Context, req qa.Request, resp *qa.Response) {
	// A session_id in the request may carry a conversation: such answers
	// are encoded whole and never kept. Without one, a question is read
	// the same way each time (a misspelled name mended the same way), so
	// its interpreted_as is part of the entry like the rest.
	usable := s.encoded != nil && req.SessionID == "" && len(req.History) == 0 &&
		!math.IsNaN(resp.TookMS) && !math.IsInf(resp.TookMS, 0)
	if !usable {
		s.writeWhole(c, resp)
		return
	}
	k := req.K
	if k == 0 {
		k = qa.DefaultK
	}
	key := encodedKey{question: resp.Question, k: k, lang: resp.Lang}
	e := s.encoded.get(key)
	if e != nil && e.sameAnswer(resp) {
		s.encoded.hits.Add(1)
	} else {
		s.encoded.misses.Add(1)
		var err error
		if e, err = encodeAnswer(key, resp); e == nil || err != nil {
			s.writeWhole(c, resp)
			return
		}
		s.encoded.put(e)
	}
	bp := bodyPool.Get().(*[]byte)
	b := e.appendTo((*bp)[:0], resp.SessionID, resp.TookMS)
	writeJSON(c, b)
	if cap(b) <= 256<<10 {
		*bp = b
		bodyPool.Put(bp)
	}
}

// writeWhole encodes resp whole, as c.JSON would, with its length.
func (s *Server) writeWhole(c *gin.Context, resp *qa.Response) {
	b, err := ginjson.API.Marshal(resp)
	if err != nil {
		s.writeError(c, err)
		return
	}
	writeJSON(c, b)
}

// jsonContentType is gin's, set as gin's c.JSON sets it.
var jsonContentType = []string{"application/json; charset=utf-8"}

// writeJSON writes a 200 JSON body with its length (not chunked).
func writeJSON(c *gin.Context, b []byte) {
	h := c.Writer.Header()
	h["Content-Type"] = jsonContentType
	h["Content-Length"] = []string{strconv.Itoa(len(b))}
	c.Status(http.StatusOK)
	c.Writer.Write(b)
}
