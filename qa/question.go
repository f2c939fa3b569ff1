package qa

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NormalizeQuestion checks and cleans a question as typed: invalid UTF-8
// is refused; NUL, control, zero-width and bidirectional formatting
// characters are removed; white space is collapsed; the text is put in
// NFC. An empty result or one over MaxQuestionRunes is an error.
func NormalizeQuestion(s string) (string, error) {
	if !utf8.ValidString(s) {
		return "", Errorf(Invalid, "the question is not valid UTF-8")
	}
	if len(s) > 8*MaxQuestionRunes {
		// Refuse early: normalizing megabytes only to refuse them costs.
		return "", Errorf(Invalid, "the question is longer than %d characters", MaxQuestionRunes)
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r == '\u3000':
			space = true
			continue
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r), r == utf8.RuneError:
			// NUL, C0/C1 controls, zero-width joiners, BOM, bidi marks.
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	// NFC after the removals: a zero-width character between a letter and
	// its combining accent would otherwise keep them apart until a second
	// pass (normalization must be idempotent).
	out := norm.NFC.String(b.String())
	switch n := utf8.RuneCountInString(out); {
	case n == 0:
		return "", Errorf(Invalid, "the question is empty")
	case n > MaxQuestionRunes:
		return "", Errorf(Invalid, "the question is longer than %d characters", MaxQuestionRunes)
	}
	return out, nil
}

// QType is the kind of answer a question asks for.
type QType string

const (
	QWho      QType = "person"   // who, which person
	QWhich    QType = "org"      // which company, outlet, product
	QMoney    QType = "money"    // how much (money)
	QCount    QType = "count"    // how many
	QPercent  QType = "percent"  // what percentage
	QWhen     QType = "date"     // when
	QDuration QType = "duration" // how long
	QWhere    QType = "place"    // where
	QWhy      QType = "reason"   // why, how
	QYesNo    QType = "yesno"    // yes/no
	QOther    QType = "other"    // what …, anything else
)

// Classify decides the answer type in three steps, on the folded question
// (Simplified script, lower case, so a Simplified cue covers the
// Traditional spelling too):
//
//  1. Cues that name the type outright ("what percentage", 百分之几,
//     "how long", 多久, "when", 什么时候, "why", 为什么 …), most specific
//     first.
//  2. A quantity cue ("how much", "how many", "how big", 多少, 多大, 几)
//     reads as money, a percentage or a count depending on the nouns
//     around it (bonus, valuation, 估值, 奖金 … are money).
//  3. "which/what/哪个/哪些 + noun" is a person, an organisation, a date or
//     a place by that noun; bare "who"/谁 is a person. A question whose
//     noun is none of those (哪个领域, which field) is an open question.
//
// Questions about a named person's role ("Who is Sam Altman?", 张前川是谁？)
// are not person questions: their answer describes the person (see
// Analysis.Role).
func Classify(question string) QType {
	if last, ok := askedAfterDash(question); ok {
		// "The anonymous gossip app where a Meta staffer leaked the
		// panic - which tech hub is it tied to?": the topic is set
		// first (its "where" asks nothing); the part after the dash asks.
		return Classify(last)
	}
	if last, ok := askedLast(question); ok {
		// "Zuckerberg dangled a big-money offer in front of Ilya
		// Sutskever — did Ilya take it?": the last part asks.
		return Classify(last)
	}
	// 哪两个人 asks which people as 哪几个人 does: a number of them
	// named, not counted.
	f := " " + whichNumber.ReplaceAllString(maskAside(maskNotAsking(Fold(question))), "哪几$1") + " "
	has := func(cues ...string) bool {
		for _, c := range cues {
			if containsCue(f, c) {
				return true
			}
		}
		return false
	}
	switch {
	case has(percentCues...) || ratioAsked.MatchString(f):
		return QPercent
	case has(durationCues...):
		return QDuration
	case has(whyCues...) && !embeddedWhy.MatchString(f):
		return QWhy
	case has(whenCues...) && !subordinateWhen(f):
		return QWhen
	case ageAsked.MatchString(f) || countAsked.MatchString(f):
		// "What is Alexandr Wang's age?" asks a number, as "How old"
		// does; so do "What's ChatGPT's monthly user count?" and "What
		// is the number of Gemini users?".
		return QCount
	}
	if meansAsked.MatchString(f) {
		// 用了什么办法把资金成本压到这么低？ asks by what means, whatever
		// money it names.
		return QWhy
	}
	if happenedTo.MatchString(f) {
		// "What happened to executives at the six little dragons?" asks
		// what befell them, not who they are.
		return QOther
	}
	// 规模 (scale) reads as "how many" only when nothing else asks
	// (谷歌的用户规模跟谁差距很大？ asks who; 四小强还在扩大应用规模吗？ asks
	// yes or no; 放弃做大应用规模之后，钱押到了什么上面？ asks what).
	if has("哪几") {
		// 六小龙都是哪几家？ asks which ones, not how many.
		if t, ok := whichNoun(whichFew.Replace(f)); ok {
			return t
		}
		return QWhich
	}
	if has(quantityCues...) && !(onlyCue(f, "规模", quantityCues) && has(append(append(append([]string(nil), whoCues...), whereCues...), append(yesNoCues, "什么", "啥", "哪个", "哪一个", "哪家", "哪一家", "哪款", "哪些")...)...)) {
		switch {
		case has("how much of"):
			return QPercent
		case has("headcount", "head count"):
			// "What's Scale AI's headcount after the Meta deal?" counts
			// people, whatever money the question names.
			return QCount
		case has("几种", "几个", "几家", "几位", "几名", "几款", "几次", "多少种", "多少家", "多少位", "多少名", "多少个"):
			// 砸钱抢人和裁员节流，反映出几种策略？ counts, whatever
			// else it names.
			return QCount
		case has("how much"):
			if has(timeNouns...) {
				return QDuration
			}
			return QMoney
		case has("多少钱", "多少美元", "多少亿美元", "花了多少", "花多少", "砸了多少", "砸多少", "付出多少", "掏了多少", "掏多少", "真金白银", "融了多少", "融到多少", "融多少", "付多少", "付了多少", "支付多少", "出价多少", "开价多少", "要价多少", "报价多少"):
			return QMoney
		case has("how rich", "how wealthy"):
			// A fortune: money, though the article gives none.
			return QMoney
		case has("dollars", "dollar", "usd", "check", "cheque", "美元"):
			// "In dollars, how big was the check Meta wrote for its
			// Scale AI shares?": money, whatever stake it bought.
			return QMoney
		case has(percentNouns...):
			return QPercent
		case has(moneyNouns...):
			return QMoney
		case has(timeNouns...):
			return QDuration
		}
		if has("how much", "多少钱", "多少美元", "多少亿美元", "花了多少", "砸了多少", "付出多少") {
			return QMoney
		}
		return QCount
	}
	if whereStand.MatchString(f) || aspectWhere.MatchString(f) || aspectAsked.MatchString(f) {
		// "Where do the Gross talks stand?" asks how far they got;
		// 谷歌和ChatGPT差距在哪？ in what they differ, not a place.
		return QOther
	}
	if has(whereCues...) && !whichWhere(f) {
		if (has(orgNouns...) && !asksOrigin(f) && !basedWhere.MatchString(f)) || has("在哪里当", "在哪里担任", "在哪当") || workWhere.MatchString(f) || wherePost(f) {
			return QWhich
		}
		return QWhere
	}
	if sizeInPeople.MatchString(f) {
		// "What size is the new lab expected to be, in people?": a
		// headcount.
		return QCount
	}
	if worthAsked.MatchString(f) || askingPrice.MatchString(f) {
		// "What's the AI search startup Apple is eyeing worth?"
		return QMoney
	}
	if employerNoun.MatchString(f) {
		// "Ming Chaoping's employer prior to Moonshot AI?": a company,
		// with or without an interrogative.
		return QWhich
	}
	if t, ok := whichNoun(f); ok {
		return t
	}
	if buyWhat.MatchString(f) && !moneyAfterWhat(f) {
		// "What did Apple want to buy?", 苹果想收购什么？: a company.
		// (Not "What was the price tag on Apple's Beats purchase?": the
		// purchase is a noun there, and its price is asked.)
		return QWhich
	}
	if moneyPhrasal.MatchString(f) && has("what", "how much") {
		// "What did Meta shell out to get Wang?": money spent.
		return QMoney
	}
	if moneySize.MatchString(f) || dollarFigure.MatchString(f) {
		// "What was the size of SSI's April funding round?", "The round
		// brought in what amount?": a sum.
		return QMoney
	}
	if setBack.MatchString(f) || costWhat.MatchString(f) {
		// "What would it have set Zuckerberg back to buy SSI?": what it
		// would have cost him.
		return QMoney
	}
	if recordDeal.MatchString(f) && has("what", "which", "什么", "哪") {
		// "What was Apple's biggest deal before?": the company it
		// bought.
		return QWhich
	}
	if moneyAfterWhat(f) && !has(roleWordsQ...) && !strings.HasPrefix(strings.TrimSpace(f), "who ") {
		// "What was Perplexity valued at?", 开出了什么价码？ (but "Who
		// built a model for a fraction of what OpenAI spent?" asks who)
		return QMoney
	}
	if has(nameCues...) && !has(whoCues...) {
		// 那位合伙人叫啥？ asks a person's name; 那个团队叫什么？ a
		// thing's.
		switch {
		case has(personNouns...):
			return QWho
		case has(orgNouns...):
			return QWhich
		}
		return QOther
	}
	if whoStake.MatchString(f) {
		// "Who did Meta buy a stake in?": one holds a stake in a
		// company.
		return QWhich
	}
	if has(whoCues...) {
		if has("谁家") {
			// 跃问是谁家的产品？: "whose house", a company.
			return QWhich
		}
		if has(reportCues...) && !reportTo.MatchString(f) && !has("汇报", "向谁") {
			// "Who reported that Zuckerberg tried to buy SSI?",
			// 是谁爆料的？: an outlet, which answers as a place does
			// (据CNBC报道). "Who does he report to?" asks for a person.
			return QWhere
		}
		return QWho
	}
	if howState.MatchString(f) {
		// Llama 4发布后口碑如何？, Gemini 2.5的性能怎么样？: 如何 or 怎么样
		// after what it asks about asks how that is, a description, not
		// a means or a cause.
		return QOther
	}
	if putInState.MatchString(f) {
		// "What had Meta's generative AI group in a panic?": what
		// caused it.
		return QWhy
	}
	if howRegard.MatchString(f) {
		// "How does Meta regard OpenAI?" asks what it sees it as.
		return QOther
	}
	if m := howKind.FindStringSubmatch(f); m != nil && !meansNoun.MatchString(m[1]) {
		// 算是一种怎样的选择？: 怎样 before 的 and a noun asks what kind
		// of thing (理性的選擇), not how (怎样的方式 still does).
		return QOther
	}
	if has(howCues...) {
		return QWhy
	}
	if (has(yesNoCues...) || aNotA(f)) && !whAfterYesNo.MatchString(f) {
		return QYesNo
	}
	t := strings.TrimSpace(f)
	// A word that opens a turn of talk comes before the question:
	// "So did Sutskever end up taking the money…?"
	t = discourseOpener.ReplaceAllString(t, "")
	for _, s := range yesNoStarts {
		if strings.HasPrefix(t, s) {
			return QYesNo
		}
	}
	if terseYesNo.MatchString(question) && !has("what", "who", "which", "when", "where", "why", "how", "whom", "whose") {
		// "Giannandrea demoted?": a name and what happened to it.
		return QYesNo
	}
	// No interrogative: words that hint at a type (a search-box query
	// such as "Gemini DAU" or "签约奖金").
	named := figureNamed.MatchString(t) // the figure is given, not asked ("Zuckerberg 143亿美元 Wang")
	switch {
	case has(tenureNouns...):
		// "minimum tenure Wang must serve at Meta before most of
		// the acquisition money pays out": how long, whatever money it
		// names.
		return QDuration
	case has(moneyNouns...) && !has("what", "which", "什么", "啥", "哪") && !named:
		return QMoney
	case has("dau", "mau", "daily active users", "monthly active users", "日活", "月活") && !named:
		return QCount
	case has("hq", "headquarters", "headquartered", "总部") && !named:
		// "scale ai HQ city?": a place.
		return QWhere
	case userTally.MatchString(t) && !has("what", "which", "什么", "啥", "哪") && !figureNamed.MatchString(stakeFigure.ReplaceAllString(t, "")):
		// "Gemini's daily user count per the leaked report?": a number
		// (a stake the question names is no tally given: "employee
		// count after meta took its 49%?").
		return QCount
	case nameOfPerson.MatchString(t):
		// "name of the guy running Perplexity as chief exec?": a person.
		return QWho
	case endsWithTitle(t) && !has("what", "什么", "啥"):
		// "superintelligence team leader", SSI CEO, 冒泡鸭负责人: the
		// person who holds it ("What did Meta ask of the founder?"
		// asks a thing).
		return QWho
	}
	return QOther
}

