package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// provinceHeads are the heads the graph writes some regions' names with ("Luapula
// Province", "Jigawa State") where texts often leave the word out. "Region" is not one:
// a region's stem is as often a district's or a town's name there ("Alba District" and
// "Alba Region" side by side).
var provinceHeads = []string{" Province"}

// onlyCompassWords are words a region's stem of nothing else names no place by
// ("North Central", "Capital"): such a stem alone is no name.
var onlyCompassWords = set("north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"central", "upper", "lower", "middle", "far", "capital", "national", "north-western", "north-eastern",
	"south-western", "south-eastern", "northwest", "northeast", "southwest", "southeast", "autonomous", "special")

// provinceStem returns the stem of a region's name written with a province's head
// ("Luapula" of Luapula Province), or "" where the stem is no name alone: compass or
// generic words only, or a compass word before a land's ("Eastern Highlands", a range
// of hills as often as a province).
func provinceStem(name string) string {
	if genericRegionName.MatchString(name) {
		return ""
	}
	for _, h := range provinceHeads {
		stem, ok := strings.CutSuffix(name, h)
		if !ok || stem == "" {
			continue
		}
		ws := strings.Fields(stem)
		if compassName.MatchString(ws[0]) {
			return ""
		}
		generic := true
		for _, w := range ws {
			if !onlyCompassWords[strings.ToLower(w)] {
				generic = false
			}
		}
		if generic || !isCapitalized(stem) {
			return ""
		}
		return stem
	}
	return ""
}

// nameOpenings returns every proper opening of the places' names and other names, word
// by word ("Kurdistan" of Kurdistan Region), with the record that bears it (-1 for more
// than one): a province's stem that opens another place's name is that place's short
// form as often.
func nameOpenings(recs []store.NameRecord) map[string]int {
	out := map[string]int{}
	for k, r := range recs {
		if r.Kind != kg.Region && r.Kind != kg.City && r.Kind != kg.Country {
			continue
		}
		for _, n := range append([]string{r.Name}, r.Aliases...) {
			f := FoldName(n)
			for i := 0; i < len(f); i++ {
				if f[i] != ' ' {
					continue
				}
				if j, ok := out[f[:i]]; ok && j != k {
					out[f[:i]] = -1
				} else {
					out[f[:i]] = k
				}
			}
		}
	}
	return out
}

// openedElsewhere reports whether a name opens the name of another record than i.
func openedElsewhere(openings map[string]int, folded string, i int) bool {
	j, ok := openings[folded]
	return ok && j != i
}

// otherUnitHead follows a name with the head of another unit than a province's ("Alba
// Region", "the Alba Regional Government", "Alba District").
var otherUnitHead = regexp.MustCompile(`^\s+(?:Region|Regional|District|County|City|Division|Municipality|Governorate|Territory)\b`)

// stemOfOtherUnit reports whether a name is only the stem of a province's or a state's
// name ("Alba" of Alba Province) in a text that writes the stem with another unit's
// head ("Alba Region"): the text speaks of that other unit, which the graph may lack.
func stemOfOtherUnit(text, orig string, e store.NameRecord) bool {
	if e.Kind != kg.Region || provinceStem(e.Name) == "" || FoldName(provinceStem(e.Name)) != FoldName(orig) {
		return false
	}
	for _, at := range occurrencesOf(text, orig) {
		if otherUnitHead.MatchString(text[at+len(orig):]) {
			return true
		}
	}
	return false
}
