package loopback

import (
	"context"
	"net"
	"strings"
	"testing"
	"time"
)

func TestDialRefusesNonLoopback(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	d := &net.Dialer{Timeout: time.Second}
	c, err := DialIP(context.Background(), d, "tcp", ln.Addr().String())
	if err != nil {
		t.Fatalf("loopback refused: %v", err)
	}
	c.Close()
	for _, addr := range []string{"192.0.2.1:80", "localhost:80", "example.com:80"} {
		if _, err := DialIP(context.Background(), d, "tcp", addr); err == nil || !strings.Contains(err.Error(), "non-loopback") {
			t.Errorf("%s: err %v, want a refusal before dialing", addr, err)
		}
	}
}
