package index

import (
	"testing"

	"github.com/talentwar/qa/qa"
)

func TestGenerationChangesWithContent(t *testing.T) {
	ps := []qa.Passage{{ID: "d/p1.s1", Doc: "d", ZH: "扎克伯格", EN: "Zuckerberg"}}
	a, err := New(ps, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := New(ps, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	g := a.Generation()
	if g == 0 || g == b.Generation() {
		t.Fatalf("generations %d and %d: want two different, non-zero", g, b.Generation())
	}
	a.fuzzy.put(fuzzyKey{field: fieldEN, term: "zuckerburg", fuzziness: 2}, expansion{})
	if err := a.add([]qa.Passage{{ID: "d/p2.s1", Doc: "d", ZH: "王", EN: "Wang"}}); err != nil {
		t.Fatal(err)
	}
	if a.Generation() == g {
		t.Error("adding passages kept the generation")
	}
	if _, ok := a.fuzzy.get(fuzzyKey{field: fieldEN, term: "zuckerburg", fuzziness: 2}); ok {
		t.Error("a fuzzy expansion of the old content survived the change")
	}
}
