package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// servedOffice is an office named by whom or what its holder serves ("Assistant to
// the Administrator", "Special Representative for Syria", "Deputy Assistant
// Secretary"): a title, whatever capitals it bears, never a body.
var servedOffice = regexp.MustCompile(`^(?:(?:Deputy|Senior|Principal|Special|Acting|Chief) )*(?:(?:Assistant|Representative|Envoy|Adviser|Advisor|Counselor|Counsellor) (?:to|for) (?:the )?\p{Lu}|Assistant \p{Lu})`)

// officeAcronym is an office's name with its short form in brackets ("Assistant to
// the Administrator (AtA)"); the short form then stands as the title before a
// surname ("AtA Jones").
var officeAcronym = regexp.MustCompile(`\b((?:(?:Deputy|Senior|Principal|Special|Acting|Chief) )*(?:Assistant|Representative|Envoy|Adviser|Advisor|Counselor|Counsellor) (?:to|for) (?:the )?\p{Lu}\p{L}*(?: (?:of|for|on|and|the|\p{Lu}\p{L}*))*) \((\p{Lu}[\p{L}]{1,7})\)`)

// officeTitles drops a proposed body or event named by an office, with the short
// form the text gives that office, and keeps the short forms so that coreference
// reads "AtA Jones" as a title and a surname.
func (p *proposer) officeTitles(ms []Mention) []Mention {
	if p.officeAcronyms == nil {
		p.officeAcronyms = map[string]bool{}
		for _, m := range officeAcronym.FindAllStringSubmatch(p.c.text, -1) {
			if servedOffice.MatchString(m[1]) {
				p.officeAcronyms[strings.ToLower(m[2])] = true
			}
		}
	}
	drop := map[string]bool{}
	for _, m := range ms {
		if m.Proposed != nil && (m.Kind == kg.Organization || m.Kind == kg.Event) &&
			(servedOffice.MatchString(m.Text) || p.officeAcronyms[strings.ToLower(m.Text)]) {
			drop[*m.Proposed] = true
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && drop[*m.Proposed] })
}

// titled reports whether a word is a title: a title word, or the short form the
// text gave an office.
func (p *proposer) titled(lw string) bool {
	return titleWords[lw] || p.officeAcronyms[lw]
}

// saintWords open places named after a saint.
var saintWords = set("san", "santa", "santo", "são", "sao", "st", "saint", "sankt", "sainte")

// trailingPeople splits a proposed body whose name runs on into a given name and one
// more word ("the Bureau for Disaster Relief Anna Marsh"): a title of a body and its
// holder, written without a comma; the body ends before the given name.
func (p *proposer) trailingPeople(ms []Mention) []Mention {
	for _, m := range slices.Clone(ms) {
		if m.Proposed == nil || m.Kind != kg.Organization && m.Kind != kg.Company {
			continue
		}
		var ts []token
		for _, t := range p.c.toks {
			if t.start >= m.bStart && t.end <= m.bEnd {
				ts = append(ts, t)
			}
		}
		n := len(ts)
		if n < 4 {
			continue
		}
		given, sur := ts[n-2], ts[n-1]
		lg, ls := strings.ToLower(given.text), strings.ToLower(sur.text)
		if !p.g.givenNames()[FoldName(given.text)] || !isNameWord(sur.text) || isUpperWord(sur.text) ||
			commonCapitalised[lg] || commonCapitalised[ls] || titleWords[ls] || orgHeads[ls] || companyHeads[ls] ||
			!slices.ContainsFunc(ts[:n-2], func(t token) bool { return orgHeads[strings.ToLower(t.text)] }) ||
			!onlySpace(p.c.text[ts[n-3].end:given.start]) ||
			// a saint's name opens many a place ("San Pedro Sula"), no holder
			saintWords[strings.ToLower(ts[n-3].text)] || len(p.g.entriesNamed(p.c.text[ts[n-3].start:sur.end])) > 0 {
			continue
		}
		ms = slices.DeleteFunc(ms, func(o Mention) bool { return o.bStart == m.bStart && o.bEnd == m.bEnd })
		ms = p.add(ms, m.Kind, m.bStart, ts[n-3].end, m.Confidence)
		ms = p.add(ms, kg.Person, given.start, sur.end, m.Confidence)
	}
	return ms
}
