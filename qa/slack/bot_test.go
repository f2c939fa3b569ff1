package slack

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/talentwar/qa/qa"
)

// The English answer as the fake asker gives it, as Slack receives it.
var englishBlocks = []string{
	"section: *Alexandr Wang*",
	"divider",
	"section: > The new superintelligence team will be led by Alexandr Wang.\n_Section A · ¶19_",
	"context: 新的超級智能團隊將交由Alexandr Wang領導。",
	"section: > Meta founder Mark Zuckerberg has put up US$14.3 billion to bring Scale AI co-founder and CEO Alexandr Wang on board.\n_Intro · ¶4_",
	"context: 另一邊作為Meta創始人的馬克·扎克伯格已經拿出143億美元的真金白銀，打算將Scale AI聯合創始人兼CEO Alexandr Wang收歸麾下了。",
}

func TestSlashCommand(t *testing.T) {
	tests := []struct {
		name     string
		public   bool // Config.PublicByDefault
		text     string
		ack      string // immediate response body
		question string
		respType string
	}{
		{"ephemeral by default", false, "Who will lead Meta's superintelligence team?", "", "Who will lead Meta's superintelligence team?", "ephemeral"},
		{"public keyword", false, "public Who will lead Meta's superintelligence team?", `{"response_type":"in_channel"}`, "Who will lead Meta's superintelligence team?", "in_channel"},
		{"public by config", true, "Who will lead Meta's superintelligence team?", `{"response_type":"in_channel"}`, "Who will lead Meta's superintelligence team?", "in_channel"},
		{"private keyword overrides config", true, "private Who will lead Meta's superintelligence team?", "", "Who will lead Meta's superintelligence team?", "ephemeral"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil, func(c *Config) { c.PublicByDefault = tt.public })
			r := h.command(tt.text, "1")
			if r.status != http.StatusOK || strings.TrimSpace(r.body) != tt.ack {
				t.Fatalf("ack = %d %q, want 200 %q", r.status, r.body, tt.ack)
			}
			h.drain()
			want := []posted{{Channel: "hook:1", ResponseType: tt.respType, Text: "Alexandr Wang (Section A · ¶19)", Blocks: englishBlocks}}
			if diff := cmp.Diff(want, h.slack.messages()); diff != "" {
				t.Errorf("posted to response_url (-want +got):\n%s", diff)
			}
			wantReq := []qa.Request{{Question: tt.question, SessionID: "slack:T1:C1:user:U1"}}
			if diff := cmp.Diff(wantReq, h.asker.requests()); diff != "" {
				t.Errorf("asked (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSlashCommandChineseAndNoAnswer(t *testing.T) {
	h := newHarness(t, nil, nil)
	h.command("Meta花了多少錢招攬Alexandr Wang？", "zh")
	h.command("Does the article mention pineapple pizza?", "none")
	h.command("please fail", "err")
	h.drain()
	want := []posted{
		{Channel: "hook:zh", ResponseType: "ephemeral", Text: "143億美元 (引言 · 第4段)", Blocks: []string{
			"section: *143億美元*",
			"divider",
			"section: > " + passageMeta.ZH + "\n_引言 · 第4段_",
			"context: " + passageMeta.EN,
			"section: > " + passageTeam.ZH + "\n_A節 · 第19段_",
			"context: " + passageTeam.EN,
		}},
		{Channel: "hook:none", ResponseType: "ephemeral", Text: "The article does not say that.",
			Blocks: []string{"section: *The article does not say that.*"}},
		{Channel: "hook:err", ResponseType: "ephemeral", Text: failedText, Blocks: []string{"section: " + failedText}},
	}
	if diff := cmp.Diff(want, h.slack.messages()); diff != "" {
		t.Errorf("posted (-want +got):\n%s", diff)
	}
}

func TestSlashCommandUsage(t *testing.T) {
	for _, text := range []string{"", "  ", "help", "public"} {
		h := newHarness(t, nil, nil)
		r := h.command(text, "1")
		var got commandReplyView
		if err := json.Unmarshal([]byte(r.body), &got); err != nil || r.status != http.StatusOK {
			t.Fatalf("%q: ack %d %q: %v", text, r.status, r.body, err)
		}
		if got.ResponseType != "ephemeral" || !strings.Contains(got.Text, "/ask public") ||
			!strings.Contains(got.Text, "Ask me about") || !strings.Contains(got.Text, "用中文或英文提問") {
			t.Errorf("%q: usage reply = %+v, want ephemeral help in both languages", text, got)
		}
		h.drain()
		if n := len(h.asker.requests()); n != 0 {
			t.Errorf("%q: asker called %d times for a usage request", text, n)
		}
	}
}

type commandReplyView struct {
	ResponseType string `json:"response_type"`
	Text         string `json:"text"`
}

func TestSlashCommandResponseURLMustBeSlack(t *testing.T) {
	h := newHarness(t, nil, func(c *Config) { c.AllowResponseURL = nil }) // the production check
	r := h.command("Who will lead Meta's superintelligence team?", "1")   // an http://127.0.0.1 URL
	if !strings.Contains(r.body, "cannot reply") {
		t.Errorf("ack = %q, want the cannot-reply message", r.body)
	}
	h.drain()
	if n := h.slack.calls(); n != 0 || len(h.asker.requests()) != 0 {
		t.Errorf("posted %d times and asked %d times to a non-Slack response_url", n, len(h.asker.requests()))
	}
}

func TestAppMention(t *testing.T) {
	h := newHarness(t, nil, nil)
	if err := h.bot.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if h.bot.UserID() != botUser {
		t.Fatalf("UserID = %q after Start, want %q", h.bot.UserID(), botUser)
	}
	// A new mention is answered in a thread under it; a mention inside a
	// thread is answered in that thread, in the same conversation.
	for _, r := range []reply{
		h.event("Ev1", mention("<@UBOT> Who will lead Meta's superintelligence team?", "1750000000.000100", ""), nil),
		h.event("Ev2", mention("<@UBOT> and how much &amp; when?", "1750000050.000200", "1750000000.000100"), nil),
		h.event("Ev3", mention("<@UBOT>", "1750000060.000300", ""), nil),
	} {
		if r.status != http.StatusOK || r.body != "" {
			t.Fatalf("ack = %d %q, want 200 with empty body", r.status, r.body)
		}
	}
	h.drain()
	wantReq := []qa.Request{
		{Question: "Who will lead Meta's superintelligence team?", SessionID: "slack:T1:C1:1750000000.000100"},
		{Question: "and how much & when?", SessionID: "slack:T1:C1:1750000000.000100"},
	}
	if diff := cmp.Diff(wantReq, h.asker.requests()); diff != "" {
		t.Errorf("asked (-want +got):\n%s", diff)
	}
	want := []posted{
		{Channel: "C1", ThreadTS: "1750000000.000100", Text: "Alexandr Wang (Section A · ¶19)", Blocks: englishBlocks},
		{Channel: "C1", ThreadTS: "1750000000.000100", Text: "Alexandr Wang (Section A · ¶19)", Blocks: englishBlocks},
		{Channel: "C1", ThreadTS: "1750000060.000300", Text: mentionUsageText, Blocks: []string{"section: " + mentionUsageText}},
	}
	if diff := cmp.Diff(want, h.slack.messages()); diff != "" {
		t.Errorf("posted (-want +got):\n%s", diff)
	}
	for _, tok := range h.slack.tokens {
		if !strings.Contains(tok, testToken) {
			t.Errorf("chat.postMessage sent without the bot token")
		}
	}
}

func TestDirectMessage(t *testing.T) {
	h := newHarness(t, nil, nil)
	h.event("Ev1", dm("Meta花了多少錢招攬Alexandr Wang？", "1750000000.000100"), nil)
	h.event("Ev2", dm("那是誰決定的？", "1750000010.000100"), nil)
	threaded := dm("Who will lead Meta's superintelligence team?", "1750000020.000100")
	threaded["thread_ts"] = "1750000000.000100"
	h.event("Ev3", threaded, nil)
	h.drain()
	wantReq := []qa.Request{
		{Question: "Meta花了多少錢招攬Alexandr Wang？", SessionID: "slack:T1:D1:dm"},
		{Question: "那是誰決定的？", SessionID: "slack:T1:D1:dm"},
		{Question: "Who will lead Meta's superintelligence team?", SessionID: "slack:T1:D1:1750000000.000100"},
	}
	if diff := cmp.Diff(wantReq, h.asker.requests()); diff != "" {
		t.Errorf("asked (-want +got):\n%s", diff)
	}
	got := h.slack.messages()
	if len(got) != 3 {
		t.Fatalf("posted %d messages, want 3: %+v", len(got), got)
	}
	for i, wantThread := range []string{"", "", "1750000000.000100"} {
		if got[i].Channel != "D1" || got[i].ThreadTS != wantThread {
			t.Errorf("reply %d went to %s thread %q, want D1 thread %q", i, got[i].Channel, got[i].ThreadTS, wantThread)
		}
	}
	if got[0].Blocks[0] != "section: *143億美元*" {
		t.Errorf("Chinese DM answered with %q", got[0].Blocks[0])
	}
}

// Events that must get no reply, each followed by nothing: only the last
// real question is answered, once.
func TestEventsIgnored(t *testing.T) {
	for _, started := range []bool{true, false} { // without Start, the bot learns its ID lazily
		t.Run("started="+strconv.FormatBool(started), func(t *testing.T) {
			h := newHarness(t, nil, nil)
			if started {
				if err := h.bot.Start(context.Background()); err != nil {
					t.Fatal(err)
				}
			}
			own := dm("Alexandr Wang", "1.1")
			own["user"] = botUser // the bot's own message, even without bot_id
			ownBot := dm("Alexandr Wang", "1.2")
			ownBot["user"], ownBot["bot_id"] = botUser, botBotID
			otherBot := dm("Who will lead Meta's superintelligence team?", "1.3")
			otherBot["user"], otherBot["bot_id"] = "U999", "B999"
			otherBotMention := mention("<@UBOT> who?", "1.4", "")
			otherBotMention["bot_id"] = "B999"
			edited := dm("Who will lead Meta's superintelligence team?", "1.5")
			edited["subtype"] = "message_changed"
			channelMsg := dm("Who will lead Meta's superintelligence team?", "1.6")
			channelMsg["channel_type"] = "channel"
			for i, e := range []map[string]any{own, ownBot, otherBot, otherBotMention, edited, channelMsg,
				{"type": "reaction_added", "user": "U1"}} {
				if r := h.event("Ig"+strconv.Itoa(i), e, nil); r.status != http.StatusOK {
					t.Errorf("ignored event %d: status %d, want 200", i, r.status)
				}
			}
			// Slack re-sends an event it thinks failed; it is answered once.
			q := mention("<@UBOT> Who will lead Meta's superintelligence team?", "2.1", "")
			h.event("EvOnce", q, nil)
			retry := func(r *http.Request) {
				r.Header.Set(HeaderRetryNum, "1")
				r.Header.Set(HeaderRetryReason, "http_timeout")
			}
			if r := h.event("EvOnce", q, retry); r.status != http.StatusOK {
				t.Errorf("retried event: status %d, want 200", r.status)
			}
			h.drain()
			wantReq := []qa.Request{{Question: "Who will lead Meta's superintelligence team?", SessionID: "slack:T1:C1:2.1"}}
			if diff := cmp.Diff(wantReq, h.asker.requests()); diff != "" {
				t.Errorf("asked (-want +got):\n%s", diff)
			}
			if got := h.slack.messages(); len(got) != 1 || got[0].ThreadTS != "2.1" {
				t.Errorf("posted %+v, want one reply in thread 2.1", got)
			}
		})
	}
}

func TestURLVerification(t *testing.T) {
	h := newHarness(t, nil, nil)
	body := []byte(`{"token":"legacy","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`)
	r := h.post("/slack/events", "application/json", body, testNow, nil)
	var got map[string]string
	if err := json.Unmarshal([]byte(r.body), &got); err != nil || r.status != http.StatusOK {
		t.Fatalf("got %d %q", r.status, r.body)
	}
	if got["challenge"] != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("challenge = %q", got["challenge"])
	}
	// Unsigned, the challenge is not answered.
	r = h.post("/slack/events", "application/json", body, testNow, func(r *http.Request) { r.Header.Del(HeaderSignature) })
	if r.status != http.StatusUnauthorized || strings.Contains(r.body, "3eZbrw") {
		t.Errorf("unsigned challenge: %d %q, want 401 without the challenge", r.status, r.body)
	}
}

func TestSSLCheck(t *testing.T) {
	h := newHarness(t, nil, nil)
	r := h.post("/slack/commands", formType, []byte("ssl_check=1&token=legacy"), testNow, nil)
	if r.status != http.StatusOK || r.body != "" {
		t.Errorf("ssl_check: %d %q, want 200 with empty body", r.status, r.body)
	}
}

func TestRejectsUnverifiedRequests(t *testing.T) {
	h := newHarness(t, nil, nil)
	cmd := h.commandBody("Who will lead Meta's superintelligence team?", "1")
	ev := eventBody("EvBad", mention("<@UBOT> Who will lead Meta's superintelligence team?", "1.1", ""))
	tampered := func(r *http.Request) {
		// Slack signed "…team?"; an attacker changes the question.
		b := []byte(strings.Replace(string(cmd), "Meta", "Apple", 1))
		r.Body, r.ContentLength = nopBody(b), int64(len(b))
	}
	tests := []struct {
		name string
		path string
		body []byte
		ts   time.Time
		edit func(*http.Request)
	}{
		{"tampered body", "/slack/commands", cmd, testNow, tampered},
		{"stale timestamp", "/slack/commands", cmd, testNow.Add(-6 * time.Minute), nil},
		{"future timestamp", "/slack/events", ev, testNow.Add(6 * time.Minute), nil},
		{"missing signature", "/slack/events", ev, testNow, func(r *http.Request) { r.Header.Del(HeaderSignature) }},
		{"missing timestamp", "/slack/commands", cmd, testNow, func(r *http.Request) { r.Header.Del(HeaderTimestamp) }},
		{"missing both", "/slack/events", ev, testNow, func(r *http.Request) {
			r.Header.Del(HeaderSignature)
			r.Header.Del(HeaderTimestamp)
		}},
		{"timestamp changed after signing", "/slack/events", ev, testNow, func(r *http.Request) {
			r.Header.Set(HeaderTimestamp, strconv.FormatInt(testNow.Unix()+1, 10))
		}},
		{"wrong secret", "/slack/commands", cmd, testNow, func(r *http.Request) {
			r.Header.Set(HeaderSignature, Sign("not-the-secret", strconv.FormatInt(testNow.Unix(), 10), cmd))
		}},
		{"malformed signature", "/slack/events", ev, testNow, func(r *http.Request) { r.Header.Set(HeaderSignature, "v0=zz") }},
		{"ssl_check unsigned", "/slack/commands", []byte("ssl_check=1&token=x"), testNow, func(r *http.Request) { r.Header.Del(HeaderSignature) }},
	}
	for _, tt := range tests {
		r := h.post(tt.path, map[bool]string{true: formType, false: "application/json"}[tt.path == "/slack/commands"], tt.body, tt.ts, tt.edit)
		var got struct {
			Error struct{ Code, Message string }
		}
		if err := json.Unmarshal([]byte(r.body), &got); r.status != http.StatusUnauthorized || err != nil || got.Error.Code != "unauthorized" {
			t.Errorf("%s: got %d %q, want 401 with error code unauthorized", tt.name, r.status, r.body)
		}
	}
	h.drain()
	if n := len(h.asker.requests()); n != 0 {
		t.Errorf("asker called %d times for unverified requests", n)
	}
	if n := h.slack.calls(); n != 0 {
		t.Errorf("%d messages sent to Slack for unverified requests", n)
	}
	logs := h.logs.String()
	if strings.Count(logs, "rejected unverified request") != len(tests) {
		t.Errorf("want one log line per rejection, got:\n%s", logs)
	}
	if strings.Contains(logs, testSecret) || strings.Contains(logs, testToken) {
		t.Errorf("logs hold the signing secret or bot token:\n%s", logs)
	}
}

func TestBodyTooLarge(t *testing.T) {
	h := newHarness(t, nil, nil)
	body := []byte("text=" + strings.Repeat("a", MaxBodyBytes))
	r := h.post("/slack/commands", formType, body, testNow, nil)
	if r.status != http.StatusRequestEntityTooLarge || !strings.Contains(r.body, `"too_large"`) {
		t.Errorf("got %d %q, want 413 too_large", r.status, r.body)
	}
}

// Slack's worked example from its request-signing documentation (2018),
// sent to the handler with the clock set to the moment it was signed.
func TestSlackPublishedVectorThroughHandler(t *testing.T) {
	h := newHarness(t, nil, func(c *Config) {
		c.SigningSecret = slackVectorSecret
		c.Now = func() time.Time { return time.Unix(1531420618, 0) }
	})
	req := func(r *http.Request) {
		r.Header.Set(HeaderTimestamp, "1531420618")
		r.Header.Set(HeaderSignature, slackVectorSignature)
	}
	r := h.post("/slack/commands", formType, []byte(slackVectorBody), time.Unix(1531420618, 0), req)
	if r.status != http.StatusOK || !strings.Contains(r.body, "/webhook-collect") {
		t.Errorf("got %d %q, want 200 with usage help for /webhook-collect (its text is empty)", r.status, r.body)
	}
}

func TestRateLimitedThenDelivered(t *testing.T) {
	// The test's Sleep only records the wait; the deadline leaves room for it.
	h := newHarness(t, nil, func(c *Config) { c.DeliveryTimeout = 30 * time.Second })
	h.slack.limited, h.slack.retryAfter = 2, "3"
	h.command("Who will lead Meta's superintelligence team?", "1")
	h.event("Ev1", mention("<@UBOT> Who will lead Meta's superintelligence team?", "1.1", ""), nil)
	h.drain()
	if diff := cmp.Diff([]time.Duration{3 * time.Second, 3 * time.Second}, h.sleeps); diff != "" {
		t.Errorf("waits (-want +got):\n%s", diff)
	}
	got := h.slack.messages()
	if len(got) != 2 || got[0].Channel != "hook:1" || got[1].Channel != "C1" {
		t.Errorf("posted %+v, want the command's reply then the mention's", got)
	}
	if h.slack.calls() != 4 {
		t.Errorf("%d attempts, want 4 (two 429s, two successes)", h.slack.calls())
	}
}

func TestRateLimitedGivesUpInBoundedTime(t *testing.T) {
	h := newHarness(t, nil, func(c *Config) { c.DeliveryTimeout = 500 * time.Millisecond })
	h.slack.limited, h.slack.retryAfter = 100, "120"
	start := time.Now()
	h.command("Who will lead Meta's superintelligence team?", "1")
	h.drain()
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("gave up after %v", took)
	}
	if len(h.sleeps) != 0 || h.slack.calls() != 1 || len(h.slack.messages()) != 0 {
		t.Errorf("waits %v, attempts %d: want no wait past the deadline and one attempt", h.sleeps, h.slack.calls())
	}
	if !strings.Contains(h.logs.String(), "reply not delivered") {
		t.Errorf("giving up was not logged:\n%s", h.logs.String())
	}
}

// Slack wants an HTTP 200 within 3 seconds. With an answer that takes 5 s
// and a Slack API that takes 5 s, every acknowledgement is still prompt.
func TestAcknowledgesPromptlyWhenSlow(t *testing.T) {
	h := newHarness(t, &fakeAsker{delay: 5 * time.Second}, func(c *Config) {
		c.Timeout, c.DeliveryTimeout, c.HTTPTimeout = 10*time.Second, 10*time.Second, 10*time.Second
	})
	h.slack.delay = 5 * time.Second
	acks := []reply{
		h.command("Who will lead Meta's superintelligence team?", "1"),
		h.event("Ev1", mention("<@UBOT> Who will lead Meta's superintelligence team?", "1.1", ""), nil),
		h.event("Ev2", dm("Who will lead Meta's superintelligence team?", "1.2"), nil),
		h.command("public Who will lead Meta's superintelligence team?", "2"),
		h.command("", "3"),
	}
	for i, r := range acks {
		if r.status != http.StatusOK || r.took >= time.Second {
			t.Errorf("request %d: %d after %v, want 200 in under 1s", i, r.status, r.took)
		}
	}
	// Shutting down with a short deadline cancels the slow work.
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if err := h.bot.Close(ctx); err == nil {
		t.Errorf("Close with slow work pending returned nil, want the deadline error")
	}
}

func TestBusyQueue(t *testing.T) {
	asker := &fakeAsker{started: make(chan string, 10), release: make(chan struct{})}
	h := newHarness(t, asker, func(c *Config) { c.QueueSize = 1 })
	const q = "Who will lead Meta's superintelligence team?"
	h.command(q, "1") // taken by the only worker, which waits
	<-asker.started
	if r := h.command(q, "2"); r.status != http.StatusOK || r.body != "" { // fills the queue
		t.Fatalf("second command: %d %q", r.status, r.body)
	}
	r := h.command(q, "3")
	var got commandReplyView
	if err := json.Unmarshal([]byte(r.body), &got); err != nil || got.ResponseType != "ephemeral" || got.Text != busyText {
		t.Errorf("full queue: %d %q, want an ephemeral busy reply", r.status, r.body)
	}
	// An event cannot be answered later: Slack is asked to retry it.
	ev := mention("<@UBOT> "+q, "1.1", "")
	if r := h.event("EvBusy", ev, nil); r.status != http.StatusServiceUnavailable {
		t.Errorf("event with a full queue: %d, want 503", r.status)
	}
	close(asker.release) // the worker finishes the first two
	<-asker.started
	// Slack's retry of the turned-away event is taken now.
	for i := 1; ; i++ {
		r := h.event("EvBusy", ev, func(r *http.Request) { r.Header.Set(HeaderRetryNum, strconv.Itoa(i)) })
		if r.status == http.StatusOK {
			break
		}
		if i == 50 {
			t.Fatalf("retried event still turned away")
		}
		time.Sleep(20 * time.Millisecond)
	}
	h.drain()
	var chans []string
	for _, m := range h.slack.messages() {
		chans = append(chans, m.Channel)
	}
	if diff := cmp.Diff([]string{"hook:1", "hook:2", "C1"}, chans); diff != "" {
		t.Errorf("replies (-want +got):\n%s", diff)
	}
}

func TestCloseDrainsThenTurnsAway(t *testing.T) {
	h := newHarness(t, &fakeAsker{delay: 100 * time.Millisecond}, nil)
	h.command("Who will lead Meta's superintelligence team?", "1")
	h.command("Who will lead Meta's superintelligence team?", "2")
	h.drain()
	if n := len(h.slack.messages()); n != 2 {
		t.Errorf("after Close, %d replies delivered, want both queued ones", n)
	}
	r := h.command("Who will lead Meta's superintelligence team?", "3")
	if !strings.Contains(r.body, "busy") {
		t.Errorf("command after Close: %q, want the busy reply", r.body)
	}
	if r := h.event("Ev9", dm("hi there", "9.9"), nil); r.status != http.StatusServiceUnavailable {
		t.Errorf("event after Close: %d, want 503", r.status)
	}
}

func TestNewRequiresSecrets(t *testing.T) {
	for _, cfg := range []Config{{BotToken: "x"}, {SigningSecret: "x"}} {
		if _, err := New(cfg, &fakeAsker{}, nil); err == nil {
			t.Errorf("New(%+v) succeeded without both secrets", cfg)
		}
	}
}
