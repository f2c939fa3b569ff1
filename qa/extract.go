package qa

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// scored is a hit after reranking, with the features that decided it.
type scored struct {
	Hit
	score    float64   // the rules' ranking score
	order    float64   // what the passages are sorted by: score, or the ranker's score
	x        []float64 // the ranker's features (PassageFeatures)
	coverage float64   // share of the question's keys found in the passage (or with the sentence before it)
	hardMiss int       // named things of the question missing from the passage
	opposed  bool      // the passage tells the opposite of an act the question asks about (keys.opposed)
	typed    bool      // holds a candidate of the question's answer type
	// best is the best answer this passage gives, nil when none.
	best *cand
}

// keys are what a question asks about: its entities (any form counts),
// Latin words, numbers and Chinese character pairs, folded.
type keys struct {
	// latinHard: the question is Chinese, so its Latin words are names
	// and a passage without them is about something else.
	latinHard bool
	entities  []entityKey
	words     []wordKey
	numbers   []string    // figures the question names (Llama 5, 2014): a passage must hold them
	months    [][2]string // English month names the question names, with their numbers (january, 1): likewise
	bigrams   []string    // folded Han character pairs
	// opposed are the pairs of opposite acts (opposites) whose one side
	// the question asks about and whose other it does not name.
	opposed []opposite
}

// stanceAsked matches a folded, lower-case question that asks someone's
// stance toward something (对…的态度, 立场, "stance on", "attitude toward").
var stanceAsked = regexp.MustCompile(`态度|立场|\b(?:stance|attitude|position)s?\s+(?:on|toward|towards|to|about)\b`)

// opposite is a pair of opposite acts: asked about one, a passage that
// tells only of the other (加入 asked, 離職 told) is about something else
// ("When did Hong Tao join Baichuan?" is not answered by when he left).
// English forms are lower-case words or phrases, Chinese ones folded.
type opposite struct {
	ask, other []string
	// exclusive: the two cannot both be done (accept and turn down), as
	// join and leave, buy and sell can, one after the other.
	exclusive bool
}

// opposites are the pairs, each way round. Word lists, not facts of any
// article.
var opposites = func() []opposite {
	pairs := []opposite{
		{[]string{"join", "joined", "joins", "joining", "加入", "加盟", "入职"},
			[]string{"leave", "left", "leaves", "leaving", "quit", "quits", "depart", "departed", "departure", "resign", "resigned", "step down", "stepped down", "离开", "离职", "出走", "辞职", "离任", "请辞"}, false},
		{[]string{"sell", "sold", "sells", "selling", "divest", "divested", "出售", "卖掉", "卖出", "售出", "变卖"},
			[]string{"buy", "bought", "buys", "buying", "acquire", "acquired", "acquisition", "purchase", "purchased", "收购", "买下", "购买", "并购"}, false},
		{[]string{"promote", "promoted", "promotion", "升职", "晋升", "提拔"},
			[]string{"demote", "demoted", "demotion", "降职", "降级"}, true},
		{[]string{"accept", "accepted", "accepts", "took", "接受", "答应"},
			[]string{"refuse", "refused", "reject", "rejected", "turned down", "turn down", "declined", "rebuffed", "拒绝", "回绝", "婉拒", "谢绝"}, true},
		{[]string{"achieve", "achieved", "achieves", "realize", "realized", "reach", "reached", "pursue", "pursued", "pursues", "pursuing", "实现", "达成", "冲刺", "追求"},
			[]string{"give up", "gave up", "given up", "abandon", "abandoned", "drop", "dropped", "放弃"}, true},
	}
	var out []opposite
	for _, p := range pairs {
		out = append(out, p, opposite{p.other, p.ask, p.exclusive})
	}
	return out
}()

// says reports whether a folded Chinese text or a lower-case English one
// holds one of forms, English ones as whole words (containsCue).
func says(foldedZH, lowerEN string, forms []string) bool {
	for _, f := range forms {
		if hasHan(f) && strings.Contains(foldedZH, f) || !hasHan(f) && containsCue(lowerEN, f) {
			return true
		}
	}
	return false
}

// entityKey is an entity of the question as cover compares it.
type entityKey struct {
	zh []string // its Chinese forms, folded (none empty)
	en []string // its English forms, lower case (none empty)
	// hard: a passage that lacks it is about something else.
	hard bool
	// heads: the people who head it (Entity.Heads), whose names in a
	// passage stand for it, at half weight.
	heads *entityKey
}

// standIns returns, by organisation ID, the forms of the people the
// alias table says head it.
func standIns(entities []Entity) map[string]entityKey {
	out := map[string]entityKey{}
	for _, e := range entities {
		for _, org := range e.Heads {
			k := out[org]
			for _, f := range e.ZH {
				if ff := Fold(f); ff != "" {
					k.zh = append(k.zh, ff)
				}
			}
			for _, f := range e.EN {
				if lf := lower(f); lf != "" {
					k.en = append(k.en, lf)
				}
			}
			out[org] = k
		}
	}
	return out
}

// wordKey is a Latin word of the question (lower case, not a stop word)
// as cover compares it.
type wordKey struct {
	w, prefix string // the word and its stemPrefix
	syn       string // its synonym group's key, when it has one
	hasSyn    bool
	name      bool // it names something (latinHard only)
	// unknown: a capitalized word inside an English question that the
	// corpus never writes (Anthropic, Everest): a name the article does
	// not know, as hard as a Chinese question's Latin name.
	unknown bool
}

var enStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the of in on at to for from by with and or is are was were be been being do does did
		has have had how much many what which who whom whose when where why will would can could should shall may might must
		it its he him his she her they them their this that these those there here about as into than then so if not no
		please tell me i we you your our us get got make made one ones do done any some all more most other after before
		over under up down out off also just only very really what's who's else like according every each`) {
		enStop[w] = true
	}
}

// monthNumber gives the number of an English month name.
var monthNumber = map[string]string{"january": "1", "february": "2", "march": "3", "april": "4", "may": "5", "june": "6", "july": "7", "august": "8", "september": "9", "october": "10", "november": "11", "december": "12"}

// describesOne reports whether a term form (folded) stands in the
// folded question after 那位 or 这位 and at most three characters more
// (那位年轻执行长 "that young CEO"): it describes a person.
func describesOne(qf, form string) bool {
	for _, d := range []string{"那位", "这位"} {
		for i := 0; ; {
			j := strings.Index(qf[i:], d)
			if j < 0 {
				break
			}
			i += j + len(d)
			rest := qf[i:]
			if k := strings.Index(rest, form); k >= 0 && utf8.RuneCountInString(rest[:k]) <= 3 && isAllHan(rest[:k]) {
				return true
			}
		}
	}
	return false
}

// beforeJoining matches a folded, lower-cased question that sets its time
// before someone joined a company ("before he joined Moonshot AI",
// 加入月之暗面前): the joining is when, not what is asked, and a passage
// that tells of leaving that company is no opposite.
var beforeJoining = regexp.MustCompile(`\b(?:before|prior to)\s+(?:(?:he|she|they)\s+)?(?:joined|joining|join)\b|(?:加入|加盟)\p{Han}{1,12}?(?:之前|以前|前)`)

// questionKeys returns the keys of a question; forms are the folded forms
// of its entities (frame.forms: each entity's Chinese forms, then its
// English ones).
//
// (Nor is the opposite about something else when the question asks a
// stance toward the act: 零一萬物對追求AGI的態度是什麼？ ↔ 零一萬物明確放棄AGI.)
func questionKeys(an Analysis, forms []string, heads map[string]entityKey, known func(string) bool) keys {
	k := keys{latinHard: an.Lang != LangEN}
	qf := Fold(an.Question)
	qen := strings.ToLower(qf)
	for _, o := range opposites {
		// (A yes/no question is answered by the opposite: 伊利亚接受小扎的
		// 邀请了吗？ ↔ 拒絕了扎克伯格的高薪誘惑.)
		if an.Type != QYesNo && !stanceAsked.MatchString(qen) && says(qf, qen, o.ask) && !says(qf, qen, o.other) && !onlyNegated(qf, qen, o.ask) && !beforeJoining.MatchString(qen) {
			// (Asked why someone did not accept, 為什麼沒有接受, a passage
			// that says they did not is no opposite.)
			k.opposed = append(k.opposed, o)
		}
	}
	i := 0
	for _, e := range an.Entities {
		if an.owners[e.ID] {
			// Named as the company's owner: the company is the key.
			i += len(e.ZH) + len(e.EN)
			continue
		}
		ek := entityKey{hard: e.Type != "term" || isAcronym(e.NameEN())}
		if h, ok := heads[e.ID]; ok {
			ek.heads = &h
		}
		for _, ff := range forms[i : i+len(e.ZH)] {
			if ff != "" {
				ek.zh = append(ek.zh, ff)
				if e.Type == "term" && describesOne(qf, ff) {
					// 那位年輕執行長: a post that points at someone, not
					// one the passage must name.
					ek.hard = false
				}
			}
		}
		i += len(e.ZH) + len(e.EN)
		for _, f := range e.EN {
			if lf := lower(f); lf != "" {
				ek.en = append(ek.en, lf)
			}
		}
		// A form that holds another (Meta Platforms, Meta) is found only
		// where the other is: the other alone decides.
		ek.zh = withoutImplied(ek.zh, strings.Contains)
		ek.en = withoutImplied(ek.en, strings.HasPrefix)
		if an.Type == QWho && setAside(qf, qen, ek) {
			// 除了張心皓，還有誰…？: the one set aside is who the
			// answer is not; a passage about the other need not name
			// them.
			ek.hard = false
		}
		k.entities = append(k.entities, ek)
	}
	// Text covered by an entity mention does not count again.
	f := Fold(an.SearchText)
	for _, ff := range forms {
		if ff != "" {
			f = strings.ReplaceAll(f, ff, " ")
		}
	}
	// In a Chinese question a capitalized Latin word or one with a digit
	// is a name (Kimi, Llama 5); lower-case ones are English words the
	// asker mixed in (price, lock-up), as soft as any other word.
	names := map[string]bool{}
	if k.latinHard {
		for _, w := range strings.FieldsFunc(an.SearchText, func(r rune) bool { return !(r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))) }) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !enStop[strings.ToLower(w)] && !genericAcronym[strings.ToLower(w)] {
				names[strings.ToLower(w)] = true
			}
		}
	}
	var unknown map[string]bool // nil reads as empty
	if an.Lang == LangEN && known != nil {
		unknown = unknownNames(an.Question, known)
	}
	for _, w := range latinWords(f) {
		lw := strings.ToLower(w)
		if len(lw) >= 2 && !enStop[lw] {
			syn, ok := synonyms[stem(lw)]
			k.words = append(k.words, wordKey{w: lw, prefix: stemPrefix(lw), syn: syn, hasSyn: ok, name: names[lw], unknown: unknown[lw]})
		}
		if n := monthNumber[lw]; n != "" && (lw != "may" || w == "May" && !strings.HasPrefix(strings.TrimSpace(f), w)) {
			// "What happened in January at Meta?": a month is as
			// specific as a figure (1月 in the Chinese text). (May only
			// capitalized inside the question: "may" is mostly the verb.)
			k.months = append(k.months, [2]string{lw, n})
		}
	}
	k.numbers = append(k.numbers, numberWords(f)...)
	var run []rune
	flush := func() {
		for i := 0; i+1 < len(run); i++ {
			if b := string(run[i : i+2]); !askingBigrams[b] {
				k.bigrams = append(k.bigrams, b)
			}
		}
		if len(run) == 1 {
			k.bigrams = append(k.bigrams, string(run))
		}
		run = run[:0]
	}
	for _, r := range f {
		if unicode.Is(unicode.Han, r) && !isInterrogativeRune(r) {
			run = append(run, r)
			continue
		}
		flush()
	}
	flush()
	return k
}

// setAside reports whether a question sets an entity aside, naming it
// right after 除了 or "besides" (folded question qf, lower-case qen).
func setAside(qf, qen string, ek entityKey) bool {
	for _, f := range ek.zh {
		if strings.Contains(qf, "除了"+f) {
			return true
		}
	}
	for _, f := range ek.en {
		for _, w := range []string{"besides ", "apart from ", "other than ", "aside from ", "in addition to "} {
			if strings.Contains(qen, w+f) {
				return true
			}
		}
	}
	return false
}

// askingBigrams are pairs of characters that ask (多少, 有多, 什么): a
// passage that holds one (有多位高管) holds no word of the question.
var askingBigrams = map[string]bool{}

func init() {
	for _, b := range strings.Fields("多少 有多 多高 多大 多久 多长 多远 多重 多快 什么 怎么 怎样 如何 为什 为何 何时 几个 几年 几月 几家 几位 几岁 几层 有几 是多") {
		askingBigrams[b] = true
	}
}

// unknownNames returns the capitalized words of an English question, past
// its first word and not after "the" (both sides of the Pacific), that
// the corpus never writes (known: Engine.knownWord), in lower case: names
// the article does not know ("Who is Anthropic's CEO?").
func unknownNames(q string, known func(string) bool) map[string]bool {
	out := map[string]bool{}
	r := []rune(q)
	prev := ""
	for i, w := range wordSpans(r) {
		word := string(r[w.Start:w.End])
		lw := strings.ToLower(word) // letters only: "Anthropic's" is Anthropic, s
		c, _ := utf8.DecodeRuneInString(word)
		if i > 0 && unicode.IsUpper(c) && prev != "the" && len(lw) >= 3 && !enStop[lw] && !regionWords[lw] && !known(lw) {
			out[lw] = true
		}
		prev = strings.ToLower(word)
	}
	return out
}

// unknownLatinName reports whether a Chinese question holds a capitalized
// Latin word of three letters or more, not all capitals (an acronym such
// as DAU asks a measure), that the corpus never writes (known:
// Engine.knownWord): a name of something the article does not know
// (Anthropic, Claude, Kimi). A misspelled name of the article's is
// mended before (FixNames), so it is known by then.
func unknownLatinName(q string, known func(string) bool) bool {
	r := []rune(q)
	for _, w := range wordSpans(r) {
		word := string(r[w.Start:w.End])
		lw := strings.ToLower(word)
		c, _ := utf8.DecodeRuneInString(word)
		if len(lw) < 3 || !unicode.IsUpper(c) || word == strings.ToUpper(word) || enStop[lw] || regionWords[lw] || known(lw) {
			continue
		}
		ascii := true
		for _, x := range lw {
			if x < 'a' || x > 'z' {
				ascii = false
			}
		}
		if ascii {
			return true
		}
	}
	return false
}

// offTopic reports whether an English question that names nothing the
// article names has no content word at all, only numbers and function
// words (What is 2+2?): whatever matches it is about something else.
func offTopic(q string) bool {
	r := []rune(q)
	for _, w := range wordSpans(r) {
		lw := strings.ToLower(string(r[w.Start:w.End]))
		if !enStop[lw] && !(lw[0] >= '0' && lw[0] <= '9') {
			return false
		}
	}
	return true
}

// regionWords are capitalized words of region and nationality that name
// no one thing ("Western labs", "American companies").
var regionWords = map[string]bool{"western": true, "eastern": true, "american": true, "americans": true, "america": true, "european": true, "europe": true,
	"asian": true, "asia": true, "chinese": true, "china": true, "usa": true, "west": true, "east": true, "silicon": true, "valley": true}

// isInterrogativeRune reports Han characters that only ask (谁, 吗 …):
// they are never found in an answering passage.
func isInterrogativeRune(r rune) bool { return strings.ContainsRune("谁吗呢哪", r) }

// numberWords returns the digit runs of a folded text that name something
// (a year, a model version, a figure), with their decimal point.
func numberWords(f string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(f, func(r rune) bool { return !(r >= '0' && r <= '9' || r == '.') }) {
		w = strings.Trim(w, ".")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// cover measures which keys a passage holds: the share found (entities
// weigh double) and the number of named things missing (entities, numbers,
// and Latin words of a Chinese question that the passage does not mention).
func (k keys) cover(p Passage, folded string) (coverage float64, hardMiss int) {
	en := lowerPadded(p.EN) // " " + strings.ToLower(p.EN) + " " (precompute.go)
	var have, total float64
	for _, e := range k.entities {
		total += 2
		if e.in(folded, en) {
			have += 2
		} else if e.heads != nil && e.heads.in(folded, en) {
			// Meta's founder Zuckerberg speaks for Meta.
			have++
		} else if e.hard {
			// Names, and terms written as acronyms (CEO, COO, AGI), are
			// specific: a passage without them is about something else.
			hardMiss++
		}
	}
	for _, w := range k.words {
		total++
		if containsWordPrefix(en, w.prefix) || strings.Contains(folded, w.w) {
			have++
			continue
		}
		// A word of a synonym group the passage says otherwise
		// (healthcare ↔ the medical vertical).
		if w.hasSyn && (hasToken(tokenizeShared(p.EN), w.syn) || hasToken(tokenizeShared(p.ZH), w.syn)) {
			have++
			continue
		}
		if k.latinHard && w.name || w.unknown {
			hardMiss++
		}
	}
	for _, o := range k.opposed {
		if says(folded, en, o.other) && !says(folded, en, o.ask) {
			hardMiss++
		}
	}
	for _, m := range k.months {
		total++
		if containsCue(en, m[0]) || strings.Contains(folded, m[1]+"月") && !strings.Contains(folded, "1"+m[1]+"月") {
			have++
		} else {
			hardMiss++
		}
	}
	for _, n := range k.numbers {
		total++
		if containsNumber(folded, n) || containsNumber(en, n) {
			have++
		} else {
			hardMiss++
		}
	}
	for _, b := range k.bigrams {
		total += 0.5
		if strings.Contains(folded, b) || saysPhrase(folded, b) {
			have += 0.5
		}
	}
	if total == 0 {
		return 0, hardMiss
	}
	return have / total, hardMiss
}

// saysPhrase reports whether a folded passage holds another word of the
// group (coverWords) of a question's two characters (烧钱 ↔ 砸钱).
func saysPhrase(folded, b string) bool {
	for _, g := range coverWords {
		if slices.Contains(g, b) {
			for _, w := range g {
				if w != b && strings.Contains(folded, w) {
					return true
				}
			}
		}
	}
	return false
}

// coverWords are two-character words that say the same thing, for
// measuring how much of a question a passage holds. (They do not join
// hanPhraseGroups, which would read them as one token in every passage.)
var coverWords = [][]string{
	{"砸钱", "烧钱", "撒钱"},
}

// saysOpposite reports whether the passage (folded: its Chinese text
// folded) tells the opposite of an act the question asks about, one that
// excludes it, and not the act itself (伊利亚为什么接受了小扎的邀请？ ↔
// 伊利亞拒絕了扎克伯格的高薪誘惑).
func (k keys) saysOpposite(p Passage, folded string) bool {
	if len(k.opposed) == 0 {
		return false
	}
	en := lowerPadded(p.EN)
	for _, o := range k.opposed {
		if o.exclusive && says(folded, en, o.other) && !says(folded, en, o.ask) && !saysNegated(folded, en, o.other) {
			return true
		}
		if o.exclusive && says(folded, en, o.ask) && onlyNegated(folded, en, o.ask) {
			// "Which OpenAI researchers accepted Meta's bonus?" ↔ 我們最優秀
			// 的那些人都沒有接受他們的邀約: the act told only as not done.
			return true
		}
	}
	return false
}

// onlyNegated reports whether every place a text says one of forms is
// negated (saysNegated), in the Chinese text and in the English one.
func onlyNegated(foldedZH, lowerEN string, forms []string) bool {
	for _, f := range forms {
		text, re := lowerEN, enNegated
		if hasHan(f) {
			text, re = foldedZH, zhNegated
		}
		for i := 0; ; {
			j := strings.Index(text[i:], f)
			if j < 0 {
				break
			}
			j += i
			if !re.MatchString(text[max(0, j-40):j]) {
				return false
			}
			i = j + len(f)
		}
	}
	return true
}

// saysNegated reports whether one of forms is negated where a text says
// it (没有接受, "none of our best people have accepted"): then the text
// tells the opposite act, not this one.
func saysNegated(foldedZH, lowerEN string, forms []string) bool {
	for _, f := range forms {
		text := lowerEN
		if hasHan(f) {
			text = foldedZH
		}
		for i := 0; ; {
			j := strings.Index(text[i:], f)
			if j < 0 {
				break
			}
			j += i
			before := text[max(0, j-40):j]
			if hasHan(f) && zhNegated.MatchString(before) || !hasHan(f) && enNegated.MatchString(before) {
				return true
			}
			i = j + len(f)
		}
	}
	return false
}

var (
	// zhNegated and enNegated match the text right before a verb that
	// negates it.
	zhNegated = regexp.MustCompile(`(?:没有|没|不|未|从未|并未)(?:都)?$`)
	enNegated = regexp.MustCompile(`(?:\b(?:not|never|no|none|nobody)\b|n['’]t\b)(?:\s+\S+){0,5}\s+$`)
)

// containsNumber reports whether text holds the number n on its own (not
// as part of a longer number: 4 is not in 49%).
func containsNumber(text, n string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], n)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(text[:j])
		after, _ := utf8.DecodeRuneInString(text[j+len(n):])
		if !(before >= '0' && before <= '9' || before == '.') && !(after >= '0' && after <= '9') {
			return true
		}
		i = j + 1
	}
}

