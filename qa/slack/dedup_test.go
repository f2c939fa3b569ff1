package slack

import (
	"strconv"
	"testing"
	"time"
)

func TestDedup(t *testing.T) {
	now := time.Unix(1_750_000_000, 0)
	d := newDedup(time.Minute, 3)
	if !d.add("a", now) || d.add("a", now.Add(59*time.Second)) {
		t.Fatal("a second add of an ID within the TTL must report a duplicate")
	}
	if !d.add("a", now.Add(61*time.Second)) {
		t.Error("an ID past its TTL must be new again")
	}
	d.forget("a")
	if !d.add("a", now.Add(62*time.Second)) {
		t.Error("a forgotten ID must be new again")
	}

	// Bounded: the oldest IDs are dropped first.
	d = newDedup(time.Hour, 3)
	for i := range 5 {
		d.add(strconv.Itoa(i), now)
	}
	if len(d.seen) != 3 || len(d.order) != 3 {
		t.Errorf("holding %d IDs (%d in order), want 3", len(d.seen), len(d.order))
	}
	if d.add("4", now) || !d.add("0", now) {
		t.Error("want the newest IDs kept and the oldest dropped")
	}

	// A forgotten and re-added ID is not dropped with its old entry.
	d = newDedup(time.Hour, 2)
	d.add("x", now)
	d.forget("x")
	d.add("x", now)
	d.add("y", now) // drops x's first entry only
	if d.add("x", now) {
		t.Error("re-added ID lost when its stale entry was dropped")
	}
}
