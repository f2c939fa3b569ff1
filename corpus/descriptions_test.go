package corpus

import (
	"io/fs"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/talentwar/qa/qa"
)

// embeddedEntries reads the embedded alias table as written, descriptions
// apart from names.
func embeddedEntries(t *testing.T) []aliasEntry {
	t.Helper()
	b, err := fs.ReadFile(Embedded(), "aliases.json")
	if err != nil {
		t.Fatal(err)
	}
	es, err := parseAliasTable(b)
	if err != nil {
		t.Fatal(err)
	}
	return es
}

// foundIDs returns the IDs of the entities m finds in text, in order.
func foundIDs(m *qa.EntityMatcher, text string) []string {
	var ids []string
	for _, mn := range m.Find(text) {
		ids = append(ids, mn.Entity.ID)
	}
	return ids
}

// TestDescriptionFindsItsEntity: a question that names an organisation or
// product only by a description everybody knows finds that entity, and
// only it (the names inside a description, "ChatGPT" in "the ChatGPT
// maker", do not count separately); the answer still shows its real name.
func TestDescriptionFindsItsEntity(t *testing.T) {
	ents := embeddedAliases(t)
	m := qa.NewEntityMatcher(ents)
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"Why did the TikTok owner start paying so much for AI talent?", []string{"bytedance"}},
		{"抖音母公司的AI團隊是怎麼追上來的？", []string{"bytedance"}},
		{"抖音背后的公司怎么追上来的？", []string{"bytedance"}},
		{"Who did Zuckerberg try to poach from the ChatGPT maker?", []string{"zuckerberg", "poaching", "openai"}},
		{"ChatGPT母公司的CEO怎麼回應Meta挖人？", []string{"openai", "ceo", "meta", "poaching"}},
		{"How much did Facebook's parent pay for Scale AI?", []string{"meta", "scale-ai"}},
		{"What is the Hangzhou AI lab's founder's view on talent?", []string{"deepseek", "founder"}},
		{"杭州那家AI公司是怎麼吸引人才的？", []string{"deepseek"}},
		// "X那家Y公司" is the description "X的Y公司" as people also say it.
		{"李開復那家大模型公司還在做AGI嗎？", []string{"01ai", "agi"}},
		{"李开复那家AI公司", []string{"01ai"}},
		{"How many daily users does Google's chatbot have?", []string{"daily-active-users", "gemini"}},
		{"How many daily users does Google’s chatbot have?", []string{"daily-active-users", "gemini"}},
		{"谷歌的聊天機器人有多少月活？", []string{"gemini", "monthly-active-users"}},
		{"Has the iPhone maker bought Perplexity?", []string{"apple", "perplexity"}},
		{"When did Meta release the first Llama?", []string{"meta", "llama-1"}},
		{"DeepSeek的推理模型跟o1比成本如何？", []string{"deepseek-r1", "o1"}},
		{"Which executives left the Kimi maker?", []string{"moonshot"}},
		{"李開復的AI公司放棄了什麼？", []string{"01ai"}},
		{"What problem do China's leading AI startups have?", []string{"six-little-dragons"}},
		{"国内AI创企为什么裁员？", []string{"six-little-dragons", "layoffs"}},
		{"Which of the Chinese AI startups gave up on AGI?", []string{"six-little-dragons", "agi"}},
		{"那幾家中國AI新創為什麼裁員？", []string{"six-little-dragons", "layoffs"}},
		// Without its word "AI".
		{"Once the Hangzhou lab's reasoning model went viral, what was Meta worried about?", []string{"deepseek", "meta"}},
		{"杭州那家公司的创始人花了多少钱做出R1？", []string{"deepseek", "founder", "deepseek-r1"}},
		{"What do the Chinese startups put first now?", []string{"six-little-dragons"}},
	} {
		if diff := cmp.Diff(tc.want, foundIDs(m, tc.q)); diff != "" {
			t.Errorf("%s: entities (-want +got):\n%s", tc.q, diff)
		}
	}
	// Every description, in a question of its own language.
	for _, e := range embeddedEntries(t) {
		for _, d := range e.Descriptions {
			q := "What did the " + d + " say?"
			if hasHan(d) {
				q = d + "說了什麼？"
			}
			if got := foundIDs(m, q); len(got) != 1 || got[0] != e.ID {
				t.Errorf("%q finds %v, want [%s]", q, got, e.ID)
			}
		}
	}
	// Display names stay the names.
	for _, e := range ents {
		if e.ID == "bytedance" && (e.NameEN() != "ByteDance" || e.NameZH() != "字節") {
			t.Errorf("bytedance is shown as %q / %q", e.NameEN(), e.NameZH())
		}
	}
}

