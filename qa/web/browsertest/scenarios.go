package browsertest

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Questions the scenarios ask. They hold for the real article: the Meta
// questions are answered (Meta paid 14.3 billion US dollars, 143億美元, for
// its Scale AI stake) and the colour question is not.
const (
	QuestionEN       = "How much did Meta pay for Scale AI?"
	QuestionZH       = "Meta花了多少錢"
	QuestionZHFull   = "Meta花了多少錢收購Scale AI？"
	QuestionName     = "扎克伯格"
	QuestionKeyboard = "Alexandr Wang"
	QuestionNoAnswer = "What is Meta's favourite colour?"
	QuestionHostile  = "<script>alert(1)</script>"
)

// moneyRE matches the amount in an answer to the Meta questions in either
// language (14.3 billion, $14.3B, 143億美元, 143亿).
var moneyRE = regexp.MustCompile(`14\.3|143`)

// RunScenarios starts Chromium and runs the page's end-to-end scenarios
// against the server at baseURL, which must serve the page at / and the
// JSON API at /v1/ask and /v1/passages/{id}. Screenshots go to outDir (none
// when it is empty); desktop.png and phone.png there are the ones for the
// README.
func RunScenarios(t *testing.T, baseURL, outDir string) {
	NewBrowser(t).RunScenarios(t, baseURL, outDir)
}

// RunScenarios is RunScenarios in a browser that is already running.
func (b *Browser) RunScenarios(t *testing.T, baseURL, outDir string) {
	for _, s := range []struct {
		name string
		run  func(t *testing.T, b *Browser, base, out string)
	}{
		{"english_question", scenarioEnglish},
		{"chinese_composition_events", scenarioCompositionEvents},
		{"chinese_real_ime", scenarioIME},
		{"shared_link", scenarioSharedLink},
		{"back_and_forward", scenarioHistory},
		{"keyboard", scenarioKeyboard},
		{"script_text_is_text", scenarioHostile},
		{"no_answer", scenarioNoAnswer},
		{"interface_language", scenarioLanguage},
		{"phone", scenarioPhone},
		{"desktop_screenshot", scenarioDesktop},
	} {
		t.Run(s.name, func(t *testing.T) { s.run(t, b, baseURL, outDir) })
	}
}

func scenarioEnglish(t *testing.T, b *Browser, base, out string) {
	tab := b.Tab(t, base, out, TabOptions{})
	tab.Go("/")
	if got := Eval[string](tab, `document.getElementById("results").dataset.state`); got != "idle" {
		t.Errorf("fresh page state = %q, want idle", got)
	}
	tab.Do(chromedp.SendKeys(chromedp.ID("q"), QuestionEN))
	if st := tab.WaitResults(QuestionEN); st != "answer" {
		t.Fatalf("state after %q = %q, want answer", QuestionEN, st)
	}
	// Debounced: typing the whole question made one request (a few if the
	// typing paused on a slow machine), not one per key.
	if asks := tab.Asks(); len(asks) == 0 || len(asks) > 6 || asks[len(asks)-1] != QuestionEN {
		t.Errorf("requests while typing %d keys = %q, want 1 to 6 ending with the question", len(QuestionEN), asks)
	}
	answer := Eval[string](tab, `document.querySelector("#answer .answer-text").textContent`)
	if !moneyRE.MatchString(answer) {
		t.Errorf("answer = %q, want the amount Meta paid (14.3 billion)", answer)
	}
	// The answer's source passage is in the list, marked and cited.
	cite := Eval[string](tab, `document.querySelector("li.result[data-answer-source] .cite")?.textContent ?? ""`)
	if !regexp.MustCompile(`(Introduction|Section [A-Z]+), ¶\d+`).MatchString(cite) {
		t.Errorf("citation of the answer's passage = %q, want like \"Section A, ¶19\"", cite)
	}
	from := Eval[string](tab, `document.querySelector("#answer .cite-link")?.textContent ?? ""`)
	if !strings.Contains(from, cite) {
		t.Errorf("answer says %q, want it to cite %q", from, cite)
	}
	checkAnswerSpan(t, tab, answer)
	marks := Eval[[]string](tab, `[...document.querySelectorAll("#passages .text mark")].map(m => m.textContent)`)
	if len(marks) == 0 {
		t.Errorf("no <mark> highlight in the passages")
	}
	if lang := Eval[string](tab, `document.querySelector("#passages .text").lang`); lang != "en" {
		t.Errorf("passage shown in %q for an English question, want en", lang)
	}
	if q := Eval[string](tab, `new URLSearchParams(location.search).get("q")`); q != QuestionEN {
		t.Errorf("URL q = %q, want %q", q, QuestionEN)
	}
	// The Chinese original is one click away.
	tab.Do(chromedp.Click(chromedp.CSS(`#res-1 [data-act="other"]`)))
	other := Eval[string](tab, `(() => { const o = document.querySelector("#res-1 .other"); return o.hidden ? "" : o.lang + ":" + o.textContent; })()`)
	if !strings.HasPrefix(other, "zh") || !hasHan(other) {
		t.Errorf("after clicking the other-language button the passage shows %q, want its Chinese text", other)
	}
	if label := Eval[string](tab, `document.querySelector('#res-1 [data-act="other"]').getAttribute("aria-expanded")`); label != "true" {
		t.Errorf("other-language button aria-expanded = %s, want true", label)
	}
	tab.Screenshot("english")
}

