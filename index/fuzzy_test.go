package index

import (
	"context"
	"math"
	"sort"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/google/go-cmp/cmp"

	"github.com/talentwar/qa/corpus"
)

// The kept expansions must give what Bleve's FuzzyQuery gives: the same
// passages, scores and term locations, the first time and from the memo.
func TestFuzzyQueryMatchesBleve(t *testing.T) {
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := New(c.Passages(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	type hit struct {
		ID    string
		Score float64
		Locs  []string
	}
	run := func(q query.Query) []hit {
		t.Helper()
		req := bleve.NewSearchRequestOptions(q, 20, 0, false)
		req.IncludeLocations = true
		res, err := ix.bi.SearchInContext(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		var out []hit
		for _, h := range res.Hits {
			x := hit{ID: h.ID, Score: math.Round(h.Score*1e9) / 1e9}
			for f, tl := range h.Locations {
				for term, locs := range tl {
					for _, l := range locs {
						x.Locs = append(x.Locs, f+":"+term+":"+string(rune('0'+l.Pos%10)))
					}
				}
			}
			sort.Strings(x.Locs)
			out = append(out, x)
		}
		sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
		return out
	}
	for _, tc := range []struct {
		term  string
		field string
		fuzz  int
	}{
		{"zuckerburg", fieldEN, 2}, {"zuckerburg", fieldZH, 2}, {"perplexcity", fieldEN, 2},
		{"altmann", fieldEN, 1}, {"alexander", fieldZH, 2}, {"gemini", fieldEN, 1},
		{"qqqqqq", fieldEN, 1}, {"meta", fieldEN, 1},
	} {
		want := func() []hit {
			fq := bleve.NewFuzzyQuery(tc.term)
			fq.SetField(tc.field)
			fq.SetFuzziness(tc.fuzz)
			fq.SetBoost(0.5)
			return run(fq)
		}()
		for round := 0; round < 2; round++ {
			q := ix.fuzzyQuery(tc.term, tc.field, tc.fuzz)
			q.SetBoost(0.5)
			if diff := cmp.Diff(want, run(q)); diff != "" {
				t.Errorf("round %d: %s~%d on %s (-FuzzyQuery +kept):\n%s", round, tc.term, tc.fuzz, tc.field, diff)
			}
		}
	}
	if len(ix.fuzzy.cur) == 0 {
		t.Error("no expansion was kept")
	}
}
