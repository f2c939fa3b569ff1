package httpapi

import (
	"context"
	"log/slog"
	"math"
	"net/http"
	"net/netip"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"
)

// reqInfo is what a handler learns about a request that its log line
// reports: filled by the counting asker (Metrics.Asker), read after the
// handler returns.
type reqInfo struct {
	mu       sync.Mutex
	question string
	lang     string
	answered bool
	asked    bool
}

type infoKey struct{}

func infoFrom(ctx context.Context) *reqInfo {
	i, _ := ctx.Value(infoKey{}).(*reqInfo)
	return i
}

func (i *reqInfo) setQuestion(q string) {
	i.mu.Lock()
	defer i.mu.Unlock()
	i.question = q
}

func (i *reqInfo) setAnswer(lang string, answered bool) {
	i.mu.Lock()
	defer i.mu.Unlock()
	i.lang, i.answered, i.asked = lang, answered, true
}

// maxLoggedQuestion bounds the question text in a debug log line.
const maxLoggedQuestion = 500

// observe finds the client, counts and times the request, and writes one
// log line for it after the response.
//
// The line never holds the query string, headers (Authorization, cookies,
// Slack signatures) or body: questions are what people typed and may name
// them, so the question text is logged only at debug level, for tracing a
// bad answer on a test server.
func (s *Server) observe(c *gin.Context) {
	start := time.Now()
	client := ClientIP(c.Request, s.cfg.TrustedProxies)
	c.Set(clientKeyCtx, client)
	info := &reqInfo{}
	c.Request = c.Request.WithContext(context.WithValue(c.Request.Context(), infoKey{}, info))
	s.metrics.inFlight.Inc()
	defer s.metrics.inFlight.Dec()

	c.Next()

	status := c.Writer.Status()
	route := routeOf(c)
	method := methodLabel(c.Request.Method)
	took := time.Since(start)
	st := strconv.Itoa(status)
	s.metrics.requests.WithLabelValues(route, method, st).Inc()
	s.metrics.duration.WithLabelValues(route, method, st).Observe(took.Seconds())

	level := slog.LevelInfo
	switch {
	case status >= 500:
		level = slog.LevelError
	case route == "/healthz" || route == "/readyz" || route == "/metrics":
		level = slog.LevelDebug // probes and scrapes every few seconds
	}
	ctx := c.Request.Context()
	if !s.log.Enabled(ctx, level) {
		return
	}
	attrs := make([]slog.Attr, 0, 12)
	attrs = append(attrs,
		slog.String("request_id", c.GetString(ridKey)),
		slog.String("method", method),
		slog.String("route", route),
		slog.Int("status", status),
		slog.Float64("latency_ms", math.Round(float64(took.Microseconds())/10)/100),
		slog.Int("bytes", max(c.Writer.Size(), 0)),
		slog.String("client", clientString(client)),
	)
	info.mu.Lock()
	question, lang, answered, asked := info.question, info.lang, info.answered, info.asked
	info.mu.Unlock()
	if asked {
		attrs = append(attrs, slog.String("lang", lang), slog.Bool("answered", answered))
	}
	if s.log.Enabled(ctx, slog.LevelDebug) {
		if route == unmatched {
			attrs = append(attrs, slog.String("path", truncate(c.Request.URL.Path, 200)))
		}
		if question != "" {
			attrs = append(attrs, slog.String("question", truncate(question, maxLoggedQuestion)))
		}
	}
	s.log.LogAttrs(ctx, level, "request", attrs...)
}

const unmatched = "unmatched"

// routeOf is the route pattern of the request ("/v1/passages/*id"), or
// "unmatched" for 404s and 405s: never the raw path, which is unbounded
// and may carry a question.
func routeOf(c *gin.Context) string {
	if p := c.FullPath(); p != "" {
		return p
	}
	return unmatched
}

// methodLabel bounds the method label to the methods HTTP defines.
func methodLabel(m string) string {
	switch m {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
		http.MethodDelete, http.MethodOptions, http.MethodConnect, http.MethodTrace:
		return m
	}
	return "OTHER"
}

func clientString(a netip.Addr) string {
	if !a.IsValid() {
		return ""
	}
	return a.String()
}

// truncate cuts s to at most n runes.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
