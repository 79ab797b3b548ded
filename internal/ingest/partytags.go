package ingest

import (
	"regexp"
	"slices"

	"github.com/amity-graph/amity/internal/kg"
)

// usPostalStates maps the two-letter postal codes of the states to their names.
var usPostalStates = map[string]string{
	"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
	"CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
	"IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
	"ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
	"MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
	"NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
	"OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
	"TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
	"WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}

// apDottedStates maps the newsroom abbreviations of two-word states, written with a
// dot after each initial ("N.C."), to their names.
var apDottedStates = map[string]string{
	"N.C": "North Carolina", "S.C": "South Carolina", "N.D": "North Dakota", "S.D": "South Dakota",
	"N.H": "New Hampshire", "N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York", "R.I": "Rhode Island",
	"W.Va": "West Virginia",
}

// partyTag is the party initial and state an American legislator's name is followed by
// ("(D-Ore.)", "(R-TX)", "(D-N.Y.)"); the state is the second group, its last dot left out.
var partyTag = regexp.MustCompile(`\([RDI]-((?:[A-Z]\.)?[A-Z][A-Za-z]{0,3})\.?\)`)

// partyTagStates links the state of a legislator's party tag: inside the brackets after
// a name, a party's initial and a dash, the abbreviation can only be the state the
// legislator sits for, whatever else its letters spell.
func (g *Gazetteer) partyTagStates(c *linkCtx) []Mention {
	var out []Mention
	for _, a := range partyTag.FindAllStringSubmatchIndex(c.text, -1) {
		abbr := c.text[a[2]:a[3]]
		state, ok := usPostalStates[abbr]
		if !ok {
			state, ok = apStates[abbr]
		}
		if !ok {
			state, ok = apDottedStates[abbr]
		}
		if !ok {
			continue
		}
		for _, i := range g.entriesNamed(state) {
			if e := g.entries[i]; e.Kind == kg.Region && e.Name == state && slices.Contains(e.Countries, "country:us") {
				out = append(out, Mention{Text: abbr, bStart: a[2], bEnd: a[3], Entity: strPtr(e.ID), Kind: kg.Region,
					How: "abbreviation", Confidence: 0.8, entry: i})
				break
			}
		}
	}
	return out
}
