package index_test

import (
	"context"
	"testing"

	"github.com/talentwar/qa/qa"
)

// TestQuestionsAboutEarlierPosts asks where people worked before, through
// the real index. The answer is the organisation (or the product, when
// the question asks for an app) in the person's title: the one marked
// 前/former first, never one the question names, and a current title
// only when the question names where the person went or the post. The
// article gives no earlier post for Zuckerberg, so that question has no
// answer.
func TestQuestionsAboutEarlierPosts(t *testing.T) {
	e, _ := benchEngineWith(t, qa.EngineOptions{})
	tests := []struct{ q, want string }{
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
