package index

import (
	"context"
	"sync"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// A fuzzy query makes Bleve build a Levenshtein automaton for the word and
// walk the field's term dictionary with it: for the English questions of
// the labelled set that was most of the index's time (docs/performance.md).
// The terms a word expands to depend only on the word and the dictionary,
// and an Index's dictionary never changes after it is built, so each
// Index keeps the expansions it has made (bounded) and builds the same
// searcher Bleve's FuzzyQuery would from them.

// fuzzyKey names one expansion.
type fuzzyKey struct {
	field, term string
	fuzziness   int
}

// expansion is the dictionary terms within the edit distance, and theirs.
type expansion struct {
	terms []string
	dists []uint8
}

// fuzzyMemo is a bounded map of expansions safe for concurrent use (two
// generations: the older is dropped when the newer fills).
type fuzzyMemo struct {
	mu       sync.RWMutex
	cur, old map[fuzzyKey]expansion
	max      int
}

const fuzzyMemoEntries = 1 << 14

func (m *fuzzyMemo) get(k fuzzyKey) (expansion, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	if v, ok := m.cur[k]; ok {
		return v, true
	}
	v, ok := m.old[k]
	return v, ok
}

func (m *fuzzyMemo) put(k fuzzyKey, v expansion) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.cur == nil || len(m.cur) >= m.max {
		m.old, m.cur = m.cur, make(map[fuzzyKey]expansion)
	}
	m.cur[k] = v
}

// fuzzyQuery is query.FuzzyQuery (prefix 0) whose expansion is kept by
// the index.
type fuzzyQuery struct {
	key   fuzzyKey
	boost *query.Boost
	memo  *fuzzyMemo
}

func (ix *Index) fuzzyQuery(term, field string, fuzziness int) *fuzzyQuery {
	return &fuzzyQuery{key: fuzzyKey{field: field, term: term, fuzziness: fuzziness}, memo: ix.fuzzy}
}

func (q *fuzzyQuery) SetBoost(b float64) {
	boost := query.Boost(b)
	q.boost = &boost
}

func (q *fuzzyQuery) Boost() float64 { return q.boost.Value() }

// Field and SetField make it a query.FieldableQuery, as FuzzyQuery is:
// Bleve collects the fields of such queries for BM25.
func (q *fuzzyQuery) Field() string { return q.key.field }

func (q *fuzzyQuery) SetField(f string) { q.key.field = f }

// Searcher is searcher.NewFuzzySearcher with the expansion looked up.
func (q *fuzzyQuery) Searcher(ctx context.Context, i bindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	k := q.key
	memo := q.memo
	if m, ok := ctx.Value(shardFuzzyKey{}).(*fuzzyMemo); ok {
		memo = m // a shard's own (shard.go)
	}
	var x expansion
	ok := false
	if memo != nil {
		x, ok = memo.get(k)
	}
	if !ok {
		ir, isFuzzy := i.(bindex.IndexReaderFuzzy)
		if !isFuzzy || memo == nil {
			// Not scorch, or nowhere to keep it: Bleve's own path.
			fq := query.NewFuzzyQuery(k.term)
			fq.SetField(k.field)
			fq.SetFuzziness(k.fuzziness)
			fq.BoostVal = q.boost
			return fq.Searcher(ctx, i, m, options)
		}
		var err error
		if x, err = expand(ir, k); err != nil {
			return nil, err
		}
		memo.put(k, x)
	}
	boost := q.boost.Value()
	if len(x.terms) == 0 || len(x.terms) == 1 && x.terms[0] == k.term {
		return searcher.NewTermSearcher(ctx, i, k.term, k.field, boost, options)
	}
	return searcher.NewMultiTermSearcherBoosted(ctx, i, x.terms, k.field, boost, x.dists, options, true)
}

// expand lists the dictionary terms within the edit distance as Bleve's
// findFuzzyCandidateTerms does (no synonyms: the mapping defines none).
func expand(ir bindex.IndexReaderFuzzy, k fuzzyKey) (x expansion, err error) {
	fd, _, err := ir.FieldDictFuzzyAutomaton(k.field, k.term, k.fuzziness, "")
	if err != nil {
		return x, err
	}
	defer func() {
		if cerr := fd.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	x.terms, x.dists = []string{}, []uint8{}
	tfd, err := fd.Next()
	for err == nil && tfd != nil {
		x.terms = append(x.terms, tfd.Term)
		x.dists = append(x.dists, tfd.EditDistance)
		tfd, err = fd.Next()
	}
	return x, err
}
