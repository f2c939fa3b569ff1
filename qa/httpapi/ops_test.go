package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/talentwar/qa/qa"
	"github.com/talentwar/qa/qa/chatapi"
	"github.com/talentwar/qa/qa/httpapi"
)

// from sends a request as if from the peer remote.
func from(h http.Handler, remote, method, target string, hdr map[string]string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, nil)
	req.RemoteAddr = remote
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

func TestRateLimit(t *testing.T) {
	h := httpapi.New(engine(t), httpapi.Config{RateLimit: httpapi.RateLimit{PerSecond: 0.5, Burst: 3}})
	for i := range 3 {
		if w := from(h, "198.51.100.1:1000", "GET", "/v1/ask?q=Meta", nil); w.Code != 200 {
			t.Fatalf("request %d within the burst: %d", i+1, w.Code)
		}
	}
	w := from(h, "198.51.100.1:1001", "GET", "/v1/ask?q=Meta", nil)
	if w.Code != 429 {
		t.Fatalf("over the burst: %d", w.Code)
	}
	if got := errorCode(t, result{w.Code, w.Body.Bytes(), w.Header()}); got != qa.RateLimited {
		t.Errorf("code %q", got)
	}
	if ra, err := strconv.Atoi(w.Header().Get("Retry-After")); err != nil || ra < 1 || ra > 2 {
		t.Errorf("Retry-After %q, want 2 s at 0.5/s", w.Header().Get("Retry-After"))
	}
	// Other clients, the probes and the metrics are not affected.
	if w := from(h, "198.51.100.2:1000", "GET", "/v1/ask?q=Meta", nil); w.Code != 200 {
		t.Errorf("another client: %d", w.Code)
	}
	for _, p := range []string{"/healthz", "/readyz", "/metrics"} {
		if w := from(h, "198.51.100.1:1000", "GET", p, nil); w.Code != 200 {
			t.Errorf("%s while limited: %d", p, w.Code)
		}
	}
	// A client cannot escape its bucket with a forged X-Forwarded-For
	// when no proxy is trusted.
	if w := from(h, "198.51.100.1:1000", "GET", "/v1/ask?q=Meta", map[string]string{"X-Forwarded-For": "203.0.113.99", "X-Real-IP": "203.0.113.98"}); w.Code != 429 {
		t.Errorf("forged X-Forwarded-For got through: %d", w.Code)
	}
}

func TestRateLimitBehindTrustedProxy(t *testing.T) {
	proxies, _ := httpapi.ParsePrefixes("10.0.0.0/8")
	h := httpapi.New(engine(t), httpapi.Config{TrustedProxies: proxies, RateLimit: httpapi.RateLimit{PerSecond: 0.1, Burst: 1}})
	// Two clients behind one proxy have buckets of their own.
	for _, c := range []string{"203.0.113.1", "203.0.113.2"} {
		if w := from(h, "10.0.0.1:80", "GET", "/v1/ask?q=Meta", map[string]string{"X-Forwarded-For": c}); w.Code != 200 {
			t.Errorf("first request of %s: %d", c, w.Code)
		}
	}
	if w := from(h, "10.0.0.1:80", "GET", "/v1/ask?q=Meta", map[string]string{"X-Forwarded-For": "203.0.113.1"}); w.Code != 429 {
		t.Errorf("second request of 203.0.113.1: %d", w.Code)
	}
}

func TestRateLimitOff(t *testing.T) {
	h := httpapi.New(engine(t), httpapi.Config{RateLimit: httpapi.RateLimit{Off: true, PerSecond: 0.001, Burst: 1}})
	for i := range 20 {
		if w := from(h, "198.51.100.1:1000", "GET", "/v1/passages/talent-war/p1.s1", nil); w.Code != 200 {
			t.Fatalf("request %d: %d", i+1, w.Code)
		}
	}
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	h := hostileServer(t)
	for _, target := range []string{"/v1/ask?q=Meta", "/v1/ask", "/nope", "/healthz", "/metrics", "/v1/models", "/static/app.css", "/"} {
		w := from(h, "192.0.2.1:1", "GET", target, nil)
		hd := w.Header()
		if hd.Get("X-Content-Type-Options") != "nosniff" || hd.Get("Referrer-Policy") != "no-referrer" || hd.Get("Content-Security-Policy") == "" {
			t.Errorf("%s: headers %v", target, hd)
		}
		if hd.Get("Server") != "" || hd.Get("X-Powered-By") != "" {
			t.Errorf("%s announces its software: %v", target, hd)
		}
		if hd.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("%s: CORS header without configured origins", target)
		}
	}
}

