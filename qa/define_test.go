package qa

import (
	"context"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// defineDoc has two sentences that call an organisation and a product
// something; the tests read it beside the fixture.
var defineDoc = Document{ID: "d", Passages: []Passage{
	{ID: "d/p9.s1", Doc: "d", Section: "A", Paragraph: 9, Sentence: 1,
		ZH: "還傳來蘋果有望收購明星AI搜索創企Perplexity的消息。",
		EN: "There is word that Apple may acquire Perplexity, the star AI search start-up."},
	{ID: "d/p10.s1", Doc: "d", Section: "C", Paragraph: 10, Sentence: 1,
		ZH: "階躍星辰停止大範圍投入旗下角色扮演類應用冒泡鴨。",
		EN: "StepFun stopped large-scale investment in its role-playing app Maopaoya."},
	{ID: "d/p11.s1", Doc: "d", Section: "C", Paragraph: 11, Sentence: 1,
		ZH: "從智譜、月之暗面、MiniMax、百川智能到零一萬物，六小龍都在裁減高管。",
		EN: "From Zhipu AI, Moonshot AI, MiniMax and Baichuan Intelligence to 01.AI, the six little dragons are all cutting executives."},
}}

var defineEntities = append(append([]Entity(nil), fixtureEntities...),
	Entity{ID: "perplexity", Type: "org", EN: []string{"Perplexity"}, ZH: []string{"Perplexity"}},
	Entity{ID: "stepfun", Type: "org", EN: []string{"StepFun"}, ZH: []string{"階躍星辰", "阶跃星辰"}},
	Entity{ID: "maopaoya", Type: "product", EN: []string{"Maopaoya"}, ZH: []string{"冒泡鴨", "冒泡鸭"}},
	Entity{ID: "zhipu", Type: "org", EN: []string{"Zhipu AI", "Zhipu"}, ZH: []string{"智譜", "智谱"}},
	Entity{ID: "moonshot", Type: "org", EN: []string{"Moonshot AI"}, ZH: []string{"月之暗面"}},
	Entity{ID: "six-dragons", Type: "term", EN: []string{"six little dragons"}, ZH: []string{"六小龍", "六小龙"}},
)

// "Who is X?" and "What is X?" are answered by what the article calls X
// where it names X, in the asker's language, or not at all.
func TestDefinitionQuestions(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want *answerView // nil: no answer
	}{
		{"Who is Alexandr Wang?", &answerView{"Scale AI co-founder and CEO", "t/p1.s1", "en"}},
		{"Alexandr Wang是誰？", &answerView{"Scale AI聯合創始人兼CEO", "t/p1.s1", "zh"}},
		{"奥特曼是谁？", &answerView{"OpenAI CEO", "t/p8.s1", "zh"}},
		{"What is Perplexity?", &answerView{"the star AI search start-up", "d/p9.s1", "en"}},
		{"Perplexity是什麼公司？", &answerView{"明星AI搜索創企", "d/p9.s1", "zh"}},
		{"What is Maopaoya?", &answerView{"role-playing app", "d/p10.s1", "en"}},
		{"冒泡鴨是什麼？", &answerView{"角色扮演類應用", "d/p10.s1", "zh"}},
		// What sort of thing it is asks the same (whose it is does not:
		// index/answers_test.go).
		{"What kind of app is Maopaoya?", &answerView{"role-playing app", "d/p10.s1", "en"}},
		{"冒泡鴨屬於什麼類型的應用？", &answerView{"角色扮演類應用", "d/p10.s1", "zh"}},
		{"Perplexity是做什么的公司？", &answerView{"明星AI搜索创企", "d/p9.s1", "zh"}},
		// "This app" between the name and 是做什么的 asks the same.
		{"冒泡鸭这款应用是干什么的？", &answerView{"角色扮演类应用", "d/p10.s1", "zh"}},
		// A question that names a title as well asks for the person.
		{"Who is the CEO of Scale AI?", &answerView{"Alexandr Wang", "t/p1.s1", "en"}},
		// The passages name Ilya but never say what he is: no answer,
		// rather than words from near his name.
		{"Who is Ilya Sutskever?", nil},
		{"伊利亞是誰？", nil},
		{"What is Google?", nil},
	} {
		askDefineDoc(t, tt.q, func(t *testing.T, resp *Response) {
			var got *answerView
			if resp.Answer != nil {
				got = &answerView{resp.Answer.Text, resp.Answer.PassageID, resp.Answer.Field}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("answer (-want +got):\n%s", diff)
			}
			if got != nil && resp.Passages[0].ID != got.PassageID {
				t.Errorf("first passage %s, want the one the answer is from", resp.Passages[0].ID)
			}
		})
	}
}

