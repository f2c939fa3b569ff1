package httpapi_test

// BenchmarkHTTPAsk is one /v1/ask through the API handler (Gin, the
// middleware, JSON encoding) with httptest, no network: each iteration
// asks the next of the labelled questions, with the answer cache off
// (nocache) and warm (cache), by GET and by POST.
//
//	go test -run '^$' -bench HTTPAsk -benchmem -cpuprofile cpu.out ./qa/httpapi/

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/talentwar/qa/corpus"
	"github.com/talentwar/qa/index"
	"github.com/talentwar/qa/qa"
	"github.com/talentwar/qa/qa/eval"
	"github.com/talentwar/qa/qa/httpapi"
)

func labelledQuestions(tb testing.TB) []string {
	tb.Helper()
	qs, err := eval.QuestionTexts("../../testdata/eval/questions.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	return qs
}

// cachedEngine is an engine over the embedded corpus with an answer cache
// of cacheSize (0: off), on its own index.
func cachedEngine(tb testing.TB, cacheSize int) *qa.Engine {
	tb.Helper()
	c, err := corpus.Load()
	if err != nil {
		tb.Fatal(err)
	}
	ix, err := index.New(c.Passages(), index.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ix.Close() })
	return qa.NewEngine(ix, c.Documents, c.Aliases, qa.EngineOptions{CacheSize: cacheSize})
}

func BenchmarkHTTPAsk(b *testing.B) {
	qs := labelledQuestions(b)
	gets := make([]string, len(qs))
	posts := make([]string, len(qs))
	for i, q := range qs {
		gets[i] = "/v1/ask?q=" + url.QueryEscape(q)
		posts[i] = jsonQuestion(q)
	}
	for _, cache := range []struct {
		name string
		size int
	}{{"nocache", 0}, {"cache", 4096}} {
		for _, method := range []string{http.MethodGet, http.MethodPost} {
			b.Run(cache.name+"/"+method, func(b *testing.B) {
				h := httpapi.New(cachedEngine(b, cache.size), httpapi.Config{RateLimit: httpapi.RateLimit{Off: true}})
				req := func(i int) *http.Request {
					if method == http.MethodGet {
						return httptest.NewRequest(method, gets[i%len(gets)], nil)
					}
					r := httptest.NewRequest(method, "/v1/ask", strings.NewReader(posts[i%len(posts)]))
					r.Header.Set("Content-Type", "application/json")
					return r
				}
				if cache.size > 0 {
					for i := range qs {
						h.ServeHTTP(httptest.NewRecorder(), req(i))
					}
				}
				b.ReportAllocs()
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					w := httptest.NewRecorder()
					h.ServeHTTP(w, req(i))
					if w.Code != http.StatusOK {
						b.Fatalf("status %d: %s", w.Code, w.Body)
					}
				}
			})
		}
	}
}
