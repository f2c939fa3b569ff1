package qa

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// EntityMatcher finds the corpus entities a text names, in any of their
// forms and either script, tolerating a typo in longer Latin names.
//
// Finding costs the text's length and the mentions, not the number of
// forms: the exact forms are one automaton (ahocorasick.go), the typo
// checks look names up in indexes.
type EntityMatcher struct {
	entities []Entity
	forms    []form       // sorted longest first
	exact    *acAutomaton // the forms; pattern i is forms[i]
	// words holds single-word Latin forms of five letters or more, for
	// typo-tolerant matching; wordVariants indexes them by the strings
	// their deletions leave, maxWord is the longest in runes.
	words        []form
	wordVariants deletionIndex
	maxWord      int
	// phrases holds Latin names of two words or more and eight letters
	// or more, for a typo in a short word of one ("Daniel Gros", "Zhang
	// Fang"), which the one-word check cannot see; phraseWords is the
	// largest number of words of one.
	phrases     []form
	phraseWords int
	// bare holds the Bare surnames (Entity.Bare).
	bare []form
	// hanNames holds the Han forms of three characters or more of
	// people and organisations, for tolerating one wrong character
	// (張心浩 for 張心皓, 奧特慢 for 奧特曼), indexed by their first and
	// second characters and by their first and third (hanIndex), with
	// the first characters in a set (hanFirst).
	hanNames []form
	hanIndex map[hanKey][]int32
	hanFirst runeSet
	// hanByFirst indexes hanNames by their first character, for names
	// typed with two wrong homophones or more (张昕浩 for 張心皓).
	hanByFirst map[rune][]int32
	// memo keeps results for the engine's passage texts (precompute.go).
	memo *passageMemo
}

type form struct {
	text   string // folded (Simplified, lower case)
	entity int
	latin  bool
	runes  int // utf8.RuneCountInString(text)
}

// NewEntityMatcher indexes the forms of the entities.
func NewEntityMatcher(entities []Entity) *EntityMatcher {
	m := &EntityMatcher{entities: entities}
	seen := map[string]bool{}
	for i, e := range entities {
		m.bare = appendBare(m.bare, e, i)
		for _, f := range append(append([]string(nil), e.ZH...), e.EN...) {
			t := Fold(strings.TrimSpace(f))
			if t == "" || seen[t] {
				continue
			}
			seen[t] = true
			latin := !hasHan(t)
			n := utf8.RuneCountInString(t)
			m.forms = append(m.forms, form{text: t, entity: i, latin: latin, runes: n})
			if !latin && (e.Type == "person" || e.Type == "org") && n >= 3 && isAllHan(t) {
				m.hanNames = append(m.hanNames, form{text: t, entity: i, runes: n})
			}
			// Typos are tolerated in names, and in terms of nine
			// letters or more: a short term such as "founder" is one
			// letter away from the ordinary "founded".
			if latin && (e.Type != "term" || n >= 9) && !strings.Contains(t, " ") && n >= 5 {
				m.words = append(m.words, form{text: t, entity: i, latin: true, runes: n})
				m.maxWord = max(m.maxWord, n)
			}
			if isTypoPhrase(e, t) {
				m.phrases = append(m.phrases, form{text: t, entity: i, latin: true, runes: n})
				m.phraseWords = max(m.phraseWords, strings.Count(t, " ")+1)
			}
		}
	}
	sort.SliceStable(m.forms, func(i, j int) bool { return len(m.forms[i].text) > len(m.forms[j].text) })
	texts := make([]string, len(m.forms))
	for i, fo := range m.forms {
		texts[i] = fo.text
	}
	m.exact = newACAutomaton(texts)
	m.hanIndex = map[hanKey][]int32{}
	m.hanByFirst = map[rune][]int32{}
	for i, fo := range m.hanNames {
		nr := []rune(fo.text)
		m.hanFirst.add(nr[0])
		m.hanByFirst[nr[0]] = append(m.hanByFirst[nr[0]], int32(i))
		for _, k := range []hanKey{{nr[0], nr[1], 1}, {nr[0], nr[2], 2}} {
			m.hanIndex[k] = append(m.hanIndex[k], int32(i))
		}
	}
	m.wordVariants = newDeletionIndex(m.words)
	return m
}

// Entities returns every entity of the table.
func (m *EntityMatcher) Entities() []Entity { return m.entities }

