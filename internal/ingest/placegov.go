package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// regionGovernmentNames are the names a nation's devolved government goes by, which read
// as the nation as "the Australian Government" reads as the country (its adjective is
// no region's name elsewhere, so the whole name is the mention).
var regionGovernmentNames = map[string][]string{
	"region:gb:wales":    {"Welsh Government"},
	"region:gb:scotland": {"Scottish Government"},
}

// placeGovernment is a government named by its place and a level: "X Government",
// "X Municipal Government", "X Provincial Government".
var placeGovernment = regexp.MustCompile(`^(.+?) (?:(Municipal|Provincial|Prefectural|State|City|Metropolitan|Regional|County) )?Government$`)

// placeGovernments reads a proposed body named "<place> Government" (at any level of
// government) as its place, as the conventions read a city hall: the place's name is the
// mention, linked as the text links it elsewhere or as the one place the graph gives
// that name, and no new body is proposed.
func (g *Gazetteer) placeGovernments(ms []Mention) []Mention {
	out := ms[:0:0]
	for _, m := range ms {
		sub := placeGovernment.FindStringSubmatch(m.Text)
		if m.Proposed == nil || m.Entity != nil || sub == nil || !strings.HasPrefix(*m.Proposed, "org:") {
			out = append(out, m)
			continue
		}
		entry := g.placeNamed(ms, sub[1], sub[2])
		if entry < 0 {
			out = append(out, m)
			continue
		}
		e := g.entries[entry]
		out = append(out, Mention{Text: sub[1], bStart: m.bStart, bEnd: m.bStart + len(sub[1]), Entity: strPtr(e.ID), Kind: e.Kind,
			How: "name", Confidence: 0.8, entry: entry})
	}
	return out
}

// placeNamed returns the entry of the place a name stands for: the place the text links
// that very name to elsewhere, or else the one city or region the graph calls so; where
// a city and a region bear the name, the level says which ("Municipal" the city,
// "Provincial" the region). -1: none, or no way to tell.
func (g *Gazetteer) placeNamed(ms []Mention, name, level string) int {
	for _, x := range ms {
		if x.Entity != nil && x.entry >= 0 && x.Text == name && (x.Kind == kg.City || x.Kind == kg.Region) {
			return x.entry
		}
	}
	var found []int
	for _, i := range g.entriesNamed(name) {
		if e := g.entries[i]; (e.Kind == kg.City || e.Kind == kg.Region) && !slices.Contains(found, i) && !otherLevelStem(e.Name, name, level) {
			found = append(found, i)
		}
	}
	if len(found) > 1 {
		// a place called so by its own name before one called so by another
		if own := slices.DeleteFunc(slices.Clone(found), func(i int) bool { return FoldName(g.entries[i].Name) != FoldName(name) }); len(own) > 0 {
			found = own
		}
	}
	if len(found) == 2 && g.entries[found[0]].Kind != g.entries[found[1]].Kind {
		want := levelKinds[level]
		found = slices.DeleteFunc(found, func(i int) bool { return g.entries[i].Kind != want })
	}
	if len(found) != 1 {
		return -1
	}
	return found[0]
}

// levelKinds is the kind of place a level of government governs.
var levelKinds = map[string]kg.Kind{
	"Municipal": kg.City, "City": kg.City, "Metropolitan": kg.City,
	"Provincial": kg.Region, "Prefectural": kg.Region, "State": kg.Region, "Regional": kg.Region, "County": kg.Region,
}

// otherLevelStem reports whether a name reaches a region only as the stem of its name
// with another unit's head than the level says: "X Regional Government" is no
// government of X Province, whose stem alone the text shares.
func otherLevelStem(regionName, name, level string) bool {
	f := FoldName(name)
	switch {
	case level == "" || FoldName(regionName) == f:
		return false
	case provinceStem(regionName) != "" && FoldName(provinceStem(regionName)) == f:
		return level != "Provincial"
	case countyStem(regionName) != "" && FoldName(countyStem(regionName)) == f:
		return level != "County"
	}
	return false
}
