package httpapi_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/talentwar/qa/corpus"
	"github.com/talentwar/qa/index"
	"github.com/talentwar/qa/qa"
	"github.com/talentwar/qa/qa/httpapi"
)

var (
	engOnce sync.Once
	eng     *qa.Engine
	engErr  error
)

// engine is the real engine over the embedded corpus, built once.
func engine(t *testing.T) *qa.Engine {
	t.Helper()
	engOnce.Do(func() {
		c, err := corpus.Load()
		if err != nil {
			engErr = err
			return
		}
		ix, err := index.New(c.Passages(), index.Options{})
		if err != nil {
			engErr = err
			return
		}
		eng = qa.NewEngine(ix, c.Documents, c.Aliases, qa.EngineOptions{})
	})
	if engErr != nil {
		t.Fatal(engErr)
	}
	return eng
}

type result struct {
	status int
	body   []byte
	header http.Header
}

func do(t *testing.T, h http.Handler, method, target, contentType, body string) result {
	t.Helper()
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, r)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return result{w.Code, w.Body.Bytes(), w.Header()}
}

func errorCode(t *testing.T, r result) string {
	t.Helper()
	var b httpapi.ErrorBody
	if err := json.Unmarshal(r.body, &b); err != nil {
		t.Fatalf("status %d: body is not the JSON error shape: %v: %q", r.status, err, r.body)
	}
	if b.Error.Message == "" {
		t.Errorf("error without a message: %s", r.body)
	}
	return b.Error.Code
}

func TestErrors(t *testing.T) {
	h := httpapi.New(engine(t), httpapi.Config{})
	long := strings.Repeat("問", qa.MaxQuestionRunes+1)
	tests := []struct {
		name, method, target, ctype, body string
		status                            int
		code                              string
	}{
		{"missing question", "GET", "/v1/ask", "", "", 400, qa.Invalid},
		{"empty question", "GET", "/v1/ask?q=", "", "", 400, qa.Invalid},
		{"blank question", "GET", "/v1/ask?q=%20%E3%80%80%20", "", "", 400, qa.Invalid},
		{"only control characters", "GET", "/v1/ask?q=%00%01%E2%80%8B", "", "", 400, qa.Invalid},
		{"question too long", "GET", "/v1/ask?q=" + long, "", "", 400, qa.Invalid},
		{"invalid UTF-8", "GET", "/v1/ask?q=%FF%FE", "", "", 400, qa.Invalid},
		{"overlong UTF-8", "GET", "/v1/ask?q=%C0%AF", "", "", 400, qa.Invalid},
		{"k zero", "GET", "/v1/ask?q=Meta&k=0", "", "", 400, qa.Invalid},
		{"k too large", "GET", "/v1/ask?q=Meta&k=21", "", "", 400, qa.Invalid},
		{"k not a number", "GET", "/v1/ask?q=Meta&k=abc", "", "", 400, qa.Invalid},
		{"bad JSON", "POST", "/v1/ask", "application/json", `{"question":`, 400, qa.Invalid},
		{"empty body", "POST", "/v1/ask", "application/json", "", 400, qa.Invalid},
		{"no question field", "POST", "/v1/ask", "application/json", `{"k":3}`, 400, qa.Invalid},
		{"question of wrong type", "POST", "/v1/ask", "application/json", `{"question":5}`, 400, qa.Invalid},
		{"k of wrong type", "POST", "/v1/ask", "application/json", `{"question":"Meta","k":"3"}`, 400, qa.Invalid},
		{"k out of range in JSON", "POST", "/v1/ask", "application/json", `{"question":"Meta","k":99}`, 400, qa.Invalid},
		{"unknown field", "POST", "/v1/ask", "application/json", `{"question":"Meta","kk":3}`, 400, qa.Invalid},
		{"trailing garbage", "POST", "/v1/ask", "application/json", `{"question":"Meta"} {}`, 400, qa.Invalid},
		{"JSON array", "POST", "/v1/ask", "application/json", `["Meta"]`, 400, qa.Invalid},
		{"wrong content type", "POST", "/v1/ask", "text/plain", `{"question":"Meta"}`, 415, "unsupported_media_type"},
		{"no content type", "POST", "/v1/ask", "", `{"question":"Meta"}`, 415, "unsupported_media_type"},
		{"body too large", "POST", "/v1/ask", "application/json", `{"question":"` + strings.Repeat("a", 70<<10) + `"}`, 413, qa.TooLarge},
		{"unknown route", "GET", "/v2/ask", "", "", 404, qa.NotFound},
		{"wrong method", "DELETE", "/v1/ask", "", "", 405, "method_not_allowed"},
		{"unknown passage", "GET", "/v1/passages/talent-war/p999.s1", "", "", 404, qa.NotFound},
		{"bad neighbour count", "GET", "/v1/passages/talent-war/p1.s1?n=99", "", "", 400, qa.Invalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, h, tt.method, tt.target, tt.ctype, tt.body)
			if r.status != tt.status {
				t.Errorf("status %d, want %d (body %s)", r.status, tt.status, r.body)
			}
			if got := errorCode(t, r); got != tt.code {
				t.Errorf("code %q, want %q", got, tt.code)
			}
			if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q", ct)
			}
		})
	}
	// After all that, a normal question is still answered.
	if r := do(t, h, "GET", "/v1/ask?q=Scale+AI", "", ""); r.status != 200 {
		t.Errorf("normal question after bad ones: %d %s", r.status, r.body)
	}
}

