package main

import (
	"encoding/json"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// shot is one request of the soak's traffic.
type shot struct {
	kind   string // valid, chat, page, passage, hostile
	method string
	path   string // with the query string
	ctype  string
	body   string
}

var questions = []string{
	"How much did Meta pay for its stake in Scale AI?",
	"What percentage of Scale AI did Meta buy?",
	"Who is going to lead Meta's new superintelligence team?",
	"How long does Alexandr Wang have to stay at Meta?",
	"How many monthly active users does ChatGPT have?",
	"How tall is Mount Everest?",
	"What is Meta's favourite colour?",
	"Meta花了多少錢收購Scale AI的股份？",
	"扎克伯格花了多少钱收购Scale AI？",
	"ChatGPT的月活跃用户有多少？",
	"誰將領導Meta的超級智能團隊？",
	"為什麼扎克伯格要招募Alexandr Wang？",
	"Alexandr Wang需要在Meta工作多久？",
	"Scale AI 49%",
	"Llama 4",
}

// hostileTexts are question texts of the hostile table
// (qa/httpapi/hostile_test.go).
var hostileTexts = []string{
	"", " \t\n\u3000 ", strings.Repeat("(", 10000), `"`, "zh:Meta en:Scale", "*", "/M.*a/", "Meta~2", "Meta^5",
	"\u202eMeta\u200b花了\u2067多少\u200d錢\u2069", "🤖💰 Meta 花了多少錢 👨‍👩‍👧", "' OR 1=1; DROP TABLE passages; --",
	"<script>alert(document.cookie)</script>", "Meta\x00 Scale AI", "\x00\x01", strings.Repeat("問", 501),
	"Meta \xff\xfe", "\xc0\xaf", "../../../../etc/passwd",
}

func jsonBody(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func chat(content string) string {
	return jsonBody(map[string]any{"model": "talent-war-qa", "messages": []map[string]string{{"role": "user", "content": content}}})
}

// hostileShots are whole hostile requests: bodies, methods and routes.
func hostileShots() []shot {
	var out []shot
	for _, t := range hostileTexts {
		out = append(out,
			shot{"hostile", "GET", "/v1/ask?q=" + url.QueryEscape(t), "", ""},
			shot{"hostile", "POST", "/v1/ask", "application/json", jsonBody(map[string]string{"question": t})},
			shot{"hostile", "POST", "/v1/chat/completions", "application/json", chat(t)},
			shot{"hostile", "GET", "/?q=" + url.QueryEscape(t), "", ""})
	}
	mb := strings.Repeat("a", 1<<20)
	return append(out, []shot{
		{"hostile", "POST", "/v1/ask", "application/json", `{"question":"` + mb + `"}`},
		{"hostile", "POST", "/v1/chat/completions", "application/json", chat(mb)},
		{"hostile", "POST", "/v1/ask", "application/json", `{"question":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`},
		{"hostile", "POST", "/v1/ask", "application/json", `{"question":"Meta"}garbage`},
		{"hostile", "POST", "/v1/ask", "application/json", `{"question":"Meta","admin":true}`},
		{"hostile", "POST", "/v1/ask", "application/json", `{"question":42}`},
		{"hostile", "POST", "/v1/ask", "text/plain", `{"question":"Meta"}`},
		{"hostile", "GET", "/v1/ask?q=%00", "", ""},
		{"hostile", "GET", "/v1/ask?q=Meta&k=99999999999999999999", "", ""},
		{"hostile", "PUT", "/v1/ask", "application/json", `{"question":"Meta"}`},
		{"hostile", "DELETE", "/v1/chat/completions", "", ""},
		{"hostile", "GET", "/v1/asks", "", ""},
		{"hostile", "GET", "/v1/passages/../../etc/passwd", "", ""},
		{"hostile", "GET", "/static/../../etc/passwd", "", ""},
		{"hostile", "POST", "/", "", ""},
	}...)
}

// traffic draws requests: mostly real questions, some chat, page and
// passage requests, and one in five hostile.
type traffic struct {
	hostile []shot
}

func newTraffic() *traffic { return &traffic{hostile: hostileShots()} }

// extraWords vary questions so that most miss the server's answer cache
// and reach the engine.
var extraWords = []string{"Meta", "OpenAI", "Scale AI", "Zuckerberg", "2025", "億", "團隊", "talent", "offer", "工資", "Llama", "GPU", "薪酬", "研究員", "billion"}

func (t *traffic) next(r *rand.Rand) shot {
	q := questions[r.IntN(len(questions))]
	if r.IntN(100) < 70 {
		q += " " + extraWords[r.IntN(len(extraWords))] + " " + strconv.Itoa(r.IntN(1000))
	}
	switch n := r.IntN(100); {
	case n < 35:
		return shot{"valid", "GET", "/v1/ask?q=" + url.QueryEscape(q), "", ""}
	case n < 55:
		return shot{"valid", "POST", "/v1/ask", "application/json", jsonBody(map[string]any{"question": q, "k": 1 + r.IntN(5)})}
	case n < 65:
		return shot{"chat", "POST", "/v1/chat/completions", "application/json", chat(q)}
	case n < 70:
		return shot{"page", "GET", []string{"/", "/static/app.js", "/static/app.css", "/?q=" + url.QueryEscape(q)}[r.IntN(4)], "", ""}
	case n < 80:
		return shot{"passage", "GET", "/v1/passages/talent-war/p" + itoa(1+r.IntN(40)) + ".s1?n=" + itoa(r.IntN(4)), "", ""}
	}
	return t.hostile[r.IntN(len(t.hostile))]
}

func itoa(n int) string { return strconv.Itoa(n) }

// expected are the statuses the soak's traffic may get. 404 answers an
// unknown passage or route; 413, 415, 405 and 400 hostile requests; 429 a
// client over its rate; 431 a request line and headers over the server's
// 16 KiB (a question of 10,000 "(" percent-encoded in the URL), refused by
// net/http before any handler.
var expected = map[int]bool{
	http.StatusOK: true, http.StatusNotModified: true, http.StatusBadRequest: true, http.StatusNotFound: true,
	http.StatusMethodNotAllowed: true, http.StatusRequestEntityTooLarge: true, http.StatusUnsupportedMediaType: true,
	http.StatusTooManyRequests: true, http.StatusRequestHeaderFieldsTooLarge: true,
}
