package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzClean: cleaning any text never panics, leaves no pinyin gloss, and
// is idempotent (cleaning clean text changes nothing), seeded with the
// hostile question texts and the scraper's artefacts.
func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"", " \t\n\u3000 ", strings.Repeat("(", 10000), `"`, "zh:Meta", "*", "/M.*a/", "Meta~2", "Meta^5",
		"\u202eMeta\u200b花了\u2067多少\u200d錢\u2069", "🤖💰 Meta 花了多少錢 👨‍👩‍👧", "' OR 1=1; --",
		"<script>alert(1)</script>", "Meta\x00", "\xc0\xaf", "Meta \xff\xfe", "\xed\xa0\x80",
		// Pinyin glosses, nested and chained; flattened punctuation.
		"風(fēng)險", "A風(fēng)(fēng)", "A風(風(fēng)fēng)", "風\r(fēng)", "風(\rfēng)", "中,,文", ",,中", "中文,", "1,000元", "10:30，",
		"他說:\"好!\"", "扎克伯格(zā kè)", "的(de)", "聯(lián)合創(chuàng)始人", "\r\n\r\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		out := Clean(raw)
		if HasPinyinAnnotation(out) {
			t.Fatalf("Clean(%q) = %q keeps a pinyin gloss", raw, out)
		}
		if again := Clean(out); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", raw, out, again)
		}
		if utf8.ValidString(raw) && utf8.RuneCountInString(out) > utf8.RuneCountInString(raw) {
			t.Fatalf("Clean(%q) = %q grew", raw, out)
		}
	})
}
