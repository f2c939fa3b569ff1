package qa

import "context"

// Lang is the language and script of a question.
type Lang string

const (
	LangEN    Lang = "en"
	LangHant  Lang = "zh-Hant"
	LangHans  Lang = "zh-Hans"
	LangMixed Lang = "mixed"
)

// Chinese reports whether answers to a question in this language are given
// in Chinese (mixed questions are answered in Chinese: their Han part is
// what the asker wrote the question around).
func (l Lang) Chinese() bool { return l == LangHant || l == LangHans || l == LangMixed }

// Turn is one earlier message of a conversation, supplied by a client that
// keeps its own history (the chat completions API does).
type Turn struct {
	Role string `json:"role"` // "user" or "assistant"
	Text string `json:"text"`
}

// Request is one question.
type Request struct {
	Question string
	// K is how many passages to return; 0 means DefaultK.
	K int
	// SessionID continues a server-side conversation; empty starts one.
	SessionID string
	// History is an earlier conversation held by the client. When set it
	// is used instead of the server-side session.
	History []Turn
	// NoSession asks for no server-side session to be created or updated
	// (one-shot callers such as the web page's search box).
	NoSession bool
	// Script is the script the asker reads, LangHans or LangHant (the
	// HTTP adapter takes it from Accept-Language): a Chinese question
	// whose characters are the same in both scripts (Gemini的日活是多少？)
	// is answered in it, unless its conversation shows one. Empty, or any
	// other value, leaves such a question in Traditional, the article's
	// script. It never overrides a question that shows its script.
	Script Lang
}

const (
	DefaultK = 3
	MaxK     = 20
	// MaxQuestionRunes bounds a question after normalization.
	MaxQuestionRunes = 500
)

// Answer is a short answer extracted from one passage.
type Answer struct {
	Text      string `json:"text"`
	PassageID string `json:"passage_id"`
	// Field says which text of the passage the span indexes: "zh" or "en".
	Field string `json:"field"`
	// Start and End are the rune range of the span inside that text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Confidence is in [0,1], calibrated on the labelled question set.
	Confidence float64 `json:"confidence"`
	// Type is the kind of answer: person, org, money, count, percent,
	// date, duration, place, reason, yesno, passage.
	Type string `json:"type"`
}

// Highlights are passage texts with matched words wrapped in <mark>…</mark>.
// All other text is HTML-escaped, so a client may insert them as HTML.
type Highlights struct {
	ZH string `json:"zh"`
	EN string `json:"en"`
}

// Result is one ranked passage of a response.
type Result struct {
	ID         string     `json:"id"`
	Rank       int        `json:"rank"`
	Score      float64    `json:"score"`
	ZH         string     `json:"zh"`
	EN         string     `json:"en"`
	Citation   Citation   `json:"citation"`
	Highlights Highlights `json:"highlights"`
	// Answers is false for passages listed as related when the engine did
	// not find the answer in them.
	Answers bool `json:"answers"`
}

// Response is the answer to one Request.
type Response struct {
	Question string `json:"question"`
	Lang     Lang   `json:"lang"`
	// InterpretedAs is the question as the engine understood it after
	// resolving a follow-up against the conversation; empty when unchanged.
	InterpretedAs string `json:"interpreted_as,omitempty"`
	SessionID     string `json:"session_id,omitempty"`
	// Answer is nil when the article does not answer the question; then
	// NoAnswer says so in the asker's language.
	Answer   *Answer  `json:"answer"`
	NoAnswer string   `json:"no_answer,omitempty"`
	Passages []Result `json:"passages"`
	TookMS   float64  `json:"took_ms"`
}

// Asker answers questions. The engine implements it; the HTTP, Slack, web
// and chat adapters depend on it alone.
type Asker interface {
	Ask(ctx context.Context, req Request) (*Response, error)
	// Passage returns one passage and up to n neighbours on each side in
	// document order. An unknown ID is an Error with code NotFound.
	Passage(ctx context.Context, id string, n int) (Passage, []Passage, error)
}

// Hit is one passage found by a Searcher, with the byte ranges of matched
// terms in its ZH and EN texts (for highlighting).
type Hit struct {
	Passage Passage
	Score   float64
	MatchZH []Span
	MatchEN []Span
	// Related is how many of the question's words the passage says in
	// other words (an index's synonyms: 口碑 for a question's 評價,
	// "pivoted" for 轉向), counted once per word group; 0 when the index
	// has no synonyms.
	Related int
}

// Span is a half-open byte range.
type Span struct{ Start, End int }

// Query is what the engine asks of an index: the analysed question.
type Query struct {
	// Text is the normalized question as typed (NFKC, cleaned).
	Text string
	// Lang is the question's detected language.
	Lang Lang
	// Entities are the corpus entities the question names; the index
	// searches all of their forms, in both languages.
	Entities []Entity
	// Size is how many hits to return.
	Size int
}

// Searcher is the small interface the domain needs from a search index.
type Searcher interface {
	Search(ctx context.Context, q Query) ([]Hit, error)
}
