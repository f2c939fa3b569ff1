// Command qa-load measures the qa server's throughput and latency under
// concurrent clients, beside two reference servers in the same run: a
// stock-Bleve net/http server over the same passages (the cjk analyzer,
// BM25, a plain match query) and a fixed-response net/http server that
// returns a real answer's bytes without computing anything (the floor of
// the HTTP stack on this machine). It also measures the qa server's
// start-up (exec to /readyz 200) and its resident memory after start and
// after the load.
//
//	qa-load -bin bin/qa [-clients 16] [-duration 5s] [-rounds 5]
//
// Two kinds of traffic, each sent to all three servers:
//
//   - cold: every question is new (a labelled question with a running
//     number appended), so no answer cache can help;
//   - warm: the labelled questions repeat, as real users' do.
//
// Each phase is run as -rounds slices (default 5), the servers in turn, so
// that other work on a shared machine falls on every server alike; the
// throughput ratios reported are the median of the rounds' ratios.
//
// Every server is a child process on a free loopback port; the tool
// refuses to talk to anything but loopback, bounds every phase in time and
// requests, and stops its servers by itself (also on Ctrl-C).
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/talentwar/qa/cmd/internal/loopback"
	"github.com/talentwar/qa/corpus"
	"github.com/talentwar/qa/index"
	"github.com/talentwar/qa/qa"
	"github.com/talentwar/qa/qa/eval"
)

type options struct {
	bin         string
	url         string
	questions   string
	clients     int
	duration    time.Duration
	maxRequests int64
	maxTime     time.Duration
	cacheSize   int
	asJSON      bool
	modes       string
	rounds      int
}

func main() {
	// Child modes: the reference servers.
	if len(os.Args) > 2 && os.Args[1] == "-serve" {
		if err := serveReference(os.Args[2], os.Args[3]); err != nil {
			fmt.Fprintln(os.Stderr, "qa-load:", err)
			os.Exit(1)
		}
		return
	}
	var o options
	flag.StringVar(&o.bin, "bin", "bin/qa", "the qa binary to start")
	flag.StringVar(&o.url, "url", "", "load a running qa server at this loopback URL instead (no reference servers)")
	flag.StringVar(&o.questions, "questions", "testdata/eval/questions.jsonl", "labelled questions (JSON Lines)")
	flag.IntVar(&o.clients, "clients", 16, "concurrent clients")
	flag.DurationVar(&o.duration, "duration", 5*time.Second, "length of each phase (at most 1m)")
	flag.Int64Var(&o.maxRequests, "max-requests", 500_000, "requests per phase at most")
	flag.DurationVar(&o.maxTime, "max-time", 5*time.Minute, "the whole run stops after this")
	flag.IntVar(&o.cacheSize, "cache-size", 4096, "the qa server's --cache-size")
	flag.BoolVar(&o.asJSON, "json", false, "print the results as JSON")
	flag.StringVar(&o.modes, "modes", "cold,warm", "kinds of traffic to send: cold, warm or both")
	flag.IntVar(&o.rounds, "rounds", 5, "split each phase into this many slices, run in turn across the servers (ratios are the median of the rounds')")
	flag.Parse()
	if o.duration <= 0 || o.duration > time.Minute || o.clients < 1 || o.clients > 256 || o.rounds < 1 || o.rounds > 20 {
		fmt.Fprintln(os.Stderr, "qa-load: -duration must be in (0, 1m], -clients in [1, 256] and -rounds in [1, 20]")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, o.maxTime)
	defer cancel()
	if err := run(ctx, o); err != nil {
		fmt.Fprintln(os.Stderr, "qa-load:", err)
		os.Exit(1)
	}
}

// server is a child process serving HTTP on a loopback port.
type server struct {
	name string
	cmd  *exec.Cmd
	base string
	// ready is the time from exec to the first /readyz 200.
	ready time.Duration
	done  chan struct{}
}

func freeLoopbackAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

