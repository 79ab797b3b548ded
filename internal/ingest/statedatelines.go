package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// apStates maps the abbreviations American newsrooms give a state after a town in a
// dateline ("Tallahassee, Fla.") to the state's name.
var apStates = map[string]string{
	"Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
	"Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
	"Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
	"Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri",
	"Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon",
	"Pa": "Pennsylvania", "Tenn": "Tennessee", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington",
	"Wis": "Wisconsin", "Wyo": "Wyoming",
}

// stateDateline finds a dateline's town and its state's abbreviation at a line's start
// ("TALLAHASSEE, Fla.—").
var stateDateline = regexp.MustCompile(`(?m)^(\p{Lu}[\p{Lu}\p{L}]*(?: \p{Lu}[\p{Lu}\p{L}]*)*), (\p{Lu}[a-z]{1,4})\.`)

// stateDatelineMentions links the state a dateline's abbreviation stands for and the
// town before it, when the graph holds a town of that name in that state: a dateline
// names where the text was issued, whatever else its words could be.
func (g *Gazetteer) stateDatelineMentions(c *linkCtx) []Mention {
	var out []Mention
	for _, a := range stateDateline.FindAllStringSubmatchIndex(c.text, -1) {
		state, ok := apStates[c.text[a[4]:a[5]]]
		if !ok {
			continue
		}
		si := -1
		for _, i := range g.entriesNamed(state) {
			if e := g.entries[i]; e.Kind == kg.Region && e.Name == state && slices.Contains(e.Countries, "country:us") {
				si = i
			}
		}
		if si < 0 {
			continue
		}
		out = append(out, Mention{Text: c.text[a[4]:a[5]], bStart: a[4], bEnd: a[5], Entity: strPtr(g.entries[si].ID),
			Kind: kg.Region, How: "abbreviation", Confidence: 0.8, entry: si})
		town := c.text[a[2]:a[3]]
		for _, i := range g.entriesNamed(town) {
			if e := g.entries[i]; e.Kind == kg.City && strings.EqualFold(FoldName(e.Name), FoldName(town)) && slices.Contains(e.Regions, g.entries[si].ID) {
				out = append(out, Mention{Text: town, bStart: a[2], bEnd: a[3], Entity: strPtr(e.ID), Kind: kg.City,
					How: "name", Confidence: 0.8, entry: i})
				break
			}
		}
	}
	return out
}
