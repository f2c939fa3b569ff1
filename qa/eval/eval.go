// Package eval measures retrieval and answer quality on the labelled
// question set (testdata/eval): Recall@1, Recall@3 and MRR per question
// form, answer exact match and F1 (per character for Chinese, Latin words
// whole, as CMRC 2018 scores), abstention on unanswerable questions and
// false abstention on answerable ones, and multi-turn conversations turn by
// turn.
package eval

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"

	"github.com/talentwar/qa/qa"
)

// Question is one labelled question.
type Question struct {
	ID       string   `json:"id"`
	Form     string   `json:"form"`
	Lang     string   `json:"lang,omitempty"`
	Q        string   `json:"q"`
	Passages []string `json:"passages"`
	AnswerZH []string `json:"answer_zh"`
	AnswerEN []string `json:"answer_en"`
	Type     string   `json:"type"`
}

// Unanswerable reports whether the article does not answer the question.
func (q Question) Unanswerable() bool { return q.Form == "unanswerable" || len(q.Passages) == 0 }

// Conversation is a labelled multi-turn conversation.
type Conversation struct {
	ID    string     `json:"id"`
	Turns []Question `json:"turns"`
}

// QuestionTexts reads a labelled question file and returns its questions'
// texts, in order (for benchmarks and load runs).
func QuestionTexts(name string) ([]string, error) {
	qs, err := ReadJSONL[Question](name)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.Q
	}
	return out, nil
}

// ReadJSONL reads JSON Lines into a slice of T.
func ReadJSONL[T any](name string) ([]T, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var out []T
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var v T
		if err := json.Unmarshal(line, &v); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		out = append(out, v)
	}
	return out, sc.Err()
}

// Retriever returns passage IDs for a question, best first.
type Retriever func(ctx context.Context, question string) ([]string, error)

// Scores are the figures of one group of questions.
type Scores struct {
	N         int     // questions with gold passages
	R1, R3    float64 // Recall@1, Recall@3
	MRR       float64 // mean reciprocal rank (over the top 10)
	NAnswer   int     // questions with gold answer strings
	EM, F1    float64
	NUnans    int     // unanswerable questions
	Abstain   float64 // share of unanswerable questions abstained on
	NAns      int     // answerable questions (for false abstention)
	FalseAbst float64 // share of answerable questions abstained on
	NConf     int     // answers given with confidence ≥ 0.8 (with gold)
	ConfPrec  float64 // share of those that are right (EM)
}

type acc struct {
	s                      Scores
	r1, r3, mrr, em, f1    float64
	abst, fabst, confRight float64
}

func (a *acc) retrieval(gold []string, got []string) {
	if len(gold) == 0 {
		return
	}
	a.s.N++
	g := map[string]bool{}
	for _, id := range gold {
		g[id] = true
	}
	for i, id := range got {
		if i >= 10 {
			break
		}
		if g[id] {
			if i == 0 {
				a.r1++
			}
			if i < 3 {
				a.r3++
			}
			a.mrr += 1 / float64(i+1)
			break
		}
	}
}

func (a *acc) finish() Scores {
	s := a.s
	if s.N > 0 {
		s.R1, s.R3, s.MRR = a.r1/float64(s.N), a.r3/float64(s.N), a.mrr/float64(s.N)
	}
	if s.NAnswer > 0 {
		s.EM, s.F1 = a.em/float64(s.NAnswer), a.f1/float64(s.NAnswer)
	}
	if s.NUnans > 0 {
		s.Abstain = a.abst / float64(s.NUnans)
	}
	if s.NAns > 0 {
		s.FalseAbst = a.fabst / float64(s.NAns)
	}
	if s.NConf > 0 {
		s.ConfPrec = a.confRight / float64(s.NConf)
	}
	return s
}

// Report is the result of a run: scores by form and overall.
type Report struct {
	ByForm map[string]Scores
	All    Scores
	// Misses lists questions whose top passage or answer was wrong.
	Misses []Miss
}

// Miss is one wrong result, for error analysis.
type Miss struct {
	ID, Form, Q, Why string
}

// Forms returns the report's forms in a stable order.
func (r Report) Forms() []string {
	order := map[string]int{"en": 0, "zh-Hant": 1, "zh-Hans": 2, "mixed": 3, "paraphrase": 4, "typo": 5, "short": 6, "unanswerable": 7, "conversation": 8}
	var fs []string
	for f := range r.ByForm {
		fs = append(fs, f)
	}
	sort.Slice(fs, func(i, j int) bool {
		oi, ok1 := order[fs[i]]
		oj, ok2 := order[fs[j]]
		if !ok1 {
			oi = 100
		}
		if !ok2 {
			oj = 100
		}
		if oi != oj {
			return oi < oj
		}
		return fs[i] < fs[j]
	})
	return fs
}

