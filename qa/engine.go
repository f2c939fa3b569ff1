package qa

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"
)

// Engine answers questions over a corpus through a Searcher. It
// implements Asker.
type Engine struct {
	search   Searcher
	passages map[string]Passage
	// order holds each document's passages in order, for neighbours.
	order    map[string][]string
	pos      map[string]int
	entities *EntityMatcher
	// searchForms holds, per entity, the forms its mentions take in the
	// passages: what a question naming it by any alias is searched with.
	searchForms map[string]Entity
	sessions    *Sessions
	now         func() time.Time
	// cache holds answers to questions asked without a conversation
	// (cache.go); nil when off. gen is bumped by InvalidateCache.
	cache *answerCache
	gen   atomic.Uint64
	// model chooses answers; nil: the rules do.
	model *AnswerModel
	// ranker orders the passages; nil: the rules' score does.
	ranker *RankModel
	// standIns are, by organisation ID, the forms of the people who head
	// it (Entity.Heads).
	standIns map[string]entityKey
	// headOf maps a person's token key ("@zuckerberg") to the keys of the
	// organisations they head ("@meta").
	headOf map[string][]string
	// soleHead maps an organisation's ID to the one person the alias
	// table says heads it (headNames).
	soleHead map[string]Entity
	// titlings lists the posts the passages give people, and entityByID
	// finds the person (postNames).
	titlings   []titling
	entityByID map[string]Entity
	// soleOrg maps a person's ID to the one organisation they head.
	soleOrg map[string]Entity
	// zhText is the corpus's Chinese text, folded (mainland).
	zhText string
	// pointsBack holds the IDs of the passages whose text points back
	// at what came before them (anaphoric; context).
	pointsBack map[string]bool
	// outlets are the IDs of the alias table's news outlets.
	outlets map[string]bool
	// products are the IDs of the alias table's products (apps, models).
	products map[string]bool
	// entityIDs are the IDs of every entity of the alias table, and
	// versioned those whose versions are entities too (deepseek, for
	// deepseek-r1).
	entityIDs, versioned map[string]bool
	// words are the lower-case Latin words of the passages' English text
	// and of the entities' forms: words CueTypos leaves as they are.
	words map[string]bool
	// ownedNames are the lower-case names the alias table writes only in
	// a description of their owner or maker (Instagram of "Instagram
	// owner", iPhone of "iPhone maker") and the passages never write:
	// things the article does not tell of.
	ownedNames map[string]bool
	// compounds are the passages' hyphenated English words by their
	// words apart ("top tier" → "top-tier"), lower case.
	compounds map[string]string
}

// EngineOptions configure an Engine. The zero value is usable.
type EngineOptions struct {
	// MaxSessions and SessionTTL bound the conversation store.
	MaxSessions int
	SessionTTL  time.Duration
	Now         func() time.Time
	// CacheSize is how many answers the answer cache keeps (cache.go);
	// 0 turns it off.
	CacheSize int
	// Answers chooses short answers: the embedded answer model (model.go)
	// when nil, unless Rules is set, which answers by the hand-written
	// rules alone (the model's baseline, and its trainer's).
	Answers *AnswerModel
	Rules   bool
	// Ranker orders the passages: the embedded ranker (ranker.go) when
	// nil, unless RankRules is set, which orders them by the rules'
	// score alone.
	Ranker    *RankModel
	RankRules bool
}

