package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/amity-graph/amity/graph"
	"github.com/amity-graph/amity/internal/config"
	"github.com/amity-graph/amity/internal/derrors"
	"github.com/amity-graph/amity/internal/obs"
	"github.com/amity-graph/amity/internal/store"
)

// observed builds a server whose log is kept in a buffer, with the given options.
func observed(t *testing.T, env map[string]string, ping error, opts ...Option) (http.Handler, *bytes.Buffer) {
	t.Helper()
	cfg, err := config.FromEnv(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	logger := slog.New(obs.LogHandler(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	// A real store whose Neo4j is never reached: these queries need only the schema.
	db, err := store.Open(store.Config{URI: "bolt://127.0.0.1:1", Logger: logger})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close(context.Background()) })
	s, err := New(cfg, &graph.Resolver{Store: db, Logger: logger}, fakePinger{ping}, logger, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return s.Handler(), &logs
}

func post(h http.Handler, body string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest("POST", "/query", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// scrape reads /metrics into a map from series ("name{labels}") to value.
func scrape(t *testing.T, h http.Handler) map[string]float64 {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 {
		t.Fatalf("GET /metrics = %d", rec.Code)
	}
	return parseMetrics(t, rec.Body)
}

func parseMetrics(t *testing.T, r io.Reader) map[string]float64 {
	t.Helper()
	out := map[string]float64{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			t.Fatalf("metrics line %q: %v", line, err)
		}
		out[line[:i]] = v
	}
	return out
}

func TestMetricsCountRequests(t *testing.T) {
	h, _ := observed(t, nil, nil)
	const ok = `amity_graphql_requests_total{operation="Hello",outcome="ok"}`
	const bad = `amity_graphql_requests_total{operation="anonymous",outcome="error"}`
	const http200 = `amity_http_requests_total{code="200",route="POST /query"}`
	const parseErr = `amity_graphql_errors_total{code="GRAPHQL_PARSE_FAILED"}`
	before := scrape(t, h)
	for range 3 {
		if rec := post(h, `{"query":"query Hello { __typename }"}`); !strings.Contains(rec.Body.String(), `"__typename":"Query"`) {
			t.Fatalf("query Hello answered %s", rec.Body)
		}
	}
	post(h, `{"query":"{ __typename"}`)
	after := scrape(t, h)
	got := map[string]float64{}
	for _, s := range []string{ok, bad, http200, parseErr} {
		got[s] = after[s] - before[s]
	}
	want := map[string]float64{ok: 3, bad: 1, http200: 4, parseErr: 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("counters moved (-want +got):\n%s", diff)
	}
	for _, s := range []string{"go_goroutines", "process_resident_memory_bytes"} {
		if after[s] <= 0 {
			t.Errorf("%s = %v, want it reported", s, after[s])
		}
	}
}

func TestMetricsCountRefusals(t *testing.T) {
	h, _ := observed(t, map[string]string{"AMITY_MAX_DEPTH": "2", "AMITY_RATE_LIMIT": "1", "AMITY_RATE_BURST": "2"}, nil)
	deep := post(h, `{"query":"{ entity(id: \"x\") { sources { title } } }"}`)
	if !strings.Contains(deep.Body.String(), "nested") {
		t.Fatalf("deep query answered %d %s", deep.Code, deep.Body)
	}
	post(h, `{"query":"{ __typename }"}`)
	limited := post(h, `{"query":"{ __typename }"}`)
	if limited.Code != http.StatusTooManyRequests || !strings.Contains(limited.Body.String(), derrors.CodeRateLimited) {
		t.Fatalf("third request in a burst of 2 answered %d %s", limited.Code, limited.Body)
	}
	m := scrape(t, h)
	for series, want := range map[string]float64{
		`amity_refusals_total{reason="depth"}`:      1,
		`amity_refusals_total{reason="rate_limit"}`: 1,
	} {
		if m[series] != want {
			t.Errorf("%s = %v, want %v", series, m[series], want)
		}
	}
}

func TestOperationNamesAreBounded(t *testing.T) {
	m := obs.NewMetrics()
	var got []string
	for i := range obs.MaxOperationNames + 5 {
		got = append(got, m.Operation("Op"+strconv.Itoa(i)))
	}
	if got[0] != "Op0" || got[obs.MaxOperationNames-1] != "Op"+strconv.Itoa(obs.MaxOperationNames-1) {
		t.Errorf("the first names lost their labels: %v", got[:3])
	}
	for _, g := range got[obs.MaxOperationNames:] {
		if g != obs.Other {
			t.Errorf("name past the cap labelled %q, want %q", g, obs.Other)
		}
	}
	if g := m.Operation("Op0"); g != "Op0" {
		t.Errorf("a known name after the cap labelled %q", g)
	}
	if g := m.Operation(""); g != obs.Anonymous {
		t.Errorf("no name labelled %q", g)
	}
	if g := m.Operation(strings.Repeat("x", 65)); g != obs.Other {
		t.Errorf("a 65-character name labelled %q", g)
	}
}

func TestCypherRefusalReasons(t *testing.T) {
	for msg, want := range map[string]string{
		"query refused: syntax error: Invalid input 'MATCHH'":                           "syntax",
		"query refused: only read-only queries may run, and this one tried to write: x": "not_read_only",
		"query refused: the query needs more memory than a query may use":               "memory",
		"query refused: query failed: / by zero":                                        "query_failed",
		"query refused: CREATE is not allowed: the query must only read":                "guard",
		"id must not be empty": "",
	} {
		got, _ := cypherRefusal(msg)
		if got != want {
			t.Errorf("cypherRefusal(%q) = %q, want %q", msg, got, want)
		}
	}
}

var hexID = regexp.MustCompile(`^[0-9a-f]{32}$`)

func TestRequestIDs(t *testing.T) {
	h, logs := observed(t, nil, errors.New("dial tcp: connection refused"))
	for _, c := range []struct {
		in      string
		keep    bool
		comment string
	}{
		{"req-2024.08.08:hamamatsu/1", true, "safe characters"},
		{"", false, "none sent"},
		{"has space", false, "a space"},
		{"quote\"inject", false, "a quote"},
		{strings.Repeat("a", maxRequestIDLen), true, "at the length cap"},
		{strings.Repeat("a", maxRequestIDLen+1), false, "over the length cap"},
	} {
		logs.Reset()
		req := httptest.NewRequest("GET", "/readyz", nil) // logs a warning with the request's context
		if c.in != "" {
			req.Header.Set(RequestIDHeader, c.in)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		got := rec.Header().Get(RequestIDHeader)
		if c.keep && got != c.in || !c.keep && !hexID.MatchString(got) {
			t.Errorf("%s: sent %q, got back %q", c.comment, c.in, got)
			continue
		}
		lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
		if len(lines) != 2 { // "not ready" and the request line
			t.Errorf("%s: %d log lines, want 2:\n%s", c.comment, len(lines), logs)
		}
		for _, l := range lines {
			if !strings.Contains(l, "request_id="+got) {
				t.Errorf("%s: log line without request_id=%s: %s", c.comment, got, l)
			}
		}
	}
}

func TestReadinessNamesWhatIsMissing(t *testing.T) {
	for _, c := range []struct {
		r    store.Readiness
		want []string
	}{
		{store.Readiness{Entities: true, LoadUnits: 16}, nil},
		{store.Readiness{MissingSchema: []string{"entity_id", "entityNames"}, Entities: true, LoadUnits: 1},
			[]string{"schema not migrated: missing or not online: entity_id, entityNames"}},
		{store.Readiness{}, []string{"data not loaded: the graph holds no entity; run amity-load"}},
		{store.Readiness{Entities: true}, nil}, // written by editors, not the loader
	} {
		if diff := cmp.Diff(c.want, notReady(c.r)); diff != "" {
			t.Errorf("notReady(%+v) (-want +got):\n%s", c.r, diff)
		}
	}
}

func TestPersistedQueriesOnly(t *testing.T) {
	const hello = "query Hello { __typename }"
	dir := t.TempDir()
	file := filepath.Join(dir, "persisted.json")
	b, _ := json.Marshal(map[string]string{sha256Hex(hello): hello})
	if err := os.WriteFile(file, b, 0o600); err != nil {
		t.Fatal(err)
	}
	h, _ := observed(t, map[string]string{"AMITY_PERSISTED_QUERIES": file}, nil)
	for _, c := range []struct {
		name, body, want string
	}{
		{"its text", `{"query":"query Hello { __typename }"}`, `"__typename":"Query"`},
		{"its hash", `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"` + sha256Hex(hello) + `"}}}`, `"__typename":"Query"`},
		{"another query", `{"query":"{ __schema { types { name } } }"}`, derrors.CodeForbidden},
		{"an unknown hash", `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"` + sha256Hex("{ x }") + `"}}}`, derrors.CodeForbidden},
		{"a new query to register", `{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"` + sha256Hex("{ __typename }") + `"}}}`, derrors.CodeForbidden},
	} {
		if rec := post(h, c.body); !strings.Contains(rec.Body.String(), c.want) {
			t.Errorf("%s: %d %s, want %s", c.name, rec.Code, rec.Body, c.want)
		}
	}
	if m := scrape(t, h); m[`amity_refusals_total{reason="not_persisted"}`] != 3 {
		t.Errorf("not_persisted refusals = %v, want 3", m[`amity_refusals_total{reason="not_persisted"}`])
	}

	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"`+sha256Hex("{ x }")+`": "query Hello { __typename }"}`), 0o600)
	cfg, _ := config.FromEnv(func(k string) string { return map[string]string{"AMITY_PERSISTED_QUERIES": bad}[k] })
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	if _, err := New(cfg, &graph.Resolver{Logger: logger}, fakePinger{}, logger); err == nil || !strings.Contains(err.Error(), "is not the sha256 of its query") {
		t.Errorf("an allow-list with a wrong hash gave %v", err)
	}
}

func TestAPQCacheSize(t *testing.T) {
	h, _ := observed(t, map[string]string{"AMITY_APQ_CACHE_SIZE": "1"}, nil)
	register := func(q string) string {
		return post(h, `{"query":"`+q+`","extensions":{"persistedQuery":{"version":1,"sha256Hash":"`+sha256Hex(q)+`"}}}`).Body.String()
	}
	byHash := func(q string) string {
		return post(h, `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"`+sha256Hex(q)+`"}}}`).Body.String()
	}
	register("{ __typename }")
	if got := byHash("{ __typename }"); !strings.Contains(got, `"Query"`) {
		t.Fatalf("a registered query by its hash: %s", got)
	}
	register("query Two { __typename }") // pushes the first out of a cache of one
	if got := byHash("{ __typename }"); !strings.Contains(got, "PersistedQueryNotFound") {
		t.Errorf("an evicted query by its hash: %s", got)
	}
}

func TestGraphQLResponseMediaType(t *testing.T) {
	h, _ := observed(t, nil, nil)
	for _, c := range []struct {
		accept, body string
		status       int
		ctype        string
		hasData      bool
	}{
		{"application/graphql-response+json", `{"query":"{ __typename }"}`, 200, mediaGraphQLResult, true},
		{"application/graphql-response+json", `{"query":"{"}`, 400, mediaGraphQLResult, false},
		{"application/json", `{"query":"{"}`, 200, mediaJSON, true},
		{"application/json", `{"qeury":"{ __typename }"}`, 400, mediaJSON, true},
	} {
		rec := post(h, c.body, "Accept", c.accept)
		var body map[string]json.RawMessage
		json.Unmarshal(rec.Body.Bytes(), &body)
		_, hasData := body["data"]
		if rec.Code != c.status || rec.Header().Get("Content-Type") != c.ctype || hasData != c.hasData {
			t.Errorf("Accept %s, %s: %d %s data=%v; want %d %s data=%v", c.accept, c.body,
				rec.Code, rec.Header().Get("Content-Type"), hasData, c.status, c.ctype, c.hasData)
		}
	}
}

func TestRequestSpans(t *testing.T) {
	rec := tracetest.NewSpanRecorder()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec))
	h, logs := observed(t, nil, nil, WithTracerProvider(tp))
	const parent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
	r := post(h, `{"query":"query Hello { __typename }"}`, "traceparent", parent, RequestIDHeader, "span-test-1")
	if r.Code != 200 {
		t.Fatalf("query answered %d", r.Code)
	}
	spans := rec.Ended()
	if len(spans) != 1 {
		t.Fatalf("%d spans, want the request's", len(spans))
	}
	sp := spans[0]
	attrs := map[string]string{}
	for _, a := range sp.Attributes() {
		attrs[string(a.Key)] = a.Value.Emit()
	}
	got := []string{sp.Name(), sp.SpanContext().TraceID().String(), attrs["amity.request_id"], attrs["graphql.operation.name"], attrs["http.response.status_code"]}
	want := []string{"POST /query", "4bf92f3577b34da6a3ce929d0e0e4736", "span-test-1", "Hello", "200"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("request span (-want +got):\n%s", diff)
	}
	if !strings.Contains(logs.String(), "trace_id=4bf92f3577b34da6a3ce929d0e0e4736") {
		t.Errorf("the request's log line has no trace id:\n%s", logs)
	}
}
