package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Record is one (scale, query, concurrency) row: the targets side by side.
type Record struct {
	Scale       float64 `json:"scale"`
	Query       string  `json:"query"`
	Concurrency int     `json:"concurrency"`
	// MeasuredSeconds is the measured time per target (after warm-up), Date the run's date.
	MeasuredSeconds float64 `json:"measured_seconds"`
	Date            string  `json:"date"`
	// AmityCommit is the commit of Amity the row measured (git HEAD, plus a note of
	// uncommitted changes outside the benchmark's own files).
	AmityCommit string `json:"amity_commit,omitempty"`
	// BaselineCommit is the commit the baseline target was built from (-baseline); the
	// baseline fields below are empty in rows measured without one.
	BaselineCommit string `json:"baseline_commit,omitempty"`

	AmityQPS   float64 `json:"amity_qps"`
	AmityP50Ms float64 `json:"amity_p50_ms"`
	AmityP95Ms float64 `json:"amity_p95_ms"`
	AmityP99Ms float64 `json:"amity_p99_ms"`
	// AmityRoundTrips is the mean number of Cypher statements per request over the
	// query's parameter sets, counted in-process with store.WithStatementCounter.
	AmityRoundTrips    float64 `json:"amity_round_trips"`
	AmityRoundTripsMin int     `json:"amity_round_trips_min"`
	AmityRoundTripsMax int     `json:"amity_round_trips_max"`
	AmityRSSMB         float64 `json:"amity_rss_mb"`
	AmityRequests      int     `json:"amity_requests"`
	AmityErrors        int     `json:"amity_errors"`

	DriverQPS        float64 `json:"driver_qps"`
	DriverP50Ms      float64 `json:"driver_p50_ms"`
	DriverP95Ms      float64 `json:"driver_p95_ms"`
	DriverP99Ms      float64 `json:"driver_p99_ms"`
	DriverRoundTrips float64 `json:"driver_round_trips"`
	DriverRequests   int     `json:"driver_requests"`
	DriverErrors     int     `json:"driver_errors"`

	// Baseline is cmd/amity built at BaselineCommit, run as Amity is and asked the same
	// documents. Its statements are not counted: the counter is in-process, for the
	// current code only.
	BaselineQPS      float64 `json:"baseline_qps,omitempty"`
	BaselineP50Ms    float64 `json:"baseline_p50_ms,omitempty"`
	BaselineP95Ms    float64 `json:"baseline_p95_ms,omitempty"`
	BaselineP99Ms    float64 `json:"baseline_p99_ms,omitempty"`
	BaselineRSSMB    float64 `json:"baseline_rss_mb,omitempty"`
	BaselineRequests int     `json:"baseline_requests,omitempty"`
	BaselineErrors   int     `json:"baseline_errors,omitempty"`

	PeerQPS   float64 `json:"peer_qps"`
	PeerP50Ms float64 `json:"peer_p50_ms"`
	PeerP95Ms float64 `json:"peer_p95_ms"`
	PeerP99Ms float64 `json:"peer_p99_ms"`
	// PeerRoundTrips is counted by the peer server, which wraps its driver's sessions
	// and transactions and counts every run().
	PeerRoundTrips float64 `json:"peer_round_trips"`
	PeerRSSMB      float64 `json:"peer_rss_mb"`
	PeerRequests   int     `json:"peer_requests"`
	PeerErrors     int     `json:"peer_errors"`

	AmityOverDriver float64 `json:"amity_over_driver"`
	AmityOverPeer   float64 `json:"amity_over_peer"`
	// AmityOverBaseline above 1 means the current code serves more requests per second.
	AmityOverBaseline float64 `json:"amity_over_baseline,omitempty"`
	// ResultSizes are the numbers of items each parameter set returned (Amity's answer).
	ResultSizes []int `json:"result_sizes,omitempty"`
	// BaselineResultSizes are the same for the baseline's answers.
	BaselineResultSizes []int `json:"baseline_result_sizes,omitempty"`
	// Variants labels the parameter sets the sizes belong to (hub, city, person, ...).
	Variants []string `json:"variants,omitempty"`
	// AmityRoundTripsPerVariant are the statement counts per parameter set.
	AmityRoundTripsPerVariant []int `json:"amity_round_trips_per_variant,omitempty"`
	// Excluded lists parameter sets left out of the timed runs of every target
	// because a target failed on them (for example Amity's 10 s query timeout).
	Excluded []string `json:"excluded,omitempty"`
}

// Settings are the knobs of the run.
type Settings struct {
	Duration       string `json:"duration"`
	Warmup         string `json:"warmup"`
	Concurrency    []int  `json:"concurrency"`
	Seed           uint64 `json:"seed"`
	UnitSize       int    `json:"unit_size"`
	Neo4jHeap      string `json:"neo4j_heap"`
	Neo4jPageCache string `json:"neo4j_pagecache"`
	MaxRequests    int    `json:"max_requests"`
	Rounds         int    `json:"rounds"`
}