// NewEngine returns an engine over the documents' passages, searched with s.
func NewEngine(s Searcher, docs []Document, entities []Entity, opt EngineOptions) *Engine {
	e := &Engine{
		search:   s,
		passages: map[string]Passage{},
		order:    map[string][]string{},
		pos:      map[string]int{},
		entities: NewEntityMatcher(entities),
		now:      opt.Now,
		cache:    newAnswerCache(opt.CacheSize),
	}
	if e.now == nil {
		e.now = time.Now
	}
	if !opt.RankRules {
		e.ranker = orDefault(opt.Ranker, defaultRanker)
	}
	if !opt.Rules {
		e.model = orDefault(opt.Answers, defaultModel)
	}
	for _, d := range docs {
		for i, p := range d.Passages {
			e.passages[p.ID] = p
			e.order[d.ID] = append(e.order[d.ID], p.ID)
			e.pos[p.ID] = i
		}
	}
	e.standIns = standIns(entities)
	e.headOf = map[string][]string{}
	e.outlets, e.products, e.entityIDs = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, en := range entities {
		e.entityIDs[en.ID] = true
		switch en.Type {
		case "outlet":
			e.outlets[en.ID] = true
		case "product":
			e.products[en.ID] = true
		}
		for _, org := range en.Heads {
			e.headOf[synonym("@"+en.ID)] = append(e.headOf[synonym("@"+en.ID)], synonym("@"+org))
		}
	}
	e.soleHead, e.soleOrg = soleHeads(entities), soleOrgs(entities)
	var zh strings.Builder
	e.pointsBack = map[string]bool{}
	for _, d := range docs {
		for _, p := range d.Passages {
			f := Fold(p.ZH)
			zh.WriteString(f)
			zh.WriteString("\n")
			if anaphoric.MatchString(f) {
				e.pointsBack[p.ID] = true
			}
		}
	}
	e.zhText = zh.String()
	e.versioned = map[string]bool{}
	for id := range e.entityIDs {
		if i := strings.LastIndex(id, "-"); i > 0 && e.entityIDs[id[:i]] {
			e.versioned[id[:i]] = true
		}
	}
	e.searchForms = searchForms(entities, e.passages)
	e.words = corpusWords(e.passages, entities)
	e.ownedNames = ownedNames(e.passages, entities)
	e.compounds = corpusCompounds(e.passages)
	e.entities.memo = newPassageMemo(e.passages)
	e.titlings = titlings(e.passages, e.entities)
	e.entityByID = map[string]Entity{}
	for _, en := range entities {
		e.entityByID[en.ID] = en
	}
	registerCorpusTexts(docs, entities)
	e.sessions = NewSessions(opt.MaxSessions, opt.SessionTTL, e.now)
	return e
}

// ownedNames returns Engine.ownedNames.
func ownedNames(passages map[string]Passage, entities []Entity) map[string]bool {
	told := corpusWords(passages, nil)
	out := map[string]bool{}
	other := map[string]bool{} // words of forms that are no owner's description
	for _, en := range entities {
		for _, f := range en.EN {
			r := []rune(f)
			ws := wordSpans(r)
			owned := ownerForm.MatchString(strings.ToLower(f))
			for _, w := range ws {
				lw := strings.ToLower(string(r[w.Start:w.End]))
				if !owned {
					other[lw] = true
				} else if unicode.IsUpper(r[w.Start]) && !told[lw] {
					out[lw] = true
				}
			}
		}
	}
	for w := range other {
		delete(out, w)
	}
	return out
}

// ownerForm matches an alias form that describes an entity by what it
// owns or makes ("Instagram owner", "maker of the iPhone").
var ownerForm = regexp.MustCompile(`\b(?:owner|parent|maker|developer)\b`)

// corpusWords returns the lower-case Latin words of the passages' English
// text and of the entities' forms.
func corpusWords(passages map[string]Passage, entities []Entity) map[string]bool {
	out := map[string]bool{}
	add := func(text string) {
		r := []rune(text)
		for _, w := range wordSpans(r) {
			out[strings.ToLower(string(r[w.Start:w.End]))] = true
		}
	}
	for _, p := range passages {
		add(p.EN)
	}
	for _, en := range entities {
		for _, f := range en.EN {
			add(f)
		}
	}
	return out
}

// corpusCompounds returns the passages' hyphenated English words (top-tier,
// start-up) by the same words with spaces, lower case: those the passages
// never write apart ("catch-up" is also "catch up").
func corpusCompounds(passages map[string]Passage) map[string]string {
	out := map[string]string{}
	var all strings.Builder
	for _, p := range passages {
		lower := strings.ToLower(p.EN)
		all.WriteString(" " + lower + " ")
		for _, w := range hyphenated.FindAllString(lower, -1) {
			out[strings.ReplaceAll(w, "-", " ")] = w
		}
	}
	for apart := range out {
		if containsCue(all.String(), apart) {
			delete(out, apart)
		}
	}
	return out
}

var hyphenated = regexp.MustCompile(`[a-z]+(?:-[a-z]+)+`)

// knownWord reports whether a lower-case Latin word is one of the
// corpus's (Engine.words).
func (e *Engine) knownWord(w string) bool { return e.words[w] }

