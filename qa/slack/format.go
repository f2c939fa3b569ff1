package slack

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf16"

	slackgo "github.com/slack-go/slack"

	"github.com/talentwar/qa/qa"
)

// Slack's limits: a section's text and a context element's text are at
// most 3,000 characters. Texts are cut below that, ending with "…".
const (
	maxSectionChars = 3000
	maxPassages     = 3
	maxFallback     = 3000
)

// message is one reply, as Block Kit blocks with a plain-text fallback
// (shown in notifications and by clients that cannot draw blocks).
type message struct {
	Text   string
	Blocks []slackgo.Block
}

// texts in one script.
type texts struct {
	noAnswer    string
	interpreted string // format with the question as understood
	intro       string // format: paragraph, in the untitled first section
	section     string // format: section name, paragraph
	sectionNone string // format: paragraph, for an unknown section
}

var (
	textsEN = texts{
		noAnswer:    "The article does not say.",
		interpreted: "Understood as: %s",
		intro:       "Intro · ¶%d",
		section:     "Section %s · ¶%d",
		sectionNone: "¶%d",
	}
	textsHant = texts{
		noAnswer:    "文章沒有提到。",
		interpreted: "理解為：%s",
		intro:       "引言 · 第%d段",
		section:     "%s節 · 第%d段",
		sectionNone: "第%d段",
	}
	textsHans = texts{
		noAnswer:    "文章没有提到。",
		interpreted: "理解为：%s",
		intro:       "引言 · 第%d段",
		section:     "%s节 · 第%d段",
		sectionNone: "第%d段",
	}
)

func textsFor(l qa.Lang) texts {
	switch {
	case l == qa.LangHans:
		return textsHans
	case l.Chinese():
		return textsHant
	}
	return textsEN
}

// Fixed replies, in both languages because the asker's language is not
// known when they are sent.
const (
	busyText    = "I'm busy answering other questions right now. Please try again in a minute.\n目前忙碌中，請稍後再試。"
	failedText  = "Sorry, something went wrong while answering. Please try again.\n抱歉，回答時出錯了，請再試一次。"
	timeoutText = "Sorry, that took too long. Please try again.\n抱歉，處理超時，請再試一次。"
	badURLText  = "Sorry, I cannot reply to this command.\n抱歉，無法回覆這個指令。"
)

const mentionUsageText = "Ask me about the 2025 AI talent war article, in English or Chinese, for example: Who will lead Meta's superintelligence team?\n" +
	"用中文或英文問我關於2025年AI人才爭奪戰文章的問題，例如：Meta的超級智能團隊由誰領導？"

func usageText(command string) string {
	return fmt.Sprintf("Ask me about the 2025 AI talent war article, in English or Chinese:\n"+
		"`%[1]s Who will lead Meta's superintelligence team?`\n"+
		"Only you see the answer; `%[1]s public …` posts it to the channel.\n"+
		"用中文或英文提問關於2025年AI人才爭奪戰的文章：\n"+
		"`%[1]s Meta的超級智能團隊由誰領導？`\n"+
		"答案只有你看得到；`%[1]s public …` 會公開發到頻道。", command)
}

// render turns a response into a reply: the answer (or the engine's "the
// article does not say"), then up to three cited passages in the asker's
// language, each followed by the other language in a context block.
func render(resp *qa.Response) message {
	t := textsFor(resp.Lang)
	zh := resp.Lang.Chinese()

	answer := resp.NoAnswer
	if resp.Answer != nil && strings.TrimSpace(resp.Answer.Text) != "" {
		answer = resp.Answer.Text
	}
	if strings.TrimSpace(answer) == "" {
		answer = t.noAnswer
	}
	blocks := []slackgo.Block{section("*" + fit(answer, maxSectionChars-2) + "*")}
	fallback := answer
	if resp.InterpretedAs != "" {
		blocks = append(blocks, contextBlock(fit(fmt.Sprintf(t.interpreted, resp.InterpretedAs), maxSectionChars)))
	}

	n := 0
	for _, p := range resp.Passages {
		if n == maxPassages {
			break
		}
		primary, other := p.EN, p.ZH
		if zh {
			primary, other = p.ZH, p.EN
		}
		if strings.TrimSpace(primary) == "" {
			primary, other = other, ""
		}
		if strings.TrimSpace(primary) == "" {
			continue
		}
		if n == 0 {
			blocks = append(blocks, slackgo.NewDividerBlock())
		}
		n++
		cite := citation(p.Citation, t)
		if n == 1 && resp.Answer != nil {
			fallback += " (" + cite + ")"
		}
		// "> " quotes the passage; the citation goes under it in italics.
		tail := "\n_" + escape(cite) + "_"
		blocks = append(blocks, section("> "+fit(primary, maxSectionChars-2-runeLen(tail))+tail))
		if strings.TrimSpace(other) != "" {
			blocks = append(blocks, contextBlock(fit(other, maxSectionChars)))
		}
	}
	return message{Text: fit(fallback, maxFallback), Blocks: blocks}
}

