package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// numberedRegion finds a region named by its number, in words or figures ("Region Two",
// "Region 7"): some countries number their first-level regions, and the graph holds
// them by their own names, if at all.
var numberedRegion = regexp.MustCompile(`\bRegion (?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|[1-9][0-9]?)\b`)

// compassProvince finds a province named by a compass word ("Western Province",
// "North Western Province").
var compassProvince = regexp.MustCompile(`\b(?:(?:North|South)[ -])?(?:Western|Eastern|Northern|Southern|Central|North|South|East|West) Province\b`)

// placeCueBefore is a word that puts a place after it.
var placeCueBefore = regexp.MustCompile(`(?i)\b(?:in|of|to|for|from|across|throughout|visit|visits|visited|visiting)(?: the)? $`)

// numberedAndCompassRegions proposes new regions named by shape where nothing else
// took them: a numbered region ("Region Two"), and, after a place's cue, a province
// named by a compass word that the graph holds only in other countries than the one
// the text is about ("in Western Province" in a text on the Solomon Islands, where the
// graph has Zambia's and Sri Lanka's). A province the graph holds in the text's country is the linker's,
// and one in a text whose country is unknown, or is only the United States, is left
// alone.
func (p *proposer) numberedAndCompassRegions(ms []Mention) []Mention {
	text := p.c.text
	for _, a := range numberedRegion.FindAllStringIndex(text, -1) {
		if coveringMention(ms, a[0], a[1]) < 0 {
			ms = p.add(ms, kg.Region, a[0], a[1], 0.5)
		}
	}
	for _, a := range compassProvince.FindAllStringIndex(text, -1) {
		s, e := a[0], a[1]
		// (the bearing alone may have been linked to a region of that name elsewhere,
		// "Western" of another country: the province's name holds it)
		if slices.ContainsFunc(ms, func(m Mention) bool {
			return m.bStart < e && s < m.bEnd && !(m.bStart >= s && m.bEnd < e && compassWords[strings.ToLower(m.Text)])
		}) {
			continue
		}
		// (a place's cue before it: "in", "of", "to", "for", a visit's verb; after a
		// comma it may be an office's field, "Director, Western Province")
		if !placeCueBefore.MatchString(text[:s]) {
			continue
		}
		// (a body of the province goes on after it: "Western Province Government")
		if m := districtGoesOn.FindStringSubmatch(text[e:]); m != nil {
			continue
		}
		// (a U.S. post's text may name only its own country, which has no provinces:
		// the province then lies in a country the text leaves unnamed)
		cc := p.countryNear(s)
		if cc == "" || cc == "us" {
			continue
		}
		if slices.ContainsFunc(p.g.entriesNamed(text[s:e]), func(i int) bool {
			return p.g.entries[i].Kind == kg.Region && slices.Contains(p.g.entries[i].Countries, "country:"+cc)
		}) {
			continue
		}
		ms = p.add(ms, kg.Region, s, e, 0.5)
	}
	return ms
}
