package web_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/talentwar/qa/qa/web"
)

func serve(t *testing.T, method, target string, header map[string]string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	web.Handler().ServeHTTP(rec, req)
	res := rec.Result()
	body, _ := io.ReadAll(res.Body)
	return res, string(body)
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	for _, target := range []string{"/", "/static/app.js", "/static/app.css", "/static/icon.svg", "/nope", "/static/nope.js"} {
		res, _ := serve(t, "GET", target, nil)
		got := map[string]string{}
		for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options"} {
			got[h] = res.Header.Get(h)
		}
		want := map[string]string{
			"Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
			"X-Content-Type-Options":  "nosniff",
			"Referrer-Policy":         "no-referrer",
			"X-Frame-Options":         "DENY",
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("GET %s headers (-want +got):\n%s", target, d)
		}
	}
}

func TestRoutes(t *testing.T) {
	for _, tc := range []struct {
		method, target string
		status         int
		ctype          string
	}{
		{"GET", "/", 200, "text/html; charset=utf-8"},
		{"HEAD", "/", 200, "text/html; charset=utf-8"},
		{"GET", "/?q=Meta", 200, "text/html; charset=utf-8"},
		{"GET", "/static/app.js", 200, "text/javascript; charset=utf-8"},
		{"GET", "/static/app.css", 200, "text/css; charset=utf-8"},
		{"GET", "/static/icon.svg", 200, "image/svg+xml"},
		{"GET", "/static/strings.json", 404, ""},
		{"GET", "/static/index.html", 404, ""},
		{"GET", "/index.html", 404, ""},
		{"GET", "/static/", 404, ""},
		{"GET", "/nope", 404, ""},
		{"POST", "/", 405, ""},
		{"DELETE", "/static/app.js", 405, ""},
	} {
		res, _ := serve(t, tc.method, tc.target, nil)
		if res.StatusCode != tc.status {
			t.Errorf("%s %s = %d, want %d", tc.method, tc.target, res.StatusCode, tc.status)
		}
		if tc.ctype != "" && res.Header.Get("Content-Type") != tc.ctype {
			t.Errorf("%s %s Content-Type = %q, want %q", tc.method, tc.target, res.Header.Get("Content-Type"), tc.ctype)
		}
	}
}

func TestPageLinksVersionedAssetsAndNoInlineScript(t *testing.T) {
	res, body := serve(t, "GET", "/", nil)
	if cc := res.Header.Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("page Cache-Control = %q, want no-cache", cc)
	}
	if v := res.Header.Get("Vary"); !strings.Contains(v, "Accept-Language") {
		t.Errorf("page Vary = %q, want Accept-Language", v)
	}
	scripts := regexp.MustCompile(`<script[^>]*>`).FindAllString(body, -1)
	var srcs []string
	for _, s := range scripts {
		switch {
		case strings.Contains(s, `type="application/json"`):
		case strings.Contains(s, `src="`):
			srcs = append(srcs, regexp.MustCompile(`src="([^"]+)"`).FindStringSubmatch(s)[1])
		default:
			t.Errorf("inline script in the page: %s", s)
		}
	}
	if len(srcs) != 1 || !regexp.MustCompile(`^/static/app\.js\?v=[0-9a-f]{12}$`).MatchString(srcs[0]) {
		t.Fatalf("script sources = %q, want one versioned /static/app.js", srcs)
	}
	if regexp.MustCompile(`\sstyle="|<style`).MatchString(body) {
		t.Errorf("inline style in the page (CSP forbids it)")
	}

	// The versioned URL is cached for good; the bare one is revalidated;
	// the ETag answers 304.
	res, js := serve(t, "GET", srcs[0], nil)
	if cc := res.Header.Get("Cache-Control"); cc != "public, max-age=31536000, immutable" {
		t.Errorf("versioned asset Cache-Control = %q", cc)
	}
	if !strings.Contains(js, "use strict") {
		t.Errorf("app.js body looks wrong: %.80q", js)
	}
	etag := res.Header.Get("ETag")
	res, _ = serve(t, "GET", "/static/app.js?v=old", nil)
	if cc := res.Header.Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("unversioned asset Cache-Control = %q, want no-cache", cc)
	}
	res, _ = serve(t, "GET", "/static/app.js", map[string]string{"If-None-Match": etag})
	if res.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match %s = %d, want 304", etag, res.StatusCode)
	}
}

var htmlLangRE = regexp.MustCompile(`<html lang="([^"]+)" data-lang-source="([^"]+)"`)

