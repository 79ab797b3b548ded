package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// bodyListJoint is what stands between two items of a list: a comma, "and" or "or".
var bodyListJoint = regexp.MustCompile(`^(?:, (?:and |or )?| (?:and|or) )$`)

// knownBodyForms proposes a well-known body's acronym (knownAcronyms, in capitals) in
// three more places where it can be nothing else: in the possessive after "the" ("the
// EU’s policy", a body's, never a place's or a person's form), before an office in the
// plural ("EU Ambassadors visit ..."), and as an item of a list of countries ("Chile,
// EU, Finland and Ghana": a member among states). knownBodies takes it only before an
// office, after "the" alone, as a modifier or hyphened, and the texts use these forms as
// often.
func (p *proposer) knownBodyForms(ms []Mention) []Mention {
	text := p.c.text
	toks := p.c.toks
	covered := func(s, e int) bool {
		return slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < e && s < m.bEnd })
	}
	country := func(s, e int) bool {
		return slices.ContainsFunc(ms, func(m Mention) bool {
			return m.bStart == s && m.bEnd == e && m.Entity != nil && m.Kind == kg.Country
		})
	}
	for i, t := range toks {
		stem := possessive(t.text)
		name := knownAcronyms[stem]
		if name == "" || !isUpperWord(stem) {
			continue
		}
		e := t.start + len(stem)
		if covered(t.start, e) {
			continue
		}
		before := text[:t.start]
		owner := stem != t.text && strings.HasSuffix(strings.ToLower(before), "the ")
		offices := stem == t.text && i+1 < len(toks) && text[t.end:toks[i+1].start] == " " && pluralOffice(toks[i+1].text) &&
			isCapitalized(toks[i+1].text)
		// a list's item: a country mention on one side, joined to it by a comma, "and" or "or"
		listed := false
		if stem == t.text {
			if i > 0 && bodyListJoint.MatchString(text[toks[i-1].end:t.start]) {
				listed = slices.ContainsFunc(ms, func(m Mention) bool {
					return m.bEnd == toks[i-1].end && m.Entity != nil && m.Kind == kg.Country
				})
			}
			if !listed && i+1 < len(toks) && bodyListJoint.MatchString(text[t.end:toks[i+1].start]) {
				listed = slices.ContainsFunc(ms, func(m Mention) bool {
					return m.bStart == toks[i+1].start && m.Entity != nil && m.Kind == kg.Country && country(m.bStart, m.bEnd)
				})
			}
		}
		if owner || offices || listed {
			ms = p.addNamed(ms, kg.Organization, t.start, e, name, 0.5)
		}
	}
	return ms
}
