package corpus

import (
	"regexp"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name, raw, want string
	}{
		{"pinyin gloss goes", "風(fēng)險", "風險"},
		{"every gloss goes", "業(yè)務(wù)", "業務"},
		{"gloss with ü-tone", "綠(lǜ)色", "綠色"},
		{"real Latin parenthesis stays", "SSI(Safe Superintelligence)的CEO", "SSI(Safe Superintelligence)的CEO"},
		{"real Chinese parenthesis stays", "Facebook(Meta前身)時", "Facebook(Meta前身)時"},
		{"gloss inside a real parenthesis", "post-training(后訓(xùn)練)過程", "post-training(后訓練)過程"},
		{"gloss and comma inside a real parenthesis", "(尚未離職,轉(zhuǎn)為內(nèi)部顧問)", "(尚未離職，轉為內部顧問)"},
		{"lowercase Latin without tone mark is no gloss", "模型(beta)版", "模型(beta)版"},
		{"comma between Han", "廠商,紛紛", "廠商，紛紛"},
		{"colon between Han", "好消息:除了", "好消息：除了"},
		{"colon before a Chinese quote", "表示:“好”", "表示：“好”"},
		{"question mark inside a quote", "首選?”時", "首選？”時"},
		{"comma after Latin before Han", "Llama 4,讓", "Llama 4，讓"},
		{"Latin text stays as written", "Scale AI 49%股份", "Scale AI 49%股份"},
		{"version number stays", "Gemini 2.5系列", "Gemini 2.5系列"},
		{"digit grouping stays", "共1,000人", "共1,000人"},
		{"time stays", "10:30開會", "10:30開會"},
		{"English punctuation stays", "Notice: The content, if any", "Notice: The content, if any"},
		{"CR dropped", "甲。\r\n乙。", "甲。\n乙。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.raw); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.raw, got, tt.want)
			}
		})
	}
}

func TestHasPinyinAnnotation(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"風(fēng)", true},
		{"內(nèi)部", true},
		{"女(nǚ)", true},
		{"SSI(Safe Superintelligence)", false},
		{"Facebook(Meta前身)", false},
		{"(現更名為“階躍AI”)", false},
		{"模型(beta)", false},  // no tone mark: not a gloss
		{"Llama(lā)", false}, // must follow a Han character
		{"在大模型競賽中處于下風的廠商", false},
	}
	for _, tt := range tests {
		if got := HasPinyinAnnotation(tt.s); got != tt.want {
			t.Errorf("HasPinyinAnnotation(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// parenGroup is a parenthesis holding no other parenthesis, with the rune
// before it.
var parenGroup = regexp.MustCompile(`(.)(\([^()]*\))`)

// TestRawParentheses accounts for every parenthesis of the raw article:
// 222 pinyin glosses, which Clean removes, and the real ones, which survive
// cleaning with their content (their own glosses removed).
func TestRawParentheses(t *testing.T) {
	raw := string(rawArticle(t))
	glosses := 0
	for _, m := range parenGroup.FindAllStringSubmatch(raw, -1) {
		if HasPinyinAnnotation(m[0]) {
			glosses++
		}
	}
	if glosses != 222 {
		t.Errorf("raw article: HasPinyinAnnotation found %d glosses, want 222", glosses)
	}
	clean := Clean(raw)
	if HasPinyinAnnotation(clean) {
		t.Error("cleaned article still holds a pinyin gloss")
	}
	var got []string
	for _, m := range parenGroup.FindAllStringSubmatch(clean, -1) {
		got = append(got, m[2])
	}
	want := []string{
		"(Safe Superintelligence)",
		"(尚未離職，轉為內部顧問)",
		"(Meta前身)",
		"(現更名為“階躍AI”)",
		"(后訓練)",
		"(遠大前景)",
		"(如有圖片或視頻亦包括在內)", // the notice, which is no passage
		"(including the pictures and videos if any)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parentheses left after cleaning (-want +got):\n%s", diff)
	}
}

// sentencesOf splits one paragraph and returns the sentences as text.
func sentencesOf(p string) []string {
	rs := []rune(p)
	var out []string
	for _, s := range splitSentences(rs) {
		out = append(out, string(rs[s.start:s.end]))
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		p    string
		want []string
	}{
		{"three terminators", "甲。乙！丙？", []string{"甲。", "乙！", "丙？"}},
		{"no terminator", "沒有句號的標題", []string{"沒有句號的標題"}},
		{"run of terminators", "真的嗎？！接著說。", []string{"真的嗎？！", "接著說。"}},
		{"closing quote stays with its sentence", "他說“好。”然後走了。",
			[]string{"他說“好。”然後走了。"}},
		{"no split inside a quote", "他說：“我覺得是理性的。我尊重他們。”",
			[]string{"他說：“我覺得是理性的。我尊重他們。”"}},
		{"quote as its own sentence after a sentence", "最大的競爭對手。“我覺得是理性的。我尊重他們。”",
			[]string{"最大的競爭對手。", "“我覺得是理性的。我尊重他們。”"}},
		{"question inside a quote", "在被問到“怎么確保？”時，他回答：“因為難。”",
			[]string{"在被問到“怎么確保？”時，他回答：“因為難。”"}},
		{"nested quotes", "他說“她說‘好。’就走了。”最後。", []string{"他說“她說‘好。’就走了。”最後。"}},
		{"sentence after a closed quote", "他說“好。”。然後。", []string{"他說“好。”。", "然後。"}},
		{"apostrophe does not close a quote", "他說“OpenAI’s模型不錯。真的。”然後呢。",
			[]string{"他說“OpenAI’s模型不錯。真的。”然後呢。"}},
		{"stray closing quote kept", "完了。”下一句。", []string{"完了。”", "下一句。"}},
		{"closing parenthesis kept", "見附錄。)下一句。", []string{"見附錄。)", "下一句。"}},
		{"spaces trimmed", " 甲。 乙。 ", []string{"甲。", "乙。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sentencesOf(tt.p)); diff != "" {
				t.Errorf("splitSentences(%q) (-want +got):\n%s", tt.p, diff)
			}
		})
	}
}

func TestCleanKeepsRuneOffsets(t *testing.T) {
	raw := "在大模型競賽中處于下風(fēng)的廠商,紛紛動刀。"
	c := clean(raw)
	if len(c.off) != len(c.runes)+1 || c.off[len(c.runes)] != len(raw) {
		t.Fatalf("offset table has %d entries for %d runes", len(c.off), len(c.runes))
	}
	for i, r := range c.runes {
		got, _ := utf8.DecodeRuneInString(raw[c.off[i]:])
		if full, ok := halfToFull[got]; ok {
			got = full
		}
		if got != r {
			t.Errorf("rune %d %q comes from raw byte %d holding %q", i, r, c.off[i], got)
		}
	}
}
