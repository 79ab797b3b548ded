package ingest

import (
	"regexp"

	"github.com/amity-graph/amity/internal/kg"
)

// townInDistrict: a bare town after a preposition, then a comma and a district's or a
// county's headed name ("in Velmar, Tosh District"): the town is a city, and the
// headed name a region.
var townInDistrict = regexp.MustCompile(`\b(?:in|at|to|from|near|visit) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?), (\p{Lu}\p{Ll}+ (?:District|County|Province|Region|Governorate|Prefecture))\b`)

// townsInDistricts proposes the towns and regions townInDistrict finds that no mention
// covers and the graph does not hold.
func (p *proposer) townsInDistricts(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range townInDistrict.FindAllStringSubmatchIndex(text, -1) {
		for g, kind := range map[int]kg.Kind{2: kg.City, 4: kg.Region} {
			s, e := m[g], m[g+1]
			if coveringMention(ms, s, e) >= 0 || len(p.g.entriesNamed(text[s:e])) > 0 ||
				kind == kg.City && (!p.freeBareName(ms, s, e) || p.c.lower[FoldName(text[s:e])]) {
				continue
			}
			ms = p.add(ms, kind, s, e, 0.5)
		}
	}
	return ms
}
