package qa

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
	"golang.org/x/text/width"
)

// fastCC converts text exactly as (*opencc.OpenCC).Convert does, over the
// same dictionaries, without its per-position allocations: Convert builds
// a map of every dictionary prefix at every character and joins a slice
// of strings, which made script conversion the largest cost of a question
// (docs/performance.md). The algorithm is the same: for each dictionary
// group in order, at each position take the longest key of the first
// dictionary of the group that has any key starting there, within the
// next ten characters; otherwise copy the character. Equivalence with
// opencc is tested on the corpus, the questions and random text.
type fastCC struct {
	cc *opencc.OpenCC
	// groups[i][j] returns the byte length of the longest key of
	// dictionary j of group i that prefixes s, and its conversion.
	groups [][]func(s string) (int, string)
}

// convWindow is how many characters opencc looks ahead for a phrase.
const convWindow = 10

func newFastCC(cc *opencc.OpenCC) *fastCC {
	f := &fastCC{cc: cc}
	for _, g := range cc.DictChains {
		var dicts []func(string) (int, string)
		for _, d := range g.Dicts {
			trie, values := d.Trie, d.Values
			// starts[b]: some key begins with byte b.
			var starts [256]bool
			for b := range starts {
				_, err := trie.Jump([]byte{byte(b)}, 0)
				starts[b] = err == nil
			}
			dicts = append(dicts, func(s string) (int, string) {
				if !starts[s[0]] {
					return 0, ""
				}
				// Cedar's PrefixMatch walk over at most convWindow
				// characters, keeping only the last (longest) key.
				var buf [1]byte
				n, val, from, chars := 0, "", 0, 0
				for i := 0; i < len(s); i++ {
					if s[i]&0xC0 != 0x80 {
						if chars++; chars > convWindow {
							break
						}
					}
					buf[0] = s[i]
					to, err := trie.Jump(buf[:], from)
					if err != nil {
						break
					}
					if v, err := trie.Value(to); err == nil {
						n, val = i+1, values[v][0]
					}
					from = to
				}
				return n, val
			})
		}
		f.groups = append(f.groups, dicts)
	}
	return f
}

// convert is cc.Convert(in).
func (f *fastCC) convert(in string) string {
	if !utf8.ValidString(in) {
		// opencc reads invalid bytes as U+FFFD; leave that to it.
		out, err := f.cc.Convert(in)
		if err != nil {
			return in
		}
		return out
	}
	for _, g := range f.groups {
		var b strings.Builder
		changed := false
		for i := 0; i < len(in); {
			n, val := 0, ""
			for _, d := range g {
				if n, val = d(in[i:]); n > 0 {
					break
				}
			}
			if n == 0 {
				_, n = utf8.DecodeRuneInString(in[i:])
				val = in[i : i+n]
			}
			if !changed && val != in[i:i+n] {
				changed = true
				b.Grow(len(in) + 8)
				b.WriteString(in[:i])
			}
			if changed {
				b.WriteString(val)
			}
			i += n
		}
		if changed {
			in = b.String()
		}
	}
	return in
}

var (
	fastOnce         sync.Once
	fastT2S, fastS2T *fastCC
)

// fastConverters returns the fast forms of the t2s and s2t converters.
func fastConverters() (*fastCC, *fastCC) {
	fastOnce.Do(func() {
		a, b := converters()
		fastT2S, fastS2T = newFastCC(a), newFastCC(b)
	})
	return fastT2S, fastS2T
}

// foldWidth is the first rune of width.Fold.String(string(r)), without
// the transformer's allocations: the folded variant when the rune has
// one, else the rune.
func foldWidth(r rune) rune {
	if f := width.LookupRune(r).Folded(); f != 0 {
		return f
	}
	return r
}
