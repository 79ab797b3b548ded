package ingest

import "regexp"

// holderWords are the capitalised words right after a place's name, up to the first
// word that is not one ("Anne Hidalgo" of "... Anne Hidalgo and President of ...").
var holderWords = regexp.MustCompile(`^(?: [A-Z][\p{L}'’.-]*)+`)

// siteAfterPlace is namedSite for the words after a place's name, except where a title
// and "of" stand before the place ("the Mayor of Lindby Ada Cole"): the capitalised
// words after it are then its holder's name, which a conjunction or a lower-case word
// ends. A body's head after "and" ("... Ada Cole and President of the Alba Committee")
// opens the next item of a list, not a name the place begins.
func siteAfterPlace(text string, start, end int) bool {
	rest := text[end:]
	if titleOfBefore(text[:start]) {
		return namedSite(holderWords.FindString(rest))
	}
	return namedSite(rest)
}
