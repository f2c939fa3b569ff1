package qa_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/talentwar/qa/corpus"
	"github.com/talentwar/qa/qa"
)

// hostileSeeds are the question texts of the hostile table
// (qa/httpapi/hostile_test.go) and a few real questions.
var hostileSeeds = []string{
	"", " \t\n\u3000\u00a0 ", strings.Repeat("(", 10000), strings.Repeat("(", 300), `"`, `"Meta "Scale AI`,
	"zh:Meta en:Scale", "*", "Sca*", "/M.*a/", "Meta~2", "Meta^5 Scale", "+Meta -Scale AND OR NOT ||",
	"\u202eMeta\u200b花了\u2067多少\u200d錢\u2069\u200f", "\u200b\u200c\u200d\u2060\ufeff\u202e\u2066",
	"🤖💰 Meta 花了多少錢 👨‍👩‍👧 🇨🇳", "' OR 1=1; DROP TABLE passages; --", `<img src=x onerror="alert(1)"><b>Meta</b>`,
	"<script>alert(document.cookie)</script>", "{{.}} ${7*7} <%= 7*7 %>", "Meta\x00 Scale AI", "\x00\x01\x1b\x7f",
	strings.Repeat("問", qa.MaxQuestionRunes+1), "Meta \xff\xfe", "\xc0\xaf", "Meta\xc0\x80", "\xed\xa0\x80",
	"../../../../etc/passwd", "Meta\r\nX-Injected: 1", "%00", "Ｍｅｔａ１４３億美元",
	"How much did Meta pay for 49% of Scale AI?", "Meta花了多少錢收購Scale AI的股份？", "ChatGPT的月活跃用户有多少？",
	"他要在Meta待多久？", "Who is Alexandr Wang?", "為什麼扎克伯格要招募Alexandr Wang？",
}

func seed(f *testing.F) {
	for _, s := range hostileSeeds {
		f.Add(s)
	}
}

// FuzzNormalizeQuestion: normalizing never panics, refuses only with
// Invalid, and its output is a fixed point (normalizing it again changes
// nothing) of bounded length with no control or format characters.
func FuzzNormalizeQuestion(f *testing.F) {
	seed(f)
	// Found by this fuzzer: a zero-width space between a letter and its
	// combining accent.
	f.Add("e\u200b\u0301")
	f.Fuzz(func(t *testing.T, s string) {
		out, err := qa.NormalizeQuestion(s)
		if err != nil {
			if qa.ErrorCode(err) != qa.Invalid {
				t.Fatalf("error code %q for %q", qa.ErrorCode(err), s)
			}
			return
		}
		again, err := qa.NormalizeQuestion(out)
		if err != nil || again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q (%v)", s, out, again, err)
		}
		if !utf8.ValidString(out) || out == "" || utf8.RuneCountInString(out) > qa.MaxQuestionRunes {
			t.Fatalf("output %q", out)
		}
		for _, r := range out {
			if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError {
				t.Fatalf("output %q keeps %U", out, r)
			}
		}
	})
}

// FuzzFold: folding keeps the rune count (highlights and answer spans
// index the folded text with the original's rune positions).
func FuzzFold(f *testing.F) {
	seed(f)
	f.Add("髮發後后乾幹") // one-to-many Traditional/Simplified pairs
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := utf8.RuneCountInString(qa.Fold(s)), utf8.RuneCountInString(s); got != want {
			t.Fatalf("Fold(%q) = %q: %d runes, want %d", s, qa.Fold(s), got, want)
		}
	})
}

type noSearch struct{}

func (noSearch) Search(context.Context, qa.Query) ([]qa.Hit, error) { return nil, nil }

var (
	analyzerOnce sync.Once
	analyzer     *qa.Engine
)

// FuzzAnalyze: classifying and analysing any normalized question never
// panics and gives a language, and a search text whenever there is one.
func FuzzAnalyze(f *testing.F) {
	seed(f)
	f.Fuzz(func(t *testing.T, s string) {
		analyzerOnce.Do(func() {
			c, err := corpus.Load()
			if err != nil {
				panic(err)
			}
			analyzer = qa.NewEngine(noSearch{}, c.Documents, c.Aliases, qa.EngineOptions{})
		})
		q, err := qa.NormalizeQuestion(s)
		if err != nil {
			return
		}
		_ = qa.Classify(q)
		an := analyzer.Analyze(q)
		if an.Question != q {
			t.Fatalf("Analyze changed the question: %q -> %q", q, an.Question)
		}
		switch an.Lang {
		case qa.LangEN, qa.LangHant, qa.LangHans, qa.LangMixed:
		default:
			t.Fatalf("language %q of %q", an.Lang, q)
		}
		if strings.TrimSpace(an.SearchText) == "" {
			t.Fatalf("no search text for %q", q)
		}
	})
}
