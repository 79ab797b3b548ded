package obs

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
	"go.opentelemetry.io/otel/trace/noop"

	"github.com/amity-graph/amity/internal/store"
)

// TracerName names the spans Amity makes.
const TracerName = "github.com/amity-graph/amity"

// Tracing returns the tracer provider: a no-op one unless endpoint is set, else one that
// batches spans to that OTLP/HTTP collector (the exporter reads the other OTEL_*
// variables, such as headers and TLS, itself). shutdown flushes what is left.
func Tracing(ctx context.Context, endpoint string) (tp trace.TracerProvider, shutdown func(context.Context) error, err error) {
	if endpoint == "" {
		return noop.NewTracerProvider(), func(context.Context) error { return nil }, nil
	}
	exp, err := otlptracehttp.New(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("otlp trace exporter: %w", err)
	}
	res, err := resource.New(ctx,
		resource.WithAttributes(attribute.String("service.name", "amity")),
		resource.WithFromEnv(), // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win
		resource.WithTelemetrySDK())
	if err != nil {
		return nil, nil, fmt.Errorf("trace resource: %w", err)
	}
	p := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp), sdktrace.WithResource(res))
	return p, p.Shutdown, nil
}

// Enabled says whether tp records spans, so the server can skip per-field work when
// tracing is off.
func Enabled(tp trace.TracerProvider) bool {
	_, isNoop := tp.(noop.TracerProvider)
	return !isNoop
}

// StatementHook is the store's hook: it counts and times every statement by store
// method and, when tracing is on, makes a span for it named after the method, with the
// rows it returned, as a child of the resolver's span (see WithPendingSpan).
func (m *Metrics) StatementHook(tp trace.TracerProvider) store.StatementHook {
	tracer := tp.Tracer(TracerName)
	return func(ctx context.Context, op string) (context.Context, func(int, error)) {
		start := time.Now()
		ctx = startPending(ctx)
		ctx, span := tracer.Start(ctx, "neo4j "+op, trace.WithSpanKind(trace.SpanKindClient),
			trace.WithAttributes(attribute.String("db.system.name", "neo4j"), attribute.String("db.operation.name", op)))
		return ctx, func(rows int, err error) {
			outcome := "ok"
			if err != nil {
				outcome = "error"
				// The driver's message may quote user values; the status says only that it failed.
				span.SetStatus(codes.Error, "statement failed")
			}
			m.Statements.WithLabelValues(op, outcome).Inc()
			m.StatementDuration.WithLabelValues(op).Observe(time.Since(start).Seconds())
			m.StatementRows.WithLabelValues(op).Add(float64(rows))
			span.SetAttributes(attribute.Int("db.response.returned_rows", rows))
			span.End()
		}
	}
}

// pendingSpan is a resolver's span, made only if the resolver reaches the store: most
// fields never do, and a span each would swamp a trace.
type pendingSpan struct {
	parent context.Context
	tracer trace.Tracer
	name   string
	attrs  []attribute.KeyValue
	start  time.Time

	once sync.Once
	ctx  context.Context
	span trace.Span
}

type pendingKey struct{}

// WithPendingSpan prepares a span named name that starts (back-dated to now) when the
// first statement runs under the returned context; end ends it if it started.
func WithPendingSpan(ctx context.Context, tracer trace.Tracer, name string, attrs ...attribute.KeyValue) (_ context.Context, end func(err error)) {
	p := &pendingSpan{parent: ctx, tracer: tracer, name: name, attrs: attrs, start: time.Now()}
	return context.WithValue(ctx, pendingKey{}, p), func(err error) {
		p.once.Do(func() {}) // a statement starting after this makes no span
		if p.span != nil {
			if err != nil {
				p.span.SetStatus(codes.Error, "resolver failed")
			}
			p.span.End()
		}
	}
}

// startPending starts the span of the resolver whose context ctx is, if any, and returns
// the context to run the statement under.
func startPending(ctx context.Context) context.Context {
	p, ok := ctx.Value(pendingKey{}).(*pendingSpan)
	if !ok {
		return ctx
	}
	p.once.Do(func() {
		p.ctx, p.span = p.tracer.Start(p.parent, p.name, trace.WithTimestamp(p.start), trace.WithAttributes(p.attrs...))
	})
	if p.span == nil {
		return ctx
	}
	return trace.ContextWithSpan(ctx, p.span)
}

// LogHandler stamps every record logged with a request's context with its request id
// (store.WithRequestID) and, when tracing is on, its trace and span ids.
func LogHandler(h slog.Handler) slog.Handler { return logHandler{h} }

type logHandler struct{ slog.Handler }

func (h logHandler) Handle(ctx context.Context, r slog.Record) error {
	if id := store.RequestID(ctx); id != "" {
		r.AddAttrs(slog.String("request_id", id))
	}
	if sc := trace.SpanContextFromContext(ctx); sc.IsValid() {
		r.AddAttrs(slog.String("trace_id", sc.TraceID().String()), slog.String("span_id", sc.SpanID().String()))
	}
	return h.Handler.Handle(ctx, r)
}

func (h logHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return logHandler{h.Handler.WithAttrs(as)}
}

func (h logHandler) WithGroup(name string) slog.Handler { return logHandler{h.Handler.WithGroup(name)} }
