package index_test

import (
	"context"
	"testing"

	"github.com/talentwar/qa/qa"
)

// wantAnswer is a question and the answer text it must get ("" for none).
type wantAnswer struct{ q, want string }

// wantAnswers asks each question of e afresh and checks its answer text.
func wantAnswers(t *testing.T, e *qa.Engine, tests []wantAnswer) {
	t.Helper()
	for _, tt := range tests {
		resp, err := e.Ask(context.Background(), qa.Request{Question: tt.q, NoSession: true})
		if err != nil {
			t.Fatalf("%s: %v", tt.q, err)
		}
		got := ""
		if resp.Answer != nil {
			got = resp.Answer.Text
		}
		if got != tt.want {
			t.Errorf("%s: answer %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestUserCountsFollowThePeriodAsked asks for Gemini's and ChatGPT's
// users the way people ask ("a day", 每天, "in a month", 每個月) rather
// than with the article's terms (daily active users, 月活躍用戶). The
// article gives a daily and a monthly figure side by side for each, so a
// wrong pick would still look plausible: the answer must be the figure of
// the period asked.
func TestUserCountsFollowThePeriodAsked(t *testing.T) {
	e, _ := benchEngineWith(t, qa.EngineOptions{})
	tests := []wantAnswer{
		{"How many people use Gemini every day?", "35 million"},
		{"How many people use Gemini in a month?", "350 million"},
		{"How many people use ChatGPT per day?", "160 million"},
		{"How many people use ChatGPT each month?", "600 million"},
		{"Gemini每天有多少人在用？", "3500萬"},
		{"Gemini每個月有多少人在用？", "3.5億"},
		{"ChatGPT每天有多少用户？", "1.6亿"},
		{"ChatGPT每个月有多少活跃用户？", "6亿"},
	}
	wantAnswers(t, e, tests)
}

// TestQuestionsAboutEarlierPosts asks where people worked before, through
// the real index. The answer is the organisation (or the product, when
// the question asks for an app) in the person's title: the one marked
// 前/former first, never one the question names, and a current title
// only when the question names where the person went or the post. The
// article gives no earlier post for Zuckerberg, so that question has no
// answer.
func TestQuestionsAboutEarlierPosts(t *testing.T) {
	e, _ := benchEngineWith(t, qa.EngineOptions{})
	tests := []wantAnswer{
		{"Where did Ming Chaoping work before Moonshot AI?", "ByteDance CapCut (Jianying)"},
		{"明超平加入月之暗面之前在哪裡工作？", "字節剪映"},
		{"張前川 used to work at which company?", "MiniMax"},
		{"张帆以前在哪家公司？", "智谱"},
		{"Kavukcuoglu 之前是哪裡的CTO？", "DeepMind"},
		{"Zhang Xinhao 之前負責哪個 app？", "冒泡鴨"},
		{"Which app did Zhang Xinhao run before?", "Maopaoya"},
		{"Where did Alexandr Wang work before Meta?", "Scale AI"},
		{"Where did Zuckerberg work before?", ""},
	}
	wantAnswers(t, e, tests)
}
