package index

import (
	"context"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/talentwar/qa/corpus"
	"github.com/talentwar/qa/qa"
	"github.com/talentwar/qa/qa/eval"
)

type queryRecorder struct {
	s  qa.Searcher
	qs []qa.Query
}

func (r *queryRecorder) Search(ctx context.Context, q qa.Query) ([]qa.Hit, error) {
	r.qs = append(r.qs, q)
	return r.s.Search(ctx, q)
}

// labelledQueries returns the index, and the labelled questions as the
// engine sends them to it.
func labelledQueries(t testing.TB, passages []qa.Passage) (*Index, []qa.Query) {
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	if passages == nil {
		passages = c.Passages()
	}
	ix, err := New(passages, Options{})
	if err != nil {
		t.Fatal(err)
	}
	qs, err := eval.ReadJSONL[eval.Question]("../testdata/eval/questions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	rec := &queryRecorder{s: ix}
	e := qa.NewEngine(rec, c.Documents, c.Aliases, qa.EngineOptions{})
	for _, q := range qs {
		if _, err := e.Ask(context.Background(), qa.Request{Question: q.Q, NoSession: true}); err != nil {
			t.Fatal(err)
		}
	}
	return ix, rec.qs
}

// The two-phase search returns what the one-phase search does: the same
// passages in the same order, scores and highlights.
func TestTwoPhaseSearchMatchesOnePhase(t *testing.T) {
	ix, qs := labelledQueries(t, nil)
	defer ix.Close()
	defer func(v int) { twoPhaseMin = v }(twoPhaseMin)
	round := func(hs []qa.Hit) []qa.Hit {
		for i := range hs {
			hs[i].Score = math.Round(hs[i].Score*1e9) / 1e9
		}
		return hs
	}
	for i, q := range qs {
		twoPhaseMin = math.MaxInt
		one, err := ix.Search(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		twoPhaseMin = 0
		two, err := ix.Search(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(round(one), round(two)); diff != "" {
			t.Errorf("query %d %q (-one phase +two phases):\n%s", i, q.Text, diff)
		}
	}
}
