package qa

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// The deletion index never misses a form within the distance the typo
// check tolerates (1, or 2 from nine runes), over random words near the
// forms: every form the old scan would accept is a candidate.
func TestDeletionIndexMissesNoForm(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	letters := "abcdefghijklmnopqrstuvwxyz"
	var forms []form
	for _, s := range []string{"zuckerberg", "zuckerburg", "altman", "sutskever", "giannandrea", "gianandrea",
		"baichuan", "alexandr", "alexander", "openai", "scale", "schmidhuber", "andrej", "karpathy", "zoé-lina", "naïve"} {
		forms = append(forms, form{text: s, runes: utf8.RuneCountInString(s)})
	}
	x := newDeletionIndex(forms)
	mutate := func(s string) string {
		r := []rune(s)
		i := rnd.IntN(len(r) + 1)
		c := rune(letters[rnd.IntN(len(letters))])
		switch rnd.IntN(4) {
		case 0: // insert
			r = append(r[:i], append([]rune{c}, r[i:]...)...)
		case 1: // delete
			if i < len(r) {
				r = append(r[:i], r[i+1:]...)
			}
		case 2: // substitute
			if i < len(r) {
				r[i] = c
			}
		default: // transpose
			if i+1 < len(r) {
				r[i], r[i+1] = r[i+1], r[i]
			}
		}
		return string(r)
	}
	accepted := 0
	for range 5000 {
		w := forms[rnd.IntN(len(forms))].text
		for range 1 + rnd.IntN(3) {
			w = mutate(w)
		}
		cands := map[int32]bool{}
		for _, k := range x.candidates(nil, w) {
			cands[k] = true
		}
		for k, fo := range forms {
			max := 1
			if fo.runes >= 9 {
				max = 2
			}
			if editDistance(w, fo.text, max) <= max {
				accepted++
				if !cands[int32(k)] {
					t.Fatalf("%q is within %d of %q, not a candidate", w, max, fo.text)
				}
			}
		}
	}
	if accepted < 1000 {
		t.Fatalf("only %d words near a form: the test does not test", accepted)
	}
}

// typoTexts are texts made of the fixture's entity forms, exact, with a
// typo or cut short, side by side or inside words and other text, for
// comparing the matcher with the reference.
func typoTexts(entities []Entity, n int, seed uint64) []string {
	rnd := rand.New(rand.NewPCG(seed, 7))
	var forms []string
	for _, e := range entities {
		forms = append(forms, e.ZH...)
		forms = append(forms, e.EN...)
	}
	glue := []string{"", "", " ", "，", "的", "x", "s", "'s ", "2", "·", "。", " and ", "說"}
	han := []rune("浩慢心的一是在克伯格扎川前")
	var out []string
	for range n {
		var b strings.Builder
		for range 1 + rnd.IntN(6) {
			r := []rune(forms[rnd.IntN(len(forms))])
			switch rnd.IntN(6) {
			case 0: // a character replaced by a Han one
				r[rnd.IntN(len(r))] = han[rnd.IntN(len(han))]
			case 1: // a letter replaced, dropped or doubled
				i := rnd.IntN(len(r))
				switch rnd.IntN(3) {
				case 0:
					r[i] = rune('a' + rnd.IntN(26))
				case 1:
					r = append(r[:i], r[i+1:]...)
				default:
					r = append(r[:i+1], r[i:]...)
				}
			case 2: // cut
				r = r[:rnd.IntN(len(r)+1)]
			}
			b.WriteString(string(r))
			b.WriteString(glue[rnd.IntN(len(glue))])
		}
		out = append(out, b.String())
	}
	return out
}

// overlapEntities have forms that overlap themselves: an occurrence that
// starts inside the form's previous one is not one, even when that one
// was not taken (甲乙扎 takes the first 扎扎 of 甲乙扎扎扎, and the second
// starts inside it; xab-ab-ab is not the word ab-ab, and ab-ab-ab holds it
// once).
var overlapEntities = append([]Entity{
	{ID: "jiayizha", Type: "person", ZH: []string{"甲乙扎"}},
	{ID: "zhazha", Type: "person", ZH: []string{"扎扎"}},
	{ID: "abab", Type: "org", EN: []string{"ab-ab"}},
}, fixtureEntities...)

