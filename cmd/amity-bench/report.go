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
		baseline := ""
		for _, r := range f.Results {
			if r.Scale == sc && r.Date != "" {
				title += fmt.Sprintf(", measured %s at Amity commit %s, %g s per target and cell", r.Date, r.AmityCommit, r.MeasuredSeconds)
				if baseline = r.BaselineCommit; baseline != "" {
					title += fmt.Sprintf(", baseline commit %s", baseline)
				}
				break
			}
		}
		w("### %s\n\n", title)
		var rows []Record
		for _, r := range f.Results {
			if r.Scale == sc {
				rows = append(rows, r)
			}
		}
		w("%s\n", renderTable(rows, tableColumns(slices.ContainsFunc(rows, hasBaseline))))
		for _, r := range rows {
			if r.Concurrency == f.Settings.Concurrency[0] && len(r.Excluded) > 0 {
				w("- %s: left out of the timed runs (every target) because a target failed on it: %s\n", r.Query, strings.Join(r.Excluded, "; "))
			}
		}
		if baseline != "" {
			w("- baseline: `cmd/amity` built at commit %s, run as Amity is (same environment, its own port) and asked the same documents in the same rounds; its statements per request are not counted (the counter is in-process, for the current code only).\n", baseline)
		}
		for _, r := range rows {
			if r.Concurrency == f.Settings.Concurrency[0] && hasBaseline(r) && !slices.Equal(r.ResultSizes, r.BaselineResultSizes) {
				w("- %s: the baseline's answers differ in size from Amity's: %v against %v\n", r.Query, r.BaselineResultSizes, r.ResultSizes)
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

// column is one column of a scale's results table.
type column struct {
	head  string
	align string // the markdown separator: "---" or "---:" (right-aligned)
	// baseline marks the baseline's columns, shown only for scales that measured one.
	baseline bool
	cell     func(Record) string
}

// resultColumns are the columns of a scale's results table, the baseline's beside
// Amity's. Tables of runs without a baseline come out as they did before it existed.
var resultColumns = []column{
	{head: "query", align: "---", cell: func(r Record) string { return r.Query }},
	{head: "c", align: "---:", cell: func(r Record) string { return fmt.Sprint(r.Concurrency) }},
	{head: "Amity q/s", align: "---:", cell: func(r Record) string { return fmt.Sprintf("%.1f", r.AmityQPS) }},
	{head: "baseline q/s", align: "---:", baseline: true, cell: baselineCell(func(r Record) string { return fmt.Sprintf("%.1f", r.BaselineQPS) })},
	{head: "driver q/s", align: "---:", cell: func(r Record) string { return fmt.Sprintf("%.1f", r.DriverQPS) }},
	{head: "peer q/s", align: "---:", cell: func(r Record) string { return fmt.Sprintf("%.1f", r.PeerQPS) }},
	{head: "Amity ÷ driver", align: "---:", cell: func(r Record) string { return fmt.Sprintf("%.2f", r.AmityOverDriver) }},
	{head: "Amity ÷ peer", align: "---:", cell: func(r Record) string { return fmt.Sprintf("%.2f", r.AmityOverPeer) }},
	{head: "Amity ÷ baseline", align: "---:", baseline: true, cell: baselineCell(func(r Record) string { return fmt.Sprintf("%.2f", r.AmityOverBaseline) })},
	{head: "Amity p50 / p95 / p99 ms", align: "---", cell: func(r Record) string {
		return fmt.Sprintf("%.1f / %.1f / %.1f", r.AmityP50Ms, r.AmityP95Ms, r.AmityP99Ms)
	}},
	{head: "baseline p50 / p95 / p99 ms", align: "---", baseline: true, cell: baselineCell(func(r Record) string {
		return fmt.Sprintf("%.1f / %.1f / %.1f", r.BaselineP50Ms, r.BaselineP95Ms, r.BaselineP99Ms)
	})},
	{head: "driver p99 ms", align: "---:", cell: func(r Record) string { return fmt.Sprintf("%.1f", r.DriverP99Ms) }},
	{head: "peer p99 ms", align: "---:", cell: func(r Record) string { return fmt.Sprintf("%.1f", r.PeerP99Ms) }},
	{head: "statements per request: Amity (min–max) / driver / peer", align: "---", cell: func(r Record) string {
		return fmt.Sprintf("%.2g (%d–%d) / %.2g / %.2g", r.AmityRoundTrips, r.AmityRoundTripsMin, r.AmityRoundTripsMax, r.DriverRoundTrips, r.PeerRoundTrips)
	}},
	{head: "RSS MB Amity / peer", align: "---", cell: func(r Record) string { return fmt.Sprintf("%.0f / %.0f", r.AmityRSSMB, r.PeerRSSMB) }},
	{head: "RSS MB baseline", align: "---:", baseline: true, cell: baselineCell(func(r Record) string { return fmt.Sprintf("%.0f", r.BaselineRSSMB) })},
	{head: "errors", align: "---:", cell: func(r Record) string {
		return fmt.Sprint(r.AmityErrors + r.BaselineErrors + r.DriverErrors + r.PeerErrors)
	}},
}

// tableColumns are resultColumns without the baseline's unless withBaseline.
func tableColumns(withBaseline bool) []column {
	return slices.DeleteFunc(slices.Clone(resultColumns), func(c column) bool { return c.baseline && !withBaseline })
}

// renderTable writes rows as a markdown table of cols.
func renderTable(rows []Record, cols []column) string {
	line := func(cell func(column) string, sep string) string {
		var parts []string
		for _, c := range cols {
			parts = append(parts, cell(c))
		}
		return "|" + sep + strings.Join(parts, sep+"|"+sep) + sep + "|\n"
	}
	var b strings.Builder
	b.WriteString(line(func(c column) string { return c.head }, " "))
	b.WriteString(line(func(c column) string { return c.align }, ""))
	for _, r := range rows {
		b.WriteString(line(func(c column) string { return c.cell(r) }, " "))
	}
	return b.String()
}

// hasBaseline reports whether the row measured a baseline.
func hasBaseline(r Record) bool { return r.BaselineCommit != "" }

// baselineCell is a dash in rows measured without a baseline (other queries of the
// same scale, from an earlier run), so a zero is not read as a measurement.
func baselineCell(cell func(Record) string) func(Record) string {
	return func(r Record) string {
		if !hasBaseline(r) {
			return "–"
		}
		return cell(r)
	}
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