func start(ctx context.Context, c *http.Client, name string, args ...string) (*server, error) {
	addr, err := freeLoopbackAddr()
	if err != nil {
		return nil, err
	}
	args = append(args, addr)
	cmd := exec.Command(args[0], args[1:]...)
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "QA_") && !strings.HasPrefix(kv, "SLACK_") {
			env = append(env, kv)
		}
	}
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	s := &server{name: name, cmd: cmd, base: "http://" + addr, done: make(chan struct{})}
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	go func() { cmd.Wait(); close(s.done) }()
	for {
		if resp, err := c.Get(s.base + "/readyz"); err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				s.ready = time.Since(t0)
				return s, nil
			}
		}
		select {
		case <-s.done:
			return nil, fmt.Errorf("%s exited before it was ready", name)
		case <-ctx.Done():
			s.stop()
			return nil, ctx.Err()
		case <-time.After(2 * time.Millisecond):
		}
		if time.Since(t0) > 30*time.Second {
			s.stop()
			return nil, fmt.Errorf("%s not ready after 30s", name)
		}
	}
}

func (s *server) stop() {
	if s.cmd.Process == nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		<-s.done
	}
}

// rss is the resident memory of the server process, in MiB.
func (s *server) rss() float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			if f := strings.Fields(rest); len(f) > 0 {
				kb, _ := strconv.ParseFloat(f[0], 64)
				return kb / 1024
			}
		}
	}
	return 0
}

// loopbackClient refuses to connect anywhere but a loopback address.
func loopbackClient(conns int) *http.Client {
	d := &net.Dialer{Timeout: 5 * time.Second}
	return &http.Client{
		Timeout: 30 * time.Second,
		Transport: &http.Transport{
			DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
				return loopback.DialIP(ctx, d, network, addr)
			},
			MaxIdleConns:        conns * 4,
			MaxIdleConnsPerHost: conns * 2,
			IdleConnTimeout:     30 * time.Second,
		},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

// phase is one server under one kind of traffic.
type phase struct {
	Server   string  `json:"server"`
	Mode     string  `json:"mode"`
	Requests int64   `json:"requests"`
	Errors   int64   `json:"errors"`
	Seconds  float64 `json:"seconds"`
	RPS      float64 `json:"rps"`
	P50ms    float64 `json:"p50_ms"`
	P99ms    float64 `json:"p99_ms"`
	Maxms    float64 `json:"max_ms"`

	lats []time.Duration // sorted
}

// load sends GET /v1/ask from o.clients clients for o.duration; next
// returns the i-th question. Each client is one keep-alive connection
// writing requests by hand and reading responses with http.ReadResponse:
// the load generator shares the machine's cores with the server, so it is
// kept lean (net/http's client costs more per request than the fixed
// server does).
func load(ctx context.Context, c *http.Client, o options, s *server, mode string, next func(i int64) string) phase {
	ctx, cancel := context.WithTimeout(ctx, o.duration)
	defer cancel()
	u, _ := url.Parse(s.base)
	var n, errs atomic.Int64
	lats := make([][]time.Duration, o.clients)
	var wg sync.WaitGroup
	t0 := time.Now()
	for w := 0; w < o.clients; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var conn net.Conn
			var br *bufio.Reader
			defer func() {
				if conn != nil {
					conn.Close()
				}
			}()
			buf := make([]byte, 0, 1024)
			for ctx.Err() == nil {
				i := n.Add(1)
				if i > o.maxRequests {
					return
				}
				if conn == nil {
					var err error
					if conn, err = dialLoopback(ctx, u.Host); err != nil {
						errs.Add(1)
						time.Sleep(10 * time.Millisecond)
						continue
					}
					br = bufio.NewReaderSize(conn, 32<<10)
				}
				buf = append(buf[:0], "GET /v1/ask?q="...)
				buf = append(buf, url.QueryEscape(next(i))...)
				buf = append(buf, " HTTP/1.1\r\nHost: "...)
				buf = append(buf, u.Host...)
				buf = append(buf, "\r\nUser-Agent: qa-load\r\n\r\n"...)
				t := time.Now()
				conn.SetDeadline(t.Add(10 * time.Second))
				_, err := conn.Write(buf)
				var resp *http.Response
				if err == nil {
					resp, err = http.ReadResponse(br, nil)
				}
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				if err != nil || resp.StatusCode != http.StatusOK || resp.Close {
					if ctx.Err() == nil && (err != nil || resp.StatusCode != http.StatusOK) {
						errs.Add(1)
					}
					conn.Close()
					conn = nil
					if err != nil || resp.StatusCode != http.StatusOK {
						continue
					}
				}
				lats[w] = append(lats[w], time.Since(t))
			}
		}(w)
	}
	wg.Wait()
	el := time.Since(t0)
	var all []time.Duration
	for _, l := range lats {
		all = append(all, l...)
	}
	return summarize(phase{Server: s.name, Mode: mode, Errors: errs.Load(), Seconds: el.Seconds()}, all)
}