// orDefault returns m, or when nil the embedded model def reads. The
// embedded files are tested; only a change of features without `make
// train` makes def fail.
func orDefault[M any](m *M, def func() (*M, error)) *M {
	if m != nil {
		return m
	}
	m, err := def()
	if err != nil {
		panic(fmt.Sprintf("%v (run make train)", err))
	}
	return m
}

// Entities returns the engine's entity matcher.
func (e *Engine) Entities() *EntityMatcher { return e.entities }

// candidates is how many passages answer extraction looks at beyond k.
const candidates = 10

// figureReads is how many hits a question that asks for a figure reads
// when none of its best three holds one: BM25 ranks by the question's
// words, and the sentence with the figure may share only the name with
// it (扎克伯格花了多少錢？ ↔ 扎克伯格已經拿出143億美元).
const figureReads = 20

// definitionReads is how many passages a role, definition or list
// question ("Who is Alexandr Wang?", 六小龍有哪些公司？) reads for the
// title its name is given or the list of names it asks for.
const definitionReads = 40

// Ask answers one question.
func (e *Engine) Ask(ctx context.Context, req Request) (*Response, error) {
	start := e.now()
	q, err := NormalizeQuestion(req.Question)
	if err != nil {
		return nil, err
	}
	k := req.K
	if k == 0 {
		k = DefaultK
	}
	if k < 1 || k > MaxK {
		return nil, Errorf(Invalid, "k must be between 1 and %d", MaxK)
	}
	// The conversation: the client's own history, or the server session.
	var conv *Conversation
	sessionID := ""
	switch {
	case len(req.History) > 0:
		conv = ConversationFromHistory(req.History, e.entities)
		conv.Passage = e.answeredFrom(ctx, req.History)
	case !req.NoSession:
		sessionID, conv = e.sessions.Get(req.SessionID)
	}
	// A question without a conversation may be answered from the cache.
	// (Its language is a function of the question and the preferred
	// script: the entry holds it.)
	var key cacheKey
	cacheable := e.cache != nil && len(req.History) == 0 && (conv == nil || len(conv.Turns) == 0)
	if cacheable {
		key = cacheKey{question: q, k: k, gen: e.generation(), script: req.Script}
		if c, ok := e.cache.get(key); ok {
			resp := copyResponse(&c.resp)
			resp.SessionID = sessionID
			if conv != nil && sessionID != "" {
				asked := q
				if resp.InterpretedAs != "" {
					asked = resp.InterpretedAs
				}
				conv.Add(asked, c.an, resp.Answer, c.turn)
				e.sessions.Put(sessionID, conv)
			}
			resp.TookMS = float64(e.now().Sub(start).Microseconds()) / 1000
			return resp, nil
		}
	}
	lang, interpreted, an, ranked, fr, err := e.understand(ctx, q, conv, k, req.Script)
	if err != nil {
		return nil, err
	}
	ans, at := e.extract(an, ranked, fr)
	if at > 0 {
		// The passage the answer comes from goes first: it is the one
		// that answers.
		p := ranked[at]
		copy(ranked[1:at+1], ranked[:at])
		ranked[0] = p
	}

	resp := &Response{Question: q, Lang: lang, SessionID: sessionID, Answer: ans, Passages: []Result{}}
	if interpreted != q {
		resp.InterpretedAs = interpreted
	}
	for i, h := range ranked {
		if i >= k {
			break
		}
		resp.Passages = append(resp.Passages, Result{
			ID:         h.Passage.ID,
			Rank:       i + 1,
			Score:      h.Score,
			ZH:         h.Passage.ZH,
			EN:         h.Passage.EN,
			Citation:   h.Passage.Citation(),
			Highlights: Highlights{ZH: Highlight(h.Passage.ZH, h.MatchZH), EN: Highlight(h.Passage.EN, h.MatchEN)},
			Answers:    ans != nil && ans.PassageID == h.Passage.ID,
		})
	}
	if ans == nil {
		resp.NoAnswer = NoAnswerMessage(lang, len(resp.Passages) > 0)
	}
	// The passage the turn was about, for its session: the one that
	// answers, else the first listed.
	turn := e.passageOf(ans)
	if turn == nil && len(ranked) > 0 {
		turn = &ranked[0].Passage
	}
	// With no earlier turns, how the question is understood (a mended
	// misspelling, a compound written apart) depends on the question and
	// the index alone, so a rewritten question is cached like any other.
	if cacheable {
		c := &cached{key: key, resp: *copyResponse(resp), an: an, turn: turn}
		c.resp.SessionID = ""
		e.cache.put(c)
	}
	if conv != nil && sessionID != "" {
		conv.Add(interpreted, an, ans, turn)
		e.sessions.Put(sessionID, conv)
	}
	resp.TookMS = float64(e.now().Sub(start).Microseconds()) / 1000
	return resp, nil
}

