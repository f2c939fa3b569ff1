package slack

import (
	"encoding/json"
	"net/http"

	"github.com/slack-go/slack/slackevents"

	"github.com/talentwar/qa/qa"
)

// Events API retry headers.
const (
	HeaderRetryNum    = "X-Slack-Retry-Num"
	HeaderRetryReason = "X-Slack-Retry-Reason"
)

// event handles a verified Events API request: the url_verification
// challenge, and app_mention and direct message callbacks, which are
// deduplicated by event_id, filtered and queued, and acknowledged at once.
func (b *Bot) event(w http.ResponseWriter, r *http.Request, body []byte) {
	var outer struct {
		Type      string `json:"type"`
		Challenge string `json:"challenge"`
	}
	if err := json.Unmarshal(body, &outer); err != nil {
		writeError(w, http.StatusBadRequest, qa.Invalid, "body is not a JSON event")
		return
	}
	switch outer.Type {
	case slackevents.URLVerification:
		writeJSON(w, http.StatusOK, map[string]string{"challenge": outer.Challenge})
		return
	case slackevents.AppRateLimited:
		b.log.Warn("slack: Slack is rate limiting this app's events")
		w.WriteHeader(http.StatusOK)
		return
	case slackevents.CallbackEvent:
	default:
		w.WriteHeader(http.StatusOK)
		return
	}

	var cb slackevents.EventsAPICallbackEvent
	if err := json.Unmarshal(body, &cb); err != nil || cb.InnerEvent == nil {
		writeError(w, http.StatusBadRequest, qa.Invalid, "event_callback without an event")
		return
	}
	j, ok := b.jobFor(cb)
	if !ok {
		w.WriteHeader(http.StatusOK)
		return
	}
	if cb.EventID != "" && !b.seen.add(cb.EventID, b.cfg.Now()) {
		b.log.Info("slack: duplicate event ignored", "event_id", cb.EventID,
			"retry_num", r.Header.Get(HeaderRetryNum), "retry_reason", r.Header.Get(HeaderRetryReason))
		w.WriteHeader(http.StatusOK)
		return
	}
	if !b.enqueue(j) {
		// Nobody to reply to yet: let Slack retry the event later (it
		// does, up to three times), when a worker may be free.
		if cb.EventID != "" {
			b.seen.forget(cb.EventID)
		}
		b.log.Warn("slack: queue full or closing, event left for Slack to retry", "event_id", cb.EventID)
		writeError(w, http.StatusServiceUnavailable, qa.Unavailable, "busy, retry later")
		return
	}
	w.WriteHeader(http.StatusOK)
}

// jobFor turns a callback into a reply to prepare, or false for events
// that get none: other event types, edits and other message subtypes,
// messages from any bot (this one included), and messages outside DMs.
func (b *Bot) jobFor(cb slackevents.EventsAPICallbackEvent) (job, bool) {
	var head struct {
		Type    string `json:"type"`
		SubType string `json:"subtype"`
	}
	if json.Unmarshal(*cb.InnerEvent, &head) != nil {
		return job{}, false
	}
	self, selfBot := b.ids()
	fromBot := func(user, botID string) bool {
		return botID != "" || user == "" || (self != "" && user == self) || (selfBot != "" && botID == selfBot)
	}
	// A thread's replies share a conversation; a top-level message starts
	// its own thread, whose ts is the message's.
	session := func(channel, thread string) string {
		return "slack:" + cb.TeamID + ":" + channel + ":" + thread
	}

	switch head.Type {
	case string(slackevents.AppMention):
		var e slackevents.AppMentionEvent
		if json.Unmarshal(*cb.InnerEvent, &e) != nil || head.SubType != "" || fromBot(e.User, e.BotID) {
			return job{}, false
		}
		thread := e.ThreadTimeStamp
		if thread == "" {
			thread = e.TimeStamp
		}
		j := job{channel: e.Channel, threadTS: thread, user: e.User, sessionID: session(e.Channel, thread)}
		j.question = plainText(e.Text, self, true)
		if j.question == "" {
			j.text = mentionUsageText
		}
		return j, true

	case string(slackevents.Message):
		var e slackevents.MessageEvent
		if json.Unmarshal(*cb.InnerEvent, &e) != nil || e.ChannelType != "im" || e.SubType != "" || fromBot(e.User, e.BotID) {
			return job{}, false
		}
		// In a DM the bot answers in place (in the thread when the user
		// wrote in one); the DM itself is the conversation.
		thread := e.ThreadTimeStamp
		key := thread
		if key == "" {
			key = "dm"
		}
		j := job{channel: e.Channel, threadTS: thread, user: e.User, sessionID: session(e.Channel, key)}
		j.question = plainText(e.Text, self, false)
		if j.question == "" {
			return job{}, false
		}
		return j, true
	}
	return job{}, false
}