// scenarioCompositionEvents types Chinese the way an input method does:
// compositionstart, the box showing pinyin then characters with input
// events marked isComposing, and compositionend. The page must not search
// while the IME composes, and must search once it ends.
func scenarioCompositionEvents(t *testing.T, b *Browser, base, out string) {
	tab := b.Tab(t, base, out, TabOptions{})
	tab.Go("/")
	Eval[bool](tab, fmt.Sprintf(`(async () => {
		const q = document.getElementById("q");
		q.focus();
		q.dispatchEvent(new CompositionEvent("compositionstart", {bubbles: true, data: ""}));
		for (const v of %s) {
			q.value = v;
			q.dispatchEvent(new CompositionEvent("compositionupdate", {bubbles: true, data: v.slice(4)}));
			q.dispatchEvent(new InputEvent("input", {bubbles: true, isComposing: true, inputType: "insertCompositionText", data: v.slice(4)}));
			await new Promise(r => setTimeout(r, 120));
		}
		return true;
	})()`, js([]string{"Meta h", "Meta hua", "Meta花", "Meta花le", "Meta花了", "Meta花了duo", "Meta花了多少", QuestionZH})))
	tab.Do(chromedp.Sleep(700 * time.Millisecond)) // well past the debounce
	if asks := tab.Asks(); len(asks) != 0 {
		t.Fatalf("requests while the IME was composing: %q, want none", asks)
	}
	if st := Eval[string](tab, `document.getElementById("results").dataset.state`); st != "idle" {
		t.Errorf("state while composing = %q, want idle", st)
	}
	Eval[bool](tab, `document.getElementById("q").dispatchEvent(new CompositionEvent("compositionend", {bubbles: true, data: "花了多少錢"}))`)
	if st := tab.WaitResults(QuestionZH); st != "answer" {
		t.Fatalf("state after composing %q = %q, want answer", QuestionZH, st)
	}
	tab.Do(chromedp.Sleep(400 * time.Millisecond))
	if asks := tab.Asks(); len(asks) != 1 || asks[0] != QuestionZH {
		t.Errorf("requests after composition = %q, want exactly [%q]", asks, QuestionZH)
	}
	checkChineseAnswer(t, tab)
	tab.Screenshot("chinese")
}

