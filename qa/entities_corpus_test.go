package qa_test

import (
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/talentwar/qa/corpus"
	"github.com/talentwar/qa/qa"
	"github.com/talentwar/qa/qa/eval"
)

// The indexed entity matching (automaton, typo indexes, searchForms)
// finds exactly what the reference scan found (entities_ref_test.go):
// over every passage of the embedded corpus and of a generated one with
// its thousand-odd entities, and over the labelled questions and
// questions naming the generated entities, as written and with typos.

func TestMatcherMatchesReferenceOnEmbeddedCorpus(t *testing.T) {
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, d := range c.Documents {
		for i, p := range d.Passages {
			texts = append(texts, p.ZH, p.EN)
			if i > 0 && d.Passages[i-1].Paragraph == p.Paragraph {
				texts = append(texts, d.Passages[i-1].ZH+p.ZH, d.Passages[i-1].EN+" "+p.EN)
			}
		}
	}
	compareMatchers(t, c, texts, labelledQuestions(t))
}

func TestMatcherMatchesReferenceOnGeneratedCorpus(t *testing.T) {
	c := generatedCorpus(t, 2000)
	var texts []string
	for _, p := range c.Passages() {
		texts = append(texts, p.ZH, p.EN)
	}
	compareMatchers(t, c, texts, append(labelledQuestions(t), entityQuestions(c.Aliases, 2000, 5)...))
}

// compareMatchers compares the matchers over passages and over
// questions, as written and with each mention misspelled, and searchForms
// with the reference over the corpus.
func compareMatchers(t *testing.T, c *corpus.Corpus, passages, questions []string) {
	t.Helper()
	m, ref := qa.NewEntityMatcher(c.Aliases), qa.ReferenceFindAll(c.Aliases)
	forms := map[string]bool{}
	for _, e := range c.Aliases {
		for _, f := range append(append([]string(nil), e.ZH...), e.EN...) {
			forms[qa.Fold(strings.TrimSpace(f))] = true
		}
	}
	rnd := rand.New(rand.NewPCG(11, 13))
	compared, mentions, typoMentions := 0, 0, 0
	compare := func(text string) []qa.Mention {
		want := ref(text)
		if diff := cmp.Diff(want, m.FindAll(text)); diff != "" {
			t.Fatalf("FindAll(%q) (-reference +automaton):\n%s", text, diff)
		}
		compared++
		mentions += len(want)
		for _, mn := range want {
			if !forms[string([]rune(qa.Fold(text))[mn.Start:mn.End])] {
				typoMentions++
			}
		}
		return want
	}
	for _, text := range passages {
		compare(text)
	}
	for _, text := range questions {
		for _, typo := range typos(rnd, text, compare(text)) {
			compare(typo)
		}
	}
	t.Logf("%d entities: %d texts, %d mentions (%d of misspelled names), identical", len(c.Aliases), compared, mentions, typoMentions)
	if typoMentions < len(questions)/4 {
		t.Fatalf("only %d mentions of misspelled names: the typos do not test the typo checks", typoMentions)
	}
	ps := map[string]qa.Passage{}
	for _, p := range c.Passages() {
		ps[p.ID] = p
	}
	if diff := cmp.Diff(qa.ReferenceSearchForms(c.Aliases, ps), qa.SearchForms(c.Aliases, ps)); diff != "" {
		t.Fatalf("searchForms (-reference +automaton):\n%s", diff)
	}
}

