package index

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/talentwar/qa/qa"
)

// Index is a Bleve index of passages. It implements qa.Searcher.
type Index struct {
	bi       bleve.Index
	passages map[string]*entry
	// Weights of the query clauses; exported through Options for tuning.
	opt Options
	// fuzzy keeps the term expansions of fuzzy words (fuzzy.go).
	fuzzy *fuzzyMemo
	gen   atomic.Uint64 // generation.go
	syn   *lexicon      // synonyms.go
}

type entry struct {
	p      qa.Passage
	folded string // qa.Fold(p.ZH): the text the Chinese fields indexed
}

// Options tune the query. The zero value means the defaults.
type Options struct {
	// Boosts of the clauses: Chinese bigrams, Chinese characters, English,
	// entity phrases, fuzzy Latin words, general-vocabulary synonyms
	// (synonyms.go; 0 turns them off).
	ZH, ZHChar, EN, Entity, Fuzzy, Synonym float64
}

// DefaultOptions are the weights chosen on the labelled question set
// (make eval).
var DefaultOptions = Options{ZH: 1, ZHChar: 0.3, EN: 1, Entity: 1.5, Fuzzy: 0.5, Synonym: 0.5}

func (o Options) orDefault() Options {
	if o == (Options{}) {
		return DefaultOptions
	}
	return o
}

// New builds an index in memory (scorch, not the old upsidedown engine,
// whose BM25 support is missing) over the passages.
func New(passages []qa.Passage, opt Options) (*Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	bi, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	ix := newIndex(bi, passages, opt)
	if err := ix.add(passages); err != nil {
		bi.Close()
		return nil, err
	}
	return ix, nil
}

func newIndex(bi bleve.Index, passages []qa.Passage, opt Options) *Index {
	ix := &Index{bi: bi, passages: make(map[string]*entry, len(passages)), opt: opt.orDefault(), fuzzy: &fuzzyMemo{max: fuzzyMemoEntries}}
	ix.syn, _ = defaultLexicon() // newMapping reports its error
	for _, p := range passages {
		ix.passages[p.ID] = &entry{p: p, folded: qa.Fold(p.ZH)}
	}
	ix.changed()
	return ix
}

// document is what Bleve indexes for one passage.
func document(p qa.Passage) map[string]interface{} {
	return map[string]interface{}{fieldZH: p.ZH, fieldZHChar: p.ZH, fieldEN: p.EN, fieldDoc: p.Doc}
}

func (ix *Index) add(passages []qa.Passage) error {
	const batchSize = 1000
	b := ix.bi.NewBatch()
	for i, p := range passages {
		if err := b.Index(p.ID, document(p)); err != nil {
			return fmt.Errorf("index: passage %s: %w", p.ID, err)
		}
		if b.Size() >= batchSize || i == len(passages)-1 {
			if err := ix.bi.Batch(b); err != nil {
				return fmt.Errorf("index: %w", err)
			}
			ix.changed()
			b.Reset()
		}
	}
	return nil
}

// Close releases the index.
func (ix *Index) Close() error { return ix.bi.Close() }

// Len is the number of passages in the index.
func (ix *Index) Len() int {
	n, err := ix.bi.DocCount()
	if err != nil {
		return 0
	}
	return int(n)
}

// Search runs the analysed question against the index.
func (ix *Index) Search(ctx context.Context, q qa.Query) ([]qa.Hit, error) {
	// The other forms of the synonym groups the question names, once for
	// the query and the count of related words.
	var syn [][]synForm
	if ix.opt.Synonym > 0 && ix.syn != nil {
		syn = ix.syn.otherForms(ix.syn.match(strings.TrimSpace(q.Text)))
	}
	bq := ix.buildQuery(q, syn)
	if bq == nil {
		return nil, nil
	}
	size := q.Size
	if size <= 0 {
		size = qa.DefaultK
	}
	res, err := ix.search(ctx, bq, size) // twophase.go
	if err == nil && len(res.Hits) == 0 && len(syn) > 0 {
		// Not one passage says a word of the question ("What advantage
		// do wealthy tech giants have?"): the passages that say it in
		// the synonyms' words ("Deep-pocketed big companies…") are the
		// ones left to read.
		if sq := synonymQuery(syn, strings.TrimSpace(q.Text), ix.opt.Synonym); sq != nil {
			res, err = ix.search(ctx, sq, size)
		}
	}
	if err != nil {
		if ctx.Err() != nil {
			return nil, qa.Errorf(qa.Timeout, "the search took too long")
		}
		return nil, fmt.Errorf("index: search: %w", err)
	}
	related := relatedCounter(syn)
	hits := make([]qa.Hit, 0, len(res.Hits))
	for _, h := range res.Hits {
		e := ix.passages[h.ID]
		if e == nil {
			continue
		}
		hit := qa.Hit{
			Passage: e.p,
			Score:   h.Score,
			MatchZH: zhHighlights(e, h.Locations),
			MatchEN: spans(h.Locations[fieldEN]),
		}
		if related != nil {
			hit.Related = related(h.Locations)
		}
		hits = append(hits, hit)
	}
	return hits, nil
}

