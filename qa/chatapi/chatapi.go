// Package chatapi serves the question-answering engine over the OpenAI Chat
// Completions protocol, so that chat front-ends which speak it (Open WebUI,
// LibreChat, the official SDKs, curl) can use this backend unchanged.
//
// Routes:
//
//	GET  /v1/models              the models (one per corpus)
//	GET  /v1/models/{id}         one model
//	POST /v1/chat/completions    a chat completion, plain or streamed (SSE)
//
// The last user message is the question; the user and assistant messages
// before it are passed to the engine as the conversation (qa.Request.History)
// so that follow-ups resolve. The assistant message is the answer in the
// asker's language followed by numbered Markdown references; the same
// references are attached as structured "citations".
//
// Token counts in "usage" are estimates (see EstimateTokens): the engine
// uses no language model and has no tokenizer.
package chatapi

import (
	"crypto/sha256"
	"crypto/subtle"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/talentwar/qa/qa"
)

// Model is one model listed by GET /v1/models. There is one per corpus.
type Model struct {
	ID      string
	OwnedBy string
	// Created is the Unix time in seconds reported as "created".
	Created int64
}

// DefaultModel is the model of the talent-war article.
var DefaultModel = Model{
	ID:      "talent-war-qa",
	OwnedBy: "talentwar",
	Created: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC).Unix(),
}

const (
	// DefaultMaxBodyBytes bounds a request body. A chat request carries
	// the whole conversation, so this is larger than a single question needs.
	DefaultMaxBodyBytes = 256 << 10
	// DefaultStreamHeadStart is how long a streamed request waits for the
	// engine before it sends the response head (see Config.StreamHeadStart).
	DefaultStreamHeadStart = 2 * time.Second
	// maxHistoryTurns bounds the earlier messages passed to the engine.
	maxHistoryTurns = 20
	// answerK is how many passages a chat answer cites.
	answerK = 3
)

// Config configures the handler. The zero value is usable: one model
// (DefaultModel), no authentication, DefaultMaxBodyBytes, time.Now.
type Config struct {
	Models []Model
	// APIKeys are the accepted bearer tokens. Empty turns authentication off.
	APIKeys []string
	// MaxBodyBytes bounds a request body; larger bodies get 413.
	MaxBodyBytes int64
	// Now is the clock for "created"; nil means time.Now.
	Now func() time.Time
	// StreamHeadStart is how long a streamed request waits for the engine
	// before sending the response head and the first (role) chunk. An error
	// within it gets its own HTTP status (429, 500…); an error after it is
	// sent as a `data: {"error":…}` event. 0 means DefaultStreamHeadStart,
	// a negative value sends the head at once.
	StreamHeadStart time.Duration
	// Logger receives internal errors (never API keys or questions);
	// nil means slog.Default().
	Logger *slog.Logger
}

// ConfigFromEnv returns the default Config with the API keys from
// QA_API_KEYS (comma-separated; authentication is off when it is unset or
// empty).
func ConfigFromEnv() Config {
	var c Config
	for _, k := range strings.Split(os.Getenv("QA_API_KEYS"), ",") {
		if k = strings.TrimSpace(k); k != "" {
			c.APIKeys = append(c.APIKeys, k)
		}
	}
	return c
}

type handler struct {
	cfg   Config
	asker qa.Asker
	// keys are SHA-256 digests of the API keys: comparing digests of equal
	// length in constant time reveals neither a key's bytes nor its length.
	keys [][sha256.Size]byte
	log  *slog.Logger
}

// New returns the chat completions handler. It is plain net/http; mount it
// at the server root (the routes carry their /v1 prefix).
func New(cfg Config, asker qa.Asker) http.Handler {
	if len(cfg.Models) == 0 {
		cfg.Models = []Model{DefaultModel}
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.StreamHeadStart == 0 {
		cfg.StreamHeadStart = DefaultStreamHeadStart
	}
	h := &handler{cfg: cfg, asker: asker, log: cfg.Logger}
	if h.log == nil {
		h.log = slog.Default()
	}
	for _, k := range cfg.APIKeys {
		h.keys = append(h.keys, sha256.Sum256([]byte(k)))
	}
	return h
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	path := strings.TrimSuffix(r.URL.Path, "/")
	var serve func(http.ResponseWriter, *http.Request)
	method := http.MethodGet
	switch {
	case path == "/v1/chat/completions":
		method, serve = http.MethodPost, h.completions
	case path == "/v1/models":
		serve = h.listModels
	case strings.HasPrefix(path, "/v1/models/"):
		serve = h.getModel
	default:
		writeError(w, errNotFound("unknown route: "+r.Method+" "+r.URL.Path, "unknown_url"))
		return
	}
	if r.Method != method && !(method == http.MethodGet && r.Method == http.MethodHead) {
		w.Header().Set("Allow", method)
		writeError(w, &apiError{status: http.StatusMethodNotAllowed, typ: "invalid_request_error", code: "method_not_allowed",
			message: "method " + r.Method + " is not allowed on " + path + "; use " + method})
		return
	}
	if !h.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="talent-war-qa"`)
		writeError(w, errAuth(r.Header.Get("Authorization") == ""))
		return
	}
	serve(w, r)
}

// authorized reports whether the request carries one of the API keys as a
// bearer token. Every key is compared, in constant time, whatever matches.
func (h *handler) authorized(r *http.Request) bool {
	if len(h.keys) == 0 {
		return true
	}
	auth := r.Header.Get("Authorization")
	scheme, token, ok := strings.Cut(auth, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	got := sha256.Sum256([]byte(strings.TrimSpace(token)))
	match := 0
	for _, k := range h.keys {
		match |= subtle.ConstantTimeCompare(got[:], k[:])
	}
	return match == 1
}

type modelJSON struct {
	ID      string `json:"id"`
	Object  string `json:"object"`
	Created int64  `json:"created"`
	OwnedBy string `json:"owned_by"`
}

func (m Model) json() modelJSON {
	return modelJSON{ID: m.ID, Object: "model", Created: m.Created, OwnedBy: m.OwnedBy}
}

func (h *handler) listModels(w http.ResponseWriter, r *http.Request) {
	list := struct {
		Object string      `json:"object"`
		Data   []modelJSON `json:"data"`
	}{Object: "list", Data: []modelJSON{}}
	for _, m := range h.cfg.Models {
		list.Data = append(list.Data, m.json())
	}
	writeJSON(w, http.StatusOK, list)
}

func (h *handler) getModel(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimPrefix(strings.TrimSuffix(r.URL.Path, "/"), "/v1/models/")
	m, ok := h.model(id)
	if !ok {
		writeError(w, errUnknownModel(id))
		return
	}
	writeJSON(w, http.StatusOK, m.json())
}

func (h *handler) model(id string) (Model, bool) {
	for _, m := range h.cfg.Models {
		if m.ID == id {
			return m, true
		}
	}
	return Model{}, false
}
