package index

import (
	"context"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Term locations (for highlights) are decoded for every passage a query
// matches, not only the few it returns: on a large index that was about
// 40% of a query's time (docs/performance.md). From twoPhaseMin passages
// on, a query runs first without locations, then once more restricted to
// the passages it returned, for their locations alone. Scores do not
// depend on locations, and a passage's locations are those of the terms
// that match it, so the hits are the same either way; below the threshold
// the second query's set-up costs more than it saves.
var twoPhaseMin = 20000

// search runs bq for the size best passages, with term locations.
func (ix *Index) search(ctx context.Context, bq query.Query, size int) (*bleve.SearchResult, error) {
	req := bleve.NewSearchRequestOptions(bq, size, 0, false)
	// Equal scores are ordered by passage ID: Bleve's own order among
	// them follows the segments' layout, which changes from one build of
	// the index to the next, and so did answers ("What is Meta's
	// favourite colour?" matches many passages on Meta alone, at equal
	// scores).
	req.SortBy([]string{"-_score", "_id"})
	n, err := ix.bi.DocCount()
	if err != nil || n < uint64(twoPhaseMin) {
		req.IncludeLocations = true
		return ix.bi.SearchInContext(ctx, req)
	}
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil || len(res.Hits) == 0 {
		return res, err
	}
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	req2 := bleve.NewSearchRequestOptions(restrict(bq, ids), len(ids), 0, false)
	req2.IncludeLocations = true
	res2, err := ix.bi.SearchInContext(ctx, req2)
	if err != nil {
		return nil, err
	}
	locs := make(map[string]int, len(res2.Hits))
	for i, h := range res2.Hits {
		locs[h.ID] = i
	}
	for _, h := range res.Hits {
		if i, ok := locs[h.ID]; ok {
			h.Locations = res2.Hits[i].Locations
		}
	}
	return res, nil
}

// restrict limits bq to the passages ids. A boolean query (a question with
// synonyms, synonyms.go) is restricted in its must clause: under a
// conjunction, Bleve's boolean searcher is advanced to each passage and
// then misses the locations of its should clause.
func restrict(bq query.Query, ids []string) query.Query {
	docs := bleve.NewDocIDQuery(ids)
	if b, ok := bq.(*query.BooleanQuery); ok && b.Must != nil && b.MustNot == nil {
		return query.NewBooleanQuery([]query.Query{docs, b.Must}, []query.Query{b.Should}, nil)
	}
	return bleve.NewConjunctionQuery(docs, bq)
}
