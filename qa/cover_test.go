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
