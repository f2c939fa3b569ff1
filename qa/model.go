package qa

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// The answer model chooses the answer among everything the top passages
// offer (answersIn with all), or no answer: a log-linear model, a
// softmax over the candidates' scores w·x and the score v·z of "the
// article does not say". Its features are the rules' own measures (fit,
// coverage, type, rank, the rules' choice …); its weights are learned
// from the labelled question sets (qa/eval.Train, `make train`) and
// embedded. The model's probability is not the answer's confidence: on
// the development set it did not tell right answers from wrong ones (a
// Platt fit gave it no weight), while the rules' confidence of the
// chosen span did, so that stays the confidence.

// CandidateFeatures and NullFeatures name the features, in order.
var (
	CandidateFeatures = []string{
		"bias", "rank1", "rank2", "rank3", "score", "score_gap", "coverage", "hard_miss",
		"local", "fit", "acc", "typed_q", "exact_type", "near_type", "off_type", "pred", "no_pred",
		"mentioned", "foreign", "span", "slot", "title", "reason", "yesno", "compare",
		"why_reason", "yesno_yesno", "typed_slot", "other_span", "log_len", "long", "zh",
		"rule_pick", "rule_best", "passage_answers", "t_person", "t_org", "t_money", "t_count", "t_percent", "t_date",
		"t_duration", "t_place", "question_share", "agreement",
	}
	NullFeatures = []string{"bias", "top_coverage", "top_hard_miss", "rule_abstains", "typed_q", "zh", "why", "yesno", "other", "max_local", "max_exact_local", "no_exact"}
)

// agreement is the index of the feature consider sets last.
var agreement = len(CandidateFeatures) - 1

// The indexes of the features Choose reads.
var (
	hardMissFeature = slices.Index(CandidateFeatures, "hard_miss")
	typedQFeature   = slices.Index(CandidateFeatures, "typed_q")
)

// AnswerModel holds the answer model's weights, in the order of
// CandidateFeatures and NullFeatures.
type AnswerModel struct {
	Candidate []float64 `json:"candidate"`
	Null      []float64 `json:"null"`
	// About says how the weights were made (sets, regularization,
	// cross-validated figures); it is not read.
	About map[string]any `json:"about,omitempty"`
}

//go:embed answer_model.json
var answerModelJSON []byte

// defaultModel is the embedded model, read once, when an engine first
// needs it (qa train runs the rules without it, so a stale file can be
// remade).
var defaultModel = sync.OnceValues(DefaultAnswerModel)

