package index

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/google/go-cmp/cmp"

	"github.com/talentwar/qa/corpus"
	"github.com/talentwar/qa/qa"
)

func analyze(t *testing.T, analyzer, text string) []string {
	t.Helper()
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	a := m.AnalyzerNamed(analyzer)
	if a == nil {
		t.Fatalf("no analyzer %q", analyzer)
	}
	var out []string
	for _, tok := range a.Analyze([]byte(text)) {
		out = append(out, string(tok.Term))
	}
	return out
}

func TestChineseAnalyzerTokens(t *testing.T) {
	tests := []struct {
		name, analyzer, text string
		want                 []string
	}{
		{"traditional folds to simplified", AnalyzerZH, "收購", []string{"收购"}},
		{"simplified stays", AnalyzerZH, "收购", []string{"收购"}},
		{"bigrams", AnalyzerZH, "扎克伯格", []string{"扎克", "克伯", "伯格"}},
		{"full-width digits survive the tokenizer", AnalyzerZH, "１４３億美元", []string{"143", "亿美", "美元"}},
		{"half-width digits", AnalyzerZH, "143億美元", []string{"143", "亿美", "美元"}},
		{"full-width Latin folds and lowers", AnalyzerZH, "Ｍｅｔａ", []string{"meta"}},
		{"mixed Latin and Han", AnalyzerZH, "Meta收購Scale AI", []string{"meta", "收购", "scale", "ai"}},
		{"percent and version numbers", AnalyzerZH, "49%股份 Llama 4", []string{"49", "股份", "llama", "4"}},
		{"a lone character stays", AnalyzerZH, "錢", []string{"钱"}},
		{"character field keeps characters", AnalyzerZHChar, "花錢", []string{"花", "钱"}},
		{"ideographic space is a space", AnalyzerZH, "蘋果\u3000公司", []string{"苹果", "公司"}},
		{"english stems and drops stop words", AnalyzerEN, "Zuckerberg's acquisitions of the company", []string{"zuckerberg", "acquisit", "compani"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, analyze(t, tt.analyzer, tt.text)); diff != "" {
				t.Errorf("tokens of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// The cleaned corpus holds no pinyin, so no pinyin token reaches the index.
func TestNoPinyinTokens(t *testing.T) {
	c := loadCorpus(t)
	for _, p := range c.Passages() {
		for _, tok := range analyze(t, AnalyzerZH, p.ZH) {
			if strings.ContainsAny(tok, "āáǎàēéěèīíǐìōóǒòūúǔù") {
				t.Errorf("%s: pinyin token %q", p.ID, tok)
			}
		}
	}
}

func loadCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func newTestIndex(t testing.TB) (*Index, *corpus.Corpus) {
	t.Helper()
	c := loadCorpus(t)
	ix, err := New(c.Passages(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix, c
}

func top(t *testing.T, ix *Index, text string) qa.Hit {
	t.Helper()
	hits, err := ix.Search(context.Background(), qa.Query{Text: text, Size: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 {
		t.Fatalf("%q: no hits", text)
	}
	return hits[0]
}

func TestSearchFoldsScriptAndWidth(t *testing.T) {
	ix, _ := newTestIndex(t)
	// The same question in Traditional, Simplified and full-width forms
	// finds the same passage.
	for _, q := range []string{"143億美元收購", "143亿美元收购", "１４３億美元收購"} {
		if got := top(t, ix, q).Passage.ID; got != "talent-war/p19.s2" && got != "talent-war/p4.s1" {
			t.Errorf("%q: top passage %s, want the $14.3 billion deal", q, got)
		}
	}
	if got := top(t, ix, "錢").Passage.ID; got == "" {
		t.Errorf("one-character query found nothing")
	}
}

func TestSearchEnglishFieldReturnsChineseText(t *testing.T) {
	ix, _ := newTestIndex(t)
	h := top(t, ix, "daily active users Gemini")
	if h.Passage.ID != "talent-war/p40.s1" {
		t.Fatalf("top passage %s, want talent-war/p40.s1", h.Passage.ID)
	}
	if !strings.Contains(h.Passage.ZH, "日活躍用戶") {
		t.Errorf("hit lacks its Chinese text: %q", h.Passage.ZH)
	}
}

// Query syntax in a question is text: nothing is parsed, nothing fails.
func TestHostileQueryText(t *testing.T) {
	ix, _ := newTestIndex(t)
	for _, q := range []string{
		`+Meta -Apple`, `zh:扎克伯格`, `"unclosed phrase`, `Meta*`, `/Me.a/`, `Meta~2`, `Meta^5`,
		strings.Repeat("(", 10000), `en:* OR 1=1`, `\`, `{}[]`, "Meta\x00", "(((Scale AI)))",
	} {
		if _, err := ix.Search(context.Background(), qa.Query{Text: q, Size: 3}); err != nil {
			t.Errorf("%q: %v", q, err)
		}
	}
	// A field:value question searches the words, not the field.
	if got := top(t, ix, "zh:扎克伯格 Alexandr Wang").Passage.ZH; !strings.Contains(got, "Alexandr Wang") {
		t.Errorf("field syntax was not treated as text: top passage %q", got)
	}
}

func TestHighlightsPointIntoDisplayText(t *testing.T) {
	ix, _ := newTestIndex(t)
	// Simplified question, Traditional passage: the spans are byte ranges
	// of the Traditional display text.
	h := top(t, ix, "收购Scale AI 49%股份")
	var got []string
	for _, s := range h.MatchZH {
		got = append(got, h.Passage.ZH[s.Start:s.End])
	}
	joined := strings.Join(got, "|")
	for _, want := range []string{"收購", "Scale"} {
		if !strings.Contains(joined, want) {
			t.Errorf("highlights %q lack %q", joined, want)
		}
	}
	if len(h.MatchEN) == 0 {
		t.Errorf("no English highlights")
	}
}

func TestEntityExpansionFindsAliases(t *testing.T) {
	ix, _ := newTestIndex(t)
	// "小扎" is nowhere in the text; its search form is.
	hits, err := ix.Search(context.Background(), qa.Query{
		Text:     "小扎 實驗室",
		Entities: []qa.Entity{{ID: "zuckerberg", Type: "person", ZH: []string{"扎克伯格"}, EN: []string{"Zuckerberg"}}},
		Size:     3,
	})
	if err != nil || len(hits) == 0 {
		t.Fatalf("hits %v, err %v", hits, err)
	}
	if !strings.Contains(hits[0].Passage.ZH, "扎克伯格") {
		t.Errorf("top passage %q does not name Zuckerberg", hits[0].Passage.ZH)
	}
}

func TestOpenDirReusesRebuildsAndRecovers(t *testing.T) {
	c := loadCorpus(t)
	dir := t.TempDir()
	open := func(sum string) bool {
		t.Helper()
		ix, rebuilt, err := OpenDir(dir, sum, c.Passages(), Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		if ix.Len() != len(c.Passages()) {
			t.Fatalf("index holds %d passages, want %d", ix.Len(), len(c.Passages()))
		}
		if got := top(t, ix, "Scale AI 49%").Passage.ID; got != "talent-war/p19.s2" {
			t.Errorf("top passage %s", got)
		}
		return rebuilt
	}
	if !open(c.Checksum) {
		t.Error("first open did not build")
	}
	if open(c.Checksum) {
		t.Error("second open rebuilt an up-to-date index")
	}
	if !open("another-corpus") {
		t.Error("a changed corpus checksum did not rebuild")
	}
	// An index an older binary left (its CHECKSUM the corpus checksum
	// alone, before the format was recorded) is rebuilt, not served.
	if err := os.WriteFile(filepath.Join(dir, "current", "CHECKSUM"), []byte("another-corpus\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if !open("another-corpus") {
		t.Error("an index of another format was reused")
	}
	if open("another-corpus") {
		t.Error("the rebuilt index was not reused")
	}
	// Damage the served index: it is rebuilt, never served half-broken.
	if err := os.RemoveAll(filepath.Join(dir, "current", "bleve")); err != nil {
		t.Fatal(err)
	}
	if !open("another-corpus") {
		t.Error("a damaged index was not rebuilt")
	}
	// No temporary build folders are left behind.
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".build-") || e.Name() == ".old" {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

func TestStockBaselineIsStock(t *testing.T) {
	c := loadCorpus(t)
	s, err := NewStock(c.Passages())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// Stock cjk analysis does not fold scripts: a Simplified-only query
	// misses the Traditional passage that our index finds.
	ids, err := s.Search(context.Background(), "收购", 3)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		if strings.Contains(id, "p19.s2") {
			t.Errorf("stock Bleve folded Simplified to Traditional; the baseline is not stock")
		}
	}
}

var _ analysis.TokenStream

// Passages of equal score come in the order of their IDs, in every build
// of the index: Bleve's own order among them follows the segments'
// layout, which varies from build to build, and with it the answer.
func TestEqualScoresHaveOneOrder(t *testing.T) {
	q := qa.Query{Text: "What is Meta's favourite colour?", Size: 10} // many passages match on Meta alone
	var first []string
	for build := 0; build < 6; build++ {
		ix, _ := newTestIndex(t)
		hs, err := ix.Search(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		ties := 0
		for i, h := range hs {
			ids = append(ids, h.Passage.ID)
			if i > 0 && h.Score == hs[i-1].Score {
				ties++
				if h.Passage.ID < hs[i-1].Passage.ID {
					t.Errorf("build %d: %s before %s at the same score %v", build, hs[i-1].Passage.ID, h.Passage.ID, h.Score)
				}
			}
		}
		if ties == 0 {
			t.Fatalf("no equal scores among %v: the case tests nothing", ids)
		}
		if build == 0 {
			first = ids
		} else if diff := cmp.Diff(first, ids); diff != "" {
			t.Errorf("build %d orders the hits otherwise (-first +this):\n%s", build, diff)
		}
	}
}
