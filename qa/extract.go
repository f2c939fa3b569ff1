package qa

// Extract picks the short answer to an analysed question from the ranked
// hits, or returns nil when they do not answer it.
func Extract(an Analysis, hits []Hit) *Answer {
	if len(hits) == 0 {
		return nil
	}
	p := hits[0].Passage
	text, field := p.EN, "en"
	if an.Lang.Chinese() {
		text, field = p.ZH, "zh"
	}
	n := len([]rune(text))
	return &Answer{Text: text, PassageID: p.ID, Field: field, Start: 0, End: n, Confidence: 0.5, Type: "passage"}
}
