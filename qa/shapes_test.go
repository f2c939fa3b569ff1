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
		{"奥特曼咋看Meta挖人？", true, true}, // 咋 is 怎么
		{"What line does Sam Altman keep repeating about search?", true, false},
		{"What slogan does Altman repeat everywhere?", true, false},
		{"奥特曼到处说的论调是什么？", true, false},
		{"奥特曼的口号是什么？", true, false},
		{"What does Sam Altman say ChatGPT is replacing?", false, false},
		{"What line of business is Altman in?", false, false},
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

// TestNameQuestions checks which questions ask for another name of a
// name: what it stands for (or a term means), what it is called now, what
// it was called before.
func TestNameQuestions(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct{ q, aka, mode string }{
		{"What does SSI stand for?", "", ""}, // not in the fixture's names
		{"What does AGI stand for?", "agi", "expand"},
		{"AGI的全称是什么？", "agi", "expand"},
		{"What is AGI?", "agi", "expand"}, // a term: what it means
		{"What is Google called now?", "google", "now"},
		{"谷歌现在改名叫什么？", "google", "now"},
		{"Meta的前身是哪家公司？", "meta", "before"},
		{"What was Meta called when Zuckerberg founded it?", "meta", "before"},
		// What an organisation is, or what it did, asks something else.
		{"What is Google?", "", ""},
		{"What did Meta call its new team?", "", ""},
		{"Is AGI short for artificial general intelligence?", "", ""},
	}
	for _, tt := range tests {
		an, ms := e.analyzeMentions(tt.q, DetectLang(tt.q))
		fr := e.answerFrame(an, ms)
		if fr.aka != tt.aka || fr.akaMode != tt.mode {
			t.Errorf("%s: aka %q %q, want %q %q", tt.q, fr.aka, fr.akaMode, tt.aka, tt.mode)
		}
	}
}

// TestWhoAfterAnAuxiliary checks when "who" is the subject: before a
// modal or perfect that goes on with the verb, not before one that goes
// on with another subject.
func TestWhoAfterAnAuxiliary(t *testing.T) {
	e := newTestEngine(t)
	for _, tt := range []struct {
		q       string
		subject bool
	}{
		{"Who will lead Google's AI products?", true},
		{"Who has left?", true},
		{"Who will Meta hire?", false},
		{"Who did he hire?", false},
		{"Who is Sam Altman?", false},
		{"Besides Wang, who else is Meta trying to recruit?", false},
	} {
		an, ms := e.analyzeMentions(tt.q, DetectLang(tt.q))
		if fr := e.answerFrame(an, ms); fr.subject != tt.subject {
			t.Errorf("%s: subject %v, want %v", tt.q, fr.subject, tt.subject)
		}
	}
}

// TestWhoIsSubjectVerbing checks that "who is X doing" asks the object of
// the verb, while "who is X's post" asks what is said of the name.
func TestWhoIsSubjectVerbing(t *testing.T) {
	e := newTestEngine(t)
	for _, tt := range []struct {
		q               string
		objectQ, copula bool
	}{
		{"Who is Meta trying to recruit?", true, false},
		{"Besides Wang, who else is Meta trying to recruit?", true, false},
		{"Who is Meta's CEO?", false, true},
		{"What are the dragons doing?", false, true},
	} {
		an, ms := e.analyzeMentions(tt.q, DetectLang(tt.q))
		fr := e.answerFrame(an, ms)
		if fr.objectQ != tt.objectQ || fr.copula != tt.copula {
			t.Errorf("%s: objectQ %v copula %v, want %v %v", tt.q, fr.objectQ, fr.copula, tt.objectQ, tt.copula)
		}
	}
}