// buildQuery turns the question into Bleve queries in code: the question
// text is analysed as text by match queries, never parsed as query syntax,
// so + - : " * / ~ ^ in a question are just characters.
func (ix *Index) buildQuery(q qa.Query, syn [][]synForm) query.Query {
	o := ix.opt
	var dis []query.Query
	add := func(q interface {
		query.Query
		SetBoost(float64)
	}, boost float64) {
		if boost > 0 {
			q.SetBoost(boost)
			dis = append(dis, q)
		}
	}
	text := strings.TrimSpace(q.Text)
	if text != "" {
		add(match(text, fieldZH), o.ZH)
		add(match(text, fieldZHChar), o.ZHChar)
		add(match(text, fieldEN), o.EN)
		for _, w := range latinWords(text) {
			if utf8.RuneCountInString(w) < 5 {
				continue
			}
			fz := 1
			if utf8.RuneCountInString(w) >= 9 {
				fz = 2
			}
			for _, f := range []string{fieldEN, fieldZH} {
				add(ix.fuzzyQuery(strings.ToLower(w), f, fz), o.Fuzzy)
			}
		}
	}
	seen := map[string]bool{}
	for _, e := range q.Entities {
		for _, form := range e.ZH {
			k := "zh:" + qa.Fold(form)
			if !seen[k] {
				seen[k] = true
				add(phrase(form, fieldZH), o.Entity)
			}
		}
		for _, form := range e.EN {
			k := "en:" + strings.ToLower(form)
			if !seen[k] {
				seen[k] = true
				add(phrase(form, fieldEN), o.Entity)
			}
		}
	}
	if len(dis) == 0 {
		return nil
	}
	bq := bleve.NewDisjunctionQuery(dis...)
	if o.Synonym > 0 && text != "" {
		if syn := synonymQuery(syn, text, o.Synonym); syn != nil {
			// synonyms.go: the question's query must match, the
			// synonyms add to the score.
			return query.NewBooleanQuery([]query.Query{bq}, []query.Query{syn}, nil)
		}
	}
	return bq
}

func match(text, field string) *query.MatchQuery {
	m := bleve.NewMatchQuery(text)
	m.SetField(field)
	return m
}

func phrase(text, field string) *query.MatchPhraseQuery {
	m := bleve.NewMatchPhraseQuery(text)
	m.SetField(field)
	return m
}

// latinWords returns the runs of ASCII letters in s.
func latinWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !(r < 0x80 && unicode.IsLetter(r)) })
}

// spans turns Bleve term locations (byte offsets) into sorted, merged spans.
func spans(tl search.TermLocationMap) []qa.Span {
	var out []qa.Span
	for _, locs := range tl {
		for _, l := range locs {
			out = append(out, qa.Span{Start: int(l.Start), End: int(l.End)})
		}
	}
	return qa.MergeSpans(out)
}

// zhHighlights marks the Chinese words that matched: the bigram field's
// matches, or the character field's when no pair of characters matched
// (a one-character question), since single characters matched inside
// longer questions are noise to a reader.
func zhHighlights(e *entry, locs search.FieldTermLocationMap) []qa.Span {
	if s := zhSpans(e, locs[fieldZH]); len(s) > 0 {
		return s
	}
	return zhSpans(e, locs[fieldZHChar])
}

