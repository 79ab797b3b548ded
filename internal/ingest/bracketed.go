package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// coinedAcronym is an all-capitals short form in brackets right after a name
// ("Harbour Ministerial Talks (HARMIN)").
var coinedAcronym = regexp.MustCompile(`^ \((\p{Lu}{3,8})\)`)

// bracketedAcronyms names a new body or event again by the short form in brackets
// after it, when the short form opens with the name's first letter: a meeting's
// coined short form ("AUKMIN") need not spell its name's initials, so
// definedAcronyms, which asks that it does, leaves it.
func (p *proposer) bracketedAcronyms(ms []Mention) []Mention {
	for _, m := range slices.Clone(ms) {
		if m.Proposed == nil || m.Kind != kg.Organization && m.Kind != kg.Event {
			continue
		}
		loc := coinedAcronym.FindStringSubmatchIndex(p.c.text[m.bEnd:])
		if loc == nil {
			continue
		}
		s, e := m.bEnd+loc[2], m.bEnd+loc[3]
		if !strings.HasPrefix(strings.ToUpper(m.Text), p.c.text[s:s+1]) ||
			coveringMention(ms, s, e) >= 0 {
			continue
		}
		name := m.Text
		if i := slices.IndexFunc(p.props, func(pr *proposal) bool { return pr.id == *m.Proposed }); i >= 0 {
			name = p.props[i].name
		}
		ms = p.addNamed(ms, m.Kind, s, e, name, m.Confidence)
	}
	return ms
}

// keptVenues drops a new body whose name is a venue's kept as a museum ("X Temple
// Museum", "Y Palace Museum"): a building, left out as venues are.
func keptVenues(ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		ws := strings.Fields(m.Text)
		return m.Proposed != nil && m.Kind == kg.Organization && len(ws) >= 3 && ws[len(ws)-1] == "Museum" &&
			(venueWords[strings.ToLower(ws[len(ws)-2])] || strings.EqualFold(ws[len(ws)-2], "palace"))
	})
}
