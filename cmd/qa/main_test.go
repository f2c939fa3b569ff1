package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/talentwar/qa/qa"
)

// startMain runs the real server program on a free port (startWith with
// the default configuration).
func startMain(t *testing.T, wrap func(qa.Asker) qa.Asker) *Main {
	t.Helper()
	return startWith(t, Config{}, wrap)
}

func getJSON(t *testing.T, u string, v any) int {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if v != nil {
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Fatalf("%s: %v", u, err)
		}
	}
	return resp.StatusCode
}

func postJSON(t *testing.T, u string, body any, v any) int {
	t.Helper()
	b, _ := json.Marshal(body)
	resp, err := http.Post(u, "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode
}

func TestMainAnswersOverHTTP(t *testing.T) {
	m := startMain(t, nil)
	if code := getJSON(t, m.URL+"/readyz", nil); code != 200 {
		t.Fatalf("/readyz %d", code)
	}
	tests := []struct {
		q        string
		lang     qa.Lang
		passages []string // any of these at rank 1
		inText   string   // the top passage, in the asker's language, holds this
	}{
		{"How much did Meta pay for 49% of Scale AI?", qa.LangEN, []string{"talent-war/p19.s2", "talent-war/p4.s1"}, "$14.3 billion"},
		{"Meta花了多少錢收購Scale AI的股份？", qa.LangHant, []string{"talent-war/p19.s2", "talent-war/p4.s1"}, "143億美元"},
		{"ChatGPT的月活跃用户有多少？", qa.LangHans, []string{"talent-war/p40.s2"}, "6億"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			var r qa.Response
			if code := getJSON(t, m.URL+"/v1/ask?q="+url.QueryEscape(tt.q), &r); code != 200 {
				t.Fatalf("status %d", code)
			}
			if r.Lang != tt.lang {
				t.Errorf("lang %s, want %s", r.Lang, tt.lang)
			}
			if len(r.Passages) == 0 {
				t.Fatal("no passages")
			}
			top := r.Passages[0]
			ok := false
			for _, id := range tt.passages {
				ok = ok || top.ID == id
			}
			if !ok {
				t.Errorf("top passage %s, want one of %v", top.ID, tt.passages)
			}
			if !strings.Contains(top.ZH+top.EN, tt.inText) {
				t.Errorf("top passage lacks %q", tt.inText)
			}
		})
	}
}

// Over HTTP, a question whose characters are the same in both scripts is
// answered in the script of the asker's Accept-Language, the same
// question asked again from the other script's reader too (the cached
// answers keep them apart), and in Traditional without a Chinese header.
func TestMainAnswersInTheReadersScript(t *testing.T) {
	m := startMain(t, nil)
	q := "/v1/ask?q=" + url.QueryEscape("Gemini的日活是多少？")
	for _, tt := range []struct {
		header string
		lang   qa.Lang
		answer string
	}{
		{"zh-CN,zh;q=0.9,en;q=0.8", qa.LangHans, "3500万"},
		{"zh-TW,zh;q=0.9", qa.LangHant, "3500萬"},
		{"zh-CN", qa.LangHans, "3500万"},
		{"en-US,en;q=0.9", qa.LangHant, "3500萬"},
		{"", qa.LangHant, "3500萬"},
	} {
		req, _ := http.NewRequest("GET", m.URL+q, nil)
		if tt.header != "" {
			req.Header.Set("Accept-Language", tt.header)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var r qa.Response
		err = json.NewDecoder(resp.Body).Decode(&r)
		resp.Body.Close()
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("Accept-Language %q: status %d, %v", tt.header, resp.StatusCode, err)
		}
		if r.Lang != tt.lang || r.Answer == nil || r.Answer.Text != tt.answer {
			t.Errorf("Accept-Language %q: lang %s, answer %+v; want %s, %q", tt.header, r.Lang, r.Answer, tt.lang, tt.answer)
		}
	}
}

func TestMainFollowUpInSession(t *testing.T) {
	m := startMain(t, nil)
	var first qa.Response
	postJSON(t, m.URL+"/v1/ask", map[string]any{"question": "Who will lead Meta's new superintelligence team?"}, &first)
	if first.SessionID == "" {
		t.Fatal("no session_id returned")
	}
	var second qa.Response
	code := postJSON(t, m.URL+"/v1/ask", map[string]any{"question": "How long does he have to stay at Meta?", "session_id": first.SessionID}, &second)
	if code != 200 {
		t.Fatalf("status %d", code)
	}
	if second.SessionID != first.SessionID {
		t.Errorf("session %q, want %q", second.SessionID, first.SessionID)
	}
	if second.InterpretedAs == "" || !strings.Contains(second.InterpretedAs, "Wang") {
		t.Errorf("follow-up not resolved: interpreted_as %q", second.InterpretedAs)
	}
	if len(second.Passages) == 0 || second.Passages[0].ID != "talent-war/p20.s1" {
		t.Errorf("follow-up passages %+v", second.Passages)
	}
	// An unknown session behaves like a fresh conversation.
	var fresh qa.Response
	if code := postJSON(t, m.URL+"/v1/ask", map[string]any{"question": "Scale AI", "session_id": "no-such-session"}, &fresh); code != 200 {
		t.Errorf("unknown session: status %d", code)
	}
}

