package slack

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Request signing headers.
const (
	HeaderSignature = "X-Slack-Signature"
	HeaderTimestamp = "X-Slack-Request-Timestamp"
)

// Reasons a request fails verification. They are logged, never sent back:
// the client only learns that it is unauthorized.
var (
	errMissingHeaders = errors.New("missing signature or timestamp header")
	errBadTimestamp   = errors.New("malformed timestamp")
	errStale          = errors.New("timestamp outside the allowed window")
	errMalformedSig   = errors.New("malformed signature")
	errWrongSig       = errors.New("signature mismatch")
)

// Sign returns the X-Slack-Signature Slack sends with a request:
// "v0=" + hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)).
func Sign(secret, timestamp string, body []byte) string {
	return "v0=" + hex.EncodeToString(mac(secret, timestamp, body))
}

func mac(secret, timestamp string, body []byte) []byte {
	h := hmac.New(sha256.New, []byte(secret))
	h.Write([]byte("v0:" + timestamp + ":"))
	h.Write(body)
	return h.Sum(nil)
}

// Verify checks a request's signature headers against its raw body, with
// now as the current time and maxSkew as the replay window. It is
// slack-go's SecretsVerifier with an injectable clock, so a recorded
// request (such as Slack's published example) can be checked.
func Verify(secret string, h http.Header, body []byte, now time.Time, maxSkew time.Duration) error {
	sig, ts := h.Get(HeaderSignature), h.Get(HeaderTimestamp)
	if sig == "" || ts == "" {
		return errMissingHeaders
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || sec <= 0 {
		return errBadTimestamp
	}
	if d := now.Sub(time.Unix(sec, 0)); d > maxSkew || d < -maxSkew {
		return errStale
	}
	hexSig, ok := strings.CutPrefix(sig, "v0=")
	if !ok {
		return errMalformedSig
	}
	got, err := hex.DecodeString(hexSig)
	if err != nil || len(got) != sha256.Size {
		return errMalformedSig
	}
	if !hmac.Equal(got, mac(secret, ts, body)) {
		return errWrongSig
	}
	return nil
}
