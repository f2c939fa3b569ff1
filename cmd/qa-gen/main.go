// Command qa-gen writes a synthetic bilingual corpus of N passages for
// scale tests, in the corpus folder format the normal pipeline loads
// (corpus.LoadFS: documents.json, raw/, en/, aliases.json).
//
//	qa-gen -n 100000 -out /tmp/corpus-100k [-seed 1]
//
// Every sentence is one of the article's own sentences, Chinese with its
// English, recombined into new paragraphs and articles of about fifty
// sentences, with the people and organisations it names swapped, within a
// paragraph consistently, for others of the same kind (the article's own,
// and made-up Chinese names with their pinyin, so the vocabulary grows
// with the corpus as a news archive's does), and its figures varied the
// same way in both languages. Terms (AGI, 日活, superintelligence) stay.
// The output depends only on the seed and N.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/talentwar/qa/corpus"
	"github.com/talentwar/qa/qa"
)

func main() {
	n := flag.Int("n", 10000, "passages to write")
	out := flag.String("out", "", "folder to write the corpus into (created; must be empty or absent)")
	seed := flag.Uint64("seed", 1, "random seed: the same seed and -n give the same corpus")
	check := flag.Bool("check", true, "load the written corpus with corpus.LoadFS to check it")
	flag.Parse()
	if *out == "" || *n < 1 || *n > 5_000_000 {
		fmt.Fprintln(os.Stderr, "usage: qa-gen -n N -out DIR [-seed S]  (1 ≤ N ≤ 5,000,000)")
		os.Exit(2)
	}
	start := time.Now()
	st, err := Generate(*out, *n, *seed)
	if err != nil {
		fmt.Fprintln(os.Stderr, "qa-gen:", err)
		os.Exit(1)
	}
	fmt.Printf("qa-gen: %d passages in %d documents, %d entities (%d made up), %.1f MB, in %s\n",
		st.Passages, st.Documents, st.Entities, st.MadeUp, float64(st.Bytes)/1e6, time.Since(start).Round(time.Millisecond))
	if *check {
		t := time.Now()
		c, err := corpus.LoadFS(os.DirFS(*out))
		if err != nil {
			fmt.Fprintln(os.Stderr, "qa-gen: the written corpus does not load:", err)
			os.Exit(1)
		}
		if got := len(c.Passages()); got != st.Passages {
			fmt.Fprintf(os.Stderr, "qa-gen: the corpus loads with %d passages, %d written\n", got, st.Passages)
			os.Exit(1)
		}
		fmt.Printf("qa-gen: checked: corpus.LoadFS reads %d passages in %s\n", len(c.Passages()), time.Since(t).Round(time.Millisecond))
	}
}

// Stats describe a generated corpus.
type Stats struct {
	Passages, Documents, Entities, MadeUp int
	Bytes                                 int64
}

// template is one sentence of the article with its entity mentions.
type template struct {
	zh, en   string
	zhM, enM []qa.Mention
	zhRunes  []rune
	enRunes  []rune
}

// sentencesPerDoc is the size of a generated article.
const sentencesPerDoc = 50

