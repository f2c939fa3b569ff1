// Command qa-readings writes qa/readings.bin, the toneless pinyin readings
// of the Han characters that qa's entity matcher uses to read a name typed
// with a wrong homophone (张昕浩 for 張心皓, the slip of a pinyin input
// method) as the name meant.
//
//	go run ./cmd/qa-readings -out qa/readings.bin   (make readings)
//
// The readings come from the dictionary of github.com/mozillazg/go-pinyin,
// every reading of a character (its heteronyms too), without tones. The
// domain package qa imports no such library; it embeds this table, and a
// test here checks the table is what the library gives.
//
// Format: the code points from readingsFirst to readingsLast, two bytes
// each (big-endian), the number of their reading set (0: none); then the
// sets, one line each, numbered from 1, syllables sorted and joined by
// spaces.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/mozillazg/go-pinyin"
)

// The CJK Unified Ideographs and their Extension A, where the characters
// of Chinese names are; kept equal to qa's constants, through which qa's
// TestReadingsTable reads characters back.
const (
	readingsFirst = 0x3400
	readingsLast  = 0x9FFF
)

func main() {
	out := flag.String("out", "qa/readings.bin", "file to write")
	flag.Parse()
	if err := os.WriteFile(*out, table(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "qa-readings:", err)
		os.Exit(1)
	}
}

// table builds the file's bytes.
func table() []byte {
	args := pinyin.NewArgs() // Normal style: no tones
	args.Heteronym = true
	args.Fallback = func(rune, pinyin.Args) []string { return nil }
	sets := map[string]int{}
	var lines []string
	var idx bytes.Buffer
	for r := rune(readingsFirst); r <= readingsLast; r++ {
		var syl []string
		if _, ok := pinyin.PinyinDict[int(r)]; ok {
			syl = pinyin.SinglePinyin(r, args)
		}
		for i := range syl {
			syl[i] = strings.TrimSpace(syl[i])
		}
		slices.Sort(syl)
		syl = slices.Compact(syl)
		syl = slices.DeleteFunc(syl, func(s string) bool { return s == "" })
		n := 0
		if len(syl) > 0 {
			key := strings.Join(syl, " ")
			var ok bool
			if n, ok = sets[key]; !ok {
				lines = append(lines, key)
				n = len(lines)
				sets[key] = n
			}
		}
		idx.WriteByte(byte(n >> 8))
		idx.WriteByte(byte(n))
	}
	if len(lines) >= 1<<16 {
		panic("too many reading sets for two bytes")
	}
	idx.WriteString(strings.Join(lines, "\n"))
	return idx.Bytes()
}
