package ingest

import (
	"regexp"
	"slices"

	"github.com/amity-graph/amity/internal/kg"
)

// pairTie is two countries joined by a hyphen before the word for their tie ("the
// U.S.-Japan Alliance", "the ROK-U.S. alliance"), each by a name or a short form.
var pairTie = regexp.MustCompile(`\b(U\. ?S\.|[A-Z][\p{L}.]*(?: [A-Z][\p{L}]+)?)[-–](U\. ?S\.|[A-Z][\p{L}.]*(?: [A-Z][\p{L}]+)?) (?:[Aa]lliance|[Rr]elationship)\b`)

// pairedTies links both countries of a pair before "Alliance" or "relationship": the
// tie is a relation between them, as a "Partnership" is, whose countries the
// annotation links, not a body of its own. Each side must be, whole, a country's name
// or short form; a new body proposed for the second side and the tie's word ("Japan
// Alliance") gives way.
func (g *Gazetteer) pairedTies(c *linkCtx, ms []Mention) []Mention {
	for _, u := range pairTie.FindAllStringSubmatchIndex(c.text, -1) {
		var sides []Mention
		for _, k := range []int{2, 4} {
			s, e := u[k], u[k+1]
			id := abbreviations[c.text[s:e]]
			if id == "" {
				id = g.countryByName(c.text[s:e])
			}
			i, ok := g.byID[id]
			if !ok || g.entries[i].Kind != kg.Country {
				break
			}
			sides = append(sides, Mention{Text: c.text[s:e], bStart: s, bEnd: e, Entity: strPtr(id), Kind: kg.Country,
				How: "paired country", Confidence: 0.8, entry: i})
		}
		if len(sides) != 2 {
			continue
		}
		ms = slices.DeleteFunc(ms, func(m Mention) bool {
			return m.Proposed != nil && m.bStart >= u[0] && m.bEnd == u[1]
		})
		for _, m := range sides {
			ms = addIfFree(ms, m)
		}
	}
	return ms
}
