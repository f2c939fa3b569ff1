package qa

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// The automaton reports every occurrence of every pattern, overlapping
// ones included, with its end in bytes and in runes: checked against
// trying every pattern at every position, over random patterns and texts
// on a small alphabet (so that patterns share prefixes and suffixes and
// overlap) that mixes one-, two- and three-byte runes.
func TestACAutomatonFindsEveryOccurrence(t *testing.T) {
	alphabet := []rune{'a', 'b', 'c', 'é', '扎', '克', '伯'}
	rnd := rand.New(rand.NewPCG(1, 2))
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteRune(alphabet[rnd.IntN(len(alphabet))])
		}
		return b.String()
	}
	for round := 0; round < 300; round++ {
		seen := map[string]bool{}
		var pats []string
		for range 1 + rnd.IntN(12) {
			if p := word(1 + rnd.IntN(4)); !seen[p] {
				seen[p] = true
				pats = append(pats, p)
			}
		}
		a := newACAutomaton(pats)
		for range 5 {
			text := word(rnd.IntN(30))
			var want []acMatch
			for end := 1; end <= len(text); end++ {
				// Longest first among those ending together.
				for l := end; l >= 1; l-- {
					for i, p := range pats {
						if len(p) == l && strings.HasSuffix(text[:end], p) {
							want = append(want, acMatch{int32(i), int32(end), int32(utf8.RuneCountInString(text[:end]))})
						}
					}
				}
			}
			got := a.appendMatches(nil, text)
			if diff := cmp.Diff(want, got, cmp.AllowUnexported(acMatch{})); diff != "" {
				t.Fatalf("patterns %q, text %q (-want +got):\n%s", pats, text, diff)
			}
		}
	}
	if got := newACAutomaton(nil).appendMatches(nil, "anything"); len(got) != 0 {
		t.Errorf("no patterns: got %v", got)
	}
}
