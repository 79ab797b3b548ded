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

var (
	// ampersandCapitals: capitals joined by an ampersand ("AT&T", "P&G") name a company.
	ampersandCapitals = regexp.MustCompile(`(?:^|[^\p{L}&])([A-Z]{1,3}&[A-Z]{1,3})(?:[^\p{L}&]|$)`)
	// clubMember: a name before a player's noun is the club's ("a new Velmar City
	// player", "Velmar United fans").
	clubMember = regexp.MustCompile(`\b(?:a|an|the|new|former) ((?:[A-Z][\p{L}]+ ){0,2}[A-Z][\p{L}]+) (?:player|players|striker|midfielder|goalkeeper|defender|coach|fans|supporters)\b`)
)

// clubWords may stand in a club's name though they are common elsewhere.
var clubWords = set("city")

// ampersandWords are everyday abbreviations with an ampersand, no company's name.
var ampersandWords = set("Q&A", "R&D", "B&B", "M&A", "P&L", "S&T", "R&R", "F&B", "O&M", "C&W")

// leaderOfBody: the one who leads names what he leads after "of the" ("the managing
// director of the Velmar Quarter"), a body.
var leaderOfBody = regexp.MustCompile(`\b(?:director|manager|head|chairman|chairwoman|chairperson|founder|owner|rector|dean|principal|CEO) of the ((?:[A-Z][\p{L}]+ ){0,3}[A-Z][\p{L}]+)\b`)

// siteOpening: a name with "the" at which a sentence opens before its subject ("At the
// Ostcubator I learned ..."), a body, as places take no article; the venues among them
// are left out later by their heads.
var siteOpening = regexp.MustCompile(`\bAt the ((?:[A-Z][\p{L}]+ ){0,3}[A-Z][\p{L}]+),? (?:I|we|he|she|they) `)

// ledBodies proposes the bodies leaderOfBody and siteOpening find, unless a word of the name is
// common, a title, a place the graph knows or written in lower case elsewhere.
func (p *proposer) ledBodies(ms []Mention) []Mention {
	text := p.c.text
	var found [][]int
	found = append(found, leaderOfBody.FindAllStringSubmatchIndex(text, -1)...)
	found = append(found, siteOpening.FindAllStringSubmatchIndex(text, -1)...)
	for _, m := range found {
		s, e := m[2], m[3]
		if p.freshName(ms, s, e, nil) {
			ms = p.add(ms, kg.Organization, s, e, 0.5)
		}
	}
	return ms
}

// freshName reports whether the words at s:e may name something new: nothing covers
// them, the graph names nothing so, and no word is a demonym, a common or title word
// (but those in allowed) or written in lower case elsewhere.
func (p *proposer) freshName(ms []Mention, s, e int, allowed map[string]bool) bool {
	name := p.c.text[s:e]
	return !p.covered(ms, s, e) && len(p.g.entriesNamed(name)) == 0 && !slices.ContainsFunc(strings.Fields(name), func(w string) bool {
		lw := strings.ToLower(w)
		return !allowed[lw] && (demonyms[lw] != "" || commonCapitalised[lw] || notInNames[lw] || titleWords[lw] || p.c.lower[FoldName(w)])
	})
}

// companiesAndClubs proposes the companies named by an ampersand's capitals and the
// sports clubs named before their players.
func (p *proposer) companiesAndClubs(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range ampersandCapitals.FindAllStringSubmatchIndex(text, -1) {
		if s, e := m[2], m[3]; !p.covered(ms, s, e) && !ampersandWords[text[s:e]] {
			ms = p.add(ms, kg.Company, s, e, 0.5)
		}
	}
	for _, m := range clubMember.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		// ("a Korean player", "the National Team coach": a demonym or common words
		// name no club; "City" may end a club's name)
		if p.freshName(ms, s, e, clubWords) {
			ms = p.add(ms, kg.Organization, s, e, 0.5)
		}
	}
	return ms
}

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
		if s < 0 { // the name after "exercise"
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
