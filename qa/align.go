package qa

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Answers are found by aligning the question with a passage: the words
// the question and the passage share anchor the place where the passage
// says what the question asks. A Chinese question keeps that place (零一萬物
// 放棄了什麼？ ↔ 零一萬物明確放棄AGI), so the words just before and after its
// interrogative weigh most; an English one fronts it, so its words anchor
// either side. A typed candidate (a sum, a date, a person) is scored by the
// anchors around it; an open question's answer is the stretch of the
// passage between anchors (a slot).

// cand is an answer found in one passage, with how well it fits.
type cand struct {
	answer Answer
	local  float64 // support from the question's words where it stands
	typed  bool    // a span of the asked type (not a clause or slot)
	// pred is the share of the question's words other than names that
	// the passage holds (what is asked about the names), npred their
	// number.
	pred  float64
	npred int

	// What the answer model weighs besides (answersIn with all):
	kind      string  // span, title, slot, reason, yesno, compare
	acc       float64 // how well a span's kind answers the question's type (accepts)
	fit       float64 // the words around a span (fit), before acc
	mentioned bool    // a span that is one of the question's own entities
	foreign   bool    // a span in a clause about another organisation
	qshare    float64 // share of the answer's words the question says
}

// frame is a question prepared for alignment.
type frame struct {
	an    Analysis
	qtype QType
	zh    bool  // answers come from the Chinese text
	q     []tok // question tokens (entity mentions as one token), no breaks
	// askedPost is the post whose company an employer question asks
	// (产品经理 of 哪家公司的产品经理？), folded; "" when none.
	askedPost string
	// asksFuture: a when-question about what is to come (When will Apple
	// announce the deal?), which a date of the past does not answer.
	asksFuture bool
	// asksFounder: a who-question about a founding (Who founded DeepMind?),
	// which only a passage that names a founder or a founding answers.
	asksFounder bool
	// asksFounded: a which-question about what a named person founded
	// ("What company did Zuckerberg found?", 扎克伯格创办了哪家公司？).
	asksFounded bool
	// baSide: a Chinese question asks who does something with 把 (1) or
	// whom it is done to (2); see baAsked.
	baSide int
	// afterLeaving: the question asks what someone did after leaving the
	// organisation it names (张帆离职后去了哪家公司？, "What did Zhang Fan
	// do after leaving Zhipu?").
	afterLeaving bool
	// likeEnd: the last question token of a first clause that likens
	// (likeClauseEnd), or -1.
	likeEnd int
	// unknownVersion: the question names a version of a product that the
	// article does not (Gemini 3, Llama 5, DeepSeek R2).
	unknownVersion bool
	// unknownName: a Chinese question names, in Latin letters, something
	// the article never writes (Anthropic的CEO是谁？, Claude的月活多少？).
	unknownName bool
	// noContent: an English question names nothing the article names
	// and has no content word but numbers (What is 2+2?).
	noContent bool
	// opinion: the question asks the engine's opinion, advice or a
	// prediction (opinionAsked), which a news article does not give.
	opinion bool
	// grain: what a when question asks for, when it asks a day (哪天,
	// "on what date") or a year (哪一年, "what year"): a date that does
	// not name it (dayGiven, yearGiven) does not answer.
	grain *regexp.Regexp
	// heldPosts: the post, in the forms a passage may write it, that a
	// question asks the present holder of ("the CEO of …"); nil when it
	// asks none, or asks about the past.
	heldPosts []string
	// staffAsked: a count question asks how many people work somewhere
	// (员工, employees), which a count of users does not answer.
	staffAsked bool
	// whS, whE is the token range of the interrogative; -1 when none.
	whS, whE int
	// category is the noun the interrogative takes (公司 of 哪家公司),
	// folded; "" when none.
	category string
	// inSitu: the interrogative stands where the answer would (Chinese).
	inSitu bool
	// subject: an English interrogative that is the subject ("Who
	// founded SSI?"): the answer precedes the matched words.
	subject bool
	// auxSubject: the subject "who" before a modal or a perfect ("Who
	// will lead…?").
	auxSubject bool
	// contrastS, contrastE: the question tokens of a phrase that names
	// what the answer is set against (findContrast), or equal.
	contrastS, contrastE int
	// objectQ: the interrogative is the object of the question's verb,
	// whose subject the question names ("Who did Meta buy?", Meta收購了誰？).
	objectQ bool
	// asksTitle: the question holds a job title (founder, CEO, 創始人).
	asksTitle bool
	// copula: an English "What is/are/was …?" question: the answer may
	// stand on either side of the verb ("X has become Google's most
	// urgent task").
	copula bool
	// stranded: an English question that ends in a preposition ("What
	// are both a bargaining chip for?"): the answer follows the matched
	// words and the preposition in the passage, not precedes them.
	stranded bool
	// role: the question asks what a named person is or does ("Who is
	// Sam Altman?", 魏伟在MiniMax是什么职位？).
	role bool
	now  bool // asks about the present (现在, now): a changed role
	// asks for a role taken on (新职位, "What title will he hold?", "What
	// has he become?"): the role the sentence says the person moves to.
	newRole bool
	// duty: a role question asks what the person is responsible for
	// (魏伟在MiniMax负责什么？): the field their title names (前MiniMax
	// 商業化負責人魏偉 → 商業化).
	duty bool
	// former: a role question asks where the person was before (Where
	// did Ming Chaoping work before Moonshot AI? 張前川之前在哪家公司？):
	// the answer is the organisation, or the product when it asks for
	// one (wantProduct), that the person's title names.
	former, wantProduct bool
	// compare: the question compares two things ("cost vs o1", 跟o1比).
	compare bool
	// asksReportTime: a when-question about a report (When did The
	// Information report…?).
	asksReportTime bool
	// asksCost: the question asks what something cost (成本, 花了多少钱,
	// "cost").
	asksCost bool
	// why: a why-question (not a how-question) asks for a reason.
	why bool
	// condition: the question asks what must be done first (什么条件,
	// 怎样才能, "What must Wang do to …").
	condition bool
	// instrument: the question asks what was used (刷榜用了什么) or by
	// what means (靠什么).
	instrument bool
	// reception: the question asks how something was received (反响怎么样).
	reception bool
	// regard: the question asks how one sees another ("How does Meta
	// regard OpenAI?", Meta怎么看待OpenAI？).
	regard bool
	// aspect: the question asks in what respect (在哪方面, aspectAsked).
	aspect bool
	// line: the question asks what someone's line, claim or slogan is
	// (那句論調是啥？, lineAsked).
	line bool
	// payer: the question's subject is an organisation that pays
	// (subjectOrgAsked).
	payer bool
	// placed: the organisation a question about a post places it at
	// (placedAt), or "".
	placed string
	// nonHeadPost: the question names a post below the head
	// (asksNonHeadPost).
	nonHeadPost bool
	// instead: the question asks what came instead of something
	// ("instead", 转而, 改为; insteadAsked).
	instead bool
	// kind: the word a Chinese question names after 什么 (kindAfterWhat),
	// or the unit an English one names after "what" (unitAfterWhat).
	kind string
	// lastKind: the word a Chinese question ends with after 什么 when
	// kindAfterWhat leaves it as a verb (追求什么最大化？, 遭到了什么处理？).
	lastKind string
	// lastVerb: the verb before 什么 in such a question (追求, 遭到).
	lastVerb string
	// rival: the question names a rival (rivalNamed); view: it asks
	// what someone sees or heard (viewAsked).
	rival, view bool
	// status: the question asks where something stands (进展如何, "how
	// are the talks going").
	status bool
	// newHolder: a who-question asks who holds a post now or in
	// someone's place (新任, 接替, "replacing", "the new…").
	newHolder bool
	// alleged: the question speaks of what something was accused of or
	// reported to have done (被爆, "accused of").
	alleged bool
	// degree: "How close/far is X to Y?": the answer says how near X
	// is to Y ("nearly caught up with OpenAI"), adverb and Y included.
	degree bool
	// person is the entity ID a role question names: a person, or an
	// organisation or product a definition question names ("What is
	// Perplexity?", SSI是什么公司？), then org is set.
	person string
	org    bool
	// list: the question asks for several names (六小龍有哪些公司？,
	// "Who are the six little dragons?"); listType is the entity type
	// they are ("org", "person"), or "" for any.
	list     bool
	listType string
	// event is the entity ID an event question asks about ("What
	// happened to John Giannandrea?", 百川智能做了什么？): its answer is
	// what the text says the name did or underwent.
	event string
	// say is the person whose words a question asks for ("What did Sam
	// Altman say about his best people?", 奧特曼怎麼評價Meta目前的AI進展？);
	// judge is set when it asks for their view of something (怎麼評價,
	// "how does he view"), which is said after the thing judged.
	say   string
	judge bool
	// reportOf is the outlet whose report a question asks for (CNBC報導了
	//什麼？, "What did The Information report?"): its answer is what the
	// sentence says the outlet reported.
	reportOf string
	// aka is the name a question asks another name of: what it stands
	// for or what a term means ("expand": What does SSI stand for?),
	// what it is called now ("now": 跃问现在改名叫什么？) or was called
	// before ("before": Meta的前身是哪家公司？). The article gives these in
	// brackets after a name.
	aka, akaMode string
	// hypothetical: the question asks what might be or have been ("How
	// much would SSI have cost?"), which a clause saying so answers.
	hypothetical bool
	// realized: the question asks what happened (花了, "did … spend"),
	// which a figure of what might have been does not answer; a question
	// about a price as such (收購SSI的價格是多少？) it does.
	realized bool
	// qents are the question's named (non-term) entities, as token keys.
	qents map[string]bool
	// qnames holds the keys of every name the question gives, terms
	// too.
	qnames map[string]bool
	// dealDone: the question asks when a purchase was made or what was
	// paid (When did Apple buy Perplexity?, 苹果是什么时候收购Perplexity的？,
	// 蘋果最後花多少錢收購了Perplexity？), which a passage saying the
	// purchase may come or was tried does not answer.
	dealDone bool
	// asksPrice: the question asks what something cost or was paid,
	// done or not ("What would buying SSI have cost Meta?"), which the
	// sum of a funding round beside it (raised $2 billion) does not
	// answer.
	asksPrice bool
	// asksOrigin: a when-question about a founding, a birth or a
	// listing (When was DeepSeek founded?), which only a passage that
	// tells of one answers.
	asksOrigin bool
	// asksAgent: a who-question asks by whom something was done (六小龙
	// 受到了谁的冲击？, "Who were they hit by?"), against whom it is
	// measured (落后于谁) or who did what companies do (谁买了…), which a
	// company answers as well as a person (DeepSeek).
	asksAgent bool
	// stateThing: what a Chinese question asks the state of (stateThing).
	stateThing string
	// cmpX and cmpY are the keys of the names a question asks how one
	// compares with the other (Gemini 2.5的性能跟OpenAI比怎么样？, "How
	// does Gemini 2.5 compare with OpenAI?"), or "" (comparedWith).
	cmpX, cmpY string
	qorgs      int // how many organisations the question names

	// What every passage is compared with, computed once per question.
	folded string // Fold(an.Question)
	lower  string // folded, lower-cased
	// forms are the folded forms (Chinese, then English) of the
	// question's entities, in order (mentioned).
	forms []string
	// predQ are the indexes of the question tokens predicate counts.
	predQ []int
	qorg  bool // the question names an organisation (foreign)
	// titleOrg is the organisation whose officer the question asks
	// about ("StepFun's product lead", 智谱的COO: "stepfun"), and
	// titleWord the title word it names; empty when it asks no title of
	// an organisation.
	titleOrg, titleWord string
	// subjectPosts are the forms (folded, lower case) of the posts that
	// the subject of a who-question holds ("Who does the new Google AI
	// architect report to?", 谷歌的首席AI架构师向谁汇报？): whom a passage
	// names with the post is whom the question is about, not its answer.
	subjectPosts []string
	// postOf is the post a question asks the organisation of, for a
	// person it names (Daniel Gross是哪家公司的CEO？: "ceo"); empty otherwise.
	postOf string
	// asksSchool: the question asks for a school (schoolWords).
	asksSchool bool
	// asksOutlet: the question asks which news outlet (outletWords).
	asksOutlet bool
	// asksProduct: the question asks for an app or product
	// (productWords), which no news outlet is.
	asksProduct bool
	// asksReporter: the question asks who reported something (reportCues).
	asksReporter bool
	// asksValue: the question asks what something is worth (valueWords,
	// or what a round was raised at).
	asksValue bool
	// asksHome: the question asks where someone or something was born,
	// lives or is based (homeWords).
	asksHome bool
	// asksBirth: the question asks where someone was born or is from, or
	// where a company sits (birthWords), which only a passage that says
	// so (homeSaid) answers.
	asksBirth bool
	// asksEmployer: the question asks which company a person it names is
	// at (张心皓是哪家公司的？, "Which company is Zhang Fan from?"), which
	// the organisation opening the person's title answers (階躍星辰產品
	// 負責人張心皓), and no product does.
	asksEmployer bool
	// partTold: the question asks about the whole of something ("How
	// much did Meta pay to buy all of Scale AI?") and one of the first
	// passages found says only a part of it was bought (49%): its
	// premise is false, and no passage answers it.
	partTold bool
	// measures are the groups of measureGroups the question names (its
	// revenue, its market value …).
	measures [][]string
	// standIn maps the key of a person who heads an organisation the
	// question names (and who the question does not name) to that
	// organisation's key.
	standIn map[string]string
	// namedHeads holds the keys of the organisations headed by a person
	// the question names (Meta for 小扎).
	namedHeads map[string]bool
	// headOf is the engine's: the organisations a person's key heads.
	headOf map[string][]string
	// fromOrgs holds the keys of the organisations an English question
	// asks someone from or at ("from SSI", "at SSI"; not "Who turned
	// Meta down?", where Meta is who was refused): headsElsewhere.
	fromOrgs map[string]bool
	// postOrgs holds the keys of the organisations whose head the
	// question asks for (DeepMind的CEO, "Perplexity's chief executive").
	postOrgs map[string]bool
	// members: the interrogative asks for people of an organisation in
	// fromOrgs ("Which OpenAI researchers…").
	members bool
	// at holds, for each key, the indexes of the question tokens
	// outside the interrogative that have it, in order (runs).
	at map[string][]int
}

// zhInterrogatives are the Chinese question words, longest first.
var zhInterrogatives = []string{"什么时候", "为什么", "多长时间", "怎么样", "多少钱", "多少人", "哪一年", "哪个月份", "哪个月", "几月份", "几月", "几号", "哪一个", "几个人",
	"什么", "多少", "哪里", "哪儿", "哪个", "哪些", "哪家", "哪位", "哪所", "哪款", "几家", "几名", "几款", "几种", "几次", "为何", "何时", "几时", "多久", "多大", "怎么", "怎样", "如何", "几个", "几位", "是否",
	"谁", "哪", "几", "吗"}

var enWh = map[string]bool{"what": true, "who": true, "whom": true, "whose": true, "which": true, "when": true, "where": true, "why": true, "how": true}

var enAux = map[string]bool{"did": true, "does": true, "do": true, "is": true, "was": true, "are": true, "were": true, "will": true, "would": true,
	"has": true, "have": true, "had": true, "can": true, "could": true, "should": true, "may": true, "might": true}

var howWords = map[string]bool{"much": true, "many": true, "long": true, "big": true, "large": true, "old": true, "far": true, "close": true, "often": true, "soon": true, "cheaply": true, "tall": true, "high": true}

// roleWords mark a question about what a person is or does.
var roleWords = []string{"title", "titles", "role", "roles", "job", "jobs", "position", "positions", "post", "职位", "位子", "岗位", "角色", "身份", "头衔", "职务", "什么人", "担任什么", "做什么工作", "是做什么的", "是干什么的", "是干嘛的", "是做啥的", "是干啥的", "become", "became", "turned into", "turned himself into", "turned herself into"}

// newRoleWords ask for a role someone takes on rather than the one they
// hold (folded, lower case).
var newRoleWords = []string{"new", "will", "become", "became", "turn", "turned", "take on", "taken on", "took on", "appointed", "appoint", "appointing", "giving", "give", "given", "handing", "新", "将", "会", "成为", "变成", "化身", "出任", "任命"}

// orgsRole reports whether every role word of an English question is a
// company's ("What did Zuckerberg believe about Meta's position in AI?",
// "…about Meta's AI position?" ask no one's post).
func (fr *frame) orgsRole() bool {
	n := 0
	for i, t := range fr.q {
		if t.han || !slices.ContainsFunc(roleWords, func(w string) bool { return w == t.key || stem(w) == t.key }) {
			continue
		}
		// (Or one word between: "Meta's AI position".)
		if !(i > 0 && fr.q[i-1].ent == "org" || i > 1 && fr.q[i-2].ent == "org" && fr.q[i-1].ent == "" && !fr.q[i-1].han) {
			return false
		}
		n++
	}
	return n > 0
}

// comparedThan matches an English comparison of a measure ("How much
// cheaper was R1 than o1?").
var comparedThan = regexp.MustCompile(`\b(?:cheaper|costlier|pricier|more expensive|less expensive|bigger|smaller|larger|higher|lower)\s+(?:\S+\s+){0,4}?than\b`)

// compareWords mark a question that compares.
var compareWords = []string{"compare", "compared", "comparison", "vs", "versus", "relative to", "比", "相比", "对比", "相较", "比较"}

// nowWords mark a question about the present.
// beforeWords mark a question about a person's earlier post.
var beforeWords = []string{"before", "previously", "used to", "formerly", "prior to", "之前", "以前", "此前", "原来", "原本", "原先", "曾经", "过去"}

// productWords ask for a product rather than a company.
var productWords = []string{"app", "apps", "product", "产品", "应用"}

// becameRole matches a folded Chinese question that asks what role
// someone turned themself into (把自己变成/化身…什么角色); 后来变成什么角色
// asks a post.
var becameRole = regexp.MustCompile(`(?:把自己(?:变成|变为|当成)|化身|当起了?|做起了?)[^，。？?]{0,8}什么(?:样的)?(?:角色|身份)`)

// becameWhat matches a folded Chinese question that asks what kind of
// person someone is or became (是/变成/成为…什么人), not whom they acted on.
var becameWhat = regexp.MustCompile(`(?:是|变成|成为|成了|当上|当了)[^，。？?]{0,8}什么(?:样的)?人`)

// doWords ask what someone does (folded, lower case).
var doWords = []string{"做什么", "干什么", "做啥", "干啥", "干嘛", "do", "doing"}

var nowWords = []string{"now", "currently", "current", "today", "these days", "nowadays", "at present", "现在", "当前", "目前", "如今", "现任", "后来", "later", "改任", "转任", "离职后", "离开后", "出走后", "after leaving", "after he left", "after she left"}

// dutyAsked matches a folded question that asks what someone is
// responsible for.
var dutyAsked = regexp.MustCompile(`负责(?:什么|哪|啥)|管(?:什么|哪|啥)|\b(?:responsible for|in charge of) what\b|\bwhat\b.*\b(?:responsible for|in charge of)\b`)

// joinedThen matches a folded question that asks about someone's post
// once they join a place or in time to come (Nat Friedman加入Meta以后的
// title是什么？, "What will his title be at Meta?"): not a post marked as
// left.
var joinedThen = regexp.MustCompile(`加入[^，。？?]{1,12}?(?:之后|以后|后)|\bafter (?:joining|he joins|she joins|they join)\b|\bwill\b[^?]*\b(?:title|role|post|position|job)\b|\b(?:title|role|post|position|job)\b[^?]*\bwill\b`)

// leftThen matches a folded question that asks what someone did on
// leaving a place named in between (明超平离开月之暗面去干什么了？, 离开
// 月之暗面后…, "What did he leave Moonshot AI to do?").
var leftThen = regexp.MustCompile(`(?:离职|离开|出走|辞职|走了)[^，。？?]{1,12}?(?:之后|以后|后|去)|\b(?:leave|left|quit)\b[^?]{1,40}\bto do\b`)

// afterLeaving matches a question (folded, lower case) about what came
// after someone left an organisation.
var afterLeaving = regexp.MustCompile(`(?:离职|离开|出走|辞职)[^，。？?]{0,12}?(?:之后|以后|后)|\bafter (?:leaving|quitting|he left|she left|departing)\b`)

// etokensText is etokens without the engine's passage memo
// (precompute.go).
func (e *Engine) etokensText(text string) []tok {
	return tokensWith(text, e.entities.FindAll(text))
}

// tokensWith is etokensText with text's entity mentions (FindAll) known.
func tokensWith(text string, ms []Mention) []tok {
	ts := tokenize(text)
	if len(ms) == 0 {
		return ts
	}
	out := make([]tok, 0, len(ts))
	mi := 0
	for i := 0; i < len(ts); {
		for mi < len(ms) && ms[mi].End <= ts[i].start {
			mi++
		}
		if mi < len(ms) && ts[i].start >= ms[mi].Start && ts[i].start < ms[mi].End {
			m := ms[mi]
			j := i
			for j < len(ts) && ts[j].start < m.End {
				j++
			}
			out = append(out, tok{key: synonym("@" + m.Entity.ID), start: m.Start, end: max(m.End, ts[j-1].end), ent: m.Entity.Type})
			i = j
			mi++
			continue
		}
		out = append(out, ts[i])
		i++
	}
	return out
}

// newFrame prepares a question for alignment. ms are the question's
// entity mentions (FindAll) when the caller has them, else nil.
func (e *Engine) newFrame(an Analysis, zh bool, ms []Mention) *frame {
	fr := &frame{an: an, qtype: an.Type, zh: zh, whS: -1, whE: -1, qents: map[string]bool{}}
	var qt []tok
	if ms != nil {
		qt = tokensWith(an.Question, ms)
	} else {
		qt = e.etokens(an.Question)
	}
	for _, t := range qt {
		if !t.brk {
			fr.q = append(fr.q, t)
		}
	}
	qfolded := Fold(an.Question)
	qr, qraw := []rune(strings.ToLower(qfolded)), []rune(an.Question)
	for _, t := range fr.q {
		if (t.ent == "org" || t.ent == "" && capitalized(qraw, t)) && (headPostAfter.MatchString(string(qr[min(t.end, len(qr)):])) || headPostBefore.MatchString(string(qr[:min(t.start, len(qr))]))) {
			if fr.postOrgs == nil {
				fr.postOrgs = map[string]bool{}
			}
			fr.postOrgs[t.key] = true
		}
	}
	for i := 1; i < len(fr.q); i++ {
		members := fr.q[i].ent == "org" && fr.membersAsked(qfolded, i)
		fr.members = fr.members || members
		if fr.q[i].ent == "org" && (fr.q[i-1].key == "from" || fr.q[i-1].key == "at" || members) {
			if fr.fromOrgs == nil {
				fr.fromOrgs = map[string]bool{}
			}
			fr.fromOrgs[fr.q[i].key] = true
		}
	}
	vms := ms
	if vms == nil {
		vms = e.entities.FindAll(an.Question)
	}
	fr.unknownVersion = unknownVersion(an.Question, vms, e.entityIDs, e.versioned)
	fr.unknownName = zh && unknownLatinName(an.Question, e.knownWord) || !zh && e.ownedNameAsked(an.Question, vms)
	fr.noContent = !zh && len(an.Entities) == 0 && offTopic(an.Question)
	fr.qnames = map[string]bool{}
	for _, en := range an.Entities {
		fr.qnames["@"+en.ID] = true
		if en.Type != "term" {
			fr.qents["@"+en.ID] = true
		}
		if en.Type == "org" {
			fr.qorgs++
		}
	}
	fr.folded = Fold(an.Question)
	fr.opinion = opinionAsked.MatchString(strings.ToLower(fr.folded))
	fr.lower = strings.ToLower(fr.folded)
	fr.staffAsked = an.Type == QCount && staffAsked.MatchString(fr.lower)
	fr.heldPosts = heldPosts(fr.lower)
	if an.Type == QWhen {
		switch {
		case dayAsked.MatchString(fr.lower):
			fr.grain = dayGiven
		case yearAsked.MatchString(fr.lower):
			fr.grain = yearGiven
		case monthAsked.MatchString(fr.lower):
			fr.grain = monthGiven
		}
	}
	// ("How much did Apple end up paying to acquire Perplexity?" asks
	// what was paid, whatever "to acquire" would ask alone.)
	fr.hypothetical = (hasAny(fr.lower, hypotheticalWords) || hasAny(fr.lower, hypotheticalAsks)) && !endedUp.MatchString(fr.lower)
	fr.realized = askedDone(fr.lower)
	fq := " " + fr.folded + " "
	fr.compare = hasAny(fq, compareWords) || comparedThan.MatchString(fq)
	// (Asked for a sum in dollars, 訓練成本是多少美元？, or what was raised,
	// DeepSeek融资了多少钱？, a part of another's cost, 不足OpenAI o1十分之一,
	// is no answer; nor when asked the exact sum, 具体花了多少钱？)
	fr.asksCost = hasAny(fq, costAsked) && !currencyAsked.MatchString(fr.lower) && !hasAny(fr.lower, raiseWords) && !(an.Type == QMoney && exactAsked.MatchString(fr.lower))
	fr.asksReportTime = an.Type == QWhen && reportTimeAsked(strings.ToLower(fq))
	fr.why = hasAny(fq, whyCues)
	fr.condition = conditionAsked.MatchString(fq)
	fr.instrument = (fr.qtype == QOther || fr.qtype == QWhy) && instrumentAsked.MatchString(fq)
	fr.regard = (fr.qtype == QOther || fr.qtype == QWhy) && (howRegard.MatchString(strings.ToLower(fq)) || regardAskedZH.MatchString(fq))
	fr.aspect = aspectAsked.MatchString(fr.folded)
	fr.line = fr.qtype != QYesNo && lineAsked.MatchString(fr.lower)
	fr.reception = fr.qtype != QYesNo && receptionAsked.MatchString(fq)
	fr.status = fr.qtype != QYesNo && statusAsked.MatchString(strings.ToLower(fq))
	fr.newHolder = fr.qtype == QWho && newHolderAsked.MatchString(strings.ToLower(fq))
	fr.alleged = hasAny(fr.lower, allegationWords)
	if fr.status && fr.qtype == QWhy {
		fr.qtype = QOther // "How are the talks going?" asks where they stand, not by what means
	}
	if fr.condition && fr.qtype != QYesNo {
		fr.qtype = QOther // 王需要做什么才能拿到钱？ asks a deed, not money
	}
	// The interrogative: a Chinese one if the question has one (it is
	// then asked in situ), else the first English one.
	asking := maskNotAsking(fr.folded)
	for _, w := range zhInterrogatives {
		i := strings.Index(asking, w)
		if i < 0 {
			continue
		}
		rs := utf8.RuneCountInString(asking[:i])
		re := rs + utf8.RuneCountInString(w)
		for j, t := range fr.q {
			if t.start >= rs && t.end <= re {
				if fr.whS < 0 {
					fr.whS = j
				}
				fr.whE = j + 1
			}
		}
		if fr.whS >= 0 {
			fr.inSitu = true
			fr.extendCategory(an.Question)
			// 是谁, 谁是, 是多少: the answer may stand on either side.
			if fr.whS > 0 && fr.q[fr.whS-1].key == "是" || fr.whE < len(fr.q) && fr.q[fr.whE].key == "是" {
				fr.copula = true
			}
			break
		}
	}
	if fr.whS < 0 {
		// After a topic with a relative interrogative, the part after
		// the dash asks (askedAfterDash).
		askFrom := 0
		if last, ok := askedAfterDash(an.Question); ok {
			askFrom = utf8.RuneCountInString(an.Question) - utf8.RuneCountInString(last)
		}
		for j, t := range fr.q {
			if t.start >= askFrom && enWh[strings.ToLower(tokText(an.Question, t))] {
				fr.whS, fr.whE = j, j+1
				if next := ""; t.key == "how" && j+1 < len(fr.q) {
					next = strings.ToLower(tokText(an.Question, fr.q[j+1]))
					if howWords[next] {
						fr.whE++
						fr.degree = next == "close" || next == "far"
					}
				}
				if fr.whE < len(fr.q) && strings.ToLower(tokText(an.Question, fr.q[fr.whE])) == "else" {
					fr.whE++ // "who else", "what else"
				}
				if fr.whE < len(fr.q) && enAux[strings.ToLower(tokText(an.Question, fr.q[fr.whE]))] {
					aux := strings.ToLower(tokText(an.Question, fr.q[fr.whE]))
					switch aux {
					case "is", "are", "was", "were":
						// "Who is Meta's CEO?" asks what is said of the
						// name; "Who is Meta trying to recruit?" is a verb
						// in -ing after a subject: an object question.
						fr.copula = !(t.key == "who" && fr.whE+1 < len(fr.q) && opensNounPhrase(an.Question, fr.q[fr.whE+1]) && slices.ContainsFunc(fr.q[fr.whE+2:], func(w tok) bool {
							return strings.HasSuffix(strings.ToLower(tokText(an.Question, w)), "ing")
						}))
					}
					fr.whE++
					if t.key == "who" && whoVerbAux[aux] && fr.whE < len(fr.q) && !opensNounPhrase(an.Question, fr.q[fr.whE]) {
						// "Who will lead Google's AI products?", "Who has
						// left?": the modal or perfect goes on with the
						// verb, so "who" is its subject ("Who will Meta
						// hire?" has one between).
						fr.subject, fr.auxSubject = true, true
					}
				} else if fr.whE < len(fr.q) && t.key == "what" && linkingVerbs[strings.ToLower(tokText(an.Question, fr.q[fr.whE]))] {
					// "What became their top priority?" asks what was made
					// their top priority, as "What is …?" does.
					fr.copula = true
					fr.whE++
				} else if t.key == "who" || t.key == "what" {
					fr.subject = true
				}
				fr.extendCategory(an.Question)
				break
			}
		}
	}
	if fr.qtype == QWhy {
		fr.findContrast(an.Question)
	}
	if !fr.zh && !fr.inSitu && fr.whS == 0 && fr.qtype == QOther {
		fr.stranded = endsInPrep.MatchString(strings.ToLower(an.Question))
	}
	if fr.whS >= 0 && !fr.copula {
		if fr.inSitu {
			// Meta收購了誰？: the verb and its subject before, nothing after.
			fr.objectQ = contentCount(fr.q, 0, fr.whS) > 0 && contentCount(fr.q, fr.whE, len(fr.q)) == 0
		} else {
			// "Who did Meta buy?": an auxiliary after the interrogative.
			fr.objectQ = fr.whE > fr.whS+1 && enAux[strings.ToLower(tokText(an.Question, fr.q[fr.whE-1]))]
		}
	}
	if fr.objectQ && fr.qtype == QWho {
		// Only an object question about a person reads it
		// (officerOfAsked).
		qr := []rune(an.Question)
		for j := range fr.q {
			if !fr.isWh(j) && isTitleHead(fr.q, j, qr) {
				fr.asksTitle = true
			}
		}
	}
	var person string
	for _, en := range an.Entities {
		if en.Type == "person" {
			person = en.ID
			break
		}
	}
	// An event question names one thing and asks what happened to it.
	var event string
	if an.Type == QOther || an.Type == QWhy || an.Type == QWho || an.Type == QWhich {
		event = fr.asksEvent(an.Question)
		if i := slices.IndexFunc(an.Entities, func(en Entity) bool { return en.ID == event }); i < 0 || an.Entities[i].Type == "term" {
			event = ""
		}
	}
	if person != "" {
		// What someone does now (張前川現在做什麼？, "What does he do
		// now?") asks their post, as a role word does.
		fr.duty = an.Type == QOther && dutyAsked.MatchString(fq)
		// What someone did before (纳特·弗里德曼以前是干什么的？) asks
		// their former post, unless a company is named (明超平之前在字节
		// 做什么？ asks what they did there).
		before := hasAny(fq, beforeWords) && !slices.ContainsFunc(an.Entities, func(en Entity) bool { return en.Type == "org" || en.Type == "product" })
		hasRoleWord := hasAny(fq, roleWords) && !fr.orgsRole() || (hasAny(fq, nowWords) || before || leftThen.MatchString(fq)) && hasAny(fq, doWords) || fr.duty
		switch {
		case an.Type == QWhich && employerAsked.MatchString(strings.ToLower(fq)):
			// 张前川以前是哪家公司的产品负责人？ asks the company, whose
			// post the question names itself.
		case an.Type == QOther && becameRole.MatchString(fr.folded):
			// 扎克伯格把自己变成了公司的什么角色？: what he turned into,
			// a description in the slot (头号HR), not his title.
		case an.Type == QWhich && hasAny(fq, beforeWords) && !hasAny(strings.ToLower(fq), dealWords) && whichCompany.MatchString(strings.ToLower(fq)):
			// "Prior to his role at Moonshot AI, which company had
			// employed Ming Chaoping?": the company before, whatever
			// role word sets the time.
			fr.role, fr.former = true, true
		case hasRoleWord && (an.Type == QOther || an.Type == QWhich):
			// (Not when it asks for a date, a duration or a figure
			// about the role: 张心皓的顾问职位要做多久？)
			fr.role = true
		case an.Type == QWho && fr.onlyNames() && !postOfAsked.MatchString(strings.ToLower(fq)):
			// "Who is Sam Altman?", 张前川是谁？ (Not "Who is the CEO of
			// Sutskever's start-up?", which asks who holds the post.)
			fr.role = true
		case an.Type == QWho && becameWhat.MatchString(fr.folded):
			// 扎克伯格变成了公司的什么人？: what he became, not another
			// person (a description in the slot, not his title).
			fr.qtype = QOther
		case (an.Type == QWhere || an.Type == QWhich) && hasAny(fq, beforeWords) && !hasAny(strings.ToLower(fq), dealWords):
			// "Where did Ming Chaoping work before Moonshot AI?" (Not
			// 扎克伯格曾经想收购哪家初创公司？, which asks what he would buy.)
			fr.role, fr.former = true, true
			fr.wantProduct = hasAny(fq, productWords)
		}
		fr.person = person
		fr.now = hasAny(fq, nowWords) || leftThen.MatchString(fq) || joinedThen.MatchString(fq)
		fr.newRole = hasAny(fq, newRoleWords)
		fr.afterLeaving = fr.now && afterLeaving.MatchString(strings.ToLower(fq))
		if fr.role {
			// The answer describes the person: not a typed span.
			fr.qtype = QOther
		}
	} else if an.Type == QOther || an.Type == QWho || an.Type == QWhich {
		// "What is Perplexity?", SSI是什么公司？: the answer is what the
		// article calls the one organisation or product named.
		// Any other name or term asks something else of it (Who is the
		// CEO of SSI?).
		var subject string
		for _, en := range an.Entities {
			if en.Type == "org" || en.Type == "product" || en.Type == "outlet" || en.Type == "place" {
				subject = en.ID
			}
		}
		if (len(an.Entities) == 1 || len(an.Entities) == 2 && fr.ownerBefore(subject)) && subject != "" && fr.whS >= 0 && fr.onlyNames() && event == "" && !makerAsked.MatchString(strings.ToLower(fq)) {
			fr.role, fr.org, fr.person, fr.qtype = true, true, subject, QOther
		}
	}
	if !fr.role && listQuestion.MatchString(" "+fr.folded+" ") {
		fr.list = true
		switch {
		case peopleListed.MatchString(strings.ToLower(fq)):
			// "Name the people who started the AI search company
			// Perplexity": people, whatever company follows.
			fr.listType = "person"
		case hasAny(fq, []string{"公司", "企业", "厂商", "家", "company", "companies", "firms", "startups", "start-ups", "labs", "makers", "players", "giants"}):
			fr.listType = "org"
		case hasAny(fq, []string{"高管", "人", "executives", "people"}):
			fr.listType = "person"
		}
	}
	if !fr.role && event != "" && (an.Type == QOther || an.Type == QWhy) {
		fr.event, fr.qtype = event, QOther // 怎么了 asks what, not why
	}
	if !fr.role && fr.event == "" && !fr.list && person != "" && an.Type != QYesNo {
		if say, judge := fr.asksSpeech(an.Question, person); say {
			fr.say, fr.judge, fr.qtype = person, judge, QOther
		}
	}
	if !fr.role && fr.event == "" && !fr.list && fr.say == "" && an.Type != QYesNo && len(an.Entities) == 1 && an.Entities[0].Type == "outlet" {
		if en, zh := fr.shape(an.Question, an.Entities[0].ID); enReport.MatchString(en) || zhReport.MatchString(zh) {
			fr.reportOf, fr.qtype = an.Entities[0].ID, QOther
		}
	}
	for _, en := range an.Entities {
		if an.Type == QYesNo {
			break
		}
		if mode := fr.asksName(an.Question, en); mode != "" {
			fr.aka, fr.akaMode, fr.qtype = en.ID, mode, QOther
			fr.role, fr.event, fr.list, fr.say = false, "", false, ""
			break
		}
	}
	for _, en := range an.Entities {
		for _, f := range en.ZH {
			fr.forms = append(fr.forms, Fold(f))
		}
		for _, f := range en.EN {
			fr.forms = append(fr.forms, Fold(f))
		}
	}
	fr.titleOrg, fr.titleWord = titleOf(an.Question, fr.q)
	fr.subjectPosts = subjectPosts(an, fr.lower)
	lq := " " + fr.lower + " "
	if person != "" && fr.qtype == QWhich {
		for _, w := range postWords {
			if containsCue(lq, w) {
				fr.postOf = w
				break
			}
		}
	}
	fr.asksSchool, fr.asksHome, fr.asksOutlet = hasAny(lq, schoolWords), hasAny(lq, homeWords), hasAny(lq, outletWords)
	fr.asksBirth = hasAny(lq, birthWords)
	fr.asksProduct = fr.qtype == QWhich && hasAny(lq, productWords) && !fr.asksOutlet
	fr.asksValue = hasAny(lq, valueWords) || raisedAt.MatchString(fr.lower)
	fr.asksEmployer = fr.qtype == QWhich && employerAsked.MatchString(fr.lower)
	if m := employerTitle.FindStringSubmatch(strings.TrimSpace(fr.folded)); fr.asksEmployer && m != nil {
		fr.askedPost = m[1]
	}
	fr.dealDone = (fr.qtype == QWhen || fr.qtype == QMoney) && !fr.hypothetical && (fr.realized || askedShiDe(fr.folded)) && hasAny(lq, dealWords) && !hasAny(lq, raiseWords)
	fr.asksPrice = fr.qtype == QMoney && (hasAny(lq, dealWords) || hasAny(lq, priceWords)) && !hasAny(lq, raiseWords) && !fr.asksValue
	fr.asksOrigin = fr.qtype == QWhen && (hasAny(lq, originAsks) || startedAsked.MatchString(lq))
	fr.asksFounder = fr.qtype == QWho && (hasAny(lq, founderAsks) || whoseCompany.MatchString(lq) || whoStarted.MatchString(lq))
	if fr.zh {
		fr.baSide = baAsked(fr.folded)
	}
	fr.asksFounded = fr.qtype == QWhich && (hasAny(lq, founderAsks) || foundAsked.MatchString(lq)) && slices.ContainsFunc(fr.q, func(t tok) bool { return t.ent == "person" })
	fr.asksFuture = fr.qtype == QWhen && futureAsked.MatchString(lq)
	fr.asksReporter = hasAny(lq, reportCues)
	if fr.qtype == QOther && fr.zh {
		fr.stateThing = stateThing(fr.folded)
	}
	if fr.qtype == QOther || fr.qtype == QWhy || fr.qtype == QCount && strings.Contains(fr.folded, "差多少") {
		// "How does X compare with Y?" asks what, not how; 和OpenAI比差多少？
		// how far behind, not a count.
		if fr.cmpX, fr.cmpY = fr.comparison(an.Question); fr.cmpX != "" {
			fr.qtype = QOther
		}
	}
	fr.asksAgent = fr.qtype == QWho && (agentAsked.MatchString(fr.lower) || rivalAsked.MatchString(fr.lower) || companyActAsked.MatchString(fr.lower))
	for _, g := range measureGroups {
		if hasAny(lq, g) {
			fr.measures = append(fr.measures, g)
		}
	}
	// A person the alias table says heads an organisation the question
	// names stands for it in a passage, at half weight (扎克伯格開始向…開出
	// 簽約獎金 says what Meta offered).
	fr.headOf = e.headOf
	for person, orgs := range e.headOf {
		if len(fr.at[person]) > 0 || slices.ContainsFunc(fr.q, func(t tok) bool { return t.key == person }) {
			if fr.namedHeads == nil {
				fr.namedHeads = map[string]bool{}
			}
			for _, o := range orgs {
				fr.namedHeads[o] = true
			}
			continue
		}
		for _, o := range orgs {
			if slices.ContainsFunc(fr.q, func(t tok) bool { return t.key == o }) {
				if fr.standIn == nil {
					fr.standIn = map[string]string{}
				}
				fr.standIn[person] = o
			}
		}
	}
	seen := map[string]bool{}
	fr.at = make(map[string][]int, len(fr.q))
	for j, t := range fr.q {
		if !fr.isWh(j) {
			fr.at[t.key] = append(fr.at[t.key], j)
		}
		fr.qorg = fr.qorg || t.ent == "org"
		if fr.isWh(j) || t.stop || t.brk || t.ent != "" && t.ent != "term" || seen[t.key] || enAux[t.key] || enWh[t.key] {
			continue
		}
		seen[t.key] = true
		fr.predQ = append(fr.predQ, j)
	}
	fr.payer = fr.subjectOrgAsked()
	fr.placed, fr.nonHeadPost = fr.placedAt(), fr.asksNonHeadPost()
	if fr.zh {
		fr.kind = kindAfterWhat(fr.folded)
		if fr.kind == "" {
			if m := lastKindQ.FindStringSubmatch(fr.folded); m != nil && !strings.ContainsRune("不没是能会要都也才就", []rune(m[2])[0]) {
				fr.lastKind, fr.lastVerb = m[2], m[1]
			}
		}
	} else {
		fr.kind = unitAfterWhat(fr.lower)
	}
	if m := whichUnit.FindStringSubmatch(fr.folded); fr.zh && m != nil && fr.qtype == QWhich && !fr.role && !fr.list {
		// 重組哪個團隊？: a team is what the article calls a part of a
		// company (Gemini應用團隊, 超級智能團隊), not a name.
		fr.qtype, fr.kind = QOther, m[1]
		if h, ok := unitHan[m[1]]; ok {
			fr.kind = h
		}
	} else if !fr.zh && fr.qtype == QWhich && fr.kind == "team" && !fr.role && !fr.list {
		// "Which team is Google reorganizing?" as 重組哪個團隊？: the
		// Gemini app team. ("Which lab…?" asks a company: DeepSeek.)
		fr.qtype = QOther
	}
	fr.instead = insteadAsked.MatchString(fr.lower)
	fr.rival, fr.view = rivalNamed.MatchString(fr.lower), viewAsked.MatchString(fr.lower)
	fr.likeEnd = fr.likeClauseEnd()
	return fr
}

// likeClauseEnd returns the index of the last question token of a first
// clause that likens (像创办Facebook时那样，在公司里当起了什么角色？) before
// a Chinese question's interrogative, or -1: its words say how, not
// where the answer stands.
func (fr *frame) likeClauseEnd() int {
	if !fr.inSitu || !fr.zh {
		return -1
	}
	qr := []rune(fr.folded)
	for j := fr.whS - 1; j >= 0; j-- {
		brk := fr.q[j].brk
		for k := fr.q[j].end; !brk && k < fr.q[j+1].start && k < len(qr); k++ {
			brk = qr[k] == '，' || qr[k] == ',' || qr[k] == '；' || qr[k] == ';'
		}
		if brk {
			if likeClause.MatchString(string(qr[:fr.q[j].end])) {
				return j
			}
			return -1
		}
	}
	return -1
}

// asksNoun reports whether run holds the noun the question asks for:
// it follows the interrogative ("What signal…", 什么信号), in English
// an interrogative of function words (not "which company") followed by
// no more than function words and names ("What is Google's new
// problem…"), or in Chinese it ends where the interrogative's 是 begins
// (谷歌的新难题是什么).
func (fr *frame) asksNoun(r run) bool {
	if fr.whS < 0 {
		return false
	}
	if fr.zh {
		if r.qs == fr.whE {
			return true
		}
		return r.qe < fr.whS && fr.onlyFunction(r.qe, fr.whS)
	}
	return r.qs >= fr.whE && fr.onlyFunction(fr.whS, r.qs)
}

// onlyFunction reports whether question tokens i..j-1 are all function
// words or names.
func (fr *frame) onlyFunction(i, j int) bool {
	for k := i; k < j; k++ {
		if !fr.q[k].stop && fr.q[k].ent == "" {
			return false
		}
	}
	return true
}

// reportsHere reports whether the name at [s, e) of f (a passage's
// folded runes) is the source of a report: 据 or "according to" just
// before it, a reporting verb (reportCues: 爆料, 报道, reported …; or
// 称, said) just after.
func reportsHere(f []rune, s, e int) bool {
	before := string(f[max(0, s-14):s])
	after := string(f[e:min(len(f), e+12)])
	if strings.HasSuffix(strings.TrimRight(before, "《“\" "), "据") || strings.Contains(before, "according to") {
		return true
	}
	after = strings.TrimLeft(after, "》”\" ,，")
	for _, cues := range [][]string{reportCues, {"称", "said", "says"}} {
		for _, cue := range cues {
			if strings.HasPrefix(after, cue) {
				return true
			}
		}
	}
	return false
}

// introducedAfter returns the index of the first token of what a colon
// (or a comma and 即) at most three function words (or "of its own")
// from i introduces, or 0.
func introducedAfter(pt []tok, i int) int {
colon:
	for k := i; k < len(pt)-1 && k <= i+3; k++ {
		if !pt[k].brk {
			if !pt[k].stop && pt[k].key != "own" {
				break colon // more than "of its own" between
			}
			continue
		}
		switch {
		case pt[k].key == ":" || pt[k].key == "：":
			return k + 1
		case (pt[k].key == "，" || pt[k].key == ",") && pt[k+1].key == "即" && k+2 < len(pt):
			return k + 2
		}
		break colon
	}
	// "A key belief driving Mark Zuckerberg to … is that Meta has fallen
	// behind": the clause's copula and "that" introduce what the noun
	// holds.
	for k := i; k+2 < len(pt) && k <= i+30 && !pt[k].brk && !pt[k].han; k++ {
		if (pt[k].key == "is" || pt[k].key == "was") && pt[k+1].key == "that" {
			return k + 2
		}
	}
	return 0
}

// extendCategory takes the noun that names the kind of thing asked for
// (哪家公司, which company, 什么人) into the interrogative: the passage
// names the thing, not its kind.
func (fr *frame) extendCategory(q string) {
	if !fr.qtype.typed() || fr.whE >= len(fr.q) {
		return
	}
	var b strings.Builder
	for j := fr.whE; j < len(fr.q) && j < fr.whE+3; j++ {
		b.WriteString(tokText(q, fr.q[j]))
		w := Fold(b.String())
		for _, n := range categoryNouns {
			if w == n {
				fr.whE, fr.category = j+1, n
				if zh, ok := categoryZH[n]; ok && fr.zh {
					// 在哪个platform发帖？ reads the Chinese text, which
					// says 平台.
					fr.category = zh
				}
				return
			}
		}
		if !fr.q[j].han {
			return
		}
	}
}

// categoryZH are the Chinese words of English category nouns, for a mixed
// question whose answer comes from the Chinese text (folded).
var categoryZH = map[string]string{"company": "公司", "companies": "公司", "firm": "公司", "firms": "公司", "lab": "实验室", "outlet": "媒体", "outlets": "媒体", "media": "媒体",
	"platform": "平台", "app": "应用", "model": "模型", "product": "产品", "university": "大学", "school": "学校", "team": "团队", "city": "城市", "country": "国家"}

var categoryNouns = append(append(append([]string(nil), personNouns...), orgNouns...), placeNouns...)

// onlyNames reports whether the question holds nothing but names,
// interrogatives and function words ("Who is Sam Altman?").
func (fr *frame) onlyNames() bool {
	// What sort of thing it is asks what it is ("What kind of app is
	// Maopaoya?", Perplexity是做什么的公司？, 冒泡鸭属于什么类型的应用？).
	// Not "which company's product is it" (冒泡鸭是哪家公司的产品？),
	// which asks whose.
	var kinds [][]int
	if lf := fr.lower; lf != "" && !strings.Contains(whichKind.ReplaceAllString(lf, ""), "哪") && !strings.Contains(lf, "which") && !strings.Contains(lf, "whose") {
		for _, k := range kindWords.FindAllStringIndex(lf, -1) {
			// (byte offsets of the folded question, to rune offsets)
			kinds = append(kinds, []int{utf8.RuneCountInString(lf[:k[0]]), utf8.RuneCountInString(lf[:k[1]])})
		}
	}
	inKind := func(t tok) bool {
		for _, k := range kinds {
			if t.start >= k[0] && t.end <= k[1] {
				return true
			}
		}
		return false
	}
	for j, t := range fr.q {
		if j >= fr.whS && j < fr.whE || t.ent != "" || t.stop || enAux[t.key] || t.key == "是" || enWh[t.key] || isInterrogativeRune([]rune(t.key)[0]) || inKind(t) {
			continue
		}
		return false
	}
	return true
}

// upToKind ends a title at runes [s, t) of a passage (tokens p) at the
// noun a Chinese question names right after its 什么, where the title
// holds it before its end: 詹南德雷亞在蘋果負責什麼戰略？ ↔ AI與機器學習
// [戰略]高級副總裁 is the strategy, not the post. A post word (职务,
// 角色) asks for the whole title.
func (fr *frame) upToKind(p []tok, s, t int) (int, int) {
	if !fr.zh || !fr.inSitu || fr.whE <= 0 || fr.whE >= len(fr.q) {
		return s, t
	}
	var kind []string
	for j := fr.whE; j < len(fr.q) && !fr.q[j].stop && !fr.q[j].brk && fr.q[j].ent == "" && fr.q[j].han; j++ {
		kind = append(kind, fr.q[j].key)
	}
	if len(kind) == 0 || hasAny(strings.Join(kind, ""), roleWordsQ) || hasAny(strings.Join(kind, ""), []string{"职务", "头衔", "工作", "岗位"}) {
		return s, t
	}
	for i := range p {
		if p[i].start < s || p[i].end > t || i+len(kind) > len(p) {
			continue
		}
		match := true
		for k, w := range kind {
			if p[i+k].key != w {
				match = false
				break
			}
		}
		if e := p[i+len(kind)-1].end; match && e < t {
			return s, e
		}
	}
	return s, t
}

// ownerBefore reports whether the question names, besides the entity
// id, only its owner right before it (阶跃星辰的冒泡鸭是什么类型的应用？):
// an organisation, then 的 or "'s", then id.
func (fr *frame) ownerBefore(id string) bool {
	k := synonym("@" + id)
	for j := 0; j+2 < len(fr.q); j++ {
		if fr.q[j].ent == "org" && fr.q[j].key != k && (fr.q[j+1].key == "的" || fr.q[j+1].key == "'s") && fr.q[j+2].key == k {
			return true
		}
	}
	return false
}

// whichKind is 哪(一)类 or 哪(一)种, which asks what sort of thing (冒泡鸭属于
// 哪一类应用？), unlike 哪家 or 哪个, which ask whose or which one.
var whichKind = regexp.MustCompile(`哪一?[类种]`)

// kindWords are the words of "what sort of thing is it", in the folded,
// lower-cased question, and of how the article calls it (被形容成,
// "described as", 文中).
var kindWords = regexp.MustCompile(`\b(?:kinds?|types?|sorts?)(?: of)?\b|\b(?:company|firm|start-?up|app|application|product|outlet|platform|lab|business)\b|什么(?:类型|种类|样|类)的?|(?:哪|一)(?:种|类)|[一这那](?:款|个|家|项|支)|做什么的|干什么的|属于|公司|企业|创企|应用|产品|平台|媒体|机构|类型|在?文(?:章)?[中里]|被?(?:形容|描述|称)(?:成|为|作)?|\b(?:described|called|portrayed)(?: as)?\b|\bin the (?:article|piece|story)\b`)

func tokText(s string, t tok) string {
	r := []rune(s)
	if t.end > len(r) {
		return t.key
	}
	return string(r[t.start:t.end])
}

// weight is what matching a token is worth.
func (t tok) weight() float64 {
	switch {
	case t.ent != "" && t.ent != "term":
		return 1.5
	case t.ent == "term":
		return 1.2
	case t.stop:
		return 0.2
	case t.han && t.end-t.start > 1:
		return 1.5 // a word (意味着), not a character
	case t.han:
		return 1
	}
	return 1.2
}

// run is a stretch of passage tokens equal to a stretch of question tokens.
type run struct {
	ps, pe int // passage tokens
	qs, qe int // question tokens
	w      float64
}

func (fr *frame) isWh(j int) bool { return j >= fr.whS && j < fr.whE }

// asksUnit reports whether the question asks what team, lab or unit
// (什么团队, 哪個團隊, "which team"): a part of a company, told by what the
// article calls it.
func (fr *frame) asksUnit() bool { return fr.qtype == QOther && slices.Contains(unitNouns, fr.kind) }

// runs returns the maximal common stretches of the question and passage
// tokens (the interrogative excluded), not crossing clause breaks.
func (fr *frame) runs(p []tok) []run {
	var out []run
	q := fr.q
	for i := range p {
		if p[i].brk {
			continue
		}
		// The question tokens with p[i]'s key, the interrogative's
		// excluded.
		for _, j := range fr.at[p[i].key] {
			if i > 0 && j > 0 && !p[i-1].brk && !fr.isWh(j-1) && p[i-1].key == q[j-1].key {
				continue // inside a longer run
			}
			// Extend the run; a function word the question has and the
			// passage lacks ("attracts top talent the most" ↔ "attracts
			// top talent most") does not break it.
			k, qk, w, content := 0, 0, 0.0, 0
			for i+k < len(p) && j+qk < len(q) && !p[i+k].brk && !fr.isWh(j+qk) {
				if p[i+k].key != q[j+qk].key {
					if q[j+qk].stop && !q[j+qk].han && j+qk+1 < len(q) && !fr.isWh(j+qk+1) && p[i+k].key == q[j+qk+1].key {
						qk++
						continue
					}
					if k > 0 && hanContent(p, i+k) && hanContent(p, i+k-1) && aspect[q[j+qk].key] && i+k+1 < len(p) && p[i+k+1].key == q[j+qk].key {
						// A one-character verb before 了 in the question
						// matches the first of the passage's two (选了 ↔
						// 選擇了): the run takes in the second.
						k++
						continue
					}
					if k > 0 && (p[i+k].adv || p[i+k].key == "own") && i+k+1 < len(p) && p[i+k+1].key == q[j+qk].key {
						// An adverb the passage adds does not break it
						// either ("report to" ↔ "reporting directly to"),
						// nor does "own" ("their AI teams" ↔ "their own AI
						// teams").
						k++
						continue
					}
					break
				}
				w += p[i+k].weight()
				if !p[i+k].stop {
					content++
				}
				k++
				qk++
			}
			// A run that ends in a function character which begins a
			// two-character word in both texts, the question's standing
			// right before its interrogative (更在乎什么 ↔ 更在意這場…),
			// takes in the word: 在乎 and 在意 share 在, and the slot starts
			// after the word, not inside it (意這場…).
			if k > 1 && p[i+k-1].stop && p[i+k-1].han && hanContent(p, i+k) && hanContent(q, j+qk) && !fr.isWh(j+qk) && fr.isWh(j+qk+1) {
				k++
				qk++
				w += 0.5
			}
			if k == 1 && p[i].han && p[i].ent == "" && p[i].end-p[i].start == 1 {
				w *= 0.6 // a lone character is weak evidence
			}
			if fr.denied(p, i, j) {
				w *= 0.3 // the passage denies it (尚未發布 for 发布)
			}
			if content == 0 || w < 0.5 {
				continue
			}
			out = append(out, run{ps: i, pe: i + k, qs: j, qe: j + qk, w: w})
		}
		if o, ok := fr.standIn[p[i].key]; ok && !hasToken(p, o) {
			// Only where the passage does not name the organisation
			// itself.
			for _, j := range fr.at[o] {
				out = append(out, run{ps: i, pe: i + 1, qs: j, qe: j + 1, w: 0.5 * p[i].weight()})
			}
		}
	}
	return out
}

// aspect are the Chinese particles that follow a verb (folded).
var aspect = map[string]bool{"了": true, "过": true, "着": true}

// hanContent reports whether t[i] is a Han character or word that is not
// a function character.
func hanContent(t []tok, i int) bool {
	return i < len(t) && t[i].han && !t[i].stop && !t[i].brk
}

// content counts the content tokens of q[a:b].
func contentCount(q []tok, a, b int) int {
	n := 0
	for i := max(a, 0); i < b && i < len(q); i++ {
		if !q[i].stop && !q[i].brk {
			n++
		}
	}
	return n
}

// sayingCount counts the verbs of saying in q[a:b]: "Altman recently
// [said] he had heard" inserts hearsay, not content, between Altman and
// heard.
func sayingCount(q []tok, a, b int) int {
	n := 0
	for i := max(a, 0); i < b && i < len(q); i++ {
		if !q[i].stop && (sayWords[q[i].key] || slices.Contains(speechVerbs, q[i].key)) {
			n++
		}
	}
	return n
}

// qpen is what it costs that a run is far from the interrogative in the
// question (Chinese), or on the wrong side of it.
func (fr *frame) qpen(r run, left bool) float64 {
	const perTok = 0.25
	if fr.whS < 0 {
		return 0
	}
	if !fr.inSitu || fr.qtype == QWhen {
		// English fronts the interrogative; a Chinese time phrase may
		// stand before or after the subject (早在4月中旬，扎克伯格就…).
		if !left && r.qs >= fr.whE {
			return perTok * 0.5 * float64(contentCount(fr.q, fr.whE, r.qs))
		}
		return 0
	}
	// The words of a copula question (谷歌的CEO是谁？) may stand on either
	// side of the answer (CEO桑达尔·皮查伊, 科拉伊担任首席架构师); other
	// words on the wrong side mean the candidate is not in the asked place.
	wrong := 1.0
	if fr.copula {
		wrong = 0.3
	}
	if left {
		if r.qe <= fr.whS {
			return perTok * float64(contentCount(fr.q, r.qe, fr.whS))
		}
		return wrong + perTok*float64(contentCount(fr.q, fr.whE, r.qs))
	}
	if r.qs >= fr.whE {
		return perTok * float64(contentCount(fr.q, fr.whE, r.qs))
	}
	return wrong + perTok*float64(contentCount(fr.q, r.qe, fr.whS))
}

// likeClause matches a folded Chinese clause that likens (像…那样, 如同…
// 一般).
var likeClause = regexp.MustCompile(`(?:像|如同|仿佛|好像|一如|就像)[^，,；;]*(?:那样|一样|那般|一般|般|似的)$`)

// breakWeight is how strongly a punctuation mark separates: a comma or
// an enumeration comma (often an apposition: "Hong Tao, co-founder") less
// than a colon, a semicolon or a full stop.
func breakWeight(k string) float64 {
	switch k {
	case ",", "，", "、":
		return 0.5
	case ":", "：":
		return 0.8
	}
	return 1.2
}

// gap measures the passage between tokens a and b: tokens (function
// tokens count half) and clause breaks, weighted.
func gap(p []tok, a, b int) (float64, float64) {
	var n, brks float64
	for i := a; i < b; i++ {
		switch {
		case p[i].brk:
			brks += breakWeight(p[i].key)
		case !p[i].han && (p[i].key == "and" || p[i].key == "or"):
			// In an enumeration ("Ming Chaoping, and former StepFun
			// product lead Zhang Xinhao") what follows "and" is said
			// of the next item.
			brks += 0.8
		case p[i].stop:
			n += 0.5
		default:
			n++
		}
	}
	return n, brks
}

// personBeforeBreak reports whether a person is named from token i to the
// next clause break.
func personBeforeBreak(p []tok, i int) bool {
	for ; i < len(p) && !p[i].brk; i++ {
		if p[i].ent == "person" {
			return true
		}
	}
	return false
}

func (fr *frame) perTok() float64 {
	if fr.zh {
		return 0.12
	}
	return 0.25
}

// fit is how well the question's words surround passage tokens [ci, cj).
func (fr *frame) fit(p []tok, rs []run, ci, cj int) float64 {
	var left, right, support float64
	// chain adds the runs that continue a run's context away from the
	// candidate, a few tokens apart within the clause ("StepFun Maopaoya
	// product lead [Zhang Xinhao]"): the question's words in a row.
	chain := func(r run, leftward bool) float64 {
		var add float64
		for {
			found := false
			for _, o := range rs {
				var g, b float64
				if leftward && o.pe <= r.ps {
					g, b = gap(p, o.pe, r.ps)
				} else if !leftward && o.ps >= r.pe {
					g, b = gap(p, r.pe, o.ps)
				} else {
					continue
				}
				if b > 0 || g > 2 || o.qs == r.qs {
					continue
				}
				add += 0.5 * max(0, o.w-fr.perTok()*g)
				r, found = o, true
				break
			}
			if !found {
				return add
			}
		}
	}
	for _, r := range rs {
		switch {
		case r.pe <= ci:
			g, b := gap(p, r.pe, ci)
			if b > 2 {
				continue
			}
			v := r.w - fr.perTok()*g - 0.6*b - fr.qpen(r, true) + chain(r, true)
			if fr.auxSubject && !fr.zh && fr.qtype == QWho {
				// "Who will lead Google's AI product development?": the
				// subject of what will be done stands before the words
				// the question goes on with, not after them ("…product
				// development and reporting directly to CEO Sundar
				// Pichai"). (Not "Who co-founded Scale AI?", which a
				// title before the name answers.)
				v *= 0.5
			}
			left = max(left, v)
			support += r.w / (1 + g/6 + b)
		case r.ps >= ci && r.ps < cj && r.qs >= fr.whE && r.qs <= fr.whE+1:
			// The candidate holds the noun the question counts ("How
			// many people" ↔ "50 people").
			right = max(right, r.w-fr.qpen(r, false))
		case r.ps >= cj:
			g, b := gap(p, cj, r.ps)
			if b > 2 {
				continue
			}
			if fr.zh && b > 0 && p[r.ps].ent == "term" && fr.qtype.figure() {
				// A Chinese figure's noun stands before it: one after a
				// break is the next figure's (日活躍用戶為1.6億，月活躍用戶為6億).
				continue
			}
			if fr.zh && b > 0 && cj == ci+1 && p[ci].ent == "person" && personBeforeBreak(p, r.pe) {
				// So does a person's title: one after a break that
				// another name follows is that person's (商業化負責人洪濤，
				// MiniMax商業化合夥人兼副總裁魏偉).
				continue
			}
			right = max(right, r.w-fr.perTok()*g-0.6*b-fr.qpen(r, false)+chain(r, false))
			support += r.w / (1 + g/6 + b)
		}
	}
	v := left + right + 0.15*support
	if n := utf8.RuneCountInString(fr.category); fr.zh && n > 0 && ci >= n {
		// 哪家公司 ↔ 初創公司SSI: the name stands right after the noun the
		// question asks for.
		var b strings.Builder
		for _, t := range p[ci-n : ci] {
			b.WriteString(t.key)
		}
		if b.String() == fr.category {
			v += 1
		}
	}
	if !fr.zh && fr.category != "" {
		// "On which platform …?" ↔ "Blind, the anonymous Silicon Valley
		// gossip-sharing platform": the noun the question asks for in
		// the name's apposition, or right before it.
		cat := stem(fr.category)
		if cj < len(p) && p[cj].key == "," {
			for t := cj + 1; t < len(p) && t <= cj+8 && !p[t].brk; t++ {
				if p[t].key == cat {
					v += 1.5
					break
				}
			}
		}
		for t := ci - 1; t >= 0 && t >= ci-2 && !p[t].brk; t-- {
			if p[t].key == cat {
				v += 1.5
				break
			}
		}
	}
	// The words right next to a figure say what it counts: a question
	// word there is strong evidence, a named thing the question does not
	// ask about ("35 million daily active users" for monthly users) is
	// evidence against.
	for _, i := range []int{ci - 1, cj} {
		// The nearest word that is not a function word.
		step := 1
		if i < ci {
			step = -1
		}
		for i >= 0 && i < len(p) && p[i].stop && !p[i].brk {
			i += step
		}
		if i < 0 || i >= len(p) || p[i].brk {
			continue
		}
		// The counted noun follows an English figure and precedes a
		// Chinese one (月活躍用戶為6億).
		nounSide := i >= cj
		if fr.zh {
			nounSide = i < ci
		}
		if nounSide && p[i].ent == "term" && !fr.asksTerm(p[i].key) && fr.qtype.figure() {
			v -= 0.5
		}
		// A term right after a Chinese figure or right before an English
		// one says what it measures as well (140亿美元估值).
		if adj := i == ci-1 || i == cj; !nounSide && adj && p[i].ent == "term" && !fr.asksTerm(p[i].key) && fr.qtype.figure() {
			v -= 0.5
		}
		if (fr.hasKey(p[i].key) || p[i].ent == "term" && fr.asksTerm(p[i].key)) && !p[i].stop {
			v += 0.3
		}
	}
	return v
}

// parenOpeners open a short English phrase set off by commas ("gave up,
// almost at the same time, their ambition…").
var parenOpeners = map[string]bool{"almost": true, "nearly": true, "at": true, "in": true, "for": true, "by": true, "after": true, "before": true,
	"since": true, "during": true, "however": true, "meanwhile": true, "also": true, "then": true, "now": true, "still": true, "too": true, "once": true}

// parenBefore returns, for an English clause starting at token cs, the
// break before the short phrase set off by commas that comes just before
// it, or -1: the words before that phrase go on in the clause at cs.
func parenBefore(p []tok, cs int) int {
	if cs < 2 || !p[cs-1].brk {
		return -1
	}
	a := cs - 1
	for a > 0 && !p[a-1].brk {
		a--
	}
	if a == 0 || cs-1-a > 5 || !parenOpeners[p[a].key] && !p[a].adv {
		return -1
	}
	for i := a; i < cs-1; i++ {
		if p[i].ent != "" && p[i].ent != "term" {
			return -1
		}
	}
	return a - 1
}

// clauseNames reports whether the clause of p holding token i names one
// of keys.
func clauseNames(p []tok, i int, keys map[string]bool) bool {
	s, e := i, i
	for s > 0 && !p[s-1].brk {
		s--
	}
	for e < len(p) && !p[e].brk {
		e++
	}
	for _, t := range p[s:e] {
		if keys[t.key] {
			return true
		}
	}
	return false
}

// versionAfter matches a version right after a product's name: " 3",
// "-5", " R2", " 2.0" (not a year, a share or a figure: 2025年, 49%).
var versionAfter = regexp.MustCompile(`^[ -]?([A-Za-z]?[0-9]{1,2}(?:\.[0-9])?)(?:[^0-9.%年月億亿萬万]|$)`)

// dayAsked matches a folded, lower-cased question that asks for a day:
// 哪天, 几号, "on what date", "exact date".
var dayAsked = regexp.MustCompile(`哪天|哪一天|几号|几日|具体日期|确切日期|\b(?:exact|specific|precise)\s+(?:date|day)\b|\b(?:what|which)\s+day\b|\bon\s+(?:what|which)\s+date\b`)

// dayGiven matches a date that names its day (6月10日, 10号, June 10,
// 10 June).
var dayGiven = regexp.MustCompile(`(?i)\d\s*[日号號]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b`)

// staffAsked matches a folded, lower-cased question that counts the
// people who work somewhere, or on a team (谷歌Gemini团队有多少人？).
var staffAsked = regexp.MustCompile(`员工|雇员|职员|(?:团队|部门|实验室)(?:总共|一共)?(?:有)?(?:多少|几)(?:个)?(?:人|名)|\b(?:employees?|staff(?:ers)?|workers?|workforce|headcount|head count|team size)\b|\bpeople (?:are )?(?:on|in|work (?:on|in|at)) (?:the |its |their )?(?:[a-z0-9'-]+ ){0,3}(?:team|lab|unit|division)\b`)

// usersCounted matches the words that say a figure counts users
// (日活躍用戶3500萬, "35 million daily active users").
var usersCounted = regexp.MustCompile(`(?i)用[户戶]|\busers?\b`)

// countsUsers reports whether the words next to a span of text (rune
// offsets), within its clause, say it counts users.
func countsUsers(text string, start, end int) bool {
	r := []rune(text)
	if start < 0 || end > len(r) || start > end {
		return false
	}
	lo, hi := max(0, start-8), min(len(r), end+24)
	before, after := string(r[lo:start]), string(r[end:hi])
	if i := strings.LastIndexAny(before, "，。；：,;:"); i >= 0 {
		before = before[i:]
	}
	if i := strings.IndexAny(after, "，。；：,;:"); i >= 0 {
		after = after[:i]
	}
	return usersCounted.MatchString(before) || usersCounted.MatchString(after)
}

// regardAsked matches a lower-cased question that asks what someone
// considers something to be ("considers his firm to be", "see OpenAI
// as"); regardedAs the answer's verb and object before what it is seen
// as (submatch 1).
var (
	regardAsked = regexp.MustCompile(`\b(?:consider(?:s|ed)?|regard(?:s|ed)?|view(?:s|ed)?|see(?:s|n)?|saw|treat(?:s|ed)?|think(?:s)?\s+of|thought\s+of)\b.*\b(?:to\s+be|as)\b`)
	regardedAs  = regexp.MustCompile(`^(?:sees|saw|seen|see|regards|regarded|views|viewed|considers|considered|treats|treated)\s+(?:[\w'’.-]+\s+){1,4}?as\s+(\S.*)$`)
)

// yearAsked matches a folded, lower-cased question that asks for a
// year: 哪一年, "in what year".
var yearAsked = regexp.MustCompile(`哪一?年|几几年|何年|\b(?:what|which)\s+year\b`)

// yearGiven matches a date that names its year (2014年, 2014, 去年, last
// year).
var yearGiven = regexp.MustCompile(`(?i)\d{4}|[去今前明]年|\b(?:last|this|next)\s+year\b`)

// postOfAsked matches a folded, lower-cased question that asks who holds
// a post in something: "the CEO of", 那家公司的CEO是谁.
var postOfAsked = regexp.MustCompile(`\b(?:the|its|his|her|their)\s+(ceo|cto|coo|founder|co-founder|cofounder|head|boss|chief executive|president|chairman|chair)\s+(?:of|at)\b|的(ceo|cto|coo|创始人|联合创始人|老板|掌门人|负责人|首席执行官)(?:是谁|是哪位|叫什么)`)

// heldPosts returns the post a folded, lower-cased question asks the
// present holder of (postOfAsked, with no word of the past), in the forms
// a passage may write it; nil when it asks none.
func heldPosts(lower string) []string {
	m := postOfAsked.FindStringSubmatch(lower)
	if m == nil || pastAsked.MatchString(lower) {
		return nil
	}
	post := m[1] + m[2]
	if post == "ceo" || post == "chief executive" || post == "首席执行官" {
		return []string{"ceo", "chief executive", "首席执行官"}
	}
	return []string{post}
}

// formerHolder reports whether the question asks who holds a post now
// (fr.heldPosts) and the name at rune s of r is titled, right before it,
// as a former holder of that post: "former GitHub CEO [Nat Friedman]",
// 前GitHub CEO[納特·弗里德曼].
func (fr *frame) formerHolder(r []rune, s int) bool {
	if fr.heldPosts == nil {
		return false
	}
	before := strings.ToLower(Fold(string(r[max(0, s-30):s])))
	for _, post := range fr.heldPosts {
		if i := strings.LastIndex(before, post); i >= 0 && strings.TrimSpace(before[i+len(post):]) == "" {
			return formerBefore.MatchString(before[:i])
		}
	}
	return false
}

// pastAsked matches a folded, lower-cased question that asks about a
// time before now: "former", 以前.
var pastAsked = regexp.MustCompile(`\b(?:former|formerly|ex|previous|previously|used to|was|were|once)\b|前任|以前|之前|曾经|原来|当时|过去`)

// formerBefore matches the text before a title that makes it a former
// one: "former GitHub ", 前GitHub .
var formerBefore = regexp.MustCompile(`(?:\bformer|\bex-?|前)\s*(?:[\p{Han}\w.-]+\s*){0,2}$`)

// monthAsked matches a folded, lower-cased question that asks for a
// month: 哪个月, 几月份, "in which month".
var monthAsked = regexp.MustCompile(`哪一?个?月|几月|\b(?:what|which)\s+month\b`)

// monthGiven matches a date that names its month (5月份, 去年12月,
// mid-April, last December, this month).
var monthGiven = regexp.MustCompile(`(?i)\d\s*月|[一二三四五六七八九十]+月|[上本这這下]个?個?月|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:last|this|next)\s+month\b`)

// unknownVersion reports whether question q (its mentions ms) names a
// product, or a company whose versions the alias table lists (versioned:
// DeepSeek, for deepseek-r1), with a version the table does not know:
// "Gemini 3" is no "Gemini 2.5", and the article says nothing of it. A
// known version is an entity of its own, whose ID is the product's and
// the version (llama-4 for 羊驼4代, deepseek-r1).
func unknownVersion(q string, ms []Mention, ids, versioned map[string]bool) bool {
	r := []rune(q)
	for _, m := range ms {
		if m.End > len(r) || m.Entity.Type != "product" && !versioned[m.Entity.ID] {
			continue
		}
		v := versionAfter.FindStringSubmatch(string(r[m.End:]))
		if v != nil && !ids[m.Entity.ID+"-"+strings.ToLower(v[1])] {
			return true
		}
	}
	return false
}

// employerTitle matches a Chinese question that asks whose post a title
// is (哪家公司的产品经理？): group 1 is the title, folded.
var employerTitle = regexp.MustCompile(`哪(?:家|个|一家)(?:公司|企业|厂商)的(\p{Han}{2,8}?)[吗呢]?[？?]?$`)

// titledAs reports whether the passage runes between an organisation and
// the person its title names, [s, e), hold the title the question asks
// about, if it asks one: 明超平以前是哪家公司的产品经理？ is answered by
// 字節 (字節剪映產品經理), not by 月之暗面 (月之暗面核心產品負責人明超平).
func (fr *frame) titledAs(r []rune, s, e int) bool {
	if fr.askedPost == "" || s > e || e > len(r) {
		return true
	}
	between := strings.ToLower(Fold(string(r[s:e])))
	if strings.Contains(between, fr.askedPost) {
		return true
	}
	// The post in other words: 执行长 is the passage's CEO.
	for _, k := range postKinds {
		if k.one && slices.Contains(k.asked, fr.askedPost) {
			return slices.ContainsFunc(k.needles, func(n string) bool { return strings.Contains(between, n) })
		}
	}
	return false
}

// clauseAround returns the clause of runes r that holds [s, e): from the
// break before it to the break after it.
func clauseAround(r []rune, s, e int) string {
	if s < 0 || e > len(r) || s > e {
		return ""
	}
	for s > 0 && !strings.ContainsRune("，。；！？,;!?", r[s-1]) {
		s--
	}
	for e < len(r) && !strings.ContainsRune("，。；！？,;!?", r[e]) {
		e++
	}
	return string(r[s:e])
}

// saidElsewhere reports whether the question's words of run r (inside
// the slot [s, t)) are also a run outside it.
func saidElsewhere(rs []run, r run, s, t int) bool {
	for _, o := range rs {
		if (o.pe <= s || o.ps >= t) && o.qs <= r.qs && o.qe >= r.qe {
			return true
		}
	}
	return false
}

// followedBy reports whether one of runs holds question words after r's
// and stands after r in the passage.
func followedBy(runs []run, r *run) bool {
	for _, o := range runs {
		if o.qs >= r.qe && o.ps >= r.pe {
			return true
		}
	}
	return false
}

// complementVerbs take an object and then what it is made or called
// ("make [technology iteration] their top priority"): the words after the
// verb are the object a fronted "what" asks for (stemmed keys).
var complementVerbs = map[string]bool{stem("make"): true, stem("made"): true, stem("call"): true, stem("name"): true, stem("consider"): true,
	stem("regard"): true, stem("treat"): true, stem("deem"): true, stem("crown"): true}

// possessives are English possessive determiners (as token keys).
var possessives = map[string]bool{"their": true, "its": true, "his": true, "her": true, "our": true, "my": true, "your": true}

// infinitiveTo reports whether the English "to" at rune at of the lower
// case text fl follows a verb or adjective that takes an infinitive ("was
// reported to have left", "is expected to", "tried to buy"), where it
// gives no purpose.
func infinitiveTo(fl []rune, at int) bool {
	w := strings.Fields(string(fl[max(0, at-20):at]))
	if len(w) == 0 {
		return false
	}
	switch strings.Trim(w[len(w)-1], ",;:\"'") {
	case "reported", "said", "expected", "rumored", "rumoured", "likely", "going", "used", "able", "want", "wants", "wanted", "tried", "try", "tries",
		"seems", "seemed", "appears", "appeared", "is", "was", "are", "were", "be", "been", "has", "have", "had", "plans", "planned", "hopes", "hoped":
		return true
	}
	return false
}

// nounAfterTo reports whether the English text r has, from rune i on (the
// word after a "to"), a determiner, a possessive or a capitalized name:
// "reporting directly to [CEO Sundar Pichai]" is no purpose.
func nounAfterTo(r []rune, i int) bool {
	for i < len(r) && r[i] == ' ' {
		i++
	}
	j := i
	for j < len(r) && (unicode.IsLetter(r[j]) || r[j] == '\'' || r[j] == '’') {
		j++
	}
	if j == i {
		return i < len(r) && (unicode.IsDigit(r[i]) || r[i] == '$')
	}
	w := strings.ToLower(string(r[i:j]))
	switch w {
	case "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "some", "one", "ceo":
		return true
	}
	return unicode.IsUpper(r[i]) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// relPronoun reports whether an English token key opens a relative clause.
func relPronoun(k string) bool { return k == "that" || k == "who" || k == "which" }

// fillsWh reports whether the candidate p[ci:cj] stands in the place of
// an in-situ interrogative: the question's words just before it end right
// before the candidate and those just after it start right after it, two
// content words or more on the two sides (Meta把[谁]视为 ↔ Meta把OpenAI視為).
//
// English fronts the interrogative of an object question ("Who does Meta
// see as its biggest rival?"): there the candidate stands between two
// stretches the question has side by side, function words apart (Meta
// sees [OpenAI] as its biggest competitor).
func (fr *frame) fillsWh(p []tok, rs []run, ci, cj int) bool {
	if !fr.inSitu {
		for _, l := range rs {
			for _, r := range rs {
				if l.pe <= ci && r.ps >= cj && r.qs >= l.qe && adjacent(p, l.pe, ci) && adjacent(p, cj, r.ps) && contentCount(fr.q, l.qe, r.qs) == 0 &&
					contentCount(p, l.ps, l.pe)+contentCount(p, r.ps, r.pe) >= 2 {
					return true
				}
			}
		}
		return false
	}
	n := 0
	for _, r := range rs {
		if r.qe == fr.whS && r.pe == ci || r.qs == fr.whE && r.ps == cj {
			n += contentCount(p, r.ps, r.pe)
		}
	}
	return n >= 2
}

// fillsWord reports whether the candidate p[ci:cj] stands where the
// question has a word of its own, not the interrogative: the question's
// words just before and just after it are side by side in the question
// but for one or two content words (防止[王]中途离职 ↔ 防止[Alexandr Wang]
// 中途離職), two content words or more on the two sides. It is that word
// said otherwise, as a name the question gives is.
func (fr *frame) fillsWord(p []tok, rs []run, ci, cj int) bool {
	for _, l := range rs {
		if l.pe != ci {
			continue
		}
		for _, r := range rs {
			if r.ps != cj || r.qs <= l.qe || fr.whS >= l.qe && fr.whS < r.qs {
				continue
			}
			if n := contentCount(fr.q, l.qe, r.qs); n >= 1 && n <= 2 && r.qs-l.qe <= 2 && contentCount(p, l.ps, l.pe)+contentCount(p, r.ps, r.pe) >= 2 {
				return true
			}
		}
	}
	return false
}

// minTyped is the least fit a typed answer needs: English fronts the
// interrogative, so the words around an answer are fewer and farther.
func (fr *frame) minTyped() float64 {
	if fr.zh {
		return minTypedFit
	}
	return minTypedFitEN
}

// foreign reports whether the clause of a candidate at tokens [ci, cj)
// is about another organisation than the question's: it names an
// organisation the question does not and none that it does ("Who is the
// CEO of Apple?" is not answered by "Scale AI co-founder and CEO Alexandr
// Wang", in a sentence that mentions Apple elsewhere).
func (fr *frame) foreign(p []tok, ci, cj int) bool {
	if !fr.qorg {
		return false
	}
	s, e := ci, cj
	for s > 0 && !p[s-1].brk {
		s--
	}
	for e < len(p) && !p[e].brk {
		e++
	}
	if !fr.zh && slices.ContainsFunc(p, func(t tok) bool { return t.key == ";" }) {
		// An English list whose items a semicolon ends holds each item's
		// appositive after a comma: "Hong Tao, co-founder and head of
		// commercialization at Baichuan Intelligence; Wei Wei, … at
		// MiniMax; and Zhang Fan, COO of Zhipu AI".
		for e < len(p) && p[e].key != ";" {
			e++
		}
	}
	other, own := false, false
	for i := s; i < e; i++ {
		if _, ok := fr.standIn[p[i].key]; ok && !(i >= ci && i < cj) {
			own = true // its head: 扎克伯格開始向OpenAI團隊…開出
			continue
		}
		if p[i].ent == "person" && !(i >= ci && i < cj) && fr.payer && !fr.qents[p[i].key] {
			// "How much did OpenAI pay to keep its researchers?" ↔
			// "Zuckerberg had started offering signing bonuses of up to
			// $100 million": a person who heads another company acts
			// for it.
			if orgs := fr.headOf[p[i].key]; len(orgs) > 0 && !slices.ContainsFunc(orgs, func(o string) bool { return fr.qents[o] }) {
				other = true
			}
			continue
		}
		if i >= ci && i < cj || p[i].ent != "org" && !groupTerms[p[i].key] {
			continue
		}
		if dealObject(p, s, i) && fr.asksBuyer() && slices.ContainsFunc(p[:s], func(t tok) bool { return t.ent == "org" && fr.hasKey(t.key) }) {
			// 蘋果以前最大的一筆併購案是在哪一年？ ↔ 這將成為蘋果史上最大的
			// 一筆并購案，超過2014年以30億美元收購Beats的交易紀錄: the
			// company bought is not the buyer, who is the sentence's
			// and the question's.
			continue
		}
		if fr.hasKey(p[i].key) || fr.namedHeads[p[i].key] {
			// namedHeads: 作為Meta創始人的馬克·扎克伯格已經拿出143億美元 is
			// about 小扎, whom the question names, and Meta is his.
			own = true
		} else {
			other = true
		}
	}
	if other && own && fr.whE >= 0 && fr.whE < len(fr.q) && fr.q[fr.whE].ent == "org" && fr.orgSubject(fr.q[fr.whE].key) {
		// "How much did Apple pay for Scale AI?" ↔ "Meta founder Mark
		// Zuckerberg has already put up $14.3 billion … to bring Scale
		// AI's CEO on board": the clause names the question's object,
		// but another organisation does what the question's subject is
		// asked to have done.
		subj := fr.q[fr.whE].key
		return !slices.ContainsFunc(p[s:e], func(t tok) bool {
			if o, ok := fr.standIn[t.key]; ok && o == subj {
				return true
			}
			return t.key == subj
		})
	}
	return other && !own
}

// otherMeasure reports whether the figure at tokens [ci, cj) of p is
// given for another measure than the question's: the term beside it
// (日活躍用戶3500萬, "35 million daily active users") is one the question
// does not name, while a term the question names stands beside another
// figure of the sentence (月活躍用戶3.5億).
func (fr *frame) otherMeasure(p []tok, ci, cj int) bool {
	b := -1
	if ci > 0 && p[ci-1].ent == "term" {
		b = ci - 1
	} else if cj < len(p) && p[cj].ent == "term" {
		b = cj
	}
	if b < 0 || fr.hasKey(p[b].key) {
		return false
	}
	for i, t := range p {
		if i != b && t.ent == "term" && fr.hasKey(t.key) && (i+1 < len(p) && figureTok(p[i+1]) || i > 0 && figureTok(p[i-1])) {
			return true
		}
	}
	return false
}

// figureTok reports whether t is part of a written figure: a digit or a
// word of magnitude (3.5億, "350 million").
func figureTok(t tok) bool {
	if t.key == "" {
		return false
	}
	if c := t.key[0]; c >= '0' && c <= '9' {
		return true
	}
	switch t.key {
	case "million", "billion", "thousand", "万", "亿":
		return true
	}
	return false
}

// subjectOrgAsked reports whether the question's subject, right after its
// interrogative and auxiliary, is an organisation that pays ("How much did
// OpenAI pay…?", orgSubject).
func (fr *frame) subjectOrgAsked() bool {
	return fr.whE >= 0 && fr.whE < len(fr.q) && fr.q[fr.whE].ent == "org" && fr.orgSubject(fr.q[fr.whE].key) && hasAny(fr.lower, payVerbs)
}

// payVerbs make an English question's subject the one who pays (not "How
// much does SSI cost?", where SSI is what is paid for).
var payVerbs = []string{"pay", "paid", "spend", "spent", "offer", "offered", "give", "gave", "put up"}

// dealObject reports whether the organisation at token i of p is what a
// purchase buys: the token before it (after "of" or "the", not before
// token s) is the acquisition term (收購Beats, "purchase of Beats").
func dealObject(p []tok, s, i int) bool {
	buy := synonym(stem("buy"))
	for j := i - 1; j >= s && j >= i-3; j-- {
		switch p[j].key {
		case buy:
			return true
		case "of", "the":
			continue
		}
		return false
	}
	return false
}

// asksBuyer reports whether the question asks about a purchase by the one
// organisation it names (蘋果以前最大的一筆併購案, "Apple's biggest
// acquisition"), not about what was bought (收购Perplexity要花多少钱？) or
// a deal between two it names.
func (fr *frame) asksBuyer() bool {
	if fr.qorgs != 1 {
		return false
	}
	buy := synonym(stem("buy"))
	if !fr.hasKey(buy) {
		return false
	}
	for j, t := range fr.q {
		if t.ent == "org" && !fr.isWh(j) && dealObject(fr.q, 0, j) {
			return false
		}
	}
	return true
}

// opinionAsked matches a folded, lower-case question that asks for an
// opinion, advice or a prediction: "Is Zuckerberg a good CEO?", "Should
// I buy Meta stock?", "Who will win the AI race?", 你觉得DeepSeek会赢吗？,
// 小扎是个好老板吗？ (not what someone in the article thinks: "What does
// Altman think of Meta?").
var opinionAsked = regexp.MustCompile(`^\s*(?:should (?:i|we|you)|can i|do you (?:think|believe|reckon)|what do you think|in your (?:opinion|view)|would you)\b|\bwho (?:will|would|is going to) win\b|\bwill \S+(?: \S+)? win\b|^\s*(?:is|are|was|were) \S+(?: \S+){0,3} (?:a |an |the )?(?:good|bad|great|terrible|best|worst) (?:ceo|boss|leader|company|investment|person|idea|choice|stock|buy)\b|你觉得|你认为|你怎么看|我(?:应该|该不该|要不要)|值不值得|谁会赢|会赢吗|能赢吗|是(?:个|一个)?好(?:老板|公司|人|领导)|好老板|好公司`)

// groupTerms are the alias table's names for groups of companies (六小龍,
// 四小強): a clause about them is about other organisations than the
// ones a question names (foreign).
var groupTerms = map[string]bool{"@six-little-dragons": true, "@four-strong-players": true}

// hasKey reports whether the question (outside its interrogative) holds a
// token with key k.
func (fr *frame) hasKey(k string) bool {
	for j, t := range fr.q {
		if !fr.isWh(j) && t.key == k {
			return true
		}
	}
	return false
}

// asksTerm reports whether the question names the term k, also as the
// noun its interrogative counts (ChatGPT有多少月活？, "how many monthly
// active users").
// valuationKey is the token key of the alias table's valuation term
// (found on first use: the synonym table is filled by spans.go's init,
// after package variables are set).
var valuationKey = sync.OnceValue(func() string { return synonym("@valuation") })

func (fr *frame) asksTerm(k string) bool {
	if fr.asksValue && k == valuationKey() {
		// "How much is it worth?", 值多少钱？ ask for a valuation.
		return true
	}
	for _, t := range fr.q {
		if t.key == k {
			return true
		}
	}
	return false
}

// span returns the tokens [i, j) of p that cover runes [s, e).
func span(p []tok, s, e int) (int, int) {
	i := 0
	for i < len(p) && p[i].end <= s {
		i++
	}
	j := i
	for j < len(p) && p[j].start < e {
		j++
	}
	return i, j
}

// onlyAsked reports whether the tokens of p in the rune range [s, e) of
// text are all names the question gives (with the punctuation between
// them): a slot that holds only those is no answer (Llama 4被指把什麼混進
// 後訓練過程裡？ is not answered by post-training). A name of a company or
// product the question wrote otherwise may be the answer: its other name
// (“跃问”后来更名为什么了？ 階躍AI).
func (fr *frame) onlyAsked(text string, p []tok, s, e int) bool {
	i, j := span(p, s, e)
	named := false
	r := []rune(text)
	for _, t := range p[i:j] {
		switch {
		case t.brk:
		case t.ent != "" && fr.qnames[t.key] && (t.ent == "term" || strings.Contains(fr.lower, strings.ToLower(Fold(string(r[t.start:t.end]))))):
			named = true
		default:
			return false
		}
	}
	return named
}

// answerIn returns the best answer passage p gives to the question.
func (e *Engine) answerIn(fr *frame, p Passage) *cand {
	return e.answersIn(fr, p, nil)
}

// answersIn returns the best answer passage p gives to the question, by
// the rules. When all is not nil it also appends every answer it
// considered, trimmed, to *all: spans of any kind (those the rules
// refuse marked as such), the slot even where a typed span wins, and
// the clause answers; the answer model (model.go) chooses among them.
func (e *Engine) answersIn(fr *frame, p Passage, all *[]*cand) *cand {
	text, field := p.EN, "en"
	if fr.zh {
		text, field = p.ZH, "zh"
	}
	pt := e.etokensShared(text) // read only
	rs := fr.runs(pt)
	pred, npred := fr.predicate(pt, rs)
	var r []rune // text's runes, made for the first candidate
	kindN := utf8.RuneCountInString(fr.kind)
	mk := func(s, t int, typ string, local float64, typed bool) *cand {
		r0(&r, text)
		if typ == "other" && kindN > 0 && !fr.zh && t+1+kindN <= len(r) && r[t] == ' ' && strings.EqualFold(string(r[t+1:t+1+kindN]), fr.kind) && (t+1+kindN == len(r) || !unicode.IsLetter(r[t+1+kindN])) {
			t += 1 + kindN // "a brand-new AI [lab]", asked what lab
		} else if typ == "other" && kindN > 0 && fr.zh && t+kindN <= len(r) && Fold(string(r[t:t+kindN])) == fr.kind {
			// 在内部搞起了一个全新的[超级智能]团队, asked 什么团队: the kind
			// the question names after 什么 is part of the answer.
			t += kindN
		} else if typ == "other" && kindN > 0 && fr.zh && t+1+kindN <= len(r) && r[t] == '的' && Fold(string(r[t+1:t+1+kindN])) == fr.kind {
			// 陷入了新一輪[技術自證]的危機, asked 什么样的危机: the kind
			// after 的 is part of the answer too (技術自證的危機).
			t += 1 + kindN
		} else if fr.zh && t+2 <= len(r) && t > s && strings.Contains(fr.folded, "原因") && Fold(string(r[t:t+2])) == "原因" {
			// 張前川因[個人]原因淡出, asked 原因是什么 or 什么原因: the
			// reason is 個人原因.
			t += 2
		} else if typ == "other" && kindN > 1 && fr.zh && t < len(r) && []rune(Fold(string(r[t])))[0] == []rune(fr.kind)[0] && (t+1 == len(r) || !unicode.Is(unicode.Han, r[t+1])) {
			// 顧問角色更多代表一種[虛]職。, asked 什么样的职位: a word that
			// ends in the kind's first character is a word of that kind.
			t++
		}
		return &cand{answer: Answer{Text: string(r[s:t]), PassageID: p.ID, Field: field, Start: s, End: t, Type: typ}, local: local, typed: typed, pred: pred, npred: npred}
	}
	var best *cand
	considered := 0 // candidates in *all from this call
	keep := func(c *cand) {
		if all != nil {
			*all = append(*all, c)
			considered++
		}
	}
	unitAsked := fr.asksUnit()
	consider := func(c *cand, kind string) {
		c.kind = kind
		if unitAsked && c.answer.Type == "other" && !hasAny(strings.ToLower(Fold(c.answer.Text)), unitNouns) {
			// Asked what team, an answer that names no team is
			// something else ("he plans").
			c.local -= 1.5
		}
		keep(c)
		if best == nil || c.local > best.local {
			best = c
		}
	}
	// A slot or reason in a clause the passage sets against someone the
	// question does not name (谷歌担心什么差距？ ↔ 不同于[扎克伯格担心Llama会
	// …落后OpenAI]，谷歌…意识到…鸿沟) tells of the other side.
	var against []bool
	var againstCls [][2]int
	againstDone := false
	setAgainstAt := func(c *cand) bool {
		if c.kind != "slot" && c.kind != "reason" {
			return false
		}
		if !againstDone {
			againstDone = true
			againstCls = clauses(pt)
			against = fr.setAgainst(text, pt, againstCls)
		}
		if against == nil {
			return false
		}
		for i, cl := range againstCls {
			if pt[cl[0]].start <= c.answer.Start && c.answer.Start < pt[cl[1]-1].end {
				return against[i]
			}
		}
		return false
	}
	done := func() *cand {
		// Whether the passage leaves untold the act a why-question asks
		// about: once per passage, not per answer.
		untold := (fr.qtype == QWhy || fr.qtype == QWhen && fr.person != "") && (considered > 0 || best != nil) && fr.actUntold(text)
		// (Asked about the whole of something a passage says a part of
		// was bought: the premise is false; frame.partTold.)
		untold = untold || fr.partTold
		if !untold && fr.qtype == QWhy && fr.realized && !fr.hypothetical && isDeal(fr.lower) && !hasAny(fr.lower, intentWords) && (considered > 0 || best != nil) {
			// "Why did Apple buy Perplexity?" of a passage that says
			// only that it may (有望收購), or that it was tried: the
			// purchase is not done, and the passage gives no reason for
			// it.
			untold = fr.onlyUndoneDeals(text, pt)
		}
		if all != nil {
			// Every considered answer is trimmed as the chosen one is.
			for _, c := range (*all)[len(*all)-considered:] {
				c.answer.Start, c.answer.End, c.answer.Text = trimAnswer(text, r, c.answer.Start, c.answer.End, fr)
				subjectForPlaceholder(pt, c, func(s, t int) (int, int, string) { return trimAnswer(text, r, s, t, fr) })
				c.answer.Text = notLoneHan(c)
				if onlyInterrogative(c.answer.Text) || setAgainstAt(c) || fr.qtype != QWhen && timeFiller(c) || fr.companyForProduct(pt, c) || c.kind == "slot" && fr.onlyAsked(text, pt, c.answer.Start, c.answer.End) {
					c.answer.Text = ""
				}
				c.qshare = fr.questionShare(pt, c.answer.Start, c.answer.End)
				if fr.qtype == QWhy && (c.kind == "slot" && c.qshare >= 0.5 || c.kind == "reason" && c.qshare >= 0.75) {
					// "Why did Ilya Sutskever leave OpenAI?" is not
					// answered by "chief scientist Ilya Sutskever": a
					// stretch half made of the question's words gives no
					// reason; nor is Meta怎么防止王中途离职？ by the purpose
					// 为了[防止Alexandr Wang中途離職], the question itself.
					c.answer.Text = ""
				}
				if untold || fr.qtype == QWhy && fr.preventsAsked(pt, c) {
					c.answer.Text = ""
				}
			}
			kept := (*all)[:len(*all)-considered]
			for _, c := range (*all)[len(*all)-considered:] {
				if c.answer.Text != "" {
					kept = append(kept, c)
				}
			}
			*all = kept
			if best != nil && best.answer.Text == "" {
				return nil
			}
			return best
		}
		if best != nil {
			best.answer.Start, best.answer.End, best.answer.Text = trimAnswer(text, r, best.answer.Start, best.answer.End, fr)
			subjectForPlaceholder(pt, best, func(s, t int) (int, int, string) { return trimAnswer(text, r, s, t, fr) })
			best.answer.Text = notLoneHan(best)
			if onlyInterrogative(best.answer.Text) || setAgainstAt(best) || fr.qtype != QWhen && timeFiller(best) || fr.companyForProduct(pt, best) || best.kind == "slot" && fr.onlyAsked(text, pt, best.answer.Start, best.answer.End) || untold || fr.qtype == QWhy && fr.preventsAsked(pt, best) {
				best.answer.Text = ""
			}
			if best.answer.Text == "" {
				return nil
			}
		}
		return best
	}
	if fr.asksBirth && !hasAny(strings.ToLower(Fold(text)), homeSaid) {
		// "What is Ilya Sutskever's nationality?", CNBC是哪国的媒体？: a
		// passage that tells of no birth, home or seat has no answer.
		return done()
	}
	if fr.role {
		// A role or definition question is answered by what the text
		// calls the one it names, or not at all.
		if s, t, v := fr.title(text, pt, rs); v > 0 {
			s, t = fr.upToKind(pt, s, t)
			consider(mk(s, t, "other", v, false), "title")
		}
		return done()
	}
	if fr.list {
		// Several names asked for: the longest enumeration of them,
		// besides what else the passage offers.
		if s, t, v := fr.listSpan(pt); v >= 3 {
			consider(mk(s, t, "list", 4+0.1*v, false), "list")
		}
	}
	if fr.event != "" {
		// An event question, by what the text says of the name.
		if s, t, v := fr.eventSpan(text, pt); v > 0 {
			consider(mk(s, t, "other", v, false), "event")
		}
		return done()
	}
	if fr.aka != "" {
		// Another name of the name, in brackets beside it.
		if s, t, v := fr.bracketName(text, pt); v > 0 {
			consider(mk(s, t, "other", v, false), "aka")
		}
		return done()
	}
	if fr.reportOf != "" {
		// What an outlet reported: the clause after its report.
		if s, t, v := reportedClause(pt, "@"+fr.reportOf, fr.zh); v > 0 {
			consider(mk(s, closeBrackets(r0(&r, text), s, t), "other", v, false), "say")
		}
		return done()
	}
	if fr.say != "" {
		// What someone said: their words, in a passage that names them
		// or that opens with a quotation after one that does.
		last := ""
		if prev, ok := e.previous(p); ok && (strings.HasPrefix(text, "“") || strings.HasPrefix(text, "\"")) {
			prevText := prev.EN
			if fr.zh {
				prevText = prev.ZH
			}
			for _, t := range e.etokensShared(prevText) {
				if t.ent == "person" {
					last = t.key
				}
			}
		}
		if s, t, ok := fr.quotedObject(text); ok {
			// "What does Altman keep saying ChatGPT will replace?" ↔ “ChatGPT
			// 取代搜索”: what the quoted verb takes.
			consider(mk(s, t, "other", 3, false), "say")
		} else if s, t, v := fr.speech(text, pt, last); v > 0 {
			consider(mk(s, t, "other", v, false), "say")
		}
		return done()
	}
	if fr.qtype == QOther {
		if s, t, ok := fr.quotedObject(text); ok {
			// The same, asked with a verb of saying the shapes above do
			// not read, or with none ("What does he keep saying ChatGPT
			// will replace?", "What will ChatGPT replace?").
			consider(mk(s, t, "other", 3, false), "say")
			return done()
		}
	}
	if fr.qtype.typed() || all != nil {
		cands := candidatesShared(text, fr.zh, e.entities)
		if fr.zh && fr.qtype == QCount && groupAsked.MatchString(fr.folded) {
			// Asked how many companies, a group named by its number
			// counts them: 堅持…雙輪驅動的[四小強]玩家 (还剩几家？).
			cands = append(slices.Clip(cands), groupCounts(text)...)
		}
		// The passage's clauses that say what might be, or what is not
		// done yet, found once when first asked.
		hypo := clauseMarks(text, pt, isHypothetical)
		asking := clauseMarks(text, pt, func(c string) bool { return askingTold.MatchString(strings.ToLower(Fold(c))) })
		anyHypo := 0 // whether some clause says what may be: 1 no, 2 yes, 0 not looked yet
		pending := clauseMarks(text, pt, isUnfinished)
		dealt := clauseMarks(text, pt, isDeal)
		raised := clauseMarks(text, pt, isRaise)
		funded := clauseMarks(text, pt, isFunding)
		undone := clauseMarks(text, pt, func(c string) bool { return isDeal(c) && (isHypothetical(c) || isAttempt(c)) })
		anyUndone := 0 // whether some clause says a purchase may come or was tried: 1 no, 2 yes, 0 not looked yet
		someUndone := func() bool {
			if anyUndone == 0 {
				anyUndone = 1
				if anyMarked(pt, undone) {
					anyUndone = 2
				}
			}
			return anyUndone == 2
		}
		measured := fr.measured(text)
		var origin, founding, homeTold bool
		if fr.asksOrigin || fr.asksFounder || fr.asksHome {
			lt := strings.ToLower(Fold(text))
			origin = fr.asksOrigin && hasAny(lt, originSaid)
			founding = fr.asksFounder && (hasAny(lt, originSaid) || hasAny(lt, founderSaid))
			homeTold = fr.asksHome && hasAny(lt, homeSaid)
		}
		// The passage's folded runes, made once when first needed (where
		// folding changed their count, the text's own, which offsets fit).
		var folded []rune
		foldedRunes := func() []rune {
			if folded == nil {
				folded = []rune(Fold(text))
				if len(folded) != len(r0(&r, text)) {
					folded = r0(&r, text)
				}
			}
			return folded
		}
		founded := 0 // whether the passage's founding is another person's (foundedByOther): 1 no, 2 yes, 0 not looked yet
		foundedElsewhere := func() bool {
			if founded == 0 {
				founded = 1
				if foundedByOther(fr, pt, foldedRunes()) {
					founded = 2
				}
			}
			return founded == 2
		}
		for k, c := range cands {
			acc := 0.0
			if fr.qtype.typed() {
				acc = c.Type.accepts(fr.qtype)
				if fr.asksAgent && c.Type == QWhich {
					acc = 1
				}
			}
			if acc > 0 && fr.qtype == QMoney && c.Type != QMoney && currencyAsked.MatchString(fr.lower) {
				// Asked a sum in dollars ("…, in dollars?", 多少美元), a
				// part of another's cost is none.
				acc = 0
			}
			if c.Type == QWhich && (fr.qtype == QWho || fr.qtype == QWhere && fr.asksReporter) {
				// 有Meta員工在…Blind上發布消息稱, "a Meta employee posted":
				// who did it is the company's employee, not the company.
				if n := staffAfter(r0(&r, text), c.End); n > 0 {
					c.End += n
					c.Type, c.Entity, c.Text, acc = QWho, "", string(r0(&r, text)[c.Start:c.End]), 1
				}
			}
			if acc > 0 && c.Type == QWho {
				// 還在跟誰談判？ ↔ 對格羅斯和弗里德曼的招募: a pair of people
				// joined by "and" answers together, unless the question
				// names one of them.
				if j, ok := pairedWith(r0(&r, text), cands, k); ok && !fr.mentioned(cands[j]) && !fr.mentioned(c) {
					c.End = cands[j].End
				}
			}
			ci, cj := span(pt, c.Start, c.End)
			if acc > 0 && c.Type == QWho && fr.titleOrg != "" {
				// "StepFun's product lead" ↔ "former Moonshot AI core
				// product lead Ming Chaoping": the title, but another
				// organisation's.
				if o, ok := titleOwner(r0(&r, text), cands, k, fr.titleWord); ok && o != fr.titleOrg {
					acc = 0
				}
				if fr.titleWord == "ceo" && holderAsked.MatchString(fr.lower) && e.headsNoneOf(c, func(o string) bool { return o == synonym("@"+fr.titleOrg) }) {
					// "Who is the CEO of Google DeepMind?" ↔ "reporting
					// directly to CEO Sundar Pichai", whom the alias table
					// has head Google: the chief executive of another.
					acc = 0
				}
				if fr.nonHeadPost && holderAsked.MatchString(fr.lower) && slices.Contains(e.headOf[synonym("@"+c.Entity)], synonym("@"+fr.titleOrg)) && !(ci > 0 && fr.hasKey(pt[ci-1].key)) {
					// Meta的CTO是谁？ is not answered by Zuckerberg, whom the
					// alias table has head Meta, unless the passage titles
					// him with the post asked.
					acc = 0
				}
			}
			if acc > 0 && c.Type == QWho && fr.formerHolder(r0(&r, text), c.Start) {
				// "Who is the CEO of Sutskever's start-up?" ↔ "former
				// GitHub CEO Nat Friedman": asked who holds the post, one
				// who held it is not.
				acc *= 0.5
			}
			if acc > 0 && c.Type == QWhich && fr.postOf != "" {
				// Daniel Gross是哪家公司的CEO？ ↔ 前GitHub CEO納特·弗里德曼: the
				// post of that organisation is another person's.
				if h, ok := postHolder(r0(&r, text), cands, k, fr.postOf); ok && !fr.mentioned(cands[h]) {
					acc *= 0.5
				}
			}
			if fr.zh && acc > 0 && modifiesLater(text, cands, k) && !fr.titled(pt, rs, ci) {
				// 收購[前OpenAI…創辦的AI初創公司SSI]: a name in a 的
				// phrase describes the name it stands before, which is
				// the one the clause is about (unless the question asks
				// for it by the title it follows: OpenAI的首席科学家是谁？
				// ↔ 前OpenAI首席科學家伊利亞·蘇茨克弗初創公司SSI的CEO).
				acc *= 0.5
			}
			if fr.qtype == QDuration && c.Type == QWhen {
				// "How long have they been leaving?" ↔ 從去年12月至今,
				// "since last December": a period told by its start.
				if s, e, ok := since(r0(&r, text), c.Start, c.End); ok {
					c.Start, c.End, acc = s, e, 0.8
				}
			}
			relCost := false
			if c.Type == QPercent && (fr.qtype == QMoney || fr.qtype == QCount) {
				// "R1's cost vs o1": a ratio answers a comparison. Asked
				// what something cost (梁文锋用多少成本做出了R1？), so does
				// a cost told as a part of another's: 以不足OpenAI o1十分之一
				// 的成本, "less than a tenth of the cost of o1".
				relCost = fr.asksCost && costRatio(r0(&r, text), c.Start, c.End)
				if fr.compare || relCost {
					acc = 1
				}
			}
			mentioned := fr.mentioned(c) || c.Type == QWho && (fr.holdsSubjectPost(r0(&r, text), c) || e.standsIn(fr, pt, c)) || fr.fillsWord(pt, rs, ci, cj) || fr.rival && fr.rivalBase(r0(&r, text), c)
			if acc > 0 && c.Type == QWho && fr.objectQ && fr.officerOfAsked(pt, ci, r0(&r, text)) {
				// "Who did Meta buy?": [Meta founder] Mark Zuckerberg
				// is who Meta is, not whom it bought.
				acc *= 0.5
			}
			if acc > 0 && !c.Type.figure() && fr.realized && !fr.hypothetical && pending(ci) {
				// "Who did Zuckerberg hire?": not the people whose
				// recruitment is still under negotiation.
				acc *= 0.5
			}
			if acc > 0 && c.Type == QWho && fr.otherPost(pt, ci) {
				// "Who is the CTO of Meta?" is not answered by "reporting
				// directly to CEO Sundar Pichai": his post is another.
				acc = 0
			}
			if acc > 0 && c.Type == QWho && !fr.newHolder && hasAny(fr.lower, currentWords) && !fr.hasKey(synonym(stem("former"))) && formerTitled(pt, ci) {
				// "Who is running Ilya's startup as chief executive these
				// days?" is not answered by "former GitHub CEO Nat
				// Friedman": a post marked as left is not held now.
				acc = 0
			}
			if acc > 0 && c.Type == QWho && len(fr.postOrgs) > 0 && e.headsNoneOf(c, func(o string) bool { return fr.postOrgs[o] }) {
				// DeepMind的執行長是誰？ is not answered by "CEO Sundar
				// Pichai", who heads Google.
				acc = 0
			}
			if acc > 0 && c.Type == QWho && len(fr.postOrgs) > 0 && !fr.nonHeadPost && (subLeadTitled(r0(&r, text), c.Start, fr.zh) || e.headsNothing(fr, c)) {
				// 阶跃星辰老板是谁？ is not answered by 階躍星辰產品負責人張心皓:
				// the lead of a part of a company is not its head, nor is
				// one the alias table has heading nothing (月之暗面的老板是谁？
				// is not 明超平), unless a former head is asked (前GitHub
				// CEO納特·弗里德曼); an alias table that records no heads
				// at all says nothing of who heads what.
				acc = 0
			}
			if acc > 0 && c.Type == QWhich && hasAny(fr.lower, currentWords) && !fr.hasKey(synonym(stem("former"))) && ci > 0 && formerMark(pt[ci-1].key) {
				// 納特·弗里德曼目前在哪家公司任職？ is not answered by 前GitHub
				// CEO納特·弗里德曼: a company marked as left is not his now.
				acc = 0
			}
			if acc > 0 && c.Type == QWho && fr.newHolder && (formerTitled(pt, ci) || hasToken(pt, synonym(stem("leave")))) {
				// 智谱的新任COO是谁？ is not answered by 前智譜AI COO張帆, nor
				// by 智譜COO張帆 in a sentence that says they all left.
				acc = 0
			}
			if acc > 0 && (c.Type == QCount || c.Type == QMoney || c.Type == QPercent) && fr.otherMeasure(pt, ci, cj) {
				// 截至2025年3月，Gemini全球月活躍用戶有多少？ ↔ 日活躍用戶
				// 3500萬，月活躍用戶3.5億: the daily figure is not the
				// monthly one, however near the question's other words.
				acc = 0
			}
			if acc > 0 && c.Type == QMoney && fr.asksValue && !hasAny(fr.lower, raiseWords) && raisedAmount(r0(&r, text), c.Start, c.End) {
				// "What was SSI valued at?" is not answered by the $2
				// billion it raised (在4月份融資20億美元后的最新估值).
				acc = 0
			}
			if acc > 0 && c.Type == QMoney && fr.asksValue && paidAmount(r0(&r, text), c.Start, c.End) && !valuation(r0(&r, text), c.Start, c.End) {
				// "How much is Scale AI worth now?" is not answered by
				// the $14.3 billion Meta paid for 49% of it, nor by the
				// 200億美元 Wang asked: a price is no valuation.
				acc = 0
			}
			if acc > 0 && c.Type == QMoney && !fr.asksValue && hasAny(fr.lower, raiseWords) && valuation(r0(&r, text), c.Start, c.End) {
				// Perplexity融资多少？ is not answered by the 140億美元
				// valuation its round gave it: what was raised is not said.
				acc = 0
			}
			if acc > 0 && c.Type == QMoney && fr.realized && !fr.hypothetical && !fr.asksValue && valuation(r0(&r, text), c.Start, c.End) {
				// "What did Apple pay for Perplexity?" is not answered by
				// "the $14 billion valuation Perplexity reached": a
				// valuation is no payment.
				acc = 0
			}
			if acc > 0 && c.Type == QWhich && fr.afterLeaving && !hasAny(strings.ToLower(Fold(clauseAround(r0(&r, text), c.Start, c.End))), joinSaid) {
				// 张帆离职后去了哪家公司？ is not answered by 前MiniMax商業化
				// 負責人魏偉, a company named beside him: only a clause that
				// tells of joining or founding one names where he went.
				acc = 0
			}
			if acc > 0 && fr.asksFounder && !founding {
				// "Who founded DeepMind?" is not answered by "DeepMind CTO
				// Koray Kavukcuoglu": the passage names no founder.
				acc = 0
			}
			if acc > 0 && fr.asksFounder && founding && c.Type == QWho {
				rr := r0(&r, text)
				end := c.End
				for end < len(rr) && (rr[end] == ' ' || rr[end] == ',' || rr[end] == '，') {
					end++ // "Hong Tao, co-founder and head of commercialization": the title set off after the name
				}
				if cl := strings.ToLower(Fold(clauseAround(rr, c.Start, end))); !hasAny(cl, originSaid) && !hasAny(cl, founderSaid) {
					// "Who co-founded SSI with Sutskever?" is not answered
					// by Zuckerberg, who "tried to buy SSI, the AI start-up
					// founded by Ilya Sutskever": a founder is named in
					// the clause that tells of the founding.
					acc = 0
				}
			}
			if acc > 0 && fr.baSide != 0 && (c.Type == QWho || c.Type == QWhich) && baWrongSide(fr.baSide, foldedRunes(), c) {
				// 哪家公司把他們當成最大的競爭對手？ ↔ Meta把OpenAI視為他們最大
				// 的競爭對手: asked who does it (before 把), not the one
				// it is done to (after 把); and the other way round.
				acc *= 0.3
			}
			if acc > 0 && c.Type == QWho && fr.qorgs > 0 && hasAny(fr.lower, founderAsks) && foundedOtherOrg(fr, pt, foldedRunes(), ci) {
				// "Who founded Scale AI with Alexandr Wang?" is not
				// answered by 伊利亞創辦的AI初創公司SSI: he founded
				// another company.
				acc = 0
			}
			if acc > 0 && c.Type == QWhich && fr.asksFounded && foundedElsewhere() {
				// "What company did Zuckerberg found?" is not answered by
				// a passage where "the AI start-up founded by Ilya
				// Sutskever" (伊利亞創辦的AI初創公司SSI) is the founding it
				// tells of: neither SSI nor CNBC, which reported it.
				acc = 0
			}
			if acc > 0 && c.Type == QWhen && fr.asksFuture && !hasAny(strings.ToLower(Fold(clauseAround(r0(&r, text), c.Start, c.End))), futureSaid) {
				// "When will Apple announce the Perplexity deal?" is not
				// answered by the May of a funding round: a clause that
				// tells of nothing to come has no date for it.
				acc = 0
			}
			if acc > 0 && c.Type == QWhen && fr.asksReportTime && reportedAfter(foldedRunes(), c.Start) {
				// "When did Intelligent Emergence report on StepFun?" is
				// not answered by the date of what it reported ("In early
				// June, Intelligent Emergence reported that last December
				// StepFun stopped…").
				acc = 0
			}
			if acc > 0 && c.Type == QWhen && fr.asksOrigin && !origin {
				// "When was DeepSeek founded?" is not answered by "as early
				// as January, after DeepSeek R1 became a breakout hit": the
				// passage tells of no founding.
				acc = 0
			}
			if acc > 0 && c.Type == QMoney && fr.asksPrice && funded(ci) && !(fr.hypothetical && valuation(r0(&r, text), c.Start, c.End)) {
				// "What would buying SSI have cost Meta?" ↔ "Based on
				// SSI's latest valuation after it raised $2 billion in
				// April, the acquisition could have cost Zuckerberg $32
				// billion": what SSI raised is no price. The valuation a
				// round gave is the article's figure for a price to come
				// (收购Perplexity要花多少钱？ ↔ 以…融資后的140億美元估值計算).
				acc = 0
			}
			if acc > 0 && c.Type == QMoney && fr.dealDone && (undone(ci) || raised(ci) || fr.qorgs >= 2 && someUndone() && !clauseNames(pt, ci, fr.qents)) {
				// 蘋果最後花多少錢收購了Perplexity？ ↔ 一旦收購成功…，超過2014年以
				// 30億美元收購Beats的交易紀錄: the price is of a deal of
				// none the question names, and the one it asks about may
				// yet come; 扎克伯格花了多少钱收购SSI？ ↔ 或許將要為這筆收購付出
				// 320億美元: what it might have cost is not what was paid,
				// nor is what SSI raised (完成20億美元融資).
				acc = 0
			}
			if acc > 0 && c.Type == QMoney && fr.asksPrice && fr.qorgs >= 2 && !clauseNames(pt, ci, fr.qents) && fr.foreign(pt, ci, cj) {
				// 苹果出价多少收购Perplexity？ ↔ 超過2014年以[30億美元]收購Beats
				// 的交易紀錄: the price of another company's purchase,
				// whether the one asked about is done or to come.
				acc = 0
			}
			if acc > 0 && c.Type == QWhen && !fr.dealDone && hasAny(fr.lower, dealWords) && !hasAny(fr.lower, raiseWords) && (raised(ci) || funded(ci)) && !dealt(ci) && someUndone() {
				// 苹果什么时候完成对Perplexity的收购？ ↔ 以5月份Perplexity
				// 完成新一輪融資…，一旦收購成功: asked when a purchase is
				// done, the month of a funding round is no answer, told
				// beside a purchase that may yet come.
				acc = 0
			}
			if acc > 0 && c.Type == QWhen && fr.dealDone && !dealt(ci) && someUndone() {
				// "When did Apple buy Perplexity?" ↔ 以5月份Perplexity完成
				// 新一輪融資…，一旦收購成功: the date is of the funding round,
				// and the purchase may yet come; none is told.
				acc = 0
			}
			if acc > 0 && c.Type == QWhich && fr.asksSchool {
				// "What school did Ilya attend?": no company is one (the
				// alias table names no school).
				acc = 0
			}
			if acc > 0 && fr.asksOutlet && !e.outlets[c.Entity] && (c.Type == QWhich || c.Type == QWhere) {
				// "Which outlet first reported the talks?": not Scale AI.
				acc = 0
			}
			if acc > 0 && c.Type == QWho && e.headsElsewhere(fr, pt, c) {
				// "Who did Zuckerberg try to hire from SSI?" ↔ "Besides
				// … Alexandr Wang, … also approaching … SSI's CEO Daniel
				// Gross": Wang heads Scale AI, and the passage names
				// someone of the company the question asks about.
				acc *= 0.3
			}
			if acc > 0 && (c.Type == QWho || c.Type == QWhich) && !hasAny(fr.lower, contrastCues) && inContrast(foldedRunes(), c.Start) {
				// 不同于扎克伯格砸錢搶人的行為，國內六小龍們…: the name
				// the clause is set against is not who did what it says.
				acc = 0
			}
			if acc > 0 && fr.asksProduct && e.outlets[c.Entity] && reportsHere(foldedRunes(), c.Start, c.End) {
				// "What app did StepFun stop investing in?": not the
				// outlet that reported it (據《智能涌現》爆料). An outlet
				// the passage does not have report (在…平臺Blind上發布
				// 消息) may be the app asked for.
				acc = 0
			}
			if acc > 0 && fr.asksHome && (e.outlets[c.Entity] || c.Type == QWhere && !homeTold) {
				// "Where was Alexandr Wang born?": not the outlet that
				// reported on him; DeepSeek的创始人是哪里人？ not 國內被
				// DeepSeek沖擊的AI六小龍: a place answers only where the
				// passage tells of a birth, a home or a seat.
				acc = 0
			}
			if acc > 0 && c.Type.figure() && !measured {
				// "How much revenue does OpenAI make?" is not answered by
				// a passage that gives no revenue, whatever figure it
				// gives.
				acc = 0
			}
			if acc > 0 && c.Type == QCount && !fr.zh && countsOther(fr, c.Text) {
				// "How many employees does Meta have?" is not answered by
				// "the two paths of OpenAI and Meta": a count in words
				// names what it counts.
				acc = 0
			}
			if acc > 0 && c.Type == QCount && vagueCount(c.Text) && exactAsked.MatchString(fr.lower) {
				// 零一万物这次一共裁了多少人？ asks a total, which 多位高管
				// ("several executives") does not give.
				acc = 0
			}
			if acc > 0 && c.Type == QCount && fr.zh && zhCountsOther(fr.folded, foldedRunes(), c.End) {
				// 百川智能有多少员工？ is not answered by 多位高管: the
				// count is of another noun.
				acc = 0
			}
			if acc > 0 && c.Type.figure() && fr.realized && !fr.hypothetical && hypo(ci) {
				// "…could have cost Zuckerberg $32 billion" does not say
				// what he spent; asked what it would have cost, it does.
				acc *= 0.5
			}
			if acc > 0 && c.Type == QMoney && fr.realized && !fr.hypothetical && !askingAsked.MatchString(fr.lower) && asking(ci) {
				// 扎克伯格一共砸了多少钱？ is not answered by the price Wang
				// asked (將…的報價提高至200億美元): an ask is not a spend.
				acc *= 0.5
			}
			if acc > 0 && !c.Type.figure() && fr.hypothetical && !fr.realized && !hypo(ci) {
				if anyHypo == 0 {
					anyHypo = 1
					if anyMarked(pt, hypo) {
						anyHypo = 2
					}
				}
				if anyHypo == 2 {
					// 蘋果想收購哪家公司？: what Apple wants is in the
					// clause that says what may be (一旦收購成功), not in
					// the record it would beat (2014年以30億美元收購Beats).
					acc *= 0.5
				}
			}
			if acc > 0 && c.Type == QWhich && fr.qtype == QWho && (fr.inSitu || fr.objectQ) && fr.fillsWh(pt, rs, ci, cj) && !titlesPerson(pt, ci, len(pt), r0(&r, text)) {
				// 追平了谁？ ↔ 追平了OpenAI: a company in the very place
				// of the asked 谁 or "who" is who is meant, unless it
				// opens a person's title (…的是階躍星辰產品負責人張心皓).
				acc = 0.9
			}
			fit := fr.fit(pt, rs, ci, cj)
			if !relCost && c.Type == QPercent && fr.qtype == QPercent {
				relCost = fr.asksCost && costRatio(r0(&r, text), c.Start, c.End)
			}
			if relCost && fit < 1.5 {
				// DeepSeek用多少钱做出R1？ ↔ 以[不足OpenAI o1十分之一]的資金
				// 成本: the money the interrogative asks about is the cost
				// the passage names right after the ratio (and so is the
				// part asked of 花的钱是o1的多少？).
				fit = 1.5
			}
			if acc > 0 && fr.instead && (c.Type == QWho || c.Type == QWhich) && switchedTo(r0(&r, text), c.Start) {
				// "Who did Zuckerberg go after instead?" ↔ "switched his
				// poaching target to SSI's current CEO, Daniel Gross",
				// 將挖角對象換成了…格羅斯: whom the switch is to.
				fit = max(fit, 1.5)
			}
			if acc > 0 && c.Type == QWhich && fr.asksFounded && !fr.zh {
				// "What startup did Ilya Sutskever found?" ↔ "[SSI], the
				// AI start-up founded by Ilya Sutskever": the name the
				// founding is told of in apposition, not another company
				// of his ("OpenAI's former co-founder").
				if fr.foundedByAsked(pt, r0(&r, text), c.End) {
					fit = max(fit, 1.5)
				} else if slices.ContainsFunc(pt, func(t tok) bool { return t.ent == "org" && fr.foundedByAsked(pt, r, t.end) }) {
					acc *= 0.3
				}
			}
			if acc > 0 && fr.asksEmployer && c.Type == QWhich {
				if e.products[c.Entity] || e.outlets[c.Entity] {
					// "Which company…?" is not answered by an app
					// (冒泡鴨產品負責人張心皓) or the outlet that reports.
					acc *= 0.5
				} else if j, ok := employee(pt, ci, r0(&r, text)); ok && fr.qents[pt[j].key] && fr.titledAs(r0(&r, text), c.End, pt[j].start) {
					fit = max(fit, 1.5)
				} else if ok {
					// MiniMax商業化合伙人兼副總裁魏偉，智譜COO張帆: 智譜 is
					// Zhang Fan's company, not Wei Wei's.
					acc *= 0.5
				}
			}
			if c.Type == QWho && fr.members && e.headsOnlyElsewhere(fr, c) {
				// "Which OpenAI researchers took Meta's signing bonus?":
				// not Zuckerberg, who heads Meta.
				continue
			}
			if acc == 0 || mentioned {
				x := mk(c.Start, c.End, string(c.Type), fit, true)
				x.kind, x.fit, x.mentioned = "span", fit, mentioned
				keep(x)
				continue
			}
			v := fit*acc - (1 - acc)
			x := mk(c.Start, c.End, string(c.Type), v, true)
			x.acc, x.fit = acc, fit
			if fr.foreign(pt, ci, cj) {
				// A figure of another organisation's deal is not the
				// answer, however well its words fit.
				x.kind, x.foreign = "span", true
				keep(x)
				continue
			}
			consider(x, "span")
		}
		// A place or a thing the passage does not name as an entity
		// (差在哪里？ 用户规模鸿沟) is looked for as a slot when no named one
		// fits, where a Chinese question shows the slot's place and the
		// passage holds some of what it asks (not only its names).
		weak := best == nil || best.local < fr.minTyped()
		if pred, n := pred, npred; fr.qtype.typed() && (!weak || !fr.inSitu || fr.qtype != QWhere && fr.qtype != QWhich || n > 0 && pred == 0) {
			if all == nil {
				return done()
			}
			// The rules stop here; the slot is still a candidate.
			if s, t, v := fr.slot(pt, rs); v > 0 {
				x := mk(pt[s].start, pt[t-1].end, "other", v-0.5, false)
				x.kind = "slot"
				keep(x)
			}
			return done()
		}
	}
	said := false // whether the passage reports words the question asks for (saidContent)
	if fr.compare && !fr.qtype.typed() {
		// "How did R1's cost compare with o1?": a ratio.
		for _, c := range candidatesShared(text, fr.zh, e.entities) {
			if c.Type == QPercent {
				ci, cj := span(pt, c.Start, c.End)
				consider(mk(c.Start, c.End, string(c.Type), fr.fit(pt, rs, ci, cj)+1, false), "compare")
			}
		}
	}
	if fr.qtype == QOther {
		// 六小龙去年在做什么？ ↔ 去年[还高举高打模型和应用双轮驱动]的六小龙们:
		// what a clause of that time says its name did.
		if s, t, v := fr.doneThen(pt); v > 0 {
			consider(mk(s, t, "other", v, false), "slot")
		}
	}
	if fr.qtype == QOther {
		// 高管负责什么？ ↔ 一批負責[應用和商業化]的高管: the object of the
		// question's verb, in a clause that describes its noun.
		if s, t, v := fr.calledThat(pt, rs, r0(&r, text)); v > 0 {
			consider(mk(s, t, "other", v, false), "slot")
		}
		if s, t, v := fr.handedTo(pt, r0(&r, text)); v > 0 {
			consider(mk(s, t, "other", v, false), "slot")
		}
		if s, t, ok := fr.responseOf(r0(&r, text), pt, rs); ok {
			consider(mk(s, t, "other", 4, false), "slot")
		}
		if s, t, ok := fr.saidContent(pt, rs); ok {
			consider(mk(s, t, "other", 4, false), "say")
			said = true
		}
		if s, t, v := fr.cleft(pt, rs); v > 0 {
			consider(mk(s, t, "other", v, false), "slot")
		}
		if s, t, v := fr.mattersMore(r0(&r, text), pt, rs); v > 0 {
			consider(mk(s, t, "other", v, false), "slot")
		}
		if s, t, v := fr.relObjectEN(pt); v > 0 {
			consider(mk(s, t, "other", v, false), "slot")
		}
		if s, t, v := fr.relObject(pt); v > 0 {
			consider(mk(s, t, "other", v, false), "slot")
		}
		if s, t, ok := fr.comparedWith(pt); ok {
			consider(mk(s, t, "other", 5, false), "slot")
		}
		if s, t, v := fr.disposed(r0(&r, text), pt, rs); v > 0 {
			consider(mk(s, t, "other", v, false), "slot")
		}
		if s, t, ok := stateOf(fr.stateThing, r0(&r, text)); ok {
			consider(mk(s, t, "other", 6, false), "slot")
		}
	}
	if fr.qtype == QOther || fr.qtype == QWhich {
		// "What was Meta's predecessor?" ↔ "founded Facebook (Meta's
		// predecessor)", 創辦Facebook(Meta前身): what the brackets say
		// is said of the name before them.
		if i, v := fr.describedInBrackets(pt, rs, r0(&r, text)); v > 0 {
			consider(mk(pt[i].start, pt[i].end, "other", v, false), "slot")
		}
	}
	if fr.qtype == QOther {
		// "What signal do their successes send?", 透露了什么信号？ ↔ "…send
		// at least one signal: to innovate…, throwing money at it is not
		// enough…": what the colon after the noun asked for introduces.
		// The colon may follow a few words more ("a new challenge of its
		// own: its product lags…"), and 即 "namely" after a comma is one
		// (新挑戰，即產品實在落后ChatGPT太多).
		for _, run := range rs {
			if !(run.w >= 1 && fr.asksNoun(run) && fr.q[run.qs].ent == "") {
				continue
			}
			if at := introducedAfter(pt, run.pe); at > 0 {
				consider(mk(pt[at].start, pt[len(pt)-1].end, "other", 4+0.5*run.w, false), "slot")
				break
			}
		}
	}
	if fr.condition {
		// 王要满足什么条件才能拿到现金？ ↔ 需要在Meta工作五年以上，才能拿到…;
		// "What must Wang do to get the cash?" ↔ "must work at Meta for
		// more than five years to receive…": what must be done first.
		if s, t, ok := conditionSpan(r0(&r, text), fr.zh); ok {
			ci, cj := span(pt, s, t)
			consider(mk(s, t, "other", 2+fr.fit(pt, rs, ci, cj), false), "slot")
		}
	}
	if (fr.qtype == QOther || fr.qtype == QWhy) && fr.alleged {
		// "What was Llama 4 accused of?" ↔ "reported not only to have
		// [used a specially tuned version to top the leaderboards] but
		// also to have been [overfitted to test data]"; 不僅被爆[用特調版本
		// 刷榜]，還被爆[做了數據過擬合測試]: the first thing, or, asked what
		// besides it (除了, besides), the second.
		if a, b, ok := notOnly(r0(&r, text), fr.zh); ok {
			pick := a
			if fr.besides() {
				pick = b
			}
			ci, cj := span(pt, pick[0], pick[1])
			typ := "other"
			if fr.qtype == QWhy {
				typ = "reason"
			}
			consider(mk(pick[0], pick[1], typ, 2+fr.fit(pt, rs, ci, cj), false), "slot")
		}
	}
	if fr.reception {
		// Llama 4发布后反响怎么样？ ↔ 一經發布便遭遇大面積負面評價; "How was
		// Llama 4 received?" ↔ "drew widespread negative reviews": the
		// phrase that names the reviews.
		if s, t, ok := receptionSpan(r0(&r, text), fr.zh); ok {
			ci, cj := span(pt, s, t)
			c := mk(s, t, "other", 3+fr.fit(pt, rs, ci, cj), false)
			if fr.qtype == QWhy {
				c.answer.Type = "reason"
				consider(c, "reason")
			} else {
				consider(c, "slot")
			}
		}
	}
	if fr.status {
		// 扎克伯格挖格罗斯进展如何？ ↔ …的招募，[还在进一步谈判中]; "Where
		// does Apple's plan stand?" ↔ "…is [still up in the air]": what
		// the passage says is still going on or not yet done.
		if s, t, ok := statusSpan(r0(&r, text), fr.zh); ok {
			ci, cj := span(pt, s, t)
			consider(mk(s, t, "other", 3+fr.fit(pt, rs, ci, cj), false), "slot")
		}
	}
	if fr.line {
		// 奧特曼走到哪說到哪的那句論調是啥？ ↔ 將“[ChatGPT取代搜索]”的論調，
		// 走到哪說到哪; "What line does Altman repeat?" ↔ "repeats the
		// line that \"[ChatGPT replaces search]\"": the words quoted as
		// the line.
		if s, t, ok := lineSpan(r0(&r, text), fr.zh); ok {
			ci, cj := span(pt, s, t)
			consider(mk(s, t, "other", 3+fr.fit(pt, rs, ci, cj), false), "slot")
		}
	}
	if fr.regard {
		// "How does Meta regard OpenAI?" ↔ "Meta sees OpenAI as [its
		// biggest competitor]"; Meta把OpenAI視為[他們最大的競爭對手].
		if s, t, ok := fr.regardSpan(r0(&r, text)); ok {
			ci, cj := span(pt, s, t)
			consider(mk(s, t, "other", 3+fr.fit(pt, rs, ci, cj), false), "slot")
		}
	}
	reasoned := false // whether the passage gives a reason or means with a cue
	if fr.instrument {
		// Llama 4刷榜用了什么？ ↔ 用特調版本刷榜; "What did Llama 4 use to
		// top the leaderboards?" ↔ "used a specially tuned version to
		// top…"; 谷歌靠什么追平了OpenAI？ ↔ 靠著Gemini 2.5系列…追平了: what
		// the passage says was used, a means when the question asks how.
		if s, t, ok := fr.usedSpan(r0(&r, text), pt); ok {
			ci, cj := span(pt, s, t)
			if fr.qtype == QWhy {
				consider(mk(s, t, "reason", 2+fr.fit(pt, rs, ci, cj), false), "reason")
				reasoned = true
			} else {
				consider(mk(s, t, "other", 2+fr.fit(pt, rs, ci, cj), false), "slot")
			}
		}
	}
	if fr.lastKind != "" {
		// 缺钱的创业公司追求什么最大化？ ↔ 實現[價值最大化]: the word before
		// the last word, with it, when the passage has another verb
		// before them (with the question's verb, the slot finds it).
		if ft := Fold(text); !strings.Contains(ft, fr.lastVerb) {
			for _, sp := range lastKindPhrases(ft, len(r0(&r, text)), fr.lastKind, fr.folded) {
				ci, cj := span(pt, sp[0], sp[1])
				consider(mk(sp[0], sp[1], "other", 2+fr.fit(pt, rs, ci, cj), false), "slot")
			}
		}
	}
	if unitAsked {
		// "What team will Alexandr Wang lead?" ↔ "setting up [a brand-new
		// superintelligence team] inside Meta that he plans to have
		// Alexandr Wang lead": the noun phrase that ends in the unit
		// asked, wherever the question's words place it.
		for _, sp := range kindPhrases(r0(&r, text), fr.kind, fr.zh) {
			ci, cj := span(pt, sp[0], sp[1])
			consider(mk(sp[0], sp[1], "other", 2+fr.fit(pt, rs, ci, cj)+fr.modifiersAsked(r0(&r, text)[sp[0]:sp[1]]), false), "slot")
		}
	}
	switch fr.qtype {
	case QYesNo:
		if s, t, v := fr.yesNo(text, pt, rs); v > 0 && !onlyNames(pt[s:t]) {
			// (A name alone settles nothing: "Is Daniel Gross one of
			// SSI's co-founders?" is not answered by "Safe
			// Superintelligence".)
			consider(mk(pt[s].start, pt[t-1].end, "yesno", v, false), "yesno")
		}
		if hasAny(fr.lower, shareCues) {
			// "Does Meta own a majority of Scale AI?": the share the
			// passage gives answers it (49%).
			for _, c := range candidatesShared(text, fr.zh, e.entities) {
				if c.Type == QPercent {
					ci, cj := span(pt, c.Start, c.End)
					consider(mk(c.Start, c.End, string(c.Type), fr.fit(pt, rs, ci, cj)+1, true), "span")
				}
			}
		}
	case QWhy:
		if s, t, ok := fr.responseOf(r0(&r, text), pt, rs); ok {
			// How someone responded: what they did or said, not a
			// means in it (denied the rumors of cheating [by
			// overfitting to test data]).
			consider(mk(s, t, "reason", 4, false), "slot")
		} else if s, t, v := fr.reason(text, pt, rs); v > 0 {
			consider(mk(s, t, "reason", v, false), "reason")
			reasoned = true
		}
		if fr.person != "" && hasToken(fr.q, synonym(stem("leave"))) {
			// "Why did 明超平 leave 月之暗面?" ↔ 正式從月之暗面離職，開始下場
			// 創業, "left Moonshot AI to start his own company": what
			// they left to do.
			for m, tk := range pt {
				if tk.key == "@"+fr.person {
					if s, e, ok := movedOnTo(pt, m); ok {
						consider(mk(pt[s].start, pt[e-1].end, "reason", 2.5, false), "reason")
					}
					break
				}
			}
		}
	}
	if s, t, v := fr.slot(pt, rs); v > 0 && fr.qtype != QYesNo && !(fr.role && !hasToken(pt, "@"+fr.person)) && !said {
		s, t = fr.reported(text, pt, s, t)
		if fr.degree && t < len(pt) && pt[t].ent != "" && fr.hasKey(pt[t].key) {
			t++ // "nearly caught up with [OpenAI]"
		} else {
			t = fr.dropLeadingPP(pt, s, t)
		}
		if fr.zh && fr.whE >= 0 && fr.whE < len(fr.q) && t-s > 2 && strings.Contains("上中里内", fr.q[fr.whE].key) && pt[t-1].key == fr.q[fr.whE].key {
			// 押在了什么上？ ↔ 押注到[模型迭代]上: the place word after
			// the interrogative is the question's, not the answer's.
			t--
		}
		if fr.zh && fr.qtype == QOther && fr.whE >= 0 && fr.whE < len(fr.q) && fr.q[fr.whE].han {
			// 创业公司追求的是什么最大化？ ↔ 實現[價值]最大化: the noun the
			// interrogative asks a kind of ends the answer (價值最大化).
			for _, r := range rs {
				// A noun of two characters or more (not 的替代品 of 什么的
				// 替代品, which asks whose; not 動 of 動起了刀), without a
				// place word after it (牌桌[上]).
				if r.ps == t && r.qs == fr.whE && r.pe-r.ps >= 2 && fr.q[r.qs].key != "的" {
					t = r.pe
					for t-r.ps > 2 && strings.Contains("上中里内的", pt[t-1].key) {
						t--
					}
					// A noun phrase, without the verb of attaining it
					// ([實現]價值最大化).
					if t-s > 3 && pt[s].han && pt[s+1].han && slices.Contains(attainVerbs, Fold(tokText(text, pt[s])+tokText(text, pt[s+1]))) {
						s += 2
					}
					break
				}
			}
		}
		if !fr.zh && t-s > 3 && pt[t-2].key == "to" && pt[t-1].ent == "" && !pt[t-1].han && fr.asksPurpose() {
			// "What does Wang have to do to get most of the cash?" ↔
			// "must work at Meta for more than five years to receive
			// …": the question says what for; the answer ends before it.
			t -= 2
		}
		if !fr.zh && t-s > 2 && (pt[s].key == "must" || pt[s].key == "should") {
			s++ // "[must] work at Meta for more than five years"
		}
		if !fr.substantive(pt, s, t) {
			// What is left says only that something was reported
			// ("Google was reported [to be appointing X]").
			return done()
		}
		c := mk(pt[s].start, pt[t-1].end, "other", v, false)
		if fr.qtype == QWhy {
			// A slot answers "why" when it gives a reason or a means
			// (张前川因个人原因淡出…); otherwise it is weak evidence.
			c.answer.Type = "reason"
			c.local -= 0.3
			if fr.why && !hasCue(Fold(c.answer.Text), fr.zh) {
				c.local -= 0.9
			} else if !fr.why && !fr.compare && reasoned && !hasCue(Fold(c.answer.Text), fr.zh) {
				// "How did Liang Wenfeng build R1?": the means the
				// passage gives with a cue ("Through a series of
				// engineering innovations") rather than the words after
				// the verb ("built R1 in-house").
				c.local -= 0.5
			}
		}
		if fr.qtype.typed() {
			c.local -= 0.5 // the asked kind of thing is missing
		}
		consider(c, "slot")
	}
	return done()
}

// notOnly finds the two parts of "not only A but also B" (不僅A，還B)
// in a passage, each without its "to have (been)" or 被爆. It returns
// their rune offsets.
func notOnly(r []rune, zh bool) ([2]int, [2]int, bool) {
	text := string(r)
	if zh {
		return bothParts(text, Fold(text), "不仅", "，还", []string{"被爆", "被曝", "被"}, "，。；", 2)
	}
	return bothParts(text, strings.ToLower(text), "not only ", " but also ", []string{"to have been ", "to have ", "to be "}, ",;.", 3)
}

// bothParts finds open A mid B in f, a form of text with the same byte
// offsets (folded or lower case), each part without a leading skip and B
// ending at one of ends. It returns the parts' rune offsets in text, each
// at least min runes long.
func bothParts(text, f, open, mid string, skips []string, ends string, min int) ([2]int, [2]int, bool) {
	var a, b [2]int
	if len(f) != len(text) {
		return a, b, false
	}
	i, j := strings.Index(f, open), strings.Index(f, mid)
	if i < 0 || j < i {
		return a, b, false
	}
	skip := func(k int) int {
		for _, w := range skips {
			if strings.HasPrefix(f[k:], w) {
				return k + len(w)
			}
		}
		return k
	}
	as, bs := skip(i+len(open)), skip(j+len(mid))
	be := len(f)
	if k := strings.IndexAny(f[bs:], ends); k >= 0 {
		be = bs + k
	}
	at := func(k int) int { return utf8.RuneCountInString(text[:k]) }
	a, b = [2]int{at(as), at(j)}, [2]int{at(bs), at(be)}
	return a, b, a[1]-a[0] >= min && b[1]-b[0] >= min
}

// allegationWords ask what someone was accused of or reported to have
// done (folded, lower case).
var allegationWords = []string{"accused", "accuse", "accusation", "alleged", "allegedly", "allegation", "reported", "reportedly", "claimed", "claims", "supposedly", "rumor", "rumors", "rumour", "rumours", "juice", "juiced", "被爆", "被曝", "被指", "指控", "爆了", "爆出", "传闻"}

// besides reports whether the question asks what else there is besides
// something it names (除了…, "besides", "apart from", "other than").
func (fr *frame) besides() bool {
	return hasAny(fr.lower, []string{"除了", "besides", "apart from", "other than", "aside from", "in addition to"})
}

// receptionAsked matches a folded question about how something was
// received.
var receptionAsked = regexp.MustCompile(`(反响|口碑|评价|反应|风评|reviews?|reception|reaction)\s*(怎么样|怎样|如何|咋样|好吗|好不好|差吗|是什么|很差|不好)|\bhow (was|were|is|did) [\p{L}\p{N} .'-]+ (received|reviewed)\b|\b(reaction|reception|reviews?) (to|of|for)\b|\bwhat (did|do|does) (the )?(critics|reviewers) (say|think)\b`)

// receptionZH and receptionEN name reviews in a passage (Chinese
// folded).
var (
	receptionZH = []string{"评价", "反响", "口碑"}
	receptionEN = []string{"reviews", "reception", "reaction"}
	// Words that stop a review phrase going back: its verb, article or
	// clause.
	receptionStop = map[string]bool{"drew": true, "draw": true, "met": true, "with": true, "got": true, "received": true, "a": true, "an": true, "the": true, "to": true, "was": true, "were": true, "had": true, "has": true, "and": true, "of": true}
)

// receptionSpan finds the phrase of a passage that names how something
// was received: in Chinese from its verb (遭遇) after 便/就/了 or the
// clause's start to the review word, in English the adjectives before
// "reviews". It returns rune offsets.
func receptionSpan(r []rune, zh bool) (int, int, bool) {
	if zh {
		f := []rune(Fold(string(r)))
		if len(f) != len(r) {
			return 0, 0, false
		}
		for _, w := range receptionZH {
			i := strings.Index(string(f), w)
			if i < 0 {
				continue
			}
			e := utf8.RuneCountInString(string(f)[:i]) + utf8.RuneCountInString(w)
			s := e - utf8.RuneCountInString(w)
			for s > 0 && unicode.Is(unicode.Han, f[s-1]) && !strings.ContainsRune("便就了后", f[s-1]) && e-s < 12 {
				s--
			}
			return s, e, e-s > utf8.RuneCountInString(w)
		}
		return 0, 0, false
	}
	lower := strings.ToLower(string(r))
	for _, w := range receptionEN {
		i := strings.Index(lower, " "+w)
		if i < 0 {
			continue
		}
		e := utf8.RuneCountInString(lower[:i+1+len(w)])
		s := utf8.RuneCountInString(lower[:i+1])
		for k := 0; k < 3; k++ {
			before := []rune(strings.TrimRight(string(r[:s]), " "))
			w, n := lastWord(before)
			if n == 0 || receptionStop[strings.ToLower(w)] {
				break
			}
			s = len(before) - n
		}
		return s, e, e-s > len(w)
	}
	return 0, 0, false
}

// statusAsked matches a folded, lower-cased question that asks where
// something stands.
var statusAsked = regexp.MustCompile(`进展|进度|到哪一步|怎么样了|如何了|谈得怎么样|谈妥了没|\bhow (?:are|is) [\p{L}\p{N} .'-]+ going\b|\bwhere (?:do|does|did) [\p{L}\p{N} .'-]+ stand\b|\b(?:status|progress) of\b|\bany progress\b`)

// statusZH and statusEN find what a passage says is still going on or not
// yet done (Chinese folded): 还在进一步谈判中, 尚悬在空中, "is still under
// negotiation", "is still up in the air"; not 尚未发布的Llama 4, which
// describes a name.
var (
	statusZH = regexp.MustCompile(`(?:还|仍|尚|仍然|依然)(?:在|处于|悬在|未)[^，。；：！？的]*(?:[，。；：！？]|$)`)
	statusEN = regexp.MustCompile(`\b(?:is|are|remains?|was|were) still [^,.;:]+|\bstill (?:under|in|up) [^,.;:]+`)
)

// lineAsked matches a folded, lower-case question that asks what a line,
// claim or slogan is: 那句论调是啥, 什么口号, "what line", "what slogan".
// The say frame (zhSay, enSay) answers what someone said; this finds,
// among a speaker's quotations, the one the passage names as the line
// (將“ChatGPT取代搜索”的論調，走到哪說到哪，“大家把…”).
var lineAsked = regexp.MustCompile(`(?:论调|口号|论断|金句|那句话)(?:是|叫)?(?:什么|啥)|(?:什么|啥|哪句)(?:论调|口号|论断|金句)|\bwhat (?:is |was |'s )?(?:the |his |her |their |that )?(?:line|slogan|catchphrase|mantra|refrain|talking point)\b|\bwhat (?:line|slogan|catchphrase|mantra|refrain|talking point)\b`)

// Words quoted as a line: “…”的論調 (folded), the line that "…".
var (
	lineZH = regexp.MustCompile(`“([^“”]{2,30})”的?(?:论调|口号|论断|说法)`)
	lineEN = regexp.MustCompile(`(?i)\b(?:line|slogan|catchphrase|mantra|refrain|talking point|claim)(?: that)? ["“]([^"”]{2,60})["”]`)
)

// lineSpan finds the words a passage quotes as someone's line; rune
// offsets.
func lineSpan(r []rune, zh bool) (int, int, bool) {
	text := string(r)
	re := lineEN
	if zh {
		text = Fold(text)
		if utf8.RuneCountInString(text) != len(r) {
			return 0, 0, false
		}
		re = lineZH
	}
	m := re.FindStringSubmatchIndex(text)
	if m == nil {
		return 0, 0, false
	}
	return utf8.RuneCountInString(text[:m[2]]), utf8.RuneCountInString(text[:m[3]]), true
}

// statusSpan finds what a passage says is still going on; rune offsets.
func statusSpan(r []rune, zh bool) (int, int, bool) {
	if zh {
		f := Fold(string(r))
		if utf8.RuneCountInString(f) != len(r) {
			return 0, 0, false
		}
		loc := statusZH.FindStringIndex(f)
		if loc == nil {
			return 0, 0, false
		}
		s := utf8.RuneCountInString(f[:loc[0]])
		e := s + utf8.RuneCountInString(strings.TrimRight(f[loc[0]:loc[1]], "，。；：！？"))
		return s, e, e-s >= 3
	}
	text := string(r)
	loc := statusEN.FindStringIndex(text)
	if loc == nil {
		return 0, 0, false
	}
	s := utf8.RuneCountInString(text[:loc[0]])
	return s, s + utf8.RuneCountInString(text[loc[0]:loc[1]]), true
}

// whichUnit matches a folded question that asks which part of a company
// (哪個團隊, 哪支团队, 哪个实验室), the part's noun its group.
var whichUnit = regexp.MustCompile(`哪(?:一)?(?:个|支|家)?\s*(团队|实验室|部门|小组|team|lab)`)

// unitHan is the Chinese noun of a unit a mixed question names in English
// (lead 哪个 team？).
var unitHan = map[string]string{"team": "团队", "lab": "实验室"}

// kindAfterWhat returns the Han word of two characters or more right after
// 什么 in a folded question (用什么版本 → 版本), after 什么样的 or 什么类型的
// (什么样的职位 → 职位), or after 哪种, 哪类 or 何种 (哪种资源 → 资源), or "".
func kindAfterWhat(q string) string {
	var rest []rune
	opener := ""
	for _, w := range kindOpeners {
		if i := strings.Index(q, w); i >= 0 {
			rest, opener = []rune(q[i+len(w):]), w
			break
		}
	}
	if rest == nil {
		return ""
	}
	var b []rune
	for _, c := range rest {
		if !unicode.Is(unicode.Han, c) || zhStop[string(c)] || len(b) == 4 {
			break
		}
		b = append(b, c)
	}
	if len(b) < 2 || strings.ContainsRune("不没是能会要都也才就", b[0]) {
		return "" // a verb phrase, not a kind: 光靠什么不够？
	}
	if tail := strings.Trim(string(rest[len(b):]), "的了呢吗？?。 "); tail == "" && opener == "什么" && !slices.Contains(unitNouns, string(b)) {
		// The question's last word is its verb: 用什么刷榜？ (but a noun:
		// 什么团队？; and after 哪种 or 什么样的 a noun comes).
		return ""
	}
	return string(b)
}

// lastKindQ matches a folded question that ends with a verb, 什么 and a
// word (追求什么最大化？), the verb first; not 是什么 (…的是什么底气？).
var lastKindQ = regexp.MustCompile(`([^\P{Han}是的]{2})了?什么(\p{Han}{2,3})[的了呢吗啊？?。！!\s]*$`)

// lastKindPhrases returns the rune spans of a passage, folded (ft) and n
// runes long, that are a word of two characters and kind after it
// (價值最大化, 降職處理), where the two characters are no word of the
// question q (folded) nor a verb of attaining.
func lastKindPhrases(ft string, n int, kind, q string) [][2]int {
	f := []rune(ft)
	if len(f) != n {
		return nil // (folding keeps one rune for one in the corpus)
	}
	k := []rune(kind)
	var out [][2]int
	for e := len(k) + 2; e <= len(f); e++ {
		if string(f[e-len(k):e]) != kind {
			continue
		}
		w := f[e-len(k)-2 : e-len(k)]
		if !unicode.Is(unicode.Han, w[0]) || !unicode.Is(unicode.Han, w[1]) || strings.Contains(q, string(w)) || strings.ContainsAny(string(w), "的了在是和与及一") || slices.Contains(attainVerbs, string(w)) || e-len(k)-3 >= 0 && f[e-len(k)-3] == '的' {
			continue
		}
		out = append(out, [2]int{e - len(k) - 2, e})
	}
	return out
}

// kindOpeners ask for a kind of thing named after them (folded), the
// longest first.
var kindOpeners = []string{"什么样的", "什么类型的", "怎么样的", "怎样的", "哪一种", "哪一类", "什么样", "什么", "哪种", "哪类", "何种"}

// insteadAsked matches a folded, lower-case question that asks what came
// in place of something.
var insteadAsked = regexp.MustCompile(`\binstead\b|转而|改为|改成|换成|转向`)

// switchedTo reports whether the name at rune start of r is what a switch
// turned to: after "switched/turned/shifted … to" in the same clause
// (within 60 runes), or right after 换成/改为/转向/转而 (within 16).
func switchedTo(r []rune, start int) bool {
	from := max(0, start-60)
	before := strings.ToLower(string(r[from:start]))
	if i := strings.LastIndexAny(before, ".;:"); i >= 0 {
		before = before[i+1:]
	}
	if m := switchEN.FindStringIndex(before); m != nil {
		return !strings.ContainsAny(before[m[1]:], ".;")
	}
	zh := string(r[max(0, start-16):start])
	if i := strings.LastIndexAny(zh, "，。；"); i >= 0 {
		zh = zh[i:]
	}
	return hasAny(Fold(zh), []string{"换成", "改为", "改成", "转向", "转而"})
}

// switchEN matches an English switch to something, up to its "to ".
var switchEN = regexp.MustCompile(`\b(?:switch|switched|switches|turned|shifted|moved)\b[^.;]{0,40}?\bto `)

// kindPhrases returns the rune spans of the noun phrases of r that end in
// the unit noun kind (folded; English lower case): in English from a
// determiner ("a brand-new superintelligence team"), five words at most,
// in Chinese from after a measure word or 了 (一個[全新的超級智能團隊]),
// fifteen characters at most. A bare noun with nothing before it is none.
func kindPhrases(r []rune, kind string, zh bool) [][2]int {
	var out [][2]int
	if zh {
		f := []rune(Fold(string(r)))
		if len(f) != len(r) {
			return nil // (folding keeps one rune for one in the corpus)
		}
		k := []rune(kind)
		for e := len(k); e <= len(f); e++ {
			if string(f[e-len(k):e]) != kind {
				continue
			}
			s := e - len(k)
			for s > 0 && e-s < 16 && !strings.ContainsRune("，,。；;：:、！？!?“”\"（）()个了在把将对是为于由", f[s-1]) {
				s--
			}
			// (Only a phrase a measure word or 了 opens: 一個[全新的…團隊];
			// what stands after another word is a verb's object, with
			// the verb.)
			if e-s > len(k)+1 && s > 0 && strings.ContainsRune("个了", f[s-1]) {
				out = append(out, [2]int{s, e})
			}
		}
		return out
	}
	lr := []rune(strings.ToLower(string(r)))
	for e := 0; e+len(kind) <= len(lr); e++ {
		if string(lr[e:e+len(kind)]) != kind || e > 0 && unicode.IsLetter(lr[e-1]) || e+len(kind) < len(lr) && unicode.IsLetter(lr[e+len(kind)]) {
			continue
		}
		end := e + len(kind)
		// Back word by word to a determiner, five words at most.
		ws, i := 0, e
		for i > 0 && ws < 5 {
			j := i - 1
			for j >= 0 && lr[j] == ' ' {
				j--
			}
			if j < 0 || !unicode.IsLetter(lr[j]) && !unicode.IsDigit(lr[j]) && lr[j] != '-' {
				break
			}
			st := j
			for st > 0 && (unicode.IsLetter(lr[st-1]) || unicode.IsDigit(lr[st-1]) || lr[st-1] == '-') {
				st--
			}
			w := string(lr[st : j+1])
			if determiners[w] {
				if ws > 0 {
					out = append(out, [2]int{st, end})
				}
				break
			}
			i, ws = st, ws+1
		}
	}
	return out
}

// modifiersAsked is what the question's own words among a unit's
// modifiers add to its noun phrase np: "What new team…" ↔ "a brand-new
// superintelligence team" more than "his AI team"; 0.5 a word, 1 at most.
func (fr *frame) modifiersAsked(np []rune) float64 {
	asked := map[string]bool{}
	for _, j := range fr.predQ {
		if k := fr.q[j].key; k != fr.kind && !strings.Contains(fr.kind, k) {
			asked[k] = true
		}
	}
	v := 0.0
	if fr.zh {
		for _, c := range Fold(string(np)) {
			if asked[string(c)] {
				v += 0.5
			}
		}
	} else {
		for _, w := range strings.FieldsFunc(strings.ToLower(string(np)), func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) }) {
			if asked[stem(w)] || asked[w] {
				v += 0.5
			}
		}
	}
	return min(v, 1)
}

// determiners open an English noun phrase.
var determiners = map[string]bool{"a": true, "an": true, "the": true, "its": true, "his": true, "her": true, "their": true, "this": true, "that": true, "our": true}

// unitAfterWhat returns the unit noun (unitNouns: team, lab) that a
// lower-case English question names within three words after "what" or
// "which" ("What new lab is Zuckerberg building?" → lab), or "".
func unitAfterWhat(lower string) string {
	ws := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for i, w := range ws {
		if w != "what" && w != "which" {
			continue
		}
		if i+3 < len(ws) && (ws[i+1] == "kind" || ws[i+1] == "sort" || ws[i+1] == "type") && ws[i+2] == "of" && !enStop[ws[i+3]] {
			return ws[i+3] // "what kind of post" → post
		}
		reach := i + 3
		if i+1 < len(ws) && ws[i+1] == "of" {
			reach = i + 4 // "which of Google's teams" (google, s, teams)
		}
		for j := i + 1; j < len(ws) && j <= reach; j++ {
			if w := ws[j]; slices.Contains(unitNouns, w) {
				return strings.TrimSuffix(w, "s") // teams → team
			}
		}
	}
	return ""
}

// whichCompany matches a folded, lower-case question that asks which
// company by name.
var whichCompany = regexp.MustCompile(`\bwhich (?:company|firm|employer|startup|start-up)\b|哪家公司|哪个公司`)

// regardAskedZH matches a folded Chinese question for how one sees
// another (怎么看待); howRegard is the English one.
var regardAskedZH = regexp.MustCompile(`(?:怎么|如何|怎样)(?:看待|看)`)

// regardSpans match what a passage says one sees another as: the object
// seen (group 1) and what it is seen as (group 2), in English and in
// folded Chinese.
var (
	regardEN = regexp.MustCompile(`(?i)\b(?:sees?|saw|regards?|regarded|views?|viewed|considers?|considered)\s+(.{1,40}?)\s+as\s+([^,.;:]+)`)
	regardZH = regexp.MustCompile(`(?:把|将)([^，。；]{1,20}?)(?:视为|视作|看作|当成|当作)([^，。；]+)`)
)

// regardSpan finds, in the passage runes r, what a one the question names
// is seen as. It returns rune offsets.
func (fr *frame) regardSpan(r []rune) (int, int, bool) {
	text := string(r)
	re := regardEN
	if fr.zh {
		text = Fold(text)
		if utf8.RuneCountInString(text) != len(r) {
			return 0, 0, false
		}
		re = regardZH
	}
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		object := strings.ToLower(text[m[2]:m[3]])
		named := slices.ContainsFunc(fr.an.Entities, func(en Entity) bool {
			has := func(n string) bool { return n != "" && strings.Contains(object, strings.ToLower(Fold(n))) }
			return slices.ContainsFunc(en.EN, has) || slices.ContainsFunc(en.ZH, has)
		})
		if !named {
			continue
		}
		s, e := utf8.RuneCountInString(text[:m[4]]), utf8.RuneCountInString(text[:m[5]])
		return s, e, e > s
	}
	return 0, 0, false
}

// instrumentAsked matches a folded question that asks what was used.
var instrumentAsked = regexp.MustCompile(`(用|使用|利用)(了|的是)?(什么|啥|哪个|哪种|哪一)|(靠|凭|凭借|借助|依靠)着?(什么|啥)|\bwhat (did|does|do|was|is) [\p{L}\p{N} .'-]+ use\b|\bwhich [\p{L}-]+ (did|does|do|was) [\p{L}\p{N} .'-]+ use\b|\bwhat [\p{L}\p{N} .'-]*\bused\b|\bwhat (did|does|do|was|is) [\p{L}\p{N} .'-]+ (with|through)\s*[?？]?\s*$|\bwith what\b|\bwhat (?:did|does|do|was|is) [\p{L}\p{N} .'-]+ (?:lean|leaned|rely|relied|count|depend|bank) on\b`)

// notUse are the words whose 用 is no "use": 用户 "users", 应用
// "application", 作用, 费用, 信用.
var notUse = []string{"用户", "应用", "作用", "费用", "信用", "运用"}

// usedSpan finds what a passage says was used: in Chinese the words
// between 用 and a verb of the question (用[特調版本]刷榜), in English
// the phrase after "used"/"using" up to a purpose "to". It returns rune
// offsets.
func (fr *frame) usedSpan(r []rune, p []tok) (int, int, bool) {
	f := []rune(Fold(string(r)))
	if len(f) != len(r) {
		f = r
	}
	if fr.zh {
		// Where the passage says a word of the question (two or more
		// characters, or a term: 刷榜).
		asked := map[int]bool{}
		for _, t := range p {
			if t.ent != "" && t.ent != "term" || t.stop || strings.ContainsRune(t.key, '用') || !fr.hasKey(t.key) {
				continue
			}
			if t.ent == "term" || t.han && utf8.RuneCountInString(t.key) >= 2 {
				asked[t.start] = true
			}
		}
		for i := range f {
			n := 0 // the cue's length
			switch {
			case hasRunesAt(f, i, "借助") || hasRunesAt(f, i, "凭借") || hasRunesAt(f, i, "依靠"):
				n = 2
			case f[i] == '靠' || f[i] == '凭':
				n = 1
			case f[i] == '用' && !slices.ContainsFunc(notUse, func(w string) bool {
				return hasRunesAt(f, i, w) || i > 0 && hasRunesAt(f, i-1, w)
			}):
				n = 1
			}
			if n == 0 {
				continue
			}
			if i+n < len(f) && (f[i+n] == '着' || f[i+n] == '著') {
				n++ // 靠着
			}
			s := i + n
			says := func(e int) bool { // whether a word of the question starts at e
				return asked[e] || e+1 < len(f) && unicode.Is(unicode.Han, f[e]) && unicode.Is(unicode.Han, f[e+1]) && strings.Contains(fr.folded, string(f[e:e+2]))
			}
			for e := s + 1; e < len(f) && e <= s+24; e++ {
				if strings.ContainsRune("，,。；;：:", f[e]) {
					// 靠著[砸錢搶人的手段]，…成了國內第一陣容玩家: a means
					// set off by a comma before what it did.
					if f[i] != '用' && e-s >= 2 && e-s <= 12 && f[e] != '。' {
						for k := e + 1; k < len(f) && f[k] != '。'; k++ {
							if says(k) {
								return s, e, true
							}
						}
					}
					break
				}
				if !says(e) {
					continue
				}
				// 靠著[Gemini 2.5系列]在模型性能上幾乎追平了: the setting
				// after the means is not part of it.
				if at := slices.Index(f[s+1:e], '在'); at >= 1 {
					e = s + 1 + at
				}
				if e-s > 12 {
					break
				}
				// Llama 4是用什么版本去刷榜的？ ↔ 用[特調版本]刷榜: the
				// kind the question names after 什么 is part of it.
				if k := fr.kind; k != "" && hasRunesAt(f, e, k) {
					e += utf8.RuneCountInString(k)
				}
				return s, e, true
			}
		}
		return 0, 0, false
	}
	if s, e, ok := phraseAfter(r, []string{" used ", " using ", " use of "}, 60); ok {
		return s, e, ok
	}
	// "Through a series of engineering innovations, Liang Wenfeng built
	// R1": the means a sentence opens with (or names after "through").
	lower := strings.ToLower(string(r))
	for _, cue := range []string{"through ", "by means of ", "with the help of ", "thanks to "} {
		if strings.HasPrefix(lower, cue) {
			s, e, ok := phraseAfter([]rune(" "+string(r)), []string{" " + cue}, 60)
			return s - 1, e - 1, ok // (offsets in r, without the space put first)
		}
	}
	return phraseAfter(r, []string{" by means of ", " with the help of "}, 60) // (not "gone through")
}

// phraseAfter finds the English words after the first of cues that r
// holds, up to the clause's end or a purpose "to" ("must [work at Meta
// for more than five years] to receive…"), 3 to max runes long. It
// returns rune offsets.
func phraseAfter(r []rune, cues []string, max int) (int, int, bool) {
	lower := strings.ToLower(string(r))
	for _, cue := range cues {
		i := strings.Index(lower, cue)
		if i < 0 {
			continue
		}
		s := utf8.RuneCountInString(lower[:i+len(cue)])
		e := s
		for e < len(r) && !strings.ContainsRune(",;.:!?", r[e]) {
			e++
		}
		if j := strings.Index(strings.ToLower(string(r[s:e])), " to "); j > 0 {
			e = s + utf8.RuneCountInString(string(r[s:e])[:j])
		}
		return s, e, e-s >= 3 && e-s <= max
	}
	return 0, 0, false
}

// conditionAsked matches a folded question that asks what must be done
// (or be true) for something to happen.
var conditionAsked = regexp.MustCompile(`什么条件|啥条件|哪些条件|条件是什么|(怎样|怎么|如何|做什么|干什么|得做什么)才(能|可以|拿|会)|\bwhat (condition|conditions)\b|\bon what (condition|terms)\b|\bwhat (must|does|did|do|would|will) [\p{L} .'-]*(have to|need to|needs to|must) do\b|\bwhat (must|should) [\p{L} .'-]+ do\b`)

// conditionSpan finds what a passage makes a condition: the clause
// before 才能 (without its subject and 需要/必须), or what follows
// "must"/"has to"/"needs to" up to a purpose "to". It returns rune
// offsets.
func conditionSpan(r []rune, zh bool) (int, int, bool) {
	text := string(r)
	if zh {
		at := -1
		for _, cue := range []string{"才能", "才可以", "才可"} {
			if i := strings.Index(text, cue); i >= 0 {
				at = utf8.RuneCountInString(text[:i])
				break
			}
		}
		if at <= 0 {
			return 0, 0, false
		}
		e := at
		for e > 0 && (r[e-1] == '，' || r[e-1] == ',' || unicode.IsSpace(r[e-1])) {
			e--
		}
		s := e
		for s > 0 && !strings.ContainsRune("，,。；;：:！？!?", r[s-1]) {
			s--
		}
		// From the need word on: [需要]在Meta工作五年以上.
		clause := string(r[s:e])
		for _, w := range []string{"需要", "必须", "必須", "须", "須", "得", "要"} {
			if i := strings.Index(clause, w); i >= 0 {
				s += utf8.RuneCountInString(clause[:i+len(w)])
				break
			}
		}
		return s, e, e-s >= 2
	}
	return phraseAfter(r, []string{" must ", " has to ", " have to ", " needs to ", " need to "}, len(r))
}

// attainVerbs are verbs of reaching a goal, folded.
var attainVerbs = []string{"实现", "达到", "做到", "获得", "取得"}

// asksPurpose reports whether an English question says what its answer
// is for ("… to get the cash?"): "to" before a word that names nothing.
func (fr *frame) asksPurpose() bool {
	for i := 1; i+1 < len(fr.q); i++ {
		if fr.q[i].key == "to" && fr.q[i-1].key != "have" && fr.q[i-1].key != "has" && fr.q[i+1].ent == "" && !fr.q[i+1].brk {
			return true
		}
	}
	return false
}

// describedInBrackets finds a name followed by brackets that hold every
// content word of the question but its interrogative: it returns the
// name's token and a score, or 0.
func (fr *frame) describedInBrackets(p []tok, rs []run, text []rune) (int, float64) {
	need := 0
	for j, t := range fr.q {
		if !t.stop && !t.brk && !fr.isWh(j) {
			need++
		}
	}
	if need == 0 {
		return 0, 0
	}
	for i := 0; i+1 < len(p); i++ {
		if p[i].ent == "" || p[i].ent == "term" {
			continue
		}
		if fr.qents[p[i].key] && strings.Contains(fr.lower, strings.ToLower(Fold(string(text[p[i].start:p[i].end])))) {
			// The question's own name, as the question writes it (an
			// alias of it, Facebook for Meta, is an answer).
			continue
		}
		// The bracket opens right after the name, before the next token.
		open, c := -1, -1
		j := p[i].end
		for j < len(text) && text[j] == ' ' {
			j++
		}
		if j < len(text) && (text[j] == '(' || text[j] == '（') {
			open = j
		}
		if open < 0 {
			continue
		}
		for k := open; k < len(text); k++ {
			if text[k] == ')' || text[k] == '）' {
				c = k
				break
			}
		}
		if c < 0 {
			continue
		}
		got := 0
		for _, r := range rs {
			if p[r.ps].start > open && p[r.pe-1].end <= c {
				got += contentCount(fr.q, r.qs, r.qe)
			}
		}
		if got >= need {
			return i, 3
		}
	}
	return 0, 0
}

// relObject finds, for a Chinese question that ends with a verb and its
// interrogative (离职的高管大多负责什么？), the verb's object where the
// passage puts the verb in a clause describing the question's noun:
// 一批負責[應用和商業化]的高管 (the verb, the object, 的, the noun). It
// returns the object's rune range and its weight, or 0.
func (fr *frame) relObject(p []tok) (int, int, float64) {
	if !fr.zh || !fr.inSitu || fr.whS < 3 || contentCount(fr.q, fr.whE, len(fr.q)) > 0 {
		return 0, 0, 0
	}
	han := func(t tok) bool { return t.han && !t.stop && t.ent == "" }
	w := fr.whS // where the verb ends, before an aspect particle (建立了什么)
	if k := fr.q[w-1].key; k == "了" || k == "过" || k == "着" {
		w--
	}
	if w < 3 {
		return 0, 0, 0
	}
	v1, v2 := fr.q[w-2], fr.q[w-1]
	if !han(v1) || !han(v2) {
		return 0, 0, 0
	}
	verb := v1.key + v2.key
	// The question's nouns before the verb, as pairs of characters.
	nouns := map[string]bool{}
	for i := 0; i+1 < w-2; i++ {
		if han(fr.q[i]) && han(fr.q[i+1]) {
			nouns[fr.q[i].key+fr.q[i+1].key] = true
		}
	}
	for i := 0; i+1 < len(p); i++ {
		if p[i].key+p[i+1].key != verb {
			continue
		}
		s := i + 2
		for m := s + 1; m+2 < len(p) && m < s+16 && !p[m].brk; m++ {
			if p[m].key == "的" && nouns[p[m+1].key+p[m+2].key] && contentCount(p, s, m) >= 2 {
				return p[s].start, p[m-1].end, 3
			}
		}
	}
	return 0, 0, 0
}

// calledCues open a clause that says what the sentence's subject may be
// called (folded, lower case).
var calledCues = []string{"arguably", "堪称", "可谓", "称得上", "号称"}

// calledThat finds, for a what-question whose words a clause opening with
// a calledCues word holds (Llama 4一經發布便遭遇大面積負面評價，[堪稱今年AI界
// 最大“翻車”事件]; "…, [arguably the biggest AI "flop" of the year]"), the
// name the sentence is about: its first product, organisation or person.
// It returns rune offsets and a weight, or 0.
func (fr *frame) calledThat(p []tok, rs []run, r []rune) (int, int, float64) {
	for _, cl := range clauses(p) {
		if cl[0] == 0 || cl[0] >= len(p) || p[cl[0]].start >= len(r) {
			continue
		}
		head := strings.ToLower(Fold(string(r[p[cl[0]].start:min(len(r), p[cl[0]].start+8)])))
		if !slices.ContainsFunc(calledCues, func(c string) bool { return strings.HasPrefix(head, c) }) {
			continue
		}
		var w float64
		for _, x := range rs {
			if x.ps >= cl[0] && x.pe <= cl[1] {
				w += x.w
			}
		}
		if w < 1.5 {
			continue
		}
		for _, t := range p[:cl[0]] {
			if (t.ent == "product" || t.ent == "org" || t.ent == "person") && !fr.qents[t.key] {
				return t.start, t.end, 5 // (above a slot the cue's clause makes: "of [the year]")
			}
		}
	}
	return 0, 0, 0
}

// handedTo finds, for a Chinese question that asks what a name does
// (Alexandr Wang要领导什么？), the thing the sentence hands to the name
// for that: 在內部搞起了一個[全新的超級智能團隊]，計劃交由Alexandr Wang領導 (the
// previous clause's object after 一個, where a clause ends with 由 (交由),
// 让 or 给 + the name + the question's verb). It returns rune offsets and
// a weight, or 0.
// cleft answers a Chinese question that asks what a 的-phrase is
// (最吸引顶尖人才的是什么？) from a passage that says it in either order:
// 对顶级人才吸引最大的，肯定是[去解决世界上最难的问题] (what follows 是
// after the 的 that closes the stretch sharing the question's words) or
// [这(远大前景)]才是更吸引顶尖人才的东西 (what stands before 是, when the
// stretch after it ends the clause). It returns rune offsets.
func (fr *frame) cleft(p []tok, rs []run) (int, int, float64) {
	w := fr.whS
	if !fr.zh || !fr.inSitu || w < 1 {
		return 0, 0, 0
	}
	// The question asks it as the subject (梁文鋒覺得什麼最能吸引頂級人才):
	// the words after the interrogative are the 的-phrase's.
	subject := w < 3 || fr.q[w-1].key != "是" || fr.q[w-2].key != "的"
	if subject && (fr.whE >= len(fr.q) || contentCount(fr.q, fr.whE, len(fr.q)) < 2) || !subject && contentCount(fr.q, fr.whE, len(fr.q)) > 0 {
		return 0, 0, 0
	}
	// support is the weight of the runs of the question's words before
	// its 是 (after its interrogative, asked as the subject) that lie in
	// p[a:b].
	support := func(a, b int) float64 {
		var v float64
		for _, r := range rs {
			if r.ps >= a && r.pe <= b && (!subject && r.qe <= w-1 || subject && r.qs >= fr.whE) {
				v += r.w
			}
		}
		return v
	}
	for i := 1; i+1 < len(p); i++ {
		if p[i].key != "的" {
			continue
		}
		// 吸引最大的，肯定是[…]
		j := i + 1
		if p[j].brk && p[j].key == "," {
			j++
		}
		j = skipCleftAdverbs(p, j)
		if j+1 < len(p) && p[j].key == "是" {
			if v := support(clauseStart(p, i), i+1); v >= 1.5 {
				if t := clauseEnd(p, j+1); t > j+1 && contentCount(p, j+1, t) > 0 {
					return p[j+1].start, p[t-1].end, v + 2
				}
			}
		}
	}
	// [这(远大前景)]才是更吸引顶尖人才的东西。
	for i := 1; i < len(p) && !subject; i++ {
		if p[i].key != "是" {
			continue
		}
		e := clauseEnd(p, i+1)
		d := e - 1
		if d > i+1 && placeholderNouns[p[d-1].key+p[d].key] {
			d--
		}
		a, b, de, ok := cleftSubject(p, d)
		if ok && b <= i && support(i+1, de+1) >= 1.5 {
			return p[a].start, p[b-1].end, support(i+1, de+1) + 2
		}
	}
	return 0, 0, 0
}

// cleftSubject finds, for a placeholder noun that starts at p[d]
// (…更吸引顶尖人才的[东西]) or a 的 at p[d], the subject of the clause's 是
// ([这(远大前景)]才是…): its token range [a, b), and the 的 at de.
func cleftSubject(p []tok, d int) (a, b, de int, ok bool) {
	if d < 0 || d >= len(p) {
		return 0, 0, 0, false
	}
	if placeholderNouns[p[d].key] || d+1 < len(p) && placeholderNouns[p[d].key+p[d+1].key] {
		d--
	}
	if d < 0 || p[d].key != "的" {
		return 0, 0, 0, false
	}
	i := d - 1
	for i > 0 && !p[i].brk && p[i].key != "是" {
		i--
	}
	if i <= 0 || p[i].key != "是" || i+1 >= d {
		return 0, 0, 0, false
	}
	a = clauseStart(p, i)
	b = i
	for b > a && cleftAdverbs[p[b-1].key] {
		b--
	}
	if b <= a || contentCount(p, a, b) == 0 {
		return 0, 0, 0, false
	}
	return a, b, d, true
}

// respondAsked matches a folded question that asks how someone responded
// or reacted.
// (Not how someone answered a question: 梁文锋怎么回答的？ asks the
// answer, which a reason cue opens: 因为我们在做最难的事.)
var respondAsked = regexp.MustCompile(`(?:怎么|如何|怎样|作何)(?:回应|反应|回复)|\bhow (?:did|does|do|has|have|would|will)\b.*\b(?:respond|react|reply)\b`)

// responseVerbs are the passage words that open what was said in response
// (Altman recently [said] …, 奥特曼近期[表示]，…), folded.
var responseVerbs = keyedWords("said", "says", "replied", "responded", "answered", "表示", "称", "说", "回应", "回答", "坦言", "反击")

// keyedWords returns a set of words as passage tokens key them: English
// ones stemmed and through the synonym groups (claimed → said), Chinese
// ones as written (a word of two characters is matched as two tokens).
func keyedWords(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		if hasHan(w) {
			m[w] = true
		} else {
			m[synonym(stem(w))] = true
		}
	}
	return m
}

// responseOf answers "How did X respond?" (Llama工程师对作弊传闻怎么回应？)
// with what the passage says X did or said: the words after X's name
// (and the question's words that follow the name in both, 工程师,
// "engineers", and adverbs such as publicly, 近期) to the end of the
// clause, or, after a verb of saying, to the end of the sentence; the
// question's own words at the end (的作弊传闻) are left out. It returns
// rune offsets.
func (fr *frame) responseOf(r []rune, p []tok, rs []run) (int, int, bool) {
	if !respondAsked.MatchString(strings.ToLower(fr.folded)) {
		return 0, 0, false
	}
	// The question's first name is the one who responds.
	qi := slices.IndexFunc(fr.q, func(t tok) bool { return t.ent == "person" || t.ent == "org" || t.ent == "product" })
	if qi >= 0 && !(fr.zh && fr.whS >= 0 && qi > fr.whS) {
		qt := fr.q[qi]
		for i, t := range p {
			if t.key != qt.key || possessiveAt(r, t.end) || i+1 < len(p) && p[i+1].key == "的" {
				continue // Zuckerberg's lucrative offer: not what he did
			}
			j, k := i+1, qi+1
			for j < len(p) && k < len(fr.q) && p[j].key == fr.q[k].key && !p[j].brk {
				j++ // Llama [engineers]
				k++
			}
			for j < len(p) && (p[j].adv || p[j].key == "recent" || p[j].key == "then" || strings.Contains("近期公开随后也则都还就便", p[j].key) && p[j].han) {
				j++
			}
			if j >= len(p) || p[j].brk {
				continue
			}
			say := p[j].key
			if p[j].han && j+1 < len(p) {
				say += p[j+1].key
			}
			if responseVerbs[say] || responseVerbs[p[j].key] {
				s := j + 1
				if p[j].han && responseVerbs[say] && len([]rune(say)) == 2 {
					s = j + 2
				}
				if s < len(p) && p[s].key == "道" {
					s++ // 回应[道]
				}
				for s < len(p) && (p[s].brk || p[s].key == "that") {
					s++
				}
				if e := sentenceEnd(p, s); e > s {
					return p[s].start, p[e-1].end, true
				}
				continue
			}
			if p[j].stop && !p[j].han {
				continue
			}
			e := j
			for e < len(p) && !p[e].brk {
				e++
			}
			// Without the question's words at the end (…的[作弊传闻]).
			for _, r := range rs {
				if r.pe == e && r.ps > j && r.w >= 1 {
					e = r.ps
					if e > j && p[e-1].key == "的" {
						e--
					}
				}
			}
			if e > j {
				return p[j].start, p[e-1].end, true
			}
		}
	}
	return 0, 0, false
}

// saidAsked matches a folded question that asks what was said or posted
// (Blind上的Meta员工说了什么？ "What did a Meta employee post on Blind?").
var saidAsked = regexp.MustCompile(`(?:说|称|声称|表示|发帖|爆料)(?:了)?(?:些)?(?:什么|啥)|\bwhat (?:did|does|do|has|have)\b.*\b(?:say|post|claim|write)\b`)

// contentVerbs open what a passage reports as said (…在Blind上发帖[称]，…,
// "posted on Blind … [that]"), folded.
var contentVerbs = keyedWords("称", "表示", "声称", "claimed", "said", "wrote", "posted")

// saidContent answers a question about what someone the alias table does
// not name said (a Meta employee, 一名Meta员工) with what follows the
// passage's verb of saying, to the end of the clause, in a sentence that
// holds the question's words before that verb. (A named speaker's words
// are found by speech.) It returns rune offsets.
func (fr *frame) saidContent(p []tok, rs []run) (int, int, bool) {
	if fr.person != "" || !saidAsked.MatchString(strings.ToLower(fr.folded)) {
		return 0, 0, false
	}
	for j := 1; j < len(p); j++ {
		k, n := p[j].key, 1
		if p[j].han && j+1 < len(p) && contentVerbs[k+p[j+1].key] {
			k, n = k+p[j+1].key, 2
		}
		if !contentVerbs[k] {
			continue
		}
		var v float64
		for _, r := range rs {
			if r.ps < j && r.ps >= sentenceStart(p, j) {
				v += r.w
			}
		}
		if v < 1 {
			continue
		}
		s := j + n
		if !p[j].han {
			// "posted on Blind, the anonymous …platform, [that] …"
			for t := s; t < len(p) && t < s+15 && !strings.Contains(".;", p[t].key); t++ {
				if p[t].key == "that" {
					s = t
					break
				}
			}
		}
		for s < len(p) && (p[s].brk || p[s].key == "that") {
			s++
		}
		e := clauseEnd(p, s)
		if e > s && contentCount(p, s, e) > 0 {
			return p[s].start, p[e-1].end, true
		}
	}
	return 0, 0, false
}

// possessiveAt reports whether the name that ends at rune e of r is a
// possessive (Zuckerberg's, Zuckerberg 's).
func possessiveAt(r []rune, e int) bool {
	apos := func(c rune) bool { return c == '\'' || c == '’' }
	return e < len(r) && apos(r[e]) || e >= 2 && apos(r[e-2]) && (r[e-1] == 's' || r[e-1] == 'S')
}

// whyActs are acts so specific that a reason for one comes only from a
// passage that tells of it: "Why did OpenAI sell to Meta?" is not answered
// by why people stay at OpenAI. Those marked person count only when the
// question names the person who acted ("Why did Daniel Gross leave SSI?"):
// why a group's executives left is told apart from their leaving
// (国产大模型创业公司的高管为什么纷纷出走？). When a named person did one
// is asked the same way ("When did Alexandr Wang leave Meta?" is not
// answered by when Zuckerberg set up the team Wang is to lead). Word
// lists, not facts of any article.
var whyActs = []struct {
	forms  []string
	person bool
}{
	{[]string{"sell", "sold", "sells", "selling", "出售", "卖掉", "卖给", "卖了", "售出"}, false},
	{[]string{"sue", "sued", "起诉", "告上"}, false},
	{[]string{"leave", "left", "leaves", "leaving", "quit", "quits", "resign", "resigned", "离开", "离职", "辞职", "出走", "走了"}, true},
	{[]string{"fire", "fired", "sack", "sacked", "dismiss", "dismissed", "解雇", "开除"}, true},
	{[]string{"join", "joined", "joins", "加入", "加盟", "入职"}, true},
}

// actUntold reports whether the question asks the reason for one of
// whyActs that the passage text does not tell in any of its forms.
func (fr *frame) actUntold(text string) bool {
	lt := strings.ToLower(Fold(text))
	lq := strings.ToLower(fr.folded)
	for _, g := range whyActs {
		if (!g.person || fr.person != "") && says(lq, lq, g.forms) && !says(lt, lt, g.forms) {
			return true
		}
	}
	return false
}

// wholeAsked asks about the whole of something (folded, lower case):
// "all of", "the entire", 全部, 整个.
var wholeAsked = regexp.MustCompile(`\ball of\b|\bthe (?:whole|entire)\b|\boutright\b|\b100% of\b|\bfull (?:takeover|acquisition|control|ownership)\b|\bfully\b|全部|整个|整家|全资|百分之百|100%的|完全收购|全面收购`)

// partStake matches (folded, lower case) a share of a company short of
// the whole: 49%的股份, "49% of".
var partStake = regexp.MustCompile(`\b(?:[1-9]|[1-9]\d)(?:\.\d+)?% (?:of|stake)\b|(?:^|[^\d.])(?:[1-9]|[1-9]\d)(?:\.\d+)?%的?(?:股份|股权)`)

// preventCues open what someone is kept from doing (to keep Wang from
// leaving, 防止王中途离职), folded.
var preventCues = keyedWords("keep", "kept", "prevent", "stop", "avoid", "防止", "避免", "以免", "以防")

// preventsAsked reports whether the answer c keeps someone from the act
// the question asks the reason for: "Why did Wang leave Meta?" is not
// answered by "To keep Alexandr Wang from leaving partway", which says he
// did not. A question that itself names the keeping (Meta为什么要防止王
// 离职？) is left to the other checks.
func (fr *frame) preventsAsked(p []tok, c *cand) bool {
	for _, t := range fr.q {
		if preventCues[t.key] {
			return false
		}
	}
	if fr.zh && hasAny(fr.folded, []string{"防止", "避免", "以免", "以防"}) {
		return false
	}
	cue := false
	for i := 0; i < len(p); i++ {
		t := p[i]
		if t.end <= c.answer.Start || t.start >= c.answer.End {
			continue
		}
		if !cue {
			k := t.key
			if t.han && i+1 < len(p) {
				k += p[i+1].key
			}
			cue = preventCues[k] || preventCues[t.key]
			continue
		}
		if t.stop || t.brk || t.ent != "" {
			continue
		}
		for j, q := range fr.q {
			if !fr.isWh(j) && !q.stop && q.ent == "" && q.key == t.key && (!t.han || t.end-t.start > 1) {
				return true
			}
			if t.han && q.key == t.key && j+1 < len(fr.q) && i+1 < len(p) && fr.q[j+1].key == p[i+1].key {
				return true // two characters in a row: a word, not a chance
			}
		}
	}
	return false
}

// subjectForPlaceholder makes an answer that is only a placeholder noun
// (这(远大前景)才是更吸引顶尖人才的[东西]) the subject of its clause's 是
// ([这(远大前景)]), trimmed by trim, when the clause has one; a
// placeholder left alone answers nothing (onlyInterrogative).
func subjectForPlaceholder(p []tok, c *cand, trim func(s, t int) (int, int, string)) {
	if len(c.answer.Text) > len("something ") {
		return // longer than any placeholder: no need to fold it
	}
	f := Fold(strings.TrimSpace(c.answer.Text))
	if !placeholderNouns[strings.ToLower(f)] {
		return
	}
	for d, t := range p {
		if t.start != c.answer.Start {
			continue
		}
		if a, b, _, ok := cleftSubject(p, d); ok {
			c.answer.Start, c.answer.End, c.answer.Text = trim(p[a].start, p[b-1].end)
		}
		return
	}
}

// sentenceStart returns the index of the first token of the sentence
// that holds p[i].
func sentenceStart(p []tok, i int) int {
	for i > 0 && !endsSentence(p[i-1]) {
		i--
	}
	return i
}

// sentenceEnd returns the index of the break that ends the sentence
// holding p[i], or len(p).
func sentenceEnd(p []tok, i int) int {
	for i < len(p) && !endsSentence(p[i]) {
		i++
	}
	return i
}

// endsSentence reports whether t is a break that ends a sentence (。.！!？?；;).
func endsSentence(t tok) bool { return t.brk && strings.Contains("。.！!？?；;", t.key) }

func clauseStart(p []tok, i int) int {
	for i > 0 && !p[i-1].brk {
		i--
	}
	return i
}

func clauseEnd(p []tok, i int) int {
	for i < len(p) && !p[i].brk {
		i++
	}
	return i
}

// moreAsked are the folded question's cues that ask what matters beyond
// something it names (除了钱，人才更需要什么？ "What matters more than
// money?"), and moreSaid the passage's that open it (更重要的是, "more
// important is").
var (
	moreAsked = []string{"除了", "之外", "以外", "更需要", "更看重", "更重要", "更关键", "最重要", "最关键", "还需要", "more than", "besides", "beyond", "apart from", "other than", "above all", "matters more", "more important", "what else"}
	moreSaid  = []string{"更重要的是", "最重要的是", "more important is", "most important is", "above all that", "above all"}
)

// mattersMore answers a question that asks what matters beyond a thing
// with what the passage says matters more (光靠砸钱是不够的，更重要的是
// [得让人才有一展抱负的空间]), in a sentence that shares the question's
// words. It returns rune offsets.
func (fr *frame) mattersMore(r []rune, p []tok, rs []run) (int, int, float64) {
	if fr.qtype != QOther || !hasAny(strings.ToLower(fr.folded), moreAsked) {
		return 0, 0, 0
	}
	var v float64
	for _, x := range rs {
		v += x.w
	}
	if v < 1.5 {
		return 0, 0, 0
	}
	fl := strings.ToLower(Fold(string(r)))
	for _, c := range moreSaid {
		i := strings.Index(fl, c)
		if i < 0 || !fr.zh && (i > 0 && isAlnum(rune(fl[i-1]))) {
			continue
		}
		s := utf8.RuneCountInString(fl[:i]) + utf8.RuneCountInString(c)
		for s < len(r) && strings.ContainsRune("，,： :", r[s]) {
			s++
		}
		e := s
		for e < len(r) && !strings.ContainsRune("。；;.!?！？“”\"", r[e]) {
			e++
		}
		if e > s {
			return s, e, v + 2
		}
	}
	return 0, 0, 0
}

// cleftAdverbs may stand before the 是 of a cleft: 肯定是, 才是, 就是.
var cleftAdverbs = map[string]bool{"肯": true, "定": true, "才": true, "就": true, "正": true, "也": true, "其": true, "实": true, "恰": true, "无": true, "疑": true}

// skipCleftAdverbs returns the index of the first token at or after j that
// is not a cleft adverb.
func skipCleftAdverbs(p []tok, j int) int {
	for j < len(p) && cleftAdverbs[p[j].key] {
		j++
	}
	return j
}

func (fr *frame) handedTo(p []tok, r []rune) (int, int, float64) {
	if !fr.zh || !fr.inSitu || fr.whS < 3 {
		return 0, 0, 0
	}
	w := fr.whS
	v1, v2 := fr.q[w-2], fr.q[w-1]
	if !v1.han || !v2.han || v1.stop || v2.stop || v1.ent != "" || v2.ent != "" {
		return 0, 0, 0
	}
	name := ""
	for _, t := range fr.q[:w-2] {
		if t.ent == "person" {
			name = t.key
		}
	}
	if name == "" {
		return 0, 0, 0
	}
	for i := 2; i+1 < len(p); i++ {
		if p[i].key != v1.key || p[i+1].key != v2.key || p[i-1].key != name || i+2 < len(p) && !p[i+2].brk {
			continue
		}
		if k := p[i-2].key; k != "由" && k != "让" && k != "给" {
			continue
		}
		// The clause before this one, and its object after 一个/一支.
		b := i - 2
		for b > 0 && !p[b].brk {
			b--
		}
		if b <= 0 {
			continue
		}
		a := b - 1
		for a > 0 && !p[a-1].brk {
			a--
		}
		for j := a; j+1 < b; j++ {
			if p[j].key == "一" && (p[j+1].key == "个" || p[j+1].key == "支") && j+2 < b {
				return p[j+2].start, p[b-1].end, 6
			}
		}
	}
	return 0, 0, 0
}

// relObjectEN finds, for an English question that asks what a name
// does to something ("What will Alexandr Wang lead?"), the noun phrase a
// relative clause ending with the name and the verb describes: "setting
// up [a brand-new superintelligence team] inside Meta that he plans to
// have Alexandr Wang lead". It returns the phrase's rune range (from its
// article to the word before a place or "that") and its weight, or 0.
func (fr *frame) relObjectEN(p []tok) (int, int, float64) {
	if fr.zh || fr.whS < 0 || fr.q[fr.whS].key != "what" {
		return 0, 0, 0
	}
	// The question, past "what" (also where it stands in place: "Wang
	// will lead what at Meta?"): function words, one name, one verb, and
	// nothing but names and function words after it.
	name, verb := "", ""
	for k, t := range fr.q {
		if k >= fr.whS && k < fr.whE {
			continue
		}
		switch {
		case t.ent == "person" && name == "" && verb == "":
			name = t.key
		case t.ent != "" || t.stop:
		case verb == "" && name != "":
			verb = t.key
		default:
			return 0, 0, 0
		}
	}
	if name == "" || verb == "" {
		return 0, 0, 0
	}
	// back returns the nearest token before i, at most reach back and in
	// its clause, whose key is wanted, or -1 (also for i < 0).
	back := func(i, reach int, want func(string) bool) int {
		for j := i - 1; i >= 0 && j >= 0 && j >= i-reach && !p[j].brk; j-- {
			if want(p[j].key) {
				return j
			}
		}
		return -1
	}
	for i := 1; i < len(p); i++ {
		if p[i].key != verb || i+1 < len(p) && !p[i+1].brk {
			continue // (the verb ends its clause)
		}
		// The name a few words before the verb, "that" or "which"
		// before the name, and the phrase's article before that.
		n := back(i, 6, func(k string) bool { return k == name })
		rel := back(n, 6, func(k string) bool { return k == "that" || k == "which" })
		art := back(rel, 8, func(k string) bool { return k == "a" || k == "an" || k == "the" })
		if art < 0 {
			continue
		}
		end := rel
		for j := art + 2; j < rel; j++ {
			if k := p[j].key; k == stem("inside") || k == "in" || k == "at" || k == stem("within") {
				end = j
				break
			}
		}
		if end-art < 2 {
			continue
		}
		// (Above a slot the words around the question's verb make: the
		// relative clause says what the verb's object is.)
		return p[art].start, p[end-1].end, 6
	}
	return 0, 0, 0
}

// stateBounds end, going back from a noun, the words that describe it
// (2024年下半年以來[急劇惡化]的融資環境).
var stateBounds = []string{"以来", "以后", "之后", "之前", "以前", "由于", "因为"}

// stateThing returns, for a folded Chinese question that asks how a
// thing is (六小龙的融资环境怎么样？, Meta的财力如何？), the thing (融资环境,
// 财力), or "".
func stateThing(q string) string {
	loc := howState.FindStringIndex(q)
	if loc == nil || strings.HasPrefix(q[loc[0]:], "怎么了") {
		return "" // 怎么了 asks what happened
	}
	thing := q[:loc[0]]
	i := strings.LastIndex(thing, "的")
	if i < 0 {
		return "" // whose thing (六小龙怎么样？ asks about a company)
	}
	thing = strings.TrimSpace(thing[i+len("的"):])
	if utf8.RuneCountInString(thing) < 2 || !isAllHan(thing) {
		return ""
	}
	return thing
}

// The shapes of a question that asks how one name (X) compares with
// another (E).
var (
	enCompare = regexp.MustCompile(`^how (?:does|do|did|is|are|has|have) X(?: 's| [a-z0-9.-]+){0,3} (?:compare|stack up|measure up)(?: (?:with|to|against) E)\b|^how close (?:is|are|has|have) X\b.*\b(?:to|with) E\b`)
	zhCompare = regexp.MustCompile(`^X.{0,20}?(?:跟|和|与|同|对比|相比)E.{0,6}?(?:比|相比|比较|对比)(?:起来)?(?:性能|表现|实力)?(?:怎么样|如何|咋样|怎样|差多少|差距多大)`)
)

// comparison returns the keys of the names a question asks how the first
// compares with the second, or "".
func (fr *frame) comparison(q string) (string, string) {
	var names []string
	for _, t := range fr.q {
		if t.ent != "" && t.ent != "term" && !slices.Contains(names, t.key) {
			names = append(names, t.key)
		}
	}
	// With three, the first may own the second (谷歌的Gemini 2.5跟OpenAI比
	// 怎么样？, "How does Google's Gemini 2.5 compare with OpenAI?"): the
	// second is compared with the third, and the shapes are read without
	// the owner (the patterns want X first).
	owned := len(names) == 3
	if owned {
		names = names[1:]
	}
	if len(names) != 2 {
		return "", ""
	}
	en, zh := fr.shape(q, strings.TrimPrefix(names[0], "@"))
	if owned {
		en, zh = strings.Replace(en, " E X ", " X ", 1), strings.TrimPrefix(zh, "E的")
	}
	if enCompare.MatchString(en) || zhCompare.MatchString(zh) {
		return names[0], names[1]
	}
	return "", ""
}

// disposed answers a Chinese question that asks what is done to
// something with 把 (把什麼混進後訓練過程裡？): the object of the passage's
// 將 or 把 before the words of the question that follow the
// interrogative (將[各個benchmark的測試集]混合在post-training過程中).
// It returns rune offsets and a score.
//
// Asked what the noun before 是什么 is (六小龍的最高優先級是什麼？), the object
// of a 將 whose verb makes it that noun answers too (將[技術迭代]確立為公司的
// 最高優先級).
func (fr *frame) disposed(text []rune, p []tok, rs []run) (int, int, float64) {
	if !fr.zh || fr.whS < 1 {
		return 0, 0, 0
	}
	ba := fr.inSitu && fr.q[fr.whS-1].key == "把"
	copula := fr.q[fr.whS-1].key == "是" && fr.whS >= 2 && contentCount(fr.q, fr.whE, len(fr.q)) == 0
	// Asked with 什么 the object of the verb right before it (在後訓練階段
	// 混進了什麼？; not when the question gives the object with 把), the
	// object of a 將 or 把 before that verb answers (將[各個benchmark的
	// 測試集]混合在…): the verb's end, past a complement and 了.
	verb := -1
	if fr.inSitu && !ba && !copula && fr.qtype == QOther && fr.q[fr.whS].key == "什" && !slices.ContainsFunc(fr.q[:fr.whS], func(t tok) bool { return t.key == "把" || t.key == "将" }) {
		j := fr.whS
		for j > 1 && verbTail[fr.q[j-1].key] && j > fr.whS-3 {
			j--
		}
		if j < fr.whS && fr.q[j-1].han && !fr.q[j-1].stop {
			verb = j
		}
	}
	if !ba && !copula && verb < 0 {
		return 0, 0, 0
	}
	for _, cl := range clauses(p) {
		for i := cl[0]; i < cl[1]; i++ {
			if p[i].key != "将" && p[i].key != "把" {
				continue
			}
			for _, r := range rs {
				if r.ps > i+1 && r.pe <= cl[1] && (ba && r.qs >= fr.whE || copula && r.qe == fr.whS-1 || verb >= 0 && r.qe == verb) {
					if r.ps-i-1 <= 12 && fr.substantive(p, i+1, r.ps) && !slices.ContainsFunc(rs, func(o run) bool { return o.ps > i && o.ps < r.ps }) {
						e := r.ps
						for j := i + 2; j < r.ps; j++ {
							if disposeVerbs[p[j].key] || disposeVerbs[Fold(string(text[p[j].start:p[j].end]))] || j+1 < r.ps && disposeVerbs[Fold(string(text[p[j].start:p[j+1].end]))] {
								e = j // 將[技術迭代]確立為公司的最高優先級
								break
							}
						}
						if copula && e == r.ps {
							break // asked by 是什么, only a 將 whose verb makes it so
						}
						if ba {
							// Asked with 把 itself, the object is what is
							// asked: it outranks the clause that holds it.
							return p[i+1].start, p[e-1].end, 6
						}
						return p[i+1].start, p[e-1].end, 5
					}
					break
				}
			}
		}
	}
	return 0, 0, 0
}

// verbTail are the (folded) characters that follow a verb before the
// interrogative: complements of direction and result, and 了.
var verbTail = map[string]bool{"了": true, "进": true, "入": true, "到": true, "过": true, "成": true}

// disposeVerbs end the object of 將 or 把 (folded, or the key of a
// synonym group: ~放在 holds 確立為).
var disposeVerbs = map[string]bool{"确立": true, "确立为": true, "~放在": true, "~视为": true, "视为": true, "当成": true, "当作": true, "作为": true, "列为": true, "定为": true, "放在": true, "换成": true, "变成": true, "设为": true, "提高": true, "提升": true, "混合": true, "押注": true}

// comparedWith finds what a passage (tokens p) says of the first name of
// a comparison question in relation to the second: in a clause that names
// both, the first before the second, the words from the first's verb to
// the second ("Gemini 2.5 series has [nearly caught up with OpenAI]",
// Gemini 2.5系列模型在模型性能上[幾乎追平了OpenAI]). It returns rune
// offsets.
func (fr *frame) comparedWith(p []tok) (int, int, bool) {
	if fr.cmpX == "" {
		return 0, 0, false
	}
	for _, cl := range clauses(p) {
		x, y := -1, -1
		for i := cl[0]; i < cl[1]; i++ {
			if p[i].key == fr.cmpX && x < 0 {
				x = i
			}
			if p[i].key == fr.cmpY && x >= 0 && y < 0 {
				y = i
			}
		}
		if fr.zh && y < 0 && !fr.asksCost && !strings.Contains(fr.folded, "成本") {
			// The first described by what it matches, in a clause that
			// names the second first: 自研出了性能足以[媲美o1]的R1 (asked
			// how they compare, not what one cost).
			for i := cl[0] + 1; i+2 < cl[1]; i++ {
				if p[i].key == fr.cmpY && p[i+1].key == "的" && p[i+2].key == fr.cmpX {
					for j := i - 2; j >= max(cl[0], i-6); j-- {
						if cmpVerbs[p[j].key+p[j+1].key] {
							return p[j].start, p[i].end, true
						}
					}
				}
			}
		}
		if x < 0 || y < 0 || y-x < 2 {
			continue
		}
		s := x + 1
		if fr.zh {
			// Past a 在…上 frame (在模型性能上).
			for i := y - 1; i > s; i-- {
				if p[i].key == "上" {
					for j := s; j < i; j++ {
						if p[j].key == "在" {
							s = i + 1
							break
						}
					}
					break
				}
			}
		} else {
			// From an adverb or the word after an auxiliary ("series
			// has [nearly caught up with]").
			for i := s; i < y; i++ {
				if p[i].adv {
					s = i
					break
				}
				if enAux[p[i].key] && i+1 < y {
					s = i + 1
					break
				}
			}
		}
		if s >= y {
			continue
		}
		return p[s].start, p[y].end, true
	}
	return 0, 0, false
}

// cmpVerbs say how one thing measures against another (folded).
var cmpVerbs = map[string]bool{"媲美": true, "追平": true, "比肩": true, "赶上": true, "超过": true, "超越": true, "不及": true, "落后": true}

// stateOf finds the words that describe thing (stateThing) where the
// passage r names it after 的: 急劇惡化的融資環境 says the funding
// environment is 急劇惡化, 深厚且穩定的財力 that the finances are 深厚且穩定.
// It returns the words' rune range in r.
func stateOf(thing string, r []rune) (int, int, bool) {
	if thing == "" {
		return 0, 0, false
	}
	f := []rune(Fold(string(r)))
	if len(f) != len(r) {
		return 0, 0, false
	}
	at := strings.Index(string(f), "的"+thing)
	if at < 0 {
		// 源源不斷的[雄厚]財力: two to four characters between a 的 and
		// the thing describe it.
		i := strings.Index(string(f), thing)
		if i < 0 {
			return 0, 0, false
		}
		t := utf8.RuneCountInString(string(f)[:i])
		for s := t - 2; s >= max(1, t-4); s-- {
			if f[s-1] == '的' && isAllHan(string(f[s:t])) && !strings.ContainsRune(string(f[s:t]), '的') {
				return s, t, true
			}
		}
		return 0, 0, false
	}
	end := utf8.RuneCountInString(string(f)[:at]) // the 的
	start := end
	for start > 0 && unicode.Is(unicode.Han, f[start-1]) && end-start < 8 {
		if slices.ContainsFunc(stateBounds, func(b string) bool { return strings.HasSuffix(string(f[:start]), b) }) {
			break
		}
		start--
	}
	if end-start < 2 || end-start >= 8 {
		return 0, 0, false
	}
	return start, end, true
}

// thenWords are the times a Chinese question may ask what a name did
// at (folded).
var thenWords = []string{"去年", "今年", "前年", "此前", "之前", "以前", "当时", "当初", "早先"}

// doneThen finds, for a Chinese question that names a time of thenWords
// and a name and asks what (六小龙去年在做什么？, 六小龙去年的打法是什么？),
// the clause that opens with that time and describes the name (去年[还高舉
// 高打模型和應用雙輪驅動]的六小龍們). It returns rune offsets.
func (fr *frame) doneThen(p []tok) (int, int, float64) {
	if !fr.zh || !fr.inSitu {
		return 0, 0, 0
	}
	when := ""
	for _, w := range thenWords {
		if strings.Contains(fr.folded, w) {
			when = w
			break
		}
	}
	if when == "" {
		return 0, 0, 0
	}
	wr := []rune(when)
	for i := 0; i+len(wr) < len(p); i++ {
		match := true
		for k, c := range wr {
			if p[i+k].key != string(c) {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		s := i + len(wr)
		for s < len(p) && (p[s].key == "还" || p[s].key == "在" || p[s].key == "正" || p[s].key == "仍" || p[s].key == "都") {
			s++ // 去年[还]…: an adverb, not the deed
		}
		for m := s + 2; m+1 < len(p) && m < s+24 && !p[m].brk; m++ {
			if p[m].key == "的" && p[m+1].ent != "" && hasToken(fr.q, p[m+1].key) && contentCount(p, s, m) >= 3 {
				return p[s].start, p[m-1].end, 3
			}
		}
	}
	return 0, 0, 0
}

// r0 returns *r, the runes of text, making them on first use.
func r0(r *[]rune, text string) []rune {
	if *r == nil {
		*r = []rune(text)
	}
	return *r
}

// officerOfAsked reports whether the person at token ci stands after a
// title of an organisation the question names (Meta founder Mark
// Zuckerberg, 作為Meta創始人的馬克·扎克伯格), when the question holds no
// title itself: the person speaks for the question's subject.
func (fr *frame) officerOfAsked(p []tok, ci int, text []rune) bool {
	i := ci - 1
	for i >= 0 && (p[i].key == "的" || p[i].key == "'s") {
		i--
	}
	if i < 0 || !isTitleHead(p, i, text) || fr.asksTitle {
		return false
	}
	for j := i; j >= 0 && j >= i-4 && !p[j].brk; j-- {
		if p[j].ent != "" && p[j].ent != "term" && p[j].ent != "person" && fr.qents[p[j].key] {
			return true
		}
	}
	return false
}

// modifiesLater reports whether candidate k stands in a 的 phrase before a
// later candidate of the same type in the same clause (Chinese noun
// phrases end with their head: 前OpenAI聯合創始人…創辦的AI初創公司SSI is
// SSI).
func modifiesLater(text string, cands []Candidate, k int) bool {
	c := cands[k]
	r := []rune(text)
	for _, d := range cands[k+1:] {
		if d.Type != c.Type || d.Start < c.End || d.Start > len(r) {
			continue
		}
		between := string(r[c.End:d.Start])
		if strings.ContainsAny(between, "，。；：！？,;:!?") {
			return false
		}
		// In a 的 phrase, or before the noun the later name stands in
		// apposition to (在硅谷匿名八卦分享平臺Blind上: a platform, Blind).
		return strings.Contains(between, "的") || headsApposition(between)
	}
	return false
}

// hypotheticalWords mark a clause (or a question) about what might be or
// might have been, not what is. In passages they are looked for as
// written, in both scripts (hypotheticalHan), without folding.
var (
	hypotheticalWords = []string{"或许", "或将", "将要", "可能", "一旦", "如果", "若是", "假如", "有望", "would", "could", "might", "if", "once"}
	hypotheticalHan   = []string{"或許", "或许", "或將", "或将", "將要", "将要", "可能", "一旦", "如果", "若是", "假如", "有望", "愿意", "願意"}
	hypotheticalEN    = []string{"would", "could", "might", "if", "once", "willing to"}
	// hypotheticalAsks are what a question about a deal to come says
	// besides (扎克伯格收購SSI要花多少錢？, "How much will it cost to buy SSI?").
	hypotheticalAsks = []string{"要花", "得花", "要付", "要收购", "想收购", "会花", "will", "to buy", "to acquire"}
)

// askedDone reports whether a (folded, lower-cased) question asks about
// something done: a Chinese aspect marker (了, 过), an English past
// auxiliary or a verb in the past.
func askedDone(lower string) bool {
	if strings.ContainsAny(lower, "了过") || hasAny(lower, doneWords) {
		return true
	}
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) || r > 0x7f }) {
		switch {
		case w == "did" || w == "was" || w == "were" || w == "had",
			pastVerbs[w],
			len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
			return true
		}
	}
	return false
}

// doneWords tell in a Chinese question (folded) that what it asks about
// was done in the end (苹果为什么最后决定…把Perplexity买下来？).
var doneWords = []string{"最后决定", "最终决定", "最终", "终于", "已经"}

// endedUp matches a folded, lower-case English question about what
// happened in the end: "did … end up", "did … finally", "ended up",
// "what final price did … pay".
var endedUp = regexp.MustCompile(`\bdid\b[^?]*\b(?:end up|eventually|ultimately|finally)\b|\bended up\b|\b(?:final|actual)\s+(?:price|cost|sum|amount|bill|figure)\b[^?]*\b(?:did|paid)\b`)

// pastVerbs are the irregular past forms of the verbs of spending,
// buying and giving.
var pastVerbs = map[string]bool{"spent": true, "paid": true, "bought": true, "gave": true, "put": true, "sold": true, "raised": true, "forked": true, "shelled": true}

// shareCues ask whether a share passes a mark (folded, lower case).
var shareCues = []string{"majority", "more than half", "over half", "half of", "controlling stake", "过半", "超过一半", "一半以上", "控股", "多数股"}

// unfinishedWords say that something is not done yet: as written, in both
// scripts, and in English lower case.
var unfinishedWords = []string{"還在進一步談判", "还在进一步谈判", "仍在談判", "仍在谈判", "尚未", "還未", "还未", "still under negotiation", "still in talks", "not yet"}

// isUnfinished reports whether a clause says that what it tells is not
// done yet.
func isUnfinished(c string) bool {
	c = strings.ToLower(c)
	return slices.ContainsFunc(unfinishedWords, func(w string) bool { return strings.Contains(c, w) })
}

// dealWords name a purchase, in a folded question (lower case) or, in
// both scripts, a passage's clause.
var dealWords = []string{"收购", "收購", "并购", "併購", "买下", "買下", "buy", "buys", "buying", "bought", "acquire", "acquires", "acquiring", "acquired", "acquisition", "purchase", "purchases", "purchasing", "purchased", "pay for", "paid for"}

// attemptWords say that something was tried, in both scripts.
var attemptWords = []string{"试图", "試圖", "打算", "tried", "try", "attempt", "attempted"}

// intentWords in a question ask about what someone meant to do (folded,
// lower case): "Why did Apple want to buy Perplexity?".
var intentWords = []string{"want", "wanted", "wants", "plan", "planned", "plans", "try", "tried", "tries", "hope", "hoped", "consider", "considered", "considering", "eye", "eyed", "eyeing", "interested", "aim", "seek", "sought", "想", "打算", "计划", "希望", "有意", "考虑", "有望", "可能", "试图", "尝试"}

// mayDeal says a purchase may come ("may" alone is also a month), or is
// not settled ("up in the air", 懸在空中).
var mayDeal = []string{"may acquire", "may buy", "may purchase", "may be acquired", "may be bought", "up in the air", "still pending", "悬在空中", "悬而未决"}

// onlyUndoneDeals reports whether the passage (text, tokens p) tells of a
// purchase and every clause that does says it may come or was tried
// (one that names a company the question does not, such as an earlier
// purchase of Beats, is about something else).
func (fr *frame) onlyUndoneDeals(text string, p []tok) bool {
	any := false
	for _, cl := range clauses(p) {
		c := tokText(text, tok{start: p[cl[0]].start, end: p[cl[1]-1].end})
		if !isDeal(c) || slices.ContainsFunc(p[cl[0]:cl[1]], func(t tok) bool { return t.ent == "org" && !fr.qents[t.key] }) {
			continue
		}
		if !isHypothetical(c) && !isAttempt(c) && !hasAny(strings.ToLower(c), mayDeal) {
			return false
		}
		any = true
	}
	return any
}

// originAsks ask when something was founded, born or listed; originSaid
// tell of it in a passage (folded, lower case). "Founder" alone is a
// title, not a founding.
var (
	originAsks   = []string{"founded", "found", "established", "establish", "set up", "born", "birth", "go public", "went public", "ipo", "成立", "创立", "创办", "创建", "出生", "诞生", "上市"}
	originSaid   = []string{"founded", "established", "set up", "born", "went public", "gone public", "成立", "创立", "创办", "创建", "出生", "诞生", "上市"}
	startedAsked = regexp.MustCompile(`\b(?:was|were)\s+(?:\S+\s+){1,3}started\b`)
	// futureAsked asks when something will happen (folded, lower case);
	// futureSaid tell of something to come in a passage's clause.
	futureAsked = regexp.MustCompile(`\bwhen (?:will|would|is [\w .'-]+ going to|are [\w .'-]+ going to)\b|什么时候(?:会|将|才会|能)|何时(?:会|将|能)|(?:会|将|将会|要)在?什么时候|(?:会|将)于?何时`)
	futureSaid  = []string{"将", "预计", "计划", "有望", "will ", "expected", "plans to", "going to"}
	// founderAsks ask who founded something; founderSaid name a founder
	// in a passage, beside originSaid.
	founderAsks = []string{"founded", "founder", "co-founder", "cofounder", "who started", "who set up", "who established", "创办", "创立", "创始人", "谁成立", "谁创建", "是谁的公司", "是谁的初创公司", "是谁的创业公司"}
	founderSaid = []string{"founder", "co-founder", "cofounder", "创始人", "创办人"}
)

// whoStarted matches a lower-case question that asks who started
// something with words between ("Who are the people that started
// Perplexity?", "which people started perplexity?").
var whoStarted = regexp.MustCompile(`\bwho\b.*\b(?:that|who) (?:started|set up|established)\b|\b(?:which|what) (?:people|persons|person|guys|folks|individuals)\b.*\b(?:started|set up|established|founded)\b`)

// baAgent and baObject match a folded Chinese question that asks who
// does something to another with 把 (谁把…, 哪家公司把…), or whom it is
// done to (把谁…).
var (
	baAgent  = regexp.MustCompile(`(?:谁|哪家公司|哪家|哪个公司|哪一家|哪位|哪个人)把`)
	baObject = regexp.MustCompile(`把(?:谁|哪家公司|哪家|哪个公司|哪一家|哪位|哪个人)`)
)

// baAsked is 1 when a folded Chinese question asks who does something
// with 把 (baAgent), 2 when it asks whom it is done to (baObject), else 0.
func baAsked(q string) int {
	if !strings.Contains(q, "把") {
		return 0
	}
	switch agent, object := baAgent.MatchString(q), baObject.MatchString(q); {
	case agent && !object:
		return 1
	case object && !agent:
		return 2
	}
	return 0
}

// baWrongSide reports whether candidate c stands on the other side of a
// 把 in the passage (folded runes f) than the question's interrogative
// does (side, baAsked): right after 把 when the question asks who does
// it, right before it when the question asks whom it is done to.
func baWrongSide(side int, f []rune, c Candidate) bool {
	if c.Start < 0 || c.End > len(f) {
		return false
	}
	if side == 1 {
		return c.Start > 0 && f[c.Start-1] == '把'
	}
	return c.End < len(f) && f[c.End] == '把'
}

// foundAsked matches "found" as the verb of a question ("What company
// did Zuckerberg found?").
var foundAsked = regexp.MustCompile(`\b(?:did|does|do|to)\s+(?:\S+\s+){1,3}(?:co-?)?found\b`)

// foundedZH are the Chinese verbs of founding (folded).
var foundedZH = []string{"创办", "创立", "创建"}

// foundedByAsked reports whether the organisation ending at rune end of
// r is followed by an apposition that tells of its founding by a person
// the question names (", the AI start-up founded by Ilya Sutskever").
func (fr *frame) foundedByAsked(p []tok, r []rune, end int) bool {
	after := strings.ToLower(string(r[end:min(len(r), end+60)]))
	m := foundedByApposition.FindStringIndex(after)
	if m == nil {
		return false
	}
	at := end + utf8.RuneCountInString(after[:m[1]])
	return slices.ContainsFunc(p, func(t tok) bool { return t.start == at && t.ent == "person" && fr.qents[t.key] })
}

var foundedByApposition = regexp.MustCompile(`^,\s+(?:the|an?)\s+[^,.;]{0,30}?\b(?:co-)?(?:founded|started|set up|launched|created)\s+by\s+`)

// foundedByOther reports whether the founding a passage (tokens p,
// folded runes f) tells of is by a person the question does not name: in
// Chinese the person right before a verb of founding and 的
// (伊利亞創辦的AI初創公司SSI), in English "founded by" right before the
// person ("SSI, the AI start-up founded by Ilya Sutskever"). (A passage
// that also told of a founding by the person asked about would lose its
// companies too; none in this article does.)
func foundedByOther(fr *frame, p []tok, f []rune) bool {
	for _, t := range p {
		if t.ent != "person" || fr.qents[t.key] || t.end > len(f) || t.start < 0 {
			continue
		}
		if zh, en := foundsAt(f, t); zh || en {
			return true
		}
	}
	return false
}

// foundsAt reports whether the folded passage runes f tell of a founding
// by the person t: in Chinese a verb of founding and 的 right after the
// name (伊利亞創辦的), in English "founded by" right before it.
func foundsAt(f []rune, t tok) (zh, en bool) {
	if t.start < 0 || t.end > len(f) {
		return false, false
	}
	after := string(f[t.end:min(len(f), t.end+4)])
	zh = slices.ContainsFunc(foundedZH, func(w string) bool { return strings.HasPrefix(after, w+"的") })
	en = strings.ToLower(string(f[max(0, t.start-len("founded by ")):t.start])) == "founded by "
	return zh, en
}

// foundedOtherOrg reports whether the person at token i of a passage
// (tokens p, folded runes f) is told to have founded an organisation the
// question does not name, and none it does: in Chinese the first
// organisation after the person's 创办的 (伊利亞創辦的AI初創公司SSI), in
// English the last one before "founded by" the person.
func foundedOtherOrg(fr *frame, p []tok, f []rune, i int) bool {
	if p[i].ent != "person" {
		return false
	}
	zh, en := foundsAt(f, p[i])
	if zh {
		for j := i + 1; j < len(p) && j <= i+12 && !p[j].brk; j++ {
			if p[j].ent == "org" {
				return !fr.qents[p[j].key]
			}
		}
		return false
	}
	if en {
		for j := i - 1; j >= 0 && j >= i-14; j-- {
			if p[j].ent == "org" {
				return !fr.qents[p[j].key]
			}
		}
	}
	return false
}

// agentAsked asks by whom something was done, or because of whom
// (folded, lower case): 被谁, 受到了谁的, 遭谁, 因为谁, "by whom", "Who …
// panicking over?", "Who … hit by?", and the active "Who
// disrupted …?".
var agentAsked = regexp.MustCompile(`被谁|受到?了?谁|遭到?了?谁|因为谁|由于谁|\bby whom\b|\bbecause of (?:who|whom)\b|\bwho\b.*\b(?:panic|panicking|panicked|scared|frightened|spooked)\s+(?:over|about|by)\b|\bwho\b.*\b(?:hit|disrupted|shaken|affected|struck|rattled|upended|beaten|overtaken)\s+by\b|^\s*who\s+(?:disrupted|hit|shook|rattled|upended)\b`)

// companyActAsked asks who did what companies do (folded, lower case):
// bought, hit, pivoted, abandoned (放弃), set an example, was feared (谁冲击了六小龙？,
// 谁买了Scale AI的股份？, "Who might buy Perplexity?", "Who was Meta
// afraid of?"), which a company answers as well as a person.
var companyActAsked = regexp.MustCompile(`谁(?:可能|想|要|会|打算|曾|曾经|最先)?(?:冲击|收购|买|并购|投资|转向|转型|放弃)|谁给.{1,8}(?:做了?|做出了?|树立了?)(?:表率|榜样)|^\s*who\s+(?:might |could |would |will |wants to |plans to |tried to )?(?:buy|bought|acquire|acquired|purchase|purchased|invest|invested|pivot|pivoted|abandon|abandoned|set an example)\b|\bwho\b.*\b(?:afraid of|scared of|worried about|feared)\b`)

// rivalAsked asks whom something is measured against (folded, lower
// case): 落后于谁, 赶不上谁, 输给了谁, "Who did Llama 4 fall behind?"; a company or a
// model answers as well as a person (DeepSeek, OpenAI).
var rivalAsked = regexp.MustCompile(`(?:落后于?|落于|赶不上|比不上|比不过|不如|赶上|追上|追不上|超过|超越|逼近|媲美|追赶|追平|对标|比得上|比肩|输给了?|败给了?|打败了?|击败了?|胜过|赢了|赢过)谁|(?:跟|和|与)谁(?:比|相比|媲美|比肩|抗衡|较量|一较高下)|\bwhom?\s+(?:does|did|do)\b.*\b(?:consider|considers|considered|see|sees|saw|view|views|viewed|regard|regards|regarded)\b.*\b(?:rival|competitor|opponent)s?\b|\bwhom?\s+(?:does|did|do|can|could|would)\b.*\b(?:rival|match)\s*\??\s*$|\bwho\b.*\b(?:fall|fell|falling|lag|lagged|lagging|trail|trailed|trailing)\s+behind\b|\bwhom?\b.*\b(?:lose|loses|lost|losing)\s+(?:out\s+)?to\s*(?:on\s+[\w\s]+)?\??\s*$|\bwho\b.*\b(?:catch|caught|catching)\s+up\s+(?:with|to)\b`)

// costRatio reports whether the ratio r[s:e] is a cost told as a part of
// another's: it says "cost" itself ("less than a tenth of the cost of
// o1") or a word for money spent follows it (不足OpenAI o1十分之一的資金).
func costRatio(r []rune, s, e int) bool {
	if strings.Contains(strings.ToLower(string(r[s:e])), "cost") {
		return true
	}
	rest := strings.TrimPrefix(Fold(string(r[e:min(len(r), e+4)])), "的")
	return hasPrefixAny(rest, []string{"成本", "资金", "费用", "花费", "代价", "价格", "钱"})
}

// hasPrefixAny reports whether s starts with one of ps.
func hasPrefixAny(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// priceNouns name what something costs (folded); costAsked ask about a
// cost or a price (folded, lower case).
var (
	priceNouns = []string{"成本", "代价", "价格", "价钱"}
	costAsked  = []string{"成本", "代价", "价格", "便宜", "花", "钱", "省", "cost", "cheap", "cheaply", "price", "money", "spend", "spent", "dollars"}
)

// currencyAsked matches a folded, lower-case question that asks for a sum in
// a currency by name: 多少美元, 几亿美元, "how many dollars", "in dollars".
var currencyAsked = regexp.MustCompile(`(?:多少|几)(?:万|亿|千|百)*(?:美元|美金|元|块)|how many (?:\w+ )?dollars|\bin (?:us )?dollars\b|\b(?:dollar|usd) (?:cost|figure|amount|price|sum|value|price tag)\b`)

// priceWords ask what something costs or was paid, as the folded
// question has them (Simplified, lower case).
var priceWords = []string{"cost", "price", "pay", "paid", "spend", "spent", "代价", "价格", "花了", "花多少", "付出", "掏"}

// raiseWords name a funding round, in both scripts and lower case.
var raiseWords = []string{"融資", "融资", "募资", "集资", "筹资", "raised", "raise", "raises", "funding round"}

// isRaise reports whether a clause names a funding round.
func isRaise(c string) bool { return hasAny(strings.ToLower(c), raiseWords) }

// isFunding reports a clause that tells of a funding round: 融資,
// "funding", or money raised ("after it raised $2 billion"), not a price
// raised ("raised the asking price … to $20 billion").
func isFunding(c string) bool {
	l := strings.ToLower(c)
	return hasAny(l, fundingWords) || raisedSum.MatchString(l)
}

var fundingWords = []string{"融資", "融资", "funding"}

var raisedSum = regexp.MustCompile(`\braised?\s+(?:about\s+|some\s+|over\s+|nearly\s+)?(?:\$|us\$|\d)`)

// isDeal reports whether a clause names a purchase.
func isDeal(c string) bool { return hasAny(strings.ToLower(c), dealWords) }

// isAttempt reports whether a clause says something was tried.
func isAttempt(c string) bool { return hasAny(strings.ToLower(c), attemptWords) }

// askedShiDe reports whether a folded Chinese question asks in the
// 是…的 form, which asks of what is done (什么时候收购Perplexity的？).
func askedShiDe(folded string) bool {
	return strings.HasSuffix(strings.TrimRight(folded, "？?。 "), "的")
}

// askingTold matches a folded, lower-case clause that names a price
// asked for (報價提高至…, "raised the asking price"); askingAsked a
// question that asks one ("How much did Wang ask for?").
var (
	askingTold  = regexp.MustCompile(`报价|要价|开价|叫价|asking price|\basked for\b|\bdemand`)
	askingAsked = regexp.MustCompile(`报价|要价|开价|叫价|出价|\bask(?:s|ed|ing)?\b|\bdemand|\boffer|price tag`)
)

// isHypothetical reports whether a clause says what might be.
func isHypothetical(c string) bool {
	return slices.ContainsFunc(hypotheticalHan, func(w string) bool { return strings.Contains(c, w) }) || hasAny(strings.ToLower(c), hypotheticalEN)
}

// clauseMarks returns whether token i of p stands in a clause of text
// that marked reports; the clauses are tested once, on the first call.
func clauseMarks(text string, p []tok, marked func(clause string) bool) func(i int) bool {
	var cls [][2]int
	done := false
	return func(i int) bool {
		if !done {
			for _, cl := range clauses(p) {
				if marked(tokText(text, tok{start: p[cl[0]].start, end: p[cl[1]-1].end})) {
					cls = append(cls, cl)
				}
			}
			done = true
		}
		for _, cl := range cls {
			if i >= cl[0] && i < cl[1] {
				return true
			}
		}
		return false
	}
}

// anyMarked reports whether marked holds for some token of p.
func anyMarked(p []tok, marked func(i int) bool) bool {
	for i := range p {
		if marked(i) {
			return true
		}
	}
	return false
}

// since reports whether the date r[s:e] (rune offsets) starts a period
// that runs to now ("since last December", 從去年12月至今, 自…以來), and
// the span that says so whole.
func since(r []rune, s, e int) (int, int, bool) {
	b := s
	for b > 0 && r[b-1] == ' ' {
		b--
	}
	if b >= 5 && strings.EqualFold(string(r[b-5:b]), "since") && (b == 5 || !isWordRune(r[b-6])) {
		return b - 5, e, true
	}
	if s == 0 || !strings.ContainsRune("從从自", r[s-1]) {
		return 0, 0, false
	}
	for _, w := range []string{"至今", "以來", "以来", "開始", "开始"} {
		if hasRunesAt(r, e, w) {
			return s - 1, e + utf8.RuneCountInString(w), true
		}
	}
	return 0, 0, false
}

// pairedWith returns the person candidate that cands[k] is paired with by
// an "and" (格羅斯和弗里德曼, "Daniel Gross and Nat Friedman"), when the
// two are a pair and not part of a longer list.
func pairedWith(r []rune, cands []Candidate, k int) (int, bool) {
	if k+1 >= len(cands) || cands[k+1].Type != QWho || cands[k].Type != QWho {
		return 0, false
	}
	between := strings.TrimSpace(string(r[cands[k].End:cands[k+1].Start]))
	switch between {
	case "和", "與", "与", "及", "以及", "and":
	default:
		return 0, false
	}
	listed := func(s string) bool {
		s = strings.TrimSpace(s)
		return s == "、" || s == "," || s == "，"
	}
	if k > 0 && listed(string(r[cands[k-1].End:cands[k].Start])) {
		return 0, false
	}
	if e := cands[k+1].End; e < len(r) && strings.ContainsRune("、,，", r[e]) && k+2 < len(cands) && cands[k+2].Start <= e+2 {
		return 0, false
	}
	return k + 1, true
}

// staffWords name a company's people (員工 of Meta員工, "employee" of
// "a Meta employee").
var staffWords = []string{"員工", "员工", "工程師", "工程师", "研究員", "研究员", " employees", " employee", " engineers", " engineer", " researchers", " researcher", " staff"}

// staffAfter returns the length of the staff word r holds at i, or 0.
func staffAfter(r []rune, i int) int {
	for _, w := range staffWords {
		if hasRunesAt(r, i, w) {
			n := utf8.RuneCountInString(w)
			if j := i + n; j < len(r) && unicode.IsLetter(r[j]) && r[j] < 0x80 {
				continue // "employees" is not "employee" + s
			}
			return n
		}
	}
	return 0
}

// postWords name an officer's post (folded, lower case).
var postWords = []string{"负责人", "创始人", "总裁", "老板", "首席", "lead", "head", "chief", "ceo", "cto", "coo", "cfo", "president", "founder", "manager", "boss", "vp"}

// titleOf returns the organisation whose officer a question asks about
// (an organisation named right before a title: "StepFun's product
// lead", 智谱的新任COO; or right after a verb of running it: "Who ran
// the Maopaoya product?") and the title word, or "" and "".
func titleOf(question string, q []tok) (string, string) {
	r := []rune(question)
	for _, t := range q {
		if t.ent != "org" && t.ent != "product" || t.end > len(r) {
			continue
		}
		// Who ran it asks its lead as much ("Who ran the Maopaoya
		// product?", 谁负责冒泡鸭？).
		before := strings.ToLower(Fold(string(r[max(0, t.start-16):t.start])))
		if ranBefore.MatchString(before) {
			if hasHan(before) {
				return strings.TrimPrefix(t.key, "@"), "负责人"
			}
			return strings.TrimPrefix(t.key, "@"), "lead"
		}
		// "Who is the CEO of Google DeepMind?": the title before it.
		if m := postOfBefore.FindStringSubmatch(before); m != nil {
			return strings.TrimPrefix(t.key, "@"), m[1]
		}
		after := []rune(strings.ToLower(Fold(string(r[t.end:min(len(r), t.end+16)]))))
		for i, c := range after {
			if strings.ContainsRune("，,。？?！!；;：:", c) {
				after = after[:i]
				break
			}
		}
		// The title follows the name, after 's or 的 at most: a verb
		// between ("Meta hired whose CEO?", Meta挖了谁的CEO？) asks about
		// another company's officer.
		rest := strings.TrimLeft(string(after), " ")
		name := strings.ToLower(string(r[t.start:t.end]))
		owned := strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "的") || strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s")
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "'s"), "的")
		var window string
		if hasHan(rest) && !isWordRune([]rune(rest)[0]) {
			window = string([]rune(rest)[:min(len([]rune(rest)), 8)])
			if i := strings.IndexAny(window, "谁什哪的了"); i >= 0 {
				window = window[:i]
			}
		} else {
			words := strings.Fields(rest)
			if len(words) > 4 {
				words = words[:4]
			}
			if !owned && len(words) > 0 && !slices.Contains(postWords, strings.Trim(words[0], "?,.")) {
				continue
			}
			window = strings.Join(words, " ")
		}
		for _, w := range postWords {
			if hasHan(w) && strings.Contains(window, w) || !hasHan(w) && slices.Contains(strings.FieldsFunc(window, func(c rune) bool { return !isWordRune(c) }), w) {
				return strings.TrimPrefix(t.key, "@"), w
			}
		}
	}
	return "", ""
}

// endsInPrep matches an English question that asks "what" (not "what
// crisis", whose answer names its noun) and ends in a preposition after
// some words ("What are both … a bargaining chip for?").
var endsInPrep = regexp.MustCompile(`^what\s+(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could)\b.*\w+\s+(?:for|about|with|into|from|toward|towards)\s*[?？.!]*\s*$`)

// holderAsked matches a question (folded, lower case) that asks who holds
// a post ("Who is …'s CTO?", Meta的CTO是谁？), not what its holder does
// ("Who will Google's chief AI architect report to?").
var holderAsked = regexp.MustCompile(`是谁|是哪位|谁是|哪位是|\bwho(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\b`)

// postOfBefore matches the folded text before a name that asks for the
// holder of a title of it ("the CEO of", "chief executive of"); the
// submatch is the title word (postWords).
var postOfBefore = regexp.MustCompile(`\b(ceo|cto|coo|cfo|president|founder|boss)\s+of\s+(?:the\s+)?$`)

// ranBefore matches the folded text before a name that asks who ran it.
var ranBefore = regexp.MustCompile(`(?:\b(?:ran|runs|run|running|led|leads|leading|headed|heads|head|managed|manages|oversaw|oversees|in charge of)\s+(?:the\s+)?|负责(?:的)?)$`)

// titleOwner returns the organisation whose title (holding word) stands
// right before the person cands[k] ("former Moonshot AI core product lead
// Ming Chaoping", 前月之暗面核心產品負責人明超平).
func titleOwner(r []rune, cands []Candidate, k int, word string) (string, bool) {
	if k == 0 || cands[k-1].Type != QWhich || cands[k-1].Entity == "" {
		return "", false
	}
	gap := r[cands[k-1].End:cands[k].Start]
	if len(gap) > 40 || slices.ContainsFunc(gap, func(c rune) bool { return strings.ContainsRune("，,、。；;：:()（）“”\"", c) }) {
		return "", false
	}
	if !strings.Contains(strings.ToLower(Fold(string(gap))), word) {
		return "", false
	}
	return cands[k-1].Entity, true
}

// postHolder returns the index of the person that holds the post word
// of organisation cands[k]: the next person named after it, with the
// post between and no clause break ("SSI (Safe Superintelligence)的CEO——
// 丹尼爾·格羅斯", "former GitHub CEO Nat Friedman").
func postHolder(r []rune, cands []Candidate, k int, word string) (int, bool) {
	for j := k + 1; j < len(cands); j++ {
		if cands[j].Start < cands[k].End {
			continue
		}
		if cands[j].Type != QWho || cands[j].Entity == "" {
			if cands[j].Type == QWhich {
				continue // another name of it (Safe Superintelligence)
			}
			return 0, false
		}
		gap := r[cands[k].End:cands[j].Start]
		if len(gap) > 40 || slices.ContainsFunc(gap, func(c rune) bool { return strings.ContainsRune("，,、。；;：:", c) }) {
			return 0, false
		}
		if !containsCue(" "+strings.ToLower(Fold(string(gap)))+" ", word) {
			return 0, false
		}
		return j, true
	}
	return 0, false
}

// valuation reports whether the money r[s:e] is labelled as a valuation
// (140億美元估值, "the $14 billion valuation", "valued at $14 billion").
func valuation(r []rune, s, e int) bool {
	after := strings.ToLower(string(r[e:min(len(r), e+12)]))
	before := strings.ToLower(string(r[max(0, s-12):s]))
	return strings.HasPrefix(after, "估值") || strings.HasPrefix(after, " valuation") || strings.HasSuffix(before, "valued at ") || strings.HasSuffix(before, "valuation of ") || strings.HasSuffix(before, "估值")
}

// newHolderAsked matches a folded, lower-cased who-question about the
// new or succeeding holder of a post.
var newHolderAsked = regexp.MustCompile(`新任|新的|接任|接替|继任|接班|取代|\bnew\b|\breplac(?:e|es|ed|ing)\b|\bsucceed(?:s|ed|ing)?\b|\bsuccessor\b|\btak(?:e|es|ing)? over\b|\btook over\b`)

// formerMark reports whether a token key marks a former post: 前 or
// "former" (stem("former") is "former").
func formerMark(k string) bool { return k == "前" || k == "former" }

// otherPost reports whether the question asks for the holder of a post
// below the head (CTO, COO, chief scientist) and the person at token i of
// p is titled, right before the name, with another post only
// (CEO桑達爾·皮查伊, "CEO Sundar Pichai" for a CTO).
func (fr *frame) otherPost(p []tok, i int) bool {
	// (A head's post, CEO or founder, is also told by a verb: 伊利亞創辦的
	// SSI names its founder, whatever his title.)
	if i == 0 || !postKey(p[i-1].key) || fr.hasKey(p[i-1].key) {
		return false
	}
	if !fr.nonHeadPost && !(fr.hasKey(synonym("@ceo")) && !headPost(p[i-1].key)) {
		// Asked for a chief executive, a person titled with a post
		// below the head's only (DeepMind CTO科拉伊) is not one.
		return false
	}
	// The post asked, where the passage has it, titles another person
	// (DeepMind CTO科拉伊): not a post someone is appointed to (任命…擔任
	// 谷歌首席AI架構師), which the person titled otherwise may take.
	for j, t := range p {
		if fr.hasKey(t.key) && postKey(t.key) && !(j+1 < len(p) && p[j+1].ent == "person") {
			return false
		}
	}
	return true
}

// headPost reports whether a token key is a head's post: CEO, founder,
// co-founder.
func headPost(k string) bool {
	return k == synonym("@ceo") || k == synonym("@founder") || k == synonym("@cofounder")
}

// asksNonHeadPost reports whether the question names a post other than
// a head's (CTO, COO, chief scientist; not CEO or founder).
func (fr *frame) asksNonHeadPost() bool {
	for _, t := range fr.q {
		if postKey(t.key) && !headPost(t.key) {
			return true
		}
	}
	return false
}

// postKey reports whether a token key is a post term's (@ceo).
func postKey(k string) bool { return strings.HasPrefix(k, "@") && postTerms[k[1:]] }

// currentWords ask who holds a post now (folded, lower case).
var currentWords = []string{"now", "currently", "current", "today", "these days", "nowadays", "at present", "现在", "当前", "目前", "如今", "现任"}

// formerTitled reports whether the person at token ci stands after a
// title marked 前/former in its clause (前智譜AI COO張帆, "former MiniMax
// head of commercialization Wei Wei").
func formerTitled(p []tok, ci int) bool {
	for i := ci - 1; i >= 0 && ci-i <= 10 && !p[i].brk; i-- {
		if formerMark(p[i].key) {
			return true
		}
		if p[i].ent == "person" {
			return false // another person's title
		}
	}
	return false
}

// raisedAmount reports whether the figure r[s:e] is money raised: a verb
// of raising stands right before it ("raised $2 billion", 融資20億美元) or
// the round right after it (完成20億美元融資).
func raisedAmount(r []rune, s, e int) bool {
	before := strings.TrimRight(strings.ToLower(Fold(string(r[max(0, s-10):s]))), " ")
	after := strings.TrimPrefix(Fold(string(r[e:min(len(r), e+4)])), "的")
	return hasSuffixAny(before, []string{"融资", "raised", "raise", "raising", "募资", "筹集", "筹资"}) || hasPrefixAny(after, []string{"融资", "的融资", "募资"})
}

// paidAmount reports whether the figure at r[s:e] is a price paid or
// asked: after "for", "paid", 以 or 花了 (bought 49% of Scale AI [for]
// $14.3 billion, 以143億美元), or in a clause that speaks of an asking
// price (要價抬高至200億美元).
func paidAmount(r []rune, s, e int) bool {
	before := strings.TrimRight(strings.ToLower(Fold(string(r[max(0, s-10):s]))), " $")
	if hasSuffixAny(before, []string{" for", "paid", "pay", "put up", "spent", "以", "拿出", "花了", "斥资"}) {
		return true
	}
	wide := strings.ToLower(Fold(clauseAround(r, s, e)))
	return hasAny(wide, []string{"要价", "报价", "asking price", "开价"})
}

// hasSuffixAny reports whether s ends with one of ps.
func hasSuffixAny(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// valueWords ask what something is worth (folded, lower case).
var valueWords = []string{"valuation", "valued", "worth", "value", "估值", "值多少", "身价"}

// outletWords ask which news outlet (folded, lower case).
var outletWords = []string{"outlet", "outlets", "media organization", "media organisation", "news organization", "news organisation", "news site", "news agency", "which media", "what media", "newspaper", "publication", "network", "channel", "broadcaster", "magazine", "外媒", "媒体", "电视台", "杂志"}

// homeWords ask where someone or something was born, lives or is based
// (folded, lower case).
// employerAsked matches a folded question (lower case) asking which
// company someone is at.
var employerAsked = regexp.MustCompile(`是哪(?:家|个|一家)(?:公司|企业|厂商)的|在哪(?:家|个|一家)(?:公司|企业)(?:工作|上班|任职|做事)?[？?]?$|^\s*(?:which|what) (?:company|firm|startup|start-up) (?:is|was|does|did) .+ (?:at|with|from|work for|work at|belong to)\s*[?？]?\s*$|\bworks? (?:for|at) (?:which|what) (?:company|firm)|` + employerNoun.String())

var homeWords = []string{"born", "birthplace", "hometown", "live", "lives", "grew up", "headquartered", "headquarters", "based", "nationality", "出生", "老家", "家乡", "住在", "住哪", "总部", "总部在", "哪里人", "哪儿人", "哪国人", "哪国的", "国籍", "籍贯"}

// joinSaid tell of joining or founding a company (folded, lower case).
var joinSaid = []string{"加入", "入职", "投奔", "转投", "跳槽", "创业", "创办", "创立", "成立", "joined", "join", "went to", "moved to", "start his own", "start her own", "founded", "set up"}

// birthWords ask plainly where someone was born or is from, or where a
// company sits (folded, lower case).
var birthWords = []string{"born", "birthplace", "hometown", "nationality", "headquartered", "headquarters", "出生", "老家", "家乡", "总部", "哪里人", "哪儿人", "哪国人", "哪国的", "国籍", "籍贯"}

// homeSaid tell of a birth, a home or a seat in a passage (folded, lower
// case).
var homeSaid = []string{"born", "hometown", "native", "grew up", "headquarter", "based in", "出生", "老家", "家乡", "籍贯", "总部", "来自"}

// schoolWords ask for a school or university (folded, lower case).
var schoolWords = []string{"school", "university", "college", "alma mater", "graduate", "graduated", "study", "studied", "大学", "学校", "母校", "毕业", "读书", "念书", "读的"}

// raisedAt matches a question for the valuation a round was raised at
// ("What did Perplexity raise money at?").
var raisedAt = regexp.MustCompile(`\brais(?:e|ed|ing)\b.*\bat\b`)

// measureGroups are the words that name what a figure measures, in
// groups that say one thing (folded, lower case): a question that names
// one asks for that measure.
var measureGroups = [][]string{
	{"revenue", "revenues", "sales", "营收", "收入", "营业额"},
	{"profit", "profits", "利润", "盈利"},
	{"stock price", "share price", "market value", "market cap", "market capitalization", "股价", "市值"},
	{"salary", "salaries", "wage", "wages", "base pay", "annual pay", "yearly pay", "annual compensation", "yearly compensation", "薪资", "薪水", "年薪", "月薪", "底薪", "薪酬", "薪金", "工资"},
	{"how old", "how young", "age", "years old", "岁", "年龄", "年纪"},
	{"birthday", "birth date", "date of birth", "born", "生日", "出生", "诞辰"},
	{"net worth", "fortune", "wealth", "身家", "净资产", "财富"},
	{"weekly active", "weekly users", "wau", "周活"},
	{"exchange rate", "汇率"},
	{"capex", "capital expenditure", "capital expenditures", "capital spending", "资本支出", "资本开支"},
	{"population", "人口"},
	{"height", "how tall", "身高", "海拔"},
	{"temperature", "气温", "温度"},
}

// measured reports whether text names every measure the question asks
// for.
func (fr *frame) measured(text string) bool {
	if len(fr.measures) == 0 {
		return true
	}
	f := " " + strings.ToLower(Fold(text)) + " "
	for _, g := range fr.measures {
		if !slices.ContainsFunc(g, func(w string) bool { return containsCue(f, w) }) {
			return false
		}
	}
	return true
}

// headsApposition reports whether the Han words between two names end in
// a noun the second name stands in apposition to (匿名八卦分享平臺).
func headsApposition(between string) bool {
	rs := []rune(between)
	if len(rs) < 2 || len(rs) > 12 {
		return false
	}
	for _, c := range rs {
		if !unicode.Is(unicode.Han, c) {
			return false
		}
	}
	f := Fold(between)
	for _, n := range orgNouns {
		if hasHan(n) && strings.HasSuffix(f, n) {
			return true
		}
	}
	return false
}

// onlyInterrogative reports whether an answer is only a question word
// the passage quotes: 在被問到“怎麼確保DeepSeek就是…首選？”時 answers
// 怎么确保DeepSeek是首选？ with what follows, not with 怎麼.
func onlyInterrogative(t string) bool {
	f := strings.ToLower(strings.TrimFunc(Fold(t), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }))
	return f != "" && (slices.Contains(zhInterrogatives, f) || enWh[f] || placeholderNouns[f])
}

// companyForProduct reports whether c names a company where the question
// asks for a product or an app (asksProduct): 零一萬物轉向醫療後推出了哪款
// 產品？ is not answered by 百川智能, the company the passage says turned
// to medicine.
func (fr *frame) companyForProduct(p []tok, c *cand) bool {
	if !fr.asksProduct || c.kind != "span" || hasAny(strings.ToLower(fr.folded), companyOfProduct) {
		return false // (冒泡鸭是哪家公司的产品？ asks the company)
	}
	for _, t := range p {
		if t.start == c.answer.Start {
			return t.ent == "org"
		}
	}
	return false
}

// companyOfProduct ask whose a product is, a company.
var companyOfProduct = []string{"哪家", "公司", "谁家", "厂商", "company", "firm", "whose", "maker"}

// timeFiller reports whether a slot or reason answer is only an adverb of
// time ("what I'm really happy about is that, [so far], none…"): it
// answers nothing but when.
func timeFiller(c *cand) bool {
	if c.kind != "slot" && c.kind != "reason" || len(c.answer.Text) > len("到目前为止 ") {
		return false // (longer than any filler)
	}
	f := strings.ToLower(strings.TrimFunc(Fold(c.answer.Text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }))
	return timeFillers[f]
}

var timeFillers = map[string]bool{"so far": true, "to date": true, "for now": true, "right now": true, "at the time": true, "currently": true, "recently": true, "at once": true, "partway": true, "midway": true, "中途": true, "目前": true, "到目前为止": true, "至今": true, "当时": true, "近期": true}

// placeholderNouns stand for a thing without saying what it is: the head
// of 更吸引顶尖人才的[东西] answers nothing.
var placeholderNouns = map[string]bool{"东西": true, "事情": true, "事儿": true, "thing": true, "things": true, "something": true, "stuff": true}

// notLoneHan returns the answer's text, or "" (no answer) when it is one
// Han character left of a clause or slot (案 of 并购案): no labelled
// answer is a lone character, and such a cut reads as noise. A typed
// span keeps it.
func notLoneHan(c *cand) string {
	t := c.answer.Text
	if r, n := utf8.DecodeRuneInString(t); n == len(t) && n > 0 && unicode.Is(unicode.Han, r) && c.kind != "span" {
		return ""
	}
	return t
}

// questionShare is the share of the content tokens of p in runes [s, e)
// that the question also says: an answer repeats little of its question.
func (fr *frame) questionShare(p []tok, s, e int) float64 {
	i, j := span(p, s, e)
	n, in := 0, 0
	for _, t := range p[i:j] {
		if t.brk || t.stop {
			continue
		}
		n++
		if fr.hasKey(t.key) {
			in++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(in) / float64(n)
}

// predicate measures how much of what the question asks about its names
// the passage holds: the share of its content words (not names, not the
// interrogative; fr.predQ) found in p, and their number. rs are
// fr.runs(p).
func (fr *frame) predicate(p []tok, rs []run) (float64, int) {
	// A question word counts as found when a run covers it; a lone
	// Chinese character (the 部 of 内部 for 总部) does not.
	var buf [32]bool
	have := buf[:]
	if len(fr.q) > len(buf) {
		have = make([]bool, len(fr.q))
	}
	for _, r := range rs {
		if fr.denied(p, r.ps, r.qs) {
			// The passage denies what the question asks about (尚未發布的
			// Llama 4 for 几月份发布的): it does not tell of it.
			continue
		}
		if r.qe-r.qs >= 2 || !p[r.ps].han || p[r.ps].end-p[r.ps].start > 1 {
			for j := r.qs; j < r.qe; j++ {
				have[j] = true
			}
		}
	}
	n, found := len(fr.predQ), 0
	for _, j := range fr.predQ {
		if have[j] {
			found++
		}
	}
	if n == 0 {
		return 1, 0
	}
	return float64(found) / float64(n), n
}

// postTerms are the alias table's terms that name a post a person holds.
var postTerms = map[string]bool{"ceo": true, "coo": true, "cto": true, "chief-scientist": true, "chief-ai-architect": true, "cofounder": true, "founder": true, "adviser": true, "vice-president": true}

// subjectAux matches an English who-question whose subject follows an
// auxiliary ("who does the new Google AI architect report to"), folded
// and lower case; the subject and what follows are group 1.
var subjectAux = regexp.MustCompile(`^\s*(?:who|whom)\s+(?:do|does|did|will|would|has|have|had|can|could|should|is|was)\s+(.+)$`)

// subjectPosts returns the forms of the posts a who-question's subject
// holds (frame.subjectPosts). In English the subject follows an
// auxiliary ("Who does the AI architect report to?"; "Who is the AI
// architect?" asks the post's holder, so is and was count only before
// another verb: "Who is the AI architect reporting to?"). In Chinese it
// stands before 谁 with no copula or appointing verb between
// (首席AI架构师向谁汇报, not 首席AI架构师是谁 or 任命谁担任首席AI架构师).
func subjectPosts(an Analysis, lower string) []string {
	if an.Type != QWho {
		return nil
	}
	var out []string
	for _, en := range an.Entities {
		if !postTerms[en.ID] {
			continue
		}
		in := false
		clause := lower
		if i := strings.Index(clause, ", who "); i >= 0 {
			// "In Google's new setup, who will the chief AI architect
			// report to?": the question after its lead.
			clause = clause[i+2:]
		}
		if m := subjectAux.FindStringSubmatch(clause); m != nil {
			rest := " " + m[1] + " "
			aux := strings.Fields(strings.TrimSpace(clause))[1]
			// "will be", "has been": a copula too ("Who will be Google's
			// chief AI architect?" asks the holder).
			copula := aux == "is" || aux == "was" || strings.HasPrefix(rest, " be ") || strings.HasPrefix(rest, " been ")
			for _, f := range en.EN {
				f = strings.ToLower(f)
				if i := strings.Index(rest, " "+f); i >= 0 && (!copula || strings.Contains(rest[i+len(f)+1:], "ing ")) && subjectLead(rest[:i]) {
					in = true
				}
			}
		}
		if w := strings.Index(lower, "谁"); w > 0 {
			for _, f := range en.ZH {
				f = strings.ToLower(Fold(f))
				// Right before 谁 the post is a topic, not a subject:
				// 百川的联合创始人谁走了 asks which cofounder.
				// 首席AI架构师由谁担任 asks the holder too: 由 before 谁, or
				// a verb of holding after it.
				if i := strings.Index(lower[:w], f); i >= 0 && strings.TrimSpace(lower[i+len(f):w]) != "" && !hasAny(lower[i+len(f):w], []string{"是", "担任", "当", "任命", "叫", "为", "由"}) && !hasAny(firstRunes(lower[w+len("谁"):], 3), []string{"担任", "出任", "接任", "来当", "当"}) {
					in = true
				}
			}
		}
		if in {
			for _, f := range en.ZH {
				out = append(out, strings.ToLower(Fold(f)))
			}
			for _, f := range en.EN {
				out = append(out, strings.ToLower(Fold(f)))
			}
		}
	}
	return out
}

// subjectLead reports whether the words before a post in an English
// question's subject may lead its noun phrase (the new Google, Scale AI's):
// at most three, none a verb of appointing or a preposition ("Who did
// Google appoint as chief AI architect?" names the post as what was
// given, not as who acts).
func subjectLead(s string) bool {
	ws := strings.Fields(s)
	if len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		switch w {
		case "as", "to", "for", "with", "by", "of", "appoint", "appointed", "name", "named", "hire", "hired", "make", "made", "pick", "picked", "choose", "chose", "tap", "tapped", "want", "wanted", "become", "became":
			return false
		}
	}
	return true
}

// holdsSubjectPost reports whether the passage (runes r) names the
// person c with a post the question's subject holds, in the same
// clause and close by: "appointing DeepMind CTO Koray Kavukcuoglu as its
// chief AI architect", 任命…科拉伊·卡武克奧盧擔任谷歌首席AI架構師.
func (fr *frame) holdsSubjectPost(r []rune, c Candidate) bool {
	if len(fr.subjectPosts) == 0 {
		return false
	}
	reach := 16
	if !fr.zh {
		reach = 32 // " as its chief AI architect"
	}
	from, to := max(0, c.Start-reach), min(len(r), c.End+reach)
	for i := c.Start - 1; i >= from; i-- {
		if strings.ContainsRune("，,；;：:。！？!?", r[i]) {
			from = i + 1
			break
		}
	}
	for i := c.End; i < to; i++ {
		if strings.ContainsRune("，,；;：:。！？!?", r[i]) {
			to = i
			break
		}
	}
	near := strings.ToLower(Fold(string(r[from:c.Start]) + " | " + string(r[c.End:to])))
	return hasAny(near, fr.subjectPosts)
}

// denials deny the word after them (尚未發布, "not released"); folded and
// stemmed.
var denials = stems(map[string]bool{"不": true, "没": true, "未": true}, "not", "never")

// denied reports whether the passage denies what its token i shares with
// question token j and the question does not: the word before i is a
// denial and the word before j is none. A yes/no question is answered by
// the denial (只有國外廠商嗎？ — 不只有國外大模型廠商), so for it nothing is.
func (fr *frame) denied(p []tok, i, j int) bool {
	return fr.qtype != QYesNo && i > 0 && denials[p[i-1].key] && (j == 0 || !denials[fr.q[j-1].key])
}

// reportVerbs end a clause whose next clause is what was said or written
// (Meta在收购条款中特意注明，Alexandr Wang需要…).
var reportVerbs = []string{"注明", "表示", "称", "说", "说道", "写道", "透露", "爆料", "回应", "回应道", "解释", "解释道", "指出", "提到", "宣布", "认为", "答道", "回答", "强调"}

func hasToken(p []tok, key string) bool {
	for _, t := range p {
		if t.key == key {
			return true
		}
	}
	return false
}

// reported moves a slot [s, t) that ends with a verb of saying to the
// clause after it, which holds what was said.
func (fr *frame) reported(text string, p []tok, s, t int) (int, int) {
	if !fr.zh || t >= len(p) || !p[t].brk {
		return s, t
	}
	f := []rune(Fold(text))
	end := p[t-1].end
	for _, v := range reportVerbs {
		vr := []rune(v)
		if end-len(vr) >= p[s].start && end <= len(f) && string(f[end-len(vr):end]) == v {
			ns := t + 1
			ne := ns
			for ne < len(p) && !p[ne].brk {
				ne++
			}
			// The subject the question names is not part of what was
			// said about it (…注明，Alexandr Wang需要在Meta工作五年以上).
			for ns < ne && p[ns].ent != "" && p[ns].ent != "term" && fr.qents[p[ns].key] {
				ns++
			}
			if ne > ns && contentCount(p, ns, ne) > 0 {
				return ns, ne
			}
		}
	}
	return s, t
}

// enPreps open an English prepositional phrase.
var enPreps = map[string]bool{"in": true, "on": true, "at": true, "into": true, "of": true, "for": true, "to": true, "with": true, "from": true}

// dropLeadingPP ends an English slot [s, t) that runs up to a name with a
// phrase leading to that name ("stopped large-scale investment in its
// role-playing app [Maopaoya]") before the phrase: it describes the name,
// which the question already gives.
func (fr *frame) dropLeadingPP(p []tok, s, t int) int {
	if fr.zh || t >= len(p) || p[t].ent == "" || !fr.hasKey(p[t].key) {
		return t
	}
	for i := t - 1; i > s && t-i <= 5; i-- {
		if enPreps[p[i].key] {
			if contentCount(p, s, i) > 0 {
				return i
			}
			return t
		}
		if enAux[p[i].key] {
			return t
		}
	}
	return t
}

// linkingVerbs after "what" make a question like "What is …?".
var linkingVerbs = map[string]bool{"became": true, "becomes": true, "become": true, "remains": true, "remained": true}

// clauses returns the [start, end) token ranges between clause breaks.
func clauses(p []tok) [][2]int {
	var out [][2]int
	s := 0
	for i, t := range p {
		if t.brk {
			if i > s {
				out = append(out, [2]int{s, i})
			}
			s = i + 1
		}
	}
	if s < len(p) {
		out = append(out, [2]int{s, len(p)})
	}
	return out
}

// partWord reports whether a Chinese run is one character that both
// texts have inside a longer word: 管哪块[业]务 ↔ 應用和商[業]化, 什么新部门 ↔
// 全[新]的AI實驗室. The passage's word goes on around the character (or it
// modifies what follows, before 的) and the question's after it, so it
// ends no slot. A head noun the words share ends one (什么样的[职]位 ↔
// 一種虛[職]), as does a verb whose object follows a little later (对什么
// [动]刀 ↔ [動]起了刀).
func (fr *frame) partWord(p []tok, r run) bool {
	if fr.zh && r.pe-r.ps == 1 && r.ps > 0 && r.pe < len(p) && r.qe >= len(fr.q) && r.qs > 0 {
		// The question's last character, which ends a word there (看[法])
		// and another in the passage (新方[法]): the characters before it
		// differ, and both are content.
		b, qb := p[r.ps-1], fr.q[r.qs-1]
		return p[r.ps].end-p[r.ps].start == 1 && fr.q[r.qs].end-fr.q[r.qs].start == 1 && p[r.ps].han && !p[r.ps].stop && p[r.ps].ent == "" && b.han && !b.stop && !b.brk && b.ent == "" && qb.han && !qb.stop && qb.ent == "" && qb.key != b.key
	}
	if !fr.zh || r.pe-r.ps != 1 || r.ps == 0 || r.pe >= len(p) || r.qe >= len(fr.q) {
		return false
	}
	b, a, q := p[r.ps-1], p[r.pe], fr.q[r.qe]
	if !p[r.ps].han || p[r.ps].stop || p[r.ps].ent != "" || !b.han || b.stop || b.brk || b.ent != "" || !q.han || q.stop || q.ent != "" {
		return false
	}
	if !a.han || a.brk || a.ent != "" || a.stop && a.key != "的" {
		return false
	}
	for i := r.pe; i < min(len(p), r.pe+3); i++ {
		if p[i].key == q.key {
			return false
		}
	}
	return true
}

// slot finds the stretch of the passage that stands where the question's
// interrogative does: after the words before it and before the words after
// it (Chinese), or in the place the English question's words leave open.
// It returns token indexes and a score.
func (fr *frame) slot(p []tok, rs []run) (int, int, float64) {
	bestS, bestE, best := 0, 0, 0.0
	var bestR *run // the right anchor of the best slot
	hasLeft := fr.inSitu && contentCount(fr.q, 0, fr.whS) > 0
	hasRight := fr.whE >= 0 && contentCount(fr.q, fr.whE, len(fr.q)) > 0
	// Runs that are part of a word end no slot, but one that holds them
	// near its end reaches the word they are in (應用和商[業]化領域).
	var pw map[run]bool
	for _, r := range rs {
		if fr.partWord(p, r) {
			if pw == nil {
				pw = map[run]bool{}
			}
			pw[r] = true
		}
	}
	inWord := func(r run, s, t int) bool { return pw[r] && r.ps > s && r.pe < t && t-r.pe <= 6 }
	// In a Chinese question whose first clause likens and whose second
	// asks and has words of its own in the passage, the first clause's
	// words anchor no slot (frame.likeEnd).
	lastBreak := fr.likeEnd
	if lastBreak >= 0 && !slices.ContainsFunc(rs, func(r run) bool { return r.qs > lastBreak && r.qe <= fr.whS }) {
		lastBreak = -1
	}
	for _, cl := range clauses(p) {
		cs, ce := cl[0], cl[1]
		starts := []int{cs}
		ends := []int{ce}
		// English: whether this clause is a short phrase set off by
		// commas (no slot after the clause before it, which goes on past
		// it), and where the clause before that phrase ends.
		isParen, beforeParen := false, -1
		if !fr.zh {
			isParen = ce+1 < len(p) && parenBefore(p, ce+1) == cs-1
			beforeParen = parenBefore(p, cs)
		}
		var in []run
		var support float64
		for _, r := range rs {
			if r.ps >= cs && r.pe <= ce {
				in = append(in, r)
				support += r.w
				// A Chinese question with nothing after its interrogative
				// asks for the rest of the clause (梁文鋒認為…最大的是什麼？),
				// and one that starts with it for the start of the clause.
				if !fr.inSitu || hasLeft {
					starts = append(starts, r.pe)
				}
				if (!fr.inSitu || hasRight) && !fr.stranded && !pw[r] {
					ends = append(ends, r.ps)
				}
			}
		}
		copulaStart := -1
		if !fr.zh && !fr.inSitu {
			for i := cs; i+1 < ce; i++ {
				if complementVerbs[p[i].key] && hasToken(fr.q, p[i].key) {
					starts = append(starts, i+1)
				} else if complementVerbs[p[i].key] && fr.copula {
					// "What is their top priority?" asks what they made
					// their top priority, as "What did they make their
					// top priority?" does (but "make up for" makes
					// nothing anything).
					starts = append(starts, i+1)
					copulaStart = i + 1
				}
			}
		}
		for _, s := range starts {
			for _, t := range ends {
				if s >= t || t-s > 30 || !fr.substantive(p, s, t) {
					continue
				}
				if s == copulaStart && !possessives[p[t-1].key] {
					continue // "make [technology iteration] their top priority"
				}
				// A slot does not hold the question's own words.
				holds := false
				var inside float64
				for _, r := range in {
					switch {
					case fr.inSitu && r.ps < t && r.pe > s && (p[r.ps].ent != "" || !p[r.ps].han) && r.pe-r.ps == 1 && saidElsewhere(rs, r, s, t):
						// A name or a Latin word of the question the passage says
						// once before the slot too (早在1月份DeepSeek R1爆火后，
						// Meta…担心起[…無法趕上DeepSeek R1]; 全新的AI實驗室，被其視為
						// [大規模重組Meta AI業務]的一部分): the slot may say it again.
					case inWord(r, s, t):
					case r.ps < t && r.pe > s:
						if r.w >= 1 {
							holds = true
						}
						inside += r.w
					case fr.inSitu && r.qe <= fr.whS && r.ps >= t, fr.inSitu && r.qs >= fr.whE && r.pe <= s:
						// Words of the question's left part after the
						// slot (or of its right part before it): the
						// slot is not where the interrogative stands.
						inside += r.w
					}
				}
				if holds {
					continue
				}
				var la, ra float64
				var lr, rr *run
				for i := range rs {
					r := &rs[i]
					// In a Chinese question the words before the
					// interrogative anchor the left end, those after it
					// the right end; a run from the wrong side is no anchor.
					okL := (!fr.inSitu || r.qe <= fr.whS) && r.qe > lastBreak
					okR := !fr.inSitu || r.qs >= fr.whE
					if v := r.w - fr.qpen(*r, true); okL && (r.pe == s || r.pe == s-1 && p[s-1].stop) && v > la {
						la, lr = v, r
					}
					if v := r.w - fr.qpen(*r, true) - 0.6; okL && s == cs && cs > 0 && (r.pe == cs-1 && !isParen || r.pe == beforeParen) && v > la {
						// The clause before ends with the anchor (…的招募，还在谈判中).
						la, lr = v, r
					}
					if v := r.w - fr.qpen(*r, false); okR && (r.ps == t || r.ps == t+1 && p[t].stop || inWord(*r, s, t) && t == ce) && v > ra {
						ra, rr = v, r
					}
				}
				if !fr.zh && !fr.inSitu && la == 0 && s > cs && complementVerbs[p[s-1].key] && (hasToken(fr.q, p[s-1].key) || fr.copula) {
					// "What did they make their top priority?" ↔ "make
					// [technology iteration] their top priority": the verb
					// (a stop word, so in no run) anchors its object.
					la = 0.8
				}
				// One stretch of the question anchors one end: "Meta's
				// favourite colour?" has no slot between two Metas
				// ("Meta specified … must work at Meta").
				if lr != nil && rr != nil && rr.qs < lr.qe && rr.qe > lr.qs {
					if ra <= la {
						ra, rr = 0, nil
					} else {
						la, lr = 0, nil
					}
				}
				// Between two stretches the question has side by side,
				// the passage only inserted a word or a verb phrase of
				// hearsay ("path to reaching AGI" for "path to AGI",
				// "Meta was reported to be worried" for "Meta worried"):
				// no slot.
				if !fr.inSitu && lr != nil && rr != nil && (t-s <= 2 || t-s <= 4 && contentCount(p, s, t)-sayingCount(p, s, t) <= 1) && rr.qs >= lr.qe && contentCount(fr.q, lr.qe, rr.qs) == 0 && !namesSome(p, s, t) {
					continue
				}
				// Nor between two names the question joins ("ByteDance
				// and DeepSeek"): what the passage says between them
				// ("ByteDance [coming from behind] or DeepSeek's…") is of
				// the first, not what is asked of both.
				if lr != nil && rr != nil && rr.qs >= lr.qe && fr.q[lr.qe-1].ent != "" && fr.q[lr.qe-1].ent != "term" && fr.q[rr.qs].ent != "" && fr.q[rr.qs].ent != "term" && rr.qs == lr.qe+1 && joinsNames[fr.q[lr.qe].key] {
					continue
				}
				// Nor where the passage says in its own word what the
				// question says between them ("in the [acquisition]
				// terms" ↔ "in the [deal] terms").
				if !fr.inSitu && lr != nil && rr != nil && t-s <= 2 && contentCount(p, s, t) <= 1 && rr.qs >= lr.qe && contentCount(fr.q, lr.qe, rr.qs) == 1 && !namesSome(p, s, t) {
					continue
				}
				if !fr.zh && !fr.inSitu && !fr.subject && !fr.copula && lr == nil && rr != nil && rr.qs == fr.whE && followedBy(in, rr) {
					// "What did Llama engineers deny?" ↔ Although [Llama
					// engineers] publicly denied the rumors…: the passage
					// has the subject and then the verb, as the question
					// does; what was denied follows the verb, not what
					// stands before the subject.
					continue
				}
				if !fr.zh && !fr.inSitu && !fr.subject && rr != nil && (relPronoun(p[s].key) || s > cs && relPronoun(p[s-1].key)) {
					// "What did the four strong players give up?" ↔ the
					// "four strong players" that [stuck with …] also gave
					// up: a relative clause describes the subject; what
					// was given up is not in it.
					continue
				}
				if !fr.zh && !fr.inSitu && !fr.subject && !fr.copula && rr != nil && contentCount(fr.q, rr.qs, len(fr.q)) == 1 && fr.q[rr.qs].ent == "" &&
					!(s > cs && complementVerbs[p[s-1].key]) && !namesSome(p, s, t) {
					// "What can start-ups short on cash maximize?" ↔
					// start-ups can only pull in their limited resources
					// and [maximize] value: a question that ends with its
					// verb asks for the verb's object, which follows it,
					// not what the passage says before it ("make [it]
					// their top priority" excepted). One word only: "What
					// does a PhD student say [attracts top talent]?" asks
					// a subject; nor a name: "What did StepFun do with
					// [Maopaoya]?".
					continue
				}
				v := la + ra + 0.15*support - inside
				if fr.inSitu {
					if hasLeft && la == 0 {
						v -= 0.3
					}
					if hasRight && ra == 0 {
						v -= 0.2
					}
				} else if fr.subject && ra == 0 || !fr.subject && !fr.copula && la == 0 {
					v -= 0.5
				}
				if n := t - s; n > 12 {
					v -= 0.03 * float64(n-12)
				}
				if v > best {
					bestS, bestE, best, bestR = s, t, v, rr
				}
			}
		}
	}
	// An English subject question whose verb the passage has in the
	// passive ("What hit the six little dragons?" ↔ "also hit by
	// DeepSeek") is answered by the agent after "by".
	if fr.subject && !fr.zh {
		for _, r := range rs {
			if r.qs != fr.whE {
				continue
			}
			b := r.pe
			if b < len(p) && (p[b].adv || p[b].key == "hard") {
				b++
			}
			if b+1 >= len(p) || p[b].key != "by" || p[b+1].brk {
				continue
			}
			t := b + 1
			for t < len(p) && !p[t].brk && t-b <= 8 {
				t++
			}
			if v := r.w + 0.5; v > best && fr.substantive(p, b+1, t) {
				bestS, bestE, best, bestR = b+1, t, v, nil
			}
		}
	}
	// A Chinese question that names the kind of thing it asks right after
	// its interrogative (陷入了什麼危機？) is answered with that noun
	// (新一輪技術自證的危機), which the passage has right after the slot.
	if fr.inSitu && bestR != nil && bestR.ps == bestE && bestR.qs >= fr.whE && contentCount(fr.q, fr.whE, bestR.qs) == 0 && bestE > bestS && p[bestE-1].key == "的" &&
		contentCount(fr.q, bestR.qe, len(fr.q)) == 0 && contentCount(p, bestR.ps, bestR.pe) > 0 {
		bestE = bestR.pe
	}
	// An English question that names the kind of thing right after its
	// interrogative ("What crisis did they fall into?") is answered with
	// that noun and what follows it ("a new crisis of having to prove
	// their technology"), when the slot stops at the noun.
	if !fr.zh && !fr.inSitu && bestR != nil && bestR.ps == bestE && bestR.qs == fr.whE && bestE > bestS && bestR.pe-bestR.ps == 1 {
		bestE = bestR.pe
		if bestE < len(p) && p[bestE].key == "of" {
			for bestE < len(p) && !p[bestE].brk {
				bestE++
			}
		}
	}
	// A Chinese clause that the next one describes with a copula is
	// what that description is about (对AGI宏大目标的坚定追求，也是梁文锋在
	// 跟大厂争抢人才时的一大底气): it answers a question whose words the
	// next clause holds.
	if fr.inSitu {
		cls := clauses(p)
		for i := 0; i+1 < len(cls); i++ {
			next := cls[i+1]
			j := next[0]
			for j < next[1] && (p[j].key == "也" || p[j].key == "就" || p[j].key == "便" || p[j].key == "正" || p[j].key == "都" || p[j].key == "更" || p[j].key == "才") {
				j++
			}
			// 是, or 成了/成為 ("became": 如何補上產品滯后的短板，成了谷歌的當務之急)
			// when the question's words end the clause, as the thing
			// asked about (not 都成了中美大模型廠商保住AGI牌桌上的新籌碼, for a
			// question about the 牌桌).
			became := j+1 < next[1] && p[j].key == "成" && (p[j+1].key == "了" || p[j+1].key == "为")
			if j >= next[1] || p[j].key != "是" && !became {
				continue
			}
			var support, own float64
			ends := false
			for _, r := range rs {
				if r.ps >= next[0] && r.pe <= next[1] {
					support += r.w
					ends = ends || r.pe == next[1]
				}
				if r.ps >= cls[i][0] && r.pe <= cls[i][1] {
					own += r.w
				}
			}
			if became && !ends {
				continue
			}
			if v := 0.6*support - own; v > best && contentCount(p, cls[i][0], cls[i][1]) > 0 {
				bestS, bestE, best = cls[i][0], cls[i][1], v
			}
		}
	}
	// A Chinese slot does not open with the localizer that closes the
	// passage's 在… phrase, which the question says with another (在有限資源
	// [內]做出…, asked as 在有限資源下; 內部 is a word).
	if fr.zh && best > 0 && bestE-bestS > 1 && slotLocalizer[p[bestS].key] && p[bestS+1].key != "部" && openedByAt(p, bestS) {
		bestS++
	}
	// A slot does not end in the copula or adverb that joins it to the
	// question's words (這(遠大前景)[才是更]吸引頂尖人才的東西, "This (the grand
	// vision) [is what] attracts top talent").
	for bestE-bestS > 1 && slotTail[p[bestE-1].key] {
		bestE--
	}
	// A Chinese slot that only says when (真正讓我開心的是，[到目前為止]，我們
	// 最優秀的那些人都沒有接受…) leads to what is said in the clause after it.
	if fr.zh && best > 0 && bestE < len(p) && p[bestE].brk && onlyWhen(p, bestS, bestE) {
		cs, ce := bestE+1, bestE+1
		for ce < len(p) && !p[ce].brk {
			ce++
		}
		if ce > cs && fr.substantive(p, cs, ce) {
			bestS, bestE = cs, ce
		}
	}
	return bestS, bestE, best
}

// slotWhen are the Chinese phrases of time that open a sentence without
// saying anything of their own.
var slotWhen = []string{"到目前为止", "目前为止", "截至目前", "截至目前为止", "迄今为止", "迄今", "至今", "目前", "如今", "眼下", "此前", "当时", "随后", "之后"}

// onlyWhen reports whether p[s:t] is one of slotWhen.
func onlyWhen(p []tok, s, t int) bool {
	var b strings.Builder
	for i := s; i < t; i++ {
		b.WriteString(p[i].key)
	}
	return slices.Contains(slotWhen, b.String())
}

// slotLocalizer are the Chinese localizers that close a 在… phrase.
var slotLocalizer = map[string]bool{"内": true, "下": true, "中": true, "上": true, "里": true, "间": true, "外": true}

// openedByAt reports whether the clause of p[i] has 在 (or 于) in the
// few tokens before it, so that p[i] may close a 在… phrase.
func openedByAt(p []tok, i int) bool {
	for j := i - 1; j >= 0 && j >= i-8 && !p[j].brk; j-- {
		if p[j].key == "在" || p[j].key == "于" {
			return true
		}
	}
	return false
}

// slotTail are the words a slot does not end with.
var slotTail = map[string]bool{"才": true, "是": true, "更": true, "最": true, "也": true, "就": true, "都": true, "还": true, "便": true, "则": true,
	"is": true, "are": true, "was": true, "were": true, "what": true, "that": true}

// titled reports whether a term of the alias table that the question
// has (首席科學家, CEO: a title) ends right before token ci, function words
// apart.
func (fr *frame) titled(p []tok, rs []run, ci int) bool {
	for _, r := range rs {
		if r.pe <= ci && adjacent(p, r.pe, ci) && p[r.pe-1].ent == "term" {
			return true
		}
	}
	return false
}

// adjacent reports whether p[a:b] holds only function words, no break.
func adjacent(p []tok, a, b int) bool {
	for i := a; i < b; i++ {
		if !p[i].stop || p[i].brk {
			return false
		}
	}
	return true
}

// namesSome reports whether p[s:t] holds a name (a person, an
// organisation, a product): "What does Meta see as its biggest
// competitor?" asks for the name the passage puts between "Meta sees" and
// "as its biggest competitor".
func namesSome(p []tok, s, t int) bool {
	for i := s; i < t; i++ {
		if p[i].ent != "" && p[i].ent != "term" {
			return true
		}
	}
	return false
}

// substantive reports whether p[s:t] says something: a content word
// that is not only an adverb ("has explicitly" is no answer).
func (fr *frame) substantive(p []tok, s, t int) bool {
	if fr.why && zhMannerOnly(p, s, t) {
		return false // 高管[相繼]離開 says how, not why
	}
	for i := s; i < t; i++ {
		if p[i].stop || p[i].brk {
			continue
		}
		if !p[i].han && p[i].ent == "" && (p[i].adv || enAux[p[i].key] || hearsay[p[i].key] || enConjunctions[p[i].key]) {
			continue
		}
		return true
	}
	return false
}

// joinsNames are the words that join two names as one subject.
var joinsNames = map[string]bool{"and": true, "和": true, "与": true, "及": true, "跟": true, "同": true}

// enConjunctions open a clause and say nothing of their own ("Although
// Llama engineers publicly denied…": no slot is "Although"); keyed as
// tokens are, by stem.
var enConjunctions = map[string]bool{}

func init() {
	for _, w := range []string{"although", "though", "however", "whereas", "while", "unlike", "despite", "because", "since", "yet"} {
		enConjunctions[stem(w)] = true
	}
}

// zhMannerOnly reports whether p[s:t] holds Chinese function characters
// and one adverb of manner (zhManner) and nothing else.
func zhMannerOnly(p []tok, s, t int) bool {
	if t-s > 6 {
		return false
	}
	var han strings.Builder
	for i := s; i < t; i++ {
		if !p[i].han || p[i].ent != "" {
			return false
		}
		if !p[i].stop {
			han.WriteString(p[i].key)
		}
	}
	return zhManner[han.String()]
}

// zhManner are Chinese adverbs of manner and sequence (folded).
var zhManner = map[string]bool{"相继": true, "纷纷": true, "陆续": true, "先后": true, "接连": true, "集体": true, "一起": true, "同时": true, "一同": true, "一齐": true}

// hearsay are the English verbs that say a thing was reported ("Google
// was reported to be appointing…"): a slot of them and function words
// says who heard what, not what (by stem).
var hearsay = stems(nil, "reported", "reportedly", "rumored", "rumoured", "said", "alleged", "allegedly")

// fracOfBase matches (folded) a part of another's told with a bound
// (不足OpenAI o1十分之一): the other's last word, and the part.
var (
	fracOfBase = regexp.MustCompile(`^(?:不足|不到)(?:[A-Za-z][A-Za-z0-9]* )*([A-Za-z][A-Za-z0-9]*) ?(` + zhFrac + `)$`)
	lessWords  = []string{"不足", "不到", "少于", "低于"}
)

// zhSplitWords are Chinese words whose last characters an answer must not
// start with when the first ones stand just before it: the answer then
// begins inside the word (擔心起|還未發布的Llama 4…, 押注|到模型迭代上,
// 負責|人洪濤). Folded.
var zhSplitWords = []string{"混合", "押注", "下注", "投注", "担心起", "担忧起", "想起", "说起", "谈起", "负责人", "创始人", "合伙人", "投资人", "发言人"}

// outOfWord moves s past the rest of a word of zhSplitWords that the
// answer [s, e) starts inside.
func outOfWord(f []rune, s, e int) int {
	if s <= 0 || s >= e || !unicode.Is(unicode.Han, f[s]) {
		return s
	}
	for _, wr := range zhSplitRunes() {
		for j := 1; j < len(wr); j++ {
			if s-j >= 0 && s+len(wr)-j < e && slices.Equal(f[s-j:s], wr[:j]) && slices.Equal(f[s:s+len(wr)-j], wr[j:]) {
				return s + len(wr) - j
			}
		}
	}
	return s
}

var zhSplitRunes = sync.OnceValue(func() [][]rune {
	out := make([][]rune, len(zhSplitWords))
	for i, w := range zhSplitWords {
		out[i] = []rune(w)
	}
	return out
})

// groupCount matches a group named by its number (四小強, 六小龍), and
// groupAsked a folded question that asks how many companies.
var (
	groupCount = regexp.MustCompile(`[二兩两三四五六七八九十][小大](?:龍|龙|強|强|虎)`)
	groupAsked = regexp.MustCompile(`(?:几|多少)家|剩下?几`)
)

// groupCounts returns the groups named by their number in text as count
// candidates.
func groupCounts(text string) []Candidate {
	var out []Candidate
	for _, m := range groupCount.FindAllStringIndex(text, -1) {
		s := utf8.RuneCountInString(text[:m[0]])
		out = append(out, Candidate{Type: QCount, Text: text[m[0]:m[1]], Start: s, End: s + utf8.RuneCountInString(text[m[0]:m[1]])})
	}
	return out
}

// areaAsked matches a folded question that asks which area or line of
// business (哪块业务, 什么领域).
var areaAsked = regexp.MustCompile(`(?:哪|什么)[块个些]?(?:业务|领域|方面)|哪块`)

// verbMeasure is a two-character verb and "one" with a measure word
// before a noun (组建一个, 推出一款), folded.
var verbMeasure = regexp.MustCompile(`^\p{Han}{2}一[个家支款位种]`)

// leadTrim and tailTrim are function words an answer neither starts nor
// ends with.
var (
	zhLeadTrim = []string{"们", "遭遇", "选择了", "尽管", "虽然", "即使", "但是", "但", "不过", "不仅", "不但", "被爆", "被曝", "据悉", "已经", "可以", "肯定", "一定", "当然", "无疑", "显然", "确实", "主要", "大多", "更多", "几乎", "特意", "正式", "开始", "这场", "这种", "这个", "这些", "这一", "那些", "那个", "该", "他们", "她们", "它们", "我们", "一种", "一个", "存在的", "之间", "因为", "由于", "为了", "就是", "便是", "则是", "更是", "这将", "将会", "会认为", "认为", "一跃", "不得不", "重新", "多集中在", "集中在", "视为", "视作", "看作", "代表", "意味着", "相当于", "当下", "目前", "如今", "当前", "靠着", "靠著", "凭借", "凭着", "凭著", "依靠",
		"了", "的", "是", "为", "成", "在", "将", "把", "被", "从", "于", "以", "着", "过", "给", "向", "到", "都", "也", "就", "更", "又", "已", "便", "则", "却", "会", "要", "能", "可", "而", "并", "即", "这", "那", "其", "因", "与", "和", "及", "让", "使", "所", "等", "均", "至", "认为", "觉得", "表示", "称", "去"}
	// zhLeadWords are words that start with a character zhLeadTrim
	// drops when it stands alone (使 of 使用, 并 of 并购).
	zhLeadWords = []string{"使用", "可能", "能力", "要求", "成本", "成功", "成果", "成绩", "成员", "会议", "所有", "以及", "以上", "以来", "更新", "并购", "给予", "向来", "而言", "都市", "便宜", "因素", "因此", "让步", "至今", "至少", "至于", "至关", "去年", "去世", "上述"}
	// zhTailTrim are dropped from an answer's end; the words first are
	// verbs and prepositions that need what follows them (DeepSeek处于
	// is DeepSeek).
	zhTailTrim = []string{"处于", "位于", "在于", "对于", "关于", "由于", "属于", "源于", "来自", "成为", "作为", "一职", "之中", "已经", "的", "了", "却", "等", "着", "过", "时", "后", "之", "是", "在", "这", "那"}
	enLeadTrim = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true, "have": true, "had": true,
		"to": true, "of": true, "for": true, "that": true, "and": true, "or": true, "but": true, "as": true, "by": true, "with": true, "in": true, "on": true, "at": true, "into": true,
		"would": true, "will": true, "could": true, "can": true, "may": true, "might": true, "also": true, "then": true, "however": true, "although": true, "which": true, "who": true, "it": true, "being": true, "only": true, "just": true}
	copulas    = map[string]bool{"is": true, "are": true, "was": true, "were": true}
	enTailTrim = map[string]bool{"and": true, "or": true, "that": true, "of": true, "to": true, "the": true, "a": true, "an": true, "in": true, "with": true, "by": true, "as": true, "is": true, "was": true, "are": true, "were": true, "be": true, "had": true, "has": true, "have": true, "its": true, "their": true, "his": true, "for": true, "become": true, "became": true, "been": true}
)

// continues reports whether the text goes on after rune e within its
// clause (a word follows, not a mark).
func continues(r []rune, e int) bool {
	for e < len(r) && r[e] == ' ' {
		e++
	}
	return e < len(r) && (unicode.IsLetter(r[e]) || unicode.IsDigit(r[e]))
}

// saidVerbs end an answer that names a speaker: the one-word English
// verbs of speechVerbs and a few that do not mark a passage as speech.
// tailAux before an answer's last word make it a verb whose object was
// cut away.
var (
	saidVerbs = func() map[string]bool {
		m := map[string]bool{"added": true, "noted": true, "wrote": true}
		for _, v := range speechVerbs {
			if v[0] < 0x80 && !strings.Contains(v, " ") {
				m[v] = true
			}
		}
		return m
	}()
	tailAux = map[string]bool{"has": true, "have": true, "had": true}
)

// sayAsked matches a folded, lower-case question that asks why someone
// says something is so (梁文鋒說為什麼…).
var sayAsked = regexp.MustCompile(`说|讲|表示|\bsaid\b|\bsays?\b`)

// replyAsked matches a folded, lower-case question that asks how someone
// explained or answered something.
var replyAsked = regexp.MustCompile(`解释|回答|回应|答复|理由|\bexplain|\banswer|\brepl(?:y|ied)|\brespond|\breason (?:did|does|do) `)

// quotedObject finds, in a quotation of text, a name the question gives
// followed by a verb the question asks with, and returns the rune range of
// what follows the verb to the quotation's end ("ChatGPT replaces search"
// → search, for "What does Altman say ChatGPT will replace?").
func (fr *frame) quotedObject(text string) (int, int, bool) {
	r := []rune(text)
	f := []rune(strings.ToLower(Fold(text)))
	if len(f) != len(r) {
		return 0, 0, false
	}
	q := fr.lower
	for open := 0; open < len(f); open++ {
		if f[open] != '“' && f[open] != '"' {
			continue
		}
		end := open + 1
		for end < len(f) && f[end] != '”' && f[end] != '"' {
			end++
		}
		if end >= len(f) {
			return 0, 0, false
		}
		quote := string(f[open+1 : end])
		for _, en := range fr.an.Entities {
			for _, form := range append(append([]string{}, en.ZH...), en.EN...) {
				form = strings.ToLower(Fold(form))
				i := strings.Index(quote, form)
				if form == "" || i < 0 {
					continue
				}
				after := []rune(quote[i+len(form):])
				at := open + 1 + utf8.RuneCountInString(quote[:i+len(form)])
				if s, e, ok := objectAfterVerb(after, q); ok {
					return at + s, at + e, true
				}
			}
		}
		open = end
	}
	return 0, 0, false
}

// objectAfterVerb returns the range of what follows the verb that opens
// after (a quotation's words after a name), when the question q (folded,
// lower case) ends by asking that verb's object: a Chinese verb of two
// characters, or an English word whose first five letters its last word
// has.
func objectAfterVerb(after []rune, q string) (int, int, bool) {
	s := 0
	for s < len(after) && after[s] == ' ' {
		s++
	}
	if s+2 < len(after) && unicode.Is(unicode.Han, after[s]) && unicode.Is(unicode.Han, after[s+1]) {
		// The question ends with the verb and what asks its object:
		// 取代什么？, not 当成什么的替代品？.
		if i := strings.LastIndex(q, string(after[s:s+2])); i >= 0 && zhObjectAsked.MatchString(q[i+len(string(after[s:s+2])):]) {
			return s + 2, len(after), true
		}
		return 0, 0, false
	}
	e := s
	for e < len(after) && unicode.IsLetter(after[e]) {
		e++
	}
	if e-s < 4 || e+1 >= len(after) || after[e] != ' ' {
		return 0, 0, false
	}
	// The question ends with the verb ("… will replace?").
	words := strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	if len(words) == 0 || !strings.HasPrefix(words[len(words)-1], stemPrefix(string(after[s:e]))) {
		return 0, 0, false
	}
	return e + 1, len(after), true
}

// zhObjectAsked matches what follows a Chinese question's verb when the
// question asks its object and ends there (什么？, 的是什么).
var zhObjectAsked = regexp.MustCompile(`^(?:了|的是|是|成)?(?:什么|啥|哪些)[？?。！!\s]*$`)

// shortQuote returns the text inside the quotation marks around runes
// [s, e) of r, up to the end of the quotation's first sentence, when it
// is short (a reply, not a speech).
func shortQuote(r []rune, s, e int) (int, int, bool) {
	const maxQuote = 20
	open := -1
	for i := s - 1; i >= 0 && i >= s-maxQuote; i-- {
		if r[i] == '“' {
			open = i
			break
		}
		if r[i] == '”' || r[i] == '。' {
			return 0, 0, false
		}
	}
	if open < 0 {
		return 0, 0, false
	}
	for i := e; i < len(r) && i-open <= maxQuote+1; i++ {
		if r[i] == '”' || r[i] == '。' || r[i] == '！' || r[i] == '？' {
			if slices.Contains(r[open+1:i], '“') || i-open-1 < e-s {
				return 0, 0, false
			}
			return open + 1, i, true
		}
		if r[i] == '“' {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// shortQuoteEN is shortQuote for English text: r[s:e] inside the first
// sentence of a quotation (opened by " after a space or a colon), that
// sentence, when it is short.
func shortQuoteEN(r []rune, s, e int) (int, int, bool) {
	const maxQuote = 60
	open := -1
	for i := s - 1; i >= 0 && i >= s-maxQuote; i-- {
		if r[i] == '"' || r[i] == '“' {
			if i+1 < len(r) && unicode.IsLetter(r[i+1]) && (i == 0 || r[i-1] == ' ' || r[i-1] == ':') {
				open = i
			}
			break
		}
		if r[i] == '.' || r[i] == '!' || r[i] == '?' {
			return 0, 0, false
		}
	}
	if open < 0 {
		return 0, 0, false
	}
	for i := e; i < len(r) && i-open <= maxQuote+1; i++ {
		if r[i] == '.' || r[i] == '!' || r[i] == '?' || r[i] == '"' || r[i] == '”' {
			return open + 1, i, true
		}
	}
	return 0, 0, false
}

// besideOpen reports whether the sentence f ends in has opened 除了
// "besides" (folded runes), so that a 外 may close it.
func besideOpen(f []rune) bool {
	from := 0
	for i := len(f) - 1; i >= 0; i-- {
		if f[i] == '。' || f[i] == '！' || f[i] == '？' {
			from = i + 1
			break
		}
	}
	return strings.Contains(string(f[from:]), "除了")
}

// trimAnswer trims function words, spaces and punctuation off the ends of
// text[s:e] (runes), and for place questions a trailing locative (押注到
// 模型迭代上 → 模型迭代). r are text's runes. It returns the new range and
// text.
func trimAnswer(text string, r []rune, s, e int, fr *frame) (int, int, string) {
	f := []rune(Fold(text))
	if len(f) != len(r) {
		f = r
	}
	isSpace := func(c rune) bool {
		return unicode.IsSpace(c) || unicode.IsPunct(c) && !strings.ContainsRune("“”\"()（）%$", c)
	}
	s = outOfWord(f, s, e)
	quoted := false
	if fr != nil && fr.qtype == QWhy && (replyAsked.MatchString(fr.lower) || sayAsked.MatchString(fr.lower)) {
		// A reason someone gives in a short quotation, asked how they
		// explained or answered it, is the quotation as they said it:
		// 梁文鋒給出的回答是：“因為我們在做最難的事” → 因為我們在做最難的事,
		// not 做最難的事. Asked only what they said, the quotation must
		// give a reason (因為…, "Because…").
		reply := replyAsked.MatchString(fr.lower)
		if qs, qe, ok := shortQuote(r, s, e); ok && (reply || hasRunesAt(f, qs, "因为")) {
			s, e, quoted = qs, qe, true
		} else if qs, qe, ok := shortQuoteEN(r, s, e); ok && !fr.zh && (reply || strings.HasPrefix(strings.ToLower(string(r[qs:qe])), "because")) {
			// answered: "Because we are doing the hardest thing."
			s, e, quoted = qs, qe, true
		}
	}
	if fr != nil && fr.zh {
		// The speaker's own "I think they" before what they think is no
		// part of it, nor is the thing judged before 是: 我覺得他們繼續努力
		// 是[理性的選擇].
		if loc := thinkOpener.FindStringIndex(string(f[s:e])); loc != nil {
			if n := utf8.RuneCountInString(string(f[s:e])[:loc[1]]); e-(s+n) >= 4 {
				s += n
				if i := slices.Index(f[s:e], '是'); i >= 1 && i <= 6 && e-(s+i+1) >= 3 {
					s += i + 1
				}
			}
		}
	}
	if fr != nil && fr.zh && fr.kind != "" && fr.qtype == QOther && fr.whS >= 1 && kindAfterIs(fr) {
		// Asked what kind of thing something is (…算是一种怎样的选择？),
		// what the passage says after its 是 is the kind; the thing
		// before it is the question's subject, in other words:
		// 繼續努力是[理性的選擇].
		if i := slices.Index(f[s:e], '是'); i >= 2 && e-(s+i+1) >= 2 {
			s += i + 1
		}
	}
	if fr != nil && fr.view {
		// Asked what someone said of a view: "[he had heard that] Meta
		// sees OpenAI as its biggest competitor", 自己聽說[Meta把OpenAI
		// 視為…], the view without who heard it ("What did Sam Altman
		// say?" keeps his words whole).
		opener, span, least := speechOpenerEN, strings.ToLower(string(r[s:e])), 12
		if fr.zh {
			opener, span, least = speechOpenerZH, string(f[s:e]), 6
		}
		if loc := opener.FindStringIndex(span); loc != nil {
			if n := utf8.RuneCountInString(span[:loc[1]]); e-(s+n) >= least {
				s += n
			}
		}
	}
	if fr != nil && fr.zh && fr.aspect {
		// Asked in what respect, a 在…上 inside the answer says it
		// (系列在[模型性能]上幾乎追平).
		if i := slices.Index(f[s:e], '在'); i >= 0 {
			if j := slices.Index(f[s+i+1:e], '上'); j >= 2 && j <= 8 {
				s, e = s+i+1, s+i+1+j
			}
		}
	}
	if fr != nil && !fr.zh && fr.qtype == QOther && regardAsked.MatchString(fr.lower) {
		// Asked what someone considers a thing to be, what they see it
		// as: "sees OpenAI as [its biggest competitor]".
		if loc := regardedAs.FindStringSubmatchIndex(strings.ToLower(string(r[s:e]))); loc != nil {
			if n := utf8.RuneCountInString(strings.ToLower(string(r[s:e]))[:loc[2]]); e-(s+n) >= 2 {
				s += n
			}
		}
	}
	if fr != nil && fr.zh {
		// Asked what part of another's it is, with the other and the
		// bound named (R1的资金成本还不到o1的几分之几？), the part answers:
		// 不足OpenAI o1十分之一 → 十分之一.
		if m := fracOfBase.FindStringSubmatch(string(f[s:e])); m != nil && hasAny(fr.folded, lessWords) && containsCue(fr.lower, strings.ToLower(m[1])) {
			s = e - utf8.RuneCountInString(m[2])
		}
	}
	if fr != nil && fr.zh && fr.qtype == QOther && fr.whE >= 0 && fr.whE < len(fr.q) && fr.q[fr.whE].han && !fr.q[fr.whE].stop {
		// Asked for a kind of thing (搭一个什么新部门？), the thing, not the
		// deed of making one: 組建一個[全新的AI實驗室].
		if loc := verbMeasure.FindStringIndex(string(f[s:e])); loc != nil {
			if n := utf8.RuneCountInString(string(f[s:e])[:loc[1]]); e-(s+n) >= 3 {
				s += n
			}
		}
	}
	if fr != nil && fr.zh && e-s > 4 && hasRunesAt(f, e-2, "领域") && areaAsked.MatchString(fr.folded) {
		// Asked which area, the area: 集中在[應用和商業化]領域.
		e -= 2
	}
	if fr != nil && fr.zh && fr.qtype == QWhy && e-s > 8 {
		// A reason that opens with what names its subject, a noun of
		// kind right before a Latin name ([4月份Meta新一代開源模型]Llama
		// 4不及預期的外界表現): the name starts it.
		if n := appositiveEnd(f[s:min(e, s+20)]); n > 0 && e-(s+n) >= 4 {
			s += n
		}
	}
	afterPronoun := false // the last lead word trimmed was a pronoun (我们在做…)
	for changed := true; changed && s < e; {
		changed = false
		for s < e && isSpace(r[s]) {
			s++
			changed = true
		}
		for e > s && isSpace(r[e-1]) {
			e--
			changed = true
		}
		// Unbalanced quotes or brackets at the ends.
		if s < e && strings.ContainsRune("“\"(（", r[s]) && !strings.ContainsRune(string(r[s+1:e]), closing(r[s])) {
			s++
			changed = true
		}
		if e > s && strings.ContainsRune("”\")）", r[e-1]) && !strings.ContainsRune(string(r[s:e-1]), opening(r[e-1])) {
			e--
			changed = true
		}
		if s >= e || fr != nil && fr.say != "" || quoted {
			break // someone's words are quoted as they are, but for the marks
		}
		// A quotation mark or bracket opened inside the answer and not
		// closed there starts what the answer is about (更在意這場AI時代
		// “注意力資源 → 注意力資源; …產品負責人張心皓(尚未離職 → 尚未離職).
		// Likewise one closed and not opened there ends it.
		for _, o := range "(（" {
			if at := s + lastRune(r[s:e], o); at > s && e-at > 2 && !slices.Contains(r[at:e], closing(o)) && renamedAside(f[at+1:e]) {
				// …into its AI assistant app Yuewen (now renamed
				// "StepFun AI"): the new name is an aside to the answer
				// before it.
				e, changed = at, true
			}
		}
		for _, o := range "“(（" {
			c := closing(o)
			if at := s + lastRune(r[s:e], o); at > s && e-at > 2 && !slices.Contains(r[at:e], c) {
				s, changed = at+1, true
			}
			if at := s + slices.Index(r[s:e], c); at >= s+2 && at < e-1 && !slices.Contains(r[s:at], o) {
				e, changed = at, true
			}
		}
		if unicode.Is(unicode.Han, r[s]) {
			for _, w := range zhLeadTrim {
				if w == "被" && fr != nil && fr.why {
					continue // a passive agent is the cause: 被DeepSeek冲击
				}
				if w == "遭遇" && fr != nil && fr.qtype == QYesNo {
					continue // 是不是被降職了？ 遭遇降職處理: what befell him is the answer
				}
				if w == "在" && afterPronoun {
					continue // 我們[在做最難的事]: after its subject, 在 is "-ing"
				}
				if w == "在" && fr != nil && fr.condition {
					continue // 在Meta工作五年以上 is what must be done
				}
				if (w == "将" || w == "把") && fr != nil && fr.qtype == QWhy && !fr.why && e-s > 6 {
					// Asked how, 將 opens the deed it disposes: [將各個
					// benchmark的測試集混合在…過程中].
					continue
				}
				if w == "在" && e-s > 4 && slices.Index(f[s+1:min(e, s+8)], '上') >= 1 && s+1+slices.Index(f[s+1:min(e, s+8)], '上') < e-1 {
					continue // 在性能上可能無法趕上: a respect the rest is in
				}
				if (w == "几乎" || w == "已经") && fr != nil && (fr.cmpX != "" || fr.qtype == QYesNo && !hasRunesAt(f, s+2, "同时") || degreeAsked.MatchString(fr.lower)) {
					// How one compares, whether it happened, or to what
					// degree: 几乎追平了OpenAI (not when: 几乎同时放弃了…).
					continue
				}
				if w == "都" && fr != nil && fr.qtype == QYesNo && e-s > 2 && strings.ContainsRune("没不未", f[s+1]) {
					continue // 都没有接受: none of them, the answer
				}
				if (w == "当下" || w == "目前" || w == "如今" || w == "当前") && fr != nil && fr.qtype == QWhen {
					continue // asked when, "now" may be the answer
				}
				if w == "一个" && e-s > 2 && strings.ContainsRune("多月半人", f[s+2]) {
					continue // 一個多月 is a duration, not "a" before a noun
				}
				if w == "从" && e-s > 2 && (hasRunesAt(f, e-2, "至今") || hasRunesAt(f, e-2, "以来") || hasRunesAt(f, e-2, "开始")) {
					continue // 從去年12月至今 says how long
				}
				if n := utf8.RuneCountInString(w); e-s > n && hasRunesAt(f, s, w) {
					if n == 1 && slices.ContainsFunc(zhLeadWords, func(lw string) bool { return hasRunesAt(f, s, lw) }) {
						break // 使用特調版本, 去年: a word, not a particle before one
					}
					s += n
					changed = true
					afterPronoun = w == "我们" || w == "他们" || w == "她们" || w == "它们"
					break
				}
			}
		}
		if fr != nil && fr.zh && (fr.qtype == QOther || fr.qtype == QWhy) && e-s > 6 {
			// (The question's names count in every form: "Apple" is 蘋果.)
			if n := askedEdge(f, s, e, fr.folded+" "+strings.Join(fr.forms, " ")); n != 0 {
				// 苹果想靠收购Perplexity补强哪方面？ ↔ [苹果在]AI领域的人才
				// 和技术储备; 六小龙选了什么追赶策略？ ↔ 裁员以收紧资源分配[的
				// 追赶策略]: what the question already says, at an end.
				if n > 0 {
					s += n
				} else {
					e += n
				}
				changed = true
			}
		}
		if e > s && unicode.Is(unicode.Han, r[e-1]) {
			tails := zhTailTrim
			if fr != nil && (fr.qtype == QWhere || fr.aspect) {
				// (在哪方面落后？ ↔ 在模型性能上落后: the respect is 模型性能.)
				tails = append([]string{"上", "中", "里", "内"}, tails...)
			}
			for _, w := range tails {
				if w == "的" && slices.Contains(f[s:e], '是') {
					continue // 是…的 asserts: 光靠砸钱是不够的
				}
				if e-s <= 2 && strings.Contains("上中里内", w) {
					continue // 国内 is a place itself, not 国 in something
				}
				if w == "后" && e-s > 2 && (f[e-2] == '落' || f[e-2] == '滞') {
					continue // 已经落后 "has fallen behind", 滞后 "lags"
				}
				if w == "在" && e-s >= 2 && strings.ContainsRune("存现所实正自内外", f[e-2]) {
					continue // 存在, 现在: a word, not a preposition whose object was cut
				}
				if n := utf8.RuneCountInString(w); e-s > n && hasRunesAt(f, e-n, w) {
					e -= n
					changed = true
					break
				}
			}
		}
		// 外 closing 除了…外 "besides …" belongs to the frame, not the
		// answer (除了…詹南德雷亞被爆淡出…，遭遇降職處理外 → 遭遇降職處理).
		if e-s > 2 && f[e-1] == '外' && besideOpen(f[:s]) {
			e--
			changed = true
		}
		// English words at the ends ("how to" opens a nominal: "How to
		// make up for its lagging products has become…").
		if w, n := firstWord(r[s:e]); n > 0 && n < e-s && strings.EqualFold(w, "how") && strings.HasPrefix(strings.ToLower(string(r[s+n:e])), " to ") {
			s += n
			changed = true
		}
		// The degree word that ends a pseudo-cleft's subject ("What
		// attracts top talent [most] is surely solving…").
		if w, n := firstWord(r[s:e]); n > 0 && n < e-s && (strings.EqualFold(w, "most") || strings.EqualFold(w, "more")) {
			if v, _ := firstWord([]rune(strings.TrimLeft(string(r[s+n:e]), " "))); copulas[strings.ToLower(v)] {
				s += n
				changed = true
			}
		}
		if w, n := firstWord(r[s:e]); n > 0 && n < e-s && fr != nil && fr.asksUnit() && enPossessive[strings.ToLower(w)] {
			// Asked which team, the team by its name: "[its] Gemini
			// app team".
			s += n
			changed = true
		}
		if fr != nil && fr.zh && (fr.asksUnit() || fr.qtype == QWhich && slices.Contains(unitNouns, fr.kind)) {
			// The same in Chinese, with the verb the question already
			// names: 谷歌[重组其]Gemini应用团队 → Gemini应用团队.
			if i := slices.Index(f[s:e], '其'); i >= 2 && i <= 6 && i+2 < e-s && strings.Contains(fr.folded, string(f[s+i-2:s+i])) {
				s += i + 1
				changed = true
			}
		}
		if w, n := firstWord(r[s:e]); n > 0 && n < e-s && (enLeadTrim[strings.ToLower(w)] && !(fr != nil && fr.why && strings.EqualFold(w, "to")) || isLyAdverb(w) && !(fr != nil && (fr.degree || fr.cmpX != ""))) {
			s += n
			changed = true
		}
		if w, n := lastWord(r[s:e]); n > 0 && n < e-s && enTailTrim[strings.ToLower(w)] {
			e -= n
			changed = true
		}
		// A verb whose object was cut away ("a sharply worsening funding
		// environment has thrown"), or the verb of saying after its
		// speaker ("a PhD student in the AI field explained").
		if w, n := lastWord(r[s:e]); n > 0 && n < e-s && (fr == nil || fr.say == "") {
			lw := strings.ToLower(w)
			if saidVerbs[lw] {
				e -= n
				changed = true
			} else if a, m := lastWord([]rune(strings.TrimRight(string(r[s:e-n]), " "))); m > 0 && lw == w && tailAux[strings.ToLower(a)] && len(strings.Fields(string(r[s:e]))) > 3 && continues(r, e) {
				e -= n
				changed = true
			}
		}
		// A possessive at the end modifies what was cut away:
		// "Zuckerberg's" answers as Zuckerberg ("it's" is no possessive).
		if e-s > 3 && (r[e-1] == 's' || r[e-1] == 'S') && (r[e-2] == '\'' || r[e-2] == '’') && unicode.IsLetter(r[e-3]) && !sContraction(r[s:e-2]) {
			e -= 2
			changed = true
		}
	}
	return s, e, string(r[s:e])
}

// kindNouns name what kind of thing a name that follows them is (開源模型
// Llama 4, 搜索創企Perplexity), folded.
var kindNouns = []string{"模型", "创企", "公司", "应用", "产品", "实验室"}

// appositiveEnd returns the length of f's opening up to and including a
// kind noun that a Latin letter follows, with no clause break before it,
// or 0.
func appositiveEnd(f []rune) int {
	for i := 2; i+1 < len(f); i++ {
		if strings.ContainsRune("，,。；;：:、“”\"", f[i]) {
			return 0
		}
		if f[i] < 0x80 && unicode.IsLetter(f[i]) && slices.ContainsFunc(kindNouns, func(k string) bool { return string(f[i-2:i]) == k || i >= 3 && string(f[i-3:i]) == k }) {
			return i
		}
	}
	return 0
}

// askedEdge returns how many runes to cut off the start (> 0) or the end
// (< 0) of the folded answer f[s:e], for words the folded question q
// already says: a name of two to six Han runes before 在 or 的 at the
// start, or 的 and two to six Han runes at the end; 0 when neither. At
// least four runes stay. A noun after a determiner or a count (新一轮技术
// 自证的危机, 一种…的策略) is what they count, and stays.
func askedEdge(f []rune, s, e int, q string) int {
	for n := 6; n >= 2; n-- {
		if s+n+1 > e-4 {
			continue
		}
		w := f[s : s+n]
		if (f[s+n] == '在' || f[s+n] == '的') && isAllHan(string(w)) && strings.Contains(q, string(w)) {
			return n + 1
		}
	}
	if strings.ContainsAny(string(f[s:min(s+2, e)]), "一这那某每") {
		return 0
	}
	for n := 6; n >= 2; n-- {
		if e-n-1 < s+4 {
			continue
		}
		w := f[e-n : e]
		if f[e-n-1] == '的' && isAllHan(string(w)) && strings.Contains(q, string(w)) && !superlative(f[s:e-n-1]) {
			return -(n + 1)
		}
	}
	return 0
}

// kindAfterIs reports whether the question's interrogative that asks a
// kind follows 是, itself or with 一种 or 一个 between (是什么样的问题,
// 算是一种怎样的选择).
func kindAfterIs(fr *frame) bool {
	i := fr.whS - 1
	if i >= 2 && (fr.q[i].key == "种" || fr.q[i].key == "个") {
		if fr.q[i-1].key != "一" {
			return false
		}
		i -= 2
	}
	return i >= 0 && fr.q[i].key == "是"
}

// superlative reports whether a modifier ends in a superlative (世界上最難):
// an adjective that needs the noun after its 的 to name anything.
func superlative(m []rune) bool {
	return len(m) >= 2 && (m[len(m)-2] == '最' || len(m) >= 3 && m[len(m)-3] == '最')
}

// lastRune is the index of the last c in r, or -1.
func lastRune(r []rune, c rune) int {
	for i := len(r) - 1; i >= 0; i-- {
		if r[i] == c {
			return i
		}
	}
	return -1
}

// sContraction reports whether r ends with a word whose 's is "is" or
// "us" (it's, that's, let's), not a possessive.
func sContraction(r []rune) bool {
	i := len(r)
	for i > 0 && unicode.IsLetter(r[i-1]) {
		i--
	}
	switch strings.ToLower(string(r[i:])) {
	case "it", "that", "what", "who", "there", "here", "he", "she", "let", "where", "how":
		return true
	}
	return false
}

// hasRunesAt reports whether r[i:] starts with the runes of w
// (string(r[i:i+n]) == w for w's n runes, without making the string).
func hasRunesAt(r []rune, i int, w string) bool {
	for _, c := range w {
		if i >= len(r) || r[i] != c {
			return false
		}
		i++
	}
	return true
}

// renamedCues open a bracket that gives a thing's new or former name.
var renamedCues = []string{"now renamed", "now called", "since renamed", "formerly", "renamed", "现更名为", "现已更名为", "已更名为", "更名为", "现更名", "原名"}

// renamedAside reports whether the folded text f, what a bracket holds,
// gives a new or former name.
func renamedAside(f []rune) bool {
	t := strings.ToLower(strings.TrimSpace(string(f)))
	return slices.ContainsFunc(renamedCues, func(c string) bool { return strings.HasPrefix(t, c) })
}

func closing(c rune) rune {
	switch c {
	case '“':
		return '”'
	case '(':
		return ')'
	case '（':
		return '）'
	}
	return c
}

func opening(c rune) rune {
	switch c {
	case '”':
		return '“'
	case ')':
		return '('
	case '）':
		return '（'
	}
	return c
}

// firstWord returns the Latin word r starts with and its length, or 0.
func firstWord(r []rune) (string, int) {
	n := 0
	for n < len(r) && (isAlnum(r[n]) || r[n] == '\'' || r[n] == '-') {
		n++
	}
	if n == 0 || n < len(r) && !unicode.IsSpace(r[n]) {
		return "", 0
	}
	return string(r[:n]), n
}

// lastWord returns the Latin word r ends with and its length, or 0.
func lastWord(r []rune) (string, int) {
	n := 0
	for n < len(r) && (isAlnum(r[len(r)-1-n]) || r[len(r)-1-n] == '\'' || r[len(r)-1-n] == '-') {
		n++
	}
	if n == 0 || n < len(r) && !unicode.IsSpace(r[len(r)-1-n]) {
		return "", 0
	}
	return string(r[len(r)-n:]), n
}

func isLyAdverb(w string) bool {
	w = strings.ToLower(w)
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ply") && w != "only" && w != "early" && w != "family"
}

// yesNo picks the clause that confirms or denies what the question asks:
// the one holding most of its words beyond the names (the subject), with a
// little weight for negations. It returns token indexes and a score.
func (fr *frame) yesNo(text string, p []tok, rs []run) (int, int, float64) {
	cls := clauses(p)
	// A clause the passage sets against its subject tells of the other
	// side, not of what the question asks.
	if against := fr.setAgainst(text, p, cls); against != nil {
		kept := cls[:0:0]
		for i, cl := range cls {
			if !against[i] {
				kept = append(kept, cl)
			}
		}
		if len(kept) > 0 {
			cls = kept
		}
	}
	cls = fr.withoutOthersAsides(text, p, cls)
	bestS, bestE, best := fr.yesNoClause(p, rs, cls)
	if !fr.zh || !fr.realized || best == 0 {
		return bestS, bestE, best
	}
	// 弗里德曼加入Meta了没有？ ↔ 扎克伯格對格羅斯和弗里德曼的招募，還在進一步
	// 談判中: asked whether something happened, a clause of the sentence
	// that says it is not done yet answers, though it repeats none of the
	// question's words.
	for _, cl := range cls {
		if (bestS < cl[0] || bestS >= cl[1]) && isUnfinished(tokText(text, tok{start: p[cl[0]].start, end: p[cl[1]-1].end})) {
			return cl[0], cl[1], best + 0.3
		}
	}
	return bestS, bestE, best
}

// afterName reports whether question token j follows one of its names,
// with at most a 的 between.
func (fr *frame) afterName(j int) bool {
	i := j - 1
	if i >= 1 && fr.q[i].key == "的" {
		i--
	}
	return i >= 0 && (fr.q[i].ent != "" || latinWord(fr.q[i]))
}

// opensWith returns how many tokens of p (one or two, before t) spell
// one of words at i, or 0.
func opensWith(p []tok, i, t int, words ...string) int {
	keys := func(n int) string {
		var b strings.Builder
		for j := i; j < t && j < i+n; j++ {
			b.WriteString(p[j].key)
		}
		return b.String()
	}
	for _, w := range words {
		for n := 1; n <= 2; n++ {
			if keys(n) == w {
				return n
			}
		}
	}
	return 0
}

// opensLeadWord reports whether the Han stop token p[s] begins a word of
// zhLeadWords with the token right after it (上 of 上述): not a function
// word to skip.
func opensLeadWord(p []tok, s, t int) bool {
	return s+1 < t && p[s].han && p[s+1].han && p[s].end == p[s+1].start && slices.Contains(zhLeadWords, p[s].key+p[s+1].key)
}

// latinWord reports whether a token is a Latin word that is no stop word.
func latinWord(t tok) bool {
	return !t.han && !t.stop && t.key != "" && isLatinLetter(rune(t.key[0]))
}

// allHanTokens reports whether every token is a Han character that is no
// stop word.
func allHanTokens(ts []tok) bool {
	for i := range ts {
		if !hanContent(ts, i) {
			return false
		}
	}
	return true
}

// withoutOthersAsides splits the clauses cls of a passage (text, tokens p)
// at brackets and leaves out a bracketed aside about someone else: in a
// list of people who left, 張心皓（尚未離職，但已轉為內部顧問） says that Zhang
// Xinhao has not left, which answers neither 张帆离职了吗？ nor 智谱的COO
// 走了吗？. An aside is someone else's when it follows a person the
// question does not name, in a list item (back to 、 or a comma) that
// holds none of the question's names, and the question names someone or
// something.
func (fr *frame) withoutOthersAsides(text string, p []tok, cls [][2]int) [][2]int {
	if len(fr.qents) == 0 {
		return cls
	}
	r := []rune(text)
	between := func(i int) string { // the text between tokens i-1 and i
		if i <= 0 || i >= len(p) || p[i-1].end > p[i].start || p[i].start > len(r) {
			return ""
		}
		return string(r[p[i-1].end:p[i].start])
	}
	var out [][2]int
	changed := false
	for _, cl := range cls {
		s := cl[0]
		for i := cl[0] + 1; i <= cl[1]; i++ {
			if i < cl[1] && !strings.ContainsAny(between(i), "（()）") {
				continue
			}
			piece := [2]int{s, i}
			s = i
			if strings.ContainsAny(between(piece[0]), "（(") && fr.othersAside(r, p, piece[0]) {
				changed = true
				continue
			}
			out = append(out, piece)
		}
	}
	if !changed || len(out) == 0 {
		return cls
	}
	return out
}

// othersAside reports whether the bracket before token i follows a person
// the question does not name, in a list item without the question's names.
func (fr *frame) othersAside(r []rune, p []tok, i int) bool {
	if p[i-1].ent != "person" || fr.qents[p[i-1].key] {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if p[j].brk || j < i-1 && p[j].end <= p[j+1].start && p[j+1].start <= len(r) && strings.ContainsAny(string(r[p[j].end:p[j+1].start]), "、,，;；") {
			break
		}
		if fr.qents[p[j].key] {
			return false
		}
	}
	return true
}

// setAgainst reports which clauses cls of a passage (text, tokens p) the
// passage sets against its subject, about someone the question does not
// name (不同于扎克伯格担心Llama会…落后OpenAI，谷歌…; "Unlike Mark
// Zuckerberg, who worries that Llama will fall behind OpenAI, Google…"):
// a clause that opens with a contrast cue, not the sentence's last, whose
// first name the question does not give, and a who/which clause that
// continues it. Nil when none is (or the folded text's runes do not match
// the text's).
func (fr *frame) setAgainst(text string, p []tok, cls [][2]int) []bool {
	fl := []rune(strings.ToLower(Fold(text)))
	if len(fl) != utf8.RuneCountInString(text) {
		return nil
	}
	var out []bool
	prev := false
	for i, cl := range cls {
		first := slices.IndexFunc(p[cl[0]:cl[1]], func(t tok) bool { return t.ent == "person" || t.ent == "org" })
		contrast := i+1 < len(cls) && inContrast(fl, p[cl[1]-1].end) && first >= 0 && !fr.qents[p[cl[0]+first].key]
		against := contrast || prev && (p[cl[0]].key == "who" || p[cl[0]].key == "which")
		if against {
			if out == nil {
				out = make([]bool, len(cls))
			}
			out[i] = true
		}
		prev = against
	}
	return out
}

// hypotheticalOpen reports whether p[i] opens 一旦 "once, if": the
// answer says only what would be (一旦收購成功), and keeps the word whole.
func hypotheticalOpen(p []tok, i int) bool {
	return p[i].key == "一" && i+1 < len(p) && p[i+1].key == "旦" && p[i].end == p[i+1].start
}

// crewWords are (folded) nouns for the people of an organisation.
var crewWords = []string{"技术人员", "人员", "团队", "员工", "高管", "工程师", "研究员"}

// crewAt returns how many tokens at p[i:t] spell one of crewWords with
// more of the clause after it (0 if none does).
func crewAt(p []tok, i, t int) int {
	if i+1 < t && strings.HasPrefix(p[i].key, "~") && slices.Contains(crewWords, p[i].key[1:]) {
		return 1 // 技術人員, read as one word of its group (~工程师)
	}
	for _, w := range crewWords {
		n := utf8.RuneCountInString(w)
		if i+n >= t {
			continue
		}
		var b strings.Builder
		for j := i; j < i+n; j++ {
			b.WriteString(p[j].key)
		}
		if b.String() == w {
			return n
		}
	}
	return 0
}

// yesNoClause is yesNo's clause that holds the most of the question.
func (fr *frame) yesNoClause(p []tok, rs []run, cls [][2]int) (int, int, float64) {
	bestS, bestE, best := 0, 0, 0.0
	// An English question's last content word is mostly its verb ("Is
	// Apple's AI chief getting [demoted]?"): what it asks, more than its
	// subject's words.
	last := -1
	if !fr.zh {
		for j := len(fr.q) - 1; j >= 0; j-- {
			if t := fr.q[j]; !t.stop && !t.brk && t.ent == "" {
				last = j
				break
			}
		}
	}
	// A Chinese question's last clause asks; those before it set the scene
	// (想在大模型时代搞创新，[光砸钱够吗]？).
	lastClause := 0
	if fr.zh && fr.whS > 0 && fr.whS < len(fr.q) {
		rq := []rune(fr.folded)
		comma := -1
		for i := 0; i < fr.q[fr.whS].start && i < len(rq); i++ {
			if rq[i] == '，' || rq[i] == ',' {
				comma = i
			}
		}
		for comma >= 0 && lastClause < len(fr.q) && fr.q[lastClause].start < comma {
			lastClause++
		}
	}
	onlyAsked := fr.zh && strings.Contains(fr.folded, "只有")
	enoughAsked := fr.zh && enoughQ.MatchString(fr.folded)
	for _, cl := range cls {
		s, t := cl[0], cl[1]
		var v float64
		for _, r := range rs {
			if r.ps >= s && r.pe <= t {
				w := r.w
				if r.pe-r.ps == 1 && p[r.ps].ent != "" && p[r.ps].ent != "term" {
					w *= 0.5 // the subject alone says little
				}
				if r.qe <= lastClause {
					w *= 0.5
				}
				if last >= r.qs && last < r.qe {
					w *= 1.5
				}
				// What a Chinese yes/no question asks is said just before
				// its 吗 (…光靠砸钱够吗？).
				v += max(0.2*w, w-fr.qpen(r, true))
			}
		}
		if v == 0 {
			continue
		}
		if hasNegation(p, s, t) {
			v += 0.3
		}
		// Asked whether only something is so (只有海外厂商吗？), the clause
		// that says not only (不只有國外大模型廠商) answers.
		if onlyAsked && saysNotOnly(p, s, t) {
			v += 2
		}
		// Asked whether something is enough (够不够, 行不行), the clause
		// that says whether it is (光靠砸钱是不够的) answers.
		if enoughAsked && slices.ContainsFunc(p[s:t], func(k tok) bool { return k.key == "够" }) {
			v += 2
		}
		// The answer starts after a leading subject the question names
		// (a negation stays: it is the answer).
		named := false // a name the question gives opened the clause
		for s < t && (p[s].ent != "" && fr.qents[p[s].key] || p[s].stop && !negations[p[s].key] && !hypotheticalOpen(p, s) && !stillAt(p, s) && !opensLeadWord(p, s, t) || isConnective(p[s].key) || zhConnectives[p[s].key]) {
			named = named || p[s].ent != ""
			s++
		}
		if fr.zh {
			// A name the question gives and the noun it puts right after
			// it are the subject: Llama的技术人员承认了吗？ ↔ 尽管[Llama
			// 技術人員]出面否認了… (past a concession's 尽管 or 虽然).
			j := s // where the noun after the name would start
			if !named {
				j += opensWith(p, j, t, "尽管", "虽然")
				if j+1 < t && (latinWord(p[j]) || p[j].ent != "") && hasToken(fr.q, p[j].key) {
					j++
				} else {
					j = -1 // no name the question gives opens the clause
				}
			}
			found := false
			for _, r := range rs {
				if j >= 0 && r.ps == j && r.pe < t && (r.pe-r.ps >= 2 || strings.HasPrefix(p[r.ps].key, "~")) && r.qs >= 1 && fr.afterName(r.qs) && allHanTokens(p[r.ps:r.pe]) {
					s, found = r.pe, true
					break
				}
			}
			if !found && j >= 0 {
				// Llama团队承认了吗？ ↔ 尽管[Llama技術人員]出面否認了…: the
				// people of the name are the subject, in other words too.
				if n := crewAt(p, j, t); n > 0 {
					s = j + n
				}
			}
		}
		// What the subject is still doing answers from its 还在 (扎克伯格的
		// 招募[还在继续]); what none of them did, from its 都 (我们最优秀的
		// 那些人[都没有接受他们的邀约]).
		if fr.zh {
			for j := s; j < t && j < s+3; j++ {
				if stillAt(p, j) {
					s = j
					break
				}
			}
			for j := s + 1; j+1 < t; j++ {
				if p[j].key == "都" && negations[p[j+1].key] && p[j].end == p[j+1].start {
					s = j
					break
				}
			}
		}
		// A subject right before a negation (past an English auxiliary)
		// is who the question asks about, however it names them (他满意吗？
		// ↔ Alexandr Wang不滿足于…, "Alexandr Wang was not satisfied…"):
		// the negation is the answer.
		if p[s].ent == "person" || p[s].ent == "org" {
			j := s + 1
			for j < t && p[j].stop && !p[j].han && !negations[p[j].key] {
				j++
			}
			if j < t && negations[p[j].key] {
				s = j
			}
		}
		// An English subject that holds a name the question gives ends
		// at its copula ("[Zuckerberg's recruitment of … Nat Friedman] is
		// still under negotiation").
		if !fr.zh {
			named := false
			for i := s; i < t && i-s <= 12; i++ {
				if p[i].ent != "" && fr.qents[p[i].key] {
					named = true
				}
				if k := p[i].key; named && i > s && (k == "is" || k == "are" || k == "was" || k == "were") {
					if i+1 < t && contentCount(p, i+1, t) > 0 {
						s = i + 1
					}
					break
				}
			}
		}
		// An English cleft sentence ("It is not only foreign model makers
		// that have entered…") answers with its focus.
		if fr.zh && !fr.instrument {
			s = fr.pastMeans(p, s, t)
		}
		if !fr.zh && s > cl[0] && p[cl[0]].key == "it" && cl[0]+1 < t && (p[cl[0]+1].key == "is" || p[cl[0]+1].key == "was") {
			for i := s + 1; i < t; i++ {
				if p[i].key == "that" || p[i].key == "who" {
					t = i
					break
				}
			}
		}
		if s >= t || contentCount(p, s, t) == 0 {
			continue
		}
		if v > best {
			bestS, bestE, best = s, t, v
		}
	}
	return bestS, bestE, best
}

// enoughQ matches a folded question that asks whether something is
// enough (够不够, 够吗, 行不行; not 能够).
var enoughQ = regexp.MustCompile(`够不够|够吗|够了吗|够用吗|行不行|行吗`)

// saysNotOnly reports whether tokens [s, t) of p say "not only" (不只, 不止,
// 不仅).
func saysNotOnly(p []tok, s, t int) bool {
	for i := s; i+1 < t; i++ {
		if p[i].key == "不" && (p[i+1].key == "只" || p[i+1].key == "止" || p[i+1].key == "仅") {
			return true
		}
	}
	return false
}

// stillAt reports whether p[i] opens 还在 "still (doing)".
func stillAt(p []tok, i int) bool {
	return p[i].key == "还" && i+1 < len(p) && p[i+1].key == "在" && p[i].end == p[i+1].start
}

// pastMeans returns where a Chinese yes/no answer starts in the clause
// [s, t) of p once what leads to its predicate is passed: a subject the
// question does not name before 尽管 or 虽然, a means (靠着Gemini 2.5系列,
// up to a 在 that follows), and a 在…上 after the means or whose words the
// question holds (谷歌的Gemini在模型性能上追上OpenAI了吗？ ↔ 谷歌盡管靠著
// Gemini 2.5系列在模型性能上[幾乎追平了OpenAI]). Whether it happened is
// said by the verb and what qualifies it (幾乎).
func (fr *frame) pastMeans(p []tok, s, t int) int {
	opens := func(i int, words ...string) int { return opensWith(p, i, t, words...) }
	i := s
	if i < t && (p[i].ent == "org" || p[i].ent == "person") && opens(i+1, "尽管", "虽然") > 0 {
		i++
	}
	i += opens(i, "尽管", "虽然")
	means := false
	if n := opens(i, "靠着", "靠著", "凭借", "借助", "通过", "靠"); n > 0 {
		for j := i + n + 1; j < t && j <= i+n+10; j++ {
			if p[j].key == "在" {
				i, means = j, true
				break
			}
		}
	}
	if i < t && p[i].key == "在" {
		for j := i + 1; j < t && j <= i+8; j++ {
			if p[j].key != "上" {
				continue
			}
			held := true
			for k := i + 1; k < j; k++ {
				if !p[k].stop && !fr.hasKey(p[k].key) {
					held = false
				}
			}
			if (held || means) && j+1 < t {
				i = j + 1
			}
			break
		}
	}
	if i > s && contentCount(p, i, t) > 0 {
		return i
	}
	return s
}

// countsOther reports an English count in words ("two different
// strategies") whose noun the question does not name.
func countsOther(fr *frame, text string) bool {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) < 2 || !countWords[ws[0]] {
		return false
	}
	return !fr.hasKey(synonym(stem(ws[len(ws)-1])))
}

// zhCountsOther reports whether the Chinese count ending at rune end of
// the folded passage text r counts another noun than the folded question
// asks a count of (多少员工 ↔ 多位[高管]). 人 asks for anyone.
func zhCountsOther(q string, r []rune, end int) bool {
	m := zhCountNoun.FindStringSubmatch(q)
	if m == nil || end >= len(r) || strings.HasPrefix(m[1], "人") {
		return false
	}
	i := end
	if i < len(r) && strings.ContainsRune(zhClassifiers, r[i]) {
		i++
	}
	if i+2 > len(r) || !unicode.Is(unicode.Han, r[i]) || !unicode.Is(unicode.Han, r[i+1]) {
		return false
	}
	noun := string(r[i : i+2])
	return !strings.Contains(q, noun) && !strings.Contains(string(r[i:min(len(r), i+8)]), m[1])
}

// exactAsked matches a folded, lower-case question that asks a total or
// an exact figure; vagueCount reports a count that gives none ("several",
// 多位).
var exactAsked = regexp.MustCompile(`一共|总共|共计|具体|确切|准确|\bexact(?:ly)?\b|\bin total\b|\btotal\b|\bprecisely\b`)

func vagueCount(text string) bool {
	t := strings.ToLower(Fold(text))
	return slices.ContainsFunc(vagueCounts, func(w string) bool { return strings.HasPrefix(t, w) })
}

var vagueCounts = []string{"多位", "数位", "几位", "several", "many ", "dozens"}

// zhCountNoun matches the noun a folded Chinese question asks a count of
// (多少员工, 几位高管).
var zhCountNoun = regexp.MustCompile(`(?:多少|几)[个位名家款种次]?(\p{Han}{2})`)

// zhClassifiers are the measure words between a count and its noun.
const zhClassifiers = "个位名家款种次"

// countWords start a count that names what it counts: enCountWord's and
// those of the count pattern's "several executives".
var countWords = func() map[string]bool {
	m := map[string]bool{"several": true, "many": true, "dozens": true, "hundreds": true}
	for _, w := range strings.Split(enCountWord, "|") {
		m[w] = true
	}
	return m
}()

func hasNegation(p []tok, s, t int) bool {
	for i := s; i < t; i++ {
		if negations[p[i].key] {
			return true
		}
	}
	return false
}

func isConnective(k string) bool { return connectives[k] }

// hasCue reports whether folded text holds a reason or means cue.
func hasCue(f string, zh bool) bool {
	cues := enReasonCues
	if zh {
		cues = zhReasonCues
	}
	for _, c := range cues {
		if c != "以" && c != "to" && c != "by" && strings.Contains(f, c) {
			return true
		}
	}
	return false
}

// reasonCues open the clause that gives a reason, Chinese and English
// (folded, stemmed forms are matched on the passage's own text).
var (
	zhReasonCues = []string{"原因之一便是", "更糟糕的是", "更糟的是", "更重要的是", "最重要的是", "最关键的是", "关键在于", "原因之一是", "原因之一", "原因是", "是因为", "因为", "由于", "为了", "目的是希望能够", "目的是希望", "目的是", "希望借此来", "希望借此", "借此", "借助", "通过", "被其视为", "被视为", "凭借", "靠着", "靠著", "依靠", "因", "以", "即"}
	enReasonCues = []string{"because of", "because", "due to", "in order to", "so that", "in the hope of", "with the aim of", "in a bid to", "as part of", "so as to", "driven by", "is that", "for personal", "through", "by means of", "thanks to", "by", "to"}
)

// frontedMeans are the cues of a means that, opening the sentence
// ("Through a series of engineering innovations, Liang Wenfeng built
// R1…", 借助一系列工程创新，梁文锋…), give the means of the clauses after
// them, which a how-question asks.
var frontedMeans = map[string]bool{"through": true, "by means of": true, "thanks to": true, "by": true, "借助": true, "通过": true, "凭借": true, "靠着": true, "靠著": true, "依靠": true}

// onlyFronted are the means cues that give a means only opening the
// sentence.
var onlyFronted = map[string]bool{"靠着": true, "靠著": true, "依靠": true}

// meansLeads may stand before a fronted means (同样靠着砸钱抢人的手段，…;
// "Also by spending money…,").
var meansLeads = []string{"同样", "也", "同时", "also", "likewise", "similarly"}

// aimCues are the reason cues that state an aim in so many words.
var aimCues = map[string]bool{"目的是希望能够": true, "目的是希望": true, "目的是": true, "希望借此来": true, "希望借此": true, "借此": true, "被其视为": true, "被视为": true,
	"in the hope of": true, "with the aim of": true, "in a bid to": true, "so as to": true}

// contrastCues open a phrase of the question that names what the answer
// is set against (Unlike Apple and Meta, …; 不同于苹果和Meta，…), up to the
// next clause break.
var contrastCues = []string{"unlike", "in contrast to", "compared with", "compared to", "不同于", "不像", "相比于", "相比", "相较于"}

// inContrast reports whether rune s of f (a passage's folded runes)
// stands in a contrast phrase: after a contrastCue with no clause break
// between.
func inContrast(f []rune, s int) bool {
	from := 0
	for i := s - 1; i >= 0; i-- {
		if strings.ContainsRune("，,；;：:。！？!?", f[i]) {
			from = i + 1
			break
		}
	}
	return hasAny(string(f[from:s]), contrastCues)
}

// contrasted reports whether run r matches words of the question's
// contrast phrase.
func (fr *frame) contrasted(r run) bool {
	return fr.contrastE > fr.contrastS && r.qs >= fr.contrastS && r.qe <= fr.contrastE
}

// findContrast sets the question tokens of its contrast phrase (q is the
// question; fr.lower its folded, lower-cased form).
func (fr *frame) findContrast(q string) {
	lower := []rune(fr.lower)
	if len(lower) != utf8.RuneCountInString(q) {
		return // offsets would not match the question's tokens
	}
	ls := fr.lower
	for _, c := range contrastCues {
		i := strings.Index(ls, c)
		if i < 0 {
			continue
		}
		start := len([]rune(ls[:i]))
		end := len(lower)
		for j := start; j < len(lower); j++ {
			if strings.ContainsRune(",，;；:：", lower[j]) {
				end = j
				break
			}
		}
		if end == len(lower) {
			return // no clause of its own: the contrast is what is asked
		}
		fr.contrastS, fr.contrastE = -1, -1
		for j, t := range fr.q {
			if t.start >= start && t.end <= end {
				if fr.contrastS < 0 {
					fr.contrastS = j
				}
				fr.contrastE = j + 1
			}
		}
		if fr.contrastS < 0 {
			fr.contrastS, fr.contrastE = 0, 0
		}
		return
	}
}

// zhConnectives open a Chinese clause without being part of what it
// says (但Alexandr Wang不满足于…).
var zhConnectives = map[string]bool{"但": true, "而": true, "却": true}

// causerOf returns the rune range of what a causer verb in p (使得, 让)
// makes a name of names do or suffer (急剧恶化的融资环境，正使得六小龙…):
// the text before the verb in its clause (cls), or the clause before when
// the verb opens its own (past an adverb). ok is false when p has none.
func causerOf(p []tok, cls [][2]int, names map[string]bool) (s, e int, ok bool) {
	for i, t := range p {
		if !zhCausers[t.key] {
			continue
		}
		j := i + 1
		if j < len(p) && p[j].key == "得" {
			j++
		}
		if j >= len(p) || p[j].ent == "" || !names[p[j].key] {
			continue
		}
		for ci, cl := range cls {
			if i < cl[0] || i >= cl[1] {
				continue
			}
			a, b := cl[0], i
			if (b-a <= 1 || contentCount(p, a, b) == 0) && ci > 0 {
				a, b = cls[ci-1][0], cls[ci-1][1]
			}
			if b > a && contentCount(p, a, b) > 0 {
				return p[a].start, p[b-1].end, true
			}
		}
	}
	return 0, 0, false
}

// zhCausers are the verbs that make someone do something (X让Y…): X is
// why Y did it. Token keys: one character, or two.
var zhCausers = map[string]bool{"让": true, "使": true, "令": true, "促使": true, "推动": true, "迫使": true, "导致": true}

// purposeYi reports whether the 以 at fl[at] can open a purpose (重组团队，
// 以加快…) rather than stand in a word of its own: 以及 "and", 以后
// "after", 以上 "above", 可以 "can", 所以 "so" (what follows is the
// consequence, not the reason), 难以, 得以 ….
func purposeYi(fl []rune, at int) bool {
	if at > 0 && strings.ContainsRune("所可难得予加足之是何", fl[at-1]) {
		return false
	}
	return at+1 >= len(fl) || !strings.ContainsRune("及至后上下来外内为往前", fl[at+1])
}

// reportWords are verbs of reporting, in a question or a passage (folded,
// lower case).
var reportWords = []string{"report", "reported", "reports", "reporting", "报道", "报导", "爆料", "披露", "曝出", "爆出"}

// reportAsked are reportWords and the words a question asks with when the
// news came out ("When did the news about … come out?", 消息什么时候传出的？).
var reportAsked = append([]string{"news", "come out", "came out", "surface", "surfaced", "leak", "leaked", "传出", "曝光"}, reportWords...)

// reportTimeAsked reports whether a folded, lower-case when-question asks
// when something was reported: it has a verb of reporting, and in Chinese
// after the interrogative (智能涌现什么时候报道了…, not The Information报道
// 小扎何时接触王, which asks when he did).
func reportTimeAsked(f string) bool {
	if !hasAny(f, reportAsked) {
		return false
	}
	if !hasHan(f) {
		return true
	}
	report, when := len(f), len(f)
	for _, w := range reportAsked {
		if i := strings.Index(f, w); i >= 0 && i < report {
			report = i
		}
	}
	for _, w := range whenCues {
		if i := strings.Index(f, w); i >= 0 && i < when {
			when = i
		}
	}
	return when < report
}

// reportedAfter reports whether rune s of a passage's folded text comes
// after a verb of reporting in its sentence: it is part of what was
// reported.
func reportedAfter(f []rune, s int) bool {
	start := s
	for start > 0 && !strings.ContainsRune("。！？.!?", f[start-1]) {
		start--
	}
	return hasAny(strings.ToLower(string(f[start:s])), reportWords)
}

// besideLead reports whether a clause (folded, lower-case runes) opens
// with "besides" or 除了: an aside to the sentence's main deed.
func besideLead(cl []rune) bool {
	t := strings.TrimLeft(string(cl), " ，,")
	return hasPrefixAny(t, []string{"besides ", "apart from ", "aside from ", "in addition to ", "除了"})
}

// importanceCues open what matters most (更重要的是，它們都…): the reason
// to a question that asks what mattered most (最重要的原因是什么).
var importanceCues = map[string]bool{"更重要的是": true, "最重要的是": true, "最关键的是": true, "关键在于": true}

// badnessCues open what makes matters worse (且比Llama更糟糕的是，…): the
// reason to a question that asks why something is worse.
var badnessCues = map[string]bool{"更糟糕的是": true, "更糟的是": true}

// beliefBefore reports whether the folded text before fl[at] ends with a
// noun of belief or motive and a comma (推動扎克伯格…的一大信念，[即]Meta…已經
// 落后): what follows 即 is what the noun holds, the reason asked for, as
// "A key belief … is that …" gives it in English.
func beliefBefore(fl []rune, at int) bool {
	before := strings.TrimRight(string(fl[max(0, at-6):at]), ", ")
	return hasSuffixAny(before, []string{"信念", "原因", "理由", "动力", "动机", "想法", "判断"})
}

// onlyNames reports whether the tokens are all names of entities or terms
// and function words ("CEO of SSI (Safe Superintelligence").
func onlyNames(p []tok) bool {
	for _, tk := range p {
		if tk.ent == "" && !tk.stop && !tk.brk {
			return false
		}
	}
	return len(p) > 0
}

// termBefore reports whether one of the question's words (a run of rs)
// ends right before the comma that precedes 即 at rune at.
func termBefore(p []tok, rs []run, at int) bool {
	for _, run := range rs {
		if run.w >= 1 && run.pe > 0 && run.pe <= len(p) {
			if end := p[run.pe-1].end; end < at && end >= at-3 {
				return true
			}
		}
	}
	return false
}

// meansBeforeTo returns where the means starts in the clause cl of p
// when an English purpose "to" at rune at follows it and the question's
// words are in the purpose, not before it ("Zuckerberg [used open source]
// to win Meta a ticket into the large-model race", asked how he got Meta
// into the race): past the subject, at most six words.
func (fr *frame) meansBeforeTo(p []tok, rs []run, cl [2]int, at int) (int, bool) {
	var after, before float64
	for _, run := range rs {
		if run.ps < cl[0] || run.pe > cl[1] || fr.contrasted(run) {
			continue
		}
		switch {
		case p[run.ps].start > at:
			after += run.w
		case p[run.ps].ent == "" || !fr.qents[p[run.ps].key]:
			before += run.w
		}
	}
	if after < 1 || before > 0 {
		return 0, false
	}
	i := cl[0]
	for i < cl[1] && p[i].start < at && (p[i].ent != "" && fr.qents[p[i].key] || p[i].stop) {
		i++
	}
	if i < cl[1] && (p[i].ent == "person" || p[i].ent == "org") {
		i++ // the subject, named or not: the means is what they did
	}
	n := 0
	for j := i; j < cl[1] && p[j].start < at; j++ {
		n++
	}
	if n == 0 || n > 6 || contentCount(p, i, i+n) == 0 {
		return 0, false
	}
	return p[i].start, true
}

// meansOpeners end the words before a means (选择了[裁员]以…, 靠[砸钱]以…),
// folded.
const meansOpeners = "了择过靠用通助"

// reason finds a reason or purpose phrase in the clauses that hold the
// question's words: the text after a cue (因, 以, because, is that, to …)
// up to the end of the clause (or, in Chinese, to the 的 that closes a
// purpose phrase). It returns rune offsets and a score.
func (fr *frame) reason(text string, p []tok, rs []run) (int, int, float64) {
	r := []rune(text)
	f := Fold(text)
	fl := []rune(strings.ToLower(f))
	bestS, bestE, best := 0, 0, 0.0
	cls := clauses(p)
	for ci, cl := range cls {
		cs, ce := p[cl[0]].start, p[cl[1]-1].end
		if fr.foreign(p, cl[0], cl[0]) && slices.ContainsFunc(p[cl[0]:cl[1]], func(t tok) bool { return groupTerms[t.key] }) {
			// 苹果和Meta靠什么追赶？ is not answered by what 六小龍 do. (A
			// clause that names another company alone may name it as a
			// goal: 以加快追趕OpenAI步伐.)
			continue
		}
		// Support: question words in this clause, and half for the one
		// before and the two after (the reason may be given there). A
		// clause set aside with "besides" (除了) is about its own deed:
		// "Besides approaching researchers [to try to lure them], Mark
		// Zuckerberg is also building a new AI lab" gives no reason for
		// the lab; only its own words support it.
		aside := besideLead(fl[cs:ce])
		var v, after float64
		for _, run := range rs {
			if fr.contrasted(run) {
				// "Unlike Apple and Meta, how …": a clause about them is
				// the other side.
				if run.ps >= cl[0] && run.pe <= cl[1] {
					v -= run.w
				}
				continue
			}
			switch {
			case run.ps >= cl[0] && run.pe <= cl[1]:
				v += run.w
			case aside:
			case ci > 0 && run.ps >= cls[max(ci-2, 0)][0] && run.pe <= cls[ci-1][1]:
				// The two clauses before: an apposition may stand
				// between (…may acquire Perplexity, the star AI search
				// start-up, in the hope of…).
				v += 0.5 * run.w
			case ci+1 < len(cls) && run.ps >= cls[ci+1][0] && run.pe <= cls[min(ci+2, len(cls)-1)][1]:
				v += 0.5 * run.w
				after += 0.5 * run.w
			}
		}
		if v == 0 {
			continue
		}
		cues := enReasonCues
		if fr.zh {
			cues = zhReasonCues
		}
		seg := string(fl[cs:ce])
		for _, c := range cues {
			i := strings.Index(seg, c)
			if i < 0 {
				continue
			}
			at := cs + len([]rune(seg[:i]))
			if !fr.zh {
				// Whole words only.
				if at > cs && isAlnum(fl[at-1]) || at+len([]rune(c)) < len(fl) && isAlnum(fl[at+len([]rune(c))]) {
					continue
				}
			}
			if importanceCues[c] && !hasAny(fr.folded, []string{"重要", "关键"}) {
				continue // 更重要的是 gives a reason only when asked what matters most
			}
			if badnessCues[c] && !hasAny(fr.folded, []string{"糟", "惨", "更差", "不如"}) {
				continue // 更糟糕的是 gives a reason only when asked why worse
			}
			if !fr.zh && c == "to" && (infinitiveTo(fl, at) || nounAfterTo(r, at+2)) {
				continue // "was reported to have left": no purpose
			}
			if !fr.zh && c == "to" && strings.HasSuffix(strings.TrimRight(string(fl[max(0, at-12):at]), " "), "according") {
				continue // "According to CNBC": a source, no purpose
			}
			s := at + len([]rune(c))
			if c == "for personal" || c == "as part of" {
				s = at + len(strings.Fields(c)[0]) + 1 // (part of a reorganization)
			}
			e := ce
			if c == "即" && !beliefBefore(fl, at) && !(!fr.why && termBefore(p, rs, at)) {
				// 即 opens a reason after a belief (一大信念，即…), and the
				// how of a deed the question names right before it
				// (數據過擬合測試，即[將各個benchmark的測試集混合在…]).
				continue
			}
			if c == "以" && (s < len(r) && (isAlnum(r[s]) || unicode.IsDigit(r[s])) || !purposeYi(fl, at)) {
				continue // 以5月份…计算, 以30亿美元: "by", not "in order to"
			}
			if c == "以" && hasAny(string(fl[s:ce]), priceNouns) && !hasAny(fr.folded, costAsked) {
				// 以不足OpenAI o1十分之一的资金成本，自研出了R1: "at the
				// cost of", a price, which answers how cheaply, not how
				// (借助一系列工程创新).
				continue
			}
			manner := false
			if fr.zh && c == "以" && !fr.why {
				// Asked how someone did what the question names (张前川是
				// 怎么离开的？), 以 right before that deed gives the manner:
				// [以類似方式完成變相離職]. The deed ends the answer.
				for _, run := range rs {
					if run.w >= 1 && p[run.ps].start > s && p[run.ps].start < ce && p[run.ps].start-s <= 10 && !fr.contrasted(run) && p[run.ps].ent == "" &&
						!strings.ContainsRune(string(fl[s:p[run.ps].start]), '的') && !(at > cs && strings.ContainsRune(meansOpeners, fl[at-1])) {
						// (Not 选择了裁员以收紧资源分配的追赶策略: a means before
						// 以, a purpose after it, and 追赶 a noun's.)
						if !manner || p[run.pe-1].end < e {
							s, e, manner = at, p[run.pe-1].end, true
						}
					}
				}
			}
			if fr.zh && c == "以" && !fr.why && !manner {
				// Asked how (靠什么办法追赶？), 選擇了[裁員以收緊資源分配]
				// gives the means before 以 with the purpose after it,
				// not the purpose alone.
				j := at
				for j > cs && at-j < 8 && unicode.Is(unicode.Han, r[j-1]) && !strings.ContainsRune(meansOpeners, fl[j-1]) {
					j--
				}
				if at-j < 2 || j == cs || !strings.ContainsRune(meansOpeners, fl[j-1]) {
					continue
				}
				s = j
			}
			if fr.zh && c == "因" {
				// 因个人原因淡出: the cause ends with its 原因.
				if j := strings.Index(string(fl[s:e]), "原因"); j >= 0 {
					e = s + len([]rune(string(fl[s:e])[:j])) + 2
				}
			}
			if fr.zh && (c == "以" || c == "为了") {
				// The purpose phrase ends where it modifies a noun.
				if j := strings.IndexRune(string(r[s:e]), '的'); j > 0 {
					e = s + len([]rune(string(r[s:e])[:j]))
				}
			}
			// A purpose that opens the sentence (为了…，"To …,") is the
			// purpose of the clauses after it, which count in full ("To
			// keep Alexandr Wang from leaving partway, Meta specified…"),
			// and "To" there is as plain a cue as 为了. It is the whole
			// clause.
			lead := strings.TrimSpace(string(fl[cs:at]))
			if !fr.why && frontedMeans[c] {
				for _, w := range meansLeads {
					lead = strings.TrimSpace(strings.TrimPrefix(lead, w))
				}
			}
			fronted := ci == 0 && (c == "to" || c == "为了" || c == "in order to" || !fr.why && !fr.compare && frontedMeans[c]) && lead == ""
			if onlyFronted[c] && !fronted {
				continue // 尽管靠著Gemini 2.5系列…追平了: what was used, not how (instrument)
			}
			// Another reason ends where the question's words resume
			// (张前川因个人原因淡出公司事务).
			cut := false
			// A stated aim (目的是…, 希望借此…) runs to the end of its
			// clause, whatever words of the question it repeats.
			aim := aimCues[c]
			if !fr.why && aim {
				continue // an aim answers why, not how (怎么做的)
			}
			for _, run := range rs {
				if fr.zh && !fronted && !aim && !manner && run.w >= 1 && p[run.ps].start >= s+1 && p[run.ps].start < e {
					e, cut = p[run.ps].start, true
				}
			}
			if (c == "被其视为" || c == "被视为") && sharesHanPair(fr.folded, string(fl[s:e])) {
				// What a deed is seen as part of (被其視為[大規模重組Meta AI
				// 業務的一部分]) is no reason for the same deed: asked why
				// Meta reorganized, 重组 there is the question again.
				continue
			}
			if c == "以" && cut {
				// 以 before the asked action is a manner (以类似方式…离职),
				// not a purpose, which follows the action (重组团队，以加快…).
				continue
			}
			if !fr.zh {
				// An English reason phrase ends at a coordinated clause,
				// not where "and" joins names or titles ("to bring Scale
				// AI co-founder and CEO Alexandr Wang on board").
				seg := string(fl[s:e])
				for off := 0; ; {
					j := strings.Index(seg[off:], " and ")
					if j < 0 {
						break
					}
					at := s + len([]rune(seg[:off+j]))
					if next := at + len(" and "); next < e && (unicode.IsUpper(r[next]) || len(strings.Fields(string(r[next:e]))) <= 2) {
						// Names, titles, or a short noun closing the
						// phrase ("its AI talent and technology").
						off += j + len(" and ")
						continue
					}
					if off+j > 0 {
						e = at
					}
					break
				}
			}
			if w, _ := firstWord([]rune(strings.TrimLeft(string(fl[s:e]), " "))); c == "by" && !strings.HasSuffix(w, "ing") {
				continue // "by" gives a means before a gerund (by cutting staff)
			}
			if !fr.zh && e-s < 2 && (c == "through" || c == "to" || c == "by means of" || c == "thanks to") {
				continue // a particle ending its clause ("if it goes through")
			}
			// A reason that opens with a time clause (when these people
			// compare…, 这些人才在比较…时) is given in the clause after it.
			// (Not what 即 spells out, which is a deed: 即將…混合在post-training
			// 過程中.)
			if ci+1 < len(cls) && (e-s < 2 || c != "即" && isTimeClause(string(fl[s:e]), fr.zh)) {
				nx := cls[ci+1]
				s, e = p[nx[0]].start, p[nx[1]-1].end
				if isTimeClause(string(fl[s:e]), fr.zh) && ci+2 < len(cls) {
					nx = cls[ci+2]
					s, e = p[nx[0]].start, p[nx[1]-1].end
				}
				s = skipBelief(fl, s, e, fr.zh)
				if fr.zh && c == "原因之一" {
					// 核心原因之一，是它們都…: the reason follows 是.
					for _, w := range []string{"便是", "就是", "是"} {
						if strings.HasPrefix(string(fl[s:e]), w) {
							s += len([]rune(w))
							break
						}
					}
				}
			}
			if e-s < 2 {
				continue
			}
			w := v + 1
			if aim {
				w += 0.5 // an aim said in so many words
			}
			if fronted {
				w += after
				if !fr.zh && s < e && !frontedMeans[c] {
					s = at // "To keep…" answers a why as it stands
				}
				if fr.zh && frontedMeans[c] {
					// 靠着[砸钱抢人]的手段: the means, not the word for one.
					for _, n := range []string{"的手段", "的方式", "的办法", "的方法"} {
						if strings.HasSuffix(string(fl[s:e]), n) && !strings.Contains(fr.folded, n[len("的"):]) {
							e -= len([]rune(n))
							break
						}
					}
				}
			}
			if (c == "以" || c == "to") && !fronted {
				w -= 0.6 // a purpose, the weakest cue
				// …unless it follows what the question names ("used open
				// source to win Meta a ticket").
				for _, run := range rs {
					if run.pe < len(p) && p[run.pe].start == at {
						w += 0.8
						break
					}
				}
			}
			if badnessCues[c] {
				// What makes the question's subject worse off, where the
				// sentence says (…，急剧恶化的融资环境，正使得六小龙…), not
				// the other side's advantage after 更糟糕的是.
				if a, b, ok := causerOf(p, cls, fr.qnames); ok {
					s, e = a, b
				}
			}
			if w > best {
				bestS, bestE, best = s, e, w
			}
			break
		}
	}
	// A causer: what stands before 让, 使, 促使 … makes the question's
	// subject do what it asks about (Llama 4不及预期的外界表现，让扎克伯格萌生了
	// 重组AI团队的想法). It is the text before the verb in its clause, or the
	// clause before when the verb opens its own.
	if fr.zh {
		for ci, cl := range cls {
			for i := cl[0]; i < cl[1]; i++ {
				if !zhCausers[p[i].key] && !(i+1 < cl[1] && zhCausers[p[i].key+p[i+1].key]) {
					continue
				}
				// The question's words after the verb, in its clause.
				var v float64
				for _, run := range rs {
					if run.ps > i && run.pe <= cl[1] && !fr.contrasted(run) {
						v += run.w
					}
				}
				if v < 1 {
					continue
				}
				s, e := cl[0], i
				if s == e && ci > 0 {
					s, e = cls[ci-1][0], cls[ci-1][1]
				}
				if e-s < 2 || contentCount(p, s, e) == 0 {
					continue
				}
				if w := v + 0.5; w > best {
					bestS, bestE, best = p[s].start, p[e-1].end, w
				}
				break
			}
		}
	}
	// A cause inserted between two words the question has side by side
	// (国内六小龙 ↔ 国内被DeepSeek冲击的AI六小龙们): a passive 被 phrase or a
	// 因/由于 phrase that qualifies the subject.
	if fr.zh {
		for _, a := range rs {
			for _, b := range rs {
				if b.ps <= a.pe || b.ps-a.pe > 12 || b.qs < a.qe || contentCount(fr.q, a.qe, b.qs) > 0 || fr.inSitu && b.qe > fr.whS {
					continue
				}
				if _, brk := gap(p, a.pe, b.ps); brk > 0 {
					continue
				}
				k := p[a.pe].key
				if k != "被" && k != "因" && k != "由" {
					continue
				}
				if w := a.w + b.w + 1; w > best {
					bestS, bestE, best = p[a.pe].start, p[b.ps-1].end, w
				}
			}
		}
	}
	return bestS, bestE, best
}

// isTimeClause reports a clause that only says when (when…, 在…时).
func isTimeClause(s string, zh bool) bool {
	s = strings.TrimSpace(s)
	if zh {
		// …時, …之際, and the setting 在…中 (这些玩家在新一轮竞争中，都暂时
		// 落在了下风).
		return strings.HasSuffix(s, "时") || strings.HasSuffix(s, "时候") || strings.HasSuffix(s, "之际") || strings.HasSuffix(s, "中") && strings.Contains(s, "在")
	}
	for _, w := range []string{"when ", "while ", "as soon as ", "after ", "before "} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// skipBelief skips "they believe", 会认为 … at the start of a reason: the
// reason is what is believed.
func skipBelief(f []rune, s, e int, zh bool) int {
	seg := string(f[s:e])
	if zh {
		for _, w := range []string{"会认为", "认为", "觉得", "相信"} {
			if i := strings.Index(seg, w); i >= 0 && i <= 6 {
				return s + len([]rune(seg[:i+len(w)]))
			}
		}
		return s
	}
	for _, w := range []string{" believe ", " think ", " feel ", " say ", " believed ", " thought ", " said "} {
		if i := strings.Index(" "+seg, w); i >= 0 && i <= 12 {
			return s + len([]rune(seg[:i-1+len(w)]))
		}
	}
	return s
}

// titleWords are the heads of job titles (English ones by stem), and
// titleMods the words English titles are built of besides names.
var (
	titleWords = stems(map[string]bool{"负责人": true, "经理": true, "合伙人": true, "总裁": true, "主管": true, "高管": true, "创始人": true},
		"lead", "head", "manager", "partner", "president", "officer", "founder", "scientist", "architect", "director", "hr")
	titleMods   = stems(nil, "former", "product", "commercialization", "core", "chief", "senior", "vice", "executive", "general", "technology", "research")
	connectives = stems(nil, "however", "although", "though", "but", "yet", "still", "so", "thus", "also", "besides", "meanwhile")
	// (~拒绝 is the word group of 拒绝, "turned down", refused.)
	negations = stems(map[string]bool{"不": true, "没": true, "未": true, "否": true, "非": true, "拒": true, "~拒绝": true},
		"not", "no", "never", "none", "denied", "turned", "instead", "refused", "rejected")
)

// stems adds the stems of words to m.
func stems(m map[string]bool, words ...string) map[string]bool {
	if m == nil {
		m = map[string]bool{}
	}
	for _, w := range words {
		m[stem(w)] = true
	}
	return m
}

var roleTerms = map[string]bool{"@ceo": true, "@coo": true, "@cto": true, "@chief-scientist": true, "@chief-ai-architect": true, "@cofounder": true, "@founder": true, "@adviser": true, "@vice-president": true}

// orgHeads are the heads of what an organisation or product is called
// (its kind), as titleWords are of a person's title.
var orgHeads = stems(map[string]bool{"创企": true, "公司": true, "企业": true, "平台": true, "应用": true, "实验室": true, "团队": true, "厂商": true, "巨头": true, "模型": true, "聊天机器人": true},
	"start-up", "startup", "company", "firm", "lab", "platform", "app", "maker", "giant", "model", "chatbot", "assistant")

// isHead reports whether the tokens ending at i end what a role question
// asks for: a job title, or an organisation's kind.
func (fr *frame) isHead(p []tok, i int, text []rune) bool {
	if !fr.org {
		return isTitleHead(p, i, text)
	}
	if orgHeads[p[i].key] {
		return true
	}
	return endsWithAny(text, p[i].end, orgHeads)
}

// isTitleHead reports whether the tokens ending at i end a job title.
func isTitleHead(p []tok, i int, text []rune) bool {
	t := p[i]
	if roleTerms[t.key] || titleWords[t.key] {
		return true
	}
	return endsWithAny(text, t.end, titleWords)
}

// endsWithAny reports whether text[:end], folded, ends with one of words
// (Han titles and kinds are several characters: look at the text).
func endsWithAny(text []rune, end int, words map[string]bool) bool {
	for w := range words {
		n := utf8.RuneCountInString(w)
		if end-n >= 0 && Fold(string(text[end-n:end])) == w {
			return true
		}
	}
	return false
}

// title finds what a role question asks: the title next to the person's
// name ("former GitHub CEO Nat Friedman", 前MiniMax產品負責人張前川), or the
// role the person moved to (改任產品顧問一職, "has the role of adviser");
// for an organisation or product, what the text calls it beside its name
// (明星AI搜索創企Perplexity, "Perplexity, the star AI search start-up").
// It returns rune offsets and a score.
func (fr *frame) title(text string, p []tok, rs []run) (int, int, float64) {
	if fr.former {
		return fr.titleAt(text, p, rs, fr.placed, "")
	}
	// Koray Kavukcuoglu目前在DeepMind担任什么职务？: a post the passage
	// places at the company asked about (DeepMind CTO) before another one
	// (谷歌首席AI架构师), when it gives one; else a post that names no
	// other company ("What is Alexandr Wang's role at Meta?" is not
	// answered by "Scale AI co-founder and CEO").
	if at := fr.placed; at != "" {
		if s, e, v := fr.titleAt(text, p, rs, at, ""); v > 0 {
			return s, e, v
		}
	}
	return fr.titleAt(text, p, rs, "", fr.placed)
}

// titleAt is title, with the titles limited to those that name the
// company placed (a token key) when it is not "", and to those that name
// no company other than only when only is not "".
func (fr *frame) titleAt(text string, p []tok, rs []run, placed, only string) (int, int, float64) {
	r := []rune(text)
	bestS, bestE, best := 0, 0, 0.0
	key := "@" + fr.person
	consider := func(s, e int, v float64) {
		if fr.now && !fr.former && formerMark(p[s].key) {
			return // asked what they are now, not a post marked as left
		}
		if fr.afterLeaving && slices.ContainsFunc(p[s:e], func(t tok) bool { return t.ent == "org" && fr.qents[t.key] }) {
			// "What did Zhang Fan do after leaving Zhipu?": the post at
			// Zhipu (COO of Zhipu AI) is the one left, not what came after.
			return
		}
		if only != "" && slices.ContainsFunc(p[s:e], func(t tok) bool { return t.ent == "org" && t.key != only }) {
			return
		}
		if placed != "" && !slices.ContainsFunc(p[s:e], func(t tok) bool { return t.key == placed }) {
			// 明超平之前在字节跳动负责什么产品？ asks for the post at
			// ByteDance: a title that does not name it (前月之暗面核心
			// 產品負責人) is another post.
			return
		}
		if placed != "" {
			e = postAt(p, s, e, placed)
		}
		// Names the question gives are not part of the answer (DeepMind
		// CTO → CTO when the question asks about DeepMind; 前智譜COO →
		// COO when it asks about 智譜).
		// ("a former ByteDance CapCut product manager" → "CapCut
		// product manager" asked about ByteDance: the article too.)
		for s < e && (p[s].ent != "" && p[s].ent != "term" && fr.qents[p[s].key] ||
			formerMark(p[s].key) && s+1 < e && fr.qents[p[s+1].key] ||
			(p[s].key == "a" || p[s].key == "an" || p[s].key == "the") && s+1 < e && (fr.qents[p[s+1].key] || formerMark(p[s+1].key) && s+2 < e && fr.qents[p[s+2].key])) {
			s++
		}
		// Nor where it ends with them ("head of commercialization at
		// Baichuan Intelligence" asked about Baichuan).
		for e-s > 2 && p[e-1].ent == "org" && fr.qents[p[e-1].key] && (p[e-2].key == "at" || p[e-2].key == "of") {
			e -= 2
		}
		if fr.former {
			s, e = fr.formerEntity(p, s, e, r)
		}
		if s >= e {
			return
		}
		if v > best {
			bestS, bestE, best = p[s].start, p[e-1].end, v
		}
	}
	for m, t := range p {
		if t.key != key {
			continue
		}
		// Asked what the person is now, the titles beside the name of
		// one the passage then says left (明超平，也正式從月之暗面離職;
		// "Ming Chaoping … formally left Moonshot AI") are the posts
		// they left.
		left := fr.now && !fr.former && leavesAfter(p, m)
		if left {
			// What the sentence says they went on to do (離職，開始下場
			// 創業; "left Moonshot AI to start his own company").
			if s, e, ok := movedOnTo(p, m); ok {
				consider(s, e, 2.5)
			}
		}
		// A title before the name; asked the post at a company, the
		// titles joined before the one that opens with another company
		// too (前字節剪映產品經理、月之暗面核心產品負責人明超平).
		if s := fr.titleStart(p, m, r); s < m && fr.isHead(p, m-1, r) && !left {
			if placed != "" && !fr.former && !slices.ContainsFunc(p[s:m], func(t tok) bool { return t.key == placed }) {
				s = fr.titleStartThrough(p, m, r, true)
			}
			consider(s, m, 2+0.1*fr.fit(p, rs, s, m))
		}
		// A title the sentence gives the name as what it is: 作為Meta創始
		// 人的馬克·扎克伯格, 身為…的.
		if fr.zh && m >= 4 && p[m-1].key == "的" && !left {
			if s := fr.titleStart(p, m-1, r); s < m-1 && s >= 2 && fr.isHead(p, m-2, r) && asWhat(p[s-2].key+p[s-1].key) {
				consider(s, m-1, 2+0.1*fr.fit(p, rs, s, m-1))
			}
		}
		// A title after the name, set off by a comma (Daniel Gross, CEO of
		// SSI), up to the next break or bracket.
		if m+2 < len(p) && p[m+1].brk && !left {
			e := m + 2
			for e < len(p) && !p[e].brk && e-m < 16 && !bracketBetween(r, p[e-1].end, p[e].start) && !enAux[p[e].key] && (fr.org || p[e].ent != "person") {
				e++
			}
			// It opens like a title (an article, a name, a title's word)
			// and has its head within six words: not a clause set off
			// by commas ("Google, even as updates to its Gemini models
			// bring it…, is…").
			opens := p[m+2].ent != "" || isCapitalized(r, p[m+2]) || titleWords[p[m+2].key] || titleMods[p[m+2].key] ||
				p[m+2].key == "the" || p[m+2].key == "a" || p[m+2].key == "an" || fr.zh
			if e < len(p) && p[e].ent == "person" && !fr.org {
				// "…head of commercialization Wei Wei, former Moonshot AI
				// core product lead Ming Chaoping": the title before the
				// next name is that person's.
				opens = false
			}
			for h := e - 1; h > m+1 && opens; h-- {
				if fr.isHead(p, h, r) && h-(m+2) < 6 {
					consider(m+2, e, 1.5)
					break
				}
			}
		}
		// The role the person moved to, later in the sentence.
		for i := m + 1; i < len(p) && !fr.org && !fr.former; i++ {
			if p[i].ent == "person" {
				break // what follows is said of another person
			}
			if !isChangeVerb(p, i, r) {
				continue
			}
			e := i + 1
			for e < len(p) && !p[e].brk && e-i < 10 {
				if isTitleHead(p, e, r) {
					if e+1 < len(p) && p[e+1].key == stem("person") {
						e++ // "number-one HR person"
					}
					v := 1.8
					if fr.newRole {
						// Asked the post someone was appointed to (任命为什么
						// 职位？), the one after the change verb, over the
						// title before the name however well it fits the
						// question's words (DeepMind CTO).
						v += 1
					} else if fr.now {
						v += 0.5
						if saysNow(p, m, e) {
							// 当前…已变更为顾问, "now has the role of adviser".
							v += 0.5
						}
					}
					s := i + 1
					if s < e && (p[s].key == "its" || p[s].key == "his" || p[s].key == "her" || p[s].key == "their") {
						s++ // "as its chief AI architect"
					}
					consider(s, e+1, v)
					break
				}
				e++
			}
		}
	}
	if fr.duty {
		if best > 0 {
			bestS, bestE = dutyOf(p, r, bestS, bestE)
		}
		// What the sentence says the person is in charge of (擔任谷歌首席
		// AI架構師，負責統籌未來AI產品開發; "in charge of coordinating
		// future AI product development") says it better than a title.
		if s, e, ok := chargeOf(p, r, key); ok {
			bestS, bestE, best = s, e, 3
		}
	}
	return bestS, bestE, best
}

// standsIn reports whether candidate c is a person who stands in for an
// organisation the question names, in a passage that does not name it:
// "Who turned Meta down?" ↔ "Ilya Sutskever turned down Zuckerberg's
// lucrative offer" (Zuckerberg is Meta there, not who turned it down).
// Only in a question that names no person but those it sets aside
// ("Besides Wang, who else is Meta trying to recruit?"): one that does
// ("Who said no to Zuckerberg's SSI offer?") names the organisation as a
// detail.
func (e *Engine) standsIn(fr *frame, p []tok, c Candidate) bool {
	if c.Entity == "" || slices.ContainsFunc(fr.q, func(t tok) bool { return t.ent == "person" && !fr.an.aside[strings.TrimPrefix(t.key, "@")] }) {
		return false
	}
	for _, org := range e.headOf[synonym("@"+c.Entity)] {
		// Asked whom the organisation does something to ("Who is Meta
		// trying to recruit?"), its head is the one doing it, named or
		// not (but "Who does the new Google AI architect report to?"
		// and "Who does Google's AI architect report to?" have another
		// subject: the post's holder).
		if fr.qents[org] && !fr.fromOrgs[org] && !fr.ownerNamed(org) && (fr.orgSubject(org) && len(fr.subjectPosts) == 0 || !slices.ContainsFunc(p, func(t tok) bool { return t.key == org })) {
			// (Not asked who at it or who of its thing: "Who built R1
			// at DeepSeek?", DeepSeek的R1是谁做出来的？ ask for its head.)
			return true
		}
	}
	return false
}

// ownerNamed reports whether the question names the organisation org as
// an owner, with 的 or 's after it (DeepSeek的R1, "DeepSeek's R1").
func (fr *frame) ownerNamed(org string) bool {
	r := []rune(fr.an.Question)
	for _, t := range fr.q {
		if t.key != org || t.end > len(r) {
			continue
		}
		after := string(r[t.end:])
		if strings.HasPrefix(after, "的") || strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") || strings.HasSuffix(string(r[t.start:t.end]), "'s") {
			return true
		}
	}
	return false
}

// capitalized reports whether question token t starts with a Latin
// capital in the question's runes q (DeepMind, a name the alias table
// does not list).
func capitalized(q []rune, t tok) bool {
	return t.start < len(q) && unicode.IsUpper(q[t.start]) && unicode.Is(unicode.Latin, q[t.start])
}

// headPostAfter matches the folded, lower-cased question text right
// after an organisation's name that names its head: DeepMind[現在的執行長],
// "Perplexity['s chief executive]".
var headPostAfter = regexp.MustCompile(`^(?:\s*(?:'s|’s|的))?\s*(?:(?:现在|目前|现任|当前|如今)的?)?\s*(?:ceo|chief executive|执行长|首席执行官|总裁|大?老板|老大|一把手|掌门人?|掌舵人|boss\b)`)

// ownedNameAsked reports whether an English question names, outside the
// article's names it mentions (ms), a thing the alias table knows only
// as what an entity owns or makes (Engine.ownedNames): "How much did Meta
// pay when it bought Instagram?" asks what the article does not tell.
func (e *Engine) ownedNameAsked(q string, ms []Mention) bool {
	r := []rune(q)
	for _, w := range wordSpans(r) {
		if !e.ownedNames[strings.ToLower(string(r[w.Start:w.End]))] {
			continue
		}
		if !slices.ContainsFunc(ms, func(m Mention) bool { return m.Start <= w.Start && w.End <= m.End }) {
			return true
		}
	}
	return false
}

// headsNothing reports whether candidate c is a person an alias table
// that records heads has heading nothing, asked of a head now (not a
// former one: 前GitHub CEO).
func (e *Engine) headsNothing(fr *frame, c Candidate) bool {
	return c.Entity != "" && len(e.headOf) > 0 && len(e.headOf[synonym("@"+c.Entity)]) == 0 &&
		!fr.hasKey(synonym(stem("former"))) && !slices.ContainsFunc(fr.q, func(t tok) bool { return formerMark(t.key) })
}

// subLeadTitled reports whether the person starting at rune s of r is
// titled, right before the name, with the post of one who leads a part of
// a company (產品負責人, 商業化合伙人兼副總裁, "product lead", "head of
// commercialization"), not the company.
func subLeadTitled(r []rune, s int, zh bool) bool {
	before := strings.ToLower(Fold(string(r[max(0, s-24):s])))
	if zh {
		return subLeadZH.MatchString(before)
	}
	return subLeadEN.MatchString(before)
}

var (
	subLeadZH = regexp.MustCompile(`(?:负责人|合伙人|副总裁|经理|总监)$`)
	subLeadEN = regexp.MustCompile(`\b(?:lead|manager|director|partner|vice president|head of [a-z]+)\s*$`)
)

// headPostBefore matches the same text right before the name: "the
// chief executive of [DeepMind]".
var headPostBefore = regexp.MustCompile(`\b(?:ceo|chief executive|boss)\s+of\s+(?:the\s+)?$`)

// headsElsewhere reports whether candidate c is a person the alias table
// places at other organisations than the one the question asks someone
// from or at, in a passage that names a person of that one: asked who
// of that company, c is of another.
func (e *Engine) headsElsewhere(fr *frame, p []tok, c Candidate) bool {
	if c.Entity == "" {
		return false
	}
	of := fr.fromOrgs
	if len(of) == 0 {
		return false
	}
	me := synonym("@" + c.Entity)
	heads := e.headOf[me]
	if len(heads) == 0 || fr.qents[me] || slices.ContainsFunc(heads, func(o string) bool { return of[o] }) {
		return false
	}
	return slices.ContainsFunc(p, func(t tok) bool {
		return t.ent == "person" && t.key != me && !fr.qents[t.key] && slices.ContainsFunc(e.headOf[t.key], func(o string) bool { return of[o] })
	})
}

// headsOnlyElsewhere reports whether the alias table has candidate c
// head organisations, none of them one the question asks people of.
func (e *Engine) headsOnlyElsewhere(fr *frame, c Candidate) bool {
	return e.headsNoneOf(c, func(o string) bool { return fr.fromOrgs[o] })
}

// headsNoneOf reports whether the alias table has candidate c head
// organisations, none of them one that of says.
func (e *Engine) headsNoneOf(c Candidate, of func(org string) bool) bool {
	heads := e.headOf[synonym("@"+c.Entity)]
	return c.Entity != "" && len(heads) > 0 && !slices.ContainsFunc(heads, of)
}

// membersAsked reports whether the organisation at question token i (of
// the folded question) names whose people the interrogative asks for: "Which OpenAI
// researchers…", 哪些OpenAI研究员 (an interrogative before it, a person
// noun after it).
func (fr *frame) membersAsked(folded string, i int) bool {
	if k := fr.q[i-1].key; k != "which" && !(i >= 2 && fr.q[i-2].key == "哪" && strings.Contains("些位个名", k)) {
		return false
	}
	rest := strings.ToLower(strings.TrimSpace(string([]rune(folded)[min(fr.q[i].end, utf8.RuneCountInString(folded)):])))
	return slices.ContainsFunc(append(append([]string(nil), personNouns...), personPlurals...), func(n string) bool {
		return strings.HasPrefix(rest, n) && n != "人"
	})
}

// orgSubject reports whether an English object question has the
// organisation org as its subject, right after the auxiliary ("Who is
// Meta trying to recruit?").
func (fr *frame) orgSubject(org string) bool {
	return fr.objectQ && !fr.zh && fr.an.Lang == LangEN && fr.whE < len(fr.q) && fr.q[fr.whE].key == org
}

// whoVerbAux are the auxiliaries after which a verb, not a subject, may
// follow "who".
var whoVerbAux = map[string]bool{"will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true, "shall": true, "has": true, "have": true, "had": true}

// opensNounPhrase reports whether question token t opens a noun phrase (a
// name, a pronoun, an article): the subject after an auxiliary.
func opensNounPhrase(q string, t tok) bool {
	if t.ent != "" {
		return true
	}
	w := strings.ToLower(tokText(q, t))
	switch w {
	case "he", "she", "it", "they", "we", "you", "i", "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those":
		return true
	}
	r, _ := utf8.DecodeRuneInString(tokText(q, t))
	return unicode.IsUpper(r)
}

// asWhat reports the folded pair that says what a person is as: 作为,
// 身为.
func asWhat(k string) bool { return k == "作为" || k == "身为" }

// chargeOf finds, after the name key and before another person's, what
// the sentence says that person is in charge of (負責…, "in charge of …",
// "responsible for …"), up to the next break; rune offsets.
func chargeOf(p []tok, r []rune, key string) (int, int, bool) {
	f := []rune(strings.ToLower(Fold(string(r))))
	if len(f) != len(r) {
		f = r // offsets would not match
	}
	for m, t := range p {
		if t.key != key {
			continue
		}
		for i := m + 1; i < len(p); i++ {
			if p[i].ent == "person" {
				break
			}
			at := p[i].start
			n := 0
			for _, w := range []string{"负责", "in charge of ", "responsible for "} {
				if hasRunesAt(f, at, w) {
					n = len([]rune(w))
					break
				}
			}
			if n == 0 || at+n < len(f) && f[at+n] == '人' {
				continue // 負責人 is a title, not a duty
			}
			s := at + n
			for s < len(r) && r[s] == ' ' {
				s++
			}
			e := s
			for e < len(r) && !strings.ContainsRune("，,。.；;：:！？!?)）", r[e]) {
				if hasRunesAt(f, e, " and ") {
					// "coordinating … development and reporting
					// directly to…": a second duty.
					if w, _ := firstWord(r[e+len(" and "):]); strings.HasSuffix(w, "ing") {
						break
					}
				}
				e++
			}
			if e-s >= 2 {
				return s, e, true
			}
		}
	}
	return 0, 0, false
}

// dutyOf narrows a title [s, e) (rune offsets) to the field it is
// responsible for: 商業化 of 前MiniMax商業化負責人, "commercialization" of
// "former MiniMax head of commercialization", "product" of "StepFun
// product lead", without the organisation's name or 前/former before it.
// A title without such a field is returned whole.
func dutyOf(p []tok, r []rune, s, e int) (int, int) {
	t := strings.ToLower(string(r[s:e]))
	ds, de := -1, -1
	for _, w := range []string{"負責人", "负责人", "負責", "负责"} {
		if i := strings.Index(t, w); i > 0 {
			ds, de = s, s+len([]rune(t[:i]))
			break
		}
	}
	if ds < 0 {
		if i := strings.Index(t, "head of "); i >= 0 {
			ds, de = s+len([]rune(t[:i+len("head of ")])), e
		} else if strings.HasSuffix(t, " lead") || strings.HasSuffix(t, " head") {
			ds, de = s, e-len(" lead")
		}
	}
	if ds < 0 {
		return s, e
	}
	// The last of several titles (聯合創始人、商業化負責人).
	for _, sep := range []string{"、", "，", ",", "兼", " and "} {
		if i := strings.LastIndex(string(r[ds:de]), sep); i >= 0 {
			ds += len([]rune(string(r[ds:de])[:i+len(sep)]))
		}
	}
	for _, tk := range p {
		for ds < de && r[ds] == ' ' {
			ds++
		}
		if tk.start == ds && tk.end <= de && (formerMark(tk.key) || tk.ent != "" && tk.ent != "term") {
			ds = tk.end
		}
	}
	for de > ds && r[de-1] == ' ' {
		de--
	}
	if de-ds < 1 {
		return s, e
	}
	return ds, de
}

// movedOnTo returns the tokens [s, e) of what the sentence says, after
// the leave that follows token m, someone went on to do: from 開始 or a
// verb of starting or joining ("start", "found", "join", "launch") to the
// next break.
func movedOnTo(p []tok, m int) (int, int, bool) {
	leave := synonym(stem("leave"))
	i := m + 1
	for i < len(p) && p[i].key != leave {
		if p[i].ent == "person" {
			return 0, 0, false // another person's leave
		}
		i++
	}
	for i++; i < len(p); i++ {
		s := -1
		switch k := p[i].key; {
		case k == "开" && i+1 < len(p) && p[i+1].key == "始":
			s = i + 2
		case moveVerbs()[k] && !p[i].han:
			s = i
		}
		if s < 0 {
			continue
		}
		e := s
		for e < len(p) && !p[e].brk {
			e++
		}
		return s, e, e > s
	}
	return 0, 0, false
}

// moveVerbs are the token keys of the English verbs of starting or
// joining that say what someone went on to do (movedOnTo).
// (Built on first use, as valuationKey is.)
var moveVerbs = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"start", "found", "join", "launch", "begin"} {
		m[synonym(stem(w))] = true
	}
	return m
})

// leavesAfter reports whether the sentence says, after token m, that
// someone left (離職, 離開, "left", "quit").
func leavesAfter(p []tok, m int) bool {
	leave := synonym(stem("leave"))
	for i := m + 1; i < len(p); i++ {
		if p[i].key == leave {
			return true
		}
	}
	return false
}

// formerEntity returns the tokens of the organisation (or product, when
// the question asks for one) that a person's title [s, e) names, the one
// in a 前/former item first, with the names right behind it (字節剪映,
// "ByteDance CapCut (Jianying)"); names the question gives are not
// answers. It returns s >= e when the title names none.
func (fr *frame) formerEntity(p []tok, s, e int, r []rune) (int, int) {
	want, other := "org", "product"
	if fr.wantProduct {
		want, other = other, want
	}
	at := -1
	rank := 0       // 3: wanted type in a 前 item; 2: wanted type; 1: the other type
	marked := false // within a 前/former item of the title
	for i := s; i < e; i++ {
		switch p[i].key {
		case "前", stem("former"):
			marked = true
		case "、", "和", "与", "and":
			marked = false
		}
		if p[i].ent != want && p[i].ent != other || fr.qents[p[i].key] {
			continue
		}
		v := 1
		if p[i].ent == want {
			v = 2
			if marked {
				v = 3
			}
		}
		if v > rank {
			at, rank = i, v
		}
	}
	if at < 0 {
		return s, s
	}
	if rank < 3 && !fr.qorg && !slices.ContainsFunc(fr.q, func(t tok) bool { return t.ent == "term" }) && !appointedAfter(p, e, r) {
		// A title without 前/former is the post the person holds; it
		// answers only a question that names where they went (before
		// Meta), the post (之前是哪裡的CTO), or one the sentence says
		// they now take (任命DeepMind CTO科拉伊·卡武克奧盧擔任谷歌首席AI架構師,
		// "appointing DeepMind CTO Koray Kavukcuoglu as its chief AI
		// architect").
		return s, s
	}
	j := at + 1
	for j < e && (p[j].ent == "org" || p[j].ent == "product") && !fr.qents[p[j].key] &&
		strings.TrimSpace(string(r[p[j-1].end:p[j].start])) == "" {
		j++
	}
	return at, j
}

// appointedAfter reports whether the name after a title that ends at
// token e goes on to a new post: 擔任, 出任, 接任, "as".
func appointedAfter(p []tok, e int, r []rune) bool {
	for i := e; i < len(p) && i < e+6; i++ {
		if p[i].ent != "person" {
			continue
		}
		for i+1 < len(p) && p[i+1].ent == "person" && p[i+1].key == p[i].key {
			i++
		}
		end := min(len(r), p[i].end+4)
		after := strings.ToLower(strings.TrimLeft(string(r[p[i].end:end]), " ,，"))
		return hasAny(Fold(after), []string{"担任", "出任", "接任", "升任", "as "})
	}
	return false
}

// placedAt returns the key of the organisation a question about a post
// places it at (在字节跳动, "at ByteDance", 在DeepMind担任), or "".
func (fr *frame) placedAt() string {
	rq := []rune(strings.ToLower(fr.folded))
	for i := 1; i < len(fr.q); i++ {
		if fr.q[i].ent == "org" && (fr.q[i-1].key == "在" || fr.q[i-1].key == "at") {
			// Not the post the question sets the time by: "Prior to his
			// role at Moonshot AI, which company…", 在月之暗面之前.
			before := string(rq[max(0, fr.q[i-1].start-24):min(len(rq), fr.q[i-1].start)])
			after := string(rq[min(len(rq), fr.q[i].end):min(len(rq), fr.q[i].end+2)])
			if strings.Contains(before, "prior to") || strings.Contains(before, "before") || strings.HasPrefix(after, "之前") || strings.HasPrefix(after, "以前") {
				continue
			}
			return fr.q[i].key
		}
	}
	return ""
}

// The shapes of a question about another name of a name, with the name
// as X: what it stands for (or, for a term, means), what it is called
// now, what it was called before.
var (
	akaExpand = regexp.MustCompile(`^what (?:does|did) X stand for$|^what is X short for$|^what(?: is|'s| was) (?:the )?(?:full name|full form|long form) (?:of|for) X$|^what(?: is|'s) X(?: 's)? full (?:name|form)$|^X(?:的)?(?:全称|全名|英文全称)(?:是)?(?:什么|啥)?$|^X是什么意思$|^X指的?是什么$|^X指(?:的)?(?:是)?哪些公司$`)
	akaTerm   = regexp.MustCompile(`^(?:so )?what (?:is|are|were)(?: the)? X$|^(?:who|which) (?:are|were) the X$|^X是什么$|^X是指什么$|^X是哪些公司$|^X是谁$|^什么是X$`)
	akaNow    = regexp.MustCompile(`^what(?: is|'s) X (?:called|named) (?:now|today)$|^what(?: is|'s) X now called$|^what (?:was|has) X (?:been )?renamed(?: to)?$|^what(?: is|'s) X(?: 's)? new name$|^what(?: is|'s) the (?:new|current) name (?:of|for) (?:the )?X$|^X(?:现在|如今|后来|目前)?(?:改名|更名|改称|改成|改叫)(?:为|叫|成)?(?:了)?(?:什么|啥)(?:名字|名称)?(?:了|呢)?$|^X(?:现在|如今|目前)(?:叫|叫做|名叫)(?:什么|啥)(?:名字)?$|^X的新名字(?:是)?(?:什么|啥)$`)
	akaBefore = regexp.MustCompile(`^what was X(?: originally| first| once| previously| formerly)? called\b|^what was X(?: 's)? (?:old|former|original|previous) name$|^what was the (?:old|former|original|previous) name of (?:the )?X$|^X(?:在)?(?:改名|更名)(?:之前|以前|前)(?:的)?(?:公司)?(?:名称|名字)?(?:叫|是)?(?:什么|啥|哪家|哪个)(?:名字|公司|company)?$|^what (?:company|firm) was X before$|^what (?:is|was) X(?: 's)? predecessor$|^X(?:的)?前身(?:是|叫|叫做|名叫)?(?:什么|啥|哪家公司|哪个公司|谁)?(?:名字)?$|^what (?:was|is) X(?: 's)? (?:predecessor|previous company) called$|^what did X use to be called$|^X(?:以前|原来|之前|原本)(?:叫|名叫)(?:什么|啥)(?:名字)?$`)
)

// akaTriggers are words one of the aka shapes needs (the regular
// expressions run only when the question holds one, or names a term).
var akaTriggers = []string{"stand", "short", "full", "called", "named", "renamed", "name", "predecessor", "全称", "全名", "意思", "指", "前身", "改名", "更名", "改称", "改成", "名字", "叫"}

// asksName returns the akaMode a question about en asks, or "".
func (fr *frame) asksName(q string, en Entity) string {
	if en.Type != "term" && !slices.ContainsFunc(akaTriggers, func(w string) bool { return strings.Contains(fr.lower, w) }) {
		return ""
	}
	enQ, zhQ := fr.shape(q, en.ID)
	switch {
	case akaExpand.MatchString(enQ) || akaExpand.MatchString(zhQ):
		return "expand"
	case en.Type == "term" && (akaTerm.MatchString(enQ) || akaTerm.MatchString(zhQ)):
		// What a term means: "What are the six little dragons?"
		return "expand"
	case akaNow.MatchString(enQ) || akaNow.MatchString(zhQ):
		return "now"
	case akaBefore.MatchString(enQ) || akaBefore.MatchString(zhQ):
		return "before"
	}
	return ""
}

// renameCues open a bracket that gives a new name: 現更名為“階躍AI”,
// now renamed "StepFun AI".
var renameCues = []string{"现更名为", "更名为", "改名为", "现名", "now renamed", "renamed", "now called", "now known as"}

// predecessorCues in a bracket after a name make it the former name of
// the one the bracket names: Facebook(Meta前身), "Facebook (Meta's
// predecessor)".
var predecessorCues = []string{"前身", "predecessor", "formerly"}

// bracketName finds the name a bracket gives beside the frame's name:
// for "expand" and "now", the bracket right after it (SSI(Safe
// Superintelligence), 躍問(現更名為“階躍AI”)), a new name only where the
// bracket says so and for "now" only then; for "before", the name right
// before a bracket that calls the frame's name its successor. It returns
// rune offsets and 1, or a zero value.
func (fr *frame) bracketName(text string, p []tok) (int, int, float64) {
	r := []rune(text)
	key := "@" + fr.aka
	lower := []rune(strings.ToLower(Fold(text)))
	if len(lower) != len(r) {
		return 0, 0, 0
	}
	inner := func(i int) (int, int) { // the bracket opening at or after rune i
		for i < len(r) && strings.ContainsRune(" ”\"」", r[i]) {
			i++ // (past the quotation mark closing a name: “躍問”(…))
		}
		if i >= len(r) || r[i] != '(' && r[i] != '（' {
			return -1, -1
		}
		for j := i + 1; j < len(r); j++ {
			if r[j] == ')' || r[j] == '）' {
				return i + 1, j
			}
		}
		return -1, -1
	}
	strip := func(a, b int) (int, int) {
		for a < b && strings.ContainsRune(" “”\"'「」《》", r[a]) {
			a++
		}
		for b > a && strings.ContainsRune(" “”\"'「」《》.。", r[b-1]) {
			b--
		}
		return a, b
	}
	for m, t := range p {
		if fr.akaMode == "before" {
			// A name followed by a bracket that names the asked one as
			// its successor (the alias table may hold both names).
			if t.ent == "" || t.ent == "term" {
				continue
			}
			a, b := inner(t.end)
			if a < 0 {
				continue
			}
			in := string(lower[a:b])
			names := false
			for i := m + 1; i < len(p) && p[i].start < b; i++ {
				names = names || p[i].key == key
			}
			if !names {
				continue
			}
			for _, c := range predecessorCues {
				if strings.Contains(in, c) {
					return t.start, t.end, 1
				}
			}
			continue
		}
		if t.key != key {
			continue
		}
		a, b := inner(t.end)
		if a < 0 {
			continue
		}
		in := string(lower[a:b])
		if slices.ContainsFunc(predecessorCues, func(c string) bool { return strings.Contains(in, c) }) {
			continue // Facebook (Meta's predecessor): a name it had, asked the other way
		}
		renamed := false
		for _, c := range renameCues {
			if i := strings.Index(in, c); i >= 0 {
				a += len([]rune(in[:i+len(c)]))
				renamed = true
				break
			}
		}
		if renamed != (fr.akaMode == "now") {
			continue
		}
		if a, b = strip(a, b); b-a >= 2 {
			return a, b, 1
		}
	}
	return 0, 0, 0
}

// The shapes of a question about what someone said, with the speaker as
// X and any other name as E: enSay and zhSay ask for their words,
// enJudge and zhJudge for their view of something.
var (
	enSay   = regexp.MustCompile(`^(?:so |and )?what (?:did|does|do|has|had|would) X (?:say|said|tell|told|answer|answered|reply|replied|respond|responded|keep saying|keep repeating|repeat)\b(?: (?:about|of|on|when)\b| (?:to )?[a-z]+ (?:about|on)\b| to [a-z]+$|$)|^(?:so |and )?what (?:line|slogan|phrase|words|mantra|message|catchphrase|quote) (?:did|does|do|has|had|would|is) X (?:keep |always |often )?(?:say|saying|said|repeat|repeating|repeated|use|using|used|push|pushing|pushed)\b(?: [a-z]+)?(?: (?:about|on|regarding) .+)?$`)
	enJudge = regexp.MustCompile(`^(?:so |and )?(?:how (?:did|does|do) X (?:view|see|rate|assess|judge|feel about|think of|think about|describe)\b|what (?:did|does|do) X think (?:of|about)\b)`)
	zhSay   = regexp.MustCompile(`^X(?:都|又|还|曾|曾经|一直在?|总是|老是|反复|到处)?(?:说|讲|表示|回应|回答|称)(?:了|过|道)?(?:些)?(?:什么|啥)(?:话)?$|^X(?:都|又|还|曾|曾经|一直|总是|老是|反复|到处|常)?(?:说|讲|挂在嘴边|喊|提)?(?:的|那句)(?:论调|口号|说法|话|名言|金句)是(?:什么|啥)$|^X(?:对|关于)(.+)(?:说了?(?:什么|啥)|怎么说|有什么看法|有何看法)$`)
	zhJudge = regexp.MustCompile(`^X(?:怎么|如何|怎样|咋)(?:评价|看待|看)|^X(?:对|关于).+(?:怎么看|如何评价|怎么评价|如何看待)$|^X(?:觉得|认为).+(?:怎么样|咋样|如何|好不好)$`)
)

// asksSpeech reports whether q asks for what the person said, and
// whether for their view of something.
func (fr *frame) asksSpeech(q, person string) (say, judge bool) {
	en, zh := fr.shape(q, person)
	switch {
	case enJudge.MatchString(en) || zhJudge.MatchString(zh):
		return true, true
	case enSay.MatchString(en) || zhSay.MatchString(zh):
		return true, false
	}
	return false, false
}

// shape returns the question's words, folded and lower-cased, with the
// entity id as X and any other name as E, without breaks: joined by
// spaces (for the English shapes) and without (for the Chinese ones).
func (fr *frame) shape(q, id string) (en, zh string) {
	var ws []string
	for _, t := range fr.q {
		if t.brk {
			continue // "What did X say, about …"
		}
		w := strings.ToLower(Fold(tokText(q, t)))
		switch {
		case t.key == "@"+id:
			w = "X"
		case t.ent != "":
			w = "E"
		}
		ws = append(ws, w)
	}
	return strings.TrimSpace(strings.TrimRight(strings.Join(ws, " "), " ?")), strings.TrimRight(strings.Join(ws, ""), "?？")
}

// speechLeads are the connectives that open a clause of speech but are
// not what was said about the topic (雖然他們…, "even though their…").
var speechLeads = []string{"虽然", "尽管", "但是", "但", "不过", "而且", "因为", "目前", "even though", "although", "though", "but", "and", "because", "so far", "to date", "now", "currently"}

// speech finds the words of the speaker in p: the quotations they are
// given (not a quoted question, which was put to them, nor a quoted
// name), or else what follows their verb of saying. A quotation is the
// first person's named before it in the passage, else the one named
// right after it (…," a PhD student explained), else, when the passage
// opens with it, prev's: the last person the passage before it names.
// With the question's other words (the topic) it returns the clause of
// the speech that says most of them, for a view (judge) only the part
// after them, and with the next clause when a Chinese clause is a topic
// ending in 的 (對頂級人才吸引最大的，肯定是…). Without a topic, the first
// sentence of speech. The value is 1 plus the topic's share found.
func (fr *frame) speech(text string, p []tok, prev string) (int, int, float64) {
	r := []rune(text)
	key := "@" + fr.say
	isPerson := func(t tok) bool { return t.ent == "person" }
	// The speech: rune ranges, in a passage that reports words (not
	// "six little dragons" in quotation marks).
	var ranges [][2]int
	folded := strings.ToLower(Fold(text))
	reports := prev != "" // it opens with a quotation after a passage naming someone
	for _, v := range speechVerbs {
		if containsCue(folded, v) {
			reports = true
		}
	}
	for i := 0; i < len(r) && reports; i++ {
		var close rune
		switch r[i] {
		case '“':
			close = '”'
		case '"':
			close = '"'
		default:
			continue
		}
		j := i + 1
		for j < len(r) && r[j] != close {
			j++
		}
		if j >= len(r) {
			break
		}
		inner := []rune(strings.TrimSpace(string(r[i+1 : j])))
		n := len(inner)
		if !fr.zh {
			n = len(strings.Fields(string(inner)))
		}
		asked := n > 0 && (inner[len(inner)-1] == '？' || inner[len(inner)-1] == '?')
		if (fr.zh && n >= 6 || !fr.zh && n >= 3) && !asked {
			who := ""
			for _, t := range p {
				if t.start >= i {
					break
				}
				if isPerson(t) {
					who = t.key
					break
				}
			}
			if who == "" {
				for _, t := range p {
					if t.start > j && t.ent != "" {
						if isPerson(t) {
							who = t.key
						}
						break
					}
				}
			}
			if who == "" && strings.TrimSpace(string(r[:i])) == "" {
				who = prev
			}
			if who == key {
				ranges = append(ranges, [2]int{i + 1, j})
			}
		}
		i = j
	}
	if len(ranges) == 0 {
		// Reported speech: after the speaker's verb of saying, to the
		// end of the sentence.
		for m, t := range p {
			if t.key != key {
				continue
			}
			for i := m + 1; i < len(p) && i < m+8 && !isPerson(p[i]); i++ {
				w := Fold(tokText(text, p[i]))
				if fr.zh && i+1 < len(p) {
					switch Fold(tokText(text, p[i]) + tokText(text, p[i+1])) {
					case "回应", "表示", "认为", "回答", "说道", "反击":
						i++
						w = "said"
					}
				}
				if w == "said" || w == "says" || w == "say" {
					s := i + 1
					for s < len(p) && (p[s].brk || p[s].key == "道" || p[s].key == "that") {
						s++
					}
					if s < len(p) {
						ranges = append(ranges, [2]int{p[s].start, len(r)})
					}
					break
				}
			}
			break
		}
	}
	if len(ranges) == 0 {
		return 0, 0, 0
	}
	// The topic: the question's content words but the speaker's name
	// and the verb of saying.
	topic := map[string]float64{}
	var total float64
	for j, t := range fr.q {
		if fr.isWh(j) || t.stop || t.brk || t.key == key || enAux[t.key] || enWh[t.key] || sayWords[t.key] || sayWords[stem(strings.ToLower(tokText(fr.an.Question, t)))] {
			continue
		}
		if _, ok := topic[t.key]; !ok {
			topic[t.key] = t.weight()
			total += t.weight()
		}
	}
	ends := func(t tok) bool {
		return t.brk && strings.ContainsAny(tokText(text, t), "。！？.!?")
	}
	bestS, bestE, best := 0, 0, 0.0
	for _, rg := range ranges {
		// The clauses of the speech, as token ranges.
		var cls [][2]int
		a := -1
		for i, t := range p {
			in := t.start >= rg[0] && t.end <= rg[1]
			if in && !t.brk && a < 0 {
				a = i
			}
			if a >= 0 && (!in || t.brk) {
				cls = append(cls, [2]int{a, i})
				a = -1
			}
		}
		if a >= 0 {
			cls = append(cls, [2]int{a, len(p)})
		}
		for ci, cl := range cls {
			s, e := cl[0], cl[1]
			if total == 0 {
				// No topic: the first sentence of speech.
				for e < len(p) && p[e].start < rg[1] && !ends(p[e]) {
					e++
				}
				for e > s && p[e-1].brk {
					e--
				}
				return p[s].start, p[e-1].end, 1
			}
			var got float64
			last := -1
			seen := map[string]bool{}
			inTopic := func(i int) bool {
				if i < 0 || i >= len(p) {
					return false
				}
				_, ok := topic[p[i].key]
				return ok
			}
			for i := s; i < e; i++ {
				if w, ok := topic[p[i].key]; ok {
					if !seen[p[i].key] {
						got += w
						seen[p[i].key] = true
					}
					if !p[i].han || p[i].key != "种" && p[i].key != "样" && (inTopic(i-1) || inTopic(i+1)) {
						// (这种, 那样 point to the topic, and a character
						// alone may be part of another word: 激进 ↔ 进展.)
						last = i
					}
				}
			}
			if got == 0 {
				continue
			}
			if fr.judge && last >= 0 && contentCount(p, last+1, e) >= 2 {
				// Past connectives and function words: 是理性的選擇 →
				// 理性的選擇, "so far may not…" → "may not…".
				for s = last + 1; ; {
					n := skipLeads(p, s, e, r)
					for n < e-1 && p[n].stop && p[n].han {
						n++ // (not English: "may not have met" keeps its "not")
					}
					if n == s {
						break
					}
					s = n
				}
			} else if fr.zh && p[e-1].key == "的" && ci+1 < len(cls) && !ends(p[e]) {
				e = cls[ci+1][1]
			}
			s = skipLeads(p, s, e, r)
			if v := 1 + got/total; v > best {
				bestS, bestE, best = p[s].start, p[e-1].end, v
			}
		}
	}
	return bestS, bestE, best
}

// speechVerbs mark a passage that reports someone's words.
var speechVerbs = []string{"说", "道", "表示", "称", "回答", "回应", "论调", "said", "says", "answered", "explained", "told", "hit back", "repeats the line", "responded", "replied"}

// sayWords are the question's verbs of saying and judging: not its topic.
var sayWords = map[string]bool{"say": true, "said": true, "tell": true, "told": true, "think": true, "view": true, "see": true, "rate": true, "assess": true, "judge": true, "feel": true, "describe": true, "answer": true, "reply": true, "respond": true,
	stem("keep"): true, stem("repeating"): true, stem("saying"): true, stem("repeat"): true, stem("everywhere"): true, stem("always"): true,
	// Nouns of speech: what is said, not its topic.
	stem("line"): true, stem("slogan"): true, stem("phrase"): true, stem("words"): true, stem("mantra"): true, stem("message"): true, stem("catchphrase"): true, stem("quote"): true,
	"论": true, "调": true, "口": true, "号": true, "句": true, "话": true,
	"一": true, "直": true, "总": true, "老": true, "反": true, "复": true, "到": true, "处": true,
	"说": true, "讲": true, "表": true, "示": true, "评": true, "价": true, "看": true, "觉": true, "得": true, "认": true, "为": true, "怎": true, "么": true, "样": true, "咋": true, "法": true}

// skipLeads moves s past the connectives that open a clause of speech.
func skipLeads(p []tok, s, e int, r []rune) int {
	for s < e-1 {
		rest := strings.ToLower(Fold(string(r[p[s].start:p[e-1].end])))
		moved := false
		for _, l := range speechLeads {
			if strings.HasPrefix(rest, l) && (hasHan(l) || len(rest) > len(l) && rest[len(l)] == ' ') {
				n := p[s].start + len([]rune(l))
				for s < e-1 && p[s].start < n {
					s++
				}
				moved = true
				break
			}
		}
		if !moved {
			return s
		}
	}
	return s
}

// The shapes of an event question, with the name as X: what happened to
// it, what it did.
var (
	enEvent = regexp.MustCompile(`^(?:so )?(?:what|what's)(?: 's| is| has| had)? (?:happened|happening|happen|been happening|going on|went on)(?: to| with)? X(?: (?:at|in|with|from) X)?(?: lately| recently| now| since| then)?$`)
	// "What did X do with Y?" asks about both: not an event of X's.
	enDid = regexp.MustCompile(`^what (?:did|does|has|have) X (?:do|done|doing|been doing|been up to)\b`)
	// "How did X respond to Y?" asks what X did: X's event.
	enReact = regexp.MustCompile(`^how (?:did|does|has|have|is|was) X (?:respond|responded|responding|react|reacted|reacting|reply|replied|replying) to\b|^what (?:did|does|has) X (?:say|said|answer|answered) to (?:the |an? )?(?:X(?: ?'s)? )?(?:offer|offers|proposal|approach|bid|overture)\b`)
	zhEvent = regexp.MustCompile(`^(?:X(?:负责|做|开发|推出|旗下)?的?)?X(?:的?(?:团队|team|应用|app|产品))?(?:最近|后来|现在|之后|最后|最终)?(?:怎么了|怎么样了|发生了什么事?|出了什么事|做了什么(?:决定|选择)?|干了什么|怎么回事|有什么动作)(?:呢)?$`)
	// 零一万物在AGI(这件事)上做了什么决定？ asks what the first name did
	// about the second.
	zhEventAbout = regexp.MustCompile(`^X(?:最近|后来|之后)?(?:在|对|就|针对)X(?:这件事|这个问题|这一点|这块)?(?:上|方面)?(?:做了|做出了|作出了)(?:什么|啥)(?:决定|选择)?(?:呢)?$`)
	// 零一萬物對追求AGI的態度是什麼？ (有什么改变？), "What is 01.AI's stance
	// on AGI?": the first name's stance toward the second is what it did about it
	// (零一萬物[明確放棄AGI]).
	zhStance = regexp.MustCompile(`^X(?:现在|目前|如今)?(?:对|对于)(?:追求|实现|做|搞)?X的?(?:态度|立场)(?:是|有|发生了)?(?:什么|啥|怎样|如何|怎么样)(?:样的)?(?:改变|变化|转变)?(?:呢)?$`)
	enStance = regexp.MustCompile(`^(?:what|what's)(?: is| 's| was| has been)? X(?: ?'s)? (?:stance|attitude|position) (?:on|toward|towards|to|about) (?:pursuing |chasing |achieving )?X$`)
)

// The shapes of a question about what an outlet (X) reported.
var (
	enReport = regexp.MustCompile(`^(?:so )?what (?:did|does|has|had) X (?:report|reported|reveal|revealed|disclose|disclosed|say|said|write|wrote|break|broke)\b`)
	zhReport = regexp.MustCompile(`^(?:据)?X(?:最近|之前|曾|曾经|当时)?(?:报道|报导|爆料|披露|透露|称|说|写)(?:了|过)?(?:什么|啥|哪些)(?:消息|内容|事|新闻)?$`)
)

// reportedClause finds what a passage (tokens p) says the outlet key
// reported: the clause after "According to X," or 据X报道，, or after "X
// reported that" (X爆料称，); a Chinese clause of fewer than eight
// characters (早在4月中旬，) goes on with the next. It returns rune offsets and a
// weight, or 0.
func reportedClause(p []tok, key string, zh bool) (int, int, float64) {
	for m, t := range p {
		if t.key != key {
			continue
		}
		i := m + 1
		// The verb of reporting and "that" after the name (X reported
		// that; X爆料稱), then a break.
		for i < len(p) && !p[i].brk && i-m <= 4 {
			i++
		}
		if !zh {
			// "X reported that …" runs on without a break.
			for j := m + 1; j < len(p) && j <= m+3 && !p[j].brk; j++ {
				if p[j].key == "that" {
					i = j
					break
				}
			}
		}
		if i >= len(p) || i-m > 4 {
			continue
		}
		s := i + 1
		for s < len(p) && p[s].brk {
			s++
		}
		// (An enumeration comma, 、, ends no clause here.)
		clauseEnd := func(e int) int {
			for e < len(p) && (!p[e].brk || p[e].key == "、") {
				e++
			}
			return e
		}
		e := clauseEnd(s)
		if zh && e < len(p) && p[e-1].end-p[s].start < 8 {
			e = clauseEnd(e + 1) // 早在4月中旬，[扎克伯格就…]
		}
		if s < e && contentCount(p, s, e) >= 2 {
			return p[s].start, p[e-1].end, 2
		}
	}
	return 0, 0, 0
}

// sharesHanPair reports whether two folded texts share a pair of Han
// characters.
func sharesHanPair(a, b string) bool {
	r := []rune(a)
	for i := 0; i+1 < len(r); i++ {
		if unicode.Is(unicode.Han, r[i]) && unicode.Is(unicode.Han, r[i+1]) && strings.Contains(b, string(r[i:i+2])) {
			return true
		}
	}
	return false
}

// thinkOpener matches a folded span that opens with its speaker saying
// what they think (我觉得他们, 我认为).
var thinkOpener = regexp.MustCompile(`^(?:我|我们)(?:觉得|认为|相信|想)(?:他们|他|她|它们|它|我们)?`)

// rivalBase reports whether the question names a rival (对手, "its
// rival") and candidate c of text r is what a comparison measures against
// (不足[OpenAI o1]十分之一, "rivaling [OpenAI o1]"): the question names it
// as the rival, and it answers nothing (杭州那家公司用不到对手十分之一的钱，
// 做出了哪个模型？ asks R1).
func (fr *frame) rivalBase(r []rune, c Candidate) bool {
	if !fr.rival || c.Type != QWhich && c.Type != QWho {
		return false
	}
	before := strings.ToLower(Fold(string(r[max(0, c.Start-24):c.Start])))
	return comparedBase.MatchString(before)
}

// rivalNamed matches a folded, lower-case question that names a rival.
var rivalNamed = regexp.MustCompile(`对手|\b(?:its|their|his|her|a|the|our)\s+(?:rival|rivals|competitor|competitors)\b`)

// comparedBase matches the end of folded, lower-case text that a
// comparison's base follows.
var comparedBase = regexp.MustCompile(`(?:不足|不到|低于|少于|媲美|\brivaling |\brivalling |\bthe cost of |\bless than )$`)

// degreeAsked matches a folded, lower-case question that asks to what
// degree (追到了什么程度？, "how close").
var degreeAsked = regexp.MustCompile(`什么程度|多大程度|什么地步|哪一步|多接近|\bhow (?:close|near|far)\b|\bto what (?:degree|extent)\b`)

// viewAsked matches a folded, lower-case question that asks how someone
// sees something or what was heard of it.
var viewAsked = regexp.MustCompile(`\b(?:view|views|viewed|regard|regards|regarded|see|sees|consider|considers|heard|hear)\b|看待|怎么看|如何看|看法|视为|当成|当作|听说`)

// speechOpenerEN matches a lower-case span that opens with its speaker
// having heard, said or thought what follows ("he had heard that").
var speechOpenerEN = regexp.MustCompile(`^(?:he|she|they|i|we) (?:had |has |have )?(?:heard|hears|said|says|thinks|thought|believes|believed|felt|feels) (?:that )?`)

// speechOpenerZH matches a folded span that opens with its speaker having
// heard what follows (自己听说).
var speechOpenerZH = regexp.MustCompile(`^(?:自己|他|她|他们)(?:听说|听闻)`)

// whoseCompany matches a lower-case question that opens by asking whose
// company something is ("Whose start-up is SSI?"): its founder.
var whoseCompany = regexp.MustCompile(`^\s*whose (?:start-?up|company|firm)\b`)

// makerAsked matches a folded question that asks who made something (R1
// 是谁做的？ "Who built R1?"), not what it is.
var makerAsked = regexp.MustCompile(`谁(?:做|开发|研发|打造|推出|发布|造|搞|弄)|(?:做|开发|研发|打造|推出|发布)(?:了|出)?(?:它|这个)?的?(?:是谁|人是谁)|\bwho (?:made|makes|built|builds|developed|develops|created|creates|released)\b|^\s*whose\b|是谁的`)

// decides reports whether the rules answer the question whatever the
// answer model would choose: a role, definition or event question, whose
// answer is found next to its name; a question about what someone said,
// answered with their words; one about another name, answered from the
// bracket beside it.
func (fr *frame) decides() bool {
	return fr.role || fr.event != "" || fr.say != "" || fr.aka != "" || fr.reportOf != ""
}

// listQuestion matches questions that ask for several names of companies
// or people: 哪些公司, 哪些高管, 哪几家 (哪六家), "who are the …", "which
// companies …" (not 哪些领域 or "what are the two strategies": those ask
// for things the names table does not hold).
var listQuestion = regexp.MustCompile(`哪些\p{Han}{0,6}?(?:公司|企业|厂商|创业公司|初创公司|高管|人)|哪[几两三四五六七八九十][家位名]|有哪些[\s?？]*$|(?i:\bwho (?:are|were) the\b|\bwhich (?:[a-z-]+ ){0,3}(?:companies|firms|startups|start-ups|executives|people|labs|makers|players|giants)\b|\bname the\b)`)

// peopleListed matches a folded, lower-case list question whose
// interrogative names people: "name the people", "which executives".
var peopleListed = regexp.MustCompile(`\b(?:which|name the|list the|name all the|list all the)\s+(?:[a-z-]+\s+){0,2}?(?:people|persons|executives|execs|founders|co-founders|researchers|scientists|engineers|leaders|employees)\b|哪些(?:人|高管)`)

// listSpan finds the longest enumeration of names in p: three or more
// items, each holding a name of the frame's list type (any non-term name
// when it has none), joined by 、, commas, 和/与/及 or "and". It returns
// rune offsets and the number of items.
func (fr *frame) listSpan(p []tok) (int, int, float64) {
	isSep := func(t tok) bool {
		k := t.key
		return k == "、" || k == "," || k == "，" || k == "和" || k == "与" || k == "及" || k == "and" || k == "or"
	}
	kind := func(ent string) string {
		if ent == "product" {
			return "org"
		}
		return ent
	}
	want := fr.listType // the type of the names; without one, the first name's
	isName := func(t tok) bool {
		return t.ent != "" && t.ent != "term" && (want == "" || kind(t.ent) == want)
	}
	bestS, bestE, best := 0, 0, 0
	items, first, last, hasName, afterSep := 0, -1, -1, false, false
	since := 0 // tokens since the last separator: a list's items are short
	flush := func() {
		if items >= 3 && items > best {
			bestS, bestE, best = p[first].start, p[last].end, items
		}
		items, first, last, hasName, afterSep = 0, -1, -1, false, false
		want = fr.listType
	}
	for i, t := range p {
		since++
		if since > 12 && items > 0 {
			flush() // a clause, not an item (…，遭遇降職處理外，還傳來…)
		}
		switch {
		case isSep(t):
			since = 0
			switch {
			case hasName:
				hasName, afterSep = false, true
			case !afterSep:
				flush() // an item without a name ends the list (", and" is one separator)
			}
		case t.brk:
			flush()
		case isName(t):
			if want == "" {
				want = kind(t.ent)
			}
			if !hasName {
				items++
			}
			hasName, afterSep = true, false
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	flush()
	return bestS, bestE, float64(best)
}

// asksEvent returns the entity an event question is about, or "": what
// happened to it or what it did, and nothing else. A place where it
// happened may follow in English ("What happened to John Giannandrea at
// Apple?") and an owner may come first in Chinese (蘋果的詹南德雷亞怎麼了？);
// the one the question asks about is the first name in English and the
// last in Chinese.
func (fr *frame) asksEvent(q string) string {
	var ws []string
	var ids []string
	for _, t := range fr.q {
		w := strings.ToLower(Fold(tokText(q, t)))
		if t.ent != "" {
			w = "X"
			ids = append(ids, strings.TrimPrefix(t.key, "@"))
		}
		ws = append(ws, w)
	}
	en, zh := strings.Join(ws, " "), strings.Join(ws, "")
	switch {
	case len(ids) == 0:
		return ""
	case enEvent.MatchString(en), len(ids) == 1 && enDid.MatchString(en), enReact.MatchString(en):
		return ids[0]
	case zhEvent.MatchString(zh):
		return ids[len(ids)-1]
	case zhEventAbout.MatchString(zh), zhStance.MatchString(zh), enStance.MatchString(en):
		return ids[0]
	}
	return ""
}

// eventSpan finds what the text says the event question's name did or
// underwent: the rest of the clause after the name when the name is its
// subject (skipping a title set off by commas: "John Giannandrea, Apple's
// senior vice president…, is being eased out…"), else the clause that
// holds the name. It returns rune offsets and a score: 2 for a
// predicate, 1 for a clause.
func (fr *frame) eventSpan(text string, p []tok) (int, int, float64) {
	r := []rune(text)
	key := "@" + fr.event
	cls := clauses(p)
	bestS, bestE, best := 0, 0, 0.0
	content := func(i, j int) int {
		n := 0
		for k := i; k < j; k++ {
			if !p[k].stop && p[k].key != key {
				n++
			}
		}
		return n
	}
	for ci, cl := range cls {
		for m := cl[0]; m < cl[1]; m++ {
			if p[m].key != key {
				continue
			}
			// A clause that names the name in someone's title (前阶跃星辰
			// “冒泡鸭”产品负责人张心皓, "the product lead of Maopaoya") says
			// nothing of it.
			if !fr.zh && fr.endsTitle(p, cl, r) || titlesPerson(p, m, cl[1], r) {
				continue
			}
			// The predicate after the name, in this clause or, past a
			// title set off by commas, in the clause after it.
			ps, pe := m+1, cl[1]
			if ps == pe && !fr.zh && ci+2 < len(cls) && fr.endsTitle(p, cls[ci+1], r) {
				ps, pe = cls[ci+2][0], cls[ci+2][1]
			}
			// A Chinese clause that ends with the titled name before a
			// comma has the predicate in the next clause of its sentence
			// (…月之暗面核心產品負責人明超平，[也正式從月之暗面離職]).
			if ps == pe && fr.zh && ci+1 < len(cls) && m > cl[0] && p[cl[1]-1].end < len(r) && strings.ContainsRune("，,", r[p[cl[1]-1].end]) &&
				fr.opensPredicate(p[cls[ci+1][0]], r) && !slices.ContainsFunc(p[cls[ci+1][0]:cls[ci+1][1]], func(t tok) bool { return t.ent == "person" }) {
				ps, pe = cls[ci+1][0], cls[ci+1][1]
			} else if m == cl[1]-1 && fr.titleStart(p, m, r) <= cl[0] {
				// Nor does a clause that is only the name and its title
				// say anything of it (MiniMax商業化合伙人兼副總裁魏偉, in a
				// list).
				continue
			}
			if ps < pe && content(ps, pe) >= 2 && fr.opensPredicate(p[ps], r) {
				v := 2.0
				if modal(string(r[p[ps].start:p[pe-1].end])) {
					v = 1.5 // what might happen to it, not what did
				}
				if v > best {
					bestS, bestE, best = p[ps].start, p[pe-1].end, v
				}
				continue
			}
			if content(cl[0], cl[1]) >= 2 && best < 1 {
				bestS, bestE, best = p[cl[0]].start, p[cl[1]-1].end, 1
			}
		}
	}
	return bestS, closeBrackets(r, bestS, bestE), best
}

// closeBrackets extends the end e of r[s:e] over the closing quotes and
// brackets right after it that close ones opened inside it ("(now renamed
// "StepFun AI")").
func closeBrackets(r []rune, s, e int) int {
	for e < len(r) {
		in := string(r[s:e])
		switch c := r[e]; {
		case c == '"' && strings.Count(in, `"`)%2 == 1,
			c != '"' && strings.ContainsRune("”)）", c) && strings.Count(in, string(opening(c))) > strings.Count(in, string(c)):
			e++
		default:
			return e
		}
	}
	return e
}

// modal reports whether a predicate says what may or might be, not what
// was: it opens with a modal verb (might not match…, 可能…).
func modal(pred string) bool {
	f := strings.ToLower(Fold(pred))
	for _, m := range []string{"may ", "might ", "could ", "would ", "should ", "可能", "或将", "或许"} {
		if strings.HasPrefix(f, m) {
			return true
		}
	}
	return false
}

// titlesPerson reports whether a job title and then a person follow token m
// before e: the name at m is part of that person's title.
func titlesPerson(p []tok, m, e int, r []rune) bool {
	_, ok := titledPerson(p, m, e, r)
	return ok
}

// employee returns the person whose title the organisation at token m
// stands in: before the title in Chinese and in English (MiniMax商業化
// 合伙人兼副總裁魏偉, "former MiniMax head of commercialization Wei Wei"),
// or after it in an English apposition ("Hong Tao, co-founder and head of
// commercialization at Baichuan Intelligence").
func employee(p []tok, m int, r []rune) (int, bool) {
	if j, ok := titledPerson(p, m, len(p), r); ok {
		return j, true
	}
	if m < 1 || p[m-1].key != "at" && p[m-1].key != "of" {
		return 0, false
	}
	title := false
	for i := m - 2; i >= 0 && i >= m-10; i-- {
		switch {
		case p[i].brk:
			if title && i > 0 && p[i-1].ent == "person" && string(r[p[i].start:p[i].end]) == "," {
				return i - 1, true
			}
			return 0, false
		case p[i].ent != "" && p[i].ent != "term":
			return 0, false
		case isTitleHead(p, i, r):
			title = true
		}
	}
	return 0, false
}

// titledPerson is titlesPerson with the index of the person's token.
func titledPerson(p []tok, m, e int, r []rune) (int, bool) {
	for i := m + 1; i < e && i < m+10; i++ {
		if p[i].ent == "person" {
			return 0, false
		}
		if isTitleHead(p, i, r) {
			for j := i + 1; j < e && j <= i+2; j++ {
				if p[j].ent == "person" {
					return j, true
				}
			}
		}
	}
	return 0, false
}

// endsTitle reports whether the clause cl is a title set off by commas (a
// job title, or an organisation's kind): short, with a title's head and
// no verb.
func (fr *frame) endsTitle(p []tok, cl [2]int, r []rune) bool {
	if cl[1]-cl[0] > 14 {
		return false
	}
	head := false
	for i := cl[0]; i < cl[1]; i++ {
		if w := string(r[p[i].start:p[i].end]); enAux[p[i].key] || strings.HasSuffix(w, "ed") && !unicode.IsUpper(r[p[i].start]) {
			return false // a verb: a clause, not a title
		}
		head = head || isTitleHead(p, i, r) || endsWithAny(r, p[i].end, orgHeads)
	}
	return head
}

// opensPredicate reports whether t, right after a name, can open what is
// said of it: in English a verb (an auxiliary, or a word in -ed or -s), in
// Chinese anything but 的 (the name then modifies what follows).
func (fr *frame) opensPredicate(t tok, r []rune) bool {
	if fr.zh {
		// 的: the name modifies what follows; 和, 与, 及, 、: it is one
		// of several.
		k := Fold(string(r[t.start:t.end]))
		return k != "的" && k != "和" && k != "与" && k != "及" && k != "、" && k != "等"
	}
	w := strings.ToLower(string(r[t.start:t.end]))
	if i := strings.IndexByte(w, ' '); i > 0 {
		w = w[:i] // a phrasal verb's own word ("turned down")
	}
	return enAux[t.key] || enAux[w] || !t.stop && !unicode.IsUpper(r[t.start]) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "'s"))
}

// titleStart returns where a title before the name at token m starts (m
// when none): back over the words titles are made of, to a function word,
// a break or another person; a title opens with the organisation it is
// held at (Scale AI聯合創始人兼CEO, 前GitHub CEO, SSI的CEO), so the scan
// stops there, taking 前 ("former") before it. 與, 和, 、 and "and" join
// titles (蘋果AI與機器學習戰略高級副總裁, "co-founder and CEO").
func (fr *frame) titleStart(p []tok, m int, r []rune) int {
	return fr.titleStartThrough(p, m, r, fr.former)
}

// titleStartThrough is titleStart, going on through the organisation
// that opens a title, to the one joined before it, when through is true
// (前字節剪映產品經理、月之暗面核心產品負責人明超平).
func (fr *frame) titleStartThrough(p []tok, m int, r []rune, through bool) int {
	titleish := func(t tok) bool {
		switch {
		case t.ent != "" && t.ent != "term":
			return true
		case fr.zh:
			if !t.han && t.ent == "" || !hasHan(string(r[t.start:t.end])) {
				return true
			}
			for _, c := range Fold(string(r[t.start:t.end])) { // a phrase's key is its synonym group's
				if c == '一' && t.end < len(r) && r[t.end] == '代' {
					continue // 新一代开源模型: a generation, not "one"
				}
				if zhStop[string(c)] || zhTitleStops[string(c)] {
					return false
				}
			}
			return true
		case t.ent == "term":
			return true
		case fr.org:
			// What a company or product is called: "its role-playing
			// app Maopaoya".
			return !t.stop && !enAux[t.key]
		}
		// "co-founder" is a founder.
		last := t.key[strings.LastIndexByte(t.key, '-')+1:]
		return isCapitalized(r, t) || titleWords[t.key] || titleMods[t.key] || titleWords[stem(last)]
	}
	joins := func(i int) bool {
		k := p[i].key
		return (k == "与" || k == "和" || k == "及" || k == "、" || k == "and" || k == "兼") && i > 0 && titleish(p[i-1]) && p[i-1].ent != "person"
	}
	s, limit := m, 14
	if through {
		limit = 28 // through the earlier post: 前字節剪映產品經理、月之暗面…
	}
	for s > 0 && m-s < limit {
		t := p[s-1]
		if t.ent == "person" {
			break
		}
		if fr.zh && t.key == "的" && s >= 2 && s < m {
			// SSI的CEO, SSI(Safe Superintelligence)的CEO
			if j := skipBracketed(p, s-2, r); p[j].ent == "org" {
				s = j
			}
			break
		}
		if fr.zh && s >= 2 && p[s-2].han && Fold(string(r[p[s-2].start:t.end])) == "旗下" {
			break // 阶跃星辰旗下[角色扮演类应用]冒泡鸭: what it is, not whose
		}
		if t.key == "任" && s >= 2 && (p[s-2].key == "现" || p[s-2].key == "前") {
			s -= 2 // 现任CEO, 前任CEO
			continue
		}
		if t.brk && t.key != "、" || !titleish(t) && !joins(s-1) {
			break
		}
		s--
		if (t.ent == "org" || t.ent == "outlet") && s < m-1 && !through {
			if s > 0 && formerMark(p[s-1].key) {
				s--
			}
			break
		}
	}
	return s
}

// postAt ends the title p[s:e] at the join ("and", 、, 兼, 和, 與) after
// the company placed when another company is named after it: asked the
// post at ByteDance, "ByteDance CapCut (Jianying) product manager and
// Moonshot AI core product lead" ends before "and".
func postAt(p []tok, s, e int, placed string) int {
	at := -1
	for i := s; i < e; i++ {
		switch {
		case p[i].key == placed:
			at = i
		case at >= 0 && i > at+1 && (p[i].key == "and" || p[i].key == "、" || p[i].key == "兼" || p[i].key == "和" || p[i].key == "与"):
			if slices.ContainsFunc(p[i+1:e], func(t tok) bool { return t.ent == "org" && t.key != placed }) {
				return i
			}
		}
	}
	return e
}

// skipBracketed returns the token before the bracketed words that end
// at token j (an alias after a name: SSI(Safe Superintelligence)), or j.
func skipBracketed(p []tok, j int, r []rune) int {
	if j+1 >= len(p) || !bracketBetween(r, p[j].end, p[j+1].start) {
		return j
	}
	for i := j; i > 0 && j-i < 6; i-- {
		if bracketBetween(r, p[i-1].end, p[i].start) {
			return i - 1
		}
	}
	return j
}

// zhTitleStops are characters besides function characters that end the
// scan back from a name for its title: verbs that take a person or a
// company as object (收購, 挖, 邀請, 稱, 投入, 停止, 推出, 擁有).
var zhTitleStops = map[string]bool{"购": true, "挖": true, "请": true, "邀": true, "称": true, "说": true, "触": true, "聘": true, "招": true, "任": true, "算": true, "见": true,
	"投": true, "入": true, "停": true, "止": true, "推": true, "拥": true, "至": true}

// bracketBetween reports whether r[i:j] holds a bracket: a title after a
// name ends before one (Daniel Gross, CEO of SSI (Safe Superintelligence)).
func bracketBetween(r []rune, i, j int) bool {
	for k := i; k < j && k < len(r); k++ {
		if strings.ContainsRune("()（）", r[k]) {
			return true
		}
	}
	return false
}

// saysNow reports whether tokens [s, e) say "now" (现在, 当前, 目前, now,
// currently).
func saysNow(p []tok, s, e int) bool {
	for i := s; i < e && i < len(p); i++ {
		k := p[i].key
		if k == "now" || k == "current" || k == stem("currently") {
			return true
		}
		if i+1 < e && p[i].han && strings.Contains("现当目如", k) && strings.Contains("在前今", p[i+1].key) {
			return true
		}
	}
	return false
}

// isChangeVerb reports a word that introduces a new role: 改任, 变更为,
// 转为, 担任, "role of", "becoming".
func isChangeVerb(p []tok, i int, r []rune) bool {
	k := p[i].key
	switch k {
	case "任", "为":
		return i > 0 && p[i-1].han && strings.Contains("改担转更成", p[i-1].key)
	case "身":
		return i > 0 && p[i-1].key == "化" // 化身公司頭號HR
	case "~担任":
		return true // 擔任谷歌首席AI架構師
	case "of":
		return i > 0 && p[i-1].key == stem("role")
	case "into":
		// "turning himself into the company's number-one HR person"
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			if p[j].key == stem("turning") || p[j].key == stem("transformed") {
				return true
			}
		}
		return false
	case "as":
		// "appointing DeepMind CTO Koray Kavukcuoglu as its chief AI
		// architect": the post an appointment names.
		for j := i - 1; j >= 0 && j >= i-8 && !p[j].brk; j-- {
			if p[j].key == "~担任" || p[j].key == stem("named") || p[j].key == stem("promoted") {
				return true
			}
		}
		return false
	}
	return k == stem("becoming")
}

func isCapitalized(r []rune, t tok) bool {
	return t.start < len(r) && unicode.IsUpper(r[t.start])
}

// figure reports whether the type asks for a number.
func (t QType) figure() bool {
	switch t {
	case QMoney, QCount, QPercent, QWhen, QDuration:
		return true
	}
	return false
}

// firstRunes returns at most the first n runes of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
