package main

import (
	"context"
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/talentwar/qa/qa"
)

func startWith(t *testing.T, cfg Config, wrap func(qa.Asker) qa.Asker) *Main {
	t.Helper()
	t.Setenv("SLACK_SIGNING_SECRET", "")
	t.Setenv("SLACK_BOT_TOKEN", "")
	cfg.Addr, cfg.RequestTimeout, cfg.MaxSessions, cfg.SessionTTL = "127.0.0.1:0", 5*time.Second, 100, time.Minute
	m := &Main{Config: cfg, WrapAsker: wrap}
	if err := m.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		m.Close(ctx)
	})
	return m
}

func status(t *testing.T, u string) int {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		return 0
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}

// While the server drains, /readyz says 503 so that load balancers stop
// sending, and requests are still answered; then it stops.
func TestNotReadyWhileDraining(t *testing.T) {
	m := startWith(t, Config{DrainDelay: 600 * time.Millisecond}, nil)
	if got := status(t, m.URL+"/readyz"); got != 200 {
		t.Fatalf("/readyz before shutdown: %d", got)
	}
	closed := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		closed <- m.Close(ctx)
	}()
	deadline := time.Now().Add(400 * time.Millisecond)
	for status(t, m.URL+"/readyz") != 503 {
		if time.Now().After(deadline) {
			t.Fatal("/readyz still 200 while shutting down")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if got := status(t, m.URL+"/v1/ask?q=Scale+AI"); got != 200 {
		t.Errorf("question while draining: %d", got)
	}
	if err := <-closed; err != nil {
		t.Fatal(err)
	}
	if got := status(t, m.URL+"/healthz"); got != 0 {
		t.Errorf("still serving after shutdown: %d", got)
	}
}

// Without a drain delay the listener closes at once, so readiness can only
// be seen through the handler: it is false from the start of Close, while
// an in-flight request finishes.
func TestNotReadyDuringShutdown(t *testing.T) {
	started := make(chan struct{})
	m := startWith(t, Config{}, func(a qa.Asker) qa.Asker { return slowAsker{a, started, 400 * time.Millisecond} })
	inflight := make(chan int, 1)
	go func() { inflight <- status(t, m.URL+"/v1/ask?q=Scale+AI") }()
	<-started
	closed := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		closed <- m.Close(ctx)
	}()
	deadline := time.Now().Add(300 * time.Millisecond)
	for {
		w := httptest.NewRecorder()
		m.srv.Handler.ServeHTTP(w, httptest.NewRequest("GET", "/readyz", nil))
		if w.Code == 503 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the handler still reports ready during shutdown")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if got := <-inflight; got != 200 {
		t.Errorf("in-flight request: %d", got)
	}
	if err := <-closed; err != nil {
		t.Fatal(err)
	}
}

