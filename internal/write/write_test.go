package write

import (
	"context"
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// fakeGraph is what Validate and Load need of the store: entities and sources already in
// the graph, and a record of what was written.
type fakeGraph struct {
	kinds   map[string]kg.Kind
	sources map[string]bool
	written []string
	fail    error
}

func (g *fakeGraph) KindsOf(_ context.Context, ids []string) (map[string]kg.Kind, error) {
	out := map[string]kg.Kind{}
	for _, id := range ids {
		if k, ok := g.kinds[id]; ok {
			out[id] = k
		}
	}
	return out, nil
}

func (g *fakeGraph) SourcesExist(_ context.Context, ids []string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, id := range ids {
		out[id] = g.sources[id]
	}
	return out, nil
}

func (g *fakeGraph) WriteRecords(_ context.Context, rec store.Records, _ store.Progress) error {
	if g.fail != nil {
		return g.fail
	}
	g.written = append(g.written, rec.Name)
	return nil
}

var (
	src     = kg.Source{ID: "source:a", Title: "An article"}
	sapporo = kg.Entity{ID: "city:jp:sapporo", Kind: kg.City, Name: "Sapporo", Sources: []string{"source:a"}}
	twin    = kg.Relation{From: "city:cn:shenyang", Type: kg.PartnerOf, To: "city:jp:sapporo",
		Props: map[string]any{"partnership": "sister", "since": "1980"}, Sources: []string{"source:a"}}
)

func TestValidate(t *testing.T) {
	inGraph := &fakeGraph{kinds: map[string]kg.Kind{"city:cn:shenyang": kg.City}, sources: map[string]bool{"source:old": true}}
	for _, tc := range []struct {
		name  string
		units []store.Records
		want  []string // fragments of the problems, in order; nil for valid
	}{
		{"relation to an entity already in the graph", []store.Records{{Sources: []kg.Source{src}, Entities: []kg.Entity{sapporo}, Relations: []kg.Relation{twin}}}, nil},
		{"a source already in the graph", []store.Records{{Entities: []kg.Entity{{ID: "city:jp:sapporo", Kind: kg.City, Name: "Sapporo", Sources: []string{"source:old"}}}}}, nil},
		{"undeclared source", []store.Records{{Entities: []kg.Entity{sapporo}}}, []string{"sources: cites source:a, which no file declares"}},
		{"unknown end", []store.Records{{Sources: []kg.Source{src}, Relations: []kg.Relation{{From: "city:cn:shenyang", Type: kg.PartnerOf, To: "city:jp:nowhere", Sources: []string{"source:a"}}}}}, []string{`no entity "city:jp:nowhere"`}},
		{"one id, two kinds", []store.Records{{Sources: []kg.Source{src}, Entities: []kg.Entity{sapporo}}, {Entities: []kg.Entity{{ID: "city:jp:sapporo", Kind: kg.Region, Name: "Sapporo", Sources: []string{"source:a"}}}}}, []string{`must start with "region:"`}},
		{"a relation twice in one unit", []store.Records{{Sources: []kg.Source{src}, Entities: []kg.Entity{sapporo}, Relations: []kg.Relation{twin, twin}}}, []string{"repeats the record"}},
	} {
		err := Validate(context.Background(), inGraph, tc.units)
		var got []string
		var v *ValidationError
		if errors.As(err, &v) {
			for _, p := range v.Problems {
				got = append(got, p.Error())
			}
		} else if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: problems %q, want %d like %q", tc.name, got, len(tc.want), tc.want)
			continue
		}
		for i := range got {
			if !strings.Contains(got[i], tc.want[i]) {
				t.Errorf("%s: problem %q does not say %q", tc.name, got[i], tc.want[i])
			}
		}
	}
}

