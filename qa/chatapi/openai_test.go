package chatapi

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/talentwar/qa/qa"
)

// officialClient is the official SDK pointed at a test server, with the
// base URL, key and retries set explicitly so that OPENAI_* variables of the
// environment cannot change what is tested.
func officialClient(url, key string) openai.Client {
	return openai.NewClient(option.WithBaseURL(url+"/v1/"), option.WithAPIKey(key), option.WithMaxRetries(0))
}

func TestOfficialClientAnswersInTheAskersLanguage(t *testing.T) {
	srv, _ := newServer(t)
	client := officialClient(srv.URL, testKey)
	for _, tc := range []struct {
		name, question, want string
		wantIDs              []string
	}{
		{"english", questionStakeEN, wantStakeEN, []string{"talent-war/p19.s2", "talent-war/p4.s1"}},
		{"traditional chinese", "Perplexity在哪個月完成了新一輪融資？", wantPerplexityZH, []string{"talent-war/p3.s1"}},
		// A Simplified asker reads the references in Simplified script.
		{"simplified chinese", "Meta为Scale AI的股份付了多少钱？", "**143億美元** [1]\n\n**出处**\n\n" +
			"[1] 在接下来一个多月的谈判中，双方互相做了些让步，并有了Meta最终以143亿美元收购Scale AI 49%股份，且Alexandr Wang需要加入Meta的方案出炉。 — A 节，第 19 段\n\n" +
			"[2] 苹果的人才收购计划尚悬在空中，另一边作为Meta创始人的马克·扎克伯格已经拿出143亿美元的真金白银，打算将Scale AI联合创始人兼CEO Alexandr Wang收归麾下了。 — 导语，第 4 段（相关）",
			[]string{"talent-war/p19.s2", "talent-war/p4.s1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			comp, err := client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{
				Model:    "talent-war-qa",
				Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(tc.question)},
			})
			if err != nil {
				t.Fatal(err)
			}
			if comp.Object != "chat.completion" || comp.Model != "talent-war-qa" || comp.Created != fixedNow.Unix() || !strings.HasPrefix(comp.ID, "chatcmpl-") {
				t.Errorf("envelope: object %q model %q created %d id %q", comp.Object, comp.Model, comp.Created, comp.ID)
			}
			if len(comp.Choices) != 1 {
				t.Fatalf("%d choices, want 1", len(comp.Choices))
			}
			c := comp.Choices[0]
			if diff := cmp.Diff(tc.want, c.Message.Content); diff != "" {
				t.Errorf("content (-want +got):\n%s", diff)
			}
			if c.FinishReason != "stop" || c.Message.Role != "assistant" {
				t.Errorf("finish_reason %q role %q", c.FinishReason, c.Message.Role)
			}
			wantUsage := [3]int64{int64(EstimateTokens(tc.question)), int64(EstimateTokens(tc.want)), int64(EstimateTokens(tc.question) + EstimateTokens(tc.want))}
			if got := [3]int64{comp.Usage.PromptTokens, comp.Usage.CompletionTokens, comp.Usage.TotalTokens}; got != wantUsage {
				t.Errorf("usage %v, want %v", got, wantUsage)
			}
			// Programmatic clients read the citations without parsing Markdown,
			// on the response and on the message.
			for where, f := range map[string]string{
				"response": comp.JSON.ExtraFields["citations"].Raw(),
				"message":  c.Message.JSON.ExtraFields["citations"].Raw(),
			} {
				var cites []citationJSON
				if err := json.Unmarshal([]byte(f), &cites); err != nil {
					t.Fatalf("%s citations %q: %v", where, f, err)
				}
				var ids []string
				for i, c := range cites {
					ids = append(ids, c.ID)
					if c.Index != i+1 || c.ZH == "" || c.EN == "" || c.Citation.Paragraph == 0 {
						t.Errorf("%s citation %d incomplete: %+v", where, i, c)
					}
				}
				if diff := cmp.Diff(tc.wantIDs, ids); diff != "" {
					t.Errorf("%s citation ids (-want +got):\n%s", where, diff)
				}
				if !cites[0].Answers || (len(cites) > 1 && cites[1].Answers) {
					t.Errorf("%s: only the first citation holds the answer: %+v", where, cites)
				}
			}
		})
	}
}

