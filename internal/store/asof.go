package store

import (
	"fmt"

	"github.com/amity-graph/amity/internal/kg"
)

// inForce is the Cypher form of kg.AsOf.Holds for the relationship variable r: with
// $asOfLo null it holds for every edge. The span is read from the properties
// kg.SpanProps stored; a tie to an event takes the event's start (its dateLo). r must be
// an identifier written in the query, never a caller's value.
func inForce(r string) string {
	vf := fmt.Sprintf("coalesce(%[1]s.%[2]s, CASE WHEN type(%[1]s) IN $eventTies THEN coalesce(startNode(%[1]s).dateLo, endNode(%[1]s).dateLo) END)", r, kg.PropValidFrom)
	return fmt.Sprintf("($asOfLo IS NULL OR (coalesce(%[1]s.%[3]s, %[1]s.%[4]s, '9999-12-31') >= $asOfLo AND (%[2]s <= $asOfHi OR (%[2]s IS NULL AND ($undated OR type(%[1]s) IN $standing)))))",
		r, vf, kg.PropValidTo, kg.PropOpenUntil)
}

// withAsOf adds the parameters of inForce to p.
func withAsOf(p map[string]any, a *kg.AsOf) map[string]any {
	p["asOfLo"], p["asOfHi"], p["undated"] = nil, nil, false
	if a != nil {
		p["asOfLo"], p["asOfHi"], p["undated"] = a.Lo, a.Hi, a.IncludeUndated
	}
	p["eventTies"], p["standing"] = kg.TypesOf(kg.EventTie), kg.TypesOf(kg.Standing)
	return p
}
