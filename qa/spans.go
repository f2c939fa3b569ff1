package qa

import (
	"regexp"
	"sort"
	"unicode/utf8"
)

// Candidate is a typed span of a passage text that could answer a
// question: a sum of money, a count, a date, a person…
type Candidate struct {
	Type       QType
	Text       string
	Start, End int // rune offsets in the text
}

type pattern struct {
	t  QType
	re *regexp.Regexp
}

// Chinese numerals as the article writes them.
const zhNum = `[0-9０-９.]+|[一二兩两三四五六七八九十百千零]+`

var zhPatterns = []pattern{
	{QMoney, regexp.MustCompile(`(?:高達|高达)?(?:` + zhNum + `|數十|数十|數|数)(?:萬|万|億|亿)?美元`)},
	{QPercent, regexp.MustCompile(`[0-9.]+%|百分之[0-9一二三四五六七八九十]+|[一二三四五六七八九十]+分之[一二三四五六七八九十]+`)},
	{QDuration, regexp.MustCompile(`(?:` + zhNum + `)(?:年|個月|个月|天|週|周)(?:以上|多)?|一個多月|一个多月|一年`)},
	{QWhen, regexp.MustCompile(`(?:早在)?(?:[0-9]{4}年(?:初|底|末|下半年|上半年|[0-9]{1,2}月(?:份|初|中旬|底|末)?)?|(?:去年|今年)(?:下半年|上半年|[0-9]{1,2}月(?:份|初|中旬|底|末)?)?|[0-9]{1,2}月(?:份|初|中旬|下旬|底|末)?|近期|如今|現在|现在|目前)`)},
	{QCount, regexp.MustCompile(`[0-9.]+(?:萬|万|億|亿)(?:人)?|[0-9]+人|多位|(?:` + zhNum + `)(?:位|名|家|個|个)`)},
}

var enMonths = `January|February|March|April|May|June|July|August|September|October|November|December`

var enPatterns = []pattern{
	{QMoney, regexp.MustCompile(`(?i)(?:as much as |up to )?\$[0-9][0-9.,]*(?: (?:million|billion|trillion))?|(?:several|tens of|billions of|several billion) (?:billions? of )?dollars`)},
	{QPercent, regexp.MustCompile(`(?i)[0-9][0-9.]*%|[0-9][0-9.]* percent|(?:less than )?(?:one|a) tenth`)},
	{QDuration, regexp.MustCompile(`(?i)(?:more than |over |at least |about )?(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|a) (?:years?|months?|weeks?|days?)`)},
	{QWhen, regexp.MustCompile(`(?i)(?:(?:early|mid|late|the end of|the start of|the beginning of|the first half of|the second half of)[- ])?(?:` + enMonths + `)(?: [0-9]{4})?|(?:(?:early|mid|late|the end of|the start of|the second half of|the first half of)[- ])?(?:[12][0-9]{3})|(?:last|this) (?:year|month)|(?:December|September) last year`)},
	{QCount, regexp.MustCompile(`(?i)[0-9][0-9.,]*(?: (?:million|billion))?(?: (?:people|users|daily active users|monthly active users))?|(?:several|many) (?:executives|people)`)},
}

// FindCandidates returns the typed spans in text (Chinese when zh) and the
// entity mentions, by type, in order of position. A longer span wins over
// a shorter one it overlaps.
func FindCandidates(text string, zh bool, m *EntityMatcher) []Candidate {
	pats := enPatterns
	if zh {
		pats = zhPatterns
	}
	var out []Candidate
	for _, p := range pats {
		for _, loc := range p.re.FindAllStringIndex(text, -1) {
			s := utf8.RuneCountInString(text[:loc[0]])
			e := s + utf8.RuneCountInString(text[loc[0]:loc[1]])
			out = append(out, Candidate{Type: p.t, Text: text[loc[0]:loc[1]], Start: s, End: e})
		}
	}
	if m != nil {
		runes := []rune(text)
		for _, mn := range m.Find(text) {
			t := QWhich
			switch mn.Entity.Type {
			case "person":
				t = QWho
			case "place", "outlet":
				t = QWhere
			case "term":
				continue
			}
			out = append(out, Candidate{Type: t, Text: string(runes[mn.Start:mn.End]), Start: mn.Start, End: mn.End})
			if mn.Entity.Type == "outlet" {
				// An outlet is also a "which" answer (which outlet reported…).
				out = append(out, Candidate{Type: QWhich, Text: string(runes[mn.Start:mn.End]), Start: mn.Start, End: mn.End})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End-out[i].Start > out[j].End-out[j].Start
	})
	// Drop a span of the same type inside a longer one.
	var keep []Candidate
	for _, c := range out {
		inside := false
		for _, k := range keep {
			if k.Type == c.Type && c.Start >= k.Start && c.End <= k.End {
				inside = true
				break
			}
		}
		if !inside {
			keep = append(keep, c)
		}
	}
	return keep
}
