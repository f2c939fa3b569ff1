package chatapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/talentwar/qa/qa"
)

// chatRequest is the part of a chat completions request this server reads.
// Every other field (temperature, top_p, user, tools, seed…) is accepted
// and ignored: the answer is extracted from the article, not sampled.
type chatRequest struct {
	Model    string    `json:"model"`
	Messages []message `json:"messages"`
	Stream   bool      `json:"stream"`
	// StreamOptions.IncludeUsage adds a usage chunk before [DONE].
	StreamOptions *struct {
		IncludeUsage bool `json:"include_usage"`
	} `json:"stream_options"`
	// MaxTokens and MaxCompletionTokens (its newer name) cut the answer
	// to that many estimated tokens; finish_reason is then "length".
	MaxTokens           *int `json:"max_tokens"`
	MaxCompletionTokens *int `json:"max_completion_tokens"`
	// N must be 1: there is one answer.
	N *int `json:"n"`
}

type message struct {
	Role    string          `json:"role"`
	Content json.RawMessage `json:"content"`
}

type contentPart struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

// parsed is a validated request.
type parsed struct {
	model        Model
	req          qa.Request
	stream       bool
	includeUsage bool
	maxTokens    int // 0: no limit
	promptTokens int
}

// validRoles are the message roles of the protocol. System and developer
// instructions and tool results are accepted and not used: the engine
// answers from the article only.
var validRoles = map[string]bool{"system": true, "developer": true, "user": true, "assistant": true, "tool": true, "function": true}

func (h *handler) parse(w http.ResponseWriter, r *http.Request) (*parsed, *apiError) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.cfg.MaxBodyBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, fromQA(qa.Errorf(qa.TooLarge, "request body is larger than %d bytes", h.cfg.MaxBodyBytes))
		}
		return nil, invalid("", "could not read the request body")
	}
	var cr chatRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(&cr); err != nil {
		return nil, invalid(jsonField(err), "We could not parse the JSON body of your request: %s", jsonProblem(err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, invalid("", "We could not parse the JSON body of your request: unexpected data after the JSON object")
	}

	p := &parsed{stream: cr.Stream, includeUsage: cr.Stream && cr.StreamOptions != nil && cr.StreamOptions.IncludeUsage}
	if cr.Model == "" {
		return nil, invalid("model", "you must provide a model parameter")
	}
	m, ok := h.model(cr.Model)
	if !ok {
		return nil, errUnknownModel(cr.Model)
	}
	p.model = m
	if cr.N != nil && *cr.N != 1 {
		return nil, invalid("n", "n must be 1: this server gives one answer per question (got %d)", *cr.N)
	}
	for _, f := range []struct {
		name string
		v    *int
	}{{"max_tokens", cr.MaxTokens}, {"max_completion_tokens", cr.MaxCompletionTokens}} {
		if f.v == nil {
			continue
		}
		if *f.v < 1 {
			return nil, invalid(f.name, "%s must be at least 1 (got %d)", f.name, *f.v)
		}
		if p.maxTokens == 0 || *f.v < p.maxTokens {
			p.maxTokens = *f.v
		}
	}
	if len(cr.Messages) == 0 {
		return nil, invalid("messages", "messages must be a non-empty array")
	}

	texts := make([]string, len(cr.Messages))
	last := -1
	for i, m := range cr.Messages {
		if !validRoles[m.Role] {
			return nil, invalid(fmt.Sprintf("messages[%d].role", i),
				"invalid role %q: expected one of system, developer, user, assistant, tool", m.Role)
		}
		t, e := contentText(m.Content, fmt.Sprintf("messages[%d].content", i))
		if e != nil {
			return nil, e
		}
		texts[i] = t
		p.promptTokens += EstimateTokens(t)
		if m.Role == "user" {
			last = i
		}
	}
	if last < 0 {
		return nil, invalid("messages", "messages must contain a user message: the last one is the question")
	}
	// The engine's own normalization: control and zero-width characters
	// out, white space collapsed; empty or over qa.MaxQuestionRunes is 400.
	question, err := qa.NormalizeQuestion(texts[last])
	if err != nil {
		e := fromQA(err)
		e.param = fmt.Sprintf("messages[%d].content", last)
		return nil, e
	}

	var history []qa.Turn
	for i, m := range cr.Messages[:last] {
		t := texts[i]
		if m.Role == "assistant" {
			t = answerText(strings.TrimSpace(stripReferences(t)))
		}
		if t = strings.TrimSpace(t); t == "" || (m.Role != "user" && m.Role != "assistant") {
			continue
		}
		history = append(history, qa.Turn{Role: m.Role, Text: t})
	}
	if len(history) > maxHistoryTurns {
		history = history[len(history)-maxHistoryTurns:]
	}
	p.req = qa.Request{Question: question, History: history, K: answerK, NoSession: true}
	return p, nil
}

// contentText returns the text of a message's content: a string, null, or
// an array of {"type":"text","text":…} parts joined by newlines.
func contentText(raw json.RawMessage, param string) (string, *apiError) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return "", nil
	}
	var s string
	if raw[0] == '"' {
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", invalid(param, "content is not a valid string")
		}
		return s, nil
	}
	if raw[0] != '[' {
		return "", invalid(param, "content must be a string or an array of content parts")
	}
	var parts []contentPart
	if err := json.Unmarshal(raw, &parts); err != nil {
		return "", invalid(param, "content must be a string or an array of {\"type\":\"text\",\"text\":…} parts")
	}
	texts := make([]string, 0, len(parts))
	for j, part := range parts {
		if part.Type != "text" {
			return "", invalid(fmt.Sprintf("%s[%d].type", param, j),
				"content part type %q is not supported: this server reads text only", part.Type)
		}
		texts = append(texts, part.Text)
	}
	return strings.Join(texts, "\n"), nil
}

// jsonField names the field a decoding error is about, when it says.
func jsonField(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return te.Field
	}
	return ""
}

// jsonProblem describes a decoding error without echoing the body.
func jsonProblem(err error) string {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te):
		return fmt.Sprintf("field %q must be %s, not %s", te.Field, kind(te.Type.Kind().String()), te.Value)
	case errors.As(err, &se):
		return fmt.Sprintf("invalid JSON at byte %d", se.Offset)
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return "the body is empty or ends too early"
	}
	return "invalid JSON"
}

func kind(k string) string {
	switch k {
	case "slice":
		return "an array"
	case "struct", "map":
		return "an object"
	case "int", "int64", "float64":
		return "a number"
	case "bool":
		return "a boolean"
	}
	return "a " + k
}
