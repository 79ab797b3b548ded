package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// formerState is a state named by one word and its kind of realm after "the" ("the
// Velmar Kingdom", "the Velmar Empire"): a country of the past the graph lacks.
var formerState = regexp.MustCompile(`\bthe (\p{Lu}\p{Ll}+ (?:Kingdom|Empire|Sultanate|Khanate|Caliphate))\b`)

// formerStates proposes formerState's countries where its first word is neither a
// people's adjective ("the Portuguese Empire", which the annotations leave out), nor
// a name the graph holds ("the Velmar Kingdom" of a graph region Velmar is that
// region's old realm, named as a body by the conventions), nor a common word.
func (p *proposer) formerStates(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range formerState.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		first := text[s : s+strings.IndexByte(text[s:e], ' ')]
		lw := strings.ToLower(first)
		if demonyms[lw] != "" || commonCapitalised[lw] || notInNames[lw] || len(p.g.entriesNamed(first)) > 0 || coveringMention(ms, s, e) >= 0 {
			continue
		}
		ms = p.add(ms, kg.Country, s, e, 0.5)
	}
	return ms
}
