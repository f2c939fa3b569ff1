package eval

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"sort"

	"github.com/talentwar/qa/qa"
)

// Example is one labelled question as the answer model sees it: what the
// engine considered, and which of its candidates are right.
type Example struct {
	ID    string
	Form  string
	Group string // questions of one group share a fold (a conversation's turns)
	C     *qa.Considered
	// Pos are the candidates whose text matches a gold answer exactly.
	Pos []int
	// Unanswerable: the right choice is no answer. An answerable
	// question with no right candidate teaches nothing, but counts in
	// the scores.
	Unanswerable bool
	// Gold says whether the question has gold answers in its language
	// (answerable questions without them count for abstention only).
	Gold bool
	// Answers are those gold answers.
	Answers []string
	// GoldPassages are the passages that answer it.
	GoldPassages []string
	// Keyword: a search-box query, ranked but answered with its best
	// passage, never by the answer model (Train and Score skip it).
	Keyword bool
}

// Considerer is what Examples needs of an engine (qa.Engine).
type Considerer interface {
	qa.Asker
	Consider(ctx context.Context, req qa.Request) (*qa.Considered, error)
}

// Examples runs every question and conversation turn through the engine
// and labels the candidates. The earlier turns of a conversation are
// answered by e.Ask, as in Answers.
func Examples(ctx context.Context, qs []Question, convs []Conversation, e Considerer) ([]Example, error) {
	var out []Example
	add := func(q Question, group string, hist []qa.Turn) error {
		c, err := e.Consider(ctx, qa.Request{Question: q.Q, History: hist, NoSession: true})
		if err != nil {
			return fmt.Errorf("%s: %w", q.ID, err)
		}
		ex := Example{Keyword: c.Keyword, ID: q.ID, Form: q.Form, Group: group, C: c, Unanswerable: q.Unanswerable(), GoldPassages: q.Passages}
		if !ex.Unanswerable {
			gold := goldFor(q, c.Lang)
			ex.Gold, ex.Answers = len(gold) > 0, gold
			for i, x := range c.Candidates {
				for _, g := range gold {
					if ExactMatch(x.Answer.Text, g) == 1 {
						ex.Pos = append(ex.Pos, i)
						break
					}
				}
			}
		}
		out = append(out, ex)
		return nil
	}
	for _, q := range qs {
		if err := add(q, q.ID, nil); err != nil {
			return nil, err
		}
	}
	for _, cv := range convs {
		var hist []qa.Turn
		for i, t := range cv.Turns {
			if t.ID == "" {
				t.ID = fmt.Sprintf("%s.%d", cv.ID, i+1)
			}
			t.Form = "conversation"
			if err := add(t, cv.ID, hist); err != nil {
				return nil, err
			}
			resp, err := e.Ask(ctx, qa.Request{Question: t.Q, History: hist, NoSession: true})
			if err != nil {
				return nil, fmt.Errorf("%s: %w", t.ID, err)
			}
			hist = append(hist, qa.Turn{Role: "user", Text: t.Q})
			if resp.Answer != nil {
				hist = append(hist, qa.Turn{Role: "assistant", Text: resp.Answer.Text})
			}
		}
	}
	return out, nil
}

// TrainOptions configure Train.
type TrainOptions struct {
	// L2 is the weight of the squared weights in the loss.
	L2 float64
	// Iterations of full-batch Adam.
	Iterations int
	// NullShift is added to the no-answer score's bias after training:
	// above 0 the model abstains more.
	NullShift float64
}

// DefaultTrainOptions are the options `qa train` uses, chosen by
// cross-validation (qa train --cv): the highest out-of-fold EM that keeps
// abstention on unanswerable questions at 0.90 or more, and among equal
// EM and abstention the larger (more cautious) no-answer shift.
var DefaultTrainOptions = TrainOptions{L2: 0.003, NullShift: 0, Iterations: 1500}

// DefaultRankOptions are the ranker's (its NullShift is unused).
var DefaultRankOptions = TrainOptions{L2: 0.0001, Iterations: 1500}

