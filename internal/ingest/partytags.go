package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// partyTag is the party initial and state an American legislator's name is followed by
// ("(D-Ore.)", "(R-TX)", "(D-N.Y.)"); the state is the second group, its last dot left out.
var partyTag = regexp.MustCompile(`\([RDI]-((?:[A-Z]\.)?[A-Z][A-Za-z]{0,3})\.?\)`)

// partyTagStates links the state of a legislator's party tag: inside the brackets after
// a name, a party's initial and a dash, the abbreviation can only be the state the
// legislator sits for, whatever else its letters spell; so is a district's postal code
// ("(TX-20)").
func (g *Gazetteer) partyTagStates(c *linkCtx) []Mention {
	var out []Mention
	for _, a := range append(partyTag.FindAllStringSubmatchIndex(c.text, -1), districtTag.FindAllStringSubmatchIndex(c.text, -1)...) {
		abbr := c.text[a[2]:a[3]]
		for _, id := range stateForms[abbr] {
			if i, ok := g.byID[id]; ok && strings.HasPrefix(id, "region:us:") && id != "region:us:district-of-columbia" {
				out = append(out, Mention{Text: abbr, bStart: a[2], bEnd: a[3], Entity: strPtr(id), Kind: kg.Region,
					How: "abbreviation", Confidence: 0.8, entry: i})
				break
			}
		}
	}
	return out
}
