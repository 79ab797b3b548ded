package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// iterationOf: a recurring operation or event named as one of its runs ("the sixth
// iteration of Velmar Shield", "the tenth edition of Ostria Days"), with no "the"
// before the name (a paper's edition has one: editionOf).
var iterationOf = regexp.MustCompile(`\b(?:iteration|edition|installment|instalment) of (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){1,3})\b`)

// iterations proposes iterationOf's names as events where no mention covers them and
// none of their words is a title's or a month's.
func (p *proposer) iterations(ms []Mention) []Mention {
	for _, m := range iterationOf.FindAllStringSubmatchIndex(p.c.text, -1) {
		s, e := m[2], m[3]
		if coveringMention(ms, s, e) >= 0 || len(p.g.entriesNamed(p.c.text[s:e])) > 0 || slices.ContainsFunc(strings.Fields(p.c.text[s:e]), func(w string) bool {
			lw := strings.ToLower(w)
			return titleWords[lw] || months[lw] > 0 || connectors[w]
		}) {
			continue
		}
		ms = p.add(ms, kg.Event, s, e, 0.5)
	}
	return ms
}
