// Package derrors owns the kinds of failure Amity reports to its callers and the codes
// they see in a GraphQL error's extensions.code. It imports nothing of Amity's, so every
// layer (store, resolvers, HTTP server) can classify an error without importing another.
package derrors

import (
	"errors"
	"fmt"
)

// Kinds of failure. Wrap one with %w, or use New, to classify an error.
var (
	InvalidArgument = errors.New("invalid argument")
	NotFound        = errors.New("not found")
	Unauthenticated = errors.New("unauthenticated")
	Forbidden       = errors.New("forbidden")
	RateLimited     = errors.New("rate limited")
	Unavailable     = errors.New("unavailable")
	Timeout         = errors.New("timed out")
	TooComplex      = errors.New("too complex")
	TooLarge        = errors.New("response too large")
)

// Codes callers see in extensions.code.
const (
	CodeBadInput        = "BAD_USER_INPUT"
	CodeNotFound        = "NOT_FOUND"
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeForbidden       = "FORBIDDEN"
	CodeRateLimited     = "RATE_LIMITED"
	CodeUnavailable     = "UNAVAILABLE"
	CodeTimeout         = "TIMEOUT"
	CodeTooComplex      = "COMPLEXITY_LIMIT_EXCEEDED"
	CodeTooLarge        = "RESPONSE_TOO_LARGE"
	CodeInternal        = "INTERNAL"
)

var codes = []struct {
	kind error
	code string
}{
	{InvalidArgument, CodeBadInput},
	{NotFound, CodeNotFound},
	{Unauthenticated, CodeUnauthenticated},
	{Forbidden, CodeForbidden},
	{RateLimited, CodeRateLimited},
	{Timeout, CodeTimeout},
	{Unavailable, CodeUnavailable},
	{TooComplex, CodeTooComplex},
	{TooLarge, CodeTooLarge},
}

// Code is the caller-facing code of err's kind, or CodeInternal when err has none.
func Code(err error) string {
	for _, c := range codes {
		if errors.Is(err, c.kind) {
			return c.code
		}
	}
	return CodeInternal
}

// Error is a failure whose message is written for the caller: it is shown as it is,
// while other errors are logged and shown only by their kind.
type Error struct {
	Kind error  // one of the kinds above
	Msg  string // what the caller reads
	Err  error  // the cause, if any; never shown
}

func (e *Error) Error() string { return e.Msg }

func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
}

// New returns an error of the given kind with a message for the caller.
func New(kind error, format string, args ...any) error {
	return &Error{Kind: kind, Msg: fmt.Sprintf(format, args...)}
}

// Wrap returns an error of the given kind with a message for the caller that keeps
// cause in its chain (for errors.As and the log) without showing it.
func Wrap(kind error, cause error, msg string) error {
	return &Error{Kind: kind, Msg: msg, Err: cause}
}

// CallerMessage is err's message for the caller, and false when err carries none (its
// text may hold internals and must not be shown).
func CallerMessage(err error) (string, bool) {
	var e *Error
	if errors.As(err, &e) {
		return e.Msg, true
	}
	return "", false
}
