package httpapi_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/talentwar/qa/qa"
	"github.com/talentwar/qa/qa/chatapi"
	"github.com/talentwar/qa/qa/httpapi"
	"github.com/talentwar/qa/qa/web"
)

// hostileQuestion is text a person (or a script) may send as a question.
// status is what every route that takes a question answers: 200 when the
// text has something to search for (query syntax is text, never Bleve
// syntax), 400 invalid_request when nothing is left after cleaning or it is
// too long.
type hostileQuestion struct {
	name, text string
	status     int
	// jsonStatus, when set, is the status when the question travels in
	// JSON: a JSON decoder turns invalid UTF-8 into U+FFFD, which the
	// normalization then removes, so what is left may be a fine question.
	jsonStatus int
}

func (h hostileQuestion) statusJSON() int {
	if h.jsonStatus != 0 {
		return h.jsonStatus
	}
	return h.status
}

func codeOf(status int) string {
	if status == 400 {
		return qa.Invalid
	}
	return ""
}

var hostileQuestions = []hostileQuestion{
	{"empty", "", 400, 0},
	{"white space", " \t\n\u3000\u00a0 ", 400, 0},
	{"10,000 open parentheses", strings.Repeat("(", 10000), 400, 0},
	{"300 open parentheses", strings.Repeat("(", 300), 200, 0},
	{"lone double quote", `"`, 200, 0},
	{"unbalanced quotes", `"Meta "Scale AI`, 200, 0},
	{"field:value", "zh:Meta en:Scale", 200, 0},
	{"star", "*", 200, 0},
	{"wildcard word", "Sca*", 200, 0},
	{"regex", "/M.*a/", 200, 0},
	{"fuzzy ~2", "Meta~2", 200, 0},
	{"boost ^5", "Meta^5 Scale", 200, 0},
	{"boolean syntax", "+Meta -Scale AND OR NOT ||", 200, 0},
	{"RTL and zero-width mix", "\u202eMeta\u200b花了\u2067多少\u200d錢\u2069\u200f", 200, 0},
	{"only zero-width and bidi", "\u200b\u200c\u200d\u2060\ufeff\u202e\u2066", 400, 0},
	{"emoji", "🤖💰 Meta 花了多少錢 👨‍👩‍👧 🇨🇳", 200, 0},
	{"only emoji", "🤖💰👨‍👩‍👧", 200, 0},
	{"SQL injection", "' OR 1=1; DROP TABLE passages; --", 200, 0},
	{"HTML injection", `<img src=x onerror="alert(1)"><b>Meta</b>`, 200, 0},
	{"script injection", "<script>alert(document.cookie)</script>", 200, 0},
	{"template injection", "{{.}} ${7*7} <%= 7*7 %>", 200, 0},
	{"NUL inside", "Meta\x00 Scale AI", 200, 0},
	{"only NUL and controls", "\x00\x01\x1b\x7f", 400, 0},
	{"question over the rune limit", strings.Repeat("問", qa.MaxQuestionRunes+1), 400, 0},
	{"invalid UTF-8", "Meta \xff\xfe", 400, 200},
	{"overlong UTF-8 slash", "\xc0\xaf", 400, 0},
	{"overlong UTF-8 NUL", "Meta\xc0\x80", 400, 200},
	{"lone surrogate (CESU-8)", "\xed\xa0\x80", 400, 0},
	{"path traversal", "../../../../etc/passwd", 200, 0},
	{"CRLF header injection", "Meta\r\nX-Injected: 1", 200, 0},
}

// hostileRequest is one request to the API with the status and error code
// it must get.
type hostileRequest struct {
	name, method, target, ctype, body string
	status                            int
	code                              string // "" for 200
}

func jsonQuestion(q string) string {
	b, _ := json.Marshal(map[string]string{"question": q})
	return string(b)
}