// Train fits the answer model to the examples: the softmax over each
// question's candidates and "no answer" is pushed toward its right
// candidates (any of them) or toward no answer for an unanswerable
// question, with an L2 penalty. It is deterministic.
func Train(exs []Example, o TrainOptions) *qa.AnswerModel {
	nc, nn := len(qa.CandidateFeatures), len(qa.NullFeatures)
	// One weight vector over both: a candidate's row is its features
	// then zeros, no answer's row zeros then its features.
	var items []softmaxItem
	for _, ex := range exs {
		if ex.Keyword || ex.C.RuleDecides || !ex.Unanswerable && len(ex.Pos) == 0 {
			continue // not the model's choice, or nothing right to learn
		}
		it := softmaxItem{rows: make([][]float64, 0, len(ex.C.Candidates)+1)}
		for _, x := range ex.C.Candidates {
			it.rows = append(it.rows, append(x.Features[:nc:nc], make([]float64, nn)...))
		}
		it.rows = append(it.rows, append(make([]float64, nc), ex.C.Null...))
		if ex.Unanswerable {
			it.pos = []int{len(it.rows) - 1}
		} else {
			it.pos = ex.Pos
		}
		items = append(items, it)
	}
	w := fitSoftmax(items, nc+nn, o)
	m := &qa.AnswerModel{Candidate: w[:nc], Null: w[nc:]}
	m.Null[0] += o.NullShift
	return m
}

// softmaxItem is one choice: the feature rows of its options and which
// of them are right.
type softmaxItem struct {
	rows [][]float64
	pos  []int
}

// fitSoftmax learns weights w (dim of them) that make softmax(w·row)
// put its mass on each item's right rows: it minimizes the mean of
// -log Σ_right p plus L2/2·|w|², by full-batch Adam from zero, for
// o.Iterations steps. It is deterministic.
func fitSoftmax(items []softmaxItem, dim int, o TrainOptions) []float64 {
	w, g := make([]float64, dim), make([]float64, dim)
	m1, s1 := make([]float64, dim), make([]float64, dim)
	const lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
	if len(items) == 0 {
		return w
	}
	n := float64(len(items))
	var p, tgt []float64
	for it := 1; it <= o.Iterations; it++ {
		clear(g)
		for _, item := range items {
			p = p[:0]
			for _, r := range item.rows {
				p = append(p, dot(w, r))
			}
			qa.Softmax(p)
			// The target: the model's own distribution over the right
			// rows (the gradient of -log Σ_right p).
			tgt = append(tgt[:0], make([]float64, len(p))...)
			sum := 0.0
			for _, i := range item.pos {
				sum += p[i]
			}
			for _, i := range item.pos {
				if sum > 0 {
					tgt[i] = p[i] / sum
				} else {
					tgt[i] = 1 / float64(len(item.pos))
				}
			}
			for i, r := range item.rows {
				d := (p[i] - tgt[i]) / n
				if d == 0 {
					continue
				}
				for j, f := range r {
					g[j] += d * f
				}
			}
		}
		for j := range w {
			g[j] += o.L2 * w[j]
			m1[j] = b1*m1[j] + (1-b1)*g[j]
			s1[j] = b2*s1[j] + (1-b2)*g[j]*g[j]
			mh := m1[j] / (1 - math.Pow(b1, float64(it)))
			sh := s1[j] / (1 - math.Pow(b2, float64(it)))
			w[j] -= lr * mh / (math.Sqrt(sh) + eps)
		}
	}
	return w
}

func dot(w, x []float64) float64 {
	v := 0.0
	for i := range w {
		v += w[i] * x[i]
	}
	return v
}

// TrainRanker fits the passage ranker to the examples: the softmax over
// each answerable question's hits is pushed toward its gold passages.
// Questions whose hits hold no gold passage teach nothing.
func TrainRanker(exs []Example, o TrainOptions) *qa.RankModel {
	var items []softmaxItem
	for _, ex := range exs {
		it := rankItem(ex)
		if len(it.pos) > 0 {
			items = append(items, it)
		}
	}
	return &qa.RankModel{Passage: fitSoftmax(items, len(qa.PassageFeatures), o)}
}

func rankItem(ex Example) softmaxItem {
	var it softmaxItem
	for i, p := range ex.C.Passages {
		it.rows = append(it.rows, p.Features)
		if contains(ex.GoldPassages, p.ID) {
			it.pos = append(it.pos, i)
		}
	}
	return it
}

// RankScores are a ranking's figures over answerable examples: a gold
// passage first (R@1), among the first three (R@3).
type RankScores struct {
	N      int
	R1, R3 float64
}

