package corpus

import (
	"encoding/json"
	"fmt"

	"github.com/talentwar/qa/qa"
)

// AliasTable is the on-disk form of aliases.json.
type AliasTable struct {
	Entities []qa.Entity `json:"entities"`
}

// ParseAliases reads and checks an alias table: every entity has an ID, a
// type and at least one English and one Chinese form, and IDs are unique.
func ParseAliases(b []byte) ([]qa.Entity, error) {
	var t AliasTable
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, fmt.Errorf("corpus: aliases: %w", err)
	}
	seen := map[string]bool{}
	for _, e := range t.Entities {
		switch {
		case e.ID == "":
			return nil, fmt.Errorf("corpus: aliases: entity without id (%v)", e.EN)
		case seen[e.ID]:
			return nil, fmt.Errorf("corpus: aliases: duplicate entity id %q", e.ID)
		case e.Type == "":
			return nil, fmt.Errorf("corpus: aliases: entity %q has no type", e.ID)
		case len(e.EN) == 0 || len(e.ZH) == 0:
			return nil, fmt.Errorf("corpus: aliases: entity %q needs English and Chinese forms", e.ID)
		}
		seen[e.ID] = true
	}
	return t.Entities, nil
}
