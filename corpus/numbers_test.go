package corpus

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNumbers(t *testing.T) {
	tests := []struct {
		zh   string
		want []Number
	}{
		{"143億美元", []Number{{ZH: "143億美元", Kind: KindMoney, Value: 14.3e9, Unit: "USD",
			EN: []string{"$14.3 billion", "14.3 billion dollars", "14.3 billion US dollars", "USD 14.3 billion"}}}},
		{"1億美元", []Number{{ZH: "1億美元", Kind: KindMoney, Value: 1e8, Unit: "USD",
			EN: []string{"$100 million", "100 million dollars", "100 million US dollars", "USD 100 million"}}}},
		{"3500萬", []Number{{ZH: "3500萬", Kind: KindAmount, Value: 35e6, EN: []string{"35 million"}}}},
		{"3.5億", []Number{{ZH: "3.5億", Kind: KindAmount, Value: 350e6, EN: []string{"350 million"}}}},
		{"1.6億", []Number{{ZH: "1.6億", Kind: KindAmount, Value: 160e6, EN: []string{"160 million"}}}},
		{"5万", []Number{{ZH: "5万", Kind: KindAmount, Value: 5e4, EN: []string{"50,000", "50000"}}}},
		{"3萬億美元", []Number{{ZH: "3萬億美元", Kind: KindMoney, Value: 3e12, Unit: "USD",
			EN: []string{"$3 trillion", "3 trillion dollars", "3 trillion US dollars", "USD 3 trillion"}}}},
		{"49%", []Number{{ZH: "49%", Kind: KindPercent, Value: 49, EN: []string{"49%", "49 percent", "49 per cent"}}}},
		{"2014年", []Number{{ZH: "2014年", Kind: KindYear, Value: 2014, EN: []string{"2014"}}}},
		{"2023年初", []Number{{ZH: "2023年初", Kind: KindYear, Value: 2023, EN: []string{"early 2023", "beginning of 2023", "start of 2023"}}}},
		{"2024年底", []Number{{ZH: "2024年底", Kind: KindYear, Value: 2024, EN: []string{"end of 2024", "late 2024"}}}},
		{"2024年下半年", []Number{{ZH: "2024年下半年", Kind: KindYear, Value: 2024, EN: []string{"second half of 2024", "latter half of 2024"}}}},
		{"5月份", []Number{{ZH: "5月份", Kind: KindMonth, Value: 5, EN: []string{"May"}}}},
		{"4月中旬", []Number{{ZH: "4月中旬", Kind: KindMonth, Value: 4, EN: []string{"mid-April", "middle of April"}}}},
		{"6月初", []Number{{ZH: "6月初", Kind: KindMonth, Value: 6, EN: []string{"early June", "beginning of June", "start of June"}}}},
		{"12月", []Number{{ZH: "12月", Kind: KindMonth, Value: 12, EN: []string{"December"}}}},
		{"2025年3月", []Number{
			{ZH: "2025年", Kind: KindYear, Value: 2025, EN: []string{"2025"}},
			{ZH: "3月", Kind: KindMonth, Value: 3, EN: []string{"March"}},
		}},
		{"50人", []Number{{ZH: "50人", Kind: KindCount, Value: 50, Unit: "people",
			EN: []string{"50 people", "50 persons", "50-person", "50 staff", "50 employees", "50 members"}}}},
		{"五年", []Number{{ZH: "五年", Kind: KindDuration, Value: 5, Unit: "year", EN: []string{"five years", "5 years", "five-year"}}}},
		{"五年以上", []Number{{ZH: "五年以上", Kind: KindDuration, Value: 5, Unit: "year", EN: []string{
			"more than five years", "over five years", "at least five years", "five years or more",
			"more than 5 years", "over 5 years", "at least 5 years", "5 years or more"}}}},
		{"一年", []Number{{ZH: "一年", Kind: KindDuration, Value: 1, Unit: "year", EN: []string{"one year", "a year", "1 year", "one-year"}}}},
		{"一個多月", []Number{{ZH: "一個多月", Kind: KindDuration, Value: 1, Unit: "month", EN: []string{
			"more than a month", "over a month", "more than one month", "over one month", "more than 1 month", "over 1 month"}}}},
		{"三個月", []Number{{ZH: "三個月", Kind: KindDuration, Value: 3, Unit: "month", EN: []string{"three months", "3 months", "three-month"}}}},
		{"二十五年", []Number{{ZH: "二十五年", Kind: KindDuration, Value: 25, Unit: "year", EN: []string{"twenty-five years", "25 years", "twenty-five-year"}}}},
		{"十分之一", []Number{{ZH: "十分之一", Kind: KindFraction, Value: 0.1, EN: []string{"one tenth", "one-tenth", "a tenth", "1/10", "10%", "10 percent"}}}},
		{"三分之二", []Number{{ZH: "三分之二", Kind: KindFraction, Value: 2.0 / 3, EN: []string{"two thirds", "two-thirds", "2/3"}}}},
		{"數十億美元", []Number{{ZH: "數十億美元", Kind: KindVague, Value: 1e9, Unit: "USD", EN: []string{"billions of dollars", "several billion dollars"}}}},
		{"数亿", []Number{{ZH: "数亿", Kind: KindVague, Value: 1e8, EN: []string{"hundreds of millions"}}}},
		{"十億美元", []Number{{ZH: "十億美元", Kind: KindMoney, Value: 1e9, Unit: "USD",
			EN: []string{"$1 billion", "1 billion dollars", "1 billion US dollars", "USD 1 billion"}}}},
		{"二〇二四年", []Number{{ZH: "二〇二四年", Kind: KindYear, Value: 2024, EN: []string{"2024"}}}},
		{"半年", []Number{{ZH: "半年", Kind: KindDuration, Value: 0.5, Unit: "year", EN: []string{"half a year", "six months", "6 months", "half-year"}}}},
		{"１４３億美元", []Number{{ZH: "１４３億美元", Kind: KindMoney, Value: 14.3e9, Unit: "USD",
			EN: []string{"$14.3 billion", "14.3 billion dollars", "14.3 billion US dollars", "USD 14.3 billion"}}}},
		// Not figures: digits in names, names holding numerals, ordinals,
		// vague or idiomatic phrases.
		{"Llama 4不及預期", nil},
		{"Gemini 2.5系列", nil},
		{"OpenAI o1", nil},
		{"零一萬物", nil},
		{"張一鳴", nil},
		{"六小龍和四小強", nil},
		{"第一年", nil},
		{"數十年", nil},
		{"從去年下半年開始", nil},
		{"千萬別這樣", nil},
		{"H20晶片", nil},
		{"13月", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Numbers(tt.zh)); diff != "" {
			t.Errorf("Numbers(%q) (-want +got):\n%s", tt.zh, diff)
		}
	}
}

