package index_test

// Benchmarks of a question's cost: the engine against stock Bleve on the
// same passages and questions, in the same run (make bench), and one
// /v1/ask through the HTTP handler. ns/op is per question: each iteration
// asks the next question of the labelled set.

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"testing"

	"github.com/talentwar/qa/corpus"
	"github.com/talentwar/qa/index"
	"github.com/talentwar/qa/qa"
	"github.com/talentwar/qa/qa/eval"
	"github.com/talentwar/qa/qa/httpapi"
)

func benchQuestions(b *testing.B) []string {
	b.Helper()
	qs, err := eval.QuestionTexts("../testdata/eval/questions.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	return qs
}

func benchEngine(b *testing.B, cacheSize int) (*qa.Engine, *corpus.Corpus) {
	return benchEngineWith(b, qa.EngineOptions{CacheSize: cacheSize})
}

func benchEngineWith(b testing.TB, opt qa.EngineOptions) (*qa.Engine, *corpus.Corpus) {
	b.Helper()
	c, err := corpus.Load()
	if err != nil {
		b.Fatal(err)
	}
	ix, err := index.New(c.Passages(), index.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	return qa.NewEngine(ix, c.Documents, c.Aliases, opt), c
}

// BenchmarkAsk is one question through the whole engine: normalization,
// language, analysis, the index query, reranking, answer extraction,
// highlights. No answer cache. The learned ranker and answer model
// decide; BenchmarkAskRules ranks and answers by the rules alone, for
// the models' cost.
func BenchmarkAsk(b *testing.B) {
	e, _ := benchEngine(b, 0)
	benchAsk(b, e)
}

func BenchmarkAskRules(b *testing.B) {
	e, _ := benchEngineWith(b, qa.EngineOptions{Rules: true, RankRules: true})
	benchAsk(b, e)
}

func benchAsk(b *testing.B, e *qa.Engine) {
	qs := benchQuestions(b)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := e.Ask(ctx, qa.Request{Question: qs[i%len(qs)], NoSession: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAskCached is BenchmarkAsk with the answer cache warm: what a
// repeated question costs.
func BenchmarkAskCached(b *testing.B) {
	e, _ := benchEngine(b, 4096)
	qs := benchQuestions(b)
	ctx := context.Background()
	for _, q := range qs {
		if _, err := e.Ask(ctx, qa.Request{Question: q, NoSession: true}); err != nil {
			b.Fatal(err)
		}
	}
	benchAsk(b, e)
}

// BenchmarkCacheMemory fills an answer cache of the server's default size
// (4,096) with new questions at k=3 (the default) and k=20 (the most) and
// reports the live heap it holds: KiB per cached answer and MiB when full.
// The cache is bounded by its count, so this is the most it costs.
func BenchmarkCacheMemory(b *testing.B) {
	const size = 4096
	for _, k := range []int{3, 20} {
		b.Run(fmt.Sprintf("k=%d", k), func(b *testing.B) {
			e, _ := benchEngine(b, size)
			qs := benchQuestions(b)
			ctx := context.Background()
			live := func() uint64 {
				runtime.GC()
				var m runtime.MemStats
				runtime.ReadMemStats(&m)
				return m.HeapAlloc
			}
			before := live()
			for i := range size {
				q := fmt.Sprintf("%s (#%d)", qs[i%len(qs)], i)
				if _, err := e.Ask(ctx, qa.Request{Question: q, K: k, NoSession: true}); err != nil {
					b.Fatal(err)
				}
			}
			if st := e.CacheStats(); st.Size != size {
				b.Fatalf("cache holds %d answers, want %d", st.Size, size)
			}
			grown := float64(live()) - float64(before)
			runtime.KeepAlive(e)
			b.ReportMetric(grown/size/1024, "KiB/answer")
			b.ReportMetric(grown/(1<<20), "MiB/full")
			b.ReportMetric(0, "ns/op")
		})
	}
}

// BenchmarkStockBleve is the same questions as a plain match query on
// stock Bleve (cjk analyzer, BM25, scorch) over the same passages.
func BenchmarkStockBleve(b *testing.B) {
	c, err := corpus.Load()
	if err != nil {
		b.Fatal(err)
	}
	st, err := index.NewStock(c.Passages())
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	qs := benchQuestions(b)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := st.Search(ctx, qs[i%len(qs)], qa.DefaultK); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHTTPAsk is one GET /v1/ask through the API handler (Gin,
// JSON encoding, middleware) with httptest, no network.
func BenchmarkHTTPAsk(b *testing.B) {
	for _, bc := range []struct {
		name  string
		cache int
	}{{"nocache", 0}, {"cache", 4096}} {
		b.Run(bc.name, func(b *testing.B) {
			e, _ := benchEngine(b, bc.cache)
			h := httpapi.New(e, httpapi.Config{RateLimit: httpapi.RateLimit{Off: true}})
			qs := benchQuestions(b)
			urls := make([]string, len(qs))
			for i, q := range qs {
				urls[i] = "/v1/ask?q=" + url.QueryEscape(q)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				w := httptest.NewRecorder()
				h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, urls[i%len(urls)], nil))
				if w.Code != http.StatusOK {
					b.Fatalf("status %d: %s", w.Code, w.Body)
				}
			}
		})
	}
}

// recorder is a Searcher that keeps the queries the engine sends.
type recorder struct {
	s  qa.Searcher
	qs []qa.Query
}

func (r *recorder) Search(ctx context.Context, q qa.Query) ([]qa.Hit, error) {
	r.qs = append(r.qs, q)
	return r.s.Search(ctx, q)
}

// BenchmarkIndexSearch is the index's share of BenchmarkAsk: the analysed
// questions' queries (both languages' fields, fuzzy names, entity forms,
// term locations for highlights) without the engine around them.
func BenchmarkIndexSearch(b *testing.B) {
	c, err := corpus.Load()
	if err != nil {
		b.Fatal(err)
	}
	ix, err := index.New(c.Passages(), index.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	rec := &recorder{s: ix}
	e := qa.NewEngine(rec, c.Documents, c.Aliases, qa.EngineOptions{})
	ctx := context.Background()
	for _, q := range benchQuestions(b) {
		if _, err := e.Ask(ctx, qa.Request{Question: q, NoSession: true}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ix.Search(ctx, rec.qs[i%len(rec.qs)]); err != nil {
			b.Fatal(err)
		}
	}
}