// textMessage is a reply that is one paragraph of text.
func textMessage(s string) message {
	return message{Text: fit(s, maxFallback), Blocks: []slackgo.Block{section(fit(s, maxSectionChars))}}
}

func citation(c qa.Citation, t texts) string {
	switch c.Section {
	case "":
		return fmt.Sprintf(t.sectionNone, c.Paragraph)
	case "intro":
		return fmt.Sprintf(t.intro, c.Paragraph)
	}
	return fmt.Sprintf(t.section, c.Section, c.Paragraph)
}

// section is a section block of mrkdwn already escaped. Verbatim stops
// Slack from turning text such as "@channel" in an echoed question into
// a mention.
func section(mrkdwn string) *slackgo.SectionBlock {
	return slackgo.NewSectionBlock(slackgo.NewTextBlockObject(slackgo.MarkdownType, mrkdwn, false, true), nil, nil)
}

func contextBlock(mrkdwn string) *slackgo.ContextBlock {
	return slackgo.NewContextBlock("", slackgo.NewTextBlockObject(slackgo.MarkdownType, mrkdwn, false, true))
}

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// escape makes text safe for Slack's markup: &, < and > are the control
// characters of links and mentions.
func escape(s string) string { return escaper.Replace(s) }

// runeLen counts characters the way Slack's limits do in the worst case
// (UTF-16 units, which is never less than the number of runes).
func runeLen(s string) int { return len(utf16.Encode([]rune(s))) }

// fit escapes s and cuts it to at most max characters, ending a cut text
// with "…". It never cuts an escape sequence in two.
func fit(s string, max int) string {
	e := escape(s)
	if runeLen(e) <= max {
		return e
	}
	var b strings.Builder
	n := 0
	for _, r := range s {
		piece := escape(string(r))
		w := runeLen(piece)
		if n+w > max-1 {
			break
		}
		b.WriteString(piece)
		n += w
	}
	return strings.TrimRight(b.String(), " \n") + "…"
}

// Slack markup in incoming text: <@U123>, <@U123|name>, <#C123|name>,
// <!here>, <https://x|label>.
var markup = regexp.MustCompile(`<([^<>]*)>`)

// plainText turns a message's Slack markup into the text a person sees,
// dropping mentions of the bot itself: botID, or in a mention whose botID
// is not known yet, the leading user mention.
func plainText(s, botID string, mention bool) string {
	s = strings.TrimSpace(s)
	if mention && botID == "" {
		if m := markup.FindStringIndex(s); m != nil && m[0] == 0 && strings.HasPrefix(s, "<@") {
			s = s[m[1]:]
		}
	}
	s = markup.ReplaceAllStringFunc(s, func(tok string) string {
		in := tok[1 : len(tok)-1]
		target, label, hasLabel := strings.Cut(in, "|")
		switch {
		case strings.HasPrefix(target, "@"):
			if botID != "" && target[1:] == botID {
				return ""
			}
			if hasLabel {
				return "@" + label
			}
			return ""
		case strings.HasPrefix(target, "#"):
			if hasLabel {
				return "#" + label
			}
			return ""
		case strings.HasPrefix(target, "!"):
			return ""
		case hasLabel:
			return label
		}
		return target
	})
	s = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
