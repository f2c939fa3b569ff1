package chatapi

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// fixedNow is the clock of the test servers.
var fixedNow = time.Date(2025, 7, 2, 9, 30, 0, 0, time.UTC)

const testKey = "sk-test-9f3a1c"

// newServer starts the handler over a fresh fake engine. By default it
// requires testKey, streams with a 150ms head start and uses fixedNow.
func newServer(t *testing.T, mod ...func(*Config)) (*httptest.Server, *fakeAsker) {
	t.Helper()
	cfg := Config{APIKeys: []string{"sk-other", testKey}, Now: func() time.Time { return fixedNow }, StreamHeadStart: 150 * time.Millisecond,
		Logger: slog.New(slog.DiscardHandler)}
	for _, m := range mod {
		m(&cfg)
	}
	fake := &fakeAsker{}
	srv := httptest.NewServer(New(cfg, fake))
	t.Cleanup(srv.Close)
	return srv, fake
}

// post sends a raw request body with the test key.
func post(t *testing.T, srv *httptest.Server, body string) (*http.Response, string) {
	t.Helper()
	return do(t, srv, http.MethodPost, "/v1/chat/completions", body, testKey)
}

func do(t *testing.T, srv *httptest.Server, method, path, body, key string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

// The contents the fake engine's answers render to, as a user sees them.
const (
	wantStakeEN = "**$14.3 billion** [1]\n\n**Sources**\n\n" +
		"[1] In more than a month of talks that followed, both sides gave ground, and a plan emerged: Meta would pay $14.3 billion for 49% of Scale AI, and Alexandr Wang would join Meta. — Section A, ¶19\n\n" +
		"[2] While Apple's plan is still up in the air, Meta founder Mark Zuckerberg has already put up $14.3 billion in hard cash to bring Scale AI co-founder and CEO Alexandr Wang on board. — Introduction, ¶4 _(related)_"
	wantPerplexityZH = "**5月份** [1]\n\n**出處**\n\n" +
		"[1] 以5月份Perplexity完成新一輪融資后的140億美元估值計算，一旦收購成功，這將成為蘋果史上最大的一筆并購案，超過2014年以30億美元收購Beats的交易紀錄。 — 導語，第 3 段"
)

const questionStakeEN = "How much did Meta pay for its stake in Scale AI?"
