package qa

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// EntityMatcher finds the corpus entities a text names, in any of their
// forms and either script, tolerating a typo in longer Latin names.
type EntityMatcher struct {
	entities []Entity
	forms    []form // sorted longest first
	// words holds single-word Latin forms of five letters or more, for
	// typo-tolerant matching.
	words []form
	// hanNames holds the Han forms of three characters or more of
	// people and organisations, for tolerating one wrong character
	// (張心浩 for 張心皓, 奧特慢 for 奧特曼).
	hanNames []form
	// memo keeps results for the engine's passage texts (precompute.go).
	memo *passageMemo
}

type form struct {
	text   string // folded (Simplified, lower case)
	entity int
	latin  bool
}

// NewEntityMatcher indexes the forms of the entities.
func NewEntityMatcher(entities []Entity) *EntityMatcher {
	m := &EntityMatcher{entities: entities}
	seen := map[string]bool{}
	for i, e := range entities {
		for _, f := range append(append([]string(nil), e.ZH...), e.EN...) {
			t := Fold(strings.TrimSpace(f))
			if t == "" || seen[t] {
				continue
			}
			seen[t] = true
			latin := !hasHan(t)
			m.forms = append(m.forms, form{text: t, entity: i, latin: latin})
			if !latin && (e.Type == "person" || e.Type == "org") && utf8.RuneCountInString(t) >= 3 && isAllHan(t) {
				m.hanNames = append(m.hanNames, form{text: t, entity: i})
			}
			// Typos are tolerated in names, and in terms of nine
			// letters or more: a short term such as "founder" is one
			// letter away from the ordinary "founded".
			n := utf8.RuneCountInString(t)
			if latin && (e.Type != "term" || n >= 9) && !strings.Contains(t, " ") && n >= 5 {
				m.words = append(m.words, form{text: t, entity: i, latin: true})
			}
		}
	}
	sort.SliceStable(m.forms, func(i, j int) bool { return len(m.forms[i].text) > len(m.forms[j].text) })
	return m
}

// Entities returns every entity of the table.
func (m *EntityMatcher) Entities() []Entity { return m.entities }

// Mention is an entity named in a text, with the rune range it was found at.
type Mention struct {
	Entity     Entity
	Start, End int // rune offsets in the text
}

// Find returns the entities named in text, in order of appearance, each
// once. Longer forms win over the shorter forms they contain (馬克·扎克伯格
// over 扎克伯格); Latin forms match on word boundaries.
func (m *EntityMatcher) Find(text string) []Mention {
	out := m.FindAll(text)
	// Each entity once.
	uniq := out[:0]
	seen := map[string]bool{}
	for _, mn := range out {
		if !seen[mn.Entity.ID] {
			seen[mn.Entity.ID] = true
			uniq = append(uniq, mn)
		}
	}
	return uniq
}

// findAll is FindAll without the engine's passage memo (precompute.go).
func (m *EntityMatcher) findAll(text string) []Mention {
	if m == nil {
		return nil
	}
	f := Fold(text)
	fr := []rune(f)
	taken := make([]bool, len(fr))
	var out []Mention
	found := map[int]bool{}
	// A form whose first byte f lacks cannot occur in it.
	var present [256]bool
	for i := 0; i < len(f); i++ {
		present[f[i]] = true
	}
	for _, fo := range m.forms {
		if !present[fo.text[0]] {
			continue
		}
		for from := 0; ; {
			i := strings.Index(f[from:], fo.text)
			if i < 0 {
				break
			}
			i += from
			from = i + len(fo.text)
			if fo.latin {
				before, _ := utf8.DecodeLastRuneInString(f[:i])
				after, _ := utf8.DecodeRuneInString(f[i+len(fo.text):])
				if isWordRune(before) || isWordRune(after) {
					continue
				}
			}
			rs := utf8.RuneCountInString(f[:i])
			re := rs + utf8.RuneCountInString(fo.text)
			if anyTaken(taken, rs, re) {
				continue
			}
			for j := rs; j < re; j++ {
				taken[j] = true
			}
			out = append(out, Mention{Entity: m.entities[fo.entity], Start: rs, End: re})
			found[fo.entity] = true
		}
	}
	// Han typos: a run of characters that differs from a name of three
	// characters or more in one character, not the first (a wrong
	// homophone: 張心浩, 奧特慢), where nothing else was found.
	for _, fo := range m.hanNames {
		if r0, _ := utf8.DecodeRuneInString(fo.text); !strings.ContainsRune(f, r0) {
			continue // a name whose first character f lacks
		}
		nr := []rune(fo.text)
		for i := 0; i+len(nr) <= len(fr); i++ {
			if anyTaken(taken, i, i+len(nr)) || fr[i] != nr[0] {
				continue
			}
			diff := 0
			for j := 1; j < len(nr) && diff < 2; j++ {
				if fr[i+j] != nr[j] {
					diff++
					if !unicode.Is(unicode.Han, fr[i+j]) {
						diff = 2
					}
				}
			}
			if diff != 1 {
				continue
			}
			for j := i; j < i+len(nr); j++ {
				taken[j] = true
			}
			out = append(out, Mention{Entity: m.entities[fo.entity], Start: i, End: i + len(nr)})
		}
	}
	// Typos: a Latin word of five letters or more within edit distance 1
	// (2 from nine letters) of a one-word Latin form.
	for _, w := range wordSpans(fr) {
		if anyTaken(taken, w.Start, w.End) || w.End-w.Start < 5 {
			continue
		}
		word := string(fr[w.Start:w.End])
		best, bestD := -1, 3
		for _, fo := range m.words {
			max := 1
			if utf8.RuneCountInString(fo.text) >= 9 {
				max = 2
			}
			if d := editDistance(word, fo.text, max); d <= max && d < bestD {
				best, bestD = fo.entity, d
			}
		}
		if best >= 0 {
			out = append(out, Mention{Entity: m.entities[best], Start: w.Start, End: w.End})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func isAllHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

func anyTaken(t []bool, s, e int) bool {
	for i := s; i < e && i < len(t); i++ {
		if t[i] {
			return true
		}
	}
	return false
}

// wordSpans returns the rune ranges of ASCII letter runs.
func wordSpans(r []rune) []Span {
	var out []Span
	start := -1
	for i := 0; i <= len(r); i++ {
		in := i < len(r) && r[i] < 0x80 && (r[i] >= 'a' && r[i] <= 'z' || r[i] >= 'A' && r[i] <= 'Z')
		if in && start < 0 {
			start = i
		}
		if !in && start >= 0 {
			out = append(out, Span{start, i})
			start = -1
		}
	}
	return out
}

// editDistance is the Levenshtein distance of a and b (in bytes for
// ASCII text, in runes otherwise), or max+1 once it is known to exceed max.
func editDistance(a, b string, max int) int {
	if isASCII(a) && isASCII(b) {
		return levenshtein([]byte(a), []byte(b), max)
	}
	return levenshtein([]rune(a), []rune(b), max)
}

// levenshtein computes editDistance over two sequences, in two rows kept
// on the stack for the short words the typo check compares.
func levenshtein[T byte | rune](a, b []T, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	var pbuf, cbuf [64]int
	prev, cur := pbuf[:], cbuf[:]
	if len(b)+1 > len(prev) {
		prev, cur = make([]int, len(b)+1), make([]int, len(b)+1)
	}
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > max {
			return max + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