func TestAskContract(t *testing.T) {
	h := httpapi.New(engine(t), httpapi.Config{})
	tests := []struct {
		name, method, target, body string
		lang                       qa.Lang
		wantPassages               int
	}{
		{"GET English", "GET", "/v1/ask?q=How+much+did+Meta+pay+for+Scale+AI%3F&k=2", "", qa.LangEN, 2},
		{"GET Traditional", "GET", "/v1/ask?q=" + "Meta%E8%8A%B1%E4%BA%86%E5%A4%9A%E5%B0%91%E9%8C%A2", "", qa.LangHant, 3},
		{"POST Simplified", "POST", "/v1/ask", `{"question":"扎克伯格花了多少钱收购Scale AI？","k":4}`, qa.LangHans, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, h, tt.method, tt.target, "application/json", tt.body)
			if r.status != 200 {
				t.Fatalf("status %d: %s", r.status, r.body)
			}
			var raw map[string]json.RawMessage
			if err := json.Unmarshal(r.body, &raw); err != nil {
				t.Fatal(err)
			}
			for _, f := range []string{"question", "lang", "answer", "passages", "took_ms"} {
				if _, ok := raw[f]; !ok {
					t.Errorf("response lacks %q: %s", f, r.body)
				}
			}
			var resp qa.Response
			if err := json.Unmarshal(r.body, &resp); err != nil {
				t.Fatal(err)
			}
			if resp.Lang != tt.lang {
				t.Errorf("lang %q, want %q", resp.Lang, tt.lang)
			}
			if len(resp.Passages) != tt.wantPassages {
				t.Fatalf("%d passages, want %d", len(resp.Passages), tt.wantPassages)
			}
			p := resp.Passages[0]
			if p.Rank != 1 || p.ZH == "" || p.EN == "" || p.Citation.Doc != "talent-war" || p.Citation.Paragraph == 0 || p.Citation.Section == "" {
				t.Errorf("passage lacks its contract fields: %+v", p)
			}
			if !strings.Contains(p.Highlights.ZH+p.Highlights.EN, "<mark>") {
				t.Errorf("no highlight in %+v", p.Highlights)
			}
			if resp.Answer == nil || resp.Answer.PassageID == "" || resp.Answer.Confidence <= 0 || resp.Answer.Confidence > 1 {
				t.Errorf("answer %+v", resp.Answer)
			}
		})
	}
}

