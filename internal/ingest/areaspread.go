package ingest

import "regexp"

// spreadBefore is a word of spread right before a name ("sites throughout Alba",
// "schools across Alba"): what spreads through a place spreads through an area, a region
// or a country, and over the annotated texts every twin name so placed is the region.
// Like the governors' list it settles only its own mention: the same text may name the
// town elsewhere.
var spreadBefore = regexp.MustCompile(`\b(?:throughout|across)\s+(?:the\s+)?$`)

// spreadOver reports whether a word of spread stands right before the text's position.
func spreadOver(before string) bool {
	return spreadBefore.MatchString(before)
}