// askDefineDoc asks q one-shot of an engine over the fixture and defineDoc
// in each answer mode, in a subtest per mode, and checks the response.
func askDefineDoc(t *testing.T, q string, check func(t *testing.T, resp *Response)) {
	all := append(append([]Passage(nil), fixtureDoc.Passages...), defineDoc.Passages...)
	for _, m := range answerModes {
		e := NewEngine(fakeSearcher{all}, []Document{fixtureDoc, defineDoc}, defineEntities, m.opt)
		t.Run(m.name+"/"+q, func(t *testing.T) {
			resp, err := e.Ask(context.Background(), Request{Question: q, NoSession: true})
			if err != nil {
				t.Fatal(err)
			}
			check(t, resp)
		})
	}
}

// The sentence that says what a name is is read even when many others
// name it and the search ranks them first.
func TestDefinitionReadsBeyondTheTopHits(t *testing.T) {
	var ps []Passage
	for i := 1; i <= candidates+5; i++ {
		ps = append(ps, Passage{ID: fmt.Sprintf("m/p%d.s1", i), Doc: "m", Paragraph: i, Sentence: 1,
			ZH: "Alexandr Wang今天又出現了。", EN: "Alexandr Wang appeared again today."})
	}
	ps = append(ps, Passage{ID: "m/p99.s1", Doc: "m", Paragraph: 99, Sentence: 1,
		ZH: "Scale AI聯合創始人兼CEO Alexandr Wang。", EN: "Scale AI co-founder and CEO Alexandr Wang."})
	doc := Document{ID: "m", Passages: ps}
	e := NewEngine(fakeSearcher{ps}, []Document{doc}, fixtureEntities, EngineOptions{})
	resp, err := e.Ask(context.Background(), Request{Question: "Who is Alexandr Wang?", NoSession: true})
	if err != nil {
		t.Fatal(err)
	}
	if resp.Answer == nil || resp.Answer.Text != "Scale AI co-founder and CEO" || resp.Answer.PassageID != "m/p99.s1" {
		t.Fatalf("answer %+v, want Scale AI co-founder and CEO from m/p99.s1", resp.Answer)
	}
	if len(resp.Passages) != DefaultK {
		t.Errorf("%d passages listed, want the default %d", len(resp.Passages), DefaultK)
	}
}

// "What happened to X?" and "What did X do?" are answered by what the
// text says X did or underwent: the predicate after the name when it is
// the subject, else the clause that names it; "Which companies …?" by the
// article's list of them.
func TestEventAndListQuestions(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want answerView
	}{
		{"What did Ilya do?", answerView{"turned down Zuckerberg's lucrative offer", "t/p5.s1", "en"}},
		{"伊利亞做了什麼？", answerView{"拒絕了扎克伯格的高薪誘惑", "t/p5.s1", "zh"}},
		{"What did 01.AI do?", answerView{"given up on AGI", "t/p6.s1", "en"}},
		{"百川智能做了什么？", answerView{"转向医疗垂类场景", "t/p6.s1", "zh"}},
		{"What happened to Zhang Qianchuan?", answerView{"reported to have left", "t/p7.s1", "en"}},
		{"張前川怎麼了？", answerView{"離職", "t/p7.s1", "zh"}},
		// The name is no subject: the clause that holds it.
		{"What happened to Maopaoya?", answerView{"StepFun stopped large-scale investment in its role-playing app Maopaoya", "d/p10.s1", "en"}},
		// A question that asks for several companies or people: the
		// article's enumeration of them.
		{"六小龍有哪些公司？", answerView{"智譜、月之暗面、MiniMax、百川智能到零一萬物", "d/p11.s1", "zh"}},
		{"Which companies are the six little dragons?", answerView{"Zhipu AI, Moonshot AI, MiniMax and Baichuan Intelligence to 01.AI", "d/p11.s1", "en"}},
		// 哪六家 asks for companies as 哪几家 does; 有哪些 may end in ？.
		{"六小龍是哪六家？", answerView{"智譜、月之暗面、MiniMax、百川智能到零一萬物", "d/p11.s1", "zh"}},
		{"六小龍有哪些？", answerView{"智譜、月之暗面、MiniMax、百川智能到零一萬物", "d/p11.s1", "zh"}},
	} {
		askDefineDoc(t, tt.q, func(t *testing.T, resp *Response) {
			if resp.Answer == nil {
				t.Fatalf("no answer, want %q", tt.want.Text)
			}
			if diff := cmp.Diff(tt.want, answerView{resp.Answer.Text, resp.Answer.PassageID, resp.Answer.Field}); diff != "" {
				t.Errorf("answer (-want +got):\n%s", diff)
			}
		})
	}
}

// A document whose passages name another document ID (a corpus mistake
// NewEngine does not reject) is still read: no panic, an answer.
func TestPassagesNamingAnotherDocument(t *testing.T) {
	doc := Document{ID: "other", Passages: fixtureDoc.Passages} // their Doc is "t"
	e := NewEngine(fakeSearcher{doc.Passages}, []Document{doc}, fixtureEntities, EngineOptions{})
	resp, err := e.Ask(context.Background(), Request{Question: "扎克伯格拿出了多少錢？", NoSession: true})
	if err != nil || resp.Answer == nil || resp.Answer.Text != "143億美元" {
		t.Fatalf("answer %+v, err %v; want 143億美元", resp.Answer, err)
	}
}
