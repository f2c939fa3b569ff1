package qa

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// soleHeads maps each organisation to the one person the alias table
// says heads it; an organisation with two (SSI: its founder and its CEO)
// has none.
func soleHeads(entities []Entity) map[string]Entity {
	heads := map[string][]Entity{}
	for _, en := range entities {
		for _, org := range en.Heads {
			heads[org] = append(heads[org], en)
		}
	}
	out := map[string]Entity{}
	for org, hs := range heads {
		if len(hs) == 1 {
			out[org] = hs[0]
		}
	}
	return out
}

// soleOrgs maps each person to the one organisation the alias table
// says they head.
func soleOrgs(entities []Entity) map[string]Entity {
	byID := map[string]Entity{}
	for _, en := range entities {
		byID[en.ID] = en
	}
	out := map[string]Entity{}
	for _, en := range entities {
		if len(en.Heads) == 1 {
			if org, ok := byID[en.Heads[0]]; ok {
				out[en.ID] = org
			}
		}
	}
	return out
}

// Words for a person's company, after the name (Sutskever's start-up,
// 那位前OpenAI科學家的新創, 伊利亞那家公司), folded and lower case; the 's may be part of
// the name's form (Ilya Sutskever's) and so not in what follows.
var (
	companyAfterEN = regexp.MustCompile(`^(?:'s|’s)?\s+(?:start-?up|company|firm|venture)\b`)
	// "the startup Ilya Sutskever founded": the company before the name,
	// and the founding verb after it.
	companyBeforeEN = regexp.MustCompile(`\b(?:the |a )?(?:start-?up|company|firm|venture)\s+(?:that\s+)?$`)
	foundedAfterEN  = regexp.MustCompile(`^\s+(?:co-?founded|founded|set up|started|launched|created)\b`)
	companyAfterZH  = regexp.MustCompile(`^(?:的|的那家|那家|这家)?(?:新创|创企|初创公司|初创企业|创业公司|公司)`)
	// A person who ends a clause and 他的公司 opening the next
	// (那位拒绝小扎的伊利亚，他的公司…): the person's company.
	companyNextZH = regexp.MustCompile(`^[，,]\s*(?:他|她)的(?:新创|创企|初创公司|初创企业|创业公司|公司)`)
)

// headCues are the words one of the patterns below needs (folded, lower
// case): a question without any is left alone at once.
var headCues = []string{"boss", "chief", "ceo", "head", "founder", "start-up", "startup", "company", "firm", "venture", "老板", "掌门人", "掌门", "一把手", "首席执行官", "执行长", "创始人", "老大", "掌舵人", "新创", "创企", "初创", "创业公司", "公司"}

// Words for the head of an organisation, after its name (Meta's boss,
// 脸书母公司的老板) or before it in English (the boss of Meta), folded and
// lower case.
var (
	headAfterEN  = regexp.MustCompile(`^(?:'s|’s)?\s+(?:boss|chief|ceo|chief executive|head|founder|top boss|big boss)\b(?:\s+(?:ai|scientist|architect|technology|technical|officer|operating|financial|product|research|strategy|of|engineer|data|commercial|commercialization|executive|marketing)\b)?`)
	headBeforeEN = regexp.MustCompile(`\b(?:the )?(?:boss|chief|ceo|chief executive|head|founder) of (?:the )?$`)
	headAfterZH  = regexp.MustCompile(`^的?(?:老板|掌门人?|一把手|ceo|首席执行官|执行长|创始人|老大|掌舵人|大老板)`)
	// titleGoesOn matches a head word that begins a longer title.
	titleGoesOn = regexp.MustCompile(`\s(?:ai|scientist|architect|technology|technical|officer|operating|financial|product|research|strategy|of|engineer|data|commercial|commercialization|marketing)$`)
	// A question that asks who the head is keeps the words that ask it
	// (Meta的老板是谁？, "Who is the boss of Meta?").
	// So does one that asks whether someone is it (张一鸣现在是字节的CEO
	// 吗？, "Is Altman still OpenAI's boss?"; the post within three words
	// of the verb, not "How big were the signing bonuses the Meta
	// founder dangled?"). So does one that asks who took the post ("Who
	// replaced Sam Altman as CEO of OpenAI?", 谁接替了…).
	asksHead = regexp.MustCompile(`^\s*(?:who|what)(?:'s|’s| is| was| are)\b|是谁|谁是|是哪一?位|哪一?位是|叫什么|叫啥|名字|\bname\b|是[^，,。？?]{0,12}(?:老板|ceo|首席执行官|执行长|创始人|掌门人?|一把手|老大)|\b(?:is|was|are|were|isn't|wasn't)\s+(?:\S+\s+){0,3}(?:boss|chief|ceo|head|founder)\b|\bas\s+(?:the\s+)?(?:new\s+)?(?:boss|chief|ceo|head|founder)\b|接替|接任|继任`)
)

