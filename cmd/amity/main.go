// Command amity serves Amity's GraphQL API over Neo4j.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/amity-graph/amity/graph"
	"github.com/amity-graph/amity/internal/config"
	"github.com/amity-graph/amity/internal/obs"
	"github.com/amity-graph/amity/internal/server"
	"github.com/amity-graph/amity/internal/store"
)

func main() {
	cfg, err := config.FromEnv(os.Getenv)
	if err != nil {
		fmt.Fprintln(os.Stderr, "amity:", err)
		os.Exit(1)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err = run(ctx, cfg)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "amity:", err)
		os.Exit(1)
	}
}

// run serves until ctx ends.
func run(ctx context.Context, cfg config.Config) error {
	logger := slog.New(obs.LogHandler(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel()})))
	slog.SetDefault(logger)
	logger.Info("configuration", config.Describe(os.Getenv)...)
	cfg.Store.Logger = logger
	tuneGC()
	tp, shutdownTracing, err := obs.Tracing(ctx, cfg.OTLPEndpoint)
	if err != nil {
		return err
	}
	defer shutdownTracing(context.WithoutCancel(ctx))
	metrics := obs.NewMetrics()
	cfg.Store.Hook = metrics.StatementHook(tp)
	db, err := store.Open(cfg.Store)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))
	metrics.Pool(db.PoolStats)
	metrics.Loads(db.Readiness, 30*time.Second)
	// The server comes up even while Neo4j is down (readyz says 503); the schema is
	// applied as soon as Neo4j answers.
	go migrateWhenReachable(ctx, db, logger)
	srv, err := server.New(cfg, &graph.Resolver{Store: db, Logger: logger}, db, logger,
		server.WithMetrics(metrics), server.WithTracerProvider(tp))
	if err != nil {
		return err
	}
	return srv.Run(ctx)
}

// tuneGC trades memory for CPU unless the operator set Go's own knobs: Amity's live heap
// is small and every answer allocates afresh, so collecting less often pays, and the soft
// limit keeps one huge answer from growing the heap without bound (BENCHMARKS.md).
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(2 << 30)
	}
}

func migrateWhenReachable(ctx context.Context, db *store.Store, logger *slog.Logger) {
	for wait := time.Second; ; wait = min(2*wait, 30*time.Second) {
		err := db.Migrate(ctx)
		if err == nil {
			logger.Info("schema is up to date")
			return
		}
		logger.Warn("schema migration waits for neo4j", "err", err, "retry_in", wait)
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}

func logLevel() slog.Level {
	var l slog.Level
	if err := l.UnmarshalText([]byte(os.Getenv("LOG_LEVEL"))); err != nil {
		return slog.LevelInfo
	}
	return l
}
