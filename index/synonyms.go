package index

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	bunicode "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/talentwar/qa/qa"
)

// General-vocabulary synonyms (synonyms.json, README.md "Synonyms"): a
// question that says 挖人 or "poach" also looks, at a lower weight, for
// the passages that say 挖角, 招募 or "recruit".
//
// This is a query expansion built here, not Bleve's synonym sources
// (v2.5+), which were tried first and do not fit this index:
//   - a synonym definition is kept only when the source's analyzer turns
//     it into exactly one token, so English phrases ("turn down", "jump
//     ship"), Chinese words of three or more characters (挖牆腳, 收入囊中:
//     several bigrams) are silently dropped, and a one-character form (花,
//     砸) is a term the bigram field holds only for a character standing
//     alone;
//   - the definitions are documents of the index: DocCount grows by the
//     number of groups, which changes every BM25 score (also of questions
//     with no synonym) and breaks OpenDir's passage count check;
//   - each expanded term becomes a disjunction of the term and its
//     synonyms with Bleve's coordination factor, so the question's own word
//     weighs 1/(n+1) of what it did (挖人 alone: 0.46 → 0.08).
// Here the question's own query is unchanged and must match; the groups'
// other forms, as terms or phrases, are an optional clause beside it that only adds
// to the score of the passages that say them (Bleve sums a boolean query's
// must and should scores, without a coordination factor). A question that
// names no group gets exactly the query it got before. Only a question
// whose own query finds nothing is searched with the synonyms alone
// (Index.Search).

//go:embed synonyms.json
var synonymsJSON []byte

// lexicon is the parsed synonym table.
type lexicon struct {
	groups []synGroup
	zh     []zhForm            // every Chinese form, folded, longest first
	en     map[string][]enForm // English forms by their first detection token
}

type synGroup struct {
	zh []string // folded with qa.Fold, as the Chinese field sees them
	en []string // as written
	// The fields' terms of each form, analysed once: a query holds a term
	// query for a one-term form, a phrase query for the others.
	zhTerms, enTerms [][]string
}

type zhForm struct {
	text  string
	group int
}

type enForm struct {
	toks  []string // detection tokens: lower case, stemmed, stop words kept
	group int
	text  string
}

// enDetect is the English analyzer without its stop word filter: the
// question's words are compared with the English forms through it, so
// "turned down" is found as a phrase and "refused" finds "refuse".
var enDetect = sync.OnceValue(func() analysis.Analyzer {
	m := bleve.NewIndexMapping()
	err := m.AddCustomAnalyzer("qa_syn_en", map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     bunicode.Name,
		"token_filters": []string{en.PossessiveName, lowercase.Name, porter.Name},
	})
	if err != nil {
		panic(err)
	}
	return m.AnalyzerNamed("qa_syn_en")
})

// enField and zhField are the fields' own analyzers.
var enField = sync.OnceValue(func() analysis.Analyzer {
	return bleve.NewIndexMapping().AnalyzerNamed(AnalyzerEN)
})

var zhField = sync.OnceValue(func() analysis.Analyzer {
	m := bleve.NewIndexMapping()
	if err := addAnalyzers(m); err != nil {
		panic(err)
	}
	return m.AnalyzerNamed(AnalyzerZH)
})

