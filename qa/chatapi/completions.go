package chatapi

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"time"

	"github.com/talentwar/qa/qa"
)

// streamPieceRunes bounds the text of one streamed content chunk.
const streamPieceRunes = 48

type usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	TotalTokens      int `json:"total_tokens"`
}

type assistantMessage struct {
	Role      string         `json:"role"`
	Content   string         `json:"content"`
	Refusal   *string        `json:"refusal"`
	Citations []citationJSON `json:"citations"`
}

type choice struct {
	Index        int              `json:"index"`
	Message      assistantMessage `json:"message"`
	Logprobs     *struct{}        `json:"logprobs"`
	FinishReason string           `json:"finish_reason"`
}

// completion is a chat.completion. Besides OpenAI's fields it carries the
// structured citations, the short answer (null when the article does not
// say) and how a follow-up was understood.
type completion struct {
	ID            string         `json:"id"`
	Object        string         `json:"object"`
	Created       int64          `json:"created"`
	Model         string         `json:"model"`
	Choices       []choice       `json:"choices"`
	Usage         usage          `json:"usage"`
	Citations     []citationJSON `json:"citations"`
	Answer        *qa.Answer     `json:"answer"`
	InterpretedAs string         `json:"interpreted_as,omitempty"`
}

type delta struct {
	Role    string  `json:"role,omitempty"`
	Content *string `json:"content,omitempty"`
}

type chunkChoice struct {
	Index        int       `json:"index"`
	Delta        delta     `json:"delta"`
	Logprobs     *struct{} `json:"logprobs"`
	FinishReason *string   `json:"finish_reason"`
}

// chunk is a chat.completion.chunk. The final chunk (the one with a
// finish_reason) also carries the structured citations and answer.
type chunk struct {
	ID      string        `json:"id"`
	Object  string        `json:"object"`
	Created int64         `json:"created"`
	Model   string        `json:"model"`
	Choices []chunkChoice `json:"choices"`
	Usage   *usage        `json:"usage,omitempty"`
	*extra
}

// extra are the fields of the final chunk beyond OpenAI's.
type extra struct {
	Citations     []citationJSON `json:"citations"`
	Answer        *qa.Answer     `json:"answer"`
	InterpretedAs string         `json:"interpreted_as,omitempty"`
}

// reply is an answer ready to send.
type reply struct {
	content string
	finish  string
	cites   []citationJSON
	usage   usage
	resp    *qa.Response
}

func (h *handler) reply(p *parsed, resp *qa.Response) reply {
	content, cites := render(resp)
	finish := "stop"
	if p.maxTokens > 0 {
		var cut bool
		if content, cut = truncateTokens(content, p.maxTokens); cut {
			finish = "length"
		}
	}
	n := EstimateTokens(content)
	return reply{content: content, finish: finish, cites: cites, resp: resp,
		usage: usage{PromptTokens: p.promptTokens, CompletionTokens: n, TotalTokens: p.promptTokens + n}}
}

func (h *handler) completions(w http.ResponseWriter, r *http.Request) {
	p, e := h.parse(w, r)
	if e != nil {
		writeError(w, e)
		return
	}
	id, created := newID(), h.cfg.Now().Unix()
	if p.stream {
		h.stream(w, r, p, id, created)
		return
	}
	resp, err := h.ask(r.Context(), p.req)
	if err != nil {
		writeError(w, h.failure(err))
		return
	}
	rp := h.reply(p, resp)
	writeJSON(w, http.StatusOK, completion{
		ID: id, Object: "chat.completion", Created: created, Model: p.model.ID,
		Choices: []choice{{Message: assistantMessage{Role: "assistant", Content: rp.content, Citations: rp.cites},
			FinishReason: rp.finish}},
		Usage: rp.usage, Citations: rp.cites, Answer: resp.Answer, InterpretedAs: resp.InterpretedAs,
	})
}

func (h *handler) ask(ctx context.Context, req qa.Request) (*qa.Response, error) {
	resp, err := h.asker.Ask(ctx, req)
	if err == nil && resp == nil {
		err = qa.Errorf(qa.Internal, "the engine returned no response")
	}
	return resp, err
}

// failure converts an engine error, logging server-side failures.
func (h *handler) failure(err error) *apiError {
	e := fromQA(err)
	if e.status >= 500 {
		h.log.Error("chatapi: ask failed", "status", e.status, "code", qa.ErrorCode(err), "err", err)
	}
	return e
}

type askResult struct {
	resp *qa.Response
	err  error
}

// stream answers with server-sent events. It waits up to StreamHeadStart
// for the engine so that an early error gets its own status; after that it
// sends the head and the role chunk, and a later error becomes an error
// event.
func (h *handler) stream(w http.ResponseWriter, r *http.Request, p *parsed, id string, created int64) {
	done := make(chan askResult, 1)
	go func() {
		resp, err := h.ask(r.Context(), p.req)
		done <- askResult{resp, err}
	}()
	var res *askResult
	if h.cfg.StreamHeadStart > 0 {
		t := time.NewTimer(h.cfg.StreamHeadStart)
		select {
		case x := <-done:
			res = &x
		case <-t.C:
		}
		t.Stop()
	}
	if res != nil && res.err != nil {
		writeError(w, h.failure(res.err))
		return
	}

	s := newSSE(w)
	base := chunk{ID: id, Object: "chat.completion.chunk", Created: created, Model: p.model.ID}
	empty := ""
	c := base
	c.Choices = []chunkChoice{{Delta: delta{Role: "assistant", Content: &empty}}}
	s.send(c)
	if res == nil {
		x := <-done
		res = &x
	}
	if res.err != nil {
		s.send(h.failure(res.err).body())
		return
	}
	rp := h.reply(p, res.resp)
	for _, piece := range splitContent(rp.content, streamPieceRunes) {
		c := base
		c.Choices = []chunkChoice{{Delta: delta{Content: &piece}}}
		s.send(c)
	}
	c = base
	c.Choices = []chunkChoice{{Delta: delta{}, FinishReason: &rp.finish}}
	c.extra = &extra{Citations: rp.cites, Answer: rp.resp.Answer, InterpretedAs: rp.resp.InterpretedAs}
	s.send(c)
	if p.includeUsage {
		c = base
		c.Choices = []chunkChoice{}
		c.Usage = &rp.usage
		s.send(c)
	}
	s.write([]byte("data: [DONE]\n\n"))
}

// sse writes server-sent events, flushing each one.
type sse struct {
	w  http.ResponseWriter
	rc *http.ResponseController
}

func newSSE(w http.ResponseWriter) *sse {
	hd := w.Header()
	hd.Set("Content-Type", "text/event-stream; charset=utf-8")
	hd.Set("Cache-Control", "no-cache")
	hd.Set("X-Accel-Buffering", "no") // tell nginx not to buffer the stream
	w.WriteHeader(http.StatusOK)
	return &sse{w: w, rc: http.NewResponseController(w)}
}

func (s *sse) send(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		b = []byte(`{"error":{"message":"internal error","type":"api_error","param":null,"code":"internal_error"}}`)
	}
	s.write(append(append([]byte("data: "), b...), '\n', '\n'))
}

// write sends one event. A failed write means the client left; the rest of
// the events are written to nowhere, which costs little.
func (s *sse) write(b []byte) {
	if _, err := s.w.Write(b); err == nil {
		_ = s.rc.Flush()
	}
}

func newID() string {
	var b [12]byte
	_, _ = rand.Read(b[:])
	return "chatcmpl-" + hex.EncodeToString(b[:])
}