// Mention is an entity named in a text, with the rune range it was found at.
type Mention struct {
	Entity     Entity
	Start, End int // rune offsets in the text
	// Fix is, for a Latin name misspelled by one edit, the alias
	// table's form the text was read as ("Daniel Gross" for "daneil
	// gross"), and for a Han name with a wrong character or wrong
	// homophones its folded form (张心皓 for 张昕浩; FixNames writes it
	// in the asker's script); empty where the text is a form as written.
	Fix string
}

// Find returns the entities named in text, in order of appearance, each
// once. Longer forms win over the shorter forms they contain (馬克·扎克伯格
// over 扎克伯格); Latin forms match on word boundaries.
func (m *EntityMatcher) Find(text string) []Mention {
	out := m.FindAll(text)
	// Each entity once.
	uniq := out[:0]
	seen := map[string]bool{}
	for _, mn := range out {
		if !seen[mn.Entity.ID] {
			seen[mn.Entity.ID] = true
			uniq = append(uniq, mn)
		}
	}
	return uniq
}

// findAll is FindAll without the engine's passage memo (precompute.go).
//
// The forms are taken longest first, each at its occurrences from left to
// right (an occurrence starting inside the previous one of the same form
// is not one, as with strings.Index), where a Latin form is a whole word
// and no longer form was found; then one-character typos of Han names;
// then typos of Latin words.
func (m *EntityMatcher) findAll(text string) []Mention {
	if m == nil {
		return nil
	}
	f := Fold(text)
	fr := []rune(f)
	taken := make([]bool, len(fr))
	var out []Mention
	hits := m.exact.appendMatches(nil, f)
	// By form (longest first), then position.
	slices.SortFunc(hits, func(a, b acMatch) int { return cmp.Or(cmp.Compare(a.pat, b.pat), cmp.Compare(a.end, b.end)) })
	lastPat, lastEnd := int32(-1), int32(0)
	for _, h := range hits {
		fo := &m.forms[h.pat]
		i := int(h.end) - len(fo.text)
		if h.pat == lastPat && int32(i) < lastEnd {
			continue // inside the form's previous occurrence
		}
		lastPat, lastEnd = h.pat, h.end
		if fo.latin {
			before, _ := utf8.DecodeLastRuneInString(f[:i])
			after, _ := utf8.DecodeRuneInString(f[h.end:])
			if isWordRune(before) || isWordRune(after) {
				continue
			}
		}
		rs, re := int(h.runeEnd)-fo.runes, int(h.runeEnd)
		if anyTaken(taken, rs, re) {
			continue
		}
		for j := rs; j < re; j++ {
			taken[j] = true
		}
		out = append(out, Mention{Entity: m.entities[fo.entity], Start: rs, End: re})
	}
	out = bareSurnames(m.bare, m.entities, fr, taken, out)
	out = m.hanTypos(fr, taken, out)
	out = phraseTypos(m.phrases, m.phraseWords, m.entities, fr, taken, out)
	out = m.latinTypos(fr, taken, out)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// hanKey indexes a Han name by its first character and the one at pos.
type hanKey struct {
	first, r rune
	pos      int8
}

// hanTypos appends the runs of characters that differ from a Han name of
// three characters or more in one character, not the first (a wrong
// homophone: 張心浩, 奧特慢), where nothing else was found; names in
// their order, each from left to right. A run differing in one
// character matches the name in its second character or, if not, in its
// third, so the candidates at a position are the names indexed under the
// position's first two characters and under its first and third.
func (m *EntityMatcher) hanTypos(fr []rune, taken []bool, out []Mention) []Mention {
	type cand struct{ name, at int32 }
	var cands []cand
	for i := 0; i+3 <= len(fr); i++ {
		if taken[i] || !m.hanFirst.has(fr[i]) {
			continue // a name found here, or no name starts here
		}
		for _, k := range m.hanIndex[hanKey{fr[i], fr[i+1], 1}] {
			if m.hanTypoAt(fr, i, k) {
				cands = append(cands, cand{k, int32(i)})
			}
		}
		for _, k := range m.hanIndex[hanKey{fr[i], fr[i+2], 2}] {
			if nr1 := secondRune(m.hanNames[k].text); nr1 != fr[i+1] && m.hanTypoAt(fr, i, k) {
				cands = append(cands, cand{k, int32(i)}) // not found above
			}
		}
		for _, k := range m.hanByFirst[fr[i]] {
			if m.hanHomophonesAt(fr, i, k) {
				cands = append(cands, cand{k, int32(i)}) // two wrong characters or more: not found above
			}
		}
	}
	slices.SortFunc(cands, func(a, b cand) int { return cmp.Or(cmp.Compare(a.name, b.name), cmp.Compare(a.at, b.at)) })
	for _, c := range cands {
		fo := &m.hanNames[c.name]
		i, j := int(c.at), int(c.at)+fo.runes
		if anyTaken(taken, i, j) {
			continue
		}
		for k := i; k < j; k++ {
			taken[k] = true
		}
		out = append(out, Mention{Entity: m.entities[fo.entity], Start: i, End: j, Fix: fo.text})
	}
	return out
}

// hanTypoAt tells whether the text at rune i differs from Han name k in
// exactly one character, a Han one, past the first.
func (m *EntityMatcher) hanTypoAt(fr []rune, i int, k int32) bool {
	diff, _ := m.hanDiffAt(fr, i, k)
	return diff == 1
}

// hanHomophonesAt tells whether the text at rune i differs from Han name k
// in two characters or more past the first, each a homophone of the
// name's (张昕浩 for 张心皓: 昕 and 心 are both xin, 浩 and 皓 both hao).
// One wrong character of any sound is hanTypoAt's.
func (m *EntityMatcher) hanHomophonesAt(fr []rune, i int, k int32) bool {
	diff, homophones := m.hanDiffAt(fr, i, k)
	return diff >= 2 && homophones
}

// hanDiffAt counts the characters past the first in which the text at
// rune i differs from Han name k, and tells whether each is a homophone
// of the name's; -1 when the name runs past the text or a differing
// character is not Han.
func (m *EntityMatcher) hanDiffAt(fr []rune, i int, k int32) (diff int, homophones bool) {
	fo := &m.hanNames[k]
	if i+fo.runes > len(fr) {
		return -1, false
	}
	homophones = true
	j := 0
	for _, r := range fo.text {
		if j > 0 && fr[i+j] != r {
			if !unicode.Is(unicode.Han, fr[i+j]) {
				return -1, false
			}
			diff++
			homophones = homophones && sameSound(fr[i+j], r)
		}
		j++
	}
	return diff, homophones
}

func secondRune(s string) rune {
	_, n := utf8.DecodeRuneInString(s)
	r, _ := utf8.DecodeRuneInString(s[n:])
	return r
}

// latinTypos appends the Latin words of five letters or more within edit
// distance 1 (2 from nine letters) of a one-word Latin form, the closest
// (the first of the closest) for each word.
func (m *EntityMatcher) latinTypos(fr []rune, taken []bool, out []Mention) []Mention {
	if len(m.words) == 0 {
		return out
	}
	var cands []int32
	for _, w := range wordSpans(fr) {
		if n := w.End - w.Start; n < 5 || n > m.maxWord+2 || anyTaken(taken, w.Start, w.End) {
			continue // too short, or too long to be within 2 of any form
		}
		word := string(fr[w.Start:w.End])
		cands = m.wordVariants.candidates(cands[:0], word)
		var best *form
		bestD := 3
		for _, k := range cands {
			fo := &m.words[k]
			max := 1
			if fo.runes >= 9 {
				max = 2
			}
			if d := editDistance(word, fo.text, max); d <= max && d < bestD {
				best, bestD = fo, d
			}
		}
		if best != nil {
			// One edit is a typo to mend; two (from nine letters) are
			// enough to find the name, not to rewrite the asker's words.
			e, fix := m.entities[best.entity], ""
			if bestD == 1 {
				fix = asWritten(e, best.text)
				if word == best.text+"s" {
					fix += "'s" // a possessive without its apostrophe: googles
				}
			}
			out = append(out, Mention{Entity: e, Start: w.Start, End: w.End, Fix: fix})
		}
	}
	return out
}

// phraseTypos appends the runs of Latin words, where nothing else was
// found, that are one edit from a name of as many words (phrases, of up
// to maxWords words), each word beginning with the name's word's letter:
// a letter too many, too few or wrong, or two swapped, in a short word
// ("Daniel Gros", "Zhang Fang", "Zhang Xinhoa"). The first such name
// wins; runs are tried from the left, longest first. The names are few
// (people and organisations of two words or more), so they are compared
// one by one.
func phraseTypos(phrases []form, maxWords int, entities []Entity, fr []rune, taken []bool, out []Mention) []Mention {
	if len(phrases) == 0 {
		return out
	}
	ws := wordSpans(fr)
	for i := 0; i < len(ws); i++ {
	runs:
		for n := min(maxWords, len(ws)-i); n >= 2; n-- {
			s, e := ws[i].Start, ws[i+n-1].End
			for j := i + 1; j < i+n; j++ {
				if ws[j].Start != ws[j-1].End+1 || fr[ws[j-1].End] != ' ' {
					continue runs // not words one space apart
				}
			}
			run := string(fr[s:e]) // folded: lower case
			for _, fo := range phrases {
				if fo.text[0] != run[0] || strings.Count(fo.text, " ") != n-1 || !sameInitials(run, fo.text) || !osaDistance1(run, fo.text) {
					continue
				}
				ent := entities[fo.entity]
				if anyTaken(taken, s, e) {
					// Only a word of the same name found exactly
					// ("Gross" in "daneil gross") gives way to it.
					var ok bool
					if out, ok = absorb(out, fr, taken, s, e, ent.ID); !ok {
						continue
					}
				}
				for j := s; j < e; j++ {
					taken[j] = true
				}
				fix := asWritten(ent, fo.text)
				if run == fo.text+"s" {
					fix += "'s" // koray kavukcuoglus
				}
				out = append(out, Mention{Entity: ent, Start: s, End: e, Fix: fix})
				i += n - 1
				break runs
			}
		}
	}
	return out
}

// absorb removes from out the mentions within [s, e) when every taken
// rune there is one of them and they all name entity id; ok reports
// whether it did (out is then shorter).
func absorb(out []Mention, fr []rune, taken []bool, s, e int, id string) ([]Mention, bool) {
	n := 0
	for _, mn := range out {
		if mn.Start < e && mn.End > s {
			if mn.Start < s || mn.End > e || mn.Entity.ID != id {
				return out, false
			}
			n += mn.End - mn.Start
		}
	}
	// A run wholly found is a name as written (Sam Altman), not a typo
	// of a longer form (Sam Altmann).
	t, open := 0, false
	for j := s; j < e; j++ {
		if taken[j] {
			t++
		} else if fr[j] != ' ' {
			open = true
		}
	}
	if t != n || !open {
		return out, false
	}
	return slices.DeleteFunc(out, func(mn Mention) bool { return mn.Start < e && mn.End > s }), true
}

// asWritten returns the English form of e whose folded text is folded,
// as the alias table writes it.
func asWritten(e Entity, folded string) string {
	for _, f := range e.EN {
		if Fold(strings.TrimSpace(f)) == folded {
			return strings.TrimSpace(f)
		}
	}
	return folded
}

// FixNames rewrites the misspelled names of q as the alias table writes
// them ("who is daneil gross" → "who is Daniel Gross", 张昕浩 → 张心皓, in
// the script the asker wrote the name in), so that the search and the
// answer see the name the asker meant, and the asker sees how the
// question was read. q is returned as is when folding changes its length
// (the mentions' offsets are the folded text's).
func (m *EntityMatcher) FixNames(q string) string {
	if !strings.ContainsFunc(q, func(c rune) bool { return c < 0x80 && unicode.IsLetter(c) || unicode.Is(unicode.Han, c) }) {
		return q // no name to mend
	}
	r := []rune(q)
	ms := slices.Clone(m.FindAll(q)) // (FindAll may return a kept slice)
	for i, mn := range ms {
		if hasHan(mn.Fix) && mn.End <= len(r) {
			ms[i].Fix = hanAsWritten(mn.Entity, mn.Fix, r[mn.Start:mn.End])
		}
	}
	if !slices.ContainsFunc(ms, func(mn Mention) bool { return mn.Fix != "" }) || utf8.RuneCountInString(Fold(q)) != len(r) {
		return q
	}
	var b strings.Builder
	last := 0
	for _, mn := range ms {
		if mn.Fix == "" || mn.Start < last {
			continue
		}
		b.WriteString(string(r[last:mn.Start]))
		b.WriteString(mn.Fix)
		last = mn.End
	}
	b.WriteString(string(r[last:]))
	return b.String()
}

// hanAsWritten returns the Chinese form of e that folds to folded and
// shares the most characters with what the asker typed (张昕浩 → 张心皓,
// 張新號 → 張心皓: the asker's script).
func hanAsWritten(e Entity, folded string, typed []rune) string {
	best, most := folded, -1
	for _, f := range e.ZH {
		if Fold(f) != folded {
			continue
		}
		n := 0
		for i, c := range []rune(f) {
			if i < len(typed) && typed[i] == c {
				n++
			}
		}
		if n > most {
			best, most = f, n
		}
	}
	return best
}

// appendBare appends the Bare surnames of e, the i-th entity: single Han
// characters, folded.
func appendBare(dst []form, e Entity, i int) []form {
	for _, b := range e.Bare {
		if t := Fold(strings.TrimSpace(b)); utf8.RuneCountInString(t) == 1 && isAllHan(t) {
			dst = append(dst, form{text: t, entity: i, runes: 1})
		}
	}
	return dst
}

// bareBefore are the characters after which a surname may stand alone
// (挖王, 找的王, 和王, 接触王), and bareAfter those before which it is part of a
// word or another name (王者, 王牌, 王小川): the surname is a name after
// the start, a non-Han character or one of bareBefore, and before the
// end, a non-Han character or anything but bareAfter.
const (
	bareBefore = "挖找请让给和与跟把被对向说问了的叫连等触聘签留邀"
	bareAfter  = "者牌国朝冠道位室子妃府爷权储公侯八小座宫法族炸霸"
)

// bareSurnames appends the bare surnames that stand alone in fr, where
// nothing else was found.
func bareSurnames(bare []form, entities []Entity, fr []rune, taken []bool, out []Mention) []Mention {
	for _, b := range bare {
		r, _ := utf8.DecodeRuneInString(b.text)
		for i, c := range fr {
			if c != r || taken[i] {
				continue
			}
			if i > 0 && unicode.Is(unicode.Han, fr[i-1]) && !strings.ContainsRune(bareBefore, fr[i-1]) {
				continue
			}
			if i+1 < len(fr) && unicode.Is(unicode.Han, fr[i+1]) && strings.ContainsRune(bareAfter, fr[i+1]) {
				continue
			}
			taken[i] = true
			out = append(out, Mention{Entity: entities[b.entity], Start: i, End: i + 1})
		}
	}
	return out
}

// isTypoPhrase tells whether the folded form t of e is a name phraseTypos
// tolerates a typo in: a person's or organisation's, of Latin words one
// space apart, two or more, eight letters or more in all.
func isTypoPhrase(e Entity, t string) bool {
	return (e.Type == "person" || e.Type == "org") && len(t) >= 8 && strings.Contains(t, " ") && !strings.Contains(t, "  ") &&
		t[0] != ' ' && t[len(t)-1] != ' ' && isLetters(strings.ReplaceAll(t, " ", ""))
}

// sameInitials reports whether the words of a and b, as many, begin with
// the same letters.
func sameInitials(a, b string) bool {
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) != len(bw) {
		return false
	}
	for i := range aw {
		if aw[i][0] != bw[i][0] {
			return false
		}
	}
	return true
}

