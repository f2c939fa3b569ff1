package qa

import (
	"slices"
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

var (
	twOnce sync.Once
	tw2sp  *opencc.OpenCC
)

// mainland rewrites the Taiwan words of a Traditional question in the
// mainland forms the article uses (搜尋 → 搜索, 人工智慧 → 人工智能), with
// OpenCC's tw2sp phrase dictionaries, and back in Traditional script. A
// rewrite is kept only where the article (inCorpus, folded) has the new
// form and not the old: 核心 stays 核心, which tw2sp would make 内核. A
// question without such words, or in Simplified, is returned unchanged.
// Nor is a word the alias table names (kept: the rune ranges of q's
// names and terms, asked for only when an edit is to be made): 執行長 is
// its CEO, which tw2sp would make 執行官.
func mainland(q string, inCorpus func(string) bool, kept func() [][2]int) string {
	if !hasHan(q) {
		return q
	}
	simp := ToSimplified(q)
	if simp == q {
		return q // Simplified (or characters common to both)
	}
	twOnce.Do(func() {
		var err error
		if tw2sp, err = opencc.New("tw2sp"); err != nil {
			panic("qa: loading OpenCC dictionaries: " + err.Error())
		}
	})
	tw, err := tw2sp.Convert(q)
	if err != nil || tw == simp {
		return q
	}
	a, b := []rune(simp), []rune(tw)
	if len([]rune(q)) != len(a) {
		return q
	}
	r := []rune(q)
	var out strings.Builder
	last, changed := 0, false
	// An edit is judged with a character of context on either side (搜寻
	// → 搜索 is the edit 寻 → 索 after 搜): the article must have the new
	// word and not the old one.
	ok := func(d edit, l, r int) bool {
		old := string(a[max(d.a0-l, 0):min(d.a1+r, len(a))])
		new := string(b[max(d.b0-l, 0):min(d.b1+r, len(b))])
		return inCorpus(Fold(new)) && !inCorpus(Fold(old))
	}
	var names [][2]int
	found := false // names asked for
	for _, d := range mergeEdits(runeDiff(a, b)) {
		if d.a1 == d.a0 || d.b1 == d.b0 || !hasHan(string(a[d.a0:d.a1])) || !ok(d, 1, 0) && !ok(d, 0, 1) && !ok(d, 0, 0) {
			continue
		}
		if !found && kept != nil {
			names, found = kept(), true
		}
		if slices.ContainsFunc(names, func(n [2]int) bool { return n[0] < d.a1 && d.a0 < n[1] }) {
			continue
		}
		new := string(b[d.b0:d.b1])
		out.WriteString(string(r[last:d.a0]))
		out.WriteString(ToTraditional(new))
		last, changed = d.a1, true
	}
	if !changed {
		return q
	}
	out.WriteString(string(r[last:]))
	return out.String()
}

// mergeEdits joins edits one character apart (核心 → 内核 is two edits
// around 核, 内 put before it and 心 taken after it): they rewrite one
// word.
func mergeEdits(es []edit) []edit {
	var out []edit
	for _, e := range es {
		if n := len(out); n > 0 && e.a0-out[n-1].a1 <= 1 && e.b0-out[n-1].b1 <= 1 {
			out[n-1].a1, out[n-1].b1 = e.a1, e.b1
			continue
		}
		out = append(out, e)
	}
	return out
}

// edit is a stretch a[a0:a1] of one text replaced by b[b0:b1] of another.
type edit struct{ a0, a1, b0, b1 int }

// runeDiff returns the stretches in which a and b differ, in order, by
// their longest common subsequence (the texts are short: a question).
func runeDiff(a, b []rune) []edit {
	n, m := len(a), len(b)
	l := make([][]int, n+1)
	for i := range l {
		l[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	var out []edit
	i, j := 0, 0
	for i < n || j < m {
		if i < n && j < m && a[i] == b[j] {
			i++
			j++
			continue
		}
		e := edit{a0: i, b0: j}
		for i < n || j < m {
			if i < n && j < m && a[i] == b[j] {
				break
			}
			if j >= m || i < n && l[i+1][j] >= l[i][j+1] {
				i++
			} else {
				j++
			}
		}
		e.a1, e.b1 = i, j
		out = append(out, e)
	}
	return out
}
