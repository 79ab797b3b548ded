package ingest

import (
	"regexp"

	"github.com/amity-graph/amity/internal/kg"
)

// theAntarcticRe finds "the Antarctic" used as a noun: the polar continent, whose name
// the graph spells "Antarctica". Followed by a capitalised word or a hyphen it opens a
// name ("the Antarctic Treaty", "the Antarctic Summer Season"), and without "the" it is
// an adjective ("Antarctic exploration"): neither is the continent.
var theAntarcticRe = regexp.MustCompile(`\b[Tt]he (Antarctic)(?:[ \t]+(\p{L})|[^\p{L}\p{N}\-’']|$)`)

// antarcticNoun links "the Antarctic" used as a noun to the graph's Antarctica (a
// node of the country kind), where no mention covers the word.
func (g *Gazetteer) antarcticNoun(c *linkCtx, ms []Mention) []Mention {
	id := g.countryByName("Antarctica")
	i, ok := g.byID[id]
	if id == "" || !ok {
		return ms
	}
	for _, m := range theAntarcticRe.FindAllStringSubmatchIndex(c.text, -1) {
		if m[4] >= 0 && isCapitalized(c.text[m[4]:m[5]]) {
			continue
		}
		s, e := m[2], m[3]
		if coveringAny(ms, s, e) {
			continue
		}
		ms = addIfFree(ms, Mention{Text: c.text[s:e], bStart: s, bEnd: e, Entity: strPtr(id), Kind: kg.Country,
			How: "name", Confidence: 0.7, entry: i})
	}
	return ms
}
