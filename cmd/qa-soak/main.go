// Command qa-soak sends mixed valid and hostile traffic from many clients
// to a qa server on this machine, at the edge of its per-client rate
// limit, for a bounded time, then reports requests, statuses, 5xx (there
// must be none), latency percentiles and the server's memory at start and
// end. It only ever talks to loopback addresses and stops by itself.
//
//	qa-soak -bin bin/qa [-duration 3m] [-clients 24]   start the server and soak it
//	qa-soak -url http://127.0.0.1:8080 [...]          soak a running server
//
// When it starts the server it trusts 127.0.0.1 as a proxy there, so each
// simulated client (its own X-Forwarded-For address) has a bucket of its
// own, and at the end it sends SIGTERM and checks the server exits 0.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"github.com/talentwar/qa/cmd/internal/loopback"
)

type options struct {
	bin, url     string
	duration     time.Duration
	clients      int
	maxRequests  int64
	rate         float64
	burst        int
	minEdge      float64
	maxEdge      float64
	rssGrowthMiB float64
	logFile      string
}

func main() {
	var o options
	flag.StringVar(&o.bin, "bin", "", "qa binary to start on a free loopback port")
	flag.StringVar(&o.url, "url", "", "soak a running server at this loopback URL instead")
	flag.DurationVar(&o.duration, "duration", 3*time.Minute, "how long to send traffic (at most 30m)")
	flag.IntVar(&o.clients, "clients", 24, "simulated clients, each with its own address")
	flag.Int64Var(&o.maxRequests, "max-requests", 1_000_000, "stop after this many requests")
	flag.Float64Var(&o.rate, "rate-limit", 5, "the server's per-client rate (req/s); set on the server when -bin")
	flag.IntVar(&o.burst, "rate-burst", 10, "the server's per-client burst; set on the server when -bin")
	flag.Float64Var(&o.minEdge, "min-edge", 0.8, "the slowest client sends at this multiple of the rate limit")
	flag.Float64Var(&o.maxEdge, "max-edge", 1.3, "the fastest client sends at this multiple of the rate limit")
	flag.Float64Var(&o.rssGrowthMiB, "rss-growth", 64, "fail if the server's RSS grows more than this (MiB) after warm-up")
	flag.StringVar(&o.logFile, "server-log", "", "where the started server logs (default: a temporary file)")
	flag.Parse()
	if err := run(o, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "qa-soak:", err)
		os.Exit(1)
	}
}

func run(o options, out io.Writer) error {
	if (o.bin == "") == (o.url == "") {
		return errors.New("give exactly one of -bin (start a server) or -url (a running server on loopback)")
	}
	if o.duration <= 0 || o.duration > 30*time.Minute {
		return fmt.Errorf("-duration %v: must be between 0 and 30m", o.duration)
	}
	if o.clients < 1 || o.clients > 1000 || o.rate <= 0 || o.maxRequests < 1 {
		return errors.New("-clients must be 1..1000, -rate-limit and -max-requests positive")
	}
	// Whatever happens, stop: a hung server or connection must not keep
	// the soak running.
	hard := time.AfterFunc(o.duration+3*time.Minute, func() {
		fmt.Fprintln(os.Stderr, "qa-soak: hard deadline passed; exiting")
		os.Exit(3)
	})
	defer hard.Stop()

	var srv *server
	base := o.url
	if o.bin != "" {
		var err error
		if srv, err = startServer(o); err != nil {
			return err
		}
		defer srv.kill()
		base = srv.url
	}
	u, err := checkLoopback(base)
	if err != nil {
		return err
	}
	client := loopbackClient()
	if err := waitReady(client, u.String(), time.Minute); err != nil {
		return err
	}

	mem := &memory{client: client, base: u.String(), srv: srv}
	start := mem.sample()
	rep := soak(o, client, u.String(), mem)
	end := mem.sample()
	var shutdown string
	var shutdownErr error
	if srv != nil {
		shutdown, shutdownErr = srv.stop(30 * time.Second)
	}
	return report(out, o, rep, start, mem, end, shutdown, shutdownErr)
}

// checkLoopback refuses any target that is not this machine.
func checkLoopback(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("target %q is not an http(s) URL", raw)
	}
	host := u.Hostname()
	if ip := net.ParseIP(host); ip != nil {
		if !ip.IsLoopback() {
			return nil, fmt.Errorf("target %s is not a loopback address: the soak only runs against this machine", host)
		}
		return u, nil
	}
	if host != "localhost" {
		return nil, fmt.Errorf("target %s is not loopback: use 127.0.0.1, ::1 or localhost", host)
	}
	return u, nil
}