// Retrieval scores a retriever (for the stock-Bleve baseline).
func Retrieval(ctx context.Context, qs []Question, r Retriever) (Report, error) {
	accs := map[string]*acc{}
	all := &acc{}
	rep := Report{ByForm: map[string]Scores{}}
	for _, q := range qs {
		if q.Unanswerable() {
			continue
		}
		ids, err := r(ctx, q.Q)
		if err != nil {
			return rep, fmt.Errorf("%s: %w", q.ID, err)
		}
		if accs[q.Form] == nil {
			accs[q.Form] = &acc{}
		}
		accs[q.Form].retrieval(q.Passages, ids)
		all.retrieval(q.Passages, ids)
	}
	for f, a := range accs {
		rep.ByForm[f] = a.finish()
	}
	rep.All = all.finish()
	return rep, nil
}

// Answers runs every question through the asker and scores retrieval,
// answers and abstention; conversations are asked turn by turn in one
// session each and scored as the form "conversation".
func Answers(ctx context.Context, qs []Question, convs []Conversation, a qa.Asker, k int) (Report, error) {
	accs := map[string]*acc{}
	all := &acc{}
	rep := Report{ByForm: map[string]Scores{}}
	score := func(form string, q Question, resp *qa.Response) {
		if accs[form] == nil {
			accs[form] = &acc{}
		}
		for _, ac := range []*acc{accs[form], all} {
			scoreOne(ac, q, resp, &rep, form)
		}
	}
	for _, q := range qs {
		resp, err := a.Ask(ctx, qa.Request{Question: q.Q, K: k, NoSession: true})
		if err != nil {
			return rep, fmt.Errorf("%s: %w", q.ID, err)
		}
		score(q.Form, q, resp)
	}
	for _, c := range convs {
		var hist []qa.Turn
		for i, t := range c.Turns {
			resp, err := a.Ask(ctx, qa.Request{Question: t.Q, K: k, History: hist, NoSession: true})
			if err != nil {
				return rep, fmt.Errorf("%s turn %d: %w", c.ID, i+1, err)
			}
			if t.ID == "" {
				t.ID = fmt.Sprintf("%s.%d", c.ID, i+1)
			}
			score("conversation", t, resp)
			hist = append(hist, qa.Turn{Role: "user", Text: t.Q})
			if resp.Answer != nil {
				hist = append(hist, qa.Turn{Role: "assistant", Text: resp.Answer.Text})
			}
		}
	}
	for f, ac := range accs {
		rep.ByForm[f] = ac.finish()
	}
	rep.All = all.finish()
	// Each miss was recorded twice (form and all); keep one.
	seen := map[string]bool{}
	uniq := rep.Misses[:0]
	for _, m := range rep.Misses {
		k := m.ID + m.Why
		if !seen[k] {
			seen[k] = true
			uniq = append(uniq, m)
		}
	}
	rep.Misses = uniq
	return rep, nil
}

func scoreOne(a *acc, q Question, resp *qa.Response, rep *Report, form string) {
	var ids []string
	for _, p := range resp.Passages {
		ids = append(ids, p.ID)
	}
	if q.Unanswerable() {
		a.s.NUnans++
		if resp.Answer == nil {
			a.abst++
		} else {
			rep.Misses = append(rep.Misses, Miss{q.ID, form, q.Q, fmt.Sprintf("answered %q (%.2f) but the article does not say", resp.Answer.Text, resp.Answer.Confidence)})
		}
		return
	}
	a.retrieval(q.Passages, ids)
	if len(ids) == 0 || !contains(q.Passages, ids[0]) {
		top := "nothing"
		if len(ids) > 0 {
			top = ids[0]
		}
		rep.Misses = append(rep.Misses, Miss{q.ID, form, q.Q, fmt.Sprintf("top passage %s, want %v", top, q.Passages)})
	}
	a.s.NAns++
	if resp.Answer == nil {
		a.fabst++
	}
	gold := goldFor(q, resp.Lang)
	if len(gold) == 0 {
		return
	}
	a.s.NAnswer++
	got := ""
	if resp.Answer != nil {
		got = resp.Answer.Text
	}
	em, f1 := 0.0, 0.0
	for _, g := range gold {
		em = max(em, ExactMatch(got, g))
		f1 = max(f1, F1(got, g))
	}
	a.em += em
	a.f1 += f1
	if resp.Answer != nil && resp.Answer.Confidence >= 0.8 {
		a.s.NConf++
		a.confRight += em
	}
	if em == 0 {
		rep.Misses = append(rep.Misses, Miss{q.ID, form, q.Q, fmt.Sprintf("answer %q, want %q", got, gold)})
	}
}

