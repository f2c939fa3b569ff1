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
