package qa

import (
	"strings"
	"sync"
	"sync/atomic"
)

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
	etokens    memo[string, []tok]
}

type candKey struct {
	text string
	zh   bool
}

// memoEntries bounds each memo; past it the oldest half is dropped.
const memoEntries = 1 << 14

func newPassageMemo(passages map[string]Passage) *passageMemo {
	pm := &passageMemo{texts: make(map[string]bool, 2*len(passages))}
	for _, p := range passages {
		pm.texts[p.ZH] = true
		pm.texts[p.EN] = true
	}
	pm.mentions.max = memoEntries
	pm.candidates.max = memoEntries
	pm.etokens.max = memoEntries / 2
	return pm
}

// etokens tokenizes text with each entity mention as one token, so that
// aliases, scripts and misspellings of one name align.
func (e *Engine) etokens(text string) []tok {
	pm := e.entities.memo
	if pm == nil || !pm.texts[text] {
		return e.etokensText(text)
	}
	if v, ok := pm.etokens.get(text); ok {
		return append([]tok(nil), v...)
	}
	v := e.etokensText(text)
	pm.etokens.put(text, append([]tok(nil), v...))
	return v
}

// etokensShared is etokens for a caller that only reads the tokens: a
// passage text's are the memo's own slice, not a copy.
func (e *Engine) etokensShared(text string) []tok {
	pm := e.entities.memo
	if pm == nil || !pm.texts[text] {
		return e.etokensText(text)
	}
	if v, ok := pm.etokens.get(text); ok {
		return v
	}
	v := e.etokensText(text)
	pm.etokens.put(text, v)
	return v
}

// corpusTexts are the texts of every engine's passages (and of each
// passage read with the one before it, as rerank does) and the forms of
// its entities: the texts whose folded form and tokens are kept. Fold and
// tokenize have no engine at hand, so the set is shared; it only grows
// with the corpora loaded, and is replaced, never changed, so that
// readers take no lock.
var corpusTexts = struct {
	mu     sync.Mutex // serializes registrations
	set    atomic.Pointer[map[string]bool]
	folded memo[string, string]
	tokens memo[string, []tok]
	lower  memo[string, string] // strings.ToLower
	padded memo[string, string] // " " + strings.ToLower + " "
}{folded: memo[string, string]{max: 1 << 15}, tokens: memo[string, []tok]{max: 1 << 13},
	lower: memo[string, string]{max: 1 << 14}, padded: memo[string, string]{max: 1 << 14}}

// lower is strings.ToLower, kept for corpus texts.
func lower(s string) string {
	return kept(&corpusTexts.lower, s, strings.ToLower)
}

// lowerPadded is " " + strings.ToLower(s) + " ", kept for corpus texts.
func lowerPadded(s string) string {
	return kept(&corpusTexts.padded, s, func(s string) string { return " " + strings.ToLower(s) + " " })
}

// kept returns f(s), from m when s is a corpus text.
func kept(m *memo[string, string], s string, f func(string) string) string {
	if !isCorpusText(s) {
		return f(s)
	}
	if v, ok := m.get(s); ok {
		return v
	}
	v := f(s)
	m.put(s, v)
	return v
}

func registerCorpusTexts(docs []Document, entities []Entity) {
	corpusTexts.mu.Lock()
	defer corpusTexts.mu.Unlock()
	set := map[string]bool{}
	if old := corpusTexts.set.Load(); old != nil {
		for k := range *old {
			set[k] = true
		}
	}
	for _, d := range docs {
		for i, p := range d.Passages {
			set[p.ZH] = true
			set[p.EN] = true
			if prev := d.Passages[max(i-1, 0)]; i > 0 && prev.Paragraph == p.Paragraph {
				set[prev.ZH+p.ZH] = true
				set[prev.EN+" "+p.EN] = true
			}
		}
	}
	for _, e := range entities {
		for _, f := range e.ZH {
			set[f] = true
		}
		for _, f := range e.EN {
			set[f] = true
		}
	}
	corpusTexts.set.Store(&set)
}

func isCorpusText(s string) bool {
	set := corpusTexts.set.Load()
	return set != nil && (*set)[s]
}

// Fold maps text to the form the index compares: Simplified script (t2s),
// narrow ASCII for full-width forms (Ｍｅｔａ１４３ → Meta143) and wide
// forms for half-width katakana, lower case. It keeps the rune count, so
// rune i of the result corresponds to rune i of the input (highlights and
// spans rely on this): where a phrase conversion would change the length,
// characters are converted one by one instead.
func Fold(s string) string {
	if !isCorpusText(s) {
		return fold(s)
	}
	if v, ok := corpusTexts.folded.get(s); ok {
		return v
	}
	v := fold(s)
	corpusTexts.folded.put(s, v)
	return v
}

// tokenize splits text into alignment tokens. Keys are folded (script,
// width, case) and English words are stemmed, so "given"/"give" and
// 轉向/转向 align.
func tokenize(text string) []tok {
	if !isCorpusText(text) {
		return tokenizeText(text)
	}
	return append([]tok(nil), tokenizeShared(text)...)
}

// tokenizeShared is tokenize for a caller that only reads the tokens: a
// corpus text's are the memo's own slice, not a copy.
func tokenizeShared(text string) []tok {
	if !isCorpusText(text) {
		return tokenizeText(text)
	}
	if v, ok := corpusTexts.tokens.get(text); ok {
		return v
	}
	v := tokenizeText(text)
	corpusTexts.tokens.put(text, v)
	return v
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
	return append([]Candidate(nil), candidatesShared(text, zh, m)...)
}

// candidatesShared is FindCandidates for a caller that only reads the
// candidates: a passage text's are the memo's own slice, not a copy.
func candidatesShared(text string, zh bool, m *EntityMatcher) []Candidate {
	if m == nil || m.memo == nil || !m.memo.texts[text] {
		return findCandidates(text, zh, m)
	}
	k := candKey{text, zh}
	if v, ok := m.memo.candidates.get(k); ok {
		return v
	}
	v := findCandidates(text, zh, m)
	m.memo.candidates.put(k, v)
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

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
