package index_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/talentwar/qa/corpus"
	"github.com/talentwar/qa/index"
	"github.com/talentwar/qa/qa"
)

var (
	fuzzOnce  sync.Once
	fuzzIndex *index.Index
	fuzzNames *qa.EntityMatcher
)

// FuzzSearch: searching any text, raw (not normalized) and with the
// entities it names, never fails, returns at most Size hits, and every
// highlight span lies inside its passage text. Query syntax in the text is
// text: the query is built in code, never parsed.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{
		"", " \t\n\u3000 ", strings.Repeat("(", 10000), `"`, `"Meta "Scale AI`, "zh:Meta en:Scale", "*", "Sca*", "/M.*a/",
		"Meta~2", "Meta^5 Scale", "+Meta -Scale AND OR NOT ||", "\u202eMeta\u200b花了\u2067多少\u200d錢\u2069",
		"🤖💰 Meta 花了多少錢 👨‍👩‍👧", "' OR 1=1; DROP TABLE passages; --", "<script>alert(1)</script>",
		"Meta\x00 Scale AI", "\x00\x01\x1b\x7f", "Meta \xff\xfe", "\xc0\xaf", "\xed\xa0\x80", "Alexandrrrrrrrrrrrrrr",
		"How much did Meta pay for 49% of Scale AI?", "Meta花了多少錢收購Scale AI的股份？", "Ｍｅｔａ１４３億美元",
	} {
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, text string, size uint8) {
		fuzzOnce.Do(func() {
			c, err := corpus.Load()
			if err != nil {
				panic(err)
			}
			if fuzzIndex, err = index.New(c.Passages(), index.Options{}); err != nil {
				panic(err)
			}
			fuzzNames = qa.NewEntityMatcher(c.Aliases)
		})
		n := int(size%qa.MaxK) + 1
		q := qa.Query{Text: text, Lang: qa.DetectLang(text), Size: n}
		for _, e := range fuzzNames.Find(text) {
			q.Entities = append(q.Entities, e.Entity)
		}
		hits, err := fuzzIndex.Search(context.Background(), q)
		if err != nil {
			t.Fatalf("Search(%q): %v", text, err)
		}
		if len(hits) > n {
			t.Fatalf("%d hits, asked for %d", len(hits), n)
		}
		for _, h := range hits {
			for _, sp := range h.MatchZH {
				if sp.Start < 0 || sp.Start > sp.End || sp.End > len(h.Passage.ZH) {
					t.Fatalf("ZH span %v outside %d bytes", sp, len(h.Passage.ZH))
				}
			}
			for _, sp := range h.MatchEN {
				if sp.Start < 0 || sp.Start > sp.End || sp.End > len(h.Passage.EN) {
					t.Fatalf("EN span %v outside %d bytes", sp, len(h.Passage.EN))
				}
			}
		}
	})
}
