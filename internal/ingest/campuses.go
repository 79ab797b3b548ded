package ingest

import (
	"regexp"
	"strings"
)

// A place after a university's name is part of that name where the name needs it: a
// campus of a system ("University of Alba at Sorn": the campus in Sorn is one body), or a
// name made only of what is taught or of what kind the school is ("the Technical
// University in Sorn", "the University of Economics in Sorn"), which no reader could tell
// from its namesakes elsewhere without the town. A school named after a person or a
// place of its own ("Kord University in Sorn") is complete, and the town after it is a
// place the text names.
var (
	campusBefore    = regexp.MustCompile(`\b(?:University|College)\s+of\s+(?:the\s+)?(?:[A-Z][\p{L}]+\s+)*[A-Z][\p{L}]+\s+at\s+$`)
	genericSchoolIn = regexp.MustCompile(`\b[Tt]he\s+((?:[A-Z][\p{L}]+\s+)*)(?:University|College)(?:\s+of\s+((?:[A-Z][\p{L}]+\s+)*[A-Z][\p{L}]+))?\s+in\s+$`)
	// schoolKinds are words that say what a school teaches or what kind it is.
	schoolKinds = set("technical", "technological", "technology", "catholic", "economics", "economic", "medical", "medicine",
		"agricultural", "agriculture", "pedagogical", "polytechnic", "state", "national", "open", "science", "sciences",
		"law", "arts", "fine", "business", "education", "engineering", "management", "mining", "music", "applied",
		"and", "of", "for", "the")
)

// campusName reports whether the place's name at start completes a university's name.
func campusName(text string, start int) bool {
	before := text[max(0, start-120):start]
	if campusBefore.MatchString(before) {
		return true
	}
	m := genericSchoolIn.FindStringSubmatch(before)
	if m == nil || m[1] == "" && m[2] == "" {
		return false
	}
	for _, w := range strings.Fields(m[1] + " " + m[2]) {
		if !schoolKinds[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// prefecturalName starts "Prefectural" and a capitalised word after a place's name
// ("Alba Prefectural Museum", "Alba Prefectural Fisheries Centre"): the adjective only
// ever opens the name of the prefecture's own body, school, show or facility, so the
// place is a word of that name.
var prefecturalName = regexp.MustCompile(`^\s+Prefectural\s+\p{Lu}`)
