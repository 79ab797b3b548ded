package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// administrationOf is a capitalised word between "the" (and a word of time) and
// "administration" or "presidency": "the new Alba administration", "the Alba
// Administration’s policy". The word is the surname of the head who leads it.
var administrationOf = regexp.MustCompile(`\b[Tt]he (?:(?:new|former|incoming|outgoing|previous|current|present|then|last|next)\s+)?(\p{Lu}[\p{L}'’-]+)\s+(?:[Aa]dministration|[Pp]residency)\b`)

// headOffice is a title that heads a country's executive, whose holder's surname names
// an administration.
var headOffice = regexp.MustCompile(`(?i)^(?:president|prime minister|premier|chancellor)$`)

// administrationHeads links the surname of "the <Surname> administration" to the one
// person the graph holds with that surname who headed a country the text names
// (President Alba of a country named), in place of a place of that name: an
// administration is named for its head, not for a town. Where the graph holds no such
// person, or more than one, nothing changes.
func (g *Gazetteer) administrationHeads(c *linkCtx, ms []Mention) []Mention {
	for _, u := range administrationOf.FindAllStringSubmatchIndex(c.text, -1) {
		s, e := u[2], u[3]
		surname := FoldName(c.text[s:e])
		found := -1
		for i, en := range g.entries {
			if en.Kind != kg.Person {
				continue
			}
			ws := strings.Fields(FoldName(en.Name))
			if len(ws) < 2 || ws[len(ws)-1] != surname {
				continue
			}
			if !slices.ContainsFunc(en.Positions, func(p store.Position) bool {
				return headOffice.MatchString(p.Title) && c.countries[p.Body]
			}) {
				continue
			}
			if found >= 0 && g.entries[found].ID != en.ID {
				found = -2
				break
			}
			found = i
		}
		if found < 0 {
			continue
		}
		k := slices.IndexFunc(ms, func(o Mention) bool { return o.bStart < e && s < o.bEnd })
		if k >= 0 && !(ms[k].bStart == s && ms[k].bEnd == e && (ms[k].Kind == kg.City || ms[k].Kind == kg.Region)) {
			continue // another longer name, or the person already
		}
		en := g.entries[found]
		m := Mention{Text: c.text[s:e], bStart: s, bEnd: e, Entity: strPtr(en.ID), Kind: kg.Person, How: "administration", Confidence: 0.7, entry: found}
		if k >= 0 {
			ms[k] = m
		} else {
			ms = append(ms, m)
		}
	}
	sortMentions(ms)
	return ms
}
