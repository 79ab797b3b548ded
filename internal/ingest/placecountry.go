package ingest

import (
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// placeCountryOf returns the country a text's places lie in: of the names that only
// towns or regions of one country bear as their own name, the country nearly all of them
// lie in (at least three, and four in five). An embassy's text names its own country
// everywhere ("U.S.-funded"), so the countries named do not say where the places are;
// the places it names without doubt do. It returns "" when they are spread.
func (g *Gazetteer) placeCountryOf(c *linkCtx, hits []hit) string {
	votes := map[string]int{}
	total := 0
	for _, h := range hits {
		if !g.plausible(c, h) {
			continue
		}
		p := g.patterns[h.pat]
		cc := ""
		for _, r := range p.refs {
			e := g.entries[r.entry]
			if e.Kind != kg.City && e.Kind != kg.Region || FoldName(e.Name) != p.folded && !countyByStem(e, p) {
				continue
			}
			if compassName.MatchString(e.Name) || genericRegionName.MatchString(e.Name) {
				cc = "-" // many countries have an "Eastern" region: no vote for one
				break
			}
			if len(e.Countries) != 1 || cc != "" && cc != e.Countries[0] {
				cc = "-"
				break
			}
			cc = e.Countries[0]
		}
		if cc == "" || cc == "-" {
			continue
		}
		votes[cc]++
		total++
	}
	for cc, n := range votes {
		if n >= 3 && n*5 >= total*4 {
			return cc
		}
	}
	return ""
}

// soleInPlaceCountry settles a close call between namesakes (ss sorted best first) by
// the country the text's places lie in: the one candidate of the best one's kind within
// reach that lies there ("Harper" in a text on Liberian counties is the Liberian city,
// though the publisher's country is named too). It returns -1 when none or several do.
func (g *Gazetteer) soleInPlaceCountry(c *linkCtx, ss []scored) int {
	if c.placeCountry == "" {
		return -1
	}
	kind, top := g.entries[ss[0].ref.entry].Kind, ss[0].score
	if kind != kg.City && kind != kg.Region {
		return -1
	}
	found := -1
	for i, s := range ss {
		e := g.entries[s.ref.entry]
		if e.Kind != kind || top-s.score >= 1.5 || !slices.Contains(e.Countries, c.placeCountry) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// formerNameElsewhere reports whether a town is reached only by another of its names
// (often a former one: "Fish Town" of Buchanan) while ", <Place>" after it names a
// region or country it does not lie in: the pair names another town of that name, the
// one in the place said, and the old name of a town elsewhere does not outweigh it.
// The place after the comma counts when the graph holds it as a region or country, or
// holds nothing by that name and it is no title, month or weekday ("Fish Town, River
// Gee").
func (g *Gazetteer) formerNameElsewhere(rest string, e store.NameRecord, folded string) bool {
	if e.Kind != kg.City || FoldName(e.Name) == folded {
		return false
	}
	next := countryAfter(rest)
	if next == "" || g.regionNamed(next, e.Regions) || slices.Contains(e.Countries, g.countryByName(next)) {
		return false
	}
	first := strings.ToLower(strings.Fields(next)[0])
	if titleWords[first] || months[first] != 0 || weekdayRe.MatchString(next) {
		return false // "Semera, November 29": a dateline's date, no place
	}
	known := g.entriesNamed(next)
	if len(known) == 0 {
		return true
	}
	return slices.ContainsFunc(known, func(i int) bool {
		k := g.entries[i].Kind
		return k == kg.Region || k == kg.Country
	})
}

// countyByStem reports whether e is a county the name gives by its stem ("Maryland" of
// Maryland County): a systematic short form, as much the county's own as its full
// name, so a namesake's fame does not drop it; the context decides between them.
func countyByStem(e store.NameRecord, p pattern) bool {
	return e.Kind == kg.Region && countyStem(e.Name) != "" && FoldName(countyStem(e.Name)) == p.folded
}
