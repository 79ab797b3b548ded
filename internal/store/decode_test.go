package store

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/amity-graph/amity/internal/kg"
)

func TestDecodeNode(t *testing.T) {
	node := func(props map[string]any) dbtype.Node { return dbtype.Node{ElementId: "4:x:1", Props: props} }

	got, err := decodeNode(node(map[string]any{"id": "city:x", "kind": "City"}))
	if err != nil {
		t.Fatal(err)
	}
	want := &kg.Node{ID: "city:x", Kind: kg.City, Aliases: []string{}, Sources: []string{}, Props: map[string]any{}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("missing optional properties (-want +got):\n%s", d)
	}

	got, err = decodeNode(node(map[string]any{"id": "city:x", "kind": "City", "name": "X", "aliases": []any{"Y", 3, "Z"},
		"sources": []any{"source:a"}, "population": int64(5)}))
	if err != nil {
		t.Fatal(err)
	}
	want = &kg.Node{ID: "city:x", Kind: kg.City, Name: "X", Aliases: []string{"Y", "Z"}, Sources: []string{"source:a"},
		Props: map[string]any{"population": int64(5)}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("all properties (-want +got):\n%s", d)
	}

	for name, v := range map[string]any{
		"no id":       node(map[string]any{"kind": "City"}),
		"no kind":     node(map[string]any{"id": "city:x"}),
		"empty id":    node(map[string]any{"id": "", "kind": "City"}),
		"id a number": node(map[string]any{"id": int64(1), "kind": "City"}),
		"not a node":  dbtype.Relationship{},
		"null":        nil,
	} {
		if n, err := decodeNode(v); err == nil {
			t.Errorf("%s: decoded %+v, want an error", name, n)
		}
	}
}

func TestDecodeSource(t *testing.T) {
	got, err := decodeSource(dbtype.Node{Props: map[string]any{"id": "source:a", "title": "A", "url": 7}})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(&kg.Source{ID: "source:a", Title: "A"}, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	if s, err := decodeSource(dbtype.Node{Props: map[string]any{"title": "A"}}); err == nil {
		t.Errorf("decoded %+v without an id, want an error", s)
	}
}

func TestField(t *testing.T) {
	r := &neo4j.Record{Keys: []string{"s", "n", "null"}, Values: []any{"x", int64(2), nil}}
	if s, err := field[string](r, "s"); err != nil || s != "x" {
		t.Errorf("field s = %q, %v", s, err)
	}
	for _, key := range []string{"missing", "null", "n"} {
		if s, err := field[string](r, key); err == nil {
			t.Errorf("field[string](%s) = %q, want an error", key, s)
		}
	}
	// A null list reads as no list, as the queries' lists may be null.
	if xs, _, err := neo4j.GetRecordValue[[]any](r, "null"); err != nil || xs != nil {
		t.Errorf("null list = %v, %v", xs, err)
	}
}
