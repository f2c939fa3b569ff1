package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/talentwar/qa/corpus"
	"github.com/talentwar/qa/index"
	"github.com/talentwar/qa/qa"
	"github.com/talentwar/qa/qa/chatapi"
	"github.com/talentwar/qa/qa/httpapi"
	"github.com/talentwar/qa/qa/slack"
	"github.com/talentwar/qa/qa/web"
)

// engine is the loaded corpus, its index and the QA engine over them.
type engine struct {
	corpus  *corpus.Corpus
	index   *index.Index
	qa      *qa.Engine
	built   time.Duration
	rebuilt bool
}

func loadEngine(cfg Config) (*engine, error) {
	start := time.Now()
	if cfg.Answers != "" && cfg.Answers != "model" && cfg.Answers != "rules" {
		return nil, usageError{fmt.Errorf("--answers is %q: want model or rules", cfg.Answers)}
	}
	c, err := corpus.Load()
	if err != nil {
		return nil, err
	}
	var ix *index.Index
	rebuilt := true
	if cfg.IndexDir != "" {
		ix, rebuilt, err = index.OpenDir(cfg.IndexDir, c.Checksum, c.Passages(), index.Options{})
	} else {
		ix, err = index.New(c.Passages(), index.Options{})
	}
	if err != nil {
		return nil, err
	}
	e := qa.NewEngine(ix, c.Documents, c.Aliases, qa.EngineOptions{MaxSessions: cfg.MaxSessions, SessionTTL: cfg.SessionTTL, CacheSize: cfg.CacheSize, Rules: cfg.Answers == "rules", RankRules: cfg.Answers == "rules"})
	return &engine{corpus: c, index: ix, qa: e, built: time.Since(start), rebuilt: rebuilt}, nil
}

func (e *engine) Close() error { return e.index.Close() }

func newLogger(cfg Config, w io.Writer) *slog.Logger {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(cfg.LogLevel)); err != nil {
		lvl = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: lvl}
	if strings.EqualFold(cfg.LogFormat, "text") {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}

// Main is the server program: what "qa serve" runs. Tests run it on
// port 0 and read URL.
type Main struct {
	Config Config
	Log    *slog.Logger

	// WrapAsker, when set, wraps the engine (tests slow it down).
	WrapAsker func(qa.Asker) qa.Asker

	engine    *engine
	closers   []func(context.Context) error // adapters to drain after the server stops
	srv       *http.Server
	ln        net.Listener
	ready     atomic.Bool
	URL       string
	done      chan error
	closeOnce sync.Once
	closeErr  error
}

