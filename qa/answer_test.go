package qa

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// answerView is what a user sees of an answer.
type answerView struct {
	Text, PassageID, Field string
}

// answerModes are the two ways passages are ordered and short answers
// chosen: the learned ranker and answer model (the default) and the
// rules alone (qa serve --answers rules).
var answerModes = []struct {
	name string
	opt  EngineOptions
}{{"model", EngineOptions{}}, {"rules", EngineOptions{Rules: true, RankRules: true}}}

// askEachMode asks q one-shot of a fixture engine in each answer mode, in
// a subtest per mode, and checks the response.
func askEachMode(t *testing.T, q string, check func(t *testing.T, e *Engine, resp *Response)) {
	for _, m := range answerModes {
		e := NewEngine(fakeSearcher{fixtureDoc.Passages}, []Document{fixtureDoc}, fixtureEntities, m.opt)
		t.Run(m.name+"/"+q, func(t *testing.T) {
			resp, err := e.Ask(context.Background(), Request{Question: q, NoSession: true})
			if err != nil {
				t.Fatal(err)
			}
			check(t, e, resp)
		})
	}
}

func TestAskAnswersInTheAskersLanguageAndScript(t *testing.T) {
	tests := []struct {
		q    string
		lang Lang
		want answerView
	}{
		{"How much did Zuckerberg put up to bring Alexandr Wang on board?", LangEN,
			answerView{"$14.3 billion", "t/p1.s1", "en"}},
		{"扎克伯格拿出了多少錢？", LangHant,
			answerView{"143億美元", "t/p1.s1", "zh"}},
		{"扎克伯格拿出了多少钱？", LangHans,
			answerView{"143亿美元", "t/p1.s1", "zh"}},
		{"How long must Alexandr Wang work at Meta?", LangEN,
			answerView{"more than five years", "t/p2.s1", "en"}},
		// Reworded: none of the question's words stand next to the
		// answer, but it is the one span of the asked kind in a passage
		// that says some of what the question asks (cash).
		{"How long is Wang locked in before he can cash out?", LangEN,
			answerView{"more than five years", "t/p2.s1", "en"}},
		// A purpose that opens the sentence is the reason for what
		// follows it, and 为啥 asks why as 为什么 does.
		{"Why did Meta put a five-year condition in the deal terms?", LangEN,
			answerView{"To keep Alexandr Wang from leaving partway", "t/p2.s1", "en"}},
		{"Meta为啥要在条款里写明Alexandr Wang得干满五年？", LangHans,
			answerView{"防止Alexandr Wang中途离职", "t/p2.s1", "zh"}},
		{"Alexandr Wang需要在Meta工作多久？", LangHant,
			answerView{"五年以上", "t/p2.s1", "zh"}},
		{"When did Zuckerberg approach Alexandr Wang?", LangEN,
			answerView{"mid-April", "t/p3.s1", "en"}},
		{"扎克伯格什么时候开始接触Alexandr Wang？", LangHans,
			answerView{"4月中旬", "t/p3.s1", "zh"}},
		{"Gemini的月活躍用戶有多少？", LangHant,
			answerView{"3.5億", "t/p4.s1", "zh"}},
		{"Gemini的日活跃用户有多少？", LangHans,
			answerView{"3500万", "t/p4.s1", "zh"}},
		{"How many monthly active users did Gemini have?", LangEN,
			answerView{"350 million", "t/p4.s1", "en"}},
		// A mixed question is answered in Chinese, in the script of its
		// Han part.
		{"Gemini的DAU是多少？", LangHant,
			answerView{"3500萬", "t/p4.s1", "zh"}},
		// Characters the same in both scripts, but 啥 is spoken Mainland
		// Chinese: answered in Simplified.
		{"Gemini日活是啥水平？", LangHans,
			answerView{"3500万", "t/p4.s1", "zh"}},
		{"伊利亚接受了扎克伯格的高薪吗？", LangHans,
			answerView{"拒绝了扎克伯格的高薪诱惑", "t/p5.s1", "zh"}},
		{"Did Ilya accept Zuckerberg's offer?", LangEN,
			answerView{"turned down Zuckerberg's lucrative offer", "t/p5.s1", "en"}},
		// Open questions: the passage's words where the question's
		// interrogative stands.
		{"零一萬物放棄了什麼？", LangHant,
			answerView{"AGI", "t/p6.s1", "zh"}},
		{"百川智能转向了哪个领域？", LangHans,
			answerView{"医疗垂类场景", "t/p6.s1", "zh"}},
		{"What did 01.AI give up on?", LangEN,
			answerView{"AGI", "t/p6.s1", "en"}},
		// Reasons: the cause, not the clause around it.
		{"張前川為什麼淡出公司事務？", LangHant,
			answerView{"個人原因", "t/p7.s1", "zh"}},
		{"Why did Zhang Qianchuan step back from company affairs?", LangEN,
			answerView{"personal reasons", "t/p7.s1", "en"}},
		// A purpose runs on over "and" between titles.
		{"Why did Zuckerberg put up $14.3 billion?", LangEN,
			answerView{"bring Scale AI co-founder and CEO Alexandr Wang on board", "t/p1.s1", "en"}},
		// A role: the title next to the name, or the one taken on now.
		{"Who is Sam Altman?", LangEN,
			answerView{"OpenAI CEO", "t/p8.s1", "en"}},
		{"张前川现在担任什么职位？", LangHans,
			answerView{"产品顾问", "t/p7.s1", "zh"}},
	}
	for _, tt := range tests {
		askEachMode(t, tt.q, func(t *testing.T, e *Engine, resp *Response) {
			if resp.Lang != tt.lang {
				t.Errorf("lang = %s, want %s", resp.Lang, tt.lang)
			}
			if resp.Answer == nil {
				t.Fatalf("no answer (%s)", resp.NoAnswer)
			}
			got := answerView{resp.Answer.Text, resp.Answer.PassageID, resp.Answer.Field}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("answer (-want +got):\n%s", diff)
			}
			// The range points at the answer inside the cited text (the
			// Chinese text is Traditional; a Simplified answer is its
			// conversion).
			p := e.passages[resp.Answer.PassageID]
			src := p.EN
			if resp.Answer.Field == "zh" {
				src = p.ZH
			}
			span := string([]rune(src)[resp.Answer.Start:resp.Answer.End])
			if Fold(span) != Fold(resp.Answer.Text) {
				t.Errorf("range [%d,%d) holds %q, answer is %q", resp.Answer.Start, resp.Answer.End, span, resp.Answer.Text)
			}
			if c := resp.Answer.Confidence; c <= 0 || c > 1 {
				t.Errorf("confidence %v not in (0,1]", c)
			}
			if len(resp.Passages) == 0 || resp.Passages[0].ID != resp.Answer.PassageID || !resp.Passages[0].Answers {
				t.Errorf("the answering passage is not listed first as answering: %+v", resp.Passages)
			}
		})
	}
}

