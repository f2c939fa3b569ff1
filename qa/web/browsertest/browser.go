// Package browsertest drives the search page in headless Chromium (Debian's
// chromium package) with chromedp. Its scenarios need only a base URL, so
// the same checks run against the page with a fake API (qa/web's tests)
// and against the real server.
package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// ChromiumPath is where Debian's chromium package installs the browser.
const ChromiumPath = "/usr/bin/chromium"

// Browser is one headless Chromium process shared by the tabs of a test.
type Browser struct {
	ctx context.Context
}

// NewBrowser starts headless Chromium with a fresh profile and stops it when
// t ends. Without /usr/bin/chromium it skips t, except under CI (CI set and
// not "false"), where a missing browser is a failure.
func NewBrowser(t testing.TB) *Browser {
	t.Helper()
	if _, err := os.Stat(ChromiumPath); err != nil {
		if ci := os.Getenv("CI"); ci != "" && ci != "false" && ci != "0" {
			t.Fatalf("browser tests need Chromium at %s (CI=%s): apt-get install chromium", ChromiumPath, ci)
		}
		t.Skipf("browser tests skipped: no Chromium at %s (apt-get install chromium to run them)", ChromiumPath)
	}
	profile := t.TempDir() // removed after the browser below has exited
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(ChromiumPath),
		chromedp.UserDataDir(profile),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.WindowSize(1280, 900),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", ChromiumPath, err)
	}
	return &Browser{ctx: ctx}
}

// TabOptions adjust a new tab.
type TabOptions struct {
	// AcceptLanguage sets both the Accept-Language header and
	// navigator.language; empty keeps Chromium's default (en-US).
	AcceptLanguage string
	// Width and Height of the viewport; zero means 1280×900.
	Width, Height int64
	// Mobile emulates a phone (touch, mobile viewport, device scale 2).
	Mobile bool
}

// Tab is one tab in its own browser context (its own cookies and storage),
// recording what a test wants to check afterwards: the /v1/ask requests
// the page made, JavaScript dialogs, exceptions and CSP violations.
type Tab struct {
	t      testing.TB
	Ctx    context.Context
	base   string
	outDir string

	mu       sync.Mutex
	asks     []string
	canceled []string
	dialogs  []string
	problems []string
	reqURL   map[network.RequestID]string
}

