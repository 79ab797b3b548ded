package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// programmeEnds end the name of what a body runs or gives, never the body: a relief
// plan, a treatment, a grant ("Emergency Plan for Malaria Relief", "Self-Help Grant").
var programmeEnds = set("relief", "treatment", "grant", "grants")

// programmeApposition: a name the text calls a programme in apposition ("Velmar Cares, a
// program funded by ...").
var programmeApposition = regexp.MustCompile(`^,? (?:a|an|the) (?:\p{Ll}+ ){0,2}(?:program|programme|initiative|grant|campaign)\b`)

// leftOutProgrammes drops the proposals for programmes, treatments and grants, and a
// country's government named as "Government of X" (the country, as the conventions
// read it), with every other mention of the same proposal (its acronym too).
func (p *proposer) leftOutProgrammes(ms []Mention) []Mention {
	drop := map[string]bool{}
	for _, m := range ms {
		if m.Proposed == nil || m.Kind == kg.Person && !strings.Contains(m.Text, "-") {
			continue
		}
		ws := strings.Fields(strings.ToLower(m.Text))
		if len(ws) >= 2 && programmeEnds[ws[len(ws)-1]] || programmeApposition.MatchString(p.c.text[m.bEnd:]) ||
			len(ws) >= 3 && ws[0] == "government" && ws[1] == "of" && p.namesCountry(strings.Join(ws[2:], " ")) {
			drop[*m.Proposed] = true
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && drop[*m.Proposed] })
}
