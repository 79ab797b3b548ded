package ingest

import (
	"regexp"
	"unicode/utf8"
)

// personAfterDot: a period, then a given name and a surname ("Esc. Ana Lind").
var personAfterDot = regexp.MustCompile(`^\. \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+`)

// honorificAbbreviation reports whether a short word closed by a period is a
// professional style before a person's name ("Esc. Ana Lind", "Ing. Ana Lind"), which
// Spanish texts write after a holder's office (three letters at most, as "Esc.", "Lic."):
// no place in a list, though a town is named before it.
func honorificAbbreviation(text string, t token) bool {
	n := utf8.RuneCountInString(t.text)
	return n >= 2 && n <= 3 && personAfterDot.MatchString(text[t.end:])
}
