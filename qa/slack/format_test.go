package slack

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/talentwar/qa/qa"
)

func renderView(t *testing.T, resp *qa.Response) (string, []string) {
	t.Helper()
	m := render(resp)
	raw, err := json.Marshal(m.Blocks)
	if err != nil {
		t.Fatal(err)
	}
	return m.Text, blockView(raw)
}

func TestRender(t *testing.T) {
	p := func(id, sec string, para int, zh, en string) qa.Result {
		return qa.Result{ID: id, ZH: zh, EN: en, Citation: qa.Citation{Doc: "talent-war", Section: sec, Paragraph: para, Sentence: 1}}
	}
	tests := []struct {
		name   string
		resp   qa.Response
		text   string
		blocks []string
	}{{
		name: "simplified Chinese asker",
		resp: qa.Response{Lang: qa.LangHans, Answer: &qa.Answer{Text: "143亿美元"},
			Passages: []qa.Result{p("p4", "B", 4, "拿出143亿美元", "put up US$14.3 billion")}},
		text:   "143亿美元 (B节 · 第4段)",
		blocks: []string{"section: *143亿美元*", "divider", "section: > 拿出143亿美元\n_B节 · 第4段_", "context: put up US$14.3 billion"},
	}, {
		name: "mixed question is answered in Chinese",
		resp: qa.Response{Lang: qa.LangMixed, Answer: &qa.Answer{Text: "Alexandr Wang"},
			Passages: []qa.Result{p("p5", "C", 5, "交由Alexandr Wang領導", "led by Alexandr Wang")}},
		text:   "Alexandr Wang (C節 · 第5段)",
		blocks: []string{"section: *Alexandr Wang*", "divider", "section: > 交由Alexandr Wang領導\n_C節 · 第5段_", "context: led by Alexandr Wang"},
	}, {
		name: "no answer: the engine's message, passages still cited, at most three",
		resp: qa.Response{Lang: qa.LangEN, NoAnswer: "The article does not say.", Passages: []qa.Result{
			p("a", "A", 1, "一", "one"), p("b", "A", 2, "二", "two"), p("c", "B", 3, "三", "three"), p("d", "B", 4, "四", "four")}},
		text: "The article does not say.",
		blocks: []string{"section: *The article does not say.*", "divider",
			"section: > one\n_Section A · ¶1_", "context: 一",
			"section: > two\n_Section A · ¶2_", "context: 二",
			"section: > three\n_Section B · ¶3_", "context: 三"},
	}, {
		name:   "no answer and no message from the engine",
		resp:   qa.Response{Lang: qa.LangHant},
		text:   "文章沒有提到。",
		blocks: []string{"section: *文章沒有提到。*"},
	}, {
		name: "follow-up shows how it was understood; missing translation gives no context block",
		resp: qa.Response{Lang: qa.LangEN, InterpretedAs: "How much did Meta pay for Scale AI?", Answer: &qa.Answer{Text: "US$14.3 billion"},
			Passages: []qa.Result{p("p4", "intro", 4, "拿出143億美元", "")}},
		text: "US$14.3 billion (Intro · ¶4)",
		blocks: []string{"section: *US$14.3 billion*", "context: Understood as: How much did Meta pay for Scale AI?", "divider",
			"section: > 拿出143億美元\n_Intro · ¶4_"},
	}, {
		name: "Slack control characters are escaped everywhere",
		resp: qa.Response{Lang: qa.LangEN, InterpretedAs: "<!channel> R&D?", Answer: &qa.Answer{Text: "<@U123> & <https://evil.example|click>"},
			Passages: []qa.Result{p("p1", "A", 1, "研發<b>&</b>", "R&D <b>")}},
		text: "&lt;@U123&gt; &amp; &lt;https://evil.example|click&gt; (Section A · ¶1)",
		blocks: []string{"section: *&lt;@U123&gt; &amp; &lt;https://evil.example|click&gt;*", "context: Understood as: &lt;!channel&gt; R&amp;D?", "divider",
			"section: > R&amp;D &lt;b&gt;\n_Section A · ¶1_", "context: 研發&lt;b&gt;&amp;&lt;/b&gt;"},
	}}
	for _, tt := range tests {
		text, blocks := renderView(t, &tt.resp)
		if text != tt.text {
			t.Errorf("%s: fallback text = %q, want %q", tt.name, text, tt.text)
		}
		if diff := cmp.Diff(tt.blocks, blocks); diff != "" {
			t.Errorf("%s: blocks (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestRenderKeepsSectionsUnderLimit(t *testing.T) {
	long := strings.Repeat("人才爭奪戰&<>", 800) // 7,200 runes, more once escaped
	resp := &qa.Response{Lang: qa.LangHant, Answer: &qa.Answer{Text: long}, InterpretedAs: long,
		Passages: []qa.Result{{ZH: long, EN: long, Citation: qa.Citation{Section: "A", Paragraph: 1}}}}
	m := render(resp)
	raw, _ := json.Marshal(m.Blocks)
	for i, b := range blockView(raw) {
		_, text, ok := strings.Cut(b, ": ")
		if !ok {
			continue // divider
		}
		if n := utf8.RuneCountInString(text); n > maxSectionChars {
			t.Errorf("block %d has %d characters, over Slack's 3,000", i, n)
		}
		if !strings.Contains(text, "…") {
			t.Errorf("block %d was cut without an ellipsis", i)
		}
		if strings.Contains(text, "<") || strings.Contains(text, "&g…") || strings.Contains(text, "&am…") {
			t.Errorf("block %d has an unescaped or cut escape", i)
		}
	}
	if !strings.HasSuffix(strings.Split(blockView(raw)[3], "\n")[1], "_A節 · 第1段_") {
		t.Errorf("citation lost when the passage was cut: %q", blockView(raw)[3])
	}
	if n := utf8.RuneCountInString(m.Text); n > maxFallback {
		t.Errorf("fallback text has %d characters", n)
	}
}

func TestFit(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"a<b", 6, "a&lt;b"},
		{"a<b", 5, "a…"},
		{"abcdef", 4, "abc…"},
		{"人才爭奪戰", 3, "人才…"},
	}
	for _, tt := range tests {
		if got := fit(tt.in, tt.max); got != tt.want {
			t.Errorf("fit(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

func TestPlainText(t *testing.T) {
	tests := []struct {
		in, bot string
		mention bool
		want    string
	}{
		{"<@UBOT> Who leads Meta's team?", "UBOT", true, "Who leads Meta's team?"},
		{"<@UBOT|qa> who?", "UBOT", true, "who?"},
		{"<@UOTHER> who?", "", true, "who?"},                     // bot ID unknown: a mention's leading mention is the bot's
		{"<@U2|ada> who is she?", "", false, "@ada who is she?"}, // not a mention: kept
		{"what did <@U2|ada> say, <@UBOT>?", "UBOT", true, "what did @ada say, ?"},
		{"see <https://example.com/a|the link> and <https://example.com/b>", "UBOT", false, "see the link and https://example.com/b"},
		{"in <#C1|general> <!here>", "UBOT", false, "in #general"},
		{"R&amp;D &lt;spend&gt;", "", false, "R&D <spend>"},
		{"  Meta\n花了\t多少錢？ ", "UBOT", false, "Meta 花了 多少錢？"},
	}
	for _, tt := range tests {
		if got := plainText(tt.in, tt.bot, tt.mention); got != tt.want {
			t.Errorf("plainText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
