package qa

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// countingSearcher counts the searches that reach the index, and has a
// generation tests can change.
type countingSearcher struct {
	fakeSearcher
	n   atomic.Int64
	gen atomic.Uint64
}

func (c *countingSearcher) Search(ctx context.Context, q Query) ([]Hit, error) {
	c.n.Add(1)
	return c.fakeSearcher.Search(ctx, q)
}

func (c *countingSearcher) Generation() uint64 { return c.gen.Load() }

func newCachedEngine(t *testing.T, size int) (*Engine, *countingSearcher) {
	t.Helper()
	s := &countingSearcher{fakeSearcher: fakeSearcher{fixtureDoc.Passages}}
	return NewEngine(s, []Document{fixtureDoc}, fixtureEntities, EngineOptions{CacheSize: size}), s
}

func ask(t *testing.T, e *Engine, req Request) *Response {
	t.Helper()
	r, err := e.Ask(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// What a client sees, without the fields that differ per request.
var sameAnswer = cmpopts.IgnoreFields(Response{}, "TookMS", "SessionID")

const (
	qWho    = "Who did Zuckerberg put up $14.3 billion to bring on board?"
	qFollow = "How long must he work at Meta?"
)

func TestCacheServesRepeatsWithoutSearching(t *testing.T) {
	e, s := newCachedEngine(t, 16)
	first := ask(t, e, Request{Question: qWho, NoSession: true})
	// The same question once normalized (spaces, a zero-width space).
	second := ask(t, e, Request{Question: "  Who did Zuckerberg\u200b put up  $14.3 billion to bring on board?\n", NoSession: true})
	if n := s.n.Load(); n != 1 {
		t.Errorf("%d searches for a repeated question, want 1", n)
	}
	if diff := cmp.Diff(first, second, sameAnswer); diff != "" {
		t.Errorf("cached response differs (-first +cached):\n%s", diff)
	}
	if st := e.CacheStats(); st.Hits != 1 || st.Misses != 1 || st.Size != 1 || st.Max != 16 {
		t.Errorf("stats = %+v, want 1 hit, 1 miss, 1 entry of 16", st)
	}
	// A caller changing its response does not change the next one.
	second.Answer.Text = "changed"
	second.Passages[0].ZH = "changed"
	third := ask(t, e, Request{Question: qWho, NoSession: true})
	if diff := cmp.Diff(first, third, sameAnswer); diff != "" {
		t.Errorf("a caller's change reached the cache (-first +third):\n%s", diff)
	}
}

func TestCacheKeysOnKAndQuestion(t *testing.T) {
	e, s := newCachedEngine(t, 16)
	ask(t, e, Request{Question: qWho, NoSession: true})
	r := ask(t, e, Request{Question: qWho, K: 1, NoSession: true})
	if len(r.Passages) != 1 {
		t.Errorf("k=1 got %d passages from a k=3 entry", len(r.Passages))
	}
	ask(t, e, Request{Question: "Who turned down Zuckerberg?", NoSession: true})
	if n := s.n.Load(); n != 3 {
		t.Errorf("%d searches, want 3 (different k, different question)", n)
	}
}

func TestCacheOffAtSizeZero(t *testing.T) {
	e, s := newCachedEngine(t, 0)
	for i := 0; i < 3; i++ {
		ask(t, e, Request{Question: qWho, NoSession: true})
	}
	if n := s.n.Load(); n != 3 {
		t.Errorf("%d searches with the cache off, want 3", n)
	}
	if st := e.CacheStats(); st != (CacheStats{}) {
		t.Errorf("stats with the cache off = %+v", st)
	}
}

func TestCacheIsBoundedLRU(t *testing.T) {
	e, s := newCachedEngine(t, 2)
	a, b, c := "Who turned down Zuckerberg?", qWho, "How many daily active users did Gemini have?"
	for _, q := range []string{a, b, a, c} { // c evicts b, the least recently used
		ask(t, e, Request{Question: q, NoSession: true})
	}
	before := s.n.Load()
	ask(t, e, Request{Question: a, NoSession: true})
	ask(t, e, Request{Question: c, NoSession: true})
	if n := s.n.Load() - before; n != 0 {
		t.Errorf("recently used questions searched again %d times", n)
	}
	ask(t, e, Request{Question: b, NoSession: true})
	if n := s.n.Load() - before; n != 1 {
		t.Errorf("the evicted question was not searched again")
	}
	if st := e.CacheStats(); st.Size != 2 {
		t.Errorf("cache holds %d answers, bound is 2", st.Size)
	}
}

func TestCacheInvalidatedWhenIndexChanges(t *testing.T) {
	e, s := newCachedEngine(t, 16)
	ask(t, e, Request{Question: qWho, NoSession: true})
	s.gen.Add(1)
	ask(t, e, Request{Question: qWho, NoSession: true})
	if n := s.n.Load(); n != 2 {
		t.Errorf("%d searches across an index change, want 2", n)
	}
	e.InvalidateCache()
	ask(t, e, Request{Question: qWho, NoSession: true})
	if n := s.n.Load(); n != 3 {
		t.Errorf("%d searches after InvalidateCache, want 3", n)
	}
}

// One session's follow-up is never served to another, and a cached answer
// still opens and continues a session as the engine does.
func TestCacheKeepsSessionsApart(t *testing.T) {
	plain := newTestEngine(t)
	e, _ := newCachedEngine(t, 16)

	// Session A: a question, then a follow-up resolved against it.
	a1 := ask(t, e, Request{Question: qWho})
	a2 := ask(t, e, Request{Question: qFollow, SessionID: a1.SessionID})
	if a2.InterpretedAs == "" {
		t.Fatal("the follow-up was not resolved in its session")
	}
	// Session B asks the follow-up's words first: nothing to resolve.
	b1 := ask(t, e, Request{Question: qFollow})
	want := ask(t, plain, Request{Question: qFollow})
	if diff := cmp.Diff(want, b1, sameAnswer); diff != "" {
		t.Errorf("a new session got another session's follow-up (-uncached +cached):\n%s", diff)
	}
	// The same for a client with its own history, and for one-shot askers.
	h := ask(t, e, Request{Question: qFollow, History: []Turn{{Role: "user", Text: "Who turned down Zuckerberg?"}}, NoSession: true})
	wantH := ask(t, plain, Request{Question: qFollow, History: []Turn{{Role: "user", Text: "Who turned down Zuckerberg?"}}, NoSession: true})
	if diff := cmp.Diff(wantH, h, sameAnswer); diff != "" {
		t.Errorf("history request (-uncached +cached):\n%s", diff)
	}

	// Session C asks session A's first question: a cache hit, with a
	// session of its own in which the follow-up resolves as in A.
	c1 := ask(t, e, Request{Question: qWho})
	if c1.SessionID == "" || c1.SessionID == a1.SessionID {
		t.Fatalf("cached answer session id = %q (session A: %q), want a fresh one", c1.SessionID, a1.SessionID)
	}
	c2 := ask(t, e, Request{Question: qFollow, SessionID: c1.SessionID})
	if diff := cmp.Diff(a2, c2, sameAnswer); diff != "" {
		t.Errorf("follow-up after a cached answer (-session A +session C):\n%s", diff)
	}
	// A client-chosen session id is kept on a cached answer.
	d := ask(t, e, Request{Question: qWho, SessionID: "slack-C1-1718000000.000100"})
	if d.SessionID != "slack-C1-1718000000.000100" {
		t.Errorf("session id = %q, want the client's", d.SessionID)
	}
}

func TestCacheConcurrentUse(t *testing.T) {
	e, _ := newCachedEngine(t, 4)
	qs := []string{qWho, qFollow, "Who turned down Zuckerberg?", "How many daily active users did Gemini have?", "小扎花了多少錢？", "Gemini日活躍用戶有多少？"}
	want := map[string]*Response{}
	plain := newTestEngine(t)
	for _, q := range qs {
		want[q] = ask(t, plain, Request{Question: q, NoSession: true})
	}
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 30; i++ {
				q := qs[(g+i)%len(qs)]
				r, err := e.Ask(context.Background(), Request{Question: q, NoSession: i%2 == 0})
				if err != nil {
					errs <- err.Error()
					return
				}
				if diff := cmp.Diff(want[q], r, sameAnswer); diff != "" {
					errs <- fmt.Sprintf("%q: %s", q, diff)
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// A question the engine rewrites on its own (a misspelling mended, no
// conversation involved) is as repeatable as any: it is served from the
// cache, and a session opened by the cached answer records the question as
// it was understood, so a follow-up resolves against it.
func TestCacheServesRewrittenQuestions(t *testing.T) {
	e, s := newCachedEngine(t, 16)
	const typo = "Who did Zuckerberg put up $14.3 bilion to bring on board?"
	first := ask(t, e, Request{Question: typo})
	if first.InterpretedAs == "" {
		t.Fatalf("%q was not rewritten; the test needs a question that is", typo)
	}
	second := ask(t, e, Request{Question: typo})
	if n := s.n.Load(); n != 1 {
		t.Errorf("%d searches for a repeated rewritten question, want 1", n)
	}
	if diff := cmp.Diff(first, second, sameAnswer); diff != "" {
		t.Errorf("cached response differs (-first +cached):\n%s", diff)
	}
	plain := newTestEngine(t)
	p1 := ask(t, plain, Request{Question: typo})
	want := ask(t, plain, Request{Question: qFollow, SessionID: p1.SessionID})
	got := ask(t, e, Request{Question: qFollow, SessionID: second.SessionID})
	if diff := cmp.Diff(want, got, sameAnswer); diff != "" {
		t.Errorf("follow-up after a cached rewritten question (-uncached +cached):\n%s", diff)
	}
}

// A cached answer leaves its session as an uncached one does, also when
// it is no answer: the passage the turn was about is the first listed.
func TestCacheRecordsTheTurnsPassage(t *testing.T) {
	plain := newTestEngine(t)
	e, _ := newCachedEngine(t, 16)
	const q = "Is Wang happy?" // no answer in the fixture, three passages
	ask(t, e, Request{Question: q, NoSession: true})
	want := ask(t, plain, Request{Question: q})
	got := ask(t, e, Request{Question: q})
	if got.Answer != nil || len(got.Passages) == 0 {
		t.Fatalf("the test needs a question with passages and no answer; got answer %v, %d passages", got.Answer, len(got.Passages))
	}
	_, wc := plain.sessions.Get(want.SessionID)
	_, gc := e.sessions.Get(got.SessionID)
	if wc.Passage == "" || gc.Passage != wc.Passage {
		t.Errorf("session passage after a cached turn = %q, uncached %q", gc.Passage, wc.Passage)
	}
}
