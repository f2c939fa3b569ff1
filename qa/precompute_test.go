package qa

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The passage memo must be invisible: the same mentions and candidates as
// without it, on first use and after, even when a caller changes what it
// was given; and question texts are not kept.
func TestPassageMemoIsInvisible(t *testing.T) {
	e := newTestEngine(t)
	plain := NewEntityMatcher(fixtureEntities)
	for _, p := range fixtureDoc.Passages {
		for _, text := range []string{p.ZH, p.EN} {
			want := plain.FindAll(text)
			for round := 0; round < 2; round++ {
				got := e.entities.FindAll(text)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Fatalf("round %d: FindAll(%q) with memo (-without +with):\n%s", round, text, diff)
				}
				for i := range got {
					got[i].Start, got[i].Entity.ID = -1, "changed by the caller"
				}
			}
			wantToks := e.etokensText(text)
			for round := 0; round < 2; round++ {
				got := e.etokens(text)
				if diff := cmp.Diff(wantToks, got, cmp.AllowUnexported(tok{})); diff != "" {
					t.Fatalf("round %d: etokens(%q) with memo (-without +with):\n%s", round, text, diff)
				}
				for i := range got {
					got[i].key = "changed by the caller"
				}
			}
			for _, zh := range []bool{true, false} {
				want := FindCandidates(text, zh, plain)
				for round := 0; round < 2; round++ {
					got := FindCandidates(text, zh, e.entities)
					if diff := cmp.Diff(want, got); diff != "" {
						t.Fatalf("round %d: FindCandidates(%q, %v) with memo (-without +with):\n%s", round, text, zh, diff)
					}
					for i := range got {
						got[i].Text = "changed by the caller"
					}
				}
			}
		}
	}
	n := len(e.entities.memo.mentions.cur)
	if n == 0 {
		t.Fatal("nothing was kept for the passages")
	}
	e.entities.FindAll("Who did Zuckerberg hire?")
	FindCandidates("Who did Zuckerberg hire?", false, e.entities)
	if got := len(e.entities.memo.mentions.cur); got != n {
		t.Errorf("a question's mentions were kept: %d entries, want %d", got, n)
	}
}

func TestCorpusTextMemoIsInvisible(t *testing.T) {
	newTestEngine(t)
	ps := fixtureDoc.Passages
	texts := []string{ps[0].ZH, ps[0].EN, ps[3].ZH, ps[1].ZH + ps[2].ZH}
	for _, text := range texts {
		want, wantToks := fold(text), tokenizeText(text)
		for round := 0; round < 2; round++ {
			if got := Fold(text); got != want {
				t.Fatalf("round %d: Fold(%q) = %q, want %q", round, text, got, want)
			}
			if got, want := lowerPadded(text), " "+strings.ToLower(text)+" "; got != want {
				t.Fatalf("round %d: lowerPadded(%q) = %q, want %q", round, text, got, want)
			}
			if got, want := lower(text), strings.ToLower(text); got != want {
				t.Fatalf("round %d: lower(%q) = %q, want %q", round, text, got, want)
			}
			got := tokenize(text)
			if diff := cmp.Diff(wantToks, got, cmp.AllowUnexported(tok{})); diff != "" {
				t.Fatalf("round %d: tokenize(%q) with memo (-without +with):\n%s", round, text, diff)
			}
			for i := range got {
				got[i].key = "changed by the caller"
			}
		}
	}
	if !isCorpusText(ps[0].ZH) {
		t.Error("a passage text is not kept")
	}
	if isCorpusText(ps[1].ZH + ps[2].ZH) {
		t.Error("two sentences of different paragraphs are kept as one text")
	}
	if isCorpusText("扎克伯格花了多少錢？") {
		t.Error("a question is kept")
	}
}

func TestMemoIsBounded(t *testing.T) {
	m := memo[int, int]{max: 4}
	for i := 0; i < 100; i++ {
		m.put(i, i*i)
	}
	if n := len(m.cur) + len(m.old); n > 8 {
		t.Errorf("memo holds %d entries, bound is 8", n)
	}
	if v, ok := m.get(99); !ok || v != 99*99 {
		t.Errorf("get(99) = %d, %v; want the latest entry", v, ok)
	}
	if _, ok := m.get(0); ok {
		t.Error("the oldest entry is still there")
	}
}

func TestEditDistance(t *testing.T) {
	long := strings.Repeat("ab", 40) // past the stack rows
	tests := []struct {
		a, b      string
		max, want int
	}{
		{"zuckerberg", "zuckerberg", 1, 0},
		{"zuckerberg", "zuckerburg", 1, 1},
		{"zuckerberg", "zukerberg", 1, 1},
		{"giannandrea", "gianandrea", 2, 1},
		{"perplexity", "perplexcity", 2, 1},
		{"sutskever", "sutskiver", 2, 1},
		{"altman", "altmann", 1, 1},
		{"abcde", "edcba", 3, 4}, // 4 > max: max+1
		{"abcde", "edcba", 4, 4},
		{"", "a", 1, 1},
		{"", "abc", 1, 2}, // length gap alone exceeds max
		{"扎克伯格", "扎克柏格", 1, 1},
		{"奧特曼", "奥特曼", 1, 1},
		{"Meta花錢", "Meta花钱", 2, 1},
		{long, long + "c", 1, 1},
		{long, "b" + long[1:], 2, 1},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}
