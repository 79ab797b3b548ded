//go:build integration

// The integration tests of ad-hoc Cypher run against the real test Neo4j. They are in
// package store_test because internal/testdb imports package store. They write only
// nodes labelled AdhocTest (and delete them afterwards), so they can share the test
// database with other tests of this package; they do not wipe it.
package store_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/derrors"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/store/cypherguard"
	"github.com/amity-graph/amity/internal/testdb"
)

var (
	adhocOnce  sync.Once
	adhocStore *store.Store
	adhocErr   error
)

// adhocDB connects once to the migrated test database. It does not call testdb.Open,
// which empties the database, so that it cannot pull data from under other tests of
// the package.
func adhocDB(t *testing.T) *store.Store {
	t.Helper()
	adhocOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		cfg, err := testdb.Config(ctx)
		if err != nil {
			adhocErr = err
			return
		}
		db, err := store.Open(cfg)
		if err == nil {
			err = db.Ping(ctx)
		}
		if err == nil {
			err = db.Migrate(ctx)
		}
		adhocStore, adhocErr = db, err
	})
	if adhocErr != nil {
		t.Fatalf("integration tests need the test Neo4j: %v", adhocErr)
	}
	return adhocStore
}

func adhocCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(store.WithCaller(context.Background(), "adhoc-test"), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// seedAdhoc writes a small graph, a -> b -> c, and filler nodes, all labelled AdhocTest.
func seedAdhoc(t *testing.T, db *store.Store, filler int) {
	t.Helper()
	ctx := adhocCtx(t)
	clear := func() error { return db.WriteForTest(ctx, "MATCH (n:AdhocTest) DETACH DELETE n", nil) }
	if err := clear(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := clear(); err != nil {
			t.Errorf("clean up: %v", err)
		}
	})
	err := db.WriteForTest(ctx, `CREATE (a:AdhocTest {id: 'a', name: 'Alpha', born: date('2020-01-02'), tags: ['x', 'y']})
CREATE (b:AdhocTest {id: 'b', name: 'Beta'})
CREATE (c:AdhocTest {id: 'c', name: 'Gamma'})
CREATE (a)-[:ADHOC_REL {since: 2001, weight: 1.5}]->(b)
CREATE (b)-[:ADHOC_REL {since: 2002}]->(c)
WITH 1 AS one
UNWIND range(1, $filler) AS i
CREATE (:AdhocTest {id: 'filler-' + i})`, map[string]any{"filler": filler})
	if err != nil {
		t.Fatal(err)
	}
}

