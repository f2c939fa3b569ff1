package index

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/talentwar/qa/qa"
)

func TestLexiconLoads(t *testing.T) {
	l, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(l.groups); n < 60 || n > 200 {
		t.Errorf("%d groups, want 60–200", n)
	}
	for i, g := range l.groups {
		if len(g.zh) == 0 || len(g.en) == 0 {
			t.Errorf("group %d %v %v lacks a language", i+1, g.en, g.zh)
		}
	}
}

func TestLexiconRejects(t *testing.T) {
	tests := []struct{ name, json, want string }{
		{"duplicate across scripts", `{"groups": [["buy", "收購"], ["acquire", "收购"]]}`, "same as"},
		{"duplicate by stemming", `{"groups": [["refuse", "拒絕"], ["refused", "回絕"]]}`, "same as"},
		{"duplicate within a group", `{"groups": [["hire", "Hire", "挖角"]]}`, "same as"},
		{"full-width duplicate", `{"groups": [["hire", "挖角"], ["ｈｉｒｅ", "招募"]]}`, "same as"},
		{"one Chinese character", `{"groups": [["spend", "花"]]}`, "one character"},
		{"stop words only", `{"groups": [["say no", "拒絕"], ["no", "否"]]}`, "English field keeps"},
		{"blank form", `{"groups": [["hire", " "]]}`, "blank"},
		{"lone form", `{"groups": [["hire"]]}`, "fewer than two"},
		{"unknown key", `{"groups": [], "extra": 1}`, "unknown field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseLexicon([]byte(tt.json))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one saying %q", err, tt.want)
			}
		})
	}
}

// The forms a question names, through the same normalization as the
// index: folding for Chinese, stemming for English, phrases as runs.
func TestLexiconMatch(t *testing.T) {
	l, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string // the present forms
	}{
		{"Who refused the offer?", []string{"en:offer", "en:refuse"}},
		{"She turned down the deal", []string{"en:deal", "en:turn down"}},
		{"Which way did it turn?", nil},
		{"誰被挖角了", []string{"zh:挖角"}},
		{"谁被挖角了", []string{"zh:挖角"}},
		{"誰被收購了", []string{"zh:收购"}},
		{"谁被收购了", []string{"zh:收购"}},
		{"ＣＥＯ是誰", []string{"en:CEO"}},
		{"Meta 49% Scale", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for k := range l.match(tt.text).present {
				got = append(got, k)
			}
			if diff := cmp.Diff(tt.want, got, cmpSorted); diff != "" {
				t.Errorf("present forms (-want +got):\n%s", diff)
			}
		})
	}
}

var cmpSorted = cmp.Transformer("sort", func(in []string) []string {
	out := append([]string(nil), in...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
})

// synPassages is a made-up article. Every passage names the company, so
// every question below matches every passage somewhere (synonyms only add
// to the score of a passage the question finds); the fourth says nothing
// but "company", the most often.
var synPassages = []qa.Passage{
	{ID: "t/p1", Doc: "t", ZH: "她婉拒了那家公司的邀約。", EN: "She turned down the company's offer."},
	{ID: "t/p2", Doc: "t", ZH: "那家公司去年招募了隔壁的工程師。", EN: "The company recruited engineers from next door last year."},
	{ID: "t/p3", Doc: "t", ZH: "巨頭去年買下了那家公司。", EN: "The giant bought the company last year."},
	{ID: "t/p4", Doc: "t", ZH: "公司就是公司，公司。", EN: "A company is a company, a company."},
	{ID: "t/p5", Doc: "t", ZH: "公司的天氣很好，大家在公園散步。", EN: "The weather at the company was fine and people walked in the park."},
	{ID: "t/p6", Doc: "t", ZH: "公司董事會在週一開會討論預算。", EN: "The company board met on Monday to discuss the budget."},
}

func synIndex(t *testing.T, opt Options) *Index {
	t.Helper()
	ix, err := New(synPassages, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func topIDs(t *testing.T, ix *Index, text string) []string {
	t.Helper()
	hits, err := ix.Search(context.Background(), qa.Query{Text: text, Size: 3})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range hits {
		out = append(out, h.Passage.ID)
	}
	return out
}

func TestSynonymsFindParaphrases(t *testing.T) {
	with := synIndex(t, Options{})
	off := DefaultOptions
	off.Synonym = 0
	without := synIndex(t, off)
	tests := []struct{ q, want string }{
		{"Which company did she refuse?", "t/p1"}, // "turned down" in the passage
		{"who rejected the company", "t/p1"},      // stemmed forms
		{"誰回絕公司", "t/p1"},                         // Traditional question, 婉拒 in the passage
		{"谁回绝公司", "t/p1"},                         // the same in Simplified
		{"哪家公司挖角", "t/p2"},                        // 招募 in the passage
		{"which company poaches", "t/p2"},         // "recruited" in the passage
		{"誰收購公司", "t/p3"},                         // 買下 in the passage
		{"谁收购公司", "t/p3"},
		{"Who acquired the company?", "t/p3"}, // only the Chinese passage says it: 買下
	}
	checkTops(t, with, without, tests)
}

// checkTops checks that each question finds its passage first with
// synonyms and not without them (so the case can fail).
func checkTops(t *testing.T, with, without *Index, tests []struct{ q, want string }) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := topIDs(t, with, tt.q); len(got) == 0 || got[0] != tt.want {
				t.Errorf("with synonyms: top %v, want %s", got, tt.want)
			}
			if got := topIDs(t, without, tt.q); len(got) > 0 && got[0] == tt.want {
				t.Errorf("without synonyms %s is already on top: the case tests nothing", tt.want)
			}
		})
	}
}