// deletionIndex finds the forms within edit distance 1, or 2 for forms of
// nine runes or more, of a word without comparing it with every form: two
// strings within distance d both become one string after at most d
// deletions from each (a substitution deletes the character from both, an
// insertion or a deletion from one), so a form is kept under the hashes of
// what its deletions of up to d runes leave, and a word's candidates are
// the forms kept under what its deletions of up to 2 leave. Candidates
// are a superset (hashes collide, and the distance is not checked); the
// caller measures them.
type deletionIndex struct {
	keys []uint64 // sorted
	vals []int32  // the forms' indexes, ascending within a key
}

func newDeletionIndex(words []form) deletionIndex {
	type kv struct {
		k uint64
		v int32
	}
	var all []kv
	var hs []uint64
	for i, fo := range words {
		d := 1
		if fo.runes >= 9 {
			d = 2
		}
		hs = deletionHashes(hs[:0], []rune(fo.text), d)
		slices.Sort(hs)
		for _, h := range slices.Compact(hs) {
			all = append(all, kv{h, int32(i)})
		}
	}
	slices.SortFunc(all, func(a, b kv) int { return cmp.Or(cmp.Compare(a.k, b.k), cmp.Compare(a.v, b.v)) })
	x := deletionIndex{keys: make([]uint64, len(all)), vals: make([]int32, len(all))}
	for i, e := range all {
		x.keys[i], x.vals[i] = e.k, e.v
	}
	return x
}