func TestAskAbstainsWhenThePassagesLackTheFact(t *testing.T) {
	tests := []struct {
		q    string
		lang Lang
	}{
		// The entity is in no passage.
		{"蘋果公司的CEO是誰？", LangHant},
		{"How tall is Mount Everest?", LangEN},
		// The passages name Scale AI but give no count of its staff.
		{"How many employees does Scale AI have?", LangEN},
		// Gemini's users are given, not its revenue.
		{"Gemini的营收是多少钱？", LangHans},
		// A figure the passages do not hold (Llama 5, not 4).
		{"When will Llama 5 be released?", LangEN},
		// Meta's figures are given, but none about its stock.
		{"What is Meta's stock price today?", LangEN},
		// A title is given, but for another company (Scale AI's CEO).
		{"Who is the CEO of Apple?", LangEN},
	}
	for _, tt := range tests {
		askEachMode(t, tt.q, func(t *testing.T, e *Engine, resp *Response) {
			if resp.Answer != nil {
				t.Fatalf("answered %q (%.2f), want no answer", resp.Answer.Text, resp.Answer.Confidence)
			}
			if want := NoAnswerMessage(tt.lang, len(resp.Passages) > 0); resp.NoAnswer != want {
				t.Errorf("no_answer = %q, want %q", resp.NoAnswer, want)
			}
			for _, p := range resp.Passages {
				if p.Answers {
					t.Errorf("passage %s is marked as answering", p.ID)
				}
			}
		})
	}
}