func TestCheckNumbers(t *testing.T) {
	const p19 = "在接下來一個多月的談判中，雙方互相做了些讓步，并有了Meta最終以143億美元收購Scale AI 49%股份，且Alexandr Wang需要加入Meta的方案出爐。"
	tests := []struct {
		name, zh, en string
		want         []string // substrings of the problems, in order
	}{
		{"faithful", p19, "In more than a month of negotiations, Meta bought 49% of Scale AI for $14.3 billion.", nil},
		{"other wording", p19, "After over a month of talks Meta agreed to pay 14.3 billion US dollars for a 49 percent stake in Scale AI.", nil},
		{"billion misplaced by a decimal", p19, "In more than a month, Meta bought 49% of Scale AI for $143 billion.",
			[]string{"143億美元 has no English counterpart"}},
		{"wrong scale", p19, "In more than a month, Meta bought 49% of Scale AI for $14.3 million.",
			[]string{"143億美元 has no English counterpart", `English "14.3"`}},
		{"currency dropped", p19, "In more than a month, Meta bought 49% of Scale AI for 14.3 billion.",
			[]string{"143億美元 has no English counterpart", `English "14.3"`}},
		{"percentage dropped", p19, "In more than a month, Meta bought part of Scale AI for $14.3 billion.",
			[]string{"49% has no English counterpart"}},
		{"qualifier dropped", p19, "In a month, Meta bought 49% of Scale AI for $14.3 billion.",
			[]string{"一個多月 has no English counterpart"}},
		{"year changed", "超過2014年以30億美元收購Beats的交易紀錄。", "beating its $3 billion purchase of Beats in 2024.",
			[]string{"2014年 has no English counterpart", `English "2024"`}},
		{"number added", "Meta收購了Scale AI。", "Meta bought Scale AI in 2025.", []string{`English "2025"`}},
		{"figure used twice needs two counterparts", "先付1億美元，再付1億美元。", "First $100 million, then more.",
			[]string{"1億美元 has no English counterpart"}},
		{"months must be named", "4月份發布。", "Released in spring.", []string{"4月份 has no English counterpart"}},
		{"no partial-number match", "3億美元", "$13 billion", []string{"3億美元 has no English counterpart", `English "13"`}},
		{"no decimal-tail match", "3億美元", "$1.3 billion", []string{"3億美元 has no English counterpart", `English "1.3"`}},
		{"month name is a word", "5月", "The Mayor said so.", []string{"5月 has no English counterpart"}},
		{"fraction as a percentage", "不足十分之一的成本", "at less than 10% of the cost", nil},
		{"fraction wrong", "不足十分之一的成本", "at less than a fifth of the cost", []string{"十分之一 has no English counterpart"}},
		{"names with digits are no figures", "Llama 4、OpenAI o1和零一萬物", "Llama 4, OpenAI o1 and 01.AI", nil},
		{"qualified year matches before the bare one", "2024年和2024年底", "in 2024 and at the end of 2024", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CheckNumbers(tt.zh, tt.en)
			if len(got) != len(tt.want) {
				t.Fatalf("CheckNumbers = %q, want %d problems like %q", got, len(tt.want), tt.want)
			}
			for i, w := range tt.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("problem %d = %q, want it to hold %q", i, got[i], w)
				}
			}
		})
	}
}

