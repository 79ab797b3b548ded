package obs

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/prometheus/client_golang/prometheus/testutil"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/amity-graph/amity/internal/store"
)

// TestStatementHook runs the hook as the store does, under a resolver's pending span and
// outside one, and checks the counters and the spans it leaves.
func TestStatementHook(t *testing.T) {
	rec := tracetest.NewSpanRecorder()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec))
	m := NewMetrics()
	hook := m.StatementHook(tp)
	tracer := tp.Tracer(TracerName)

	ctx, request := tracer.Start(context.Background(), "POST /query")
	rctx, end := WithPendingSpan(ctx, tracer, "Query.search")
	_, done := hook(rctx, "search")
	done(7, nil)
	_, done = hook(rctx, "search") // a second statement of the same resolver
	done(0, errors.New("boom"))
	end(nil)
	idle, endIdle := WithPendingSpan(ctx, tracer, "Query.stats") // never reaches the store
	endIdle(nil)
	_, done = hook(idle, "stats") // too late: its resolver has ended
	done(1, nil)
	request.End()

	got := map[string]float64{
		"search ok":    testutil.ToFloat64(m.Statements.WithLabelValues("search", "ok")),
		"search error": testutil.ToFloat64(m.Statements.WithLabelValues("search", "error")),
		"search rows":  testutil.ToFloat64(m.StatementRows.WithLabelValues("search")),
		"stats ok":     testutil.ToFloat64(m.Statements.WithLabelValues("stats", "ok")),
	}
	want := map[string]float64{"search ok": 1, "search error": 1, "search rows": 7, "stats ok": 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("counters (-want +got):\n%s", diff)
	}

	names := map[string]string{}
	for _, s := range rec.Ended() {
		names[s.SpanContext().SpanID().String()] = s.Name()
	}
	var spans []string
	for _, s := range rec.Ended() {
		spans = append(spans, s.Name()+" < "+names[s.Parent().SpanID().String()])
	}
	wantSpans := []string{"neo4j search < Query.search", "neo4j search < Query.search", "Query.search < POST /query",
		"neo4j stats < POST /query", "POST /query < "}
	if diff := cmp.Diff(wantSpans, spans); diff != "" {
		t.Errorf("spans, child < parent (-want +got):\n%s", diff)
	}
}

func TestLoadsAreCached(t *testing.T) {
	m := NewMetrics()
	calls := 0
	m.Loads(func(context.Context) (store.Readiness, error) {
		calls++
		return store.Readiness{LoadUnits: 16, LoadedRecords: 226409, LastLoad: time.Unix(1796030989, 0)}, nil
	}, time.Hour)
	for range 3 {
		mfs, err := m.Registry.Gather()
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]float64{}
		for _, mf := range mfs {
			if strings.HasPrefix(mf.GetName(), "amity_load_") {
				got[mf.GetName()] = mf.GetMetric()[0].GetGauge().GetValue()
			}
		}
		want := map[string]float64{"amity_load_units": 16, "amity_load_records": 226409, "amity_load_last_timestamp_seconds": 1796030989}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("load metrics (-want +got):\n%s", diff)
		}
	}
	if calls != 1 {
		t.Errorf("three scrapes read the graph %d times, want once within the ttl", calls)
	}
}

func TestLogHandlerStampsIDs(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(LogHandler(slog.NewTextHandler(&buf, nil))).With("component", "test")
	tp := sdktrace.NewTracerProvider()
	ctx, span := tp.Tracer(TracerName).Start(store.WithRequestID(context.Background(), "req-42"), "x")
	defer span.End()
	log.InfoContext(ctx, "with ids")
	log.Info("without")
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if !strings.Contains(lines[0], "request_id=req-42") || !strings.Contains(lines[0], "trace_id="+span.SpanContext().TraceID().String()) ||
		!strings.Contains(lines[0], "component=test") {
		t.Errorf("line with a request's context: %s", lines[0])
	}
	if strings.Contains(lines[1], "request_id") || strings.Contains(lines[1], "trace_id") {
		t.Errorf("line without a context: %s", lines[1])
	}
}

func TestReservedOperationsKeepTheirNames(t *testing.T) {
	m := NewMetrics()
	for i := range MaxOperationNames {
		m.Operation("Early" + string(rune('A'+i%26)) + strings.Repeat("x", i/26))
	}
	m.ReserveOperations([]string{"Persisted"})
	if got := m.Operation("Persisted"); got != "Persisted" {
		t.Errorf("a reserved name after the cap got %q", got)
	}
	if got := m.Operation("Late"); got != Other {
		t.Errorf("an unreserved name after the cap got %q", got)
	}
}

// TestTracingExportsOverOTLP points the exporter at a local OTLP/HTTP receiver and checks
// that a span reaches it; without an endpoint nothing is recorded.
func TestTracingExportsOverOTLP(t *testing.T) {
	off, _, err := Tracing(context.Background(), "")
	if err != nil || Enabled(off) {
		t.Fatalf("tracing without an endpoint: enabled=%v err=%v", Enabled(off), err)
	}
	got := make(chan string, 10)
	recv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		got <- r.Method + " " + r.URL.Path + " " + r.Header.Get("Content-Type") + " " + strconv.FormatBool(bytes.Contains(body, []byte("neo4j search")))
	}))
	defer recv.Close()
	t.Setenv("OTEL_EXPORTER_OTLP_ENDPOINT", recv.URL)
	tp, shutdown, err := Tracing(context.Background(), recv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if !Enabled(tp) {
		t.Fatal("tracing with an endpoint is not enabled")
	}
	_, done := NewMetrics().StatementHook(tp)(context.Background(), "search")
	done(3, nil)
	if err := shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	select {
	case g := <-got:
		if g != "POST /v1/traces application/x-protobuf true" {
			t.Errorf("the receiver got %q", g)
		}
	default:
		t.Error("no span reached the OTLP receiver")
	}
}
