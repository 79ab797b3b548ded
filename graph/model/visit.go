package model

import (
	"slices"

	"github.com/amity-graph/amity/internal/kg"
)

// Visit is an event at which one party travelled to another.
type Visit struct{ Visit kg.VisitRow }

func (v Visit) Event() *Event { return &Event{base{v.Visit.Event}} }

func (v Visit) withRole(roles ...string) []*kg.Node {
	var out []*kg.Node
	for _, p := range v.Visit.Participants {
		if slices.Contains(roles, p.Role) && !slices.ContainsFunc(out, func(n *kg.Node) bool { return n.ID == p.Node.ID }) {
			out = append(out, p.Node)
		}
	}
	return out
}

func (v Visit) Visitors() []Entity { return WrapAll(v.withRole("visitor")) }

func (v Visit) Leaders() []*Person {
	var out []*Person
	for _, n := range v.withRole("leader") {
		if n.Kind == kg.Person {
			out = append(out, &Person{base{n}})
		}
	}
	return out
}

// Host is the receiving party: a city among the hosts if there is one, else the first
// host, else the place the event was held.
func (v Visit) Host() Entity {
	hosts := v.withRole("host")
	for _, n := range hosts {
		if n.Kind == kg.City {
			return Wrap(n)
		}
	}
	if len(hosts) > 0 {
		return Wrap(hosts[0])
	}
	if len(v.Visit.Places) > 0 {
		return Wrap(v.Visit.Places[0].Node)
	}
	return Wrap(v.Visit.Event)
}

// Met lists the receiving side: hosts, those met, attendees, speakers and presenters who
// were not themselves among the visitors.
func (v Visit) Met() []Entity {
	travelled := v.withRole("visitor", "leader")
	var out []*kg.Node
	for _, n := range v.withRole("host", "met", "attendee", "speaker", "presenter") {
		if !slices.ContainsFunc(travelled, func(t *kg.Node) bool { return t.ID == n.ID }) {
			out = append(out, n)
		}
	}
	return WrapAll(out)
}

func (v Visit) Sites() []Entity {
	out := make([]*kg.Node, 0, len(v.Visit.Sites))
	for _, s := range v.Visit.Sites {
		out = append(out, s.Node)
	}
	return WrapAll(out)
}

func (v Visit) StartDate() *string { return Event{base{v.Visit.Event}}.StartDate() }
func (v Visit) EndDate() *string   { return Event{base{v.Visit.Event}}.EndDate() }

// SourceIDs are the event's sources and those of every participation, place and site.
func (v Visit) SourceIDs() []string {
	all := slices.Clone(v.Visit.Event.Sources)
	for _, group := range [][]kg.Tagged{v.Visit.Participants, v.Visit.Places, v.Visit.Sites} {
		for _, t := range group {
			all = append(all, t.Sources...)
		}
	}
	return kg.Dedupe(all)
}

// GraphStats summarises the graph.
type GraphStats struct{ Stats kg.Stats }

func (g GraphStats) Nodes() int                       { return int(g.Stats.Nodes) }
func (g GraphStats) Relationships() int               { return int(g.Stats.Relationships) }
func (g GraphStats) Labels() []*LabelCount            { return counts(g.Stats.Labels) }
func (g GraphStats) RelationshipTypes() []*LabelCount { return counts(g.Stats.RelTypes) }
func (g GraphStats) Neo4jVersion() string             { return g.Stats.Neo4jVersion }
func (g GraphStats) Neo4jEdition() *string            { return opt(g.Stats.Neo4jEdition) }

func counts(cs []kg.Count) []*LabelCount {
	out := make([]*LabelCount, len(cs))
	for i, c := range cs {
		out[i] = &LabelCount{Name: c.Name, Count: int(c.Count)}
	}
	return out
}
