package ingest

import "strings"

// titledHolderAnd finds the "and" that ends the name of a title's holder at a run's
// opening ("Mayor Lind and City Council President Orr", "Governor Ada Sorn and
// Harbour Board Chair Orr"): the title's holder is a person, and "and" joins the next
// item of a list, never two words of one body's name. It returns the "and"'s token, or
// from when the run opens with no title right before it, the words before "and" are
// no person's name (one to three proper words, no body's head among them), or no
// body's head follows "and" before a title (so nothing would glue the two).
func (p *proposer) titledHolderAnd(from, to int, titled bool) int {
	toks := p.c.toks
	if !titled || from == 0 || !titleWords[strings.ToLower(strings.TrimSuffix(toks[from-1].text, "."))] {
		return from
	}
	for k := from + 1; k < to-1 && k <= from+3; k++ {
		if toks[k].text != "and" {
			continue
		}
		for _, t := range toks[from:k] {
			lw := strings.ToLower(possessive(t.text))
			if !isNameWord(t.text) || connectors[lw] || orgHeads[lw] || companyHeads[lw] || eventHeads[lw] || titleWords[lw] {
				return from
			}
		}
		if !p.properName(toks[from:k]) || !isNameWord(toks[k+1].text) || !headBeforeTitle(toks[k+1:to]) {
			return from
		}
		return k
	}
	return from
}

// headBeforeTitle reports whether a body's head ends a word of ts before any title's
// word does ("City Council President Orr"): only then would the holder's name before
// "and" be read as the opening of that body's name. A title first ("Consul General
// Orr", "Harbour Chairman Orr") leaves the list to the rules on holders.
func headBeforeTitle(ts []token) bool {
	for _, t := range ts {
		lw := strings.ToLower(possessive(t.text))
		if titleWords[lw] || !isNameWord(t.text) {
			return false
		}
		if orgHeads[lw] || companyHeads[lw] || eventHeads[lw] {
			return true
		}
	}
	return false
}

// venueThenAnd reports whether "and" follows a venue's head or word in ts ("the Harbour
// War Memorial and Assembly House", "Orlen Hall and Velm Council"): the venue's name
// ends there and "and" opens the list's next item, so no body's name runs across it.
func venueThenAnd(ts []token) bool {
	for i := 1; i+1 < len(ts); i++ {
		if lw := strings.ToLower(ts[i-1].text); ts[i].text == "and" && (venueHeads[lw] || venueWords[lw]) {
			return true
		}
	}
	return false
}
