package slack

import (
	"net/http"
	"net/url"
	"strings"

	slackgo "github.com/slack-go/slack"

	"github.com/talentwar/qa/qa"
)

// commandReply is the immediate JSON response to a slash command.
type commandReply struct {
	ResponseType string          `json:"response_type"`
	Text         string          `json:"text,omitempty"`
	Blocks       []slackgo.Block `json:"blocks,omitempty"`
}

func ephemeral(s string) commandReply {
	m := textMessage(s)
	return commandReply{ResponseType: slackgo.ResponseTypeEphemeral, Text: m.Text, Blocks: m.Blocks}
}

// command handles a verified slash command: usage help at once, or a
// question queued for a worker and acknowledged at once. The answer goes
// to response_url.
func (b *Bot) command(w http.ResponseWriter, r *http.Request, _ []byte) {
	cmd, err := slackgo.SlashCommandParse(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, qa.Invalid, "cannot parse the slash command")
		return
	}
	name := b.cfg.CommandName
	if cmd.Command != "" {
		name = cmd.Command
	}
	public, question := b.cfg.PublicByDefault, plainText(cmd.Text, "", false)
	if first, rest, _ := strings.Cut(question, " "); strings.EqualFold(first, "public") || strings.EqualFold(first, "private") {
		public, question = strings.EqualFold(first, "public"), strings.TrimSpace(rest)
	}
	if question == "" || strings.EqualFold(question, "help") {
		writeJSON(w, http.StatusOK, ephemeral(usageText(name)))
		return
	}
	u, err := url.Parse(cmd.ResponseURL)
	if err != nil || cmd.ResponseURL == "" || !b.cfg.AllowResponseURL(u) {
		b.log.Warn("slack: slash command with an unusable response_url", "team", cmd.TeamID, "channel", cmd.ChannelID)
		writeJSON(w, http.StatusOK, ephemeral(badURLText))
		return
	}
	typ := slackgo.ResponseTypeEphemeral
	if public {
		typ = slackgo.ResponseTypeInChannel
	}
	ok := b.enqueue(job{
		question: question,
		// Slash commands have no thread: a user's commands in one channel
		// are one conversation, so "/ask how much was he paid?" follows on.
		sessionID:    "slack:" + cmd.TeamID + ":" + cmd.ChannelID + ":user:" + cmd.UserID,
		responseURL:  cmd.ResponseURL,
		responseType: typ,
		channel:      cmd.ChannelID,
	})
	if !ok {
		b.log.Warn("slack: queue full or closing, slash command turned away", "channel", cmd.ChannelID)
		writeJSON(w, http.StatusOK, ephemeral(busyText))
		return
	}
	if public {
		// An in_channel acknowledgement keeps the user's command visible
		// in the channel above the answer.
		writeJSON(w, http.StatusOK, commandReply{ResponseType: slackgo.ResponseTypeInChannel})
		return
	}
	w.WriteHeader(http.StatusOK)
}