// loopbackClient dials loopback addresses only (whatever a name resolves
// to) and follows no redirects.
func loopbackClient() *http.Client {
	d := &net.Dialer{Timeout: 5 * time.Second}
	tr := &http.Transport{
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			return loopback.Dial(ctx, d, network, addr)
		},
		MaxIdleConnsPerHost: 256,
		IdleConnTimeout:     30 * time.Second,
	}
	return &http.Client{
		Transport:     tr,
		Timeout:       30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

func waitReady(c *http.Client, base string, within time.Duration) error {
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		resp, err := c.Get(base + "/readyz")
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("%s/readyz not 200 within %v", base, within)
}

// server is a qa server the soak started.
type server struct {
	cmd     *exec.Cmd
	url     string
	logPath string
	exited  chan error
}

func startServer(o options) (*server, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := ln.Addr().String()
	ln.Close()
	logPath := o.logFile
	if logPath == "" {
		logPath = filepath.Join(os.TempDir(), fmt.Sprintf("qa-soak-server-%d.log", os.Getpid()))
	}
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(o.bin, "serve", "--addr", addr)
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "QA_") && !strings.HasPrefix(kv, "SLACK_") {
			env = append(env, kv)
		}
	}
	cmd.Env = append(env,
		"QA_RATE_LIMIT="+strconv.FormatFloat(o.rate, 'f', -1, 64),
		"QA_RATE_BURST="+strconv.Itoa(o.burst),
		"QA_TRUSTED_PROXIES=127.0.0.1,::1",
		"QA_LOG_LEVEL=warn",
		"QA_LOG_FORMAT=json",
	)
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		logf.Close()
		return nil, err
	}
	s := &server{cmd: cmd, url: "http://" + addr, logPath: logPath, exited: make(chan error, 1)}
	go func() { s.exited <- cmd.Wait(); logf.Close() }()
	return s, nil
}

// stop sends SIGTERM and waits for a clean exit.
func (s *server) stop(within time.Duration) (string, error) {
	t0 := time.Now()
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		return "", err
	}
	select {
	case err := <-s.exited:
		took := time.Since(t0).Round(time.Millisecond)
		if err != nil {
			return "", fmt.Errorf("server exited after SIGTERM with %v (log %s)", err, s.logPath)
		}
		return fmt.Sprintf("SIGTERM -> exit 0 in %v", took), nil
	case <-time.After(within):
		s.cmd.Process.Kill()
		return "", fmt.Errorf("server still running %v after SIGTERM; killed", within)
	}
}

func (s *server) kill() {
	if s.cmd.ProcessState == nil {
		s.cmd.Process.Kill()
	}
}

// memSample is the server's memory and goroutines at one moment.
type memSample struct {
	at         time.Duration
	rss        float64 // bytes
	goroutines float64
}

type memory struct {
	client *http.Client
	base   string
	srv    *server
	t0     time.Time
	mu     sync.Mutex
	max    float64
	warm   *memSample
	series []memSample // every 5 s
}

// sample reads RSS from /proc/PID/status when the soak started the server,
// else from the process_resident_memory_bytes metric.
func (m *memory) sample() memSample {
	if m.t0.IsZero() {
		m.t0 = time.Now()
	}
	s := memSample{at: time.Since(m.t0)}
	if fams, err := m.scrape(); err == nil {
		if f := fams["process_resident_memory_bytes"]; f != nil && len(f.GetMetric()) > 0 {
			s.rss = f.GetMetric()[0].GetGauge().GetValue()
		}
		if f := fams["go_goroutines"]; f != nil && len(f.GetMetric()) > 0 {
			s.goroutines = f.GetMetric()[0].GetGauge().GetValue()
		}
	}
	if m.srv != nil {
		if rss, err := procRSS(m.srv.cmd.Process.Pid); err == nil {
			s.rss = rss
		}
	}
	m.mu.Lock()
	m.max = max(m.max, s.rss)
	m.mu.Unlock()
	return s
}

func (m *memory) scrape() (map[string]*dto.MetricFamily, error) {
	resp, err := m.client.Get(m.base + "/metrics")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return nil, fmt.Errorf("/metrics: %s", resp.Status)
	}
	p := expfmt.NewTextParser(model.LegacyValidation)
	return p.TextToMetricFamilies(resp.Body)
}

// procRSS reads VmRSS of a process.
func procRSS(pid int) (float64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			f := strings.Fields(rest)
			if len(f) >= 1 {
				kb, err := strconv.ParseFloat(f[0], 64)
				return kb * 1024, err
			}
		}
	}
	return 0, errors.New("no VmRSS")
}