// typos returns text with each mention's span misspelled in a few ways:
// a Han character replaced (not the first), Latin letters replaced,
// dropped, doubled or swapped, once or twice.
func typos(rnd *rand.Rand, text string, ms []qa.Mention) []string {
	var out []string
	r := []rune(text)
	han := []rune("心浩慢特曼的克伯格扎林周王")
	for _, mn := range ms {
		span := r[mn.Start:mn.End]
		for range 3 {
			s := append([]rune(nil), span...)
			for range 1 + rnd.IntN(2) {
				i := rnd.IntN(len(s))
				switch {
				case unicode.Is(unicode.Han, s[i]) && i > 0:
					s[i] = han[rnd.IntN(len(han))]
				case unicode.Is(unicode.Han, s[i]):
				case rnd.IntN(4) == 0:
					s[i] = rune('a' + rnd.IntN(26))
				case rnd.IntN(3) == 0 && len(s) > 1:
					s = append(s[:i], s[i+1:]...)
				case rnd.IntN(2) == 0:
					s = append(s[:i+1], s[i:]...)
				case i+1 < len(s):
					s[i], s[i+1] = s[i+1], s[i]
				}
			}
			out = append(out, string(r[:mn.Start])+string(s)+string(r[mn.End:]))
		}
	}
	return out
}

// labelledQuestions are the questions of the labelled and held-out sets
// and the conversations' turns.
func labelledQuestions(t testing.TB) []string {
	t.Helper()
	var out []string
	for _, f := range []string{"questions.jsonl", "heldout.jsonl"} {
		qs, err := eval.QuestionTexts(filepath.Join("..", "testdata", "eval", f))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, qs...)
	}
	cs, err := eval.ReadJSONL[eval.Conversation](filepath.Join("..", "testdata", "eval", "conversations.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		for _, q := range c.Turns {
			out = append(out, q.Q)
		}
	}
	return out
}

// entityQuestions are n questions naming one or two random entities by
// random forms.
func entityQuestions(ents []qa.Entity, n int, seed uint64) []string {
	rnd := rand.New(rand.NewPCG(seed, 1))
	pick := func(forms []string) string {
		if len(forms) == 0 {
			return "Meta"
		}
		return forms[rnd.IntN(len(forms))]
	}
	var out []string
	for range n {
		a, b := ents[rnd.IntN(len(ents))], ents[rnd.IntN(len(ents))]
		switch rnd.IntN(4) {
		case 0:
			out = append(out, pick(a.ZH)+"是誰？")
		case 1:
			out = append(out, "Who is "+pick(a.EN)+"?")
		case 2:
			out = append(out, pick(a.ZH)+"和"+pick(b.ZH)+"在哪裡工作？")
		default:
			out = append(out, "Did "+pick(a.EN)+" leave "+pick(b.EN)+" for "+pick(b.ZH)+"?")
		}
	}
	return out
}

