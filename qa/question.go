package qa

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NormalizeQuestion checks and cleans a question as typed: invalid UTF-8
// is refused; NUL, control, zero-width and bidirectional formatting
// characters are removed; white space is collapsed; the text is put in
// NFC. An empty result or one over MaxQuestionRunes is an error.
func NormalizeQuestion(s string) (string, error) {
	if !utf8.ValidString(s) {
		return "", Errorf(Invalid, "the question is not valid UTF-8")
	}
	if len(s) > 8*MaxQuestionRunes {
		// Refuse early: normalizing megabytes only to refuse them costs.
		return "", Errorf(Invalid, "the question is longer than %d characters", MaxQuestionRunes)
	}
	s = norm.NFC.String(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r == '\u3000':
			space = true
			continue
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r), r == utf8.RuneError:
			// NUL, C0/C1 controls, zero-width joiners, BOM, bidi marks.
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	out := b.String()
	switch n := utf8.RuneCountInString(out); {
	case n == 0:
		return "", Errorf(Invalid, "the question is empty")
	case n > MaxQuestionRunes:
		return "", Errorf(Invalid, "the question is longer than %d characters", MaxQuestionRunes)
	}
	return out, nil
}

// QType is the kind of answer a question asks for.
type QType string

const (
	QWho      QType = "person"   // who, which person
	QWhich    QType = "org"      // which company, outlet, product
	QMoney    QType = "money"    // how much (money)
	QCount    QType = "count"    // how many
	QPercent  QType = "percent"  // what percentage
	QWhen     QType = "date"     // when
	QDuration QType = "duration" // how long
	QWhere    QType = "place"    // where
	QWhy      QType = "reason"   // why, how
	QYesNo    QType = "yesno"    // yes/no
	QOther    QType = "other"    // what …, anything else
)

// qtypeCues lists, per type, phrases that signal it, in English and in both
// Chinese scripts. Earlier entries win (a question matching "how much" and
// "how" is a money question). Matching is on lower-cased, folded text, so
// the Simplified cue covers the Traditional form too; both are listed where
// the fold would not make them equal.
var qtypeCues = []struct {
	t    QType
	cues []string
}{
	{QPercent, []string{"what percent", "how many percent", "what share", "what stake", "what portion", "百分之几", "百分之多少", "多少股份", "几成", "多少%", "比例", "percentage"}},
	{QMoney, []string{"how much", "what price", "what valuation", "how expensive", "cost", "价格", "估值", "多少钱", "多少美元", "多少亿", "花了多少", "付出多少", "出价", "报价", "多大的代价", "奖金", "多少资金"}},
	{QDuration, []string{"how long", "how many years", "多久", "多长时间", "几年", "多少年"}},
	{QCount, []string{"how many", "how large", "how big", "number of", "多少人", "多少用户", "几个", "多少个", "几位", "多少位", "规模", "多少"}},
	{QWhen, []string{"when", "what year", "what month", "which month", "which year", "what date", "什么时候", "何时", "哪一年", "哪年", "哪个月", "几月", "哪一个月", "何年", "时间"}},
	{QWhere, []string{"where", "which platform", "which outlet", "哪里", "哪裡", "何处", "在哪", "哪个平台", "什么平台"}},
	{QWho, []string{"who", "whom", "whose", "which person", "which executive", "谁", "哪位", "什么人", "哪个人", "哪些人", "哪些高管"}},
	{QWhich, []string{"which company", "which companies", "which firm", "which start", "what company", "which model", "哪家", "哪些公司", "哪个公司", "什么公司", "哪个模型", "哪些", "哪个", "which"}},
	{QWhy, []string{"why", "how come", "what reason", "how did", "how does", "how do", "how can", "how is", "为什么", "为何", "原因", "怎么", "如何", "怎样"}},
	{QYesNo, []string{"吗", "是否", "有没有", "是不是"}},
}

