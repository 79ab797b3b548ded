package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// sisterAfter and sisterOfBefore: "Alba’s sister city", "the twin town of Alba": the
	// text says the place has partners.
	sisterAfter    = regexp.MustCompile(`^['’]s?\s+(?:[a-z]+\s+)?(?:sister|twin|friendship|partner)[ -](?:city|cities|town|towns|state|states|province|provinces|region|regions)\b`)
	sisterOfBefore = regexp.MustCompile(`\b(?:sister|twin|friendship|partner)[ -](?:city|cities|town|towns|state|states|province|provinces|region|regions) (?:of|with|to)\s+$`)
)

// sisterNamed reports whether the text, anywhere, calls the place of that name one that
// has a partner ("Alba’s sister city in ...", "a twin town of Alba"): among namesakes,
// those the graph relates to partners are meant, though the partner the text names may
// be filed under another name.
func sisterNamed(text, name string) bool {
	name = strings.TrimRight(name, "’'")
	for _, at := range occurrencesOf(text, name) {
		prev, _ := utf8.DecodeLastRuneInString(text[:at])
		next, _ := utf8.DecodeRuneInString(text[at+len(name):])
		if unicode.IsLetter(prev) || unicode.IsLetter(next) {
			continue
		}
		if sisterAfter.MatchString(text[at+len(name):]) || sisterOfBefore.MatchString(text[:at]) {
			return true
		}
	}
	return false
}
