// Command amity-bench measures Amity against the floor (the same Cypher through the Go
// driver, no HTTP or GraphQL) and a peer (@neo4j/graphql behind @apollo/server) on
// synthetic graphs of several scale factors, all on one dedicated local Neo4j.
//
//	go run ./cmd/amity-bench [-scales 1,10] [-duration 10s] [-concurrency 1,16] ...
//
// For each scale it wipes the bench database, generates the graph (internal/synth),
// loads it through the project's loader (internal/load) and reports the load rate, then
// starts Amity (the real cmd/amity binary, as a subprocess, so its memory is its own) and
// the peer (node bench/peer/server.mjs), and runs a fixed query mix at each concurrency
// against all three, warmed up, for a fixed time. With -baseline REV it also builds
// cmd/amity at an older revision and measures it beside the current one in the same
// rounds, so the two are compared under the same conditions. Results go to
// bench/results.json, a table in BENCHMARKS.md and a latency-vs-scale plot. Everything
// listens on 127.0.0.1.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/amity-graph/amity/internal/neo4jlocal"
)

type options struct {
	root        string
	scales      []float64
	seed        uint64
	duration    time.Duration
	warmup      time.Duration
	concurrency []int
	queries     []string
	targets     []string
	maxRequests int
	out         string
	markdown    string
	plot        string
	heap        string
	pageCache   string
	boltPort    int
	amityPort   int
	peerPort    int
	baseline    string
	basePort    int
	unitSize    int
	loadGroup   int
	reuse       bool
	keepNeo4j   bool
	profileDir  string
	rounds      int
	reportOnly  bool
}