// discourseOpener matches the words that open a turn of talk before the
// question proper ("so", "and", "ok so", "well,").
var discourseOpener = regexp.MustCompile(`^(?:(?:so|and|but|ok|okay|well|hey|hmm|um|also|then)\b[,\s]*)+`)

// nameOfPerson matches a folded, lower-case query without an
// interrogative that asks the name of a person.
var nameOfPerson = regexp.MustCompile(`^\s*(?:the\s+)?names?\s+of\s+(?:the|that|this|a)\s+(?:guy|person|man|woman|exec|executive|boss|chief|ceo|founder|co-founder|researcher|scientist|engineer|leader|head)\b`)

// endsWithTitle reports whether a folded query without an interrogative
// ends with a post that a person holds.
func endsWithTitle(t string) bool {
	t = strings.TrimRight(t, " ?？.。!！")
	for _, w := range []string{"leader", "head", "ceo", "cto", "coo", "cfo", "founder", "co-founder", "boss", "chief scientist", "chief architect", "负责人", "创始人", "老板", "首席科学家", "架构师", "领导"} {
		if strings.HasSuffix(t, w) && (hasHan(w) || len(t) == len(w) || t[len(t)-len(w)-1] == ' ') {
			return true
		}
	}
	return false
}

// The cue lists, folded. Latin cues match on word boundaries.
var (
	percentCues  = []string{"what percent", "what %", "which %", "what percentage", "how many percent", "what share", "what stake", "what size stake", "what size of stake", "what size share", "what size of a stake", "what-size stake", "what portion", "what slice", "how big a slice", "how big a stake", "how big a share", "how big a chunk", "how large a stake", "how large a share", "how large a slice", "百分之几", "百分之多少", "几分之几", "几分之一", "几成", "多少%", "多大比例", "什么比例", "percentage"}
	durationCues = []string{"how long", "minimum time", "minimum period", "length of time", "amount of time", "how many years", "how many months", "多久", "多长时间", "多少年", "几年", "几个月", "多少天"}
	whyCues      = []string{"why", "how come", "what reason", "what excuse", "what explanation", "what belief", "what core belief", "what conviction", "what core conviction", "for what reason", "what made", "what let", "what allowed", "what enabled", "what drove", "what drives", "what prompted", "what pushed", "what caused", "what led", "what was behind", "what is behind", "what's behind", "what lies behind", "what lay behind", "what sparked", "what triggered", "what motivated", "什么促使", "什么推动", "是什么让", "为什么", "为何", "为啥", "什么原因", "原因是什么", "原因是啥", "什么理由", "理由是什么", "理由是啥", "什么解释", "解释是什么", "解释是啥", "为了什么", "目的是什么", "什么目的", "图什么", "图啥", "图的是什么", "图的是啥", "图的什么", "是想干什么", "是要干什么", "是想做什么", "是想干嘛", "是要干嘛", "for what purpose", "to what end", "what is the purpose", "what was the purpose", "what is the aim", "what was the aim", "what is the point of", "what was the point of", "what's the point of"}
	whenCues     = []string{"when", "how early", "how soon", "at what point", "what point in the year", "which point in the year", "what part of the year", "which part of the year", "from what point", "from roughly what point", "from about what point", "since what point", "what year", "what years", "what month", "which month", "which year", "which years", "what date", "what time", "which date", "exact date", "specific date", "precise date", "exact day", "specific day", "precise day", "what day", "which day", "什么时候", "何时", "几时", "几点", "哪一年", "哪年", "哪个月", "哪一月", "几月", "几号", "何年", "什么时间", "哪天", "哪一天", "哪个时候", "哪一个时候", "什么时间点", "哪个时间点", "哪个时间段", "什么时间段", "哪段时间", "什么日期", "哪个日期", "具体日期", "哪个 month", "哪个month", "哪个 year", "哪个year", "哪一 year", "哪 year"}
	// recordDeal matches a folded question about the record deal, whose
	// answer is the company bought.
	recordDeal = regexp.MustCompile(`\b(?:biggest|largest|priciest|costliest|most expensive|record)(?: \w+)? (?:deal|purchase|acquisition|takeover)\b|最(?:大|贵|昂贵)的(?:一笔)?(?:收购|交易|并购)`)
	// dealNouns after which/what ask which company a deal bought
	// ("What was Apple's biggest deal before?" Beats).
	dealNouns    = []string{"deal", "deals", "purchase", "purchases", "acquisition", "acquisitions", "takeover", "buyout", "笔"}
	quantityCues = []string{"how much", "how many", "headcount", "head count", "how big", "how large", "how cheap", "how cheaply", "how costly", "how old", "how young", "how tall", "how high", "how expensive", "how rich", "how wealthy", "多少", "多大", "多高", "几个", "几位", "几名", "几家", "几岁", "几", "规模"}
	whereCues    = []string{"where", "哪里", "哪儿", "何处", "在哪", "去哪"}
	// whichAfterWhere are the characters that make 在哪 a "which" (在哪些
	// 领域, 在哪家公司) rather than a "where".
	whichAfterWhere = "些个家位一所种款块"
	reportCues      = []string{"reported", "reports", "report", "reporting", "broke the news", "broke the story", "爆料", "报道", "报导", "披露", "曝光", "爆出"}
	whoCues         = []string{"who", "whom", "whose", "谁", "哪位", "哪一位", "什么人"}
	// nameCues ask what someone or something is called.
	nameCues = []string{"叫啥", "叫什么", "什么名字", "啥名字", "名字是", "what is the name", "what's the name", "what was the name", "called what"}
	howCues  = []string{"靠什么", "凭什么", "凭借什么", "借助什么", "通过什么", "靠着什么", "用什么办法", "用什么方法", "用什么手段", "by what means", "how did", "how does", "how do", "how can", "how could", "how is", "how was", "how will", "how are", "how were", "how has", "how have", "how had", "how would", "如何", "怎么", "怎样",
		// What a term stands for is explained, as a how is: 数据过拟合具体指的是什么？
		"指的是什么", "是指什么", "具体指什么", "指的什么", "什么意思", "啥意思"}
	yesNoCues = []string{"吗", "是否", "有没有", "是不是", "能不能", "会不会", "够不够", "对不对"}

	percentNouns = []string{"percent", "percentage", "share", "stake", "股份", "股权", "比例", "百分"}
	moneyNouns   = []string{"bonus", "bonuses", "payout", "payouts", "price", "priced", "valuation", "valued", "cost", "costs", "salary", "revenue", "revenues", "pay", "paid", "spend", "spent", "worth", "money", "cash", "raise", "raised", "fundraise", "fundraising", "funding", "offer", "offered", "deal", "dollars", "check", "cheque", "tag",
		"钱", "价", "估值", "奖金", "红包", "薪", "营收", "收入", "融资", "募资", "集资", "筹资", "资金", "报价", "出价", "代价", "美元", "签约", "砸", "费", "工资", "开价", "要价", "身家", "净资产"}
	timeNouns = []string{"time", "years", "months", "时间", "年时间"}
	// tenureNouns name a length of time someone must stay.
	tenureNouns = []string{"tenure", "stint", "lock-up", "lockup", "lock-in", "vesting period", "任期", "服务期", "锁定期"}

	personNouns = []string{"person", "people", "executive", "executives", "ceo", "cto", "coo", "founder", "co-founder", "cofounder", "researcher", "scientist", "leader", "lead", "head", "engineer", "employee", "boss", "manager", "president", "architect", "chief", "chiefs", "exec", "execs", "officer", "svp", "evp", "vp", "cfo",
		"luminary", "veteran", "heavyweight", "bigwig", "guy", "expert", "pioneer", "entrepreneur", "billionaire", "adviser", "advisor", "partner",
		"人", "高管", "创始人", "负责人", "老板", "员工", "研究员", "科学家", "经理", "总裁", "领导", "大佬", "大将", "大牛", "大神", "掌门人", "一把手", "合伙人", "联创", "顾问", "创办人", "主管", "总监", "执行长", "副总裁", "营运长", "运营长", "运营官", "执行官", "技术官", "架构师"}
	personPlurals = []string{"founders", "researchers", "scientists", "leaders", "heads", "engineers", "employees", "bosses", "managers", "officers"}
	orgNouns      = []string{"company", "companies", "firm", "firms", "startup", "start-up", "startups", "dragon", "dragons", "lab", "outlet", "outlets", "platform", "media", "newspaper", "publication", "network", "channel", "broadcaster", "magazine", "app", "model", "product", "university", "school", "team", "rival", "rivals", "competitor", "competitors", "giant", "giants", "unicorn", "unicorns", "conglomerate", "corporation",
		"公司", "企业", "创企", "大厂", "巨头", "独角兽", "厂商", "对手", "外媒", "媒体", "平台", "应用", "产品", "模型", "大学", "学校", "机构", "团队", "实验室"}
	roleWordsQ = []string{"title", "role", "job", "position", "职位", "角色", "身份"}
	// unitNouns are the parts of a company that the article describes
	// rather than names.
	unitNouns  = []string{"team", "teams", "lab", "labs", "unit", "division", "department", "group", "团队", "实验室", "部门", "小组"}
	placeNouns = []string{"city", "country", "place", "hub", "region", "state", "城市", "国家", "地方"}
	// generationNouns ask which release of a product.
	generationNouns = []string{"generation", "version", "release", "一代", "代", "版本", "版"}
)

