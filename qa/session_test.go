package qa

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestSessionsBoundedByCount(t *testing.T) {
	clock := &fakeClock{t: time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)}
	s := NewSessions(3, time.Hour, clock.Now)
	var ids []string
	for i := 0; i < 5; i++ {
		id, conv := s.Get("")
		conv.Turns = append(conv.Turns, Turn{Role: "user", Text: fmt.Sprint("question ", i)})
		s.Put(id, conv)
		ids = append(ids, id)
		clock.Advance(time.Second)
	}
	if s.Len() != 3 {
		t.Fatalf("Len() = %d after 5 conversations, want the bound 3", s.Len())
	}
	// The least recently used went first; the newest are kept.
	for i, id := range ids {
		got, conv := s.Get(id)
		if got != id {
			t.Errorf("Get(%q) returned id %q, want the same id", id, got)
		}
		kept := len(conv.Turns) > 0
		if want := i >= 2; kept != want {
			t.Errorf("conversation %d kept = %v, want %v", i, kept, want)
		}
	}
}

func TestSessionsExpireWhenIdle(t *testing.T) {
	clock := &fakeClock{t: time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)}
	s := NewSessions(10, 30*time.Minute, clock.Now)
	id, conv := s.Get("")
	conv.Turns = append(conv.Turns, Turn{Role: "user", Text: "Who founded SSI?"})
	s.Put(id, conv)

	clock.Advance(29 * time.Minute)
	if _, c := s.Get(id); len(c.Turns) != 1 {
		t.Fatalf("within the TTL: %d turns, want 1", len(c.Turns))
	}
	s.Put(id, conv) // used again: the idle time starts over
	clock.Advance(29 * time.Minute)
	if _, c := s.Get(id); len(c.Turns) != 1 {
		t.Fatalf("29 minutes after the last use: %d turns, want 1", len(c.Turns))
	}
	clock.Advance(31 * time.Minute)
	got, c := s.Get(id)
	if len(c.Turns) != 0 {
		t.Errorf("after the TTL: %d turns, want a fresh conversation", len(c.Turns))
	}
	if got != id {
		t.Errorf("an expired client id is kept for the new conversation: got %q, want %q", got, id)
	}
	if s.Len() != 0 {
		t.Errorf("Len() = %d, want the expired conversation gone", s.Len())
	}
}

