package web_test

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode"

	"github.com/chromedp/chromedp"

	"github.com/talentwar/qa/qa"
	"github.com/talentwar/qa/qa/web"
	"github.com/talentwar/qa/qa/web/browsertest"
)

// outDir is where the browser tests save screenshots: $TEST_OUTPUT_DIR/web
// when set, else testdata/out (ignored by git).
func outDir(t *testing.T) string {
	if d := os.Getenv("TEST_OUTPUT_DIR"); d != "" {
		return filepath.Join(d, "web")
	}
	abs, err := filepath.Abs(filepath.Join("testdata", "out"))
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// TestBrowser runs the page's scenarios in headless Chromium against the
// embedded page and a fake API over a few real passages of the article,
// then the scenarios only a fake can set up (rate limiting, server errors,
// slow responses, a server that forgets to escape). With
// UPDATE_SCREENSHOTS=1 it copies the desktop and phone screenshots to
// docs/ for the README.
func TestBrowser(t *testing.T) {
	fake := newFakeAPI()
	srv := httptest.NewServer(fake.handler())
	defer srv.Close()
	out := outDir(t)
	os.RemoveAll(out)

	b := browsertest.NewBrowser(t)
	b.RunScenarios(t, srv.URL, out)
	if fake.hostileServed.Load() == 0 && !filtered() {
		t.Error("the script-text scenario never received the passage that quotes <script>")
	}

	// The harness itself: it notices what the scenarios rely on it to notice.
	t.Run("harness_sees_csp_violations_dialogs_and_exceptions", func(t *testing.T) {
		tab := b.Tab(t, srv.URL, out, browsertest.TabOptions{})
		tab.Go("/")
		browsertest.Eval[bool](tab, `(() => { const s = document.createElement("script"); s.textContent = "window.ran = 1"; document.body.appendChild(s); return true; })()`)
		browsertest.Eval[bool](tab, `setTimeout(() => alert("hi"), 0), setTimeout(() => { throw new Error("boom") }, 0), true`)
		time.Sleep(500 * time.Millisecond)
		if ran := browsertest.Eval[bool](tab, `window.ran === 1`); ran {
			t.Errorf("an inline script ran: the CSP does not block it")
		}
		got := strings.Join(tab.TakeProblems(), "\n")
		for _, want := range []string{"CSP violation", "dialog: hi", "boom"} {
			if !strings.Contains(got, want) {
				t.Errorf("harness did not record %q; recorded:\n%s", want, got)
			}
		}
	})

	t.Run("rate_limited", func(t *testing.T) {
		tab := b.Tab(t, srv.URL, out, browsertest.TabOptions{})
		tab.Go("/")
		q := "Scale AI [429]"
		tab.Do(chromedp.SendKeys(chromedp.ID("q"), q+"\n"))
		if st := tab.WaitResults(q); st != "rate-limited" {
			t.Fatalf("state = %q, want rate-limited", st)
		}
		wait := browsertest.Eval[string](tab, `document.querySelector("#results .rate .rate-wait").textContent`)
		if !strings.Contains(wait, "2") && !strings.Contains(wait, "1") {
			t.Errorf("rate-limit card says %q, want the seconds left from Retry-After", wait)
		}
		tab.Screenshot("rate-limited")
		// It retries by itself when Retry-After has passed.
		tab.Wait(`["answer", "no-answer"].includes(document.getElementById("results").dataset.state)`)
		if asks := tab.Asks(); len(asks) != 2 {
			t.Errorf("requests = %q, want the first and one retry", asks)
		}
	})

	t.Run("server_error", func(t *testing.T) {
		tab := b.Tab(t, srv.URL, out, browsertest.TabOptions{})
		tab.Go("/")
		q := "Meta [500]"
		tab.Do(chromedp.SendKeys(chromedp.ID("q"), q+"\n"))
		if st := tab.WaitResults(q); st != "error" {
			t.Fatalf("state = %q, want error", st)
		}
		if msg := browsertest.Eval[string](tab, `document.querySelector("#results .error-message").textContent`); msg != "the index is not loaded yet" {
			t.Errorf("error card says %q, want the server's message", msg)
		}
		if role := browsertest.Eval[string](tab, `document.querySelector("#results .error").getAttribute("role")`); role != "alert" {
			t.Errorf("error card role = %q, want alert", role)
		}
		tab.Screenshot("error")
		tab.Do(chromedp.Click(chromedp.CSS(`#results [data-act="retry"]`)))
		tab.WaitResults(q)
		if asks := tab.Asks(); len(asks) != 2 {
			t.Errorf("requests = %q, want the first and the retry", asks)
		}
	})

	t.Run("network_error", func(t *testing.T) {
		tab := b.Tab(t, srv.URL, out, browsertest.TabOptions{})
		tab.Go("/")
		q := "Meta [drop]"
		tab.Do(chromedp.SendKeys(chromedp.ID("q"), q+"\n"))
		if st := tab.WaitResults(q); st != "error" {
			t.Fatalf("state = %q, want error", st)
		}
		if msg := browsertest.Eval[string](tab, `document.querySelector("#results .error-message").textContent`); !strings.Contains(msg, "server") {
			t.Errorf("error card says %q, want that the server could not be reached", msg)
		}
	})

	t.Run("no_passages", func(t *testing.T) {
		tab := b.Tab(t, srv.URL, out, browsertest.TabOptions{})
		tab.Go("/")
		q := "zzzz qqqq"
		tab.Do(chromedp.SendKeys(chromedp.ID("q"), q+"\n"))
		if st := tab.WaitResults(q); st != "empty" {
			t.Fatalf("state = %q, want empty", st)
		}
		if h := browsertest.Eval[string](tab, `document.querySelector("#results .empty h2").textContent`); !strings.Contains(h, q) {
			t.Errorf("empty state says %q, want it to name the question", h)
		}
		tab.Screenshot("empty")
	})

	t.Run("stale_requests_aborted", func(t *testing.T) {
		tab := b.Tab(t, srv.URL, out, browsertest.TabOptions{})
		tab.Go("/")
		tab.Do(chromedp.SendKeys(chromedp.ID("q"), "Llama [slow]\n"))
		tab.Wait(`document.getElementById("results").dataset.state === "loading"`)
		tab.SetQuestion("Scale AI\n")
		tab.WaitResults("Scale AI")
		time.Sleep(fakeSlow + 300*time.Millisecond) // the slow answer would have arrived by now
		if q := browsertest.Eval[string](tab, `document.getElementById("results").dataset.q`); q != "Scale AI" {
			t.Errorf("results show %q after the slow answer was due, want Scale AI", q)
		}
		var aborted bool
		for _, u := range tab.Canceled() {
			aborted = aborted || strings.Contains(u, "slow")
		}
		if !aborted {
			t.Errorf("the slow request was not aborted; canceled: %q", tab.Canceled())
		}
	})

	t.Run("unescaped_highlight_is_sanitized", func(t *testing.T) {
		tab := b.Tab(t, srv.URL, out, browsertest.TabOptions{})
		tab.Go("/")
		q := "unescaped alert"
		tab.Do(chromedp.SendKeys(chromedp.ID("q"), q+"\n"))
		tab.WaitResults(q)
		time.Sleep(300 * time.Millisecond)
		if d := tab.Dialogs(); len(d) != 0 {
			t.Fatalf("dialogs %q", d)
		}
		if n := browsertest.Eval[int](tab, `document.querySelectorAll("#results img").length`); n != 0 {
			t.Errorf("%d <img> elements made from a highlight", n)
		}
		text := browsertest.Eval[string](tab, `[...document.querySelectorAll("#results .text")].map(e => e.textContent).join("\n")`)
		if !strings.Contains(text, "<img src=x onerror=alert(2)>") {
			t.Errorf("passage texts = %q, want the markup shown literally", text)
		}
		if n := browsertest.Eval[int](tab, `document.querySelectorAll("#results .text mark").length`); n == 0 {
			t.Errorf("the <mark> of the unescaped highlight was lost")
		}
	})

	updateScreenshots(t, out)
}

// updateScreenshots copies the desktop and phone screenshots to docs/ for
// the README when UPDATE_SCREENSHOTS is set and the test passed.
func updateScreenshots(t *testing.T, out string) {
	if os.Getenv("UPDATE_SCREENSHOTS") == "" || t.Failed() {
		return
	}
	for src, dst := range map[string]string{"desktop.png": "screenshot.png", "phone.png": "screenshot-phone.png"} {
		buf, err := os.ReadFile(filepath.Join(out, src))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("..", "..", "docs", dst), buf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// filtered reports whether -run selects only some subtests.
func filtered() bool {
	f := flag.Lookup("test.run")
	return f != nil && strings.Contains(f.Value.String(), "/")
}

// TestLiveServer runs the same scenarios against a running server, e.g.
//
//	QA_WEB_BASE_URL=http://localhost:8080 go test ./qa/web/ -run TestLiveServer
//
// (add UPDATE_SCREENSHOTS=1 to refresh the README's screenshots from it).
func TestLiveServer(t *testing.T) {
	base := os.Getenv("QA_WEB_BASE_URL")
	if base == "" {
		t.Skip("set QA_WEB_BASE_URL to run the page's scenarios against a running server")
	}
	out := filepath.Join(outDir(t), "live")
	os.RemoveAll(out)
	browsertest.RunScenarios(t, base, out)
	updateScreenshots(t, out)
}

// ---------------------------------------------------------------- fake API

const fakeSlow = 1500 * time.Millisecond

// fakePassages are real passages of the article (the English is ours) and
// two test fixtures in a document of their own.
var fakePassages = []qa.Passage{
	{ID: "talent-war/p4.s1", Doc: "talent-war", Section: "intro", Paragraph: 4, Sentence: 1,
		ZH: "蘋果的人才收購計劃尚懸在空中，另一邊作為Meta創始人的馬克·扎克伯格已經拿出143億美元的真金白銀，打算將Scale AI聯合創始人兼CEO Alexandr Wang收歸麾下了。",
		EN: "While Apple's plan to buy talent is still up in the air, Meta founder Mark Zuckerberg has already put up US$14.3 billion in hard cash to bring Scale AI co-founder and CEO Alexandr Wang on board."},
	{ID: "talent-war/p5.s1", Doc: "talent-war", Section: "intro", Paragraph: 5, Sentence: 1,
		ZH: "4月份Meta新一代開源模型Llama 4不及預期的外界表現，讓扎克伯格有了重組AI團隊的想法，并開始付諸行動，在內部搞起了一個全新的超級智能團隊，計劃交由Alexandr Wang領導。",
		EN: "The disappointing reception of Llama 4, Meta's new open-source model, in April gave Zuckerberg the idea of reorganising his AI teams; he has set up a brand-new superintelligence team inside the company, to be led by Alexandr Wang."},
	{ID: "talent-war/p13.s1", Doc: "talent-war", Section: "intro", Paragraph: 13, Sentence: 1,
		ZH: "策略轉變之下，一批負責應用和商業化的高管相繼離開，包括但不限于前智譜COO張帆、前MiniMax商業化負責人魏偉、前月之暗面核心產品負責人明超平、前階躍星辰“冒泡鴨”產品負責人張心皓(尚未離職，轉為內部顧問)……",
		EN: "With the change of strategy, executives in charge of applications and commercialisation have left one after another, including former Zhipu COO Zhang Fan, former MiniMax head of commercialisation Wei Wei, former Moonshot AI head of core products Ming Chaoping and former StepFun “Maopaoya” product lead Zhang Xinhao (not yet gone, now an internal adviser)…"},
	{ID: "talent-war/p15.s1", Doc: "talent-war", Section: "A", Paragraph: 15, Sentence: 1,
		ZH: "扎克伯格再一次找回了當年創辦Facebook(Meta前身)時的狀態，開始化身公司頭號HR。",
		EN: "Zuckerberg is back in the mood of his Facebook (Meta's predecessor) founding days, acting as the company's chief recruiter."},
	{ID: "talent-war/p16.s1", Doc: "talent-war", Section: "A", Paragraph: 16, Sentence: 1,
		ZH: "頻繁接觸AI研究人員，試圖把他們挖到Meta之外，扎克伯格還親手組建一個全新的AI實驗室，被其視為大規模重組Meta AI業務的一部分。",
		EN: "Besides courting AI researchers again and again to lure them to Meta, Zuckerberg is personally building a brand-new AI lab, which he sees as part of a sweeping reorganisation of Meta's AI business."},
	{ID: "talent-war/p16.s2", Doc: "talent-war", Section: "A", Paragraph: 16, Sentence: 2,
		ZH: "該實驗室預計規模在50人。",
		EN: "The lab is expected to have about 50 people."},
	{ID: "talent-war/p17.s1", Doc: "talent-war", Section: "A", Paragraph: 17, Sentence: 1,
		ZH: "現在，借助對Alexandr Wang的收購，上述AI實驗室的主管人選已經到位。",
		EN: "Now, with the Alexandr Wang deal, the lab has its leader."},
	{ID: "talent-war/p18.s1", Doc: "talent-war", Section: "A", Paragraph: 18, Sentence: 1,
		ZH: "外媒The Information爆料稱，早在4月中旬，扎克伯格就與Alexandr Wang進行了接觸，希望王能夠加入Meta，并愿意支付數十億美元來實現這一目標。",
		EN: "The Information reported that as early as mid-April Zuckerberg approached Alexandr Wang, hoping Wang would join Meta, and was willing to pay billions of dollars to make it happen."},
	{ID: "talent-war/p19.s1", Doc: "talent-war", Section: "A", Paragraph: 19, Sentence: 1,
		ZH: "但Alexandr Wang不滿足于扎克伯格的報價，一度將自身和身后Scale AI的報價提高至200億美元。",
		EN: "But Alexandr Wang was not satisfied with Zuckerberg's offer and at one point raised the price of himself and Scale AI behind him to US$20 billion."},
	{ID: "talent-war/p19.s2", Doc: "talent-war", Section: "A", Paragraph: 19, Sentence: 2,
		ZH: "在接下來一個多月的談判中，雙方互相做了些讓步，并有了Meta最終以143億美元收購Scale AI 49%股份，且Alexandr Wang需要加入Meta的方案出爐。",
		EN: "In more than a month of talks that followed, both sides gave ground, and a plan emerged: Meta would pay US$14.3 billion for 49% of Scale AI, and Alexandr Wang would join Meta."},
	{ID: "talent-war/p20.s1", Doc: "talent-war", Section: "A", Paragraph: 20, Sentence: 1,
		ZH: "為了防止Alexandr Wang中途離職，Meta在收購條款中特意注明，Alexandr Wang需要在Meta工作五年以上，才能拿到絕大部分收購現金。",
		EN: "To keep Alexandr Wang from leaving early, Meta wrote into the deal that he must work at Meta for more than five years to receive most of the cash."},
	{ID: "talent-war/p21.s1", Doc: "talent-war", Section: "A", Paragraph: 21, Sentence: 1,
		ZH: "Alexandr Wang之外，扎克伯格的招募還在繼續。",
		EN: "Beyond Alexandr Wang, Zuckerberg's recruiting goes on."},
	{ID: "fixture/p1.s1", Doc: "fixture", Section: "intro", Paragraph: 1, Sentence: 1,
		ZH: "測試：<script>alert(1)</script> 這段文字必須原樣顯示。",
		EN: "Test: <script>alert(1)</script> this text must be shown as it is."},
	{ID: "fixture/p2.s1", Doc: "fixture", Section: "intro", Paragraph: 2, Sentence: 1,
		ZH: "測試：<img src=x onerror=alert(2)> 伺服器忘了轉義。",
		EN: "Test: <img src=x onerror=alert(2)> the server forgot to escape."},
}

type fakeAPI struct {
	hostileServed atomic.Int64
	rateLimited   atomic.Int64
}

func newFakeAPI() *fakeAPI { return &fakeAPI{} }

func (f *fakeAPI) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/ask", f.ask)
	mux.HandleFunc("/v1/passages/", f.passage)
	mux.Handle("/", web.Handler())
	return mux
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, map[string]any{"error": map[string]string{"code": code, "message": msg}})
}

var (
	latinRE  = regexp.MustCompile(`[A-Za-z0-9]+`)
	stopEN   = map[string]bool{"how": true, "much": true, "did": true, "does": true, "do": true, "for": true, "the": true, "a": true, "an": true, "of": true, "is": true, "what": true, "who": true, "to": true, "in": true, "on": true, "and": true, "s": true, "it": true, "will": true}
	stopZH   = map[rune]bool{'了': true, '的': true, '是': true, '在': true, '嗎': true, '呢': true, '麼': true, '什': true, '和': true, '誰': true, '谁': true}
	moneyQ   = regexp.MustCompile(`(?i)how much|\bpa(y|id)\b|spen[dt]|cost|多少|花了`)
	whoLeadQ = regexp.MustCompile(`(?i)who .*lead|誰.*領導|谁.*领导`)
)

// search is a crude stand-in for the engine: Latin words match word
// prefixes in either text (weight 2), Han characters match anywhere in
// the Chinese text (weight 1).
func search(q string, k int) (hits []qa.Result, latin []string, han []string) {
	for _, w := range latinRE.FindAllString(q, -1) {
		w = strings.ToLower(w)
		if stopEN[w] || (w[0] >= '0' && w[0] <= '9' && len(w) < 2) {
			continue
		}
		latin = append(latin, w)
	}
	for _, r := range q {
		if unicode.Is(unicode.Han, r) && !stopZH[r] {
			han = append(han, string(r))
		}
	}
	type scored struct {
		i     int
		score int
	}
	var ss []scored
	for i, p := range fakePassages {
		s := 0
		for _, w := range latin {
			re := wordRE(w)
			if re.MatchString(p.EN) || re.MatchString(p.ZH) {
				s += 2
			}
		}
		for _, h := range han {
			if strings.Contains(p.ZH, h) {
				s++
			}
		}
		if s >= 2 {
			ss = append(ss, scored{i, s})
		}
	}
	sort.SliceStable(ss, func(a, b int) bool { return ss[a].score > ss[b].score })
	for n, s := range ss {
		if n == k {
			break
		}
		p := fakePassages[s.i]
		hits = append(hits, qa.Result{ID: p.ID, Rank: n + 1, Score: float64(s.score), ZH: p.ZH, EN: p.EN, Citation: p.Citation(), Answers: true,
			Highlights: qa.Highlights{ZH: qa.Highlight(p.ZH, spans(p.ZH, latin, han)), EN: qa.Highlight(p.EN, spans(p.EN, latin, nil))}})
	}
	return hits, latin, han
}

// wordRE matches w as a word, or as the start of a word when w is longer
// than three letters (recruit → recruiting).
func wordRE(w string) *regexp.Regexp {
	if len(w) <= 3 {
		return regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(w) + `\b`)
	}
	return regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(w) + `[a-z]*`)
}

