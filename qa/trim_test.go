package qa

import "testing"

// An answer loses the words at its ends that lean on what was cut away.
func TestTrimAnswer(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Zuckerberg's", "Zuckerberg"},
		{"Zuckerberg’s", "Zuckerberg"},
		{"the company's number-one HR person", "the company's number-one HR person"},
		{"DeepSeek處於", "DeepSeek"},
		{"DeepSeek处于", "DeepSeek"},
		{"總部位於", "總部"},
		{"認為大模型開源之王", "大模型開源之王"},
		{"“注意力資源", "注意力資源"},
		{"“注意力資源”", "“注意力資源”"},
		// A quotation opened or closed inside and not both: the quoted
		// term is the answer.
		{"這場AI時代“注意力資源", "注意力資源"},
		{"注意力資源”比拼之戰的勝敗", "注意力資源"},
		{"這場“注意力資源”比拼", "“注意力資源”比拼"},
		// Brackets alike.
		{"產品負責人張心皓(尚未離職", "尚未離職"},
		{"現更名為“階躍AI”)的團隊", "現更名為“階躍AI”"},
		{"SSI(Safe Superintelligence)", "SSI(Safe Superintelligence)"},
		// A bracket that gives a new name is an aside: what stands
		// before it is the answer.
		{"its AI assistant app Yuewen (now renamed \"StepFun AI", "its AI assistant app Yuewen"},
		{"AI助手類應用“躍問”(現更名為“階躍AI", "AI助手類應用“躍問”"},
		{"至AI助手類應用“躍問”", "AI助手類應用“躍問”"}, // 至 "to" leans on the verb cut away
		{"至少一個信號", "至少一個信號"},
		{"去年", "去年"}, // a word on its own, not 去 before 年
		// After a pronoun, 在 marks what is going on and stays.
		{"因為我們在做最難的事", "在做最難的事"},
		{"在做最難的事", "做最難的事"},
		{"這", "這"},
		{"to grab talent and", "grab talent"},
		{"a PhD student in the AI field explained", "a PhD student in the AI field"},
		{"Meta has Alexandr Wang", "Meta has Alexandr Wang"},
		{"what it has done", "what it has done"},
		{"一躍成了大模型開源之王", "大模型開源之王"},
		// Verbs of regarding and gathering, and "now", lean on what was
		// cut away too.
		{"視為大規模重組Meta AI業務的一部分", "大規模重組Meta AI業務的一部分"},
		{"多集中在應用和商業化領域", "應用和商業化領域"},
		{"當下兩種不同的大模型追趕策略", "兩種不同的大模型追趕策略"},
		{"it's", "it's"},
		{"what's", "what's"},
		// Conjunctions at the ends lean on the clause cut away; a word
		// that starts with a particle's character keeps it.
		{"但使用特調版本卻", "使用特調版本"},
		{"不僅被爆用特調版本刷榜", "用特調版本刷榜"},
		{"并購案", "并購案"},
		{"成本優勢", "成本優勢"},
		// A leading 從 stays where the answer says how long.
		{"從去年12月至今", "從去年12月至今"},
		{"從外部挖人", "外部挖人"},
	} {
		r := []rune(tc.in)
		s, e, got := trimAnswer(tc.in, r, 0, len(r), nil)
		if got != tc.want || string(r[s:e]) != got {
			t.Errorf("trimAnswer(%q) = %q [%d,%d), want %q", tc.in, got, s, e, tc.want)
		}
	}
}

// A place answer loses a trailing locative (硅谷上 → 硅谷), but a
// two-character place that ends like one (國內) is the place.
func TestTrimLocative(t *testing.T) {
	fr := &frame{qtype: QWhere}
	for _, tc := range []struct{ in, want string }{
		{"國內", "國內"},
		{"硅谷上", "硅谷"},
		{"模型迭代上", "模型迭代"},
	} {
		r := []rune(tc.in)
		if _, _, got := trimAnswer(tc.in, r, 0, len(r), fr); got != tc.want {
			t.Errorf("trimAnswer(%q) for a place = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// An English answer cut right after a verb whose object follows in the
// text loses the verb; one that ends where its clause does keeps it.
func TestTrimCutVerb(t *testing.T) {
	for _, tc := range []struct{ text, span, want string }{
		{"a sharply worsening funding environment has thrown the six little dragons into crisis", "a sharply worsening funding environment has thrown", "a sharply worsening funding environment"},
		{"this is what Meta has done. Next", "this is what Meta has done", "this is what Meta has done"},
		{"what the six dragons had chosen, instead", "what the six dragons had chosen", "what the six dragons had chosen"},
	} {
		r := []rune(tc.text)
		_, _, got := trimAnswer(tc.text, r, 0, len([]rune(tc.span)), nil)
		if got != tc.want {
			t.Errorf("trimAnswer(%q of %q) = %q, want %q", tc.span, tc.text, got, tc.want)
		}
	}
}

// A clause answer keeps the closing quotes and brackets of what it opened.
func TestCloseBrackets(t *testing.T) {
	for _, tc := range []struct{ text, span, want string }{
		{`into Yuewen (now renamed "StepFun AI"). Next`, `into Yuewen (now renamed "StepFun AI`, `into Yuewen (now renamed "StepFun AI")`},
		{`階躍星辰“冒泡鴨”產品`, `階躍星辰“冒泡鴨`, `階躍星辰“冒泡鴨”`},
		{`said "yes" and (left).`, `said "yes"`, `said "yes"`},
		{`a (b) c`, `a (b)`, `a (b)`},
	} {
		r := []rune(tc.text)
		e := closeBrackets(r, 0, len([]rune(tc.span)))
		if got := string(r[:e]); got != tc.want {
			t.Errorf("closeBrackets(%q over %q) = %q, want %q", tc.text, tc.span, got, tc.want)
		}
	}
}

// A clause or slot cut down to one Han character is no answer; a typed
// span or a Latin word keeps its text.
func TestNotLoneHan(t *testing.T) {
	for _, tc := range []struct {
		text, kind, want string
	}{
		{"案", "slot", ""},
		{"案", "reason", ""},
		{"并購案", "slot", "并購案"},
		{"AI", "slot", "AI"},
		{"錢", "span", "錢"},
	} {
		c := &cand{answer: Answer{Text: tc.text}, kind: tc.kind}
		if got := notLoneHan(c); got != tc.want {
			t.Errorf("notLoneHan(%q, %s) = %q, want %q", tc.text, tc.kind, got, tc.want)
		}
	}
}

// An open answer that is only an adverb of time answers nothing; a typed
// span keeps it.
func TestTimeFiller(t *testing.T) {
	tests := []struct {
		kind, text string
		want       bool
	}{
		{"reason", "so far", true},
		{"slot", "目前", true},
		{"span", "so far", false},
		{"reason", "so far, none of our best people have accepted", false},
	}
	for _, tt := range tests {
		c := &cand{kind: tt.kind, answer: Answer{Text: tt.text}}
		if got := timeFiller(c); got != tt.want {
			t.Errorf("timeFiller(%s %q) = %v, want %v", tt.kind, tt.text, got, tt.want)
		}
	}
}