// Generate writes n passages into dir with the given seed.
func Generate(dir string, n int, seed uint64) (Stats, error) {
	var st Stats
	if ents, err := os.ReadDir(dir); err == nil && len(ents) > 0 {
		return st, fmt.Errorf("%s is not empty", dir)
	}
	for _, sub := range []string{"raw", "en"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return st, err
		}
	}
	src, err := corpus.Load()
	if err != nil {
		return st, err
	}
	m := qa.NewEntityMatcher(src.Aliases)
	tpls, err := templates(src, m)
	if err != nil {
		return st, err
	}
	rnd := rand.New(rand.NewPCG(seed, 0x5eed))
	g := &generator{rnd: rnd, pools: map[string][]qa.Entity{}, used: map[string]qa.Entity{}}
	for _, e := range src.Aliases {
		if e.Type != "term" {
			g.pools[e.Type] = append(g.pools[e.Type], e)
		}
	}

	var manifest corpus.Manifest
	manifest.Aliases = "aliases.json"
	for doc := 1; st.Passages < n; doc++ {
		id := fmt.Sprintf("gen-%07d", doc)
		want := min(sentencesPerDoc, n-st.Passages)
		raw, en, title := g.document(id, tpls, want)
		sum := sha256.Sum256(raw)
		spec := corpus.DocSpec{ID: id, TitleZH: title.zh, TitleEN: title.en, Raw: "raw/" + id + ".zh.txt", SHA256: hex.EncodeToString(sum[:]), EN: "en/" + id + ".en.json"}
		enb, err := encodeEN(en)
		if err != nil {
			return st, err
		}
		if err := os.WriteFile(filepath.Join(dir, spec.Raw), raw, 0o644); err != nil {
			return st, err
		}
		if err := os.WriteFile(filepath.Join(dir, spec.EN), enb, 0o644); err != nil {
			return st, err
		}
		manifest.Documents = append(manifest.Documents, spec)
		st.Passages += len(en)
		st.Documents++
		st.Bytes += int64(len(raw) + len(enb))
	}
	var table corpus.AliasTable
	table.Entities = append(table.Entities, src.Aliases...)
	var made []string
	for id := range g.used {
		made = append(made, id)
	}
	sort.Strings(made)
	for _, id := range made {
		table.Entities = append(table.Entities, g.used[id])
	}
	st.Entities, st.MadeUp = len(table.Entities), len(made)
	for name, v := range map[string]any{"aliases.json": table, "documents.json": manifest} {
		b, err := json.MarshalIndent(v, "", " ")
		if err != nil {
			return st, err
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return st, err
		}
		st.Bytes += int64(len(b))
	}
	return st, nil
}

// templates are the article's sentences that split back to themselves
// wherever they stand in a paragraph.
func templates(c *corpus.Corpus, m *qa.EntityMatcher) ([]template, error) {
	var out []template
	for _, p := range c.Passages() {
		raw := []byte(p.ZH + p.ZH + "\n")
		sum := sha256.Sum256(raw)
		d, err := corpus.Split(corpus.DocSpec{ID: "t", SHA256: hex.EncodeToString(sum[:])}, raw)
		if err != nil || len(d.Passages) != 2 || d.Passages[0].ZH != p.ZH || d.Passages[1].ZH != p.ZH {
			continue
		}
		t := template{zh: p.ZH, en: p.EN, zhRunes: []rune(p.ZH), enRunes: []rune(p.EN)}
		for _, mn := range m.FindAll(p.ZH) {
			if mn.Entity.Type != "term" {
				t.zhM = append(t.zhM, mn)
			}
		}
		for _, mn := range m.FindAll(p.EN) {
			if mn.Entity.Type != "term" {
				t.enM = append(t.enM, mn)
			}
		}
		out = append(out, t)
	}
	if len(out) < 10 {
		return nil, errors.New("too few sentences of the article can be recombined")
	}
	return out, nil
}

type generator struct {
	rnd   *rand.Rand
	pools map[string][]qa.Entity // the article's entities by type
	used  map[string]qa.Entity   // made-up entities written so far
}

type pair struct{ zh, en string }

// document returns one article's raw text, its English by passage ID and
// a title.
func (g *generator) document(id string, tpls []template, n int) ([]byte, map[string]string, pair) {
	var raw strings.Builder
	en := map[string]string{}
	var title pair
	para := 0
	for written := 0; written < n; {
		if para > 0 && g.rnd.IntN(6) == 0 {
			// A section marker, as the article has.
			raw.WriteString(string(rune('A'+g.rnd.IntN(4))) + "\n\n")
		}
		para++
		swap := map[string]qa.Entity{} // this paragraph's cast
		digits := g.digitMap()
		years := g.rnd.IntN(6)
		k := min(1+g.rnd.IntN(4), n-written)
		for s := 1; s <= k; s++ {
			t := tpls[g.rnd.IntN(len(tpls))]
			zh := vary(t.zhRunes, t.zhM, swap, g, true, digits, years)
			e := vary(t.enRunes, t.enM, swap, g, false, digits, years)
			raw.WriteString(zh)
			en[fmt.Sprintf("%s/p%d.s%d", id, para, s)] = e
			if title.zh == "" {
				title = pair{firstClause(zh, "，"), firstClause(e, ",")}
			}
		}
		raw.WriteString("\n\n")
		written += k
	}
	return []byte(raw.String()), en, title
}

func firstClause(s, sep string) string {
	if i := strings.Index(s, sep); i > 0 {
		s = s[:i]
	}
	return strings.TrimRight(s, "。.!?！？")
}

