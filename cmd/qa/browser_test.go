package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/talentwar/qa/qa/web/browsertest"
)

// TestBrowserAgainstRealServer runs the web page's browser scenarios in
// headless Chromium against the real server program on a free port, with
// the real engine and corpus. Screenshots go to qa/web/testdata/out/e2e
// (or $TEST_OUTPUT_DIR/e2e).
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
	browsertest.RunScenarios(t, m.URL, out)
}
