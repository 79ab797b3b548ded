package ingest

import (
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// leftOutHeads end names the conventions leave out of the graph as bodies: museums
// and laboratories are venues, networks are programmes.
var leftOutHeads = map[string]bool{"museum": true, "laboratory": true, "network": true}

// missionWords make up a diplomatic mission's generic name ("Deputy High
// Commission", "Consulate General"); a mission so named is one the graph holds, so
// it is the linker's to find or leave, never a new body.
var missionWords = map[string]bool{
	"high": true, "deputy": true, "commission": true, "consulate": true, "embassy": true, "general": true,
}

// leftOutBodies drops new bodies the conventions leave out: venues and programmes
// by their head word, a country's government named by the country ("British
// Government": the country itself), and a mission named only generically, after at
// most one word naming its country or city ("High Commission", "Nagoya Consulate").
func (p *proposer) leftOutBodies(ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.Proposed == nil || m.Kind != kg.Organization {
			return false
		}
		ws := strings.Fields(strings.ToLower(m.Text))
		if len(ws) < 2 {
			return false
		}
		if leftOutHeads[ws[len(ws)-1]] {
			return true
		}
		if ws[len(ws)-1] == "government" && p.namesCountry(strings.Join(ws[:len(ws)-1], " ")) {
			return true
		}
		i := 0
		if !missionWords[ws[0]] {
			i = 1
		}
		return slices.ContainsFunc(ws[i:], func(w string) bool { return w != "post" && missionHeads[w] }) && !slices.ContainsFunc(ws[i:], func(w string) bool { return !missionWords[w] })
	})
}

// namesCountry reports whether s is a country's adjective ("british") or name
// ("united states").
func (p *proposer) namesCountry(s string) bool {
	return demonyms[s] != "" || p.g != nil && p.g.countryByName(s) != ""
}
