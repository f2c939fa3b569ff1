package qa

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// convertTexts returns the corpus, the labelled questions and the alias
// table, line by line, plus their Simplified and Traditional forms.
func convertTexts(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, pat := range []string{"../corpus/raw/*", "../corpus/en/*", "../corpus/aliases.json", "../testdata/eval/*.jsonl", "../corpus/testdata/raw/*"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 4 {
		t.Fatalf("corpus files not found: %v", files)
	}
	a, b := converters()
	var out []string
	for _, f := range files {
		bs, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(bs), "\n") {
			s, _ := a.Convert(line)
			tr, _ := b.Convert(line)
			out = append(out, line, s, tr)
		}
	}
	return out
}

func TestFastConvertMatchesOpenCC(t *testing.T) {
	a, b := converters()
	fa, fb := fastConverters()
	texts := convertTexts(t)
	// Random recombinations: pieces of the texts glued together, single
	// characters, and random Han characters, so phrases meet at new
	// boundaries.
	rnd := rand.New(rand.NewSource(1))
	var runes []rune
	for _, s := range texts {
		runes = append(runes, []rune(s)...)
	}
	for i := 0; i < 3000; i++ {
		var sb strings.Builder
		for j := rnd.Intn(12); j >= 0; j-- {
			switch rnd.Intn(3) {
			case 0:
				s := []rune(texts[rnd.Intn(len(texts))])
				if len(s) > 0 {
					x := rnd.Intn(len(s))
					y := min(len(s), x+1+rnd.Intn(15))
					sb.WriteString(string(s[x:y]))
				}
			case 1:
				sb.WriteRune(runes[rnd.Intn(len(runes))])
			default:
				sb.WriteRune(rune(0x4E00 + rnd.Intn(0x9FFF-0x4E00)))
			}
		}
		texts = append(texts, sb.String())
	}
	texts = append(texts, "", "a", "\xff\xfe臺灣", "乾隆皇帝", "頭髮髮型", "一隻隻")
	for _, s := range texts {
		for _, c := range []struct {
			name string
			slow interface{ Convert(string) (string, error) }
			fast *fastCC
		}{{"t2s", a, fa}, {"s2t", b, fb}} {
			want, err := c.slow.Convert(s)
			if err != nil {
				t.Fatal(err)
			}
			if got := c.fast.convert(s); got != want {
				t.Fatalf("%s(%q) = %q, opencc gives %q", c.name, s, got, want)
			}
		}
	}
}

func TestFoldWidthMatchesTransformer(t *testing.T) {
	for r := rune(0x80); r <= utf8.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		want := r
		if f, _ := utf8.DecodeRuneInString(width.Fold.String(string(r))); f != utf8.RuneError {
			want = f
		}
		if got := foldWidth(r); got != want {
			t.Fatalf("foldWidth(%U) = %U, width.Fold gives %U", r, got, want)
		}
	}
}

// A Simplified answer writes the aspect marker 著 as 着, which t2s leaves
// outside the phrases its dictionaries list; 著 of writing and fame stays.
func TestSimplifiedAnswerWritesTheAspectMarker(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"扎克伯格還有著Meta源源不斷的雄厚財力支持", "扎克伯格还有着Meta源源不断的雄厚财力支持"},
		{"上演著另一番組織調整景象", "上演着另一番组织调整景象"},
		{"著名的搜索創企", "著名的搜索创企"},
		{"143億美元", "143亿美元"},
	} {
		if got := simplifiedAnswer(tc.in); got != tc.want {
			t.Errorf("simplifiedAnswer(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
