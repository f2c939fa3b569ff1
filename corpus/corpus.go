// Package corpus loads the source articles, cleans them, splits them into
// aligned zh↔en fact passages with stable IDs and citations, and checks
// that the result is sound. The default corpus is embedded in the binary.
package corpus

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"unicode"

	"github.com/talentwar/qa/qa"
)

//go:embed documents.json aliases.json raw en
var embedded embed.FS

// Embedded returns the corpus compiled into the binary.
func Embedded() fs.FS { return embedded }

// Manifest is documents.json: the list of documents in a corpus folder.
type Manifest struct {
	Documents []DocSpec `json:"documents"`
	// Aliases names the alias table file, if any.
	Aliases string `json:"aliases,omitempty"`
}

// DocSpec describes one document's files.
type DocSpec struct {
	ID      string `json:"id"`
	TitleZH string `json:"title_zh"`
	TitleEN string `json:"title_en"`
	// Raw is the raw source file, kept unchanged; SHA256 is its checksum.
	Raw    string `json:"raw"`
	SHA256 string `json:"sha256"`
	// EN is the English rendering: a JSON object from passage ID to text.
	EN string `json:"en"`
}

// Corpus is a loaded, checked corpus.
type Corpus struct {
	Documents []qa.Document
	Aliases   []qa.Entity
	// Checksum identifies the corpus content (all files that shape the
	// index); an on-disk index built from another checksum is stale.
	Checksum string
}

// Passages returns every passage of every document in order.
func (c *Corpus) Passages() []qa.Passage {
	var out []qa.Passage
	for _, d := range c.Documents {
		out = append(out, d.Passages...)
	}
	return out
}

// Load loads and checks the embedded corpus.
func Load() (*Corpus, error) { return LoadFS(embedded) }

// LoadFS loads and checks the corpus in fsys (a folder holding
// documents.json). It fails on any broken part: a checksum mismatch,
// duplicate IDs, a passage without English or an orphaned rendering,
// offsets that do not slice back, or pinyin left in a passage.
func LoadFS(fsys fs.FS) (*Corpus, error) {
	mb, err := fs.ReadFile(fsys, "documents.json")
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	var m Manifest
	if err := json.Unmarshal(mb, &m); err != nil {
		return nil, fmt.Errorf("corpus: documents.json: %w", err)
	}
	if len(m.Documents) == 0 {
		return nil, errors.New("corpus: documents.json lists no documents")
	}
	sum := sha256.New()
	sum.Write(mb)
	c := &Corpus{}
	seen := map[string]bool{}
	for _, spec := range m.Documents {
		raw, err := fs.ReadFile(fsys, spec.Raw)
		if err != nil {
			return nil, fmt.Errorf("corpus: document %q: %w", spec.ID, err)
		}
		enb, err := fs.ReadFile(fsys, spec.EN)
		if err != nil {
			return nil, fmt.Errorf("corpus: document %q: English rendering: %w", spec.ID, err)
		}
		sum.Write(raw)
		sum.Write(enb)
		var en map[string]string
		if err := json.Unmarshal(enb, &en); err != nil {
			return nil, fmt.Errorf("corpus: %s: %w", spec.EN, err)
		}
		doc, err := Build(spec, raw, en)
		if err != nil {
			return nil, err
		}
		for _, p := range doc.Passages {
			if seen[p.ID] {
				return nil, fmt.Errorf("corpus: duplicate passage ID %q", p.ID)
			}
			seen[p.ID] = true
		}
		c.Documents = append(c.Documents, doc)
	}
	if m.Aliases != "" {
		ab, err := fs.ReadFile(fsys, m.Aliases)
		if err != nil {
			return nil, fmt.Errorf("corpus: aliases: %w", err)
		}
		sum.Write(ab)
		if c.Aliases, err = ParseAliases(ab); err != nil {
			return nil, err
		}
	}
	c.Checksum = hex.EncodeToString(sum.Sum(nil))
	return c, nil
}

// Build cleans one raw document, splits it into passages, attaches the
// English rendering and checks the result.
func Build(spec DocSpec, raw []byte, en map[string]string) (qa.Document, error) {
	doc, err := Split(spec, raw)
	if err != nil {
		return doc, err
	}
	fail := func(format string, a ...any) (qa.Document, error) {
		return qa.Document{}, fmt.Errorf("corpus: document %q: "+format, append([]any{spec.ID}, a...)...)
	}
	for i := range doc.Passages {
		p := &doc.Passages[i]
		p.EN = strings.TrimSpace(en[p.ID])
		if p.EN == "" {
			return fail("passage %s has no English rendering in %s", p.ID, spec.EN)
		}
	}
	if orphans := orphanKeys(doc.Passages, en); len(orphans) > 0 {
		return fail("English rendering for unknown passages %s", strings.Join(orphans, ", "))
	}
	return doc, nil
}

