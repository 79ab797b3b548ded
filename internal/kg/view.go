package kg

import (
	"slices"
	"time"
)

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
	// Span is when the fact is in force (see asof.go); Span.Known() is false when no
	// source gives its start.
	Span Span
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

// PositionRow is an office as found by a search over every office: who holds it, and the
// HOLDS_POSITION edge seen from them (Other is the body).
type PositionRow struct {
	Holder *Node
	Rel    Rel
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

// Timeline changes: what an entry of an entity's timeline records.
const (
	Began = "BEGAN"
	Ended = "ENDED"
	Held  = "EVENT"
)

// TimelineEntry is one dated fact about an entity: a relation that began or ended, or an
// event it took part in or that was held in it.
type TimelineEntry struct {
	Date    string // as the source gives it
	Key     string // where it sorts: the date's first day, or "~" + the month-day when it has no year
	Type    string // a relationship type, or the event's type
	Change  string // Began, Ended or Held
	Role    string
	Other   *Node // nil when there is none
	Event   *Node // for Held
	Sources []string
	Ref     string // the relationship's or event's element id, to tell apart entries of one date
}

// Change is one write to the graph as the graph recorded it: who wrote what, when, and
// from which sources.
type Change struct {
	ID                                                string
	At                                                time.Time
	Actor, Role                                       string
	Operation, Target                                 string
	SourcesWritten, EntitiesWritten, RelationsWritten int
	EntityIDs, SourceIDs                              []string
}
