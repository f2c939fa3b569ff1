package qa

import "testing"

// TestSpeechQuestions checks which questions ask for someone's words
// (say) or their view of something (judge), in both languages: only a
// question whose answer is what the person said, not one that asks a
// fact inside it ("What does Sam Altman say ChatGPT is replacing?") or
// whether they said it.
func TestSpeechQuestions(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		q          string
		say, judge bool
	}{
		{"What did Sam Altman say?", true, false},
		{"What did Sam Altman say about his best people?", true, false},
		{"So what did Altman tell reporters about Meta?", true, false},
		{"奧特曼說了什麼？", true, false},
		{"奥特曼对Meta的挖人说了什么？", true, false},
		{"How does Sam Altman view Meta?", true, true},
		{"What does Altman think of Meta's offers?", true, true},
		{"奧特曼怎麼評價Meta目前的AI進展？", true, true},
		{"奥特曼觉得Meta的进展怎么样？", true, true},
		{"What does Sam Altman say ChatGPT is replacing?", false, false},
		{"Did Sam Altman say Meta is a rival?", false, false},
		{"Who did Sam Altman say is Meta's biggest rival?", false, false},
		{"What did Zuckerberg pay?", false, false},
		{"扎克伯格做了什麼？", false, false},
	}
	for _, tt := range tests {
		an, ms := e.analyzeMentions(tt.q, DetectLang(tt.q))
		fr := e.answerFrame(an, ms)
		if got := fr.say != ""; got != tt.say || fr.judge != tt.judge {
			t.Errorf("%s: say %v judge %v, want %v %v", tt.q, got, fr.judge, tt.say, tt.judge)
		}
	}
}
