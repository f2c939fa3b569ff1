package httpapi_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/talentwar/qa/qa"
	"github.com/talentwar/qa/qa/httpapi"
)

// perRequest are the fields of an answer that differ between two
// requests for the same question.
var perRequest = regexp.MustCompile(`"took_ms":[-+.0-9eE]+|,"session_id":"[^"]*"`)

// decodeAnswer decodes an answer and clears its per-request fields.
func decodeAnswer(t *testing.T, r result) qa.Response {
	t.Helper()
	if r.status != http.StatusOK {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	var resp qa.Response
	if err := json.Unmarshal(r.body, &resp); err != nil {
		t.Fatalf("%v: %s", err, r.body)
	}
	resp.TookMS, resp.SessionID = 0, ""
	return resp
}

func ask(t *testing.T, h http.Handler, method, question, extra string) result {
	t.Helper()
	if method == http.MethodGet {
		return do(t, h, method, "/v1/ask?q="+url.QueryEscape(question)+extra, "", "")
	}
	body := jsonQuestion(question)
	if extra != "" {
		body = strings.TrimSuffix(body, "}") + "," + extra + "}"
	}
	return do(t, h, method, "/v1/ask", "application/json", body)
}

// A repeated question is written from the encoded-answer cache, and what
// is written is exactly what encoding the engine's response gives: the
// same JSON as the first (uncached) request and as a server without the
// cache, headers included.
func TestEncodedAnswerIsTheEncodedResponse(t *testing.T) {
	e := cachedEngine(t, 4096)
	plain := httpapi.New(e, httpapi.Config{RateLimit: httpapi.RateLimit{Off: true}, EncodedCacheBytes: -1})
	tests := []struct {
		name, question, k string
	}{
		{"en", "How much did Meta pay for its stake in Scale AI?", ""},
		{"en k=5", "Who is going to lead Meta's new superintelligence team?", "5"},
		{"zh-Hant", "Meta花了多少錢", ""},
		{"zh-Hans", "扎克伯格花了多少钱收购Scale AI？", "2"},
		{"not in the article", "What is the capital of Peru?", ""},
	}
	for _, tt := range tests {
		for _, method := range []string{http.MethodGet, http.MethodPost} {
			t.Run(tt.name+"/"+method, func(t *testing.T) {
				srv := httpapi.New(e, httpapi.Config{RateLimit: httpapi.RateLimit{Off: true}})
				extra := ""
				if tt.k != "" {
					extra = "&k=" + tt.k
					if method == http.MethodPost {
						extra = `"k":` + tt.k
					}
				}
				_, hits0, _ := httpapi.EncodedStats(srv)
				miss := ask(t, srv, method, tt.question, extra)
				_, hits1, _ := httpapi.EncodedStats(srv)
				hit := ask(t, srv, method, tt.question, extra)
				_, hits2, _ := httpapi.EncodedStats(srv)
				want := ask(t, plain, method, tt.question, extra)
				if hits1 != hits0 || hits2 != hits1+1 {
					t.Fatalf("hits %d → %d → %d: want a miss, then a hit", hits0, hits1, hits2)
				}
				for name, got := range map[string]result{"miss": miss, "hit": hit} {
					if d := cmp.Diff(decodeAnswer(t, want), decodeAnswer(t, got)); d != "" {
						t.Errorf("%s differs from the plain encoding (-want +got):\n%s", name, d)
					}
					if g, w := perRequest.ReplaceAll(got.body, nil), perRequest.ReplaceAll(want.body, nil); string(g) != string(w) {
						t.Errorf("%s bytes differ:\n got %s\nwant %s", name, g, w)
					}
					for _, h := range []string{"Content-Type", "Cache-Control", "X-Content-Type-Options", "Content-Security-Policy"} {
						if got.header.Get(h) != want.header.Get(h) || got.header.Get(h) == "" {
							t.Errorf("%s: %s %q, plain server %q", name, h, got.header.Get(h), want.header.Get(h))
						}
					}
				}
				sids := map[string]bool{}
				for _, r := range []result{miss, hit, want} {
					var raw map[string]json.RawMessage
					json.Unmarshal(r.body, &raw)
					sid, has := raw["session_id"]
					if method == http.MethodGet && has {
						t.Errorf("GET answer with a session_id: %s", r.body)
					}
					if method == http.MethodPost {
						if !has || sids[string(sid)] {
							t.Errorf("POST answer without its own new session_id: %s", sid)
						}
						sids[string(sid)] = true
					}
					if _, ok := raw["took_ms"]; !ok {
						t.Errorf("no took_ms: %s", r.body)
					}
				}
			})
		}
	}
}

// Every labelled question, answered from the cache, is byte for byte the
// plain encoding (apart from took_ms).
func TestEncodedAnswerLabelledQuestions(t *testing.T) {
	if testing.Short() {
		t.Skip("245 questions")
	}
	e := cachedEngine(t, 4096)
	srv := httpapi.New(e, httpapi.Config{RateLimit: httpapi.RateLimit{Off: true}})
	plain := httpapi.New(e, httpapi.Config{RateLimit: httpapi.RateLimit{Off: true}, EncodedCacheBytes: -1})
	qs := labelledQuestions(t)
	for _, q := range qs {
		ask(t, srv, http.MethodGet, q, "")
	}
	_, hits0, _ := httpapi.EncodedStats(srv)
	for _, q := range qs {
		got, want := ask(t, srv, http.MethodGet, q, ""), ask(t, plain, http.MethodGet, q, "")
		if g, w := perRequest.ReplaceAll(got.body, nil), perRequest.ReplaceAll(want.body, nil); string(g) != string(w) {
			t.Errorf("%q: bytes differ:\n got %s\nwant %s", q, g, w)
		}
	}
	if _, hits, _ := httpapi.EncodedStats(srv); hits-hits0 != uint64(len(qs)) {
		t.Errorf("%d hits for %d repeated questions", hits-hits0, len(qs))
	}
}

// A request carrying a session_id is never answered from the cache, even
// for a question whose cached answer is there: a follow-up is read against
// its own conversation.
func TestEncodedAnswerNotForSessions(t *testing.T) {
	e := cachedEngine(t, 4096)
	srv := httpapi.New(e, httpapi.Config{RateLimit: httpapi.RateLimit{Off: true}})
	first := ask(t, srv, http.MethodPost, "Who is Meta hiring to lead its superintelligence team?", "")
	var started qa.Response
	json.Unmarshal(first.body, &started)
	if started.SessionID == "" {
		t.Fatalf("no session: %s", first.body)
	}
	const followUp = "How long must he stay at Meta?"
	ask(t, srv, http.MethodGet, followUp, "")
	ask(t, srv, http.MethodGet, followUp, "")
	_, hits0, _ := httpapi.EncodedStats(srv)
	r := ask(t, srv, http.MethodPost, followUp, `"session_id":"`+started.SessionID+`"`)
	var got qa.Response
	if err := json.Unmarshal(r.body, &got); err != nil || r.status != 200 {
		t.Fatalf("%d %v: %s", r.status, err, r.body)
	}
	if _, hits, _ := httpapi.EncodedStats(srv); hits != hits0 {
		t.Errorf("a request with a session was answered from the cache")
	}
	if got.SessionID != started.SessionID || got.InterpretedAs == "" {
		t.Errorf("follow-up not read in its session: session %q (want %q), interpreted as %q", got.SessionID, started.SessionID, got.InterpretedAs)
	}

	// The same with an asker whose answer does not depend on the session:
	// still never from the cache, and the session is the asker's.
	var calls atomic.Int64
	fake := httpapi.New(fakeAsker{func(ctx context.Context, req qa.Request) (*qa.Response, error) {
		calls.Add(1)
		return &qa.Response{Question: req.Question, Lang: qa.LangEN, SessionID: req.SessionID, NoAnswer: "no", Passages: []qa.Result{}}, nil
	}}, httpapi.Config{})
	for _, sid := range []string{"", "s1", "s2", "s1"} {
		extra := ""
		if sid != "" {
			extra = "&session_id=" + sid
		}
		_, hits0, _ := httpapi.EncodedStats(fake)
		r := ask(t, fake, http.MethodGet, "q", extra)
		_, hits1, _ := httpapi.EncodedStats(fake)
		var resp qa.Response
		json.Unmarshal(r.body, &resp)
		if resp.SessionID != sid {
			t.Errorf("session %q answered with session %q", sid, resp.SessionID)
		}
		if sid != "" && hits1 != hits0 {
			t.Errorf("session %q answered from the cache", sid)
		}
	}
}

// New sessions opened by the same question each get their own ID, never
// another's, also when the answer comes from the cache.
func TestEncodedAnswerSessionIDs(t *testing.T) {
	srv := httpapi.New(cachedEngine(t, 4096), httpapi.Config{RateLimit: httpapi.RateLimit{Off: true}})
	var sids []string
	var bodies []string
	for range 4 {
		r := ask(t, srv, http.MethodPost, "Meta买了Scale AI多少股份？", "")
		var resp qa.Response
		if err := json.Unmarshal(r.body, &resp); err != nil || resp.SessionID == "" {
			t.Fatalf("%v, no session: %s", err, r.body)
		}
		sids, bodies = append(sids, resp.SessionID), append(bodies, string(r.body))
	}
	if _, hits, _ := httpapi.EncodedStats(srv); hits != 3 {
		t.Errorf("%d hits, want 3", hits)
	}
	for i, b := range bodies {
		for j, sid := range sids {
			if (i == j) != strings.Contains(b, sid) {
				t.Errorf("answer %d holds session %d's ID %q: %s", i, j, sid, b)
			}
		}
	}
}

// When the engine's answer changes (a rebuilt index, a cleared cache),
// the new answer is written, never the old bytes; an equal answer in new
// strings is still a hit.
func TestEncodedAnswerFollowsTheEngine(t *testing.T) {
	var text atomic.Value
	text.Store("first")
	srv := httpapi.New(fakeAsker{func(ctx context.Context, req qa.Request) (*qa.Response, error) {
		t := text.Load().(string)
		return &qa.Response{Question: req.Question, Lang: qa.LangEN,
			Answer:   &qa.Answer{Text: strings.Clone(t), PassageID: "p1", Field: "en", End: len(t), Confidence: 0.5, Type: "org"},
			Passages: []qa.Result{{ID: "p1", Rank: 1, Score: 1.5, EN: "the " + t, Answers: true}}}, nil
	}}, httpapi.Config{})
	check := func(want string, wantHit bool) {
		t.Helper()
		_, hits0, _ := httpapi.EncodedStats(srv)
		r := ask(t, srv, http.MethodGet, "which", "")
		_, hits1, _ := httpapi.EncodedStats(srv)
		resp := decodeAnswer(t, r)
		if resp.Answer == nil || resp.Answer.Text != want || resp.Passages[0].EN != "the "+want {
			t.Errorf("answer %+v, passages %+v: want %q", resp.Answer, resp.Passages, want)
		}
		if (hits1 > hits0) != wantHit {
			t.Errorf("hit %v, want %v", hits1 > hits0, wantHit)
		}
	}
	check("first", false)
	check("first", true)
	text.Store("second")
	check("second", false)
	check("second", true)
}

// Concurrent requests for the same questions each get the whole, right
// answer (run with -race).
func TestEncodedAnswerConcurrent(t *testing.T) {
	e := cachedEngine(t, 4096)
	srv := httpapi.New(e, httpapi.Config{RateLimit: httpapi.RateLimit{Off: true}})
	plain := httpapi.New(e, httpapi.Config{RateLimit: httpapi.RateLimit{Off: true}, EncodedCacheBytes: -1})
	qs := labelledQuestions(t)[:6]
	want := map[string]string{}
	for _, q := range qs {
		want[q] = string(perRequest.ReplaceAll(ask(t, plain, http.MethodGet, q, "").body, nil))
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 30 {
				q := qs[(g+i)%len(qs)]
				method := []string{http.MethodGet, http.MethodPost}[i%2]
				r := ask(t, srv, method, q, "")
				if got := string(perRequest.ReplaceAll(r.body, nil)); r.status != 200 || got != want[q] {
					t.Errorf("%s %q: %d %s", method, q, r.status, got)
					return
				}
			}
		}()
	}
	wg.Wait()
}
