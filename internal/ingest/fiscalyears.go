package ingest

import "regexp"

var (
	// fiscalYearAfter closes a year with the short or full second year of a financial or
	// school year ("2014/15", "2014-15", "2014/2015"): the year is half of a budget's
	// period, not a date the text gives. A dash with a full year ("2014-2016") is a span
	// of years and is not meant.
	fiscalYearAfter = regexp.MustCompile(`^(?:/\d{2}(?:\d{2})?|[-–]\d{2})\b`)
	// fiscalYearBefore ends in the words that name a financial year ("fiscal year",
	// "financial year", "FY"), an "of" or "in" between: what follows is a budget's period, not a date.
	fiscalYearBefore = regexp.MustCompile(`(?i)(?:\b(?:fiscal|financial)(?: year)?|\bFY)(?:[ \t]+(?:of|in))?[ \t]*$`)
)

// fiscalYear reports whether the year read at [start, end) of text is a financial
// year's: the annotated sets leave financial years out, a budget's period dating no
// event.
func fiscalYear(text string, start, end int) bool {
	return fiscalYearAfter.MatchString(text[end:]) || fiscalYearBefore.MatchString(text[max(0, start-20):start])
}
