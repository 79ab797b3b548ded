package ingest

import (
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// occasionNouns name what happens at a diplomat's stop ("Courtesy Call", "Mission
// Opening"); in title case they end a heading, never a person's name.
var occasionNouns = set("call", "opening", "visit", "meeting", "reception", "ceremony", "briefing", "farewell", "luncheon", "dinner",
	"signing", "launch", "inauguration", "roundtable", "townhall")

// occasionPeople drops a proposed person whose name ends in an occasion noun and
// opens with no given name ("Final Courtesy Call"): a heading's words, not a name.
func (p *proposer) occasionPeople(ms []Mention) []Mention {
	drop := map[string]bool{}
	for _, m := range ms {
		if m.Proposed == nil || m.Kind != kg.Person {
			continue
		}
		ws := wordRe.FindAllString(m.Text, -1)
		if len(ws) >= 2 && occasionNouns[strings.ToLower(ws[len(ws)-1])] && !p.g.givenNames()[FoldName(ws[0])] {
			drop[*m.Proposed] = true
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && drop[*m.Proposed] })
}
