package ingest

import "regexp"

// webAddress finds a web address or a social-media handle ("https://www.x.gov/egypt",
// "@USAIDEgypt"): their words are written in lower case by custom, not as prose, so a
// name inside one ("egypt") says nothing of how the text writes that word.
var webAddress = regexp.MustCompile(`(?:https?://|www\.)[^\s]*[^\s.,;:!?)"”’]|@[\p{L}0-9_]+`)

// within reports whether byte offset at lies inside one of spans.
func within(spans [][]int, at int) bool {
	for _, s := range spans {
		if s[0] <= at && at < s[1] {
			return true
		}
	}
	return false
}