// weakCues are words that hint at a type without asking for it; they are
// tried only when no interrogative cue matched ("What did Meta pay for
// Scale AI?" asks for money, "How long must he stay to get paid?" does not).
var weakCues = []struct {
	t    QType
	cues []string
}{
	{QMoney, []string{"valued", "paid", "pay", "price", "bonus", "offer", "spend", "spent", "worth"}},
	{QWho, []string{"name", "leader", "lead", "head", "ceo"}},
}

var yesNoStarts = []string{"is ", "are ", "was ", "were ", "did ", "does ", "do ", "has ", "have ", "had ", "can ", "could ", "will ", "would ", "should "}

// Classify returns the question's answer type.
func Classify(question string) QType {
	f := " " + Fold(question) + " "
	for _, c := range qtypeCues {
		for _, cue := range c.cues {
			if containsCue(f, cue) {
				return c.t
			}
		}
	}
	t := strings.TrimSpace(f)
	for _, s := range yesNoStarts {
		if strings.HasPrefix(t, s) {
			return QYesNo
		}
	}
	for _, c := range weakCues {
		for _, cue := range c.cues {
			if containsCue(f, cue) {
				return c.t
			}
		}
	}
	return QOther
}

// containsCue matches Latin cues on word boundaries and Han cues anywhere.
func containsCue(folded, cue string) bool {
	if cue == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(cue)
	if r >= 0x80 {
		return strings.Contains(folded, cue)
	}
	for i := 0; ; {
		j := strings.Index(folded[i:], cue)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(folded[:j])
		after, _ := utf8.DecodeRuneInString(folded[j+len(cue):])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		i = j + 1
	}
}

func isWordRune(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// Analysis is what the engine understands of a question.
type Analysis struct {
	// Question is the normalized question (after follow-up resolution).
	Question string
	Lang     Lang
	Type     QType
	Entities []Entity
	// SearchText is the question with interrogative words taken out.
	SearchText string
}

// interrogatives are question words and fillers that carry no content;
// they are removed from the Chinese search text (the English analyzer
// drops its own stop words). Folded (Simplified) forms.
var interrogatives = []string{
	"为什么", "什么时候", "什么", "多少钱", "多少", "哪一个", "哪一年", "哪个", "哪些", "哪家", "哪里", "哪位", "哪",
	"谁", "吗", "呢", "如何", "怎么样", "怎么", "怎样", "几个", "几", "是否", "请问", "请", "告诉我", "一下", "何时",
}

// enQuestionWords are English interrogatives and fillers the English
// analyzer's stop list keeps.
var enQuestionWords = map[string]bool{"how": true, "much": true, "many": true, "when": true, "where": true, "why": true, "please": true, "tell": true, "me": true, "what's": true, "who's": true}

// searchText removes interrogatives from a question (on its folded form,
// rune for rune, so the rest keeps the asker's script).
func searchText(q string) string {
	f := []rune(Fold(q))
	orig := []rune(q)
	if len(f) != len(orig) {
		return q
	}
	keep := make([]bool, len(orig))
	for i := range keep {
		keep[i] = true
	}
	for _, w := range interrogatives {
		wr := []rune(w)
		for i := 0; i+len(wr) <= len(f); i++ {
			if string(f[i:i+len(wr)]) == w {
				for j := i; j < i+len(wr); j++ {
					keep[j] = false
				}
			}
		}
	}
	var b strings.Builder
	for i, r := range orig {
		if keep[i] {
			b.WriteRune(r)
		} else {
			b.WriteRune(' ')
		}
	}
	words := strings.Fields(b.String())
	kept := words[:0]
	for _, w := range words {
		if !enQuestionWords[strings.ToLower(strings.TrimFunc(w, unicode.IsPunct))] {
			kept = append(kept, w)
		}
	}
	out := strings.Join(kept, " ")
	if out == "" {
		return q
	}
	return out
}

// latinWords returns the runs of ASCII letters in s.
func latinWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !(r < 0x80 && unicode.IsLetter(r)) })
}
