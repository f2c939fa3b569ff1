package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestRefusesNonLoopback(t *testing.T) {
	for _, addr := range []string{"8.8.8.8:80", "example.com:80", "[2001:db8::1]:443"} {
		if c, err := dialLoopback(context.Background(), addr); err == nil {
			c.Close()
			t.Errorf("dialed %s", addr)
		} else if !strings.Contains(err.Error(), "non-loopback") {
			t.Errorf("%s: %v, want a refusal", addr, err)
		}
	}
	if err := serveReference("fixed:/dev/null", "0.0.0.0:0"); err == nil || !strings.Contains(err.Error(), "non-loopback") {
		t.Errorf("a reference server on 0.0.0.0: %v", err)
	}
	if err := run(context.Background(), options{url: "http://192.0.2.1:8080", questions: "../../testdata/eval/questions.jsonl", clients: 1, duration: time.Millisecond}); err == nil {
		t.Error("-url accepted a non-loopback address")
	}
}

// A phase stops by itself at its duration and counts what it sent.
func TestLoadIsBounded(t *testing.T) {
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("q") == "" {
			http.Error(w, "no q", http.StatusBadRequest)
			return
		}
		body := []byte(strings.Repeat("x", 5000))
		if n.Add(1)%2 == 0 {
			w.Header().Set("Content-Length", "5000")
		}
		w.Write(body) // chunked unless Content-Length is set
	}))
	defer srv.Close()
	o := options{clients: 4, duration: 200 * time.Millisecond, maxRequests: 1 << 40}
	start := time.Now()
	p := load(context.Background(), nil, o, &server{name: "test", base: srv.URL}, "warm", func(i int64) string { return "問題 " + string(rune('a'+i%26)) })
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("a 200 ms phase ran %s", el)
	}
	if p.Requests == 0 || p.Errors != 0 || p.Requests > n.Load() || p.P99ms < p.P50ms {
		t.Errorf("phase %+v, server saw %d", p, n.Load())
	}
	o.maxRequests = 10
	if p := load(context.Background(), nil, o, &server{name: "test", base: srv.URL}, "warm", func(int64) string { return "q" }); p.Requests > 10 {
		t.Errorf("%d requests past -max-requests 10", p.Requests)
	}
}

// The fixed server sends the body with its length, not chunked.
func TestFixedHandlerSendsLength(t *testing.T) {
	body := []byte(`{"question":"q","passages":[]}` + strings.Repeat(" ", 8000))
	srv := httptest.NewServer(fixedHandler(body))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/v1/ask?q=x")
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || string(got) != string(body) {
		t.Fatalf("body %d bytes, %v", len(got), err)
	}
	if resp.ContentLength != int64(len(body)) || len(resp.TransferEncoding) != 0 {
		t.Errorf("Content-Length %d, Transfer-Encoding %v: want %d, not chunked", resp.ContentLength, resp.TransferEncoding, len(body))
	}
}

// Slices of one phase merge into one: requests over their summed time,
// percentiles over all their latencies; ratios take the rounds' median.
func TestMergeAndMedian(t *testing.T) {
	ms := func(ns ...int) []time.Duration {
		var out []time.Duration
		for _, n := range ns {
			out = append(out, time.Duration(n)*time.Millisecond)
		}
		return out
	}
	a := summarize(phase{Server: "qa", Mode: "warm", Seconds: 1, Errors: 1}, ms(5, 1, 3))
	b := summarize(phase{Server: "qa", Mode: "warm", Seconds: 2}, ms(2, 4, 6, 8, 10, 12))
	got := merge([]phase{a, b})
	want := phase{Server: "qa", Mode: "warm", Requests: 9, Errors: 1, Seconds: 3, RPS: 3, P50ms: 5, P99ms: 12, Maxms: 12}
	if d := cmp.Diff(want, got, cmpopts.IgnoreUnexported(phase{})); d != "" {
		t.Errorf("merged (-want +got):\n%s", d)
	}
	for _, tt := range []struct {
		xs   []float64
		want float64
	}{{nil, 0}, {[]float64{0.7}, 0.7}, {[]float64{0.9, 0.5, 0.6}, 0.6}, {[]float64{0.9, 0.5, 0.6, 0.8}, 0.6}} {
		if got := median(tt.xs); got != tt.want {
			t.Errorf("median(%v) = %v, want %v", tt.xs, got, tt.want)
		}
	}
}
