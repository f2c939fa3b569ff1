// Package httpapi serves the question-answering API over HTTP with Gin:
// /v1/ask, /v1/passages/{id}, /healthz and /readyz, with JSON errors for
// every failure. Other adapters (the web page, Slack, the chat API) are
// plain http.Handlers mounted here, so Gin stays inside this package.
package httpapi

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/netip"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"golang.org/x/text/language"

	"github.com/talentwar/qa/qa"
)

// Config configures the API.
type Config struct {
	// MaxBodyBytes bounds request bodies (413 beyond). Default 64 KiB.
	MaxBodyBytes int64
	// RequestTimeout is the deadline given to each question. Default 5 s.
	RequestTimeout time.Duration
	// Ready reports whether the index is loaded and the server is not
	// shutting down; /readyz answers 503 while it is false.
	Ready func() bool
	// Mounts are other adapters' handlers. They bound their own bodies.
	Mounts []Mount
	Logger *slog.Logger

	// RateLimit is the per-client limit (on by default; see RateLimit).
	RateLimit RateLimit
	// TrustedProxies are the peers whose X-Forwarded-For and X-Real-IP
	// headers name the client (see ClientIP). None by default.
	TrustedProxies []netip.Prefix
	// CORSOrigins may call the API from a browser ("*": any). None by
	// default.
	CORSOrigins []string
	// Metrics are served at GET /metrics; nil means NewMetrics(nil).
	Metrics *Metrics
	// MetricsToken, when set, is the bearer token GET /metrics requires.
	MetricsToken string
	// EncodedCacheBytes bounds the JSON bodies of recent answers kept so
	// that a repeated question is not encoded again (encoded.go). Default
	// 16 MiB; negative turns it off.
	EncodedCacheBytes int64
}

// Mount routes requests for Paths (Gin patterns such as "/slack/*any") to
// Handler, for the given methods (all when empty).
type Mount struct {
	Paths   []string
	Methods []string
	Handler http.Handler
	// OpenAIErrors makes the errors this package writes on these paths
	// (429, a recovered panic) take OpenAI's shape, as the chat API's own.
	OpenAIErrors bool
}

const (
	defaultMaxBody = 64 << 10
	defaultTimeout = 5 * time.Second
)

func init() { gin.SetMode(gin.ReleaseMode) }

// Server is the HTTP API.
type Server struct {
	asker qa.Asker
	cfg   Config
	log   *slog.Logger
	gin   *gin.Engine

	metrics      *Metrics
	limiter      *limiter      // nil when rate limiting is off
	encoded      *encodedCache // nil when off
	anyOrigin    bool
	metricsToken []byte // SHA-256 of Config.MetricsToken
	openAIRoutes map[string]bool
}

// New returns the API handler.
func New(asker qa.Asker, cfg Config) *Server {
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = defaultMaxBody
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = defaultTimeout
	}
	if cfg.Ready == nil {
		cfg.Ready = func() bool { return true }
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.Metrics == nil {
		cfg.Metrics = NewMetrics(nil)
	}
	if cfg.EncodedCacheBytes == 0 {
		cfg.EncodedCacheBytes = defaultEncodedCacheBytes
	}
	cfg.RateLimit = cfg.RateLimit.withDefaults()
	s := &Server{asker: cfg.Metrics.Asker(asker), cfg: cfg, log: cfg.Logger, metrics: cfg.Metrics,
		encoded: newEncodedCache(cfg.EncodedCacheBytes)}
	if !cfg.RateLimit.Off {
		s.limiter = newLimiter(cfg.RateLimit)
	}
	for _, o := range cfg.CORSOrigins {
		s.anyOrigin = s.anyOrigin || o == "*"
	}
	if cfg.MetricsToken != "" {
		sum := sha256.Sum256([]byte(cfg.MetricsToken))
		s.metricsToken = sum[:]
	}
	g := gin.New()
	g.HandleMethodNotAllowed = true
	g.RedirectTrailingSlash = false
	g.RedirectFixedPath = false
	g.ContextWithFallback = true
	// Order matters: the request ID and security headers are on every
	// response, observe sees the final status (after recover), and the
	// rate limit comes before any work. Bodies are limited per route:
	// mounted adapters bound their own (the chat API allows more).
	g.Use(s.requestID, s.securityHeaders, s.observe, s.recover, s.cors, s.rateLimit)

	g.GET("/metrics", s.serveMetrics)
	g.GET("/healthz", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"status": "ok"}) })
	g.GET("/readyz", func(c *gin.Context) {
		if !s.cfg.Ready() {
			s.writeError(c, &apiError{status: http.StatusServiceUnavailable, code: qa.Unavailable, msg: "not ready"})
			return
		}
		c.JSON(http.StatusOK, gin.H{"status": "ready"})
	})
	g.GET("/v1/ask", s.limitBody, s.handle(s.askGET))
	g.POST("/v1/ask", s.limitBody, s.handle(s.askPOST))
	g.GET("/v1/passages/*id", s.limitBody, s.handle(s.passage))
	s.openAIRoutes = map[string]bool{}
	for _, m := range cfg.Mounts {
		for _, p := range m.Paths {
			s.openAIRoutes[p] = m.OpenAIErrors
		}
	}
	for _, m := range cfg.Mounts {
		h := gin.WrapH(m.Handler)
		for _, p := range m.Paths {
			if len(m.Methods) == 0 {
				g.Any(p, h)
				continue
			}
			for _, meth := range m.Methods {
				g.Handle(meth, p, h)
			}
		}
	}
	g.NoRoute(func(c *gin.Context) {
		s.writeError(c, &apiError{status: http.StatusNotFound, code: qa.NotFound, msg: "no such route: " + c.Request.Method + " " + c.Request.URL.Path})
	})
	g.NoMethod(func(c *gin.Context) {
		s.writeError(c, &apiError{status: http.StatusMethodNotAllowed, code: "method_not_allowed", msg: c.Request.Method + " is not allowed on " + c.Request.URL.Path})
	})
	s.gin = g
	return s
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.gin.ServeHTTP(w, r) }

