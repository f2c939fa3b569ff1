package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/talentwar/qa/qa"
)

// Stock is the baseline every figure is measured against: stock Bleve with
// its built-in cjk analyzer on the Chinese text alone, BM25, scorch, and the
// question as a plain match query. It is what a newcomer gets from Bleve
// without this project's analysis.
type Stock struct{ bi bleve.Index }

// NewStock indexes the passages the stock way, in memory.
func NewStock(passages []qa.Passage) (*Stock, error) {
	m := bleve.NewIndexMapping()
	m.ScoringModel = "bm25"
	m.DefaultAnalyzer = cjk.AnalyzerName
	dm := mapping.NewDocumentStaticMapping()
	f := mapping.NewTextFieldMapping()
	f.Analyzer = cjk.AnalyzerName
	dm.AddFieldMappingsAt("zh", f)
	m.DefaultMapping = dm
	bi, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: stock: %w", err)
	}
	b := bi.NewBatch()
	for _, p := range passages {
		if err := b.Index(p.ID, map[string]interface{}{"zh": p.ZH}); err != nil {
			return nil, err
		}
		if b.Size() >= 1000 {
			if err := bi.Batch(b); err != nil {
				return nil, err
			}
			b.Reset()
		}
	}
	if err := bi.Batch(b); err != nil {
		return nil, err
	}
	return &Stock{bi: bi}, nil
}

// Search returns the IDs of the k best passages for text.
func (s *Stock) Search(ctx context.Context, text string, k int) ([]string, error) {
	q := bleve.NewMatchQuery(text)
	q.SetField("zh")
	req := bleve.NewSearchRequestOptions(q, k, 0, false)
	req.SortBy([]string{"-_score", "_id"}) // equal scores in one order, as in search
	res, err := s.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	return ids, nil
}

// Close releases the index.
func (s *Stock) Close() error { return s.bi.Close() }
