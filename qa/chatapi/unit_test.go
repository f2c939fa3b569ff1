package chatapi

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/talentwar/qa/qa"
)

func TestEstimateTokens(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", 0},
		{"abcd", 1},
		{"abcde", 2},
		{"How much?", 3},     // 9 bytes
		{"你好", 2},            // one per Han character
		{"你好ab", 3},          // 2 + ceil(2/4)
		{"。，「」", 4},          // CJK and full-width punctuation count as CJK
		{"こんにちは", 5},         // kana
		{"€", 1},             // 3 bytes of other text
		{"143億美元", 3 + 1},    // 3 Han + ceil(3/4)
		{"¶19 — Section", 4}, // ¶ 2 bytes, — 3 bytes: 15 bytes
	} {
		if got := EstimateTokens(tc.in); got != tc.want {
			t.Errorf("EstimateTokens(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestTruncateTokensKeepsTheLongestFittingPrefix(t *testing.T) {
	for _, s := range []string{wantStakeEN, wantPerplexityZH} {
		for max := 1; max <= EstimateTokens(s)+1; max++ {
			got, cut := truncateTokens(s, max)
			if !strings.HasPrefix(s, got) || !utf8.ValidString(got) || EstimateTokens(got) > max || cut != (got != s) {
				t.Fatalf("max %d: %q (cut %v)", max, got, cut)
			}
			if cut {
				_, size := utf8.DecodeRuneInString(s[len(got):])
				if EstimateTokens(s[:len(got)+size]) <= max {
					t.Fatalf("max %d: %q is not the longest prefix", max, got)
				}
			}
		}
	}
}

func TestSplitContent(t *testing.T) {
	for _, s := range []string{"", "short", wantStakeEN, wantPerplexityZH, strings.Repeat("無空格的長行", 30)} {
		pieces := splitContent(s, streamPieceRunes)
		if strings.Join(pieces, "") != s {
			t.Errorf("pieces of %q do not join back", s)
		}
		for _, p := range pieces {
			if p == "" || utf8.RuneCountInString(p) > streamPieceRunes || !utf8.ValidString(p) {
				t.Errorf("bad piece %q", p)
			}
		}
	}
}

func TestRenderWhenTheArticleDoesNotSay(t *testing.T) {
	fake := &fakeAsker{}
	for _, tc := range []struct{ q, want string }{
		{"How tall is Mount Everest?", "The article does not say."},
		{"Who is Apple's CEO?", "The article does not say.\n\n**Closest passages** (they do not answer the question)\n\n" +
			"[1] Now, with the Alexandr Wang deal, the head of that AI lab is in place. — Section A, ¶17"},
		{"蘋果公司的CEO是誰？", "文章沒有說。\n\n**最相關的段落**（它們沒有回答這個問題）\n\n[1] 現在，借助對Alexandr Wang的收購，上述AI實驗室的主管人選已經到位。 — A 節，第 17 段"},
	} {
		resp, err := fake.Ask(context.Background(), qa.Request{Question: tc.q, K: 3})
		if err != nil {
			t.Fatal(err)
		}
		got, cites := render(resp)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.q, diff)
		}
		for _, c := range cites {
			if c.Answers {
				t.Errorf("%q: citation %s marked as answering", tc.q, c.ID)
			}
		}
	}
	// Without the engine's wording, the adapter says it itself.
	got, _ := render(&qa.Response{Lang: qa.LangHans})
	if got != "文章没有提到。" {
		t.Errorf("fallback %q", got)
	}
}

func TestRenderEscapesMarkdownInArticleText(t *testing.T) {
	got, _ := render(&qa.Response{Lang: qa.LangEN, Answer: &qa.Answer{Text: "a*b*", PassageID: "d/p1.s1"},
		Passages: []qa.Result{{ID: "d/p1.s1", EN: "see [link](x) <b>_y_</b>", Answers: true, Citation: qa.Citation{Section: "B", Paragraph: 3}}}})
	want := `**a\*b\*** [1]` + "\n\n**Sources**\n\n" + `[1] see \[link\](x) &lt;b&gt;\_y\_&lt;/b&gt; — Section B, ¶3`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestStripReferences(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{wantStakeEN, "**$14.3 billion** [1]"},
		{wantPerplexityZH, "**5月份** [1]"},
		{"The article does not say.\n\n**Closest passages** (they do not answer the question)\n\n[1] x", "The article does not say."},
		{"An answer written by someone else.\n\nNo references here.", "An answer written by someone else.\n\nNo references here."},
	} {
		if got := stripReferences(tc.in); got != tc.want {
			t.Errorf("stripReferences(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestAnswerTextUndoesRender(t *testing.T) {
	for _, a := range []string{"$14.3 billion", "5月份", "a*b*", `x\y_[1]`, "<b>", "*"} {
		msg, _ := render(&qa.Response{Lang: qa.LangEN, Answer: &qa.Answer{Text: a, PassageID: "d/p1.s1"},
			Passages: []qa.Result{{ID: "d/p1.s1", EN: "text", Answers: true}}})
		if got := answerText(strings.TrimSpace(stripReferences(msg))); got != a {
			t.Errorf("answer %q rendered as %q reads back as %q", a, msg, got)
		}
	}
	for _, s := range []string{"The article does not say.", "**unclosed", "plain **bold** later"} {
		if got := answerText(s); got != s {
			t.Errorf("answerText(%q) = %q, want it unchanged", s, got)
		}
	}
}

func TestConfigFromEnv(t *testing.T) {
	t.Setenv("QA_API_KEYS", " sk-a, ,sk-b ,")
	if diff := cmp.Diff([]string{"sk-a", "sk-b"}, ConfigFromEnv().APIKeys); diff != "" {
		t.Errorf("keys (-want +got):\n%s", diff)
	}
	t.Setenv("QA_API_KEYS", "")
	if keys := ConfigFromEnv().APIKeys; len(keys) != 0 {
		t.Errorf("empty QA_API_KEYS gave keys %q; auth must be off", keys)
	}
}
