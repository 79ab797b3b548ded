package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/amity-graph/amity/internal/synth"
	"github.com/google/go-cmp/cmp"
)

func TestCountAtSumsOverLists(t *testing.T) {
	var data any
	if err := json.Unmarshal([]byte(`{"entity":{"partners":[
		{"partner":{"events":[{"participants":[1,2,3]},{"participants":[4]}]}},
		{"partner":{"events":[]}},
		{"partner":{"events":[{"participants":null}]}}]}}`), &data); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]int{
		"entity.partners":                             3,
		"entity.partners.partner":                     3,
		"entity.partners.partner.events":              3,
		"entity.partners.partner.events.participants": 4,
		"entity.missing":                              0,
	} {
		if got := countAt(data, strings.Split(path, ".")); got != want {
			t.Errorf("countAt(%s) = %d, want %d", path, got, want)
		}
	}
}

func TestPercentilesAndSummary(t *testing.T) {
	var a, b sample
	for i := 1; i <= 50; i++ {
		a.lats = append(a.lats, time.Duration(i)*time.Millisecond)
		b.lats = append(b.lats, time.Duration(50+i)*time.Millisecond)
	}
	a.elapsed, b.elapsed = 5*time.Second, 5*time.Second
	b.errors, b.firstErr = 2, "boom"
	s := summarize(a, b)
	if s.requests != 100 || s.errors != 2 || s.firstErr != "boom" {
		t.Fatalf("summary %+v", s)
	}
	if s.p50 != 50*time.Millisecond || s.p95 != 95*time.Millisecond || s.p99 != 99*time.Millisecond {
		t.Fatalf("percentiles p50 %v p95 %v p99 %v", s.p50, s.p95, s.p99)
	}
	if s.qps() != 10 {
		t.Fatalf("qps %v, want 10", s.qps())
	}
	if pct(nil, 0.99) != 0 {
		t.Fatal("percentile of nothing")
	}
}

func TestTopN(t *testing.T) {
	if got := topN([]int{3, 9, 1, 7, 9, 2}, 3); !cmp.Equal(got, []int{9, 9, 7}) {
		t.Fatalf("topN = %v", got)
	}
}

func TestUnitClockTimestampsLoadedUnits(t *testing.T) {
	c := &unitClock{}
	c.Write([]byte("loaded sf1/entities-000 (10/20 records, 5/s)\nloaded sf1/rel"))
	c.Write([]byte("ations-000 (20/20 records, 5/s)\nsomething else\n"))
	if len(c.marks) != 2 || c.marks[0].name != "sf1/entities-000" || c.marks[1].name != "sf1/relations-000" {
		t.Fatalf("marks %+v", c.marks)
	}
}

func TestParseScales(t *testing.T) {
	got, err := parseFloats("1, sf10,SF50")
	if err != nil || !cmp.Equal(got, []float64{1, 10, 50}) {
		t.Fatalf("parseFloats = %v, %v", got, err)
	}
	if _, err := parseFloats("0"); err == nil {
		t.Fatal("scale 0 accepted")
	}
}

