package qa

import (
	"cmp"
	"slices"
)

// acAutomaton is an Aho–Corasick automaton over the bytes of a set of
// distinct, non-empty patterns: one pass over a text reports every
// occurrence of every pattern, overlapping ones included, in time
// proportional to the text's length and the occurrences, whatever the
// number of patterns.
//
// Transitions are sparse: a state's edges sorted by byte, the root's in a
// table. Memory is proportional to the patterns' total length, about 20
// bytes a trie state. (A library automaton compiled to a dense DFA,
// github.com/coregx/ahocorasick, holds states × byte classes transitions:
// 89 MiB of heap and 1.3 s to build for the 50,000 forms of the
// 100,000-passage synthetic corpus, whose UTF-8 Chinese uses most byte
// values.)
type acAutomaton struct {
	root  [256]int32 // the root's child on each byte, 0 for none
	first []int32    // state s's edges are label[first[s]:first[s+1]], sorted
	label []byte
	next  []int32 // the edges' target states
	fail  []int32 // the state of the longest proper suffix that is a trie state
	pat   []int32 // the pattern spelled by the state, or -1
	// dict is the nearest state on the fail chain (the state itself
	// excluded) that spells a pattern, or 0.
	dict []int32
	plen []int32 // pattern lengths in bytes
}

// acMatch is an occurrence of a pattern: it ends before byte end of the
// text, which is rune runeEnd.
type acMatch struct {
	pat, end, runeEnd int32
}

// newACAutomaton builds the automaton of patterns, which must be distinct
// and non-empty; pattern i is reported as i.
func newACAutomaton(patterns []string) *acAutomaton {
	a := &acAutomaton{plen: make([]int32, len(patterns))}
	// The trie, with its edges in a map while it grows.
	type edge struct {
		from int32
		b    byte
		to   int32
	}
	child := map[uint64]int32{}
	var edges []edge
	a.pat = append(a.pat, -1)
	for i, p := range patterns {
		a.plen[i] = int32(len(p))
		s := int32(0)
		for j := 0; j < len(p); j++ {
			k := uint64(s)<<8 | uint64(p[j])
			t, ok := child[k]
			if !ok {
				t = int32(len(a.pat))
				a.pat = append(a.pat, -1)
				child[k] = t
				edges = append(edges, edge{s, p[j], t})
			}
			s = t
		}
		a.pat[s] = int32(i)
	}
	n := len(a.pat)
	slices.SortFunc(edges, func(x, y edge) int {
		return cmp.Or(cmp.Compare(x.from, y.from), cmp.Compare(x.b, y.b))
	})
	a.first = make([]int32, n+1)
	a.label = make([]byte, len(edges))
	a.next = make([]int32, len(edges))
	for i, e := range edges {
		a.first[e.from+1]++
		a.label[i], a.next[i] = e.b, e.to
		if e.from == 0 {
			a.root[e.b] = e.to
		}
	}
	for s := 0; s < n; s++ {
		a.first[s+1] += a.first[s]
	}
	// Fail and dictionary links, breadth first.
	a.fail = make([]int32, n)
	a.dict = make([]int32, n)
	queue := append(make([]int32, 0, n), a.next[a.first[0]:a.first[1]]...)
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for e := a.first[s]; e < a.first[s+1]; e++ {
			t := a.next[e]
			queue = append(queue, t)
			f := a.step(a.fail[s], a.label[e])
			a.fail[t] = f
			if a.pat[f] >= 0 {
				a.dict[t] = f
			} else {
				a.dict[t] = a.dict[f]
			}
		}
	}
	return a
}

// edge returns s's child on b, or -1.
func (a *acAutomaton) edge(s int32, b byte) int32 {
	lo, hi := a.first[s], a.first[s+1]
	if hi-lo <= 8 {
		for e := lo; e < hi; e++ {
			if a.label[e] == b {
				return a.next[e]
			}
		}
		return -1
	}
	for lo < hi {
		m := int32(uint32(lo+hi) >> 1)
		if a.label[m] < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < a.first[s+1] && a.label[lo] == b {
		return a.next[lo]
	}
	return -1
}

// step is the state after reading b in state s.
func (a *acAutomaton) step(s int32, b byte) int32 {
	for s != 0 {
		if t := a.edge(s, b); t >= 0 {
			return t
		}
		s = a.fail[s]
	}
	return a.root[b]
}

// appendMatches appends to dst every occurrence of every pattern in text,
// in order of their end (occurrences ending together: longest first).
func (a *acAutomaton) appendMatches(dst []acMatch, text string) []acMatch {
	s, runes := int32(0), int32(0)
	for i := 0; i < len(text); i++ {
		b := text[i]
		if b&0xC0 != 0x80 {
			runes++
		}
		s = a.step(s, b)
		if s == 0 {
			continue
		}
		for t := s; t != 0; t = a.dict[t] {
			if p := a.pat[t]; p >= 0 {
				dst = append(dst, acMatch{pat: p, end: int32(i + 1), runeEnd: runes})
			}
		}
	}
	return dst
}