// scenarioIME uses Chromium's own IME emulation (Input.imeSetComposition,
// then Input.insertText to commit), so the browser fires the composition
// events itself.
func scenarioIME(t *testing.T, b *Browser, base, out string) {
	tab := b.Tab(t, base, out, TabOptions{})
	tab.Go("/")
	tab.Do(chromedp.Focus(chromedp.ID("q")))
	for _, c := range []string{"zha", "扎", "扎ke", "扎克", "扎克bo", "扎克伯", "扎克伯ge"} {
		n := int64(len([]rune(c)))
		if _, err := chromedp.Call(tab.Ctx, input.ImeSetComposition, input.ImeSetCompositionParams{Text: c, SelectionStart: n, SelectionEnd: n}); err != nil {
			t.Fatalf("Input.imeSetComposition: %v", err)
		}
		tab.Do(chromedp.Sleep(100 * time.Millisecond))
	}
	if v := Eval[string](tab, `document.getElementById("q").value`); v != "扎克伯ge" {
		t.Fatalf("box holds %q while composing, want the composition text", v)
	}
	tab.Do(chromedp.Sleep(600 * time.Millisecond))
	if asks := tab.Asks(); len(asks) != 0 {
		t.Fatalf("requests while the IME was composing: %q, want none", asks)
	}
	if _, err := chromedp.Call(tab.Ctx, input.InsertText, input.InsertTextParams{Text: QuestionName}); err != nil {
		t.Fatalf("Input.insertText: %v", err)
	}
	st := tab.WaitResults(QuestionName)
	if st != "answer" && st != "no-answer" {
		t.Fatalf("state after committing %q = %q, want passages", QuestionName, st)
	}
	tab.Do(chromedp.Sleep(400 * time.Millisecond))
	if asks := tab.Asks(); len(asks) != 1 || asks[0] != QuestionName {
		t.Errorf("requests = %q, want exactly [%q]", asks, QuestionName)
	}
	if lang := Eval[string](tab, `document.querySelector("#passages .text").lang`); !strings.HasPrefix(lang, "zh") {
		t.Errorf("passage shown in %q for a Chinese question, want Chinese", lang)
	}
}

// checkAnswerSpan checks that the answer's words, and nothing else, are
// marked in the text of the passage it comes from (the answer is in the
// passage's script here).
func checkAnswerSpan(t *testing.T, tab *Tab, answer string) {
	t.Helper()
	got := Eval[string](tab, `[...document.querySelectorAll("li.result[data-answer-source] .text .answer-span")].map(s => s.textContent).join("")`)
	if got != answer {
		t.Errorf("answer marked in its passage as %q, want %q", got, answer)
	}
	if n := Eval[int](tab, `document.querySelectorAll("li.result:not([data-answer-source]) .answer-span").length`); n != 0 {
		t.Errorf("%d answer marks in passages the answer is not from", n)
	}
}

func checkChineseAnswer(t *testing.T, tab *Tab) {
	t.Helper()
	answer := Eval[string](tab, `document.querySelector("#answer .answer-text").textContent`)
	if !moneyRE.MatchString(answer) {
		t.Errorf("answer = %q, want the amount (143億美元)", answer)
	}
	text := Eval[string](tab, `(() => { const p = document.querySelector("li.result[data-answer-source] .text"); return p ? p.lang + ":" + p.textContent : ""; })()`)
	if !strings.HasPrefix(text, "zh") || !hasHan(text) {
		t.Errorf("answer's passage = %q, want its Chinese text", text)
	}
	if n := Eval[int](tab, `document.querySelectorAll("#passages .text mark").length`); n == 0 {
		t.Errorf("no <mark> highlight in the Chinese passages")
	}
	checkAnswerSpan(t, tab, answer)
	if btn := Eval[string](tab, `document.querySelector('#res-1 [data-act="other"]')?.dataset.lang ?? ""`); btn != "en" {
		t.Errorf("other-language button of a Chinese result switches to %q, want en", btn)
	}
}

func scenarioSharedLink(t *testing.T, b *Browser, base, out string) {
	tab := b.Tab(t, base, out, TabOptions{})
	tab.Go("/?q=" + url.QueryEscape(QuestionZH))
	if st := tab.WaitResults(QuestionZH); st != "answer" {
		t.Fatalf("state of /?q=%s = %q, want answer", QuestionZH, st)
	}
	if v := Eval[string](tab, `document.getElementById("q").value`); v != QuestionZH {
		t.Errorf("search box = %q, want %q", v, QuestionZH)
	}
	if asks := tab.Asks(); len(asks) != 1 {
		t.Errorf("requests = %q, want exactly one", asks)
	}
	checkChineseAnswer(t, tab)
}

