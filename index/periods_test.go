package index_test

import (
	"context"
	"testing"

	"github.com/talentwar/qa/qa"
)

// TestUserCountsFollowThePeriodAsked asks for Gemini's and ChatGPT's
// users the way people ask ("a day", 每天, "in a month", 每個月) rather
// than with the article's terms (daily active users, 月活躍用戶). The
// article gives a daily and a monthly figure side by side for each, so a
// wrong pick would still look plausible: the answer must be the figure of
// the period asked.
func TestUserCountsFollowThePeriodAsked(t *testing.T) {
	e, _ := benchEngineWith(t, qa.EngineOptions{})
	tests := []struct{ q, want string }{
		{"How many people use Gemini every day?", "35 million"},
		{"How many people use Gemini in a month?", "350 million"},
		{"How many people use ChatGPT per day?", "160 million"},
		{"How many people use ChatGPT each month?", "600 million"},
		{"Gemini每天有多少人在用？", "3500萬"},
		{"Gemini每個月有多少人在用？", "3.5億"},
		{"ChatGPT每天有多少用户？", "1.6亿"},
		{"ChatGPT每个月有多少活跃用户？", "6亿"},
	}
	for _, tt := range tests {
		resp, err := e.Ask(context.Background(), qa.Request{Question: tt.q, NoSession: true})
		if err != nil {
			t.Fatalf("%s: %v", tt.q, err)
		}
		got := "(no answer)"
		if resp.Answer != nil {
			got = resp.Answer.Text
		}
		if got != tt.want {
			t.Errorf("%s: answer %s, want %s", tt.q, got, tt.want)
		}
	}
}