func spans(text string, latin, han []string) []qa.Span {
	var out []qa.Span
	for _, w := range latin {
		for _, m := range wordRE(w).FindAllStringIndex(text, -1) {
			out = append(out, qa.Span{Start: m[0], End: m[1]})
		}
	}
	for _, h := range han {
		for i := 0; ; {
			j := strings.Index(text[i:], h)
			if j < 0 {
				break
			}
			out = append(out, qa.Span{Start: i + j, End: i + j + len(h)})
			i += j + len(h)
		}
	}
	return out
}

func (f *fakeAPI) ask(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	k, _ := strconv.Atoi(r.URL.Query().Get("k"))
	if k == 0 {
		k = qa.DefaultK
	}
	switch {
	case q == "":
		writeError(w, http.StatusBadRequest, qa.Invalid, "the question is empty")
		return
	case strings.Contains(q, "[429]") && f.rateLimited.Add(1) == 1:
		w.Header().Set("Retry-After", "2")
		writeError(w, http.StatusTooManyRequests, qa.RateLimited, "too many requests")
		return
	case strings.Contains(q, "[500]"):
		writeError(w, http.StatusServiceUnavailable, qa.Unavailable, "the index is not loaded yet")
		return
	case strings.Contains(q, "[drop]"):
		if hj, ok := w.(http.Hijacker); ok {
			if c, _, err := hj.Hijack(); err == nil {
				c.Close()
				return
			}
		}
	case strings.Contains(q, "[slow]"):
		select {
		case <-time.After(fakeSlow):
		case <-r.Context().Done():
			return
		}
	}

	hits, _, han := search(q, k)
	resp := qa.Response{Question: q, Lang: qa.LangEN, Passages: []qa.Result{}}
	switch {
	case len(han) > 0 && latinRE.MatchString(q):
		resp.Lang = qa.LangMixed
	case len(han) > 0:
		resp.Lang = qa.LangHant
	}
	if hits != nil {
		resp.Passages = hits
	}
	for i, h := range resp.Passages {
		if strings.Contains(h.ZH, "<script>") {
			f.hostileServed.Add(1)
		}
		if strings.Contains(q, "unescaped") && strings.Contains(h.ZH, "<img") {
			// A buggy server: raw text with a <mark> added.
			resp.Passages[i].Highlights = qa.Highlights{ZH: strings.Replace(h.ZH, "伺服器", "<mark>伺服器</mark>", 1), EN: strings.Replace(h.EN, "server", "<mark>server</mark>", 1)}
		}
	}
	field := "en"
	if resp.Lang.Chinese() {
		field = "zh"
	}
	answer := func(text, typ string) {
		for _, h := range resp.Passages {
			src := h.EN
			if field == "zh" {
				src = h.ZH
			}
			if i := strings.Index(src, text); i >= 0 {
				s := len([]rune(src[:i]))
				resp.Answer = &qa.Answer{Text: text, PassageID: h.ID, Field: field, Start: s, End: s + len([]rune(text)), Confidence: 0.87, Type: typ}
				return
			}
		}
	}
	switch {
	case moneyQ.MatchString(q) && field == "en":
		answer("US$14.3 billion", "money")
	case moneyQ.MatchString(q):
		answer("143億美元", "money")
	case whoLeadQ.MatchString(q):
		answer("Alexandr Wang", "person")
	}
	if resp.Answer == nil {
		resp.NoAnswer = "The article does not say."
		if resp.Lang.Chinese() {
			resp.NoAnswer = "文章沒有提到。"
		}
	}
	resp.TookMS = float64(time.Since(start).Microseconds()) / 1000
	writeJSON(w, http.StatusOK, resp)
}