func TestLanguageNegotiation(t *testing.T) {
	for _, tc := range []struct {
		acceptLanguage, cookie string
		lang, source           string
	}{
		{"", "", "en", "default"},
		{"en-US,en;q=0.9", "", "en", "header"},
		{"zh-TW,zh;q=0.9,en;q=0.8", "", "zh-Hant", "header"},
		{"zh-HK", "", "zh-Hant", "header"},
		{"zh-Hant", "", "zh-Hant", "header"},
		{"zh-CN,zh;q=0.9", "", "zh-Hans", "header"},
		{"zh-SG", "", "zh-Hans", "header"},
		{"zh", "", "zh-Hans", "header"},
		{"fr-FR,fr;q=0.9", "", "en", "header"},
		{"fr-FR,zh-TW;q=0.5", "", "zh-Hant", "header"},
		{"en-US", "zh-Hans", "zh-Hans", "cookie"},
		{"zh-TW", "en", "en", "cookie"},
		{"zh-TW", "klingon", "zh-Hant", "header"},
		{"!!garbage;;", "", "en", "default"},
	} {
		h := map[string]string{"Accept-Language": tc.acceptLanguage}
		if tc.cookie != "" {
			h["Cookie"] = web.LangCookie + "=" + tc.cookie
		}
		_, body := serve(t, "GET", "/", h)
		m := htmlLangRE.FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("no <html lang> in the page")
		}
		if m[1] != tc.lang || m[2] != tc.source {
			t.Errorf("Accept-Language %q cookie %q: lang %s from %s, want %s from %s", tc.acceptLanguage, tc.cookie, m[1], m[2], tc.lang, tc.source)
		}
	}
}

func TestPageTextFollowsLanguage(t *testing.T) {
	strs := loadStrings(t)
	for _, lang := range []string{"en", "zh-Hant", "zh-Hans"} {
		h := map[string]string{"Cookie": web.LangCookie + "=" + lang}
		_, body := serve(t, "GET", "/", h)
		for _, key := range []string{"title", "label", "hint", "footer"} {
			if !strings.Contains(body, ">"+htmlEscape(strs[lang][key])+"<") {
				t.Errorf("%s page lacks its %s %q", lang, key, strs[lang][key])
			}
		}
		if !strings.Contains(body, `<title>`+htmlEscape(strs[lang]["docTitle"])+`</title>`) {
			t.Errorf("%s page title is not %q", lang, strs[lang]["docTitle"])
		}
	}
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}

// The question in the URL is put in the search box, escaped.
func TestQueryPrefilledAndEscaped(t *testing.T) {
	_, body := serve(t, "GET", "/?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E", nil)
	if strings.Contains(body, "<script>alert(1)") {
		t.Fatalf("question from the URL reached the page unescaped")
	}
	if !strings.Contains(body, `value="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"`) {
		t.Errorf("search box value not prefilled with the escaped question")
	}
	_, body = serve(t, "GET", "/?q=Meta%E8%8A%B1%E4%BA%86%E5%A4%9A%E5%B0%91%E9%8C%A2", nil)
	if !strings.Contains(body, `value="Meta花了多少錢"`) {
		t.Errorf("Chinese question not prefilled")
	}
}

// The page embeds every interface string for the script, as JSON that
// html/template made safe for a <script> element.
func TestEmbeddedStrings(t *testing.T) {
	_, body := serve(t, "GET", "/", nil)
	m := regexp.MustCompile(`(?s)<script type="application/json" id="strings">(.*?)</script>`).FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no strings block in the page")
	}
	var got map[string]map[string]string
	if err := json.Unmarshal([]byte(m[1]), &got); err != nil {
		t.Fatalf("strings block is not JSON: %v\n%.200s", err, m[1])
	}
	if d := cmp.Diff(loadStrings(t), got); d != "" {
		t.Errorf("embedded strings differ from assets/strings.json (-want +got):\n%s", d)
	}
}

func loadStrings(t *testing.T) map[string]map[string]string {
	t.Helper()
	raw, err := os.ReadFile("assets/strings.json")
	if err != nil {
		t.Fatal(err)
	}
	var s map[string]map[string]string
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// Every language has every string, and every key the page and the script
// use exists.
func TestStringsComplete(t *testing.T) {
	s := loadStrings(t)
	keys := func(m map[string]string) []string {
		var k []string
		for key := range m {
			k = append(k, key)
		}
		sort.Strings(k)
		return k
	}
	for _, lang := range []string{"zh-Hant", "zh-Hans"} {
		if d := cmp.Diff(keys(s["en"]), keys(s[lang])); d != "" {
			t.Errorf("%s keys differ from en (-en +%s):\n%s", lang, lang, d)
		}
	}
	for _, lang := range []string{"en", "zh-Hant", "zh-Hans"} {
		for k, v := range s[lang] {
			if strings.TrimSpace(v) == "" {
				t.Errorf("%s.%s is empty", lang, k)
			}
		}
	}
	var used []string
	html, _ := os.ReadFile("assets/index.html")
	for _, m := range regexp.MustCompile(`data-i18n(?:-placeholder|-aria-label)?="(\w+)"|\.S\.(\w+)`).FindAllStringSubmatch(string(html), -1) {
		used = append(used, m[1]+m[2])
	}
	js, _ := os.ReadFile("assets/app.js")
	for _, m := range regexp.MustCompile(`\bt\('(\w+)'|t\(\w+ \? '(\w+)' : '(\w+)'`).FindAllStringSubmatch(string(js), -1) {
		used = append(used, m[1], m[2], m[3])
	}
	if len(used) < 30 {
		t.Fatalf("found only %d string uses; the pattern is broken", len(used))
	}
	for _, k := range used {
		if _, ok := s["en"][k]; k != "" && !ok {
			t.Errorf("string %q is used but not defined", k)
		}
	}
}