// Split cleans one raw document and splits it into passages (without
// English), checking the checksum, that no pinyin is left and that every
// passage's offsets slice back. It is the first step of adding an article:
// its output is the list of IDs the English rendering must cover.
func Split(spec DocSpec, raw []byte) (qa.Document, error) {
	fail := func(format string, a ...any) (qa.Document, error) {
		return qa.Document{}, fmt.Errorf("corpus: document %q: "+format, append([]any{spec.ID}, a...)...)
	}
	if spec.ID == "" || strings.ContainsAny(spec.ID, "/ ") {
		return fail("bad document ID (want a slug without / or spaces)")
	}
	got := sha256.Sum256(raw)
	if hex.EncodeToString(got[:]) != spec.SHA256 {
		return fail("raw source %s has SHA-256 %x, documents.json records %s", spec.Raw, got, spec.SHA256)
	}
	if !IsNFC(string(raw)) {
		return fail("raw source is not in Unicode NFC")
	}
	doc := qa.Document{ID: spec.ID, TitleZH: spec.TitleZH, TitleEN: spec.TitleEN, Raw: raw, SHA256: spec.SHA256}
	c := clean(string(raw))
	section, para := "intro", 0
	textEnd := len(c.runes)
	for lineStart := 0; lineStart < len(c.runes); {
		lineEnd := lineStart
		for lineEnd < len(c.runes) && c.runes[lineEnd] != '\n' {
			lineEnd++
		}
		line := strings.TrimSpace(string(c.runes[lineStart:lineEnd]))
		switch {
		case line == "":
		case isNotice(line):
			if doc.Platform == "" {
				doc.Platform = platformName(line)
			}
			if textEnd == len(c.runes) {
				textEnd = lineStart
			}
		case textEnd < len(c.runes):
			// Anything after the notice is not article text.
		case isSectionMarker(line):
			section = line
		default:
			para++
			for i, s := range splitSentences(c.runes[lineStart:lineEnd]) {
				start, end := lineStart+s.start, lineStart+s.end
				doc.Passages = append(doc.Passages, qa.Passage{
					ID:        fmt.Sprintf("%s/p%d.s%d", spec.ID, para, i+1),
					Doc:       spec.ID,
					Section:   section,
					Paragraph: para,
					Sentence:  i + 1,
					ZH:        string(c.runes[start:end]),
					Start:     start,
					End:       end,
					RawStart:  c.off[start],
					RawEnd:    c.off[end],
				})
			}
		}
		lineStart = lineEnd + 1
	}
	doc.Text = strings.TrimRightFunc(string(c.runes[:textEnd]), unicode.IsSpace)
	if len(doc.Passages) == 0 {
		return fail("no passages")
	}
	for _, p := range doc.Passages {
		if HasPinyinAnnotation(p.ZH) {
			return fail("passage %s still holds a pinyin annotation: %q", p.ID, p.ZH)
		}
		if err := checkOffsets(doc, p); err != nil {
			return fail("%v", err)
		}
	}
	return doc, nil
}

// checkOffsets verifies that both offset pairs slice back to the passage.
func checkOffsets(doc qa.Document, p qa.Passage) error {
	runes := []rune(doc.Text)
	if p.Start < 0 || p.End > len(runes) || p.Start >= p.End || string(runes[p.Start:p.End]) != p.ZH {
		return fmt.Errorf("passage %s: rune offsets [%d,%d) do not slice the cleaned text back to the passage", p.ID, p.Start, p.End)
	}
	if p.RawStart < 0 || p.RawEnd > len(doc.Raw) || p.RawStart >= p.RawEnd || Clean(string(doc.Raw[p.RawStart:p.RawEnd])) != p.ZH {
		return fmt.Errorf("passage %s: raw byte offsets [%d,%d) do not clean back to the passage", p.ID, p.RawStart, p.RawEnd)
	}
	return nil
}

func orphanKeys(ps []qa.Passage, en map[string]string) []string {
	ids := map[string]bool{}
	for _, p := range ps {
		ids[p.ID] = true
	}
	var out []string
	for k := range en {
		if !ids[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}