// Use adds Gin middleware ahead of the routes (metrics, rate limits).
func (s *Server) Engine() *gin.Engine { return s.gin }

// apiError is an error with an HTTP status decided by this adapter (for
// failures the domain never sees: bad JSON, wrong content type).
type apiError struct {
	status int
	code   string
	msg    string
}

func (e *apiError) Error() string { return e.msg }

// statusOf is the one table from domain error codes to HTTP status.
var statusOf = map[string]int{
	qa.Invalid:      http.StatusBadRequest,
	qa.TooLarge:     http.StatusRequestEntityTooLarge,
	qa.NotFound:     http.StatusNotFound,
	qa.RateLimited:  http.StatusTooManyRequests,
	qa.Unauthorized: http.StatusUnauthorized,
	qa.Unavailable:  http.StatusServiceUnavailable,
	qa.Timeout:      http.StatusGatewayTimeout,
	qa.Internal:     http.StatusInternalServerError,
}

// ErrorBody is the JSON body of every error response.
type ErrorBody struct {
	Error struct {
		Code      string `json:"code"`
		Message   string `json:"message"`
		RequestID string `json:"request_id,omitempty"`
	} `json:"error"`
}

func (s *Server) writeError(c *gin.Context, err error) {
	var body ErrorBody
	status := http.StatusInternalServerError
	var ae *apiError
	if errors.As(err, &ae) {
		status, body.Error.Code, body.Error.Message = ae.status, ae.code, ae.msg
	} else {
		code := qa.ErrorCode(err)
		if st, ok := statusOf[code]; ok {
			status = st
		}
		body.Error.Code, body.Error.Message = code, qa.ErrorMessage(err)
	}
	if status >= 500 {
		s.log.Error("request failed", "request_id", c.GetString(ridKey), "path", c.Request.URL.Path, "err", err)
	}
	if s.writeOpenAI(c, status, body.Error.Code, body.Error.Message) {
		return
	}
	body.Error.RequestID = c.GetString(ridKey)
	c.Header("Cache-Control", "no-store")
	c.AbortWithStatusJSON(status, body)
}

// handle adapts a handler that returns an error.
func (s *Server) handle(h func(*gin.Context) error) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := h(c); err != nil {
			s.writeError(c, err)
		}
	}
}

const ridKey = "request_id"

func (s *Server) requestID(c *gin.Context) {
	id := c.GetHeader("X-Request-ID")
	if !validRequestID(id) {
		b := make([]byte, 8)
		rand.Read(b)
		id = hex.EncodeToString(b)
	}
	c.Set(ridKey, id)
	c.Writer.Header()["X-Request-Id"] = []string{id} // canonical form of X-Request-ID
	c.Next()
}

func validRequestID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, r := range id {
		if !(r == '-' || r == '_' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

func (s *Server) recover(c *gin.Context) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.metrics.panics.Inc()
			s.log.Error("panic in handler", "request_id", c.GetString(ridKey), "path", c.Request.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			s.writeError(c, &apiError{status: http.StatusInternalServerError, code: qa.Internal, msg: "internal error"})
		}
	}()
	c.Next()
}

func (s *Server) limitBody(c *gin.Context) {
	if c.Request.ContentLength > s.cfg.MaxBodyBytes {
		s.writeError(c, &apiError{status: http.StatusRequestEntityTooLarge, code: qa.TooLarge, msg: fmt.Sprintf("the request body is larger than %d bytes", s.cfg.MaxBodyBytes)})
		return
	}
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, s.cfg.MaxBodyBytes)
	c.Next()
}

