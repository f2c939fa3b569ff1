package slack

import (
	"errors"
	"net/url"
	"strings"
	"testing"
)

func TestConfigFromEnv(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		want    Config
		wantErr string
		notConf bool
	}{
		{name: "nothing set", env: map[string]string{}, wantErr: "SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN not set", notConf: true},
		{name: "no token", env: map[string]string{"SLACK_SIGNING_SECRET": "sec-value"}, wantErr: "SLACK_BOT_TOKEN not set", notConf: true},
		{name: "both", env: map[string]string{"SLACK_SIGNING_SECRET": "sec", "SLACK_BOT_TOKEN": "xoxb-1"},
			want: Config{SigningSecret: "sec", BotToken: "xoxb-1"}},
		{name: "all", env: map[string]string{"SLACK_SIGNING_SECRET": "sec", "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_COMMAND": "/qa", "SLACK_PUBLIC": "true"},
			want: Config{SigningSecret: "sec", BotToken: "xoxb-1", CommandName: "/qa", PublicByDefault: true}},
		{name: "bad public", env: map[string]string{"SLACK_SIGNING_SECRET": "sec", "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_PUBLIC": "yes please"}, wantErr: "SLACK_PUBLIC"},
		{name: "bad command", env: map[string]string{"SLACK_SIGNING_SECRET": "sec", "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_COMMAND": "ask"}, wantErr: "must start with /"},
	}
	for _, tt := range tests {
		got, err := configFromLookup(func(k string) (string, bool) { v, ok := tt.env[k]; return v, ok })
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || errors.Is(err, ErrNotConfigured) != tt.notConf {
				t.Errorf("%s: err = %v, want %q (not configured: %v)", tt.name, err, tt.wantErr, tt.notConf)
			}
			if err != nil && strings.Contains(err.Error(), "sec-value") {
				t.Errorf("%s: error shows a secret: %v", tt.name, err)
			}
			continue
		}
		if err != nil || got.SigningSecret != tt.want.SigningSecret || got.BotToken != tt.want.BotToken ||
			got.CommandName != tt.want.CommandName || got.PublicByDefault != tt.want.PublicByDefault {
			t.Errorf("%s: got %+v, %v; want %+v", tt.name, got, err, tt.want)
		}
	}
}

func TestSlackResponseURL(t *testing.T) {
	for raw, want := range map[string]bool{
		"https://hooks.slack.com/commands/T1/397700885554/96rGlf": true,
		"https://hooks.slack-gov.com/commands/T1/1/2":             true,
		"http://hooks.slack.com/commands/T1/1/2":                  false,
		"https://hooks.slack.com.evil.example/x":                  false,
		"https://evilslack.com/x":                                 false,
		"https://user@hooks.slack.com/x":                          false,
		"https://169.254.169.254/latest/meta-data":                false,
	} {
		u, err := url.Parse(raw)
		if err != nil {
			t.Fatal(err)
		}
		if got := slackResponseURL(u); got != want {
			t.Errorf("slackResponseURL(%s) = %v, want %v", raw, got, want)
		}
	}
}
