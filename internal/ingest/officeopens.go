package ingest

import (
	"regexp"
	"strings"
)

// abbreviatedOfficeAfter matches, right after a place's name, a title in the
// abbreviated form of the American press, with its full stop ("Ohio Gov. Jane Roe",
// "Ohio Lt. Gov. ..."): the office of that place, held by the person named next.
var abbreviatedOfficeAfter = regexp.MustCompile(`^ (?:(?:Lt|Lieut)\. )?(?:Gov|Govs|Sen|Sens|Rep|Reps|Atty|Amb|Sec|Supt|Cmsr|Commr)\. `)

// generalOfficeAfter matches an office of the "<noun> General" form, whose adjective
// follows its noun ("Attorney General", "Adjutant General", "Surgeon General"), and the
// word after it (2), if capitalised.
var generalOfficeAfter = regexp.MustCompile(`^ (\p{Lu}\p{Ll}+) General\b(?:[ ,]+(\p{Lu}\p{Ll}*))?`)

// officeOpensAfter reports whether the words after a place's name are an office of that
// place, in either form above: the place is then the office's seat, not the start of a
// longer name, as before a title spelt in full ("Busan Mayor"). "General" before a
// body's head ("General Hospital", "General Assembly") is that body's, and does not
// count.
func officeOpensAfter(rest string) bool {
	if abbreviatedOfficeAfter.MatchString(rest) {
		return true
	}
	m := generalOfficeAfter.FindStringSubmatch(rest)
	if m == nil {
		return false
	}
	next := strings.ToLower(m[2])
	return next == "" || !orgHeads[next] && !orgHeads[strings.TrimSuffix(next, "s")] && !commonCapitalised[next] || titleWords[next]
}