// stemPrefix is a crude, language-neutral stem for matching an English
// question word against passage text: its first five letters.
func stemPrefix(w string) string {
	if len(w) > 5 {
		return w[:5]
	}
	return w
}

// withoutImplied returns forms without the repeats and without each form
// b that holds another form a (holds(b, a)) where a is found wherever b
// is: they add nothing to an "any of these forms" test.
func withoutImplied(forms []string, holds func(b, a string) bool) []string {
	out := forms[:0:0]
	for i, b := range forms {
		implied := false
		for j, a := range forms {
			if j != i && holds(b, a) && (a != b || j < i) {
				implied = true
				break
			}
		}
		if !implied {
			out = append(out, b)
		}
	}
	return out
}

// in reports whether a passage (its folded Chinese text and its padded
// lower-case English) mentions the entity.
func (e entityKey) in(foldedZH, lowerEN string) bool {
	for _, ff := range e.zh {
		if strings.Contains(foldedZH, ff) {
			return true
		}
	}
	for _, lf := range e.en {
		if containsWordPrefix(lowerEN, lf) || strings.Contains(foldedZH, lf) {
			return true
		}
	}
	return false
}

// containsWordPrefix reports whether text holds a word starting with p.
func containsWordPrefix(text, p string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], p)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(text[:j])
		if !isWordRune(before) {
			return true
		}
		i = j + 1
	}
}

// answerLang is the language an answer is given in: English for English
// questions, the question's script for Chinese ones. A mixed question is
// answered in Chinese (Lang.Chinese), in Simplified script when its Han
// part is written in Simplified.
func answerLang(q string, l Lang) Lang {
	if l != LangMixed {
		return l
	}
	var han strings.Builder
	for _, r := range q {
		if unicode.Is(unicode.Han, r) {
			han.WriteRune(r)
		}
	}
	if h := han.String(); h != "" && DetectLang(h) == LangHans {
		return LangHans
	}
	return LangHant
}

// namesOrgs reports whether a passage names every company the question
// names, itself or through a person it presents as heading it (扎克伯格
// for Meta): "If Meta had bought SSI outright…" is not about the 49% of
// Scale AI a passage beside it tells of.
func (e *Engine) namesOrgs(an Analysis, p Passage) bool {
	named := map[string]bool{}
	for _, m := range e.entities.FindAll(p.ZH) {
		named[m.Entity.ID] = true
		for _, h := range m.Entity.Heads {
			named[h] = true
		}
	}
	for _, x := range an.Entities {
		if x.Type == "org" && !named[x.ID] {
			return false
		}
	}
	return true
}

// neighbours adds, after the hits, the sentences next to the best hits in
// the same paragraph: a passage such as "The lab is expected to have about
// 50 people." answers a question about Zuckerberg's lab only with the
// sentence before it, which the index may rank alone.
func (e *Engine) neighbours(hits []Hit) []Hit {
	have := map[string]int{}
	for i, h := range hits {
		have[h.Passage.ID] = i + 1
	}
	out := append([]Hit(nil), hits...)
	for i, h := range hits {
		if i >= 3 {
			break
		}
		ids := e.order[h.Passage.Doc]
		pos, ok := e.pos[h.Passage.ID]
		if !ok {
			continue
		}
		for _, j := range []int{pos - 1, pos + 1} {
			if j < 0 || j >= len(ids) {
				continue
			}
			n := e.passages[ids[j]]
			if n.Paragraph != h.Passage.Paragraph {
				continue
			}
			if k := have[n.ID]; k > 0 {
				// Found by the index too, but weakly: it is still the
				// next sentence of a good hit.
				out[k-1].Score = max(out[k-1].Score, 0.6*h.Score)
				continue
			}
			have[n.ID] = len(out) + 1
			out = append(out, Hit{Passage: n, Score: 0.6 * h.Score})
		}
	}
	return out
}

// continuity is the lead rerank gives the previous turn's passage and
// its neighbours (chosen on the labelled conversations: 0.2 is the least
// that changes a ranking there; it is a fifth of what full key coverage
// is worth).
const continuity = 0.2

// near reports whether p is the passage id or a sentence next to it in
// its paragraph.
func (e *Engine) near(id string, p Passage) bool {
	if p.ID == id {
		return true
	}
	q, ok := e.passages[id]
	if !ok || q.Doc != p.Doc || q.Paragraph != p.Paragraph {
		return false
	}
	d := e.pos[p.ID] - e.pos[id]
	return d == 1 || d == -1
}

// previous returns the sentence before p in its paragraph, if any.
func (e *Engine) previous(p Passage) (Passage, bool) {
	ids := e.order[p.Doc]
	pos, ok := e.pos[p.ID]
	if !ok || pos == 0 || pos >= len(ids) || ids[pos] != p.ID {
		return Passage{}, false // (or a passage whose Doc is not the document it came in)
	}
	q := e.passages[ids[pos-1]]
	return q, q.Paragraph == p.Paragraph
}

// context returns the text p goes on from, and that text folded: the
// sentence before it in its paragraph or, when p opens a paragraph by
// pointing back (anaphoric), the whole paragraph before it. (Each
// sentence is folded apart, so that the corpus's memo serves it.)
func (e *Engine) context(p Passage) (Passage, string, bool) {
	prev, ok := e.previous(p)
	if !ok && (prev.ID == "" || !e.pointsBack[p.ID]) {
		return prev, "", false
	}
	if ok {
		return prev, Fold(prev.ZH), true
	}
	folded := Fold(prev.ZH)
	for {
		before, ok := e.previous(prev)
		if !ok {
			return prev, folded, true
		}
		folded = Fold(before.ZH) + folded
		prev = Passage{ID: before.ID, Doc: before.Doc, Paragraph: before.Paragraph, ZH: before.ZH + prev.ZH, EN: before.EN + " " + prev.EN}
	}
}

// anaphoric matches (folded) a sentence that soon points back at what
// came before it: 现在，借助对Alexandr Wang的收购，上述AI实验室的主管人选
// 已经到位 ("the head of that AI lab is in place") is about the lab of
// the paragraph before.
var anaphoric = regexp.MustCompile(`^[^。]{0,24}?(?:上述|这些|这张|这个|这一|该|值此)`)

// answerFrame is the question prepared for alignment, as rerank and
// extract read it (in the answer language). ms are the question's entity
// mentions (FindAll), or nil to find them.
func (e *Engine) answerFrame(an Analysis, ms []Mention) *frame {
	return e.newFrame(an, answerLang(an.Question, an.Lang) != LangEN, ms)
}

// rerankFrame orders hits by BM25 score, key coverage and the answer
// each passage gives to the question, and returns the frame it aligned
// with (nil when there are no hits), for extract. In a conversation, from
// is the passage the previous turn was answered from: it and the
// sentences next to it in its paragraph get a small lead (a follow-up
// mostly asks about the same place: "So who did he go after instead?").
// ms are as for answerFrame.
func (e *Engine) rerankFrame(an Analysis, hits []Hit, from string, ms []Mention) ([]scored, *frame) {
	if len(hits) == 0 {
		return nil, nil
	}
	fr := e.answerFrame(an, ms)
	return e.rerankWith(fr, an, hits, from), fr
}

// rerankWith is rerankFrame with the frame made.
func (e *Engine) rerankWith(fr *frame, an Analysis, hits []Hit, from string) []scored {
	if len(hits) == 0 {
		return nil
	}
	hits = e.neighbours(hits)
	if p, ok := e.passages[from]; ok {
		// The previous turn's passage is read even when the search
		// missed it, at the score of a neighbour of the best hit.
		found := false
		for _, h := range hits {
			found = found || h.Passage.ID == from
		}
		if !found {
			hits = append(hits, Hit{Passage: p, Score: 0.6 * hits[0].Score})
		}
	}
	if fr.qtype != QYesNo && wholeAsked.MatchString(fr.lower) {
		// (A yes/no question is answered by the part: "Did Meta buy all
		// of Scale AI?" 49%.)
		for _, h := range hits[:min(3, len(hits))] {
			// (Each field folded apart, so that the corpus's memo serves it.)
			fr.partTold = fr.partTold || (partStake.MatchString(Fold(h.Passage.ZH)) || partStake.MatchString(strings.ToLower(h.Passage.EN))) && e.namesOrgs(an, h.Passage)
		}
	}
	k := questionKeys(an, fr.forms, e.standIns, e.knownWord)
	top := hits[0].Score
	for _, h := range hits {
		top = math.Max(top, h.Score)
	}
	out := make([]scored, len(hits))
	for i, h := range hits {
		s := scored{Hit: h}
		s.coverage, s.hardMiss = k.cover(h.Passage, Fold(h.Passage.ZH))
		s.opposed = k.saysOpposite(h.Passage, Fold(h.Passage.ZH))
		// (Read with the previous sentence, coverage is at most 0.85:
		// no gain for a passage that has as much on its own.)
		if s.coverage < 0.85 {
			if prev, folded, ok := e.context(h.Passage); ok {
				// A sentence that goes on about the previous one ("The lab
				// is expected…") is read with it.
				ctx := Passage{ZH: prev.ZH + h.Passage.ZH, EN: prev.EN + " " + h.Passage.EN}
				c, miss := k.cover(ctx, folded+Fold(h.Passage.ZH))
				switch {
				case prev.Paragraph != h.Passage.Paragraph && !strings.Contains(h.Passage.ZH, "上述"):
					// Across a paragraph break, only the names it points
					// back at (這些離職高管): the paragraph's other words say
					// more than the sentence does, unless it says it speaks
					// of them (上述AI實驗室, "that AI lab").
					s.hardMiss = min(s.hardMiss, miss)
				case c*0.85 > s.coverage && miss <= s.hardMiss || miss < s.hardMiss:
					// A name the sentence leaves to the one before
					// (伊利亞拒絕了扎克伯格… 遭遇閉門羹后的扎克伯格…) is not missing.
					s.coverage, s.hardMiss = max(s.coverage, c*0.85), miss
				}
			}
		}
		s.best = e.answerIn(fr, h.Passage)
		s.typed = s.best != nil && s.best.typed
		s.score = 0.5*h.Score/top + 0.5*s.coverage - 0.15*float64(s.hardMiss)
		if s.best != nil {
			s.score += 0.08 * math.Min(s.best.local, 4)
		}
		near := from != "" && e.near(from, h.Passage)
		if near {
			s.score += continuity
		}
		if an.Type.typed() && !fr.role {
			// A passage without a span of the asked kind cannot answer.
			if s.typed {
				s.score += 0.1
			} else {
				s.score -= 0.1
			}
		}
		s.order = s.score
		s.x = passageFeatures(s, i, top, near, an.Type.typed() && !fr.role)
		if e.ranker != nil {
			s.order = e.ranker.Score(s.x)
		}
		out[i] = s
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].order > out[j].order })
	// The passage the answer comes from goes first: it is the one that
	// answers.
	if i := pickAnswer(out, fr); i > 0 {
		p := out[i]
		copy(out[1:i+1], out[:i])
		out[0] = p
	}
	return out
}

