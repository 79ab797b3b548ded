package ingest

import (
	"regexp"

	"github.com/amity-graph/amity/internal/kg"
)

// bankOf: a bank named "Bank of" and a name ("the Bank of Velmaria", "Reserve Bank of
// ..."); where the name is a country's, the bank is that country's central bank, a body,
// the country's name part of its name.
var bankOf = regexp.MustCompile(`\b(?:(?:Central|Reserve|National|State) )?Bank of (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)\b`)

// countryBanks proposes "Bank of <country>" as a body where no mention covers its words
// but the country's.
func (p *proposer) countryBanks(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range bankOf.FindAllStringSubmatchIndex(text, -1) {
		if !p.namesCountry(text[m[2]:m[3]]) || coveringMention(ms, m[0], m[2]) >= 0 {
			continue
		}
		ms = p.add(ms, kg.Organization, m[0], m[1], 0.5)
	}
	return ms
}
