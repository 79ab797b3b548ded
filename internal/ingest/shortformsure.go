package ingest

import (
	"regexp"
	"strings"
)

var (
	// sentenceOpener is a word that opens a sentence and never continues a name: after
	// "the U.S." it shows that the short form's dot closed the sentence too ("grew in
	// the U.S. These talks ...").
	sentenceOpener = regexp.MustCompile(`^ (?:The|These|This|Those|That|It|Its|We|Our|He|She|They|Their|His|Her|I|In|On|At|As|But|And|However|There|Also|Many|Some|Such|When|While|After|Before|During|For|Today|Yesterday) `)
	// articleABefore and postKindAfter: "a U.S. Consulate" is a kind of post, not a
	// mission's name, when no place follows to name its seat ("a U.S. Consulate in
	// Alba" may be one); other bodies after "a" are named so ("a U.S. Navy battalion").
	articleABefore = regexp.MustCompile(`(?:^|[^\p{L}])(?:a|A)\s+$`)
	postKindAfter  = regexp.MustCompile(`^ (?:Consulate(?: General)?|Embassy)(?:[.,;:!?)]|\s+(?:in|at|on|and|or|to|for|of|with|by|from)\s+[^A-Z\s]|\s+[a-z])`)
	// unaccentedCharge is the title Chargé d'Affaires written without its accent.
	unaccentedCharge = regexp.MustCompile(`^ Charge d['’][Aa]ffaires\b`)
)

// shortFormSure reports whether a country's short form is the country whatever
// capitalised words follow it: its closing dot ends the sentence as well, an
// indefinite article before it makes the words after it a kind of post rather than a
// name, or a diplomat's title follows it in a spelling without its accent.
func shortFormSure(before, form, rest string) bool {
	switch {
	case closesSentence(form, rest):
		return true
	case articleABefore.MatchString(before) && postKindAfter.MatchString(rest):
		return true
	}
	return unaccentedCharge.MatchString(rest)
}

// closesSentence reports whether a short form's closing dot ends its sentence too: a
// word that opens a sentence and never continues a name follows it.
func closesSentence(form, rest string) bool {
	return strings.HasSuffix(form, ".") && sentenceOpener.MatchString(rest)
}
