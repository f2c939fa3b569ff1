package httpapi_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/talentwar/qa/qa"
	"github.com/talentwar/qa/qa/httpapi"
)

// knownStatus are the statuses /v1/ask may answer with. Never a 5xx: no
// input may crash a handler or reach the engine in a form it fails on.
var knownStatus = map[int]bool{200: true, 400: true, 404: true, 405: true, 413: true, 415: true}

// FuzzAsk sends arbitrary query strings (GET) and bodies (POST) to
// /v1/ask, seeded with the hostile table. Every response must be valid
// JSON with a known status: an answer, or the error shape with a code and
// a message.
func FuzzAsk(f *testing.F) {
	for _, h := range hostileRequests() {
		if !strings.HasPrefix(h.target, "/v1/ask") || (h.method != "GET" && h.method != "POST") {
			continue
		}
		_, rawQuery, _ := strings.Cut(h.target, "?")
		f.Add(h.method == "POST", rawQuery, h.body)
	}
	f.Add(false, "q=Meta&k=3&session_id=x", "")
	f.Add(true, "", `{"question":"Scale AI","k":20,"session_id":"abc"}`)
	// Role, definition and event questions, which read more passages and
	// take their answers beside a name.
	f.Add(false, "q=Who+is+Alexandr+Wang%3F&k=1", "")
	f.Add(false, "q=SSI%E6%98%AF%E4%BB%80%E4%B9%88%E5%85%AC%E5%8F%B8", "")
	f.Add(true, "", `{"question":"What happened to John Giannandrea?"}`)
	// A kind asked after a measure word at the very start (个什么样的…):
	// the check for 是 before it must not look before the question.
	f.Add(true, "", `{"question":"个什么样的问题？"}`)
	f.Add(true, "", `{"question":"冒泡鸭怎么了"}`)
	// What someone said, and where someone was before: quotations and
	// titles read across passages.
	f.Add(true, "", `{"question":"What did Sam Altman say about \"his best people\"?"}`)
	f.Add(false, "q=%E5%A5%A5%E7%89%B9%E6%9B%BC%E6%80%8E%E4%B9%88%E7%9C%8BMeta", "")
	f.Add(true, "", `{"question":"Where did Ming Chaoping work before Moonshot AI?"}`)
	// Another name in brackets, and lists.
	f.Add(true, "", `{"question":"What does SSI stand for?"}`)
	f.Add(true, "", `{"question":"Meta的前身(是)哪家公司？"}`)
	f.Add(false, "q=%E5%85%AD%E5%B0%8F%E9%BE%99%E6%98%AF%E5%93%AA%E5%85%AD%E5%AE%B6", "")
	var srv http.Handler
	f.Fuzz(func(t *testing.T, post bool, rawQuery, body string) {
		if srv == nil {
			srv = httpapi.New(engine(t), httpapi.Config{RateLimit: httpapi.RateLimit{Off: true}})
		}
		req := httptest.NewRequest("GET", "/v1/ask", nil)
		if post {
			req = httptest.NewRequest("POST", "/v1/ask", strings.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
		}
		req.URL.RawQuery = rawQuery
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, req)
		if !knownStatus[w.Code] {
			t.Fatalf("status %d for query %q body %q: %.300s", w.Code, rawQuery, body, w.Body.Bytes())
		}
		if !json.Valid(w.Body.Bytes()) {
			t.Fatalf("status %d: body is not JSON: %.300q", w.Code, w.Body.Bytes())
		}
		if w.Code == 200 {
			var resp qa.Response
			if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil || resp.Passages == nil || (resp.Answer == nil && resp.NoAnswer == "") {
				t.Fatalf("200 without a response: %v %.300s", err, w.Body.Bytes())
			}
			return
		}
		var e httpapi.ErrorBody
		if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.Error.Code == "" || e.Error.Message == "" {
			t.Fatalf("status %d without the error shape: %v %.300s", w.Code, err, w.Body.Bytes())
		}
	})
}
