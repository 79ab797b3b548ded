// Command amity-load validates Amity's data files and loads them into Neo4j: the curated
// facts under data/curated and the reference data sets under data/reference. It writes
// only the units whose content changed since the graph was loaded (see -force), and
// prints, per data set, the rows read, imported, merged and unresolved.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/amity-graph/amity/internal/config"
	"github.com/amity-graph/amity/internal/load"
	"github.com/amity-graph/amity/internal/store"
)

func main() {
	var opt load.RunOptions
	flag.StringVar(&opt.DataDir, "data", "data", "folder holding curated/ and reference/")
	flag.BoolVar(&opt.CuratedOnly, "curated-only", false, "load only the curated facts, not the reference data")
	flag.StringVar(&opt.UnresolvedDir, "unresolved-dir", "", "write each data set's unresolved rows to unresolved-<data set>.csv in this folder")
	flag.BoolVar(&opt.ValidateOnly, "validate", false, "validate the data and write nothing")
	flag.BoolVar(&opt.Force, "force", false, "write every unit, even those the graph already holds unchanged")
	flag.Parse()
	// Only the Neo4j settings: the server's (rate limits, timeouts, tokens) are no
	// concern of the loader's and must not stop it.
	cfg, err := config.Neo4jFromEnv(os.Getenv)
	if err != nil {
		fmt.Fprintln(os.Stderr, "amity-load:", err)
		os.Exit(1)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err = run(ctx, cfg, opt)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "amity-load:", err)
		os.Exit(1)
	}
}

// run validates the data and, unless opt.ValidateOnly, loads it into the Neo4j of cfg.
func run(ctx context.Context, cfg store.Config, opt load.RunOptions) error {
	db, err := store.Open(cfg)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))
	opt.Progress = os.Stderr
	opt.Out = os.Stdout
	return load.Run(ctx, db, opt)
}