func TestOfficialClientFollowUpConversation(t *testing.T) {
	srv, fake := newServer(t)
	client := officialClient(srv.URL, testKey)
	ctx := context.Background()
	q1 := "Who will run Zuckerberg's new AI lab?"
	first, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:    "talent-war-qa",
		Messages: []openai.ChatCompletionMessageParamUnion{openai.SystemMessage("You are a helpful assistant."), openai.UserMessage(q1)},
	})
	if err != nil {
		t.Fatal(err)
	}
	a1 := first.Choices[0].Message.Content
	if !strings.HasPrefix(a1, "**Alexandr Wang** [1]") {
		t.Fatalf("first answer %q", a1)
	}
	second, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model: "talent-war-qa",
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("You are a helpful assistant."),
			openai.UserMessage(q1),
			openai.AssistantMessage(a1),
			openai.UserMessage("How long must he stay at Meta?"),
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	got := second.Choices[0].Message.Content
	want := "**more than five years** [2]\n\n_Understood as: How long must Alexandr Wang stay at Meta?_\n\n**Sources**\n\n" +
		"[1] While Apple's plan is still up in the air, Meta founder Mark Zuckerberg has already put up $14.3 billion in hard cash to bring Scale AI co-founder and CEO Alexandr Wang on board. — Introduction, ¶4 _(related)_\n\n" +
		"[2] To keep Alexandr Wang from leaving midway, Meta wrote into the terms that he must work at Meta for more than five years to get most of the acquisition cash. — Section A, ¶20"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("follow-up (-want +got):\n%s", diff)
	}
	if ia := second.JSON.ExtraFields["interpreted_as"].Raw(); ia != `"How long must Alexandr Wang stay at Meta?"` {
		t.Errorf("interpreted_as %s", ia)
	}
	// The engine sees the conversation without the system prompt, and
	// our earlier answer as its plain text, without our references
	// (whose passage text names other people) or Markdown.
	reqs := fake.requests()
	wantReq := qa.Request{
		Question: "How long must he stay at Meta?",
		History:  []qa.Turn{{Role: "user", Text: q1}, {Role: "assistant", Text: "Alexandr Wang"}},
		K:        3, NoSession: true,
	}
	if diff := cmp.Diff(wantReq, reqs[len(reqs)-1]); diff != "" {
		t.Errorf("request to the engine (-want +got):\n%s", diff)
	}
}

