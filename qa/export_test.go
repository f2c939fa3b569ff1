package qa

// For the tests of package qa_test, which can load corpora: the entity
// matching before the automaton (entities_ref_test.go) beside today's.

// ReferenceFindAll returns the reference matcher's findAll over entities.
func ReferenceFindAll(entities []Entity) func(string) []Mention {
	return newRefMatcher(entities).findAll
}

var (
	SearchForms          = searchForms
	ReferenceSearchForms = refSearchForms
)
