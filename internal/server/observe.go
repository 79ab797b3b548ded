package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/vektah/gqlparser/v2/ast"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/trace"
	"go.opentelemetry.io/otel/trace/noop"

	"github.com/amity-graph/amity/internal/derrors"
	"github.com/amity-graph/amity/internal/obs"
	"github.com/amity-graph/amity/internal/store"
)

// Option changes what New builds.
type Option func(*Server)

// WithMetrics makes the server count into m (which the store's hook may share); without
// it the server has metrics of its own.
func WithMetrics(m *obs.Metrics) Option { return func(s *Server) { s.metrics = m } }

// WithTracerProvider makes the server trace requests with tp; without it nothing is
// traced.
func WithTracerProvider(tp trace.TracerProvider) Option { return func(s *Server) { s.tp = tp } }

// RequestIDHeader carries a request's id in and out.
const RequestIDHeader = "X-Request-Id"

// maxRequestIDLen bounds a caller's request id: it is logged and stored in Neo4j's
// transaction metadata, so it must be short and plain.
const maxRequestIDLen = 128

// requestID is the caller's X-Request-Id when it is short and made of safe characters,
// else a new random one.
func requestID(r *http.Request) string {
	if id := r.Header.Get(RequestIDHeader); validRequestID(id) {
		return id
	}
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand never fails on Linux
	return hex.EncodeToString(b[:])
}

func validRequestID(id string) bool {
	if id == "" || len(id) > maxRequestIDLen {
		return false
	}
	for _, c := range []byte(id) {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', strings.IndexByte("-_.:/+=", c) >= 0:
		default:
			return false
		}
	}
	return true
}

// tracePropagator reads a caller's W3C traceparent, so Amity's spans join its trace.
var tracePropagator = propagation.TraceContext{}

// observeRequests gives every request its id (echoed in X-Request-Id, put in the
// context for the log and for Neo4j's transaction metadata), a span when tracing is on,
// and its HTTP metrics and log line.
func (s *Server) observeRequests(next http.Handler) http.Handler {
	tracer := s.tp.Tracer(obs.TracerName)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := requestID(r)
		w.Header().Set(RequestIDHeader, id)
		ctx := store.WithRequestID(r.Context(), id)
		var span trace.Span
		if s.tracing {
			ctx = tracePropagator.Extract(ctx, propagation.HeaderCarrier(r.Header))
			ctx, span = tracer.Start(ctx, r.Method+" "+r.URL.Path, trace.WithSpanKind(trace.SpanKindServer),
				trace.WithAttributes(attribute.String("http.request.method", r.Method), attribute.String("url.path", r.URL.Path),
					attribute.String("amity.request_id", id)))
		}
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		r = r.WithContext(ctx)
		next.ServeHTTP(rec, r)
		route := r.Pattern // set by the mux on this request when a route matched
		if route == "" {
			route = obs.Other
		}
		d := time.Since(start)
		s.metrics.HTTPRequests.WithLabelValues(route, strconv.Itoa(rec.status)).Inc()
		s.metrics.HTTPDuration.WithLabelValues(route).Observe(d.Seconds())
		if span != nil {
			span.SetName(route)
			span.SetAttributes(attribute.Int("http.response.status_code", rec.status))
			if rec.status >= 500 {
				span.SetStatus(codes.Error, http.StatusText(rec.status))
			}
			span.End()
		}
		s.log.DebugContext(ctx, "request", "method", r.Method, "path", r.URL.Path, "status", rec.status, "duration", d)
	})
}

// refused counts a request refused by a limit.
func (s *Server) refused(reason string) { s.metrics.Refusals.WithLabelValues(reason).Inc() }

func (s *Server) metricsHandler() http.Handler {
	return promhttp.HandlerFor(s.metrics.Registry, promhttp.HandlerOpts{})
}