// pickAnswer returns the index of the ranked passage whose answer is
// given, or -1: among the top three, a span of the asked type beats a
// slot, and the passage's rank is weighed against how well its answer
// fits.
func pickAnswer(ranked []scored, fr *frame) int {
	if len(ranked) == 0 {
		return -1
	}
	if fr.role {
		return pickBest(ranked, "title")
	}
	if fr.event != "" {
		return pickBest(ranked, "event")
	}
	if fr.say != "" {
		return pickBest(ranked, "say")
	}
	if fr.aka != "" {
		return pickBest(ranked, "aka")
	}
	if fr.list {
		// (Not from a passage without a name the question gives:
		// DeepSeek这次裁掉了哪些高管？ is not answered by the list of those
		// who left the six little dragons.)
		if i := pickBest(ranked, "list"); i >= 0 && ranked[i].hardMiss == 0 {
			return i
		}
	}
	top := ranked[0]
	anyTyped := false
	for i, s := range ranked {
		if i < 3 && s.typed && s.hardMiss <= maxHardMiss && s.coverage >= minCoverage && typedFits(s.best, fr) {
			anyTyped = true
		}
	}
	// What the question asks about its names (its verbs and nouns)
	// counts for an open answer: a passage that names the same things
	// but says something else about them answers another question.
	value := func(s scored) float64 {
		v := s.best.local + 4*(s.score-top.score)
		if !s.best.typed && !fr.role && s.best.npred > 0 {
			v += s.best.pred
		}
		return v
	}
	fits := func(c *cand) bool {
		return c.typed && typedFits(c, fr) || !c.typed && c.local >= minSlotFit
	}
	pick := -1
	for i, s := range ranked {
		if i >= 3 || s.best == nil || s.hardMiss > maxHardMiss || s.coverage < minCoverage || anyTyped && !s.typed || !fits(s.best) {
			continue
		}
		if pick < 0 || value(s) > value(ranked[pick]) {
			pick = i
		}
	}
	if pick < 0 {
		return -1
	}
	c := ranked[pick].best
	// A figure from a passage that holds none of three or more things
	// the question asks about its names (Meta's "stock price today") is
	// about something else.
	if c.typed && !fr.zh && c.npred >= 3 && c.pred == 0 {
		return -1
	}
	// Likewise an open answer from a passage that holds none of two or
	// more such words ("What is Meta's favourite colour?").
	if !c.typed && !fr.zh && c.npred >= 2 && c.pred == 0 {
		return -1
	}
	return pick
}

// pickBest returns the index of the ranked passage whose answer of the
// given kind has the most support, the first of equals, or -1. Role and
// definition questions ("title"), event questions ("event"), list
// questions ("list"), questions about what someone said ("say") and
// about another name ("aka") weigh every passage read, not the top three
// alone: the sentence that introduces a name, says what it did, lists
// names or quotes someone need not match the question best.
func pickBest(ranked []scored, kind string) int {
	pick := -1
	for i, s := range ranked {
		if s.best != nil && s.best.kind == kind && (pick < 0 || s.best.local > ranked[pick].best.local) {
			pick = i
		}
	}
	return pick
}

// ungated reports whether the answer from s stands beside the name the
// question asks about (a title, an event, a list of names, the person's
// words, a bracketed name), which is
// support enough without the rest of the question's words: the coverage
// gate does not apply.
func (fr *frame) ungated(s scored) bool {
	return fr.decides() || fr.list && s.best != nil && s.best.kind == "list" && s.hardMiss == 0
}

// typedFits reports whether a typed candidate has support enough: the
// question's words around it, or, more weakly, a span of exactly the
// asked kind in a passage that says some of what the question asks about
// its names (a reworded question keeps few of the passage's words next
// to the answer; its confidence stays low).
func typedFits(c *cand, fr *frame) bool {
	return c.local >= fr.minTyped() || c.npred > 0 && c.pred >= minTypedPred && c.local >= minTypedFitWeak && c.answer.Type == string(fr.qtype)
}

// typed reports whether the type asks for a span of a kind FindCandidates
// knows.
func (t QType) typed() bool {
	switch t {
	case QWho, QWhich, QMoney, QCount, QPercent, QWhen, QDuration, QWhere:
		return true
	}
	return false
}

// accepts reports whether a candidate of type c answers a question of type
// q, and how well (1 for the asked type, less for a near one).
func (c QType) accepts(q QType) float64 {
	if c == q {
		return 1
	}
	switch {
	case q == QMoney && c == QPercent:
		// "What did R1 cost compared with o1?": less than a tenth.
		return 0.4
	case q == QWhich && c == QWhere:
		return 0.7
	case q == QWhere && c == QWhich:
		// "Where did he serve as CTO?": DeepMind.
		return 0.4
	case q == QWho && c == QWhich:
		// "Who does Meta see as its biggest competitor?": OpenAI.
		return 0.4
	}
	return 0
}

// mentioned reports whether a candidate is one of the question's own
// entities ("Who did Zuckerberg try to hire?" is not answered by
// "Zuckerberg").
func (fr *frame) mentioned(c Candidate) bool {
	for _, e := range fr.an.Entities {
		if c.Entity == e.ID {
			return true
		}
	}
	fc := Fold(c.Text)
	for _, f := range fr.forms {
		if f == fc {
			return true
		}
	}
	return strings.Contains(fr.folded, fc)
}

// Abstention thresholds, chosen on the labelled set (make eval).
const (
	minCoverage = 0.45
	maxHardMiss = 0
	// minTypedFit is the least local support a typed candidate needs:
	// some of the question's words next to it in its clause.
	minTypedFit   = 1.0
	minTypedFitEN = 0.4
	// minTypedPred and minTypedFitWeak: the weaker support typedFits
	// accepts, chosen on the tuning and development sets.
	minTypedPred    = 0.2
	minTypedFitWeak = -0.6
	// minSlotFit is the least a slot answer needs: the words on both
	// sides of it, or a strong match on one.
	minSlotFit = 0.6
)

// extract picks the short answer from the reranked hits, or nil, and
// the index of its passage in ranked (-1 for none). fr is the frame
// rerank aligned with (e.answerFrame), or nil to make it. With a model
// the model chooses among what the top passages offer; without, the
// rules do.
func (e *Engine) extract(an Analysis, ranked []scored, fr *frame) (*Answer, int) {
	if len(ranked) == 0 {
		return nil, -1
	}
	if fr == nil {
		fr = e.answerFrame(an, nil)
	}
	al := answerLang(an.Question, an.Lang)
	best := ranked[0]
	if worldAsked.MatchString(fr.lower) {
		return nil, -1
	}
	if keywordQuery(an, fr) {
		if best.coverage < minCoverage || best.hardMiss > maxHardMiss || e.asksUntoldAttribute(an.Question) {
			return nil, -1
		}
		// A search-box query ("Alexandr Wang", "Llama 4") asks for no
		// span: its answer is the best passage, whole.
		return passageAnswer(best, al), 0
	}
	if e.model != nil {
		if a := e.attitudeAnswer(fr, an, ranked[0]); a != nil {
			return a, 0
		}
		c := e.consider(an, ranked, fr)
		i, _ := e.model.Choose(c)
		// Asked a new name, the name a passage gives after its renaming
		// answers, even when the model would not.
		if i = e.renamedTo(fr, c, i); i < 0 {
			return nil, -1
		}
		i = partOfPeriod(fr, c, i)
		i = e.postedOn(fr, c, i)
		i = kindNamed(fr, c, i)
		i = e.elseButAlso(fr, c, i)
		i = e.namedAfterKind(fr, c, i)
		ans := c.Candidates[i].Answer
		if e.untold(fr, ans) {
			return nil, -1
		}
		e.meansOfPurpose(fr, &ans)
		e.approximate(&ans)
		e.doneTo(fr, &ans)
		e.echoTail(fr, &ans)
		e.nounHead(fr, &ans)
		glossTrim(&ans)
		e.seriesTail(fr, &ans)
		e.closeQuote(&ans)
		instrumentLead(fr, &ans)
		e.boundHead(&ans)
		e.ownerOfProduct(fr, &ans)
		pronounLead(fr, &ans)
		comparedTrim(fr, &ans)
		if al == LangHans {
			ans.Text = simplifiedAnswer(ans.Text)
		}
		ans.Confidence = c.Candidates[i].RuleConfidence
		return &ans, c.Candidates[i].rank
	}
	if !fr.ungated(best) && (best.coverage < minCoverage || best.hardMiss > maxHardMiss) {
		return nil, -1
	}
	// rerank put the answering passage first; the checks are repeated
	// so that extract stands on its own.
	i := pickAnswer(ranked, fr)
	if i < 0 {
		return nil, -1
	}
	from, pick := ranked[i], ranked[i].best
	ans := pick.answer
	if e.untold(fr, ans) {
		return nil, -1
	}
	if al == LangHans {
		ans.Text = simplifiedAnswer(ans.Text)
	}
	ans.Confidence = confidence(from, pick)
	return &ans, i
}

