package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestRefusesNonLoopbackTargets(t *testing.T) {
	for _, u := range []string{"http://127.0.0.1:8080", "http://[::1]:8080", "http://localhost:8080", "http://127.9.9.9/"} {
		if _, err := checkLoopback(u); err != nil {
			t.Errorf("%s refused: %v", u, err)
		}
	}
	for _, u := range []string{"http://10.0.0.1:8080", "http://example.com", "https://8.8.8.8", "http://0.0.0.0:8080", "ftp://127.0.0.1", "127.0.0.1:8080", "http://localhost.example.com"} {
		if _, err := checkLoopback(u); err == nil {
			t.Errorf("%s accepted", u)
		}
	}
	if err := run(options{url: "http://192.0.2.1:80", duration: time.Second, clients: 1, rate: 1, maxRequests: 1}, &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "loopback") {
		t.Errorf("run against a remote URL: %v", err)
	}
}

func TestPercentile(t *testing.T) {
	var ds []time.Duration
	for i := 100; i >= 1; i-- {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	if got := percentile(ds, .5); got != 50*time.Millisecond {
		t.Errorf("p50 %v", got)
	}
	if got := percentile(ds, .99); got != 99*time.Millisecond {
		t.Errorf("p99 %v", got)
	}
	if got := percentile(nil, .99); got != 0 {
		t.Errorf("p99 of nothing %v", got)
	}
}

// A short soak against a fake server on loopback: it stops by itself,
// counts statuses, and fails on a 5xx.
func TestSoakStopsAndCountsFailures(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/metrics":
			w.Write([]byte("# TYPE process_resident_memory_bytes gauge\nprocess_resident_memory_bytes 1.048576e+07\n# TYPE go_goroutines gauge\ngo_goroutines 7\n"))
		case "/readyz":
		default:
			if calls.Add(1) == 3 {
				w.WriteHeader(500)
			}
		}
	}))
	defer srv.Close()
	var out bytes.Buffer
	start := time.Now()
	err := run(options{url: srv.URL, duration: time.Second, clients: 2, rate: 20, burst: 1, maxRequests: 1000, minEdge: 1, maxEdge: 1, rssGrowthMiB: 64}, &out)
	if time.Since(start) > 10*time.Second {
		t.Errorf("took %v", time.Since(start))
	}
	if err == nil || !strings.Contains(out.String(), "1 responses were 5xx") {
		t.Errorf("err %v, report:\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "server RSS      start 10.0 MiB") {
		t.Errorf("RSS from the metric not reported:\n%s", out.String())
	}
}