// vary writes the sentence with its mentions swapped for the paragraph's
// cast and its figures changed.
func vary(text []rune, ms []qa.Mention, swap map[string]qa.Entity, g *generator, zh bool, digits [10]byte, years int) string {
	var b strings.Builder
	last := 0
	for _, mn := range ms {
		if mn.Start < last {
			continue
		}
		b.WriteString(figures(string(text[last:mn.Start]), digits, years))
		orig := string(text[mn.Start:mn.End])
		r := g.cast(mn.Entity, swap)
		name := r.NameEN()
		if zh {
			name = r.NameZH()
		} else if strings.HasSuffix(orig, "'s") {
			name += "'s"
		}
		b.WriteString(name)
		last = mn.End
	}
	b.WriteString(figures(string(text[last:]), digits, years))
	return b.String()
}

// cast returns who plays e in this paragraph: e itself, another of the
// article's entities of its kind, or a made-up person or organisation.
func (g *generator) cast(e qa.Entity, swap map[string]qa.Entity) qa.Entity {
	if r, ok := swap[e.ID]; ok {
		return r
	}
	r := e
	switch x := g.rnd.IntN(10); {
	case x < 3:
	case x < 6 && len(g.pools[e.Type]) > 1:
		r = g.pools[e.Type][g.rnd.IntN(len(g.pools[e.Type]))]
	case e.Type == "person":
		r = g.person()
	case e.Type == "org":
		r = g.org()
	}
	swap[e.ID] = r
	return r
}

// digitMap permutes 1-9 (0 stays, so no figure gains a leading zero).
func (g *generator) digitMap() [10]byte {
	var m [10]byte
	p := g.rnd.Perm(9)
	m[0] = '0'
	for i := 1; i <= 9; i++ {
		m[i] = byte('1' + p[i-1])
	}
	return m
}

