package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/talentwar/qa/qa"
)

const (
	testSecret = "test-signing-secret-0123456789"
	testToken  = "xoxb-test-token-abcdef"
	botUser    = "UBOT"
	botBotID   = "BBOT"
)

// testNow is the clock of every test bot; requests are signed at it.
var testNow = time.Unix(1_750_000_000, 0)

// fakeAsker answers from a fixed table, optionally slowly, and records
// what it was asked.
type fakeAsker struct {
	delay   time.Duration
	started chan string   // if set, receives each question as Ask starts
	release chan struct{} // if set, Ask waits for it

	mu   sync.Mutex
	reqs []qa.Request
}

var passageMeta = qa.Result{
	ID: "talent-war/p4.s1", Rank: 1,
	ZH:       "另一邊作為Meta創始人的馬克·扎克伯格已經拿出143億美元的真金白銀，打算將Scale AI聯合創始人兼CEO Alexandr Wang收歸麾下了。",
	EN:       "Meta founder Mark Zuckerberg has put up US$14.3 billion to bring Scale AI co-founder and CEO Alexandr Wang on board.",
	Citation: qa.Citation{Doc: "talent-war", Section: "intro", Paragraph: 4, Sentence: 1},
	Answers:  true,
}

var passageTeam = qa.Result{
	ID: "talent-war/p19.s1", Rank: 2,
	ZH:       "新的超級智能團隊將交由Alexandr Wang領導。",
	EN:       "The new superintelligence team will be led by Alexandr Wang.",
	Citation: qa.Citation{Doc: "talent-war", Section: "A", Paragraph: 19, Sentence: 1},
}

