package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// officeAfterRe is what may stand between a name and the office it holds, read after
// the name: a comma and "the", or a copula ("is", "was", "became"), an article, a word of time
// ("new", "former"), and a country's short form ("U.S."); the office may then open
// with places the graph knows ("Ana Ruiz, the Velo Minister of ...", "Ana Ruiz is the
// new U.S. Consul General in ...").
var officeAfterRe = regexp.MustCompile(`^(?:,(?: the)? | (?:is|was|became|has become|will be) (?:(?:the|a|an) )?)(?:(?:new|former|current|incoming|outgoing|first|acting) )?(?:(?:U\. ?S\.|US|UK) )?`)

// officeAfter reports whether the office a would-be person's name holds follows it,
// named after places the graph knows: "Ana Ruiz, the Velo Minister of ..." (titleNear
// takes a title right after the comma, not one after a place), "Ana Ruiz is the new
// Consul General". At most two places, each a word or two the graph holds as a city, a
// region or a country, stand before the title.
func (p *proposer) officeAfter(seg run) bool {
	toks := p.c.toks
	end := toks[seg.to-1].end
	m := officeAfterRe.FindStringIndex(p.c.text[end:])
	if m == nil {
		return false
	}
	at := end + m[1]
	j := seg.to
	for j < len(toks) && toks[j].start < at {
		j++
	}
	places, first := 0, j
	for j < len(toks) && toks[j].sentence == toks[seg.to-1].sentence && (j == first || onlySpace(p.c.text[toks[j-1].end:toks[j].start])) {
		lw := strings.ToLower(toks[j].text)
		if titleWords[lw] && !leadingQualifiers[lw] {
			// (a copula's office needs no place: "is the new Consul General"; after a
			// comma titleNear takes an office with none)
			return places > 0 || p.c.text[end] == ' '
		}
		if places == 2 || !isNameWord(toks[j].text) {
			return false
		}
		if j+1 < len(toks) && onlySpace(p.c.text[toks[j].end:toks[j+1].start]) && p.placeNamed(toks[j].text+" "+toks[j+1].text) {
			j += 2
		} else if p.placeNamed(toks[j].text) || demonyms[lw] != "" || leadingQualifiers[lw] {
			j++
		} else {
			return false
		}
		places++
	}
	return false
}

// placeNamed reports whether the graph holds a city, a region or a country by exactly
// that name.
func (p *proposer) placeNamed(name string) bool {
	for _, i := range p.g.entriesNamed(name) {
		switch p.g.entries[i].Kind {
		case kg.City, kg.Region, kg.Country:
			return true
		}
	}
	return false
}
