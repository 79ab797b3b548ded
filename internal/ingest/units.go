package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

var (
	// ordinalUnit: a military unit named by its ordinal ("3rd Army Brigade", "25th
	// Infantry Division"), a body.
	ordinalUnit = regexp.MustCompile(`\b(\d+(?:st|nd|rd|th) (?:[A-Z][\p{L}]+ ){0,2}(?:Brigade|Division|Battalion|Batallion|Regiment|Corps|Squadron|Wing|Fleet|Army|Group))\b`)
	// namedExercise: a military exercise's name before the word in lower case ("the
	// Velmar Shield training exercise", "exercise Northern Velmar"), an event; its
	// demonym is part of its name.
	namedExercise = regexp.MustCompile(`\b((?:[A-Z][\p{L}\-]+ ){1,3})(?:training |military |joint |naval |multinational |field )?exercises?\b|\bexercises? ((?:[A-Z][\p{L}\-]+ ){1,2}[A-Z][\p{L}\-]+)\b`)
)

// unitsAndExercises proposes the military units named by their ordinals and the
// military exercises named before or after "exercise".
func (p *proposer) unitsAndExercises(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range ordinalUnit.FindAllStringSubmatchIndex(text, -1) {
		if s, e := m[2], m[3]; !p.covered(ms, s, e) {
			ms = p.add(ms, kg.Organization, s, e, 0.5)
		}
	}
	for _, m := range namedExercise.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		if s < 0 {
			s, e = m[4], m[5]
		}
		name := strings.TrimSpace(text[s:e])
		e = s + len(name)
		ws := strings.Fields(name)
		// ("the Joint Staff exercise", "The exercise": common words, titles and a
		// sentence's first word name no exercise; two words at least)
		if len(ws) < 2 || p.covered(ms, s, e) || p.sentenceStart(s) || slices.ContainsFunc(ws, func(w string) bool {
			lw := strings.ToLower(w)
			return demonyms[lw] == "" && (commonCapitalised[lw] || notInNames[lw] || titleWords[lw] || connectors[lw] || p.c.lower[FoldName(w)])
		}) {
			continue
		}
		ms = p.add(ms, kg.Event, s, e, 0.5)
	}
	return ms
}
