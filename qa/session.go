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
// questions as understood (follow-ups resolved) and the answers given, and
// the entities the questions named, most recent first.
type Conversation struct {
	Turns    []Turn
	Entities []Entity
	// Passage is the passage the last turn was answered from (its best
	// passage when it had no answer): a follow-up most often asks about
	// it or the sentence next to it.
	Passage string
	// Refs are the entities the last question's pronouns referred to,
	// by pronoun (one form for he/him/his …): the same pronoun in the
	// next question goes on referring to the same one (苹果花了多少钱收购
	// 它？ → 它的估值是多少？: Perplexity both times, though 苹果 comes
	// first in the question as understood).
	Refs map[string]string
}

// maxTurns bounds what a conversation remembers.
const maxTurns = 20

// Add records a turn: the question as understood and the answer given.
func (c *Conversation) Add(q string, an Analysis, a *Answer, p *Passage) {
	c.Turns = append(c.Turns, Turn{Role: "user", Text: q})
	if a != nil {
		c.Turns = append(c.Turns, Turn{Role: "assistant", Text: a.Text})
	}
	if len(c.Turns) > maxTurns {
		c.Turns = c.Turns[len(c.Turns)-maxTurns:]
	}
	c.Entities = mergeEntities(an.Entities, c.Entities)
	if p != nil {
		c.Passage = p.ID
	}
}

