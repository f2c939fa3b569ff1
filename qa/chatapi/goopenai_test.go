package chatapi

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	goopenai "github.com/sashabaranov/go-openai"
)

// The same core calls with a second, independent client, so that the
// server is not tied to one client's leniency.

func communityClient(url, key string) *goopenai.Client {
	cfg := goopenai.DefaultConfig(key)
	cfg.BaseURL = url + "/v1"
	return goopenai.NewClientWithConfig(cfg)
}

func TestGoOpenAIChat(t *testing.T) {
	srv, _ := newServer(t)
	c := communityClient(srv.URL, testKey)
	resp, err := c.CreateChatCompletion(context.Background(), goopenai.ChatCompletionRequest{
		Model:       "talent-war-qa",
		Messages:    []goopenai.ChatCompletionMessage{{Role: goopenai.ChatMessageRoleUser, Content: questionStakeEN}},
		Temperature: 0.3,
		//lint:ignore SA1019 chat front-ends still send max_tokens; the server must accept it
		MaxTokens: 500,
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantStakeEN, resp.Choices[0].Message.Content); diff != "" {
		t.Errorf("content (-want +got):\n%s", diff)
	}
	if resp.Choices[0].FinishReason != goopenai.FinishReasonStop || resp.Usage.CompletionTokens != EstimateTokens(wantStakeEN) {
		t.Errorf("finish_reason %q usage %+v", resp.Choices[0].FinishReason, resp.Usage)
	}
}

func TestGoOpenAIChineseFollowUp(t *testing.T) {
	srv, _ := newServer(t)
	c := communityClient(srv.URL, testKey)
	ctx := context.Background()
	msgs := []goopenai.ChatCompletionMessage{{Role: "user", Content: "誰來領導扎克伯格的新AI實驗室？"}}
	first, err := c.CreateChatCompletion(ctx, goopenai.ChatCompletionRequest{Model: "talent-war-qa", Messages: msgs})
	if err != nil {
		t.Fatal(err)
	}
	msgs = append(msgs, first.Choices[0].Message, goopenai.ChatCompletionMessage{Role: "user", Content: "他要在Meta待多久？"})
	second, err := c.CreateChatCompletion(ctx, goopenai.ChatCompletionRequest{Model: "talent-war-qa", Messages: msgs})
	if err != nil {
		t.Fatal(err)
	}
	got := second.Choices[0].Message.Content
	if !strings.HasPrefix(got, "**五年以上** [2]\n\n_理解為：Alexandr Wang要在Meta待多久？_\n\n**出處**\n\n") {
		t.Errorf("follow-up answer %q", got)
	}
}

func TestGoOpenAIStream(t *testing.T) {
	srv, _ := newServer(t)
	c := communityClient(srv.URL, testKey)
	stream, err := c.CreateChatCompletionStream(context.Background(), goopenai.ChatCompletionRequest{
		Model:         "talent-war-qa",
		Messages:      []goopenai.ChatCompletionMessage{{Role: "user", Content: "Perplexity在哪個月完成了新一輪融資？"}},
		Stream:        true,
		StreamOptions: &goopenai.StreamOptions{IncludeUsage: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer stream.Close()
	var content strings.Builder
	var role string
	var finish goopenai.FinishReason
	var usage *goopenai.Usage
	for {
		r, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if r.Usage != nil {
			usage = r.Usage
		}
		for _, ch := range r.Choices {
			if ch.Delta.Role != "" {
				role = ch.Delta.Role
			}
			content.WriteString(ch.Delta.Content)
			if ch.FinishReason != "" {
				finish = ch.FinishReason
			}
		}
	}
	if diff := cmp.Diff(wantPerplexityZH, content.String()); diff != "" {
		t.Errorf("streamed content (-want +got):\n%s", diff)
	}
	if role != "assistant" || finish != goopenai.FinishReasonStop || usage == nil || usage.CompletionTokens != EstimateTokens(wantPerplexityZH) {
		t.Errorf("role %q finish %q usage %+v", role, finish, usage)
	}
}

func TestGoOpenAIModels(t *testing.T) {
	srv, _ := newServer(t)
	list, err := communityClient(srv.URL, testKey).ListModels(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(list.Models) != 1 || list.Models[0].ID != "talent-war-qa" || list.Models[0].OwnedBy != "talentwar" {
		t.Errorf("models %+v", list.Models)
	}
}

func TestGoOpenAIErrors(t *testing.T) {
	srv, _ := newServer(t)
	ctx := context.Background()
	req := func(model, q string) goopenai.ChatCompletionRequest {
		return goopenai.ChatCompletionRequest{Model: model, Messages: []goopenai.ChatCompletionMessage{{Role: "user", Content: q}}}
	}
	for _, tc := range []struct {
		name string
		call func() error
		want apiErr
	}{
		{"unknown model", func() error {
			_, err := communityClient(srv.URL, testKey).CreateChatCompletion(ctx, req("gpt-4o", "Who?"))
			return err
		}, apiErr{404, "invalid_request_error", "model_not_found", "model"}},
		{"bad key", func() error {
			_, err := communityClient(srv.URL, "sk-wrong").ListModels(ctx)
			return err
		}, apiErr{401, "invalid_request_error", "invalid_api_key", ""}},
		{"empty question", func() error {
			_, err := communityClient(srv.URL, testKey).CreateChatCompletion(ctx, req("talent-war-qa", "   "))
			return err
		}, apiErr{400, "invalid_request_error", "invalid_request", "messages[0].content"}},
		{"internal error, streaming", func() error {
			_, err := communityClient(srv.URL, testKey).CreateChatCompletionStream(ctx, req("talent-war-qa", "trigger:boom"))
			return err
		}, apiErr{500, "api_error", "internal_error", ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			var e *goopenai.APIError
			if !errors.As(err, &e) {
				t.Fatalf("error %v (%T), want *openai.APIError", err, err)
			}
			var param string
			if e.Param != nil {
				param = *e.Param
			}
			code, _ := e.Code.(string)
			if diff := cmp.Diff(tc.want, apiErr{e.HTTPStatusCode, e.Type, code, param}); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
			if strings.Contains(e.Message, "bleve") || strings.Contains(e.Message, "/var/") {
				t.Errorf("message leaks internals: %q", e.Message)
			}
		})
	}
}

func TestGoOpenAIMidStreamError(t *testing.T) {
	srv, _ := newServer(t)
	stream, err := communityClient(srv.URL, testKey).CreateChatCompletionStream(context.Background(),
		goopenai.ChatCompletionRequest{Model: "talent-war-qa", Messages: []goopenai.ChatCompletionMessage{{Role: "user", Content: "trigger:slow-rate"}}})
	if err != nil {
		t.Fatal(err) // the head was sent before the engine failed: status 200
	}
	defer stream.Close()
	first, err := stream.Recv()
	if err != nil || len(first.Choices) != 1 || first.Choices[0].Delta.Role != "assistant" {
		t.Fatalf("first chunk %+v, %v; want the role chunk", first, err)
	}
	_, err = stream.Recv()
	var e *goopenai.APIError
	if !errors.As(err, &e) || e.Type != "rate_limit_error" || !strings.Contains(e.Message, "too many questions") {
		t.Errorf("second Recv: %v, want the rate-limit error event", err)
	}
}
