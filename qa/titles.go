package qa

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A titling is a person the passages give a post at an organisation:
// the organisation, the person, and the words between them, folded and
// lower case ("OpenAI chief scientist Ilya Sutskever", 前智譜COO張帆,
// "Hong Tao, co-founder and head of commercialization at Baichuan").
type titling struct {
	org, person, between string
}

// titlings lists the posts the passages give people: a person named right
// after an organisation, with at most a title between them (no sentence
// punctuation, no other person), or in English a person followed by a
// comma, a title and "at" or "of" the organisation.
func titlings(passages map[string]Passage, m *EntityMatcher) []titling {
	var out []titling
	seen := map[titling]bool{}
	add := func(t titling) {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	for _, p := range passages {
		for _, text := range []string{strings.ToLower(Fold(p.ZH)), strings.ToLower(Fold(p.EN))} {
			r := []rune(text)
			ms := m.findAll(text)
			for i, a := range ms {
				if a.Entity.Type != "org" {
					continue
				}
				for _, b := range ms[i+1:] {
					if b.Start-a.End > 40 || b.Entity.Type == "org" && b.Entity.ID != a.Entity.ID {
						break
					}
					between := string(r[a.End:b.Start])
					if !titleLike(between) {
						break
					}
					if b.Entity.Type == "person" {
						add(titling{a.Entity.ID, b.Entity.ID, between})
						break
					}
				}
				// "Hong Tao, co-founder and head of commercialization at Baichuan"
				for j := i - 1; j >= 0; j-- {
					b := ms[j]
					if a.Start-b.End > 60 {
						break
					}
					if b.Entity.Type != "person" {
						continue
					}
					between := string(r[b.End:a.Start])
					if strings.HasPrefix(between, ", ") && (strings.HasSuffix(between, " at ") || strings.HasSuffix(between, " of ")) && titleLike(between[2:]) {
						add(titling{a.Entity.ID, b.Entity.ID, between})
					}
					break
				}
			}
		}
	}
	return out
}

// titleLike reports whether the words between an organisation and a
// person can be a title: short, with no clause punctuation (Fold makes
// commas half-width).
func titleLike(between string) bool {
	if strings.ContainsAny(between, ",;.!?") {
		return false
	}
	if hasHan(between) {
		return utf8.RuneCountInString(between) <= 16
	}
	return len(strings.Fields(between)) <= 6
}

// A postKind is a kind of post a question may name a person by: the
// words it is asked with, and the words a passage's title must have.
type postKind struct {
	asked   []string
	needles []string
	// one: the asked words name one post, whichever the passage writes
	// (执行长 is its CEO); not so a product lead and a product manager.
	one bool
}

// postKinds are the posts a question may name a person by, longest
// wording first within each (folded, lower case).
var postKinds = []postKind{
	{[]string{"chief scientist", "scientist", "首席科学家", "科学家"}, []string{"scientist", "科学家"}, true},
	{[]string{"co-founder", "cofounder", "co founder", "联合创始人"}, []string{"co-founder", "联合创始人"}, true},
	{[]string{"founder", "创始人", "创办人"}, []string{"founder", "创始人"}, true},
	{[]string{"chief executive", "ceo", "首席执行官", "执行长"}, []string{"ceo"}, true},
	{[]string{"chief technology officer", "cto", "首席技术官", "技术长"}, []string{"cto"}, true},
	{[]string{"chief operating officer", "coo", "首席运营官", "营运长"}, []string{"coo"}, true},
	{[]string{"head of product", "product lead", "product chief", "product head", "product manager", "产品负责人", "产品经理", "产品主管"}, []string{"product", "产品"}, false},
	{[]string{"head of commercialization", "commercialization head", "commercialization lead", "commercialization chief", "commercial chief", "商业化负责人", "商业化合伙人", "商业化主管"}, []string{"commercialization", "商业化"}, false},
	{[]string{"vice president", "vp", "副总裁"}, []string{"vice president", "副总裁"}, true},
	{[]string{"head of ai", "ai chief", "ai head", "ai boss", "ai lead", "ai负责人", "ai主管", "ai掌门人", "ai一把手", "ai老大"}, []string{"ai ", "ai与", "ai和"}, false},
}

// postCues are the words a question that names a post has, one of each
// kind's (folded, lower case): a question without any is left alone at
// once.
var postCues = []string{"scientist", "科学家", "founder", "创始人", "创办人", "ceo", "chief", "执行长", "首席", "cto", "技术长", "coo", "营运长", "product", "产品", "commercial", "商业化", "vice president", "vp", "副总裁", "head", "boss", "lead", "负责人", "主管", "掌门人", "一把手", "老大"}

var (
	// Words before an organisation that belong to the description:
	// "the former OpenAI scientist", 那位前OpenAI科學家.
	postBefore = regexp.MustCompile(`(?:\bthe\s+)?(?:\b(?:former|ex|then)(?:-|\s+))?(?:那位|这位|那个|这个|该)?前?\s*$`)
	// Words between the organisation and the post: 蘋果那位AI負責人.
	postBetweenZH = []string{"那位", "这位", "的那位", "的这位", "那个", "的那个"}
	// A question that asks who holds the post, or whether someone does,
	// keeps the words that ask it.
	asksPost = regexp.MustCompile(`是[^，,。？?]{0,12}(?:科学家|负责人|副总裁|合伙人|主管|经理|coo|cto)|\b(?:is|was|are|were|isn't|wasn't)\s+(?:\S+\s+){0,3}(?:scientist|founder|cto|coo|lead|vice president|vp|chief|manager)\b`)
)

// postAfter returns the length in runes of the post named at the start
// of after ("'s", 的, 那位, "former" and "core" allowed before it), or 0.
func postAfter(after string) (int, *postKind) {
	rest := after
	for _, p := range []string{"'s", "’s", "的"} {
		rest = strings.TrimPrefix(rest, p)
	}
	rest = strings.TrimLeft(rest, " ")
	for _, p := range postBetweenZH {
		if strings.HasPrefix(rest, p) {
			rest = rest[len(p):]
			break
		}
	}
	for _, p := range []string{"former ", "ex-", "前", "core ", "核心"} {
		rest = strings.TrimPrefix(rest, p)
	}
	for k := range postKinds {
		for _, w := range postKinds[k].asked {
			if !strings.HasPrefix(rest, w) {
				continue
			}
			end := len(after) - len(rest) + len(w)
			if next, _ := utf8.DecodeRuneInString(after[end:]); !hasHan(w) && isWordRune(next) {
				continue // "vp" of "vpn"
			}
			return utf8.RuneCountInString(after[:end]), &postKinds[k]
		}
	}
	return 0, nil
}

// postNames writes, for a person named by their post at an organisation
// ("the former OpenAI scientist", 那位前OpenAI科學家, "the Zhipu COO"), the
// one person the passages title so, in the question's script: the
// passages name the person. A question that asks who holds the post, a
// post followed by the name, or a post the passages give two people is
// left alone.
func (e *Engine) postNames(q string) string {
	if len(e.titlings) == 0 {
		return q
	}
	f := strings.ToLower(Fold(q))
	if !hasAny(f, postCues) || asksHead.MatchString(f) || asksPost.MatchString(f) {
		return q
	}
	r, fr := []rune(q), []rune(f)
	if len(fr) != len(r) {
		return q
	}
	var b strings.Builder
	last := 0
	ms := e.entities.FindAll(q)
	for i, m := range ms {
		if m.Entity.Type != "org" || m.Start < last || m.End > len(r) {
			continue
		}
		n, kind := postAfter(string(fr[m.End:]))
		if kind == nil {
			continue
		}
		end := m.End + n
		if namedAfter(ms[i+1:], fr, end) {
			continue // "OpenAI chief scientist Ilya Sutskever"
		}
		who := ""
		for _, t := range e.titlings {
			if t.org == m.Entity.ID && hasAny(t.between, kind.needles) && t.person != who {
				if who != "" {
					who = "-"
					break
				}
				who = t.person
			}
		}
		p, ok := e.entityByID[who]
		if !ok {
			continue
		}
		before := string(fr[last:m.Start])
		start := m.Start
		if loc := postBefore.FindStringIndex(before); loc != nil && strings.TrimSpace(before[loc[0]:]) != "" {
			start = last + utf8.RuneCountInString(before[:loc[0]])
		}
		if postAsked(string(fr[:start]), string(fr[end:])) {
			continue
		}
		b.WriteString(string(r[last:start]))
		b.WriteString(headName(p, hasHan(q), q))
		last = end
	}
	if last == 0 {
		return q
	}
	b.WriteString(string(r[last:]))
	return b.String()
}

var (
	// Words before a post that ask who holds it: "Which StepFun product
	// lead…", 哪位前GitHub CEO, "… as Zhipu's COO", 当了智谱的COO.
	askedBefore = regexp.MustCompile(`(?:\bwhich|\bwhat|哪位|哪一位|哪个|哪一个|哪名|哪些|\bas|当了?|担任|出任|成为|成了)\s*$`)
	// Words after it that do: "… head of commercialization who left",
	// 百川的聯合創始人誰走了.
	askedAfter = regexp.MustCompile(`^\s*(?:who\b|whom\b|谁|是谁|叫什么|叫啥|是哪位)`)
	// What a keyword query may have besides the post ("zhipu coo?").
	bareRest = regexp.MustCompile(`^[\s\p{P}]*$`)
)

// postAsked reports whether the question asks who holds the post named
// between before and after, so that the post must stay.
func postAsked(before, after string) bool {
	return askedBefore.MatchString(before) || askedAfter.MatchString(after) || bareRest.MatchString(before) && bareRest.MatchString(after)
}

// namedAfter reports whether a person is named right after rune end
// (past the mentions the post itself is made of).
func namedAfter(ms []Mention, fr []rune, end int) bool {
	for _, m := range ms {
		if m.Start < end {
			continue
		}
		return m.Entity.Type == "person" && strings.TrimSpace(string(fr[end:m.Start])) == ""
	}
	return false
}

// agentAfterEN matches the words of an English question before its
// subject: "Why did ", "How much does the ".
var agentAfterEN = regexp.MustCompile(`^\s*(?:why|how(?: much| many| long)?|when|what|where)\s+(?:did|does|do|is|was|were|has|have|had|will|would)\s+(?:the\s+)?`)

// subjectOrg returns the organisation a question names as the one that
// acts ("Why did Apple decide to buy Scale AI?", 苹果为什么收购Scale AI？),
// with the mentions of the question; ok is false when the question is not
// so shaped, the organisation is named as an owner (Meta's model, Meta的
// 月活), or the question is passive (被).
func subjectOrg(q string, ms []Mention) (Mention, bool) {
	if len(ms) < 2 || ms[0].Entity.Type != "org" {
		return Mention{}, false
	}
	r := []rune(q)
	head := strings.ToLower(string(r[:ms[0].Start]))
	after := strings.ToLower(string(r[ms[0].End:]))
	switch {
	case hasHan(q):
		if strings.TrimSpace(head) != "" || strings.Contains(q, "被") || strings.HasPrefix(after, "的") {
			return Mention{}, false
		}
	default:
		if loc := agentAfterEN.FindStringIndex(head); loc == nil || loc[1] != len(head) {
			return Mention{}, false
		}
		if strings.HasSuffix(strings.ToLower(string(r[ms[0].Start:ms[0].End])), "'s") || strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") {
			return Mention{}, false
		}
	}
	return ms[0], true
}