func (f *fakeAsker) Ask(ctx context.Context, req qa.Request) (*qa.Response, error) {
	f.mu.Lock()
	f.reqs = append(f.reqs, req)
	f.mu.Unlock()
	if f.started != nil {
		f.started <- req.Question
	}
	if f.release != nil {
		select {
		case <-f.release:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	if f.delay > 0 {
		select {
		case <-time.After(f.delay):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	switch {
	case strings.Contains(req.Question, "pineapple"):
		return &qa.Response{Question: req.Question, Lang: qa.LangEN, NoAnswer: "The article does not say that."}, nil
	case strings.Contains(req.Question, "fail"):
		return nil, io.ErrUnexpectedEOF
	case strings.ContainsFunc(req.Question, func(r rune) bool { return r >= 0x4e00 && r <= 0x9fff }):
		return &qa.Response{
			Question: req.Question, Lang: qa.LangHant, SessionID: req.SessionID,
			Answer:   &qa.Answer{Text: "143億美元", PassageID: passageMeta.ID, Field: "zh"},
			Passages: []qa.Result{passageMeta, passageTeam},
		}, nil
	}
	return &qa.Response{
		Question: req.Question, Lang: qa.LangEN, SessionID: req.SessionID,
		Answer:   &qa.Answer{Text: "Alexandr Wang", PassageID: passageTeam.ID, Field: "en"},
		Passages: []qa.Result{passageTeam, passageMeta},
	}, nil
}

func (f *fakeAsker) Passage(context.Context, string, int) (qa.Passage, []qa.Passage, error) {
	return qa.Passage{}, nil, qa.Errorf(qa.NotFound, "no passages here")
}

func (f *fakeAsker) requests() []qa.Request {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]qa.Request(nil), f.reqs...)
}

// posted is one message that reached the fake Slack, through
// chat.postMessage or a response_url.
type posted struct {
	Channel      string
	ThreadTS     string
	ResponseType string
	Text         string
	Blocks       []string
}

// fakeSlack is the Web API (auth.test, chat.postMessage) and a
// response_url endpoint (/hook/…) on loopback.
type fakeSlack struct {
	srv *httptest.Server

	mu         sync.Mutex
	posts      []posted
	attempts   int    // chat.postMessage and hook requests, rejected ones included
	limited    int    // how many next requests get 429
	retryAfter string // Retry-After of those 429s
	delay      time.Duration
	tokens     []string
}

func newFakeSlack(t *testing.T) *fakeSlack {
	f := &fakeSlack{}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeSlack) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if r.URL.Path == "/api/auth.test" {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"ok":true,"url":"https://test.slack.com/","team":"Test","user":"qa","team_id":"T1","user_id":"`+botUser+`","bot_id":"`+botBotID+`"}`)
		return
	}
	f.mu.Lock()
	f.attempts++
	delay := f.delay
	limited := f.limited > 0
	if limited {
		f.limited--
	}
	f.mu.Unlock()
	if delay > 0 {
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
	}
	if limited {
		w.Header().Set("Retry-After", f.retryAfter)
		w.WriteHeader(http.StatusTooManyRequests)
		return
	}
	var p posted
	switch {
	case r.URL.Path == "/api/chat.postMessage":
		form, _ := url.ParseQuery(string(body))
		p = posted{Channel: form.Get("channel"), ThreadTS: form.Get("thread_ts"), Text: form.Get("text"),
			Blocks: blockView(json.RawMessage(form.Get("blocks")))}
		f.mu.Lock()
		f.tokens = append(f.tokens, form.Get("token")+r.Header.Get("Authorization"))
		f.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"ok":true,"channel":"`+p.Channel+`","ts":"1750000001.000100"}`)
	case strings.HasPrefix(r.URL.Path, "/hook/"):
		var m struct {
			ResponseType string          `json:"response_type"`
			Text         string          `json:"text"`
			ThreadTS     string          `json:"thread_ts"`
			Blocks       json.RawMessage `json:"blocks"`
		}
		if err := json.Unmarshal(body, &m); err != nil {
			http.Error(w, "bad json", http.StatusBadRequest)
			return
		}
		p = posted{Channel: "hook:" + strings.TrimPrefix(r.URL.Path, "/hook/"), ResponseType: m.ResponseType,
			ThreadTS: m.ThreadTS, Text: m.Text, Blocks: blockView(m.Blocks)}
		io.WriteString(w, "ok")
	default:
		http.NotFound(w, r)
		return
	}
	f.mu.Lock()
	f.posts = append(f.posts, p)
	f.mu.Unlock()
}

// calls counts requests to post a message, rejected ones included.
func (f *fakeSlack) calls() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.attempts
}

func (f *fakeSlack) messages() []posted {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]posted(nil), f.posts...)
}

// blockView shows Block Kit JSON as one line a block: "section: …",
// "context: …", "divider".
func blockView(raw json.RawMessage) []string {
	var blocks []struct {
		Type string `json:"type"`
		Text *struct {
			Type string `json:"type"`
			Text string `json:"text"`
		} `json:"text"`
		Elements []struct {
			Text string `json:"text"`
		} `json:"elements"`
	}
	if len(raw) == 0 || json.Unmarshal(raw, &blocks) != nil {
		return nil
	}
	var out []string
	for _, b := range blocks {
		s := b.Type
		if b.Text != nil {
			s += ": " + b.Text.Text
		}
		for _, e := range b.Elements {
			s += ": " + e.Text
		}
		out = append(out, s)
	}
	return out
}