func TestLoadWritesNothingUnlessAllIsValid(t *testing.T) {
	g := &fakeGraph{}
	good := store.Records{Name: "good", Sources: []kg.Source{src}, Entities: []kg.Entity{sapporo}}
	bad := store.Records{Name: "bad", Entities: []kg.Entity{{ID: "city:jp:x", Kind: kg.City, Name: "X"}}}
	if _, err := Load(context.Background(), g, []store.Records{good, bad}, Options{}); !IsValidation(err) {
		t.Fatalf("Load = %v, want a validation error", err)
	}
	if len(g.written) != 0 {
		t.Fatalf("wrote %v although a unit was bad", g.written)
	}
	sum, err := Load(context.Background(), g, []store.Records{good, {Name: "more", Relations: nil}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"good", "more"}, g.written); diff != "" || sum.Units != 2 || sum.Records != 2 {
		t.Errorf("written (-want +got):\n%s\nsummary %+v", diff, sum)
	}
	g.fail = errors.New("neo4j is down")
	if _, err := Load(context.Background(), g, []store.Records{good}, Options{}); !errors.Is(err, g.fail) || IsValidation(err) {
		t.Errorf("a failed write = %v, want the store's error, not a validation error", err)
	}
}

// ledgerGraph keeps the fingerprints of the units written, as the store's LoadUnit
// nodes do.
type ledgerGraph struct {
	fakeGraph
	units map[string]store.LoadUnit
}

func (g *ledgerGraph) WriteRecords(ctx context.Context, rec store.Records, p store.Progress) error {
	if err := g.fakeGraph.WriteRecords(ctx, rec, p); err != nil {
		return err
	}
	if rec.Fingerprint != "" {
		g.units[rec.Name] = store.LoadUnit{Name: rec.Name, Fingerprint: rec.Fingerprint}
	}
	return nil
}

func (g *ledgerGraph) LoadUnits(context.Context) (map[string]store.LoadUnit, error) {
	return maps.Clone(g.units), nil
}

func TestLoadSkipsUnchangedUnits(t *testing.T) {
	ctx := context.Background()
	g := &ledgerGraph{units: map[string]store.LoadUnit{}}
	units := func() []store.Records {
		return []store.Records{
			{Name: "curated/a.yaml", Sources: []kg.Source{src}, Entities: []kg.Entity{sapporo}, Authoritative: true},
			{Name: "refdata", Relations: []kg.Relation{twin}},
		}
	}
	skip := Options{SkipUnchanged: true}
	g.kinds = map[string]kg.Kind{"city:cn:shenyang": kg.City}

	sum, err := Load(ctx, g, units(), skip)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"curated/a.yaml", "refdata"}, g.written); diff != "" || len(sum.Skipped) != 0 || sum.Records != 3 {
		t.Fatalf("first load wrote (-want +got):\n%s\nsummary %+v", diff, sum)
	}

	g.written = nil
	sum, err = Load(ctx, g, units(), skip)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.written) != 0 || sum.Records != 0 || sum.Units != 2 {
		t.Errorf("a load of unchanged units wrote %v (summary %+v), want nothing", g.written, sum)
	}
	if diff := cmp.Diff([]string{"curated/a.yaml", "refdata"}, sum.Skipped); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}

	// One record changes: only its unit is written.
	changed := units()
	changed[1].Relations[0].Props = map[string]any{"partnership": "sister", "since": "1981"}
	g.written = nil
	sum, err = Load(ctx, g, changed, skip)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"refdata"}, g.written); diff != "" || !slices.Equal(sum.Skipped, []string{"curated/a.yaml"}) {
		t.Errorf("after one change, written (-want +got):\n%s\nskipped %v", diff, sum.Skipped)
	}

	// Without the option (editor mutations) every unit is written, with no fingerprint.
	g.written = nil
	if _, err := Load(ctx, g, units(), Options{}); err != nil {
		t.Fatal(err)
	}
	if len(g.written) != 2 || g.units["refdata"].Fingerprint != store.Fingerprint(changed[1]) {
		t.Errorf("without SkipUnchanged wrote %v and left fingerprints %v", g.written, g.units)
	}

	// Force writes every unit, and records their fingerprints.
	g.written = nil
	g.units = map[string]store.LoadUnit{}
	if _, err := Load(ctx, g, changed, Options{SkipUnchanged: true, Force: true}); err != nil {
		t.Fatal(err)
	}
	if len(g.written) != 2 || len(g.units) != 2 || g.units["refdata"].Fingerprint != store.Fingerprint(changed[1]) {
		t.Errorf("with Force wrote %v and recorded %v", g.written, g.units)
	}

	// Skipped units are still validated: nothing is written when one is bad.
	bad := units()
	bad[0].Entities = append(bad[0].Entities, kg.Entity{ID: "city:jp:x", Kind: kg.City, Name: "X"})
	g.written = nil
	if _, err := Load(ctx, g, append(bad, changed[1]), skip); !IsValidation(err) {
		t.Errorf("Load = %v, want a validation error", err)
	}
	if len(g.written) != 0 {
		t.Errorf("wrote %v although a unit was bad", g.written)
	}
}