func TestSessionsUnknownIDs(t *testing.T) {
	s := NewSessions(0, 0, time.Now)
	tests := []struct {
		name, id string
		keep     bool
	}{
		{"empty", "", false},
		{"unknown but usable", "slack-C123-1718000000.000100", true},
		{"with spaces", "a b", false},
		{"not ASCII", "會話", false},
		{"too long", string(make([]byte, MaxSessionIDLen+1)), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, conv := s.Get(tt.id)
			if conv == nil || len(conv.Turns) != 0 {
				t.Fatalf("Get(%q) = %v, want a fresh conversation", tt.id, conv)
			}
			if id == "" {
				t.Fatalf("Get(%q) returned no id", tt.id)
			}
			if (id == tt.id) != tt.keep {
				t.Errorf("Get(%q) = id %q, keep the client's id: %v", tt.id, id, tt.keep)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	m := NewEntityMatcher(fixtureEntities)
	conv := func(turns ...string) *Conversation {
		var h []Turn
		for i, t := range turns {
			role := "user"
			if i%2 == 1 {
				role = "assistant"
			}
			h = append(h, Turn{Role: role, Text: t})
		}
		return ConversationFromHistory(h, m)
	}
	tests := []struct {
		name string
		conv *Conversation
		q    string
		want string
	}{
		{"no conversation", nil, "How long must he stay at Meta?", "How long must he stay at Meta?"},
		{"he is the person answered",
			conv("Who is Meta hiring to lead its superintelligence team?", "Alexandr Wang"),
			"How long must he stay at Meta?", "How long must Alexandr Wang stay at Meta?"},
		{"they and his, through a resolved turn",
			conv("Who is Meta hiring to lead its superintelligence team?", "Alexandr Wang", "How long must he stay at Meta?", "more than five years"),
			"How much did they pay for his company?", "How much did Meta pay for Alexandr Wang's company?"},
		{"two pronouns, two entities",
			conv("Who did Meta hire from Scale AI?", "Alexandr Wang"),
			"How much did they pay for it?", "How much did Meta pay for Scale AI?"},
		{"one pronoun in two forms, one entity",
			conv("Who did Meta hire from Scale AI?", "Alexandr Wang"),
			"What did they say about their offer?", "What did Meta say about Meta's offer?"},
		{"a pronoun does not take a name the question gives",
			conv("Who turned down the offer?", "Ilya Sutskever"),
			"Did he take Zuckerberg's offer?", "Did Ilya Sutskever take Zuckerberg's offer?"},
		{"Chinese 他",
			conv("扎克伯格想讓誰領導超級智能團隊？", "Alexandr Wang"),
			"他要在Meta待多久？", "Alexandr Wang要在Meta待多久？"},
		{"Chinese 它 is not a person",
			conv("扎克伯格花了多少錢收購Scale AI？", "143億美元"),
			"它的估值是多少？", "Scale AI的估值是多少？"},
		{"Chinese 他 with no person in view: typed for 它 (both tā)",
			conv("Gemini的日活躍用戶有多少？", "3500萬"),
			"他的月活躍用戶有多少？", "Gemini的月活躍用戶有多少？"},
		{"其他 is not a pronoun",
			conv("Who is Meta hiring?", "Alexandr Wang"),
			"Meta還挖了其他人嗎？", "Meta還挖了其他人嗎？"},
		{"omitted subject in Chinese, in the question's script",
			conv("张前川是谁？", "前MiniMax产品负责人", "他为什么离开？", "个人原因"),
			"现在担任什么职位？", "张前川现在担任什么职位？"},
		{"elliptical: the previous question with the new name",
			conv("How many daily active users does Gemini have?", "35 million"),
			"And ChatGPT?", "How many daily active users does ChatGPT have?"},
		{"elliptical with a pronoun and a term",
			conv("How many daily active users does Gemini have?", "35 million", "And ChatGPT?", "160 million"),
			"What about its monthly active users?", "How many monthly active users does ChatGPT have?"},
		{"English question naming nothing",
			conv("What did Apple pay for Beats?", "$3 billion"),
			"When was that?", "When was that (about Apple, Beats)?"},
		{"a pronoun goes on referring to what it referred to",
			conv("苹果想收购哪家公司？", "Beats", "苹果花了多少钱收购它？"),
			"它的估值是多少？", "Beats的估值是多少？"},
		{"he goes on referring to the one he was",
			conv("Who turned down Zuckerberg?", "Ilya Sutskever", "Did Zuckerberg try to hire him?", "yes"),
			"Did he join Meta?", "Did Ilya Sutskever join Meta?"},
		{"after a question without pronouns, the most recent person again",
			conv("Who turned down Zuckerberg?", "Ilya Sutskever", "Did Zuckerberg try to hire him?", "yes", "Who leads Google?", "nobody named"),
			"Did he join Meta?", "Did Mark Zuckerberg join Meta?"},
		{"Chinese 那家公司 is the company in view, not the person",
			conv("扎克伯格想讓誰領導超級智能團隊？", "Alexandr Wang", "他之前是哪家公司的CEO？", "Scale AI"),
			"那家公司的估值是多少？", "Scale AI的估值是多少？"},
		{"English 'that company' is the company in view",
			conv("Which company did Apple buy in 2014?", "Beats"),
			"How much did that company cost?", "How much did Beats cost?"},
		{"a question that stands on its own",
			conv("Who is Meta hiring?", "Alexandr Wang"),
			"When did Zuckerberg first reach out to Alexandr Wang?", "When did Zuckerberg first reach out to Alexandr Wang?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Resolve(tt.q, DetectLang(tt.q), tt.conv, m)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Resolve(%q) (-want +got):\n%s", tt.q, diff)
			}
		})
	}
}

