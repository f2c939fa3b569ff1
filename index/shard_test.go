package index

import (
	"context"
	"testing"

	"github.com/talentwar/qa/corpus"
	"github.com/talentwar/qa/qa"
)

// Four shards behind one alias answer as one index does: every passage
// is there once, and a question finds the same passage first.
func TestShardedMatchesOneIndex(t *testing.T) {
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	one, err := New(c.Passages(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	four, err := NewSharded(c.Passages(), 4, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer four.Close()
	if four.Len() != one.Len() || four.Len() != len(c.Passages()) {
		t.Fatalf("sharded index holds %d passages, one index %d", four.Len(), one.Len())
	}
	ctx := context.Background()
	for _, q := range []qa.Query{
		{Text: "Meta以143億美元收購Scale AI 49%股份", Lang: qa.LangHant, Size: 3},
		{Text: "How many monthly active users does ChatGPT have?", Lang: qa.LangEN, Size: 3},
		{Text: "Zuckerburg Scale AI", Lang: qa.LangEN, Size: 3},
		{Text: "谷歌", Lang: qa.LangHans, Entities: []qa.Entity{{ID: "gemini", ZH: []string{"Gemini"}}}, Size: 3},
	} {
		a, err := one.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		b, err := four.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(a) == 0 || len(b) == 0 || a[0].Passage.ID != b[0].Passage.ID {
			t.Errorf("%q: one index ranks %v first, four shards %v", q.Text, ids(a), ids(b))
			continue
		}
		if len(b[0].MatchZH)+len(b[0].MatchEN) == 0 {
			t.Errorf("%q: the sharded hit has no highlights", q.Text)
		}
	}
	// Each shard kept the expansions of "zuckerburg" from its own
	// dictionary.
	for i, s := range four.bi.(*globalAlias).shards {
		if len(s.(*shard).fuzzy.cur) == 0 {
			t.Errorf("shard %d kept no fuzzy expansion", i)
		}
	}
	if _, err := NewSharded(c.Passages(), 0, "", Options{}); err == nil {
		t.Error("zero shards accepted")
	}
}

func ids(hs []qa.Hit) []string {
	var out []string
	for _, h := range hs {
		out = append(out, h.Passage.ID)
	}
	return out
}
