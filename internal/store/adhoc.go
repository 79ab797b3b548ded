package store

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/amity-graph/amity/internal/derrors"
	"github.com/amity-graph/amity/internal/store/cypherguard"
)

// Limits of ad-hoc queries.
const (
	DefaultAdhocMaxRows  = 1000
	MaxAdhocRows         = 10000
	DefaultAdhocMaxBytes = 4 << 20
	DefaultAdhocTimeout  = 5 * time.Second
	// MaxAdhocParamBytes caps the JSON size of an ad-hoc query's parameters.
	MaxAdhocParamBytes = 64 << 10
)

// adhocOp names ad-hoc queries in transaction metadata, for audit in Neo4j's query log.
const adhocOp = "adhoc-cypher"

// AdhocOptions bound an ad-hoc query; zero values take the defaults.
type AdhocOptions struct {
	// MaxRows caps the rows returned (default 1000, at most MaxAdhocRows).
	MaxRows int
	// MaxBytes caps the size of the rows as JSON (default 4 MiB).
	MaxBytes int
	// Timeout is the transaction timeout (default 5 s).
	Timeout time.Duration
	// MaxVarLength caps the hops of variable-length relationships and quantified path
	// patterns (default cypherguard.DefaultMaxVarLength).
	MaxVarLength int
}

func (o AdhocOptions) withDefaults() AdhocOptions {
	if o.MaxRows <= 0 {
		o.MaxRows = DefaultAdhocMaxRows
	}
	o.MaxRows = min(o.MaxRows, MaxAdhocRows)
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultAdhocMaxBytes
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultAdhocTimeout
	}
	if o.MaxVarLength <= 0 {
		o.MaxVarLength = cypherguard.DefaultMaxVarLength
	}
	return o
}

// AdhocResult is what an ad-hoc query returned. Every value in Rows is JSON-able: nil,
// bool, string, int64, float64, []any or map[string]any (see jsonValue).
type AdhocResult struct {
	Columns []string
	Rows    [][]any
	// Truncated says that the query had more rows than MaxRows or MaxBytes allowed.
	Truncated bool
}

// adhocChecks switches off layers of defence, for tests that prove the next layer holds.
type adhocChecks struct {
	skipGuard, skipExplain bool
}

// RunReadOnly runs an analyst's ad-hoc Cypher, read-only by construction:
//
//  1. cypherguard refuses, without asking Neo4j, multiple statements, writes, PROFILE,
//     LOAD CSV, USE, admin commands, procedures and functions outside an allow-list and
//     unbounded or long variable-length paths;
//  2. EXPLAIN classifies the query, and only a read-only statement type ("r") runs;
//  3. it runs in a read transaction (a read session, so a cluster routes it to a
//     follower, and Neo4j itself refuses writes in it), which is rolled back, never
//     committed, once the rows are read.
//
// The transaction carries a timeout and metadata naming the caller (WithCaller) and the
// operation "adhoc-cypher". Rows are streamed and the reading stops at opt.MaxRows rows
// or opt.MaxBytes of JSON, marking the result truncated. params are passed as Cypher
// parameters: their names must be identifiers and their JSON at most MaxAdhocParamBytes;
// integral JSON numbers become integers.
//
// A refused query, a Cypher syntax or semantic error and a runtime error of the query
// (a type error, division by zero) are *cypherguard.Refusal wrapped as
// derrors.InvalidArgument with the refusal as the caller's message; a timeout is
// derrors.Timeout and an unreachable database derrors.Unavailable.
func (s *Store) RunReadOnly(ctx context.Context, query string, params map[string]any, opt AdhocOptions) (AdhocResult, error) {
	res, err := s.runReadOnly(ctx, query, params, opt, adhocChecks{})
	var ref *cypherguard.Refusal
	if errors.As(err, &ref) {
		err = derrors.Wrap(derrors.InvalidArgument, err, ref.Error())
	}
	return res, err
}