// fingerprint counts what the tests write, and what an escaped write would leave.
func fingerprint(t *testing.T, db *store.Store) string {
	t.Helper()
	ctx := adhocCtx(t)
	res, err := db.RunReadOnly(ctx, `MATCH (n:AdhocTest)
WITH count(n) AS nodes, count(n.evil) AS evil
OPTIONAL MATCH (:AdhocTest)-[r]->()
WITH nodes, evil, count(r) AS rels
CALL db.labels() YIELD label
WITH nodes, evil, rels, collect(label) AS labels
CALL db.propertyKeys() YIELD propertyKey
WITH nodes, evil, rels, labels, collect(propertyKey) AS keys
RETURN nodes, evil, rels, 'AdhocEvil' IN labels AS evilLabel, 'adhocEvilProperty' IN keys AS evilKey`, nil, store.AdhocOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprint(res.Rows)
}

func mustRun(t *testing.T, db *store.Store, query string, params map[string]any, opt store.AdhocOptions) store.AdhocResult {
	t.Helper()
	res, err := db.RunReadOnly(adhocCtx(t), query, params, opt)
	if err != nil {
		t.Fatalf("RunReadOnly(%q): %v", query, err)
	}
	return res
}

func refusal(t *testing.T, err error) string {
	t.Helper()
	var r *cypherguard.Refusal
	if !errors.As(err, &r) {
		t.Fatalf("got %v, want a *cypherguard.Refusal", err)
	}
	return r.Reason
}

func TestAdhocRead(t *testing.T) {
	db := adhocDB(t)
	seedAdhoc(t, db, 0)
	res := mustRun(t, db, `MATCH (a:AdhocTest)-[r:ADHOC_REL]->(b:AdhocTest)
// comments and strings that mention CREATE; are fine
RETURN a.id AS from, type(r) AS type, b.id AS to, 'CREATE; DELETE' AS s ORDER BY from`, nil, store.AdhocOptions{})
	want := store.AdhocResult{
		Columns: []string{"from", "type", "to", "s"},
		Rows:    [][]any{{"a", "ADHOC_REL", "b", "CREATE; DELETE"}, {"b", "ADHOC_REL", "c", "CREATE; DELETE"}},
	}
	if diff := cmp.Diff(want, res); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}

	// A bounded path, a subquery and an allowed procedure.
	res = mustRun(t, db, `MATCH p = (a:AdhocTest {id: 'a'})-[:ADHOC_REL*1..2]->(x)
CALL (x) { RETURN x.name AS name }
RETURN name, length(p) AS hops ORDER BY hops`, nil, store.AdhocOptions{})
	if diff := cmp.Diff([][]any{{"Beta", int64(1)}, {"Gamma", int64(2)}}, res.Rows); diff != "" {
		t.Errorf("paths (-want +got):\n%s", diff)
	}
	res = mustRun(t, db, "CALL db.labels() YIELD label WHERE label = 'AdhocTest' RETURN label", nil, store.AdhocOptions{})
	if diff := cmp.Diff([][]any{{"AdhocTest"}}, res.Rows); diff != "" {
		t.Errorf("db.labels (-want +got):\n%s", diff)
	}
	res = mustRun(t, db, "CALL db.index.fulltext.queryNodes($index, 'nothing-matches-this') YIELD node, score RETURN node.id, score",
		map[string]any{"index": store.FulltextIndex}, store.AdhocOptions{})
	if diff := cmp.Diff(store.AdhocResult{Columns: []string{"node.id", "score"}, Rows: [][]any{}}, res); diff != "" {
		t.Errorf("full-text (-want +got):\n%s", diff)
	}
	// An empty result still has its columns.
	res = mustRun(t, db, "MATCH (n:AdhocTest {id: 'none'}) RETURN n.id AS id", nil, store.AdhocOptions{})
	if diff := cmp.Diff(store.AdhocResult{Columns: []string{"id"}, Rows: [][]any{}}, res); diff != "" {
		t.Errorf("empty (-want +got):\n%s", diff)
	}
}

func TestAdhocQueryParams(t *testing.T) {
	db := adhocDB(t)
	seedAdhoc(t, db, 0)
	// JSON numbers arrive as float64; LIMIT needs an integer.
	res := mustRun(t, db, "MATCH (n:AdhocTest) WHERE n.id IN $ids RETURN n.name AS name ORDER BY name LIMIT $limit",
		map[string]any{"ids": []any{"a", "b", "c"}, "limit": 2.0}, store.AdhocOptions{})
	if diff := cmp.Diff([][]any{{"Alpha"}, {"Beta"}}, res.Rows); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	_, err := db.RunReadOnly(adhocCtx(t), "RETURN $x", map[string]any{"x y": 1}, store.AdhocOptions{})
	if r := refusal(t, err); !strings.Contains(r, `"x y" is not an identifier`) {
		t.Errorf("reason %q", r)
	}
}

