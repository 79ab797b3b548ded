package ingest

import (
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// placePeoples drops proposals that name the people of a place, a demonym the
// conventions leave as context ("Velo Islanders", "Aucklanders", "Tongans"): the
// name less its people's ending ("-ers" with or without the place's own plural "s",
// "-ns") is a country or a place the graph holds. Every mention of such a proposal goes.
func (p *proposer) placePeoples(ms []Mention) []Mention {
	drop := map[string]bool{}
	for _, m := range ms {
		if m.Proposed == nil || m.How != "new" || m.Kind == kg.Event {
			continue
		}
		if p.peopleOfPlace(strings.TrimSpace(m.Text)) {
			drop[*m.Proposed] = true
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && drop[*m.Proposed] })
}

// peopleOfPlace reports whether name is a place's name with a people's ending.
func (p *proposer) peopleOfPlace(name string) bool {
	var stems []string
	if s, ok := strings.CutSuffix(name, "ers"); ok {
		stems = append(stems, s, s+"s")
	}
	if s, ok := strings.CutSuffix(name, "ns"); ok && strings.HasSuffix(s, "a") {
		stems = append(stems, s)
	}
	for _, s := range stems {
		if len(s) < 4 {
			continue
		}
		if slices.ContainsFunc(p.g.entriesNamed(s), func(e int) bool { k := p.g.entries[e].Kind; return isPlace(k) || k == kg.Country }) {
			return true
		}
	}
	return false
}

// sharedCountryWords drops a new city's or region's proposal of one word that is the
// last word of the names of two countries or more ("Korea" of "North Korea" and "South
// Korea"): the text names one of those countries by its short form, which the linker
// may leave for want of telling them apart; it is no new place.
func (p *proposer) sharedCountryWords(ms []Mention) []Mention {
	drop := map[string]bool{}
	for _, m := range ms {
		if m.Proposed == nil || m.Kind != kg.City && m.Kind != kg.Region || strings.ContainsAny(strings.TrimSpace(m.Text), " -") {
			continue
		}
		if p.countriesEndingWith(FoldName(m.Text)) >= 2 {
			drop[*m.Proposed] = true
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && drop[*m.Proposed] })
}

// countriesEndingWith counts the graph's countries one of whose names of two words or
// more ends with the folded word w.
func (p *proposer) countriesEndingWith(w string) int {
	n := 0
	for _, e := range p.g.entries {
		if e.Kind != kg.Country {
			continue
		}
		if slices.ContainsFunc(append([]string{e.Name}, e.Aliases...), func(name string) bool {
			f := strings.Fields(FoldName(name))
			return len(f) >= 2 && f[len(f)-1] == w
		}) {
			n++
		}
	}
	return n
}
