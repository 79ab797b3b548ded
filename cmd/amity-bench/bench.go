package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/amity-graph/amity/internal/neo4jlocal"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/synth"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// env is what every phase needs: the bench Neo4j and its credentials.
type env struct {
	o          options
	inst       neo4jlocal.Instance
	user, pass string
	db         *store.Store
	raw        neo4j.DriverWithContext
	amityBin   string
	// baseBin is cmd/amity built at -baseline, baseCommit that revision's short commit.
	baseBin    string
	baseCommit string
}

func run(ctx context.Context, o options) error {
	started := time.Now()
	if o.reportOnly {
		file, err := readResults(o.path(o.out))
		if err != nil {
			return err
		}
		return writeReports(file, o)
	}
	inst, err := neo4jlocal.Named(o.root, "bench", o.boltPort)
	if err != nil {
		return err
	}
	inst.Heap, inst.PageCache, inst.Logger = o.heap, o.pageCache, logger
	inst.StartTimeout = 3 * time.Minute
	e := &env{o: o, inst: inst}
	if o.wants("amity") {
		// Build first: a compile error should not cost a Neo4j start.
		if e.amityBin, err = buildAmity(ctx, o.root); err != nil {
			return err
		}
	}
	if o.wants("baseline") {
		if e.baseBin, e.baseCommit, err = buildBaseline(ctx, o.root, o.baseline); err != nil {
			return err
		}
	}
	if o.wants("peer") {
		if err := ensurePeerDeps(ctx, o.root); err != nil {
			return err
		}
	}
	if err := inst.Start(ctx); err != nil {
		return err
	}
	if !o.keepNeo4j {
		defer func() {
			logf("stopping the bench Neo4j")
			if err := inst.Stop(context.WithoutCancel(ctx)); err != nil {
				logf("stop bench Neo4j: %v", err)
			}
		}()
	}
	if e.user, e.pass, err = inst.Credentials(); err != nil {
		return err
	}
	e.db, err = store.Open(store.Config{URI: inst.URI(), User: e.user, Password: e.pass, Database: "neo4j",
		QueryTimeout: 60 * time.Second, WriteTimeout: 60 * time.Minute, MaxConnections: 64, Logger: logger})
	if err != nil {
		return err
	}
	defer e.db.Close(context.WithoutCancel(ctx))
	e.raw, err = neo4j.NewDriverWithContext(inst.URI(), neo4j.BasicAuth(e.user, e.pass, ""))
	if err != nil {
		return err
	}
	defer e.raw.Close(context.WithoutCancel(ctx))
	if err := e.db.Ping(ctx); err != nil {
		return err
	}
	if err := e.db.Migrate(ctx); err != nil {
		return err
	}

	file, err := readResults(o.path(o.out))
	if err != nil {
		return err
	}
	file.Machine = machineInfo()
	file.Versions = versions(ctx, e)
	if e.baseCommit != "" {
		file.Versions["baseline"] = e.baseCommit
	}
	file.Settings = Settings{Duration: o.duration.String(), Warmup: o.warmup.String(), Concurrency: o.concurrency,
		Seed: o.seed, UnitSize: o.unitSize, Neo4jHeap: o.heap, Neo4jPageCache: o.pageCache, MaxRequests: o.maxRequests, Rounds: o.rounds}
	for _, scale := range o.scales {
		if err := ctx.Err(); err != nil {
			return err
		}
		t := time.Now()
		g, err := synth.Generate(synth.Config{Scale: scale, Seed: o.seed})
		if err != nil {
			return err
		}
		genTime := time.Since(t)
		logf("SF%s: generated %d nodes, %d relationships in %.1fs", synth.ScaleName(scale), g.Nodes(), g.Relationships(), genTime.Seconds())
		lr, err := loadScale(ctx, e.db, e.raw, g, genTime, o)
		if err != nil {
			return fmt.Errorf("load SF%s: %w", synth.ScaleName(scale), err)
		}
		if !lr.Reused {
			logf("SF%s: loaded in %.1fs: %.0f relationships/s end to end (validation included), %.0f relationships/s writing relationship units",
				synth.ScaleName(scale), lr.LoadSeconds, lr.RelsPerSecond, lr.RelWriteRelsPerSecond)
			file.setLoad(lr)
			// Keep the load's numbers even if the query runs are interrupted.
			if err := writeResults(o.path(o.out), file); err != nil {
				return err
			}
		} else if prev := file.load(scale); prev == nil {
			file.setLoad(lr)
		}
		lm := g.Landmarks(8)
		recs, err := benchScale(ctx, e, g, lm)
		if err != nil {
			return fmt.Errorf("bench SF%s: %w", synth.ScaleName(scale), err)
		}
		for i := range recs {
			recs[i].AmityCommit = file.Versions["amity"]
			recs[i].BaselineCommit = file.Versions["baseline"]
		}
		file.setResults(scale, recs)
		file.Queries = nil
		for _, q := range mix(lm) {
			file.Queries = append(file.Queries, QueryDoc{Name: q.name, Doc: q.doc, Amity: q.amity, Peer: q.peer, Driver: q.driverDoc})
		}
		file.Generated = time.Now().UTC().Format(time.RFC3339)
		if err := writeResults(o.path(o.out), file); err != nil {
			return err
		}
		logf("SF%s: results written to %s", synth.ScaleName(scale), o.out)
		g = nil
		runtime.GC()
	}
	if err := writeReports(file, o); err != nil {
		return err
	}
	logf("done in %s", time.Since(started).Round(time.Second))
	return nil
}

