package httpapi

import (
	"fmt"
	"net/http/httptest"
	"net/netip"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

func TestLimiterBucket(t *testing.T) {
	clk := &fakeClock{time.Unix(1000, 0)}
	l := newLimiter(RateLimit{PerSecond: 2, Burst: 3, MaxClients: 10, IdleTTL: time.Hour})
	l.now = clk.now
	var got []bool
	for range 4 {
		ok, _, _ := l.allow("a")
		got = append(got, ok)
	}
	if diff := cmp.Diff([]bool{true, true, true, false}, got); diff != "" {
		t.Errorf("burst of 3 (-want +got):\n%s", diff)
	}
	if _, wait, _ := l.allow("a"); wait != 500*time.Millisecond {
		t.Errorf("wait %v, want 500ms at 2/s", wait)
	}
	if ok, _, _ := l.allow("b"); !ok {
		t.Error("another client was limited")
	}
	clk.advance(500 * time.Millisecond)
	if ok, _, _ := l.allow("a"); !ok {
		t.Error("no token after the refill time")
	}
	if ok, _, _ := l.allow("a"); ok {
		t.Error("refused requests must not have taken tokens, but one was left over")
	}
}

func TestLimiterTableIsBounded(t *testing.T) {
	clk := &fakeClock{time.Unix(1000, 0)}
	l := newLimiter(RateLimit{PerSecond: 1, Burst: 1, MaxClients: 3, IdleTTL: time.Minute})
	l.now = clk.now
	for i := range 100 {
		if _, _, n := l.allow(fmt.Sprint("c", i)); n > 3 {
			t.Fatalf("%d clients in a table of 3", n)
		}
	}
	// c99 is in the table (its bucket empty); c0 was forgotten (fresh).
	if ok, _, _ := l.allow("c99"); ok {
		t.Error("the most recent client was forgotten")
	}
	if ok, _, _ := l.allow("c0"); !ok {
		t.Error("the oldest client was kept")
	}
	// Quiet clients expire.
	clk.advance(2 * time.Minute)
	if _, _, n := l.allow("new"); n != 1 {
		t.Errorf("%d clients after the TTL, want 1", n)
	}
}

func TestIdleTTLCoversRefill(t *testing.T) {
	// Forgetting a client must never hand it more than a full bucket: the
	// TTL is at least the refill time.
	rl := RateLimit{PerSecond: 0.01, Burst: 100, IdleTTL: time.Second}.withDefaults()
	if rl.IdleTTL < 10000*time.Second {
		t.Errorf("IdleTTL %v shorter than the 10,000 s refill", rl.IdleTTL)
	}
}

func TestClientIP(t *testing.T) {
	trusted, err := ParsePrefixes("10.0.0.0/8, 192.168.1.5, ::1")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, remote, xff, realIP string
		want                      string
	}{
		{"direct client", "203.0.113.7:5555", "", "", "203.0.113.7"},
		{"untrusted peer's headers ignored", "203.0.113.7:5555", "1.2.3.4", "5.6.7.8", "203.0.113.7"},
		{"trusted proxy, one hop", "10.1.2.3:80", "198.51.100.9", "", "198.51.100.9"},
		{"client-written hops ignored", "10.1.2.3:80", "1.1.1.1, 2.2.2.2, 198.51.100.9", "", "198.51.100.9"},
		{"chain of trusted proxies", "10.1.2.3:80", "198.51.100.9, 10.9.9.9, 192.168.1.5", "", "198.51.100.9"},
		{"garbage hop stops the walk", "10.1.2.3:80", "198.51.100.9, <script>, 10.9.9.9", "", "10.9.9.9"},
		{"X-Real-IP from a trusted proxy", "10.1.2.3:80", "", "198.51.100.10", "198.51.100.10"},
		{"bad X-Real-IP", "10.1.2.3:80", "", "localhost", "10.1.2.3"},
		{"IPv6 loopback proxy", "[::1]:80", "2001:db8::5", "", "2001:db8::5"},
		{"IPv4-mapped peer", "[::ffff:10.1.2.3]:80", "198.51.100.9", "", "198.51.100.9"},
		{"hop with a port", "10.1.2.3:80", "198.51.100.9:4711", "", "198.51.100.9"},
		{"unparsable peer", "pipe", "1.2.3.4", "", "invalid IP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", nil)
			r.RemoteAddr = tt.remote
			if tt.xff != "" {
				r.Header.Set("X-Forwarded-For", tt.xff)
			}
			if tt.realIP != "" {
				r.Header.Set("X-Real-IP", tt.realIP)
			}
			if got := ClientIP(r, trusted).String(); got != tt.want {
				t.Errorf("ClientIP %s, want %s", got, tt.want)
			}
		})
	}
}

func TestClientKeyGroupsIPv6By64(t *testing.T) {
	a, b := netip.MustParseAddr("2001:db8:1:2::1"), netip.MustParseAddr("2001:db8:1:2:ffff::9")
	if clientKey(a) != clientKey(b) {
		t.Errorf("%s and %s in different buckets", a, b)
	}
	if clientKey(netip.MustParseAddr("2001:db8:1:3::1")) == clientKey(a) {
		t.Error("different /64s share a bucket")
	}
	if got := clientKey(netip.MustParseAddr("192.0.2.1")); got != "192.0.2.1" {
		t.Errorf("IPv4 key %q", got)
	}
}

func TestParsePrefixesRejectsGarbage(t *testing.T) {
	for _, s := range []string{"10.0.0.0/33", "proxy.local", "10.0.0.0/8,,nope"} {
		if _, err := ParsePrefixes(s); err == nil {
			t.Errorf("%q accepted", s)
		}
	}
	if ps, err := ParsePrefixes(" "); err != nil || len(ps) != 0 {
		t.Errorf("empty list: %v %v", ps, err)
	}
}