// mainland rewrites a Traditional question's Taiwan words in the forms
// the article uses (mainland in script.go).
func (e *Engine) mainland(q string) string {
	return mainland(q, func(w string) bool { return strings.Contains(e.zhText, w) }, func() [][2]int {
		var out [][2]int
		for _, m := range e.entities.FindAll(q) {
			if m.Fix == "" {
				out = append(out, [2]int{m.Start, m.End})
			}
		}
		return out
	})
}

// understand resolves a question against its conversation (nil for
// none), analyzes it in the asker's language, searches, and reranks the
// hits with the frame it aligned with.
func (e *Engine) understand(ctx context.Context, q string, conv *Conversation, k int, script Lang) (Lang, string, Analysis, []scored, *frame, error) {
	lang := conversationLang(q, conv, script)
	interpreted, refs := ResolveRefs(Plain(e.mainland(JoinCompounds(CueTypos(e.headNames(e.postNames(e.entities.FixNames(DropGuess(q, e.entities)))), e.knownWord), e.compounds))), lang, conv, e.entities)
	if conv != nil {
		conv.Refs = refs // for the next question
	}
	// The asker's language, not the rewritten question's.
	an, ms := e.analyzeMentions(interpreted, lang)
	fr := e.answerFrame(an, ms)
	size := max(k, candidates)
	if fr.role || fr.list || fr.say != "" || fr.aka != "" || fr.reportOf != "" {
		// What a name is, is said where the article introduces it,
		// and names are listed where the article lists them, which
		// need not be where they match the question best.
		size = max(size, definitionReads)
	}
	hits, err := e.search.Search(ctx, Query{Text: an.SearchText, Lang: lang, Entities: e.expansions(an), Size: size})
	if err != nil {
		return lang, interpreted, an, nil, nil, err
	}
	if len(hits) == 0 {
		return lang, interpreted, an, nil, nil, nil
	}
	from := ""
	if conv != nil {
		from = conv.Passage
	}
	ranked := e.rerankWith(fr, an, hits, from)
	if fr.qtype.figure() && size < figureReads && len(hits) == size && !typedAmong(ranked, 3, fr.minTyped()) {
		// None of the best three holds a figure of the asked kind that
		// fits: the sentence with it may share only a name with the
		// question. Read further.
		more, err := e.search.Search(ctx, Query{Text: an.SearchText, Lang: lang, Entities: e.expansions(an), Size: figureReads})
		if err != nil {
			return lang, interpreted, an, nil, nil, err
		}
		ranked = e.rerankWith(fr, an, more, from)
	}
	return lang, interpreted, an, ranked, fr, nil
}

// typedAmong reports whether one of the first n ranked passages answers
// with a candidate of the question's type that fits at least min.
func typedAmong(ranked []scored, n int, min float64) bool {
	for i, s := range ranked {
		if i >= n {
			break
		}
		if s.typed && s.best != nil && s.best.typed && s.best.local >= min {
			return true
		}
	}
	return false
}

// Consider returns what the engine weighs to answer a question (a
// one-shot question, or one with the client's History): the candidate
// answers of its top passages with their features. It is for training
// and inspecting the answer model; Ask answers.
func (e *Engine) Consider(ctx context.Context, req Request) (*Considered, error) {
	q, err := NormalizeQuestion(req.Question)
	if err != nil {
		return nil, err
	}
	var conv *Conversation
	if len(req.History) > 0 {
		conv = ConversationFromHistory(req.History, e.entities)
		conv.Passage = e.answeredFrom(ctx, req.History)
	}
	_, _, an, ranked, fr, err := e.understand(ctx, q, conv, DefaultK, req.Script)
	if err != nil {
		return nil, err
	}
	return e.consider(an, ranked, fr), nil
}

