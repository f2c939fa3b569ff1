package chatapi

import (
	"fmt"
	"strings"

	"github.com/talentwar/qa/qa"
)

// citationJSON is one numbered reference of an answer, as attached to the
// message and to the response under "citations". Index is the number the
// Markdown shows ([1], [2]…); Answers is false for passages listed as
// related that do not hold the answer.
type citationJSON struct {
	Index    int         `json:"index"`
	ID       string      `json:"id"`
	ZH       string      `json:"zh"`
	EN       string      `json:"en"`
	Citation qa.Citation `json:"citation"`
	Answers  bool        `json:"answers"`
}

// labels are the fixed words of an assistant message in one language.
type labels struct {
	sources    string // heading of the references of an answer
	closest    string // heading of the passages listed when there is none
	related    string // mark of a listed passage that does not answer
	understood string // "%s" is the question as the engine understood it
	doesNotSay string // used when the engine gives no NoAnswer text
	intro      string // name of the untitled opening section
	location   string // "%s" section, "%d" paragraph
	section    string // "%s" is a section letter
}

var (
	labelsEN = labels{
		sources:    "**Sources**",
		closest:    "**Closest passages** (they do not answer the question)",
		related:    " _(related)_",
		understood: "_Understood as: %s_",
		doesNotSay: "The article does not say.",
		intro:      "Introduction",
		location:   "%s, ¶%d",
		section:    "Section %s",
	}
	labelsHant = labels{
		sources:    "**出處**",
		closest:    "**最相關的段落**（它們沒有回答這個問題）",
		related:    "（相關）",
		understood: "_理解為：%s_",
		doesNotSay: "文章沒有提到。",
		intro:      "導語",
		location:   "%s，第 %d 段",
		section:    "%s 節",
	}
	labelsHans = labels{
		sources:    "**出处**",
		closest:    "**最相关的段落**（它们没有回答这个问题）",
		related:    "（相关）",
		understood: "_理解为：%s_",
		doesNotSay: "文章没有提到。",
		intro:      "导语",
		location:   "%s，第 %d 段",
		section:    "%s 节",
	}
)

// referenceHeadings are the headings after which an assistant message of
// ours holds only references; they are cut from the conversation passed to
// the engine so that passage text does not pass for what was said.
var referenceHeadings = []string{labelsEN.sources, labelsEN.closest, labelsHant.sources, labelsHant.closest, labelsHans.sources, labelsHans.closest}

func labelsFor(l qa.Lang) labels {
	switch l {
	case qa.LangHans:
		return labelsHans
	case qa.LangHant, qa.LangMixed:
		return labelsHant
	}
	return labelsEN
}

// render returns the assistant message for a response: the answer (or the
// engine's statement that the article does not say), how a follow-up was
// understood, then the passages as numbered references in the asker's
// language, and the same references as structured citations.
func render(resp *qa.Response) (string, []citationJSON) {
	lb := labelsFor(resp.Lang)
	zh := resp.Lang.Chinese()
	cites := make([]citationJSON, 0, len(resp.Passages))
	answerRef := 0
	for i, p := range resp.Passages {
		cites = append(cites, citationJSON{Index: i + 1, ID: p.ID, ZH: p.ZH, EN: p.EN, Citation: p.Citation, Answers: p.Answers})
		if resp.Answer != nil && p.ID == resp.Answer.PassageID && answerRef == 0 {
			answerRef = i + 1
		}
	}

	var b strings.Builder
	if resp.Answer != nil {
		b.WriteString("**" + escapeMarkdown(strings.TrimSpace(resp.Answer.Text)) + "**")
		if answerRef > 0 {
			fmt.Fprintf(&b, " [%d]", answerRef)
		}
	} else {
		no := strings.TrimSpace(resp.NoAnswer)
		if no == "" {
			no = lb.doesNotSay
		}
		b.WriteString(escapeMarkdown(no))
	}
	if resp.InterpretedAs != "" {
		b.WriteString("\n\n" + fmt.Sprintf(lb.understood, escapeMarkdown(resp.InterpretedAs)))
	}
	if len(resp.Passages) == 0 {
		return b.String(), cites
	}
	if resp.Answer != nil {
		b.WriteString("\n\n" + lb.sources)
	} else {
		b.WriteString("\n\n" + lb.closest)
	}
	for i, p := range resp.Passages {
		text := p.EN
		if zh || text == "" {
			text = p.ZH
			if resp.Lang == qa.LangHans {
				// The article is in Traditional script; a Simplified
				// asker reads the references in Simplified (the
				// structured citations keep the article's text).
				text = qa.ToSimplified(text)
			}
		}
		fmt.Fprintf(&b, "\n\n[%d] %s — %s", i+1, escapeMarkdown(strings.TrimSpace(text)), lb.where(p.Citation))
		if resp.Answer != nil && !p.Answers {
			b.WriteString(lb.related)
		}
	}
	return b.String(), cites
}

// where is a citation as readers write it: "Section A, ¶19".
func (lb labels) where(c qa.Citation) string {
	sec := lb.intro
	if c.Section != "" && c.Section != "intro" {
		sec = fmt.Sprintf(lb.section, c.Section)
	}
	return fmt.Sprintf(lb.location, sec, c.Paragraph)
}

var markdownEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;")

// escapeMarkdown keeps article text from being read as Markdown or HTML.
func escapeMarkdown(s string) string { return markdownEscaper.Replace(s) }

var markdownUnescaper = strings.NewReplacer(`\\`, `\`, `\*`, "*", `\_`, "_", "\\`", "`", `\[`, "[", `\]`, "]", "&lt;", "<", "&gt;", ">")

// answerText returns the short answer of an assistant message of ours (the
// bold span it opens with, unescaped), or the message itself: the engine
// reads earlier answers as plain text to find their passage and entities.
func answerText(s string) string {
	if !strings.HasPrefix(s, "**") {
		return s
	}
	for i := 2; i < len(s); i++ {
		switch {
		case s[i] == '\\':
			i++ // an escaped character
		case strings.HasPrefix(s[i:], "**") && i > 2:
			return markdownUnescaper.Replace(s[2:i])
		}
	}
	return s
}

// stripReferences cuts the references from an assistant message of ours.
func stripReferences(s string) string {
	cut := len(s)
	for _, h := range referenceHeadings {
		if i := strings.Index(s, "\n\n"+h); i >= 0 && i < cut {
			cut = i
		}
	}
	return s[:cut]
}

// splitContent cuts text into stream pieces of at most maxRunes runes,
// each ending after a space, a line break or CJK punctuation when one is
// in the piece. Joined, the pieces are the text.
func splitContent(s string, maxRunes int) []string {
	var out []string
	var cur []rune
	brk := 0 // length of cur up to its last break, 0 if none
	for _, r := range s {
		cur = append(cur, r)
		switch r {
		case ' ', '\n', '，', '。', '、', '；', '：':
			brk = len(cur)
		}
		if len(cur) < maxRunes {
			continue
		}
		if brk == 0 {
			brk = len(cur)
		}
		out = append(out, string(cur[:brk]))
		cur = append(cur[:0:0], cur[brk:]...)
		brk = 0
	}
	if len(cur) > 0 {
		out = append(out, string(cur))
	}
	return out
}
