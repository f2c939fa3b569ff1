package qa

import (
	"cmp"
	"html"
	"slices"
	"strings"
)

// MergeSpans sorts spans and merges overlapping or touching ones.
func MergeSpans(in []Span) []Span {
	if len(in) == 0 {
		return nil
	}
	s := append([]Span(nil), in...)
	// (slices.SortFunc is sort.Slice's algorithm without its reflection.)
	slices.SortFunc(s, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
	out := s[:1]
	for _, x := range s[1:] {
		last := &out[len(out)-1]
		if x.Start <= last.End {
			if x.End > last.End {
				last.End = x.End
			}
			continue
		}
		out = append(out, x)
	}
	return out
}

// Highlight returns text HTML-escaped, with the byte ranges in spans
// wrapped in <mark>…</mark>. Spans out of range or not on rune boundaries
// are ignored, so the result is always safe to insert as HTML.
func Highlight(text string, spans []Span) string {
	var b strings.Builder
	pos := 0
	for _, s := range MergeSpans(spans) {
		if s.Start < pos || s.End > len(text) || s.Start >= s.End || !boundary(text, s.Start) || !boundary(text, s.End) {
			continue
		}
		b.WriteString(html.EscapeString(text[pos:s.Start]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(text[s.Start:s.End]))
		b.WriteString("</mark>")
		pos = s.End
	}
	b.WriteString(html.EscapeString(text[pos:]))
	return b.String()
}

func boundary(s string, i int) bool {
	return i == 0 || i == len(s) || (s[i]&0xC0) != 0x80
}