// Open loads the corpus, builds the index and starts listening.
func (m *Main) Open() error {
	if m.Log == nil {
		m.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	e, err := loadEngine(m.Config)
	if err != nil {
		return err
	}
	m.engine = e
	m.Log.Info("index ready", "passages", e.index.Len(), "documents", len(e.corpus.Documents),
		"build_ms", e.built.Milliseconds(), "on_disk", m.Config.IndexDir != "", "rebuilt", e.rebuilt)

	met := httpapi.NewMetrics(httpapi.NewRegistry())
	met.IndexPassages.Set(float64(e.index.Len()))
	met.IndexBuildSeconds.Set(e.built.Seconds())
	var asker qa.Asker = e.qa
	if m.WrapAsker != nil {
		asker = m.WrapAsker(asker)
	}
	asker = met.Asker(asker) // answers counted for every adapter
	mounts, err := m.mounts(asker)
	if err != nil {
		e.Close()
		return err
	}
	acfg, err := m.Config.apiConfig(met)
	if err != nil {
		e.Close()
		return err
	}
	acfg.Ready, acfg.Logger, acfg.Mounts = m.ready.Load, m.Log, mounts
	api := httpapi.New(asker, acfg)
	m.srv = &http.Server{
		Handler:           api,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      m.Config.RequestTimeout + 10*time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          slog.NewLogLogger(m.Log.Handler(), slog.LevelWarn),
	}
	ln, err := net.Listen("tcp", m.Config.Addr)
	if err != nil {
		e.Close()
		return err
	}
	m.ln = ln
	m.URL = "http://" + displayAddr(ln.Addr().String())
	m.done = make(chan error, 1)
	go func() { m.done <- m.srv.Serve(ln) }()
	m.ready.Store(true)
	m.Log.Info("serving", "url", m.URL)
	return nil
}

// mounts returns the other adapters to serve beside the API.
func (m *Main) mounts(asker qa.Asker) ([]httpapi.Mount, error) {
	out := []httpapi.Mount{
		// The web page's search box.
		{Paths: []string{"/", "/static/*file"}, Methods: []string{http.MethodGet, http.MethodHead}, Handler: web.Handler()},
		// OpenAI-compatible chat completions for chat front-ends.
		{Paths: []string{"/v1/models", "/v1/models/*id", "/v1/chat/completions"}, Handler: chatapi.New(chatapi.ConfigFromEnv(), asker), OpenAIErrors: true},
	}
	scfg, err := slack.ConfigFromEnv()
	switch {
	case errors.Is(err, slack.ErrNotConfigured):
		m.Log.Info("slack: not configured, /slack/* routes not mounted (set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN to enable)")
	case err != nil:
		return nil, err
	default:
		bot, err := slack.New(scfg, asker, m.Log)
		if err != nil {
			return nil, err
		}
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		if err := bot.Start(sctx); err != nil {
			// Not fatal: the bot learns its user ID on the first event.
			m.Log.Warn("slack: auth.test failed; will retry on the first event", "err", err)
		}
		cancel()
		m.closers = append(m.closers, bot.Close)
		out = append(out, httpapi.Mount{Paths: []string{"/slack/*any"}, Handler: bot.Handler()})
		m.Log.Info("slack: serving /slack/commands and /slack/events")
	}
	return out, nil
}

func displayAddr(a string) string {
	host, port, err := net.SplitHostPort(a)
	if err != nil {
		return a
	}
	if host == "" || host == "::" || host == "0.0.0.0" {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}

// Close shuts the server down gracefully: readiness turns false, the
// listener closes, in-flight requests get until ctx's deadline to finish.
func (m *Main) Close(ctx context.Context) error {
	m.closeOnce.Do(func() { m.closeErr = m.close(ctx) })
	return m.closeErr
}

func (m *Main) close(ctx context.Context) error {
	m.ready.Store(false)
	if d := m.Config.DrainDelay; d > 0 && m.srv != nil {
		// Keep serving while load balancers see /readyz fail.
		m.Log.Info("draining", "delay", d.String())
		select {
		case <-time.After(d):
		case <-ctx.Done():
		}
	}
	var err error
	if m.srv != nil {
		err = m.srv.Shutdown(ctx)
		if serr := <-m.done; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
			err = serr
		}
	}
	for _, c := range m.closers {
		if cerr := c(ctx); cerr != nil && err == nil {
			err = cerr
		}
	}
	if m.engine != nil {
		if cerr := m.engine.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var cfg Config
	fs := newFlagSet("serve", stderr)
	cfg.bind(fs)
	if pos, err := parseFlags(fs, args); err != nil {
		return err
	} else if len(pos) > 0 {
		return usageError{fmt.Errorf("serve takes no arguments, got %q", pos)}
	}
	m := &Main{Config: cfg, Log: newLogger(cfg, stderr)}
	if err := m.Open(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "qa: listening on %s (ask: %s/v1/ask?q=...)\n", m.URL, m.URL)
	select {
	case <-ctx.Done():
	case err := <-m.done:
		m.done <- err
	}
	m.Log.Info("shutting down", "timeout", cfg.ShutdownTimeout.String())
	sctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	if err := m.Close(sctx); err != nil {
		return err
	}
	m.Log.Info("stopped")
	return nil
}

func runPassages(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("passages", stderr)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	c, err := corpus.Load()
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, p := range c.Passages() {
		if err := enc.Encode(p); err != nil {
			return err
		}
	}
	return nil
}

func runAsk(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("ask", stderr)
	k := fs.Int("k", qa.DefaultK, "number of passages")
	asJSON := fs.Bool("json", false, "print the API's JSON response")
	answers := fs.String("answers", envString("QA_ANSWERS", "model"), "model (the learned ranker and answer model) or rules (the hand-written rules alone) (env QA_ANSWERS)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usageError{errors.New(`ask needs a question: qa ask "Meta花了多少錢？"`)}
	}
	var cfg Config
	cfg.bind(flag.NewFlagSet("", flag.ContinueOnError))
	cfg.Answers = *answers
	e, err := loadEngine(cfg)
	if err != nil {
		return err
	}
	defer e.Close()
	resp, err := e.qa.Ask(ctx, qa.Request{Question: strings.Join(pos, " "), K: *k, NoSession: true})
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(resp)
	}
	printResponse(stdout, resp)
	return nil
}

// printResponse writes a response for a person: the answer with its
// citation, then the passages in both languages.
func printResponse(w io.Writer, r *qa.Response) {
	zh := r.Lang.Chinese()
	if r.InterpretedAs != "" {
		fmt.Fprintf(w, "(understood as: %s)\n", r.InterpretedAs)
	}
	if r.Answer != nil {
		fmt.Fprintf(w, "%s\n", r.Answer.Text)
		fmt.Fprintf(w, "  [%s, confidence %.2f]\n\n", r.Answer.PassageID, r.Answer.Confidence)
	} else {
		fmt.Fprintf(w, "%s\n\n", r.NoAnswer)
	}
	for _, p := range r.Passages {
		c := p.Citation
		first, second := p.EN, p.ZH
		if zh {
			first, second = p.ZH, p.EN
		}
		fmt.Fprintf(w, "%d. [%s] section %s, paragraph %d, sentence %d (score %.2f)\n   %s\n   %s\n", p.Rank, p.ID, c.Section, c.Paragraph, c.Sentence, p.Score, first, second)
	}
}
