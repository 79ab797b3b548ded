package ingest

import (
	"regexp"

	"github.com/amity-graph/amity/internal/kg"
)

// platformPair: two one-word names joined after "on" or "via" at a clause's end
// ("follow us on Facebook and Chirper.").
var platformPair = regexp.MustCompile(`\b(?:on|via) ([A-Z][\p{L}]+),? (?:and|or) ([A-Z][\p{L}]+)(?:[.,;:)]|\s*\n|$)`)

// pairedPlatforms proposes the partner of a well-known platform in such a pair as a
// platform too, a company: what a text follows or posts on beside Facebook is a
// platform like it. Only a word no mention covers, that is no graph name and that
// the text never writes in lowercase, counts.
func (p *proposer) pairedPlatforms(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range platformPair.FindAllStringSubmatchIndex(text, -1) {
		a, b := text[m[2]:m[3]], text[m[4]:m[5]]
		s, e := m[4], m[5]
		switch {
		case knownCompanies[a] && !knownCompanies[b]:
		case knownCompanies[b] && !knownCompanies[a]:
			s, e = m[2], m[3]
		default:
			continue
		}
		w := text[s:e]
		if coveringMention(ms, s, e) >= 0 || len(p.g.entriesNamed(w)) > 0 || p.c.lower[FoldName(w)] || months[FoldName(w)] > 0 {
			continue
		}
		ms = p.add(ms, kg.Company, s, e, 0.5)
	}
	return ms
}
