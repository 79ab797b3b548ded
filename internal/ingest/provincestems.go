package ingest

import "strings"

// provinceHeads are the heads the graph writes some regions' names with ("Luapula
// Province", "Jigawa State") where texts often leave the word out. "Region" is not one:
// a region's stem is as often a district's or a town's name there ("Alba District" and
// "Alba Region" side by side).
var provinceHeads = []string{" Province", " State"}

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
