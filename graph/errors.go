package graph

import (
	"context"
	"errors"
	"log/slog"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/amity-graph/amity/internal/derrors"
)

func badInput(format string, args ...any) error {
	return derrors.New(derrors.InvalidArgument, format, args...)
}

func notFound(format string, args ...any) error {
	return derrors.New(derrors.NotFound, format, args...)
}

// loggedOnce remembers which errors a request has logged: a failed batch fails every
// item that waited on it, and one line says it.
type loggedOnce struct{ seen sync.Map }

type loggedOnceKey struct{}

func withLoggedOnce(ctx context.Context) context.Context {
	return context.WithValue(ctx, loggedOnceKey{}, &loggedOnce{})
}

// firstTime reports whether msg is new to this request's log.
func firstTime(ctx context.Context, msg string) bool {
	l, ok := ctx.Value(loggedOnceKey{}).(*loggedOnce)
	if !ok {
		return true
	}
	_, seen := l.seen.LoadOrStore(msg, true)
	return !seen
}

// CodeCancelled marks the errors of a request its caller cancelled (closed the
// connection): no caller sees it, but the metrics count it apart from INTERNAL.
const CodeCancelled = "CANCELLED"

// PresentError is the one error presenter: errors written for the caller keep their
// message and code; database trouble becomes UNAVAILABLE or TIMEOUT; anything else is
// logged in full and shown as an opaque INTERNAL error, so Cypher and stack traces never
// reach the client.
func PresentError(logger *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		if msg, ok := derrors.CallerMessage(err); ok {
			gerr.Message = msg
			setCode(gerr, derrors.Code(err))
			return gerr
		}
		if errors.Is(err, context.Canceled) && ctx.Err() != nil {
			// The caller went away, so nobody reads this answer and nothing failed; the
			// code keeps such requests apart from internal errors in the metrics.
			if firstTime(ctx, "cancelled") {
				logger.DebugContext(ctx, "request cancelled by the caller", "path", gerr.Path.String())
			}
			gerr.Message = "the request was cancelled"
			setCode(gerr, CodeCancelled)
			return gerr
		}
		if errors.Is(err, context.DeadlineExceeded) {
			err = errors.Join(derrors.Timeout, err)
		}
		switch code := derrors.Code(err); code {
		case derrors.CodeTimeout:
			if firstTime(ctx, "timeout") {
				logger.WarnContext(ctx, "query timed out", "err", err, "path", gerr.Path.String())
			}
			gerr.Message = "the query took too long and was stopped"
			setCode(gerr, code)
		case derrors.CodeUnavailable:
			if firstTime(ctx, "unavailable") {
				logger.WarnContext(ctx, "database unavailable", "err", err, "path", gerr.Path.String())
			}
			gerr.Message = "the graph database is unavailable; try again shortly"
			setCode(gerr, code)
		default:
			if code, ok := gerr.Extensions["code"]; ok && code != nil {
				return gerr // gqlgen's own validation and parse errors
			}
			if firstTime(ctx, err.Error()) {
				logger.ErrorContext(ctx, "internal error", "err", err, "path", gerr.Path.String())
			}
			gerr.Message = "internal error"
			setCode(gerr, derrors.CodeInternal)
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