// hostileRequests are the API's hostile table: every hostile question by
// GET and by POST, then what is wrong with the request itself.
func hostileRequests() []hostileRequest {
	var out []hostileRequest
	for _, h := range hostileQuestions {
		out = append(out,
			hostileRequest{"GET " + h.name, "GET", "/v1/ask?q=" + url.QueryEscape(h.text), "", "", h.status, codeOf(h.status)},
			hostileRequest{"POST " + h.name, "POST", "/v1/ask", "application/json", jsonQuestion(h.text), h.statusJSON(), codeOf(h.statusJSON())})
	}
	mb := strings.Repeat("a", 1<<20)
	nested := `{"question":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`
	nestedObj := `{"question":"Meta","k":` + strings.Repeat(`{"a":`, 5000) + "1" + strings.Repeat("}", 5000) + `}`
	return append(out, []hostileRequest{
		{"1 MB JSON body", "POST", "/v1/ask", "application/json", `{"question":"` + mb + `"}`, 413, qa.TooLarge},
		{"1 MB body of garbage", "POST", "/v1/ask", "application/json", mb, 413, qa.TooLarge},
		{"1 MB query string", "GET", "/v1/ask?q=" + mb, "", "", 400, qa.Invalid},
		{"deeply nested arrays", "POST", "/v1/ask", "application/json", nested, 400, qa.Invalid},
		{"deeply nested objects", "POST", "/v1/ask", "application/json", nestedObj, 400, qa.Invalid},
		{"%00 in the query string", "GET", "/v1/ask?q=%00", "", "", 400, qa.Invalid},
		{"%00 with text", "GET", "/v1/ask?q=Scale%00AI", "", "", 200, ""},
		{"bad percent-encoding", "GET", "/v1/ask?q=%zz%", "", "", 400, qa.Invalid},
		{"overlong UTF-8 percent-encoded", "GET", "/v1/ask?q=%C0%AF", "", "", 400, qa.Invalid},
		{"overlong UTF-8 raw in JSON", "POST", "/v1/ask", "application/json", "{\"question\":\"\xc0\xaf\"}", 400, qa.Invalid},
		{"question repeated in the query", "GET", "/v1/ask?q=Meta&q=%00", "", "", 200, ""},
		{"k negative", "GET", "/v1/ask?q=Meta&k=-1", "", "", 400, qa.Invalid},
		{"k huge", "GET", "/v1/ask?q=Meta&k=99999999999999999999", "", "", 400, qa.Invalid},
		{"k as float in JSON", "POST", "/v1/ask", "application/json", `{"question":"Meta","k":2.5}`, 400, qa.Invalid},
		{"question as number", "POST", "/v1/ask", "application/json", `{"question":42}`, 400, qa.Invalid},
		{"question as array", "POST", "/v1/ask", "application/json", `{"question":["Meta"]}`, 400, qa.Invalid},
		{"question as object", "POST", "/v1/ask", "application/json", `{"question":{"$ne":null}}`, 400, qa.Invalid},
		{"question null", "POST", "/v1/ask", "application/json", `{"question":null}`, 400, qa.Invalid},
		{"session_id as number", "POST", "/v1/ask", "application/json", `{"question":"Meta","session_id":7}`, 400, qa.Invalid},
		{"unknown field", "POST", "/v1/ask", "application/json", `{"question":"Meta","admin":true}`, 400, qa.Invalid},
		{"prototype pollution field", "POST", "/v1/ask", "application/json", `{"question":"Meta","__proto__":{"x":1}}`, 400, qa.Invalid},
		{"trailing garbage", "POST", "/v1/ask", "application/json", `{"question":"Meta"}garbage`, 400, qa.Invalid},
		{"second object", "POST", "/v1/ask", "application/json", `{"question":"Meta"}{"question":"x"}`, 400, qa.Invalid},
		{"JSON string body", "POST", "/v1/ask", "application/json", `"Meta"`, 400, qa.Invalid},
		{"JSON null body", "POST", "/v1/ask", "application/json", `null`, 400, qa.Invalid},
		{"form body", "POST", "/v1/ask", "application/x-www-form-urlencoded", "question=Meta", 415, "unsupported_media_type"},
		{"wrong method PUT", "PUT", "/v1/ask", "application/json", jsonQuestion("Meta"), 405, "method_not_allowed"},
		{"wrong method DELETE on a passage", "DELETE", "/v1/passages/talent-war/p1.s1", "", "", 405, "method_not_allowed"},
		{"made-up method", "FROB", "/v1/ask", "", "", 405, "method_not_allowed"},
		{"unknown route", "GET", "/v1/asks", "", "", 404, qa.NotFound},
		{"path traversal route", "GET", "/v1/../../etc/passwd", "", "", 404, qa.NotFound},
		{"passage traversal", "GET", "/v1/passages/../../etc/passwd", "", "", 404, qa.NotFound},
		{"passage with NUL", "GET", "/v1/passages/talent-war%00/p1.s1", "", "", 404, qa.NotFound},
		{"passage ID of 10,000 bytes", "GET", "/v1/passages/" + strings.Repeat("x", 10000), "", "", 404, qa.NotFound},
	}...)
}