// TestAdhocExplainRefusesWrites switches the lexical guard off: EXPLAIN alone must
// refuse every write, including procedure calls a lexical check cannot judge.
func TestAdhocExplainRefusesWrites(t *testing.T) {
	db := adhocDB(t)
	seedAdhoc(t, db, 0)
	before := fingerprint(t, db)
	writes := []struct{ query, reason string }{
		{"CREATE (:AdhocTest {evil: true})", "only read-only queries may run, and Neo4j classifies this one as write (w)"},
		{"MATCH (n:AdhocTest {id: 'a'}) SET n.evil = true RETURN n", "only read-only queries may run, and Neo4j classifies this one as read-write (rw)"},
		{"MATCH (n:AdhocTest) DETACH DELETE n", "only read-only queries may run, and Neo4j classifies this one as write (w)"},
		{"MERGE (n:AdhocTest {id: 'evil'}) ON CREATE SET n.evil = true", "only read-only queries may run, and Neo4j classifies this one as write (w)"},
		{"FOREACH (i IN [1] | CREATE (:AdhocTest {evil: true}))", "only read-only queries may run, and Neo4j classifies this one as write (w)"},
		{"MATCH (n:AdhocTest {id: 'a'}) CALL { WITH n SET n.evil = 1 } RETURN n", "only read-only queries may run, and Neo4j classifies this one as read-write (rw)"},
		{"CALL db.createLabel('AdhocEvil')", "only read-only queries may run, and Neo4j classifies this one as write (w)"},
		{"CALL db.createProperty('adhocEvilProperty')", "only read-only queries may run, and Neo4j classifies this one as write (w)"},
		{"CALL dbms.components()", "only read-only queries may run, and Neo4j classifies this one as schema or system (s)"},
	}
	for _, w := range writes {
		_, err := db.RunReadOnlyUnchecked(adhocCtx(t), w.query, nil, store.AdhocOptions{}, true, false)
		if diff := cmp.Diff(w.reason, refusal(t, err)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", w.query, diff)
		}
		// With the guard on, the same queries never reach Neo4j.
		ctx, statements := store.WithStatementCounter(adhocCtx(t))
		_, err = db.RunReadOnly(ctx, w.query, nil, store.AdhocOptions{})
		refusal(t, err)
		if n := statements.Load(); n != 0 {
			t.Errorf("%q: the guard let %d statements through", w.query, n)
		}
	}
	// Schema commands: EXPLAIN refuses them or Neo4j does; either way nothing changes.
	for _, q := range []string{
		"CREATE INDEX adhoc_evil IF NOT EXISTS FOR (n:AdhocTest) ON (n.evil)",
		"CALL { CREATE (:AdhocTest {evil: true}) } IN TRANSACTIONS",
	} {
		_, err := db.RunReadOnlyUnchecked(adhocCtx(t), q, nil, store.AdhocOptions{}, true, false)
		if err == nil {
			t.Errorf("%q ran", q)
		}
	}
	if diff := cmp.Diff(before, fingerprint(t, db)); diff != "" {
		t.Errorf("the graph changed (-before +after):\n%s", diff)
	}
}

// TestAdhocReadTransactionRefusesWrites switches the guard and EXPLAIN off: the read
// transaction still may not write.
func TestAdhocReadTransactionRefusesWrites(t *testing.T) {
	db := adhocDB(t)
	seedAdhoc(t, db, 0)
	before := fingerprint(t, db)
	for _, q := range []string{
		"CREATE (:AdhocTest {evil: true})",
		"MATCH (n:AdhocTest) SET n.evil = true RETURN count(n)",
		"CALL db.createLabel('AdhocEvil')",
	} {
		_, err := db.RunReadOnlyUnchecked(adhocCtx(t), q, nil, store.AdhocOptions{}, true, true)
		if r := refusal(t, err); !strings.HasPrefix(r, "only read-only queries may run, and this one tried to write: ") {
			t.Errorf("%q: reason %q", q, r)
		}
	}
	if diff := cmp.Diff(before, fingerprint(t, db)); diff != "" {
		t.Errorf("the graph changed (-before +after):\n%s", diff)
	}
}

func TestAdhocRefusedBeforeNeo4j(t *testing.T) {
	db := adhocDB(t)
	for _, q := range []string{
		"LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
		"USE system SHOW USERS",
		"SHOW DATABASES",
		"MATCH (a)-[*]->(b) RETURN count(b)",
		"MATCH (a)-[*1..99]->(b) RETURN count(b)",
		"MATCH (a)-->{1,}(b) RETURN count(b)",
		"RETURN 1; MATCH (n) DETACH DELETE n",
		`MATCH (n) \u0044ELETE n`,
		"PROFILE MATCH (n) RETURN n",
	} {
		ctx, statements := store.WithStatementCounter(adhocCtx(t))
		_, err := db.RunReadOnly(ctx, q, nil, store.AdhocOptions{})
		refusal(t, err)
		if n := statements.Load(); n != 0 {
			t.Errorf("%q: %d statements reached Neo4j", q, n)
		}
	}
}

