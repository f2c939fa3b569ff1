package qa

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Candidate is a typed span of a passage text that could answer a
// question: a sum of money, a count, a date, a person…
type Candidate struct {
	Type       QType
	Text       string
	Start, End int // rune offsets in the text
	// Entity is the ID of the corpus entity a person, organisation or
	// place candidate names; empty for figures.
	Entity string
}

type pattern struct {
	t  QType
	re *regexp.Regexp
	// trim lists qualifiers that may open a match but are not part of
	// the figure ("as much as $100 million" answers with "$100 million").
	trim []string
}

// Chinese numerals as the article writes them.
const zhNum = `[0-9０-９.]+|[一二兩两三四五六七八九十百千零]+`

const zhFrac = `[一二三四五六七八九十百]+分之[一二三四五六七八九十]+`

var zhPatterns = []pattern{
	{QMoney, regexp.MustCompile(`(?:高達|高达)?(?:` + zhNum + `|數十|数十|數|数)(?:萬|万|億|亿)?美元`), []string{"高達", "高达"}},
	{QPercent, regexp.MustCompile(`[0-9.]+%|百分之[0-9一二三四五六七八九十]+|(?:不足|不到|超過|超过|約|约)?(?:[A-Za-z][A-Za-z0-9]* ?){0,3}` + zhFrac), nil},
	{QDuration, regexp.MustCompile(`(?:[0-9０-９]{1,3}(?:\.[0-9]+)?|[一二兩两三四五六七八九十百千零]+)(?:年|個月|个月|天|週|周)(?:以上|多)?|(?:一|兩|两|三)個多月|(?:一|兩|两|三)个多月`), nil},
	{QWhen, regexp.MustCompile(`(?:早在)?(?:[0-9]{4}年(?:初|底|末|下半年|上半年|[0-9]{1,2}月(?:份|初|中旬|下旬|底|末)?)?|(?:去年|今年)(?:下半年|上半年|[0-9]{1,2}月(?:份|初|中旬|下旬|底|末)?)?|[0-9]{1,2}月(?:份|初|中旬|下旬|底|末)?)`), []string{"早在"}},
	// A person the article describes but does not name (有AI領域在讀博士).
	{QWho, regexp.MustCompile(`(?:一位|一名|某位|有)[^，。；：“”、（）()]{0,10}?(?:博士生|博士|學生|学生|員工|员工|工程師|工程师|研究員|研究员|分析師|分析师|知情人士|人士)`), []string{"一位", "一名", "某位", "有"}},
	{QCount, regexp.MustCompile(`[0-9.]+(?:萬|万|億|亿)(?:人)?|[0-9]+(?:人|名|位|家)|(?:[二兩两三四五六七八九十百千]+|[一二三四五六七八九][十百千]+)(?:位|名|家|個|个|種|种)(?:人)?|多位|數位|数位|幾位|几位`), nil},
}

// enMonths are the months as whole words; May only capitalised ("Apple
// may acquire Perplexity" names no month).
var enMonths = `\b(?:January|February|March|April|(?-i:May)|June|July|August|September|October|November|December)\b`

const enNumWord = `one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`

// enCountWord are the number words a count in words starts with ("two
// different strategies"); "one" is too common a word to count.
const enCountWord = `two|three|four|five|six|seven|eight|nine|ten`