func TestSkipUnchangedNeedsNamesAndALedger(t *testing.T) {
	ctx := context.Background()
	skip := Options{SkipUnchanged: true}
	u := store.Records{Name: "a", Sources: []kg.Source{src}}
	if _, err := Load(ctx, &fakeGraph{}, []store.Records{u}, skip); err == nil || !strings.Contains(err.Error(), "keeps load units") {
		t.Errorf("a graph without a ledger: %v", err)
	}
	g := &ledgerGraph{units: map[string]store.LoadUnit{}}
	for _, units := range [][]store.Records{{u, u}, {{Sources: []kg.Source{src}}}} {
		if _, err := Load(ctx, g, units, skip); err == nil || !strings.Contains(err.Error(), "unique unit names") {
			t.Errorf("units named %q, %q: %v", units[0].Name, units[len(units)-1].Name, err)
		}
	}
	if len(g.written) != 0 {
		t.Errorf("wrote %v", g.written)
	}
}

// TestReferenceDataYieldsToCuratedFacts: a reference data set may state a property the
// curated facts state otherwise (a population from GeoNames beside an article's
// figure); the curated value stands and nothing is refused.
func TestReferenceDataYieldsToCuratedFacts(t *testing.T) {
	curated := store.Records{Name: "curated", Authoritative: true, Sources: []kg.Source{src},
		Entities: []kg.Entity{{ID: "city:jp:hamamatsu", Kind: kg.City, Name: "Hamamatsu", Sources: []string{"source:a"},
			Figures: []kg.Figure{{Name: "population", Value: 793000, AsOf: "2023", Source: "source:a"}}}}}
	reference := store.Records{Name: "refdata", Sources: []kg.Source{{ID: "source:geonames", Title: "GeoNames"}},
		Entities: []kg.Entity{{ID: "city:jp:hamamatsu", Kind: kg.City, Name: "Hamamatsu", Sources: []string{"source:geonames"},
			Props: map[string]any{"population": int64(791707), "lat": 34.7, "lon": 137.7}}}}
	g := &fakeGraph{}
	if _, err := Load(context.Background(), g, []store.Records{curated, reference}, Options{}); err != nil {
		t.Fatalf("Load = %v, want the reference value to yield", err)
	}
	got := yieldToAuthority([]store.Records{curated, reference})[1].Entities[0].Props
	if diff := cmp.Diff(map[string]any{"lat": 34.7, "lon": 137.7}, got); diff != "" {
		t.Errorf("reference props after yielding (-want +got):\n%s", diff)
	}
	if _, ok := reference.Entities[0].Props["population"]; !ok {
		t.Error("yielding changed the caller's records")
	}
	// Two reference data sets that disagree are still refused.
	other := reference
	other.Name = "other"
	other.Entities = []kg.Entity{{ID: "city:jp:hamamatsu", Kind: kg.City, Name: "Hamamatsu", Sources: []string{"source:geonames"},
		Props: map[string]any{"lat": 35.0}}}
	if err := Validate(context.Background(), g, []store.Records{reference, other}); !IsValidation(err) {
		t.Errorf("conflicting reference data: %v, want a validation error", err)
	}
}