// answeredFrom finds the passage a client-held conversation's last answer
// was taken from: the best passage holding the answer's text, found by a
// search for it ("" when the last turn had no answer or none holds it).
func (e *Engine) answeredFrom(ctx context.Context, h []Turn) string {
	last := h[len(h)-1]
	text := strings.TrimSpace(last.Text)
	if n := utf8.RuneCountInString(text); last.Role != "assistant" || n < 2 || n > MaxQuestionRunes {
		return ""
	}
	hits, err := e.search.Search(ctx, Query{Text: text, Lang: DetectLang(text), Size: 5})
	if err != nil {
		return ""
	}
	f, l := Fold(text), strings.ToLower(text)
	for _, h := range hits {
		if strings.Contains(Fold(h.Passage.ZH), f) || strings.Contains(strings.ToLower(h.Passage.EN), l) {
			return h.Passage.ID
		}
	}
	return ""
}

func (e *Engine) passageOf(a *Answer) *Passage {
	if a == nil {
		return nil
	}
	p, ok := e.passages[a.PassageID]
	if !ok {
		return nil
	}
	return &p
}

// Analyze classifies a (resolved, normalized) question and finds the
// entities it names.
func (e *Engine) Analyze(q string) Analysis {
	an, _ := e.analyzeMentions(q, DetectLang(q))
	return an
}

// analyzeMentions analyzes a question in a known language and also
// returns every entity mention in it (FindAll; the analysis lists each
// entity once, as Find does), for the alignment frame.
func (e *Engine) analyzeMentions(q string, lang Lang) (Analysis, []Mention) {
	an := Analysis{Question: q, Lang: lang, Type: Classify(q), SearchText: searchText(q)}
	ms := e.entities.FindAll(q)
	seen := map[string]bool{}
	for _, m := range ms {
		if !seen[m.Entity.ID] {
			seen[m.Entity.ID] = true
			an.Entities = append(an.Entities, m.Entity)
		}
	}
	for _, m := range ms {
		org, ok := e.headedNamed(q, m)
		if !ok {
			continue
		}
		if an.owners == nil {
			an.owners = map[string]bool{}
		}
		an.owners[m.Entity.ID] = true
		// The search looks for the company, not the owner's name.
		if qr := []rune(q); m.End <= len(qr) && len(qr) == utf8.RuneCountInString(Fold(q)) {
			name := string(qr[m.Start:m.End])
			an.SearchText = strings.Replace(an.SearchText, name, strings.Repeat(" ", m.End-m.Start), 1)
		}
		if !seen[org.ID] {
			seen[org.ID] = true
			an.Entities = append(an.Entities, org)
		}
	}
	an.SearchText, an.aside = withoutAsideNames(an.SearchText, ms)
	return an, ms
}

// headedAfter matches, right after a person's name, a possessive and a
// word for a company ("Sutskever's start-up", 张一鸣的公司), which names
// the organisation the alias table says the person heads.
var headedAfter = regexp.MustCompile(`^(?:'s|’s|s'|的)?\s*(?:own\s+|new\s+|ai\s*)?(?:start-?ups?|company|companies|firm|lab|venture|outfit|创业公司|初创公司|创企|公司|企业)`)

// foundedAfter matches, right after a person's name (folded), a founding
// verb and a word for a company (创办的那家公司, 创立的初创公司).
var foundedAfter = regexp.MustCompile(`^\s*(?:一手)?(?:创办|创立|创建|成立|创)(?:了)?的\s*(?:那家|这家|那个|这个)?\s*(?:创业公司|初创公司|创企|公司|企业|AI公司)`)

// companyAsked matches a folded, lower-case question that asks which
// company.
var companyAsked = regexp.MustCompile(`是哪|哪家|哪一家|是什么公司|\bwhich (?:company|start-?up|firm)\b`)

// possessive reports whether s, a name or what follows it, holds a
// possessive ending ('s, 的).
func possessive(s string) bool {
	return strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s") || strings.HasSuffix(s, "s'") || strings.HasPrefix(s, "'s") || strings.HasPrefix(s, "’s") || strings.HasPrefix(s, "s'") || strings.HasPrefix(s, "的")
}