func TestCORS(t *testing.T) {
	h := httpapi.New(engine(t), httpapi.Config{CORSOrigins: httpapi.ParseOrigins("https://app.example, https://b.example/")})
	w := from(h, "192.0.2.1:1", "GET", "/v1/ask?q=Meta", map[string]string{"Origin": "https://app.example"})
	if w.Code != 200 || w.Header().Get("Access-Control-Allow-Origin") != "https://app.example" {
		t.Errorf("allowed origin: %d %v", w.Code, w.Header())
	}
	if !strings.Contains(strings.Join(w.Header().Values("Vary"), ","), "Origin") {
		t.Error("no Vary: Origin")
	}
	w = from(h, "192.0.2.1:1", "OPTIONS", "/v1/ask", map[string]string{"Origin": "https://b.example", "Access-Control-Request-Method": "POST"})
	if w.Code != 204 || !strings.Contains(w.Header().Get("Access-Control-Allow-Methods"), "POST") || !strings.Contains(w.Header().Get("Access-Control-Allow-Headers"), "Content-Type") {
		t.Errorf("preflight: %d %v", w.Code, w.Header())
	}
	w = from(h, "192.0.2.1:1", "GET", "/v1/ask?q=Meta", map[string]string{"Origin": "https://evil.example"})
	if w.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("other origin allowed: %v", w.Header())
	}
	w = from(h, "192.0.2.1:1", "OPTIONS", "/v1/ask", map[string]string{"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
	if w.Code == 204 || w.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("preflight of another origin: %d %v", w.Code, w.Header())
	}
}

// logBuffer is a concurrency-safe log sink.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) lines(t *testing.T) []map[string]any {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []map[string]any
	for _, line := range bytes.Split(bytes.TrimSpace(l.b.Bytes()), []byte("\n")) {
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			t.Fatalf("log line is not JSON: %q", line)
		}
		out = append(out, m)
	}
	return out
}

func TestRequestLog(t *testing.T) {
	const secret = "sk-live-s3cr3t"
	question := "Meta花了多少錢收購Scale AI的股份？"
	for _, level := range []slog.Level{slog.LevelInfo, slog.LevelDebug} {
		t.Run(level.String(), func(t *testing.T) {
			var buf logBuffer
			h := loggedServer(t, slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: level})))
			w := from(h, "203.0.113.5:4444", "GET", "/v1/ask?q="+url.QueryEscape(question)+"&token="+secret,
				map[string]string{"Authorization": "Bearer " + secret, "X-Request-ID": "req-1", "Cookie": "s=" + secret})
			if w.Code != 200 {
				t.Fatalf("status %d", w.Code)
			}
			from(h, "203.0.113.5:4444", "GET", "/healthz", nil)
			lines := buf.lines(t)
			var req map[string]any
			for _, l := range lines {
				if l["msg"] == "request" && l["route"] == "/v1/ask" {
					req = l
				}
			}
			if req == nil {
				t.Fatalf("no request line in %v", lines)
			}
			want := map[string]any{"request_id": "req-1", "method": "GET", "route": "/v1/ask", "status": 200.0, "client": "203.0.113.5", "lang": "zh-Hant", "answered": true}
			for k, v := range want {
				if req[k] != v {
					t.Errorf("%s = %v, want %v", k, req[k], v)
				}
			}
			if ms, ok := req["latency_ms"].(float64); !ok || ms <= 0 {
				t.Errorf("latency_ms %v", req["latency_ms"])
			}
			_, hasQ := req["question"]
			if hasQ != (level == slog.LevelDebug) {
				t.Errorf("question logged: %v at level %s", hasQ, level)
			}
			all := buf.b.String()
			if strings.Contains(all, secret) {
				t.Errorf("a secret reached the log: %s", all)
			}
			healthLogged := strings.Contains(all, `"route":"/healthz"`)
			if healthLogged != (level == slog.LevelDebug) {
				t.Errorf("health probe logged %v at level %s", healthLogged, level)
			}
		})
	}
}