// A question naming no synonym group gets the same query, so the same
// passages with the same scores, as without synonyms.
func TestNoSynonymScoresAsBefore(t *testing.T) {
	with, without := articleIndexes(t)
	for _, q := range []string{"Scale 49%", "扎克伯格", "Alexandr Wang", "143億美元", "錢", "Gemini daily active"} {
		if len(with.syn.match(q).groups) != 0 {
			t.Fatalf("%q names a synonym group; pick another question", q)
		}
		type hit struct {
			ID    string
			Score float64
		}
		get := func(ix *Index) []hit {
			hs, err := ix.Search(context.Background(), qa.Query{Text: q, Size: 5})
			if err != nil {
				t.Fatal(err)
			}
			var out []hit
			for _, h := range hs {
				out = append(out, hit{h.Passage.ID, h.Score})
			}
			return out
		}
		if diff := cmp.Diff(get(without), get(with)); diff != "" {
			t.Errorf("%q: hits changed (-without +with):\n%s", q, diff)
		}
	}
}

// The same on the article: a question in other words than the passage's
// finds the passage first through a synonym group, and the words alone do
// not.
func TestSynonymsFindTheArticlesWords(t *testing.T) {
	with, without := articleIndexes(t)
	tests := []struct{ q, want string }{
		{"Llama 4 reception", "talent-war/p35.s2"},                             // "negative reviews"
		{"谷歌和ChatGPT差距多大", "talent-war/p9.s1"},                                 // 鴻溝
		{"Which company pivoted to medicine?", "talent-war/p44.s1"},            // "pivoted": 轉向
		{"Llama作弊", "talent-war/p36.s1"},                                       // 造假
		{"Who runs the new lab?", "talent-war/p17.s1"},                         // "the head of that AI lab"
		{"Which Chinese startup pivoted to health care?", "talent-war/p44.s1"}, // "the medical vertical"
		{"Was Wang happy with the first offer?", "talent-war/p19.s1"},          // "not satisfied"
	}
	checkTops(t, with, without, tests)
}

// A question none of whose words a passage says is searched with its
// synonyms alone: it finds the passage that says it in other words,
// rather than nothing.
func TestSynonymsAloneWhenNothingMatches(t *testing.T) {
	with, without := articleIndexes(t)
	const q = "What advantage do wealthy tech giants have?" // "Deep-pocketed big companies…"
	if got := topIDs(t, without, q); len(got) != 0 {
		t.Fatalf("without synonyms %q finds %v; the case needs a question that finds nothing", q, got)
	}
	if got := topIDs(t, with, q); len(got) == 0 || got[0] != "talent-war/p48.s1" {
		t.Errorf("with synonyms: top %v, want talent-war/p48.s1", got)
	}
}

// articleIndexes returns the article's index with synonyms and without.
func articleIndexes(t *testing.T) (with, without *Index) {
	t.Helper()
	with, c := newTestIndex(t)
	off := DefaultOptions
	off.Synonym = 0
	without, err := New(c.Passages(), off)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { without.Close() })
	return with, without
}

// A hit counts the question's words its passage says in other words, for
// the ranker: 口碑 asked, 評價 (and 發布 for 发布 alike) in the passage.
func TestHitsCountRelatedWords(t *testing.T) {
	with, without := articleIndexes(t)
	related := func(ix *Index, q string) map[string]int {
		hits, err := ix.Search(context.Background(), qa.Query{Text: q, Size: 10})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]int{}
		for _, h := range hits {
			out[h.Passage.ID] = h.Related
		}
		return out
	}
	got := related(with, "Llama 4发布后口碑如何？")
	if got["talent-war/p35.s2"] < 1 { // 遭遇大面積負面評價
		t.Errorf("p35.s2 (評價) relates %d words, want at least 1: %v", got["talent-war/p35.s2"], got)
	}
	if n, ok := got["talent-war/p38.s1"]; ok && n != 0 { // Blind post: neither word
		t.Errorf("p38.s1 relates %d words, want 0", n)
	}
	for id, n := range related(without, "Llama 4发布后口碑如何？") {
		if n != 0 {
			t.Errorf("without synonyms %s relates %d words", id, n)
		}
	}
	// A question that names no group relates nothing.
	for id, n := range related(with, "Alexandr Wang 49%") {
		if n != 0 {
			t.Errorf("%s relates %d words to a question naming no group", id, n)
		}
	}
}
