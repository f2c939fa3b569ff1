// Package qa is the domain of the question-answering service: passages and
// their citations, questions and their analysis, answers, and the small
// interface the domain needs from a search index.
//
// It imports no search engine, web framework or chat SDK; adapters live in
// subpackages (qa/httpapi, qa/slack, qa/chatapi, qa/web) and the Bleve
// implementation of Searcher lives in package index.
package qa

// Passage is one fact of a source document: about one sentence, aligned
// between the Chinese source text and our English rendering.
type Passage struct {
	// ID is stable across rebuilds: "<doc>/p<paragraph>.s<sentence>".
	ID        string `json:"id"`
	Doc       string `json:"doc"`
	Section   string `json:"section"`
	Paragraph int    `json:"paragraph"`
	Sentence  int    `json:"sentence"`
	// ZH is the cleaned Chinese display text, EN its English rendering.
	ZH string `json:"zh"`
	EN string `json:"en"`
	// Start and End are rune offsets into the cleaned document text.
	Start int `json:"start"`
	End   int `json:"end"`
	// RawStart and RawEnd are byte offsets into the raw source file;
	// cleaning Raw[RawStart:RawEnd] gives back ZH.
	RawStart int `json:"raw_start"`
	RawEnd   int `json:"raw_end"`
}

// Citation points a reader back to where a passage stands in its document.
type Citation struct {
	Doc       string `json:"doc"`
	Section   string `json:"section"`
	Paragraph int    `json:"paragraph"`
	Sentence  int    `json:"sentence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// Citation returns the passage's citation.
func (p Passage) Citation() Citation {
	return Citation{Doc: p.Doc, Section: p.Section, Paragraph: p.Paragraph, Sentence: p.Sentence, Start: p.Start, End: p.End}
}

// Document is one source article with its passages.
type Document struct {
	ID string `json:"id"`
	// Title in the source language and in English.
	TitleZH string `json:"title_zh"`
	TitleEN string `json:"title_en"`
	// Platform is where the article was published (from its notice).
	Platform string `json:"platform,omitempty"`
	// Text is the cleaned document text (article body only); passage
	// Start/End index its runes.
	Text string `json:"-"`
	// Raw is the untouched source file; passage RawStart/RawEnd index it.
	Raw    []byte `json:"-"`
	SHA256 string `json:"sha256"`
	// Passages in document order.
	Passages []Passage `json:"-"`
}
