package slack

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"strconv"
	"testing"
	"time"
)

// Slack's published worked example of request signing
// (https://api.slack.com/authentication/verifying-requests-from-slack).
const (
	slackVectorSecret    = "8f742231b10e8888abcd99yyyzzz85a5"
	slackVectorTimestamp = "1531420618"
	slackVectorBody      = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
	slackVectorSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
)

func nopBody(b []byte) io.ReadCloser { return io.NopCloser(bytes.NewReader(b)) }

func TestSlackPublishedVector(t *testing.T) {
	if got := Sign(slackVectorSecret, slackVectorTimestamp, []byte(slackVectorBody)); got != slackVectorSignature {
		t.Errorf("Sign = %s, want %s", got, slackVectorSignature)
	}
	h := http.Header{}
	h.Set(HeaderTimestamp, slackVectorTimestamp)
	h.Set(HeaderSignature, slackVectorSignature)
	at := time.Unix(1531420618, 0)
	if err := Verify(slackVectorSecret, h, []byte(slackVectorBody), at.Add(299*time.Second), 5*time.Minute); err != nil {
		t.Errorf("Verify at signing time + 299s: %v", err)
	}
	// Replayed today, the same request is stale.
	if err := Verify(slackVectorSecret, h, []byte(slackVectorBody), time.Now(), 5*time.Minute); !errors.Is(err, errStale) {
		t.Errorf("Verify now = %v, want errStale", err)
	}
}

func TestVerify(t *testing.T) {
	body := []byte(`{"type":"event_callback"}`)
	now := time.Unix(1_750_000_000, 0)
	ts := func(d time.Duration) string { return strconv.FormatInt(now.Add(d).Unix(), 10) }
	good := Sign("s3cret", ts(0), body)
	tests := []struct {
		name     string
		sig, ts  string
		body     []byte
		want     error
		wantPass bool
	}{
		{name: "valid", sig: good, ts: ts(0), body: body, wantPass: true},
		{name: "4 minutes old", sig: Sign("s3cret", ts(-4*time.Minute), body), ts: ts(-4 * time.Minute), body: body, wantPass: true},
		{name: "6 minutes old", sig: Sign("s3cret", ts(-6*time.Minute), body), ts: ts(-6 * time.Minute), body: body, want: errStale},
		{name: "6 minutes ahead", sig: Sign("s3cret", ts(6*time.Minute), body), ts: ts(6 * time.Minute), body: body, want: errStale},
		{name: "tampered body", sig: good, ts: ts(0), body: []byte(`{"type":"event_callbacK"}`), want: errWrongSig},
		{name: "other timestamp", sig: good, ts: ts(time.Second), body: body, want: errWrongSig},
		{name: "wrong secret", sig: Sign("other", ts(0), body), ts: ts(0), body: body, want: errWrongSig},
		{name: "no signature", ts: ts(0), body: body, want: errMissingHeaders},
		{name: "no timestamp", sig: good, body: body, want: errMissingHeaders},
		{name: "timestamp not a number", sig: good, ts: "12abc", body: body, want: errBadTimestamp},
		{name: "v1 scheme", sig: "v1=" + good[3:], ts: ts(0), body: body, want: errMalformedSig},
		{name: "not hex", sig: "v0=" + string(bytes.Repeat([]byte("zz"), 32)), ts: ts(0), body: body, want: errMalformedSig},
		{name: "short", sig: good[:20], ts: ts(0), body: body, want: errMalformedSig},
	}
	for _, tt := range tests {
		h := http.Header{}
		if tt.sig != "" {
			h.Set(HeaderSignature, tt.sig)
		}
		if tt.ts != "" {
			h.Set(HeaderTimestamp, tt.ts)
		}
		err := Verify("s3cret", h, tt.body, now, 5*time.Minute)
		if tt.wantPass != (err == nil) || (!tt.wantPass && !errors.Is(err, tt.want)) {
			t.Errorf("%s: Verify = %v, want %v (pass %v)", tt.name, err, tt.want, tt.wantPass)
		}
	}
}
