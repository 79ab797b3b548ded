package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/amity-graph/amity/internal/auth"
	"github.com/amity-graph/amity/internal/derrors"
	"github.com/amity-graph/amity/internal/export"
	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// Exporter streams a scope of the graph; the store implements it.
type Exporter interface {
	Export(ctx context.Context, scope store.ExportScope, node func(*kg.Node) error, edge func(kg.Edge) error) error
}

// exportSlots caps the exports running at once in the process: each holds a Neo4j
// transaction for as long as the client reads.
var exportSlots = make(chan struct{}, 2)

// export serves GET /export?format=graphml|gexf|csv|jsonl[&id=<id>&depth=<n>]: an
// entity's neighbourhood (depth 1 unless given), or the whole graph without id,
// streamed as it is read. Callers pass the same door as GraphQL requests (token, rate
// limit); readers may export. A failure before the first byte is a JSON error with its
// code; after it, the connection is cut so a client never takes a cut file for whole.
func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	caller, err := s.tokens.Authenticate(r.Header.Get("Authorization"))
	if err != nil || caller.Role == auth.None {
		w.Header().Set("WWW-Authenticate", `Bearer realm="amity"`)
		graphQLError(w, http.StatusUnauthorized, derrors.CodeUnauthenticated, "a valid bearer token is required")
		return
	}
	if ok, wait := s.limiter.allow("ip:" + clientIP(r)); !ok {
		w.Header().Set("Retry-After", retryAfter(wait))
		graphQLError(w, http.StatusTooManyRequests, derrors.CodeRateLimited, "too many requests; slow down")
		return
	}
	q := r.URL.Query()
	format, err := export.ParseFormat(q.Get("format"))
	if err != nil {
		s.exportError(w, err)
		return
	}
	scope := store.ExportScope{ID: q.Get("id")}
	if scope.ID != "" {
		scope.Depth = 1
		if d := q.Get("depth"); d != "" {
			if scope.Depth, err = strconv.Atoi(d); err != nil {
				s.exportError(w, derrors.New(derrors.InvalidArgument, "depth %q is not a number", d))
				return
			}
		}
	} else if q.Has("depth") {
		s.exportError(w, derrors.New(derrors.InvalidArgument, "depth needs an id; without one the whole graph is exported"))
		return
	}
	exp, ok := s.resolver.Store.(Exporter)
	if !ok {
		graphQLError(w, http.StatusNotImplemented, derrors.CodeInternal, "this server's store cannot export")
		return
	}
	select {
	case exportSlots <- struct{}{}:
		defer func() { <-exportSlots }()
	default:
		w.Header().Set("Retry-After", "10")
		graphQLError(w, http.StatusServiceUnavailable, derrors.CodeUnavailable, "other exports are running; try again shortly")
		return
	}

	name := "amity-graph"
	if scope.ID != "" {
		name = fmt.Sprintf("%s-depth%d", strings.NewReplacer(":", "_", "/", "_").Replace(scope.ID), scope.Depth)
	}
	out := &lazyResponse{w: w, rc: http.NewResponseController(w), window: s.cfg.WriteTimeout, header: func(h http.Header) {
		h.Set("Content-Type", format.ContentType())
		h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s.%s"`, name, format.Ext()))
		h.Set("X-Content-Type-Options", "nosniff")
	}}
	ew, err := export.New(format, out)
	if err == nil {
		ctx := store.WithCaller(r.Context(), caller.ID)
		err = exp.Export(ctx, scope, ew.Node, ew.Edge)
	}
	if err == nil {
		err = ew.Close()
	}
	if err == nil {
		return
	}
	if !out.started {
		s.exportError(w, err)
		return
	}
	s.log.WarnContext(r.Context(), "export cut short", "err", err, "id", scope.ID, "format", format)
	panic(http.ErrAbortHandler) // net/http closes the connection without a clean end
}

func (s *Server) exportError(w http.ResponseWriter, err error) {
	code := derrors.Code(err)
	msg, ok := derrors.CallerMessage(err)
	if !ok {
		s.log.Error("export failed", "err", err)
		msg = "the export failed"
	}
	status := map[string]int{derrors.CodeBadInput: http.StatusBadRequest, derrors.CodeNotFound: http.StatusNotFound,
		derrors.CodeTimeout: http.StatusGatewayTimeout, derrors.CodeUnavailable: http.StatusServiceUnavailable}[code]
	if status == 0 {
		if errors.Is(err, context.Canceled) {
			return // the client went away
		}
		status = http.StatusInternalServerError
	}
	graphQLError(w, status, code, msg)
}

// lazyResponse sends the success headers with the first byte, so an error found before
// any output can still be answered with its own status; each write pushes the write
// deadline on by one window, so an export may run longer than a request but a client
// that stops reading is still dropped.
type lazyResponse struct {
	w       http.ResponseWriter
	rc      *http.ResponseController
	window  time.Duration
	header  func(http.Header)
	started bool
}

func (l *lazyResponse) Write(p []byte) (int, error) {
	if !l.started {
		l.header(l.w.Header())
		l.w.WriteHeader(http.StatusOK)
		l.started = true
	}
	if l.window > 0 {
		_ = l.rc.SetWriteDeadline(time.Now().Add(l.window)) // not every ResponseWriter supports deadlines
	}
	return l.w.Write(p)
}
