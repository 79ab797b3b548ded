package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/amity-graph/amity/internal/store"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Error codes users see in extensions.code.
const (
	CodeBadInput        = "BAD_USER_INPUT"
	CodeNotFound        = "NOT_FOUND"
	CodeUnavailable     = "UNAVAILABLE"
	CodeTimeout         = "TIMEOUT"
	CodeInternal        = "INTERNAL"
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeForbidden       = "FORBIDDEN"
)

// UserError is an error meant for the caller, with its code.
type UserError struct {
	Code, Msg string
}

func (e *UserError) Error() string { return e.Msg }

func badInput(format string, args ...any) error {
	return &UserError{CodeBadInput, fmt.Sprintf(format, args...)}
}

func notFound(format string, args ...any) error {
	return &UserError{CodeNotFound, fmt.Sprintf(format, args...)}
}

// PresentError is the one error presenter: user errors keep their message and code;
// database trouble becomes UNAVAILABLE or TIMEOUT; anything else is logged in full and
// shown as an opaque INTERNAL error, so Cypher and stack traces never reach the client.
func PresentError(logger *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		var ue *UserError
		switch {
		case errors.As(err, &ue):
			gerr.Message = ue.Msg
			setCode(gerr, ue.Code)
		case errors.Is(err, store.ErrTimeout), errors.Is(err, context.DeadlineExceeded):
			if firstTime(ctx, "timeout") {
				logger.WarnContext(ctx, "query timed out", "err", err, "path", gerr.Path.String())
			}
			gerr.Message = "the query took too long and was stopped"
			setCode(gerr, CodeTimeout)
		case errors.Is(err, store.ErrUnavailable):
			if firstTime(ctx, "unavailable") {
				logger.WarnContext(ctx, "database unavailable", "err", err, "path", gerr.Path.String())
			}
			gerr.Message = "the graph database is unavailable; try again shortly"
			setCode(gerr, CodeUnavailable)
		default:
			if code, ok := gerr.Extensions["code"]; ok && code != nil {
				return gerr // gqlgen's own validation and parse errors
			}
			if firstTime(ctx, err.Error()) {
				logger.ErrorContext(ctx, "internal error", "err", err, "path", gerr.Path.String())
			}
			gerr.Message = "internal error"
			setCode(gerr, CodeInternal)
		}
		return gerr
	}
}

func setCode(e *gqlerror.Error, code string) {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = code
}

// Recover turns a resolver panic into an INTERNAL error and logs it.
func Recover(logger *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		logger.ErrorContext(ctx, "resolver panic", "panic", p)
		return errors.New("internal error")
	}
}