func TestEntityMatcherMatchesReference(t *testing.T) {
	m, ref := NewEntityMatcher(overlapEntities), newRefMatcher(overlapEntities)
	texts := []string{"", "Meta", "Zuckerburg and Zukerberg met Sutskver", "張前州和張錢川", "扎克伯格扎克伯格",
		"馬克·扎克伯格", "metameta meta", "奧特慢說", "Baichuan Inteligence", "甲乙扎扎扎", "xab-ab-ab", "ab-ab-ab"}
	for _, p := range fixtureDoc.Passages {
		texts = append(texts, p.ZH, p.EN)
	}
	texts = append(texts, typoTexts(overlapEntities, 3000, 1)...)
	typos := 0
	for _, text := range texts {
		want, got := ref.findAll(text), m.findAll(text)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("findAll(%q) (-reference +automaton):\n%s", text, diff)
		}
		for _, mn := range got {
			if f := string([]rune(Fold(text))[mn.Start:mn.End]); !m.isForm(f) {
				typos++
			}
		}
	}
	if typos < 100 {
		t.Fatalf("only %d mentions were typos: the texts do not test the typo checks", typos)
	}
}

// isForm tells whether f is one of the matcher's folded forms.
func (m *EntityMatcher) isForm(f string) bool {
	for _, fo := range m.forms {
		if fo.text == f {
			return true
		}
	}
	return false
}

func TestSearchFormsMatchesReference(t *testing.T) {
	ps := map[string]Passage{}
	for _, p := range fixtureDoc.Passages {
		ps[p.ID] = p
	}
	for i, text := range typoTexts(fixtureEntities, 200, 2) {
		ps[string(rune('a'+i%26))+text] = Passage{ZH: text, EN: text}
	}
	// Forms that overlap themselves (counted as strings.Count does: 戊戊
	// twice in 戊戊戊戊戊, not four times, so the first of the forms, 丙丁,
	// ties and wins), and forms that fold to nothing.
	ents := append([]Entity{
		{ID: "x", EN: []string{"aa", "a", " ", ""}, ZH: []string{"扎扎", "扎", "  ", ""}},
		{ID: "y", EN: []string{"xyz1", "j7j7"}, ZH: []string{"丙丁", "戊戊"}},
	}, fixtureEntities...)
	ps["self-overlap"] = Passage{ZH: "扎扎扎扎扎丙丁丙丁戊戊戊戊戊", EN: "aaaaa aaa xyz1 xyz1 j7j7j7j7j7"}
	want, got := refSearchForms(ents, ps), searchForms(ents, ps)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("searchForms (-reference +automaton):\n%s", diff)
	}
}

// FuzzEntityMatcher: the matcher finds what the reference finds, in any
// text.
func FuzzEntityMatcher(f *testing.F) {
	for _, s := range typoTexts(fixtureEntities, 50, 3) {
		f.Add(s)
	}
	m, ref := NewEntityMatcher(fixtureEntities), newRefMatcher(fixtureEntities)
	f.Fuzz(func(t *testing.T, text string) {
		if diff := cmp.Diff(ref.findAll(text), m.findAll(text)); diff != "" {
			t.Fatalf("findAll(%q) (-reference +automaton):\n%s", text, diff)
		}
	})
}

// TestReadingsTable: the embedded readings (readings.bin) give a
// character's toneless pinyin, every reading of a heteronym, in both
// scripts, and nothing outside the table's range.
func TestReadingsTable(t *testing.T) {
	tests := []struct {
		a, b rune
		want bool
	}{
		{'心', '昕', true},  // xin
		{'皓', '浩', true},  // hao
		{'張', '章', true},  // zhang, Traditional
		{'长', '張', true},  // 长 reads chang and zhang
		{'曾', '层', true},  // ceng (and zeng)
		{'心', '皓', false}, // xin, hao
		{'a', 'b', false},
		{'a', 'a', true},
	}
	for _, tt := range tests {
		if got := sameSound(tt.a, tt.b); got != tt.want {
			t.Errorf("sameSound(%q, %q) = %v, want %v (readings %v, %v)", tt.a, tt.b, got, tt.want, readingsOf(tt.a), readingsOf(tt.b))
		}
	}
}