// confidence maps the decision's features to [0,1]; the mapping was
// calibrated on the labelled set so that answers given with 0.8 or more
// are right at least 80% of the time (make eval prints the check).
func confidence(s scored, c *cand) float64 {
	v := 0.2 + 0.35*s.coverage + 0.08*math.Min(c.local, 4)
	if c.typed {
		v += 0.1
	} else {
		v -= 0.1
	}
	return math.Round(math.Max(0.05, math.Min(v, 0.99))*100) / 100
}

// isAcronym reports whether s is an acronym of two to four capitals.
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// keywordQuery reports whether a query is keywords rather than a question:
// no question mark, no interrogative, no question type, and no word that
// asks a person's post ("wei wei title" asks for the title).
func keywordQuery(an Analysis, fr *frame) bool {
	return an.Type == QOther && fr.whS < 0 && !strings.ContainsAny(an.Question, "?？") && !fr.role && !whContraction.MatchString(fr.lower)
}

// whContraction matches an interrogative with a contracted "is" ("what's
// the thing you're left trying to maximize"), which the frame does not
// take for its interrogative: a question without its question mark, not
// a search-box query.
var whContraction = regexp.MustCompile(`\b(?:what|who|where|how|which)(?:'|’)s\b`)

// genericAcronym are capitals a Chinese question mixes in that name a
// field, not a thing (中美的AI公司): as soft as any other word.
var genericAcronym = map[string]bool{"ai": true}

// asksUntoldAttribute reports whether a search-box query asks an attribute
// of a person or company (attributeWords) that the corpus never writes,
// in any form: "alexandr wang age" asks what the article does not tell.
// Other words the corpus lacks are kept: "Llama 4 backlash" or "Gemini
// daily usage" still find their passage.
func (e *Engine) asksUntoldAttribute(q string) bool {
	r := []rune(q)
	for _, w := range wordSpans(r) {
		lw := strings.ToLower(string(r[w.Start:w.End]))
		if attributeWords[lw] && !e.knownWord(lw) && !e.knownWord(strings.TrimSuffix(lw, "s")) {
			return true
		}
	}
	return false
}

// attributeWords name what one asks of a person or a company beside the
// news: their age, pay, family, schooling, home.
var attributeWords = map[string]bool{"age": true, "birthday": true, "birthplace": true, "born": true, "salary": true, "wife": true, "husband": true,
	"spouse": true, "married": true, "children": true, "kids": true, "education": true, "college": true, "university": true, "degree": true,
	"height": true, "hometown": true, "nationality": true, "religion": true, "email": true, "phone": true, "address": true, "headquarters": true}

// passageAnswer answers with a whole passage in the answer language.
func passageAnswer(s scored, al Lang) *Answer {
	text, field := s.Passage.EN, "en"
	if al != LangEN {
		text, field = s.Passage.ZH, "zh"
	}
	a := &Answer{Text: text, PassageID: s.Passage.ID, Field: field, End: utf8.RuneCountInString(text), Type: "passage",
		Confidence: math.Round(math.Min(0.6, 0.2+0.5*s.coverage)*100) / 100}
	if al == LangHans {
		a.Text = simplifiedAnswer(a.Text)
	}
	return a
}

// untold reports whether the answer chosen is of a kind the question
// rules out although the passage offers nothing better: the checks after
// the choice (the model is trained without them).
func (e *Engine) untold(fr *frame, a Answer) bool {
	return e.usersForStaff(fr, a) || e.tieUntold(fr, a) || e.cityUntold(fr, a) || stakeForValue(fr, a) || e.fortuneUntold(fr, a) || e.productForWho(fr, a) || coarseDate(fr, a) || e.nameless(fr, a) || e.leftForJoined(fr, a) || e.undoneYet(fr, a) || e.measureUntold(fr, a) || e.officialNameUntold(fr, a)
}

// officialNameUntold reports whether the question asks what something is
// officially called (Meta 的超级智能实验室正式叫什么名字？, "What is the new
// lab officially called?") and the answer's passage names nothing: an
// official name is told where the text says what it is called.
func (e *Engine) officialNameUntold(fr *frame, a Answer) bool {
	if !officialNameAsked.MatchString(fr.lower) {
		return false
	}
	p := e.passageOf(&a)
	return p != nil && !namingSaid.MatchString(strings.ToLower(Fold(p.ZH+" "+p.EN)))
}

var (
	// officialNameAsked matches a folded, lower-cased question asking
	// an official name.
	officialNameAsked = regexp.MustCompile(`\bofficially (?:called|named|known as)\b|\bofficial (?:name|title)\b|正式(?:的)?(?:名称|名字|称呼)|正式(?:叫|名为|称为)`)
	// namingSaid matches a text that tells what something is called.
	namingSaid = regexp.MustCompile(`\b(?:called|named|dubbed|renamed|known as)\b|名为|叫做|称为|命名|更名|改名|改为`)
)

// measureUntold reports whether the question names a measure (a market
// cap, revenue, an age: measureGroups) that the answer's passage does not
// name in either language: "What is the market cap right now?" is not
// answered by any words of a passage that names none.
func (e *Engine) measureUntold(fr *frame, a Answer) bool {
	if len(fr.measures) == 0 || fr.qtype != QOther && !fr.qtype.figure() {
		// (A yes/no or why question names a measure in passing: 收入麾下,
		// "sales bosses".)
		return false
	}
	p := e.passageOf(&a)
	return p != nil && !fr.measured(p.ZH) && !fr.measured(p.EN)
}

// undoneYet reports whether a yes/no question asks whether something
// happened in the end (蘋果最後到底有沒有收購Perplexity？, "Did Apple
// actually close the deal?") and the answer's passage tells it only as
// what may be (一旦收購成功, "Apple may acquire"): whether it happened,
// the article does not say.
func (e *Engine) undoneYet(fr *frame, a Answer) bool {
	if fr.qtype != QYesNo || !finallyAsked.MatchString(fr.lower) || statusYetAsked.MatchString(fr.lower) {
		// (Asked whether it has happened yet, or will, where it stands
		// answers: "still up in the air".)
		return false
	}
	p := e.passageOf(&a)
	return p != nil && (isHypothetical(Fold(p.ZH)) || isHypothetical(p.EN))
}

// statusYetAsked matches a folded, lower-cased question asking whether
// something has happened yet or will.
var statusYetAsked = regexp.MustCompile(`\byet\b|\bgoing to\b|\bwill\b|还没|了没|会不会|会吗`)

// finallyAsked matches a folded, lower-cased question about how things
// ended: 最后, 到底, "actually", "end up".
var finallyAsked = regexp.MustCompile(`最后|最终|到底|终于|究竟|谈成|\bactually\b|\bfinally\b|\bultimately\b|\bend(?:ed)? up\b|\bofficially\b|\bin the end\b`)

// nameless reports whether a Chinese question asking which company (哪家,
// 哪一家) is answered by words that name none and say no kind of
// company: SSI四月那轮融资是由哪家机构领投的？ is not answered 后的最新估值计算.
func (e *Engine) nameless(fr *frame, a Answer) bool {
	if !fr.zh || fr.an.Type != QWhich || a.Type != string(QOther) || !strings.Contains(fr.folded, "哪家") && !strings.Contains(fr.folded, "哪一家") {
		return false
	}
	named := slices.ContainsFunc(e.entities.FindAll(a.Text), func(m Mention) bool { return m.Entity.Type != "term" })
	return !named && !hasAny(Fold(a.Text), orgNouns) && !strings.ContainsRune(a.Text, '家')
}

// leftForJoined reports whether a question asks when someone joined (加入,
// 进入, "joined") and the answer's passage tells of leaving, not joining:
// 魏伟是什么时候进入MiniMax的？ is not answered 去年12月, when he left.
func (e *Engine) leftForJoined(fr *frame, a Answer) bool {
	if a.Type != string(QWhen) || !joinAsked.MatchString(fr.lower) || leftSaid.MatchString(fr.lower) {
		// (六小龙什么时候进入离职潮？ asks when the leaving began.)
		return false
	}
	p := e.passageOf(&a)
	if p == nil {
		return false
	}
	t := strings.ToLower(Fold(p.ZH + " " + p.EN))
	return leftSaid.MatchString(t) && !joinAsked.MatchString(t)
}

var (
	// joinAsked matches joining a company, folded and lower-cased.
	joinAsked = regexp.MustCompile(`加入|进入|入职|加盟|\bjoin(?:ed|s|ing)?\b`)
	// leftSaid matches leaving one.
	leftSaid = regexp.MustCompile(`离开|离职|出走|\bleft\b|\bleav(?:e|es|ing)\b|\bdepart`)
)

// coarseDate reports whether a question asking a day, a month or a year
// is answered by a date that does not give it (六小龙的融资环境是哪个月
// 开始恶化的？ is not answered 2024年下半年). The frame's grain check
// before the model looks at every candidate; one of another passage may
// give a month the chosen one lacks.
func coarseDate(fr *frame, a Answer) bool {
	return fr.grain != nil && a.Type == string(QWhen) && !fr.grain.MatchString(a.Text)
}

// rivalWho matches a folded Chinese question whose 谁 is what something
// is set against (跟谁, 和谁, 与谁, 比谁).
var rivalWho = regexp.MustCompile(`[跟和与同比]谁`)

// productForWho reports whether a question asking who holds a post is
// answered by the name of a product, which holds none ("Who is replacing
// Zhang Xinhao as StepFun's product lead?" is not answered by Maopaoya,
// his app).
func (e *Engine) productForWho(fr *frame, a Answer) bool {
	if fr.qtype != QWho || !hasAny(fr.lower, personNouns) || fr.rival || rivalWho.MatchString(fr.folded) {
		// Only asked a holder of a post (lead, CEO): whom a company
		// fears or a rival may be a model ("Who was Meta afraid of?"
		// DeepSeek R1; 谷歌的用户规模跟谁差距很大？ ChatGPT).
		return false
	}
	ms := e.entities.FindAll(a.Text)
	return len(ms) == 1 && ms[0].Entity.Type == "product" && ms[0].Start == 0 && ms[0].End == utf8.RuneCountInString(a.Text)
}

// fortuneUntold reports whether a question asks how rich someone is
// (fortuneAsked) and the answer's passage speaks of no fortune: a price
// paid or a sum raised is not what a person is worth.
func (e *Engine) fortuneUntold(fr *frame, a Answer) bool {
	if !fortuneAsked.MatchString(fr.lower) {
		return false
	}
	p := e.passageOf(&a)
	return p == nil || !fortuneSaid.MatchString(strings.ToLower(Fold(p.ZH+" "+p.EN)))
}

