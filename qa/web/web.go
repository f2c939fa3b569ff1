// Package web serves the search page: one HTML page and its script, style
// sheet and icon, all embedded in the binary. The page asks the JSON API
// (GET /v1/ask, GET /v1/passages/{id}) of the same origin; this package
// serves no API itself, so an adapter mounts it beside its own routes
// (with Gin: gin.WrapH(web.Handler())).
//
// The interface language follows a cookie set by the page's 中文/English
// switch, else the Accept-Language header; the page itself falls back to
// navigator.language when the request carried neither.
package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"html/template"
	"net/http"
	"strings"
	"time"

	"golang.org/x/text/language"
)

//go:embed assets
var assets embed.FS

// Languages of the interface, in the order of the matcher's preference when
// nothing matches (English first).
const (
	LangEN   = "en"
	LangHant = "zh-Hant"
	LangHans = "zh-Hans"
)

// LangCookie holds the language chosen with the page's switch.
const LangCookie = "qa_lang"

// CSP is the Content-Security-Policy of every response: scripts, styles and
// connections only from this origin, nothing inline.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'"

type staticFile struct {
	body  []byte
	ctype string
	etag  string
	ver   string
}

type page struct {
	Lang    string
	Source  string // "cookie", "header" or "default"
	S       map[string]string
	All     map[string]map[string]string
	Query   string
	JS, CSS string
	Icon    string
}

type handler struct {
	tmpl    *template.Template
	strings map[string]map[string]string
	static  map[string]*staticFile
	matcher language.Matcher
}

var supported = []language.Tag{language.English, language.TraditionalChinese, language.SimplifiedChinese}
var supportedNames = []string{LangEN, LangHant, LangHans}

// Handler serves GET / (the page) and GET /static/… (its assets). Any other
// path is 404 and any other method 405.
func Handler() http.Handler {
	h := &handler{static: map[string]*staticFile{}, matcher: language.NewMatcher(supported)}
	raw, err := assets.ReadFile("assets/strings.json")
	if err != nil {
		panic(err)
	}
	if err := json.Unmarshal(raw, &h.strings); err != nil {
		panic("web: assets/strings.json: " + err.Error())
	}
	for name, ctype := range map[string]string{
		"app.js":   "text/javascript; charset=utf-8",
		"app.css":  "text/css; charset=utf-8",
		"icon.svg": "image/svg+xml",
	} {
		body, err := assets.ReadFile("assets/" + name)
		if err != nil {
			panic(err)
		}
		sum := sha256.Sum256(body)
		ver := hex.EncodeToString(sum[:6])
		h.static["/static/"+name] = &staticFile{body: body, ctype: ctype, etag: `"` + ver + `"`, ver: ver}
	}
	h.tmpl = template.Must(template.ParseFS(assets, "assets/index.html"))
	return h
}

func securityHeaders(w http.ResponseWriter) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", CSP)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("X-Frame-Options", "DENY")
	hd.Set("Cross-Origin-Opener-Policy", "same-origin")
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	securityHeaders(w)
	f, isStatic := h.static[r.URL.Path]
	if r.URL.Path != "/" && !isStatic {
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if isStatic {
		h.serveStatic(w, r, f)
		return
	}
	h.serveIndex(w, r)
}

func (h *handler) serveStatic(w http.ResponseWriter, r *http.Request, f *staticFile) {
	hd := w.Header()
	hd.Set("Content-Type", f.ctype)
	hd.Set("ETag", f.etag)
	if r.URL.Query().Get("v") == f.ver {
		// The page links each asset with its content hash, so a
		// versioned URL never changes meaning.
		hd.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		hd.Set("Cache-Control", "no-cache")
	}
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(f.body))
}

func (h *handler) serveIndex(w http.ResponseWriter, r *http.Request) {
	lang, source := h.negotiate(r)
	p := page{
		Lang:   lang,
		Source: source,
		S:      h.strings[lang],
		All:    h.strings,
		Query:  r.URL.Query().Get("q"),
		JS:     h.url("/static/app.js"),
		CSS:    h.url("/static/app.css"),
		Icon:   h.url("/static/icon.svg"),
	}
	var buf bytes.Buffer
	if err := h.tmpl.Execute(&buf, p); err != nil {
		http.Error(w, "500 internal error", http.StatusInternalServerError)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", "text/html; charset=utf-8")
	// The page changes with the language and embeds the asset versions:
	// revalidate every time (it is small), never share across languages.
	hd.Set("Cache-Control", "no-cache")
	hd.Set("Vary", "Accept-Language, Cookie")
	w.Write(buf.Bytes())
}

func (h *handler) url(path string) string { return path + "?v=" + h.static[path].ver }

// negotiate picks the interface language: the switch's cookie, else the
// best match of Accept-Language, else English.
func (h *handler) negotiate(r *http.Request) (lang, source string) {
	if c, err := r.Cookie(LangCookie); err == nil {
		for _, name := range supportedNames {
			if c.Value == name {
				return name, "cookie"
			}
		}
	}
	al := strings.TrimSpace(r.Header.Get("Accept-Language"))
	if al == "" {
		return LangEN, "default"
	}
	tags, _, err := language.ParseAcceptLanguage(al)
	if err != nil || len(tags) == 0 {
		return LangEN, "default"
	}
	_, i, conf := h.matcher.Match(tags...)
	if conf == language.No {
		return LangEN, "header"
	}
	return supportedNames[i], "header"
}
