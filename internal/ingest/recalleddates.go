package ingest

import "regexp"

var (
	// recentlyAfter finds "recently" after a date, in its sentence ("QUEZON CITY, Oct.
	// 10 -- the mayors recently signed ..."): the text puts what it reports some time
	// before that day, the report's, and says no day for it. A "recently" inside a
	// relative clause ("the mayor, who recently took office, met ...") speaks of someone
	// else's past and does not count. An abbreviated month's full stop opening the date ends no
	// sentence.
	recentlyAfter = regexp.MustCompile(`^(?:\p{Lu}\p{Ll}{2,3}\.)?[^.\n]{0,200}?(\b(?:who|which|that) )?\brecently\b`)
	// whoVisitedBefore ends in a relative clause telling of someone's past visit, a few
	// words between ("the former mayor, who visited the port during his time in office
	// in"): with a year alone, the year of that earlier trip, which the text recalls to
	// introduce a person, not the day of what it reports.
	whoVisitedBefore = regexp.MustCompile(`(?i)\bwho (?:had )?(?:visited|travell?ed|came|went|toured)(?:[ \t,]+[\p{L}’'-]+){0,10}[ \t]+$`)
)

// recalledDate reports whether the date at bStart of text is one the text recalls or
// reports from, not the day of the event: a report's date followed by "recently", or a
// year closing someone's earlier visit told in a relative clause.
func recalledDate(text string, bStart int) bool {
	if m := recentlyAfter.FindStringSubmatch(text[bStart:]); m != nil && m[1] == "" {
		return true
	}
	return whoVisitedBefore.MatchString(text[max(0, bStart-100):bStart]) && bareYear.MatchString(text[bStart:]) || customBegun(text, bStart)
}
