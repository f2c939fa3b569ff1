package qa

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

// The OpenCC converters are built once; their dictionaries are embedded in
// the opencc module, so nothing is read from disk.
var (
	convOnce sync.Once
	t2s, s2t *opencc.OpenCC
	convErr  error
)

func converters() (*opencc.OpenCC, *opencc.OpenCC) {
	convOnce.Do(func() {
		if t2s, convErr = opencc.New("t2s"); convErr != nil {
			return
		}
		s2t, convErr = opencc.New("s2t")
	})
	if convErr != nil {
		// The dictionaries are compiled in; failing to load them is a
		// build defect, not a runtime condition.
		panic("qa: loading OpenCC dictionaries: " + convErr.Error())
	}
	return t2s, s2t
}

// ToSimplified converts Traditional Chinese text to Simplified with OpenCC
// t2s (phrase-aware). Non-Han text passes through.
func ToSimplified(s string) string { return convert(0, s) }

// ToTraditional converts Simplified Chinese text to Traditional with
// OpenCC s2t.
func ToTraditional(s string) string { return convert(1, s) }

func convert(which int, s string) string {
	if !hasHan(s) {
		return s
	}
	a, b := fastConverters()
	if which == 1 {
		return b.convert(s)
	}
	return a.convert(s)
}

// fold is Fold without the memo of corpus texts (precompute.go).
func fold(s string) string {
	simp := ToSimplified(s)
	if utf8.RuneCountInString(simp) != utf8.RuneCountInString(s) {
		var b strings.Builder
		for _, r := range s {
			c := ToSimplified(string(r))
			if utf8.RuneCountInString(c) != 1 {
				c = string(r)
			}
			b.WriteString(c)
		}
		simp = b.String()
	}
	var b strings.Builder
	b.Grow(len(simp))
	for _, r := range simp {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

func foldRune(r rune) rune {
	if r >= 0x80 {
		r = foldWidth(r)
		if r == '\u3000' {
			r = ' '
		}
	}
	return unicode.ToLower(r)
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// DetectLang tells the language and script of a question by looking at its
// characters: no Han characters is English; Han characters with Latin
// words is mixed; otherwise Traditional when converting to Simplified
// changes it and Simplified when converting to Traditional does. Han text
// whose characters are the same in both scripts counts as Traditional
// unless it holds a character that only Simplified writes, since the
// article is Traditional. (A statistical language detector confuses
// Han-only text, so none is used.)
func DetectLang(s string) Lang {
	lang, _ := detect(s)
	return lang
}

// detect is DetectLang, and whether s is Chinese whose characters are the
// same in both scripts (neutral: counted as Traditional).
func detect(s string) (lang Lang, neutral bool) {
	han, latinWords := 0, 0
	inWord := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
			inWord = false
		case r < 0x80 && unicode.IsLetter(r):
			if !inWord {
				latinWords++
			}
			inWord = true
		default:
			inWord = false
		}
	}
	switch {
	case han == 0:
		return LangEN, false
	case latinWords > 0 && !namesOnly(s):
		return LangMixed, false
	}
	trad := ToSimplified(s) != s
	simp := ToTraditional(s) != s
	switch {
	case simp && !trad:
		return LangHans, false
	case trad && !simp:
		return LangHant, false
	case trad && simp:
		// Both scripts' characters: count which side changes more.
		if changed(s, ToTraditional(s)) > changed(s, ToSimplified(s)) {
			return LangHans, false
		}
		return LangHant, false
	}
	if strings.ContainsAny(s, "啥咋") {
		// The same characters in both scripts, but spoken Mainland
		// Chinese (SSI的CEO叫啥？, 奥特曼咋看？): answered in Simplified.
		return LangHans, false
	}
	return LangHant, true
}

// conversationLang is DetectLang for a question in a conversation (nil
// for none): Chinese whose characters are the same in both scripts
// (它的估值是多少？) is in the script of the conversation's last user turn
// that shows one, so a follow-up to a Simplified question is answered in
// Simplified; else in the script the asker prefers (Request.Script: the
// browser's Accept-Language), else Traditional, the article's.
func conversationLang(q string, conv *Conversation, prefer Lang) Lang {
	lang, neutral := detect(q)
	if !neutral {
		return lang
	}
	if conv != nil {
		for i := len(conv.Turns) - 1; i >= 0; i-- {
			if t := conv.Turns[i]; t.Role == "user" {
				if l, n := detect(t.Text); !n && (l == LangHans || l == LangHant) {
					return l
				}
			}
		}
	}
	if prefer == LangHans || prefer == LangHant {
		return prefer
	}
	return lang
}

// namesOnly reports whether the Latin words of a Chinese question are
// only names of things (Meta, Scale AI, Llama 4, CEO): such a question is
// still a Chinese question. Everything Latin in a Han sentence is usually a
// name, so "mixed" is kept for Latin runs that look like English prose:
// three or more words, at least one a common English function word.
func namesOnly(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return !(r < 0x80 && unicode.IsLetter(r)) })
	for _, w := range words {
		if englishFunctionWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

var englishFunctionWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "is": true, "are": true, "was": true, "did": true,
	"does": true, "do": true, "how": true, "what": true, "who": true, "why": true, "when": true,
	"where": true, "which": true, "much": true, "many": true, "long": true, "to": true, "for": true,
	"in": true, "on": true, "and": true, "with": true, "pay": true, "paid": true, "buy": true, "from": true,
}

func changed(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for i := range ra {
		if i < len(rb) && ra[i] != rb[i] {
			n++
		}
	}
	return n
}

// simplifiedAnswer is an answer's text in Simplified characters: t2s,
// then the aspect marker 著 (有著, 靠著, 忙著), which OpenCC's phrase
// dictionaries leave as it is outside the phrases they list, written 着
// as Simplified writes it. 著 before a word of writing or fame (著名,
// 著作, 著稱) is the same character in both scripts and stays.
func simplifiedAnswer(s string) string {
	s = ToSimplified(s)
	if !strings.ContainsRune(s, '著') {
		return s
	}
	r := []rune(s)
	for i, c := range r {
		if c == '著' && !(i+1 < len(r) && strings.ContainsRune("名作称述录书者", r[i+1])) {
			r[i] = '着'
		}
	}
	return string(r)
}
