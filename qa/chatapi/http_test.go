package chatapi

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestSSEFraming checks the stream byte by byte: every event is one
// "data: " line followed by a blank line, the role chunk comes first, the
// final chunk says "stop", the usage chunk has no choices, and the body
// ends with "data: [DONE]\n\n".
func TestSSEFraming(t *testing.T) {
	srv, _ := newServer(t)
	body := fmt.Sprintf(`{"model":"talent-war-qa","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":%q}]}`, questionStakeEN)
	resp, got := post(t, srv, body)
	if resp.StatusCode != 200 {
		t.Fatalf("status %d: %s", resp.StatusCode, got)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	if !strings.HasSuffix(got, "\n\ndata: [DONE]\n\n") {
		t.Fatalf("body does not end with the [DONE] event: %q", got[max(0, len(got)-80):])
	}
	events := strings.Split(strings.TrimSuffix(got, "\n\n"), "\n\n")
	var datas []string
	for i, ev := range events {
		if !strings.HasPrefix(ev, "data: ") || strings.Contains(ev, "\n") || strings.Contains(ev, "\r") {
			t.Fatalf("event %d is not one data line: %q", i, ev)
		}
		datas = append(datas, strings.TrimPrefix(ev, "data: "))
	}
	n := len(datas)
	if n < 6 {
		t.Fatalf("%d events, want role + several content + final + usage + [DONE]", n)
	}
	var first struct{ ID string }
	if err := json.Unmarshal([]byte(datas[0]), &first); err != nil {
		t.Fatal(err)
	}
	head := fmt.Sprintf(`{"id":%q,"object":"chat.completion.chunk","created":%d,"model":"talent-war-qa","choices":`, first.ID, fixedNow.Unix())
	if want := head + `[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}]}`; datas[0] != want {
		t.Errorf("role chunk\n got %s\nwant %s", datas[0], want)
	}
	var content strings.Builder
	for i, d := range datas[1 : n-3] {
		var c struct {
			Choices []struct {
				Delta        map[string]string
				FinishReason *string `json:"finish_reason"`
			}
		}
		if !strings.HasPrefix(d, head+`[{"index":0,"delta":{"content":`) || json.Unmarshal([]byte(d), &c) != nil ||
			len(c.Choices) != 1 || len(c.Choices[0].Delta) != 1 || c.Choices[0].FinishReason != nil {
			t.Fatalf("content chunk %d: %s", i+1, d)
		}
		content.WriteString(c.Choices[0].Delta["content"])
	}
	if content.String() != wantStakeEN {
		t.Errorf("streamed content %q", content.String())
	}
	if !strings.HasPrefix(datas[n-3], head+`[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}],"citations":[{"index":1,"id":"talent-war/p19.s2"`) {
		t.Errorf("final chunk %s", datas[n-3])
	}
	p, c := EstimateTokens(questionStakeEN), EstimateTokens(wantStakeEN)
	if want := head + fmt.Sprintf(`[],"usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d}}`, p, c, p+c); datas[n-2] != want {
		t.Errorf("usage chunk\n got %s\nwant %s", datas[n-2], want)
	}
	if datas[n-1] != "[DONE]" {
		t.Errorf("last event %q", datas[n-1])
	}

	// Without include_usage there is no usage chunk.
	_, got = post(t, srv, strings.Replace(body, `"include_usage":true`, `"include_usage":false`, 1))
	if strings.Contains(got, `"usage"`) || !strings.Contains(got, `"finish_reason":"stop"}],"citations"`) {
		t.Errorf("stream without include_usage:\n%s", got)
	}
}

// TestStreamIsFlushedAsItGoes reads the role chunk while the engine is
// still working, then the error event it ends with.
func TestStreamIsFlushedAsItGoes(t *testing.T) {
	srv, _ := newServer(t)
	req, _ := http.NewRequest("POST", srv.URL+"/v1/chat/completions",
		strings.NewReader(`{"model":"talent-war-qa","stream":true,"messages":[{"role":"user","content":"trigger:slow-rate"}]}`))
	req.Header.Set("Authorization", "Bearer "+testKey)
	start := time.Now()
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	r := bufio.NewReader(resp.Body)
	line, err := r.ReadString('\n')
	if err != nil || !strings.Contains(line, `"role":"assistant"`) {
		t.Fatalf("first line %q, %v", line, err)
	}
	if el := time.Since(start); el > 600*time.Millisecond {
		t.Errorf("role chunk after %v: not flushed before the engine answered (800ms)", el)
	}
	rest := new(bytes.Buffer)
	rest.ReadFrom(r)
	want := "\n" + `data: {"error":{"message":"too many questions from you; wait a moment","type":"rate_limit_error","param":null,"code":"rate_limit_exceeded"}}` + "\n\n"
	if rest.String() != want {
		t.Errorf("after the role chunk:\n got %q\nwant %q", rest.String(), want)
	}
}

func TestErrorsInOpenAIShape(t *testing.T) {
	long := strings.Repeat("誰", 501)
	msg := func(content string) string {
		return `{"model":"talent-war-qa","messages":[{"role":"user","content":` + content + `}]}`
	}
	for _, tc := range []struct {
		name, method, path, key, body string
		want                          apiErr
	}{
		{"bad JSON", "POST", "/v1/chat/completions", testKey, `{"model":`, apiErr{400, "invalid_request_error", "invalid_request", ""}},
		{"trailing garbage", "POST", "/v1/chat/completions", testKey, msg(`"hi"`) + `{}`, apiErr{400, "invalid_request_error", "invalid_request", ""}},
		{"wrong type", "POST", "/v1/chat/completions", testKey, `{"model":"talent-war-qa","messages":"hi"}`, apiErr{400, "invalid_request_error", "invalid_request", "messages"}},
		{"no model", "POST", "/v1/chat/completions", testKey, `{"messages":[{"role":"user","content":"hi"}]}`, apiErr{400, "invalid_request_error", "invalid_request", "model"}},
		{"no messages", "POST", "/v1/chat/completions", testKey, `{"model":"talent-war-qa","messages":[]}`, apiErr{400, "invalid_request_error", "invalid_request", "messages"}},
		{"no user message", "POST", "/v1/chat/completions", testKey, `{"model":"talent-war-qa","messages":[{"role":"system","content":"hi"},{"role":"assistant","content":"hello"}]}`, apiErr{400, "invalid_request_error", "invalid_request", "messages"}},
		{"empty content", "POST", "/v1/chat/completions", testKey, msg(`""`), apiErr{400, "invalid_request_error", "invalid_request", "messages[0].content"}},
		{"null content", "POST", "/v1/chat/completions", testKey, msg(`null`), apiErr{400, "invalid_request_error", "invalid_request", "messages[0].content"}},
		{"empty parts", "POST", "/v1/chat/completions", testKey, msg(`[]`), apiErr{400, "invalid_request_error", "invalid_request", "messages[0].content"}},
		{"content a number", "POST", "/v1/chat/completions", testKey, msg(`42`), apiErr{400, "invalid_request_error", "invalid_request", "messages[0].content"}},
		{"image part", "POST", "/v1/chat/completions", testKey, msg(`[{"type":"image_url","image_url":{"url":"http://x/y.png"}}]`), apiErr{400, "invalid_request_error", "invalid_request", "messages[0].content[0].type"}},
		{"bad role", "POST", "/v1/chat/completions", testKey, `{"model":"talent-war-qa","messages":[{"role":"robot","content":"hi"}]}`, apiErr{400, "invalid_request_error", "invalid_request", "messages[0].role"}},
		{"question too long", "POST", "/v1/chat/completions", testKey, msg(`"` + long + `"`), apiErr{400, "invalid_request_error", "invalid_request", "messages[0].content"}},
		{"n=2", "POST", "/v1/chat/completions", testKey, `{"model":"talent-war-qa","n":2,"messages":[{"role":"user","content":"hi"}]}`, apiErr{400, "invalid_request_error", "invalid_request", "n"}},
		{"max_tokens=0", "POST", "/v1/chat/completions", testKey, `{"model":"talent-war-qa","max_tokens":0,"messages":[{"role":"user","content":"hi"}]}`, apiErr{400, "invalid_request_error", "invalid_request", "max_tokens"}},
		{"unknown model", "POST", "/v1/chat/completions", testKey, `{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}`, apiErr{404, "invalid_request_error", "model_not_found", "model"}},
		{"missing key", "POST", "/v1/chat/completions", "", msg(`"hi"`), apiErr{401, "invalid_request_error", "invalid_api_key", ""}},
		{"key of another length", "GET", "/v1/models", "sk", "", apiErr{401, "invalid_request_error", "invalid_api_key", ""}},
		{"wrong method", "GET", "/v1/chat/completions", testKey, "", apiErr{405, "invalid_request_error", "method_not_allowed", ""}},
		{"wrong method on models", "DELETE", "/v1/models", testKey, "", apiErr{405, "invalid_request_error", "method_not_allowed", ""}},
		{"unknown route", "POST", "/v1/completions", testKey, msg(`"hi"`), apiErr{404, "invalid_request_error", "unknown_url", ""}},
		{"body too large", "POST", "/v1/chat/completions", testKey, msg(`"` + strings.Repeat("a", 300<<10) + `"`), apiErr{413, "invalid_request_error", "request_too_large", ""}},
		{"rate limited", "POST", "/v1/chat/completions", testKey, msg(`"trigger:rate"`), apiErr{429, "rate_limit_error", "rate_limit_exceeded", ""}},
		{"engine failure", "POST", "/v1/chat/completions", testKey, msg(`"trigger:boom"`), apiErr{500, "api_error", "internal_error", ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, _ := newServer(t)
			resp, body := do(t, srv, tc.method, tc.path, tc.body, tc.key)
			var e struct {
				Error struct {
					Message, Type, Code string
					Param               *string
				}
			}
			if err := json.Unmarshal([]byte(body), &e); err != nil {
				t.Fatalf("body %q: %v", body, err)
			}
			got := apiErr{resp.StatusCode, e.Error.Type, e.Error.Code, ""}
			if e.Error.Param != nil {
				got.Param = *e.Error.Param
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
			if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type %q", ct)
			}
			if e.Error.Message == "" || strings.Contains(e.Error.Message, "bleve") || strings.Contains(e.Error.Message, "sk-") {
				t.Errorf("message %q: empty or leaking", e.Error.Message)
			}
			switch resp.StatusCode {
			case 405:
				if resp.Header.Get("Allow") == "" {
					t.Error("405 without Allow")
				}
			case 401:
				if resp.Header.Get("WWW-Authenticate") == "" {
					t.Error("401 without WWW-Authenticate")
				}
			}
		})
	}
}

func TestQuestionLengthLimitIsInclusive(t *testing.T) {
	srv, fake := newServer(t)
	q := strings.Repeat("誰", 250) + strings.Repeat(" ", 40) + strings.Repeat("a", 250) // 501 runes with one space once spaces are collapsed
	resp, body := post(t, srv, `{"model":"talent-war-qa","messages":[{"role":"user","content":"`+q[:len(q)-1]+`"}]}`)
	if resp.StatusCode != 200 {
		t.Errorf("500-rune question: %d %s", resp.StatusCode, body)
	}
	if reqs := fake.requests(); len(reqs) != 1 {
		t.Errorf("engine got %d requests", len(reqs))
	}
	resp, _ = post(t, srv, `{"model":"talent-war-qa","messages":[{"role":"user","content":"`+q+`"}]}`)
	if resp.StatusCode != 400 {
		t.Errorf("501-rune question: %d", resp.StatusCode)
	}
}

func TestAuthOffWithoutKeys(t *testing.T) {
	srv, _ := newServer(t, func(c *Config) { c.APIKeys = nil })
	for _, key := range []string{"", "anything"} {
		resp, body := do(t, srv, "GET", "/v1/models", "", key)
		if resp.StatusCode != 200 || !strings.Contains(body, `"id":"talent-war-qa"`) {
			t.Errorf("key %q: %d %s", key, resp.StatusCode, body)
		}
	}
	// Every configured key is accepted.
	srv, _ = newServer(t)
	for _, key := range []string{"sk-other", testKey} {
		if resp, body := do(t, srv, "GET", "/v1/models", "", key); resp.StatusCode != 200 {
			t.Errorf("key %q: %d %s", key, resp.StatusCode, body)
		}
	}
}

func TestModelsListShape(t *testing.T) {
	srv, _ := newServer(t, func(c *Config) {
		c.Models = []Model{{ID: "talent-war-qa", OwnedBy: "talentwar", Created: 1751328000}, {ID: "other-qa", OwnedBy: "x", Created: 1}}
	})
	_, body := do(t, srv, "GET", "/v1/models", "", testKey)
	want := `{"object":"list","data":[{"id":"talent-war-qa","object":"model","created":1751328000,"owned_by":"talentwar"},{"id":"other-qa","object":"model","created":1,"owned_by":"x"}]}` + "\n"
	if body != want {
		t.Errorf("got  %s\nwant %s", body, want)
	}
}

func TestLogsNeitherKeysNorLeaksThemToClients(t *testing.T) {
	var logs bytes.Buffer
	srv, _ := newServer(t, func(c *Config) { c.Logger = slog.New(slog.NewTextHandler(&logs, nil)) })
	do(t, srv, "POST", "/v1/chat/completions", `{"model":"talent-war-qa","messages":[{"role":"user","content":"hi"}]}`, "sk-guess-123")
	post(t, srv, `{"model":"talent-war-qa","messages":[{"role":"user","content":"trigger:boom"}]}`)
	if !strings.Contains(logs.String(), "ask failed") || !strings.Contains(logs.String(), "corrupt") {
		t.Errorf("the engine failure is not logged for operators: %q", logs.String())
	}
	for _, k := range []string{testKey, "sk-other", "sk-guess-123"} {
		if strings.Contains(logs.String(), k) {
			t.Errorf("log holds key %q", k)
		}
	}
}
