package main

import (
	"bytes"
	"os"
	"testing"
)

// TestEmbeddedTableIsTheLibrarys: qa/readings.bin, which package qa
// embeds, is what go-pinyin's dictionary gives today; after an upgrade of
// the library, `make readings` writes it again.
func TestEmbeddedTableIsTheLibrarys(t *testing.T) {
	got, err := os.ReadFile("../../qa/readings.bin")
	if err != nil {
		t.Fatal(err)
	}
	want := table()
	if !bytes.Equal(got, want) {
		t.Fatalf("qa/readings.bin (%d bytes) differs from go-pinyin's readings (%d bytes): run make readings", len(got), len(want))
	}
}