var enPatterns = []pattern{
	{QMoney, regexp.MustCompile(`(?i)(?:as much as |up to )?\$[0-9][0-9.,]*[0-9](?: (?:million|billion|trillion))?|(?:as much as |up to )?\$[0-9](?: (?:million|billion|trillion))?|(?:several|tens of|billions of|several billion) (?:billions? of )?dollars`), []string{"as much as ", "up to "}},
	{QPercent, regexp.MustCompile(`(?i)[0-9][0-9.]*%|[0-9][0-9.]* percent|(?:less than |more than |about )?(?:one|a) (?:tenth|fifth|quarter|third|half)(?: of the cost of [A-Za-z0-9]+)?`), nil},
	{QDuration, regexp.MustCompile(`(?i)(?:more than |over |at least |about |nearly |almost )?(?:[0-9]+|` + enNumWord + `|a) (?:years?|months?|weeks?|days?)\b`), nil},
	{QWhen, regexp.MustCompile(`(?i)(?:as early as )?(?:(?:early|mid|late|the end of|the start of|the beginning of|the first half of|the second half of|last|this)[- ])?(?:` + enMonths + `)(?: [0-9]{4})?|(?:(?:early|mid|late|the end of|the start of|the beginning of|the second half of|the first half of)[- ])?(?:[12][0-9]{3})\b|(?:(?:early|mid|late|the end of|the start of|the beginning of|the second half of|the first half of)[- ])?(?:last|this) year`), []string{"as early as "}},
	// A person the article describes but does not name ("a PhD student
	// in the AI field").
	{QWho, regexp.MustCompile(`\b(?:a|an|one) (?:[A-Za-z-]+ ){0,2}?(?:PhD student|student|employee|engineer|researcher|insider|analyst)(?: in the [A-Za-z]+ field)?\b`), nil},
	{QCount, regexp.MustCompile(`(?i)[0-9][0-9.,]*[0-9](?: (?:million|billion|thousand))?(?: people)?|\b[0-9](?: (?:million|billion|thousand))?(?: people)?|(?:several|many|dozens of|hundreds of) (?:executives|people)|\b(?:` + enCountWord + `)\b(?: [a-z]+)? (?:[a-z]+s)\b`), nil},
}

// findCandidates is FindCandidates without the engine's passage memo
// (precompute.go).
func findCandidates(text string, zh bool, m *EntityMatcher) []Candidate {
	pats := enPatterns
	if zh {
		pats = zhPatterns
	}
	var figures []Candidate
	for _, p := range pats {
		for _, loc := range p.re.FindAllStringIndex(text, -1) {
			s, e := loc[0], loc[1]
			for _, t := range p.trim {
				if strings.HasPrefix(strings.ToLower(text[s:e]), strings.ToLower(t)) && e-s > len(t) {
					s += len(t)
				}
			}
			rs := utf8.RuneCountInString(text[:s])
			re := rs + utf8.RuneCountInString(text[s:e])
			figures = append(figures, Candidate{Type: p.t, Text: text[s:e], Start: rs, End: re})
		}
	}
	var names []Candidate
	if m != nil {
		runes := []rune(text)
		for _, mn := range m.FindAll(text) {
			c := Candidate{Text: string(runes[mn.Start:mn.End]), Start: mn.Start, End: mn.End, Entity: mn.Entity.ID}
			switch mn.Entity.Type {
			case "person":
				c.Type = QWho
			case "place":
				c.Type = QWhere
			case "outlet":
				// An outlet is also a "which" answer (which outlet
				// reported…) and a "where" answer (where was it posted).
				c.Type = QWhere
				names = append(names, c)
				c.Type = QWhich
			case "term":
				c.Type = QOther
			default:
				c.Type = QWhich
			}
			names = append(names, c)
		}
	}
	// Figures inside a name or inside a longer figure of another kind
	// are parts, not answers.
	var keepF []Candidate
	for _, f := range figures {
		part := false
		for _, n := range names {
			if n.Type != QOther && f.Start < n.End && n.Start < f.End && !(f.Start <= n.Start && f.End >= n.End) {
				part = true
			}
		}
		for _, g := range figures {
			if g.Type != f.Type && g.Start <= f.Start && g.End >= f.End && g.End-g.Start > f.End-f.Start {
				part = true
			}
			if g.Type == QWhen && f.Type == QCount && g.Start == f.Start && g.End == f.End {
				part = true // a bare year is a date, not a count
			}
		}
		if !part {
			keepF = append(keepF, f)
		}
	}
	var out []Candidate
	out = append(out, keepF...)
	for _, n := range names {
		if n.Type != QOther {
			out = append(out, n)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End-out[i].Start > out[j].End-out[j].Start
	})
	// Drop a span of the same type inside a longer one.
	var keep []Candidate
	for _, c := range out {
		inside := false
		for _, k := range keep {
			if k.Type == c.Type && c.Start >= k.Start && c.End <= k.End {
				inside = true
				break
			}
		}
		if !inside {
			keep = append(keep, c)
		}
	}
	return keep
}

