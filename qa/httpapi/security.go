package httpapi

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

// apiCSP is the Content-Security-Policy of responses that are not the web
// page (which sets its own): nothing may load or frame them.
const apiCSP = "default-src 'none'; frame-ancestors 'none'"

// Header values set on every request, shared: assigned under their
// canonical keys without canonicalizing and allocating each time (as gin
// sets Content-Type). Header.Set and Add replace or copy a value, never
// write into it.
var (
	nosniff    = []string{"nosniff"}
	noReferrer = []string{"no-referrer"}
	apiCSPs    = []string{apiCSP}
	deny       = []string{"DENY"}
	noStore    = []string{"no-store"}
)

// securityHeaders go on every response. A mounted handler may replace
// them (the web page sets its own CSP for its HTML).
func (s *Server) securityHeaders(c *gin.Context) {
	h := c.Writer.Header()
	h["X-Content-Type-Options"] = nosniff
	h["Referrer-Policy"] = noReferrer
	h["Content-Security-Policy"] = apiCSPs
	h["X-Frame-Options"] = deny
	c.Next()
}

// cors lets the configured origins call the API from a browser: their
// requests get Access-Control-Allow-Origin, and their preflight requests
// (OPTIONS with Access-Control-Request-Method) a 204. Other origins get
// no CORS header, so browsers keep their pages from reading responses.
// With no origins configured (the default) this does nothing: the web page
// is served from the same origin and needs no CORS.
func (s *Server) cors(c *gin.Context) {
	if len(s.cfg.CORSOrigins) == 0 {
		c.Next()
		return
	}
	h := c.Writer.Header()
	h.Add("Vary", "Origin")
	origin := c.GetHeader("Origin")
	if origin == "" || !s.originAllowed(origin) {
		c.Next()
		return
	}
	if s.anyOrigin {
		h.Set("Access-Control-Allow-Origin", "*")
	} else {
		h.Set("Access-Control-Allow-Origin", origin)
	}
	h.Set("Access-Control-Expose-Headers", "Retry-After, X-Request-ID")
	if c.Request.Method == http.MethodOptions && c.GetHeader("Access-Control-Request-Method") != "" {
		h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
		h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Request-ID")
		h.Set("Access-Control-Max-Age", "600")
		c.AbortWithStatus(http.StatusNoContent)
		return
	}
	c.Next()
}

func (s *Server) originAllowed(origin string) bool {
	if s.anyOrigin {
		return true
	}
	for _, o := range s.cfg.CORSOrigins {
		if strings.EqualFold(o, origin) {
			return true
		}
	}
	return false
}

// ParseOrigins parses a comma-separated list of origins
// ("https://a.example, https://b.example"); "*" allows any origin.
func ParseOrigins(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimRight(strings.TrimSpace(f), "/"); f != "" {
			out = append(out, f)
		}
	}
	return out
}