// headNames writes, for an organisation named with a word for its head
// ("the social network giant's boss", ChatGPT背后公司的老板), the name of
// the one person the alias table says heads it, in the question's
// script: the passages name the person (Zuckerberg), not the post. A
// question that asks who the head is, or names an organisation with no
// sole head, is returned unchanged.
func (e *Engine) headNames(q string) string {
	if len(e.soleHead) == 0 {
		return q
	}
	f := strings.ToLower(Fold(q))
	if !hasAny(f, headCues) || asksHead.MatchString(f) {
		return q
	}
	r := []rune(q)
	fr := []rune(f)
	if len(fr) != len(r) {
		return q
	}
	var b strings.Builder
	last := 0
	// put writes the text before [start, end) and the name in its place
	// (taking in a "the" before it: "the social network giant's boss").
	put := func(start, end int, who Entity, zh bool) {
		if strings.HasSuffix(string(fr[last:start]), "the ") {
			start -= len("the ")
		}
		b.WriteString(string(r[last:start]))
		b.WriteString(headName(who, zh || hasHan(string(r[start:end])), q))
		last = end
	}
	for _, m := range e.entities.FindAll(q) {
		if m.Start < last || m.End > len(r) {
			continue
		}
		start, end := m.Start, m.End
		after := string(fr[end:])
		if org, ok := e.soleOrg[m.Entity.ID]; ok {
			// The person's company: the organisation they head.
			if loc := companyAfterEN.FindStringIndex(after); loc != nil {
				put(start, end+utf8.RuneCountInString(after[:loc[1]]), org, false)
			} else if loc := companyAfterZH.FindStringIndex(after); loc != nil {
				put(start, end+utf8.RuneCountInString(after[:loc[1]]), org, true)
			} else if loc, floc := companyBeforeEN.FindStringIndex(string(fr[last:start])), foundedAfterEN.FindStringIndex(after); loc != nil && floc != nil {
				put(last+utf8.RuneCountInString(string(fr[last:start])[:loc[0]]), end+utf8.RuneCountInString(after[:floc[1]]), org, false)
			} else if loc := companyNextZH.FindStringIndex(after); loc != nil {
				// 伊利亚，他的公司 → 伊利亚的SSI: whose company it is, as
				// the owner's possessive says.
				b.WriteString(string(r[last:end]) + "的")
				last = end
				put(end, end+utf8.RuneCountInString(after[:loc[1]]), org, true)
			}
			continue
		}
		head, ok := e.soleHead[m.Entity.ID]
		if !ok {
			continue
		}
		if loc := headAfterEN.FindStringIndex(after); loc != nil {
			if !titleGoesOn.MatchString(after[:loc[1]]) { // not "Google's chief AI architect", "head of AI": another post
				put(start, end+utf8.RuneCountInString(after[:loc[1]]), head, false)
			}
		} else if loc := headAfterZH.FindStringIndex(after); loc != nil {
			put(start, end+utf8.RuneCountInString(after[:loc[1]]), head, true)
		} else if loc := headBeforeEN.FindStringIndex(string(fr[last:start])); loc != nil {
			put(last+utf8.RuneCountInString(string(fr[last:start])[:loc[0]]), end, head, false)
		}
	}
	if last == 0 {
		return q
	}
	b.WriteString(string(r[last:]))
	return b.String()
}

// headName is the name to write in place of a post or a description:
// the English one, or the first Chinese form in the question's script
// that is neither the full name with its dot nor a nickname (扎克伯格, not
// 馬克·扎克伯格 or 小扎).
func headName(p Entity, zh bool, q string) string {
	if !zh || len(p.ZH) == 0 {
		return p.EN[0]
	}
	hant := DetectLang(q) == LangHant || ToSimplified(q) != q
	// The table lists the full name first, then the short one, each in
	// both scripts: the first short form in the question's script.
	first := ""
	for _, f := range p.ZH {
		if hant != (ToSimplified(f) != f) && ToSimplified(f) != ToTraditional(f) {
			continue // (the other script)
		}
		if first == "" {
			first = f
		}
		if !strings.Contains(f, "·") && (utf8.RuneCountInString(f) >= 3 || !hasHan(f)) {
			return f // (not a nickname: 小扎)
		}
	}
	if first == "" {
		return p.ZH[0]
	}
	return first
}