func terms(a analysis.Analyzer, s string) []string {
	ts := a.Analyze([]byte(s))
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = string(t.Term)
	}
	return out
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// parseLexicon reads and checks a synonym table: every group holds at
// least two forms; a Chinese form (any form with a Han character) has at
// least two characters, as one character inside a question is mostly part
// of another word; an English form keeps a word through the English
// field's analyzer (not only stop words); and no two forms are the same
// after folding (Chinese) or stemming (English), within a group or across
// groups.
func parseLexicon(b []byte) (*lexicon, error) {
	var raw struct {
		Groups [][]string `json:"groups"`
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("index: synonyms: %w", err)
	}
	l := &lexicon{en: map[string][]enForm{}}
	seen := map[string]string{} // normalized form → the form that had it
	for gi, forms := range raw.Groups {
		if len(forms) < 2 {
			return nil, fmt.Errorf("index: synonyms: group %d %q has fewer than two forms", gi+1, forms)
		}
		var g synGroup
		for _, f := range forms {
			f = strings.TrimSpace(f)
			var key string
			switch {
			case f == "":
				return nil, fmt.Errorf("index: synonyms: group %d has a blank form", gi+1)
			case hasHan(f):
				folded := qa.Fold(f)
				if utf8.RuneCountInString(folded) < 2 {
					return nil, fmt.Errorf("index: synonyms: %q is one character", f)
				}
				key = "zh:" + folded
				g.zh = append(g.zh, folded)
				g.zhTerms = append(g.zhTerms, terms(zhField(), folded))
				l.zh = append(l.zh, zhForm{text: folded, group: gi})
			default:
				toks := terms(enDetect(), qa.Fold(f))
				if len(toks) == 0 || len(terms(enField(), f)) == 0 {
					return nil, fmt.Errorf("index: synonyms: %q has no word the English field keeps", f)
				}
				key = "en:" + strings.Join(toks, " ")
				g.en = append(g.en, f)
				g.enTerms = append(g.enTerms, terms(enField(), f))
				l.en[toks[0]] = append(l.en[toks[0]], enForm{toks: toks, group: gi, text: f})
			}
			if prev, ok := seen[key]; ok {
				return nil, fmt.Errorf("index: synonyms: %q (group %d) is the same as %q", f, gi+1, prev)
			}
			seen[key] = fmt.Sprintf("%s (group %d)", f, gi+1)
		}
		l.groups = append(l.groups, g)
	}
	sort.SliceStable(l.zh, func(i, j int) bool { return len(l.zh[i].text) > len(l.zh[j].text) })
	return l, nil
}

// defaultLexicon is the embedded table, parsed once.
var defaultLexicon = sync.OnceValues(func() (*lexicon, error) { return parseLexicon(synonymsJSON) })

// expansion of a question: the groups it names and the forms it holds.
type synMatch struct {
	groups  []int
	present map[string]bool // "zh:"+folded or "en:"+form text
}