// DefaultAnswerModel returns the embedded model.
func DefaultAnswerModel() (*AnswerModel, error) {
	var m AnswerModel
	if err := json.Unmarshal(answerModelJSON, &m); err != nil {
		return nil, fmt.Errorf("answer model: %w", err)
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	return &m, nil
}

func (m *AnswerModel) check() error {
	if len(m.Candidate) != len(CandidateFeatures) || len(m.Null) != len(NullFeatures) {
		return fmt.Errorf("answer model: %d and %d weights, want %d and %d", len(m.Candidate), len(m.Null), len(CandidateFeatures), len(NullFeatures))
	}
	return nil
}

// Choose returns the index of the chosen candidate (-1: no answer) and
// its probability.
func (m *AnswerModel) Choose(c *Considered) (int, float64) {
	if c.RuleDecides {
		if c.Rule < 0 {
			return -1, 1
		}
		return c.Rule, c.Candidates[c.Rule].RuleConfidence
	}
	ps := m.Probabilities(c)
	best, p := -1, ps[len(ps)-1]
	for i, q := range ps[:len(ps)-1] {
		if q > p {
			best, p = i, q
		}
	}
	if best >= 0 && c.Candidates[best].Features[hardMissFeature] >= 1 && c.Candidates[best].Features[typedQFeature] == 1 {
		// A name, a figure or a date is not taken from a passage that
		// lacks a thing the question names: Meta花了多少钱收购SSI？ is
		// not answered by the price of Scale AI (143亿美元), which the
		// sentence that names no SSI gives. (Out of fold on the labelled
		// sets this refused one more unanswerable question and no
		// answerable one.)
		return -1, 1 - p
	}
	if best >= 0 && p < minChosen {
		// Many weak candidates can each beat "no answer" while the
		// model believes none: 比特币现在多少钱一个？ → 49% at 0.37.
		return -1, 1 - p
	}
	return best, p
}

// minChosen is the least probability an answer is given with.
const minChosen = 0.4

// Probabilities returns the softmax over the candidates and, last, "no
// answer".
func (m *AnswerModel) Probabilities(c *Considered) []float64 {
	s := make([]float64, len(c.Candidates)+1)
	for i, x := range c.Candidates {
		s[i] = dot(m.Candidate, x.Features)
	}
	s[len(s)-1] = dot(m.Null, c.Null)
	return Softmax(s)
}

func dot(w, x []float64) float64 {
	v := 0.0
	for i := range w {
		v += w[i] * x[i]
	}
	return v
}

// Softmax turns scores into probabilities (in place).
func Softmax(s []float64) []float64 {
	top := math.Inf(-1)
	for _, v := range s {
		top = math.Max(top, v)
	}
	sum := 0.0
	for i, v := range s {
		s[i] = math.Exp(v - top)
		sum += s[i]
	}
	for i := range s {
		s[i] /= sum
	}
	return s
}

// Considered is what the engine weighed for a question: every candidate
// answer of the top passages with its features, and the features of
// giving none. The answer model chooses; the trainer learns from it.
type Considered struct {
	// Question is the question as understood (interpreted_as, or the
	// question); Lang its language.
	Question string
	Lang     Lang
	// Keyword: a search-box query, answered with its best passage and
	// never by the model.
	Keyword bool
	// RuleDecides: a role, definition or event question ("Who is
	// Alexandr Wang?", "What is Perplexity?", "What happened to John
	// Giannandrea?"), one about what someone said ("What did Sam Altman
	// say?") or about another name ("What does SSI stand for?"), or a
	// list the rules pick: answered by the title, predicate, words or
	// name the rules find (Rule) or not at all, never by the model's
	// choice.
	RuleDecides bool
	Candidates  []ConsideredAnswer
	Null        []float64
	// Rule is the index of the candidate the rules choose, -1 for none.
	Rule int
	// Passages are the hits in the engine's order, for the ranker's
	// trainer.
	Passages []ConsideredPassage
}

// ConsideredAnswer is one candidate answer with its features. Its text is in
// the passage's script (extract converts for a Simplified question).
type ConsideredAnswer struct {
	Answer   Answer
	Features []float64
	// RuleConfidence is the rules' confidence in it (confidence in
	// extract.go): an answer's confidence.
	RuleConfidence float64
	rank           int // index into ranked
}

// Rank is the rank of the candidate's passage (0 for the first).
func (c ConsideredAnswer) Rank() int { return c.rank }

// modelPassages is how many of the reranked passages the model reads.
const modelPassages = 3

// consider lists what the top passages offer for the question; rule is
// the rules' answer (extract's pick: the index into ranked and the cand,
// or -1).
func (e *Engine) consider(an Analysis, ranked []scored, fr *frame) *Considered {
	c := &Considered{Question: an.Question, Lang: an.Lang, Rule: -1}
	for _, s := range ranked {
		c.Passages = append(c.Passages, ConsideredPassage{ID: s.Passage.ID, Features: s.x})
	}
	if len(ranked) == 0 {
		c.Null = nullFeatures(fr, nil, true, 0, -2)
		return c
	}
	if fr == nil {
		fr = e.answerFrame(an, nil)
	}
	c.Keyword = keywordQuery(an, fr)
	c.RuleDecides = fr.decides()
	rule := -1
	if fr.ungated(ranked[0]) || ranked[0].coverage >= minCoverage && ranked[0].hardMiss <= maxHardMiss {
		rule = pickAnswer(ranked, fr)
	}
	top := ranked[0].score
	maxLocal, maxExact := -2.0, -2.0 // the best local of any candidate, of an exact-type span
	for i := 0; i < len(ranked) && i < modelPassages; i++ {
		s := ranked[i]
		var all []*cand
		best := e.answersIn(fr, s.Passage, &all)
		for _, x := range all {
			isBest := best != nil && x.answer.Start == best.answer.Start && x.answer.End == best.answer.End && x.kind == best.kind
			isRule := i == rule && isBest
			if isRule {
				c.Rule = len(c.Candidates)
			}
			maxLocal = math.Max(maxLocal, math.Min(x.local, 4))
			if x.kind == "span" && QType(x.answer.Type) == fr.qtype && !x.mentioned && !x.foreign {
				maxExact = math.Max(maxExact, clamp(x.local, -2, 4))
			}
			c.Candidates = append(c.Candidates, ConsideredAnswer{Answer: x.answer, Features: candFeatures(fr, s, i, top, x, isRule, isBest, rule == i), RuleConfidence: confidence(s, x), rank: i})
		}
	}
	// Agreement: how many other top passages offer the same text.
	ranks := map[string]uint8{} // folded text → bit set of ranks
	folded := make([]string, len(c.Candidates))
	for i, x := range c.Candidates {
		folded[i] = Fold(x.Answer.Text)
		ranks[folded[i]] |= 1 << x.rank
	}
	for i, x := range c.Candidates {
		others := ranks[folded[i]] &^ (1 << x.rank)
		x.Features[agreement] = float64(bits.OnesCount8(others))
	}
	c.Null = nullFeatures(fr, &ranked[0], rule < 0, maxLocal, maxExact)
	if fr.unknownVersion || fr.unknownName || fr.noContent || fr.opinion {
		// Gemini 3什么时候发布？: a version the article never names;
		// Anthropic的CEO是谁？: a company it never names; What is 2+2?:
		// nothing it names at all; "Is Zuckerberg a good CEO?": an
		// opinion, which the article does not give.
		c.RuleDecides, c.Rule = true, -1
	}
	if fr.grain != nil && !slices.ContainsFunc(c.Candidates, func(x ConsideredAnswer) bool {
		return x.Answer.Type == string(QWhen) && fr.grain.MatchString(x.Answer.Text)
	}) {
		// 交易會在哪天完成？: asked the day, the top passages give none
		// (2014年 is a year, and of another deal); "In what year did
		// Wang start Scale AI?": mid-April is no year.
		c.RuleDecides, c.Rule = true, -1
	}
	if fr.qtype == QWhy && ranked[0].opposed || e.opposedAbout(an, ranked) {
		// 伊利亚为什么接受了小扎的邀请？: the best passage says he turned
		// it down; no reason for what did not happen, and nothing that
		// followed it (伊利亞接受邀約之後，在Meta擔任什麼職位？).
		c.RuleDecides, c.Rule = true, -1
	}
	if e.leftSince(an, ranked, fr.lower) {
		// 魏伟现在在哪里上班？: the best passage says he left; the company
		// it names is the one he left, and where he went it does not
		// say.
		c.RuleDecides, c.Rule = true, -1
	}
	if e.otherAgent(an.Question, ranked) {
		// "Why did Apple decide to buy Scale AI?": the best passage's
		// clauses that name Scale AI have another company, not Apple,
		// and no other top passage names the two in one clause.
		c.RuleDecides, c.Rule = true, -1
	}
	if ranked[0].coverage == 0 && !fr.ungated(ranked[0]) {
		// 明天北京会下雨吗: the best passage holds no word of the question;
		// whatever it offers answers something else.
		c.RuleDecides, c.Rule = true, -1
	}
	if len(an.Entities) == 0 && ranked[0].coverage < 0.1 && !fr.ungated(ranked[0]) {
		// 有没有值得看的科幻片？给我推荐几部: no name of the article and
		// hardly a word of the best passage; it asks about something
		// else.
		c.RuleDecides, c.Rule = true, -1
	}
	if c.Rule >= 0 && c.Candidates[c.Rule].Answer.Type == "list" {
		c.RuleDecides = true // the names asked for, as the article lists them
	}
	return c
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// candFeatures are the features of candidate x of the passage at rank i
// (CandidateFeatures).
func candFeatures(fr *frame, s scored, i int, top float64, x *cand, rule, best, passageAnswers bool) []float64 {
	typedQ := fr.qtype.typed()
	exact := x.kind == "span" && QType(x.answer.Type) == fr.qtype && typedQ
	near := x.kind == "span" && !exact && x.acc > 0
	off := x.kind == "span" && x.acc == 0
	n := utf8.RuneCountInString(x.answer.Text)
	// span: a span of kind t (its type one-hot)
	span := func(t QType) float64 { return b2f(x.kind == "span" && QType(x.answer.Type) == t) }
	long := 0.0
	if fr.zh && n > 12 || !fr.zh && n > 40 {
		long = 1
	}
	return []float64{
		1, b2f(i == 0), b2f(i == 1), b2f(i == 2), s.score, s.score - top, s.coverage, math.Min(float64(s.hardMiss), 2),
		clamp(x.local, -2, 4), clamp(x.fit, -2, 4), x.acc, b2f(typedQ), b2f(exact), b2f(near), b2f(off), x.pred, b2f(x.npred == 0),
		b2f(x.mentioned), b2f(x.foreign), b2f(x.kind == "span"), b2f(x.kind == "slot"), b2f(x.kind == "title"), b2f(x.kind == "reason"), b2f(x.kind == "yesno"), b2f(x.kind == "compare"),
		b2f(fr.qtype == QWhy && x.kind == "reason"), b2f(fr.qtype == QYesNo && x.kind == "yesno"), b2f(typedQ && x.kind == "slot"), b2f(!typedQ && x.kind == "span"), math.Log1p(float64(n)), long, b2f(fr.zh),
		b2f(rule), b2f(best), b2f(passageAnswers), span(QWho), span(QWhich), span(QMoney), span(QCount), span(QPercent), span(QWhen),
		span(QDuration), span(QWhere), x.qshare, 0, // agreement: set by consider
	}
}

// nullFeatures are the features of giving no answer (NullFeatures); top
// is the best passage (nil when none).
func nullFeatures(fr *frame, top *scored, ruleAbstains bool, maxLocal, maxExact float64) []float64 {
	z := make([]float64, len(NullFeatures))
	z[0] = 1
	z[3] = b2f(ruleAbstains)
	if top != nil {
		z[1], z[2] = top.coverage, math.Min(float64(top.hardMiss), 2)
	}
	if fr != nil {
		z[4], z[5], z[6], z[7], z[8] = b2f(fr.qtype.typed()), b2f(fr.zh), b2f(fr.qtype == QWhy), b2f(fr.qtype == QYesNo), b2f(fr.qtype == QOther)
	}
	z[9] = maxLocal
	z[10], z[11] = maxExact, b2f(maxExact == -2)
	return z
}

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(v, hi)) }

