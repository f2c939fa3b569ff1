package eval

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"

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
		if c.Keyword {
			return nil // answered with a passage, never by the model
		}
		ex := Example{ID: q.ID, Form: q.Form, Group: group, C: c, Unanswerable: q.Unanswerable()}
		if !ex.Unanswerable {
			gold := goldFor(q, c.Lang)
			ex.Gold = len(gold) > 0
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
// cross-validation (qa train --cv).
var DefaultTrainOptions = TrainOptions{L2: 0.01, NullShift: 1, Iterations: 1500}

// Train fits the answer model to the examples: the softmax over each
// question's candidates and "no answer" is pushed toward its right
// candidates (any of them) or toward no answer for an unanswerable
// question, with an L2 penalty. It is deterministic.
func Train(exs []Example, o TrainOptions) *qa.AnswerModel {
	nc, nn := len(qa.CandidateFeatures), len(qa.NullFeatures)
	w, v := make([]float64, nc), make([]float64, nn)
	gw, gv := make([]float64, nc), make([]float64, nn)
	// Adam state.
	mw, sw := make([]float64, nc), make([]float64, nc)
	mv, sv := make([]float64, nn), make([]float64, nn)
	const lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
	m := &qa.AnswerModel{Candidate: w, Null: v}
	n := 0
	for _, ex := range exs {
		if ex.Unanswerable || len(ex.Pos) > 0 {
			n++
		}
	}
	if n == 0 {
		return m
	}
	for it := 1; it <= o.Iterations; it++ {
		clear(gw)
		clear(gv)
		for _, ex := range exs {
			if !ex.Unanswerable && len(ex.Pos) == 0 {
				continue
			}
			p := m.Probabilities(ex.C)
			// The target: the model's own distribution over the right
			// choices (the gradient of -log Σ_right p).
			tgt := make([]float64, len(p))
			if ex.Unanswerable {
				tgt[len(p)-1] = 1
			} else {
				sum := 0.0
				for _, i := range ex.Pos {
					sum += p[i]
				}
				for _, i := range ex.Pos {
					if sum > 0 {
						tgt[i] = p[i] / sum
					} else {
						tgt[i] = 1 / float64(len(ex.Pos))
					}
				}
			}
			for i, x := range ex.C.Candidates {
				d := (p[i] - tgt[i]) / float64(n)
				for j, f := range x.Features {
					gw[j] += d * f
				}
			}
			d := (p[len(p)-1] - tgt[len(p)-1]) / float64(n)
			for j, f := range ex.C.Null {
				gv[j] += d * f
			}
		}
		step := func(x, g, m1, s1 []float64) {
			for j := range x {
				g[j] += o.L2 * x[j]
				m1[j] = b1*m1[j] + (1-b1)*g[j]
				s1[j] = b2*s1[j] + (1-b2)*g[j]*g[j]
				mh := m1[j] / (1 - math.Pow(b1, float64(it)))
				sh := s1[j] / (1 - math.Pow(b2, float64(it)))
				x[j] -= lr * mh / (math.Sqrt(sh) + eps)
			}
		}
		step(w, gw, mw, sw)
		step(v, gv, mv, sv)
	}
	v[0] += o.NullShift
	return m
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