func TestMixCoversEveryQueryWithVariants(t *testing.T) {
	g, err := synth.Generate(synth.Config{Scale: 0.2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	qs := mix(g.Landmarks(8))
	var names []string
	for _, q := range qs {
		names = append(names, q.name)
		if len(q.variants) < 4 {
			t.Errorf("%s has %d parameter sets", q.name, len(q.variants))
		}
		for _, v := range q.variants {
			if v.amity == nil || v.peer == nil || v.args == nil {
				t.Errorf("%s/%s lacks arguments for a target", q.name, v.label)
			}
		}
		if !strings.Contains(q.amity, "query ") || !strings.Contains(q.peer, "query ") || q.driver == nil {
			t.Errorf("%s is missing a target", q.name)
		}
	}
	if !cmp.Equal(names, queryNames) {
		t.Fatalf("mix has %v, want %v", names, queryNames)
	}
}

func TestMarkdownKeepsTextOutsideTheMarkers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "BENCHMARKS.md")
	f := &File{Generated: "now", Machine: map[string]string{}, Versions: map[string]string{},
		Settings: Settings{Concurrency: []int{1, 16}},
		Loads:    []LoadResult{{Scale: 1, Nodes: 10, Relationships: 20, RelsPerSecond: 60000}},
		Results: []Record{{Scale: 1, Query: "partners", Concurrency: 1, AmityQPS: 90, DriverQPS: 100, AmityOverDriver: 0.9,
			AmityRoundTripsMin: 2, AmityRoundTripsMax: 2}}}
	if err := os.WriteFile(path, []byte("# Benchmarks\n\nintro\n\n"+beginMark+"\nold\n"+endMark+"\n\nanalysis\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeMarkdown(path, f, "plot.png"); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	s := string(b)
	for _, want := range []string{"intro", "analysis", "| partners | 1 | 90.0 | 100.0 |", "Amity ≥ 0.85 × driver throughput on every query | yes", "![p99 latency against scale factor](plot.png)"} {
		if !strings.Contains(s, want) {
			t.Errorf("markdown lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "\nold\n") || strings.Count(s, beginMark) != 1 {
		t.Errorf("old results section not replaced:\n%s", s)
	}
	if strings.Contains(s, "baseline") {
		t.Errorf("baseline columns in a run without a baseline:\n%s", s)
	}
}

func TestParseTargets(t *testing.T) {
	for _, c := range []struct {
		targets, baseline string
		want              []string
		fails             bool
	}{
		{targets: "driver,amity,peer", want: []string{"driver", "amity", "peer"}},
		{targets: "driver, amity ,baseline", baseline: "4fef6e0", want: []string{"driver", "amity", "baseline"}},
		// -baseline alone adds the target, so BENCH_BASELINE works with the default targets
		{targets: "driver,amity,peer", baseline: "HEAD~1", want: []string{"driver", "amity", "peer", "baseline"}},
		{targets: "driver,amity,baseline", fails: true},
		{targets: "driver,amity,baseline", baseline: " ", fails: true},
		{targets: "driver,old", baseline: "4fef6e0", fails: true},
	} {
		got, err := parseTargets(c.targets, c.baseline)
		if (err != nil) != c.fails || !cmp.Equal(got, c.want) {
			t.Errorf("parseTargets(%q, %q) = %v, %v; want %v (fails: %v)", c.targets, c.baseline, got, err, c.want, c.fails)
		}
	}
}

func baselineFile() *File {
	return &File{Generated: "now", Machine: map[string]string{}, Versions: map[string]string{"amity": "08b12fe", "baseline": "4fef6e0"},
		Settings: Settings{Concurrency: []int{1}},
		Results: []Record{
			{Scale: 1, Query: "entity", Concurrency: 1, Date: "2026-11-22", AmityCommit: "08b12fe", BaselineCommit: "4fef6e0", MeasuredSeconds: 1,
				AmityQPS: 200, DriverQPS: 250, BaselineQPS: 100, AmityOverBaseline: 2, AmityP99Ms: 5, BaselineP50Ms: 8, BaselineP95Ms: 9,
				BaselineP99Ms: 10, BaselineRSSMB: 40, BaselineErrors: 3, AmityErrors: 1, ResultSizes: []int{50, 3}, BaselineResultSizes: []int{50, 3}},
			{Scale: 1, Query: "partners", Concurrency: 1, Date: "2026-11-22", AmityCommit: "08b12fe", BaselineCommit: "4fef6e0",
				AmityQPS: 90, BaselineQPS: 90, AmityOverBaseline: 1, ResultSizes: []int{7}, BaselineResultSizes: []int{6}},
			// an earlier run's row, measured without a baseline
			{Scale: 1, Query: "search", Concurrency: 1, Date: "2026-11-20", AmityCommit: "e3a7503", AmityQPS: 300},
			{Scale: 10, Query: "entity", Concurrency: 1, Date: "2026-11-20", AmityCommit: "e3a7503", AmityQPS: 150},
		}}
}

func TestMarkdownShowsTheBaselineBesideAmity(t *testing.T) {
	s := renderResults(baselineFile(), "")
	sf1, sf10, _ := strings.Cut(s[strings.Index(s, "### SF1,"):], "### SF10")
	for _, want := range []string{
		"at Amity commit 08b12fe, 1 s per target and cell, baseline commit 4fef6e0",
		"| query | c | Amity q/s | baseline q/s | driver q/s | peer q/s | Amity ÷ driver | Amity ÷ peer | Amity ÷ baseline | Amity p50 / p95 / p99 ms | baseline p50 / p95 / p99 ms |",
		"| entity | 1 | 200.0 | 100.0 | 250.0 | 0.0 | 0.00 | 0.00 | 2.00 | 0.0 / 0.0 / 5.0 | 8.0 / 9.0 / 10.0 |",
		"| 0 / 0 | 40 | 4 |",
		"| search | 1 | 300.0 | – | 0.0 | 0.0 | 0.00 | 0.00 | – | 0.0 / 0.0 / 0.0 | – |",
		"baseline: `cmd/amity` built at commit 4fef6e0",
		"- partners: the baseline's answers differ in size from Amity's: [6] against [7]",
	} {
		if !strings.Contains(sf1, want) {
			t.Errorf("SF1 section lacks %q:\n%s", want, sf1)
		}
	}
	if strings.Contains(sf1, "- entity: the baseline's answers differ") {
		t.Errorf("equal sizes reported as different:\n%s", sf1)
	}
	if strings.Contains(sf10, "baseline") {
		t.Errorf("SF10, measured without a baseline, has baseline columns:\n%s", sf10)
	}
	for _, section := range []string{sf1, sf10} {
		table, _, _ := strings.Cut(section[strings.Index(section, "| query"):], "\n\n")
		lines := strings.Split(table, "\n")
		for _, line := range lines[1:] {
			if strings.Count(line, "|") != strings.Count(lines[0], "|") {
				t.Errorf("row with a different number of cells than its header %s:\n%s", lines[0], line)
			}
		}
	}
}

func TestPlotIgnoresTheBaseline(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plot.png")
	if err := plotLatency(path, baselineFile()); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Fatalf("no plot: %v", err)
	}
}

func TestRecordsWithoutABaselineKeepTheirJSON(t *testing.T) {
	b, err := json.Marshal(Record{Scale: 1, Query: "entity", AmityQPS: 1})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "baseline") {
		t.Errorf("a record without a baseline carries baseline fields: %s", b)
	}
}

// TestBaselineIsBuiltFromTheCommitNotTheWorkingTree checks that the revision is
// resolved to its commit and its files come from the object store: uncommitted and
// later changes in the working tree are not in the copy.
func TestBaselineIsBuiltFromTheCommitNotTheWorkingTree(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Fatal("these tests need git, as .ci/run does")
	}
	repo := t.TempDir()
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", repo, "-c", "user.name=bench", "-c", "user.email=bench@example.invalid"}, args...)...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v: %s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	write := func(name, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(repo, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(repo, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git("init", "-q")
	write("cmd/amity/main.go", "old")
	git("add", ".")
	git("commit", "-q", "-m", "old")
	write("cmd/amity/main.go", "new")
	git("commit", "-q", "-am", "new")
	write("cmd/amity/main.go", "uncommitted")

	ctx := t.Context()
	commit, err := resolveCommit(ctx, repo, "HEAD~1")
	if err != nil || commit != git("rev-parse", "--short", "HEAD~1") {
		t.Fatalf("resolveCommit(HEAD~1) = %q, %v", commit, err)
	}
	if _, err := resolveCommit(ctx, repo, "no-such-rev"); err == nil {
		t.Error("an unknown revision resolved")
	}
	dir := t.TempDir()
	if err := extractRevision(ctx, repo, commit, dir); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "cmd", "amity", "main.go")); err != nil || string(b) != "old" {
		t.Errorf("extracted main.go = %q, %v; want the old commit's", b, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "source.tar")); err == nil {
		t.Error("the archive was left in the copy")
	}
}

func TestGrowthFlagsOnlyLargerAnswersWithMoreStatements(t *testing.T) {
	flat := Record{ResultSizes: []int{0, 5, 500}, AmityRoundTripsPerVariant: []int{2, 1, 1}}
	if g := growth(flat); g != "" {
		t.Errorf("an empty answer's existence check counted as growth: %s", g)
	}
	grows := Record{ResultSizes: []int{25000, 100}, AmityRoundTripsPerVariant: []int{5, 4}}
	if g := growth(grows); g == "" {
		t.Error("5 statements for 25000 items against 4 for 100 not flagged")
	}
}
