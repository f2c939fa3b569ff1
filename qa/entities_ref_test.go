package qa

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The entity matching as it was before the automaton (entities.go) and
// the form index (searchForms): every form searched for with
// strings.Index, the typo checks against every name. It is the reference
// the tests compare the indexed versions with, mention for mention.

type refMatcher struct {
	entities []Entity
	forms    []form // sorted longest first
	words    []form
	hanNames []form
	phrases  []form
	maxWords int
	bare     []form
}

func newRefMatcher(entities []Entity) *refMatcher {
	m := &refMatcher{entities: entities}
	seen := map[string]bool{}
	for i, e := range entities {
		m.bare = appendBare(m.bare, e, i)
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
			n := utf8.RuneCountInString(t)
			if latin && (e.Type != "term" || n >= 9) && !strings.Contains(t, " ") && n >= 5 {
				m.words = append(m.words, form{text: t, entity: i, latin: true})
			}
			if isTypoPhrase(e, t) {
				m.phrases = append(m.phrases, form{text: t, entity: i, latin: true})
				m.maxWords = max(m.maxWords, len(strings.Fields(t)))
			}
		}
	}
	sort.SliceStable(m.forms, func(i, j int) bool { return len(m.forms[i].text) > len(m.forms[j].text) })
	return m
}

func (m *refMatcher) findAll(text string) []Mention {
	f := Fold(text)
	fr := []rune(f)
	taken := make([]bool, len(fr))
	var out []Mention
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
		}
	}
	// Not indexed: the same scans as the matcher's.
	out = bareSurnames(m.bare, m.entities, fr, taken, out)
	for _, fo := range m.hanNames {
		if r0, _ := utf8.DecodeRuneInString(fo.text); !strings.ContainsRune(f, r0) {
			continue
		}
		nr := []rune(fo.text)
		for i := 0; i+len(nr) <= len(fr); i++ {
			if anyTaken(taken, i, i+len(nr)) || fr[i] != nr[0] {
				continue
			}
			// One wrong Han character, or two or more that are all
			// homophones of the name's.
			diff, homophones := 0, true
			for j := 1; j < len(nr); j++ {
				if fr[i+j] != nr[j] {
					diff++
					if !unicode.Is(unicode.Han, fr[i+j]) {
						diff = 99
					}
					homophones = homophones && sameSound(fr[i+j], nr[j])
				}
			}
			if diff != 1 && (diff < 2 || diff == 99 || !homophones) {
				continue
			}
			for j := i; j < i+len(nr); j++ {
				taken[j] = true
			}
			out = append(out, Mention{Entity: m.entities[fo.entity], Start: i, End: i + len(nr), Fix: fo.text})
		}
	}
	out = phraseTypos(m.phrases, m.maxWords, m.entities, fr, taken, out)
	for _, w := range wordSpans(fr) {
		if anyTaken(taken, w.Start, w.End) || w.End-w.Start < 5 {
			continue
		}
		word := string(fr[w.Start:w.End])
		best, bestD, bestText := -1, 3, ""
		for _, fo := range m.words {
			max := 1
			if utf8.RuneCountInString(fo.text) >= 9 {
				max = 2
			}
			if d := editDistance(word, fo.text, max); d <= max && d < bestD {
				best, bestD, bestText = fo.entity, d, fo.text
			}
		}
		if best >= 0 {
			fix := ""
			if bestD == 1 {
				fix = asWritten(m.entities[best], bestText)
				if word == bestText+"s" {
					fix += "'s"
				}
			}
			out = append(out, Mention{Entity: m.entities[best], Start: w.Start, End: w.End, Fix: fix})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// refSearchForms is searchForms counting every form in every passage.
func refSearchForms(entities []Entity, passages map[string]Passage) map[string]Entity {
	out := make(map[string]Entity, len(entities))
	zhTexts := make([]string, 0, len(passages))
	enTexts := make([]string, 0, len(passages))
	for _, p := range passages {
		zhTexts = append(zhTexts, Fold(p.ZH))
		enTexts = append(enTexts, " "+strings.ToLower(p.EN)+" ")
	}
	best := func(forms []string, texts []string, fold func(string) string) string {
		top, topN := "", 0
		for _, f := range forms {
			ff := fold(f)
			if ff == "" {
				continue
			}
			n := 0
			for _, t := range texts {
				n += strings.Count(t, ff)
			}
			if n > topN {
				top, topN = f, n
			}
		}
		return top
	}
	for _, en := range entities {
		s := Entity{ID: en.ID, Type: en.Type}
		if f := best(en.ZH, zhTexts, Fold); f != "" {
			s.ZH = []string{f}
		}
		if f := best(en.EN, enTexts, strings.ToLower); f != "" {
			s.EN = []string{f}
		}
		out[en.ID] = s
	}
	return out
}