// generatedCorpus loads the corpus in $QA_GEN_CORPUS, or writes one of n
// passages with cmd/qa-gen (seed 1) into a temporary folder.
func generatedCorpus(tb testing.TB, n int) *corpus.Corpus {
	tb.Helper()
	dir := os.Getenv("QA_GEN_CORPUS")
	if dir == "" {
		if testing.Short() {
			tb.Skip("writes a corpus with cmd/qa-gen; set QA_GEN_CORPUS to use one")
		}
		gobin, err := exec.LookPath("go")
		if err != nil {
			tb.Skip("no go command to run cmd/qa-gen")
		}
		dir = filepath.Join(tb.TempDir(), "corpus")
		cmd := exec.Command(gobin, "run", "../cmd/qa-gen", "-n", strconv.Itoa(n), "-out", dir, "-check=false")
		if out, err := cmd.CombinedOutput(); err != nil {
			tb.Fatalf("qa-gen: %v\n%s", err, out)
		}
	}
	c, err := corpus.LoadFS(os.DirFS(dir))
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// Names as askers write them: a typo in a short word of a name of two
// words or more, which the one-word typo check (five letters or more)
// cannot see, still names the person, and a bare surname (王 for
// Alexandr Wang) names the person where it stands alone; a short word
// alone, a name under eight letters, a run two letters away, and a
// surname inside a word or another name do not.
func TestMatcherFindsNamesAsAskersWriteThem(t *testing.T) {
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	m := qa.NewEntityMatcher(c.Aliases)
	tests := []struct {
		text string
		want []string // entity IDs
	}{
		{"Has Daniel Gros joined Meta yet?", []string{"daniel-gross", "meta"}},
		{"What was Zhang Fang's role at Zhipu?", []string{"zhang-fan", "zhipu"}},
		{"Zhang Fan and Zhang Fang", []string{"zhang-fan"}},
		{"who is zhang xinhoa", []string{"zhang-xinhao"}}, // two letters swapped
		{"Is Gros at Meta?", []string{"meta"}},
		{"Wei Way", nil},
		// Common misspellings and other transliterations the alias table
		// lists.
		{"智普的COO是谁？", []string{"zhipu", "coo"}},
		{"阿尔特曼怎么回应小扎？", []string{"altman", "zuckerberg"}},
		{"when did lamma 4 come out", []string{"llama-4"}},
		{"Zhang Fanger", nil},
		{"Daniel Grossman", nil},
		{"王一开始要价多少？", []string{"alexandr-wang"}},
		{"小扎为了挖王到底花了多少钱？", []string{"zuckerberg", "alexandr-wang"}},
		{"小扎最早什么时候找的王？", []string{"zuckerberg", "alexandr-wang"}},
		{"Meta和王谈了多久？", []string{"meta", "alexandr-wang"}},
		{"小扎接触王的时间", []string{"zuckerberg", "alexandr-wang"}},
		{"王后来领导什么团队？", []string{"alexandr-wang"}},
		{"Llama 1发布后Meta成了开源之王吗？", []string{"llama-1", "meta", "open-source"}},
		{"王者荣耀", nil},
		// A name typed with wrong homophones, as a pinyin input method
		// slips (张昕浩 for 張心皓: xin, hao); two wrong characters of
		// other sounds are another name.
		{"张昕浩现在是什么职位？", []string{"zhang-xinhao"}},
		{"張新號被調去做什麼？", []string{"zhang-xinhao"}},
		{"梁闻风怎么吸引人才", []string{"liang-wenfeng"}},
		{"张大明现在是什么职位？", nil},
		{"梁武功怎么吸引人才", nil},
		{"王小川创办了哪家公司？", nil},              // another name
		{"希望王能够加入Meta", []string{"meta"}}, // after a verb not listed
	}
	for _, tt := range tests {
		var got []string
		for _, mn := range m.Find(tt.text) {
			got = append(got, mn.Entity.ID)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Find(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestFixNamesRewritesMisspelledNames: a misspelled name is read,
// and shown to the asker, as the alias table writes it; a name as
// written stays as the asker wrote it.
func TestFixNamesRewritesMisspelledNames(t *testing.T) {
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	m := qa.NewEntityMatcher(c.Aliases)
	tests := []struct{ text, want string }{
		{"who is daneil gross", "who is Daniel Gross"}, // the exact "gross" gives way
		{"who is zhang xinhoa", "who is Zhang Xinhao"},
		{"How many years must Alexandr Wnag stay at Meta?", "How many years must Alexandr Wang stay at Meta?"},
		{"Did Ilya Sutskevor found SSI?", "Did Ilya Sutskever found SSI?"},
		{"格羅斯和daneil gross", "格羅斯和Daniel Gross"},
		{"who is googles cheif ai architect", "who is Google's cheif ai architect"}, // a possessive without its apostrophe
		{"what is koray kavukcuoglus new title", "what is Koray Kavukcuoglu's new title"},
		// A Chinese name with a wrong character, or wrong homophones, is
		// mended in the script the asker wrote it in.
		{"张昕浩现在是什么职位？", "张心皓现在是什么职位？"},
		{"張新號被調去做什麼？", "張心皓被調去做什麼？"},
		{"奥特慢怎么回应小扎？", "奥特曼怎么回应小扎？"},
		{"张大明现在是什么职位？", "张大明现在是什么职位？"},
		// Names as written, in any case, are left alone, even one edit
		// from a longer form (Sam Altmann is in the table).
		{"What does Sam Altman say?", "What does Sam Altman say?"},
		{"sam altman", "sam altman"},
		{"alexander wang", "alexander wang"},
		{"Is Gros at Meta?", "Is Gros at Meta?"},
	}
	for _, tt := range tests {
		if got := m.FixNames(tt.text); got != tt.want {
			t.Errorf("FixNames(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
