// Package index implements qa.Searcher with Bleve: one document per passage,
// a Chinese field analysed with Traditional/Simplified and width folding
// before CJK bigrams, a one-character field for very short queries, and an
// English field with Bleve's English analyzer.
package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	_ "github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/talentwar/qa/qa"
)

// Names of the analysis components this package registers with Bleve.
const (
	// FoldCharFilter folds script (t2s), width and case before the
	// tokenizer sees the text: Bleve's unicode tokenizer drops full-width
	// digits such as １４３ before a token filter could fold them.
	FoldCharFilter = "qa_fold"
	// AnalyzerZH: fold, unicode tokenizer, lower case, CJK bigrams.
	AnalyzerZH = "qa_zh"
	// AnalyzerZHChar: fold, unicode tokenizer, lower case; Han text stays
	// one token per character, so a one-character query finds something.
	AnalyzerZHChar = "qa_zh_char"
	// AnalyzerEN is Bleve's English analyzer: possessives, lower case,
	// stop words, Porter stemming.
	AnalyzerEN = en.AnalyzerName
)

type foldFilter struct{}

func (foldFilter) Filter(in []byte) []byte { return []byte(qa.Fold(string(in))) }

func init() {
	err := registry.RegisterCharFilter(FoldCharFilter, func(map[string]interface{}, *registry.Cache) (analysis.CharFilter, error) {
		return foldFilter{}, nil
	})
	if err != nil {
		panic(err)
	}
}

// addAnalyzers defines the Chinese analyzers on m.
func addAnalyzers(m *mapping.IndexMappingImpl) error {
	if err := m.AddCustomAnalyzer(AnalyzerZH, map[string]interface{}{
		"type":          "custom",
		"char_filters":  []string{FoldCharFilter},
		"tokenizer":     unicode.Name,
		"token_filters": []string{lowercase.Name, cjk.BigramName},
	}); err != nil {
		return err
	}
	return m.AddCustomAnalyzer(AnalyzerZHChar, map[string]interface{}{
		"type":          "custom",
		"char_filters":  []string{FoldCharFilter},
		"tokenizer":     unicode.Name,
		"token_filters": []string{lowercase.Name},
	})
}

// Field names of a passage document.
const (
	fieldZH     = "zh"
	fieldZHChar = "zh1"
	fieldEN     = "en"
	fieldDoc    = "doc"
)

// newMapping returns the index mapping: BM25, one passage document type.
func newMapping() (*mapping.IndexMappingImpl, error) {
	if _, err := defaultLexicon(); err != nil {
		return nil, err
	}
	m := bleve.NewIndexMapping()
	if err := addAnalyzers(m); err != nil {
		return nil, err
	}
	m.ScoringModel = "bm25"
	m.DefaultAnalyzer = AnalyzerZH

	text := func(analyzer string) *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = false
		f.IncludeTermVectors = true // locations, for highlights
		f.IncludeInAll = false
		return f
	}
	kw := mapping.NewKeywordFieldMapping()
	kw.Store = true
	kw.IncludeInAll = false

	dm := mapping.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt(fieldZH, text(AnalyzerZH))
	dm.AddFieldMappingsAt(fieldZHChar, text(AnalyzerZHChar))
	dm.AddFieldMappingsAt(fieldEN, text(AnalyzerEN))
	dm.AddFieldMappingsAt(fieldDoc, kw)
	m.DefaultMapping = dm
	return m, nil
}