func scenarioHistory(t *testing.T, b *Browser, base, out string) {
	tab := b.Tab(t, base, out, TabOptions{})
	tab.Go("/")
	tab.Do(chromedp.SendKeys(chromedp.ID("q"), "Scale AI\n"))
	tab.WaitResults("Scale AI")
	tab.SetQuestion("Llama\n")
	tab.WaitResults("Llama")
	if q := Eval[string](tab, `new URLSearchParams(location.search).get("q")`); q != "Llama" {
		t.Fatalf("URL q = %q, want Llama", q)
	}

	check := func(step, want string) {
		t.Helper()
		if want == "" {
			tab.Wait(`document.getElementById("results").dataset.state === "idle"`)
		} else {
			tab.WaitResults(want)
		}
		if v := Eval[string](tab, `document.getElementById("q").value`); v != want {
			t.Errorf("after %s the box holds %q, want %q", step, v, want)
		}
		if q := Eval[string](tab, `new URLSearchParams(location.search).get("q") ?? ""`); q != want {
			t.Errorf("after %s the URL q = %q, want %q", step, q, want)
		}
	}
	Eval[bool](tab, `history.back(), true`)
	check("Back", "Scale AI")
	Eval[bool](tab, `history.back(), true`)
	check("Back twice", "")
	Eval[bool](tab, `history.forward(), true`)
	check("Forward", "Scale AI")
	// Reloading keeps the search.
	tab.Do(chromedp.Reload())
	check("Reload", "Scale AI")
}

func scenarioKeyboard(t *testing.T, b *Browser, base, out string) {
	tab := b.Tab(t, base, out, TabOptions{})
	tab.Go("/")
	active := func() string {
		return Eval[string](tab, `document.activeElement?.id || document.activeElement?.tagName`)
	}
	tab.Press("/", "Slash", 191, "/")
	if a := active(); a != "q" {
		t.Fatalf(`after "/" focus is on %q, want the search box`, a)
	}
	if v := Eval[string](tab, `document.getElementById("q").value`); v != "" {
		t.Errorf(`"/" was typed into the box: %q`, v)
	}
	tab.Do(chromedp.KeyEvent(QuestionKeyboard), chromedp.KeyEvent(kb.Enter))
	tab.WaitResults(QuestionKeyboard)
	n := Eval[int](tab, `document.querySelectorAll("li.result").length`)
	if n < 2 {
		t.Fatalf("%d results for %q, want at least 2 to move through", n, QuestionKeyboard)
	}
	steps := []struct{ key, want string }{
		{kb.ArrowDown, "res-1"},
		{kb.ArrowDown, "res-2"},
		{kb.ArrowUp, "res-1"},
		{kb.ArrowUp, "q"},
		{kb.ArrowDown, "res-1"},
	}
	for i, s := range steps {
		tab.Do(chromedp.KeyEvent(s.key))
		if a := active(); a != s.want {
			t.Fatalf("step %d: focus on %q, want %q", i+1, a, s.want)
		}
	}
	// The focused result shows a visible focus ring.
	if ring := Eval[string](tab, `getComputedStyle(document.getElementById("res-1")).boxShadow`); ring == "" || ring == "none" {
		t.Errorf("focused result has no visible focus style (box-shadow %q)", ring)
	}
	// Enter opens the passage in its context.
	tab.Do(chromedp.KeyEvent(kb.Enter))
	tab.Wait(`document.querySelector("#res-1 .context:not([hidden]) .ctx-item[aria-current=true]") !== null`)
	ctx := Eval[[]string](tab, `[...document.querySelectorAll("#res-1 .ctx-item")].map(li => li.textContent)`)
	if len(ctx) < 2 {
		t.Errorf("context shows %d passages, want the passage and its neighbours", len(ctx))
	}
	if e := Eval[string](tab, `document.querySelector('#res-1 [data-act="context"]').getAttribute("aria-expanded")`); e != "true" {
		t.Errorf("context button aria-expanded = %s, want true", e)
	}
	tab.Screenshot("keyboard-context")
	// Esc goes back to the box; Esc again clears it.
	tab.Do(chromedp.KeyEvent(kb.Escape))
	if a := active(); a != "q" {
		t.Fatalf("after Esc in the results focus is on %q, want the search box", a)
	}
	tab.Do(chromedp.KeyEvent(kb.Escape))
	tab.Wait(`document.getElementById("results").dataset.state === "idle"`)
	if v := Eval[string](tab, `document.getElementById("q").value + location.search`); v != "" {
		t.Errorf("after Esc in the box, box+URL query = %q, want both empty", v)
	}
	// Ctrl+K focuses the box from anywhere.
	Eval[bool](tab, `document.activeElement.blur(), true`)
	tab.Do(chromedp.KeyEvent("k", chromedp.KeyModifiers(kb.ModifierCtrl)))
	if a := active(); a != "q" {
		t.Errorf("after Ctrl+K focus is on %q, want the search box", a)
	}
}

