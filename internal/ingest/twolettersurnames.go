package ingest

import (
	"strings"
	"unicode"
)

// twoLetterWords are the English words of two letters that ordinary prose writes
// (pronouns, prepositions, conjunctions, the article "an", the verbs "am", "be", "do",
// "go", "is", interjections): a capitalised one opening a sentence is that word, never
// a surname, though some are surnames too ("He", "Ma", "An", "Do", "So" abstain).
var twoLetterWords = set("am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my",
	"no", "of", "on", "or", "so", "to", "up", "us", "we", "ye", "oh", "ok", "hi", "ah", "eh", "ha", "lo", "yo",
	"ma", "pa", "ex", "ox", "id", "uh", "um", "aw", "ow",
	// and the abbreviations of a saint, mount, fort, a junior, a company, "versus"
	"st", "mt", "ft", "jr", "co", "vs")

// twoLetterSurname says whether a capitalised word of two letters ("Hu", "Xi", "Wu")
// may stand alone for the surname of a person named in full earlier in the text: a
// capital and a small letter, no English word and no name's particle ("De", "La",
// "Al"). Coreference then links it only to a person whose name holds that word.
func twoLetterSurname(w string) bool {
	r := []rune(w)
	if len(r) != 2 || !unicode.IsUpper(r[0]) || !unicode.IsLower(r[1]) {
		return false
	}
	lw := strings.ToLower(w)
	return !twoLetterWords[lw] && !nameParticles[lw] && !honorifics[lw] && !courtesyStyles[lw]
}
