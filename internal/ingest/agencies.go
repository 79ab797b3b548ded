package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// agencyAcronyms are public agencies the genre names by their acronym alone, never
// spelling it out ("a USAID-funded clinic", "CDC Tanzania"): each is the agency
// wherever it stands. Only acronyms no common word or place shares are listed.
var agencyAcronyms = set("USAID", "CDC", "FEMA", "NASA", "NOAA", "USDA", "USTDA", "UNICEF", "UNHCR", "UNDP", "UNESCO",
	"UNFPA", "UNOPS", "UNAIDS", "IAEA", "OSCE", "OECD", "WFP", "FAO", "IOM", "ASEAN", "NATO", "INTERPOL", "USAFRICOM")

// agencyAcronym finds a listed acronym as a whole word; a hyphen or possessive may
// follow it ("USAID-funded", "USAID’s").
var agencyAcronym = regexp.MustCompile(`\b[A-Z]{3,9}\b`)

// agencyNames proposes every listed agency acronym no mention covers, which the text
// does not define in brackets (definedAcronyms reads those) and the graph does not hold.
func (p *proposer) agencyNames(ms []Mention) []Mention {
	text := p.c.text
	for _, a := range agencyAcronym.FindAllStringIndex(text, -1) {
		s, e := a[0], a[1]
		w := text[s:e]
		if !agencyAcronyms[w] || strings.Contains(text, "("+w+")") || len(p.g.entriesNamed(w)) > 0 ||
			slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < e && s < m.bEnd }) {
			continue
		}
		ms = p.add(ms, kg.Organization, s, e, 0.5)
	}
	return ms
}
