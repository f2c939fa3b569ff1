package qa

import (
	"errors"
	"fmt"
)

// Error codes. Adapters map each to a status (HTTP, OpenAI, Slack) in one
// table of their own.
const (
	Invalid      = "invalid_request" // bad input: the client must change it
	TooLarge     = "too_large"       // body or question over a limit
	NotFound     = "not_found"       // unknown passage, route or model
	RateLimited  = "rate_limited"    // too many requests from one client
	Unauthorized = "unauthorized"    // missing or wrong credentials
	Unavailable  = "unavailable"     // not ready, shutting down, overloaded
	Timeout      = "timeout"         // the request's deadline passed
	Internal     = "internal"        // a bug or an unexpected failure
)

// Error is the one error type of the domain: a code, and a message safe
// to show to the person who made the request.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("qa: %s: %s", e.Code, e.Message) }

// Errorf returns an *Error with the given code.
func Errorf(code, format string, a ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, a...)}
}

// ErrorCode returns the code of err: the code of an *Error in its chain,
// Internal for any other non-nil error, "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	}
	return Internal
}

// ErrorMessage returns the message of an *Error in err's chain, or a
// generic message for other errors (whose text may hold internals).
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
