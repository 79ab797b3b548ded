package server

import (
	"context"
	"fmt"
	"math"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/amity-graph/amity/internal/derrors"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"golang.org/x/time/rate"
)

// rateLimiter keeps one token bucket per key (a token's id or a client IP).
type rateLimiter struct {
	limit rate.Limit
	burst int
	now   func() time.Time

	mu        sync.Mutex
	keys      map[string]*rate.Limiter
	lastSweep time.Time
}

func newRateLimiter(perSecond float64, burst int) *rateLimiter {
	return &rateLimiter{limit: rate.Limit(perSecond), burst: burst, now: time.Now, keys: map[string]*rate.Limiter{}}
}

// allow takes one token from key's bucket; when it is empty it takes none and says how
// long until one is there.
func (l *rateLimiter) allow(key string) (bool, time.Duration) {
	if l.limit <= 0 {
		return true, 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if now.Sub(l.lastSweep) > time.Minute {
		// Forget keys whose bucket has refilled: a full bucket is what a new key gets,
		// so forgetting it changes nothing, and the map cannot grow without bound.
		for k, lim := range l.keys {
			if lim.TokensAt(now) >= float64(l.burst) {
				delete(l.keys, k)
			}
		}
		l.lastSweep = now
	}
	lim, ok := l.keys[key]
	if !ok {
		lim = rate.NewLimiter(l.limit, l.burst)
		l.keys[key] = lim
	}
	r := lim.ReserveN(now, 1)
	if !r.OK() { // only when the burst is below one token
		return false, time.Duration(float64(time.Second) / float64(l.limit))
	}
	if wait := r.DelayFrom(now); wait > 0 {
		// A refused request costs nothing: give the token back.
		r.CancelAt(now)
		return false, wait
	}
	return true, 0
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// depthLimit refuses operations nested deeper than max, counting through fragments.
type depthLimit struct {
	max     int
	refused func()
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string                   { return "DepthLimit" }
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }
func (d depthLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if depth := selectionDepth(oc.Operation.SelectionSet, 0, map[string]bool{}); depth > d.max {
		if d.refused != nil {
			d.refused()
		}
		err := gqlerror.Errorf("the query is nested %d levels deep; at most %d are allowed", depth, d.max)
		err.Extensions = map[string]any{"code": derrors.CodeBadInput}
		return err
	}
	return nil
}

func selectionDepth(set ast.SelectionSet, depth int, visiting map[string]bool) int {
	deepest := depth
	for _, s := range set {
		var d int
		switch s := s.(type) {
		case *ast.Field:
			if len(s.SelectionSet) == 0 {
				d = depth + 1
			} else {
				d = selectionDepth(s.SelectionSet, depth+1, visiting)
			}
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, depth, visiting)
		case *ast.FragmentSpread:
			if s.Definition == nil || visiting[s.Name] {
				continue // a cycle is refused by validation anyway
			}
			visiting[s.Name] = true
			d = selectionDepth(s.Definition.SelectionSet, depth, visiting)
			delete(visiting, s.Name)
		}
		deepest = max(deepest, d)
	}
	return deepest
}

// graphQLError writes an error response in GraphQL's shape for refusals made before the
// GraphQL handler runs.
func graphQLError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, map[string]any{"errors": []map[string]any{{"message": msg, "extensions": map[string]string{"code": code}}}})
}

func retryAfter(d time.Duration) string { return fmt.Sprint(int(math.Ceil(d.Seconds()))) }