func (f *fakeAPI) passage(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimPrefix(r.URL.Path, "/v1/passages/")
	for i, p := range fakePassages {
		if p.ID != id {
			continue
		}
		var ctx []qa.Passage
		for j := max(0, i-2); j <= min(len(fakePassages)-1, i+2); j++ {
			if fakePassages[j].Doc == p.Doc {
				ctx = append(ctx, fakePassages[j])
			}
		}
		writeJSON(w, http.StatusOK, map[string]any{"passage": p, "context": ctx})
		return
	}
	writeError(w, http.StatusNotFound, qa.NotFound, fmt.Sprintf("no passage %q", id))
}

// TestFakeAPI keeps the fake honest about the contract the page relies on.
func TestFakeAPI(t *testing.T) {
	srv := httptest.NewServer(newFakeAPI().handler())
	defer srv.Close()
	get := func(path string, v any) int {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+path, nil)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		if err := json.NewDecoder(res.Body).Decode(v); err != nil {
			t.Fatal(err)
		}
		return res.StatusCode
	}
	var resp qa.Response
	get("/v1/ask?q="+strings.ReplaceAll(browsertest.QuestionEN, " ", "+")+"&k=5", &resp)
	if resp.Answer == nil || resp.Answer.Text != "US$14.3 billion" || len(resp.Passages) == 0 {
		t.Fatalf("English money question: %+v", resp)
	}
	if !strings.Contains(resp.Passages[0].Highlights.EN, "<mark>") {
		t.Errorf("no highlight in %q", resp.Passages[0].Highlights.EN)
	}
	var ctx struct {
		Passage qa.Passage   `json:"passage"`
		Context []qa.Passage `json:"context"`
	}
	if code := get("/v1/passages/talent-war/p16.s1", &ctx); code != 200 || ctx.Passage.ID != "talent-war/p16.s1" || len(ctx.Context) != 5 {
		t.Errorf("context: %d %+v", code, ctx)
	}
}