var (
	// fortuneAsked matches a folded, lower-case question about how rich
	// someone is.
	fortuneAsked = regexp.MustCompile(`how (?:rich|wealthy)|net worth|身家|净资产|多有钱`)
	// fortuneSaid matches a folded, lower-case passage that tells one.
	fortuneSaid = regexp.MustCompile(`net worth|fortune|wealth|身家|净资产|财富`)
)

// usersForStaff reports whether an answer to a question that counts the
// people who work somewhere (frame.staffAsked: 员工, employees) counts
// users instead (谷歌總共有多少名員工？ ↔ 日活躍用戶3500萬): no answer. It is
// checked on the answer chosen, after the model, which is trained without
// it.
func (e *Engine) usersForStaff(fr *frame, a Answer) bool {
	return fr.staffAsked && a.Type == string(QCount) && countsUsers(e.fieldText(a), a.Start, a.End)
}

// tieUntold reports whether a question asks a tie that the passage of
// the answer does not tell: someone's spouse or kin ("Who is Nat Friedman
// married to?", 张一鸣的妻子是谁？), successor (Scale AI的CEO由谁接任？) or
// the company they started (明超平离职创业，新公司叫什么？ ↔ 從月之暗面離職，
// 開始下場創業, which names none). A name beside theirs is no answer then.
// Checked after the model, like usersForStaff.
func (e *Engine) tieUntold(fr *frame, a Answer) bool {
	var text string
	for _, t := range ties {
		if t.org && a.Type != string(QWhich) && !nameAsked.MatchString(fr.lower) || !t.asked.MatchString(fr.lower) {
			continue
		}
		if text == "" {
			p := e.passageOf(&a)
			if p == nil {
				return true
			}
			text = strings.ToLower(Fold(p.ZH + " " + p.EN))
		}
		if !t.told.MatchString(text) {
			return true
		}
	}
	return false
}

// cityUntold reports whether a question asks for a city
// (Meta的超级智能团队设在哪个城市？) and the answer names no place (Blind,
// the app a post was on; 团队): the article names no city for it.
// Checked after the model, like usersForStaff.
func (e *Engine) cityUntold(fr *frame, a Answer) bool {
	if !cityAsked.MatchString(fr.lower) {
		return false
	}
	for _, m := range e.entities.FindAll(a.Text) {
		if m.Entity.Type == "place" {
			return false
		}
	}
	return true
}

// partOfPeriod returns the candidate to answer with in place of the
// model's choice i: asked a part of a period (哪一年年底, "late in which
// year"), a date of the same passage that names that part (2024年底)
// answers, not one that does not (2023年).
func partOfPeriod(fr *frame, c *Considered, i int) int {
	if fr.qtype != QWhen {
		return i
	}
	part := periodPart.FindString(fr.lower)
	if part == "" || strings.Contains(strings.ToLower(Fold(c.Candidates[i].Answer.Text)), part) {
		return i
	}
	for j, x := range c.Candidates {
		if x.rank == c.Candidates[i].rank && x.Answer.Type == string(QWhen) && strings.Contains(strings.ToLower(Fold(x.Answer.Text)), part) {
			return j
		}
	}
	return i
}

// doneTo shapes an English answer to "What are X doing to Y?": the deed
// from its -ing verb, with the "to Y" it is done to ("Model makers that
// have fallen behind … are one after another [taking the knife to their
// own AI teams]").
func (e *Engine) doneTo(fr *frame, a *Answer) {
	if fr.zh || a.Field != "en" || a.Type != string(QOther) || !doneToAsked.MatchString(fr.lower) {
		return
	}
	r := []rune(e.fieldText(*a))
	if a.End > len(r) || a.Start < 0 || a.Start >= a.End {
		return
	}
	ing := ingWord.FindStringIndex(string(r[a.Start:a.End]))
	if ing == nil {
		return
	}
	s := a.Start + utf8.RuneCountInString(string(r[a.Start:a.End])[:ing[0]])
	end := a.End
	// The "to Y" follows the answer, or the answer ran into it: either
	// way the answer ends where its clause does.
	if !strings.HasPrefix(string(r[end:]), " to ") && !strings.Contains(string(r[s:end]), " to ") {
		return
	}
	for end < len(r) && !strings.ContainsRune(".,;:!?", r[end]) {
		end++
	}
	a.Start, a.End, a.Text = s, end, string(r[s:end])
}

// echoTail ends a Chinese answer where the question's words after its
// interrogative resume in the passage. After 把什麼 they are the verb:
// 把什麼確立為公司的最高優先級？ ↔ 將[技術迭代]確立為公司. Elsewhere the
// words after the interrogative may be the noun it takes, which the
// answer keeps (什麼版本 ↔ 特調版本), so only a mixed question's Chinese
// word before a Latin one, which stands for the rest, is looked for past
// up to two such characters: 用什麼方式刷 leaderboard？ ↔ 用[特調版本]刷榜.
func (e *Engine) echoTail(fr *frame, a *Answer) {
	if !fr.zh || !fr.inSitu || a.Field != "zh" || fr.whE <= 0 || fr.whE >= len(fr.q) || a.Start < 0 || a.Start >= a.End {
		return
	}
	text := []rune(e.fieldText(*a))
	if a.End > len(text) {
		return
	}
	ans := []rune(Fold(string(text[a.Start:a.End])))
	if len(ans) != a.End-a.Start {
		return
	}
	qr := []rune(fr.an.Question)
	ba := fr.whS > 0 && fr.q[fr.whS-1].key == "把"
	for skip := 0; skip <= 2 && fr.whE+skip < len(fr.q); skip++ {
		from := fr.q[fr.whE+skip]
		if !from.han {
			break
		}
		cont := []rune(strings.ReplaceAll(Fold(string(qr[from.start:])), " ", ""))
		for j := 2; j < len(ans); j++ {
			tail := ans[j:]
			whole := ba && skip == 0 && len(tail) >= 2 && (len(tail) <= len(cont) && string(cont[:len(tail)]) == string(tail) || e.sameKeys(string(tail), fr.q[fr.whE:]))
			latin := len(tail) <= 2 && len(cont) >= 2 && tail[0] == cont[0] && isLatinLetter(cont[1])
			if whole || latin {
				a.End = a.Start + j
				a.Text = string(text[a.Start:a.End])
				return
			}
		}
	}
}

// nounHead starts an English answer at the noun phrase that holds the
// noun the question asks for, when words come before it: "What
// predicament did they land in?" ↔ "fallen into [a new crisis of having to
// prove their technology]" (predicament and crisis are synonyms).
func (e *Engine) nounHead(fr *frame, a *Answer) {
	if fr.zh || a.Field != "en" || fr.qtype != QOther || fr.whS < 0 || fr.whE >= len(fr.q) || fr.q[fr.whS].key != "what" {
		return
	}
	noun := fr.q[fr.whE]
	if noun.stop || noun.ent != "" || noun.han {
		return
	}
	r := []rune(a.Text)
	at := e.etokensText(a.Text)
	for i := 1; i < len(at) && i < 6; i++ {
		if at[i].key != noun.key {
			continue
		}
		for j := i - 1; j >= 1 && j >= i-3; j-- {
			if w := strings.ToLower(string(r[at[j].start:at[j].end])); w == "a" || w == "an" || w == "the" {
				a.Start += at[j].start
				a.Text = string(r[at[j].start:])
				return
			}
		}
		return
	}
}

// glossTrim narrows a Chinese answer that is a Latin term, its gloss in
// brackets and a word of place or process after it to the term:
// post-training(后訓練)過程中 → post-training.
// seriesTail takes in the 系列 a Chinese passage writes right after the
// product a "which" question is answered with: asked 哪一代Gemini, the
// answer is the passage's Gemini 2.5系列, the series, not the model alone.
func (e *Engine) seriesTail(fr *frame, a *Answer) {
	if a.Field != "zh" || fr.qtype != QWhich {
		return
	}
	r := []rune(e.fieldText(*a))
	if a.End+2 <= len(r) && string(r[a.End:a.End+2]) == "系列" {
		a.End += 2
		a.Text = string(r[a.Start:a.End])
	}
}

func glossTrim(a *Answer) {
	if a.Field != "zh" {
		return
	}
	m := glossed.FindStringSubmatch(a.Text)
	if m == nil {
		return
	}
	a.End = a.Start + utf8.RuneCountInString(m[1])
	a.Text = m[1]
}

