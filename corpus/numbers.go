package corpus

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// NumberKind says what a number in Chinese text stands for.
type NumberKind string

// The kinds of numbers Numbers finds.
const (
	KindMoney    NumberKind = "money"    // 143億美元, 1億美元
	KindAmount   NumberKind = "amount"   // 3500萬, 3.5億 (no currency)
	KindPercent  NumberKind = "percent"  // 49%
	KindYear     NumberKind = "year"     // 2014年, 2023年初, 2024年下半年
	KindMonth    NumberKind = "month"    // 5月份, 4月中旬, 12月
	KindDuration NumberKind = "duration" // 五年以上, 一個多月, 3個月
	KindCount    NumberKind = "count"    // 50人
	KindFraction NumberKind = "fraction" // 十分之一
	KindVague    NumberKind = "vague"    // 數十億美元 (an order of magnitude)
)

// Number is one figure found in Chinese text, with the English forms that
// may express it. A faithful English rendering contains at least one of EN.
type Number struct {
	// ZH is the figure as written, unit included: "143億美元".
	ZH   string
	Kind NumberKind
	// Value is the figure's value in its unit: 1.43e10 for 143億美元 (US
	// dollars), 49 for 49%, 2014 for 2014年, 5 for 5月份 (May) or 五年
	// (years), 0.1 for 十分之一; for KindVague the order of magnitude
	// (1e9 for 數十億).
	Value float64
	// Unit is "USD" for money, "year" or "month" for durations, "people"
	// for counts, else empty.
	Unit string
	// EN lists the English forms, preferred first: "$14.3 billion".
	EN []string
}

const (
	arabicNum = `[0-9０-９]+(?:[.．][0-9０-９]+)?`
	cnNum     = `[零〇一二兩两三四五六七八九十百千]+`
	bigUnit   = `萬億|万亿|萬|万|億|亿`
)

// numberPattern finds figures; the alternatives are tried left to right,
// so longer units come before their prefixes.
var numberPattern = regexp.MustCompile(
	`(?P<vague>[數数](?:十|百|千)?(?:` + bigUnit + `)(?:美元)?)` +
		`|(?P<half>半年)` +
		`|(?P<arabic>` + arabicNum + `)(?P<aunit>(?:` + bigUnit + `)(?:美元)?|[%％]|美元|年(?:初|底|末|上半年|下半年)?|[個个]多?月|月份?(?:初|上旬|中旬|下旬|底|末)?|人)` +
		`|(?P<cn>` + cnNum + `)(?P<cunit>年(?:以上|多)?|[個个]多?月|分之` + cnNum + `|(?:` + bigUnit + `)美元)`)

// Numbers finds the figures in Chinese text that carry a fact: Arabic
// digits with a unit (萬 億 美元 % 年 月 個月 人) and Chinese numerals
// counting years, months or a fraction (五年, 一個多月, 十分之一). Bare
// digits, as in "Llama 4" or "Gemini 2.5", are part of a name and skipped.
func Numbers(zh string) []Number {
	var out []Number
	names := numberPattern.SubexpNames()
	for _, m := range numberPattern.FindAllStringSubmatchIndex(zh, -1) {
		g := map[string]string{}
		for i, name := range names {
			if name != "" && m[2*i] >= 0 {
				g[name] = zh[m[2*i]:m[2*i+1]]
			}
		}
		prev, _ := utf8.DecodeLastRuneInString(zh[:m[0]])
		text := zh[m[0]:m[1]]
		var n Number
		var ok bool
		switch {
		case g["vague"] != "":
			n, ok = vagueNumber(g["vague"]), true
		case g["half"] != "":
			if strings.ContainsRune("上下大多一個个", prev) {
				continue // 下半年 is "the second half", 一年半 "a year and a half"
			}
			n, ok = Number{Kind: KindDuration, Value: 0.5, Unit: "year", EN: []string{"half a year", "six months", "6 months", "half-year"}}, true
		case g["arabic"] != "":
			if unicode.IsLetter(prev) && prev < utf8.RuneSelf {
				continue // part of a Latin name such as H20
			}
			n, ok = arabicNumber(width.Narrow.String(g["arabic"]), g["aunit"])
		case g["cn"] != "":
			if strings.ContainsRune("數数第幾几每", prev) {
				continue // 第一年 is "the first year", 數十年 "decades"
			}
			n, ok = chineseNumber(g["cn"], g["cunit"])
		}
		if ok {
			n.ZH = text
			out = append(out, n)
		}
	}
	return out
}

