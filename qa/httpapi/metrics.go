package httpapi

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/talentwar/qa/qa"
)

// Metrics are the Prometheus metrics of the server, on one registry that
// GET /metrics serves. docs/operations.md says what each one means.
type Metrics struct {
	reg         *prometheus.Registry
	handler     http.Handler
	requests    *prometheus.CounterVec
	duration    *prometheus.HistogramVec
	inFlight    prometheus.Gauge
	answers     *prometheus.CounterVec
	rateLimited *prometheus.CounterVec
	rateClients prometheus.Gauge
	panics      prometheus.Counter

	// IndexPassages and IndexBuildSeconds describe the loaded index; the
	// program that builds it sets them.
	IndexPassages     prometheus.Gauge
	IndexBuildSeconds prometheus.Gauge
}

// NewRegistry returns a registry with the Go runtime and process
// collectors (memory, goroutines, GC, CPU, file descriptors).
func NewRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

// latencyBuckets span a cached answer (a millisecond) to the request
// deadline (seconds).
var latencyBuckets = []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}

// NewMetrics registers the server's metrics on reg (NewRegistry() when
// nil). Call it once per registry.
func NewMetrics(reg *prometheus.Registry) *Metrics {
	if reg == nil {
		reg = NewRegistry()
	}
	labels := []string{"route", "method", "status"}
	m := &Metrics{
		reg: reg,
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "qa_http_requests_total",
			Help: "HTTP requests answered, by route pattern, method and status.",
		}, labels),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "qa_http_request_duration_seconds",
			Help:    "Time from the request's arrival to the end of its response, by route pattern, method and status.",
			Buckets: latencyBuckets,
		}, labels),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "qa_http_requests_in_flight",
			Help: "HTTP requests being served now.",
		}),
		answers: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "qa_answers_total",
			Help: "Questions the engine handled, by outcome (answered: a short answer was given; abstained: the article does not say) and the question's language.",
		}, []string{"outcome", "lang"}),
		rateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "qa_rate_limited_requests_total",
			Help: "Requests refused with 429 because their client was over its rate, by route pattern.",
		}, []string{"route"}),
		rateClients: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "qa_rate_limit_clients",
			Help: "Clients in the rate limiter's table.",
		}),
		panics: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "qa_http_panics_total",
			Help: "Handler panics recovered into a 500 response.",
		}),
		IndexPassages: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "qa_index_passages",
			Help: "Passages in the search index.",
		}),
		IndexBuildSeconds: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "qa_index_build_seconds",
			Help: "Time taken to load the corpus and build (or open) the index at start.",
		}),
	}
	reg.MustRegister(m.requests, m.duration, m.inFlight, m.answers, m.rateLimited, m.rateClients, m.panics, m.IndexPassages, m.IndexBuildSeconds)
	for _, o := range []string{"answered", "abstained"} {
		for _, l := range knownLangs {
			m.answers.WithLabelValues(o, l)
		}
	}
	m.handler = promhttp.HandlerFor(reg, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError})
	return m
}

// Registry is the registry the metrics are on.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

var knownLangs = []string{string(qa.LangEN), string(qa.LangHant), string(qa.LangHans), string(qa.LangMixed)}

func langLabel(l qa.Lang) string {
	for _, k := range knownLangs {
		if string(l) == k {
			return k
		}
	}
	return "other"
}

// Asker wraps a so that every question it answers is counted in
// qa_answers_total and described in the request log line (language,
// answered; the question itself at debug level). Wrap the asker given to
// every adapter with it; New wraps its own unless already wrapped.
func (m *Metrics) Asker(a qa.Asker) qa.Asker {
	if ca, ok := a.(*countingAsker); ok && ca.m == m {
		return a
	}
	return &countingAsker{Asker: a, m: m}
}

type countingAsker struct {
	qa.Asker
	m *Metrics
}

func (a *countingAsker) Ask(ctx context.Context, req qa.Request) (*qa.Response, error) {
	resp, err := a.Asker.Ask(ctx, req)
	info := infoFrom(ctx)
	if info != nil {
		info.setQuestion(req.Question)
	}
	if err != nil || resp == nil {
		return resp, err
	}
	outcome := "abstained"
	if resp.Answer != nil {
		outcome = "answered"
	}
	a.m.answers.WithLabelValues(outcome, langLabel(resp.Lang)).Inc()
	if info != nil {
		info.setAnswer(langLabel(resp.Lang), resp.Answer != nil)
	}
	return resp, nil
}

// serveMetrics serves the registry in the Prometheus text format, to
// holders of the metrics token when one is configured.
func (s *Server) serveMetrics(c *gin.Context) {
	if s.metricsToken != nil {
		scheme, tok, _ := strings.Cut(c.GetHeader("Authorization"), " ")
		got := sha256.Sum256([]byte(strings.TrimSpace(tok)))
		if !strings.EqualFold(scheme, "Bearer") || subtle.ConstantTimeCompare(got[:], s.metricsToken) != 1 {
			c.Header("WWW-Authenticate", `Bearer realm="metrics"`)
			s.writeError(c, &apiError{status: http.StatusUnauthorized, code: qa.Unauthorized, msg: "the metrics need a bearer token"})
			return
		}
	}
	s.metrics.handler.ServeHTTP(c.Writer, c.Request)
}
