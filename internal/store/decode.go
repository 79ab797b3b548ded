package store

import (
	"fmt"
	"maps"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Node is an entity as read from the graph.
type Node struct {
	ID      string
	Kind    kg.Kind
	Name    string
	Aliases []string
	Sources []string
	// Props holds every other property: type-specific fields and dated figures.
	Props map[string]any
}

// Edge is a relationship as read from the graph, oriented as stored.
type Edge struct {
	ElementID string
	Type      string
	From, To  string
	Props     map[string]any
	Sources   []string
}

// Rel is an edge seen from one of its ends.
type Rel struct {
	Edge
	// Dir is OUT when the edge leaves the entity it is seen from, IN when it arrives,
	// and BOTH for symmetric types.
	Dir   string
	Other *Node
}

// Source is a Source node.
type Source struct {
	ID, Title, Publisher, PublishedAt, URL, SourceType string
}

var nodeKeys = []string{"id", "kind", "name", "aliases", "sources"}

func decodeNode(v any) (*Node, error) {
	n, ok := v.(dbtype.Node)
	if !ok {
		return nil, fmt.Errorf("decode node: got %T", v)
	}
	id, _ := n.Props["id"].(string)
	name, _ := n.Props["name"].(string)
	kind, _ := n.Props["kind"].(string)
	if id == "" || kind == "" {
		return nil, fmt.Errorf("decode node %s: no id or kind", n.ElementId)
	}
	out := &Node{ID: id, Kind: kg.Kind(kind), Name: name,
		Aliases: stringList(n.Props["aliases"]), Sources: stringList(n.Props["sources"]), Props: maps.Clone(n.Props)}
	for _, k := range nodeKeys {
		delete(out.Props, k)
	}
	return out, nil
}

// decodeRel reads a relationship; ends maps element ids to entity ids when the query
// returned the nodes, otherwise from/to come from the record.
func decodeEdge(v any, from, to string) (Edge, error) {
	r, ok := v.(dbtype.Relationship)
	if !ok {
		return Edge{}, fmt.Errorf("decode relationship: got %T", v)
	}
	props := maps.Clone(r.Props)
	src := stringList(props["sources"])
	delete(props, "sources")
	return Edge{ElementID: r.ElementId, Type: r.Type, From: from, To: to, Props: props, Sources: src}, nil
}

func decodeSource(v any) (*Source, error) {
	n, ok := v.(dbtype.Node)
	if !ok {
		return nil, fmt.Errorf("decode source: got %T", v)
	}
	s := func(k string) string { x, _ := n.Props[k].(string); return x }
	if s("id") == "" {
		return nil, fmt.Errorf("decode source %s: no id", n.ElementId)
	}
	return &Source{ID: s("id"), Title: s("title"), Publisher: s("publisher"), PublishedAt: s("publishedAt"), URL: s("url"), SourceType: s("sourceType")}, nil
}

func stringList(v any) []string {
	xs, _ := v.([]any)
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// relFrom decodes a {r, m, out} map built by the queries below: the edge r, the node m at
// the other end, and whether r leaves the entity it is seen from.
func relFrom(selfID string, v any) (Rel, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return Rel{}, fmt.Errorf("decode relation: got %T", v)
	}
	other, err := decodeNode(m["m"])
	if err != nil {
		return Rel{}, err
	}
	out, _ := m["out"].(bool)
	from, to := selfID, other.ID
	dir := "OUT"
	if !out {
		from, to, dir = other.ID, selfID, "IN"
	}
	e, err := decodeEdge(m["r"], from, to)
	if err != nil {
		return Rel{}, err
	}
	if kg.RelTypes[e.Type].Symmetric {
		dir = "BOTH"
	}
	return Rel{Edge: e, Dir: dir, Other: other}, nil
}

// list reads a list value of a record.
func list(r *neo4j.Record, key string) ([]any, error) {
	v, ok := r.Get(key)
	if !ok {
		return nil, fmt.Errorf("record has no %q", key)
	}
	if v == nil {
		return nil, nil
	}
	xs, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("record field %q is %T, want a list", key, v)
	}
	return xs, nil
}