// result is what the clients saw.
type result struct {
	mu          sync.Mutex
	total       atomic.Int64
	byStatus    map[int]int
	byKind      map[string]map[int]int
	errors      map[string]int
	latency     []time.Duration // every response
	answerLat   []time.Duration // 200s of /v1/ask
	limitedSlow int             // 429s of clients sending under the limit
	limitedFast int             // 429s of clients sending over it
	elapsed     time.Duration
}

func soak(o options, c *http.Client, base string, mem *memory) *result {
	res := &result{byStatus: map[int]int{}, byKind: map[string]map[int]int{}, errors: map[string]int{}}
	ctx, cancel := context.WithTimeout(context.Background(), o.duration)
	defer cancel()
	tr := newTraffic()

	// Memory: the warm-up sample after a tenth of the run, and the maximum
	// every five seconds.
	go func() {
		warm := time.NewTimer(max(o.duration/10, 5*time.Second))
		tick := time.NewTicker(5 * time.Second)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-warm.C:
				s := mem.sample()
				mem.mu.Lock()
				mem.warm = &s
				mem.mu.Unlock()
			case <-tick.C:
				s := mem.sample()
				mem.mu.Lock()
				mem.series = append(mem.series, s)
				mem.mu.Unlock()
			}
		}
	}()

	t0 := time.Now()
	var wg sync.WaitGroup
	for i := range o.clients {
		edge := o.minEdge
		if o.clients > 1 {
			edge += (o.maxEdge - o.minEdge) * float64(i) / float64(o.clients-1)
		}
		ip := fmt.Sprintf("198.18.%d.%d", i/250, 1+i%250)
		wg.Add(1)
		go func() {
			defer wg.Done()
			runClient(ctx, c, base, ip, o.rate*edge, edge > 1, tr, res, o.maxRequests, rand.New(rand.NewPCG(uint64(i), 42)))
		}()
	}
	wg.Wait()
	res.elapsed = time.Since(t0)
	return res
}

func runClient(ctx context.Context, c *http.Client, base, ip string, rate float64, fast bool, tr *traffic, res *result, maxReq int64, rng *rand.Rand) {
	interval := time.Duration(float64(time.Second) / rate)
	next := time.Now().Add(time.Duration(rng.Int64N(int64(interval))))
	for ctx.Err() == nil {
		if d := time.Until(next); d > 0 {
			select {
			case <-ctx.Done():
				return
			case <-time.After(d):
			}
		}
		// Exponential gaps around the mean: real clients are bursty.
		next = next.Add(time.Duration(rng.ExpFloat64() * float64(interval)))
		if now := time.Now(); next.Before(now.Add(-interval)) {
			next = now // no catching up after a slow response
		}
		if res.total.Add(1) > maxReq {
			return
		}
		s := tr.next(rng)
		status, took, err := send(ctx, c, base, ip, s)
		res.record(s, status, took, err, fast)
	}
}

func send(ctx context.Context, c *http.Client, base, ip string, s shot) (int, time.Duration, error) {
	var body io.Reader
	if s.body != "" {
		body = strings.NewReader(s.body)
	}
	req, err := http.NewRequestWithContext(ctx, s.method, base+s.path, body)
	if err != nil {
		return 0, 0, err
	}
	if s.ctype != "" {
		req.Header.Set("Content-Type", s.ctype)
	}
	req.Header.Set("X-Forwarded-For", ip)
	t0 := time.Now()
	resp, err := c.Do(req)
	if err != nil {
		return 0, time.Since(t0), err
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, time.Since(t0), err
}

func (r *result) record(s shot, status int, took time.Duration, err error, fast bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			return // the run ended mid-request
		}
		msg := err.Error()
		if i := strings.LastIndex(msg, ": "); i >= 0 {
			msg = msg[i+2:]
		}
		r.errors[s.kind+" "+s.method+": "+msg]++
		return
	}
	r.byStatus[status]++
	if r.byKind[s.kind] == nil {
		r.byKind[s.kind] = map[int]int{}
	}
	r.byKind[s.kind][status]++
	r.latency = append(r.latency, took)
	if status == 200 && strings.HasPrefix(s.path, "/v1/ask") {
		r.answerLat = append(r.answerLat, took)
	}
	if status == http.StatusTooManyRequests {
		if fast {
			r.limitedFast++
		} else {
			r.limitedSlow++
		}
	}
}

func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(float64(len(s)-1) * p)
	return s[i]
}

func mib(b float64) string { return fmt.Sprintf("%.1f MiB", b/(1<<20)) }

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

