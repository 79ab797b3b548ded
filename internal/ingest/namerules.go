package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/amity-graph/amity/internal/kg"
)

// The rules below decide, from the words around a name, whether a run of capitals
// names something new at all, and where its name starts and ends: what the heads and
// titles of propose.go leave open.

// numberInName reports whether token j is a small number inside a name, between a word
// of the name and its head ("Muhak Changwon 1 Factory", "Public School 3").
func numberInName(text string, toks []token, j, sentence int) bool {
	if j+1 >= len(toks) || toks[j+1].sentence != sentence || len(toks[j].text) > 3 ||
		strings.IndexFunc(toks[j].text, func(r rune) bool { return !unicode.IsDigit(r) }) >= 0 ||
		!onlySpace(text[toks[j].end:toks[j+1].start]) {
		return false
	}
	// a date is no part of a name ("December 20 Office")
	if j > 0 && months[strings.ToLower(toks[j-1].text)] > 0 {
		return false
	}
	h := strings.ToLower(toks[j+1].text)
	return orgHeads[h] || companyHeads[h] || eventHeads[h]
}

// ordinalBefore is where an edition's ordinal starts right before s ("the 79th Annual
// Meeting", "the Fifth Forum"), or s when there is none.
func (p *proposer) ordinalBefore(s int) int {
	i := slices.IndexFunc(p.c.toks, func(t token) bool { return t.start == s })
	if i < 1 || !onlySpace(p.c.text[p.c.toks[i-1].end:s]) {
		return s
	}
	if w := strings.ToLower(p.c.toks[i-1].text); ordinalRe.MatchString(w) || ordinalWords[w] {
		return p.c.toks[i-1].start
	}
	return s
}

var ordinalWords = set("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")

// openingGerund reports whether a run opens its sentence with a verb's -ing form
// ("Promoting Peer-to-Peer Dialogue ...", a headline): a clause, not a name. A word the
// graph knows ("Beijing", "Kunming") is a name.
func (p *proposer) openingGerund(r run) bool {
	t := p.c.toks[r.from]
	w := strings.ToLower(t.text)
	if r.from > 0 && p.c.toks[r.from-1].sentence == t.sentence || len(w) < 6 || !strings.HasSuffix(w, "ing") {
		return false
	}
	return len(p.g.entriesNamed(t.text)) == 0
}

// ownedProgramme reports whether text[s:e] is a programme its owner names in the
// possessive ("the President's National Export Initiative", "the Embassy's Visa
// Renewal Program"): a policy or a service of that owner, not a body of its own.
func (p *proposer) ownedProgramme(kind kg.Kind, s, e int) bool {
	if kind != kg.Organization {
		return false
	}
	ws := wordRe.FindAllString(p.c.text[s:e], -1)
	if len(ws) < 2 || !programmeHeads[strings.ToLower(ws[len(ws)-1])] {
		return false
	}
	if slices.ContainsFunc(ws[:len(ws)-1], func(w string) bool { return possessive(w) != w }) {
		return true
	}
	before := strings.TrimRight(p.c.text[:s], " ")
	return strings.HasSuffix(before, "'s") || strings.HasSuffix(before, "’s")
}

var programmeHeads = set("initiative", "program", "programme")

// placeNotPerson reports whether a would-be person's name holds a place: a word the
// article links to a place elsewhere ("Gyeongnam Changwon" where Changwon is linked),
// or a place the graph knows right after "in", "at" or "near" ("located in X Y").
func (p *proposer) placeNotPerson(ms []Mention, seg run) bool {
	toks := p.c.toks
	locative := seg.from > 0 && locatives[strings.ToLower(toks[seg.from-1].text)]
	for _, t := range toks[seg.from:seg.to] {
		if slices.ContainsFunc(ms, func(m Mention) bool { return m.Entity != nil && isPlace(m.Kind) && m.Text == t.text }) {
			return true
		}
		if city, region := p.g.placeKinds(t.text); locative && (city || region) {
			return true
		}
	}
	return false
}

var locatives = set("in", "at", "near", "outside")

var ordinalRe = regexp.MustCompile(`^\d{1,3}(?:st|nd|rd|th)$`)

// ofMembers reports whether the words from token i name office holders in the plural
// ("Conference of Mayors", "Association of Governors"): a body of its members, not an
// event.
func (p *proposer) ofMembers(i int) bool {
	toks := p.c.toks
	if i < len(toks) && toks[i].text == "the" {
		i++
	}
	if i >= len(toks) {
		return false
	}
	w := strings.ToLower(possessive(toks[i].text))
	return strings.HasSuffix(w, "s") && titleWords[strings.TrimSuffix(w, "s")]
}