// ScoreRanking scores an ordering (score gives each passage's score)
// over the answerable examples.
func ScoreRanking(exs []Example, score func(ex Example, i int) float64) RankScores {
	var s RankScores
	var r1, r3 float64
	for _, ex := range exs {
		if ex.Unanswerable || len(ex.GoldPassages) == 0 || len(ex.C.Passages) == 0 {
			continue
		}
		s.N++
		idx := make([]int, len(ex.C.Passages))
		sc := make([]float64, len(idx))
		for i := range idx {
			idx[i], sc[i] = i, score(ex, i)
		}
		sort.SliceStable(idx, func(a, b int) bool { return sc[idx[a]] > sc[idx[b]] })
		for k, i := range idx {
			if k < 3 && contains(ex.GoldPassages, ex.C.Passages[i].ID) {
				if k == 0 {
					r1++
				}
				r3++
				break
			}
		}
	}
	s.R1, s.R3 = ratio(r1, s.N), ratio(r3, s.N)
	return s
}

// EngineOrder scores passages in the order the engine gave them.
func EngineOrder(ex Example, i int) float64 { return -float64(i) }

// CrossValidateRanker is CrossValidate for the ranker: each example's
// passages scored by a ranker trained without its fold.
func CrossValidateRanker(exs []Example, k int, o TrainOptions) func(ex Example, i int) float64 {
	models := make([]*qa.RankModel, k)
	for f := range k {
		var train []Example
		for _, ex := range exs {
			if Fold(ex.Group, k) != f {
				train = append(train, ex)
			}
		}
		models[f] = TrainRanker(train, o)
	}
	return func(ex Example, i int) float64 { return models[Fold(ex.Group, k)].Score(ex.C.Passages[i].Features) }
}

// ChoiceScores are the answer figures of a chooser over examples, as
// Answers computes them: exact match over answerable questions with gold
// answers, abstention on unanswerable ones, false abstention on
// answerable ones, and how often answers given with probability ≥ 0.8
// are right.
type ChoiceScores struct {
	N, NGold, NUnans   int
	EM, Abstain, FAbst float64
	NConf              int
	ConfRight          float64
}

// Score scores a chooser (the model's Choose, or the rules) over examples.
func Score(exs []Example, choose func(*qa.Considered) (int, float64)) ChoiceScores {
	var s ChoiceScores
	var em, abst, fabst, confRight float64
	var nAns int
	for _, ex := range exs {
		if ex.Keyword {
			continue
		}
		i, p := choose(ex.C)
		s.N++
		if ex.Unanswerable {
			s.NUnans++
			if i < 0 {
				abst++
			}
			continue
		}
		nAns++
		if i < 0 {
			fabst++
		}
		right := i >= 0 && containsInt(ex.Pos, i)
		if ex.Gold {
			s.NGold++
			if right {
				em++
			}
		}
		if i >= 0 && p >= 0.8 && ex.Gold {
			s.NConf++
			if right {
				confRight++
			}
		}
	}
	s.EM = ratio(em, s.NGold)
	s.Abstain = ratio(abst, s.NUnans)
	s.FAbst = ratio(fabst, nAns)
	s.ConfRight = ratio(confRight, s.NConf)
	return s
}

// RuleChoice is the rules' choice, as a chooser for Score.
func RuleChoice(c *qa.Considered) (int, float64) { return c.Rule, 1 }

func ratio(a float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return a / float64(n)
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Fold returns the cross-validation fold (0..k-1) of a group, by hash.
func Fold(group string, k int) int {
	h := fnv.New32a()
	h.Write([]byte(group))
	return int(h.Sum32() % uint32(k))
}

// CrossValidate trains on all folds but one and chooses on the one left
// out, for each of k folds, and returns the out-of-fold chooser (for
// Score over exs or any part of them).
func CrossValidate(exs []Example, k int, o TrainOptions) func(*qa.Considered) (int, float64) {
	chosen := make(map[*qa.Considered][2]float64, len(exs))
	for f := 0; f < k; f++ {
		var train, test []Example
		for _, ex := range exs {
			if Fold(ex.Group, k) == f {
				test = append(test, ex)
			} else {
				train = append(train, ex)
			}
		}
		m := Train(train, o)
		for _, ex := range test {
			i, p := m.Choose(ex.C)
			chosen[ex.C] = [2]float64{float64(i), p}
		}
	}
	return func(c *qa.Considered) (int, float64) { x := chosen[c]; return int(x[0]), x[1] }
}