func TestAskFollowUpInSession(t *testing.T) {
	e := newTestEngine(t)
	ctx := context.Background()
	first, err := e.Ask(ctx, Request{Question: "Who did Zuckerberg put up $14.3 billion to bring on board?"})
	if err != nil {
		t.Fatal(err)
	}
	if first.SessionID == "" {
		t.Fatal("a request without a session id got none back")
	}
	second, err := e.Ask(ctx, Request{Question: "How long must he work at Meta?", SessionID: first.SessionID})
	if err != nil {
		t.Fatal(err)
	}
	if second.InterpretedAs != "How long must Alexandr Wang work at Meta?" {
		t.Errorf("interpreted_as = %q", second.InterpretedAs)
	}
	if second.Answer == nil || second.Answer.Text != "more than five years" {
		t.Errorf("answer = %+v, want more than five years", second.Answer)
	}
	// An unknown or expired id is a fresh conversation, not an error.
	third, err := e.Ask(ctx, Request{Question: "How long must he work at Meta?", SessionID: "no-such-session"})
	if err != nil {
		t.Fatalf("unknown session: %v", err)
	}
	if third.InterpretedAs != "" {
		t.Errorf("a fresh conversation resolved the pronoun: %q", third.InterpretedAs)
	}
}

func TestFollowUpLeansOnThePreviousTurnsPassage(t *testing.T) {
	e := newTestEngine(t)
	ctx := context.Background()
	// Three passages that a bare "Alexandr Wang" matches alike: the one
	// the conversation was just on comes first.
	an := e.Analyze("Alexandr Wang")
	hits, err := e.search.Search(ctx, Query{Text: an.SearchText, Lang: an.Lang, Entities: e.expansions(an), Size: 10})
	if err != nil {
		t.Fatal(err)
	}
	for _, from := range []string{"t/p1.s1", "t/p2.s1", "t/p3.s1"} {
		ranked, _ := e.rerankFrame(an, hits, from, nil)
		if got := ranked[0].Passage.ID; got != from {
			t.Errorf("after a turn on %s, the first passage is %s", from, got)
		}
	}
	// A client-held conversation: the passage is found from the answer's text.
	tests := []struct {
		history []Turn
		want    string
	}{
		{[]Turn{{Role: "user", Text: "When did Zuckerberg approach Alexandr Wang?"}, {Role: "assistant", Text: "mid-April"}}, "t/p3.s1"},
		{[]Turn{{Role: "user", Text: "扎克伯格什麼時候接觸Alexandr Wang？"}, {Role: "assistant", Text: "4月中旬"}}, "t/p3.s1"},
		{[]Turn{{Role: "user", Text: "How tall is Everest?"}, {Role: "assistant", Text: "8,849 metres"}}, ""},
		{[]Turn{{Role: "user", Text: "How tall is Everest?"}}, ""},
	}
	for _, tt := range tests {
		if got := e.answeredFrom(ctx, tt.history); got != tt.want {
			t.Errorf("answeredFrom(%v) = %q, want %q", tt.history, got, tt.want)
		}
	}
}

// A follow-up whose characters are the same in both scripts (他要在Meta
// 工作多久？) is in the script the conversation was in: a Simplified
// conversation is answered in Simplified. Asked alone it counts as
// Traditional, the article's script.
func TestNeutralFollowUpKeepsTheConversationsScript(t *testing.T) {
	e := newTestEngine(t)
	ask := func(req Request) *Response {
		t.Helper()
		r, err := e.Ask(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	first := ask(Request{Question: "扎克伯格花了多少钱请来Alexandr Wang？"})
	if first.Lang != LangHans {
		t.Fatalf("first turn lang = %s, want %s", first.Lang, LangHans)
	}
	const q = "他要在Meta工作多久？"
	if got := ask(Request{Question: q, SessionID: first.SessionID}).Lang; got != LangHans {
		t.Errorf("follow-up lang = %s, want %s", got, LangHans)
	}
	if got := ask(Request{Question: q, NoSession: true}).Lang; got != LangHant {
		t.Errorf("asked alone, lang = %s, want %s", got, LangHant)
	}
}