// scenarioHostile asks a question made of markup. Whatever comes back
// (a passage quoting it, or nothing), the page must show it as text: no
// dialog, no element but <mark> inside passage texts, and any passage
// that contains it reads literally "<script>alert(1)</script>".
func scenarioHostile(t *testing.T, b *Browser, base, out string) {
	tab := b.Tab(t, base, out, TabOptions{})
	tab.Go("/")
	tab.Do(chromedp.SendKeys(chromedp.ID("q"), QuestionHostile+"\n"))
	tab.WaitResults(QuestionHostile)
	tab.Do(chromedp.Sleep(300 * time.Millisecond))
	if d := tab.Dialogs(); len(d) > 0 {
		t.Fatalf("the page ran script from text: dialogs %q", d)
	}
	if n := Eval[int](tab, `document.querySelectorAll("#results script, #results img, #results iframe, #results [onerror], #results [onload]").length`); n != 0 {
		t.Errorf("%d injected elements in the results", n)
	}
	if tags := Eval[[]string](tab, `[...document.querySelectorAll("#results .text *, #results .other *")].map(e => e.tagName).filter(n => n !== "MARK")`); len(tags) != 0 {
		t.Errorf("elements other than <mark> inside passage texts: %q", tags)
	}
	shown := Eval[[]string](tab, `[...document.querySelectorAll("#results .text, #results .other")].filter(e => e.textContent.includes("alert(1)")).map(e => e.innerText || e.textContent)`)
	for _, s := range shown {
		if !strings.Contains(s, QuestionHostile) {
			t.Errorf("a passage containing the markup reads %q, want the literal text %q", s, QuestionHostile)
		}
	}
	t.Logf("%d passage texts quote the markup", len(shown))
	tab.Screenshot("script-as-text")
}

func scenarioNoAnswer(t *testing.T, b *Browser, base, out string) {
	tab := b.Tab(t, base, out, TabOptions{})
	tab.Go("/")
	tab.Do(chromedp.SendKeys(chromedp.ID("q"), QuestionNoAnswer+"\n"))
	st := tab.WaitResults(QuestionNoAnswer)
	if st != "no-answer" && st != "empty" {
		t.Fatalf("state for %q = %q, want no-answer or empty", QuestionNoAnswer, st)
	}
	if n := Eval[int](tab, `document.querySelectorAll("#answer").length`); n != 0 {
		t.Errorf("an answer card is shown for a question the article does not answer")
	}
	msg := Eval[string](tab, `document.querySelector("#results .no-answer h2, #results .empty h2")?.textContent ?? ""`)
	if msg == "" {
		t.Errorf("no message saying the article does not answer")
	}
	if st == "no-answer" {
		if title := Eval[string](tab, `document.getElementById("passages-title").textContent`); title == "" {
			t.Errorf("related passages have no heading")
		}
	}
	if s := Eval[string](tab, `document.getElementById("status").textContent`); s == "" {
		t.Errorf("status line is empty")
	}
	tab.Screenshot("no-answer")
}

