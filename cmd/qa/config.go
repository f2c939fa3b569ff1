package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"time"
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

func envDuration(k string, def time.Duration) time.Duration {
	if v, ok := os.LookupEnv(k); ok {
		if d, err := time.ParseDuration(v); err == nil {
			return d
		}
		fmt.Fprintf(os.Stderr, "qa: ignoring %s=%q: not a duration such as 5s\n", k, v)
	}
	return def
}
