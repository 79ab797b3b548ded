package ingest

import "strings"

// A plural office's possessive stands inside a name, not between two: "the Northeast
// Asia Mayors’ Forum", "the Quad Leaders’ Summit" name an occasion of those office
// holders, as "Foreign Ministers Meeting" would without the apostrophe. A singular
// name's possessive ("Wales’ First Minister", "Ambassador Roos' Staff") still ends a
// name: its word is no plural of an office.

// officePluralPossessive reports whether toks[j-1] and toks[j] are two words of one name
// joined by a plural possessive's apostrophe and a space ("Mayors’ Forum"): the first
// ends in "s" and without it is an office's title, and the capitalised words from it on
// end in a body's or an event's head ("Mayors’ Forum", not "Ambassadors’ Staff Aide").
func officePluralPossessive(text string, toks []token, j int) bool {
	a, b := toks[j-1], toks[j]
	gap := text[a.end:b.start]
	if gap != "’ " && gap != "' " || !isNameWord(b.text) || !isNameWord(a.text) {
		return false
	}
	lw := strings.ToLower(a.text)
	if !strings.HasSuffix(lw, "s") || !titleWords[strings.TrimSuffix(lw, "s")] {
		return false
	}
	for k := j; k < len(toks) && toks[k].sentence == a.sentence && isNameWord(toks[k].text); k++ {
		if k > j && !onlySpace(text[toks[k-1].end:toks[k].start]) {
			break
		}
		if headKind(toks[j-1:k+1]) != "" {
			return true
		}
	}
	return false
}