// summarize fills p's request count, throughput and percentiles from its
// latencies.
func summarize(p phase, all []time.Duration) phase {
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	p.Requests, p.lats = int64(len(all)), all
	if len(all) > 0 {
		ms := func(q float64) float64 {
			return float64(all[min(len(all)-1, int(q*float64(len(all))))].Microseconds()) / 1000
		}
		p.RPS = float64(len(all)) / p.Seconds
		p.P50ms, p.P99ms, p.Maxms = ms(0.50), ms(0.99), float64(all[len(all)-1].Microseconds())/1000
	}
	return p
}

// merge is one server's slices of one kind of traffic as one phase:
// requests over the time they took together, percentiles of all.
func merge(ps []phase) phase {
	m := phase{Server: ps[0].Server, Mode: ps[0].Mode}
	var all []time.Duration
	for _, p := range ps {
		m.Errors += p.Errors
		m.Seconds += p.Seconds
		all = append(all, p.lats...)
	}
	return summarize(m, all)
}

// median of xs (the lower middle one for an even count); 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[(len(s)-1)/2]
}

// dialLoopback connects to addr, which must be a loopback address.
func dialLoopback(ctx context.Context, addr string) (net.Conn, error) {
	return loopback.DialIP(ctx, &net.Dialer{Timeout: 5 * time.Second}, "tcp", addr)
}

// report is everything one run measured.
type report struct {
	Cores      int     `json:"cores"`
	Clients    int     `json:"clients"`
	Duration   string  `json:"phase_duration"`
	StartupMS  float64 `json:"startup_ms"`
	RSSStartMB float64 `json:"rss_after_start_mib"`
	RSSLoadMB  float64 `json:"rss_after_load_mib"`
	Phases     []phase `json:"phases"`
	// Rounds are the throughput ratios of each round (each server's slices
	// run one after the other, so a burst of other work on the machine
	// falls on one round, not on one server).
	Rounds []roundRatios `json:"rounds"`
}

type roundRatios struct {
	Cold float64 `json:"cold_qa_over_stock"`
	Warm float64 `json:"warm_qa_over_fixed"`
}

