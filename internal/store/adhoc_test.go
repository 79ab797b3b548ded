package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/amity-graph/amity/internal/derrors"
	"github.com/amity-graph/amity/internal/store/cypherguard"
)

// Test hooks for the integration tests, which live in package store_test because
// internal/testdb imports this package.

// RunReadOnlyUnchecked is RunReadOnly with layers of its defence switched off, so a test
// can show that the next layer holds on its own.
func (s *Store) RunReadOnlyUnchecked(ctx context.Context, query string, params map[string]any, opt AdhocOptions, skipGuard, skipExplain bool) (AdhocResult, error) {
	return s.runReadOnly(ctx, query, params, opt, adhocChecks{skipGuard: skipGuard, skipExplain: skipExplain})
}

// WriteForTest runs one statement in a write transaction.
func (s *Store) WriteForTest(ctx context.Context, cypher string, params map[string]any) error {
	_, err := write(ctx, s, "test write", func(tx neo4j.ManagedTransaction) (struct{}, error) {
		return struct{}{}, exec(ctx, tx, cypher, params)
	})
	return err
}

func TestAdhocOptionsDefaults(t *testing.T) {
	tests := []struct {
		in, want AdhocOptions
	}{
		{AdhocOptions{}, AdhocOptions{MaxRows: 1000, MaxBytes: 4 << 20, Timeout: 5 * time.Second, MaxVarLength: 6}},
		{AdhocOptions{MaxRows: 10, MaxBytes: 100, Timeout: time.Second, MaxVarLength: 3}, AdhocOptions{MaxRows: 10, MaxBytes: 100, Timeout: time.Second, MaxVarLength: 3}},
		{AdhocOptions{MaxRows: 50000}, AdhocOptions{MaxRows: 10000, MaxBytes: 4 << 20, Timeout: 5 * time.Second, MaxVarLength: 6}},
		{AdhocOptions{MaxRows: -1, MaxBytes: -1, Timeout: -1, MaxVarLength: -1}, AdhocOptions{MaxRows: 1000, MaxBytes: 4 << 20, Timeout: 5 * time.Second, MaxVarLength: 6}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, tc.in.withDefaults()); diff != "" {
			t.Errorf("%+v.withDefaults() (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestJSONValue(t *testing.T) {
	node := dbtype.Node{ElementId: "4:abc:1", Labels: []string{"Entity", "City"},
		Props: map[string]any{"id": "city:cn:shenyang", "population": int64(9070093), "founded": dbtype.Date(time.Date(1625, 1, 1, 0, 0, 0, 0, time.UTC))}}
	rel := dbtype.Relationship{ElementId: "5:abc:7", StartElementId: "4:abc:1", EndElementId: "4:abc:2", Type: "PARTNER_OF",
		Props: map[string]any{"since": "1980", "sources": []any{"s1"}}}
	other := dbtype.Node{ElementId: "4:abc:2", Labels: []string{}, Props: map[string]any{"_id": "a property called _id"}}
	berlin := time.FixedZone("Europe/Berlin", 3600) // the driver loads IANA zones by name
	offset := time.FixedZone("Offset", 8*3600)      // and names fixed offsets "Offset"

	nodeJSON := map[string]any{"_id": "4:abc:1", "_labels": []any{"Entity", "City"}, "id": "city:cn:shenyang", "population": int64(9070093), "founded": "1625-01-01"}
	otherJSON := map[string]any{"_id": "4:abc:2", "_labels": []any{}}
	relJSON := map[string]any{"_id": "5:abc:7", "_type": "PARTNER_OF", "_start": "4:abc:1", "_end": "4:abc:2", "since": "1980", "sources": []any{"s1"}}
	tests := []struct {
		name string
		in   any
		want any
	}{
		{"null", nil, nil},
		{"bool", true, true},
		{"int", int64(-42), int64(-42)},
		{"float", 1.5, 1.5},
		{"string", "沈阳", "沈阳"},
		{"NaN", math.NaN(), "NaN"},
		{"infinity", math.Inf(1), "Infinity"},
		{"minus infinity", math.Inf(-1), "-Infinity"},
		{"bytes", []byte("hi\x00"), "aGkA"},
		{"list", []any{int64(1), "two", nil, []any{2.5}}, []any{int64(1), "two", nil, []any{2.5}}},
		{"map", map[string]any{"d": dbtype.Duration{Days: 1}, "m": map[string]any{"x": []byte{1}}}, map[string]any{"d": "P1D", "m": map[string]any{"x": "AQ=="}}},
		{"node", node, nodeJSON},
		{"node keys win over properties", other, otherJSON},
		{"relationship", rel, relJSON},
		{"path", dbtype.Path{Nodes: []dbtype.Node{node, other}, Relationships: []dbtype.Relationship{rel}},
			map[string]any{"nodes": []any{nodeJSON, otherJSON}, "relationships": []any{relJSON}}},
		{"date", dbtype.Date(time.Date(2024, 8, 8, 0, 0, 0, 0, time.UTC)), "2024-08-08"},
		{"local datetime", dbtype.LocalDateTime(time.Date(2024, 8, 8, 10, 30, 0, 5000000, time.UTC)), "2024-08-08T10:30:00.005"},
		{"local time", dbtype.LocalTime(time.Date(0, 1, 1, 9, 15, 0, 0, time.UTC)), "09:15:00"},
		{"time", dbtype.Time(time.Date(0, 1, 1, 12, 0, 0, 0, time.FixedZone("Offset", 2*3600))), "12:00:00+02:00"},
		{"time in UTC", dbtype.Time(time.Date(0, 1, 1, 12, 0, 0, 0, time.FixedZone("Offset", 0))), "12:00:00Z"},
		{"datetime with offset", time.Date(2024, 8, 8, 10, 0, 0, 0, offset), "2024-08-08T10:00:00+08:00"},
		{"datetime in a zone", time.Date(2024, 1, 2, 3, 4, 5, 123000000, berlin), "2024-01-02T03:04:05.123+01:00[Europe/Berlin]"},
		{"duration", dbtype.Duration{Months: 14, Days: 3, Seconds: 4*3600 + 5*60 + 6, Nanos: 500000000}, "P1Y2M3DT4H5M6.5S"},
		{"point", dbtype.Point2D{X: 123.4, Y: 41.8, SpatialRefId: 4326}, map[string]any{"srid": int64(4326), "x": 123.4, "y": 41.8}},
		{"point 3D", dbtype.Point3D{X: 1, Y: 2, Z: 3, SpatialRefId: 9157}, map[string]any{"srid": int64(9157), "x": 1.0, "y": 2.0, "z": 3.0}},
		{"invalid", &dbtype.InvalidValue{Message: "unknown zone"}, "invalid value: unknown zone"},
		{"other", struct{ A int }{7}, "{7}"},
	}
	for _, tc := range tests {
		got := jsonValue(tc.in)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: jsonValue(%#v) (-want +got):\n%s", tc.name, tc.in, diff)
		}
		if _, err := json.Marshal(got); err != nil {
			t.Errorf("%s: the value does not encode as JSON: %v", tc.name, err)
		}
	}
}

func TestISODuration(t *testing.T) {
	tests := []struct {
		in   dbtype.Duration
		want string
	}{
		{dbtype.Duration{}, "PT0S"},
		{dbtype.Duration{Months: 12}, "P1Y"},
		{dbtype.Duration{Months: -14}, "P-1Y-2M"},
		{dbtype.Duration{Days: 3}, "P3D"},
		{dbtype.Duration{Seconds: 90}, "PT1M30S"},
		{dbtype.Duration{Seconds: 3600}, "PT1H"},
		{dbtype.Duration{Nanos: 1000}, "PT0.000001S"},
		{dbtype.Duration{Seconds: -1, Nanos: 500000000}, "PT-0.5S"},
		{dbtype.Duration{Months: 14, Days: 3, Seconds: -3595, Nanos: 500000000}, "P1Y2M3DT-59M-54.5S"},
		{dbtype.Duration{Seconds: -7200}, "PT-2H"},
		{dbtype.Duration{Seconds: math.MinInt64}, fmt.Sprintf("PT-%dH-%dM-%dS", uint64(1<<63)/3600, uint64(1<<63)%3600/60, uint64(1<<63)%60)},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, isoDuration(tc.in)); diff != "" {
			t.Errorf("isoDuration(%+v) (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestAdhocParams(t *testing.T) {
	var decoded map[string]any
	dec := json.NewDecoder(strings.NewReader(`{"n": 10, "f": 2.5, "big": 12345678901234567890, "s": "x", "l": [1, 2.0, {"k": 3}], "nil": null}`))
	dec.UseNumber()
	if err := dec.Decode(&decoded); err != nil {
		t.Fatal(err)
	}
	got, err := adhocParams(decoded)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"n": int64(10), "f": 2.5, "big": 12345678901234567890.0, "s": "x", "l": []any{int64(1), int64(2), map[string]any{"k": int64(3)}}, "nil": nil}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("json.Number parameters (-want +got):\n%s", diff)
	}

	// Plain json.Unmarshal gives float64s.
	got, err = adhocParams(map[string]any{"limit": 3.0, "w": 0.5, "huge": 1e300, "neg": -2.0})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]any{"limit": int64(3), "w": 0.5, "huge": 1e300, "neg": int64(-2)}, got); diff != "" {
		t.Errorf("float64 parameters (-want +got):\n%s", diff)
	}

	if got, err := adhocParams(nil); got != nil || err != nil {
		t.Errorf("adhocParams(nil) = %v, %v", got, err)
	}

	refused := []struct {
		params map[string]any
		reason string
	}{
		{map[string]any{"bad key": 1}, `the parameter name "bad key" is not an identifier (letters, digits and _, not starting with a digit)`},
		{map[string]any{"1x": 1}, `the parameter name "1x" is not an identifier (letters, digits and _, not starting with a digit)`},
		{map[string]any{"x) DELETE n //": 1}, `the parameter name "x) DELETE n //" is not an identifier (letters, digits and _, not starting with a digit)`},
		{map[string]any{"s": strings.Repeat("x", MaxAdhocParamBytes)}, fmt.Sprintf("the parameters are %d bytes of JSON, more than the maximum of %d", MaxAdhocParamBytes+8, MaxAdhocParamBytes)},
		{map[string]any{"f": math.NaN()}, "the parameters are not JSON values: json: unsupported value: NaN"},
	}
	for _, tc := range refused {
		_, err := adhocParams(tc.params)
		var r *cypherguard.Refusal
		if !errors.As(err, &r) {
			t.Errorf("adhocParams(%v) = %v, want a Refusal", tc.params, err)
			continue
		}
		if diff := cmp.Diff(tc.reason, r.Reason); diff != "" {
			t.Errorf("adhocParams refusal (-want +got):\n%s", diff)
		}
	}
}

func TestNeo4jMessage(t *testing.T) {
	msg := "Invalid input 'RETURN': expected a graph pattern (line 1, column 17 (offset: 16))\n\"EXPLAIN MATCH x RETURN x\"\n                 ^"
	if diff := cmp.Diff("Invalid input 'RETURN': expected a graph pattern (line 1, column 9 (offset: 8))", neo4jMessage(msg, true)); diff != "" {
		t.Errorf("line 1 (-want +got):\n%s", diff)
	}
	msg = "Variable `x` not defined (line 2, column 8 (offset: 30))\n\"EXPLAIN MATCH (n)\nRETURN x\""
	if diff := cmp.Diff("Variable `x` not defined (line 2, column 8 (offset: 22))", neo4jMessage(msg, true)); diff != "" {
		t.Errorf("line 2 (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff("/ by zero", neo4jMessage("/ by zero", false)); diff != "" {
		t.Errorf("no position (-want +got):\n%s", diff)
	}
}

func TestAdhocError(t *testing.T) {
	neo := func(code, msg string) error { return &neo4j.Neo4jError{Code: code, Msg: msg} }
	refusals := []struct {
		err        error
		explaining bool
		reason     string
	}{
		{notReadOnly{neo4j.StatementTypeReadWrite}, true, "only read-only queries may run, and Neo4j classifies this one as read-write (rw)"},
		{notReadOnly{neo4j.StatementTypeWriteOnly}, true, "only read-only queries may run, and Neo4j classifies this one as write (w)"},
		{notReadOnly{neo4j.StatementTypeSchemaWrite}, true, "only read-only queries may run, and Neo4j classifies this one as schema or system (s)"},
		{neo("Neo.ClientError.Statement.SyntaxError", "Invalid input ')' (line 1, column 20 (offset: 19))\n\"EXPLAIN MATCH (n) RETURN )\"\n                   ^"), true,
			"syntax error: Invalid input ')' (line 1, column 12 (offset: 11))"},
		{neo("Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed. Attempted write to neo4j"), false,
			"only read-only queries may run, and this one tried to write: Writing in read access mode not allowed. Attempted write to neo4j"},
		{neo("Neo.ClientError.Statement.ArithmeticError", "/ by zero"), false, "query failed: / by zero"},
		{neo("Neo.ClientError.Procedure.ProcedureNotFound", "There is no procedure with the name `x`"), true, "query failed: There is no procedure with the name `x`"},
	}
	for _, tc := range refusals {
		var r *cypherguard.Refusal
		if err := adhocError(tc.err, tc.explaining); !errors.As(err, &r) {
			t.Errorf("adhocError(%v) = %v, want a Refusal", tc.err, err)
		} else if diff := cmp.Diff(tc.reason, r.Reason); diff != "" {
			t.Errorf("adhocError(%v) (-want +got):\n%s", tc.err, diff)
		}
	}
	sentinels := []struct {
		err  error
		want error
	}{
		{neo("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timed out"), derrors.Timeout},
		{fmt.Errorf("run: %w", context.DeadlineExceeded), derrors.Timeout},
		{neo("Neo.TransientError.General.DatabaseUnavailable", "down"), derrors.Unavailable},
	}
	for _, tc := range sentinels {
		if err := adhocError(tc.err, false); !errors.Is(err, tc.want) {
			t.Errorf("adhocError(%v) = %v, want %v", tc.err, err, tc.want)
		}
	}
	var r *cypherguard.Refusal
	if err := adhocError(neo("Neo.ClientError.Security.Forbidden", "no"), false); errors.As(err, &r) {
		t.Errorf("a security error became a Refusal: %v", err)
	}
}

// TestRunReadOnlyRefusesWithoutNeo4j shows that refused queries and parameters never
// reach the database: the store points at a port where nothing listens.
func TestRunReadOnlyRefusesWithoutNeo4j(t *testing.T) {
	s, err := Open(Config{URI: "bolt://127.0.0.1:1", User: "nobody", Password: "x"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	ctx, statements := WithStatementCounter(context.Background())
	tests := []struct {
		query  string
		params map[string]any
		opt    AdhocOptions
	}{
		{"LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", nil, AdhocOptions{}},
		{"MATCH (n) DETACH DELETE n", nil, AdhocOptions{}},
		{"MATCH (a)-[*1..4]->(b) RETURN b", nil, AdhocOptions{MaxVarLength: 3}},
		{"MATCH (n) RETURN n LIMIT $n", map[string]any{"n; DROP": 1}, AdhocOptions{}},
	}
	for _, tc := range tests {
		_, err := s.RunReadOnly(ctx, tc.query, tc.params, tc.opt)
		var r *cypherguard.Refusal
		if !errors.As(err, &r) {
			t.Errorf("RunReadOnly(%q) = %v, want a Refusal", tc.query, err)
		}
	}
	if n := statements.Load(); n != 0 {
		t.Errorf("%d statements were sent for refused queries", n)
	}
}
