package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// countryEmbassy is a country's embassy named by the country alone ("United States
// Embassy", "the Embassy of Velmar").
var countryEmbassy = regexp.MustCompile(`^(?:[Tt]he )?(?:(.+) Embassy|Embassy of (?:the )?(.+))$`)

// countryMissions drops a new body or mission that is a country's embassy named by the
// country alone: the graph holds countries' embassies, and which one the text means is
// the linker's to read ("the United States Embassy in X"), never a new entity's. A
// "Virtual Consulate" or "Virtual Embassy" is a website, no mission: left out too.
func (p *proposer) countryMissions(ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.Proposed == nil || m.Kind != kg.Organization && m.Kind != kg.Consulate {
			return false
		}
		if w := strings.Fields(m.Text); len(w) >= 2 && (w[0] == "Virtual" || len(w) >= 3 && strings.EqualFold(w[0], "the") && w[1] == "Virtual") {
			return true
		}
		sm := countryEmbassy.FindStringSubmatch(m.Text)
		if sm == nil {
			return false
		}
		return p.namesCountry(strings.ToLower(sm[1] + sm[2]))
	})
}
