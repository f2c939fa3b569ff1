package corpus

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/talentwar/qa/qa"
)

// AliasTable is the on-disk form of aliases.json.
type AliasTable struct {
	Entities []qa.Entity `json:"entities"`
}

// aliasEntry is one entity as aliases.json writes it: its names, and the
// descriptions people use instead of a name ("the ChatGPT maker",
// 抖音母公司), in English, Traditional and Simplified Chinese.
type aliasEntry struct {
	qa.Entity
	Descriptions []string `json:"descriptions,omitempty"`
}

// parseAliasTable reads aliases.json as written, descriptions apart.
func parseAliasTable(b []byte) ([]aliasEntry, error) {
	var t struct {
		Entities []aliasEntry `json:"entities"`
	}
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, fmt.Errorf("corpus: aliases: %w", err)
	}
	return t.Entities, nil
}

// ParseAliases reads and checks an alias table: every entity has an ID, a
// type and at least one English and one Chinese form, IDs are unique, and
// a person's heads are organisations of the table, and a bare surname is
// one Chinese character of a person.
//
// An entity's descriptions are appended to its forms (English ones to EN,
// those holding Chinese to ZH), after its names, so that a question naming
// it by a description finds it while its display names (the first of EN
// and ZH) stay its names. A description must not be blank, a single
// character, one of any entity's names, or another entity's description
// (the same description in both scripts is one, folded).
func ParseAliases(b []byte) ([]qa.Entity, error) {
	entries, err := parseAliasTable(b)
	if err != nil {
		return nil, err
	}
	types := map[string]string{} // entity ID -> type
	names := map[string]string{} // folded name -> entity ID
	for _, e := range entries {
		switch {
		case e.ID == "":
			return nil, fmt.Errorf("corpus: aliases: entity without id (%v)", e.EN)
		case types[e.ID] != "":
			return nil, fmt.Errorf("corpus: aliases: duplicate entity id %q", e.ID)
		case e.Type == "":
			return nil, fmt.Errorf("corpus: aliases: entity %q has no type", e.ID)
		case len(e.EN) == 0 || len(e.ZH) == 0:
			return nil, fmt.Errorf("corpus: aliases: entity %q needs English and Chinese forms", e.ID)
		}
		types[e.ID] = e.Type
		for _, f := range append(append([]string(nil), e.EN...), e.ZH...) {
			names[qa.Fold(f)] = e.ID
		}
	}
	for _, e := range entries {
		for _, b := range e.Bare {
			if utf8.RuneCountInString(b) != 1 || !hasHan(b) || e.Type != "person" {
				return nil, fmt.Errorf("corpus: aliases: entity %q: bare surname %q: one Chinese character, of a person", e.ID, b)
			}
		}
		for _, h := range e.Heads {
			if types[h] != "org" || e.Type != "person" {
				return nil, fmt.Errorf("corpus: aliases: entity %q heads %q: heads are organisations a person heads", e.ID, h)
			}
		}
	}
	described := map[string]string{} // folded description -> entity ID
	written := map[string]bool{}     // folded description, of any entity
	shortened := map[string]string{} // folded description without "AI" -> entity ID, "" for two
	for _, e := range entries {
		for _, d := range e.Descriptions {
			written[qa.Fold(d)] = true
			for _, v := range variants(d) {
				if id, ok := shortened[qa.Fold(v)]; ok && id != e.ID {
					shortened[qa.Fold(v)] = ""
				} else {
					shortened[qa.Fold(v)] = e.ID
				}
			}
		}
	}
	out := make([]qa.Entity, len(entries))
	for i, e := range entries {
		ent := e.Entity
		if len(e.Descriptions) > 0 {
			ent.EN = append([]string(nil), e.EN...)
			ent.ZH = append([]string(nil), e.ZH...)
		}
		for _, d := range e.Descriptions {
			k := qa.Fold(d)
			switch {
			case strings.TrimSpace(d) != d || utf8.RuneCountInString(d) < 2:
				return nil, fmt.Errorf("corpus: aliases: entity %q: blank, padded or one-character description %q", e.ID, d)
			case names[k] != "":
				return nil, fmt.Errorf("corpus: aliases: entity %q: description %q is a name of %s", e.ID, d, names[k])
			case described[k] != "" && described[k] != e.ID:
				return nil, fmt.Errorf("corpus: aliases: description %q belongs to both %s and %s", d, described[k], e.ID)
			}
			described[k] = e.ID
			for _, v := range append([]string{d}, variants(d)...) {
				if v != d && (names[qa.Fold(v)] != "" || written[qa.Fold(v)] || shortened[qa.Fold(v)] != e.ID) {
					continue // the shorter wording is a name, a description as written, or two entities'
				}
				if hasHan(v) {
					ent.ZH = append(ent.ZH, v)
					continue
				}
				ent.EN = append(ent.EN, v)
				// Phones type a typographic apostrophe: "Google’s chatbot".
				if c := strings.ReplaceAll(v, "'", "’"); c != v {
					ent.EN = append(ent.EN, c)
				}
			}
		}
		out[i] = ent
	}
	return out, nil
}

// variants returns the other wordings of a description that find its
// entity too: without "AI" (withoutAI), and a Chinese one with 那家 for
// its 的 (thatOne), each of the two forms.
func variants(d string) []string {
	vs := withoutAI(d)
	for _, v := range append([]string{d}, vs...) {
		vs = append(vs, thatOne(v)...)
	}
	return vs
}

// thatOne returns a Chinese description of a company, "X的Y公司", as people
// also say it, "X那家Y公司" (李开复那家大模型公司 for 李开复的大模型公司);
// nil for any other description.
func thatOne(d string) []string {
	i := strings.Index(d, "的")
	if i <= 0 || strings.Count(d, "的") != 1 || !hasHan(d[:i]) {
		return nil
	}
	for _, n := range []string{"公司", "企業", "企业", "創業公司", "创业公司", "新創", "新创"} {
		if strings.HasSuffix(d, n) {
			return []string{d[:i] + "那家" + d[i+len("的"):]}
		}
	}
	return nil
}

// withoutAI returns a description without its word "AI", which people
// leave out as often as not ("the Hangzhou lab" for "Hangzhou AI lab",
// 杭州那家公司 for 杭州那家AI公司), where what is left is two words or
// more, or four characters or more; nil when it has no such word.
func withoutAI(d string) []string {
	if hasHan(d) {
		if !strings.Contains(d, "AI") {
			return nil
		}
		v := strings.ReplaceAll(d, "AI", "")
		if utf8.RuneCountInString(v) < 4 || !hasHan(v) {
			return nil
		}
		return []string{v}
	}
	ws := strings.Fields(d)
	var kept []string
	for _, w := range ws {
		if w != "AI" {
			kept = append(kept, w)
		}
	}
	if len(kept) == len(ws) || len(kept) < 2 {
		return nil
	}
	return []string{strings.Join(kept, " ")}
}

// hasHan reports whether s holds a CJK character.
func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x2E80 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF {
			return true
		}
	}
	return false
}