func (s *Server) askGET(c *gin.Context) error {
	req := qa.Request{Question: c.Query("q"), NoSession: true, Script: readerScript(c.GetHeader("Accept-Language"))}
	if _, ok := c.GetQuery("q"); !ok {
		return qa.Errorf(qa.Invalid, "the question is missing: pass it as ?q=")
	}
	if ks, ok := c.GetQuery("k"); ok {
		k, err := strconv.Atoi(ks)
		if err != nil {
			return qa.Errorf(qa.Invalid, "k must be a whole number between 1 and %d", qa.MaxK)
		}
		if k < 1 || k > qa.MaxK {
			return qa.Errorf(qa.Invalid, "k must be between 1 and %d", qa.MaxK)
		}
		req.K = k
	}
	if sid, ok := c.GetQuery("session_id"); ok {
		req.SessionID, req.NoSession = sid, false
	}
	return s.ask(c, req)
}

// readerScript is the Chinese script of an Accept-Language header: that of
// its most preferred Chinese tag, written (zh-Hant) or implied by region
// (zh-TW, zh-HK: Traditional; zh-CN, zh-SG, and zh alone: Simplified).
// Empty when the header names no Chinese. A question whose characters
// are the same in both scripts is answered in it (qa.Request.Script).
func readerScript(header string) qa.Lang {
	if header == "" {
		return ""
	}
	tags, _, err := language.ParseAcceptLanguage(header)
	if err != nil {
		return ""
	}
	for _, t := range tags {
		if b, _ := t.Base(); b.String() != "zh" {
			continue
		}
		switch sc, _ := t.Script(); sc.String() {
		case "Hant":
			return qa.LangHant
		case "Hans":
			return qa.LangHans
		}
		return ""
	}
	return ""
}

// AskRequest is the JSON body of POST /v1/ask.
type AskRequest struct {
	Question  *string `json:"question"`
	K         *int    `json:"k,omitempty"`
	SessionID string  `json:"session_id,omitempty"`
}

func (s *Server) askPOST(c *gin.Context) error {
	mt, _, err := mime.ParseMediaType(c.GetHeader("Content-Type"))
	if err != nil || mt != "application/json" {
		return &apiError{status: http.StatusUnsupportedMediaType, code: "unsupported_media_type", msg: "send the question as JSON with Content-Type: application/json"}
	}
	var body AskRequest
	if err := decodeJSON(c.Request.Body, &body); err != nil {
		return err
	}
	if body.Question == nil {
		return qa.Errorf(qa.Invalid, `the question is missing: send {"question": "..."}`)
	}
	req := qa.Request{Question: *body.Question, SessionID: body.SessionID, Script: readerScript(c.GetHeader("Accept-Language"))}
	if body.K != nil {
		if *body.K < 1 || *body.K > qa.MaxK {
			return qa.Errorf(qa.Invalid, "k must be between 1 and %d", qa.MaxK)
		}
		req.K = *body.K
	}
	return s.ask(c, req)
}

// decodeJSON decodes exactly one JSON object with known fields.
func decodeJSON(r io.Reader, v any) error {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		var ute *json.UnmarshalTypeError
		switch {
		case errors.As(err, &mbe):
			return &apiError{status: http.StatusRequestEntityTooLarge, code: qa.TooLarge, msg: fmt.Sprintf("the request body is larger than %d bytes", mbe.Limit)}
		case errors.Is(err, io.EOF):
			return qa.Errorf(qa.Invalid, "the request body is empty")
		case errors.As(err, &ute):
			return qa.Errorf(qa.Invalid, "field %q must be a %s", ute.Field, ute.Type)
		case strings.HasPrefix(err.Error(), "json: unknown field"):
			return qa.Errorf(qa.Invalid, "%s", strings.TrimPrefix(err.Error(), "json: "))
		}
		return qa.Errorf(qa.Invalid, "the request body is not valid JSON")
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return &apiError{status: http.StatusRequestEntityTooLarge, code: qa.TooLarge, msg: fmt.Sprintf("the request body is larger than %d bytes", mbe.Limit)}
		}
		return qa.Errorf(qa.Invalid, "unexpected data after the JSON object")
	}
	return nil
}

func (s *Server) ask(c *gin.Context, req qa.Request) error {
	ctx, cancel := context.WithTimeout(c.Request.Context(), s.cfg.RequestTimeout)
	defer cancel()
	resp, err := s.asker.Ask(ctx, req)
	if err != nil {
		if ctx.Err() != nil && qa.ErrorCode(err) == qa.Internal {
			return qa.Errorf(qa.Timeout, "the question took too long to answer")
		}
		return err
	}
	c.Writer.Header()["Cache-Control"] = noStore
	s.writeAnswer(c, req, resp)
	return nil
}

// PassageResponse is the body of GET /v1/passages/{id}.
type PassageResponse struct {
	Passage qa.Passage   `json:"passage"`
	Context []qa.Passage `json:"context"`
}

func (s *Server) passage(c *gin.Context) error {
	id := strings.TrimPrefix(c.Param("id"), "/")
	n := 2
	if ns, ok := c.GetQuery("n"); ok {
		v, err := strconv.Atoi(ns)
		if err != nil || v < 0 || v > 10 {
			return qa.Errorf(qa.Invalid, "n must be between 0 and 10")
		}
		n = v
	}
	p, ctxPs, err := s.asker.Passage(c.Request.Context(), id, n)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, PassageResponse{Passage: p, Context: ctxPs})
	return nil
}