// tok is one unit of text for aligning a question with a passage: a Han
// character, a Latin word or number, or a clause break.
type tok struct {
	key        string // comparison form: folded character, or stemmed lower-case word
	start, end int    // rune offsets in the text
	brk        bool   // a clause break (，。；：,;: …)
	stop       bool   // a function word or character
	han        bool
	// ent is the entity type when the token is an entity mention
	// (its key is then "@" and the entity ID).
	ent string
	adv bool // an English adverb in -ly
}

// zhStop are Chinese function characters: they align but weigh little.
var zhStop = map[string]bool{}

func init() {
	for _, r := range "的了是在有和与及也还都就被把将对从以为而这那其之于着过把给让向到中上里个一去做后" {
		zhStop[string(r)] = true
	}
}

// tokenizeText is tokenize without the memo of corpus texts
// (precompute.go).
func tokenizeText(text string) []tok {
	f := []rune(Fold(text))
	orig := []rune(text)
	if len(f) != len(orig) {
		f = []rune(strings.ToLower(text))
	}
	var out []tok
	skipAt := -1 // where a phrasal verb's particle stands apart from it
	for i := 0; i < len(f); {
		r := f[i]
		switch {
		case unicode.Is(unicode.Han, r):
			if n, k := hanPhrase(f[i:]); n > 0 {
				out = append(out, tok{key: k, start: i, end: i + n, han: true})
				i += n
				continue
			}
			k := string(r)
			if k == "著" {
				k = "着" // t2s keeps 著 (靠著, 看著); a Simplified question writes 着
			}
			out = append(out, tok{key: synonym(k), start: i, end: i + 1, stop: zhStop[k], han: true})
			i++
		case isAlnum(r):
			j := i
			for j < len(f) && (isAlnum(f[j]) || (f[j] == '.' || f[j] == '-' || f[j] == '\'' || f[j] == '’') && j+1 < len(f) && isAlnum(f[j+1])) {
				j++
			}
			w := string(f[i:j])
			if strings.HasPrefix(w, "ex-") && j-i > 3 {
				// "ex-GitHub boss": "ex" (former) and the name, apart.
				out = append(out, tok{key: synonym(stem("ex")), start: i, end: i + 2})
				i += 3
				continue
			}
			if i == skipAt {
				i = j // the particle of a phrasal verb split by its object
				continue
			}
			if k, n := phrasal(w, f[j:]); n > 0 {
				// "given up" is one word, abandon's.
				out = append(out, tok{key: k, start: i, end: j + n})
				i = j + n
				continue
			}
			if k, at := phrasalSplit(w, f[j:]); at > 0 {
				// "turned Meta down": the verb says refuse, the particle
				// goes.
				out = append(out, tok{key: k, start: i, end: j})
				skipAt = j + at
				i = j
				continue
			}
			out = append(out, tok{key: synonym(stem(w)), start: i, end: j, stop: enStop[strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")], adv: isLyAdverb(w)})
			i = j
		case isBreak(f, i):
			out = append(out, tok{key: string(r), start: i, end: i + 1, brk: true})
			i++
		default:
			i++
		}
	}
	return out
}

// phrasals are English verbs with a particle that say one word's
// meaning ("given up" is "abandon", 放弃): verb stem, particle, the word.
var phrasals = []struct{ verb, particle, word string }{
	{"give", "up", "abandon"},
	{"walk", "away", "abandon"}, // "walked away from chasing AGI" ↔ "given up on AGI"
	{"turn", "down", "refuse"},
	{"say", "no", "refuse"},
	{"shell", "out", "spend"},
	{"fork", "out", "spend"},
	{"fork", "over", "spend"},
	{"cough", "up", "spend"},
	{"put", "up", "spend"}, // "put up $14.3 billion in hard cash"
}

// phrasal returns the key of the word a phrasal verb w + rest (" up …")
// says and the number of runes of rest it takes, or 0.
func phrasal(w string, rest []rune) (string, int) {
	st := stem(w)
	for _, p := range phrasals {
		if st != stem(p.verb) {
			continue
		}
		n := 1 + len(p.particle)
		if len(rest) >= n && rest[0] == ' ' && string(rest[1:n]) == p.particle && (len(rest) == n || !isAlnum(rest[n])) {
			return synonym(stem(p.word)), n
		}
	}
	return "", 0
}

// phrasalSplit returns the key of the word a phrasal verb w says when
// one to three words (its object) stand between it and its particle, the
// particle ending the clause ("turned Meta down?"), and the particle's
// offset in rest; or 0.
func phrasalSplit(w string, rest []rune) (string, int) {
	st := stem(w)
	for _, p := range phrasals {
		if st != stem(p.verb) {
			continue
		}
		words, k := 0, 0
		for k < len(rest) && words <= 3 {
			for k < len(rest) && rest[k] == ' ' {
				k++
			}
			b := k
			for k < len(rest) && (isAlnum(rest[k]) || rest[k] == '\'' || rest[k] == '’' || rest[k] == '.' && k+1 < len(rest) && isAlnum(rest[k+1])) {
				k++
			}
			if k == b {
				return "", 0 // punctuation before the particle
			}
			if string(rest[b:k]) == p.particle {
				if words == 0 || k < len(rest) && isAlnum(rest[k]) {
					return "", 0
				}
				if k < len(rest) && !strings.ContainsRune("?？.。!！,，;；", rest[k]) {
					return "", 0 // "turned Meta down" ends its clause
				}
				return synonym(stem(p.word)), b
			}
			words++
		}
	}
	return "", 0
}

func isAlnum(r rune) bool {
	return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// isBreak reports whether rune i of r ends a clause.
func isBreak(r []rune, i int) bool {
	switch r[i] {
	case '！', '？', '!', '?':
		// A question quoted inside a clause does not end it: 在被問到
		// “怎麼確保…首選？”時，…
		if i+2 < len(r) && (r[i+1] == '”' || r[i+1] == '」' || r[i+1] == '"') && unicode.Is(unicode.Han, r[i+2]) {
			return false
		}
		return true
	case '，', '；', '：', '。', '、', '…', ';':
		return true
	case ',', ':', '.':
		// Not inside a number ($14.3, 1,000) or a name (01.AI).
		if i > 0 && i+1 < len(r) && isAlnum(r[i-1]) && isAlnum(r[i+1]) {
			return false
		}
		return true
	}
	return false
}

// irregular maps irregular English verb forms to their stem.
var irregular = map[string]string{
	"paid": "pay", "bought": "buy", "took": "take", "taken": "take", "gave": "give", "given": "give",
	"said": "say", "says": "say", "made": "make", "left": "leave", "led": "lead", "went": "go", "gone": "go",
	"came": "come", "became": "become", "won": "win", "ran": "run", "spent": "spend", "sent": "send",
	"thought": "think", "sought": "seek", "got": "get", "held": "hold", "built": "build", "fell": "fall",
	"fallen": "fall", "knew": "know", "known": "know", "saw": "see", "seen": "see", "people": "person",
	"rumours": "rumor", "rumour": "rumor", "rumors": "rumor",
	"heard": "hear", "told": "tell", "drew": "draw", "drawn": "draw", "stuck": "stick", "threw": "throw",
	"thrown": "throw", "lost": "lose", "met": "meet", "caught": "catch", "began": "begin", "begun": "begin",
	"chose": "choose", "chosen": "choose", "leapt": "leap", "drove": "drive", "driven": "drive",
}

// stem is a light English stemmer: possessives, plurals and the common
// verb endings are cut, so word forms of one lemma mostly share a key.
func stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if s, ok := irregular[w]; ok {
		w = s
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 && i+1 < len(w) && isLetters(w[:i]) && isLetters(w[i+1:]) {
		// "start-ups" is a "start-up": the last word of a compound
		// takes the ending.
		if last := w[i+1:]; len(last) == 3 && last[2] == 's' && last[1] != 's' {
			return w[:len(w)-1] // "ups": too short for stem
		}
		return w[:i+1] + stem(w[i+1:])
	}
	if len(w) <= 3 || !isLetters(w) {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		w = w[:len(w)-3]
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "es") && len(w) > 4 && strings.ContainsAny(w[len(w)-3:len(w)-2], "sxz"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && len(w) > 3:
		w = w[:len(w)-1]
	}
	if len(w) <= 3 {
		return w // sees → see, as see itself stays
	}
	// Doubled final consonants (stopped → stopp) and a final e (give,
	// given → giv) are folded together.
	if n := len(w); n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		w = w[:n-1]
	}
	w = strings.TrimSuffix(w, "e")
	if len(w) > 7 {
		w = w[:7]
	}
	return w
}

func isLetters(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// synonymGroups are general words that say the same thing, so that a
// question and a passage worded differently still align. Keys are stems
// (English), single characters (Chinese) or entity keys ("@" + term ID).
// They are word lists, not facts of any article.
var synonymGroups = [][]string{
	{"buy", "purchase", "acquire", "acquisition", "@acquisition", "买", "pay", "花"},
	{"spend", "spent"},
	{"bonus", "payout"}, // "sign-on payouts" ↔ "signing bonuses"
	{"recruit", "hire", "poach", "lure", "@poaching", "挖"},
	{"lead", "head", "run", "steer", "direct"},
	{"company", "firm", "startup", "start-up"},
	{"said", "say", "tell", "told", "claim"},
	{"big", "large", "great", "biggest", "largest", "greatest", "top", "main"},
	{"demote", "downgrade"},
	{"rival", "competitor", "opponent"},
	{"found", "start", "establish"},
	{"urgent", "pressing"},
	{"task", "job", "duty"},
	{"latest", "recent", "newest"},
	{"move", "push", "oust", "sideline"},
	{"report", "answer"},
	{"former", "ex", "previous", "onetime"},
	{"accept", "take"},
	{"deny", "admit", "acknowledge"}, // a yes/no question's admit is answered by a denial
	{"battle", "fight", "contest", "war"},
	{"@ceo", "boss"},
	{"belief", "believe"}, // "What does Zuckerberg believe…?" ↔ "The key belief… is that…"
	{"aware", "conscious", "realise", "realize"},
	{"attract", "draw", "appeal"},         // "What draws top talent most?" ↔ "What attracts top talent most…"
	{"see", "regard", "view", "perceive"}, // "How does Meta regard OpenAI?" ↔ "Meta sees OpenAI as…"
	{"turbulent", "turmoil", "upheaval", "unrest", "chaos", "chaotic"},
	{"continue", "continues", "still", "ongoing"}, // "Is he still recruiting?" ↔ "his recruiting continues"
}

var synonyms = map[string]string{}

func init() {
	for _, g := range synonymGroups {
		canon := g[0]
		for _, w := range g {
			k := w
			if !strings.HasPrefix(w, "@") && !hasHan(w) {
				k = stem(w)
			}
			synonyms[k] = canon
		}
	}
}

// synonym maps a token key to the canonical key of its synonym group.
func synonym(k string) string {
	if s, ok := synonyms[k]; ok {
		return s
	}
	return k
}

// hanPhraseGroups are Chinese words that say the same thing, written as
// several characters, so they align as one token (意味着 and 代表 "mean").
// General words only, folded (Simplified).
//
// A group may hold English words too: a mixed question ("百川智能 pivot 到
// 什麼方向了？") then aligns with the Chinese text.
var hanPhraseGroups = [][]string{
	{"意味着", "代表", "意味", "表示"},
	{"满意", "满足"},
	{"反响", "评价", "反应", "review", "reviews", "reviewed", "reception", "received", "critics"}, // "What did critics say?" ↔ "negative reviews"
	{"做出来", "自研出", "研发出", "开发出", "做出", "造出"},
	{"离开", "离职", "出走", "走了", "走人", "跑路", "leave", "quit", "depart", "exit"},
	{"发布", "release", "launch", "unveil"},
	{"转向", "转型", "转做", "改做", "转往", "转到", "转去", "pivot", "shift", "switch"},
	{"恐慌", "panic"},
	{"工程师", "技术人员", "engineer"},
	{"作弊", "造假", "cheat"},
	{"成本", "cost"},
	{"团队", "team"},
	{"实验室", "lab", "laboratory"},
	{"变成", "化身", "成为", "当起"},
	{"医疗", "medical", "healthcare", "health", "medicine"},
	{"担任", "出任", "来当", "当上", "serve", "appoint"},
	{"谈判", "谈妥", "谈成", "negotiate", "negotiation", "negotiating", "talks", "haggle", "bargain"},
	{"恶化", "变差", "worsen", "deteriorate", "dry"}, // "funding dried up"
	{"诟病", "吐槽", "批评", "指责", "criticize", "criticise", "knock"},
	{"重组", "调整", "改组", "整顿", "重整", "reorganize", "reorganise", "restructure", "overhaul", "reshuffle", "revamp"},
	{"代价", "价格", "价码", "price"},
	{"视为", "当成", "当作", "看作", "视作"},
	{"合并", "并入", "并到", "并进", "merge", "merged", "merging", "fold", "folded", "combine", "absorb"},
	{"资源", "resource"},
	{"有限", "limited"},
	{"信念", "belief", "believe"},
	{"性能", "performance"},
	{"最终", "终极", "ultimate", "final"},
	{"之路", "路径", "途径", "道路", "path", "route"},
	{"到达", "通往", "达到", "抵达", "reach"},
	{"当务之急", "燃眉之急", "火烧眉毛", "迫在眉睫", "最着急", "最紧迫", "最迫切", "最急", "最紧急", "最要紧", "urgent", "pressing"},
	{"冲击", "disrupt", "disruption", "hit"},
	{"挑战", "难题", "危机", "困境", "麻烦", "头痛", "头疼", "challenge", "problem", "crisis", "trouble", "predicament", "plight"},
	{"面临", "陷入", "遭遇", "面对", "遇到", "碰到", "碰上", "face", "faces", "facing"},
	{"首位", "优先级", "头等大事", "重中之重", "首要任务"},
	{"放在", "确立为", "列为", "定为"},
	{"有钱", "财大气粗", "资金雄厚", "不差钱", "富裕"},
	{"缺钱", "捉襟见肘", "没钱", "差钱"},
	{"融资", "募资", "集资", "筹资", "funding", "raise", "raised", "raises", "raising", "fundraise"}, // "latest raise" ↔ "new funding round"
	{"否认", "承认"}, // as deny/admit
	{"落后", "处于下风", "落在了下风", "落了下风", "落于下风", "掉队", "吃了亏", "吃亏"},
	{"梯队", "阵容"},
	{"处理", "处置", "发落"},
	{"放弃", "舍弃", "放下", "abandon", "forgo", "forsake", "ditch", "scrap", "shelve"}, // and "given up" (phrasals)
	{"拒绝", "回绝", "婉拒", "谢绝", "refuse", "reject", "decline", "rebuff", "snub"},     // and "turned down" (phrasals)
	{"明确", "公开", "explicit", "explicitly", "openly", "publicly"},
	{"换取", "交换", "swap", "trade", "exchange"},
	{"几乎", "差不多"},  // a word: 那几家 does not match 幾乎
	{"自证", "证明自己"}, // 技術自證的危機: having to prove themselves
}

var hanPhrases = map[string]string{}

func init() {
	for _, g := range hanPhraseGroups {
		for _, w := range g {
			if hasHan(w) {
				hanPhrases[w] = "~" + g[0]
				// t2s keeps 著 where a Simplified text writes 着 (最著急,
				// 靠著): both forms are the word.
				hanPhrases[strings.ReplaceAll(w, "着", "著")] = "~" + g[0]
			} else {
				synonyms[stem(w)] = "~" + g[0]
			}
		}
	}
}

// hanPhrase returns the length and key of the phrase r starts with, or 0.
func hanPhrase(r []rune) (int, string) {
	for n := 4; n >= 2; n-- {
		if n <= len(r) {
			if k, ok := hanPhrases[string(r[:n])]; ok {
				return n, k
			}
		}
	}
	return 0, ""
}