// embeddedWhy matches an English question that asks who or what told
// why (folded): "Who explained to Zimubang why top talent goes to
// ByteDance?" asks a person; the why is what was told.
var embeddedWhy = regexp.MustCompile(`^\s*(?:who|whom|which|what)\b[^?]*\b(?:explain(?:s|ed)?|said|says|told|tells|asked|asks|knows?|knew|describe[sd]?|reveal(?:s|ed)?|wonder(?:s|ed)?)\b[^?]*\bwhy\b`)

// whAfterYesNo matches a Chinese question (folded) whose yes/no clause
// comes first and a clause with an interrogative after it (张心皓还在阶跃
// 吗，现在挂着什么头衔？): the last clause asks what the answer is.
var whAfterYesNo = regexp.MustCompile(`吗[，,、]\s*[^，,。？?]*(?:什么|哪|啥|多少|几)[^，,]*$`)

// moneyPhrasal matches English phrasal verbs of spending ("shell out",
// "fork over", "cough up").
var moneyPhrasal = regexp.MustCompile(`\b(?:shell(?:ed|ing|s)?|fork(?:ed|ing|s)?|splash(?:ed|es|ing)?)\s+(?:out|over)\b|\bcough(?:ed|ing|s)?\s+up\b`)

// moneySize matches an English question for the size of a sum by name:
// "what amount", "how big/large an amount", "the size of … funding round"
// (of a round, a raise, a deal, an offer or a bonus; the size of a team is
// a count).
var moneySize = regexp.MustCompile(`\bwhat\s+(?:\w+\s+)?(?:amount|sum)\b|\b(?:how\s+(?:big|large)\s+(?:an?\s+)?|size\s+of\s+(?:the\s+)?|what\s+size\s+(?:was|is)\s+(?:the\s+)?)(?:[\w'’]+\s+){0,3}?(?:funding|fundraise|fundraising|financing|round|raise|deal|investment|offer|bonus|bonuses|payout|payment|acquisition|check|cheque|amount|sum)\b`)

// whichNumber matches 哪 with a number and a measure word (哪两个, 哪三家).
var whichNumber = regexp.MustCompile(`哪[两二三四五六七八九十]+([个位名家款种])`)

// whichFew rewrites 哪几 and its measure word as the "which" of the
// noun it counts: 哪几位 asks which people, 哪几家 which companies.
var whichFew = strings.NewReplacer("哪几位", "哪些人", "哪几名", "哪些人", "哪几家", "哪家", "哪几个", "哪些", "哪几", "哪些")

// dollarFigure matches "dollar figure", "dollar amount": a sum of money;
// and a price, offer or pay whose figure the question ends by asking
// ("Wang pushed his asking price up to what figure?", "The offer went as
// high as what?").
var dollarFigure = regexp.MustCompile(`\bdollar (?:figure|amount|value|sum|total|number)\b|\b(?:price|prices|valuation|offer|bid|salary|pay|package)\b[^?？]*\b(?:to|at|as high as|as much as) what(?: figure| number| level| price)?\s*[?？]?\s*$`)

// setBack matches "set … back", the idiom for what something costs
// someone ("What would it set Apple back?").
var setBack = regexp.MustCompile(`\b(?:would|will|did|does|do|could|might)\s+(?:it|that|this|the\s+[\w-]+)\s+(?:have\s+)?set\s+(?:[\w'.]+\s+){1,3}back\b`)

// happenedTo matches "what happened to …" at the start of a folded
// question.
var happenedTo = regexp.MustCompile(`^\s*what\s+(?:has\s+|had\s+)?happen(?:ed|s)?\s+(?:to|with)\b`)

// reportTo matches reporting to someone ("reports directly to"), which
// asks about people, not about who reported the news.
var reportTo = regexp.MustCompile(`\breport(?:s|ed|ing)?\s+(?:directly\s+|straight\s+)?too?\b`)

// sizeInPeople matches a size asked in people ("what size …, in
// people?", "what size in staff").
var sizeInPeople = regexp.MustCompile(`\bwhat\s+size\b.*\bin\s+(?:people|staff|employees|heads|headcount|researchers)\b`)

// costWhat matches "what would … have cost …", "what did … cost …": the
// price of something done or not done ("Based on SSI's latest valuation,
// what would buying the company have cost Zuckerberg?"); and what someone
// paid ("What did Meta end up paying for its Scale AI shares?"; not what
// it was spent on).
var costWhat = regexp.MustCompile(`\bwhat\s+(?:would|will|did|does|do|could|might)\s+(?:[\w'’.-]+\s+){1,6}?(?:have\s+)?(?:cost|pay|paying|paid)\b`)

// buyWhat matches a folded question that asks what was bought, with the
// verb last ("What did Apple want to buy?", 苹果想收购什么？).
var buyWhat = regexp.MustCompile(`(?i)^\s*what\b(?:\s+[\w']+){1,7}\s+(?:buy|acquire|purchase|bought|acquired|purchased)\s*[?？]?\s*$|(?:收购|买下|买)(?:了)?什么(?:公司)?\s*[?？]?\s*$`)