// errAdhocDone makes ExecuteRead roll the transaction back: nothing an ad-hoc query
// does is ever committed.
var errAdhocDone = errors.New("ad-hoc query done")

// notReadOnly reports the statement type EXPLAIN gave a query that is not read-only.
type notReadOnly struct{ kind neo4j.StatementType }

func (e notReadOnly) Error() string { return "statement type " + e.kind.String() }

func (s *Store) runReadOnly(ctx context.Context, query string, params map[string]any, opt AdhocOptions, checks adhocChecks) (res AdhocResult, err error) {
	opt = opt.withDefaults()
	start := time.Now()
	defer func() { s.logAdhoc(ctx, query, params, res, err, time.Since(start)) }()

	if !checks.skipGuard {
		if err := cypherguard.Check(query, cypherguard.Options{MaxVarLength: opt.MaxVarLength}); err != nil {
			return AdhocResult{}, err
		}
	}
	params, err = adhocParams(params)
	if err != nil {
		return AdhocResult{}, err
	}

	// The server enforces the timeout; the context is a backstop for a server that does
	// not answer, and bounds the driver's retries.
	runCtx, cancel := context.WithTimeout(ctx, opt.Timeout+2*time.Second)
	defer cancel()
	sess := s.driver.NewSession(runCtx, neo4j.SessionConfig{
		AccessMode:   neo4j.AccessModeRead,
		DatabaseName: s.cfg.Database,
		FetchSize:    min(opt.MaxRows+1, 1000),
	})
	defer sess.Close(context.WithoutCancel(ctx))

	var out AdhocResult
	var ranErr error // the query's own failure, for the statement hook
	explaining := false
	_, err = neo4j.ExecuteRead(runCtx, sess, withoutMemoryRetry(func(tx neo4j.ManagedTransaction) (struct{}, error) {
		out = AdhocResult{}
		if !checks.skipExplain {
			explaining = true
			count(ctx)
			r, err := tx.Run(runCtx, "EXPLAIN "+query, params)
			if err != nil {
				return struct{}{}, err
			}
			sum, err := r.Consume(runCtx)
			if err != nil {
				return struct{}{}, err
			}
			if t := sum.StatementType(); t != neo4j.StatementTypeReadOnly {
				return struct{}{}, notReadOnly{t}
			}
			explaining = false
		}
		count(ctx)
		_, observed := s.observe(ctx, adhocOp)
		defer func() { observed(len(out.Rows), ranErr) }()
		r, err := tx.Run(runCtx, query, params)
		if err != nil {
			ranErr = err
			return struct{}{}, err
		}
		keys, err := r.Keys()
		if err != nil {
			return struct{}{}, err
		}
		out.Columns = append([]string{}, keys...)
		out.Rows = [][]any{}
		size := 2 // the brackets of the rows' JSON array
		for r.Next(runCtx) {
			if len(out.Rows) == opt.MaxRows {
				out.Truncated = true
				break
			}
			row := make([]any, len(r.Record().Values))
			for i, v := range r.Record().Values {
				row[i] = jsonValue(v)
			}
			b, err := json.Marshal(row)
			if err != nil {
				return struct{}{}, fmt.Errorf("encode row %d: %w", len(out.Rows)+1, err)
			}
			if size+len(b)+1 > opt.MaxBytes {
				out.Truncated = true
				break
			}
			size += len(b) + 1
			out.Rows = append(out.Rows, row)
		}
		if err := r.Err(); err != nil {
			ranErr = err
			return struct{}{}, err
		}
		// Roll back: ExecuteRead commits only when the work succeeds. A stream left
		// open at the cap is discarded with the transaction.
		return struct{}{}, errAdhocDone
	}), txConfig(ctx, adhocOp, opt.Timeout)...)
	if errors.Is(err, errAdhocDone) {
		return out, nil
	}
	return AdhocResult{}, adhocError(err, explaining)
}