// loggedServer is the API with a logger.
func loggedServer(t *testing.T, log *slog.Logger) http.Handler {
	return httpapi.New(engine(t), httpapi.Config{Logger: log})
}

func scrape(t *testing.T, h http.Handler) map[string]*dto.MetricFamily {
	t.Helper()
	w := from(h, "192.0.2.1:1", "GET", "/metrics", nil)
	if w.Code != 200 {
		t.Fatalf("/metrics %d", w.Code)
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain; version=0.0.4") {
		t.Errorf("Content-Type %q", ct)
	}
	p := expfmt.NewTextParser(model.LegacyValidation)
	fams, err := p.TextToMetricFamilies(w.Body)
	if err != nil {
		t.Fatalf("/metrics does not parse: %v", err)
	}
	return fams
}

// value is the value of the sample of fam with the given labels.
func value(fams map[string]*dto.MetricFamily, name string, labels map[string]string) (float64, bool) {
	fam, ok := fams[name]
	if !ok {
		return 0, false
	}
next:
	for _, m := range fam.GetMetric() {
		got := map[string]string{}
		for _, lp := range m.GetLabel() {
			got[lp.GetName()] = lp.GetValue()
		}
		for k, v := range labels {
			if got[k] != v {
				continue next
			}
		}
		switch {
		case m.Counter != nil:
			return m.GetCounter().GetValue(), true
		case m.Gauge != nil:
			return m.GetGauge().GetValue(), true
		case m.Histogram != nil:
			return float64(m.GetHistogram().GetSampleCount()), true
		}
	}
	return 0, false
}

func TestMetrics(t *testing.T) {
	met := httpapi.NewMetrics(nil)
	met.IndexPassages.Set(75)
	h := httpapi.New(engine(t), httpapi.Config{Metrics: met, RateLimit: httpapi.RateLimit{PerSecond: 0.01, Burst: 4}})
	from(h, "192.0.2.1:1", "GET", "/v1/ask?q="+url.QueryEscape("How much did Meta pay for Scale AI?"), nil)
	from(h, "192.0.2.1:1", "GET", "/v1/ask?q="+url.QueryEscape("How tall is Mount Everest?"), nil)
	from(h, "192.0.2.1:1", "GET", "/v1/ask?q=", nil)
	from(h, "192.0.2.1:1", "GET", "/no/such/route?q=secret", nil)
	from(h, "192.0.2.1:1", "GET", "/v1/ask?q=Meta", nil) // the fifth: 429
	fams := scrape(t, h)

	checks := []struct {
		name   string
		labels map[string]string
		want   float64
	}{
		{"qa_http_requests_total", map[string]string{"route": "/v1/ask", "method": "GET", "status": "200"}, 2},
		{"qa_http_requests_total", map[string]string{"route": "/v1/ask", "method": "GET", "status": "400"}, 1},
		{"qa_http_requests_total", map[string]string{"route": "unmatched", "method": "GET", "status": "404"}, 1},
		{"qa_http_requests_total", map[string]string{"route": "/v1/ask", "method": "GET", "status": "429"}, 1},
		{"qa_http_request_duration_seconds", map[string]string{"route": "/v1/ask", "status": "200"}, 2},
		{"qa_answers_total", map[string]string{"outcome": "answered", "lang": "en"}, 1},
		{"qa_answers_total", map[string]string{"outcome": "abstained", "lang": "en"}, 1},
		{"qa_answers_total", map[string]string{"outcome": "answered", "lang": "zh-Hant"}, 0},
		{"qa_rate_limited_requests_total", map[string]string{"route": "/v1/ask"}, 1},
		{"qa_rate_limit_clients", nil, 1},
		{"qa_index_passages", nil, 75},
		{"qa_http_requests_in_flight", nil, 1}, // the scrape itself
	}
	for _, c := range checks {
		got, ok := value(fams, c.name, c.labels)
		if !ok || got != c.want {
			t.Errorf("%s%v = %v (present %v), want %v", c.name, c.labels, got, ok, c.want)
		}
	}
	for _, name := range []string{"go_goroutines", "go_memstats_heap_alloc_bytes", "process_resident_memory_bytes", "process_cpu_seconds_total", "qa_index_build_seconds", "qa_http_panics_total"} {
		if _, ok := fams[name]; !ok {
			t.Errorf("no %s", name)
		}
	}
	// Labels are bounded: no raw path or query text in any label.
	var values []string
	for _, m := range fams["qa_http_requests_total"].GetMetric() {
		for _, lp := range m.GetLabel() {
			if strings.Contains(lp.GetValue(), "secret") || strings.Contains(lp.GetValue(), "/no/") {
				values = append(values, lp.GetValue())
			}
		}
	}
	if diff := cmp.Diff([]string(nil), values); diff != "" {
		t.Errorf("unbounded label values:\n%s", diff)
	}
}