// match finds the groups whose forms occur in the question: Chinese forms
// as substrings of the folded question, English forms as runs of its
// detection tokens.
func (l *lexicon) match(text string) synMatch {
	var m synMatch
	in := map[int]bool{}
	mark := func(g int, key string) {
		if m.present == nil {
			m.present = map[string]bool{}
		}
		m.present[key] = true
		if !in[g] {
			in[g] = true
			m.groups = append(m.groups, g)
		}
	}
	folded := qa.Fold(text)
	if hasHan(folded) {
		for _, f := range l.zh {
			if strings.Contains(folded, f.text) {
				mark(f.group, "zh:"+f.text)
			}
		}
	}
	toks := terms(enDetect(), folded)
	for i, t := range toks {
		for _, f := range l.en[t] {
			if i+len(f.toks) <= len(toks) && equal(toks[i:i+len(f.toks)], f.toks) {
				mark(f.group, "en:"+f.text)
			}
		}
	}
	sort.Ints(m.groups)
	return m
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// synonymQuery returns a query for the forms of the groups the question
// names that the question does not hold itself (forms, from otherForms),
// one term or phrase per form (Chinese forms on the Chinese field, English ones on the English
// field), or nil when it names no group.
//
// A passage that says one synonym gains boost times what one word of the
// question gains on that field: Bleve scales a match query by the share of
// the question's words a passage matches, so a word weighs 1/n of its
// score in a question of n words (tokens of the field); synQuery undoes
// the same scaling of its own disjunction.
func synonymQuery(forms [][]synForm, text string, boost float64) query.Query {
	q := &synQuery{}
	var zhBoost, enBoost float64 // computed once, when first needed
	for _, fs := range forms {
		for _, f := range fs {
			b := &enBoost
			a := enField
			if f.field == fieldZH {
				b, a = &zhBoost, zhField
			}
			if *b == 0 {
				*b = boost / math.Max(1, float64(len(a().Analyze([]byte(text)))))
			}
			f.boost = *b
			q.forms = append(q.forms, f)
		}
	}
	if len(q.forms) == 0 {
		return nil
	}
	return q
}

// otherForms returns, for each group the question names (m, its match),
// the forms the question does not hold, as the terms of their field.
func (l *lexicon) otherForms(m synMatch) [][]synForm {
	var out [][]synForm
	for _, g := range m.groups {
		var fs []synForm
		for i, f := range l.groups[g].zh {
			if !m.present["zh:"+f] {
				fs = append(fs, synForm{field: fieldZH, terms: l.groups[g].zhTerms[i]})
			}
		}
		for i, f := range l.groups[g].en {
			if !m.present["en:"+f] {
				fs = append(fs, synForm{field: fieldEN, terms: l.groups[g].enTerms[i]})
			}
		}
		out = append(out, fs)
	}
	return out
}

// relatedCounter returns a count, for a hit's term locations, of the
// groups the question names (groups: their other forms, otherForms) whose
// other forms the passage holds (every term of a form on its field: a
// phrase's words, not their order); nil when it names none.
func relatedCounter(groups [][]synForm) func(search.FieldTermLocationMap) int {
	if len(groups) == 0 {
		return nil
	}
	return func(locs search.FieldTermLocationMap) int {
		n := 0
		for _, fs := range groups {
			for _, f := range fs {
				all := len(f.terms) > 0
				for _, t := range f.terms {
					if len(locs[f.field][t]) == 0 {
						all = false
						break
					}
				}
				if all {
					n++
					break
				}
			}
		}
		return n
	}
}

// synForm is one form of a synonym group as the terms of one field.
type synForm struct {
	field string
	terms []string
	boost float64
}

// synQuery is a disjunction of its forms that leaves out, before building
// any searcher, the forms whose terms the index does not hold (most of
// them, for a given article), and boosts each form it keeps by the number
// kept, so that Bleve's disjunction, which scales a passage's score by the
// share of its clauses the passage matches, gives a passage that says one
// form that form's score times its boost.
type synQuery struct{ forms []synForm }

func (q *synQuery) Searcher(ctx context.Context, i bindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	keep := q.forms
	if ir, ok := i.(bindex.IndexReaderContains); ok {
		keep = nil
		dicts := map[string]bindex.FieldDictContains{}
		for _, f := range q.forms {
			d, ok := dicts[f.field]
			if !ok {
				var err error
				if d, err = ir.FieldDictContains(f.field); err != nil {
					return nil, err
				}
				dicts[f.field] = d
			}
			all := true
			for _, t := range f.terms {
				if has, err := d.Contains([]byte(t)); err != nil {
					return nil, err
				} else if !has {
					all = false
					break
				}
			}
			if all {
				keep = append(keep, f)
			}
		}
	}
	if len(keep) == 0 {
		return searcher.NewMatchNoneSearcher(i)
	}
	ss := make([]search.Searcher, 0, len(keep))
	closeAll := func() {
		for _, s := range ss {
			_ = s.Close()
		}
	}
	for _, f := range keep {
		b := f.boost * float64(len(keep))
		var s search.Searcher
		var err error
		if len(f.terms) == 1 {
			s, err = searcher.NewTermSearcher(ctx, i, f.terms[0], f.field, b, options)
		} else {
			pq := query.NewPhraseQuery(f.terms, f.field)
			pq.SetBoost(b)
			s, err = pq.Searcher(ctx, i, m, options)
		}
		if err != nil {
			closeAll()
			return nil, err
		}
		ss = append(ss, s)
	}
	s, err := searcher.NewDisjunctionSearcher(ctx, i, ss, 0, options)
	if err != nil {
		closeAll()
		return nil, err
	}
	return s, nil
}
