package chatapi

import (
	"unicode"
	"unicode/utf8"
)

// EstimateTokens estimates how many tokens a text is, for "usage". The
// engine has no tokenizer, so the rule is simple and documented:
//
//   - one token per CJK character: Han, kana, Hangul, and CJK or full-width
//     punctuation (U+3000–U+303F, U+FF00–U+FFEF);
//   - plus one token per 4 bytes (UTF-8) of all other text, rounded up.
//
// prompt_tokens is the sum of the estimates of every message's text;
// completion_tokens is the estimate of the assistant message's text.
// The estimate never decreases as text is appended, so max_tokens can cut
// an answer to a prefix whose estimate fits.
func EstimateTokens(s string) int {
	cjk, other := 0, 0
	for _, r := range s {
		if isCJK(r) {
			cjk++
		} else {
			other += utf8.RuneLen(r)
		}
	}
	return cjk + (other+3)/4
}

// truncateTokens returns the longest prefix of s whose estimate is at most
// max tokens, and whether it had to cut.
func truncateTokens(s string, max int) (string, bool) {
	cjk, other := 0, 0
	for i, r := range s {
		if isCJK(r) {
			cjk++
		} else {
			other += utf8.RuneLen(r)
		}
		if cjk+(other+3)/4 > max {
			return s[:i], true
		}
	}
	return s, false
}

func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}