// TestCorpusNumbersAgree: every figure of every Chinese passage has its
// counterpart in the English rendering, and the English adds none.
func TestCorpusNumbersAgree(t *testing.T) {
	c, _ := loadedCorpus(t)
	figures := 0
	for _, p := range c.Passages() {
		figures += len(Numbers(p.ZH))
		for _, problem := range CheckNumbers(p.ZH, p.EN) {
			t.Errorf("passage %s: %s\n  zh: %s\n  en: %s", p.ID, problem, p.ZH, p.EN)
		}
	}
	if figures < 36 {
		t.Errorf("found %d figures in the article, want at least 36 (143億美元, 49%%, 五年以上 …)", figures)
	}
}

// TestCorpusWrongFigureIsCaught breaks each figure of each English
// rendering in turn — dropping it, or shifting its scale — and expects
// CheckNumbers to notice every time.
func TestCorpusWrongFigureIsCaught(t *testing.T) {
	c, _ := loadedCorpus(t)
	breaks := 0
	for _, p := range c.Passages() {
		for _, m := range matchNumbers(p.ZH, p.EN) {
			if !m.found {
				continue // reported by TestCorpusNumbersAgree
			}
			dropped := p.EN[:m.at.start] + "some" + p.EN[m.at.end:]
			if len(CheckNumbers(p.ZH, dropped)) == 0 {
				t.Errorf("passage %s: dropping %q (for %s) went unnoticed: %q", p.ID, p.EN[m.at.start:m.at.end], m.ZH, dropped)
			}
			breaks++
			found := p.EN[m.at.start:m.at.end]
			for _, shift := range [][2]string{{"billion", "million"}, {"million", "billion"}} {
				if strings.Contains(found, shift[0]) {
					wrong := p.EN[:m.at.start] + strings.Replace(found, shift[0], shift[1], 1) + p.EN[m.at.end:]
					if len(CheckNumbers(p.ZH, wrong)) == 0 {
						t.Errorf("passage %s: %q rendered as %s went unnoticed", p.ID, m.ZH, shift[1])
					}
					breaks++
				}
			}
		}
	}
	if breaks < 40 {
		t.Errorf("only %d broken renderings tried", breaks)
	}
}

func TestNumberWord(t *testing.T) {
	for n, want := range map[int]string{0: "zero", 5: "five", 13: "thirteen", 20: "twenty", 42: "forty-two", 100: "100"} {
		if got := numberWord(n); got != want {
			t.Errorf("numberWord(%d) = %q, want %q", n, got, want)
		}
	}
}
