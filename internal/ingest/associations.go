package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// Local bodies this genre names in their own language or with local words, with
// "association" as the head at either end: "Association X" (French order, its name a
// capitalised word or one in capitals) and "the X Women’s association" (English order,
// the head in lower case, as a text may write a name it gives in translation).
var (
	associationFirst = regexp.MustCompile(`\bAssociation((?: \p{Lu}[\p{L}’'-]*){1,3})`)
	associationLast  = regexp.MustCompile(`\b(\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,3}) association\b`)
)

// associationNames proposes the bodies associationFirst and associationLast find, when
// no mention covers any of their words (a place's association is the place's) and the
// name holds no title, month, connector or other head; then every other whole mention of
// a new body's name of two words or more, earlier ones too ("the restaurant of X ...
// X, an association").
func (p *proposer) associationNames(ms []Mention) []Mention {
	text := p.c.text
	for _, re := range []*regexp.Regexp{associationFirst, associationLast} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			s, e := m[0], m[1]
			if coveringMention(ms, s, e) >= 0 || !p.plainNameWords(text[m[2]:m[3]]) {
				continue
			}
			if re == associationLast && p.sentenceStart(m[2]) && !strings.Contains(strings.TrimSpace(text[m[2]:m[3]]), " ") {
				continue // "Farmers association ..." opening a sentence names no one body
			}
			ms = p.add(ms, kg.Organization, s, e, 0.5)
		}
	}
	return p.bodyRepeats(ms)
}

// plainNameWords reports whether every word of s may be part of a local body's name.
func (p *proposer) plainNameWords(s string) bool {
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(possessive(w))
		if titleWords[lw] || months[lw] > 0 || connectors[lw] || orgHeads[lw] || companyHeads[lw] || eventHeads[lw] ||
			commonCapitalised[lw] || notInNames[lw] || demonyms[lw] != "" {
			return false
		}
	}
	return true
}

// bodyRepeats proposes every other whole-word mention, earlier or later, of a new body's
// name of two words or more that no mention covers.
func (p *proposer) bodyRepeats(ms []Mention) []Mention {
	for _, pr := range p.props {
		if pr.kind != kg.Organization && pr.kind != kg.Company || !strings.Contains(pr.name, " ") ||
			!slices.ContainsFunc(ms, func(m Mention) bool { return m.Proposed != nil && *m.Proposed == pr.id }) {
			continue
		}
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(pr.name) + `\b`)
		for _, o := range re.FindAllStringIndex(p.c.text, -1) {
			if !slices.ContainsFunc(ms, func(x Mention) bool { return x.bStart < o[1] && o[0] < x.bEnd }) {
				ms = p.addNamed(ms, pr.kind, o[0], o[1], pr.name, 0.5)
			}
		}
	}
	return ms
}