// serveMetrics serves /metrics alone on a listener of its own (AMITY_METRICS_ADDR), so
// an operator can keep it off the public address; stop closes it.
func (s *Server) serveMetrics(addr string) (stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics listener: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", s.metricsHandler())
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second, WriteTimeout: 30 * time.Second}
	go srv.Serve(ln)
	s.log.Info("serving metrics", "addr", "http://"+ln.Addr().String()+"/metrics")
	return func() { srv.Close() }, nil
}

// operationObserver is the gqlgen extension that counts and times operations by name
// and outcome, counts errors by code (and limit refusals among them), and, when
// tracing is on, makes a span for each resolver that reaches the store.
type operationObserver struct {
	s      *Server
	tracer trace.Tracer
}

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = operationObserver{}

func (operationObserver) ExtensionName() string                   { return "Observe" }
func (operationObserver) Validate(graphql.ExecutableSchema) error { return nil }

func (o operationObserver) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	m := o.s.metrics
	name, start := "", time.Now()
	if graphql.HasOperationContext(ctx) {
		oc := graphql.GetOperationContext(ctx)
		name = oc.OperationName
		if oc.Operation != nil && oc.Operation.Name != "" {
			name = oc.Operation.Name
		}
		if !oc.Stats.OperationStart.IsZero() {
			start = oc.Stats.OperationStart
		}
	}
	op := m.Operation(name)
	outcome := "ok"
	if resp != nil && len(resp.Errors) > 0 {
		outcome = "error"
		if len(resp.Data) > 0 && string(resp.Data) != "null" {
			outcome = "partial"
		}
		for _, e := range resp.Errors {
			code, _ := e.Extensions["code"].(string)
			m.GraphQLErrors.WithLabelValues(m.ErrorCode(code)).Inc()
			switch {
			case code == derrors.CodeTooComplex:
				o.s.refused("complexity")
			case code == derrors.CodeTooLarge:
				o.s.refused("response_items")
			case code == derrors.CodeBadInput && len(e.Path) > 0 && e.Path[0] == ast.PathName("cypher"):
				if reason, ok := cypherRefusal(e.Message); ok {
					m.CypherRefusals.WithLabelValues(reason).Inc()
				}
			}
		}
	}
	m.GraphQLRequests.WithLabelValues(op, outcome).Inc()
	m.GraphQLDuration.WithLabelValues(op).Observe(time.Since(start).Seconds())
	if span := trace.SpanFromContext(ctx); span.IsRecording() {
		span.SetAttributes(attribute.String("graphql.operation.name", op), attribute.String("amity.outcome", outcome))
	}
	return resp
}

// cypherRefusal names the reason of an ad-hoc Cypher refusal from its message (the
// store's refusals say "query refused: <reason>"), in a few words a label may take.
func cypherRefusal(msg string) (string, bool) {
	reason, ok := strings.CutPrefix(msg, "query refused: ")
	if !ok {
		return "", false
	}
	for _, r := range []struct{ prefix, label string }{
		{"syntax error", "syntax"},
		{"only read-only queries", "not_read_only"},
		{"the query needs more memory", "memory"},
		{"query failed", "query_failed"},
	} {
		if strings.HasPrefix(reason, r.prefix) {
			return r.label, true
		}
	}
	return "guard", true
}

// resolverSpans makes a span for each resolver that reaches the store (obs.WithPendingSpan).
type resolverSpans struct{ tracer trace.Tracer }

var _ interface {
	graphql.HandlerExtension
	graphql.FieldInterceptor
} = resolverSpans{}

func (resolverSpans) ExtensionName() string                   { return "ResolverSpans" }
func (resolverSpans) Validate(graphql.ExecutableSchema) error { return nil }

func (t resolverSpans) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !fc.IsResolver {
		return next(ctx)
	}
	ctx, end := obs.WithPendingSpan(ctx, t.tracer, fc.Object+"."+fc.Field.Name,
		attribute.String("graphql.field.path", fc.Path().String()))
	res, err := next(ctx)
	end(err)
	return res, err
}

// noTracing is the tracer provider of a server not told of one.
var noTracing trace.TracerProvider = noop.NewTracerProvider()
