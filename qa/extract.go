package qa

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// scored is a hit after reranking, with the features that decided it.
type scored struct {
	Hit
	score    float64 // final ranking score
	coverage float64 // share of the question's keys found in the passage
	hardMiss int     // named things of the question missing from the passage
	typed    bool    // holds a candidate of the question's answer type
}

// keys are what a question asks about: its entities (any form counts),
// Latin words, and Chinese character pairs, folded.
type keys struct {
	// latinHard: the question is Chinese, so its Latin words are names
	// and a passage without them is about something else.
	latinHard bool
	entities  []Entity
	words     []string // Latin words, lower case, not stop words
	bigrams   []string // folded Han character pairs
}

var enStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the of in on at to for from by with and or is are was were be been being do does did
		has have had how much many what which who whom whose when where why will would can could should shall may might must
		it its he him his she her they them their this that these those there here about as into than then so if not no
		please tell me i we you your our us get got make made one ones do done any some all more most other after before
		over under up down out off also just only very really`) {
		enStop[w] = true
	}
}

func questionKeys(an Analysis) keys {
	k := keys{entities: an.Entities, latinHard: an.Lang != LangEN}
	// Text covered by an entity mention does not count again.
	f := Fold(an.SearchText)
	for _, e := range an.Entities {
		for _, form := range append(append([]string(nil), e.ZH...), e.EN...) {
			f = strings.ReplaceAll(f, Fold(form), " ")
		}
	}
	for _, w := range latinWords(f) {
		w = strings.ToLower(w)
		if len(w) >= 2 && !enStop[w] {
			k.words = append(k.words, w)
		}
	}
	var run []rune
	flush := func() {
		for i := 0; i+1 < len(run); i++ {
			k.bigrams = append(k.bigrams, string(run[i:i+2]))
		}
		if len(run) == 1 {
			k.bigrams = append(k.bigrams, string(run))
		}
		run = run[:0]
	}
	for _, r := range f {
		if unicode.Is(unicode.Han, r) {
			run = append(run, r)
			continue
		}
		flush()
	}
	flush()
	return k
}

// stemPrefix is a crude, language-neutral stem for matching an English
// question word against passage text: its first five letters.
func stemPrefix(w string) string {
	if len(w) > 5 {
		return w[:5]
	}
	return w
}

// cover measures which keys a passage holds: the share found (entities
// weigh double) and the number of named things missing (entities and
// Latin words of the question the passage does not mention).
func (k keys) cover(p Passage, folded string) (coverage float64, hardMiss int) {
	en := " " + strings.ToLower(p.EN) + " "
	var have, total float64
	for _, e := range k.entities {
		total += 2
		if entityIn(e, folded, en) {
			have += 2
		} else if e.Type != "term" {
			hardMiss++
		}
	}
	for _, w := range k.words {
		total++
		if containsWordPrefix(en, stemPrefix(w)) || strings.Contains(folded, w) {
			have++
		} else if k.latinHard {
			hardMiss++
		}
	}
	for _, b := range k.bigrams {
		total += 0.5
		if strings.Contains(folded, b) {
			have += 0.5
		}
	}
	if total == 0 {
		return 0, hardMiss
	}
	return have / total, hardMiss
}

func entityIn(e Entity, foldedZH, lowerEN string) bool {
	for _, f := range e.ZH {
		if ff := Fold(f); ff != "" && strings.Contains(foldedZH, ff) {
			return true
		}
	}
	for _, f := range e.EN {
		if lf := strings.ToLower(f); lf != "" && (containsWordPrefix(lowerEN, lf) || strings.Contains(foldedZH, lf)) {
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
// questions, the question's script for Chinese ones; a mixed question is
// answered in the language most of it is written in.
func answerLang(q string, l Lang) Lang {
	if l != LangMixed {
		return l
	}
	han, words := 0, 0
	for _, r := range q {
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	words = len(latinWords(q))
	if han >= 2*words {
		if ToTraditional(q) != q {
			return LangHans
		}
		return LangHant
	}
	return LangEN
}

// rerank orders hits by BM25 score, key coverage and whether the passage
// holds an answer of the asked type.
func (e *Engine) rerank(an Analysis, hits []Hit) []scored {
	if len(hits) == 0 {
		return nil
	}
	k := questionKeys(an)
	zh := answerLang(an.Question, an.Lang) != LangEN
	top := hits[0].Score
	out := make([]scored, len(hits))
	for i, h := range hits {
		s := scored{Hit: h}
		s.coverage, s.hardMiss = k.cover(h.Passage, Fold(h.Passage.ZH))
		if an.Type.typed() {
			text := h.Passage.EN
			if zh {
				text = h.Passage.ZH
			}
			for _, c := range FindCandidates(text, zh, e.entities) {
				if c.Type.accepts(an.Type) && !mentioned(c, an) {
					s.typed = true
					break
				}
			}
		}
		s.score = 0.5*h.Score/top + 0.5*s.coverage - 0.15*float64(s.hardMiss)
		if s.typed {
			s.score += 0.2
		}
		out[i] = s
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out
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

// accepts reports whether a candidate of type c answers a question of type q.
func (c QType) accepts(q QType) bool {
	if c == q {
		return true
	}
	switch q {
	case QCount:
		return c == QPercent
	case QWhich:
		return c == QWhere
	}
	return false
}

// mentioned reports whether a candidate is one of the question's own
// entities ("Who did Zuckerberg try to hire?" is not answered by
// "Zuckerberg").
func mentioned(c Candidate, an Analysis) bool {
	fc := Fold(c.Text)
	for _, e := range an.Entities {
		for _, f := range append(append([]string(nil), e.ZH...), e.EN...) {
			if Fold(f) == fc {
				return true
			}
		}
	}
	return strings.Contains(Fold(an.Question), fc)
}

// Abstention thresholds, chosen on the labelled set (make eval).
const (
	minCoverage = 0.5
	maxHardMiss = 0
)

// extract picks the short answer from the reranked hits, or nil.
func (e *Engine) extract(an Analysis, ranked []scored) *Answer {
	if len(ranked) == 0 {
		return nil
	}
	best := ranked[0]
	if best.coverage < minCoverage || best.hardMiss > maxHardMiss {
		return nil
	}
	al := answerLang(an.Question, an.Lang)
	zh := al != LangEN
	k := questionKeys(an)
	var ans *Answer
	if an.Type.typed() {
		ans = e.typedAnswer(an, k, ranked, zh)
		if ans == nil && an.Type != QWho && an.Type != QWhich {
			// The passages hold no span of the asked type: the article
			// does not give that figure.
			return nil
		}
	}
	if ans == nil {
		ans = clauseAnswer(an, k, best.Passage, zh)
	}
	if ans == nil {
		return nil
	}
	if al == LangHans {
		ans.Text = ToSimplified(ans.Text)
	}
	ans.Confidence = confidence(best, ans.Type != "clause")
	return ans
}

// typedAnswer returns the candidate of the asked type nearest to the
// question's keys in the best passages that hold one.
func (e *Engine) typedAnswer(an Analysis, k keys, ranked []scored, zh bool) *Answer {
	for i, s := range ranked {
		if i >= 3 || (i > 0 && s.coverage < minCoverage) {
			break
		}
		text, field := s.Passage.EN, "en"
		if zh {
			text, field = s.Passage.ZH, "zh"
		}
		var best *Candidate
		bestD := math.MaxInt
		anchors := keyPositions(text, k, zh)
		for _, c := range FindCandidates(text, zh, e.entities) {
			if !c.Type.accepts(an.Type) || mentioned(c, an) {
				continue
			}
			d := distance(c, anchors)
			if c.Type != an.Type {
				d += 1000 // an exact type beats an accepted one
			}
			if d < bestD {
				c := c
				best, bestD = &c, d
			}
		}
		if best != nil {
			return &Answer{Text: best.Text, PassageID: s.Passage.ID, Field: field, Start: best.Start, End: best.End, Type: string(best.Type)}
		}
	}
	return nil
}

// keyPositions returns the rune offsets in text where question keys occur.
func keyPositions(text string, k keys, zh bool) []int {
	f := Fold(text)
	var pos []int
	add := func(needle string) {
		if needle == "" {
			return
		}
		for i := 0; ; {
			j := strings.Index(f[i:], needle)
			if j < 0 {
				return
			}
			j += i
			pos = append(pos, utf8.RuneCountInString(f[:j]))
			i = j + len(needle)
		}
	}
	for _, e := range k.entities {
		for _, form := range append(append([]string(nil), e.ZH...), e.EN...) {
			add(Fold(form))
		}
	}
	for _, w := range k.words {
		add(stemPrefix(w))
	}
	if zh {
		for _, b := range k.bigrams {
			add(b)
		}
	}
	return pos
}

func distance(c Candidate, anchors []int) int {
	if len(anchors) == 0 {
		return c.Start
	}
	d := math.MaxInt
	for _, a := range anchors {
		switch {
		case a < c.Start:
			d = min(d, c.Start-a)
		case a >= c.End:
			d = min(d, a-c.End)
		default:
			d = 0
		}
	}
	return d
}

// clauseAnswer returns the clause of the passage that holds most of the
// question's keys (for why/how, yes/no and open questions), preferring a
// clause that states a reason for why-questions.
func clauseAnswer(an Analysis, k keys, p Passage, zh bool) *Answer {
	text, field := p.EN, "en"
	if zh {
		text, field = p.ZH, "zh"
	}
	runes := []rune(text)
	type clause struct{ s, e int }
	var cls []clause
	start := 0
	for i, r := range runes {
		if isClauseBreak(runes, i, zh) {
			cls = append(cls, clause{start, i})
			start = i + 1
		}
		_ = r
	}
	cls = append(cls, clause{start, len(runes)})
	bestScore, bi := -1.0, -1
	for i, c := range cls {
		t := strings.TrimSpace(string(runes[c.s:c.e]))
		if utf8.RuneCountInString(t) < 2 {
			continue
		}
		sc := float64(len(keyPositions(t, k, zh)))
		if an.Type == QWhy && hasReasonCue(t) {
			sc += 2
		}
		if sc > bestScore {
			bestScore, bi = sc, i
		}
	}
	if bi < 0 {
		return nil
	}
	c := cls[bi]
	// Trim spaces and closing punctuation off the span.
	for c.s < c.e && (unicode.IsSpace(runes[c.s]) || unicode.IsPunct(runes[c.s]) && runes[c.s] != '“' && runes[c.s] != '"') {
		c.s++
	}
	for c.e > c.s && (unicode.IsSpace(runes[c.e-1]) || runes[c.e-1] == '.' || runes[c.e-1] == '。') {
		c.e--
	}
	return &Answer{Text: string(runes[c.s:c.e]), PassageID: p.ID, Field: field, Start: c.s, End: c.e, Type: "clause"}
}

func isClauseBreak(r []rune, i int, zh bool) bool {
	switch r[i] {
	case '，', '；', '：', '。', '！', '？':
		return true
	case ',', ';', ':', '.':
		if zh {
			return false
		}
		// Not inside a number ($14.3, 1,000).
		if i > 0 && i+1 < len(r) && unicode.IsDigit(r[i-1]) && unicode.IsDigit(r[i+1]) {
			return false
		}
		return i+1 == len(r) || unicode.IsSpace(r[i+1])
	}
	return false
}

var reasonCues = []string{"因為", "因为", "由於", "由于", "為了", "为了", "原因", "because", "due to", "in order to", "so that", "since", "out of", "to prevent", "to catch up"}

func hasReasonCue(t string) bool {
	lt := strings.ToLower(t)
	for _, c := range reasonCues {
		if strings.Contains(lt, c) {
			return true
		}
	}
	return false
}

// confidence maps the decision's features to [0,1]; the mapping was
// calibrated on the labelled set so that answers given with 0.8 or more
// are right at least 80% of the time (make eval prints the check).
func confidence(s scored, typed bool) float64 {
	c := 0.25 + 0.55*s.coverage
	if typed {
		c += 0.15
	}
	return math.Round(min(c, 0.99)*100) / 100
}
