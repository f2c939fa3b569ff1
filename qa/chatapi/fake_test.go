package chatapi

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/talentwar/qa/qa"
)

// fakeAsker is a stand-in for the engine, for these tests only. It knows a
// handful of the article's passages and answers by plain keyword matching:
// a passage answers when its required keyword (if any) and at least two of
// its keywords occur in the question. It resolves "he"/"him"/"他" to the
// last person named in the History, the way the engine resolves follow-ups,
// and records every request it gets.
//
// Questions containing these markers fail on purpose:
//
//	trigger:rate       a qa.Error rate_limited
//	trigger:boom       a plain error whose text must never reach a client
//	trigger:slow-rate  a qa.Error rate_limited after 800ms
type fakeAsker struct {
	mu   sync.Mutex
	reqs []qa.Request
}

type fakePassage struct {
	p        qa.Passage
	keys     []string // lowercased; a question matching ≥2 may be answered here
	need     string   // a key the question must contain to be answered here
	answerEN string   // "" for passages that only relate
	answerZH string
	typ      string
}

func fp(id, section string, para, sent int, zh, en string, keys []string, need, answerEN, answerZH, typ string) fakePassage {
	return fakePassage{
		p:    qa.Passage{ID: "talent-war/" + id, Doc: "talent-war", Section: section, Paragraph: para, Sentence: sent, ZH: zh, EN: en},
		keys: keys, need: need, answerEN: answerEN, answerZH: answerZH, typ: typ,
	}
}

// fakePassages are real passages of the article with our English rendering.
var fakePassages = []fakePassage{
	fp("p3.s1", "intro", 3, 1,
		"以5月份Perplexity完成新一輪融資后的140億美元估值計算，一旦收購成功，這將成為蘋果史上最大的一筆并購案，超過2014年以30億美元收購Beats的交易紀錄。",
		"Based on Perplexity's $14 billion valuation after its new funding round in May, a successful acquisition would be the largest deal in Apple's history, beating the $3 billion it paid for Beats in 2014.",
		[]string{"perplexity", "funding", "month", "融資", "融资", "月"}, "perplexity", "May", "5月份", "date"),
	fp("p4.s1", "intro", 4, 1,
		"蘋果的人才收購計劃尚懸在空中，另一邊作為Meta創始人的馬克·扎克伯格已經拿出143億美元的真金白銀，打算將Scale AI聯合創始人兼CEO Alexandr Wang收歸麾下了。",
		"While Apple's plan is still up in the air, Meta founder Mark Zuckerberg has already put up $14.3 billion in hard cash to bring Scale AI co-founder and CEO Alexandr Wang on board.",
		[]string{"zuckerberg", "扎克伯格", "scale ai", "alexandr wang", "meta"}, "", "", "", ""),
	fp("p17.s1", "A", 17, 1,
		"現在，借助對Alexandr Wang的收購，上述AI實驗室的主管人選已經到位。",
		"Now, with the Alexandr Wang deal, the head of that AI lab is in place.",
		[]string{"who", "lab", "lead", "run", "誰", "谁", "實驗室", "实验室", "主管"}, "", "Alexandr Wang", "Alexandr Wang", "person"),
	fp("p19.s2", "A", 19, 2,
		"在接下來一個多月的談判中，雙方互相做了些讓步，并有了Meta最終以143億美元收購Scale AI 49%股份，且Alexandr Wang需要加入Meta的方案出爐。",
		"In more than a month of talks that followed, both sides gave ground, and a plan emerged: Meta would pay $14.3 billion for 49% of Scale AI, and Alexandr Wang would join Meta.",
		[]string{"scale ai", "stake", "pay", "how much", "股份", "多少錢", "多少钱"}, "scale ai", "$14.3 billion", "143億美元", "money"),
	fp("p20.s1", "A", 20, 1,
		"為了防止Alexandr Wang中途離職，Meta在收購條款中特意注明，Alexandr Wang需要在Meta工作五年以上，才能拿到絕大部分收購現金。",
		"To keep Alexandr Wang from leaving midway, Meta wrote into the terms that he must work at Meta for more than five years to get most of the acquisition cash.",
		[]string{"how long", "stay", "多久", "待"}, "alexandr wang", "more than five years", "五年以上", "duration"),
	fp("p23.s1", "A", 23, 1,
		"不過，伊利亞拒絕了扎克伯格的高薪誘惑。",
		"Ilya, however, turned down Zuckerberg's lavish offer.",
		[]string{"ilya", "伊利亞", "zuckerberg", "扎克伯格", "offer"}, "", "", "", ""),
	fp("p40.s1", "B", 40, 1,
		"根據谷歌流傳出的一份內部報告，截至2025年3月，Gemini全球日活躍用戶3500萬，月活躍用戶3.5億。",
		"According to an internal Google report, as of March 2025 Gemini had 35 million daily active users and 350 million monthly active users worldwide.",
		[]string{"gemini", "daily", "users", "日活", "用戶", "用户"}, "gemini", "35 million", "3500萬", "count"),
}

