package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// gamesName is games named by their host city and year ("Velmora 2036 Olympics and
// Paralympics"); cityYear the short form of such games ("Velmora 2036"), which names
// them only in a text about the Olympics.
var (
	gamesName = regexp.MustCompile(`\b(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?) (?:19|20)\d\d (?:Summer |Winter )?(?:Olympics|Olympic Games|Paralympics|Paralympic Games|Olympic and Paralympic Games)(?: and (?:Paralympics|Paralympic Games))?\b`)
	cityYear  = regexp.MustCompile(`\b(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?) (?:19|20)\d\d(?:[.,;:)]| and\b| were\b| was\b)`)
)

// cityGames proposes games named by a host city and a year as events, the city and
// the year part of the name: the city is no mention of its own and the year no date.
func (p *proposer) cityGames(ms []Mention) []Mention {
	text := p.c.text
	// (the host is a city the graph knows, linked here or not)
	isCity := func(s, e int) bool {
		city, _ := p.g.placeKinds(text[s:e])
		return city || slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart == s && m.bEnd == e && m.Entity != nil && m.Kind == kg.City })
	}
	for _, m := range gamesName.FindAllStringSubmatchIndex(text, -1) {
		if isCity(m[2], m[3]) {
			ms = p.add(ms, kg.Event, m[0], m[1], 0.55)
		}
	}
	if !strings.Contains(text, "Olympic") && !strings.Contains(text, "Paralympic") {
		return ms
	}
	for _, m := range cityYear.FindAllStringSubmatchIndex(text, -1) {
		e := m[3] + 5 // the city, a space and the year
		if isCity(m[2], m[3]) && !slices.ContainsFunc(ms, func(x Mention) bool { return x.Entity == nil && x.bStart < e && m[2] < x.bEnd }) {
			ms = p.add(ms, kg.Event, m[2], e, 0.5)
		}
	}
	return ms
}

// theNameInCity is a single capitalised word after "the" and before "in" and a
// capitalised place ("at the Velmarium in Kessmark"): a body known by its short name.
var theNameInCity = regexp.MustCompile(`\b(?:[Aa]t|[Tt]o|[Ff]rom|visited|visit) the (\p{Lu}\p{Ll}{3,}) in \p{Lu}`)

// shortNamedBodies proposes the bodies theNameInCity finds that no mention covers and
// whose word is no common word, title, demonym or name the graph knows.
func (p *proposer) shortNamedBodies(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range theNameInCity.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		w := text[s:e]
		lw := strings.ToLower(w)
		if coveringMention(ms, s, e) >= 0 || commonCapitalised[lw] || notInNames[lw] ||
			titleWords[lw] || demonyms[lw] != "" || p.c.lower[FoldName(w)] || orgHeads[lw] || eventHeads[lw] || venueWords[lw] ||
			regionHeads[lw] || landForms[lw] || abstractNoun(lw) || p.gerund(w) || len(p.g.entriesNamed(w)) > 0 {
			continue
		}
		ms = p.add(ms, kg.Organization, s, e, 0.45)
	}
	return ms
}
