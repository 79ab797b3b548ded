package ingest

import (
	"regexp"
	"slices"

	"github.com/amity-graph/amity/internal/kg"
)

// agencyOpening is a listed agency's acronym opening a name, before a space or a hyphen
// ("USAID Velmar staff", "USAID-supported clinics").
var agencyOpening = regexp.MustCompile(`^([A-Z]{3,9})(?:[ -]|$)`)

// agencyLedPeople turns a person's proposal whose name opens with an agency's acronym
// (agencyAcronyms: "USAID Velmar", of "USAID Velmar staff"; "USAID Mission Directors")
// into the agency: no one's name opens with an agency's acronym, and the text means the
// agency (its mission in a country, its officers, what it funds). Every mention of such a
// proposal, its short forms too, is dropped and its acronym proposed as the agency (one
// proposal with the agency's other mentions), unless the graph holds it (then the
// linker has had its say).
func (p *proposer) agencyLedPeople(ms []Mention) []Mention {
	drop := map[string]bool{}
	for _, m := range ms {
		if m.Proposed == nil || m.Kind != kg.Person {
			continue
		}
		if a := agencyOpening.FindStringSubmatch(m.Text); a != nil && agencyAcronyms[a[1]] && len(p.g.entriesNamed(a[1])) == 0 {
			drop[*m.Proposed] = true
		}
	}
	if len(drop) == 0 {
		return ms
	}
	var spans [][2]int
	for _, m := range ms {
		if m.Proposed != nil && drop[*m.Proposed] {
			if a := agencyOpening.FindStringSubmatchIndex(m.Text); a != nil && agencyAcronyms[m.Text[a[2]:a[3]]] {
				spans = append(spans, [2]int{m.bStart + a[2], m.bStart + a[3]})
			}
		}
	}
	ms = slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && drop[*m.Proposed] })
	for _, sp := range spans {
		if coveringMention(ms, sp[0], sp[1]) >= 0 {
			continue
		}
		ms = p.add(ms, kg.Organization, sp[0], sp[1], 0.5)
	}
	return ms
}