// figures changes the ASCII figures of s: years move back by up to five,
// other digits are permuted.
func figures(s string, digits [10]byte, years int) string {
	b := []byte(s)
	for i := 0; i < len(b); {
		if b[i] < '0' || b[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(b) && b[j] >= '0' && b[j] <= '9' {
			j++
		}
		if y, err := strconv.Atoi(string(b[i:j])); err == nil && j-i == 4 && y >= 1990 && y <= 2030 {
			copy(b[i:j], strconv.Itoa(y-years))
		} else {
			for k := i; k < j; k++ {
				b[k] = digits[b[k]-'0']
			}
		}
		i = j
	}
	return string(b)
}

// Made-up names: a surname and a given name of one or two characters, in
// Traditional script, with their pinyin.
var (
	surnames = []pair{{"張", "Zhang"}, {"王", "Wang"}, {"李", "Li"}, {"趙", "Zhao"}, {"陳", "Chen"}, {"劉", "Liu"}, {"楊", "Yang"}, {"黃", "Huang"},
		{"吳", "Wu"}, {"周", "Zhou"}, {"徐", "Xu"}, {"孫", "Sun"}, {"馬", "Ma"}, {"朱", "Zhu"}, {"胡", "Hu"}, {"郭", "Guo"}, {"何", "He"},
		{"林", "Lin"}, {"羅", "Luo"}, {"高", "Gao"}, {"鄭", "Zheng"}, {"梁", "Liang"}, {"謝", "Xie"}, {"宋", "Song"}, {"唐", "Tang"},
		{"許", "Xu"}, {"韓", "Han"}, {"馮", "Feng"}, {"鄧", "Deng"}, {"曹", "Cao"}, {"彭", "Peng"}, {"曾", "Zeng"}, {"蕭", "Xiao"}, {"田", "Tian"}}
	given = []pair{{"偉", "wei"}, {"芳", "fang"}, {"娜", "na"}, {"敏", "min"}, {"靜", "jing"}, {"麗", "li"}, {"強", "qiang"}, {"磊", "lei"},
		{"軍", "jun"}, {"洋", "yang"}, {"勇", "yong"}, {"艷", "yan"}, {"傑", "jie"}, {"濤", "tao"}, {"明", "ming"}, {"超", "chao"},
		{"秀", "xiu"}, {"霞", "xia"}, {"平", "ping"}, {"剛", "gang"}, {"桂", "gui"}, {"文", "wen"}, {"華", "hua"}, {"鵬", "peng"},
		{"輝", "hui"}, {"玲", "ling"}, {"宇", "yu"}, {"浩", "hao"}, {"凱", "kai"}, {"鑫", "xin"}, {"欣", "xin"}, {"悅", "yue"},
		{"晨", "chen"}, {"博", "bo"}, {"睿", "rui"}, {"航", "hang"}, {"思", "si"}, {"源", "yuan"}, {"川", "chuan"}, {"峰", "feng"},
		{"嵐", "lan"}, {"哲", "zhe"}, {"然", "ran"}, {"遠", "yuan"}, {"志", "zhi"}, {"天", "tian"}, {"一", "yi"}, {"子", "zi"}}
	orgWords = []pair{{"星河", "Xinghe"}, {"深度", "Shendu"}, {"智源", "Zhiyuan"}, {"天工", "Tiangong"}, {"靈犀", "Lingxi"}, {"雲帆", "Yunfan"},
		{"極光", "Jiguang"}, {"啟明", "Qiming"}, {"新元", "Xinyuan"}, {"銀河", "Yinhe"}, {"遠山", "Yuanshan"}, {"清流", "Qingliu"},
		{"北辰", "Beichen"}, {"若水", "Ruoshui"}, {"墨子", "Mozi"}, {"長風", "Changfeng"}, {"九章", "Jiuzhang"}, {"方舟", "Fangzhou"},
		{"燧人", "Suiren"}, {"青藤", "Qingteng"}, {"飛鳥", "Feiniao"}, {"曦和", "Xihe"}, {"昆侖", "Kunlun"}, {"蒼穹", "Cangqiong"}}
	orgKinds = []pair{{"智能", "Intelligence"}, {"科技", "Technology"}, {"AI", "AI"}, {"實驗室", "Labs"}, {"資本", "Capital"}, {"數據", "Data"}}
)

func (g *generator) person() qa.Entity {
	s := surnames[g.rnd.IntN(len(surnames))]
	zh, py := s.zh, ""
	for i := 0; i < 1+g.rnd.IntN(2); i++ {
		c := given[g.rnd.IntN(len(given))]
		zh += c.zh
		py += c.en
	}
	en := s.en + " " + strings.ToUpper(py[:1]) + py[1:]
	return g.made("person", zh, en)
}

func (g *generator) org() qa.Entity {
	w, k := orgWords[g.rnd.IntN(len(orgWords))], orgKinds[g.rnd.IntN(len(orgKinds))]
	w2 := orgWords[g.rnd.IntN(len(orgWords))]
	if g.rnd.IntN(2) == 0 {
		w = pair{w.zh + w2.zh, w.en + strings.ToLower(w2.en)}
	}
	return g.made("org", w.zh+k.zh, w.en+" "+k.en)
}

// made returns the made-up entity with these names, recording it for the
// alias table.
func (g *generator) made(typ, zh, en string) qa.Entity {
	id := "gen-" + typ + "-" + strings.ToLower(strings.ReplaceAll(en, " ", "-"))
	if e, ok := g.used[id]; ok {
		return e
	}
	e := qa.Entity{ID: id, Type: typ, EN: []string{en}, ZH: []string{zh}}
	if s := qa.ToSimplified(zh); s != zh && utf8.RuneCountInString(s) == utf8.RuneCountInString(zh) {
		e.ZH = append(e.ZH, s)
	}
	g.used[id] = e
	return e
}

// encodeEN writes the English rendering one entry per line, in passage
// order, as the corpus's own files are.
func encodeEN(en map[string]string) ([]byte, error) {
	ids := make([]string, 0, len(en))
	for id := range en {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return passageLess(ids[i], ids[j]) })
	var b strings.Builder
	b.WriteString("{\n")
	for i, id := range ids {
		k, _ := json.Marshal(id)
		v, err := json.Marshal(en[id])
		if err != nil {
			return nil, err
		}
		b.WriteString("  ")
		b.Write(k)
		b.WriteString(": ")
		b.Write(v)
		if i < len(ids)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString("}\n")
	return []byte(b.String()), nil
}

// passageLess orders "<doc>/p<n>.s<m>" IDs by paragraph, then sentence.
func passageLess(a, b string) bool {
	pa, sa := idNumbers(a)
	pb, sb := idNumbers(b)
	if pa != pb {
		return pa < pb
	}
	return sa < sb
}

func idNumbers(id string) (int, int) {
	i := strings.LastIndex(id, "/p")
	ps, ss, _ := strings.Cut(id[i+2:], ".s")
	p, _ := strconv.Atoi(ps)
	s, _ := strconv.Atoi(ss)
	return p, s
}