// writeReports draws the plot and rewrites the results section of the markdown file.
func writeReports(file *File, o options) error {
	if o.plot != "" {
		if err := plotLatency(o.path(o.plot), file); err != nil {
			return err
		}
		logf("plot written to %s", o.plot)
	}
	if o.markdown != "" {
		if err := writeMarkdown(o.path(o.markdown), file, o.plot); err != nil {
			return err
		}
		logf("results table written to %s", o.markdown)
	}
	return nil
}

// buildAmity builds the real server binary, so it runs as its own process.
func buildAmity(ctx context.Context, root string) (string, error) {
	bin := filepath.Join(root, ".bench", "bin", "amity")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/amity")
	cmd.Dir = root
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	logf("building %s", bin)
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build ./cmd/amity: %w", err)
	}
	return bin, nil
}

// buildBaseline builds cmd/amity as it was at rev into .bench/bin/amity-baseline. It
// builds from a copy of that revision in a temporary folder (git archive), so the
// working tree, index and branch that others are editing stay as they are. It returns
// the binary and the revision's short commit, which the results record.
func buildBaseline(ctx context.Context, root, rev string) (bin, commit string, err error) {
	if commit, err = resolveCommit(ctx, root, rev); err != nil {
		return "", "", err
	}
	dir, err := os.MkdirTemp("", "amity-baseline-"+commit+"-")
	if err != nil {
		return "", "", fmt.Errorf("baseline %s: temporary folder: %w", commit, err)
	}
	defer os.RemoveAll(dir)
	if err := extractRevision(ctx, root, commit, dir); err != nil {
		return "", "", err
	}
	bin = filepath.Join(root, ".bench", "bin", "amity-baseline")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/amity")
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	logf("building %s from commit %s", bin, commit)
	if err := cmd.Run(); err != nil {
		return "", "", fmt.Errorf("go build ./cmd/amity at baseline %s: %w", commit, err)
	}
	return bin, commit, nil
}

// resolveCommit turns a revision (a commit, tag, branch or HEAD~3) into its short
// commit, so the results name what was built even if a branch moves later.
func resolveCommit(ctx context.Context, root, rev string) (string, error) {
	out, err := exec.CommandContext(ctx, "git", "-C", root, "rev-parse", "--verify", "--quiet", "--short", rev+"^{commit}").Output()
	if err != nil {
		return "", fmt.Errorf("baseline: %q is not a commit of this repository: %w", rev, err)
	}
	return strings.TrimSpace(string(out)), nil
}

// extractRevision writes the files of commit into dir. git archive reads only the
// object store; the archive goes to a file first, so a failing tar cannot leave git
// blocked on a full pipe.
func extractRevision(ctx context.Context, root, commit, dir string) error {
	tarball := filepath.Join(dir, "source.tar")
	if out, err := exec.CommandContext(ctx, "git", "-C", root, "archive", "--format=tar", "-o", tarball, commit).CombinedOutput(); err != nil {
		return fmt.Errorf("git archive %s: %w: %s", commit, err, out)
	}
	if out, err := exec.CommandContext(ctx, "tar", "-x", "-f", tarball, "-C", dir).CombinedOutput(); err != nil {
		return fmt.Errorf("extract %s into %s: %w: %s", commit, dir, err, out)
	}
	return os.Remove(tarball)
}

// ensurePeerDeps installs the peer's pinned packages (package-lock.json) when missing.
func ensurePeerDeps(ctx context.Context, root string) error {
	dir := filepath.Join(root, "bench", "peer")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "@neo4j", "graphql", "package.json")); err == nil {
		return nil
	}
	if _, err := exec.LookPath("npm"); err != nil {
		return fmt.Errorf("the peer needs Node.js and npm (or run with -targets driver,amity): %w", err)
	}
	logf("installing the peer's packages (npm ci in bench/peer)")
	cmd := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund")
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("npm ci in %s: %w", dir, err)
	}
	return nil
}