// decimal is mant × 10^exp, exact.
type decimal struct {
	mant int64
	exp  int
}

func parseDecimal(s string) (decimal, bool) {
	intPart, frac, _ := strings.Cut(s, ".")
	frac = strings.TrimRight(frac, "0")
	m, err := strconv.ParseInt(intPart+frac, 10, 64)
	if err != nil {
		return decimal{}, false
	}
	return decimal{m, -len(frac)}, true
}

func (d decimal) float() float64 {
	f, _ := strconv.ParseFloat(d.String(), 64)
	return f
}

// String writes d in plain decimal notation without trailing zeros.
func (d decimal) String() string {
	s := strconv.FormatInt(d.mant, 10)
	if d.exp >= 0 {
		return s + strings.Repeat("0", d.exp)
	}
	for len(s) <= -d.exp {
		s = "0" + s
	}
	i := len(s) + d.exp
	out := strings.TrimRight(s[:i]+"."+s[i:], "0")
	return strings.TrimSuffix(out, ".")
}

// digits is the number of digits before the decimal point.
func (d decimal) digits() int { return len(strconv.FormatInt(d.mant, 10)) + d.exp }

// figure writes d the way English writes a large number: "14.3 billion",
// "350 million", "50,000".
func (d decimal) figure() []string {
	for _, s := range []struct {
		exp  int
		name string
	}{{12, "trillion"}, {9, "billion"}, {6, "million"}} {
		if d.digits() > s.exp {
			return []string{decimal{d.mant, d.exp - s.exp}.String() + " " + s.name}
		}
	}
	plain := d.String()
	if d.digits() <= 3 {
		return []string{plain}
	}
	intPart, frac, _ := strings.Cut(plain, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	grouped := b.String()
	if frac != "" {
		grouped += "." + frac
	}
	return []string{grouped, plain}
}

var unitExp = map[string]int{"萬": 4, "万": 4, "億": 8, "亿": 8, "萬億": 12, "万亿": 12}

var monthNames = []string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

func arabicNumber(digits, unit string) (Number, bool) {
	d, ok := parseDecimal(digits)
	if !ok {
		return Number{}, false
	}
	whole := d.exp == 0
	n := int(d.mant)
	switch {
	case strings.HasSuffix(unit, "美元") || unitExp[unit] > 0:
		return amountNumber(d, unit), true
	case unit == "%" || unit == "％":
		s := d.String()
		return Number{Kind: KindPercent, Value: d.float(), EN: []string{s + "%", s + " percent", s + " per cent"}}, true
	case strings.HasPrefix(unit, "年") && whole && d.digits() == 4:
		return Number{Kind: KindYear, Value: float64(n), EN: yearForms(strconv.Itoa(n), strings.TrimPrefix(unit, "年"))}, true
	case unit == "年" && whole:
		return durationNumber(n, "year", ""), true
	case strings.HasSuffix(unit, "月") && (strings.HasPrefix(unit, "個") || strings.HasPrefix(unit, "个")) && whole:
		more := ""
		if strings.Contains(unit, "多") {
			more = "多"
		}
		return durationNumber(n, "month", more), true
	case strings.HasPrefix(unit, "月") && whole && n >= 1 && n <= 12:
		q := strings.TrimPrefix(strings.TrimPrefix(unit, "月"), "份")
		return Number{Kind: KindMonth, Value: float64(n), EN: monthForms(monthNames[n], q)}, true
	case unit == "人" && whole:
		s := strconv.Itoa(n)
		en := []string{s + " people", s + " persons", s + "-person", s + " staff", s + " employees", s + " members"}
		if n <= 20 {
			w := numberWord(n)
			en = append(en, w+" people", w+"-person")
		}
		return Number{Kind: KindCount, Value: float64(n), Unit: "people", EN: en}, true
	}
	return Number{}, false
}

// amountNumber is d times a unit such as 億美元 (money) or 萬 (a plain
// amount).
func amountNumber(d decimal, unit string) Number {
	big := strings.TrimSuffix(unit, "美元")
	v := decimal{d.mant, d.exp + unitExp[big]}
	figs := v.figure()
	if unit == big {
		return Number{Kind: KindAmount, Value: v.float(), EN: figs}
	}
	var en []string
	for _, f := range figs {
		en = append(en, "$"+f, f+" dollars", f+" US dollars", "USD "+f)
	}
	return Number{Kind: KindMoney, Value: v.float(), Unit: "USD", EN: en}
}

func yearForms(y, q string) []string {
	switch q {
	case "初":
		return []string{"early " + y, "beginning of " + y, "start of " + y}
	case "底", "末":
		return []string{"end of " + y, "late " + y}
	case "上半年":
		return []string{"first half of " + y}
	case "下半年":
		return []string{"second half of " + y, "latter half of " + y}
	}
	return []string{y}
}

func monthForms(m, q string) []string {
	switch q {
	case "初", "上旬":
		return []string{"early " + m, "beginning of " + m, "start of " + m}
	case "中旬":
		return []string{"mid-" + m, "middle of " + m}
	case "下旬", "底", "末":
		return []string{"late " + m, "end of " + m}
	}
	return []string{m}
}

func chineseNumber(num, unit string) (Number, bool) {
	n, ok := parseChinese(num)
	if !ok {
		return Number{}, false
	}
	switch {
	case strings.HasSuffix(unit, "美元"):
		// Only with 美元: a bare 千萬 is usually the adverb "by all means".
		return amountNumber(decimal{int64(n), 0}, unit), true
	case strings.HasPrefix(unit, "年"):
		if n >= 1000 && !strings.ContainsAny(num, "十百千") {
			// 二〇二四年 is a calendar year.
			return Number{Kind: KindYear, Value: float64(n), EN: yearForms(strconv.Itoa(n), "")}, true
		}
		return durationNumber(n, "year", strings.TrimPrefix(unit, "年")), true
	case strings.HasSuffix(unit, "月"):
		more := ""
		if strings.Contains(unit, "多") {
			more = "多"
		}
		return durationNumber(n, "month", more), true
	case strings.HasPrefix(unit, "分之"):
		num, ok := parseChinese(strings.TrimPrefix(unit, "分之"))
		if !ok || n == 0 {
			return Number{}, false
		}
		return Number{Kind: KindFraction, Value: float64(num) / float64(n), EN: fractionForms(num, n)}, true
	}
	return Number{}, false
}

// durationNumber is n years or months; qualifier 以上 or 多 means "more
// than" and must show in English too.
func durationNumber(n int, unit, qualifier string) Number {
	w := numberWord(n)
	base := []string{w + " " + unit + "s", strconv.Itoa(n) + " " + unit + "s", w + "-" + unit}
	if n == 1 {
		base = []string{"one " + unit, "a " + unit, "1 " + unit, "one-" + unit}
	}
	en := base
	switch qualifier {
	case "以上", "多":
		en = nil
		if n == 1 {
			base[0], base[1] = base[1], base[0] // "more than a month"
		}
		for _, b := range base[:len(base)-1] {
			en = append(en, "more than "+b, "over "+b)
			if qualifier == "以上" {
				en = append(en, "at least "+b, b+" or more")
			}
		}
	}
	return Number{Kind: KindDuration, Value: float64(n), Unit: unit, EN: en}
}

var ordinals = map[int]string{3: "third", 4: "quarter", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 100: "hundredth", 1000: "thousandth"}

func fractionForms(num, den int) []string {
	var en []string
	if den == 2 && num == 1 {
		en = append(en, "half", "one half", "a half")
	} else if o, ok := ordinals[den]; ok {
		w := numberWord(num)
		if num > 1 {
			o += "s"
		}
		en = append(en, w+" "+o, w+"-"+o)
		if num == 1 {
			en = append(en, "a "+o)
		}
	}
	en = append(en, fmt.Sprintf("%d/%d", num, den))
	if 100*num%den == 0 {
		p := strconv.Itoa(100 * num / den)
		en = append(en, p+"%", p+" percent")
	}
	return en
}

func vagueNumber(s string) Number {
	money := strings.HasSuffix(s, "美元")
	s = strings.TrimSuffix(s, "美元")
	_, size := utf8.DecodeRuneInString(s) // 數
	s = s[size:]
	e := 0
	if r, n := utf8.DecodeRuneInString(s); strings.ContainsRune("十百千", r) {
		e = strings.IndexRune("十百千", r)/len("十") + 1
		s = s[n:]
	}
	e += unitExp[s]
	scale := map[int]string{3: "thousand", 6: "million", 9: "billion", 12: "trillion"}[e/3*3]
	var en []string
	switch e % 3 {
	case 0:
		en = []string{scale + "s", "several " + scale}
	case 1:
		en = []string{"tens of " + scale + "s"}
	case 2:
		en = []string{"hundreds of " + scale + "s"}
	}
	if money {
		for i, f := range en {
			if strings.HasPrefix(f, "several") {
				en[i] = f + " dollars"
			} else {
				en[i] = f + " of dollars"
			}
		}
	}
	n := Number{Kind: KindVague, EN: en}
	n.Value, _ = strconv.ParseFloat("1e"+strconv.Itoa(e), 64)
	if money {
		n.Unit = "USD"
	}
	return n
}

var cnDigits = map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '兩': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
var cnUnits = map[rune]int{'十': 10, '百': 100, '千': 1000}

// parseChinese reads a Chinese numeral below ten thousand: 五, 十五, 二十,
// 一百零五, or a digit string such as 二〇二四. A numeral does not start
// with 零 (零一萬物 is the company 01.AI).
func parseChinese(s string) (int, bool) {
	if r, _ := utf8.DecodeRuneInString(s); (r == '零' || r == '〇') && len(s) > len("零") {
		return 0, false
	}
	if !strings.ContainsAny(s, "十百千") {
		n := 0
		for _, r := range s {
			d, ok := cnDigits[r]
			if !ok {
				return 0, false
			}
			n = n*10 + d
		}
		return n, s != ""
	}
	total, cur := 0, 0
	for _, r := range s {
		if d, ok := cnDigits[r]; ok {
			cur = d
			continue
		}
		u := cnUnits[r]
		if cur == 0 {
			cur = 1
		}
		total += cur * u
		cur = 0
	}
	return total + cur, true
}

var smallWords = strings.Fields("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
var tensWords = strings.Fields("_ _ twenty thirty forty fifty sixty seventy eighty ninety")

// numberWord spells n in English below a hundred, else writes its digits.
func numberWord(n int) string {
	switch {
	case n < 0 || n >= 100:
		return strconv.Itoa(n)
	case n < 20:
		return smallWords[n]
	case n%10 == 0:
		return tensWords[n/10]
	}
	return tensWords[n/10] + "-" + smallWords[n%10]
}

// byteRange is a half-open byte range of English text.
type byteRange struct{ start, end int }

// numberMatch is where one Chinese figure was found in the English.
type numberMatch struct {
	Number
	at    byteRange
	found bool
}

// matchNumbers pairs every figure of zh with one distinct occurrence of
// one of its English forms in en. Figures with longer Chinese text (2024年底
// before 2024年) choose first, each taking the earliest free occurrence.
func matchNumbers(zh, en string) []numberMatch {
	nums := Numbers(zh)
	ms := make([]numberMatch, len(nums))
	order := make([]int, len(nums))
	for i, n := range nums {
		ms[i].Number = n
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return len(nums[order[a]].ZH) > len(nums[order[b]].ZH) })
	var used []byteRange
	for _, i := range order {
		best := byteRange{-1, -1}
		for _, f := range ms[i].EN {
			if r, ok := findForm(en, f, used); ok && (best.start < 0 || r.start < best.start) {
				best = r
			}
		}
		if best.start >= 0 {
			ms[i].at, ms[i].found = best, true
			used = append(used, best)
		}
	}
	return ms
}

// findForm finds the first occurrence of form (or its capitalised form) in
// en that stands as a whole word and overlaps none of used.
func findForm(en, form string, used []byteRange) (byteRange, bool) {
	forms := []string{form}
	if r, n := utf8.DecodeRuneInString(form); unicode.IsLower(r) {
		forms = append(forms, string(unicode.ToUpper(r))+form[n:])
	}
	best := byteRange{-1, -1}
	for _, f := range forms {
		for from := 0; from < len(en); {
			i := strings.Index(en[from:], f)
			if i < 0 {
				break
			}
			r := byteRange{from + i, from + i + len(f)}
			from = r.start + 1
			if !wordBoundary(en, r, f) || overlaps(r, used) {
				continue
			}
			if best.start < 0 || r.start < best.start {
				best = r
			}
			break
		}
	}
	return best, best.start >= 0
}

// wordBoundary reports whether the match r of form in en is not part of a
// longer word or number: "May" is not in "Mayor", "3 billion" not in
// "13 billion" or "1.3 billion", "2014" not in "20145".
func wordBoundary(en string, r byteRange, form string) bool {
	first, _ := utf8.DecodeRuneInString(form)
	last, _ := utf8.DecodeLastRuneInString(form)
	if isAlnum(first) {
		before, n := utf8.DecodeLastRuneInString(en[:r.start])
		if isAlnum(before) {
			return false
		}
		if before == '.' || before == ',' {
			if b2, _ := utf8.DecodeLastRuneInString(en[:r.start-n]); unicode.IsDigit(b2) {
				return false
			}
		}
	}
	if isAlnum(last) {
		after, n := utf8.DecodeRuneInString(en[r.end:])
		if isAlnum(after) {
			return false
		}
		if after == '.' || after == ',' {
			if a2, _ := utf8.DecodeRuneInString(en[r.end+n:]); unicode.IsDigit(a2) {
				return false
			}
		}
	}
	return true
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func overlaps(r byteRange, used []byteRange) bool {
	for _, u := range used {
		if r.start < u.end && u.start < r.end {
			return true
		}
	}
	return false
}

var (
	enToken    = regexp.MustCompile(`[\p{L}\p{N}]+(?:[.,][\p{L}\p{N}]+)*`)
	digitsOnly = regexp.MustCompile(arabicNum)
)

// CheckNumbers compares the figures of a Chinese passage with its English
// rendering and returns what disagrees (nil when they agree):
//   - a Chinese figure with no English counterpart ("$143 billion" for
//     143億美元, or a figure left out);
//   - an English figure in digits that matches no Chinese figure and whose
//     digits do not stand in the Chinese either (an added number). Digits
//     inside names, such as "R1" or "01.AI", are not figures.
func CheckNumbers(zh, en string) []string {
	var used []byteRange
	var out []string
	for _, m := range matchNumbers(zh, en) {
		if !m.found {
			out = append(out, fmt.Sprintf("%s has no English counterpart (want %s)", m.ZH, quoteList(m.EN)))
			continue
		}
		used = append(used, m.at)
	}
	zhDigits := map[string]bool{}
	for _, d := range digitsOnly.FindAllString(zh, -1) {
		zhDigits[width.Narrow.String(d)] = true
	}
	for _, loc := range enToken.FindAllStringIndex(en, -1) {
		tok := en[loc[0]:loc[1]]
		if strings.IndexFunc(tok, unicode.IsLetter) >= 0 || strings.IndexFunc(tok, unicode.IsDigit) < 0 {
			continue
		}
		r := byteRange{loc[0], loc[1]}
		if overlaps(r, used) || zhDigits[strings.ReplaceAll(tok, ",", "")] {
			continue
		}
		out = append(out, fmt.Sprintf("English %q stands for no figure of the Chinese", tok))
	}
	return out
}

func quoteList(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, " or ")
}
