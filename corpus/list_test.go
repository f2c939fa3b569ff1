package corpus

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"testing"
)

// TestListPassages is the first step of adding an article (see README.md):
// it splits every document of a corpus folder without needing its English
// yet, and prints one line per passage — ID, section, Chinese text — marking
// the passages whose English is still missing. Run it with
//
//	CORPUS_LIST=. go test ./corpus -run TestListPassages -v
//
// (the folder is relative to corpus/). Without CORPUS_LIST it checks the
// same on testdata/ and prints nothing.
func TestListPassages(t *testing.T) {
	dir, show := os.LookupEnv("CORPUS_LIST")
	if !show {
		dir = "testdata"
	}
	fsys := os.DirFS(dir)
	mb, err := fs.ReadFile(fsys, "documents.json")
	if err != nil {
		t.Fatal(err)
	}
	var m Manifest
	if err := json.Unmarshal(mb, &m); err != nil {
		t.Fatalf("documents.json: %v", err)
	}
	for _, spec := range m.Documents {
		raw, err := fs.ReadFile(fsys, spec.Raw)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Split(spec, raw)
		if err != nil {
			t.Fatal(err)
		}
		en := map[string]string{}
		if b, err := fs.ReadFile(fsys, spec.EN); err == nil {
			if err := json.Unmarshal(b, &en); err != nil {
				t.Fatalf("%s: %v", spec.EN, err)
			}
		}
		missing := 0
		for _, p := range doc.Passages {
			mark := ""
			if en[p.ID] == "" {
				mark = "\t(no English yet)"
				missing++
			}
			if show {
				fmt.Printf("%s\t%s\t%s%s\n", p.ID, p.Section, p.ZH, mark)
			}
		}
		if show {
			fmt.Printf("# %s: %d passages, %d without English, platform %q\n", spec.ID, len(doc.Passages), missing, doc.Platform)
		} else if missing > 0 {
			t.Errorf("%s: %d passages without English", spec.ID, missing)
		}
	}
}