func report(w io.Writer, o options, r *result, start memSample, mem *memory, end memSample, shutdown string, shutdownErr error) error {
	n := 0
	for _, c := range r.byStatus {
		n += c
	}
	fmt.Fprintf(w, "qa-soak: %v, %d clients sending at %.1f–%.1f× the per-client limit of %g req/s (burst %d)\n",
		r.elapsed.Round(time.Second), o.clients, o.minEdge, o.maxEdge, o.rate, o.burst)
	fmt.Fprintf(w, "requests        %d answered (%.1f/s), %d transport errors\n", n, float64(n)/r.elapsed.Seconds(), sum(r.errors))
	var codes []int
	for c := range r.byStatus {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	var parts []string
	fivexx, unexpected := 0, 0
	for _, c := range codes {
		parts = append(parts, fmt.Sprintf("%d: %d", c, r.byStatus[c]))
		if c >= 500 {
			fivexx += r.byStatus[c]
		}
		if !expected[c] {
			unexpected += r.byStatus[c]
		}
	}
	fmt.Fprintf(w, "by status       %s\n", strings.Join(parts, "  "))
	kinds := []string{"valid", "chat", "page", "passage", "hostile"}
	for _, k := range kinds {
		var ps []string
		var cs []int
		for c := range r.byKind[k] {
			cs = append(cs, c)
		}
		sort.Ints(cs)
		for _, c := range cs {
			ps = append(ps, fmt.Sprintf("%d: %d", c, r.byKind[k][c]))
		}
		fmt.Fprintf(w, "  %-13s %s\n", k, strings.Join(ps, "  "))
	}
	fmt.Fprintf(w, "5xx             %d\n", fivexx)
	fmt.Fprintf(w, "429             %d from clients over the limit, %d from clients under it\n", r.limitedFast, r.limitedSlow)
	fmt.Fprintf(w, "latency (all)   p50 %s  p99 %s  max %s\n", ms(percentile(r.latency, .5)), ms(percentile(r.latency, .99)), ms(percentile(r.latency, 1)))
	fmt.Fprintf(w, "latency (200 /v1/ask) p50 %s  p99 %s\n", ms(percentile(r.answerLat, .5)), ms(percentile(r.answerLat, .99)))
	mem.mu.Lock()
	warm, peak := mem.warm, mem.max
	mem.mu.Unlock()
	if warm == nil {
		warm = &start
	}
	growth := end.rss - warm.rss
	fmt.Fprintf(w, "server RSS      start %s, after warm-up %s, end %s, peak %s (growth after warm-up %s, bound %.0f MiB)\n",
		mib(start.rss), mib(warm.rss), mib(end.rss), mib(peak), mib(growth), o.rssGrowthMiB)
	var line []string
	mem.mu.Lock()
	for i, s := range mem.series {
		if (i+1)%6 == 0 { // every 30 s
			line = append(line, fmt.Sprintf("%v %.0f", s.at.Round(time.Second), s.rss/(1<<20)))
		}
	}
	mem.mu.Unlock()
	if len(line) > 0 {
		fmt.Fprintf(w, "RSS (MiB) every 30 s: %s\n", strings.Join(line, ", "))
	}
	fmt.Fprintf(w, "goroutines      start %.0f, end %.0f (one per open client connection)\n", start.goroutines, end.goroutines)
	for e, c := range r.errors {
		fmt.Fprintf(w, "  error x%d: %s\n", c, e)
	}
	if shutdown != "" || shutdownErr != nil {
		fmt.Fprintf(w, "shutdown        %s%v\n", shutdown, errString(shutdownErr))
	}
	var fails []string
	if fivexx > 0 {
		fails = append(fails, fmt.Sprintf("%d responses were 5xx", fivexx))
	}
	if unexpected > 0 {
		fails = append(fails, fmt.Sprintf("%d responses had an unexpected status", unexpected))
	}
	if e := sum(r.errors); e > 0 {
		fails = append(fails, fmt.Sprintf("%d transport errors", e))
	}
	if start.rss == 0 || end.rss == 0 {
		fails = append(fails, "could not read the server's RSS")
	} else if growth > o.rssGrowthMiB*(1<<20) {
		fails = append(fails, fmt.Sprintf("RSS grew %s after warm-up", mib(growth)))
	}
	if shutdownErr != nil {
		fails = append(fails, shutdownErr.Error())
	}
	if n == 0 {
		fails = append(fails, "no responses")
	}
	if len(fails) > 0 {
		fmt.Fprintf(w, "result          FAIL: %s\n", strings.Join(fails, "; "))
		return errors.New("soak failed")
	}
	fmt.Fprintln(w, "result          PASS")
	return nil
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
