package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// datelineTown finds the town that opens a line before a comma, its words capitalised
// and a saint's or a fort's short form allowed ("TALLAHASSEE", "ST. PETERSBURG").
var datelineTown = regexp.MustCompile(`(?m)^\p{Lu}[\p{L}'’]*\.?(?: \p{Lu}[\p{L}'’]*\.?)*,`)

// stateDatelineMentions links the state a dateline's short form stands for
// ("TALLAHASSEE, Fla.—", "DARWIN, NT —") and the town before it, when the graph holds a
// town of that name in that state: a dateline names where the text was issued, whatever
// else its words could be. A form two federations share is the one whose town the graph
// holds there; a code in capitals after a town written in small letters is only taken
// so, as such a line may open a letter ("Friends, OK"). The federal district is left
// out: "D.C." is annotated as part of Washington's name.
func (g *Gazetteer) stateDatelineMentions(c *linkCtx) []Mention {
	var out []Mention
	for _, a := range datelineTown.FindAllStringIndex(c.text, -1) {
		townEnd := a[1] - 1
		s, e, ids := stateFormAfter(c.text[townEnd:])
		if ids == nil {
			continue
		}
		town := strings.TrimSuffix(c.text[a[0]:townEnd], ".")
		form := c.text[townEnd+s : townEnd+e]
		var found []Mention
		for _, id := range ids {
			si, ok := g.byID[id]
			if !ok || id == "region:us:district-of-columbia" {
				continue
			}
			m := []Mention{{Text: form, bStart: townEnd + s, bEnd: townEnd + e, Entity: strPtr(id), Kind: kg.Region,
				How: "abbreviation", Confidence: 0.8, entry: si}}
			for _, i := range g.entriesNamed(town) {
				if t := g.entries[i]; t.Kind == kg.City && strings.EqualFold(FoldName(t.Name), FoldName(town)) && slices.Contains(t.Regions, id) {
					m = append(m, Mention{Text: town, bStart: a[0], bEnd: a[0] + len(town), Entity: strPtr(t.ID), Kind: kg.City,
						How: "name", Confidence: 0.8, entry: i})
					break
				}
			}
			if len(m) == 2 || len(ids) == 1 && (strings.ToUpper(form) != form || strings.ToUpper(town) == town) {
				found = append(found, m...)
			}
		}
		if len(found) > 0 && len(found) <= 2 && found[0].Kind == kg.Region {
			out = append(out, found...)
		}
	}
	return out
}
