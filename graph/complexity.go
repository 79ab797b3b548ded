package graph

import (
	"time"

	"github.com/amity-graph/amity/graph/model"
)

// Assumed sizes of lists that take no size argument, for query cost: one constant a
// kind of list, near the typical size rather than the largest (a hub's partners would
// refuse every nested query). What these lists really return is bounded by the
// response item cap (limits.go), and their paged siblings cost by their page size.
// Lists with a size argument cost by it, or by its default (helpers.go).
const (
	assumedPartners = 20 // partners of a city or region, and Query.partners
	assumedSmall    = 5  // consulates, positions, officials, basedIn; an event's places, sites and partOf
	assumedMedium   = 20 // an event's participants
	assumedVisits   = 20 // Query.visits
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
	rel := func(child int, _ []string, _ *model.Direction, first *int, _, _ *string, _ *bool) int {
		return list(child, n(first, defaultFirst))
	}
	timeline := func(child int, _, _ *string, first *int, _ *string) int { return list(child, n(first, defaultFirst)) }
	events := func(child int, first *int) int { return list(child, n(first, defaultFirst)) }
	partners := func(child int, _ []model.PartnershipKind, _ *string, _ *bool) int {
		return list(child, assumedPartners)
	}
	small := func(child int) int { return list(child, assumedSmall) }
	smallAsOf := func(child int, _ *string, _ *bool) int { return list(child, assumedSmall) }

	c.City.Relations, c.Region.Relations, c.Country.Relations, c.Person.Relations = rel, rel, rel, rel
	c.Organization.Relations, c.Company.Relations, c.Consulate.Relations, c.Event.Relations = rel, rel, rel, rel
	c.City.Timeline, c.Region.Timeline, c.Country.Timeline, c.Person.Timeline = timeline, timeline, timeline, timeline
	c.Organization.Timeline, c.Company.Timeline, c.Consulate.Timeline, c.Event.Timeline = timeline, timeline, timeline, timeline
	c.City.Events, c.Person.Events, c.Organization.Events, c.Company.Events, c.Consulate.Events = events, events, events, events, events
	c.City.Partners, c.Region.Partners = partners, partners
	partnerships := func(child int, _ []model.PartnershipKind, _ *string, _ *bool, first *int, _ *string) int {
		return list(child, n(first, defaultFirst))
	}
	c.City.Partnerships, c.Region.Partnerships = partnerships, partnerships
	c.City.Consulates, c.Country.Consulates = smallAsOf, smallAsOf
	c.Person.Positions, c.Organization.Officials, c.Company.Officials, c.Consulate.Officials = smallAsOf, smallAsOf, smallAsOf, smallAsOf
	c.Organization.BasedIn, c.Company.BasedIn, c.Consulate.BasedIn = small, small, small
	c.Event.Places, c.Event.Sites, c.Event.PartOf = small, small, small
	c.Event.Participants = func(child int, _ *string) int { return list(child, assumedMedium) }
	c.Event.ParticipantsPage = func(child int, _ *string, first *int, _ *string) int { return list(child, n(first, defaultFirst)) }
	// pages with asOf, includeUndated, first and after
	asOfPage := func(child int, _ *string, _ *bool, first *int, _ *string) int {
		return list(child, n(first, defaultFirst))
	}
	c.Person.PositionsPage, c.Organization.OfficialsPage = asOfPage, asOfPage
	c.Company.OfficialsPage, c.Consulate.OfficialsPage = asOfPage, asOfPage
	c.City.ConsulatesPage, c.Country.ConsulatesPage = asOfPage, asOfPage

	c.Query.Search = func(child int, _ string, _ []model.EntityKind, first *int) int {
		return list(child, n(first, defaultSearchFirst))
	}
	c.Query.Events = func(child int, _ []string, _, _, _, _ *string, first *int) int {
		return list(child, n(first, defaultEventsFirst))
	}
	c.Query.Partners = func(child int, _ string, _ []model.PartnershipKind, _ *string, _ *bool) int {
		return list(child, assumedPartners)
	}
	c.Query.Positions = func(child int, _, _, _, _ *string, _ *bool, first *int) int {
		return list(child, n(first, defaultPositionsFirst))
	}
	c.Query.Changes = func(child int, _ *time.Time, first *int, _ *string) int { return list(child, n(first, defaultFirst)) }
	c.Query.Partnerships = func(child int, _ string, _ []model.PartnershipKind, _ *string, _ *bool, first *int, _ *string) int {
		return list(child, n(first, defaultFirst))
	}
	c.Query.Visits = func(child int, _, _, _, _ *string) int { return list(child, assumedVisits) }
	c.Query.VisitsPage = func(child int, _, _, _, _ *string, first *int, _ *string) int {
		return list(child, n(first, defaultFirst))
	}
	c.Query.EnterprisesTiedTo = func(child int, _ string, hops, first *int) int {
		return list(child, n(first, defaultTiesFirst)) * n(hops, defaultTiesMaxHops)
	}
	c.Query.ShortestPath = func(child int, _, _ string, maxLength *int, _ []string, _ *string, _ *bool) int {
		return list(child, n(maxLength, defaultPathMaxLength))
	}
	c.Query.Neighborhood = func(child int, _ string, depth, limit *int, _ *string, _ *bool) int {
		return list(child, n(limit, defaultNeighborhoodLimit)) * n(depth, defaultNeighborhoodDepth)
	}
	// Query.Cypher keeps the default cost: its rows are bounded by its own caps, and the
	// generated call asserts a nil params argument to any, which would panic.
}