func TestOfficialClientStreamingMatchesNonStreaming(t *testing.T) {
	srv, _ := newServer(t)
	client := officialClient(srv.URL, testKey)
	ctx := context.Background()
	for _, q := range []string{questionStakeEN, "Perplexity在哪個月完成了新一輪融資？", "How tall is Mount Everest?"} {
		params := openai.ChatCompletionNewParams{
			Model:    "talent-war-qa",
			Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)},
		}
		plain, err := client.Chat.Completions.New(ctx, params)
		if err != nil {
			t.Fatal(err)
		}
		params.StreamOptions = openai.ChatCompletionStreamOptionsParam{IncludeUsage: openai.Bool(true)}
		stream := client.Chat.Completions.NewStreaming(ctx, params)
		var acc openai.ChatCompletionAccumulator
		var pieces int
		var finalCitations string
		for stream.Next() {
			chunk := stream.Current()
			if !acc.AddChunk(chunk) {
				t.Fatalf("accumulator rejected chunk %s", chunk.RawJSON())
			}
			if len(chunk.Choices) > 0 && chunk.Choices[0].Delta.Content != "" {
				pieces++
			}
			if len(chunk.Choices) > 0 && chunk.Choices[0].FinishReason != "" {
				finalCitations = chunk.JSON.ExtraFields["citations"].Raw()
			}
		}
		if err := stream.Err(); err != nil {
			t.Fatal(err)
		}
		want := plain.Choices[0].Message.Content
		if len(acc.Choices) != 1 {
			t.Fatalf("%q: %d accumulated choices", q, len(acc.Choices))
		}
		if diff := cmp.Diff(want, acc.Choices[0].Message.Content); diff != "" {
			t.Errorf("%q: streamed content differs from the plain answer (-plain +stream):\n%s", q, diff)
		}
		if acc.Choices[0].FinishReason != "stop" || acc.Choices[0].Message.Role != "assistant" {
			t.Errorf("%q: finish_reason %q role %q", q, acc.Choices[0].FinishReason, acc.Choices[0].Message.Role)
		}
		if want != "The article does not say." && pieces < 3 {
			t.Errorf("%q: content came in %d chunk(s); want it streamed in several", q, pieces)
		}
		if acc.Usage.TotalTokens != plain.Usage.TotalTokens || acc.Usage.CompletionTokens != int64(EstimateTokens(want)) {
			t.Errorf("%q: streamed usage %+v, plain %+v", q, acc.Usage, plain.Usage)
		}
		if finalCitations != plain.JSON.ExtraFields["citations"].Raw() {
			t.Errorf("%q: final chunk citations %s, plain %s", q, finalCitations, plain.JSON.ExtraFields["citations"].Raw())
		}
	}
}

func TestOfficialClientListsModels(t *testing.T) {
	srv, _ := newServer(t)
	client := officialClient(srv.URL, testKey)
	page, err := client.Models.List(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range page.Data {
		got = append(got, m.ID+" "+m.OwnedBy+" "+string(m.Object))
		if m.Created != DefaultModel.Created {
			t.Errorf("created %d", m.Created)
		}
	}
	if diff := cmp.Diff([]string{"talent-war-qa talentwar model"}, got); diff != "" {
		t.Errorf("models (-want +got):\n%s", diff)
	}
	m, err := client.Models.Get(context.Background(), "talent-war-qa")
	if err != nil || m.ID != "talent-war-qa" {
		t.Errorf("get model: %v %+v", err, m)
	}
}

// apiErr is the part of an OpenAI error a client acts on.
type apiErr struct {
	Status            int
	Type, Code, Param string
}

func TestOfficialClientErrors(t *testing.T) {
	srv, _ := newServer(t)
	ctx := context.Background()
	ask := func(q string) openai.ChatCompletionNewParams {
		return openai.ChatCompletionNewParams{Model: "talent-war-qa", Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}}
	}
	for _, tc := range []struct {
		name string
		key  string
		call func(c openai.Client) error
		want apiErr
	}{
		{"unknown model", testKey, func(c openai.Client) error {
			p := ask("Who?")
			p.Model = "gpt-4o"
			_, err := c.Chat.Completions.New(ctx, p)
			return err
		}, apiErr{404, "invalid_request_error", "model_not_found", "model"}},
		{"unknown model by id", testKey, func(c openai.Client) error {
			_, err := c.Models.Get(ctx, "gpt-4o")
			return err
		}, apiErr{404, "invalid_request_error", "model_not_found", "model"}},
		{"bad key", "sk-wrong", func(c openai.Client) error {
			_, err := c.Chat.Completions.New(ctx, ask(questionStakeEN))
			return err
		}, apiErr{401, "invalid_request_error", "invalid_api_key", ""}},
		{"bad key listing models", "sk-wrong", func(c openai.Client) error {
			_, err := c.Models.List(ctx)
			return err
		}, apiErr{401, "invalid_request_error", "invalid_api_key", ""}},
		{"malformed JSON", testKey, func(c openai.Client) error {
			_, err := c.Chat.Completions.New(ctx, ask("x"), option.WithRequestBody("application/json", []byte(`{"model":"talent-war-qa","messages":[{"role":"user","content":"hi"}`)))
			return err
		}, apiErr{400, "invalid_request_error", "invalid_request", ""}},
		{"no user message", testKey, func(c openai.Client) error {
			_, err := c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "talent-war-qa",
				Messages: []openai.ChatCompletionMessageParamUnion{openai.SystemMessage("Be brief.")}})
			return err
		}, apiErr{400, "invalid_request_error", "invalid_request", "messages"}},
		{"n above 1", testKey, func(c openai.Client) error {
			p := ask(questionStakeEN)
			p.N = openai.Int(2)
			_, err := c.Chat.Completions.New(ctx, p)
			return err
		}, apiErr{400, "invalid_request_error", "invalid_request", "n"}},
		{"rate limited", testKey, func(c openai.Client) error {
			_, err := c.Chat.Completions.New(ctx, ask("trigger:rate"))
			return err
		}, apiErr{429, "rate_limit_error", "rate_limit_exceeded", ""}},
		{"rate limited before the stream starts", testKey, func(c openai.Client) error {
			s := c.Chat.Completions.NewStreaming(ctx, ask("trigger:rate"))
			for s.Next() {
			}
			return s.Err()
		}, apiErr{429, "rate_limit_error", "rate_limit_exceeded", ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call(officialClient(srv.URL, tc.key))
			var e *openai.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v (%T), want *openai.Error", err, err)
			}
			got := apiErr{e.StatusCode, e.Type, e.Code, e.Param}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
			if e.Message == "" || strings.Contains(e.Message, "sk-") {
				t.Errorf("message %q: empty or echoing a key", e.Message)
			}
		})
	}
}

