package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// Round 20b's cues for a place named by the office held at it: "X City Mayor" names
// the city X ("<Name> City" is a city, as the Philippines name theirs), "X Governor"
// and "Town, X Mayor" the province or region X the town lies in.
var (
	cityOffice     = regexp.MustCompile(`\b(\p{Lu}\p{Ll}+) City(?:'s|’s)? (?:Mayor|Vice Mayor|Council|Councilor|Councillor|Hall|Government)\b`)
	governorOffice = regexp.MustCompile(`\b(\p{Lu}\p{Ll}+) (?:Provincial )?Governor\b`)
	townThenRegion = regexp.MustCompile(`\b\p{Lu}\p{Ll}+, (\p{Lu}\p{Ll}+) (?:Mayor|Governor)\b`)
)

// officePlaces proposes the places cityOffice, governorOffice and townThenRegion find
// where no mention covers the name and it may be a new place's (freePlaceName); a
// town's name before the comma must be a place the graph holds or a proposal.
func (p *proposer) officePlaces(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range cityOffice.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		if coveringMention(ms, s, e+len(" City")) < 0 && p.freePlaceName(ms, s, e) {
			ms = p.addNamed(ms, kg.City, s, e+len(" City"), text[s:e], 0.5)
		}
	}
	for _, m := range townThenRegion.FindAllStringSubmatchIndex(text, -1) {
		town := coveringMention(ms, m[0], m[2]-2)
		if town < 0 || !isPlace(ms[town].Kind) {
			continue
		}
		// (the graph may give the town its province's name as an alias: "Jolo, Sulu")
		s, e := m[2], m[3]
		aliasOfTown := coveringMention(ms, s, e) < 0 && !slices.ContainsFunc(p.g.entriesNamed(text[s:e]), func(i int) bool { return i != ms[town].entry })
		if p.freePlaceName(ms, s, e) || aliasOfTown && ms[town].Entity != nil {
			ms = p.add(ms, kg.Region, s, e, 0.45)
		}
	}
	for _, m := range governorOffice.FindAllStringSubmatchIndex(text, -1) {
		// ("the Regional Governor": an adjective of the title, after "the")
		if s, e := m[2], m[3]; !strings.HasSuffix(text[:s], "the ") && p.freePlaceName(ms, s, e) {
			ms = p.add(ms, kg.Region, s, e, 0.45)
		}
	}
	return ms
}