// Tab opens a new tab on baseURL (e.g. "http://127.0.0.1:8080") that saves
// screenshots into outDir. At the end of t it reports any exception, CSP
// violation or dialog the page produced as a test error.
func (b *Browser) Tab(t testing.TB, baseURL, outDir string, o TabOptions) *Tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext())
	tab := &Tab{t: t, Ctx: ctx, base: strings.TrimRight(baseURL, "/"), outDir: outDir, reqURL: map[network.RequestID]string{}}
	t.Cleanup(func() {
		cancel()
		tab.mu.Lock()
		defer tab.mu.Unlock()
		for _, p := range tab.problems {
			t.Errorf("page problem: %s", p)
		}
		for _, d := range tab.dialogs {
			t.Errorf("page opened a JavaScript dialog: %q", d)
		}
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	if err := chromedp.Listen(ctx, tab.listen); err != nil {
		t.Fatalf("listening to the tab: %v", err)
	}
	w, h := o.Width, o.Height
	if w == 0 {
		w, h = 1280, 900
	}
	var vopts []chromedp.EmulateViewportOption
	if o.Mobile {
		vopts = append(vopts, chromedp.EmulateScale(2), chromedp.EmulateMobile, chromedp.EmulateTouch)
	}
	tab.do(chromedp.EmulateViewport(w, h, vopts...))
	if o.AcceptLanguage != "" {
		ua, err := chromedp.Run(ctx, chromedp.Evaluate[string]("navigator.userAgent"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Call(ctx, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{UserAgent: ua, AcceptLanguage: o.AcceptLanguage}); err != nil {
			t.Fatalf("setting Accept-Language: %v", err)
		}
	}
	return tab
}

// listen runs in the tab's event loop: record and return at once.
func (tab *Tab) listen(ev any) {
	tab.mu.Lock()
	defer tab.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		tab.reqURL[ev.RequestID] = ev.Request.URL
		if u, err := url.Parse(ev.Request.URL); err == nil && strings.HasSuffix(u.Path, "/v1/ask") {
			tab.asks = append(tab.asks, u.Query().Get("q"))
		}
	case *network.EventLoadingFailed:
		if ev.Canceled {
			tab.canceled = append(tab.canceled, tab.reqURL[ev.RequestID])
		}
	case *page.EventJavascriptDialogOpening:
		tab.dialogs = append(tab.dialogs, ev.Message)
		go chromedp.Call(tab.Ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg += " " + d.Exception.Description
		}
		tab.problems = append(tab.problems, fmt.Sprintf("exception at %s:%d: %s", d.URL, d.LineNumber+1, msg))
	case *log.EventEntryAdded:
		if e := ev.Entry; e != nil && (strings.Contains(e.Text, "Content Security Policy") || strings.Contains(e.Text, "Content-Security-Policy")) {
			tab.problems = append(tab.problems, "CSP violation: "+e.Text)
		}
	}
}

// Asks returns the questions of the /v1/ask requests the page has made.
func (tab *Tab) Asks() []string {
	tab.mu.Lock()
	defer tab.mu.Unlock()
	return append([]string(nil), tab.asks...)
}

// Canceled returns the URLs of requests the page aborted.
func (tab *Tab) Canceled() []string {
	tab.mu.Lock()
	defer tab.mu.Unlock()
	return append([]string(nil), tab.canceled...)
}

// TakeProblems returns the exceptions, CSP violations and dialogs recorded
// so far and forgets them, so they are not reported at the end of the test
// (for tests of the harness itself).
func (tab *Tab) TakeProblems() []string {
	tab.mu.Lock()
	defer tab.mu.Unlock()
	p := tab.problems
	for _, d := range tab.dialogs {
		p = append(p, "dialog: "+d)
	}
	tab.problems, tab.dialogs = nil, nil
	return p
}

// Dialogs returns the messages of JavaScript dialogs the page opened.
func (tab *Tab) Dialogs() []string {
	tab.mu.Lock()
	defer tab.mu.Unlock()
	return append([]string(nil), tab.dialogs...)
}

func (tab *Tab) do(steps ...chromedp.Action[chromedp.Void]) {
	tab.t.Helper()
	ctx, cancel := context.WithTimeout(tab.Ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		tab.fail("%v", err)
	}
}

// Do runs chromedp actions, failing the test on error.
func (tab *Tab) Do(steps ...chromedp.Action[chromedp.Void]) {
	tab.t.Helper()
	tab.do(steps...)
}

// Press sends one key press as a keyboard does: a keyDown that carries its
// text (so a page that cancels the keydown also cancels the typing), then
// a keyUp. chromedp.KeyEvent sends the text as a separate char event,
// which a real keyboard never does.
func (tab *Tab) Press(key, code string, keyCode int64, text string) {
	tab.t.Helper()
	for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeKeyDown, input.DispatchKeyEventTypeKeyUp} {
		p := input.DispatchKeyEventParams{Type: typ, Key: key, Code: code, WindowsVirtualKeyCode: keyCode, NativeVirtualKeyCode: keyCode}
		if typ == input.DispatchKeyEventTypeKeyDown {
			p.Text, p.UnmodifiedText = text, text
		}
		if _, err := chromedp.Call(tab.Ctx, input.DispatchKeyEvent, p); err != nil {
			tab.fail("pressing %s: %v", key, err)
		}
	}
}

// SetQuestion replaces the search box's text by typing, as a person who
// selects the old question and types a new one.
func (tab *Tab) SetQuestion(text string) {
	tab.t.Helper()
	Eval[bool](tab, `(() => { const q = document.getElementById("q"); q.focus(); q.select(); return true; })()`)
	tab.do(chromedp.SendKeys(chromedp.ID("q"), text))
}

// SetCookie stores a cookie for the base URL in the tab's browser context
// through the DevTools protocol. A page's own document.cookie write reaches
// Chromium's cookie store asynchronously, so a navigation started just after
// it may go out without the cookie; this one is stored when it returns.
func (tab *Tab) SetCookie(name, value string) {
	tab.t.Helper()
	ctx, cancel := context.WithTimeout(tab.Ctx, 20*time.Second)
	defer cancel()
	if _, err := chromedp.Call(ctx, network.SetCookie, network.SetCookieParams{Name: name, Value: value, URL: tab.base + "/"}); err != nil {
		tab.fail("setting cookie %s: %v", name, err)
	}
}

// WaitCookie waits until the browser's cookie store holds the cookie with
// this value (10 s at most): a page's document.cookie write lands there
// asynchronously, and a reload must not race it.
func (tab *Tab) WaitCookie(name, value string) {
	tab.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(tab.Ctx, 5*time.Second)
		res, err := chromedp.Call(ctx, network.GetCookies, network.GetCookiesParams{URLs: []string{tab.base + "/"}})
		cancel()
		if err != nil {
			tab.fail("reading cookies: %v", err)
		}
		for _, c := range res.Cookies {
			if c.Name == name && c.Value == value {
				return
			}
		}
		if time.Now().After(deadline) {
			tab.fail("cookie %s=%s never reached the cookie store", name, value)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// Go opens path (with its query) on the base URL and waits for the page.
func (tab *Tab) Go(path string) {
	tab.t.Helper()
	tab.do(chromedp.Navigate(tab.base+path), chromedp.WaitReady(chromedp.ID("results")))
	tab.Wait(`document.getElementById("results").dataset.state !== undefined && document.readyState === "complete"`)
}

// Eval evaluates a JavaScript expression, awaiting it if it is a promise,
// and decodes its value into T.
func Eval[T any](tab *Tab, expr string) T {
	tab.t.Helper()
	ctx, cancel := context.WithTimeout(tab.Ctx, 20*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tab.fail("evaluating %s: %v", expr, err)
	}
	return v
}

// Wait waits until the expression is truthy (10 s at most).
func (tab *Tab) Wait(expr string) {
	tab.t.Helper()
	ctx, cancel := context.WithTimeout(tab.Ctx, 15*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(10*time.Second), chromedp.WithPollingInterval(25*time.Millisecond))); err != nil {
		tab.fail("waiting for %s: %v", expr, err)
	}
}

// Results are the states of the results area once a search has finished.
var finalStates = []string{"answer", "no-answer", "empty", "error", "rate-limited"}

// WaitResults waits until the results area shows the finished search for q
// and returns its state: answer, no-answer, empty, error or rate-limited.
func (tab *Tab) WaitResults(q string) string {
	tab.t.Helper()
	tab.Wait(fmt.Sprintf(`(() => { const r = document.getElementById("results"); return r.dataset.q === %s && %s.includes(r.dataset.state); })()`, js(q), js(finalStates)))
	return Eval[string](tab, `document.getElementById("results").dataset.state`)
}

// Screenshot saves the viewport as outDir/name.png and returns the path.
func (tab *Tab) Screenshot(name string) string {
	tab.t.Helper()
	if tab.outDir == "" {
		return ""
	}
	ctx, cancel := context.WithTimeout(tab.Ctx, 20*time.Second)
	defer cancel()
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		tab.t.Errorf("screenshot %s: %v", name, err)
		return ""
	}
	if err := os.MkdirAll(tab.outDir, 0o755); err != nil {
		tab.t.Fatal(err)
	}
	p := filepath.Join(tab.outDir, name+".png")
	if err := os.WriteFile(p, buf, 0o644); err != nil {
		tab.t.Fatal(err)
	}
	return p
}

// fail saves a screenshot and the page's state next to the other output,
// then stops the test.
func (tab *Tab) fail(format string, a ...any) {
	tab.t.Helper()
	msg := fmt.Sprintf(format, a...)
	if tab.outDir != "" {
		name := "FAIL-" + strings.NewReplacer("/", "_", " ", "_").Replace(tab.t.Name())
		ctx, cancel := context.WithTimeout(tab.Ctx, 5*time.Second)
		if buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot()); err == nil {
			p := filepath.Join(tab.outDir, name+".png")
			if os.MkdirAll(tab.outDir, 0o755) == nil && os.WriteFile(p, buf, 0o644) == nil {
				msg += "\n(screenshot: " + p + ")"
			}
		}
		if st, err := chromedp.Run(ctx, chromedp.Evaluate[string](`JSON.stringify({url: location.href, state: document.getElementById("results")?.dataset, status: document.getElementById("status")?.textContent, active: document.activeElement?.id})`)); err == nil {
			msg += "\npage: " + st
		}
		cancel()
	}
	tab.t.Fatal(msg)
}

// js encodes v as a JavaScript literal.
func js(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}
