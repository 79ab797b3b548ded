//go:build integration

package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"
	"go.opentelemetry.io/otel/trace/noop"

	"github.com/amity-graph/amity/graph"
	"github.com/amity-graph/amity/internal/config"
	"github.com/amity-graph/amity/internal/derrors"
	"github.com/amity-graph/amity/internal/load"
	"github.com/amity-graph/amity/internal/obs"
	"github.com/amity-graph/amity/internal/server"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/testdb"
	"github.com/amity-graph/amity/internal/write"
)

// db holds the curated facts (see TestMain); tests that change it put it back.
var db *store.Store

func TestMain(m *testing.M) {
	testdb.Main(m.Run, loadCurated, func(s *store.Store) { db = s })
}

// loadCurated loads the curated facts as amity-load does, with a :LoadUnit per file.
func loadCurated(ctx context.Context) (*store.Store, error) {
	st, err := testdb.Open(ctx)
	if err != nil {
		return nil, err
	}
	units, _, err := load.Units(filepath.Join(testdb.RepoRoot(), "data"), true)
	if err == nil {
		_, err = write.Load(ctx, st, units, write.Options{SkipUnchanged: true})
	}
	if err != nil {
		st.Close(ctx)
		return nil, err
	}
	return st, nil
}

const analystToken = "analyst-token-for-observe-tests"

// live is a real server on a loopback port over the test database, with its own store
// (so its statement hook and metrics are the server's), wired as cmd/amity wires them.
type live struct {
	base string
	logs *syncBuffer
}

func startLive(t *testing.T, env map[string]string, tp trace.TracerProvider) live {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	all := map[string]string{"AMITY_TOKENS": "analyst:" + analystToken, "AMITY_RATE_LIMIT": "0"}
	maps.Copy(all, env)
	cfg, err := config.FromEnv(func(k string) string { return all[k] })
	if err != nil {
		t.Fatal(err)
	}
	logs := new(syncBuffer)
	logger := slog.New(obs.LogHandler(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	sc, err := testdb.Config(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if tp == nil {
		tp = noop.NewTracerProvider()
	}
	m := obs.NewMetrics()
	sc.Logger, sc.Hook = logger, m.StatementHook(tp)
	st, err := store.Open(sc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close(context.Background()) })
	m.Pool(st.PoolStats)
	m.Loads(st.Readiness, time.Millisecond)
	cfg.Store = sc
	srv, err := server.New(cfg, &graph.Resolver{Store: st, Logger: logger}, st, logger, server.WithMetrics(m), server.WithTracerProvider(tp))
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ctx, ln)
	return live{base: "http://" + ln.Addr().String(), logs: logs}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type gqlResult struct {
	Data   map[string]json.RawMessage
	Errors []struct {
		Message    string
		Path       []any
		Extensions map[string]any
	}
}

func (r gqlResult) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// query posts a GraphQL request; header holds name, value pairs.
func (l live) query(ctx context.Context, t *testing.T, client *http.Client, q string, header ...string) (gqlResult, *http.Response) {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": q})
	req, err := http.NewRequestWithContext(ctx, "POST", l.base+"/query", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return gqlResult{}, nil
		}
		t.Fatalf("%s: %v", q, err)
	}
	defer resp.Body.Close()
	var r gqlResult
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatalf("%s: status %d, body not JSON: %v", q, resp.StatusCode, err)
	}
	return r, resp
}

