package index_test

import (
	"context"
	"slices"
	"testing"

	"github.com/talentwar/qa/qa"
)

// TestQuestionsAboutEveryName asks, of every name in the alias table, who
// or what it is and what happened to it, in English and in Chinese,
// through the real index. Each question is answered or declined without
// error, and an answer is cut from a passage that names it, at the range
// it reports.
func TestQuestionsAboutEveryName(t *testing.T) {
	e, c := benchEngineWith(t, qa.EngineOptions{})
	passages := map[string]qa.Passage{}
	for _, p := range c.Passages() {
		passages[p.ID] = p
	}
	answered, asked := 0, 0
	for _, en := range c.Aliases {
		if en.Type == "term" || len(en.EN) == 0 || len(en.ZH) == 0 {
			continue
		}
		what := "What is "
		if en.Type == "person" {
			what = "Who is "
		}
		for _, q := range []string{what + en.EN[0] + "?", "What happened to " + en.EN[0] + "?", en.ZH[0] + "是誰？", en.ZH[0] + "怎麼了？"} {
			asked++
			resp, err := e.Ask(context.Background(), qa.Request{Question: q, NoSession: true})
			if err != nil {
				t.Errorf("%s: %v", q, err)
				continue
			}
			a := resp.Answer
			if a == nil {
				continue
			}
			answered++
			p, ok := passages[a.PassageID]
			if !ok {
				t.Errorf("%s: answer from unknown passage %s", q, a.PassageID)
				continue
			}
			text := p.EN
			if a.Field == "zh" {
				text = p.ZH
			}
			r := []rune(text)
			if a.Start < 0 || a.End > len(r) || a.Start >= a.End || qa.Fold(string(r[a.Start:a.End])) != qa.Fold(a.Text) {
				t.Errorf("%s: answer %q does not stand at [%d,%d) of %s", q, a.Text, a.Start, a.End, a.PassageID)
			}
			var ids []string
			for _, m := range e.Entities().FindAll(p.ZH + "\n" + p.EN) {
				ids = append(ids, m.Entity.ID)
			}
			if !slices.Contains(ids, en.ID) {
				t.Errorf("%s: answer %q from %s, which does not name %s", q, a.Text, a.PassageID, en.ID)
			}
		}
	}
	t.Logf("%d questions about names, %d answered", asked, answered)
	if answered < asked/4 {
		t.Errorf("only %d of %d questions about names answered", answered, asked)
	}
}
