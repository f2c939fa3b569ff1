package eval

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/talentwar/qa/qa"
)

// synthetic makes n examples whose right candidate carries the feature
// "exact_type" and whose unanswerable questions have no such candidate
// and carry the no-answer feature "no_exact"; every other feature is
// noise. group names each example's group.
func synthetic(rng *rand.Rand, n int, group func(i int) string) []Example {
	ci := slices.Index(qa.CandidateFeatures, "exact_type")
	ni := slices.Index(qa.NullFeatures, "no_exact")
	var out []Example
	for i := range n {
		c := &qa.Considered{Null: noise(rng, len(qa.NullFeatures))}
		c.Null[0] = 1
		ex := Example{ID: fmt.Sprint(i), Group: group(i), C: c, Gold: true}
		right := rng.IntN(4)
		ex.Unanswerable = i%4 == 0
		for j := range 4 {
			x := noise(rng, len(qa.CandidateFeatures))
			x[0] = 1
			if j == right && !ex.Unanswerable {
				x[ci] = 1
				ex.Pos = []int{j}
			}
			c.Candidates = append(c.Candidates, qa.ConsideredAnswer{Features: x})
		}
		if ex.Unanswerable {
			c.Null[ni] = 1
			ex.Gold = false
		}
		out = append(out, ex)
	}
	return out
}

func noise(rng *rand.Rand, n int) []float64 {
	x := make([]float64, n)
	for i := range x {
		x[i] = rng.Float64() * 0.5
	}
	return x
}

func TestTrainLearnsWhichCandidateIsRightAndWhenToAbstain(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	id := func(i int) string { return fmt.Sprint(i) }
	train, test := synthetic(rng, 200, id), synthetic(rng, 100, id)
	before := Score(test, (&qa.AnswerModel{Candidate: make([]float64, len(qa.CandidateFeatures)), Null: make([]float64, len(qa.NullFeatures))}).Choose)
	m := Train(train, DefaultTrainOptions)
	got := Score(test, m.Choose)
	if got.EM < 0.95 || got.Abstain < 0.95 || got.FAbst > 0.05 {
		t.Errorf("after training: EM %.2f, abstain %.2f, false abstain %.2f; want ≥0.95, ≥0.95, ≤0.05 (untrained: EM %.2f)", got.EM, got.Abstain, got.FAbst, before.EM)
	}
	// NullShift trades answers for abstention.
	shy := Train(train, TrainOptions{L2: DefaultTrainOptions.L2, Iterations: DefaultTrainOptions.Iterations, NullShift: 50})
	if s := Score(test, shy.Choose); s.FAbst < 0.99 {
		t.Errorf("with a no-answer shift of 50 the model still answers (false abstain %.2f)", s.FAbst)
	}
}

// Out-of-fold choices come from a model that never saw the example's
// group: when the right candidate is marked only by a feature private
// to the group, the model learns it in sample but not across folds.
func TestCrossValidateHoldsOutWholeGroups(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	exs := synthetic(rng, 120, func(i int) string { return fmt.Sprint(i / 2) })
	ci := slices.Index(qa.CandidateFeatures, "exact_type")
	// Move the marker of each pair of examples to a feature of its
	// own pair.
	free := []int{}
	for i, name := range qa.CandidateFeatures {
		if name != "bias" && name != "exact_type" {
			free = append(free, i)
		}
	}
	for i := range exs {
		if exs[i].Unanswerable {
			continue
		}
		f := free[(i/2)%len(free)]
		for j := range exs[i].C.Candidates {
			x := exs[i].C.Candidates[j].Features
			x[ci] = 0
			x[f] = rng.Float64() * 0.5
		}
		exs[i].C.Candidates[exs[i].Pos[0]].Features[f] = 5
	}
	in := Score(exs, Train(exs, DefaultTrainOptions).Choose)
	out := Score(exs, CrossValidate(exs, 5, DefaultTrainOptions))
	if in.EM < 0.9 {
		t.Fatalf("in-sample EM %.2f: the marker is not learnable at all", in.EM)
	}
	// (Groups 43 apart share a feature, so out of fold is above chance.)
	if out.EM > 0.7 {
		t.Errorf("EM in sample %.2f, out of fold %.2f: the held-out groups were trained on", in.EM, out.EM)
	}
}

func TestScoreCountsAsAnswersDoes(t *testing.T) {
	exs := []Example{
		{Pos: []int{0}, Gold: true, C: &qa.Considered{Rule: 0}},  // right
		{Pos: []int{1}, Gold: true, C: &qa.Considered{Rule: 0}},  // wrong
		{Pos: []int{0}, Gold: true, C: &qa.Considered{Rule: -1}}, // false abstention
		{Unanswerable: true, C: &qa.Considered{Rule: -1}},        // abstained
		{Unanswerable: true, C: &qa.Considered{Rule: 0}},         // answered
		{Gold: false, Pos: nil, C: &qa.Considered{Rule: 0}},      // answerable, no gold in its language
	}
	got := Score(exs, RuleChoice)
	want := ChoiceScores{N: 6, NGold: 3, NUnans: 2, EM: 1.0 / 3, Abstain: 0.5, FAbst: 0.25, NConf: 2, ConfRight: 0.5}
	if got != want {
		t.Errorf("Score = %+v, want %+v", got, want)
	}
}

func TestTrainRankerPutsTheGoldPassageFirst(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	cov := slices.Index(qa.PassageFeatures, "coverage")
	gen := func(n int) []Example {
		var out []Example
		for i := range n {
			ex := Example{ID: fmt.Sprint(i), Group: fmt.Sprint(i), C: &qa.Considered{}}
			gold := rng.IntN(8)
			for j := range 8 {
				x := noise(rng, len(qa.PassageFeatures))
				if j == gold {
					x[cov] = 1
				}
				id := fmt.Sprintf("p%d", j)
				ex.C.Passages = append(ex.C.Passages, qa.ConsideredPassage{ID: id, Features: x})
				if j == gold {
					ex.GoldPassages = []string{id}
				}
			}
			out = append(out, ex)
		}
		return out
	}
	train, test := gen(150), gen(100)
	before := ScoreRanking(test, EngineOrder)
	m := TrainRanker(train, DefaultRankOptions)
	got := ScoreRanking(test, func(ex Example, i int) float64 { return m.Score(ex.C.Passages[i].Features) })
	if got.R1 < 0.95 || got.N != 100 {
		t.Errorf("R@1 %.2f over %d (search order %.2f), want ≥ 0.95 over 100", got.R1, got.N, before.R1)
	}
}