// otherAgent reports whether a question whose subject is an organisation
// (subjectOrg) is about something another does: in the first passage,
// every clause that names the question's other name leaves out the
// subject and any person heading it, and one names another organisation
// or person besides (or, where the other names are organisations, the
// passage never names them, and a clause has the subject with another
// organisation: "Why did Apple buy Scale AI?" ↔ "Apple may acquire
// Perplexity…"); and no other top passage has a clause naming both
// ("Why did Apple decide to buy Scale AI for $14.3 billion?" ↔ "While
// Apple's plan to buy talent is still up in the air, Meta founder Mark
// Zuckerberg has already put up $14.3 billion … to bring Scale AI
// co-founder and CEO Alexandr Wang on board").
func (e *Engine) otherAgent(q string, ranked []scored) bool {
	if !hasHan(q) && !agentAfterEN.MatchString(strings.ToLower(q)) {
		return false // (an English question not so shaped, at once)
	}
	ms := e.entities.FindAll(q)
	subj, ok := subjectOrg(q, ms)
	if !ok || len(ranked) == 0 {
		return false
	}
	asked := map[string]bool{}
	onlyOrgsAsked := true // the other names are all organisations: only then may another organisation stand in for them
	for _, m := range ms[1:] {
		if m.Entity.Type != "term" && m.Entity.ID != subj.Entity.ID {
			asked[m.Entity.ID] = true
			onlyOrgsAsked = onlyOrgsAsked && m.Entity.Type == "org"
		}
	}
	onlyOrgsAsked = onlyOrgsAsked && len(asked) > 0
	// reads says whether a clause of the passage names the question's
	// other name with the subject, and whether one names it with another
	// organisation or person (not one heading what the question names).
	reads := func(p Passage) (together, apart, swapped bool) {
		var named, withOther bool // the question's other name anywhere; the subject with another organisation in a clause
		for _, text := range []string{p.ZH, p.EN} {
			// The passage's mentions (the memo serves them), by clause:
			// a clause ends at each break.
			var ends []int // rune offsets
			for _, loc := range clauseBreak.FindAllStringIndex(text, -1) {
				ends = append(ends, utf8.RuneCountInString(text[:loc[0]]))
			}
			ends = append(ends, utf8.RuneCountInString(text)+1)
			var subject, object, other, otherOrg bool
			cl := 0
			flush := func() {
				together = together || object && subject
				apart = apart || object && other && !subject
				named = named || object
				withOther = withOther || subject && otherOrg
				subject, object, other, otherOrg = false, false, false, false
			}
			for _, m := range e.entities.FindAll(text) {
				for m.Start >= ends[cl] {
					flush()
					cl++
				}
				switch {
				case m.Entity.ID == subj.Entity.ID || slices.Contains(m.Entity.Heads, subj.Entity.ID):
					subject = true
				case asked[m.Entity.ID]:
					object = true
				case m.Entity.Type == "org" || m.Entity.Type == "person" && !slices.ContainsFunc(m.Entity.Heads, func(o string) bool { return asked[o] }):
					other = true
					otherOrg = otherOrg || m.Entity.Type == "org" && onlyOrgsAsked
				}
			}
			flush()
		}
		return together, apart, !named && withOther
	}
	together, apart, swapped := reads(ranked[0].Passage)
	if together || !apart && !swapped {
		return false
	}
	for i := 1; i < len(ranked) && i < modelPassages; i++ {
		if together, _, _ := reads(ranked[i].Passage); together {
			return false
		}
	}
	return true
}

// clauseBreak splits a sentence into clauses.
var clauseBreak = regexp.MustCompile(`[，；。！？：;!?]|[,:.]\s`)