func (l live) scrape(t *testing.T) map[string]float64 {
	t.Helper()
	resp, err := http.Get(l.base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	return server.ParseMetrics(t, resp.Body)
}

// TestIntegrationMetricsMove makes real queries and watches the counters of each layer
// move by what those queries did.
func TestIntegrationMetricsMove(t *testing.T) {
	l := startLive(t, nil, nil)
	ctx := context.Background()
	before := l.scrape(t)
	for range 3 {
		r, _ := l.query(ctx, t, http.DefaultClient, `query Shenyang { entity(id: "city:cn:shenyang") { name } }`)
		if !strings.Contains(string(r.Data["entity"]), `"Shenyang"`) {
			t.Fatalf("entity answered %s %v", r.Data["entity"], r.Errors)
		}
	}
	auth := []string{"Authorization", "Bearer " + analystToken}
	if r, _ := l.query(ctx, t, http.DefaultClient, `query Write { cypher(query: "CREATE (n:X) RETURN n") { rows } }`, auth...); r.code() != derrors.CodeBadInput {
		t.Errorf("a writing cypher query answered %+v", r.Errors)
	}
	if r, _ := l.query(ctx, t, http.DefaultClient, `query Typo { cypher(query: "MATCH (n) RETURN n SKIPP 1") { rows } }`, auth...); r.code() != derrors.CodeBadInput {
		t.Errorf("a cypher query with a syntax error answered %+v", r.Errors)
	}
	if r, _ := l.query(ctx, t, http.DefaultClient, `query Count { cypher(query: "MATCH (c:City {id: 'city:cn:shenyang'}) RETURN c.name AS name") { rows } }`, auth...); !strings.Contains(string(r.Data["cypher"]), "Shenyang") {
		t.Errorf("a cypher query answered %s %+v", r.Data["cypher"], r.Errors)
	}
	if r, _ := l.query(ctx, t, http.DefaultClient, `query Huge { search(query: "a", first: 100000) { entity { id } } }`); r.code() != derrors.CodeTooComplex {
		t.Errorf("a too costly query answered %+v", r.Errors)
	}
	after := l.scrape(t)
	want := map[string]float64{
		`amity_graphql_requests_total{operation="Shenyang",outcome="ok"}`:      3,
		`amity_neo4j_statements_total{op="nodes by id",outcome="ok"}`:          3,
		`amity_neo4j_rows_total{op="nodes by id"}`:                             3,
		`amity_neo4j_statement_duration_seconds_count{op="nodes by id"}`:       3,
		`amity_http_requests_total{code="200",route="POST /query"}`:            7,
		`amity_neo4j_statements_total{op="adhoc-cypher",outcome="ok"}`:         1,
		`amity_neo4j_rows_total{op="adhoc-cypher"}`:                            1,
		`amity_cypher_refusals_total{reason="guard"}`:                          1,
		`amity_cypher_refusals_total{reason="syntax"}`:                         1,
		`amity_refusals_total{reason="complexity"}`:                            1,
		`amity_graphql_errors_total{code="COMPLEXITY_LIMIT_EXCEEDED"}`:         1,
		`amity_graphql_requests_total{operation="Write",outcome="error"}`:      1,
		`amity_graphql_requests_total{operation="Huge",outcome="error"}`:       1,
		`amity_neo4j_statements_total{op="relations page",outcome="ok"}`:       0,
		`amity_neo4j_statements_total{op="neighbors PARTNER_OF",outcome="ok"}`: 0,
	}
	got := map[string]float64{}
	for k := range want {
		got[k] = after[k] - before[k]
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("counters moved (-want +got):\n%s", diff)
	}
	if after["amity_load_units"] < 1 || after["amity_load_records"] < 100 {
		t.Errorf("load summary: %v units, %v records; want the curated files", after["amity_load_units"], after["amity_load_records"])
	}
	// The scrape itself reads the load summary, so one session may be in use.
	if after["amity_neo4j_pool_max_connections"] != 100 || after["amity_neo4j_pool_in_use"] > 1 {
		t.Errorf("pool: max %v, in use %v; want the driver's default 100 and at most the scrape's own", after["amity_neo4j_pool_max_connections"], after["amity_neo4j_pool_in_use"])
	}
}

// TestIntegrationRequestIDInShowTransactions sends a slow ad-hoc query with a request id
// and finds that id, from a second session, in SHOW TRANSACTIONS' metadata.
func TestIntegrationRequestIDInShowTransactions(t *testing.T) {
	l := startLive(t, map[string]string{"AMITY_CYPHER_TIMEOUT": "60s", "AMITY_REQUEST_TIMEOUT": "90s"}, nil)
	id := fmt.Sprintf("it-show-tx-%d", time.Now().UnixNano())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan struct{})
	go func() {
		defer close(done)
		l.query(ctx, t, http.DefaultClient, `{ cypher(query: "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n") { rows } }`,
			"Authorization", "Bearer "+analystToken, server.RequestIDHeader, id)
	}()

	sc, err := testdb.Config(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	drv, err := neo4j.NewDriverWithContext(sc.URI, neo4j.BasicAuth(sc.User, sc.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(context.Background())
	var meta map[string]any
	deadline := time.Now().Add(30 * time.Second)
	for meta == nil {
		if time.Now().After(deadline) {
			t.Fatal("the request's transaction never showed in SHOW TRANSACTIONS")
		}
		res, err := neo4j.ExecuteQuery(context.Background(), drv,
			"SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.requestId = $id RETURN metaData, currentQuery",
			map[string]any{"id": id}, neo4j.EagerResultTransformer)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res.Records {
			q, _ := r.Values[1].(string)
			if strings.Contains(q, "range(1, 2000000000)") {
				meta, _ = r.Values[0].(map[string]any)
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel() // the server cancels the transaction with the request
	<-done
	// A request its caller gave up is counted apart from internal errors.
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		m := l.scrape(t)
		if m[`amity_graphql_errors_total{code="CANCELLED"}`] == 1 {
			if n := m[`amity_graphql_errors_total{code="INTERNAL"}`]; n != 0 {
				t.Errorf("%v internal errors after a cancelled request", n)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Errorf("the cancelled request was not counted as CANCELLED: %v", m[`amity_graphql_errors_total{code="INTERNAL"}`])
			break
		}
	}
	want := map[string]any{"app": "amity", "op": "adhoc-cypher", "caller": meta["caller"], "requestId": id}
	if diff := cmp.Diff(want, meta); diff != "" {
		t.Errorf("transaction metadata (-want +got):\n%s", diff)
	}
	if c, _ := meta["caller"].(string); c == "" || c == "system" || c == "anonymous" {
		t.Errorf("caller %q, want the analyst's token id", c)
	}
}

// TestIntegrationSpans records the spans of one query with the SDK's own recorder: the
// request, the resolver that reached the store, and its statement with the rows.
func TestIntegrationSpans(t *testing.T) {
	rec := tracetest.NewSpanRecorder()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec))
	l := startLive(t, nil, tp)
	// search is a root resolver that asks the store itself (entity goes through a loader,
	// whose batched statement belongs to the request rather than to one resolver).
	r, resp := l.query(context.Background(), t, http.DefaultClient, `query Find { search(query: "Shenyang", first: 1) { entity { id } } }`)
	if !strings.Contains(string(r.Data["search"]), "city:cn:shenyang") {
		t.Fatalf("search answered %s %v", r.Data["search"], r.Errors)
	}
	type span struct{ Name, Parent, Rows, Op string }
	byID := map[string]string{}
	var got []span
	ended := rec.Ended()
	for _, s := range ended {
		byID[s.SpanContext().SpanID().String()] = s.Name()
	}
	for _, s := range ended {
		sp := span{Name: s.Name(), Parent: byID[s.Parent().SpanID().String()]}
		for _, a := range s.Attributes() {
			switch a.Key {
			case "db.response.returned_rows":
				sp.Rows = a.Value.Emit()
			case "graphql.operation.name":
				sp.Op = a.Value.Emit()
			}
		}
		got = append(got, sp)
	}
	slices.SortFunc(got, func(a, b span) int { return strings.Compare(a.Name, b.Name) })
	want := []span{
		{Name: "POST /query", Op: "Find"},
		{Name: "Query.search", Parent: "POST /query"},
		{Name: "neo4j search", Parent: "Query.search", Rows: "1"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("spans (-want +got):\n%s", diff)
	}
	traceID := ended[0].SpanContext().TraceID().String()
	for _, line := range strings.Split(strings.TrimSpace(l.logs.String()), "\n") {
		if strings.Contains(line, "msg=request ") && !strings.Contains(line, "trace_id="+traceID) {
			t.Errorf("request log line without the trace id %s: %s", traceID, line)
		}
	}
	if resp.Header.Get(server.RequestIDHeader) == "" {
		t.Error("no request id in the response")
	}
}

// TestIntegrationReadiness: ready over the loaded graph, and not ready, naming the
// index, while one of the schema's indexes is missing.
func TestIntegrationReadiness(t *testing.T) {
	l := startLive(t, nil, nil)
	ready := func() (int, map[string]any) {
		resp, err := http.Get(l.base + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var body map[string]any
		json.NewDecoder(resp.Body).Decode(&body)
		return resp.StatusCode, body
	}
	if code, body := ready(); code != 200 || body["loadUnits"].(float64) < 1 {
		t.Fatalf("readyz over the loaded graph: %d %v", code, body)
	}
	ctx := context.Background()
	sc, _ := testdb.Config(ctx)
	drv, err := neo4j.NewDriverWithContext(sc.URI, neo4j.BasicAuth(sc.User, sc.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	if _, err := neo4j.ExecuteQuery(ctx, drv, "DROP INDEX event_date IF EXISTS", nil, neo4j.EagerResultTransformer); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Migrate(context.Background()); err != nil {
			t.Errorf("put the schema back: %v", err)
		}
	})
	code, body := ready()
	if code != 503 || !strings.Contains(fmt.Sprint(body["reason"]), "schema not migrated: missing or not online: event_date") {
		t.Errorf("readyz without the event_date index: %d %v", code, body)
	}
}

// TestIntegrationLimitsAnswerWithErrors: a request over a limit gets its GraphQL error
// on a connection that stays open, and the next request on it is answered.
func TestIntegrationLimitsAnswerWithErrors(t *testing.T) {
	l := startLive(t, map[string]string{"AMITY_CYPHER_TIMEOUT": "1s", "AMITY_MAX_DEPTH": "6"}, nil)
	tr := &http.Transport{MaxConnsPerHost: 1}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}
	auth := []string{"Authorization", "Bearer " + analystToken}
	ctx := context.Background()
	for _, c := range []struct {
		name, query string
		header      []string
		code        string
	}{
		{"complexity", `{ search(query: "a", first: 100000) { entity { id } } }`, nil, derrors.CodeTooComplex},
		{"depth", `{ entity(id: "city:cn:shenyang") { relations(first: 1) { edges { node { other { relations(first: 1) { edges { node { type } } } } } } } } }`, nil, derrors.CodeBadInput},
		{"cypher timeout", `{ cypher(query: "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)") { rows } }`, auth, derrors.CodeTimeout},
		{"answered after", `{ entity(id: "city:cn:shenyang") { name } }`, nil, ""},
	} {
		r, resp := l.query(ctx, t, client, c.query, c.header...)
		if r.code() != c.code || resp.StatusCode >= 500 {
			t.Errorf("%s: status %d, code %q (%v), want %q", c.name, resp.StatusCode, r.code(), r.Errors, c.code)
		}
	}
}

// TestIntegrationGraphQLOverHTTPAudit runs graphql-http's server audits (pinned in
// testdata/graphql-http) against the real server: no audit may fail or warn. Notices are
// the spec's MAY items; the exact set is asserted so a change is seen.
func TestIntegrationGraphQLOverHTTPAudit(t *testing.T) {
	for _, tool := range []string{"node", "npm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("the GraphQL over HTTP audit needs %s (Node 20+): %v", tool, err)
		}
	}
	dir, err := filepath.Abs(filepath.Join("testdata", "graphql-http"))
	if err != nil {
		t.Fatal(err)
	}
	npm := exec.Command("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline", "--cache", filepath.Join(dir, ".npm-cache"))
	npm.Dir = dir
	if out, err := npm.CombinedOutput(); err != nil {
		t.Fatalf("npm ci: %v\n%s", err, out)
	}
	l := startLive(t, nil, nil)
	node := exec.Command("node", "audit.mjs", l.base+"/query")
	node.Dir = dir
	node.Stderr = os.Stderr
	out, err := node.Output()
	if err != nil {
		t.Fatalf("node audit.mjs: %v", err)
	}
	var results []struct{ ID, Name, Status, Reason string }
	if err := json.Unmarshal(out, &results); err != nil {
		t.Fatalf("audit output: %v\n%s", err, out)
	}
	byStatus := map[string][]string{}
	for _, r := range results {
		if r.Status != "ok" {
			byStatus[r.Status] = append(byStatus[r.Status], r.ID+" "+r.Name+": "+r.Reason)
		}
	}
	if diff := cmp.Diff(map[string][]string{}, byStatus); diff != "" {
		t.Errorf("audits that did not pass (-want +got):\n%s", diff)
	}
	if len(results) < 60 {
		t.Errorf("%d audits ran, want graphql-http 1.23.1's 61", len(results))
	}
	t.Logf("graphql-http audit: %d audits, all ok", len(results))
}
