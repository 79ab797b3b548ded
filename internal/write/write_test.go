package write

import (
	"context"
	"errors"
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
