package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/talentwar/qa/qa/httpapi"
)

// Config is every setting of the server, bound to flags with environment
// defaults (flag > environment > built-in default).
type Config struct {
	Addr            string
	IndexDir        string
	LogFormat       string
	LogLevel        string
	RequestTimeout  time.Duration
	ShutdownTimeout time.Duration
	MaxSessions     int
	SessionTTL      time.Duration
	CacheSize       int    // answers kept for repeated questions; 0 turns the cache off
	Answers         string // who orders passages and chooses answers: "model" (the embedded ranker and answer model; also "") or "rules"

	// Hardening (see docs/operations.md).
	RateLimit      float64 // requests per second per client; 0 turns the limit off
	RateBurst      int
	RateClients    int
	TrustedProxies string // comma-separated CIDRs or addresses
	CORSOrigins    string // comma-separated origins; "*" for any
	MaxBodyBytes   int64
	DrainDelay     time.Duration
	// MetricsToken protects GET /metrics; from QA_METRICS_TOKEN only, so
	// that it shows neither in --help nor in the process list.
	MetricsToken string
}

// bind registers the config's flags on fs, with defaults from the
// environment.
func (c *Config) bind(fs *flag.FlagSet) {
	fs.StringVar(&c.Addr, "addr", envString("QA_ADDR", ":8080"), "listen address (env QA_ADDR)")
	fs.StringVar(&c.IndexDir, "index-dir", envString("QA_INDEX_DIR", ""), "persist the index in this folder instead of memory (env QA_INDEX_DIR)")
	fs.StringVar(&c.LogFormat, "log-format", envString("QA_LOG_FORMAT", "json"), "log format: json or text (env QA_LOG_FORMAT)")
	fs.StringVar(&c.LogLevel, "log-level", envString("QA_LOG_LEVEL", "info"), "log level: debug, info, warn, error (env QA_LOG_LEVEL)")
	fs.DurationVar(&c.RequestTimeout, "request-timeout", envDuration("QA_REQUEST_TIMEOUT", 5*time.Second), "deadline of one question (env QA_REQUEST_TIMEOUT)")
	fs.DurationVar(&c.ShutdownTimeout, "shutdown-timeout", envDuration("QA_SHUTDOWN_TIMEOUT", 10*time.Second), "time in-flight requests get to finish on shutdown (env QA_SHUTDOWN_TIMEOUT)")
	fs.IntVar(&c.MaxSessions, "max-sessions", envInt("QA_MAX_SESSIONS", 10000), "conversations kept in memory (env QA_MAX_SESSIONS)")
	fs.DurationVar(&c.SessionTTL, "session-ttl", envDuration("QA_SESSION_TTL", 30*time.Minute), "idle time after which a conversation is forgotten (env QA_SESSION_TTL)")
	fs.IntVar(&c.CacheSize, "cache-size", envInt("QA_CACHE_SIZE", 4096), "answers kept for repeated questions asked outside a conversation, 0 for none (env QA_CACHE_SIZE)")
	fs.StringVar(&c.Answers, "answers", envString("QA_ANSWERS", "model"), "how passages are ordered and short answers chosen: model (the learned ranker and answer model) or rules (the hand-written rules alone) (env QA_ANSWERS)")
	fs.Float64Var(&c.RateLimit, "rate-limit", envFloat("QA_RATE_LIMIT", 10), "requests per second per client, 0 for no limit (env QA_RATE_LIMIT)")
	fs.IntVar(&c.RateBurst, "rate-burst", envInt("QA_RATE_BURST", 50), "requests a client may send at once (env QA_RATE_BURST)")
	fs.IntVar(&c.RateClients, "rate-clients", envInt("QA_RATE_CLIENTS", 100000), "clients the rate limiter remembers (env QA_RATE_CLIENTS)")
	fs.StringVar(&c.TrustedProxies, "trusted-proxies", envString("QA_TRUSTED_PROXIES", ""), "comma-separated CIDRs of reverse proxies whose X-Forwarded-For is believed (env QA_TRUSTED_PROXIES)")
	fs.StringVar(&c.CORSOrigins, "cors-origins", envString("QA_CORS_ORIGINS", ""), "comma-separated origins allowed to call the API from a browser, * for any (env QA_CORS_ORIGINS)")
	fs.Int64Var(&c.MaxBodyBytes, "max-body-bytes", envInt64("QA_MAX_BODY_BYTES", 64<<10), "largest /v1/ask request body (env QA_MAX_BODY_BYTES)")
	fs.DurationVar(&c.DrainDelay, "drain-delay", envDuration("QA_DRAIN_DELAY", 0), "on shutdown, time to keep serving while /readyz says 503, so load balancers stop sending (env QA_DRAIN_DELAY)")
	c.MetricsToken = os.Getenv("QA_METRICS_TOKEN")
}

// apiConfig returns the API's limits, proxies, origins and metrics from
// the settings.
func (c Config) apiConfig(met *httpapi.Metrics) (httpapi.Config, error) {
	proxies, err := httpapi.ParsePrefixes(c.TrustedProxies)
	if err != nil {
		return httpapi.Config{}, err
	}
	return httpapi.Config{
		MaxBodyBytes:   c.MaxBodyBytes,
		RequestTimeout: c.RequestTimeout,
		RateLimit:      httpapi.RateLimit{Off: c.RateLimit <= 0, PerSecond: c.RateLimit, Burst: c.RateBurst, MaxClients: c.RateClients},
		TrustedProxies: proxies,
		CORSOrigins:    httpapi.ParseOrigins(c.CORSOrigins),
		Metrics:        met,
		MetricsToken:   c.MetricsToken,
	}, nil
}

func envString(k, def string) string {
	if v, ok := os.LookupEnv(k); ok {
		return v
	}
	return def
}

func envInt(k string, def int) int {
	if v, ok := os.LookupEnv(k); ok {
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
		fmt.Fprintf(os.Stderr, "qa: ignoring %s=%q: not a whole number\n", k, v)
	}
	return def
}

func envInt64(k string, def int64) int64 {
	if v, ok := os.LookupEnv(k); ok {
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			return n
		}
		fmt.Fprintf(os.Stderr, "qa: ignoring %s=%q: not a whole number\n", k, v)
	}
	return def
}

func envFloat(k string, def float64) float64 {
	if v, ok := os.LookupEnv(k); ok {
		if f, err := strconv.ParseFloat(v, 64); err == nil {
			return f
		}
		fmt.Fprintf(os.Stderr, "qa: ignoring %s=%q: not a number\n", k, v)
	}
	return def
}

func envDuration(k string, def time.Duration) time.Duration {
	if v, ok := os.LookupEnv(k); ok {
		if d, err := time.ParseDuration(v); err == nil {
			return d
		}
		fmt.Fprintf(os.Stderr, "qa: ignoring %s=%q: not a duration such as 5s\n", k, v)
	}
	return def
}
