package httpapi

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/talentwar/qa/qa"
)

// took_ms is written as encoding/json writes a float64.
func TestAppendJSONFloat(t *testing.T) {
	fs := []float64{0, 0.001, 0.012, 1, 1.5, 12.345, 999.999, 1e20, 1e21, 1.5e22, 1e-6, 9.99e-7, 1e-7, 5e-324, math.MaxFloat64, -0.5, -1e-9}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		fs = append(fs, float64(r.IntN(10_000_000))/1000, math.Float64frombits(r.Uint64()&^(0x7ff<<52)|uint64(r.IntN(2046)+1)<<52))
	}
	for _, f := range fs {
		want, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONFloat(nil, f); string(got) != string(want) {
			t.Errorf("%v: got %s, want %s", f, got, want)
		}
	}
}

// A session ID is written as encoding/json writes a string, whatever it
// holds.
func TestAppendJSONString(t *testing.T) {
	for _, s := range []string{"", "3f9a0c1e-77", "a_b.c", `quote"d`, `back\slash`, "<script>&", "line\nbreak", "\u2028", "會話", "\xff"} {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Errorf("%q: got %s, want %s", s, got, want)
		}
	}
}

// sameAnswer compares qa.Response field by field (Answer and Result with
// ==, so their new fields are compared without a change here). A new
// Response field must be added to sameAnswer, or cached bytes could omit
// it: this test names the fields sameAnswer knows.
func TestSameAnswerKnowsEveryResponseField(t *testing.T) {
	var got []string
	rt := reflect.TypeFor[qa.Response]()
	for i := range rt.NumField() {
		got = append(got, rt.Field(i).Name)
	}
	want := []string{"Question", "Lang", "InterpretedAs", "SessionID", "Answer", "NoAnswer", "Passages", "TookMS"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("qa.Response's fields changed: compare the new ones in sameAnswer and update this list (-known +now):\n%s", d)
	}
}

func testResponse(q string) *qa.Response {
	return &qa.Response{Question: q, Lang: qa.LangEN,
		Answer:   &qa.Answer{Text: "Alexandr Wang", PassageID: "p1", Field: "en", End: 13, Confidence: 0.9, Type: "person"},
		Passages: []qa.Result{{ID: "p1", Rank: 1, Score: 2.5, ZH: "王", EN: "Wang", Highlights: qa.Highlights{EN: "<mark>Wang</mark>"}, Answers: true}}}
}

// Any field that differs makes the entry not match.
func TestSameAnswer(t *testing.T) {
	base := testResponse("who")
	e, err := encodeAnswer(encodedKey{"who", 3, qa.LangEN}, base)
	if err != nil || e == nil {
		t.Fatal(e, err)
	}
	same := testResponse("who")
	same.SessionID, same.TookMS = "s", 3.25
	if !e.sameAnswer(same) {
		t.Error("an equal answer (other session and time) does not match")
	}
	for name, change := range map[string]func(r *qa.Response){
		"question":       func(r *qa.Response) { r.Question = "whom" },
		"lang":           func(r *qa.Response) { r.Lang = qa.LangHans },
		"interpreted":    func(r *qa.Response) { r.InterpretedAs = "who is he" },
		"no answer":      func(r *qa.Response) { r.Answer, r.NoAnswer = nil, "not said" },
		"answer text":    func(r *qa.Response) { r.Answer.Text = "Wang" },
		"confidence":     func(r *qa.Response) { r.Answer.Confidence = 0.8 },
		"score":          func(r *qa.Response) { r.Passages[0].Score = 2.4 },
		"highlight":      func(r *qa.Response) { r.Passages[0].Highlights.ZH = "<mark>王</mark>" },
		"citation":       func(r *qa.Response) { r.Passages[0].Citation.Sentence = 2 },
		"more passages":  func(r *qa.Response) { r.Passages = append(r.Passages, r.Passages[0]) },
		"empty passages": func(r *qa.Response) { r.Passages = []qa.Result{} },
	} {
		r := testResponse("who")
		change(r)
		if e.sameAnswer(r) {
			t.Errorf("%s changed, still matches", name)
		}
	}
	empty := testResponse("who")
	empty.Passages = []qa.Result{}
	e, _ = encodeAnswer(encodedKey{"who", 3, qa.LangEN}, empty)
	empty.Passages = nil
	if e.sameAnswer(empty) {
		t.Error("null passages match []")
	}
}

// The cache holds at most its byte bound, forgetting the least recently
// used answers first.
func TestEncodedCacheBound(t *testing.T) {
	one, _ := encodeAnswer(encodedKey{"q0", 3, qa.LangEN}, testResponse("q0"))
	c := newEncodedCache(10 * one.size)
	for i := range 30 {
		q := fmt.Sprint("q", i)
		e, _ := encodeAnswer(encodedKey{q, 3, qa.LangEN}, testResponse(q))
		c.put(e)
		c.get(encodedKey{"q0", 3, qa.LangEN}) // kept in use
	}
	if c.size > c.max || c.len() < 9 || c.len() > 10 {
		t.Errorf("%d entries, %d bytes, bound %d", c.len(), c.size, c.max)
	}
	if c.get(encodedKey{"q0", 3, qa.LangEN}) == nil || c.get(encodedKey{"q29", 3, qa.LangEN}) == nil {
		t.Error("the most recently used answers were dropped")
	}
	if c.get(encodedKey{"q1", 3, qa.LangEN}) != nil {
		t.Error("the least recently used answer was kept")
	}
	if newEncodedCache(-1) != nil || newEncodedCache(0) != nil {
		t.Error("a cache of no bytes is not off")
	}
}
