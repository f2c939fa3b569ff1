package qa

import (
	"context"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
)

// The fixture is a few sentences of the article (Traditional Chinese, as
// it is written, with their English rendering) and the entities they name.
var fixtureDoc = Document{
	ID: "t",
	Passages: []Passage{
		{ID: "t/p1.s1", Doc: "t", Section: "A", Paragraph: 1, Sentence: 1,
			ZH: "馬克·扎克伯格已經拿出143億美元的真金白銀，打算將Scale AI聯合創始人兼CEO Alexandr Wang收歸麾下了。",
			EN: "Mark Zuckerberg has already put up $14.3 billion in hard cash to bring Scale AI co-founder and CEO Alexandr Wang on board."},
		{ID: "t/p2.s1", Doc: "t", Section: "A", Paragraph: 2, Sentence: 1,
			ZH: "為了防止Alexandr Wang中途離職，Meta在收購條款中特意注明，Alexandr Wang需要在Meta工作五年以上，才能拿到絕大部分收購現金。",
			EN: "To keep Alexandr Wang from leaving partway, Meta specified in the deal terms that Alexandr Wang must work at Meta for more than five years to receive most of the cash from the acquisition."},
		{ID: "t/p3.s1", Doc: "t", Section: "A", Paragraph: 3, Sentence: 1,
			ZH: "外媒The Information爆料稱，早在4月中旬，扎克伯格就與Alexandr Wang進行了接觸。",
			EN: "The Information reported that Mark Zuckerberg approached Alexandr Wang as early as mid-April."},
		{ID: "t/p4.s1", Doc: "t", Section: "B", Paragraph: 4, Sentence: 1,
			ZH: "根據谷歌流傳出的一份內部報告，截至2025年3月，Gemini全球日活躍用戶3500萬，月活躍用戶3.5億。",
			EN: "According to a leaked internal Google report, as of March 2025 Gemini had 35 million daily active users and 350 million monthly active users worldwide."},
		{ID: "t/p5.s1", Doc: "t", Section: "B", Paragraph: 5, Sentence: 1,
			ZH: "不過，伊利亞拒絕了扎克伯格的高薪誘惑。",
			EN: "However, Ilya Sutskever turned down Zuckerberg's lucrative offer."},
		{ID: "t/p6.s1", Doc: "t", Section: "C", Paragraph: 6, Sentence: 1,
			ZH: "急劇惡化的融資環境，正使得六小龍的技術追趕之路橫生變故：零一萬物明確放棄AGI，百川智能轉向醫療垂類場景。",
			EN: "A sharply worsening funding environment has thrown the six little dragons off their path: 01.AI has explicitly given up on AGI, and Baichuan Intelligence has pivoted to the medical vertical."},
		{ID: "t/p7.s1", Doc: "t", Section: "C", Paragraph: 7, Sentence: 1,
			ZH: "去年9月，張前川被爆離職，隨后官方在對外回應中便表示，張前川因個人原因淡出公司事務，改任產品顧問一職。",
			EN: "Last September, Zhang Qianchuan was reported to have left, and the company then said that Zhang Qianchuan was stepping back from company affairs for personal reasons and becoming a product adviser."},
		{ID: "t/p8.s1", Doc: "t", Section: "C", Paragraph: 8, Sentence: 1,
			ZH: "OpenAI CEO山姆·奧特曼更是將“ChatGPT取代搜索”的論調，走到哪說到哪。",
			EN: "OpenAI CEO Sam Altman repeats the line that \"ChatGPT replaces search\" wherever he goes."},
	},
}