// opposedAbout reports whether a top passage that names every person of
// the question (or, naming none, every organisation) tells the opposite
// of an act the question takes as done (keys.saysOpposite; not a yes/no
// question, which the opposite answers): the premise is false.
// nowWorkplaceZH and nowWorkplaceEN match a folded, lower-cased question
// that asks where someone works now (现在在哪里上班, 如今在哪家公司, "Where
// does he work now?"); leftCue, in a passage, says someone left, and
// leftNegated, near a name, that they have not or only in name.
var (
	nowWorkplaceZH = regexp.MustCompile(`(?:现在|目前|如今|眼下|当前)[^，。？?]{0,3}(?:在哪|去哪|在什么公司|在哪家|是哪家)`)
	nowWorkplaceEN = regexp.MustCompile(`\b(?:where|which company|what company)\b.*\b(?:work|works|working|employed|job)\b.*\b(?:now|currently|these days|today)\b|\b(?:now|currently)\s+(?:work|works|working|employed)\b`)
	// foundedAskedZH and foundedAskedEN match a question (folded, lower
	// case) that asks the company someone founded; ventureCue, in a
	// passage, says someone went off to found one.
	foundedAskedZH = regexp.MustCompile(`(?:创办|创立|创建|成立|开办|新开)(?:了)?(?:的)?(?:什么|哪家|哪个|啥)?(?:新)?(?:公司|新创|初创|创业公司)|创业[^，。？?]{0,6}(?:公司|项目)[^，。？?]{0,4}(?:叫|是|名)`)
	foundedAskedEN = regexp.MustCompile(`\b(?:startup|start-up|company|firm|venture)\b.*\b(?:found|founded|start|started|set up|launch|launched|co-found|co-founded)\b|\b(?:found|start|set up|launch)(?:ed)?\s+what\b`)
	ventureCue     = regexp.MustCompile(`创业|start (?:his|her|their) own|found (?:his|her|their) own|own (?:company|startup|start-up|business)`)
	leftCue        = regexp.MustCompile(`(?:离开|离职|出走|走人|辞职)|\b(?:left|departed|quit|resigned)\b`)
	leftNegated    = regexp.MustCompile(`(?:尚未|并未|没有|未|没)(?:彻底|完全)?(?:离开|离职|出走|辞职)|变相(?:离开|离职)|(?:防止|避免|以免|阻止|不让)[^，。]{0,20}(?:离开|离职|出走)|\bfrom leaving\b|\b(?:not|never)\s+(?:fully\s+|yet\s+)?(?:left|quit|resigned)\b|\bhas not left\b|\bdisguised\b`)
)