func main() {
	var o options
	var scales, conc, queries, targets string
	flag.StringVar(&scales, "scales", envOr("BENCH_SCALES", "1,10"), "scale factors to run, comma-separated (SF50 is opt-in)")
	flag.Uint64Var(&o.seed, "seed", 1, "generator seed")
	flag.DurationVar(&o.duration, "duration", envDuration("BENCH_DURATION", 10*time.Second), "measured time per query, target and concurrency")
	flag.DurationVar(&o.warmup, "warmup", envDuration("BENCH_WARMUP", 2*time.Second), "warm-up time before each measurement")
	flag.StringVar(&conc, "concurrency", envOr("BENCH_CONCURRENCY", "1,16"), "concurrency levels, comma-separated")
	flag.StringVar(&queries, "queries", envOr("BENCH_QUERIES", ""), "only these queries (comma-separated names); empty for all")
	flag.StringVar(&targets, "targets", envOr("BENCH_TARGETS", "driver,amity,peer"), "targets to measure: driver, amity, peer, baseline")
	flag.StringVar(&o.baseline, "baseline", envOr("BENCH_BASELINE", ""), "git revision of Amity to measure beside the current one as the baseline target (implies it in -targets)")
	flag.IntVar(&o.maxRequests, "max-requests", 200_000, "stop a measurement after this many requests even before -duration")
	flag.StringVar(&o.out, "out", "bench/results.json", "results file (records of other scales already in it are kept)")
	flag.StringVar(&o.markdown, "markdown", "BENCHMARKS.md", "file whose results section is rewritten; empty for none")
	flag.StringVar(&o.plot, "plot", "bench/latency-vs-scale.png", "latency-vs-scale plot; empty for none")
	flag.StringVar(&o.heap, "heap", envOr("BENCH_NEO4J_HEAP", "4g"), "heap of the bench Neo4j")
	flag.StringVar(&o.pageCache, "pagecache", envOr("BENCH_NEO4J_PAGECACHE", "6g"), "page cache of the bench Neo4j")
	flag.IntVar(&o.boltPort, "bolt-port", 7689, "bolt port of the bench Neo4j")
	flag.IntVar(&o.amityPort, "amity-port", 18089, "port Amity listens on (127.0.0.1)")
	flag.IntVar(&o.peerPort, "peer-port", 18090, "port the @neo4j/graphql peer listens on (127.0.0.1)")
	flag.IntVar(&o.basePort, "baseline-port", 18091, "port the baseline Amity listens on (127.0.0.1)")
	flag.IntVar(&o.unitSize, "unit-size", 50_000, "records per load unit (one write transaction each)")
	flag.IntVar(&o.loadGroup, "load-group", 0, "records validated and loaded per write.Load call; 0 loads every unit in one call (see bench/README.md before lowering it)")
	flag.BoolVar(&o.reuse, "reuse", false, "keep the graph in the bench database when it already holds this scale and seed")
	flag.BoolVar(&o.keepNeo4j, "keep-neo4j", false, "leave the bench Neo4j running at the end")
	flag.StringVar(&o.profileDir, "profile", "", "write a CPU profile of Amity per query (c=16) and Neo4j PROFILE plans into this folder")
	flag.BoolVar(&o.reportOnly, "report-only", false, "only redraw the plot and rewrite the BENCHMARKS.md section from the results file")
	flag.IntVar(&o.rounds, "rounds", 2, "split each measurement into this many rounds that alternate the targets")
	flag.Parse()
	var err error
	if o.scales, err = parseFloats(scales); err != nil {
		fail(err)
	}
	if o.concurrency, err = parseInts(conc); err != nil {
		fail(err)
	}
	o.queries = splitList(queries)
	if o.targets, err = parseTargets(targets, o.baseline); err != nil {
		fail(err)
	}
	wd, err := os.Getwd()
	if err != nil {
		fail(err)
	}
	if o.root, err = neo4jlocal.FindRepoRoot(wd); err != nil {
		fail(err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, o); err != nil {
		stop()
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "amity-bench:", err)
	os.Exit(1)
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func envDuration(name string, def time.Duration) time.Duration {
	if v := os.Getenv(name); v != "" {
		if d, err := time.ParseDuration(v); err == nil {
			return d
		}
		fail(fmt.Errorf("%s=%q is not a duration like 10s", name, v))
	}
	return def
}

func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func parseFloats(s string) ([]float64, error) {
	var out []float64
	for _, x := range splitList(strings.ToLower(s)) {
		f, err := strconv.ParseFloat(strings.TrimPrefix(x, "sf"), 64)
		if err != nil || f <= 0 {
			return nil, fmt.Errorf("bad scale %q", x)
		}
		out = append(out, f)
	}
	if len(out) == 0 {
		return nil, errors.New("no scales")
	}
	return out, nil
}

// parseTargets checks the -targets list. -baseline REV adds the baseline target, so
// `make bench BENCH_BASELINE=REV` measures it without restating the targets; naming
// baseline without a revision is an error, as there would be nothing to build.
func parseTargets(s, baseline string) ([]string, error) {
	ts := splitList(s)
	for _, t := range ts {
		if !slices.Contains(targetNames, t) {
			return nil, fmt.Errorf("unknown target %q (want %s)", t, strings.Join(targetNames, ", "))
		}
	}
	hasBaseline := slices.Contains(ts, "baseline")
	switch {
	case hasBaseline && strings.TrimSpace(baseline) == "":
		return nil, errors.New("target baseline needs -baseline REV (BENCH_BASELINE), the git revision of Amity to build")
	case !hasBaseline && strings.TrimSpace(baseline) != "":
		ts = append(ts, "baseline")
	}
	return ts, nil
}

// targetNames are the targets the bench knows.
var targetNames = []string{"driver", "amity", "baseline", "peer"}

func parseInts(s string) ([]int, error) {
	var out []int
	for _, x := range splitList(s) {
		n, err := strconv.Atoi(x)
		if err != nil || n < 1 || n > 256 {
			return nil, fmt.Errorf("bad concurrency %q (1..256)", x)
		}
		out = append(out, n)
	}
	if len(out) == 0 {
		return nil, errors.New("no concurrency levels")
	}
	return out, nil
}

func (o options) wants(target string) bool {
	for _, t := range o.targets {
		if t == target {
			return true
		}
	}
	return false
}

var logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "%s  %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
}

// path resolves a file name given on the command line against the repository root.
func (o options) path(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(o.root, p)
}