func mergeEntities(front, back []Entity) []Entity {
	seen := map[string]bool{}
	var out []Entity
	for _, e := range append(append([]Entity(nil), front...), back...) {
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
// Each user turn is resolved against the turns before it, as it was when
// it was asked, so that a chain of follow-ups keeps its subject.
func ConversationFromHistory(h []Turn, m *EntityMatcher) *Conversation {
	c := &Conversation{}
	for _, t := range h {
		if len(c.Turns) >= 4*maxTurns {
			c.Turns = c.Turns[len(c.Turns)-maxTurns:]
		}
		if t.Role == "user" {
			t.Text, c.Refs = ResolveRefs(t.Text, DetectLang(t.Text), c, m)
		}
		c.Turns = append(c.Turns, t)
		var ents []Entity
		for _, mn := range m.Find(t.Text) {
			ents = append(ents, mn.Entity)
		}
		c.Entities = mergeEntities(ents, c.Entities)
	}
	if len(c.Turns) > maxTurns {
		c.Turns = c.Turns[len(c.Turns)-maxTurns:]
	}
	return c
}

// Resolve rewrites a follow-up question against the conversation so that
// it stands on its own; it returns q unchanged when there is nothing to
// resolve. Three kinds of follow-up are understood:
//
//   - Pronouns (he, his, they, it, 他, 她, 它, 他们, 该公司 …) take the most
//     recent entity of a fitting kind that the question does not name
//     itself: a person for he/他, a company or product for it/它/they.
//   - An elliptical question ("And ChatGPT?", "What about its monthly
//     active users?", 那ChatGPT呢？) is the previous question with its
//     entities swapped for the new ones of the same kind.
//   - A question that names nothing (现在担任什么职位？, "When was that?")
//     is about the previous question's subject: Chinese puts it in front
//     (张前川现在担任什么职位？), English adds it after ("When was that
//     (about Apple, Beats)?").
func Resolve(q string, l Lang, c *Conversation, m *EntityMatcher) string {
	r, _ := ResolveRefs(q, l, c, m)
	return r
}

// ResolveRefs is Resolve, and also returns the entities the question's
// pronouns were taken to refer to, by pronoun (nil when none was), for
// the conversation's Refs.
func ResolveRefs(q string, l Lang, c *Conversation, m *EntityMatcher) (string, map[string]string) {
	if c == nil || len(c.Turns) == 0 || m == nil {
		return q, nil
	}
	sal := salience(c, m)
	if len(sal) == 0 {
		return q, nil
	}
	prevQ, prevEnts := lastQuestion(c, m)
	if r, ok := resolveElliptical(q, l, prevQ, prevEnts, sal, m); ok {
		return r, nil
	}
	own := map[string]bool{}
	for _, mn := range m.Find(q) {
		if mn.Entity.Type != "term" {
			own[mn.Entity.ID] = true
		}
	}
	r, refs := replacePronouns(q, l, sal, own, c.Refs)
	if refs != nil {
		return r, refs
	}
	if len(own) > 0 || len(prevEnts) == 0 {
		return q, nil
	}
	// Nothing named: the previous question's subject.
	if l.Chinese() {
		return name(prevEnts[0], l) + q, nil
	}
	var names []string
	for _, e := range prevEnts {
		names = append(names, name(e, l))
	}
	body := strings.TrimRightFunc(q, func(r rune) bool { return r == '?' || r == '？' || unicode.IsSpace(r) })
	return body + " (about " + strings.Join(names, ", ") + ")?", nil
}

// salience lists the entities of the conversation, most recent turn first
// and, within a turn, in order of mention; terms are left out.
func salience(c *Conversation, m *EntityMatcher) []Entity {
	var out []Entity
	seen := map[string]bool{}
	for i := len(c.Turns) - 1; i >= 0; i-- {
		for _, mn := range m.Find(c.Turns[i].Text) {
			if mn.Entity.Type == "term" || seen[mn.Entity.ID] {
				continue
			}
			seen[mn.Entity.ID] = true
			out = append(out, mn.Entity)
		}
	}
	return out
}

// lastQuestion returns the last user turn and the entities it names
// (terms left out).
func lastQuestion(c *Conversation, m *EntityMatcher) (string, []Entity) {
	for i := len(c.Turns) - 1; i >= 0; i-- {
		if c.Turns[i].Role != "user" {
			continue
		}
		var ents []Entity
		for _, mn := range m.Find(c.Turns[i].Text) {
			if mn.Entity.Type != "term" {
				ents = append(ents, mn.Entity)
			}
		}
		return c.Turns[i].Text, ents
	}
	return "", nil
}

// name is how a question in l names e: its Chinese name (in the
// question's script) or its English one.
func name(e Entity, l Lang) string {
	switch {
	case l == LangHans:
		return ToSimplified(e.NameZH())
	case l.Chinese():
		return e.NameZH()
	}
	return e.NameEN()
}

// Pronouns by what they refer to ("ta": a person when one is in view,
// else anything). Chinese ones are matched anywhere,
// longest first; English ones as whole words.
var (
	zhPronouns = []pronoun{{"他們", "org"}, {"他们", "org"}, {"她們", "org"}, {"她们", "org"}, {"它們", "org"}, {"它们", "org"},
		{"該公司", "org"}, {"该公司", "org"}, {"這家公司", "org"}, {"这家公司", "org"}, {"那家公司", "org"}, {"這個公司", "org"}, {"这个公司", "org"},
		{"那個公司", "org"}, {"那个公司", "org"}, {"這家", "org"}, {"这家", "org"}, {"那家", "org"}, {"對方", "any"}, {"对方", "any"},
		{"他", "ta"}, {"她", "person"}, {"它", "thing"}}
	enPronouns = map[string]pronoun{"he": {"he", "person"}, "him": {"him", "person"}, "his": {"his", "person"}, "she": {"she", "person"},
		"her": {"her", "person"}, "hers": {"hers", "person"}, "himself": {"himself", "person"},
		"it": {"it", "thing"}, "its": {"its", "thing"}, "they": {"they", "org"}, "them": {"them", "org"}, "their": {"their", "org"}}
	enPossessive = map[string]bool{"his": true, "her": true, "hers": true, "its": true, "their": true}
)

// samePronoun maps the forms of a pronoun to one (they, them and their
// refer to one entity).
var samePronoun = map[string]string{"him": "he", "his": "he", "himself": "he", "her": "she", "hers": "she", "its": "it", "them": "they", "their": "they",
	"他们": "他們", "她們": "他們", "她们": "他們", "它們": "他們", "它们": "他們"}

type pronoun struct{ text, kind string }

// pick returns the most salient entity of the kind, skipping those the
// question names itself.
func pick(kind string, sal []Entity, own map[string]bool) (Entity, bool) {
	fits := func(e Entity) bool {
		switch kind {
		case "person", "ta":
			return e.Type == "person"
		case "thing":
			return e.Type != "person" && e.Type != "place"
		case "org":
			return e.Type == "org"
		}
		return true
	}
	for _, e := range sal {
		if !own[e.ID] && fits(e) {
			return e, true
		}
	}
	if kind == "org" || kind == "thing" || kind == "ta" {
		// "they" may be people, "it" may be a product the table calls
		// something else, and 他 sounds and is often typed like 它
		// (both tā): any entity.
		for _, e := range sal {
			if !own[e.ID] && e.Type != "place" {
				return e, true
			}
		}
	}
	return Entity{}, false
}

// replacePronouns substitutes each pronoun of q by the entity it refers
// to, in the question's language: the one the same pronoun referred to
// in the previous question (prev) while it is still in view, else the
// most salient of a fitting kind. It returns the pronouns' referents
// (nil when q has none it could resolve).
func replacePronouns(q string, l Lang, sal []Entity, own map[string]bool, prev map[string]string) (string, map[string]string) {
	replaced := false
	// Two pronouns of one question refer to two entities ("How much did
	// they pay for it?": Meta and Scale AI); one said twice, to one.
	taken := map[string]bool{}
	for id := range own {
		taken[id] = true
	}
	refers := map[string]Entity{}
	resolve := func(text, kind string) (Entity, bool) {
		if c, ok := samePronoun[strings.ToLower(text)]; ok {
			text = c
		}
		if e, ok := refers[text]; ok {
			return e, true
		}
		if id, ok := prev[text]; ok && !taken[id] {
			for _, e := range sal {
				if e.ID == id {
					refers[text] = e
					taken[e.ID] = true
					return e, true
				}
			}
		}
		e, ok := pick(kind, sal, taken)
		if !ok {
			e, ok = pick(kind, sal, own) // fewer entities in view than pronouns
		}
		if ok {
			refers[text] = e
			taken[e.ID] = true
		}
		return e, ok
	}
	// Chinese pronouns.
	for _, p := range zhPronouns {
		for from := 0; ; {
			i := strings.Index(q[from:], p.text)
			if i < 0 {
				break
			}
			i += from
			from = i + len(p.text)
			if strings.HasSuffix(q[:i], "其") || strings.HasPrefix(q[i+len(p.text):], "人") {
				continue // 其他, 其它, 他人: "other", not a pronoun
			}
			e, ok := resolve(p.text, p.kind)
			if !ok {
				break
			}
			n := name(e, LangHant)
			if l == LangHans {
				n = name(e, LangHans)
			}
			q = q[:i] + n + q[i+len(p.text):]
			from = i + len(n)
			replaced = true
		}
	}
	// English phrases that point at a company in view ("that company").
	for _, ph := range enOrgRefs {
		for {
			i := cueIndex(strings.ToLower(q), ph)
			if i < 0 {
				break
			}
			e, ok := resolve(ph, "org")
			if !ok {
				break
			}
			n := name(e, l)
			q = q[:i] + n + q[i+len(ph):]
			replaced = true
		}
	}
	// English pronouns, whole words.
	var b strings.Builder
	words := splitWords(q)
	for _, w := range words {
		p, ok := enPronouns[strings.ToLower(w)]
		if !ok {
			b.WriteString(w)
			continue
		}
		e, found := resolve(p.text, p.kind)
		if !found {
			b.WriteString(w)
			continue
		}
		n := name(e, l)
		if enPossessive[strings.ToLower(w)] {
			n += "'s"
		}
		b.WriteString(n)
		replaced = true
	}
	if !replaced {
		return b.String(), nil
	}
	ids := make(map[string]string, len(refers))
	for p, e := range refers {
		ids[p] = e.ID
	}
	return b.String(), ids
}

// enOrgRefs are English phrases that refer to a company in view, lower
// case.
var enOrgRefs = []string{"that company", "this company", "that firm", "this firm", "that startup", "that start-up", "this startup", "this start-up"}

// splitWords splits s into runs of ASCII letters and everything between,
// so that joining the parts gives s back.
func splitWords(s string) []string {
	var out []string
	start, inWord := 0, false
	for i, r := range s {
		w := r < 0x80 && unicode.IsLetter(r)
		if i > 0 && w != inWord {
			out = append(out, s[start:i])
			start = i
		}
		inWord = w
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// ellipsisStarts open a follow-up that leaves out the predicate.
var (
	enEllipsis = []string{"and what about ", "what about ", "how about ", "and how about ", "what of ", "and "}
	zhEllipsis = []string{"那么", "那", "还有", "還有"}
)

// resolveElliptical handles "And ChatGPT?", "What about its monthly
// active users?" and 那ChatGPT呢？: the previous question with the new
// entities in place of those of the same kind.
func resolveElliptical(q string, l Lang, prevQ string, prevEnts []Entity, sal []Entity, m *EntityMatcher) (string, bool) {
	if prevQ == "" {
		return "", false
	}
	t := strings.TrimSpace(q)
	lt := strings.ToLower(t)
	marked := false
	for _, s := range enEllipsis {
		if strings.HasPrefix(lt, s) {
			t, marked = t[len(s):], true
			break
		}
	}
	for _, s := range zhEllipsis {
		if strings.HasPrefix(t, s) {
			t, marked = t[len(s):], true
			break
		}
	}
	t = strings.TrimRightFunc(t, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
	if strings.HasSuffix(t, "呢") {
		t, marked = strings.TrimSuffix(t, "呢"), true
	}
	if !marked {
		return "", false
	}
	// What is left must be names (and pronouns) only.
	t, _ = replacePronouns(t, l, sal, nil, nil)
	ms := m.Find(t)
	if len(ms) == 0 {
		return "", false
	}
	rest := []rune(Fold(t))
	for _, mn := range ms {
		for i := mn.Start; i < mn.End && i < len(rest); i++ {
			rest[i] = ' '
		}
	}
	for _, w := range strings.FieldsFunc(string(rest), func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) {
		if w != "'s" && w != "s" && w != "的" && !enStop[w] {
			return "", false
		}
	}
	// Swap each new entity for the previous question's one of its kind.
	out := prevQ
	swapped := false
	for _, mn := range ms {
		pm := m.Find(out)
		for _, old := range pm {
			if old.Entity.Type == mn.Entity.Type && old.Entity.ID != mn.Entity.ID {
				r := []rune(out)
				out = string(r[:old.Start]) + mentionText(t, mn) + string(r[old.End:])
				swapped = true
				break
			}
		}
	}
	if !swapped {
		return "", false
	}
	return out, true
}

func mentionText(s string, mn Mention) string {
	r := []rune(s)
	if mn.End > len(r) {
		return mn.Entity.NameEN()
	}
	return string(r[mn.Start:mn.End])
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