// leftSince reports whether a question (lq: folded, lower-cased) asks
// where a person works now and the best passage, which names them, says
// someone left, and not just by the person's name that they have not
// (张心皓(尚未离职…), 防止…中途离职) or left only in name (变相离职): the
// company it names is the one they left.
func (e *Engine) leftSince(an Analysis, ranked []scored, lq string) bool {
	if len(ranked) == 0 {
		return false
	}
	founded := foundedAskedZH.MatchString(lq) || foundedAskedEN.MatchString(lq)
	if !nowWorkplaceZH.MatchString(lq) && !nowWorkplaceEN.MatchString(lq) && !founded {
		return false
	}
	p := ranked[0].Passage
	both := Fold(p.ZH) + " " + strings.ToLower(p.EN)
	if !leftCue.MatchString(both) || founded && !ventureCue.MatchString(both) {
		// (Asked what company someone founded, only a passage that says
		// they left to found one: then the company it names is the one
		// they left, and the new one it does not name.)
		return false
	}
	asked := map[string]bool{}
	for _, en := range an.Entities {
		if en.Type == "person" {
			asked[en.ID] = true
		}
	}
	named := false
	for _, text := range []string{p.ZH, p.EN} {
		r := []rune(text)
		for _, m := range e.entities.FindAll(text) {
			if !asked[m.Entity.ID] {
				continue
			}
			named = true
			// The words just around the name (a list of leavers goes
			// on to other names).
			if leftNegated.MatchString(strings.ToLower(Fold(string(r[max(0, m.Start-20):min(len(r), m.End+15)])))) {
				return false
			}
		}
	}
	return named
}

func (e *Engine) opposedAbout(an Analysis, ranked []scored) bool {
	if an.Type == QYesNo {
		return false
	}
	// The people it names, or else its organisations.
	var want []string
	for _, typ := range []string{"person", "org"} {
		for _, en := range an.Entities {
			if en.Type == typ {
				want = append(want, en.ID)
			}
		}
		if len(want) > 0 {
			break
		}
	}
	if len(want) == 0 {
		return false
	}
	for i := 0; i < len(ranked) && i < modelPassages; i++ {
		if !ranked[i].opposed {
			continue
		}
		p := ranked[i].Passage
		named := map[string]bool{}
		for _, m := range append(e.entities.FindAll(p.ZH), e.entities.FindAll(p.EN)...) {
			named[m.Entity.ID] = true
			for _, org := range m.Entity.Heads {
				// 扎克伯格開始向OpenAI團隊…開出 names Meta by its head.
				named[org] = true
			}
		}
		if !slices.ContainsFunc(want, func(id string) bool { return !named[id] }) {
			return true
		}
	}
	return false
}
