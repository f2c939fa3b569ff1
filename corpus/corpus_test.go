package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/talentwar/qa/qa"
)

func rawArticle(t *testing.T) []byte {
	t.Helper()
	b, err := fs.ReadFile(Embedded(), "raw/talent-war.zh.txt")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// loadedCorpus loads the embedded corpus and returns its article.
func loadedCorpus(t *testing.T) (*Corpus, qa.Document) {
	t.Helper()
	c, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	for _, d := range c.Documents {
		if d.ID == "talent-war" {
			return c, d
		}
	}
	t.Fatal("no talent-war document")
	return nil, qa.Document{}
}

func passageMap(ps []qa.Passage) map[string]qa.Passage {
	m := map[string]qa.Passage{}
	for _, p := range ps {
		m[p.ID] = p
	}
	return m
}

// TestPassageIDsAreStable pins every passage ID: the number of sentences in
// each of the 58 paragraphs. A change in cleaning or splitting that moves
// an ID breaks citations and fails here.
func TestPassageIDsAreStable(t *testing.T) {
	_, doc := loadedCorpus(t)
	perParagraph := []int{1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 2, 1, 1, 2, 1, 2, 1, 2, 1, 1, 1, 2, 1, 3, 1,
		1, 1, 1, 2, 3, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 2, 1, 1, 2, 1}
	var want, got []string
	for p, n := range perParagraph {
		for s := 1; s <= n; s++ {
			want = append(want, fmt.Sprintf("talent-war/p%d.s%d", p+1, s))
		}
	}
	for _, p := range doc.Passages {
		got = append(got, p.ID)
		if p.ID != fmt.Sprintf("%s/p%d.s%d", p.Doc, p.Paragraph, p.Sentence) || p.Doc != "talent-war" {
			t.Errorf("passage %s has doc %q, paragraph %d, sentence %d", p.ID, p.Doc, p.Paragraph, p.Sentence)
		}
	}
	if len(want) != 75 {
		t.Fatalf("test table lists %d passages, want 75", len(want))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("passage IDs (-want +got):\n%s", diff)
	}
}

func TestPinnedPassages(t *testing.T) {
	_, doc := loadedCorpus(t)
	ps := passageMap(doc.Passages)
	tests := []struct {
		id, section, zh, en string
	}{
		{"talent-war/p1.s1", "intro", "在大模型競賽中處于下風的廠商，紛紛對自家AI團隊動起了刀。", "taking the knife to their own AI teams"},
		{"talent-war/p4.s1", "intro", "蘋果的人才收購計劃尚懸在空中，另一邊作為Meta創始人的馬克·扎克伯格已經拿出143億美元的真金白銀，打算將Scale AI聯合創始人兼CEO Alexandr Wang收歸麾下了。", "$14.3 billion"},
		{"talent-war/p16.s2", "A", "該實驗室預計規模在50人。", "50 people"},
		{"talent-war/p19.s2", "A", "在接下來一個多月的談判中，雙方互相做了些讓步，并有了Meta最終以143億美元收購Scale AI 49%股份，且Alexandr Wang需要加入Meta的方案出爐。", "Meta bought 49% of Scale AI for $14.3 billion"},
		{"talent-war/p40.s1", "B", "根據谷歌流傳出的一份內部報告，截至2025年3月，Gemini全球日活躍用戶3500萬，月活躍用戶3.5億。", "35 million daily active users and 350 million monthly active users"},
		{"talent-war/p54.s2", "C", "“我覺得他們繼續努力是理性的選擇，雖然他們目前的AI進展可能沒有達到預期。我尊重他們這種有侵略性的態度，以及不斷嘗試新方法的精神。”", "I respect their aggressive attitude"},
		{"talent-war/p58.s1", "C", "從OpenAI到DeepSeek，它們的接連成功，起碼向外界透露了一種信號：想要在大模型時代有所創新，光靠砸錢是不夠的，更重要的是得讓人才有一展抱負的空間。", "throwing money at it is not enough"},
	}
	for _, tt := range tests {
		p, ok := ps[tt.id]
		if !ok {
			t.Errorf("no passage %s", tt.id)
			continue
		}
		if p.Section != tt.section || p.ZH != tt.zh || !strings.Contains(p.EN, tt.en) {
			t.Errorf("passage %s = (%s) %q / %q, want (%s) %q / …%q…", tt.id, p.Section, p.ZH, p.EN, tt.section, tt.zh, tt.en)
		}
	}
}

func TestSections(t *testing.T) {
	_, doc := loadedCorpus(t)
	// First and last paragraph of each section, as the markers A, B, C
	// stand in the raw article.
	want := map[string][2]int{"intro": {1, 14}, "A": {15, 31}, "B": {32, 46}, "C": {47, 58}}
	seen := map[string]int{}
	for _, p := range doc.Passages {
		r, ok := want[p.Section]
		if !ok {
			t.Errorf("passage %s has section %q, want intro, A, B or C", p.ID, p.Section)
			continue
		}
		seen[p.Section]++
		if p.Paragraph < r[0] || p.Paragraph > r[1] {
			t.Errorf("passage %s is in section %s, which holds paragraphs %d–%d", p.ID, p.Section, r[0], r[1])
		}
		if strings.TrimSpace(p.ZH) == p.Section {
			t.Errorf("section marker %s became passage %s", p.Section, p.ID)
		}
	}
	for s := range want {
		if seen[s] == 0 {
			t.Errorf("section %s has no passage", s)
		}
	}
}

func TestNoPinyinLeft(t *testing.T) {
	_, doc := loadedCorpus(t)
	if HasPinyinAnnotation(doc.Text) {
		t.Error("cleaned document text holds a pinyin gloss")
	}
	gloss := regexp.MustCompile(`\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]`)
	for _, p := range doc.Passages {
		if HasPinyinAnnotation(p.ZH) || gloss.MatchString(p.ZH) {
			t.Errorf("passage %s holds pinyin: %q", p.ID, p.ZH)
		}
	}
}

func TestRealParenthesesSurvive(t *testing.T) {
	_, doc := loadedCorpus(t)
	ps := passageMap(doc.Passages)
	tests := []struct{ id, paren string }{
		{"talent-war/p6.s1", "SSI(Safe Superintelligence)的CEO"},
		{"talent-war/p13.s1", "張心皓(尚未離職，轉為內部顧問)……"},
		{"talent-war/p15.s1", "Facebook(Meta前身)時"},
		{"talent-war/p27.s2", "“躍問”(現更名為“階躍AI”)。"},
		{"talent-war/p35.s3", "post-training(后訓練)過程"},
		{"talent-war/p52.s1", "“這(遠大前景)才是"},
	}
	for _, tt := range tests {
		if !strings.Contains(ps[tt.id].ZH, tt.paren) {
			t.Errorf("passage %s = %q, want it to hold %q", tt.id, ps[tt.id].ZH, tt.paren)
		}
	}
}

func TestPunctuation(t *testing.T) {
	_, doc := loadedCorpus(t)
	ps := passageMap(doc.Passages)
	tests := []struct{ id, want string }{
		{"talent-war/p1.s1", "廠商，紛紛"},
		{"talent-war/p2.s1", "好消息：除了"},
		{"talent-war/p44.s1", "橫生變故：零一萬物"},
		{"talent-war/p57.s2", "的首選？”時，"},
		{"talent-war/p4.s1", "Scale AI聯合創始人兼CEO Alexandr Wang"},
		{"talent-war/p5.s1", "Llama 4不及預期"},
		{"talent-war/p39.s1", "Gemini 2.5系列"},
		{"talent-war/p19.s2", "Scale AI 49%股份"},
		{"talent-war/p34.s1", "2023年初 Llama 1發布"},
		{"talent-war/p41.s1", "“大家把 ChatGPT當成是Google的替代品。”"},
	}
	for _, tt := range tests {
		if !strings.Contains(ps[tt.id].ZH, tt.want) {
			t.Errorf("passage %s = %q, want it to hold %q", tt.id, ps[tt.id].ZH, tt.want)
		}
	}
	// No flattened punctuation is left next to Chinese text anywhere.
	for _, p := range doc.Passages {
		rs := []rune(p.ZH)
		for i, r := range rs {
			if _, ok := halfToFull[r]; !ok {
				continue
			}
			if (i > 0 && unicode.Is(unicode.Han, rs[i-1])) || (i+1 < len(rs) && unicode.Is(unicode.Han, rs[i+1])) {
				t.Errorf("passage %s: half-width %q next to Chinese in %q", p.ID, r, p.ZH)
			}
		}
	}
}

func TestNoticeIsMetadata(t *testing.T) {
	_, doc := loadedCorpus(t)
	if doc.Platform != "網易號" {
		t.Errorf("Platform = %q, want 網易號", doc.Platform)
	}
	for _, s := range []string{"特別聲明", "Notice", "網易號", "NetEase", "信息存儲服務"} {
		if strings.Contains(doc.Text, s) {
			t.Errorf("document text holds the notice (%q)", s)
		}
		for _, p := range doc.Passages {
			if strings.Contains(p.ZH, s) || strings.Contains(p.EN, s) {
				t.Errorf("passage %s holds the notice (%q)", p.ID, s)
			}
		}
	}
	if last := doc.Passages[len(doc.Passages)-1]; !strings.HasSuffix(doc.Text, last.ZH) {
		t.Errorf("document text does not end with its last passage %s", last.ID)
	}
}

// checkOffsetsRoundTrip asserts that every passage slices back from the
// cleaned text (runes) and the raw source (bytes), in order, without
// overlap.
func checkOffsetsRoundTrip(t *testing.T, doc qa.Document) {
	t.Helper()
	text := []rune(doc.Text)
	prevEnd, prevRaw := 0, 0
	for _, p := range doc.Passages {
		if p.Start < prevEnd || p.End > len(text) || p.Start >= p.End {
			t.Errorf("passage %s: rune offsets [%d,%d) out of order or range", p.ID, p.Start, p.End)
			continue
		}
		if got := string(text[p.Start:p.End]); got != p.ZH {
			t.Errorf("passage %s: text[%d:%d] = %q, want %q", p.ID, p.Start, p.End, got, p.ZH)
		}
		if p.RawStart < prevRaw || p.RawEnd > len(doc.Raw) || p.RawStart >= p.RawEnd {
			t.Errorf("passage %s: raw offsets [%d,%d) out of order or range", p.ID, p.RawStart, p.RawEnd)
			continue
		}
		raw := string(doc.Raw[p.RawStart:p.RawEnd])
		if got := Clean(raw); got != p.ZH {
			t.Errorf("passage %s: Clean(raw[%d:%d]) = %q, want %q", p.ID, p.RawStart, p.RawEnd, got, p.ZH)
		}
		if first := []rune(p.ZH)[0]; !strings.HasPrefix(raw, string(first)) {
			t.Errorf("passage %s: raw slice starts %q, want the passage's first character %q", p.ID, raw, first)
		}
		prevEnd, prevRaw = p.End, p.RawEnd
	}
}

func TestOffsetsRoundTrip(t *testing.T) {
	_, doc := loadedCorpus(t)
	checkOffsetsRoundTrip(t, doc)
}

// standardNames is the naming table of the issue: when the Chinese names
// an entity, the English names it the standard way.
var standardNames = []struct{ zh, en string }{
	{"扎克伯格", "Zuckerberg"}, {"詹南德雷亞", "John Giannandrea"}, {"伊利亞", "Ilya Sutskever"},
	{"格羅斯", "Daniel Gross"}, {"弗里德曼", "Nat Friedman"}, {"科拉伊·卡武克奧盧", "Koray Kavukcuoglu"},
	{"桑達爾·皮查伊", "Sundar Pichai"}, {"奧特曼", "Sam Altman"}, {"梁文鋒", "Liang Wenfeng"},
	{"張一鳴", "Zhang Yiming"}, {"張帆", "Zhang Fan"}, {"魏偉", "Wei Wei"}, {"明超平", "Ming Chaoping"},
	{"張心皓", "Zhang Xinhao"}, {"張前川", "Zhang Qianchuan"}, {"洪濤", "Hong Tao"},
	{"智譜", "Zhipu AI"}, {"月之暗面", "Moonshot AI"}, {"階躍星辰", "StepFun"},
	{"百川智能", "Baichuan Intelligence"}, {"零一萬物", "01.AI"}, {"字節", "ByteDance"},
	{"剪映", "CapCut (Jianying)"}, {"冒泡鴨", "Maopaoya"}, {"躍問", "Yuewen"}, {"字母榜", "Zimubang"},
	{"智能涌現", "Intelligent Emergence"}, {"六小龍", `"six little dragons"`}, {"四小強", `"four strong players"`},
	{"蘋果", "Apple"}, {"谷歌", "Google"}, {"硅谷", "Silicon Valley"},
}

func TestEnglishUsesStandardNames(t *testing.T) {
	_, doc := loadedCorpus(t)
	for _, p := range doc.Passages {
		for _, n := range standardNames {
			if strings.Contains(p.ZH, n.zh) && !strings.Contains(p.EN, n.en) {
				t.Errorf("passage %s names %s but its English lacks %q: %q", p.ID, n.zh, n.en, p.EN)
			}
		}
	}
}

var latinWord = regexp.MustCompile(`[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*`)

// TestEnglishKeepsLatinNames checks that nothing written in Latin letters
// in the Chinese (Meta, Scale AI, Llama, R1, benchmark, HR …) is left out
// of the English.
func TestEnglishKeepsLatinNames(t *testing.T) {
	_, doc := loadedCorpus(t)
	for _, p := range doc.Passages {
		words := map[string]bool{}
		for _, w := range latinWord.FindAllString(p.EN, -1) {
			words[w] = true
			for _, part := range strings.Split(w, "-") {
				words[part] = true // AI-era
			}
		}
		for _, w := range latinWord.FindAllString(p.ZH, -1) {
			if !words[w] && !words[w+"s"] {
				t.Errorf("passage %s: %q is in the Chinese but not in the English %q", p.ID, w, p.EN)
			}
		}
	}
}

func TestEveryPassageHasEnglish(t *testing.T) {
	c, doc := loadedCorpus(t)
	if n := len(c.Passages()); n != 75 {
		t.Errorf("corpus has %d passages, want 75", n)
	}
	for _, p := range doc.Passages {
		if p.EN == "" || strings.ContainsFunc(p.EN, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			t.Errorf("passage %s: English rendering %q is empty or holds Chinese", p.ID, p.EN)
		}
		if strings.Contains(p.EN, "  ") || strings.TrimSpace(p.EN) != p.EN {
			t.Errorf("passage %s: stray spaces in %q", p.ID, p.EN)
		}
	}
}

// embeddedMapFS copies the embedded corpus into a MapFS that a test can
// break.
func embeddedMapFS(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(Embedded(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(Embedded(), path)
		m[path] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func replaceIn(t *testing.T, m fstest.MapFS, path, old, new string) {
	t.Helper()
	s := string(m[path].Data)
	if !strings.Contains(s, old) {
		t.Fatalf("%s does not hold %q", path, old)
	}
	m[path] = &fstest.MapFile{Data: []byte(strings.Replace(s, old, new, 1))}
}

func TestBrokenCorpusFailsLoudly(t *testing.T) {
	const (
		en  = "en/talent-war.en.json"
		raw = "raw/talent-war.zh.txt"
	)
	tests := []struct {
		name   string
		mutate func(t *testing.T, m fstest.MapFS)
		want   string // in the error
	}{
		{"orphaned English key", func(t *testing.T, m fstest.MapFS) {
			replaceIn(t, m, en, "{", `{"talent-war/p99.s1": "A passage that does not exist.",`)
		}, "talent-war/p99.s1"},
		{"missing English", func(t *testing.T, m fstest.MapFS) {
			replaceIn(t, m, en, `"talent-war/p16.s2": "The lab is expected to have about 50 people.",`, "")
		}, "talent-war/p16.s2"},
		{"empty English", func(t *testing.T, m fstest.MapFS) {
			replaceIn(t, m, en, `"The lab is expected to have about 50 people."`, `"  "`)
		}, "talent-war/p16.s2"},
		{"bad checksum", func(t *testing.T, m fstest.MapFS) {
			replaceIn(t, m, raw, "50人", "60人")
		}, "SHA-256"},
		{"duplicate IDs", func(t *testing.T, m fstest.MapFS) {
			s := string(m["documents.json"].Data)
			i, j := strings.Index(s, `    {`), strings.LastIndex(s, `    }`)+len(`    }`)
			m["documents.json"] = &fstest.MapFile{Data: []byte(s[:j] + ",\n" + s[i:j] + s[j:])}
		}, "duplicate passage ID"},
		{"missing raw file", func(t *testing.T, m fstest.MapFS) { delete(m, raw) }, "talent-war"},
		{"missing English file", func(t *testing.T, m fstest.MapFS) { delete(m, en) }, "English rendering"},
		{"English file not JSON", func(t *testing.T, m fstest.MapFS) {
			m[en] = &fstest.MapFile{Data: []byte(`{"talent-war/p1.s1": `)}
		}, en},
		{"no documents", func(t *testing.T, m fstest.MapFS) {
			m["documents.json"] = &fstest.MapFile{Data: []byte(`{"documents": []}`)}
		}, "no documents"},
	}
	if _, err := LoadFS(embeddedMapFS(t)); err != nil {
		t.Fatalf("unbroken copy: %v", err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := embeddedMapFS(t)
			tt.mutate(t, m)
			c, err := LoadFS(m)
			if err == nil {
				t.Fatalf("LoadFS succeeded with %d documents, want an error holding %q", len(c.Documents), tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("LoadFS error = %q, want it to hold %q", err, tt.want)
			}
		})
	}
}

func TestChecksumTracksContent(t *testing.T) {
	a, err := LoadFS(embeddedMapFS(t))
	if err != nil {
		t.Fatal(err)
	}
	m := embeddedMapFS(t)
	replaceIn(t, m, "en/talent-war.en.json", "about 50 people", "around 50 people")
	b, err := LoadFS(m)
	if err != nil {
		t.Fatal(err)
	}
	if a.Checksum == b.Checksum {
		t.Error("changing an English rendering left the corpus checksum unchanged")
	}
}

func TestSplitRejectsBadSource(t *testing.T) {
	spec := DocSpec{ID: "x", Raw: "raw/x.txt"}
	tests := []struct {
		name, id, raw, want string
	}{
		{"not NFC", "x", "Cafe\u0301很好。", "NFC"},
		{"bad ID", "a/b", "甲。", "bad document ID"},
		{"no passages", "x", "A\n\n特別聲明:以上內容…", "no passages"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := spec
			s.ID = tt.id
			s.SHA256 = sha256Hex(tt.raw)
			_, err := Split(s, []byte(tt.raw))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Split error = %v, want one holding %q", err, tt.want)
			}
		})
	}
}

func sha256Hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}
