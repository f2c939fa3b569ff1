package qa

import (
	_ "embed"
	"strings"
	"sync"
)

// readings.bin holds the toneless pinyin readings of the Han characters,
// written by cmd/qa-readings from the dictionary of
// github.com/mozillazg/go-pinyin (make readings; a test there checks the
// file is what the library gives). It lets the entity matcher read a name
// typed with wrong homophones, the slip of a pinyin input method (张昕浩
// for 張心皓), as the name meant.
//
//go:embed readings.bin
var readingsBin []byte

// The code points the table covers: the CJK Unified Ideographs and their
// Extension A (kept equal to cmd/qa-readings's).
const (
	readingsFirst = 0x3400
	readingsLast  = 0x9FFF
)

var readingSets = sync.OnceValue(func() [][]string {
	n := 2 * (readingsLast - readingsFirst + 1)
	lines := strings.Split(string(readingsBin[n:]), "\n")
	sets := make([][]string, len(lines)+1) // numbered from 1
	for i, l := range lines {
		sets[i+1] = strings.Fields(l)
	}
	return sets
})

// readingsOf returns the toneless pinyin readings of r, nil when the table
// has none.
func readingsOf(r rune) []string {
	if r < readingsFirst || r > readingsLast {
		return nil
	}
	i := 2 * int(r-readingsFirst)
	n := int(readingsBin[i])<<8 | int(readingsBin[i+1])
	if n == 0 {
		return nil
	}
	return readingSets()[n]
}

// sameSound reports whether a and b are the same character or share a
// reading (心 and 昕, both xin).
func sameSound(a, b rune) bool {
	if a == b {
		return true
	}
	ra, rb := readingsOf(a), readingsOf(b)
	for _, x := range ra {
		for _, y := range rb {
			if x == y {
				return true
			}
		}
	}
	return false
}
