package ingest

import "regexp"

// customBefore ends in a custom of visits or exchanges that recur ("yearly student
// exchanges between the ports, begun by Velmar in "), a few words between: a year
// alone after it is when the custom began, which the text recalls as history, not the
// day of the visit it reports.
var customBefore = regexp.MustCompile(`(?i)\b(?:annual|yearly|regular|reciprocal)\b[^.!?\n]{0,60}?\b(?:visits|exchanges|trips|tours|delegations)\b[^.!?\n]{0,80}?\bin[ \t]+$`)

// customBegun reports whether the year at bStart of text is such a custom's start.
func customBegun(text string, bStart int) bool {
	return customBefore.MatchString(text[max(0, bStart-180):bStart]) && bareYear.MatchString(text[bStart:])
}