// headedNamed returns the organisation a mention of a person names as the
// person's company (Entity.Heads): "What would it have cost to buy
// Sutskever's start-up?" asks about SSI. A person who heads several names
// none.
func (e *Engine) headedNamed(q string, m Mention) (Entity, bool) {
	r := []rune(q)
	if len(m.Entity.Heads) != 1 || m.End > len(r) {
		return Entity{}, false
	}
	var org Entity
	for _, en := range e.entities.Entities() {
		if en.ID == m.Entity.Heads[0] {
			org = en
		}
	}
	if org.ID == "" {
		return Entity{}, false
	}
	// The possessive after the name, or in the form found (Altman's).
	rest := strings.ToLower(string(r[m.End:]))
	name := strings.ToLower(string(r[m.Start:m.End]))
	if loc := headedAfter.FindStringIndex(rest); loc != nil && (possessive(rest[:loc[1]]) || possessive(name)) {
		return org, true
	}
	if fq := strings.ToLower(Fold(q)); foundedAfter.MatchString(Fold(rest)) && !nameAsked.MatchString(fq) && !companyAsked.MatchString(fq) {
		// 扎克伯格要是买下伊利亚创办的那家公司…: the company he founded
		// (but 伊利亚创办的公司叫什么？ asks its name).
		return org, true
	}
	// Or the company's own name after the possessive ("Sutskever's SSI",
	// 伊利亚的SSI): the owner only says whose it is.
	if after := possessiveEnd.FindString(rest); after != "" || possessive(name) {
		next := Fold(strings.TrimSpace(rest[len(after):]))
		for _, f := range append(append([]string{}, org.ZH...), org.EN...) {
			if ff := strings.ToLower(Fold(f)); len(ff) >= 2 && strings.HasPrefix(next, ff) {
				return org, true
			}
		}
	}
	return Entity{}, false
}

// possessiveEnd matches a possessive ending at the start of what follows
// a name.
var possessiveEnd = regexp.MustCompile(`^(?:'s|’s|s'|的)\s*`)

// withoutAsideNames blanks, in a question's search text (rune for rune
// the question's), the names in an opening clause that sets them aside,
// and returns the entities named nowhere else: 除了挖Alexandr Wang，扎克伯格
// 还想收购哪家公司？ asks about another company, and the passages about
// Wang would rank first. The clause's other words stay (除了钱，人才更需要
// 什么？ ↔ 光靠砸錢是不夠的).
func withoutAsideNames(text string, ms []Mention) (string, map[string]bool) {
	f := Fold(text)
	loc := asideClause.FindStringIndex(strings.ToLower(f))
	r := []rune(text)
	if loc == nil || len(r) != utf8.RuneCountInString(f) {
		return text, nil
	}
	end := utf8.RuneCountInString(f[:loc[1]])
	aside, named := map[string]bool{}, map[string]bool{}
	for _, m := range ms {
		if m.End > end || m.End > len(r) {
			named[m.Entity.ID] = true
			continue
		}
		aside[m.Entity.ID] = true
		for i := m.Start; i < m.End; i++ {
			r[i] = ' '
		}
	}
	for id := range named {
		delete(aside, id)
	}
	return string(r), aside
}

// Passage returns a passage and up to n neighbours on each side.
func (e *Engine) Passage(ctx context.Context, id string, n int) (Passage, []Passage, error) {
	p, ok := e.passages[id]
	if !ok {
		return Passage{}, nil, Errorf(NotFound, "no passage with ID %q", id)
	}
	if n < 0 {
		n = 0
	}
	ids := e.order[p.Doc]
	i := e.pos[id]
	lo, hi := max(0, i-n), min(len(ids), i+n+1)
	ctxPs := make([]Passage, 0, hi-lo)
	for _, cid := range ids[lo:hi] {
		ctxPs = append(ctxPs, e.passages[cid])
	}
	return p, ctxPs, nil
}