// adhocError turns what went wrong into a Refusal when the query is to blame, and into
// the store's sentinels (through classify) when the database is.
func adhocError(err error, explaining bool) error {
	var ml memoryLimit
	if errors.As(err, &ml) {
		return &cypherguard.Refusal{Reason: "the query needs more memory than a query may use; aggregate less or add a LIMIT"}
	}
	var nr notReadOnly
	if errors.As(err, &nr) {
		return &cypherguard.Refusal{Reason: fmt.Sprintf("only read-only queries may run, and Neo4j classifies this one as %s", statementKind(nr.kind))}
	}
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) {
		msg := neo4jMessage(nerr.Msg, explaining)
		switch {
		case nerr.Code == "Neo.ClientError.Statement.SyntaxError":
			return &cypherguard.Refusal{Reason: "syntax error: " + msg}
		case nerr.Code == "Neo.ClientError.Statement.AccessMode":
			return &cypherguard.Refusal{Reason: "only read-only queries may run, and this one tried to write: " + msg}
		case strings.HasPrefix(nerr.Code, "Neo.ClientError.Statement.") || strings.HasPrefix(nerr.Code, "Neo.ClientError.Procedure."):
			return &cypherguard.Refusal{Reason: "query failed: " + msg}
		}
	}
	return classify(adhocOp, err)
}

func statementKind(t neo4j.StatementType) string {
	switch t {
	case neo4j.StatementTypeReadWrite:
		return "read-write (rw)"
	case neo4j.StatementTypeWriteOnly:
		return "write (w)"
	case neo4j.StatementTypeSchemaWrite:
		return "schema or system (s)"
	}
	return "unknown"
}

// neo4jPosition is the position Neo4j appends to an error: "(line 1, column 9 (offset: 8))".
var neo4jPosition = regexp.MustCompile(`\(line (\d+), column (\d+) \(offset: (\d+)\)\)`)

// neo4jMessage keeps the first line of Neo4j's message (the rest echoes the query with a
// caret) and, for an error in the EXPLAIN we prefixed, moves the position back onto the
// analyst's query.
func neo4jMessage(msg string, explaining bool) string {
	msg, _, _ = strings.Cut(msg, "\n")
	msg = strings.TrimSpace(msg)
	if !explaining {
		return msg
	}
	shift := len("EXPLAIN ")
	return neo4jPosition.ReplaceAllStringFunc(msg, func(p string) string {
		m := neo4jPosition.FindStringSubmatch(p)
		line, _ := strconv.Atoi(m[1])
		col, _ := strconv.Atoi(m[2])
		off, _ := strconv.Atoi(m[3])
		if line == 1 {
			col = max(col-shift, 1)
		}
		return fmt.Sprintf("(line %d, column %d (offset: %d))", line, col, max(off-shift, 0))
	})
}

// identifier is what a parameter name must be.
var identifier = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// adhocParams checks the parameters of an ad-hoc query and readies their values for the
// driver.
func adhocParams(in map[string]any) (map[string]any, error) {
	if len(in) == 0 {
		return nil, nil
	}
	for k := range in {
		if !identifier.MatchString(k) {
			return nil, &cypherguard.Refusal{Reason: fmt.Sprintf("the parameter name %q is not an identifier (letters, digits and _, not starting with a digit)", k)}
		}
	}
	b, err := json.Marshal(in)
	if err != nil {
		return nil, &cypherguard.Refusal{Reason: "the parameters are not JSON values: " + err.Error()}
	}
	if len(b) > MaxAdhocParamBytes {
		return nil, &cypherguard.Refusal{Reason: fmt.Sprintf("the parameters are %d bytes of JSON, more than the maximum of %d", len(b), MaxAdhocParamBytes)}
	}
	out := make(map[string]any, len(in))
	for k, v := range in {
		out[k] = paramValue(v)
	}
	return out, nil
}

// maxExactFloat is the largest integer a float64 holds exactly.
const maxExactFloat = 1 << 53

