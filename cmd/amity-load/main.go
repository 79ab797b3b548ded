// Command amity-load validates Amity's data files and loads them into Neo4j: the curated
// facts under data/curated and the reference data sets under data/reference.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/amity-graph/amity/internal/load"
	"github.com/amity-graph/amity/internal/server"
	"github.com/amity-graph/amity/internal/store"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var opt load.RunOptions
	flag.StringVar(&opt.DataDir, "data", "data", "folder holding curated/ and reference/")
	flag.BoolVar(&opt.CuratedOnly, "curated-only", false, "load only the curated facts, not the reference data")
	flag.StringVar(&opt.ReportPath, "unresolved", "", "write the unresolved reference rows to this CSV file")
	flag.BoolVar(&opt.ValidateOnly, "validate", false, "validate the data and write nothing")
	flag.Parse()
	if err := run(ctx, opt); err != nil {
		fmt.Fprintln(os.Stderr, "amity-load:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, opt load.RunOptions) error {
	cfg, err := server.ConfigFromEnv(os.Getenv)
	if err != nil {
		return err
	}
	db, err := store.Open(cfg.Store)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))
	opt.Progress = os.Stderr
	opt.Out = os.Stdout
	return load.Run(ctx, db, opt)
}
