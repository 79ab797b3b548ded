package graph

import "github.com/amity-graph/amity/graph/model"

// Assumed sizes of lists that take no size argument, for query cost.
const (
	assumedPartners = 20
	assumedSmall    = 5
	assumedMedium   = 20
	assumedVisits   = 20
)

func n(p *int, def int) int {
	if p != nil && *p > 0 {
		return *p
	}
	return def
}

// list is the cost of a list of size items, each costing child.
func list(child, size int) int { return 1 + size*max(child, 1) }

// setComplexity gives list fields a cost that scales with how many items they may
// return, so the complexity limit bounds the work a query can ask for.
func setComplexity(c *ComplexityRoot) {
	rel := func(child int, _ []string, _ *model.Direction, first *int, _ *string) int {
		return list(child, n(first, 50))
	}
	events := func(child int, first *int) int { return list(child, n(first, 50)) }
	partners := func(child int, _ []model.PartnershipKind) int { return list(child, assumedPartners) }
	small := func(child int) int { return list(child, assumedSmall) }

	c.City.Relations, c.Region.Relations, c.Country.Relations, c.Person.Relations = rel, rel, rel, rel
	c.Organization.Relations, c.Company.Relations, c.Consulate.Relations, c.Event.Relations = rel, rel, rel, rel
	c.City.Events, c.Person.Events, c.Organization.Events, c.Company.Events, c.Consulate.Events = events, events, events, events, events
	c.City.Partners, c.Region.Partners = partners, partners
	c.City.Consulates, c.Country.Consulates = small, small
	c.Person.Positions, c.Organization.Officials, c.Company.Officials, c.Consulate.Officials = small, small, small, small
	c.Organization.BasedIn, c.Company.BasedIn, c.Consulate.BasedIn = small, small, small
	c.Event.Places, c.Event.Sites, c.Event.PartOf = small, small, small
	c.Event.Participants = func(child int, _ *string) int { return list(child, assumedMedium) }

	c.Query.Search = func(child int, _ string, _ []model.EntityKind, first *int) int { return list(child, n(first, 10)) }
	c.Query.Events = func(child int, _ []string, _, _, _, _ *string, first *int) int { return list(child, n(first, 100)) }
	c.Query.Partners = func(child int, _ string, _ []model.PartnershipKind) int { return list(child, assumedPartners) }
	c.Query.Visits = func(child int, _, _, _, _ *string) int { return list(child, assumedVisits) }
	c.Query.EnterprisesTiedTo = func(child int, _ string, hops, first *int) int {
		return list(child, n(first, 50)) * n(hops, 3)
	}
	c.Query.ShortestPath = func(child int, _, _ string, maxLength *int, _ []string) int { return list(child, n(maxLength, 6)) }
	c.Query.Neighborhood = func(child int, _ string, depth, limit *int) int { return list(child, n(limit, 200)) * n(depth, 1) }
	// Query.Cypher keeps the default cost: its rows are bounded by its own caps, and the
	// generated call asserts a nil params argument to any, which would panic.
}