// fakePeople are the names the fake resolves pronouns to.
var fakePeople = []string{"Alexandr Wang", "Zuckerberg", "扎克伯格", "Ilya", "伊利亞"}

var (
	pronounEN = regexp.MustCompile(`(?i)\b(he|him)\b`)
	hanRE     = regexp.MustCompile(`\p{Han}`)
)

func (f *fakeAsker) requests() []qa.Request {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]qa.Request(nil), f.reqs...)
}

func (f *fakeAsker) Ask(ctx context.Context, req qa.Request) (*qa.Response, error) {
	f.mu.Lock()
	f.reqs = append(f.reqs, req)
	f.mu.Unlock()
	q := req.Question
	switch {
	case strings.Contains(q, "trigger:rate"):
		return nil, qa.Errorf(qa.RateLimited, "too many questions from you; wait a moment")
	case strings.Contains(q, "trigger:boom"):
		return nil, fmt.Errorf("bleve: segment /var/lib/qa/index/000042.zap is corrupt")
	case strings.Contains(q, "trigger:slow-rate"):
		select {
		case <-time.After(800 * time.Millisecond):
		case <-ctx.Done():
		}
		return nil, qa.Errorf(qa.RateLimited, "too many questions from you; wait a moment")
	}

	resp := &qa.Response{Question: q, Lang: qa.LangEN, Passages: []qa.Result{}}
	if hanRE.MatchString(q) {
		resp.Lang = qa.LangHant
		if strings.ContainsAny(q, "么钱这谁实") {
			resp.Lang = qa.LangHans
		}
	}
	// Resolve a pronoun to the last person named in the conversation.
	if person := lastPerson(req.History); person != "" {
		var r string
		if resp.Lang.Chinese() {
			r = strings.Replace(q, "他", person, 1)
		} else {
			r = pronounEN.ReplaceAllString(q, person)
		}
		if r != q {
			resp.InterpretedAs, q = r, r
		}
	}

	lq := strings.ToLower(q)
	type scored struct {
		fp    fakePassage
		score int
	}
	var hits []scored
	for _, p := range fakePassages {
		n := 0
		for _, k := range p.keys {
			if strings.Contains(lq, k) {
				n++
			}
		}
		if n > 0 {
			hits = append(hits, scored{p, n})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].score > hits[j].score })
	k := req.K
	if k <= 0 {
		k = qa.DefaultK
	}
	if len(hits) > k {
		hits = hits[:k]
	}
	for i, h := range hits {
		answers := resp.Answer == nil && h.fp.answerEN != "" && h.score >= 2 && (h.fp.need == "" || strings.Contains(lq, h.fp.need))
		if answers {
			text, field, passage := h.fp.answerEN, "en", h.fp.p.EN
			if resp.Lang.Chinese() {
				text, field, passage = h.fp.answerZH, "zh", h.fp.p.ZH
			}
			start := len([]rune(passage[:max(strings.Index(passage, text), 0)]))
			resp.Answer = &qa.Answer{Text: text, PassageID: h.fp.p.ID, Field: field, Start: start,
				End: start + len([]rune(text)), Confidence: 0.9, Type: h.fp.typ}
		}
		resp.Passages = append(resp.Passages, qa.Result{ID: h.fp.p.ID, Rank: i + 1, Score: float64(h.score),
			ZH: h.fp.p.ZH, EN: h.fp.p.EN, Citation: h.fp.p.Citation(), Answers: answers})
	}
	if resp.Answer == nil {
		resp.NoAnswer = "The article does not say."
		if resp.Lang.Chinese() {
			resp.NoAnswer = "文章沒有說。"
		}
	}
	return resp, nil
}

// lastPerson is the person named last in the conversation.
func lastPerson(history []qa.Turn) string {
	for i := len(history) - 1; i >= 0; i-- {
		best, at := "", -1
		for _, p := range fakePeople {
			if j := strings.LastIndex(history[i].Text, p); j > at {
				best, at = p, j
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

func (f *fakeAsker) Passage(ctx context.Context, id string, n int) (qa.Passage, []qa.Passage, error) {
	for _, p := range fakePassages {
		if p.p.ID == id {
			return p.p, nil, nil
		}
	}
	return qa.Passage{}, nil, qa.Errorf(qa.NotFound, "no passage %q", id)
}