// A pronoun goes on referring to what it referred to in the turn before,
// over the server's session: 它 is Perplexity both times, though the second
// question as understood names 苹果 first.
func TestMainPronounKeepsItsReferent(t *testing.T) {
	m := startMain(t, nil)
	sid := ""
	var r qa.Response
	for _, q := range []string{"苹果想收购哪家公司？", "苹果花了多少钱收购它？", "它的估值是多少？"} {
		r = qa.Response{}
		if code := postJSON(t, m.URL+"/v1/ask", map[string]any{"question": q, "session_id": sid}, &r); code != 200 {
			t.Fatalf("%s: status %d", q, code)
		}
		sid = r.SessionID
	}
	if r.InterpretedAs != "Perplexity的估值是多少？" {
		t.Errorf("interpreted_as %q, want Perplexity的估值是多少？", r.InterpretedAs)
	}
	if r.Answer == nil || r.Answer.Text != "140亿美元" {
		t.Errorf("answer %+v, want 140亿美元", r.Answer)
	}
}

type slowAsker struct {
	qa.Asker
	started chan struct{}
	delay   time.Duration
}

func (s slowAsker) Ask(ctx context.Context, r qa.Request) (*qa.Response, error) {
	close(s.started)
	time.Sleep(s.delay)
	return s.Asker.Ask(ctx, r)
}

func TestShutdownFinishesInFlightRequest(t *testing.T) {
	started := make(chan struct{})
	m := startMain(t, func(a qa.Asker) qa.Asker { return slowAsker{a, started, 300 * time.Millisecond} })
	var status atomic.Int32
	done := make(chan struct{})
	go func() {
		defer close(done)
		resp, err := http.Get(m.URL + "/v1/ask?q=Scale+AI")
		if err != nil {
			return
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		status.Store(int32(resp.StatusCode))
	}()
	<-started
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := m.Close(ctx); err != nil {
		t.Fatalf("shutdown: %v", err)
	}
	<-done
	if status.Load() != 200 {
		t.Errorf("in-flight request got %d, want 200", status.Load())
	}
	if _, err := http.Get(m.URL + "/healthz"); err == nil {
		t.Error("server still accepts connections after shutdown")
	}
}

func TestCommands(t *testing.T) {
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"passages"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var p map[string]any
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		for _, f := range []string{"id", "doc", "section", "paragraph", "sentence", "zh", "en", "start", "end", "raw_start", "raw_end"} {
			if _, ok := p[f]; !ok {
				t.Errorf("line %d lacks %q", n+1, f)
			}
		}
		n++
	}
	if n < 70 {
		t.Errorf("%d passages printed", n)
	}

	out.Reset()
	if err := run(context.Background(), []string{"ask", "Scale AI 49%", "--json", "--k", "2"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	var r qa.Response
	if err := json.Unmarshal(out.Bytes(), &r); err != nil || len(r.Passages) != 2 {
		t.Errorf("ask --json: %v, %d passages", err, len(r.Passages))
	}

	out.Reset()
	if err := run(context.Background(), []string{"ask", "How tall is Mount Everest?"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "does not say") {
		t.Errorf("unanswerable question printed:\n%s", out.String())
	}

	var ue usageError
	if err := run(context.Background(), []string{"frobnicate"}, &out, &errb); !errors.As(err, &ue) {
		t.Errorf("unknown command: %v", err)
	}
	if err := run(context.Background(), []string{"ask"}, &out, &errb); !errors.As(err, &ue) {
		t.Errorf("ask without a question: %v", err)
	}
	if err := run(context.Background(), []string{"ask", "Meta花了多少錢？", "--answers", "magic"}, &out, &errb); !errors.As(err, &ue) {
		t.Errorf("ask --answers magic: %v, want a usage error", err)
	}
	// Both ways of choosing answer the example.
	for _, mode := range []string{"model", "rules"} {
		out.Reset()
		if err := run(context.Background(), []string{"ask", "Perplexity在哪個月完成了新一輪融資？", "--answers", mode}, &out, &errb); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out.String(), "5月份") {
			t.Errorf("ask --answers %s printed:\n%s", mode, out.String())
		}
	}
	// The blind test sets are never learned from.
	for _, blind := range []string{"test.jsonl", "newcomer.jsonl"} {
		err := run(context.Background(), []string{"train", "--questions", "../../testdata/eval/questions.jsonl,../../testdata/eval/" + blind, "--out", ""}, &out, &errb)
		if !errors.As(err, &ue) || !strings.Contains(err.Error(), "blind") {
			t.Errorf("train on %s: %v, want a usage error", blind, err)
		}
	}
}
