package qa

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sync"
)

// The passage ranker orders the hits for the answer: a linear score over
// features of each hit (the rules' own ranking score among them), its
// weights learned from the labelled sets (qa/eval.TrainRanker, `make
// train`) by a softmax over each question's hits toward the passages
// that answer it, and embedded.

// PassageFeatures name the ranker's features, in order.
var PassageFeatures = []string{
	"rule_score", "bm25", "search_rank", "coverage", "hard_miss", "local", "has_answer", "typed_answer",
	"typed_missing", "pred", "near", "match_zh", "match_en", "match_spans", "related",
}

// RankModel holds the ranker's weights, in the order of PassageFeatures.
type RankModel struct {
	Passage []float64      `json:"passage"`
	About   map[string]any `json:"about,omitempty"`
}

//go:embed rank_model.json
var rankModelJSON []byte

// defaultRanker is the embedded ranker, read once, when an engine first
// needs it.
var defaultRanker = sync.OnceValues(DefaultRankModel)

// DefaultRankModel returns the embedded ranker.
func DefaultRankModel() (*RankModel, error) {
	var m RankModel
	if err := json.Unmarshal(rankModelJSON, &m); err != nil {
		return nil, fmt.Errorf("rank model: %w", err)
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	return &m, nil
}

func (m *RankModel) check() error {
	if len(m.Passage) != len(PassageFeatures) {
		return fmt.Errorf("rank model: %d weights, want %d", len(m.Passage), len(PassageFeatures))
	}
	return nil
}

// Score is the ranker's score of a passage with features x.
func (m *RankModel) Score(x []float64) float64 { return dot(m.Passage, x) }

// passageFeatures are the ranker's features of hit s, the i-th of the
// search (neighbours after the hits), the best search score being top;
// near: next to the previous turn's passage; typedQ: the question asks
// for a typed span.
func passageFeatures(s scored, i int, top float64, near, typedQ bool) []float64 {
	local, pred := -2.0, 0.0
	if s.best != nil {
		local, pred = clamp(s.best.local, -2, 4), s.best.pred
	}
	return []float64{
		s.score, s.Score / top, 1 / float64(1+i), s.coverage, math.Min(float64(s.hardMiss), 2), local, b2f(s.best != nil), b2f(typedQ && s.typed),
		b2f(typedQ && !s.typed), pred, b2f(near), b2f(len(s.MatchZH) > 0), b2f(len(s.MatchEN) > 0), math.Log1p(float64(len(s.MatchZH) + len(s.MatchEN))),
		math.Min(float64(s.Related), 2),
	}
}

// ConsideredPassage is a hit as the ranker sees it.
type ConsideredPassage struct {
	ID       string
	Features []float64
}
