package main

import (
	"flag"
	"net/url"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/talentwar/qa/qa"
)

func TestCacheSizeSetting(t *testing.T) {
	var def Config
	def.bind(flag.NewFlagSet("", flag.ContinueOnError))
	if def.CacheSize != 4096 {
		t.Errorf("default --cache-size %d, want 4096", def.CacheSize)
	}
	t.Setenv("QA_CACHE_SIZE", "7")
	var c Config
	fs := flag.NewFlagSet("", flag.ContinueOnError)
	c.bind(fs)
	if c.CacheSize != 7 {
		t.Errorf("QA_CACHE_SIZE=7 gives %d", c.CacheSize)
	}
	if err := fs.Parse([]string{"--cache-size", "0"}); err != nil || c.CacheSize != 0 {
		t.Errorf("--cache-size 0 gives %d (%v)", c.CacheSize, err)
	}

	// The setting reaches the engine: a repeated question is a hit.
	m := startWith(t, Config{CacheSize: 8}, nil)
	u := m.URL + "/v1/ask?q=" + url.QueryEscape("How much did Meta pay for 49% of Scale AI?")
	var a, b qa.Response
	if getJSON(t, u, &a) != 200 || getJSON(t, u, &b) != 200 {
		t.Fatal("ask failed")
	}
	if diff := cmp.Diff(a, b, cmpopts.IgnoreFields(qa.Response{}, "TookMS")); diff != "" {
		t.Errorf("repeated question (-first +second):\n%s", diff)
	}
	if st := m.engine.qa.CacheStats(); st.Hits != 1 || st.Max != 8 {
		t.Errorf("cache stats %+v, want 1 hit of a cache of 8", st)
	}
	// Off: nothing kept.
	off := startWith(t, Config{}, nil)
	getJSON(t, off.URL+"/v1/ask?q=Scale+AI", nil)
	if st := off.engine.qa.CacheStats(); st != (qa.CacheStats{}) {
		t.Errorf("--cache-size 0: stats %+v", st)
	}
}
