// Command amity-export writes Amity's graph to a file: the whole graph, or an entity's
// neighbourhood to a depth, as GraphML or GEXF (Gephi, networkx), a zip of nodes.csv
// and edges.csv, or JSON lines. It reads the same Neo4j settings as amity-load and
// streams from Neo4j to the file; the file appears only when it is complete.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/amity-graph/amity/internal/config"
	"github.com/amity-graph/amity/internal/export"
	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

type options struct {
	format export.Format
	scope  store.ExportScope
	out    string
}

func main() {
	var opt options
	format := flag.String("format", "graphml", "graphml, gexf, csv (a zip of nodes.csv and edges.csv) or jsonl")
	flag.StringVar(&opt.scope.ID, "id", "", "export this entity's neighbourhood (default: the whole graph)")
	flag.IntVar(&opt.scope.Depth, "depth", 1, "with -id, how many hops around the entity (1..3)")
	flag.StringVar(&opt.out, "o", "", "file to write (required)")
	flag.Parse()
	fail := func(err error) {
		fmt.Fprintln(os.Stderr, "amity-export:", err)
		os.Exit(1)
	}
	var err error
	if opt.format, err = export.ParseFormat(*format); err != nil {
		fail(err)
	}
	if opt.out == "" || flag.NArg() > 0 {
		fail(fmt.Errorf("usage: amity-export -o FILE [-format graphml|gexf|csv|jsonl] [-id ID [-depth N]]"))
	}
	if opt.scope.ID == "" {
		opt.scope.Depth = 0
	}
	cfg, err := config.Neo4jFromEnv(os.Getenv)
	if err != nil {
		fail(err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err = run(ctx, cfg, opt)
	stop()
	if err != nil {
		fail(err)
	}
}

// run exports opt.scope into opt.out through a temporary file in the same folder,
// renamed into place once the export is whole.
func run(ctx context.Context, cfg store.Config, opt options) (err error) {
	db, err := store.Open(cfg)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))
	tmp, err := os.CreateTemp(filepath.Dir(opt.out), ".amity-export-*")
	if err != nil {
		return fmt.Errorf("export to %s: %w", opt.out, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	w, err := export.New(opt.format, tmp)
	if err != nil {
		return err
	}
	var nodes, edges int
	err = db.Export(ctx, opt.scope,
		func(n *kg.Node) error { nodes++; return w.Node(n) },
		func(e kg.Edge) error { edges++; return w.Edge(e) })
	if err == nil {
		err = w.Close()
	}
	if err == nil {
		err = tmp.Chmod(0o644) // CreateTemp makes it private; an export is meant to be shared
	}
	if err == nil {
		err = tmp.Close()
	}
	if err == nil {
		err = os.Rename(tmp.Name(), opt.out)
	}
	if err != nil {
		return fmt.Errorf("export to %s: %w", opt.out, err)
	}
	fmt.Printf("amity-export: wrote %s (%s): %d nodes, %d edges\n", opt.out, opt.format, nodes, edges)
	return nil
}