func TestAdhocRowCap(t *testing.T) {
	db := adhocDB(t)
	res := mustRun(t, db, "UNWIND range(1, 5000) AS i RETURN i", nil, store.AdhocOptions{MaxRows: 10})
	want := store.AdhocResult{Columns: []string{"i"}, Truncated: true}
	for i := 1; i <= 10; i++ {
		want.Rows = append(want.Rows, []any{int64(i)})
	}
	if diff := cmp.Diff(want, res); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// Exactly as many rows as allowed is not truncated.
	res = mustRun(t, db, "UNWIND range(1, 10) AS i RETURN i", nil, store.AdhocOptions{MaxRows: 10})
	if len(res.Rows) != 10 || res.Truncated {
		t.Errorf("10 rows of 10: got %d rows, truncated %v", len(res.Rows), res.Truncated)
	}
	// The default is 1000 rows, and no limit goes past 10000.
	res = mustRun(t, db, "UNWIND range(1, 5000) AS i RETURN i", nil, store.AdhocOptions{})
	if len(res.Rows) != store.DefaultAdhocMaxRows || !res.Truncated {
		t.Errorf("default: got %d rows, truncated %v", len(res.Rows), res.Truncated)
	}
	res = mustRun(t, db, "UNWIND range(1, 20000) AS i RETURN i", nil, store.AdhocOptions{MaxRows: 50000})
	if len(res.Rows) != store.MaxAdhocRows || !res.Truncated {
		t.Errorf("maximum: got %d rows, truncated %v", len(res.Rows), res.Truncated)
	}
}

