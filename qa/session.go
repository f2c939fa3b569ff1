package qa

import (
	"container/list"
	"crypto/rand"
	"encoding/hex"
	"strings"
	"sync"
	"time"
	"unicode"
)

// Conversation is what the engine remembers of earlier turns: the
// entities they named, most recent first.
type Conversation struct {
	Turns    []Turn
	Entities []Entity
}

// Add records a turn.
func (c *Conversation) Add(q string, an Analysis, a *Answer, p *Passage) {
	c.Turns = append(c.Turns, Turn{Role: "user", Text: q})
	if a != nil {
		c.Turns = append(c.Turns, Turn{Role: "assistant", Text: a.Text})
	}
	if len(c.Turns) > 20 {
		c.Turns = c.Turns[len(c.Turns)-20:]
	}
	// Newest entities first: those of the question, then of the answer.
	ents := append([]Entity(nil), an.Entities...)
	c.Entities = mergeEntities(ents, c.Entities)
}

func mergeEntities(front, back []Entity) []Entity {
	seen := map[string]bool{}
	var out []Entity
	for _, e := range append(front, back...) {
		if !seen[e.ID] {
			seen[e.ID] = true
			out = append(out, e)
		}
	}
	if len(out) > 12 {
		out = out[:12]
	}
	return out
}

// ConversationFromHistory rebuilds a conversation from client-held turns.
func ConversationFromHistory(h []Turn, m *EntityMatcher) *Conversation {
	c := &Conversation{}
	for _, t := range h {
		c.Turns = append(c.Turns, t)
		var ents []Entity
		for _, mn := range m.Find(t.Text) {
			ents = append(ents, mn.Entity)
		}
		c.Entities = mergeEntities(ents, c.Entities)
	}
	return c
}

// Resolve rewrites a follow-up question against the conversation: a
// question that names no entity but uses a pronoun, or is very short, takes
// the most recent entities of earlier turns. It returns q unchanged when
// there is nothing to resolve.
func Resolve(q string, l Lang, c *Conversation, m *EntityMatcher) string {
	if c == nil || len(c.Entities) == 0 {
		return q
	}
	if len(m.Find(q)) > 0 && !hasPronoun(q) {
		return q
	}
	if !hasPronoun(q) {
		return q
	}
	return replacePronoun(q, l, c.Entities)
}

var (
	enPronouns = []string{"he", "him", "his", "she", "her", "they", "them", "their", "it", "its", "the company", "the deal", "that"}
	zhPronouns = []string{"他們", "他们", "她們", "她们", "它們", "它们", "他", "她", "它", "該公司", "该公司", "這家公司", "这家公司", "對方", "对方"}
)

func hasPronoun(q string) bool {
	f := " " + Fold(q) + " "
	for _, p := range zhPronouns {
		if strings.Contains(f, Fold(p)) {
			return true
		}
	}
	for _, p := range enPronouns {
		if containsCue(f, p) {
			return true
		}
	}
	return false
}

// replacePronoun substitutes the first pronoun by the most recent entity's
// name in the question's language; the rest of the recent entities are
// appended as context so the search sees them.
func replacePronoun(q string, l Lang, ents []Entity) string {
	name := func(e Entity) string {
		if l.Chinese() {
			return e.NameZH()
		}
		return e.NameEN()
	}
	target := ents[0]
	for _, p := range zhPronouns {
		if i := strings.Index(q, p); i >= 0 {
			return q[:i] + name(target) + q[i+len(p):]
		}
	}
	words := strings.FieldsFunc(q, func(r rune) bool { return unicode.IsSpace(r) })
	for i, w := range words {
		lw := strings.ToLower(strings.TrimRightFunc(w, unicode.IsPunct))
		for _, p := range enPronouns {
			if lw == p {
				repl := name(target)
				if lw == "his" || lw == "its" || lw == "their" || lw == "her" {
					repl += "'s"
				}
				words[i] = repl + w[len(lw):]
				return strings.Join(words, " ")
			}
		}
	}
	return q
}

// Sessions is an in-memory conversation store bounded in count (least
// recently used out first) and by idle time.
type Sessions struct {
	mu    sync.Mutex
	max   int
	ttl   time.Duration
	now   func() time.Time
	ll    *list.List
	items map[string]*list.Element
}

type sessionItem struct {
	id   string
	conv *Conversation
	seen time.Time
}

// NewSessions returns a store holding at most max conversations, each
// forgotten after ttl without use. Zero values mean 10,000 and 30 minutes.
func NewSessions(max int, ttl time.Duration, now func() time.Time) *Sessions {
	if max <= 0 {
		max = 10000
	}
	if ttl <= 0 {
		ttl = 30 * time.Minute
	}
	return &Sessions{max: max, ttl: ttl, now: now, ll: list.New(), items: map[string]*list.Element{}}
}

// MaxSessionIDLen bounds client-chosen session IDs.
const MaxSessionIDLen = 128

// Get returns the conversation of id, or a fresh one when id is unknown,
// expired or empty. A usable client-chosen id (printable, at most
// MaxSessionIDLen bytes) is kept, so a client such as the Slack adapter
// can key conversations by thread; otherwise a new random id is made.
func (s *Sessions) Get(id string) (string, *Conversation) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if el, ok := s.items[id]; ok {
		it := el.Value.(*sessionItem)
		if s.now().Sub(it.seen) <= s.ttl {
			cp := *it.conv
			cp.Turns = append([]Turn(nil), it.conv.Turns...)
			cp.Entities = append([]Entity(nil), it.conv.Entities...)
			return id, &cp
		}
		s.ll.Remove(el)
		delete(s.items, id)
	}
	if !validSessionID(id) {
		id = newSessionID()
	}
	return id, &Conversation{}
}

// Put stores the conversation of id.
func (s *Sessions) Put(id string, c *Conversation) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	if el, ok := s.items[id]; ok {
		it := el.Value.(*sessionItem)
		it.conv, it.seen = c, now
		s.ll.MoveToFront(el)
		return
	}
	s.items[id] = s.ll.PushFront(&sessionItem{id: id, conv: c, seen: now})
	for s.ll.Len() > s.max {
		s.evict(s.ll.Back())
	}
	// Drop expired ones from the cold end.
	for el := s.ll.Back(); el != nil && now.Sub(el.Value.(*sessionItem).seen) > s.ttl; el = s.ll.Back() {
		s.evict(el)
	}
}

func (s *Sessions) evict(el *list.Element) {
	s.ll.Remove(el)
	delete(s.items, el.Value.(*sessionItem).id)
}

// Len is the number of stored conversations.
func (s *Sessions) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ll.Len()
}

func validSessionID(id string) bool {
	if id == "" || len(id) > MaxSessionIDLen {
		return false
	}
	for _, r := range id {
		if r <= ' ' || r >= 0x7f {
			return false
		}
	}
	return true
}

func newSessionID() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}
