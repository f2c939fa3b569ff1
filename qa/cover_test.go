package qa

import (
	"math/rand"
	"strings"
	"testing"
)

// Dropping the forms that hold another form (questionKeys) never changes
// whether a passage mentions an entity.
func TestEntityKeyWithoutImpliedForms(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteByte("ab "[r.Intn(3)])
		}
		return b.String()
	}
	for range 20000 {
		var all entityKey
		for range r.Intn(5) {
			all.zh = append(all.zh, word(1+r.Intn(3)))
		}
		for range r.Intn(5) {
			all.en = append(all.en, word(1+r.Intn(3)))
		}
		pruned := entityKey{
			zh: withoutImplied(append([]string(nil), all.zh...), strings.Contains),
			en: withoutImplied(append([]string(nil), all.en...), strings.HasPrefix),
		}
		zh, en := word(r.Intn(8)), " "+word(r.Intn(8))+" "
		if got, want := pruned.in(zh, en), all.in(zh, en); got != want {
			t.Fatalf("forms zh %q en %q, pruned zh %q en %q, text %q / %q: in = %v, want %v", all.zh, all.en, pruned.zh, pruned.en, zh, en, got, want)
		}
	}
}

// A month the question names must be in the passage, in either language,
// as a figure must; "may" the verb is no month.
func TestCoverMonths(t *testing.T) {
	jan := Passage{EN: "As early as January, Meta was reported to be worried.", ZH: "早在1月份，Meta內部就被曝出擔心。"}
	apr := Passage{EN: "Zuckerberg approached Wang as early as mid-April.", ZH: "扎克伯格早在4月中旬就接觸了王。"}
	zhOnly := Passage{EN: "", ZH: "早在1月份，Meta內部就被曝出擔心。"}
	nov := Passage{EN: "", ZH: "去年11月，某公司離職。"}
	tests := []struct {
		q    string
		p    Passage
		miss int
	}{
		{"What happened in January at Meta?", jan, 0},
		{"What happened in January at Meta?", apr, 1},
		{"What happened in January at Meta?", zhOnly, 0},
		{"What happened in January at Meta?", nov, 1}, // 11月 is no 1月
		{"What happened in April?", apr, 0},
		{"Who may Apple buy?", apr, 0},
	}
	for _, tt := range tests {
		k := questionKeys(Analysis{Question: tt.q, SearchText: tt.q, Lang: LangEN}, nil, nil, nil)
		if _, miss := k.cover(tt.p, Fold(tt.p.ZH)); miss != tt.miss {
			t.Errorf("%q over %q / %q: hard misses %d, want %d", tt.q, tt.p.EN, tt.p.ZH, miss, tt.miss)
		}
	}
}