func TestMetricsToken(t *testing.T) {
	h := httpapi.New(engine(t), httpapi.Config{MetricsToken: "tok"})
	if w := from(h, "192.0.2.1:1", "GET", "/metrics", nil); w.Code != 401 {
		t.Errorf("no token: %d", w.Code)
	}
	if w := from(h, "192.0.2.1:1", "GET", "/metrics", map[string]string{"Authorization": "Bearer nope"}); w.Code != 401 {
		t.Errorf("wrong token: %d", w.Code)
	}
	if w := from(h, "192.0.2.1:1", "GET", "/metrics", map[string]string{"Authorization": "Bearer tok"}); w.Code != 200 {
		t.Errorf("right token: %d", w.Code)
	}
}

func TestPanicIsCountedAndLogged(t *testing.T) {
	var buf logBuffer
	met := httpapi.NewMetrics(nil)
	h := httpapi.New(fakeAsker{func(context.Context, qa.Request) (*qa.Response, error) { panic("boom") }}, httpapi.Config{Metrics: met, Logger: slog.New(slog.NewJSONHandler(&buf, nil))})
	if w := from(h, "192.0.2.1:1", "GET", "/v1/ask?q=x", nil); w.Code != 500 {
		t.Fatalf("status %d", w.Code)
	}
	if v, _ := value(scrape(t, h), "qa_http_panics_total", nil); v != 1 {
		t.Errorf("panics %v", v)
	}
	var stack, line bool
	for _, l := range buf.lines(t) {
		st, _ := l["stack"].(string)
		stack = stack || strings.Contains(st, "goroutine")
		line = line || (l["msg"] == "request" && l["status"] == 500.0 && l["level"] == "ERROR")
	}
	if !stack || !line {
		t.Errorf("stack logged %v, request line at error %v", stack, line)
	}
}

// The rate limit's 429 on the chat API's routes is in OpenAI's shape, as
// the chat API's own errors, so OpenAI clients see a rate_limit_error.
func TestRateLimitOnChatRoutesSpeaksOpenAI(t *testing.T) {
	e := engine(t)
	h := httpapi.New(e, httpapi.Config{
		RateLimit: httpapi.RateLimit{PerSecond: 0.1, Burst: 1},
		Mounts:    []httpapi.Mount{{Paths: []string{"/v1/chat/completions"}, Handler: chatapi.New(chatapi.Config{}, e), OpenAIErrors: true}},
	})
	post := func() result {
		req := httptest.NewRequest("POST", "/v1/chat/completions", strings.NewReader(chatBody("Scale AI")))
		req.RemoteAddr = "192.0.2.9:1"
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		return result{w.Code, w.Body.Bytes(), w.Header()}
	}
	if r := post(); r.status != 200 {
		t.Fatalf("first: %d %s", r.status, r.body)
	}
	r := post()
	if r.status != 429 || r.header.Get("Retry-After") == "" {
		t.Fatalf("second: %d %v", r.status, r.header)
	}
	var ce chatError
	if err := json.Unmarshal(r.body, &ce); err != nil {
		t.Fatal(err)
	}
	if ce.Error.Type != "rate_limit_error" || ce.Error.Code != "rate_limit_exceeded" || ce.Error.Message == "" {
		t.Errorf("error %+v", ce.Error)
	}
	// The API's own routes keep the API's shape.
	w := from(h, "192.0.2.9:1", "GET", "/v1/ask?q=Meta", nil)
	if got := errorCode(t, result{w.Code, w.Body.Bytes(), w.Header()}); w.Code != 429 || got != qa.RateLimited {
		t.Errorf("/v1/ask: %d %q", w.Code, got)
	}
}