// hostileServer is the API with the web page and the chat API mounted as
// cmd/qa mounts them, over the real engine, without a rate limit (the
// table is longer than a burst).
func hostileServer(t *testing.T) http.Handler {
	t.Helper()
	e := engine(t)
	return httpapi.New(e, httpapi.Config{
		RateLimit: httpapi.RateLimit{Off: true},
		Mounts: []httpapi.Mount{
			{Paths: []string{"/", "/static/*file"}, Methods: []string{"GET", "HEAD"}, Handler: web.Handler()},
			{Paths: []string{"/v1/models", "/v1/models/*id", "/v1/chat/completions"}, Handler: chatapi.New(chatapi.Config{}, e), OpenAIErrors: true},
		},
	})
}

// checkResponse checks what every response must be: JSON with the error
// shape when it is an error, with no internals in it.
func checkResponse(t *testing.T, r result) {
	t.Helper()
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q", ct)
	}
	if !json.Valid(r.body) {
		t.Fatalf("body is not JSON: %.200q", r.body)
	}
	if r.header.Get("X-Content-Type-Options") != "nosniff" {
		t.Error("no X-Content-Type-Options: nosniff")
	}
	for _, leak := range []string{"goroutine ", ".go:", "runtime/", "bleve", "panic"} {
		if bytes.Contains(r.body, []byte(leak)) {
			t.Errorf("body leaks %q: %.300s", leak, r.body)
		}
	}
	// Gin escapes <, > and & in JSON strings, so a client that pastes a
	// field into a page unescaped still gets no markup it did not expect.
	if bytes.Contains(r.body, []byte("<script")) || bytes.Contains(r.body, []byte("<img")) {
		t.Errorf("markup from the question echoed raw: %.300s", r.body)
	}
}

func TestHostileInputsAPI(t *testing.T) {
	h := hostileServer(t)
	for _, tt := range hostileRequests() {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, h, tt.method, tt.target, tt.ctype, tt.body)
			if r.status != tt.status {
				t.Errorf("status %d, want %d (body %.300s)", r.status, tt.status, r.body)
			}
			checkResponse(t, r)
			if tt.code != "" {
				if got := errorCode(t, r); got != tt.code {
					t.Errorf("code %q, want %q", got, tt.code)
				}
				return
			}
			var resp qa.Response
			if err := json.Unmarshal(r.body, &resp); err != nil {
				t.Fatal(err)
			}
			for _, c := range resp.Question {
				if c == 0 || c == '\u200b' || c == '\u202e' || c == '\ufffd' {
					t.Errorf("question kept %U: %q", c, resp.Question)
				}
			}
			if resp.Answer == nil && resp.NoAnswer == "" {
				t.Errorf("neither an answer nor a no-answer message: %.300s", r.body)
			}
		})
	}
	t.Run("normal question afterwards", func(t *testing.T) {
		r := do(t, h, "GET", "/v1/ask?q="+url.QueryEscape("How much did Meta pay for 49% of Scale AI?"), "", "")
		var resp qa.Response
		if err := json.Unmarshal(r.body, &resp); err != nil || r.status != 200 {
			t.Fatalf("status %d: %v %s", r.status, err, r.body)
		}
		if resp.Answer == nil || !strings.Contains(resp.Answer.Text, "14.3") {
			t.Errorf("answer %+v", resp.Answer)
		}
	})
}

// chatError is the OpenAI error shape of the chat API.
type chatError struct {
	Error struct {
		Message string  `json:"message"`
		Type    string  `json:"type"`
		Code    string  `json:"code"`
		Param   *string `json:"param"`
	} `json:"error"`
}

func chatBody(content any) string {
	b, _ := json.Marshal(map[string]any{"model": chatapi.DefaultModel.ID, "messages": []map[string]any{{"role": "user", "content": content}}})
	return string(b)
}