// candidates appends to dst, ascending and each once, the forms that may
// be within distance 2 of word.
func (x *deletionIndex) candidates(dst []int32, word string) []int32 {
	if len(x.keys) == 0 {
		return dst
	}
	var buf [128]uint64
	n0 := len(dst)
	for _, h := range deletionHashes(buf[:0], []rune(word), 2) {
		i, _ := slices.BinarySearch(x.keys, h)
		for ; i < len(x.keys) && x.keys[i] == h; i++ {
			dst = append(dst, x.vals[i])
		}
	}
	slices.Sort(dst[n0:])
	return slices.Compact(dst)
}

// deletionHashes appends the hashes of what deleting up to d (1 or 2)
// runes of r leaves, r itself included.
func deletionHashes(dst []uint64, r []rune, d int) []uint64 {
	dst = append(dst, hashRunes(r, -1, -1))
	for i := range r {
		dst = append(dst, hashRunes(r, i, -1))
		if d < 2 {
			continue
		}
		for j := i + 1; j < len(r); j++ {
			dst = append(dst, hashRunes(r, i, j))
		}
	}
	return dst
}

// hashRunes is the FNV-1a hash of the UTF-8 encoding of r without the
// runes at skip1 and skip2.
func hashRunes(r []rune, skip1, skip2 int) uint64 {
	h := uint64(14695981039346656037)
	var b [utf8.UTFMax]byte
	for i, c := range r {
		if i == skip1 || i == skip2 {
			continue
		}
		if c < utf8.RuneSelf {
			h = (h ^ uint64(c)) * 1099511628211
			continue
		}
		for _, x := range b[:utf8.EncodeRune(b[:], c)] {
			h = (h ^ uint64(x)) * 1099511628211
		}
	}
	return h
}