var fixtureEntities = []Entity{
	{ID: "zuckerberg", Type: "person", EN: []string{"Mark Zuckerberg", "Zuckerberg", "Zuckerburg"}, ZH: []string{"馬克·扎克伯格", "马克·扎克伯格", "扎克伯格", "小扎"}},
	{ID: "alexandr-wang", Type: "person", EN: []string{"Alexandr Wang", "Alexander Wang"}, ZH: []string{"Alexandr Wang"}},
	{ID: "sutskever", Type: "person", EN: []string{"Ilya Sutskever", "Sutskever", "Ilya"}, ZH: []string{"伊利亞·蘇茨克弗", "伊利亚·苏茨克弗", "伊利亞", "伊利亚"}},
	{ID: "zhang-qianchuan", Type: "person", EN: []string{"Zhang Qianchuan"}, ZH: []string{"張前川", "张前川"}},
	{ID: "meta", Type: "org", EN: []string{"Meta", "Facebook"}, ZH: []string{"Meta", "臉書", "脸书"}},
	{ID: "scale-ai", Type: "org", EN: []string{"Scale AI"}, ZH: []string{"Scale AI"}},
	{ID: "google", Type: "org", EN: []string{"Google"}, ZH: []string{"谷歌", "Google"}},
	{ID: "apple", Type: "org", EN: []string{"Apple"}, ZH: []string{"蘋果", "苹果", "蘋果公司", "苹果公司"}},
	{ID: "beats", Type: "org", EN: []string{"Beats"}, ZH: []string{"Beats"}},
	{ID: "minimax", Type: "org", EN: []string{"MiniMax"}, ZH: []string{"MiniMax"}},
	{ID: "01ai", Type: "org", EN: []string{"01.AI"}, ZH: []string{"零一萬物", "零一万物"}},
	{ID: "baichuan", Type: "org", EN: []string{"Baichuan Intelligence", "Baichuan"}, ZH: []string{"百川智能", "百川"}},
	{ID: "openai", Type: "org", EN: []string{"OpenAI"}, ZH: []string{"OpenAI"}},
	{ID: "altman", Type: "person", EN: []string{"Sam Altman", "Altman"}, ZH: []string{"山姆·奧特曼", "山姆·奥特曼", "奧特曼", "奥特曼"}},
	{ID: "agi", Type: "term", EN: []string{"AGI"}, ZH: []string{"AGI"}},
	{ID: "adviser", Type: "term", EN: []string{"adviser"}, ZH: []string{"顧問", "顾问"}},
	{ID: "ceo", Type: "term", EN: []string{"CEO"}, ZH: []string{"CEO"}},
	{ID: "gemini", Type: "product", EN: []string{"Gemini"}, ZH: []string{"Gemini"}},
	{ID: "chatgpt", Type: "product", EN: []string{"ChatGPT"}, ZH: []string{"ChatGPT"}},
	{ID: "the-information", Type: "outlet", EN: []string{"The Information"}, ZH: []string{"The Information"}},
	{ID: "daily-active-users", Type: "term", EN: []string{"daily active users", "DAU"}, ZH: []string{"日活躍用戶", "日活跃用户", "日活"}},
	{ID: "monthly-active-users", Type: "term", EN: []string{"monthly active users", "MAU"}, ZH: []string{"月活躍用戶", "月活跃用户", "月活"}},
	{ID: "superintelligence", Type: "term", EN: []string{"superintelligence"}, ZH: []string{"超級智能", "超级智能"}},
}

// fakeSearcher ranks passages by the words and character pairs they share
// with the query, plus the entity forms the query asks for. It stands in
// for the Bleve index, which package qa must not import.
type fakeSearcher struct{ passages []Passage }

func (f fakeSearcher) Search(_ context.Context, q Query) ([]Hit, error) {
	terms := fakeTerms(q.Text)
	for _, e := range q.Entities {
		for _, form := range append(append([]string(nil), e.ZH...), e.EN...) {
			terms = append(terms, strings.ToLower(Fold(form)))
		}
	}
	var hits []Hit
	for _, p := range f.passages {
		text := strings.ToLower(Fold(p.ZH + " " + p.EN))
		score := 0.0
		for _, t := range terms {
			if strings.Contains(text, t) {
				score++
			}
		}
		if score > 0 {
			hits = append(hits, Hit{Passage: p, Score: score})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })
	if q.Size > 0 && len(hits) > q.Size {
		hits = hits[:q.Size]
	}
	return hits, nil
}

// fakeTerms are the Latin words (not stop words) and Han character pairs
// of a text, folded.
func fakeTerms(s string) []string {
	f := strings.ToLower(Fold(s))
	var out []string
	for _, w := range strings.FieldsFunc(f, func(r rune) bool { return !(r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))) }) {
		if len(w) > 1 && !enStop[w] {
			out = append(out, w)
		}
	}
	var run []rune
	flush := func() {
		for i := 0; i+1 < len(run); i++ {
			out = append(out, string(run[i:i+2]))
		}
		run = run[:0]
	}
	for _, r := range f {
		if unicode.Is(unicode.Han, r) {
			run = append(run, r)
			continue
		}
		flush()
	}
	flush()
	return out
}

// fakeClock is a clock tests move by hand.
type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time          { return c.t }
func (c *fakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

func newTestEngine(t *testing.T) *Engine {
	t.Helper()
	return NewEngine(fakeSearcher{fixtureDoc.Passages}, []Document{fixtureDoc}, fixtureEntities, EngineOptions{})
}