func TestMetricsEndToEnd(t *testing.T) {
	m := startWith(t, Config{RateLimit: 100, RateBurst: 100}, nil)
	status(t, m.URL+"/v1/ask?q="+url.QueryEscape("How much did Meta pay for 49% of Scale AI?"))
	resp, err := http.Post(m.URL+"/v1/chat/completions", "application/json",
		strings.NewReader(`{"model":"talent-war-qa","messages":[{"role":"user","content":"How tall is Mount Everest?"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()

	resp, err = http.Get(m.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	p := expfmt.NewTextParser(model.LegacyValidation)
	fams, err := p.TextToMetricFamilies(resp.Body)
	if err != nil {
		t.Fatalf("/metrics does not parse: %v", err)
	}
	gauge := func(name string) float64 {
		f := fams[name]
		if f == nil || len(f.GetMetric()) != 1 {
			t.Errorf("no single %s", name)
			return 0
		}
		return f.GetMetric()[0].GetGauge().GetValue()
	}
	if n := gauge("qa_index_passages"); n < 70 {
		t.Errorf("qa_index_passages %v", n)
	}
	if s := gauge("qa_index_build_seconds"); s <= 0 || s > 60 {
		t.Errorf("qa_index_build_seconds %v", s)
	}
	if rss := gauge("process_resident_memory_bytes"); rss < 1<<20 {
		t.Errorf("process_resident_memory_bytes %v", rss)
	}
	// The API's answer and the chat API's abstention are both counted.
	got := map[string]float64{}
	for _, mt := range fams["qa_answers_total"].GetMetric() {
		var key []string
		for _, lp := range mt.GetLabel() {
			key = append(key, lp.GetValue())
		}
		if v := mt.GetCounter().GetValue(); v > 0 {
			got[strings.Join(key, " ")] = v
		}
	}
	want := map[string]float64{"en answered": 1, "en abstained": 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("qa_answers_total (-want +got):\n%s", diff)
	}
}

func TestHardeningSettings(t *testing.T) {
	var def Config
	def.bind(flag.NewFlagSet("", flag.ContinueOnError))
	if def.RateLimit != 10 || def.RateBurst != 50 || def.MaxBodyBytes != 64<<10 || def.TrustedProxies != "" || def.CORSOrigins != "" {
		t.Errorf("defaults %+v", def)
	}
	t.Setenv("QA_RATE_LIMIT", "2.5")
	t.Setenv("QA_RATE_BURST", "7")
	t.Setenv("QA_TRUSTED_PROXIES", "10.0.0.0/8")
	t.Setenv("QA_CORS_ORIGINS", "https://a.example")
	t.Setenv("QA_MAX_BODY_BYTES", "1024")
	t.Setenv("QA_METRICS_TOKEN", "tok")
	var c Config
	fs := flag.NewFlagSet("", flag.ContinueOnError)
	c.bind(fs)
	if err := fs.Parse([]string{"--rate-burst", "9"}); err != nil {
		t.Fatal(err)
	}
	api, err := c.apiConfig(nil)
	if err != nil {
		t.Fatal(err)
	}
	if api.RateLimit.PerSecond != 2.5 || api.RateLimit.Burst != 9 || api.RateLimit.Off || len(api.TrustedProxies) != 1 ||
		len(api.CORSOrigins) != 1 || api.MaxBodyBytes != 1024 || api.MetricsToken != "tok" {
		t.Errorf("from env and flags: %+v", api)
	}
	c.RateLimit = 0
	if api, _ := c.apiConfig(nil); !api.RateLimit.Off {
		t.Error("--rate-limit 0 does not turn the limit off")
	}
	c.TrustedProxies = "proxy.internal"
	if _, err := c.apiConfig(nil); err == nil {
		t.Error("a bad trusted proxy was accepted")
	}
	// The body limit reaches the API.
	m := startWith(t, Config{MaxBodyBytes: 100}, nil)
	resp, err := http.Post(m.URL+"/v1/ask", "application/json", strings.NewReader(`{"question":"`+strings.Repeat("a", 200)+`"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 413 {
		t.Errorf("body over --max-body-bytes: %d", resp.StatusCode)
	}
}

// The rate limit is on when configured, per client, and speaks each
// route's error shape: OpenAI's on the chat API.
func TestRateLimitEndToEnd(t *testing.T) {
	m := startWith(t, Config{RateLimit: 0.1, RateBurst: 2}, nil)
	chat := func() (int, string, string) {
		resp, err := http.Post(m.URL+"/v1/chat/completions", "application/json",
			strings.NewReader(`{"model":"talent-war-qa","messages":[{"role":"user","content":"Scale AI"}]}`))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, resp.Header.Get("Retry-After"), string(b)
	}
	chat()
	chat()
	code, retry, body := chat()
	if code != 429 || retry == "" || !strings.Contains(body, `"type":"rate_limit_error"`) {
		t.Errorf("third chat request: %d Retry-After %q %s", code, retry, body)
	}
	if got := status(t, m.URL+"/v1/ask?q=Meta"); got != 429 {
		t.Errorf("/v1/ask from the same client: %d", got)
	}
	if got := status(t, m.URL+"/healthz"); got != 200 {
		t.Errorf("/healthz while limited: %d", got)
	}
}
