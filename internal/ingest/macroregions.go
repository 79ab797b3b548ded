package ingest

import (
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// macroRegions are a country's well-known regions above its prefectures or provinces,
// by country code: general knowledge the graph may lack ("the Tohoku Bloc", "Kyushu"),
// each a region of that country wherever a text about it names one alone.
var macroRegions = map[string]map[string]bool{
	"jp": set("Tohoku", "Kanto", "Kansai", "Kinki", "Chubu", "Chugoku", "Shikoku", "Kyushu", "Hokuriku", "Tokai",
		"Koshinetsu", "San'in", "San’in", "Sanyo", "Honshu"),
	// a country's great regions and islands above its provinces, some named in two or
	// three words ("the Russian Far East", "the West Fjords"); a world region's name
	// ("the Far East" of East Asia) counts only where the text's country is this one
	"ru": set("Far East", "Russian Far East", "Urals", "Siberia"),
	"cz": set("Bohemia", "Moravia"),
	"id": set("Sumatra", "Kalimantan"),
	"is": set("Westfjords", "West Fjords"),
}

// macroRegionWords is the most words a name of macroRegions has.
const macroRegionWords = 3

// countryRegions proposes each name of macroRegions that no mention covers as a new
// region of its country, when the text's places lie in that country: "Kanto" in a
// release about Japan is the region, not a person or a body's word. The longest name
// at a word wins ("Russian Far East" over "Far East"); a mention inside it (the
// demonym's country) gives way to it.
func (p *proposer) countryRegions(ms []Mention) []Mention {
	toks := p.c.toks
	for i := 0; i < len(toks); i++ {
		for n := min(macroRegionWords, len(toks)-i); n >= 1; n-- {
			s, e := toks[i].start, toks[i+n-1].end
			name := p.c.text[s:e]
			if slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < e && s < m.bEnd && (m.bStart < s || m.bEnd > e) }) {
				continue
			}
			found := false
			for cc, names := range macroRegions {
				// (a name that opens with its country's demonym needs no other cue, and a
				// name of more than one word none but the country it names: "the Far East"
				// in a text that names Russia, where Japan is also named)
				if names[name] && (p.countryNear(s) == cc || demonyms[strings.ToLower(toks[i].text)] == "country:"+cc || p.c.countries["country:"+cc]) {
					ms = p.add(ms, kg.Region, s, e, 0.5)
					found = true
				}
			}
			if found {
				i += n - 1
				break
			}
		}
	}
	return ms
}