// NoAnswerMessage says, in the asker's language, that the article does not
// answer the question, and that the passages listed (when there are any)
// are related but do not answer it.
func NoAnswerMessage(l Lang, related bool) string {
	msg := map[Lang][2]string{
		LangHant:  {"文章沒有提到這個問題的答案。", "以下是相關段落，但它們並未回答這個問題。"},
		LangHans:  {"文章没有提到这个问题的答案。", "以下是相关段落，但它们并未回答这个问题。"},
		LangMixed: {"文章没有提到这个问题的答案。", "以下是相关段落，但它们并未回答这个问题。"},
		LangEN:    {"The article does not say.", " The passages below are related but do not answer the question."},
	}
	m, ok := msg[l]
	if !ok {
		m = msg[LangEN]
	}
	if related {
		return m[0] + m[1]
	}
	return m[0]
}

// searchForms picks, for each entity, the Chinese and the English form
// that occur most often in the passages (occurrences counted as
// strings.Count does; the first of the most frequent). Each language's
// forms are counted together, in one pass over each passage, by an
// automaton (ahocorasick.go): the cost is the passages' length and the
// occurrences, not passages × forms.
func searchForms(entities []Entity, passages map[string]Passage) map[string]Entity {
	out := make(map[string]Entity, len(entities))
	zhTexts := make([]string, 0, len(passages))
	enTexts := make([]string, 0, len(passages))
	for _, p := range passages {
		zhTexts = append(zhTexts, Fold(p.ZH))
		enTexts = append(enTexts, " "+strings.ToLower(p.EN)+" ")
	}
	// count returns, for each entity's forms, the index of the folded
	// form (-1 for an empty one), and how often each occurs in texts.
	count := func(forms func(Entity) []string, texts []string, fold func(string) string) ([][]int32, []int) {
		ids := make([][]int32, len(entities))
		id := map[string]int32{}
		var pats []string
		for i, en := range entities {
			for _, f := range forms(en) {
				ff := fold(f)
				k, ok := id[ff]
				if ff == "" {
					k = -1
				} else if !ok {
					k = int32(len(pats))
					id[ff] = k
					pats = append(pats, ff)
				}
				ids[i] = append(ids[i], k)
			}
		}
		ac := newACAutomaton(pats)
		n := make([]int, len(pats))
		// An occurrence of a form that overlaps its previous one in the
		// same text is not counted, as strings.Count does not.
		lastText, lastEnd := make([]int, len(pats)), make([]int32, len(pats))
		var hits []acMatch
		for t, text := range texts {
			hits = ac.appendMatches(hits[:0], text)
			for _, h := range hits {
				if lastText[h.pat] == t+1 && h.end-int32(len(pats[h.pat])) < lastEnd[h.pat] {
					continue
				}
				lastText[h.pat], lastEnd[h.pat] = t+1, h.end
				n[h.pat]++
			}
		}
		return ids, n
	}
	best := func(forms []string, ids []int32, n []int) string {
		top, topN := "", 0
		for i, f := range forms {
			if k := ids[i]; k >= 0 && n[k] > topN {
				top, topN = f, n[k]
			}
		}
		return top
	}
	zhIDs, zhN := count(func(e Entity) []string { return e.ZH }, zhTexts, Fold)
	enIDs, enN := count(func(e Entity) []string { return e.EN }, enTexts, strings.ToLower)
	for i, en := range entities {
		s := Entity{ID: en.ID, Type: en.Type}
		if f := best(en.ZH, zhIDs[i], zhN); f != "" {
			s.ZH = []string{f}
		}
		if f := best(en.EN, enIDs[i], enN); f != "" {
			s.EN = []string{f}
		}
		out[en.ID] = s
	}
	return out
}

// expansions returns the search forms of the entities a question names by
// a form the passages do not use (an alias, a nickname, a misspelling, the
// other script): the question's own words already match the others.
func (e *Engine) expansions(an Analysis) []Entity {
	var out []Entity
	fq := Fold(an.Question)
	for _, en := range an.Entities {
		sf, ok := e.searchForms[en.ID]
		if !ok || (len(sf.ZH) == 0 && len(sf.EN) == 0) || an.aside[en.ID] {
			continue
		}
		x := Entity{ID: sf.ID, Type: sf.Type}
		for _, f := range sf.ZH {
			if !strings.Contains(fq, Fold(f)) {
				x.ZH = append(x.ZH, f)
			}
		}
		for _, f := range sf.EN {
			if !strings.Contains(fq, Fold(f)) {
				x.EN = append(x.EN, f)
			}
		}
		if len(x.ZH)+len(x.EN) > 0 {
			out = append(out, x)
		}
	}
	return out
}