func TestOfficialClientMidStreamError(t *testing.T) {
	srv, _ := newServer(t)
	client := officialClient(srv.URL, testKey)
	// The engine answers after the head start: the stream has begun, so
	// the error arrives as an event.
	s := client.Chat.Completions.NewStreaming(context.Background(), openai.ChatCompletionNewParams{
		Model: "talent-war-qa", Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("trigger:slow-rate")}})
	var chunks int
	for s.Next() {
		chunks++
	}
	if chunks != 1 {
		t.Errorf("%d chunks before the error, want the role chunk alone", chunks)
	}
	if err := s.Err(); err == nil || !strings.Contains(err.Error(), "too many questions") {
		t.Errorf("stream error %v, want the engine's rate-limit message", err)
	}
}

func TestOfficialClientContentPartsAndIgnoredOptions(t *testing.T) {
	srv, _ := newServer(t)
	client := officialClient(srv.URL, testKey)
	comp, err := client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{
		Model: "talent-war-qa",
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage([]openai.ChatCompletionContentPartUnionParam{
			openai.TextContentPart("How much did Meta pay"), openai.TextContentPart("for its stake in Scale AI?"),
		})},
		Temperature: openai.Float(0.2),
		TopP:        openai.Float(0.9),
		User:        openai.String("u-42"),
		Seed:        openai.Int(7),
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := comp.Choices[0].Message.Content; !strings.HasPrefix(got, "**$14.3 billion** [1]") {
		t.Errorf("content %q", got)
	}
}

func TestOfficialClientMaxTokensCutsTheAnswer(t *testing.T) {
	srv, _ := newServer(t)
	client := officialClient(srv.URL, testKey)
	comp, err := client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{
		Model:     "talent-war-qa",
		Messages:  []openai.ChatCompletionMessageParamUnion{openai.UserMessage(questionStakeEN)},
		MaxTokens: openai.Int(12),
	})
	if err != nil {
		t.Fatal(err)
	}
	c := comp.Choices[0]
	if c.FinishReason != "length" || !strings.HasPrefix(wantStakeEN, c.Message.Content) || len(c.Message.Content) < 20 {
		t.Errorf("finish_reason %q content %q: want a prefix of the answer cut at 12 tokens", c.FinishReason, c.Message.Content)
	}
	if comp.Usage.CompletionTokens > 12 || comp.Usage.CompletionTokens != int64(EstimateTokens(c.Message.Content)) {
		t.Errorf("completion_tokens %d for %q", comp.Usage.CompletionTokens, c.Message.Content)
	}
}
