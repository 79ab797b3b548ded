package ingest

import (
	"strings"
)

// compassWords of the languages the graph names regions in, by their English word.
var compassEnglish = map[string]string{
	"north": "North", "nord": "North", "norte": "North",
	"south": "South", "sud": "South", "sur": "South",
	"east": "East", "est": "East", "este": "East",
	"west": "West", "ouest": "West", "oeste": "West",
}

// compassRegionForms returns the English names a text gives a region the graph names
// by points of the compass alone, in French or hyphenated ("Nord", "South-West"):
// "North", "Southwest", "South West", "South-West", each also with "Region", the word
// such regions are officially named with in English ("the Southwest Region"). A name
// with any other word ("North Carolina", "Centre-Ouest") gives none.
func compassRegionForms(name string) []string {
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == ' ' })
	if len(parts) == 0 || len(parts) > 2 {
		return nil
	}
	var en []string
	for _, p := range parts {
		w, ok := compassEnglish[strings.ToLower(p)]
		if !ok {
			return nil
		}
		en = append(en, w)
	}
	var bare []string
	if len(en) == 1 {
		bare = []string{en[0]}
	} else {
		bare = []string{en[0] + strings.ToLower(en[1]), en[0] + " " + en[1], en[0] + "-" + en[1]}
	}
	var out []string
	for _, b := range bare {
		out = append(out, b, b+" Region")
	}
	return out
}

// countyStem is "Bong" for Bong County: texts name a county by its stem, as they do
// departments. The caller drops a stem a town of the county bears.
func countyStem(name string) string {
	stem, ok := strings.CutSuffix(name, " County")
	if !ok {
		return ""
	}
	return stem
}

// autonomousHeads are the heads an autonomous unit's official English name adds to the
// short name the graph holds ("Gorno-Badakhshan Autonomous Region" for Gorno-Badakhshan).
var autonomousHeads = []string{"Region", "Oblast", "Okrug", "Prefecture", "Republic", "Province", "District", "Community"}

// autonomousForms returns a region's name with each autonomous unit's head after it. A
// name that says it already ("Jewish Autonomous Oblast") gives none: texts write the
// official name whole, and only the graph's short name lacks it.
func autonomousForms(name string) []string {
	if strings.Contains(name, "Autonomous") {
		return nil
	}
	out := make([]string, 0, len(autonomousHeads))
	for _, h := range autonomousHeads {
		out = append(out, name+" Autonomous "+h)
	}
	return out
}