// meansAsked matches a folded question that asks by what means (用了什么
// 办法, 靠什么方法).
var meansAsked = regexp.MustCompile(`什么(?:办法|方法|法子|招数|招|途径)`)

// whoStake matches an English who-question about a stake or an
// investment in someone.
var whoStake = regexp.MustCompile(`^\s*whom?\b.*\b(?:stake|stakes|shares|share|equity|invest|invested|investing)\s+in\b`)

// ageAsked matches an English question for someone's age by the noun.
var ageAsked = regexp.MustCompile(`\b(?:what|which)\s+age\b|'s\s+age\b|\b(?:his|her|their)\s+age\b`)

// howState matches a folded Chinese question that ends by asking how
// something is (…口碑如何？, …怎么样？, …怎么了？).
var howState = regexp.MustCompile(`(?:如何|怎么样|怎样|咋样|怎么了)[了呢啦]?[\s?？。!！]*$`)

// howKind matches a folded question that asks what kind of thing with
// 怎样的 or 怎么样的, the noun after it its group.
var howKind = regexp.MustCompile(`(?:怎么样|怎样)的(\p{Han}+)`)

// meansNoun matches a noun of means or manner (怎样的方式 asks how).
var meansNoun = regexp.MustCompile(`^(?:方式|方法|办法|手段|途径|路径|渠道|形式|做法|方针|策略)`)

// figureNamed matches a sum or a count written out in a folded query.
var figureNamed = regexp.MustCompile(`\d[\d.,]*\s*(?:亿|万|美元|billion|million|bn|%)|\$\s*\d`)

// stakeFigure is a percentage in a folded query.
var stakeFigure = regexp.MustCompile(`\d[\d.,]*\s*%`)

// tally is a regular expression for a tally of things counted ("user
// count", "subscriber numbers").
const tally = `(?:user|head|staff|employee|download|subscriber|parameter|token)s?\s+(?:count|counts|number|numbers|figure|figures|total|tally)\b`

// countAsked matches an English question that asks for a count by name:
// "what is the number of …", "what's ChatGPT's user count".
var countAsked = regexp.MustCompile(`\bwhat(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:(?:number|count)\s+of\b|(?:\S+\s+){0,3}?` + tally + `)`)

// userTally matches a folded query that names a tally without asking
// for it ("Gemini's daily user count per the report?").
var userTally = regexp.MustCompile(`\b` + tally)

// aNotA reports a Chinese yes/no question that asks by "A not A" (加没加入,
// 去没去) or ends in 没有/了没 (弗里德曼加入Meta了没有？).
func aNotA(f string) bool {
	t := []rune(strings.TrimRight(f, " ?？。!！"))
	if n := len(t); n >= 2 && t[n-1] == '没' || n >= 3 && string(t[n-2:]) == "没有" && t[n-3] != '有' {
		return true
	}
	for i := 0; i+2 < len(t); i++ {
		if (t[i+1] == '不' || t[i+1] == '没') && t[i] == t[i+2] && unicode.Is(unicode.Han, t[i]) {
			return true
		}
	}
	return false
}

// ratioAsked matches a question for one thing as a part of another:
// R1的成本是o1的多少？, 不到o1的多少？ (how much of o1's it is).
var ratioAsked = regexp.MustCompile(`(?:是|不到|不足|只有|仅有|相当于).+的多少[?？!！。.\s]*$`)

// onlyCue reports whether cue is the only one of cues in f.
func onlyCue(f, cue string, cues []string) bool {
	for _, c := range cues {
		if c != cue && containsCue(f, c) {
			return false
		}
	}
	return containsCue(f, cue)
}

// moneyAfterWhat reports a "what" question about a sum: a money noun
// that follows its interrogative closely (English: within five words,
// "What was Perplexity valued at?") or at all (Chinese, 开出了什么价码？).
// A money noun before 什么 or far after "what" belongs to another part
// of the question (资金紧张的创业公司追求的是什么最大化？, "What did he
// build for a tenth of the cost?").
func moneyAfterWhat(f string) bool {
	if i := strings.Index(f, "什么"); i >= 0 {
		rest := f[i:]
		for _, n := range moneyNouns {
			// (Not a sum it is measured against, 比 one or two
			// characters before it: 什么比(砸)钱更重要？)
			if j := strings.Index(rest, n); n[0] >= 0x80 && j >= 0 && !strings.Contains(rest[max(0, j-len("比砸")):j], "比") {
				return true
			}
		}
	}
	// A money word in a compound is no sum: "cash-strapped start-ups".
	words, commaBefore := wordsAndCommas(moneyCompound.ReplaceAllString(f, "$1"))
	if n := len(words); n > 0 && (words[n-1] == "do" || words[n-1] == "doing") {
		// "What can startups short of cash do?" asks what they do.
		return false
	}
	for i, w := range words {
		if strings.TrimSuffix(w, "'s") != "what" {
			continue
		}
		if n := len(words); n > 2 && (words[n-1] == "cost" || words[n-1] == "costs") && costVerb[words[n-2]] {
			// "What would buying Sutskever's start-up have cost?",
			// however far the verb; "o1's cost" is a noun.
			return true
		}
		for j := i + 1; j < len(words) && j <= i+5; j++ {
			if words[j] == "than" {
				// "What matters more than spending money on talent?":
				// the money is what it is compared with.
				break
			}
			if isMoneyWord(words[j]) && words[j] != "deal" && !(j+1 < len(words) && moneyModified[words[j+1]]) {
				// (A deal is the thing: "What was the biggest deal in
				// Apple's history?" asks which; "What was the deal
				// worth?" asks its sum by "worth".)
				if j > i+1 && strandedPrep[words[len(words)-1]] {
					// "What can big companies trade money for?",
					// "What did Meta spend cash on?": "what" is the
					// object of the last word, and the money is what
					// is traded or spent, not asked ("What price did
					// Wang ask for?" still asks one).
					break
				}
				return true
			}
		}
		// In situ: "Perplexity was valued at what?", "Meta paid what?".
		// A comma ends the phrase before it, and a deal is the thing
		// again: "In the Scale AI deal, what did Meta require of Wang?"
		// asks what, not how much.
		j := i - 1
		if j >= 0 && !commaBefore[i] && hedgeWord[words[j]] {
			// "valued at roughly what?": the hedge stands between.
			j--
		}
		if j >= 0 && !commaBefore[j+1] && (words[j] == "at" || words[j] == "for") {
			j--
		}
		if j >= 0 && !commaBefore[j+1] && words[j] != "deal" && isMoneyWord(words[j]) {
			if j+1 < i && words[j+1] == "for" && slices.ContainsFunc(words[max(0, j-3):j], isTradeVerb) {
				// "Big firms can swap cash for what?": the money is
				// what is traded, as in "trade money for what".
				continue
			}
			return true
		}
	}
	return false
}

// isTradeVerb reports whether w, in any form, is a verb of giving one
// thing for another: a word of the swap, trade and exchange group of
// hanPhraseGroups.
func isTradeVerb(w string) bool { return synonyms[stem(w)] == "~换取" }

// moneyModified are nouns that a money word before them modifies: "What
// money problem…", "what cash crunch…" ask about the problem, not a sum.
var moneyModified = map[string]bool{"problem": true, "problems": true, "trouble": true, "troubles": true, "issue": true, "issues": true, "crisis": true, "crunch": true, "squeeze": true, "woes": true, "environment": true, "climate": true, "pressure": true, "pressures": true, "situation": true, "strategy": true, "strategies": true, "tactic": true, "tactics": true, "approach": true, "war": true, "wars": true, "advantage": true, "muscle": true}

// wordsAndCommas splits a folded question into its Latin words (with 's
// kept) and reports, for each, whether a comma or semicolon comes
// between it and the word before.
func wordsAndCommas(f string) (words []string, commaBefore []bool) {
	comma := false
	cur := []rune(nil)
	flush := func() {
		if len(cur) > 0 {
			words = append(words, string(cur))
			commaBefore = append(commaBefore, comma)
			cur, comma = cur[:0], false
		}
	}
	for _, r := range f {
		if isWordRune(r) || r == '\'' {
			cur = append(cur, r)
			continue
		}
		flush()
		if strings.ContainsRune(",;，；", r) {
			comma = true
		}
	}
	flush()
	return words, commaBefore
}

// moneyCompound matches a money word joined to the next by a hyphen.
var moneyCompound = regexp.MustCompile(`\b(cash|money)-`)

// costVerb are the words before a last "cost" that make it the verb.
var costVerb = map[string]bool{"have": true, "has": true, "had": true, "would": true, "will": true, "could": true, "might": true, "did": true, "does": true, "it": true, "that": true, "this": true, "them": true, "him": true, "her": true}

// employerNoun matches a folded question that asks someone's employer.
var employerNoun = regexp.MustCompile(`\bemployers?\b`)

// hedgeWord are the words that soften a figure asked in situ ("valued
// at roughly what?").
var hedgeWord = map[string]bool{"roughly": true, "about": true, "around": true, "approximately": true, "nearly": true, "almost": true}

// strandedPrep are prepositions that end an English question whose
// "what" is their object.
var strandedPrep = map[string]bool{"for": true, "on": true, "into": true, "with": true}

