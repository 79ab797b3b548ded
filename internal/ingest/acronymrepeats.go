package ingest

import (
	"strings"
)

// A body named with its country in front ("U.S. Environmental Protection Agency",
// "Australian Broadcasting Corporation") is called again by the initials of its own
// name with or without the country's ("EPA" as well as "USEPA"): the country's name or
// adjective only says whose body it is. So an acronym later in the text that spells the
// name's words after the country is the body, as one that spells all of them is.

// spellsBody reports whether acr, an acronym, spells the initials of the body's name,
// whole or after a country's abbreviation, name or adjective it opens with.
func (p *proposer) spellsBody(name, acr string) bool {
	if initials(name) == acr {
		return true
	}
	rest := p.afterCountry(name)
	return rest != "" && rest != name && len(acr) >= 3 && initials(rest) == acr
}

// afterCountry is the rest of name after the country it opens with ("U.S.", "United
// States", "Australian"), or "" when it opens with none.
func (p *proposer) afterCountry(name string) string {
	fields := strings.Fields(name)
	for k := 1; k <= 3 && k < len(fields); k++ {
		head := strings.Join(fields[:k], " ")
		if countryAbbreviations[head] || p.namesCountry(strings.ToLower(head)) {
			return strings.Join(fields[k:], " ")
		}
	}
	return ""
}

// acronymTitle reports whether the token at i is an acronym of three or more capitals
// right before an office's title ("EPA Administrator", "FBI Director"): the title is the
// person's, who follows, so the acronym is no part of a longer name but the body that
// names the office.
func (p *proposer) acronymTitle(i int) bool {
	toks := p.c.toks
	if i+1 >= len(toks) || len(toks[i].text) < 3 || !isUpperWord(toks[i].text) || !onlySpace(p.c.text[toks[i].end:toks[i+1].start]) {
		return false
	}
	return p.titled(strings.ToLower(toks[i+1].text))
}