func TestPassageWithNeighbours(t *testing.T) {
	h := httpapi.New(engine(t), httpapi.Config{})
	r := do(t, h, "GET", "/v1/passages/talent-war/p19.s2?n=1", "", "")
	if r.status != 200 {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	var got httpapi.PassageResponse
	if err := json.Unmarshal(r.body, &got); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range got.Context {
		ids = append(ids, p.ID)
	}
	want := []string{"talent-war/p19.s1", "talent-war/p19.s2", "talent-war/p20.s1"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("context (-want +got):\n%s", diff)
	}
	if got.Passage.ID != "talent-war/p19.s2" || !strings.Contains(got.Passage.ZH, "49%") {
		t.Errorf("passage %+v", got.Passage)
	}
}

// fakeAsker misbehaves on purpose.
type fakeAsker struct {
	ask func(ctx context.Context, req qa.Request) (*qa.Response, error)
}

func (f fakeAsker) Ask(ctx context.Context, req qa.Request) (*qa.Response, error) {
	return f.ask(ctx, req)
}
func (f fakeAsker) Passage(ctx context.Context, id string, n int) (qa.Passage, []qa.Passage, error) {
	return qa.Passage{}, nil, qa.Errorf(qa.NotFound, "none")
}

func TestPanicBecomes500AndServerGoesOn(t *testing.T) {
	calls := 0
	h := httpapi.New(fakeAsker{func(ctx context.Context, req qa.Request) (*qa.Response, error) {
		calls++
		if calls == 1 {
			panic("boom")
		}
		return &qa.Response{Question: req.Question, Lang: qa.LangEN, Passages: []qa.Result{}}, nil
	}}, httpapi.Config{})
	r := do(t, h, "GET", "/v1/ask?q=x", "", "")
	if r.status != 500 || errorCode(t, r) != qa.Internal {
		t.Fatalf("status %d body %s", r.status, r.body)
	}
	if strings.Contains(string(r.body), "boom") || strings.Contains(string(r.body), "goroutine") {
		t.Errorf("error body leaks the panic: %s", r.body)
	}
	var b httpapi.ErrorBody
	json.Unmarshal(r.body, &b)
	if b.Error.RequestID == "" {
		t.Error("500 without a request ID")
	}
	if r := do(t, h, "GET", "/v1/ask?q=x", "", ""); r.status != 200 {
		t.Errorf("after a panic: status %d", r.status)
	}
}

func TestSlowQuestionIsCutOff(t *testing.T) {
	h := httpapi.New(fakeAsker{func(ctx context.Context, req qa.Request) (*qa.Response, error) {
		<-ctx.Done()
		return nil, ctx.Err()
	}}, httpapi.Config{RequestTimeout: 50 * time.Millisecond})
	start := time.Now()
	r := do(t, h, "GET", "/v1/ask?q=x", "", "")
	if r.status != 504 || errorCode(t, r) != qa.Timeout {
		t.Errorf("status %d body %s", r.status, r.body)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v: the deadline did not reach the search", d)
	}
}

func TestReadiness(t *testing.T) {
	ready := false
	h := httpapi.New(engine(t), httpapi.Config{Ready: func() bool { return ready }})
	if r := do(t, h, "GET", "/readyz", "", ""); r.status != 503 {
		t.Errorf("not ready: status %d", r.status)
	}
	ready = true
	if r := do(t, h, "GET", "/readyz", "", ""); r.status != 200 {
		t.Errorf("ready: status %d", r.status)
	}
	if r := do(t, h, "GET", "/healthz", "", ""); r.status != 200 {
		t.Errorf("healthz: status %d", r.status)
	}
}

func TestRequestIDHonoured(t *testing.T) {
	h := httpapi.New(engine(t), httpapi.Config{})
	req := httptest.NewRequest("GET", "/healthz", nil)
	req.Header.Set("X-Request-ID", "abc-123")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if got := w.Header().Get("X-Request-ID"); got != "abc-123" {
		t.Errorf("X-Request-ID %q", got)
	}
	req.Header.Set("X-Request-ID", "<script>")
	w = httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if got := w.Header().Get("X-Request-ID"); got == "<script>" || got == "" {
		t.Errorf("unsafe request ID echoed or none generated: %q", got)
	}
}