// isMoneyWord reports whether a Latin word of a folded question is one
// of moneyNouns (also with 's).
func isMoneyWord(w string) bool {
	for _, n := range moneyNouns {
		if n[0] < 0x80 && (w == n || strings.TrimSuffix(w, "'s") == n) {
			return true
		}
	}
	return false
}

// subordinateWhen reports an English question whose only "when" cue is
// a "when" inside it that opens a clause ("What role did he take on, like
// when he founded Facebook?"), not the interrogative.
func subordinateWhen(f string) bool {
	t := strings.TrimSpace(f)
	if strings.HasPrefix(t, "when ") || hasHan(t) {
		return false
	}
	for _, c := range whenCues {
		if c != "when" && containsCue(f, c) {
			return false
		}
	}
	first := strings.Fields(t)
	return len(first) > 0 && (first[0] == "what" || first[0] == "who" || first[0] == "which" || first[0] == "how" || first[0] == "why" || first[0] == "where")
}

// basedWhere matches a question of where something is based, which asks
// a place even of a company or an app ("Where is Blind, the gossip app,
// based?").
var basedWhere = regexp.MustCompile(`\b(?:based|headquartered|located)\s*[?？]?\s*$`)

// asksOrigin reports whether a folded question asks where a thing is
// from (Blind是哪里的匿名八卦平台？, "an app from where?"): a place, though
// it names what kind of thing it asks about.
func asksOrigin(f string) bool {
	return hasAny(f, []string{"哪里的", "哪儿的", "from where", "where from"}) || strings.HasSuffix(strings.TrimRight(f, " ?？"), " from") && strings.Contains(f, "where")
}

// workWhere asks where someone works or worked, which is a company:
// 他原来在哪儿工作？, "Where did Kavukcuoglu work before?".
var workWhere = regexp.MustCompile(`在哪(里|儿)?(工作|上班|任职|就职)|\bwhere (did|does|do|was|is|has|had) [\p{L}\p{N} .·'-]+ (work|worked|working|employed)\b`)

// wherePost reports whether a folded question's 哪里的/哪儿的 goes on
// with a post a person holds (是哪里的CTO？, 哪儿的负责人): the
// organisation they hold it at, not a place. (哪里的人 asks where
// someone is from.)
func wherePost(f string) bool {
	for _, cue := range []string{"哪里的", "哪儿的"} {
		i := strings.Index(f, cue)
		if i < 0 {
			continue
		}
		rest := strings.TrimSpace(f[i+len(cue):])
		for _, w := range personNouns {
			if w != "人" && w != "people" && w != "person" && strings.HasPrefix(rest, w) {
				return true
			}
		}
	}
	return false
}

// whichWhere reports whether every 在哪/去哪 of a folded question goes on
// as "which" (在哪些领域) and it has no other "where" cue.
func whichWhere(f string) bool {
	if hasAny(f, []string{"where", "哪里", "哪儿", "何处"}) {
		return false
	}
	for _, cue := range []string{"在哪", "去哪"} {
		for i := 0; ; {
			j := strings.Index(f[i:], cue)
			if j < 0 {
				break
			}
			j += i + len(cue)
			r, _ := utf8.DecodeRuneInString(f[j:])
			if !strings.ContainsRune(whichAfterWhere, r) {
				return false
			}
			i = j
		}
	}
	return true
}

// whichNoun types a "which/what + noun" question by its noun.
func whichNoun(f string) (QType, bool) {
	for _, w := range []string{"which", "what", "哪一家", "哪家", "哪些", "哪个", "哪一个", "哪所", "哪一款", "哪款", "哪种", "哪", "什么"} {
		i := cueIndex(f, w)
		if i < 0 {
			continue
		}
		rest := f[i+len(w):]
		if w == "哪家" || w == "哪一家" {
			return QWhich, true
		}
		// "What kind of executives", 哪类高管, 什么样的人: a description
		// of the kind, not a name.
		if kindOf.MatchString(rest) {
			return QOther, true
		}
		if strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "，") {
			// "… described as what, for model makers …": the clause
			// ends at the interrogative; what follows is no noun of it.
			continue
		}
		if first := strings.Fields(rest); (w == "what" || w == "which") && len(first) > 0 && enAux[first[0]] {
			// "What do people treat ChatGPT as?": the noun after the
			// auxiliary is the subject, not the kind asked for.
			continue
		}
		// The noun is within a few words (Latin) or characters (Han).
		// People in the plural count after "which" only ("Which of
		// Apple's leaders…?"): after "what" they are mostly the subject
		// ("What attracts top researchers…?" asks a thing). So does a
		// figure: "which ByteDance figure" is a person, "what figure" a
		// number.
		near := nearText(rest, 3)
		if w == "which" {
			// After "which" the whole noun phrase, up to its verb or
			// preposition ("Which senior machine learning boss at …").
			near = whichPhrase(rest, near)
		}
		switch {
		case hasAny(near, personNouns), w == "which" && (hasAny(near, personPlurals) || hasAny(near, []string{"figure", "figures"})):
			return QWho, true
		case (w == "what" || w == "什么") && hasAny(near, unitNouns) && !hasAny(near, []string{"app", "model", "product", "platform", "应用", "模型", "产品", "平台"}):
			// "What team did Zuckerberg set up?", 什么团队: a team or a lab
			// is told by what it does (超级智能团队), not named as a
			// company is. (Which team, 哪个团队, and what app team pick
			// one by name: the Gemini app team.)
			return QOther, true
		case hasAny(near, orgNouns), w != "what" && w != "什么" && hasAny(near, dealNouns):
			// (Which deal, 哪笔: the company bought. "What deal did Meta
			// strike?" asks what the deal was.)
			return QWhich, true
		case hasAny(near, placeNouns):
			return QWhere, true
		case w != "what" && w != "什么" && hasAny(near, generationNouns):
			// 哪一代Llama, "which version": a product by its name (Llama 1).
			return QWhich, true
		case hasAny(near, tenureNouns):
			// "What's the minimum tenure…?", 锁定期是什么？: how long.
			return QDuration, true
		}
		if w == "which" && (strings.HasPrefix(strings.TrimSpace(rest), "one ") || strings.HasPrefix(strings.TrimSpace(rest), "of them")) {
			// "Among the six little dragons, which one…?": the kind
			// the question names elsewhere.
			switch {
			case hasAny(f, personNouns), hasAny(f, personPlurals):
				return QWho, true
			case hasAny(f, orgNouns):
				return QWhich, true
			}
		}
		if w == "which" || w == "哪些" || w == "哪个" {
			if r := strings.TrimSpace(rest); strings.HasPrefix(r, "of ") {
				if w == "which" {
					// "Which of China's little dragons…?", "Which of
					// Apple's leaders…?": the kind of the group named.
					of := strings.TrimPrefix(r, "of ")
					of = whichPhrase(of, nearText(of, 3))
					switch {
					case hasAny(of, personPlurals), hasAny(of, personNouns):
						return QWho, true
					case hasAny(of, orgNouns), hasAny(of, unitNouns):
						// ("Which of Google's teams…?": the team by
						// name, as "Which team…?" asks.)
						return QWhich, true
					}
				}
				continue
			}
			// "which" with a noun of no known kind: ask by entity.
			if w == "which" && !strings.Contains(near, " ") {
				return QWhich, true
			}
		}
	}
	return "", false
}

// whichPhrase returns the noun phrase after "which", when it runs past
// the three words of near: the words up to the first auxiliary or
// preposition, at most seven ("Which of the iPhone maker's top AI
// executives…?").
func whichPhrase(rest, near string) string {
	ws := strings.Fields(rest)
	n := 0
	for n < len(ws) && n < 7 && !enAux[ws[n]] && !phraseEnds[ws[n]] {
		n++
	}
	if n <= 3 {
		return near
	}
	return strings.Join(ws[:n], " ")
}

// phraseEnds end the noun phrase after "which".
var phraseEnds = map[string]bool{"at": true, "in": true, "of": true, "from": true, "to": true, "for": true, "on": true, "with": true, "that": true, "who": true, "whose": true}

// kindOf matches what follows an interrogative that asks for a kind.
var kindOf = regexp.MustCompile(`^\s*(?:kinds?|types?|sorts?) of\b|^(?:类|种|样的|类型的|领域的|方面的)`)