// TestDescriptionsAreUnambiguous: a description picks out one entity. It
// is never another entity's description or any entity's name, and each
// described entity has English, Traditional and Simplified descriptions.
func TestDescriptionsAreUnambiguous(t *testing.T) {
	t2s := converter(t, "t2s")
	entries := embeddedEntries(t)
	names := map[string]string{}
	for _, e := range entries {
		for _, f := range append(append([]string(nil), e.EN...), e.ZH...) {
			names[qa.Fold(f)] = e.ID
		}
	}
	owner := map[string]string{}
	described := 0
	for _, e := range entries {
		if len(e.Descriptions) == 0 {
			continue
		}
		described++
		have := map[string]bool{}
		var en, zh int
		for _, d := range e.Descriptions {
			have[d] = true
			if hasHan(d) {
				zh++
			} else {
				en++
			}
			k := qa.Fold(d)
			if id, ok := names[k]; ok {
				t.Errorf("%s: description %q is a name of %s", e.ID, d, id)
			}
			if id, ok := owner[k]; ok && id != e.ID {
				t.Errorf("description %q belongs to both %s and %s", d, id, e.ID)
			}
			owner[k] = e.ID
		}
		if en == 0 || zh == 0 {
			t.Errorf("%s: descriptions in one language only: %q", e.ID, e.Descriptions)
		}
		for _, d := range e.Descriptions {
			if s, _ := t2s.Convert(d); hasHan(d) && !have[s] {
				t.Errorf("%s: description %q is listed but its Simplified form %q is not", e.ID, d, s)
			}
		}
	}
	if described < 10 {
		t.Errorf("only %d entities have descriptions", described)
	}
}

// TestDescriptionsLeaveTheArticleAlone: descriptions are for questions.
// The article names its entities, so with or without descriptions the
// matcher finds the same mentions in every passage, in both languages (a
// description found in a passage would hide the names it holds).
func TestDescriptionsLeaveTheArticleAlone(t *testing.T) {
	var plain []qa.Entity
	for _, e := range embeddedEntries(t) {
		plain = append(plain, e.Entity)
	}
	with, without := qa.NewEntityMatcher(embeddedAliases(t)), qa.NewEntityMatcher(plain)
	mentions := func(m *qa.EntityMatcher, text string) []string {
		var out []string
		for _, mn := range m.FindAll(text) {
			out = append(out, mn.Entity.ID+":"+string([]rune(text)[mn.Start:mn.End]))
		}
		return out
	}
	ps := embeddedPassages(t)
	ids := make([]string, 0, len(ps))
	for id := range ps {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		for _, text := range []string{ps[id].ZH, ps[id].EN} {
			if strings.TrimSpace(text) == "" {
				continue
			}
			if diff := cmp.Diff(mentions(without, text), mentions(with, text)); diff != "" {
				t.Errorf("%s: descriptions change the mentions found (-without +with):\n%s", id, diff)
			}
		}
	}
}

// TestParseAliasesRejectsBadDescriptions: a description that is a name,
// another entity's description, or blank fails the load.
func TestParseAliasesRejectsBadDescriptions(t *testing.T) {
	const a = `{"id":"a","type":"org","en":["Alpha"],"zh":["阿爾法"]`
	const b = `{"id":"b","type":"org","en":["Beta"],"zh":["貝塔"]`
	for _, tc := range []struct{ name, table, want string }{
		{"another entity's name", a + `,"descriptions":["beta"]},` + b + `}`, `description "beta" is a name of b`},
		{"own name", a + `,"descriptions":["阿尔法"]},` + b + `}`, `description "阿尔法" is a name of a`},
		{"shared", a + `,"descriptions":["the maker"]},` + b + `,"descriptions":["The Maker"]}`, `belongs to both a and b`},
		{"blank", a + `,"descriptions":[""]},` + b + `}`, `one-character description`},
		{"padded", a + `,"descriptions":[" the maker"]},` + b + `}`, `padded`},
	} {
		_, err := ParseAliases([]byte(`{"entities":[` + tc.table + `]}`))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
	ents, err := ParseAliases([]byte(`{"entities":[` + a + `,"descriptions":["Alpha's rival maker","阿爾法的對手"]},` + b + `}]}`))
	if err != nil {
		t.Fatal(err)
	}
	got := [][]string{ents[0].EN, ents[0].ZH, ents[1].EN}
	want := [][]string{{"Alpha", "Alpha's rival maker", "Alpha’s rival maker"}, {"阿爾法", "阿爾法的對手"}, {"Beta"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("forms (-want +got):\n%s", diff)
	}
}

// TestDescriptionsWithoutAI: a description with the word "AI" also
// names its entity without it, unless the shorter wording is a name, a
// description as written, or two entities' shortened descriptions.
func TestDescriptionsWithoutAI(t *testing.T) {
	const table = `{"entities":[
{"id":"a","type":"org","en":["Alpha"],"zh":["阿爾法"],"descriptions":["Hangzhou AI lab","杭州那家AI公司","the AI maker","Boston AI shop"]},
{"id":"b","type":"org","en":["Beta"],"zh":["貝塔"],"descriptions":["Boston AI store","the maker"]},
{"id":"c","type":"org","en":["Gamma"],"zh":["伽瑪"],"descriptions":["Boston shop AI"]}]}`
	ents, err := ParseAliases([]byte(table))
	if err != nil {
		t.Fatal(err)
	}
	got := [][]string{ents[0].EN, ents[0].ZH}
	want := [][]string{
		// "the maker" is b's description as written; "Boston shop" is
		// both a's and c's shortened.
		{"Alpha", "Hangzhou AI lab", "Hangzhou lab", "the AI maker", "Boston AI shop"},
		{"阿爾法", "杭州那家AI公司", "杭州那家公司"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("forms (-want +got):\n%s", diff)
	}
}
