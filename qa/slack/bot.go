// Package slack is the Slack adapter of the question-answering service: a
// slash command and an Events API bot that answer questions about the
// article with cited passages, built on github.com/slack-go/slack.
//
// Every request is verified with the signing secret on its raw body before
// anything else is done, acknowledged at once, and answered from a bounded
// worker pool through the command's response_url or chat.postMessage.
package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"time"

	slackgo "github.com/slack-go/slack"

	"github.com/talentwar/qa/qa"
)

// Bot serves Slack's requests. Create it with New, mount Handler, call
// Start once the server runs and Close on shutdown.
type Bot struct {
	cfg   Config
	asker qa.Asker
	log   *slog.Logger
	api   *slackgo.Client
	seen  *dedup

	base   context.Context // cancelled when Close gives up waiting
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu     sync.RWMutex // guards closed and sends on queue
	closed bool
	queue  chan job

	idMu      sync.Mutex
	userID    string // the bot's user ID, from auth.test
	botID     string
	lastProbe time.Time
}

// job is one reply to prepare and deliver from a worker.
type job struct {
	question  string
	sessionID string
	text      string // a fixed reply instead of an answer (usage help)

	// Slash commands answer through response_url.
	responseURL  string
	responseType string // slackgo.ResponseTypeEphemeral or ResponseTypeInChannel

	// Events answer with chat.postMessage.
	channel  string
	threadTS string
	user     string // author of the message, to recheck against the bot
}

// New returns a Bot whose workers are running. It does not call Slack; the
// bot's user ID is looked up by Start, or on the first event.
func New(cfg Config, asker qa.Asker, log *slog.Logger) (*Bot, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if asker == nil {
		return nil, errors.New("slack: nil Asker")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	b := &Bot{
		cfg:   cfg,
		asker: asker,
		log:   log.With("component", "slack"),
		api: slackgo.New(cfg.BotToken,
			slackgo.OptionAPIURL(cfg.APIURL),
			slackgo.OptionHTTPClient(cfg.HTTPClient)),
		seen:  newDedup(cfg.DedupTTL, cfg.DedupSize),
		queue: make(chan job, cfg.QueueSize),
	}
	b.base, b.cancel = context.WithCancel(context.Background())
	for range cfg.Workers {
		b.wg.Go(b.work)
	}
	return b, nil
}

// Start looks up the bot's own user ID with auth.test, so its own messages
// are recognised; it also proves the token works.
func (b *Bot) Start(ctx context.Context) error {
	res, err := b.api.AuthTestContext(ctx)
	if err != nil {
		return errors.New("slack: auth.test failed: " + err.Error())
	}
	b.idMu.Lock()
	b.userID, b.botID = res.UserID, res.BotID
	b.idMu.Unlock()
	b.log.Info("slack bot ready", "user_id", res.UserID, "team", res.Team)
	return nil
}

// UserID is the bot's user ID, empty until auth.test has succeeded.
func (b *Bot) UserID() string {
	b.idMu.Lock()
	defer b.idMu.Unlock()
	return b.userID
}

func (b *Bot) ids() (user, bot string) {
	b.idMu.Lock()
	defer b.idMu.Unlock()
	return b.userID, b.botID
}

// ensureUserID runs auth.test if Start did not, at most once a minute.
func (b *Bot) ensureUserID(ctx context.Context) string {
	b.idMu.Lock()
	if b.userID != "" || time.Since(b.lastProbe) < time.Minute {
		defer b.idMu.Unlock()
		return b.userID
	}
	b.lastProbe = time.Now()
	b.idMu.Unlock()
	if err := b.Start(ctx); err != nil {
		b.log.Warn("slack: cannot learn the bot's user ID", "err", err)
	}
	return b.UserID()
}

// Handler serves POST /slack/commands and POST /slack/events.
func (b *Bot) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("POST /slack/commands", b.verified(b.command))
	mux.Handle("POST /slack/events", b.verified(b.event))
	return mux
}

