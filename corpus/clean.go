package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// pinyinAnnotation matches a scraper's pinyin gloss glued after a Han
// character: 風(fēng). The Han character is group 1 and is kept; the
// parenthesised pinyin (lowercase letters, at least one tone mark) goes.
var pinyinAnnotation = regexp.MustCompile(`(\p{Han})\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]*\)`)

// HasPinyinAnnotation reports whether s still holds a pinyin gloss.
func HasPinyinAnnotation(s string) bool { return pinyinAnnotation.MatchString(s) }

// halfToFull maps the punctuation a scraper flattens to ASCII back to its
// Chinese full-width form when it stands in Chinese text.
var halfToFull = map[rune]rune{',': '，', ':': '：', ';': '；', '?': '？', '!': '！'}

// cleaned is cleaned text with, for every rune, the byte offset in the raw
// source where that rune came from. off has one more entry than runes: the
// raw end offset.
type cleaned struct {
	runes []rune
	off   []int
}

// Clean returns the display text of raw: pinyin glosses removed and
// flattened punctuation inside Chinese text restored to its full-width form.
// Everything else (Latin text, digits, real parentheses, line breaks) is kept
// as written.
func Clean(raw string) string { return string(clean(raw).runes) }

func clean(raw string) cleaned {
	// The source is NFC already; a non-NFC source would make rune offsets
	// depend on the normalizer, so refuse to guess and keep bytes as they
	// are (Load reports it).
	drop := pinyinAnnotation.FindAllStringSubmatchIndex(raw, -1)
	var c cleaned
	c.runes = make([]rune, 0, utf8.RuneCountInString(raw))
	c.off = make([]int, 0, cap(c.runes)+1)
	next := 0 // index into drop
	for i := 0; i < len(raw); {
		if next < len(drop) && i == drop[next][3] {
			// i is just after the kept Han character: skip the gloss.
			i = drop[next][1]
			next++
			continue
		}
		r, n := utf8.DecodeRuneInString(raw[i:])
		if r == '\r' {
			i += n
			continue
		}
		c.runes = append(c.runes, r)
		c.off = append(c.off, i)
		i += n
	}
	c.off = append(c.off, len(raw))
	// Taking out a gloss or a \r can bring a Han character next to another
	// gloss (風(fēng)(fēng), 風\r(fēng)), and a restored mark is Chinese
	// context for its neighbours (,,中): both steps repeat until nothing
	// changes, so that cleaning clean text changes nothing.
	for c.dropGlosses() {
	}
	for c.restorePunctuation() {
	}
	return c
}

// dropGlosses removes the pinyin glosses of the cleaned text and reports
// whether there were any.
func (c *cleaned) dropGlosses() bool {
	s := string(c.runes)
	m := pinyinAnnotation.FindAllStringSubmatchIndex(s, -1)
	if len(m) == 0 {
		return false
	}
	runes, off := c.runes[:0:0], c.off[:0:0]
	next, b := 0, 0 // next match; byte offset of rune i in s
	for i, r := range c.runes {
		for next < len(m) && b >= m[next][1] {
			next++
		}
		if next < len(m) && b >= m[next][3] {
			b += utf8.RuneLen(r)
			continue // inside a gloss, after its Han character
		}
		runes = append(runes, r)
		off = append(off, c.off[i])
		b += utf8.RuneLen(r)
	}
	c.runes, c.off = runes, append(off, c.off[len(c.off)-1])
	return true
}

// restorePunctuation turns flattened ASCII punctuation next to Chinese text
// into its full-width form and reports whether it changed anything.
func (c *cleaned) restorePunctuation() bool {
	changed := false
	for i, r := range c.runes {
		full, ok := halfToFull[r]
		if !ok {
			continue
		}
		var prev, nxt rune
		if i > 0 {
			prev = c.runes[i-1]
		}
		if i+1 < len(c.runes) {
			nxt = c.runes[i+1]
		}
		if unicode.IsDigit(prev) && unicode.IsDigit(nxt) {
			continue // 1,000 or 10:30
		}
		if chineseContext(prev) || chineseContext(nxt) {
			c.runes[i] = full
			changed = true
		}
	}
	return changed
}

// chineseContext reports whether r is a Han character or Chinese punctuation.
func chineseContext(r rune) bool {
	switch {
	case unicode.Is(unicode.Han, r):
		return true
	case r >= 0x3000 && r <= 0x303F: // CJK symbols and punctuation 。《》「」
		return true
	case r >= 0xFF00 && r <= 0xFFEF: // full-width forms ，：
		return true
	case r == '“' || r == '”' || r == '‘' || r == '’' || r == '…' || r == '—' || r == '·':
		return true
	}
	return false
}

// IsNFC reports whether s is in Unicode normalization form C.
func IsNFC(s string) bool { return norm.NFC.IsNormalString(s) }

// openQuote and closeQuote are the Chinese quotation marks; sentence
// terminators inside quotes do not end the sentence.
func openQuote(r rune) bool  { return r == '“' || r == '「' || r == '『' || r == '‘' }
func closeQuote(r rune) bool { return r == '”' || r == '」' || r == '』' || r == '’' }

// opener is the opening mark a closing quotation mark pairs with. A closing
// mark only closes its own kind: ’ standing alone is an apostrophe
// (OpenAI’s) and must not end a “…” quotation early.
var opener = map[rune]rune{'”': '“', '」': '「', '』': '『', '’': '‘'}

func terminator(r rune) bool { return r == '。' || r == '！' || r == '？' }

// span is a half-open rune range.
type span struct{ start, end int }

// splitSentences splits one paragraph (runes) into sentences: on 。！？
// outside quotation marks, keeping closing quotes and runs of terminators
// with their sentence. Leading and trailing spaces are trimmed off each.
func splitSentences(p []rune) []span {
	var out []span
	emit := func(s, e int) {
		for s < e && unicode.IsSpace(p[s]) {
			s++
		}
		for e > s && unicode.IsSpace(p[e-1]) {
			e--
		}
		if s < e {
			out = append(out, span{s, e})
		}
	}
	start, depth := 0, 0
	open := map[rune]int{} // open quotations by opening mark
	for i := 0; i < len(p); i++ {
		r := p[i]
		switch {
		case openQuote(r):
			open[r]++
			depth++
		case closeQuote(r):
			if open[opener[r]] > 0 {
				open[opener[r]]--
				depth--
			}
		case terminator(r) && depth == 0:
			j := i + 1
			for j < len(p) && (terminator(p[j]) || closeQuote(p[j]) || p[j] == '）' || p[j] == ')') {
				j++
			}
			emit(start, j)
			start, i = j, j-1
		}
	}
	emit(start, len(p))
	return out
}

// isSectionMarker reports whether a trimmed line is a section marker such
// as "A", "B" or "C" standing on its own line.
func isSectionMarker(line string) bool {
	return len(line) == 1 && line[0] >= 'A' && line[0] <= 'Z'
}

// noticePrefixes start the content platform's notice, which ends the
// article (it is metadata, not a fact of the story).
var noticePrefixes = []string{"特別聲明", "特别声明", "Notice:"}

func isNotice(line string) bool {
	for _, p := range noticePrefixes {
		if strings.HasPrefix(line, p) {
			return true
		}
	}
	return false
}

// platformName picks the platform's name out of a notice line: the text in
// the first pair of Chinese quotation marks (“網易號”).
func platformName(line string) string {
	i := strings.Index(line, "“")
	if i < 0 {
		return ""
	}
	rest := line[i+len("“"):]
	j := strings.Index(rest, "”")
	if j < 0 {
		return ""
	}
	return rest[:j]
}