func TestAdhocByteCap(t *testing.T) {
	db := adhocDB(t)
	// Each row is ["...100 x..."] plus a comma, 105 bytes, and the array's brackets
	// take 2: 19 rows fit in 2000 bytes (1997), 20 would not.
	res := mustRun(t, db, "UNWIND range(1, 1000) AS i RETURN reduce(s = '', j IN range(1, 100) | s + 'x') AS s", nil,
		store.AdhocOptions{MaxBytes: 2000})
	if !res.Truncated || len(res.Rows) != 19 {
		t.Errorf("got %d rows, truncated %v; want 19 rows, truncated", len(res.Rows), res.Truncated)
	}
	// A first row that alone is too big leaves no rows.
	res = mustRun(t, db, "RETURN reduce(s = '', j IN range(1, 100) | s + 'x') AS s", nil, store.AdhocOptions{MaxBytes: 50})
	if diff := cmp.Diff(store.AdhocResult{Columns: []string{"s"}, Rows: [][]any{}, Truncated: true}, res); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestAdhocTimeout(t *testing.T) {
	db := adhocDB(t)
	seedAdhoc(t, db, 300)
	start := time.Now()
	// 300^4 rows; the predicate keeps Neo4j from answering count(*) from its count store.
	_, err := db.RunReadOnly(adhocCtx(t), `MATCH (a:AdhocTest), (b:AdhocTest), (c:AdhocTest), (d:AdhocTest)
WHERE a.id + b.id + c.id + d.id <> '' RETURN count(*) AS n`, nil, store.AdhocOptions{Timeout: time.Second})
	took := time.Since(start)
	if !errors.Is(err, derrors.Timeout) {
		t.Fatalf("got %v, want ErrTimeout", err)
	}
	if took > 10*time.Second {
		t.Errorf("the timeout of 1s fired after %v", took)
	}
	t.Logf("timed out after %v: %v", took, err)
}

func TestAdhocValues(t *testing.T) {
	db := adhocDB(t)
	seedAdhoc(t, db, 0)
	ids := mustRun(t, db, `MATCH (a:AdhocTest {id: 'a'})-[r:ADHOC_REL]->(b:AdhocTest)
RETURN elementId(a), elementId(r), elementId(b)`, nil, store.AdhocOptions{})
	aID, rID, bID := ids.Rows[0][0], ids.Rows[0][1], ids.Rows[0][2]

	res := mustRun(t, db, `MATCH p = (a:AdhocTest {id: 'a'})-[r:ADHOC_REL]->(b:AdhocTest)
RETURN a, r, p,
  date('2024-08-08') AS date,
  datetime('2024-08-08T10:00:00Z') AS datetime,
  datetime('2024-08-08T10:00:00.5+08:00[Asia/Shanghai]') AS zoned,
  localdatetime('2024-08-08T10:00:00') AS local,
  time('12:30:00+02:00') AS time,
  localtime('12:30:00.25') AS localtime,
  duration('P1Y2M3DT4H5M6.5S') AS duration,
  point({x: 1.5, y: 2}) AS point,
  point({longitude: 123.43, latitude: 41.8}) AS geo,
  point({x: 1, y: 2, z: 3}) AS point3d,
  [1, 'two', null, 2.5, true] AS list,
  {k: [1, {n: 'x'}]} AS map,
  0.0 / 0.0 AS nan`, nil, store.AdhocOptions{})
	a := map[string]any{"_id": aID, "_labels": []any{"AdhocTest"}, "id": "a", "name": "Alpha", "born": "2020-01-02", "tags": []any{"x", "y"}}
	b := map[string]any{"_id": bID, "_labels": []any{"AdhocTest"}, "id": "b", "name": "Beta"}
	r := map[string]any{"_id": rID, "_type": "ADHOC_REL", "_start": aID, "_end": bID, "since": int64(2001), "weight": 1.5}
	want := store.AdhocResult{
		Columns: []string{"a", "r", "p", "date", "datetime", "zoned", "local", "time", "localtime", "duration", "point", "geo", "point3d", "list", "map", "nan"},
		Rows: [][]any{{a, r, map[string]any{"nodes": []any{a, b}, "relationships": []any{r}},
			"2024-08-08", "2024-08-08T10:00:00Z", "2024-08-08T10:00:00.5+08:00[Asia/Shanghai]", "2024-08-08T10:00:00",
			"12:30:00+02:00", "12:30:00.25", "P1Y2M3DT4H5M6.5S",
			map[string]any{"srid": int64(7203), "x": 1.5, "y": 2.0},
			map[string]any{"srid": int64(4326), "x": 123.43, "y": 41.8},
			map[string]any{"srid": int64(9157), "x": 1.0, "y": 2.0, "z": 3.0},
			[]any{int64(1), "two", nil, 2.5, true},
			map[string]any{"k": []any{int64(1), map[string]any{"n": "x"}}},
			"NaN",
		}},
	}
	if diff := cmp.Diff(want, res); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestAdhocErrors(t *testing.T) {
	db := adhocDB(t)
	tests := []struct{ query, reason string }{
		{"MATCH (n) RETRUN n", "syntax error: Invalid input 'RETRUN': expected"},
		{"MATCH (n) RETURN x", "syntax error: Variable `x` not defined (line 1, column 18 (offset: 17))"},
		{"MATCH (n)\nRETURN x", "syntax error: Variable `x` not defined (line 2, column 8 (offset: 17))"},
		{"RETURN 1 / 0 AS x", "query failed: / by zero"},
		{"RETURN $missing AS x", "query failed: Expected parameter(s): missing"},
	}
	for _, tc := range tests {
		_, err := db.RunReadOnly(adhocCtx(t), tc.query, nil, store.AdhocOptions{})
		r := refusal(t, err)
		if !strings.HasPrefix(r, tc.reason) {
			t.Errorf("%q: reason %q, want it to start with %q", tc.query, r, tc.reason)
		}
		if strings.Contains(r, "EXPLAIN") || strings.Contains(r, "\n") {
			t.Errorf("%q: reason %q shows the EXPLAIN we added or Neo4j's echo of the query", tc.query, r)
		}
	}
}

// TestAdhocMetadata reads the metadata of the ad-hoc transaction from Neo4j's list of
// running transactions, with the guard off (SHOW is an administration command).
func TestAdhocMetadata(t *testing.T) {
	db := adhocDB(t)
	res, err := db.RunReadOnlyUnchecked(adhocCtx(t), `SHOW TRANSACTIONS YIELD metaData, currentQuery
WHERE currentQuery CONTAINS 'adhoc-metadata-probe' RETURN metaData`, nil, store.AdhocOptions{}, true, true)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]any{{map[string]any{"app": "amity", "op": "adhoc-cypher", "caller": "adhoc-test"}}}
	if diff := cmp.Diff(want, res.Rows); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
