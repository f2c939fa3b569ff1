package main

import (
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/talentwar/qa/qa/web"
	"github.com/talentwar/qa/qa/web/browsertest"
)

// TestBrowserAgainstRealServer runs the web page's browser scenarios in
// headless Chromium against the real server program on a free port, with
// the real engine and corpus. Screenshots go to qa/web/testdata/out/e2e
// (or $TEST_OUTPUT_DIR/e2e). Then, with the real answers, a question whose
// characters are the same in both scripts is answered in the script of
// the page's interface.
func TestBrowserAgainstRealServer(t *testing.T) {
	if testing.Short() {
		t.Skip("browser scenarios skipped in -short mode")
	}
	m := startMain(t, nil)
	out := os.Getenv("TEST_OUTPUT_DIR")
	if out == "" {
		out = filepath.Join("..", "..", "qa", "web", "testdata", "out")
	}
	out = filepath.Join(out, "e2e")
	os.RemoveAll(out)
	b := browsertest.NewBrowser(t)
	b.RunScenarios(t, m.URL, out)

	t.Run("answer_in_the_interface_script", func(t *testing.T) {
		const q = "Gemini的日活是多少？"
		for _, tt := range []struct{ acceptLanguage, chosen, want string }{
			{"zh-CN,zh;q=0.9", "", "3500万"},
			{"zh-TW,zh;q=0.9", "", "3500萬"},
			// An English browser whose reader chose the Simplified
			// interface: the page's own header, not the browser's.
			{"en-US,en;q=0.9", "zh-Hans", "3500万"},
		} {
			tab := b.Tab(t, m.URL, out, browsertest.TabOptions{AcceptLanguage: tt.acceptLanguage})
			if tt.chosen != "" {
				tab.SetCookie(web.LangCookie, tt.chosen)
			}
			tab.Go("/?q=" + url.QueryEscape(q))
			if st := tab.WaitResults(q); st != "answer" {
				t.Fatalf("%s: state %q, want answer", tt.acceptLanguage, st)
			}
			got := browsertest.Eval[string](tab, `document.querySelector("#answer .answer-text").textContent`)
			if got != tt.want {
				t.Errorf("%s browser: answer %q, want %q", tt.acceptLanguage, got, tt.want)
			}
		}
	})
}