// verified reads the raw body (at most MaxBodyBytes), checks its signature
// and only then calls next, with the body restored for parsing. Slack's
// ssl_check requests are answered here, after verification.
func (b *Bot) verified(next func(http.ResponseWriter, *http.Request, []byte)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				writeError(w, http.StatusRequestEntityTooLarge, qa.TooLarge, "request body over 64 KiB")
				return
			}
			writeError(w, http.StatusBadRequest, qa.Invalid, "cannot read request body")
			return
		}
		if err := Verify(b.cfg.SigningSecret, r.Header, body, b.cfg.Now(), b.cfg.MaxSkew); err != nil {
			b.log.Warn("slack: rejected unverified request", "path", r.URL.Path, "reason", err.Error(), "remote", r.RemoteAddr)
			writeError(w, http.StatusUnauthorized, qa.Unauthorized, "request signature could not be verified")
			return
		}
		if form, err := url.ParseQuery(string(body)); err == nil && form.Get("ssl_check") == "1" {
			w.WriteHeader(http.StatusOK)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next(w, r, body)
	})
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, map[string]any{"error": map[string]string{"code": code, "message": msg}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// enqueue hands j to the workers without waiting; false when the queue is
// full or the bot is closing.
func (b *Bot) enqueue(j job) bool {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.closed {
		return false
	}
	select {
	case b.queue <- j:
		return true
	default:
		return false
	}
}

// Close stops taking work (new requests are told the bot is busy) and
// waits for queued and running replies until ctx is done; then it
// cancels them and returns ctx's error.
func (b *Bot) Close(ctx context.Context) error {
	b.mu.Lock()
	if !b.closed {
		b.closed = true
		close(b.queue)
	}
	b.mu.Unlock()
	done := make(chan struct{})
	go func() { b.wg.Wait(); close(done) }()
	select {
	case <-done:
		b.cancel()
		return nil
	case <-ctx.Done():
		b.cancel()
		return ctx.Err()
	}
}

func (b *Bot) work() {
	for j := range b.queue {
		b.handle(j)
	}
}

func (b *Bot) handle(j job) {
	if b.base.Err() != nil {
		b.log.Warn("slack: reply dropped at shutdown", "channel", j.channel)
		return
	}
	if j.user != "" {
		if id := b.ensureUserID(b.base); id != "" && j.user == id {
			return // the bot's own message, seen before its ID was known
		}
	}
	msg := textMessage(j.text)
	if j.text == "" {
		msg = b.answer(j)
	}
	ctx, cancel := context.WithTimeout(b.base, b.cfg.DeliveryTimeout)
	defer cancel()
	err := b.deliver(ctx, func(ctx context.Context) error {
		if j.responseURL != "" {
			blocks := slackgo.Blocks{BlockSet: msg.Blocks}
			return slackgo.PostWebhookCustomHTTPContext(ctx, j.responseURL, b.cfg.HTTPClient, &slackgo.WebhookMessage{
				ResponseType: j.responseType,
				Text:         msg.Text,
				Blocks:       &blocks,
			})
		}
		opts := []slackgo.MsgOption{slackgo.MsgOptionText(msg.Text, false), slackgo.MsgOptionBlocks(msg.Blocks...)}
		if j.threadTS != "" {
			opts = append(opts, slackgo.MsgOptionTS(j.threadTS))
		}
		_, _, err := b.api.PostMessageContext(ctx, j.channel, opts...)
		return err
	})
	if err != nil {
		b.log.Error("slack: reply not delivered", "channel", j.channel, "via_response_url", j.responseURL != "", "err", err)
	}
}

// answer asks the question and renders the response or the error.
func (b *Bot) answer(j job) message {
	ctx, cancel := context.WithTimeout(b.base, b.cfg.Timeout)
	defer cancel()
	resp, err := b.asker.Ask(ctx, qa.Request{Question: j.question, SessionID: j.sessionID})
	switch {
	case err == nil && resp != nil:
		return render(resp)
	case errors.Is(err, context.DeadlineExceeded) || qa.ErrorCode(err) == qa.Timeout:
		b.log.Warn("slack: question timed out", "err", err)
		return textMessage(timeoutText)
	}
	switch qa.ErrorCode(err) {
	case qa.Invalid, qa.TooLarge, qa.RateLimited, qa.Unavailable:
		return textMessage(qa.ErrorMessage(err))
	}
	b.log.Error("slack: question failed", "err", err)
	return textMessage(failedText)
}

// deliver calls send until it succeeds, Slack says no for good, or ctx
// ends. A 429 waits for Retry-After; 5xx and connection errors back off
// exponentially. A wait that would pass ctx's deadline is not started.
func (b *Bot) deliver(ctx context.Context, send func(context.Context) error) error {
	backoff := 250 * time.Millisecond
	for {
		err := send(ctx)
		if err == nil {
			return nil
		}
		wait, ok := retryAfter(err, backoff)
		if !ok || ctx.Err() != nil {
			return err
		}
		if dl, has := ctx.Deadline(); has && time.Until(dl) < wait {
			return errors.New("giving up before the delivery deadline: " + err.Error())
		}
		b.log.Info("slack: retrying reply", "wait", wait, "err", err)
		if err := b.cfg.Sleep(ctx, wait); err != nil {
			return err
		}
		backoff = min(2*backoff, b.cfg.MaxBackoff)
	}
}

// retryAfter says whether err is worth retrying and after how long.
func retryAfter(err error, backoff time.Duration) (time.Duration, bool) {
	var rl *slackgo.RateLimitedError
	if errors.As(err, &rl) {
		if rl.RetryAfter > 0 {
			return rl.RetryAfter, true
		}
		return backoff, true
	}
	var sc slackgo.StatusCodeError
	if errors.As(err, &sc) {
		return backoff, sc.Retryable()
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return 0, false
	}
	var se slackgo.SlackErrorResponse
	if errors.As(err, &se) {
		return backoff, se.Err == "ratelimited" || se.Err == "internal_error" || se.Err == "fatal_error"
	}
	// Connection errors and the like.
	var ue *url.Error
	return backoff, errors.As(err, &ue)
}