// cueIndex is the byte index of the first match of cue in folded (Latin
// cues on word boundaries), or -1.
func cueIndex(folded, cue string) int {
	r, _ := utf8.DecodeRuneInString(cue)
	if r >= 0x80 {
		return strings.Index(folded, cue)
	}
	for i := 0; ; {
		j := strings.Index(folded[i:], cue)
		if j < 0 {
			return -1
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(folded[:j])
		after, _ := utf8.DecodeRuneInString(folded[j+len(cue):])
		if !isWordRune(before) && !isWordRune(after) {
			return j
		}
		i = j + 1
	}
}

// nearText is the start of s: its first n runes when s begins with Han
// text, its first three words otherwise.
func nearText(s string, n int) string {
	s = strings.TrimLeft(s, " ")
	if r, _ := utf8.DecodeRuneInString(s); r >= 0x80 {
		// The Han noun that follows: the longest known noun s starts
		// with (什么公司, 哪些高管), or nothing (什么跟大厂…), past a
		// measure word (哪座城市, 哪间公司).
		if m, n := utf8.DecodeRuneInString(s); strings.ContainsRune("座间支名", m) {
			s = s[n:]
		}
		best := hanNoun(s)
		if best == "" {
			// Past a former (前) and a Latin name: 哪个前GitHub执行长.
			best = hanNoun(strings.TrimLeft(strings.TrimPrefix(s, "前"), "abcdefghijklmnopqrstuvwxyz0123456789 -."))
		}
		return " " + best + " "
	}
	ws := strings.Fields(s)
	if len(ws) > 3 {
		ws = ws[:3]
	}
	return " " + strings.Join(ws, " ") + " "
}

// hanNoun returns the longest person, organisation, place or release
// (一代) noun s starts with, or "".
func hanNoun(s string) string {
	best := ""
	for _, nouns := range [][]string{personNouns, orgNouns, placeNouns, generationNouns} {
		for _, w := range nouns {
			if strings.HasPrefix(s, w) && len(w) > len(best) {
				best = w
			}
		}
	}
	return best
}

func hasAny(f string, cues []string) bool {
	for _, c := range cues {
		if containsCue(f, c) {
			return true
		}
	}
	return false
}

// askingPrice matches "what … asking price", a sum however far the
// noun is from "what" ("What was Alexandr Wang's highest asking price
// for himself and Scale AI?").
var askingPrice = regexp.MustCompile(`\bwhat\b.*\basking price\b`)

// worthAsked matches (folded, lower case) a question of what something
// is worth, however long its subject, also after a topic set before it
// ("the Beats buy - what was it worth?").
var worthAsked = regexp.MustCompile(`(?:^|[,;:\-–—])\s*what(?:'s|’s| is| was| are| were| would be| will be)\s.*\bworth\s*[?？]?\s*$`)

// terseYesNo matches a short English question of a name and a past
// participle, asked with a question mark: "Giannandrea demoted?", "Wang
// hired by Meta?".
var terseYesNo = regexp.MustCompile(`^\s*[A-Z][\w.'-]*(?:\s+[A-Z0-9][\w.'-]*){0,2}\s+[a-z]+ed(?:\s+(?:by|at|from|to|in)\s+[A-Z][\w.' -]*)?\s*\?\s*$`)

// putInState matches an English question for what brought someone into
// a state: "what had/put/sent/threw/plunged … in(to) a panic".
var putInState = regexp.MustCompile(`\bwhat (?:had|has|put|puts|sent|sends|threw|throws|plunged|plunges|drove|drives|got|gets) (?:[\w'’-]+ ){1,8}(?:in|into) (?:a |such a )?(?:panic|turmoil|chaos|crisis|frenzy|disarray|upheaval|shock)\b`)

// howRegard matches an English question for how one sees another: "how
// does Meta regard OpenAI", "how do they view it".
var howRegard = regexp.MustCompile(`\bhow (?:does|do|did) (?:[\w'’-]+ ){1,4}(?:regard|see|view|perceive|consider)\b`)

// askedAfterDash returns the part of an English question after a dash
// when that part opens with an interrogative and the part before holds
// another one but no question mark.
func askedAfterDash(q string) (string, bool) {
	m := dashThenWh.FindStringSubmatchIndex(q)
	if m == nil || hasHan(q) || strings.ContainsAny(q[:m[0]], "?？") || !headWh.MatchString(q[:m[0]]) {
		// (A topic without an interrogative of its own is read with the
		// question: "perplexity valuation after the may raise - what
		// number is the article using?" asks the valuation.)
		return "", false
	}
	return q[m[2]:], true
}

// headWh matches an interrogative word, which a topic before a dash may
// hold as a relative ("the app where …").
var headWh = regexp.MustCompile(`(?i)\b(?:what|which|who|whom|whose|when|where|why|how)\b`)

// dashThenWh matches a dash set off by spaces (or an em or en dash) and
// an interrogative after it.
var dashThenWh = regexp.MustCompile(`(?i)(?: - |\s*[—–]\s*)((?:what|which|who|whom|whose|when|where|why|how)\b.*)$`)

// askedLast returns the last part of an English question that a dash, a
// semicolon, a full stop or a comma sets off, when that part alone asks
// yes or no and the parts before it ask nothing ("Zuckerberg dangled an
// offer in front of Ilya — did he take it?"; "According to the ChatGPT
// maker's chief, have any of his top people taken Meta's money?").
func askedLast(q string) (string, bool) {
	i := strings.LastIndexAny(q, "—–;")
	if j := strings.LastIndex(q, ". "); j > i {
		i = j
	}
	if i < 0 {
		i = strings.LastIndex(q, ", ")
	}
	// A mixed question's Chinese part may set the scene ("如果收购
	// Perplexity 成功, would it be 苹果史上最大的 deal?") when it asks
	// nothing of its own.
	if i < 0 || hasHan(q) && zhAsks(Fold(q)) {
		return "", false
	}
	_, n := utf8.DecodeRuneInString(q[i:])
	head, last := strings.ToLower(q[:i]), strings.TrimSpace(q[i+n:])
	l := strings.ToLower(last)
	if !slices.ContainsFunc(yesNoStarts, func(s string) bool { return strings.HasPrefix(l, s) }) {
		return "", false
	}
	for _, w := range strings.FieldsFunc(head+" "+l, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "what", "who", "whom", "whose", "which", "when", "where", "why", "how":
			return "", false
		}
	}
	return last, true
}

// zhAsks reports whether a folded question holds a Chinese
// interrogative or question particle.
func zhAsks(f string) bool {
	return strings.ContainsFunc(f, func(r rune) bool { return isInterrogativeRune(r) || r == '几' }) || slices.ContainsFunc(zhInterrogatives, func(w string) bool { return strings.Contains(f, w) })
}

var yesNoStarts = []string{"is ", "are ", "was ", "were ", "did ", "does ", "do ", "has ", "have ", "had ", "can ", "could ", "will ", "would ", "should "}

// containsCue matches Latin cues on word boundaries and Han cues anywhere.
func containsCue(folded, cue string) bool {
	if cue == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(cue)
	if r >= 0x80 {
		return strings.Contains(folded, cue)
	}
	for i := 0; ; {
		j := strings.Index(folded[i:], cue)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(folded[:j])
		after, _ := utf8.DecodeRuneInString(folded[j+len(cue):])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		i = j + 1
	}
}

