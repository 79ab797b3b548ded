package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// actingAcronym is a word of four or more capitals that acts as a body does: it funds
// ("a VELCO-funded project") or is the subject of a verb ("VELCO is conducting").
// Shorter words are too often initials of places, units or ranks.
var actingAcronym = regexp.MustCompile(`\b(\p{Lu}{4,})(?:-(?:funded|supported|backed|sponsored|financed|led)\b| (?:is|was|has|have|will|funds|funded|supports|supported|provides|provided|announced|launched)\b)`)

// notBodyAcronyms are capitals of the genre that name no body.
var notBodyAcronyms = set("covid", "aids", "sars", "mers", "gdp", "note", "update", "photo", "video")

// actingAcronyms proposes the bodies actingAcronym finds that no mention covers and
// the graph does not know by that name.
func (p *proposer) actingAcronyms(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range actingAcronym.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		w := text[s:e]
		lw := strings.ToLower(w)
		if coveringMention(ms, s, e) >= 0 || notBodyAcronyms[lw] ||
			commonCapitalised[lw] || notInNames[lw] || titleWords[lw] || len(p.g.entriesNamed(w)) > 0 {
			continue
		}
		ms = p.add(ms, kg.Organization, s, e, 0.5)
	}
	return ms
}
