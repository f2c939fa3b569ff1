package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talentwar/qa/corpus"
)

func generate(t *testing.T, n int, seed uint64) (string, Stats) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	st, err := Generate(dir, n, seed)
	if err != nil {
		t.Fatal(err)
	}
	return dir, st
}

// The corpus loads through the normal pipeline with exactly n passages,
// each with its English, in documents of about fifty.
func TestGeneratedCorpusLoads(t *testing.T) {
	dir, st := generate(t, 230, 7)
	c, err := corpus.LoadFS(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	ps := c.Passages()
	if len(ps) != 230 || st.Passages != 230 {
		t.Fatalf("%d passages loaded, %d reported, want 230", len(ps), st.Passages)
	}
	if len(c.Documents) != 5 || st.Documents != 5 {
		t.Errorf("%d documents, want 5 of up to %d passages", len(c.Documents), sentencesPerDoc)
	}
	if st.MadeUp == 0 || len(c.Aliases) != st.Entities {
		t.Errorf("alias table has %d entities (%d made up), stats say %d", len(c.Aliases), st.MadeUp, st.Entities)
	}
	// Recombined and varied: not every passage is one of the article's.
	src, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	orig := map[string]bool{}
	for _, p := range src.Passages() {
		orig[p.ZH] = true
	}
	varied := 0
	for _, p := range ps {
		if p.EN == "" || p.ZH == "" {
			t.Fatalf("passage %s lacks a language", p.ID)
		}
		if !orig[p.ZH] {
			varied++
		}
	}
	if varied < len(ps)/2 {
		t.Errorf("only %d of %d passages differ from the article's", varied, len(ps))
	}
}

func TestGeneratorIsDeterministic(t *testing.T) {
	a, _ := generate(t, 120, 3)
	b, _ := generate(t, 120, 3)
	c, _ := generate(t, 120, 4)
	read := func(dir string) []byte {
		var all bytes.Buffer
		for _, f := range []string{"documents.json", "aliases.json", "raw/gen-0000001.zh.txt", "en/gen-0000002.en.json"} {
			bs, err := os.ReadFile(filepath.Join(dir, f))
			if err != nil {
				t.Fatal(err)
			}
			all.Write(bs)
		}
		return all.Bytes()
	}
	if !bytes.Equal(read(a), read(b)) {
		t.Error("the same seed wrote different corpora")
	}
	if bytes.Equal(read(a), read(c)) {
		t.Error("different seeds wrote the same corpus")
	}
}

func TestFiguresVaryInBothLanguages(t *testing.T) {
	var d [10]byte
	for i := range d {
		d[i] = byte('0' + (i*3)%10)
	}
	d[0] = '0'
	if got := figures("143億美元，2025年", d, 2); got != "329億美元，2023年" {
		t.Errorf("zh figures: %q", got)
	}
	if got := figures("$14.3 billion in 2025", d, 2); got != "$32.9 billion in 2023" {
		t.Errorf("en figures: %q", got)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "keep"), []byte("x"), 0o644)
	if _, err := Generate(dir, 10, 1); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("writing into a non-empty folder: %v", err)
	}
}
