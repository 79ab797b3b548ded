package synth

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/write"
	"github.com/google/go-cmp/cmp"
)

func mustGenerate(t *testing.T, scale float64, seed uint64) *Graph {
	t.Helper()
	g, err := Generate(Config{Scale: scale, Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func units(g *Graph, size int) []store.Records {
	var out []store.Records
	for u := range g.Units(size) {
		out = append(out, u)
	}
	return out
}

func TestSameSeedSameRecords(t *testing.T) {
	a := units(mustGenerate(t, 0.05, 7), 1000)
	b := units(mustGenerate(t, 0.05, 7), 1000)
	if diff := cmp.Diff(a, b); diff != "" {
		t.Fatalf("two graphs from one seed differ (-first +second):\n%s", diff)
	}
	c := units(mustGenerate(t, 0.05, 8), 1000)
	if cmp.Equal(a, c) {
		t.Fatal("another seed gave the same graph")
	}
}

func TestRecordsPassValidation(t *testing.T) {
	scale := 0.2
	if !testing.Short() {
		scale = 1
	}
	g := mustGenerate(t, scale, 1)
	us := units(g, DefaultUnitSize)
	if err := write.Validate(context.Background(), nil, us); err != nil {
		t.Fatalf("SF%v records do not validate: %v", scale, err)
	}
}

func TestUnitsAreBoundedAndOrdered(t *testing.T) {
	g := mustGenerate(t, 0.1, 3)
	const size = 2000
	seenRelations := false
	entities, relations := 0, 0
	for _, u := range units(g, size) {
		if n := len(u.Entities) + len(u.Relations); n > size || n == 0 {
			t.Fatalf("unit %s has %d records, want 1..%d", u.Name, n, size)
		}
		if len(u.Sources) != 1 || u.Sources[0].ID != "source:synthetic-sf0-1" {
			t.Fatalf("unit %s carries sources %v, want the synthetic source", u.Name, u.Sources)
		}
		if len(u.Entities) > 0 && seenRelations {
			t.Fatalf("entity unit %s comes after relation units: its relations could not find their ends", u.Name)
		}
		seenRelations = seenRelations || len(u.Relations) > 0
		entities += len(u.Entities)
		relations += len(u.Relations)
	}
	if entities != g.Nodes()-1 || relations != g.Relationships() {
		t.Fatalf("units hold %d entities and %d relations, graph has %d and %d", entities, relations, g.Nodes()-1, g.Relationships())
	}
}

func TestEveryRecordCitesTheSyntheticSource(t *testing.T) {
	g := mustGenerate(t, 0.05, 1)
	want := []string{"source:synthetic-sf0-05"}
	for _, u := range units(g, 0) {
		for _, e := range u.Entities {
			if !slices.Equal(e.Sources, want) || !strings.Contains(e.ID, "synth") {
				t.Fatalf("entity %s cites %v", e.ID, e.Sources)
			}
		}
		for _, r := range u.Relations {
			if !slices.Equal(r.Sources, want) {
				t.Fatalf("relation %s %s %s cites %v", r.From, r.Type, r.To, r.Sources)
			}
		}
	}
}

func TestScaleFactorSizes(t *testing.T) {
	cases := []struct {
		scale              float64
		nodesLo, nodesHi   int
		relsLo, relsHi     int
		hubPartnersAtLeast int
		long               bool
	}{
		{scale: 1, nodesLo: 42_000, nodesHi: 52_000, relsLo: 95_000, relsHi: 120_000, hubPartnersAtLeast: 150},
		{scale: 10, nodesLo: 180_000, nodesHi: 230_000, relsLo: 900_000, relsHi: 1_100_000, hubPartnersAtLeast: 400, long: true},
	}
	for _, c := range cases {
		if c.long && testing.Short() {
			continue
		}
		g := mustGenerate(t, c.scale, 1)
		if n := g.Nodes(); n < c.nodesLo || n > c.nodesHi {
			t.Errorf("SF%v has %d nodes, want %d..%d", c.scale, n, c.nodesLo, c.nodesHi)
		}
		if n := g.Relationships(); n < c.relsLo || n > c.relsHi {
			t.Errorf("SF%v has %d relationships, want %d..%d", c.scale, n, c.relsLo, c.relsHi)
		}
		byType := g.RelationshipsByType()
		for _, typ := range kg.RelTypeNames() {
			if byType[typ] == 0 {
				t.Errorf("SF%v has no %s relationship", c.scale, typ)
			}
		}
		deg := g.PartnerDegrees()
		slices.Sort(deg)
		top := deg[len(deg)-1]
		var withPartners []int
		for _, d := range deg {
			if d > 0 {
				withPartners = append(withPartners, d)
			}
		}
		median := withPartners[len(withPartners)/2]
		if top < c.hubPartnersAtLeast || top < 30*median {
			t.Errorf("SF%v partner degrees are not skewed: top %d, median of partnered cities %d", c.scale, top, median)
		}
	}
}

func TestLandmarks(t *testing.T) {
	g := mustGenerate(t, 0.5, 1)
	lm := g.Landmarks(5)
	if len(lm.HubCities) != 5 || len(lm.Cities) != 5 || len(lm.PersonPairs) != 5 || len(lm.SearchTerms) != 5 || len(lm.VisitHosts) != 5 {
		t.Fatalf("landmarks incomplete: %+v", lm)
	}
	for i := 1; i < len(lm.HubCities); i++ {
		if lm.HubCities[i].Partners > lm.HubCities[i-1].Partners {
			t.Fatalf("hub cities not ordered by partners: %+v", lm.HubCities)
		}
	}
	if lm.HubCities[0].Partners < 10*lm.Cities[0].Partners {
		t.Errorf("the top hub (%d partners) is hardly a hub next to an ordinary city (%d)", lm.HubCities[0].Partners, lm.Cities[0].Partners)
	}
	for _, c := range lm.Cities {
		if c.Partners < 2 || c.Partners > 6 || c.Events < 2 {
			t.Errorf("ordinary city %+v out of range", c)
		}
	}
	for _, p := range lm.PersonPairs {
		if p[0] == p[1] {
			t.Errorf("person pair %v is one person", p)
		}
	}
	// the same landmarks every time
	if diff := cmp.Diff(lm, mustGenerate(t, 0.5, 1).Landmarks(5)); diff != "" {
		t.Errorf("landmarks differ between runs:\n%s", diff)
	}
}

func TestScaleName(t *testing.T) {
	for in, want := range map[float64]string{1: "1", 10: "10", 0.5: "0-5", 2.25: "2-25"} {
		if got := ScaleName(in); got != want {
			t.Errorf("ScaleName(%v) = %q, want %q", in, got, want)
		}
		if err := kg.ValidateSourceID("source:synthetic-sf" + ScaleName(in)); err != nil {
			t.Errorf("source id of SF%v: %v", in, err)
		}
	}
}

func TestGenerateRejectsBadScales(t *testing.T) {
	for _, s := range []float64{0, -1, 1e6} {
		if _, err := Generate(Config{Scale: s}); err == nil {
			t.Errorf("scale %v accepted", s)
		}
	}
}