// paramValue readies a JSON-decoded value for the driver: JSON has one number type, so
// integral numbers become int64 (LIMIT $n, range($a, $b) and list indexes need integers)
// and the others float64.
func paramValue(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		if f, err := x.Float64(); err == nil {
			return paramValue(f)
		}
		return x.String()
	case float64:
		if x == math.Trunc(x) && math.Abs(x) <= maxExactFloat {
			return int64(x)
		}
		return x
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = paramValue(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = paramValue(e)
		}
		return out
	}
	return v
}

// jsonValue turns a value Neo4j returned into one encoding/json (and a GraphQL JSON
// scalar) writes as-is:
//
//   - nodes become {"_id": elementId, "_labels": [...], ...properties};
//   - relationships {"_id", "_type", "_start", "_end", ...properties};
//   - paths {"nodes": [...], "relationships": [...]};
//   - dates, times, datetimes and durations ISO 8601 strings (a datetime in a named zone
//     gets the zone in brackets, as Neo4j writes it: 2024-08-08T10:00:00+08:00[Asia/Shanghai]);
//   - points {"srid", "x", "y"} and "z" in 3D;
//   - byte arrays base64 strings; NaN and infinities the strings "NaN", "Infinity",
//     "-Infinity";
//   - lists and maps element by element; null, booleans, integers, floats and strings
//     stay as they are.
func jsonValue(v any) any {
	switch x := v.(type) {
	case nil, bool, string, int64:
		return x
	case float64:
		switch {
		case math.IsNaN(x):
			return "NaN"
		case math.IsInf(x, 1):
			return "Infinity"
		case math.IsInf(x, -1):
			return "-Infinity"
		}
		return x
	case []byte:
		return base64.StdEncoding.EncodeToString(x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonValue(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = jsonValue(e)
		}
		return out
	case dbtype.Node:
		return nodeJSON(x)
	case dbtype.Relationship:
		return relJSON(x)
	case dbtype.Path:
		nodes := make([]any, len(x.Nodes))
		for i, n := range x.Nodes {
			nodes[i] = nodeJSON(n)
		}
		rels := make([]any, len(x.Relationships))
		for i, r := range x.Relationships {
			rels[i] = relJSON(r)
		}
		return map[string]any{"nodes": nodes, "relationships": rels}
	case dbtype.Date:
		return x.Time().Format("2006-01-02")
	case dbtype.LocalDateTime:
		return x.Time().Format("2006-01-02T15:04:05.999999999")
	case dbtype.LocalTime:
		return x.Time().Format("15:04:05.999999999")
	case dbtype.Time:
		return x.Time().Format("15:04:05.999999999Z07:00")
	case time.Time:
		s := x.Format(time.RFC3339Nano)
		// The driver names fixed offsets "Offset"; other names are IANA zones.
		if zone := x.Location().String(); zone != "Offset" && zone != "" && zone != "Local" {
			s += "[" + zone + "]"
		}
		return s
	case dbtype.Duration:
		return isoDuration(x)
	case dbtype.Point2D:
		return map[string]any{"srid": int64(x.SpatialRefId), "x": jsonValue(x.X), "y": jsonValue(x.Y)}
	case dbtype.Point3D:
		return map[string]any{"srid": int64(x.SpatialRefId), "x": jsonValue(x.X), "y": jsonValue(x.Y), "z": jsonValue(x.Z)}
	case *dbtype.InvalidValue:
		return "invalid value: " + x.Message
	}
	return fmt.Sprint(v)
}

func nodeJSON(n dbtype.Node) map[string]any {
	out := make(map[string]any, len(n.Props)+2)
	for k, v := range n.Props {
		out[k] = jsonValue(v)
	}
	labels := append([]any{}, anySlice(n.Labels)...)
	out["_id"], out["_labels"] = n.ElementId, labels
	return out
}

func relJSON(r dbtype.Relationship) map[string]any {
	out := make(map[string]any, len(r.Props)+4)
	for k, v := range r.Props {
		out[k] = jsonValue(v)
	}
	out["_id"], out["_type"], out["_start"], out["_end"] = r.ElementId, r.Type, r.StartElementId, r.EndElementId
	return out
}

func anySlice(xs []string) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// isoDuration writes a Neo4j duration as ISO 8601, the way Neo4j does: P1Y2M3DT4H5M6.5S,
// PT0S for zero, and a sign on each negative part of the time (PT-59M-54.5S).
func isoDuration(d dbtype.Duration) string {
	var b strings.Builder
	b.WriteByte('P')
	if y := d.Months / 12; y != 0 {
		fmt.Fprintf(&b, "%dY", y)
	}
	if m := d.Months % 12; m != 0 {
		fmt.Fprintf(&b, "%dM", m)
	}
	if d.Days != 0 {
		fmt.Fprintf(&b, "%dD", d.Days)
	}
	// The time is Seconds + Nanos/1e9 with 0 <= Nanos < 1e9; write its magnitude with
	// one sign.
	secs, nanos := d.Seconds, int64(d.Nanos)
	neg := secs < 0
	if neg && nanos > 0 {
		secs++
		nanos = 1e9 - nanos
	}
	abs := uint64(secs)
	if neg {
		abs = uint64(-(secs + 1)) + 1 // -secs without overflowing at math.MinInt64
	}
	sign := ""
	if neg {
		sign = "-"
	}
	h, m, s := abs/3600, abs%3600/60, abs%60
	if h != 0 || m != 0 || s != 0 || nanos != 0 {
		b.WriteByte('T')
		if h != 0 {
			fmt.Fprintf(&b, "%s%dH", sign, h)
		}
		if m != 0 {
			fmt.Fprintf(&b, "%s%dM", sign, m)
		}
		if s != 0 || nanos != 0 {
			fmt.Fprintf(&b, "%s%d", sign, s)
			if nanos != 0 {
				b.WriteString(strings.TrimRight(fmt.Sprintf(".%09d", nanos), "0"))
			}
			b.WriteByte('S')
		}
	}
	if b.Len() == 1 {
		return "PT0S"
	}
	return b.String()
}

// logAdhoc records every ad-hoc query for audit: who, what, and how it ended.
func (s *Store) logAdhoc(ctx context.Context, query string, params map[string]any, res AdhocResult, err error, took time.Duration) {
	caller, _ := ctx.Value(callerKey{}).(string)
	if caller == "" {
		caller = "system"
	}
	names := make([]string, 0, len(params))
	for k := range params {
		names = append(names, k)
	}
	if len(query) > 2000 {
		query = query[:2000] + "..."
	}
	attrs := []any{"op", adhocOp, "caller", caller, "query", query, "params", names, "took", took}
	var refusal *cypherguard.Refusal
	switch {
	case err == nil:
		s.log.InfoContext(ctx, "ad-hoc cypher", append(attrs, "rows", len(res.Rows), "truncated", res.Truncated)...)
	case errors.As(err, &refusal):
		s.log.InfoContext(ctx, "ad-hoc cypher refused", append(attrs, "reason", refusal.Reason)...)
	default:
		s.log.WarnContext(ctx, "ad-hoc cypher failed", append(attrs, "err", err)...)
	}
}

// memoryLimit hides a memory-pool error from the driver's retry logic: the same query
// would only hit the same limit again.
type memoryLimit struct{ msg string }

func (m memoryLimit) Error() string { return m.msg }

func withoutMemoryRetry[T any](work neo4j.ManagedTransactionWorkT[T]) neo4j.ManagedTransactionWorkT[T] {
	return func(tx neo4j.ManagedTransaction) (T, error) {
		v, err := work(tx)
		var nerr *neo4j.Neo4jError
		if errors.As(err, &nerr) && strings.HasSuffix(nerr.Code, "MemoryPoolOutOfMemoryError") {
			return v, memoryLimit{nerr.Msg}
		}
		return v, err
	}
}
