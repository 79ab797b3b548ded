package refdata

import "regexp"

// dateAlias is an alternate name that reads as a day of the year ("October 6", "6
// October"): GeoNames gives it for towns named after a date (Egypt's "6th of October
// City"), but an English text that writes those words means the day far more often than
// the town, and the town keeps its own name and its other aliases ("6 October City").
var dateAlias = regexp.MustCompile(`^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December))$`)

// withoutDateAliases returns the aliases less those that read as a day of the year.
func withoutDateAliases(aliases []string) []string {
	kept := aliases[:0]
	for _, a := range aliases {
		if !dateAlias.MatchString(a) {
			kept = append(kept, a)
		}
	}
	return kept
}
