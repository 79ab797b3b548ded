package main

import (
	"encoding/json"
	"os"
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
