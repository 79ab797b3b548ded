package kg

import "slices"

// The types below are the graph as read back: what the store returns and the API shows.

// Direction is which way an edge points, seen from one of its ends.
type Direction string

// Directions. Symmetric relationship types are always seen as Both.
const (
	Out  Direction = "OUT"
	In   Direction = "IN"
	Both Direction = "BOTH"
)

// Valid reports whether d is one of the three directions.
func (d Direction) Valid() bool { return d == Out || d == In || d == Both }

// Stats summarises the graph.
type Stats struct {
	Nodes, Relationships int64
	Labels, RelTypes     []Count
	Neo4jVersion         string
	Neo4jEdition         string
}

// Count is a number of nodes with a label or relationships of a type.
type Count struct {
	Name  string
	Count int64
}

// Hit is a search result.
type Hit struct {
	Score float64
	Node  *Node
}

// Node is an entity as read from the graph.
type Node struct {
	ID      string
	Kind    Kind
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
	Dir   Direction
	Other *Node
}

// Path is a walk through the graph: nodes and the relations between consecutive nodes,
// each seen from the node before it.
type Path struct {
	Nodes []*Node
	Rels  []Rel
}

// Tagged is a node reached through an edge, with the edge's role and sources.
type Tagged struct {
	Node    *Node
	Role    string
	Sources []string
}

// VisitRow is a visit event with everyone and everything around it.
type VisitRow struct {
	Event        *Node
	Participants []Tagged
	Places       []Tagged
	Sites        []Tagged
}

// Tie is a company tied to a partner city, with the path that explains why.
type Tie struct {
	Company, Partner *Node
	Path             Path
}

// Subgraph is a bounded neighbourhood for drawing.
type Subgraph struct {
	Nodes     []*Node
	Edges     []Edge
	Truncated bool
}

// Sources lists the sources of every relation on the path, without repeats.
func (p Path) Sources() []string {
	var all []string
	for _, r := range p.Rels {
		all = append(all, r.Sources...)
	}
	return Dedupe(all)
}

// Reverse walks the path the other way.
func (p Path) Reverse() Path {
	out := Path{Nodes: slices.Clone(p.Nodes)}
	slices.Reverse(out.Nodes)
	for i := len(p.Rels) - 1; i >= 0; i-- {
		r := p.Rels[i]
		switch r.Dir {
		case Out:
			r.Dir = In
		case In:
			r.Dir = Out
		}
		r.Other = p.Nodes[i]
		out.Rels = append(out.Rels, r)
	}
	return out
}