func isWordRune(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// Analysis is what the engine understands of a question.
type Analysis struct {
	// Question is the normalized question (after follow-up resolution).
	Question string
	Lang     Lang
	Type     QType
	Entities []Entity
	// SearchText is the question with interrogative words taken out.
	SearchText string
	// aside are the entities (IDs) named only in an opening clause that
	// sets them aside (除了Alexandr Wang，…): not searched in all their
	// forms.
	aside map[string]bool
	// owners are the people (IDs) named only as the owner of the
	// company the question asks about (Sutskever's start-up): a passage
	// about the company need not name them.
	owners map[string]bool
}

// interrogatives are question words and fillers that carry no content;
// they are removed from the Chinese search text (the English analyzer
// drops its own stop words). Folded (Simplified) forms.
var interrogatives = []string{
	"怎样才能", "怎么才能", "如何才能", "为什么", "什么时候", "什么", "多少钱", "多少", "哪一个", "哪一年", "哪个", "哪些", "哪家", "哪里", "哪儿", "哪位", "哪",
	"谁", "吗", "呢", "如何", "怎么样", "怎么", "怎样", "几个", "几时", "几", "是否", "请问", "请", "告诉我", "一下", "何时",
}

// enQuestionWords are English interrogatives and fillers the English
// analyzer's stop list keeps.
var enQuestionWords = map[string]bool{"how": true, "much": true, "many": true, "when": true, "where": true, "why": true, "please": true, "tell": true, "me": true, "what's": true, "who's": true}

// notAsking are words that hold an interrogative character but ask
// nothing: 几乎 "almost" (Gemini 2.5几乎追平了谁？ asks who, not how many),
// 哪怕 "even if", 那几/这几 "those few" (坚持双轮驱动的那几家被称作什么？ asks
// what, not how many). Folded forms.
var notAsking = []string{"几乎", "哪怕", "那几", "这几"}

// maskNotAsking hides the notAsking words of a folded text from the
// interrogative cues, rune for rune (offsets stay those of the text).
func maskNotAsking(f string) string {
	for _, w := range notAsking {
		if strings.Contains(f, w) {
			f = strings.ReplaceAll(f, w, strings.Repeat("_", utf8.RuneCountInString(w)))
		}
	}
	if strings.Contains(f, "为什么") {
		// 更名为什么 asks what it was renamed as: the 为 is the verb's,
		// and 什么 alone asks.
		f = verbWei.ReplaceAllString(f, "${1}_什么")
	}
	if strings.Contains(f, "几") {
		// 国内几家大模型创业公司陷入了什么样的危机？: "several", when
		// the clause asks something else after it.
		f = fewThenAsked.ReplaceAllStringFunc(f, func(m string) string { return "_" + strings.TrimPrefix(m, "几") })
	}
	return f
}

// fewThenAsked matches (folded) 几 with its measure word followed, in the
// same clause, by another interrogative: the 几 says "several".
var fewThenAsked = regexp.MustCompile(`几(?:家|位|名|款)[^，,。？?！!]*?(?:什么|哪|谁|如何|怎么|为何|为什么)`)

// verbWei matches a verb that takes 为 ("as", "to") before 什么: 更名为什么
// (renamed as what), 成为什么, 视为什么, 称为什么 ask what, not why.
var verbWei = regexp.MustCompile(`(更名|改名|命名|称|成|作|视|变|选|定|任命|提拔|转)为什么`)

// whereStand asks where things stand: a state, not a place (folded,
// lower case).
// aspectWhere asks in what respect (差距在哪, 区别在哪里, 问题出在哪儿) or
// what a confidence comes from (底气来自哪里), folded: a thing, not a
// place.
var aspectWhere = regexp.MustCompile(`(?:差距|差别|区别|不同|差异|问题|优势|劣势|短板|难点|关键|差)(?:就|到底|究竟)?(?:是|出)?在(?:哪|哪里|哪儿)|(?:底气|信心|自信|动力|灵感|勇气)(?:是|都|主要)?(?:来自|来源于|源于|从)(?:哪|哪里|哪儿)`)

// aspectAsked matches a folded question that asks in what respect (在哪方面,
// 在什么方面, 在什么上落后): a thing, not a place.
var aspectAsked = regexp.MustCompile(`(?:哪|哪个|哪些|什么)方面|在(?:什么|哪个|哪些)(?:事情|事|问题|地方)?上`)

var whereStand = regexp.MustCompile(`\bwhere (?:do|does|did|is|are|was|were)\b.*\bstand\b`)

// asideClause is an opening clause that sets aside what the question does
// not ask about ("Besides money, what do innovators need?", 除了钱，人才更
// 需要什么？): its words are no cue of the answer's type.
var asideClause = regexp.MustCompile(`^\s*(?:(?:besides|apart from|aside from|other than|except for|in addition to)\s[^,，]*|除了[^,，。？?]*)[,，]`)

// maskAside hides the asideClause of a folded text from the type cues,
// rune for rune.
func maskAside(f string) string {
	if loc := asideClause.FindStringIndex(f); loc != nil {
		return strings.Repeat("_", utf8.RuneCountInString(f[:loc[1]])) + f[loc[1]:]
	}
	return f
}

// searchText removes interrogatives from a question (on its folded form,
// rune for rune, so the rest keeps the asker's script).
func searchText(q string) string {
	f := []rune(maskNotAsking(Fold(q)))
	orig := []rune(q)
	if len(f) != len(orig) {
		return q
	}
	keep := make([]bool, len(orig))
	for i := range keep {
		keep[i] = true
	}
	for _, w := range interrogatives {
		n := utf8.RuneCountInString(w)
		for i := 0; i+n <= len(f); i++ {
			if hasRunesAt(f, i, w) {
				for j := i; j < i+n; j++ {
					keep[j] = false
				}
			}
		}
	}
	var b strings.Builder
	for i, r := range orig {
		if keep[i] {
			b.WriteRune(r)
		} else {
			b.WriteRune(' ')
		}
	}
	words := strings.Fields(b.String())
	kept := words[:0]
	for _, w := range words {
		if !enQuestionWords[strings.ToLower(strings.TrimFunc(w, unicode.IsPunct))] {
			kept = append(kept, w)
		}
	}
	out := strings.Join(kept, " ")
	if out == "" {
		return q
	}
	return out
}

// latinWords returns the runs of ASCII letters in s.
func latinWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !(r < 0x80 && unicode.IsLetter(r)) })
}

// DropGuess returns a question without the guess a user appends to it
// ("Who founded SSI, Ilya Sutskever?", 谷歌任命了谁当首席AI架构师？卡武克奥卢吗？):
// the guess names the answer the user expects, and answering the question
// itself confirms or corrects it. A question with no such tail is
// returned unchanged.
//
// An English tail is what follows the last comma of a question that asks
// (who, what, which …) before it: at most four words that start with a
// name. A Chinese tail is a second sentence after ？ of at most twelve
// characters that names something and ends in 吗, 吧 or 么.
func DropGuess(q string, m *EntityMatcher) string {
	if m == nil {
		return q
	}
	t := strings.TrimRightFunc(q, func(r rune) bool { return unicode.IsSpace(r) })
	if i := strings.LastIndexAny(strings.TrimRight(t, "？?"), "？?"); i > 0 {
		// 谷歌任命了谁当首席AI架构师？卡武克奥卢吗？
		_, size := utf8.DecodeRuneInString(t[i:])
		head, body := t[:i+size], strings.TrimRight(strings.TrimSpace(t[i+size:]), "？?")
		last, _ := utf8.DecodeLastRuneInString(body)
		if n := utf8.RuneCountInString(body); n > 0 && n <= 12 && strings.ContainsRune("吗吧么嗎", last) && len(m.Find(body)) > 0 && asks(head) {
			return head
		}
	}
	if i := strings.LastIndex(t, ","); i > 0 {
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(strings.TrimRight(t[i+1:], "?？ "))
		ms := m.Find(tail)
		if len(strings.Fields(tail)) <= 4 && len(ms) > 0 && ms[0].Start == 0 && asks(head) {
			return head + "?"
		}
	}
	return q
}

// asks reports whether s is a question by its own interrogative (who,
// what, 谁, 什么 …), not a yes/no one.
func asks(s string) bool {
	switch Classify(s) {
	case QYesNo:
		return false
	case QOther:
		f := " " + Fold(s) + " "
		return hasAny(f, []string{"what", "which", "who", "how", "什么", "哪", "谁", "怎么", "如何"})
	}
	return true
}

// colloquial are spoken forms of the Chinese "when" and the written form
// the question analysis knows, in Simplified and Traditional script. (啥
// for 什么 and 咋 for 怎么 were rewritten too, and dropped: out of fold a
// question asked with 是啥 that was answered lost its answer as 是什么.)
var colloquial = [][3]string{
	{"啥时候", "什么时候", "什麼時候"}, {"啥時候", "什么时候", "什麼時候"}, {"多会儿", "什么时候", "什麼時候"}, {"多會兒", "什么时候", "什麼時候"},
	// 买 "buy" of a company is the article's 收購 (the index takes no
	// one-character synonym): 小扎还想买哪家初创公司？
	{"想买", "想收购", "想收購"}, {"想買", "想收购", "想收購"}, {"要买", "要收购", "要收購"}, {"要買", "要收购", "要收購"},
	{"买哪", "收购哪", "收購哪"}, {"買哪", "收购哪", "收購哪"},
	// 干嘛 before 去了 or 了 asks what was done (明超平离职后干嘛去了？);
	// before a verb it asks why (他干嘛离职？), and is left alone.
	{"干嘛去了", "干什么去了", "幹什麼去了"}, {"幹嘛去了", "干什么去了", "幹什麼去了"}, {"干嘛了", "干什么了", "幹什麼了"}, {"幹嘛了", "干什么了", "幹什麼了"},
	// Any other 啥 is 什么 (担心啥, 为了啥, 叫啥), which every cue knows.
	{"啥", "什么", "什麼"},
}

// Plain rewrites the spoken Chinese "when" (啥时候, 多会儿) as the written
// one (小扎最早啥时候找的王？ → 小扎最早什么时候找的王？), any other 啥 as
// 什么, 干嘛去了 as 干什么去了, and 想买/要买/买哪 as 收购, in the question's script, puts the
// object of 对…怎么回应 after the verb, and makes an English
// request to name something as a which-question ("Name the ex-GitHub boss
// Meta is wooing." → "Which ex-GitHub boss Meta is wooing."); a question
// without them is returned unchanged.
func Plain(q string) string {
	if loc := sourceTag.FindStringIndex(q); loc != nil {
		// "Who is Google's CEO, according to the article?": the asker
		// names the source, not something to look for.
		if rest := strings.TrimSpace(q[:loc[0]] + " " + q[loc[1]:]); rest != "" {
			q = strings.Join(strings.Fields(rest), " ")
			q = strings.Replace(q, " ?", "?", 1)
			q = strings.TrimLeft(q, ",，、 ")
		}
	}
	if m := nameThe.FindStringSubmatchIndex(q); m != nil {
		return "Which " + q[m[1]:]
	}
	if m := respondTo.FindStringSubmatch(q); m != nil {
		// Llama工程師對作弊傳聞怎麼回應？ → Llama工程師怎麼回應作弊傳聞？, in
		// the order in which a passage tells the response.
		q = m[1] + m[3] + m[4] + m[2] + m[5]
	}
	if !strings.ContainsAny(q, "啥多买買嘛") {
		return q
	}
	hant := DetectLang(q) == LangHant
	for _, c := range colloquial {
		to := c[1]
		if hant {
			to = c[2]
		}
		q = strings.ReplaceAll(q, c[0], to)
	}
	return q
}

// respondTo matches a Chinese question that asks how someone responded to
// something put before the verb with 对: subject, object, interrogative,
// verb, rest.
var respondTo = regexp.MustCompile(`^(\p{Han}[^对對，,]{0,19}?|[^对對，,]{1,20}?)(?:对|對)([^，,？?]{1,20}?)(怎么|怎麼|如何|怎样|怎樣|作何)(回应|回應|回答|反应|反應|应对|應對|回复|回覆)(.*)$`)

