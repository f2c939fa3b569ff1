package qa_test

// Benchmarks of the engine's start-up and of entity matching over a
// generated corpus with thousands of entities, beside the reference scan
// (entities_ref_test.go) in the same run:
//
//	go run ./cmd/qa-gen -n 10000 -out /tmp/corpus-10000
//	QA_BENCH_CORPUS=/tmp/corpus-10000 go test -run '^$' -bench 'NewEngine|EngineStart|FindAll' -benchtime 1x ./qa/
//
// Skipped unless QA_BENCH_CORPUS names a corpus folder (make scale keeps
// its corpora in $TMPDIR/qa-scale-corpora).

import (
	"math/rand/v2"
	"os"
	"testing"

	"github.com/talentwar/qa/corpus"
	"github.com/talentwar/qa/qa"
)

func benchCorpus(b *testing.B) (*corpus.Corpus, map[string]qa.Passage) {
	b.Helper()
	dir := os.Getenv("QA_BENCH_CORPUS")
	if dir == "" {
		b.Skip("set QA_BENCH_CORPUS to a corpus folder written by cmd/qa-gen")
	}
	c, err := corpus.LoadFS(os.DirFS(dir))
	if err != nil {
		b.Fatal(err)
	}
	ps := map[string]qa.Passage{}
	for _, p := range c.Passages() {
		ps[p.ID] = p
	}
	b.Logf("%d passages, %d entities", len(ps), len(c.Aliases))
	return c, ps
}

// BenchmarkNewEngine is the engine's start-up over the corpus (the index
// aside).
func BenchmarkNewEngine(b *testing.B) {
	c, _ := benchCorpus(b)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		qa.NewEngine(nil, c.Documents, c.Aliases, qa.EngineOptions{})
	}
}

// BenchmarkEngineStart is the start-up work that depends on the entity
// table: the matcher and the search forms, indexed and the reference scan.
func BenchmarkEngineStart(b *testing.B) {
	c, ps := benchCorpus(b)
	b.Run("automaton", func(b *testing.B) {
		for range b.N {
			qa.NewEntityMatcher(c.Aliases)
			qa.SearchForms(c.Aliases, ps)
		}
	})
	b.Run("reference", func(b *testing.B) {
		for range b.N {
			qa.ReferenceFindAll(c.Aliases)
			qa.ReferenceSearchForms(c.Aliases, ps)
		}
	})
}

// BenchmarkFindAll is entity matching in a question (the labelled
// questions and questions naming the corpus's entities, as written and
// misspelled; ns/op is per question) and in a passage (the first 1,000
// passages' Chinese and English; ns/op is per text), which the engine
// does once per passage text and keeps.
func BenchmarkFindAll(b *testing.B) {
	c, _ := benchCorpus(b)
	var passages []string
	for _, p := range c.Passages()[:min(1000, len(c.Passages()))] {
		passages = append(passages, p.ZH, p.EN)
	}
	m, ref := qa.NewEntityMatcher(c.Aliases), qa.ReferenceFindAll(c.Aliases)
	rnd := rand.New(rand.NewPCG(11, 13))
	var questions []string
	for _, q := range append(labelledQuestions(b), entityQuestions(c.Aliases, 500, 5)...) {
		questions = append(questions, q)
		if ts := typos(rnd, q, m.FindAll(q)); len(ts) > 0 {
			questions = append(questions, ts[0])
		}
	}
	for _, set := range []struct {
		name  string
		texts []string
	}{{"questions", questions}, {"passages", passages}} {
		for _, f := range []struct {
			name string
			find func(string) []qa.Mention
		}{{"automaton", m.FindAll}, {"reference", ref}} {
			b.Run(set.name+"/"+f.name, func(b *testing.B) {
				b.ReportAllocs()
				for i := range b.N {
					f.find(set.texts[i%len(set.texts)])
				}
			})
		}
	}
}
