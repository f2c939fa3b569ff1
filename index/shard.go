package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"

	"github.com/talentwar/qa/qa"
)

// NewSharded builds the passages into n scorch indexes (shards), in memory
// or, when dir is set, in dir/shard-<i> (which must not exist), passage j
// going to shard j mod n, and returns one Index that searches them all at
// once through a Bleve index alias. Searches ask for global scoring
// (search.GlobalScoring): the alias first gathers the document count and
// field lengths of every shard, so BM25 weighs a term against the whole
// corpus rather than one shard's part of it. (Term document frequencies
// stay per shard, so scores are close to, not equal to, one index's.)
//
// Shards are built in parallel; each keeps its own fuzzy expansions
// (fuzzy.go), as each has its own term dictionary.
func NewSharded(passages []qa.Passage, n int, dir string, opt Options) (*Index, error) {
	if n < 1 {
		return nil, errors.New("index: at least one shard")
	}
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	parts := make([][]qa.Passage, n)
	for j, p := range passages {
		parts[j%n] = append(parts[j%n], p)
	}
	shards := make([]bleve.Index, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range shards {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			path := ""
			if dir != "" {
				path = filepath.Join(dir, fmt.Sprintf("shard-%d", i))
				if _, err := os.Stat(path); err == nil {
					errs[i] = fmt.Errorf("index: %s exists", path)
					return
				}
			}
			bi, err := bleve.NewUsing(path, m, scorch.Name, scorch.Name, nil)
			if err != nil {
				errs[i] = fmt.Errorf("index: shard %d: %w", i, err)
				return
			}
			bi.SetName(fmt.Sprintf("shard-%d", i)) // the alias keys shards by name
			shards[i] = &shard{bleveIndex: bi, fuzzy: &fuzzyMemo{max: fuzzyMemoEntries}}
			errs[i] = newIndex(bi, parts[i], opt).add(parts[i])
		}(i)
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		for _, s := range shards {
			if s != nil {
				s.Close()
			}
		}
		return nil, err
	}
	alias := bleve.NewIndexAlias(shards...)
	if err := alias.SetIndexMapping(m); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	ix := newIndex(&globalAlias{IndexAlias: alias, shards: shards}, passages, opt)
	ix.fuzzy = nil
	return ix, nil
}

// shard is one shard of a sharded index: its searches carry its own
// fuzzy expansions (each shard has its own term dictionary).
type shard struct {
	bleveIndex
	fuzzy *fuzzyMemo
}

// bleveIndex names the embedded index so that its Index method is not
// hidden by the field's name.
type bleveIndex = bleve.Index

type shardFuzzyKey struct{}

func (s *shard) SearchInContext(ctx context.Context, req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	return s.bleveIndex.SearchInContext(context.WithValue(ctx, shardFuzzyKey{}, s.fuzzy), req)
}

func (s *shard) Search(req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	return s.SearchInContext(context.Background(), req)
}

// globalAlias is an index alias whose searches use global scoring and
// whose Close closes its shards.
type globalAlias struct {
	bleve.IndexAlias
	shards []bleve.Index
}

func (a *globalAlias) SearchInContext(ctx context.Context, req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	return a.IndexAlias.SearchInContext(context.WithValue(ctx, search.SearchTypeKey, search.GlobalScoring), req)
}

func (a *globalAlias) Search(req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	return a.SearchInContext(context.Background(), req)
}

func (a *globalAlias) Close() error {
	err := a.IndexAlias.Close()
	for _, s := range a.shards {
		err = errors.Join(err, s.Close())
	}
	return err
}