func run(ctx context.Context, o options) error {
	questions, err := eval.QuestionTexts(o.questions)
	if err != nil {
		return err
	}
	if len(questions) == 0 {
		return errors.New("no questions")
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	c := loopbackClient(o.clients)
	rep := report{Cores: runtime.NumCPU(), Clients: o.clients, Duration: o.duration.String()}
	cold := func(i int64) string { return fmt.Sprintf("%s (#%d)", questions[i%int64(len(questions))], i) }
	warm := func(i int64) string { return questions[i%int64(len(questions))] }
	if o.url != "" {
		u, err := url.Parse(o.url)
		if err != nil || u.Scheme != "http" || net.ParseIP(u.Hostname()) == nil || !net.ParseIP(u.Hostname()).IsLoopback() {
			return fmt.Errorf("-url must be http:// and a loopback IP address, got %q", o.url)
		}
		s := &server{name: "qa", base: strings.TrimRight(o.url, "/")}
		for _, m := range []struct {
			name string
			next func(int64) string
		}{{"cold", cold}, {"warm", warm}} {
			if strings.Contains(o.modes, m.name) {
				rep.Phases = append(rep.Phases, load(ctx, c, o, s, m.name, m.next))
			}
		}
		printReport(os.Stdout, rep)
		return nil
	}

	// The qa server: start-up and memory.
	qs0, err := start(ctx, c, "qa", o.bin, "serve", "--rate-limit", "0", "--cache-size", strconv.Itoa(o.cacheSize), "--log-level", "error", "--addr")
	if err != nil {
		return err
	}
	defer qs0.stop()
	rep.StartupMS = float64(qs0.ready.Microseconds()) / 1000
	rep.RSSStartMB = qs0.rss()
	// One real response: the fixed server's body.
	resp, err := c.Get(qs0.base + "/v1/ask?q=" + url.QueryEscape(questions[0]))
	if err != nil {
		return err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || resp.StatusCode != 200 {
		return fmt.Errorf("qa server: %d %v", resp.StatusCode, err)
	}
	fixedFile, err := os.CreateTemp("", "qa-load-fixed-*.json")
	if err != nil {
		return err
	}
	defer os.Remove(fixedFile.Name())
	fixedFile.Write(body)
	fixedFile.Close()

	stock, err := start(ctx, c, "stock-bleve", self, "-serve", "stock")
	if err != nil {
		return err
	}
	defer stock.stop()
	fixed, err := start(ctx, c, "fixed", self, "-serve", "fixed:"+fixedFile.Name())
	if err != nil {
		return err
	}
	defer fixed.stop()

	// Each phase is run as o.rounds slices; a round is one slice of each
	// server under cold traffic, then under warm traffic, so the servers
	// compared share the machine's moments.
	slice := o
	slice.duration = o.duration / time.Duration(o.rounds)
	servers := []*server{qs0, stock, fixed}
	slices := map[string][]phase{}
	for r := 0; r < o.rounds; r++ {
		rps := map[string]float64{}
		for _, m := range []struct {
			name string
			next func(int64) string
		}{{"cold", cold}, {"warm", warm}} {
			if !strings.Contains(o.modes, m.name) {
				continue
			}
			for _, s := range servers {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				// A short untimed warm-up: connections (first round), and
				// for warm traffic every question seen once.
				wo := o
				wo.duration = 500 * time.Millisecond
				if m.name == "warm" {
					wo.maxRequests = int64(len(questions))
				}
				if r == 0 || m.name == "warm" {
					load(ctx, c, wo, s, m.name, func(i int64) string { return m.next(i + int64(r+1)<<40) })
				}
				// Questions differ from round to round (cold traffic stays new).
				p := load(ctx, c, slice, s, m.name, func(i int64) string { return m.next(i + int64(r)<<32) })
				slices[s.name+"/"+m.name] = append(slices[s.name+"/"+m.name], p)
				rps[s.name+"/"+m.name] = p.RPS
			}
		}
		ratio := func(a, b string) float64 {
			if rps[b] == 0 {
				return 0
			}
			return rps[a] / rps[b]
		}
		rep.Rounds = append(rep.Rounds, roundRatios{Cold: ratio("qa/cold", "stock-bleve/cold"), Warm: ratio("qa/warm", "fixed/warm")})
	}
	for _, s := range servers {
		for _, m := range []string{"cold", "warm"} {
			if ps := slices[s.name+"/"+m]; len(ps) > 0 {
				rep.Phases = append(rep.Phases, merge(ps))
			}
		}
	}
	rep.RSSLoadMB = qs0.rss()

	if o.asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	printReport(os.Stdout, rep)
	return nil
}

func printReport(w io.Writer, r report) {
	fmt.Fprintf(w, "%d cores, %d clients, %s per phase", r.Cores, r.Clients, r.Duration)
	if len(r.Rounds) > 1 {
		fmt.Fprintf(w, " in %d rounds (the servers in turn)", len(r.Rounds))
	}
	fmt.Fprint(w, ", client and servers on this machine.\n\n")
	fmt.Fprintln(w, "| server | traffic | requests | errors | req/s | p50 ms | p99 ms | max ms |")
	fmt.Fprintln(w, "|---|---|---:|---:|---:|---:|---:|---:|")
	get := map[string]phase{}
	for _, p := range r.Phases {
		get[p.Server+"/"+p.Mode] = p
		fmt.Fprintf(w, "| %s | %s | %d | %d | %.0f | %.2f | %.2f | %.2f |\n", p.Server, p.Mode, p.Requests, p.Errors, p.RPS, p.P50ms, p.P99ms, p.Maxms)
	}
	// With rounds, a ratio is the median of the rounds' ratios (printed
	// after it); without, the ratio of the phases' throughputs.
	ratio := func(a, b string, of func(roundRatios) float64) string {
		if len(r.Rounds) > 1 {
			var xs []string
			var vs []float64
			for _, rr := range r.Rounds {
				xs = append(xs, fmt.Sprintf("%.2f", of(rr)))
				vs = append(vs, of(rr))
			}
			return fmt.Sprintf("%.2f× (rounds: %s)", median(vs), strings.Join(xs, ", "))
		}
		if get[b].RPS == 0 {
			return "0.00×"
		}
		return fmt.Sprintf("%.2f×", get[a].RPS/get[b].RPS)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| measure | value | target |")
	fmt.Fprintln(w, "|---|---:|---|")
	fmt.Fprintf(w, "| cold throughput, qa ÷ stock Bleve | %s | ≥ 1.0× |\n", ratio("qa/cold", "stock-bleve/cold", func(rr roundRatios) float64 { return rr.Cold }))
	fmt.Fprintf(w, "| warm throughput, qa ÷ fixed response | %s | ≥ 0.6× |\n", ratio("qa/warm", "fixed/warm", func(rr roundRatios) float64 { return rr.Warm }))
	fmt.Fprintf(w, "| qa p99, cold / warm | %.2f / %.2f ms | < 10 ms |\n", get["qa/cold"].P99ms, get["qa/warm"].P99ms)
	fmt.Fprintf(w, "| start-up, exec to /readyz 200 | %.0f ms | < 500 ms |\n", r.StartupMS)
	fmt.Fprintf(w, "| qa RSS after start / after load | %.0f / %.0f MiB | < 100 / < 200 MiB |\n", r.RSSStartMB, r.RSSLoadMB)
}

// fixedHandler answers every request with body, with its length (as the
// qa server writes its answers: the floor is the cheapest response, not a
// chunked one).
func fixedHandler(body []byte) http.Handler {
	n := strconv.Itoa(len(body))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Type", "application/json; charset=utf-8")
		h.Set("Content-Length", n)
		w.Write(body)
	})
}

// serveReference runs a reference server: "stock" (stock Bleve over the
// embedded corpus's passages) or "fixed:FILE" (FILE's bytes for every
// question).
func serveReference(kind, addr string) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`{"status":"ready"}`)) })
	switch {
	case kind == "stock":
		c, err := corpus.Load()
		if err != nil {
			return err
		}
		ps := map[string]qa.Passage{}
		for _, p := range c.Passages() {
			ps[p.ID] = p
		}
		st, err := index.NewStock(c.Passages())
		if err != nil {
			return err
		}
		type hit struct {
			ID string `json:"id"`
			ZH string `json:"zh"`
			EN string `json:"en"`
		}
		mux.HandleFunc("/v1/ask", func(w http.ResponseWriter, r *http.Request) {
			ids, err := st.Search(r.Context(), r.URL.Query().Get("q"), qa.DefaultK)
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			out := struct {
				Passages []hit `json:"passages"`
			}{Passages: []hit{}}
			for _, id := range ids {
				out.Passages = append(out.Passages, hit{id, ps[id].ZH, ps[id].EN})
			}
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
			json.NewEncoder(w).Encode(out)
		})
	case strings.HasPrefix(kind, "fixed:"):
		body, err := os.ReadFile(strings.TrimPrefix(kind, "fixed:"))
		if err != nil {
			return err
		}
		mux.Handle("/v1/ask", fixedHandler(body))
	default:
		return fmt.Errorf("unknown reference server %q", kind)
	}
	if host, _, err := net.SplitHostPort(addr); err != nil || !net.ParseIP(host).IsLoopback() {
		return fmt.Errorf("refusing to listen on non-loopback %q", addr)
	}
	srv := &http.Server{Addr: addr, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	// A reference server outliving a killed load run stops by itself.
	go func() {
		time.Sleep(10 * time.Minute)
		srv.Close()
	}()
	if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
