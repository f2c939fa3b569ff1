package slack

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	slackgo "github.com/slack-go/slack"
)

// Config configures a Bot. Only SigningSecret and BotToken are required;
// every other field has a default suited to production.
type Config struct {
	// SigningSecret verifies that requests come from Slack. Never logged.
	SigningSecret string
	// BotToken (xoxb-…) authenticates calls to the Web API. Never logged.
	BotToken string

	// APIURL is the Web API base URL, with a trailing slash. Tests point it
	// at a fake; empty means Slack's.
	APIURL string
	// CommandName is the slash command as configured in the app ("/ask").
	CommandName string
	// PublicByDefault makes slash command answers visible to the channel;
	// "/ask private …" still answers only the asker.
	PublicByDefault bool

	// Workers answer questions in the background; QueueSize bounds the
	// questions waiting for a worker. A full queue is reported to the
	// asker as "busy", never waited on.
	Workers   int
	QueueSize int
	// Timeout bounds the answer to one question.
	Timeout time.Duration
	// DeliveryTimeout bounds posting one reply to Slack, retries included.
	DeliveryTimeout time.Duration
	// HTTPTimeout bounds one HTTP call to Slack.
	HTTPTimeout time.Duration
	// MaxBackoff caps the wait between retries when Slack gives no
	// Retry-After (5xx, connection errors).
	MaxBackoff time.Duration

	// MaxSkew is how far a request timestamp may be from Now (replay
	// protection); Slack's rule is 5 minutes.
	MaxSkew time.Duration
	// DedupTTL and DedupSize bound the memory of seen event IDs.
	DedupTTL  time.Duration
	DedupSize int

	// Now is the clock used to check request timestamps and event ages.
	Now func() time.Time
	// Sleep waits between delivery retries; it returns early with the
	// context's error. Tests replace it to record waits.
	Sleep func(ctx context.Context, d time.Duration) error
	// HTTPClient calls Slack (Web API and response_url). Its Timeout is
	// set from HTTPTimeout when zero.
	HTTPClient *http.Client
	// AllowResponseURL reports whether a slash command's response_url may
	// be posted to. The default accepts only https URLs on Slack's hosts,
	// so a leaked signing secret cannot turn the bot into a proxy.
	AllowResponseURL func(*url.URL) bool
}

// MaxBodyBytes bounds a request body; larger bodies get 413.
const MaxBodyBytes = 64 << 10

// ErrNotConfigured is returned by ConfigFromEnv when the signing secret or
// the bot token is missing: the Slack routes should then not be mounted.
var ErrNotConfigured = errors.New("slack: not configured")

// ConfigFromEnv reads SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (both
// required), SLACK_COMMAND (default "/ask") and SLACK_PUBLIC (a boolean,
// default false). A missing secret or token gives an error wrapping
// ErrNotConfigured that names the missing variables, never their values.
func ConfigFromEnv() (Config, error) { return configFromLookup(os.LookupEnv) }

func configFromLookup(lookup func(string) (string, bool)) (Config, error) {
	get := func(k string) string { v, _ := lookup(k); return strings.TrimSpace(v) }
	cfg := Config{
		SigningSecret: get("SLACK_SIGNING_SECRET"),
		BotToken:      get("SLACK_BOT_TOKEN"),
		CommandName:   get("SLACK_COMMAND"),
	}
	var missing []string
	if cfg.SigningSecret == "" {
		missing = append(missing, "SLACK_SIGNING_SECRET")
	}
	if cfg.BotToken == "" {
		missing = append(missing, "SLACK_BOT_TOKEN")
	}
	if len(missing) > 0 {
		return Config{}, fmt.Errorf("%w: %s not set", ErrNotConfigured, strings.Join(missing, " and "))
	}
	if cfg.CommandName != "" && !strings.HasPrefix(cfg.CommandName, "/") {
		return Config{}, fmt.Errorf("slack: SLACK_COMMAND %q must start with /", cfg.CommandName)
	}
	if p := get("SLACK_PUBLIC"); p != "" {
		b, err := strconv.ParseBool(p)
		if err != nil {
			return Config{}, fmt.Errorf("slack: SLACK_PUBLIC %q is not a boolean", p)
		}
		cfg.PublicByDefault = b
	}
	return cfg, nil
}

func (c Config) withDefaults() (Config, error) {
	if c.SigningSecret == "" || c.BotToken == "" {
		return c, fmt.Errorf("%w: signing secret and bot token are required", ErrNotConfigured)
	}
	if c.APIURL == "" {
		c.APIURL = slackgo.APIURL
	}
	if !strings.HasSuffix(c.APIURL, "/") {
		c.APIURL += "/"
	}
	if c.CommandName == "" {
		c.CommandName = "/ask"
	}
	if c.Workers <= 0 {
		c.Workers = 4
	}
	if c.QueueSize <= 0 {
		c.QueueSize = 64
	}
	if c.Timeout <= 0 {
		c.Timeout = 30 * time.Second
	}
	if c.DeliveryTimeout <= 0 {
		c.DeliveryTimeout = 2 * time.Minute
	}
	if c.HTTPTimeout <= 0 {
		c.HTTPTimeout = 10 * time.Second
	}
	if c.MaxBackoff <= 0 {
		c.MaxBackoff = 10 * time.Second
	}
	if c.MaxSkew <= 0 {
		c.MaxSkew = 5 * time.Minute
	}
	if c.DedupTTL <= 0 {
		c.DedupTTL = time.Hour
	}
	if c.DedupSize <= 0 {
		c.DedupSize = 10000
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Sleep == nil {
		c.Sleep = sleep
	}
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{Timeout: c.HTTPTimeout}
	}
	if c.AllowResponseURL == nil {
		c.AllowResponseURL = slackResponseURL
	}
	return c, nil
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// slackResponseURL accepts https URLs on slack.com or slack-gov.com hosts
// (response URLs are https://hooks.slack.com/commands/…).
func slackResponseURL(u *url.URL) bool {
	if u.Scheme != "https" || u.User != nil {
		return false
	}
	h := u.Hostname()
	for _, d := range []string{"slack.com", "slack-gov.com"} {
		if h == d || strings.HasSuffix(h, "."+d) {
			return true
		}
	}
	return false
}
