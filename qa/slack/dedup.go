package slack

import (
	"sync"
	"time"
)

// dedup remembers event IDs for ttl, at most max of them (the oldest are
// forgotten first), so an event Slack re-sends is handled once.
type dedup struct {
	mu    sync.Mutex
	ttl   time.Duration
	max   int
	seq   uint64
	seen  map[string]uint64 // id → seq of its entry in order
	order []seenID          // oldest first
}

type seenID struct {
	id  string
	at  time.Time
	seq uint64
}

func newDedup(ttl time.Duration, max int) *dedup {
	return &dedup{ttl: ttl, max: max, seen: make(map[string]uint64)}
}

// add records id at now and reports whether it was new.
func (d *dedup) add(id string, now time.Time) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	for len(d.order) > 0 && now.Sub(d.order[0].at) >= d.ttl {
		d.drop()
	}
	if _, ok := d.seen[id]; ok {
		return false
	}
	d.seq++
	d.seen[id] = d.seq
	d.order = append(d.order, seenID{id, now, d.seq})
	for len(d.order) > d.max {
		d.drop()
	}
	return true
}

// forget removes id, so a later retry of the event is handled.
func (d *dedup) forget(id string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	delete(d.seen, id)
}

// drop removes the oldest entry. An ID forgotten and added again has a
// newer entry; the old one no longer owns the map slot and is skipped.
func (d *dedup) drop() {
	e := d.order[0]
	d.order = d.order[1:]
	if s, ok := d.seen[e.id]; ok && s == e.seq {
		delete(d.seen, e.id)
	}
}