// sourceTag matches where a question names its source, the article or
// its writer: ", according to the article", "per the writer,", "in the
// piece", 根据文章, 据文中所说, 按原文的说法.
var sourceTag = regexp.MustCompile(`(?i)[,，]?\s*\b(?:according to|per|based on|in|from) (?:the|this) (?:article|piece|story|report|text|writer|author|journalist)(?:'s (?:account|telling))?\b\s*[,，]?|(?:根据|根據|据|據|按照?|依)(?:这篇|這篇|本)?(?:文章|文中|原文|报道|報道)(?:的说法|的說法|所说|所說|所述|来看|來看)?[,，]?`)

// nameThe matches an English request to name one thing: "Name the …",
// "Please identify the …".
var nameThe = regexp.MustCompile(`^\s*(?i:(?:please |can you |could you )?(?:name|identify) the )`)

// cueWords are the English words that tell what a question asks (its
// type and what it measures); a typo in one ("yeras", "montly", "poeple")
// hides it from Classify and from the alignment, which the index's fuzzy
// matching does not mend.
var cueWords = []string{
	"how", "much", "many", "long", "what", "when", "where", "which", "whom", "whose",
	"does", "did", "would", "could", "should", "have", "has", "were",
	"years", "year", "months", "month", "days", "weeks", "people", "person",
	"users", "daily", "monthly", "active", "percent", "percentage", "share", "stake",
	"million", "billion", "valuation", "valued", "worth", "cost", "price", "paid", "pay",
	"founded", "happened", "happen", "after", "before", "first", "biggest", "largest",
	"company", "companies", "build", "built", "leave", "left", "join", "joined",
	"report", "reports", "reported", "offer", "offered", "bonus", "bonuses", "salary", "signing",
	"compared", "released", "acquire", "acquired", "acquisition",
}

// nearCues are real words one edit from a cue word, which CueTypos leaves
// alone (funded is no typo of founded; bones is no typo of bonus). Shorter
// words are left alone anyway: take, says, rice are one edit from stake,
// days, price. The list beyond the first line is the words of Debian's
// wamerican list, of five letters or more, one edit from a cue word, less
// inflections of a cue word (shares, prices) and rare words a typo is
// likelier to have made (moths, mouths for months; mangy for many).
var nearCues = []string{
	"funded", "prince", "prize", "pride", "prime", "north", "mouth", "dairy", "shore", "stare", "store",
	"fleet", "bonds", "offset", "joiner", "hover", "lover", "cover", "mover", "stale", "state", "whine",
	"shave", "leaves", "along", "alter", "aster", "bogus", "bones", "bongs", "bounded", "bullion", "chose",
	"cleave", "cleft", "coast", "coffer", "coined", "daisy", "deport", "deported", "deports", "doses", "domes",
	"doves", "evaluation", "forth", "geeks", "guild", "guilt", "halve", "haven", "heave", "hounded", "joint",
	"jointed", "largess", "lease", "leaven", "leeks", "mounded", "mullion", "parson", "persona", "pillion",
	"plaid", "pounded", "prick", "quilt", "rafter", "reeks", "reporter", "resort", "resorted", "resorts",
	"retort", "retorted", "retorts", "rounded", "scare", "seeks", "shade", "shake", "shale", "shame", "shape",
	"shard", "shark", "sharp", "shire", "sighing", "singing", "sinning", "slake", "snake", "snare", "sounded",
	"spare", "stage", "stave", "stoke", "those", "trice", "ushers", "value", "values", "weave", "weeds",
	"weeps", "wheat", "whole", "world", "worthy", "wound", "wounded",
}

// formOf chooses between two cue words one edit from word that are forms
// of one word (happen, happened): the one that ends as word does
// ("happend" → "happened"). It returns "" when they are not such forms or
// both end alike.
func formOf(word, a, b string) string {
	if !strings.HasPrefix(a, b) && !strings.HasPrefix(b, a) {
		return ""
	}
	last := word[len(word)-1]
	switch {
	case a[len(a)-1] == last && b[len(b)-1] != last:
		return a
	case b[len(b)-1] == last && a[len(a)-1] != last:
		return b
	}
	return ""
}

// JoinCompounds writes with a hyphen the words a question keeps apart that
// the article joins ("top tier" → "top-tier", "start ups" → "start-ups";
// compounds: Engine.compounds), so they align with the passage's word.
func JoinCompounds(q string, compounds map[string]string) string {
	r := []rune(q)
	ws := wordSpans(r)
	changed := false
	for k := 0; k+1 < len(ws); k++ {
		a, b := ws[k], ws[k+1]
		if b.Start != a.End+1 || r[a.End] != ' ' {
			continue
		}
		if _, ok := compounds[strings.ToLower(string(r[a.Start:b.End]))]; ok {
			r[a.End], changed = '-', true
			k++
		}
	}
	if !changed {
		return q
	}
	return string(r)
}

// CueTypos rewrites the Latin words of a question (English or mixed) of
// five letters or more that are one edit (a letter wrong, missing, extra,
// or two letters swapped) from exactly one cue word, unless known (a word
// of the corpus, or of a name) says the word is real: "how many yeras"
// → "how many years". Case and everything else are kept; a question with
// nothing to mend is returned unchanged. "then" before more words and
// after a comparative within three words ("cheaper then o1", "cheaper was
// r1 then o1") is "than".
func CueTypos(q string, known func(word string) bool) string {
	var b strings.Builder
	last, changed := 0, false
	r := []rune(q)
	ws := wordSpans(r)
	for k, w := range ws {
		word := strings.ToLower(string(r[w.Start:w.End]))
		if word == "then" && k+1 < len(ws) && comparedBefore(r, ws[max(0, k-3):k]) {
			b.WriteString(string(r[last:w.Start]))
			b.WriteString(string(r[w.Start:w.Start+2]) + "an")
			last, changed = w.End, true
			continue
		}
		if noApostrophe[word] {
			// "whos john gianandrea": the apostrophe left out.
			b.WriteString(string(r[last:w.Start]))
			b.WriteString(string(r[w.Start:w.End-1]) + "'" + string(r[w.End-1:w.End]))
			last, changed = w.End, true
			continue
		}
		if fix, ok := shortWh[word]; ok {
			// "whn did perplexity raise": too short for an edit distance.
			if unicode.IsUpper(r[w.Start]) {
				fix = strings.ToUpper(fix[:1]) + fix[1:]
			}
			b.WriteString(string(r[last:w.Start]))
			b.WriteString(fix)
			last, changed = w.End, true
			continue
		}
		if len(word) < 5 || slices.Contains(cueWords, word) || slices.Contains(nearCues, word) || known(word) {
			continue
		}
		if w.End < len(r) && (r[w.End] == '\'' || r[w.End] == '’') {
			continue // a contraction: "couldn't" is no misspelled "could"
		}
		fix := ""
		for _, c := range cueWords {
			if osaDistance1(word, c) {
				if fix != "" {
					fix = formOf(word, fix, c)
					if fix == "" {
						break // two cue words: leave it
					}
					continue
				}
				fix = c
			}
		}
		if fix == "" {
			continue
		}
		if unicode.IsUpper(r[w.Start]) {
			fix = strings.ToUpper(fix[:1]) + fix[1:]
		}
		b.WriteString(string(r[last:w.Start]))
		b.WriteString(fix)
		last, changed = w.End, true
	}
	if !changed {
		return q
	}
	b.WriteString(string(r[last:]))
	return b.String()
}

// noApostrophe are question words with 's written without the
// apostrophe.
var noApostrophe = map[string]bool{"whos": true, "whats": true, "wheres": true, "hows": true, "whens": true}

// shortWh are misspelled question words too short for CueTypos's edit
// distance, which no English word or name of the article spells.
var shortWh = map[string]string{"whn": "when", "wht": "what", "wat": "what", "hw": "how"}

// comparatives are English words that compare, after which "then" is a
// misspelled "than" (a list: "offer", "founder" end in -er too; "later"
// and "earlier" are left out, as they also say when: "joined later then
// left").
var comparatives = []string{"more", "less", "fewer", "rather", "other", "better", "worse", "cheaper", "costlier", "pricier",
	"bigger", "larger", "smaller", "higher", "lower", "greater", "richer", "wealthier", "poorer", "older", "younger", "newer",
	"faster", "slower", "longer", "shorter", "stronger", "weaker", "smarter", "harder", "easier", "further", "farther"}

// comparedBefore reports whether one of the words ws of r is a
// comparative.
func comparedBefore(r []rune, ws []Span) bool {
	for _, w := range ws {
		if slices.Contains(comparatives, strings.ToLower(string(r[w.Start:w.End]))) {
			return true
		}
	}
	return false
}

// osaDistance1 reports whether a and b (ASCII) are one edit apart: one
// letter substituted, inserted or deleted, or two adjacent letters
// swapped.
func osaDistance1(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) == len(b) {
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if a[i+1:] == b[i+1:] {
			return true // substitution
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) != len(b)+1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	return a[i+1:] == b[i:]
}
