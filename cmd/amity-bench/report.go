package main

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
)

const (
	beginMark = "<!-- bench:results:begin (written by cmd/amity-bench; edit outside the markers) -->"
	endMark   = "<!-- bench:results:end -->"
)

// shallowQueries are the 1-2 hop queries of the SF10 latency target.
var shallowQueries = []string{"entity", "partners", "visits", "neighborhood"}

// writeMarkdown rewrites the results section of BENCHMARKS.md (between the markers),
// leaving the hand-written analysis around it alone.
func writeMarkdown(path string, f *File, plot string) error {
	section := renderResults(f, plot)
	old, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		old = []byte("# Benchmarks\n\n")
	} else if err != nil {
		return err
	}
	s := string(old)
	i, j := strings.Index(s, beginMark), strings.Index(s, endMark)
	if i >= 0 && j > i {
		s = s[:i] + section + s[j+len(endMark):]
	} else {
		s = strings.TrimRight(s, "\n") + "\n\n" + section + "\n"
	}
	return os.WriteFile(path, []byte(s), 0o644)
}

func renderResults(f *File, plot string) string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("%s\n\n", beginMark)
	w("Generated %s by `make bench` (`go run ./cmd/amity-bench`).\n\n", f.Generated)
	m := f.Machine
	w("- **Machine:** %s, %s CPUs, %s RAM, Linux %s (%s/%s). Load generator, Amity, the peer and Neo4j share it.\n",
		m["cpu"], m["cpus"], m["memory"], m["kernel"], m["goos"], m["goarch"])
	v := f.Versions
	w("- **Amity:** commit %s in the latest run (each scale below names its own).\n", v["amity"])
	w("- **Versions:** Neo4j %s; %s; neo4j-go-driver %s; gqlgen %s; Node %s; @neo4j/graphql %s; @apollo/server %s; neo4j-driver (JS) %s; graphql-js %s; %s.\n",
		v["neo4j"], v["go"], v["github.com/neo4j/neo4j-go-driver/v5"], v["github.com/99designs/gqlgen"], v["node"],
		v["@neo4j/graphql"], v["@apollo/server"], v["neo4j-driver"], v["graphql"], v["java"])
	s := f.Settings
	w("- **Settings (latest run):** %s measured per cell and target after %s warm-up, in %d rounds that alternate the targets (at most %d requests); concurrency %v; Neo4j heap %s, page cache %s; generator seed %d; load units of %d records.\n\n",
		s.Duration, s.Warmup, s.Rounds, s.MaxRequests, s.Concurrency, s.Neo4jHeap, s.Neo4jPageCache, s.Seed, s.UnitSize)

	w("### Load (internal/synth through write.Load)\n\n")
	w("| scale | nodes | relationships | units | load time | rels/s end to end | rels/s writing relationship units | rel. indexes dropped during load |\n")
	w("|---|---:|---:|---:|---:|---:|---:|---|\n")
	for _, l := range f.Loads {
		w("| SF%g | %d | %d | %d | %.1f s | %.0f | %.0f | %s |\n", l.Scale, l.Nodes, l.Relationships, l.Units, l.LoadSeconds,
			l.RelsPerSecond, l.RelWriteRelsPerSecond, yesNo(l.RelIndexesDropped, fmt.Sprintf("yes (rebuilt in %.1f s)", l.RebuildSeconds)))
	}
	w("\n")

	var scales []float64
	for _, r := range f.Results {
		if !slices.Contains(scales, r.Scale) {
			scales = append(scales, r.Scale)
		}
	}
	slices.Sort(scales)
	for _, sc := range scales {
		title := fmt.Sprintf("SF%g", sc)
		if l := f.load(sc); l != nil {
			title += fmt.Sprintf(" (%d nodes, %d relationships)", l.Nodes, l.Relationships)
		}
		for _, r := range f.Results {
			if r.Scale == sc && r.Date != "" {
				title += fmt.Sprintf(", measured %s at Amity commit %s, %g s per target and cell", r.Date, r.AmityCommit, r.MeasuredSeconds)
				break
			}
		}
		w("### %s\n\n", title)
		w("| query | c | Amity q/s | driver q/s | peer q/s | Amity ÷ driver | Amity ÷ peer | Amity p50 / p95 / p99 ms | driver p99 ms | peer p99 ms | statements per request: Amity (min–max) / driver / peer | RSS MB Amity / peer | errors |\n")
		w("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---|---|---:|\n")
		for _, r := range f.Results {
			if r.Scale != sc {
				continue
			}
			w("| %s | %d | %.1f | %.1f | %.1f | %.2f | %.2f | %.1f / %.1f / %.1f | %.1f | %.1f | %.2g (%d–%d) / %.2g / %.2g | %.0f / %.0f | %d |\n",
				r.Query, r.Concurrency, r.AmityQPS, r.DriverQPS, r.PeerQPS, r.AmityOverDriver, r.AmityOverPeer,
				r.AmityP50Ms, r.AmityP95Ms, r.AmityP99Ms, r.DriverP99Ms, r.PeerP99Ms,
				r.AmityRoundTrips, r.AmityRoundTripsMin, r.AmityRoundTripsMax, r.DriverRoundTrips, r.PeerRoundTrips,
				r.AmityRSSMB, r.PeerRSSMB, r.AmityErrors+r.DriverErrors+r.PeerErrors)
		}
		w("\n")
		for _, r := range f.Results {
			if r.Scale == sc && r.Concurrency == f.Settings.Concurrency[0] && len(r.Excluded) > 0 {
				w("- %s: left out of the timed runs (every target) because a target failed on it: %s\n", r.Query, strings.Join(r.Excluded, "; "))
			}
		}
		w("\n")
	}

	w("### Targets, as measured\n\n")
	w("| target | met? | where not |\n|---|---|---|\n")
	var miss []string
	for _, r := range f.Results {
		if r.DriverQPS > 0 && r.AmityOverDriver < 0.85 {
			miss = append(miss, fmt.Sprintf("SF%g %s c=%d: %.2f", r.Scale, r.Query, r.Concurrency, r.AmityOverDriver))
		}
	}
	w("| Amity ≥ 0.85 × driver throughput on every query | %s | %s |\n", met(miss), strings.Join(miss, "; "))
	miss = nil
	for _, r := range f.Results {
		if r.Concurrency == 16 && r.PeerQPS > 0 && r.AmityOverPeer < 2 {
			miss = append(miss, fmt.Sprintf("SF%g %s: %.2f", r.Scale, r.Query, r.AmityOverPeer))
		}
	}
	w("| Amity ≥ 2 × @neo4j/graphql throughput at c=16 | %s | %s |\n", met(miss), strings.Join(miss, "; "))
	miss = nil
	for _, r := range f.Results {
		if r.Concurrency != f.Settings.Concurrency[0] {
			continue
		}
		if g := growth(r); g != "" {
			miss = append(miss, fmt.Sprintf("SF%g %s: %s", r.Scale, r.Query, g))
		}
	}
	w("| Amity's round trips never grow with result size (no parameter set with a larger answer sends more statements) | %s | %s |\n", met(miss), strings.Join(miss, "; "))
	miss = nil
	found := false
	for _, r := range f.Results {
		if r.Scale == 10 && r.Concurrency == 1 && slices.Contains(shallowQueries, r.Query) {
			found = true
			if r.AmityP99Ms >= 50 {
				miss = append(miss, fmt.Sprintf("%s: %.1f ms", r.Query, r.AmityP99Ms))
			}
		}
	}
	if found {
		w("| SF10, c=1: Amity p99 < 50 ms for 1–2 hop queries (%s) | %s | %s |\n", strings.Join(shallowQueries, ", "), met(miss), strings.Join(miss, "; "))
	} else {
		w("| SF10, c=1: Amity p99 < 50 ms for 1–2 hop queries | not measured | |\n")
	}
	miss = nil
	for _, l := range f.Loads {
		if l.RelsPerSecond < 50000 {
			miss = append(miss, fmt.Sprintf("SF%g: %.0f rels/s", l.Scale, l.RelsPerSecond))
		}
	}
	w("| bulk load ≥ 50k relationships/s (end to end through write.Load) | %s | %s |\n\n", met(miss), strings.Join(miss, "; "))
	if plot != "" {
		w("![p99 latency against scale factor](%s)\n\n", plot)
	}
	w("%s", endMark)
	return b.String()
}

// growth names the first pair of parameter sets where a larger answer took more
// statements, or "" if there is none.
func growth(r Record) string {
	n := min(len(r.ResultSizes), len(r.AmityRoundTripsPerVariant))
	for i := range n {
		for j := range n {
			if r.ResultSizes[i] > r.ResultSizes[j] && r.AmityRoundTripsPerVariant[i] > r.AmityRoundTripsPerVariant[j] {
				return fmt.Sprintf("%d statements for %d items, %d for %d", r.AmityRoundTripsPerVariant[i], r.ResultSizes[i],
					r.AmityRoundTripsPerVariant[j], r.ResultSizes[j])
			}
		}
	}
	return ""
}

func met(miss []string) string {
	if len(miss) == 0 {
		return "yes"
	}
	return "**no**"
}

func yesNo(b bool, yes string) string {
	if b {
		return yes
	}
	return "no"
}
