package httpapi

import (
	"container/list"
	"fmt"
	"math"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
	"golang.org/x/time/rate"

	"github.com/talentwar/qa/qa"
)

// RateLimit configures the per-client token bucket. The zero value is on,
// with the defaults below: generous enough for a person using the web page
// (a page load is four requests, a search one more), tight enough that one
// client cannot take the whole engine.
type RateLimit struct {
	// Off turns rate limiting off.
	Off bool
	// PerSecond is the steady rate of one client. Default 10.
	PerSecond float64
	// Burst is how many requests a client may make at once. Default 50.
	Burst int
	// MaxClients bounds the table of clients; past it the client seen
	// longest ago is forgotten. Default 100,000 (about 20 MB).
	MaxClients int
	// IdleTTL is how long a quiet client is remembered. Default 10 min, and
	// never less than the time a bucket takes to refill, so forgetting a
	// client never gives it more than a full bucket.
	IdleTTL time.Duration
	// Exempt are paths never limited. Default /healthz, /readyz, /metrics.
	Exempt []string
}

const (
	defaultRate       = 10
	defaultBurst      = 50
	defaultMaxClients = 100_000
	defaultIdleTTL    = 10 * time.Minute
)

var defaultExempt = []string{"/healthz", "/readyz", "/metrics"}

func (rl RateLimit) withDefaults() RateLimit {
	if rl.PerSecond <= 0 {
		rl.PerSecond = defaultRate
	}
	if rl.Burst <= 0 {
		rl.Burst = defaultBurst
	}
	if rl.MaxClients <= 0 {
		rl.MaxClients = defaultMaxClients
	}
	if rl.IdleTTL <= 0 {
		rl.IdleTTL = defaultIdleTTL
	}
	if refill := time.Duration(float64(rl.Burst) / rl.PerSecond * float64(time.Second)); rl.IdleTTL < refill {
		rl.IdleTTL = refill
	}
	if rl.Exempt == nil {
		rl.Exempt = defaultExempt
	}
	return rl
}

// limiter is a bounded table of token buckets, least recently seen last.
type limiter struct {
	rate  rate.Limit
	burst int
	max   int
	ttl   time.Duration
	now   func() time.Time

	mu      sync.Mutex
	buckets map[string]*list.Element
	lru     list.List // of *bucket, most recently seen first
}

type bucket struct {
	key  string
	lim  *rate.Limiter
	seen time.Time
}

func newLimiter(rl RateLimit) *limiter {
	return &limiter{rate: rate.Limit(rl.PerSecond), burst: rl.Burst, max: rl.MaxClients, ttl: rl.IdleTTL,
		now: time.Now, buckets: make(map[string]*list.Element)}
}

// allow takes a token from key's bucket. When there is none it returns
// false and how long until there will be one.
func (l *limiter) allow(key string) (bool, time.Duration, int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	// Forget quiet clients: the list is in order of last use, so only its
	// tail can have expired.
	for e := l.lru.Back(); e != nil && now.Sub(e.Value.(*bucket).seen) > l.ttl; e = l.lru.Back() {
		l.remove(e)
	}
	var b *bucket
	if e, ok := l.buckets[key]; ok {
		b = e.Value.(*bucket)
		l.lru.MoveToFront(e)
	} else {
		if l.lru.Len() >= l.max {
			l.remove(l.lru.Back())
		}
		b = &bucket{key: key, lim: rate.NewLimiter(l.rate, l.burst)}
		l.buckets[key] = l.lru.PushFront(b)
	}
	b.seen = now
	r := b.lim.ReserveN(now, 1)
	if !r.OK() {
		return false, time.Second, l.lru.Len()
	}
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return false, d, l.lru.Len()
	}
	return true, 0, l.lru.Len()
}

func (l *limiter) remove(e *list.Element) {
	delete(l.buckets, e.Value.(*bucket).key)
	l.lru.Remove(e)
}

// rateLimit answers 429 with Retry-After to a client over its rate.
func (s *Server) rateLimit(c *gin.Context) {
	if s.limiter == nil {
		c.Next()
		return
	}
	for _, p := range s.cfg.RateLimit.Exempt {
		if c.Request.URL.Path == p {
			c.Next()
			return
		}
	}
	ok, wait, clients := s.limiter.allow(clientKey(clientOf(c)))
	s.metrics.rateClients.Set(float64(clients))
	if ok {
		c.Next()
		return
	}
	secs := int(math.Ceil(wait.Seconds()))
	if secs < 1 {
		secs = 1
	}
	s.metrics.rateLimited.WithLabelValues(routeOf(c)).Inc()
	c.Header("Retry-After", strconv.Itoa(secs))
	s.writeError(c, &apiError{status: http.StatusTooManyRequests, code: qa.RateLimited,
		msg: fmt.Sprintf("too many requests from this client: retry in %d s", secs)})
}

// clientKey is the bucket of a client: its IPv4 address, or the /64 of an
// IPv6 address (one host usually holds a whole /64).
func clientKey(a netip.Addr) string {
	if a.Is6() {
		p, err := a.Prefix(64)
		if err == nil {
			return p.String()
		}
	}
	return a.String()
}

const clientKeyCtx = "client"

// clientOf is the client address found by the observe middleware.
func clientOf(c *gin.Context) netip.Addr {
	if v, ok := c.Get(clientKeyCtx); ok {
		return v.(netip.Addr)
	}
	return netip.Addr{}
}

// ClientIP is the address of the client that sent r: the peer address,
// unless the peer is a trusted proxy. Then X-Forwarded-For is read from
// the right, skipping trusted proxies, and the first other address is the
// client's (addresses further left were written by the client and prove
// nothing); X-Real-IP is used when there is no X-Forwarded-For. Headers
// from untrusted peers are ignored: anyone can send them.
func ClientIP(r *http.Request, trusted []netip.Prefix) netip.Addr {
	peer := parseAddr(r.RemoteAddr)
	if !peer.IsValid() || !inPrefixes(peer, trusted) {
		return peer
	}
	if xff := r.Header.Values("X-Forwarded-For"); len(xff) > 0 {
		hops := strings.Split(strings.Join(xff, ","), ",")
		client := peer
		for i := len(hops) - 1; i >= 0; i-- {
			a := parseAddr(strings.TrimSpace(hops[i]))
			if !a.IsValid() {
				break // garbage: trust nothing further left
			}
			client = a
			if !inPrefixes(a, trusted) {
				break
			}
		}
		return client
	}
	if a := parseAddr(strings.TrimSpace(r.Header.Get("X-Real-IP"))); a.IsValid() {
		return a
	}
	return peer
}

// parseAddr parses "ip", "ip:port" or "[ip]:port".
func parseAddr(s string) netip.Addr {
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr().Unmap().WithZone("")
	}
	if a, err := netip.ParseAddr(s); err == nil {
		return a.Unmap().WithZone("")
	}
	return netip.Addr{}
}

func inPrefixes(a netip.Addr, ps []netip.Prefix) bool {
	for _, p := range ps {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// ParsePrefixes parses a comma-separated list of CIDR prefixes or single
// addresses ("10.0.0.0/8, 192.168.1.5, ::1").
func ParsePrefixes(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if strings.Contains(f, "/") {
			p, err := netip.ParsePrefix(f)
			if err != nil {
				return nil, fmt.Errorf("trusted proxy %q: %w", f, err)
			}
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(f)
		if err != nil {
			return nil, fmt.Errorf("trusted proxy %q: %w", f, err)
		}
		a = a.Unmap()
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}
