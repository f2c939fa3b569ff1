package corpus

import (
	"encoding/json"
	"io/fs"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"

	"github.com/talentwar/qa/qa"
)

// embeddedAliases parses the alias table compiled into the binary.
func embeddedAliases(t *testing.T) []qa.Entity {
	t.Helper()
	b, err := fs.ReadFile(Embedded(), "aliases.json")
	if err != nil {
		t.Fatal(err)
	}
	ents, err := ParseAliases(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) == 0 {
		t.Fatal("alias table is empty")
	}
	return ents
}

// TestAliasFormsAreUsable checks what the engine relies on when it expands
// a question: known types, no blank or one-character forms (a lone 王 or
// 張 would match half the article), and no form claimed by two entities.
func TestAliasFormsAreUsable(t *testing.T) {
	types := map[string]bool{"person": true, "org": true, "product": true, "outlet": true, "place": true, "term": true}
	owner := map[string]string{}
	for _, e := range embeddedAliases(t) {
		if !types[e.Type] {
			t.Errorf("%s: unknown type %q", e.ID, e.Type)
		}
		for _, f := range append(append([]string{}, e.EN...), e.ZH...) {
			if strings.TrimSpace(f) != f || f == "" {
				t.Errorf("%s: blank or padded form %q", e.ID, f)
			}
			if utf8.RuneCountInString(f) < 2 {
				t.Errorf("%s: one-character form %q is too ambiguous", e.ID, f)
			}
			key := strings.ToLower(f)
			if prev, ok := owner[key]; ok && prev != e.ID {
				t.Errorf("form %q belongs to both %s and %s", f, prev, e.ID)
			}
			owner[key] = e.ID
		}
		for lang, forms := range map[string][]string{"en": e.EN, "zh": e.ZH} {
			seen := map[string]bool{}
			for _, f := range forms {
				if seen[f] {
					t.Errorf("%s: %s form %q listed twice", e.ID, lang, f)
				}
				seen[f] = true
			}
		}
		for _, f := range e.EN {
			if hasHan(f) {
				t.Errorf("%s: English form %q holds Chinese characters", e.ID, f)
			}
		}
	}
}

// TestAliasesCoverSimplified checks that a user typing Simplified Chinese
// finds every name: each Chinese form's t2s conversion is listed too.
func TestAliasesCoverSimplified(t *testing.T) {
	t2s, err := opencc.New("t2s")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range embeddedAliases(t) {
		have := map[string]bool{}
		for _, f := range e.ZH {
			have[f] = true
		}
		for _, f := range e.ZH {
			s, err := t2s.Convert(f)
			if err != nil {
				t.Fatal(err)
			}
			if !have[s] {
				t.Errorf("%s: %q is listed but its Simplified form %q is not", e.ID, f, s)
			}
		}
	}
}

// TestAliasesAreInTheArticle checks that the table describes this corpus:
// every entity is mentioned in a document (its cleaned text or platform
// name) by one of its forms, or in the English rendering. Terms and
// places may appear only in English ("the US"), so while the rendering is
// still empty they are reported, not failed.
func TestAliasesAreInTheArticle(t *testing.T) {
	fsys := Embedded()
	mb, err := fs.ReadFile(fsys, "documents.json")
	if err != nil {
		t.Fatal(err)
	}
	var m Manifest
	if err := json.Unmarshal(mb, &m); err != nil {
		t.Fatal(err)
	}
	var zh, en strings.Builder
	for _, spec := range m.Documents {
		raw, err := fs.ReadFile(fsys, spec.Raw)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Split(spec, raw)
		if err != nil {
			t.Fatal(err)
		}
		zh.WriteString(doc.Text + "\n" + doc.Platform + "\n")
		if b, err := fs.ReadFile(fsys, spec.EN); err == nil {
			var r map[string]string
			if json.Unmarshal(b, &r) == nil {
				for _, s := range r {
					en.WriteString(s + "\n")
				}
			}
		}
	}
	text, english := zh.String(), strings.ToLower(en.String())
	for _, e := range embeddedAliases(t) {
		found := false
		for _, f := range append(append([]string{}, e.ZH...), e.EN...) {
			if strings.Contains(text, f) || (english != "" && strings.Contains(english, strings.ToLower(f))) {
				found = true
				break
			}
		}
		switch {
		case found:
		case english == "" && (e.Type == "term" || e.Type == "place"):
			t.Logf("%s (%s) not in the Chinese text; the English rendering is still empty", e.ID, e.Type)
		default:
			t.Errorf("%s (%s) is not mentioned in the article by any of its forms", e.ID, e.Type)
		}
	}
}

func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x2E80 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF {
			return true
		}
	}
	return false
}