// goldFor returns the gold answers in the language a question is
// answered in: its labelled language, else the language the engine
// detected (asked is resp.Lang).
func goldFor(q Question, asked qa.Lang) []string {
	lang := qa.Lang(q.Lang)
	if lang == "" {
		lang = qa.Lang(q.Form)
	}
	if lang == qa.LangHant || lang == qa.LangHans || (lang != qa.LangEN && asked.Chinese()) {
		return q.AnswerZH
	}
	return q.AnswerEN
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// Tokens splits text for scoring: each Han character is a token, Latin
// words and numbers stay whole (as CMRC 2018 scores); case, script (t2s),
// width and punctuation are folded away, and so are the English articles
// a, an and the (as SQuAD's scorer drops them: "the gap in user numbers"
// matches "gap in user numbers").
func Tokens(s string) []string {
	s = qa.Fold(s)
	var out []string
	var word strings.Builder
	flush := func() {
		if w := word.String(); w != "" && w != "a" && w != "an" && w != "the" {
			out = append(out, w)
		}
		word.Reset()
	}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			flush()
			out = append(out, string(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' && word.Len() > 0 || r == '%' || r == '$':
			word.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	// A trailing period belongs to the sentence, not the number.
	for i, t := range out {
		out[i] = strings.TrimRight(t, ".")
	}
	return out
}

// ExactMatch is 1 when got and want have the same tokens.
func ExactMatch(got, want string) float64 {
	g, w := Tokens(got), Tokens(want)
	if len(g) == 0 || len(g) != len(w) {
		return 0
	}
	for i := range g {
		if g[i] != w[i] {
			return 0
		}
	}
	return 1
}

// F1 is the token-overlap F1 of got against want.
func F1(got, want string) float64 {
	g, w := Tokens(got), Tokens(want)
	if len(g) == 0 || len(w) == 0 {
		return 0
	}
	counts := map[string]int{}
	for _, t := range w {
		counts[t]++
	}
	common := 0
	for _, t := range g {
		if counts[t] > 0 {
			counts[t]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(len(g)), float64(common)/float64(len(w))
	return 2 * p * r / (p + r)
}

// WriteTable prints the report as a Markdown table; base, when non-nil, is
// the stock-Bleve baseline shown beside retrieval.
func WriteTable(w io.Writer, r Report, base *Report) {
	fmt.Fprintln(w, "| form | n | R@1 | R@3 | MRR | stock R@1 | stock R@3 | stock MRR | answer n | EM | F1 | abstain (unans.) | false abstain |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|---|---|---|")
	row := func(name string, s Scores, b *Scores) {
		bs := "| – | – | – "
		if b != nil && b.N > 0 {
			bs = fmt.Sprintf("| %.3f | %.3f | %.3f ", b.R1, b.R3, b.MRR)
		}
		ret := "| – | – | – "
		if s.N > 0 {
			ret = fmt.Sprintf("| %.3f | %.3f | %.3f ", s.R1, s.R3, s.MRR)
		}
		ans := "| – | – | – "
		if s.NAnswer > 0 {
			ans = fmt.Sprintf("| %d | %.3f | %.3f ", s.NAnswer, s.EM, s.F1)
		}
		ab := "| – "
		if s.NUnans > 0 {
			ab = fmt.Sprintf("| %.3f (%d) ", s.Abstain, s.NUnans)
		}
		fa := "| – |"
		if s.NAns > 0 {
			fa = fmt.Sprintf("| %.3f |", s.FalseAbst)
		}
		n := s.N + s.NUnans
		fmt.Fprintf(w, "| %s | %d %s%s%s%s%s\n", name, n, ret, bs, ans, ab, fa)
	}
	for _, f := range r.Forms() {
		var b *Scores
		if base != nil {
			if bs, ok := base.ByForm[f]; ok {
				b = &bs
			}
		}
		row(f, r.ByForm[f], b)
	}
	var b *Scores
	if base != nil {
		b = &base.All
	}
	row("**all**", r.All, b)
	if r.All.NConf > 0 {
		fmt.Fprintf(w, "\nAnswers given with confidence ≥ 0.8: %d, of which %.1f%% exactly right.\n", r.All.NConf, 100*r.All.ConfPrec)
	}
}
