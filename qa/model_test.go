package qa

import (
	"context"
	"slices"
	"testing"
)

// The embedded model must have a weight for every feature: a feature
// added without `make train` fails here, not at a user's question.
func TestEmbeddedAnswerModelFitsTheFeatures(t *testing.T) {
	m, err := DefaultAnswerModel()
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Candidate) != len(CandidateFeatures) || len(m.Null) != len(NullFeatures) {
		t.Fatalf("%d/%d weights for %d/%d features", len(m.Candidate), len(m.Null), len(CandidateFeatures), len(NullFeatures))
	}
	bad := AnswerModel{Candidate: m.Candidate[1:], Null: m.Null}
	if bad.check() == nil {
		t.Error("a model with a weight missing passes the check")
	}
}

func TestConsiderOffersTheRulesAnswerAndOthers(t *testing.T) {
	e := newTestEngine(t)
	c, err := e.Consider(context.Background(), Request{Question: "扎克伯格拿出了多少錢？"})
	if err != nil {
		t.Fatal(err)
	}
	if c.Keyword || c.Rule < 0 {
		t.Fatalf("keyword %v, rule %d: want the rules' answer among the candidates", c.Keyword, c.Rule)
	}
	if got := c.Candidates[c.Rule].Answer.Text; got != "143億美元" {
		t.Errorf("rules' candidate %q, want 143億美元", got)
	}
	if len(c.Candidates) < 2 {
		t.Errorf("%d candidates: the model has nothing to choose from", len(c.Candidates))
	}
	for _, x := range c.Candidates {
		if len(x.Features) != len(CandidateFeatures) {
			t.Fatalf("%q has %d features, want %d", x.Answer.Text, len(x.Features), len(CandidateFeatures))
		}
		if x.Answer.Text == "" {
			t.Error("an empty candidate")
		}
	}
	if len(c.Null) != len(NullFeatures) {
		t.Errorf("%d no-answer features, want %d", len(c.Null), len(NullFeatures))
	}
	// The model's probabilities are a distribution over the candidates
	// and no answer.
	m, _ := DefaultAnswerModel()
	sum := 0.0
	for _, p := range m.Probabilities(c) {
		sum += p
	}
	if sum < 0.999 || sum > 1.001 {
		t.Errorf("probabilities sum to %v", sum)
	}

	k, err := e.Consider(context.Background(), Request{Question: "Alexandr Wang"})
	if err != nil {
		t.Fatal(err)
	}
	if !k.Keyword {
		t.Error("a keyword query is left to the model; it is answered with its passage")
	}
}

// A model that always prefers no answer makes the engine abstain, with
// the passages listed and none marked as answering: the model decides.
func TestTheModelDecides(t *testing.T) {
	m := &AnswerModel{Candidate: make([]float64, len(CandidateFeatures)), Null: make([]float64, len(NullFeatures))}
	m.Null[0] = 50 // bias
	e := NewEngine(fakeSearcher{fixtureDoc.Passages}, []Document{fixtureDoc}, fixtureEntities, EngineOptions{Answers: m})
	resp, err := e.Ask(context.Background(), Request{Question: "How much did Zuckerberg put up to bring Alexandr Wang on board?", NoSession: true})
	if err != nil {
		t.Fatal(err)
	}
	if resp.Answer != nil || len(resp.Passages) == 0 {
		t.Fatalf("answer %+v with %d passages, want none with passages", resp.Answer, len(resp.Passages))
	}
	for _, p := range resp.Passages {
		if p.Answers {
			t.Errorf("%s marked as answering", p.ID)
		}
	}
}

// Many candidates that each beat "no answer" by a little, none of which
// the model believes, give no answer: the model splits its belief among
// them (比特币现在多少钱一个？ once got 49% at 0.37). A candidate it
// believes is still chosen.
func TestNoAnswerTheModelDoesNotBelieve(t *testing.T) {
	m := &AnswerModel{Candidate: make([]float64, len(CandidateFeatures)), Null: make([]float64, len(NullFeatures))}
	m.Candidate[0] = 1 // bias: every candidate scores 1, "no answer" 0
	weak := &Considered{Null: make([]float64, len(NullFeatures))}
	for range 3 {
		x := make([]float64, len(CandidateFeatures))
		x[0] = 1
		weak.Candidates = append(weak.Candidates, ConsideredAnswer{Features: x})
	}
	ps := m.Probabilities(weak)
	if ps[0] <= ps[3] || ps[0] >= minChosen {
		t.Fatalf("probabilities %v: want each candidate above no answer and below %v", ps, minChosen)
	}
	if i, _ := m.Choose(weak); i != -1 {
		t.Errorf("chose %d among candidates at %.2f each, want no answer", i, ps[0])
	}
	strong := &Considered{Null: make([]float64, len(NullFeatures)), Candidates: weak.Candidates[:1]}
	if i, p := m.Choose(strong); i != 0 {
		t.Errorf("chose %d (%.2f) with one candidate at %.2f, want it", i, p, m.Probabilities(strong)[0])
	}
}

