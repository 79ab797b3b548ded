// Package store owns every line of Cypher in Amity: the Neo4j driver, schema migrations,
// batched writes of kg records, and the reads behind the GraphQL API. Callers pass a
// context per request; the store never sees HTTP.
package store

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/amity-graph/amity/internal/derrors"
)

// Config says how to reach Neo4j.
type Config struct {
	URI, User, Password, Database string
	// QueryTimeout bounds every read transaction; writes of the loader use WriteTimeout.
	QueryTimeout time.Duration
	WriteTimeout time.Duration
	// MaxConnections caps the driver's pool, which bounds concurrency towards Neo4j.
	MaxConnections int
	Logger         *slog.Logger
	// Hook, when set, observes every statement (metrics, trace spans).
	Hook StatementHook
}

// StatementHook observes one statement: it is called before the statement runs with the
// name of the store method that sends it (never a user value) and returns the context to
// run it with and a func called after it with the rows it returned and its error.
type StatementHook func(ctx context.Context, op string) (context.Context, func(rows int, err error))

// Store is the one Neo4j driver of a process.
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config
	log    *slog.Logger
	// inUse and waits describe the driver's pool as far as the store sees it: the
	// driver keeps its own counts private.
	inUse, waits atomic.Int64
}

// Open creates the driver. It does not wait for Neo4j: a server may start before its
// database is reachable and become ready later (see Ping).
func Open(cfg Config) (*Store, error) {
	if cfg.QueryTimeout == 0 {
		cfg.QueryTimeout = 10 * time.Second
	}
	if cfg.WriteTimeout == 0 {
		cfg.WriteTimeout = 10 * time.Minute
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""), func(c *config.Config) {
		if cfg.MaxConnections > 0 {
			c.MaxConnectionPoolSize = cfg.MaxConnections
		}
		c.ConnectionAcquisitionTimeout = 5 * time.Second
		c.SocketConnectTimeout = 3 * time.Second
		// Retrying for the driver's default 30 s would hold a request far past its own
		// deadline while Neo4j is down; a few seconds covers a leader switch.
		c.MaxTransactionRetryTime = 5 * time.Second
	})
	if err != nil {
		return nil, fmt.Errorf("open neo4j driver for %s: %w", cfg.URI, err)
	}
	return &Store{driver: d, cfg: cfg, log: cfg.Logger}, nil
}

// Close releases the driver.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// Ping checks that Neo4j answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return fmt.Errorf("neo4j unreachable at %s: %w", s.cfg.URI, err)
	}
	return nil
}

// classify turns driver errors into derrors kinds (Timeout, Unavailable), keeping the
// cause, so the layers above map them to codes without knowing the driver.
func classify(op string, err error) error {
	if err == nil {
		return nil
	}
	var nerr *neo4j.Neo4jError
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("%s: %w: %w", op, derrors.Timeout, err)
	case errors.As(err, &nerr) && (nerr.Code == "Neo.ClientError.Transaction.TransactionTimedOut" ||
		nerr.Code == "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"):
		return fmt.Errorf("%s: %w: %w", op, derrors.Timeout, err)
	case neo4j.IsConnectivityError(err), neo4j.IsTransactionExecutionLimit(err):
		return fmt.Errorf("%s: %w: %w", op, derrors.Unavailable, err)
	case errors.As(err, &nerr) && nerr.Code == "Neo.TransientError.General.DatabaseUnavailable":
		return fmt.Errorf("%s: %w: %w", op, derrors.Unavailable, err)
	}
	return fmt.Errorf("%s: %w", op, err)
}

// counterKey carries a per-request count of Cypher statements sent, so tests (and
// metrics) can prove that round trips do not grow with result size.
type counterKey struct{}

// WithStatementCounter returns a context that counts the statements the store runs.
func WithStatementCounter(ctx context.Context) (context.Context, *atomic.Int64) {
	c := new(atomic.Int64)
	return context.WithValue(ctx, counterKey{}, c), c
}

func count(ctx context.Context) {
	if c, ok := ctx.Value(counterKey{}).(*atomic.Int64); ok {
		c.Add(1)
	}
}

// callerKey names who asked, for transaction metadata (audit in Neo4j's query log).
type callerKey struct{}

// WithCaller records the caller for transaction metadata.
func WithCaller(ctx context.Context, caller string) context.Context {
	return context.WithValue(ctx, callerKey{}, caller)
}

// requestIDKey carries the HTTP request's id into transaction metadata, so an operator
// can go from a transaction in SHOW TRANSACTIONS to the request's log lines.
type requestIDKey struct{}

// WithRequestID records the request's id for transaction metadata.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id)
}

// RequestID is the id WithRequestID recorded, or "".
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