func scenarioLanguage(t *testing.T, b *Browser, base, out string) {
	label := func(tab *Tab) string { return Eval[string](tab, `document.querySelector("label[for=q]").textContent`) }
	lang := func(tab *Tab) string { return Eval[string](tab, `document.documentElement.lang`) }

	en := b.Tab(t, base, out, TabOptions{AcceptLanguage: "en-GB,en;q=0.9"})
	en.Go("/")
	if l := lang(en); l != "en" || hasHan(label(en)) {
		t.Errorf("English browser: lang=%q label=%q, want English", l, label(en))
	}

	zh := b.Tab(t, base, out, TabOptions{AcceptLanguage: "zh-TW,zh;q=0.9,en;q=0.5"})
	zh.Go("/")
	if l := lang(zh); l != "zh-Hant" || !hasHan(label(zh)) {
		t.Errorf("zh-TW browser: lang=%q label=%q, want Traditional Chinese", l, label(zh))
	}
	if p := Eval[string](zh, `document.querySelector('[data-ui-lang="zh"]').getAttribute("aria-pressed")`); p != "true" {
		t.Errorf("中文 switch aria-pressed = %s, want true", p)
	}
	zh.Screenshot("chinese-interface")
	// The switch changes the interface at once and is remembered.
	zh.Do(chromedp.Click(chromedp.CSS(`[data-ui-lang="en"]`)))
	if l := lang(zh); l != "en" || hasHan(label(zh)) {
		t.Errorf("after the English switch: lang=%q label=%q, want English", l, label(zh))
	}
	zh.WaitCookie("qa_lang", "en")
	zh.Do(chromedp.Reload())
	zh.Wait(`document.readyState === "complete"`)
	if l := lang(zh); l != "en" {
		t.Errorf("after reload the interface is %q, want the chosen English", l)
	}
	zh.Do(chromedp.Click(chromedp.CSS(`[data-ui-lang="zh"]`)))
	if l := lang(zh); l != "zh-Hant" || !hasHan(label(zh)) {
		t.Errorf("after the 中文 switch: lang=%q label=%q, want Traditional Chinese", l, label(zh))
	}

	cn := b.Tab(t, base, out, TabOptions{AcceptLanguage: "zh-CN,zh;q=0.9"})
	cn.Go("/")
	if l := lang(cn); l != "zh-Hans" {
		t.Errorf("zh-CN browser: lang=%q, want zh-Hans", l)
	}
}

func scenarioPhone(t *testing.T, b *Browser, base, out string) {
	tab := b.Tab(t, base, out, TabOptions{Width: 390, Height: 844, Mobile: true})
	tab.Go("/?q=" + url.QueryEscape(QuestionZHFull))
	if st := tab.WaitResults(QuestionZHFull); st != "answer" {
		t.Errorf("state for %q = %q, want answer", QuestionZHFull, st)
	}
	if w := Eval[[]int](tab, `[document.documentElement.scrollWidth, window.innerWidth]`); len(w) != 2 || w[0] > w[1] {
		t.Errorf("page is wider than the phone: scrollWidth, innerWidth = %v", w)
	}
	box := Eval[[]float64](tab, `(() => { const r = document.getElementById("q").getBoundingClientRect(); return [r.left, r.right, r.height]; })()`)
	if box[0] < 0 || box[1] > 390 || box[2] < 44 {
		t.Errorf("search box on a phone spans %v (left, right, height); want inside the screen and at least 44px tall", box)
	}
	if n := Eval[int](tab, `[...document.querySelectorAll("#results button, .lang-switch button")].filter(b => b.getBoundingClientRect().height < 32).length`); n != 0 {
		t.Errorf("%d buttons are smaller than 32px on a phone", n)
	}
	tab.Screenshot("phone")
}

func scenarioDesktop(t *testing.T, b *Browser, base, out string) {
	tab := b.Tab(t, base, out, TabOptions{Width: 1100, Height: 1000})
	tab.Go("/")
	tab.Screenshot("idle")
	tab.Do(chromedp.SendKeys(chromedp.ID("q"), QuestionEN+"\n"))
	tab.WaitResults(QuestionEN)
	tab.Do(chromedp.Click(chromedp.CSS(`#res-1 [data-act="other"]`)))
	Eval[bool](tab, `document.activeElement.blur(), true`)
	tab.Do(chromedp.Sleep(200 * time.Millisecond))
	tab.Screenshot("desktop")
	// The same in dark mode, to look at.
	if _, err := chromedp.Call(tab.Ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}},
	}); err != nil {
		t.Fatalf("emulating dark mode: %v", err)
	}
	if bg := Eval[string](tab, `getComputedStyle(document.body).backgroundColor`); bg == "rgb(245, 246, 248)" {
		t.Errorf("dark mode keeps the light background")
	}
	tab.Screenshot("desktop-dark")
}

func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x4e00 && r <= 0x9fff {
			return true
		}
	}
	return false
}
