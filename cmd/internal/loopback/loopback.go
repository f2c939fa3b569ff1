// Package loopback keeps the project's load and soak tools on this machine:
// their dialers connect to loopback peers only.
package loopback

import (
	"context"
	"fmt"
	"net"
)

// Dial connects to addr with d and refuses the connection unless its peer
// is a loopback address, whatever a host name resolved to.
func Dial(ctx context.Context, d *net.Dialer, network, addr string) (net.Conn, error) {
	c, err := d.DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	if ta, ok := c.RemoteAddr().(*net.TCPAddr); !ok || !ta.IP.IsLoopback() {
		c.Close()
		return nil, fmt.Errorf("refusing non-loopback peer %v", c.RemoteAddr())
	}
	return c, nil
}

// DialIP is Dial for an address that must be a loopback IP literal: a host
// name is refused before any lookup.
func DialIP(ctx context.Context, d *net.Dialer, network, addr string) (net.Conn, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return nil, fmt.Errorf("refusing non-loopback address %s", addr)
	}
	return Dial(ctx, d, network, addr)
}