// harness is a bot on loopback wired to a fake Slack and a fake asker.
type harness struct {
	t      *testing.T
	bot    *Bot
	srv    *httptest.Server
	slack  *fakeSlack
	asker  *fakeAsker
	logs   *syncBuffer
	mu     sync.Mutex
	sleeps []time.Duration
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func newHarness(t *testing.T, asker *fakeAsker, mod func(*Config)) *harness {
	t.Helper()
	if asker == nil {
		asker = &fakeAsker{}
	}
	h := &harness{t: t, slack: newFakeSlack(t), asker: asker, logs: &syncBuffer{}}
	fakeHost := strings.TrimPrefix(h.slack.srv.URL, "http://")
	cfg := Config{
		SigningSecret:   testSecret,
		BotToken:        testToken,
		APIURL:          h.slack.srv.URL + "/api/",
		Workers:         1, // one worker: replies come in the order asked
		QueueSize:       8,
		Timeout:         2 * time.Second,
		DeliveryTimeout: 2 * time.Second,
		HTTPTimeout:     2 * time.Second,
		Now:             func() time.Time { return testNow },
		Sleep: func(ctx context.Context, d time.Duration) error {
			h.mu.Lock()
			h.sleeps = append(h.sleeps, d)
			h.mu.Unlock()
			return ctx.Err()
		},
		AllowResponseURL: func(u *url.URL) bool { return u.Host == fakeHost },
	}
	if mod != nil {
		mod(&cfg)
	}
	log := slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	bot, err := New(cfg, asker, log)
	if err != nil {
		t.Fatal(err)
	}
	h.bot = bot
	h.srv = httptest.NewServer(bot.Handler())
	t.Cleanup(func() {
		h.srv.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		defer cancel()
		bot.Close(ctx)
	})
	return h
}

// drain waits until every accepted request has been answered.
func (h *harness) drain() {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := h.bot.Close(ctx); err != nil {
		h.t.Fatalf("Close: %v", err)
	}
}

type reply struct {
	status int
	body   string
	took   time.Duration
}

// post sends body to path signed like Slack at ts; edit may change the
// request after signing.
func (h *harness) post(path, contentType string, body []byte, ts time.Time, edit func(*http.Request)) reply {
	h.t.Helper()
	req, err := http.NewRequest(http.MethodPost, h.srv.URL+path, bytes.NewReader(body))
	if err != nil {
		h.t.Fatal(err)
	}
	sec := strconv.FormatInt(ts.Unix(), 10)
	req.Header.Set("Content-Type", contentType)
	req.Header.Set(HeaderTimestamp, sec)
	req.Header.Set(HeaderSignature, Sign(testSecret, sec, body))
	if edit != nil {
		edit(req)
	}
	client := &http.Client{Timeout: 5 * time.Second}
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return reply{status: resp.StatusCode, body: string(b), took: time.Since(start)}
}

const formType = "application/x-www-form-urlencoded"

func (h *harness) commandBody(text, hook string) []byte {
	return []byte(url.Values{
		"token": {"legacy"}, "team_id": {"T1"}, "team_domain": {"test"},
		"channel_id": {"C1"}, "channel_name": {"general"},
		"user_id": {"U1"}, "user_name": {"ada"}, "command": {"/ask"}, "text": {text},
		"response_url": {h.slack.srv.URL + "/hook/" + hook},
		"trigger_id":   {"1.2.3"}, "api_app_id": {"A1"},
	}.Encode())
}

func (h *harness) command(text, hook string) reply {
	h.t.Helper()
	return h.post("/slack/commands", formType, h.commandBody(text, hook), testNow, nil)
}

func eventBody(id string, inner map[string]any) []byte {
	b, err := json.Marshal(map[string]any{
		"token": "legacy", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
		"event_id": id, "event_time": testNow.Unix(), "event": inner,
	})
	if err != nil {
		panic(err)
	}
	return b
}

func (h *harness) event(id string, inner map[string]any, edit func(*http.Request)) reply {
	h.t.Helper()
	return h.post("/slack/events", "application/json", eventBody(id, inner), testNow, edit)
}

func mention(text, ts, thread string) map[string]any {
	e := map[string]any{"type": "app_mention", "user": "U1", "text": text, "ts": ts, "channel": "C1", "event_ts": ts}
	if thread != "" {
		e["thread_ts"] = thread
	}
	return e
}

func dm(text, ts string) map[string]any {
	return map[string]any{"type": "message", "channel_type": "im", "user": "U1", "text": text, "ts": ts, "channel": "D1", "event_ts": ts}
}