func txConfig(ctx context.Context, op string, timeout time.Duration) []func(*neo4j.TransactionConfig) {
	caller, _ := ctx.Value(callerKey{}).(string)
	if caller == "" {
		caller = "system"
	}
	meta := map[string]any{"app": "amity", "op": op, "caller": caller}
	if id := RequestID(ctx); id != "" {
		meta["requestId"] = id
	}
	return []func(*neo4j.TransactionConfig){
		neo4j.WithTxTimeout(timeout),
		neo4j.WithTxMetadata(meta),
	}
}

// PoolStats is what the store knows of the driver's connection pool.
type PoolStats struct {
	// Max is the pool's size; InUse the units of work holding a session now; Waits the
	// units of work that started while every connection was in use, so waited for one.
	Max, InUse int
	Waits      int64
}

// PoolStats reports the pool as the store sees it.
func (s *Store) PoolStats() PoolStats {
	return PoolStats{Max: s.maxConnections(), InUse: int(s.inUse.Load()), Waits: s.waits.Load()}
}

// maxConnections is the pool's size: the configured one, or the driver's default.
func (s *Store) maxConnections() int {
	if s.cfg.MaxConnections > 0 {
		return s.cfg.MaxConnections
	}
	return 100
}

// session opens a session for one unit of work and counts it in the pool's use until
// the returned func closes it.
func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) (neo4j.SessionWithContext, func()) {
	if n := s.inUse.Add(1); n > int64(s.maxConnections()) {
		s.waits.Add(1)
	}
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: mode, DatabaseName: s.cfg.Database})
	return sess, func() {
		sess.Close(context.WithoutCancel(ctx))
		s.inUse.Add(-1)
	}
}

// opTx names the store method a transaction serves, for the statement hook.
type opTx struct {
	neo4j.ManagedTransaction
	op   string
	hook StatementHook
}

func (s *Store) named(op string, work func(neo4j.ManagedTransaction) (any, error)) func(neo4j.ManagedTransaction) (any, error) {
	if s.cfg.Hook == nil {
		return work
	}
	return func(tx neo4j.ManagedTransaction) (any, error) {
		return work(opTx{ManagedTransaction: tx, op: statementName(op), hook: s.cfg.Hook})
	}
}

// statementName is op without the unit's name a write carries ("write upsertEntity
// city:jp:x"), which is a user value: a metric's label must take few values.
func statementName(op string) string {
	if strings.HasPrefix(op, "write ") {
		return "write unit"
	}
	return op
}

// observe calls the statement hook, if any, for a statement that op sends outside read
// and write (ad-hoc Cypher runs its own transaction).
func (s *Store) observe(ctx context.Context, op string) (context.Context, func(rows int, err error)) {
	if s.cfg.Hook == nil {
		return ctx, func(int, error) {}
	}
	return s.cfg.Hook(ctx, op)
}

// observeTx calls the statement hook of a transaction opened by read or write.
func observeTx(ctx context.Context, tx neo4j.ManagedTransaction) (context.Context, func(rows int, err error)) {
	if o, ok := tx.(opTx); ok {
		return o.hook(ctx, o.op)
	}
	return ctx, func(int, error) {}
}

// read runs one unit of work in a read transaction, so a cluster may route it to a follower.
func read[T any](ctx context.Context, s *Store, op string, work func(neo4j.ManagedTransaction) (T, error)) (T, error) {
	return run(ctx, s, neo4j.AccessModeRead, op, s.cfg.QueryTimeout, work)
}

// write runs one unit of work in a write transaction.
func write[T any](ctx context.Context, s *Store, op string, work func(neo4j.ManagedTransaction) (T, error)) (T, error) {
	return run(ctx, s, neo4j.AccessModeWrite, op, s.cfg.WriteTimeout, work)
}

func run[T any](ctx context.Context, s *Store, mode neo4j.AccessMode, op string, timeout time.Duration, work func(neo4j.ManagedTransaction) (T, error)) (T, error) {
	sess, done := s.session(ctx, mode)
	defer done()
	execute := neo4j.ExecuteRead[any]
	if mode == neo4j.AccessModeWrite {
		execute = neo4j.ExecuteWrite[any]
	}
	v, err := execute(ctx, sess, s.named(op, func(tx neo4j.ManagedTransaction) (any, error) { return work(tx) }), txConfig(ctx, op, timeout)...)
	t, _ := v.(T)
	return t, classify(op, err)
}

// collect runs a statement and gathers its records.
func collect(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) (recs []*neo4j.Record, err error) {
	count(ctx)
	ctx, done := observeTx(ctx, tx)
	defer func() { done(len(recs), err) }()
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// nilIfBlank passes an empty string as null, for optional parameters ($x IS NULL OR …).
func nilIfBlank(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// nilIfEmpty passes an empty list as null, for optional parameters ($x IS NULL OR …).
func nilIfEmpty(xs []string) any {
	if len(xs) == 0 {
		return nil
	}
	return xs
}

// exec runs a statement and discards its records.
func exec(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) (err error) {
	count(ctx)
	ctx, done := observeTx(ctx, tx)
	defer func() { done(0, err) }()
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}
