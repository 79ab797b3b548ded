package derrors

import (
	"errors"
	"fmt"
	"testing"
)

func TestCode(t *testing.T) {
	cause := errors.New("bolt: connection reset")
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"caller error", New(InvalidArgument, "first must be positive"), CodeBadInput},
		{"wrapped kind", fmt.Errorf("nodes by id: %w: %w", Unavailable, cause), CodeUnavailable},
		{"wrapped caller error", fmt.Errorf("resolve: %w", New(NotFound, "no entity")), CodeNotFound},
		{"timeout", Wrap(Timeout, cause, "too slow"), CodeTimeout},
		{"unclassified", cause, CodeInternal},
	} {
		if got := Code(tc.err); got != tc.want {
			t.Errorf("%s: Code = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestCallerMessageHidesCauses(t *testing.T) {
	cause := errors.New("MATCH (n) secret internals")
	err := fmt.Errorf("store: %w", Wrap(InvalidArgument, cause, "the query is not read-only"))
	msg, ok := CallerMessage(err)
	if !ok || msg != "the query is not read-only" {
		t.Errorf("CallerMessage = %q, %v; want the caller's message", msg, ok)
	}
	if !errors.Is(err, cause) {
		t.Error("the cause is no longer in the chain")
	}
	if _, ok := CallerMessage(fmt.Errorf("x: %w", Unavailable)); ok {
		t.Error("a bare kind has no caller message")
	}
}
