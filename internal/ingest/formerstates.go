package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// formerState is a state named by one word and its kind of realm after "the" ("the
// Velmar Kingdom", "the Velmar Empire"): a country of the past the graph lacks.
var formerState = regexp.MustCompile(`\bthe (\p{Lu}\p{Ll}+ (?:Kingdom|Empire|Sultanate|Khanate|Caliphate))\b`)

// formerStates proposes formerState's countries where its first word is unknown (see
// unknownOpened): "the Portuguese Empire" is left out by the annotations, and "the
// Velmar Kingdom" of a graph region Velmar is that region's old realm, which the
// conventions name as a body.
func (p *proposer) formerStates(ms []Mention) []Mention {
	return p.unknownOpened(ms, formerState, kg.Country)
}

// unknownOpened proposes, as kind, each first group of re whose first word is no
// people's adjective, common word, title or name the graph holds, where no mention
// covers it.
func (p *proposer) unknownOpened(ms []Mention, re *regexp.Regexp, kind kg.Kind) []Mention {
	text := p.c.text
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		first := text[s : s+strings.IndexByte(text[s:e], ' ')]
		lw := strings.ToLower(first)
		if demonyms[lw] != "" || commonCapitalised[lw] || notInNames[lw] || titleWords[lw] || len(p.g.entriesNamed(first)) > 0 || coveringMention(ms, s, e) >= 0 {
			continue
		}
		ms = p.add(ms, kind, s, e, 0.5)
	}
	return ms
}