// File is bench/results.json.
type File struct {
	Generated string            `json:"generated"`
	Machine   map[string]string `json:"machine"`
	Versions  map[string]string `json:"versions"`
	Settings  Settings          `json:"settings"`
	Loads     []LoadResult      `json:"loads"`
	Results   []Record          `json:"results"`
	Queries   []QueryDoc        `json:"queries,omitempty"`
}

// QueryDoc documents one query of the mix in the results file.
type QueryDoc struct {
	Name   string `json:"name"`
	Doc    string `json:"doc"`
	Amity  string `json:"amity_graphql"`
	Peer   string `json:"peer_graphql"`
	Driver string `json:"driver"`
}

func readResults(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return &File{}, nil
	}
	if err != nil {
		return nil, err
	}
	var f File
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, err
	}
	return &f, nil
}

func writeResults(path string, f *File) error {
	slices.SortStableFunc(f.Results, func(a, b Record) int {
		if a.Scale != b.Scale {
			return cmpFloat(a.Scale, b.Scale)
		}
		if a.Query != b.Query {
			return queryOrder(a.Query) - queryOrder(b.Query)
		}
		return a.Concurrency - b.Concurrency
	})
	slices.SortStableFunc(f.Loads, func(a, b LoadResult) int { return cmpFloat(a.Scale, b.Scale) })
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (f *File) load(scale float64) *LoadResult {
	for i := range f.Loads {
		if f.Loads[i].Scale == scale {
			return &f.Loads[i]
		}
	}
	return nil
}

func (f *File) setLoad(l LoadResult) {
	if p := f.load(l.Scale); p != nil {
		*p = l
		return
	}
	f.Loads = append(f.Loads, l)
}

// setResults replaces the records of (scale, query, concurrency) that were measured.
func (f *File) setResults(scale float64, recs []Record) {
	f.Results = slices.DeleteFunc(f.Results, func(r Record) bool {
		return r.Scale == scale && slices.ContainsFunc(recs, func(n Record) bool { return n.Query == r.Query && n.Concurrency == r.Concurrency })
	})
	f.Results = append(f.Results, recs...)
}

func machineInfo() map[string]string {
	m := map[string]string{"goos": runtime.GOOS, "goarch": runtime.GOARCH, "cpus": itoa(runtime.NumCPU())}
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				m["cpu"] = strings.TrimSpace(v)
				break
			}
		}
		f.Close()
	}
	if f, err := os.Open("/proc/meminfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if v, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
				m["memory"] = strings.TrimSpace(v)
				break
			}
		}
		f.Close()
	}
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		m["kernel"] = strings.TrimSpace(string(b))
	}
	return m
}

func versions(ctx context.Context, e *env) map[string]string {
	v := map[string]string{"go": runtime.Version()}
	if recs, _, err := rawQuery(ctx, e.raw, "CALL dbms.components() YIELD versions, edition RETURN versions[0] + ' ' + edition AS v", nil); err == nil && len(recs) > 0 {
		s, _ := recs[0].Values[0].(string)
		v["neo4j"] = s
	}
	if out, err := exec.CommandContext(ctx, "git", "-C", e.o.root, "rev-parse", "--short", "HEAD").Output(); err == nil {
		amity := strings.TrimSpace(string(out))
		// uncommitted changes to Amity itself (the benchmark's own files aside)
		st, _ := exec.CommandContext(ctx, "git", "-C", e.o.root, "status", "--porcelain", "--", ".",
			":!bench", ":!cmd/amity-bench", ":!internal/synth", ":!BENCHMARKS.md", ":!docs").Output()
		if n := len(strings.Fields(strings.TrimSpace(string(st)))) / 2; n > 0 {
			amity += fmt.Sprintf(" with %d uncommitted changes", n)
		}
		v["amity"] = amity
	}
	if out, err := exec.CommandContext(ctx, "java", "-version").CombinedOutput(); err == nil {
		v["java"] = strings.SplitN(strings.TrimSpace(string(out)), "\n", 2)[0]
	}
	if out, err := exec.CommandContext(ctx, "node", "--version").Output(); err == nil {
		v["node"] = strings.TrimSpace(string(out))
	}
	for _, mod := range []string{"github.com/neo4j/neo4j-go-driver/v5", "github.com/99designs/gqlgen"} {
		if out, err := exec.CommandContext(ctx, "go", "list", "-m", "-f", "{{.Version}}", mod).Output(); err == nil {
			v[mod] = strings.TrimSpace(string(out))
		}
	}
	for _, pkg := range []string{"@neo4j/graphql", "@apollo/server", "neo4j-driver", "graphql"} {
		b, err := os.ReadFile(e.o.root + "/bench/peer/node_modules/" + pkg + "/package.json")
		if err != nil {
			continue
		}
		var p struct{ Version string }
		if json.Unmarshal(b, &p) == nil {
			v[pkg] = p.Version
		}
	}
	return v
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

var _ = neo4j.AccessModeRead