// A model that always prefers an answer still gets none from a passage
// that holds no word of the question: what it offers answers something
// else (明天北京会下雨吗 once got 下場創業 out of fold).
func TestNoAnswerFromAPassageWithoutTheQuestionsWords(t *testing.T) {
	m := &AnswerModel{Candidate: make([]float64, len(CandidateFeatures)), Null: make([]float64, len(NullFeatures))}
	m.Candidate[slices.Index(CandidateFeatures, "rule_best")] = 50 // the rules' best in each passage
	for _, tt := range []struct {
		q      string
		s      Searcher
		answer bool
	}{
		{"明天北京会下雨吗", everySearcher{fixtureDoc.Passages[:1]}, false},
		{"How much did Zuckerberg put up to bring Alexandr Wang on board?", fakeSearcher{fixtureDoc.Passages}, true},
	} {
		e := NewEngine(tt.s, []Document{fixtureDoc}, fixtureEntities, EngineOptions{Answers: m})
		resp, err := e.Ask(context.Background(), Request{Question: tt.q, NoSession: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(resp.Passages) == 0 {
			t.Fatalf("%s: no passages; the test needs one to answer from", tt.q)
		}
		if got := resp.Answer != nil; got != tt.answer {
			t.Errorf("%s: answer %+v, want one: %v", tt.q, resp.Answer, tt.answer)
		}
	}
}

// everySearcher finds its passages for any query, as an index might by
// a single character.
type everySearcher struct{ passages []Passage }

func (f everySearcher) Search(context.Context, Query) ([]Hit, error) {
	var hits []Hit
	for _, p := range f.passages {
		hits = append(hits, Hit{Passage: p, Score: 1})
	}
	return hits, nil
}

func TestEmbeddedRankModelFitsTheFeatures(t *testing.T) {
	m, err := DefaultRankModel()
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Passage) != len(PassageFeatures) {
		t.Fatalf("%d weights for %d features", len(m.Passage), len(PassageFeatures))
	}
}

// The ranker orders the passages: one that prefers the search's last
// hits reverses the search order.
func TestTheRankerOrders(t *testing.T) {
	w := make([]float64, len(PassageFeatures))
	w[slices.Index(PassageFeatures, "search_rank")] = -10
	e := NewEngine(fakeSearcher{fixtureDoc.Passages}, []Document{fixtureDoc}, fixtureEntities, EngineOptions{Ranker: &RankModel{Passage: w}})
	q := "扎克伯格 Alexandr Wang"
	an := e.Analyze(q)
	hits, err := e.search.Search(context.Background(), Query{Text: an.SearchText, Lang: an.Lang, Size: 10})
	if err != nil || len(hits) < 2 {
		t.Fatalf("%d hits, %v", len(hits), err)
	}
	ranked, _ := e.rerankFrame(an, hits, "", nil)
	at := map[string]int{} // search position, neighbours after the hits
	for i, h := range e.neighbours(hits) {
		at[h.Passage.ID] = i
	}
	// (The rules' answer, if any, is moved first after the sort.)
	for i := 2; i < len(ranked); i++ {
		if at[ranked[i].Passage.ID] > at[ranked[i-1].Passage.ID] {
			t.Errorf("%s (search %d) after %s (search %d): not the reverse of the search", ranked[i].Passage.ID, at[ranked[i].Passage.ID], ranked[i-1].Passage.ID, at[ranked[i-1].Passage.ID])
		}
	}
}

// A candidate the model believes is still refused when the question asks
// for a name, figure or date and its passage lacks a thing the question
// names (hard_miss); the same candidate is chosen from a passage that has
// them all, or for an open question.
func TestNoTypedAnswerFromAPassageMissingANamedThing(t *testing.T) {
	m := &AnswerModel{Candidate: make([]float64, len(CandidateFeatures)), Null: make([]float64, len(NullFeatures))}
	m.Candidate[0] = 5 // bias: the candidate is believed
	tests := []struct {
		hardMiss, typedQ float64
		want             int
	}{
		{1, 1, -1},
		{2, 1, -1},
		{0, 1, 0},
		{1, 0, 0},
	}
	for _, tt := range tests {
		x := make([]float64, len(CandidateFeatures))
		x[0], x[hardMissFeature], x[typedQFeature] = 1, tt.hardMiss, tt.typedQ
		c := &Considered{Null: make([]float64, len(NullFeatures)), Candidates: []ConsideredAnswer{{Features: x}}}
		if i, _ := m.Choose(c); i != tt.want {
			t.Errorf("hard_miss %v, typed_q %v: chose %d, want %d", tt.hardMiss, tt.typedQ, i, tt.want)
		}
	}
}
