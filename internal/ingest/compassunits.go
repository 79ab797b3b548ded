package ingest

import (
	"regexp"
	"slices"

	"github.com/amity-graph/amity/internal/kg"
)

// compassUnit: a bearing and the head of a country's first-level division ("Western
// Division", "North-West Province", "Eastern Region"): a region, never a body.
var compassUnit = regexp.MustCompile(`^((?:North|South|East|West|Northern|Southern|Eastern|Western|Central|North-?(?:East|West)(?:ern)?|South-?(?:East|West)(?:ern)?)) (?:Division|Province|Region)\b`)

// unitEnds: what may follow a compass unit inside a would-be body's name: nothing, or a
// preposition ("Western Division for Talanoa").
var unitEnds = regexp.MustCompile(`^(?:$| \p{Ll})`)

// compassUnits reads a new body named as a compass unit as that region: the graph's
// region named by the bearing in a country the text links ("the Western Division" of
// a text on Fiji, where the graph holds Fiji's "Western"), else a new region. Words
// after the unit's head ("Western Division for Talanoa") are not its name.
func (p *proposer) compassUnits(ms []Mention) []Mention {
	var countries []string
	for _, m := range ms {
		if m.Entity != nil && m.Kind == kg.Country {
			countries = append(countries, *m.Entity)
		}
	}
	var out []Mention
	for _, m := range ms {
		loc := compassUnit.FindStringSubmatchIndex(m.Text)
		// ("Southern Province Medical Office" is a body named for its region)
		if m.Proposed == nil || m.Kind != kg.Organization || loc == nil || !unitEnds.MatchString(m.Text[loc[1]:]) {
			out = append(out, m)
			continue
		}
		s, e := m.bStart, m.bStart+loc[1]
		if i := p.regionNamed(m.Text[loc[2]:loc[3]], countries); i >= 0 {
			out = append(out, Mention{Text: p.c.text[s:e], bStart: s, bEnd: e, Entity: strPtr(p.g.entries[i].ID), Kind: kg.Region,
				How: "name", Confidence: 0.6, entry: i})
			continue
		}
		out = p.add(out, kg.Region, s, e, 0.5)
	}
	sortMentions(out)
	return out
}

// regionNamed returns the graph's region named name in one of the countries, or -1.
func (p *proposer) regionNamed(name string, countries []string) int {
	for _, i := range p.g.entriesNamed(name) {
		e := p.g.entries[i]
		if e.Kind == kg.Region && slices.ContainsFunc(e.Countries, func(c string) bool { return slices.Contains(countries, c) }) {
			return i
		}
	}
	return -1
}