// zhSpans maps locations in the folded Chinese text back to byte offsets
// in the passage's display text. qa.Fold keeps the rune count, so the
// mapping goes through rune indexes.
func zhSpans(e *entry, tls ...search.TermLocationMap) []qa.Span {
	var folded []qa.Span
	for _, tl := range tls {
		folded = append(folded, spans(tl)...)
	}
	if len(folded) == 0 {
		return nil
	}
	// Folded byte offset → rune index → display byte offset, in one walk
	// of both texts over the offsets wanted, in order.
	want := make([]int, 0, 2*len(folded))
	for _, s := range folded {
		want = append(want, s.Start, s.End)
	}
	sort.Ints(want)
	at := make(map[int]int, len(want)) // folded offset → display offset
	f, o := e.folded, e.p.ZH
	fb, ob, w := 0, 0, 0
	for w < len(want) {
		for w < len(want) && want[w] < fb {
			w++ // not at a rune boundary
		}
		if w < len(want) && want[w] == fb {
			at[fb] = ob
			w++
			continue
		}
		if fb >= len(f) || ob >= len(o) {
			break
		}
		_, fs := utf8.DecodeRuneInString(f[fb:])
		_, os := utf8.DecodeRuneInString(o[ob:])
		fb, ob = fb+fs, ob+os
	}
	out := make([]qa.Span, 0, len(folded))
	for _, s := range folded {
		st, ok1 := at[s.Start]
		en, ok2 := at[s.End]
		if !ok1 || !ok2 {
			continue
		}
		out = append(out, qa.Span{Start: st, End: en})
	}
	return qa.MergeSpans(out)
}

// OpenDir serves an index persisted in dir. It reuses the index there when
// it was built from a corpus with the given checksum and holds every
// passage; otherwise it builds a new one into a temporary folder inside dir
// and renames it into place, so a half-built index is never served.
// rebuilt reports whether it built one.
//
// What it compares is the corpus checksum with the index's format
// (formatKey): a binary whose analysis changed rebuilds an index an older
// one left, rather than serve terms its queries no longer make.
func OpenDir(dir, checksum string, passages []qa.Passage, opt Options) (ix *Index, rebuilt bool, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, false, fmt.Errorf("index: %w", err)
	}
	checksum, err = formatKey(checksum)
	if err != nil {
		return nil, false, err
	}
	cur := filepath.Join(dir, "current")
	if ix, err := openExisting(cur, checksum, passages, opt); err == nil {
		return ix, false, nil
	}
	tmp, err := os.MkdirTemp(dir, ".build-")
	if err != nil {
		return nil, false, fmt.Errorf("index: %w", err)
	}
	defer os.RemoveAll(tmp) // left only when the build failed
	m, err := newMapping()
	if err != nil {
		return nil, false, err
	}
	bi, err := bleve.NewUsing(filepath.Join(tmp, "bleve"), m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, false, fmt.Errorf("index: %w", err)
	}
	if err := newIndex(bi, passages, opt).add(passages); err != nil {
		bi.Close()
		return nil, false, err
	}
	if err := bi.Close(); err != nil {
		return nil, false, fmt.Errorf("index: %w", err)
	}
	if err := writeFileSync(filepath.Join(tmp, "CHECKSUM"), []byte(checksum+"\n")); err != nil {
		return nil, false, err
	}
	old := filepath.Join(dir, ".old")
	os.RemoveAll(old)
	if _, err := os.Stat(cur); err == nil {
		if err := os.Rename(cur, old); err != nil {
			return nil, false, fmt.Errorf("index: %w", err)
		}
	}
	if err := os.Rename(tmp, cur); err != nil {
		return nil, false, fmt.Errorf("index: %w", err)
	}
	os.RemoveAll(old)
	ix, err = openExisting(cur, checksum, passages, opt)
	return ix, true, err
}

// indexFormat names how passages are turned into index terms beyond what
// the mapping's settings say: bump it when document() or the Go code of an
// analyzer (the fold char filter, the tokenizers) changes.
const indexFormat = "2"

// formatKey is what a persisted index records it was built from: the
// corpus checksum, indexFormat and a hash of the mapping (its analyzers,
// fields and scoring model, as JSON).
func formatKey(checksum string) (string, error) {
	m, err := newMapping()
	if err != nil {
		return "", err
	}
	b, err := json.Marshal(m)
	if err != nil {
		return "", fmt.Errorf("index: mapping: %w", err)
	}
	h := sha256.Sum256(b)
	return fmt.Sprintf("%s format %s mapping %x", checksum, indexFormat, h[:8]), nil
}

func openExisting(cur, checksum string, passages []qa.Passage, opt Options) (*Index, error) {
	b, err := os.ReadFile(filepath.Join(cur, "CHECKSUM"))
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(string(b)) != checksum {
		return nil, errors.New("index: built from another corpus")
	}
	bi, err := bleve.Open(filepath.Join(cur, "bleve"))
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	n, err := bi.DocCount()
	if err != nil || int(n) != len(passages) {
		bi.Close()
		return nil, fmt.Errorf("index: holds %d passages, corpus has %d", n, len(passages))
	}
	return newIndex(bi, passages, opt), nil
}

func writeFileSync(name string, b []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
