package ingest

import (
	"regexp"
	"slices"

	"github.com/amity-graph/amity/internal/kg"
)

// recordHeaderState finds the member's state in the heading of a speech or an extension
// of remarks in the Congressional Record, which prints it in lower case on its own line
// between the member's name and the chamber ("of new mexico", then "in the house of
// representatives").
var recordHeaderState = regexp.MustCompile(`(?m)^of ([a-z][a-z ]*[a-z])[ \t]*\n\s*in the (?:house of representatives|senate of the united states|senate)\b`)

// recordHeaderStates links each such lower-case state to the United States' region of
// that name: the heading's place is the chamber's member's state, never a town.
func (g *Gazetteer) recordHeaderStates(c *linkCtx) []Mention {
	var out []Mention
	for _, a := range recordHeaderState.FindAllStringSubmatchIndex(c.text, -1) {
		name := c.text[a[2]:a[3]]
		for _, i := range g.entriesNamed(name) {
			e := g.entries[i]
			if e.Kind == kg.Region && FoldName(e.Name) == FoldName(name) && slices.Contains(e.Countries, "country:us") {
				out = append(out, Mention{Text: name, bStart: a[2], bEnd: a[3], Entity: strPtr(e.ID), Kind: kg.Region,
					How: "name", Confidence: 0.9, entry: i})
				break
			}
		}
	}
	return out
}