func TestHostileInputsChat(t *testing.T) {
	h := hostileServer(t)
	type req struct {
		name, method, target, body string
		status                     int
		code                       string // OpenAI error code; "" for 200
	}
	var tests []req
	for _, q := range hostileQuestions {
		tests = append(tests, req{q.name, "POST", "/v1/chat/completions", chatBody(q.text), q.statusJSON(), codeOf(q.statusJSON())})
	}
	mb := strings.Repeat("a", 1<<20)
	tests = append(tests, []req{
		{"1 MB body", "POST", "/v1/chat/completions", chatBody(mb), 413, "request_too_large"},
		{"deeply nested content", "POST", "/v1/chat/completions", `{"model":"talent-war-qa","messages":[{"role":"user","content":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}]}`, 400, "invalid_request"},
		{"content of wrong type", "POST", "/v1/chat/completions", chatBody(42), 400, "invalid_request"},
		{"messages of wrong type", "POST", "/v1/chat/completions", `{"model":"talent-war-qa","messages":"Meta"}`, 400, "invalid_request"},
		{"unknown role", "POST", "/v1/chat/completions", `{"model":"talent-war-qa","messages":[{"role":"root","content":"Meta"}]}`, 400, "invalid_request"},
		// OpenAI clients send many fields this server does not use
		// (temperature, tools, user…): they are accepted and ignored.
		{"unknown fields", "POST", "/v1/chat/completions", `{"model":"talent-war-qa","temperature":0.2,"x":{"y":1},"messages":[{"role":"user","content":"Scale AI"}]}`, 200, ""},
		{"trailing garbage", "POST", "/v1/chat/completions", chatBody("Meta") + "garbage", 400, "invalid_request"},
		{"not JSON", "POST", "/v1/chat/completions", "<xml/>", 400, "invalid_request"},
		{"unknown model", "POST", "/v1/chat/completions", `{"model":"gpt-4o' OR 1=1","messages":[{"role":"user","content":"Meta"}]}`, 404, "model_not_found"},
		{"wrong method", "GET", "/v1/chat/completions", "", 405, "method_not_allowed"},
		{"unknown model by ID", "GET", "/v1/models/%00<script>", "", 404, "model_not_found"},
	}...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, h, tt.method, tt.target, "application/json", tt.body)
			if r.status != tt.status {
				t.Errorf("status %d, want %d (body %.300s)", r.status, tt.status, r.body)
			}
			checkResponse(t, r)
			if tt.code == "" {
				var ok struct {
					Object  string `json:"object"`
					Choices []struct {
						Message struct{ Content string } `json:"message"`
					} `json:"choices"`
				}
				if err := json.Unmarshal(r.body, &ok); err != nil || ok.Object != "chat.completion" || len(ok.Choices) != 1 || ok.Choices[0].Message.Content == "" {
					t.Errorf("not a chat completion (%v): %.300s", err, r.body)
				}
				return
			}
			var e chatError
			if err := json.Unmarshal(r.body, &e); err != nil {
				t.Fatal(err)
			}
			if e.Error.Code != tt.code || e.Error.Type == "" || e.Error.Message == "" {
				t.Errorf("error %+v, want code %q in the OpenAI shape", e.Error, tt.code)
			}
		})
	}
	t.Run("normal question afterwards", func(t *testing.T) {
		r := do(t, h, "POST", "/v1/chat/completions", "application/json", chatBody("How much did Meta pay for 49% of Scale AI?"))
		if r.status != 200 || !strings.Contains(string(r.body), "14.3") {
			t.Errorf("status %d: %.400s", r.status, r.body)
		}
	})
}

func TestHostileInputsWebPage(t *testing.T) {
	h := hostileServer(t)
	// The page puts ?q= into its search box: whatever it is, the page is
	// served, escaped, under its own CSP.
	for _, q := range hostileQuestions {
		t.Run(q.name, func(t *testing.T) {
			r := do(t, h, "GET", "/?q="+url.QueryEscape(q.text), "", "")
			if r.status != 200 {
				t.Fatalf("status %d", r.status)
			}
			if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
				t.Errorf("Content-Type %q", ct)
			}
			if csp := r.header.Get("Content-Security-Policy"); csp != web.CSP {
				t.Errorf("CSP %q, want the page's", csp)
			}
			if r.header.Get("X-Content-Type-Options") != "nosniff" {
				t.Error("no nosniff")
			}
			body := string(r.body)
			if strings.Contains(body, "<script>alert") || strings.Contains(body, "<img src=x") || strings.Contains(body, "\x00") {
				t.Errorf("question reached the page unescaped")
			}
		})
	}
	for _, tt := range []struct {
		name, method, target string
		status               int
	}{
		{"POST to the page", "POST", "/", 405},
		{"traversal out of static", "GET", "/static/../../../etc/passwd", 404},
		{"static file with NUL", "GET", "/static/app.js%00.html", 404},
		{"unknown static file", "GET", "/static/app.js.map", 404},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, h, tt.method, tt.target, "", "")
			if r.status != tt.status {
				t.Errorf("status %d, want %d", r.status, tt.status)
			}
			if r.header.Get("X-Content-Type-Options") != "nosniff" {
				t.Error("no nosniff")
			}
		})
	}
}