// glossed matches a Latin term, its Han gloss in brackets and what may
// follow it (過程中, 中, 里, 上).
var glossed = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9 .\-]*[A-Za-z0-9])[(（]\p{Han}+[)）](?:過程|过程|階段|阶段|環節|环节)?(?:中|裡|里|上)?$`)

// isLatinLetter reports whether r is an ASCII letter.
func isLatinLetter(r rune) bool { return r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z') }

// doneToAsked matches a lower-case English question that asks what
// someone is doing to something.
var doneToAsked = regexp.MustCompile(`^what (?:are|is|were|was|have|has) .+ (?:doing|done) to\b|^what (?:do|does|did) .+ do to\b`)

// ingWord matches an -ing verb at a word's start.
var ingWord = regexp.MustCompile(`\b[a-z]{2,}ing\b`)

// approximate widens an English figure to the word before it that says
// it is approximate: the article's figure is "about 50 people", not "50
// people".
func (e *Engine) approximate(a *Answer) {
	if a.Field != "en" || a.Type != string(QCount) && a.Type != string(QMoney) && a.Type != string(QPercent) {
		return
	}
	before := e.textBefore(a, 14)
	for _, w := range []string{"about ", "around ", "roughly ", "approximately "} {
		if strings.HasSuffix(before, " "+w) && a.Start >= len(w) {
			a.Start -= len(w)
			a.Text = string([]rune(e.fieldText(*a))[a.Start:a.End])
			return
		}
	}
}

// meansOfPurpose narrows an English reason that follows "to" to the means
// before it, asked how and when the question's words are in the purpose:
// "How did Zuckerberg get Meta into the race?" ↔ "Zuckerberg [used open
// source] to win Meta a ticket into the large-model race".
func (e *Engine) meansOfPurpose(fr *frame, a *Answer) {
	if fr.zh || fr.why || fr.qtype != QWhy || a.Field != "en" || a.Type != "reason" || a.Start < 4 || e.textBefore(a, 4) != " to " {
		return
	}
	p := e.passageOf(a)
	if p == nil {
		return
	}
	pt := e.etokensShared(p.EN)
	at := a.Start - 3
	for _, cl := range clauses(pt) {
		if pt[cl[0]].start > at || pt[cl[1]-1].end < a.Start {
			continue
		}
		s, ok := fr.meansBeforeTo(pt, fr.runs(pt), cl, at)
		if !ok {
			return
		}
		r := []rune(p.EN)
		end := at
		for end > s && r[end-1] == ' ' {
			end--
		}
		a.Start, a.End, a.Text = s, end, string(r[s:end])
		return
	}
}

// kindNamed returns the candidate to answer with in place of the model's
// choice i: asked 什么 and a noun (什么版本), the candidate of the same
// passage that is the choice followed by that noun (特调版本, not 特调)
// answers.
func kindNamed(fr *frame, c *Considered, i int) int {
	if !fr.zh {
		return i
	}
	m := kindNoun.FindStringSubmatch(fr.folded)
	if m == nil {
		return i
	}
	a := c.Candidates[i].Answer
	want := Fold(a.Text) + m[1]
	for j, x := range c.Candidates {
		if x.rank == c.Candidates[i].rank && x.Answer.Field == a.Field && x.Answer.Start == a.Start && Fold(x.Answer.Text) == want {
			return j
		}
	}
	return i
}

// elseButAlso returns the candidate to answer with in place of the
// model's choice i when the question asks what else ("Besides gaming the
// leaderboards, what else was Llama 4 accused of?") and the choice
// overlaps the "not only" part of a "not only … but also" sentence (不僅…還):
// that part is what the question sets aside, and the likeliest candidate
// of the "but also" part answers ("overfitted to test data").
func (e *Engine) elseButAlso(fr *frame, c *Considered, i int) int {
	if !elseAsked.MatchString(fr.lower) {
		return i
	}
	a := c.Candidates[i].Answer
	p := e.passageOf(&a)
	if p == nil {
		return i
	}
	text := p.EN
	if a.Field == "zh" {
		text = Fold(p.ZH)
	}
	m := notOnlyButAlso.FindStringSubmatchIndex(text)
	if m == nil {
		return i
	}
	// Rune offsets of the "not only" part and of the "but also" part.
	notOnly, butAlso := utf8.RuneCountInString(text[:m[0]]), utf8.RuneCountInString(text[:m[1]])
	if a.End <= notOnly || a.Start >= butAlso {
		return i
	}
	ps := e.model.Probabilities(c)
	best, bp := i, 0.0
	for j, x := range c.Candidates {
		if x.rank == c.Candidates[i].rank && x.Answer.Field == a.Field && x.Answer.Start >= butAlso && ps[j] > bp {
			best, bp = j, ps[j]
		}
	}
	return best
}

var (
	// elseAsked matches a folded, lower-cased question that asks what
	// else, beside a thing it names.
	elseAsked = regexp.MustCompile(`\b(?:what|who|which|where) else\b|除了.+(?:还|也|另外)`)
	// notOnlyButAlso matches the "not only" part of a sentence, up to
	// its "but also" (in the Chinese text folded to Simplified).
	notOnlyButAlso = regexp.MustCompile(`\bnot only\b.*?\bbut also\b|不仅[^，。；]*，还`)
)

// namedAfterKind returns the candidate to answer with in place of the
// model's choice i: when the choice and the noun after it in the passage
// end in the question's own words after its interrogative (哪个匿名八卦平台
// ↔ 硅谷[匿名八卦]分享平臺Blind), the Latin name that follows the noun
// answers (Blind), not the description the question already gives.
func (e *Engine) namedAfterKind(fr *frame, c *Considered, i int) int {
	if !fr.zh {
		return i
	}
	m := kindPhrase.FindStringSubmatch(fr.folded)
	if m == nil {
		return i
	}
	a := c.Candidates[i].Answer
	p := e.passageOf(&a)
	if p == nil || a.Field != "zh" {
		return i
	}
	text := []rune(p.ZH)
	ans := []rune(Fold(a.Text))
	if len(ans) < 2 || a.End > len(text) {
		return i
	}
	for j, x := range c.Candidates {
		gap := x.Answer.Start - a.End
		if x.rank != c.Candidates[i].rank || x.Answer.Field != "zh" || gap < 2 || gap > 6 || !latinName(x.Answer.Text) {
			continue
		}
		between := []rune(Fold(string(text[a.End:x.Answer.Start])))
		if len(between) >= 2 && strings.Contains(m[1], string(ans[len(ans)-2:])) && strings.Contains(m[1], string(between[len(between)-2:])) {
			return j
		}
	}
	return i
}

// kindPhrase matches a folded question's interrogative that takes a noun
// and the Han words after it (哪个匿名八卦平台).
var kindPhrase = regexp.MustCompile(`(?:哪个|哪家|哪一个|哪一家|什么|哪种|哪款)(\p{Han}{3,})`)

// latinName reports whether s is a name in Latin letters (Blind, Scale AI).
func latinName(s string) bool {
	return s != "" && isLatinLetter(rune(s[0])) && isASCII(s)
}

// kindNoun matches a folded question that asks 什么 and a two-character
// noun ("为什么淡出" asks no noun).
var kindNoun = regexp.MustCompile(`(?:^|[^为])(?:什么|哪种|哪一种)(\p{Han}{2})`)

// renamedTo returns the candidate to answer with in place of the model's
// choice i: asked a new name ("What is Yuewen called now?", 跃问改名叫什么？),
// the name a passage of the top three gives after its renaming
// (現更名為“階躍AI”, "now renamed \"StepFun AI\"") answers.
func (e *Engine) renamedTo(fr *frame, c *Considered, i int) int {
	if !renameAsked.MatchString(fr.lower) {
		return i
	}
	for j, x := range c.Candidates {
		if x.rank <= 2 && renamedCue.MatchString(e.textBefore(&x.Answer, 12)) {
			return j
		}
	}
	return i
}

// textBefore returns the n runes of a's passage text (in a's field) before
// a, folded and lower-case ("" when a's passage is unknown).
func (e *Engine) textBefore(a *Answer, n int) string {
	p := e.passageOf(a)
	if p == nil {
		return ""
	}
	text := p.EN
	if a.Field == "zh" {
		text = p.ZH
	}
	r := []rune(text)
	if a.Start < 0 || a.Start > len(r) {
		return ""
	}
	return strings.ToLower(Fold(string(r[max(0, a.Start-n):a.Start])))
}

// postedOn returns the candidate to answer with in place of the model's
// choice i: asked where someone posted, the place of the same passage
// that the post was on ("posted on [Blind], the anonymous Silicon Valley
// … platform") answers, not a place that only describes it.
func (e *Engine) postedOn(fr *frame, c *Considered, i int) int {
	if fr.qtype != QWhere || !postedAsked.MatchString(fr.lower) || fr.zh {
		return i
	}
	on := func(x ConsideredAnswer) bool {
		return postedCue.MatchString(e.textBefore(&x.Answer, 24))
	}
	if on(c.Candidates[i]) {
		return i
	}
	for j, x := range c.Candidates {
		if x.rank == c.Candidates[i].rank && x.Answer.Type == string(QWhere) && on(x) {
			return j
		}
	}
	return i
}

// postedAsked matches a lower-case question that asks where something was
// posted.
var postedAsked = regexp.MustCompile(`\bwhere\s+(?:did|does|do|was|were|had|has)\b.*\b(?:post|posted|wrote|write|published|publish)\b`)

// postedCue matches lower-case text that ends where what something was
// posted on begins.
var postedCue = regexp.MustCompile(`\b(?:posted|wrote|published|written)\s+(?:on|in)\s+$`)

// renameAsked matches a folded, lower-case question that asks a new name.
var renameAsked = regexp.MustCompile(`\b(?:called|named)\s+now\b|\bnow\s+(?:called|named)\b|\bnew name\b|\brenamed\b|改名|更名|现在叫|如今叫|新名字`)

// renamedCue matches folded, lower-case text that ends where a new name
// begins (更名为“, "renamed \"").
var renamedCue = regexp.MustCompile(`(?:更名为|改名为|改名|更名|改称|renamed(?: to| as)?)\s*["“”]?$`)

// periodPart matches the part of a period a folded, lower-case question
// names.
var periodPart = regexp.MustCompile(`年底|年初|年中|月底|月初|中旬|上旬|下旬|上半年|下半年|\b(?:end of|beginning of|start of|early|mid|late)\b`)

// stakeForValue reports whether a question asks what something was worth
// (What was Scale AI valued at before Meta's investment?) and the answer
// is a percentage (49%, the stake Meta bought): a share is no valuation.
// Checked after the model, like usersForStaff.
func stakeForValue(fr *frame, a Answer) bool {
	return fr.qtype == QMoney && a.Type == string(QPercent) && valueAsked.MatchString(fr.lower)
}

// valueAsked matches a folded, lower-case question that asks a valuation.
var valueAsked = regexp.MustCompile(`估值|值多少钱|身价|\b(?:valued|valuation|worth)\b`)

// cityAsked matches a folded, lower-case question that asks for a city.
var cityAsked = regexp.MustCompile(`(?:哪个|哪座|什么)城市|\b(?:which|what) city\b|\bin what city\b`)

// nameAsked matches a folded, lower-case question that asks what
// something is called.
var nameAsked = regexp.MustCompile(`\b(?:called|named|name)\b|叫什么|叫啥|名字|名称`)

// A tie is one between people (or between a person and what they
// start) that a passage must tell to answer a question that asks it:
// asked and told match folded, lower-case text. An org tie is checked on
// organisations, or when a name is asked, only ("Who left Moonshot AI to
// start his own company?" asks a person).
type tie struct {
	asked, told *regexp.Regexp
	org         bool
}

// ties are the ties tieUntold checks.
var ties = func() []tie {
	kin := regexp.MustCompile(`\b(?:married|marry|marries|wife|wives|husband|spouse|partner of|girlfriend|boyfriend|son|sons|daughter|daughters|father|mother|parents|brother|sister|sibling|siblings)\b|妻子|老婆|太太|丈夫|老公|配偶|结婚|娶|嫁|女朋友|男朋友|儿子|女儿|父亲|母亲|父母|兄弟|姐妹`)
	successor := regexp.MustCompile(`\b(?:succeed|succeeded|succeeds|successor|replace|replaced|replaces|replacement|in place of)\b|\b(?:took|take|takes|taken) over as\b|接任|接替|继任|接班|取代|接手|顶替`)
	return []tie{
		{kin, kin, false},
		{successor, successor, false},
		{regexp.MustCompile(`新公司|新的公司|新创业公司|新创的公司|创办的|创立的|创建的|\bnew (?:company|start-?up|firm|venture)\b|\b(?:his|her|their) own (?:company|start-?up|firm)\b`),
			regexp.MustCompile(`创办|创立|创建|成立|初创公司|\bfounded\b|\bset up\b|start-?up of\b|'s start-?up\b`), true},
	}
}()

// fieldText is the text of the passage an answer indexes (Answer.Field),
// or "".
func (e *Engine) fieldText(a Answer) string {
	p := e.passageOf(&a)
	switch {
	case p == nil:
		return ""
	case a.Field == "en":
		return p.EN
	}
	return p.ZH
}

// closeQuote makes an answer that opens a quotation and stops before its
// last words the quotation whole: the line that "ChatGPT replaces → ChatGPT
// replaces search. (A question that holds a word of the quotation ends
// the span before it.)
func (e *Engine) closeQuote(a *Answer) {
	r := []rune(e.fieldText(*a))
	if a.Start < 0 || a.End > len(r) || a.Start >= a.End {
		return
	}
	open := -1
	for i := a.Start; i < a.End; i++ {
		switch {
		case r[i] == '“' || r[i] == '"' && open < 0 && (i == 0 || !isLatinLetter(r[i-1])):
			open = i
		case r[i] == '”' || r[i] == '"':
			open = -1
		}
	}
	if open < 0 {
		return
	}
	for i := a.End; i < len(r); i++ {
		if r[i] == '”' || r[i] == '"' {
			// (A span that stops at the quotation's end, for the "six
			// little dragons", is whole.)
			if i > a.End && i > open+1 {
				a.Start, a.End = open+1, i
				a.Text = string(r[a.Start:a.End])
			}
			return
		}
		if r[i] == '“' {
			return
		}
	}
}

// instrumentLead drops the 用 (or 拿, 靠) an answer opens with when the
// question asks with what it is done (拿什么来换时间？): 用金钱 → 金钱.
// (Asked 用什么方式, the means whole: 用金钱换时间.)
func instrumentLead(fr *frame, a *Answer) {
	if !fr.zh || !instrumentWhat.MatchString(fr.folded) {
		return
	}
	r := []rune(a.Text)
	if len(r) >= 3 && strings.ContainsRune("用拿靠", r[0]) && unicode.Is(unicode.Han, r[1]) {
		a.Text = string(r[1:])
		a.Start++
	}
}

// instrumentWhat matches a folded Chinese question asking with what.
var instrumentWhat = regexp.MustCompile(`[用拿](?:什么|啥)来`)

// boundHead widens a Chinese answer that opens with 之 and a noun (之王,
// "king of") back over the words it is bound to, which the question's own
// words had cut off: 之王 → 大模型開源之王 (一躍成了[大模型開源之王]). It
// stops at a function character (了, 的, 成…) or punctuation.
func (e *Engine) boundHead(a *Answer) {
	if a.Field != "zh" {
		return
	}
	r := []rune(e.fieldText(*a))
	if a.Start <= 0 || a.End > len(r) || a.End-a.Start < 2 || r[a.Start] != '之' || strings.ContainsRune("后後前间間中外一类類内內所", r[a.Start+1]) {
		return
	}
	s := a.Start
	for s > 0 && unicode.Is(unicode.Han, r[s-1]) && !strings.ContainsRune("了的是成为為在将將把被从從于於和与與及、", r[s-1]) && a.Start-s < 8 {
		s--
	}
	if s == a.Start {
		return
	}
	a.Start = s
	a.Text = string(r[a.Start:a.End])
}

// attitudeAsked matches a folded Chinese question asking someone's stance
// toward something (零一万物现在对AGI是什么态度？): the one asked of, and
// the thing.
var attitudeAsked = regexp.MustCompile(`^(.+?)(?:现在|目前|如今|后来|最终)?对(?:于)?(.+?)(?:是|持|抱|抱持|采取|采取了)?(?:什么|怎样的|怎么样的|何种|哪种)(?:样的)?(?:态度|立场)`)

// stanceConfidence is the confidence of a stance read off a clause: under
// 0.8, since the rule has answered too few labelled questions (two, both
// right) to be calibrated.
const stanceConfidence = 0.6

// attitudeAnswer answers a question asking one organisation's or person's
// stance toward a thing, when the best passage has a clause that names
// them and then the thing: what that clause says they do with it
// (零一萬物明確放棄AGI → 明確放棄AGI). The stance a clause states is the
// answer; the model, which looks for a span standing where the question's
// 什么 stands, finds none.
func (e *Engine) attitudeAnswer(fr *frame, an Analysis, best scored) *Answer {
	if !fr.zh || best.coverage < minCoverage || best.hardMiss > maxHardMiss {
		return nil
	}
	m := attitudeAsked.FindStringSubmatch(fr.folded)
	if m == nil {
		return nil
	}
	var who []string
	for _, mn := range e.entities.FindAll(m[1]) {
		if mn.Entity.Type == "org" || mn.Entity.Type == "person" {
			who = append(who, mn.Entity.ID)
		}
	}
	thing := strings.TrimSpace(m[2])
	if len(who) != 1 || thing == "" {
		return nil
	}
	text := best.Passage.ZH
	r := []rune(text)
	f := []rune(Fold(text))
	if len(f) != len(r) {
		return nil
	}
	for _, mn := range e.entities.FindAll(text) {
		if mn.Entity.ID != who[0] {
			continue
		}
		end := mn.End
		for end < len(f) && !strings.ContainsRune("，。；：！？,;:!?", f[end]) {
			end++
		}
		// The thing stands after words that say what is done with it
		// (明確放棄AGI), in a short clause.
		if strings.Index(strings.ToLower(string(f[mn.End:end])), strings.ToLower(thing)) <= 0 || end-mn.End > 16 {
			continue
		}
		a := &Answer{Text: string(r[mn.End:end]), PassageID: best.Passage.ID, Field: "zh", Start: mn.End, End: end, Type: string(QOther), Confidence: stanceConfidence}
		if answerLang(an.Question, an.Lang) == LangHans {
			a.Text = simplifiedAnswer(a.Text)
		}
		return a
	}
	return nil
}

// ownerOfProduct widens an answer to a question asking where (or at which
// company) that names only a product to the company the passage writes
// right before it: "where was Ming Chaoping a product manager?" →
// ByteDance CapCut (Jianying), 字節剪映 (not CapCut alone, which answers
// which product).
func (e *Engine) ownerOfProduct(fr *frame, a *Answer) {
	if fr.an.Type != QWhere && !whereCompany.MatchString(fr.lower) {
		return
	}
	text := e.fieldText(*a)
	r := []rune(text)
	if a.Start <= 0 || a.End > len(r) {
		return
	}
	ms := e.entities.FindAll(text)
	product := false
	for _, m := range ms {
		if m.Start == a.Start && m.Entity.Type == "product" && (m.End == a.End || glossed.MatchString(string(r[m.Start:a.End]))) {
			product = true
		}
	}
	if !product {
		return
	}
	for _, m := range ms {
		if m.Entity.Type == "org" && (m.End == a.Start || m.End+1 == a.Start && r[m.End] == ' ') {
			a.Start = m.Start
			a.Text = string(r[a.Start:a.End])
			return
		}
	}
}

// whereCompany matches a folded, lower-cased question asking at which
// company (哪里, 哪家公司, "which company").
var whereCompany = regexp.MustCompile(`哪里|哪儿|哪家公司|\bwhere\b|\bwhich (?:company|firm|employer)\b`)

// sameKeys reports whether text's tokens have the keys that open q, the
// question's tokens: 確立為公司 and 定为公司的… (確立為 and 定为 are one
// word).
func (e *Engine) sameKeys(text string, q []tok) bool {
	tk := e.etokens(text)
	if len(tk) < 2 || len(tk) > len(q) {
		return false
	}
	for i, t := range tk {
		if t.key != q[i].key {
			return false
		}
	}
	return true
}

// pronounLead drops a pronoun subject and its verb an English answer to a
// what-question opens with: "both openly showed [ambition and aspiration
// to pursue AGI]" answers what draws top talent with what was shown.
func pronounLead(fr *frame, a *Answer) {
	if a.Field != "en" || fr.qtype != QOther {
		return
	}
	if m := pronounVerbLead.FindStringSubmatchIndex(a.Text); m != nil && m[1] < len(a.Text) {
		a.Start += utf8.RuneCountInString(a.Text[:m[1]])
		a.Text = a.Text[m[1]:]
	}
}

// comparedTrim narrows an English answer to a what-question that sets
// the thing asked against another ("What does the search giant care
// about more than raw model strength?") to the thing: the passage's
// "than" and what follows it are the other one, and a preposition the
// question's verb takes, which the answer opens with, is the question's.
// "about [winning this battle for attention] than about how strong".
func comparedTrim(fr *frame, a *Answer) {
	if a.Field != "en" || fr.qtype != QOther || !moreThan.MatchString(fr.lower) {
		return
	}
	if i := strings.Index(a.Text, " than "); i > 0 {
		a.End -= utf8.RuneCountInString(a.Text[i:])
		a.Text = a.Text[:i]
	}
	if m := leadPrep.FindStringSubmatch(a.Text); m != nil && len(m[0]) < len(a.Text) && strings.Contains(fr.lower, " "+m[1]+" ") {
		a.Start += utf8.RuneCountInString(m[0])
		a.Text = a.Text[len(m[0]):]
	}
}

var (
	moreThan = regexp.MustCompile(`\b(?:more|rather|less)(?: [a-z]+){0,3} than\b`)
	leadPrep = regexp.MustCompile(`^(about|on|with|for|in|to) `)
)

// pronounVerbLead matches a pronoun subject, an adverb perhaps and a verb
// in the past at an answer's start.
var pronounVerbLead = regexp.MustCompile(`^(?:both|all|they|it|he|she|we) (?:[a-z]+ly )?(?:showed|shown|displayed|demonstrated|expressed|made|voiced) `)

// worldAsked matches a folded, lower-cased question about the world
// outside any news story of this kind: the weather, a Nobel prize
// ("what's the weather in Cupertino tomorrow", 臺北明天天氣如何). Whatever
// name it holds, the article does not answer it.
var worldAsked = regexp.MustCompile(`天气|下雨|带伞|气温|诺贝尔|\bweather\b|\bforecast\b|\btemperature\b|\bumbrella\b|\bnobel\b`)