// runeSet is a set of runes, a bitmap for the Basic Multilingual Plane.
type runeSet struct {
	bmp  [1 << 10]uint64
	rest map[rune]bool
}

func (s *runeSet) add(r rune) {
	if r >= 0 && r < 1<<16 {
		s.bmp[r>>6] |= 1 << (r & 63)
		return
	}
	if s.rest == nil {
		s.rest = map[rune]bool{}
	}
	s.rest[r] = true
}

func (s *runeSet) has(r rune) bool {
	if r < 1<<16 {
		return r >= 0 && s.bmp[r>>6]&(1<<(r&63)) != 0
	}
	return s.rest[r]
}

func isAllHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

func anyTaken(t []bool, s, e int) bool {
	for i := s; i < e && i < len(t); i++ {
		if t[i] {
			return true
		}
	}
	return false
}

// wordSpans returns the rune ranges of ASCII letter runs.
func wordSpans(r []rune) []Span {
	var out []Span
	start := -1
	for i := 0; i <= len(r); i++ {
		in := i < len(r) && r[i] < 0x80 && (r[i] >= 'a' && r[i] <= 'z' || r[i] >= 'A' && r[i] <= 'Z')
		if in && start < 0 {
			start = i
		}
		if !in && start >= 0 {
			out = append(out, Span{start, i})
			start = -1
		}
	}
	return out
}

// editDistance is the Levenshtein distance of a and b (in bytes for
// ASCII text, in runes otherwise), or max+1 once it is known to exceed max.
func editDistance(a, b string, max int) int {
	if isASCII(a) && isASCII(b) {
		return levenshtein([]byte(a), []byte(b), max)
	}
	return levenshtein([]rune(a), []rune(b), max)
}

// levenshtein computes editDistance over two sequences, in two rows kept
// on the stack for the short words the typo check compares.
func levenshtein[T byte | rune](a, b []T, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	var pbuf, cbuf [64]int
	prev, cur := pbuf[:], cbuf[:]
	if len(b)+1 > len(prev) {
		prev, cur = make([]int, len(b)+1), make([]int, len(b)+1)
	}
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > max {
			return max + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
