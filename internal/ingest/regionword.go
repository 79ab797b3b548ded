package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

var (
	regionWordAfter = regexp.MustCompile(`^ (?:region|division|province|[Dd]istrict)\b`)
	// regionCueAfter is a region's head or governor right after the name; unlike
	// regionCue it takes no list before the head ("Lomar, Bela province" puts the town
	// Lomar in the province Bela).
	regionCueAfter = regexp.MustCompile(`^\s+(?:Prefecture|prefecture|Prefectural|prefectural|Province|province|Provincial|Governor|Governor['’]s|Gubernatorial|Governorate|governorate)\b`)
)

// cityAsRegion reads a city's name followed by the common noun "region" ("the Lomar
// region"), or cued as a region ("Lomar Governor", "the Governor of Lomar", "Lomar
// province"), as the region the city lies in, when that region bears the city's name
// ("Lomar", "Lomar Division") or another spelling the graph gives the city (the
// governorate "Lommar" of the city "Lomar", alias "Lommar"): the words name the wider
// area, not the town. Twin names the graph holds as both kinds are settled by
// twinSense; this reaches the region a city's spelling alone does not find.
func (g *Gazetteer) cityAsRegion(c *linkCtx, ms []Mention) []Mention {
	for i, m := range ms {
		cued := regionWordAfter.MatchString(c.text[m.bEnd:]) || regionCued(c.text, m)
		if m.Kind != kg.City || !cued && !regionCuedAround(c.text, m) {
			continue
		}
		city := g.entries[m.entry]
		name := FoldName(m.Text)
		spellings := map[string]bool{name: true}
		// the wider cues of regionCuedAround reach only a region named as the text
		// names it ("Alba", "Alba State"), not one of the city's other names
		if cued {
			spellings[FoldName(city.Name)] = true
			for _, a := range city.Aliases {
				spellings[FoldName(a)] = true
			}
		}
		for _, rid := range city.Regions {
			j, ok := g.byID[rid]
			if !ok {
				continue
			}
			rn := FoldName(g.entries[j].Name)
			if !spellings[rn] && !strings.HasPrefix(rn, name+" ") {
				continue
			}
			id := g.entries[j].ID
			ms[i].Entity, ms[i].Kind, ms[i].entry, ms[i].How = &id, kg.Region, j, "region word"
			break
		}
	}
	return ms
}

// regionCued reports whether words around a place's mention make it a region: a region
// word or governor after it, "the Governor of" before it, or its governor's possessive,
// not after a visit word ("visited Lomar's governor" keeps the town visited).
func regionCued(text string, m Mention) bool {
	before, after := text[:m.bStart], text[m.bEnd:]
	return regionCueAfter.MatchString(after) || regionOf.MatchString(before) ||
		possessiveOffice(after) == "governor" && !visitBefore.MatchString(before)
}
