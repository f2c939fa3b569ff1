package qa

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestFindCandidates(t *testing.T) {
	m := NewEntityMatcher(fixtureEntities)
	type c struct {
		Type QType
		Text string
	}
	tests := []struct {
		name string
		text string
		zh   bool
		want []c
	}{
		{"zh money, qualifier dropped", "扎克伯格開出高達1億美元的簽約獎金，Meta拿出143億美元", true,
			[]c{{QWho, "扎克伯格"}, {QMoney, "1億美元"}, {QWhich, "Meta"}, {QMoney, "143億美元"}}},
		{"en money", "Meta put up $14.3 billion, and offered up to $100 million.", false,
			[]c{{QWhich, "Meta"}, {QMoney, "$14.3 billion"}, {QMoney, "$100 million"}}},
		{"zh count and percent", "日活躍用戶3500萬，該實驗室預計規模在50人，收購了49%的股份", true,
			[]c{{QCount, "3500萬"}, {QCount, "50人"}, {QPercent, "49%"}}},
		{"en count keeps no noun but people", "35 million daily active users; about 50 people; 49% of Scale AI", false,
			[]c{{QCount, "35 million"}, {QCount, "50 people"}, {QPercent, "49%"}, {QWhich, "Scale AI"}}},
		{"zh dates", "早在4月中旬，去年12月，2024年底", true,
			[]c{{QWhen, "4月中旬"}, {QWhen, "去年12月"}, {QWhen, "2024年底"}}},
		{"en dates", "as early as mid-April, last December, the end of 2024", false,
			[]c{{QWhen, "mid-April"}, {QWhen, "last December"}, {QWhen, "the end of 2024"}}},
		{"en part of a relative year", "since the second half of last year, and early this year", false,
			[]c{{QWhen, "the second half of last year"}, {QWhen, "early this year"}}},
		{"the modal may is no month; May is", "Apple may acquire Perplexity after its round in May, the Mayor said", false,
			[]c{{QWhich, "Apple"}, {QWhen, "May"}}},
		{"zh durations, a year is not one", "需要在Meta工作五年以上，經過一年的發展，2023年", true,
			[]c{{QWhich, "Meta"}, {QDuration, "五年以上"}, {QDuration, "一年"}, {QWhen, "2023年"}}},
		{"en durations", "must work for more than five years after more than a month of talks", false,
			[]c{{QDuration, "more than five years"}, {QDuration, "more than a month"}}},
		{"zh fraction with its comparison", "以不足OpenAI o1十分之一的資金成本", true,
			[]c{{QPercent, "不足OpenAI o1十分之一"}}},
		{"figures inside names are not figures", "Llama 4 trails Gemini 2.5 in 2025", false,
			[]c{{QWhen, "2025"}}},
		{"outlet is a which and a where", "The Information reported", false,
			[]c{{QWhere, "The Information"}, {QWhich, "The Information"}}},
	}
	ents := NewEntityMatcher(append(fixtureEntities,
		Entity{ID: "llama-4", Type: "product", EN: []string{"Llama 4"}, ZH: []string{"Llama 4"}},
		Entity{ID: "gemini-2.5", Type: "product", EN: []string{"Gemini 2.5"}, ZH: []string{"Gemini 2.5"}},
		Entity{ID: "o1", Type: "product", EN: []string{"OpenAI o1", "o1"}, ZH: []string{"OpenAI o1", "o1"}},
	))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mm := m
			if tt.name == "figures inside names are not figures" || tt.name == "zh fraction with its comparison" {
				mm = ents
			}
			var got []c
			for _, x := range FindCandidates(tt.text, tt.zh, mm) {
				if x.Type == QWhich && x.Entity == "o1" || x.Type == QWhich && (x.Entity == "llama-4" || x.Entity == "gemini-2.5") {
					continue // the names themselves are which-candidates
				}
				got = append(got, c{x.Type, x.Text})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("FindCandidates(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestFindCandidatesOffsets(t *testing.T) {
	// Start and End are rune offsets: the span is text[Start:End] in runes.
	text := "Meta在收購條款中注明需要工作五年以上"
	for _, c := range FindCandidates(text, true, NewEntityMatcher(fixtureEntities)) {
		if got := string([]rune(text)[c.Start:c.End]); got != c.Text {
			t.Errorf("%s candidate %q has range [%d,%d) = %q", c.Type, c.Text, c.Start, c.End, got)
		}
	}
}

func TestStemAlignsWordForms(t *testing.T) {
	pairs := [][2]string{{"given", "give"}, {"gave", "gives"}, {"stopped", "stop"}, {"denied", "deny"}, {"users", "user"}, {"reorganizing", "reorganize"}, {"paid", "pay"}, {"sees", "see"}, {"uses", "use"}, {"heard", "hear"}, {"drew", "draws"}, {"lost", "lose"}, {"chosen", "choose"}, {"thrown", "throw"},
		// A compound's last word takes the ending.
		{"start-ups", "start-up"}, {"co-founders", "co-founder"}, {"cash-strapped", "cash-strap"}}
	for _, p := range pairs {
		if a, b := stem(p[0]), stem(p[1]); a != b {
			t.Errorf("stem(%q) = %q, stem(%q) = %q; want equal", p[0], a, p[1], b)
		}
	}
	if stem("founded") == stem("founder") {
		t.Errorf("founded and founder share a stem")
	}
}

// In a Chinese noun phrase the name before 的 describes the name at its
// end: that one is what the clause is about.
func TestModifiesLater(t *testing.T) {
	m := NewEntityMatcher(append(fixtureEntities,
		Entity{ID: "ssi", Type: "org", EN: []string{"SSI"}, ZH: []string{"SSI"}},
		Entity{ID: "cnbc", Type: "outlet", EN: []string{"CNBC"}, ZH: []string{"CNBC"}},
		Entity{ID: "blind", Type: "org", EN: []string{"Blind"}, ZH: []string{"Blind"}}))
	for _, tc := range []struct {
		text     string
		modifies map[string]bool
	}{
		{"據CNBC報道，扎克伯格一度還試圖收購前OpenAI聯合創始人、首席科學家伊利亞創辦的AI初創公司SSI。",
			map[string]bool{"OpenAI": true, "SSI": false}},
		// A name before the noun a later name stands in apposition to.
		{"有Meta員工在谷歌匿名八卦分享平臺Blind上發布消息。",
			map[string]bool{"谷歌": true, "Blind": false}},
		// A break ends the phrase: two clauses, two subjects.
		{"OpenAI推出了新模型，Meta的團隊也在追趕。", map[string]bool{"OpenAI": false, "Meta": false}},
		// No 的: names side by side are a list.
		{"Meta和OpenAI都在招人。", map[string]bool{"Meta": false, "OpenAI": false}},
	} {
		cs := FindCandidates(tc.text, true, m)
		checked := 0
		for k, c := range cs {
			want, ok := tc.modifies[c.Text]
			if !ok || c.Type != QWhich {
				continue
			}
			checked++
			if got := modifiesLater(tc.text, cs, k); got != want {
				t.Errorf("%s: modifiesLater(%s) = %v, want %v", tc.text, c.Text, got, want)
			}
		}
		if checked != len(tc.modifies) {
			t.Errorf("%s: %d of the names found as candidates, want %d", tc.text, checked, len(tc.modifies))
		}
	}
}

func TestPairedWith(t *testing.T) {
	m := NewEntityMatcher(append(fixtureEntities,
		Entity{ID: "gross", Type: "person", EN: []string{"Daniel Gross"}, ZH: []string{"格羅斯"}},
		Entity{ID: "friedman", Type: "person", EN: []string{"Nat Friedman"}, ZH: []string{"弗里德曼"}}))
	for _, tc := range []struct {
		text, first string
		want        string // the second of the pair, or "" for none
	}{
		{"扎克伯格對格羅斯和弗里德曼的招募，還在進一步談判中。", "格羅斯", "弗里德曼"},
		{"Zuckerberg's recruitment of Daniel Gross and Nat Friedman is still under negotiation.", "Daniel Gross", "Nat Friedman"},
		// Three names are a list, not a pair: neither end takes the
		// next one.
		{"扎克伯格、格羅斯和弗里德曼都在場。", "格羅斯", ""},
		{"格羅斯和弗里德曼、扎克伯格都在場。", "格羅斯", ""},
		// Names apart are not paired.
		{"格羅斯見了Alexandr Wang，弗里德曼沒有。", "格羅斯", ""},
	} {
		cs := FindCandidates(tc.text, hasHan(tc.text), m)
		k := slices.IndexFunc(cs, func(c Candidate) bool { return c.Text == tc.first })
		if k < 0 {
			t.Fatalf("%s: %s is no candidate", tc.text, tc.first)
		}
		got := ""
		if j, ok := pairedWith([]rune(tc.text), cs, k); ok {
			got = cs[j].Text
		}
		if got != tc.want {
			t.Errorf("%s: %s paired with %q, want %q", tc.text, tc.first, got, tc.want)
		}
	}
}

func TestSince(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		want       string // the span that says how long, or "" for none
	}{
		{"從去年12月至今，一批高管均相繼離開。", "去年12月", "從去年12月至今"},
		{"从去年下半年开始，均有多位高管离开公司。", "去年下半年", "从去年下半年开始"},
		{"Executives have been leaving since last December.", "last December", "since last December"},
		// A date that only says when is no period.
		{"去年12月，階躍星辰停止投入。", "去年12月", ""},
		{"從去年12月的報道看，他們離開了。", "去年12月", ""},
		{"He left last December.", "last December", ""},
	} {
		r := []rune(tc.text)
		s := strings.Index(tc.text, tc.date)
		s = utf8.RuneCountInString(tc.text[:s])
		got := ""
		if a, b, ok := since(r, s, s+utf8.RuneCountInString(tc.date)); ok {
			got = string(r[a:b])
		}
		if got != tc.want {
			t.Errorf("%s: since(%s) = %q, want %q", tc.text, tc.date, got, tc.want)
		}
	}
}

func TestTitleOf(t *testing.T) {
	e := NewEngine(fakeSearcher{fixtureDoc.Passages}, []Document{fixtureDoc}, append(fixtureEntities,
		Entity{ID: "stepfun", Type: "org", EN: []string{"StepFun"}, ZH: []string{"階躍星辰", "阶跃星辰"}},
		Entity{ID: "zhipu", Type: "org", EN: []string{"Zhipu AI", "Zhipu"}, ZH: []string{"智譜", "智谱"}}), EngineOptions{})
	for _, tc := range []struct {
		q, org, word string
	}{
		{"Who is replacing Zhang Xinhao as StepFun's product lead?", "stepfun", "lead"},
		{"智谱的新任COO是谁？", "zhipu", "coo"},
		{"階躍星辰產品負責人是誰？", "stepfun", "负责人"},
		// An organisation that does something asks no title of it.
		{"Who did Meta hire?", "", ""},
		{"Meta hired whose CEO?", "", ""},
		{"阶跃星辰停止投入了什么？", "", ""},
	} {
		an := e.Analyze(tc.q)
		fr := e.newFrame(an, hasHan(tc.q), nil)
		if fr.titleOrg != tc.org || fr.titleWord != tc.word {
			t.Errorf("%s: title of %q, %q; want %q, %q", tc.q, fr.titleOrg, fr.titleWord, tc.org, tc.word)
		}
	}
}

// t2s keeps 著 where Simplified writes 着: a Traditional passage's 靠著
// and 最著急 align with a Simplified question's 靠着 and 最着急.
func TestZheAlignsBothForms(t *testing.T) {
	key := func(s string) string {
		var b strings.Builder
		for _, tk := range tokenizeText(s) {
			b.WriteString(tk.key + "|")
		}
		return b.String()
	}
	for _, p := range [][2]string{{"靠著", "靠着"}, {"最著急", "最着急"}} {
		if a, b := key(Fold(p[0])), key(Fold(p[1])); a != b {
			t.Errorf("%s → %s, %s → %s; want the same keys", p[0], a, p[1], b)
		}
	}
}

// TestPhrasalVerbsAreOneWord: "given up", "turned down" and "said no"
// align with abandon/放弃 and refuse/拒绝, also with the object between
// ("turned Meta down"), whose particle then goes; apart from its verb, a particle that
// does not end the clause ("turned the car down the road"), or one more
// than three words on, is left as it is.
func TestPhrasalVerbsAreOneWord(t *testing.T) {
	keys := func(s string) []string {
		var out []string
		for _, k := range tokenizeText(s) {
			out = append(out, k.key)
		}
		return out
	}
	abandon, refuse := keys("abandon")[0], keys("refused")[0]
	if abandon != keys("放弃")[0] || refuse != keys("拒绝")[0] {
		t.Fatalf("abandon %q / 放弃 %q, refused %q / 拒绝 %q: want one key each", abandon, keys("放弃")[0], refuse, keys("拒绝")[0])
	}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"01.AI has given up on AGI", []string{"01.ai", "has", abandon, "on", "agi"}},
		{"Ilya turned down the offer.", []string{"ilya", refuse, "the", "offer", "."}},
		{"Who turned Meta down?", []string{"who", refuse, "meta", "?"}},
		{"Who said no to Ilya?", []string{"who", refuse, "to", "ilya", "?"}},
		{"He turned the car down the road", []string{"he", stem("turned"), "the", "car", "down", "the", "road"}},
		{"They gave it up for good", []string{"they", "giv", "it", "up", "for", "good"}},
		{"Who turned the big Meta offer down?", []string{"who", stem("turned"), "the", "big", "meta", "offer", "down", "?"}},
	} {
		if diff := cmp.Diff(tc.want, keys(tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
