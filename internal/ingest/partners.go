package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// bodyName is a name of capitalised words, small joining words allowed inside it.
const bodyName = `[A-Z][\p{L}\p{N}&’'\-]*(?: (?:(?:of|for|and|the|de|el|al) )?[A-Z][\p{L}\p{N}&’'\-]*){0,6}`

var (
	// bodyApposition: a name the text calls a body in apposition ("Velmar Tamkeen, an
	// Omani NGO", "Velmar Works, a local nonprofit", "Ostbrut, a Danish firm"), a body
	// with no head word of its own.
	bodyApposition = regexp.MustCompile(`(?:^|[^\p{L}\p{N}])(` + bodyName + `), (?:a|an) (?:[\p{L}\-’']+ ){0,3}?(NGO|non-governmental organi[sz]ation|nongovernmental organi[sz]ation|nonprofit|non-profit|not-for-profit|charity|civil society organi[sz]ation|company|firm)\b`)
	// partnersIncluding: bodies listed after a plural noun of bodies ("local partners
	// including Velmar Tamkeen and Sohar Works", "NGOs such as ...").
	partnersIncluding = regexp.MustCompile(`\b(partners|organi[sz]ations|NGOs|groups|companies|firms|businesses) (?:including|such as|like) (` + bodyName + `(?:(?:,? and |, )` + bodyName + `)*)`)
	partnersSplit     = regexp.MustCompile(`,? and |, `)
)

// headlessBodies proposes the bodies the text names by apposition or in a list of
// partners, where the name holds no head word to tell its kind. An item of one word
// may be a place or a person's surname, so only names of two words or more count.
func (p *proposer) headlessBodies(ms []Mention) []Mention {
	text := p.c.text
	plain := func(ms []Mention, s, e int) bool {
		ws := strings.Fields(text[s:e])
		lw := strings.ToLower(ws[0])
		return len(ws) >= 2 && !(commonCapitalised[lw] || notInNames[lw] || titleWords[lw] || determiners[lw] ||
			demonyms[lw] != "" || months[lw] > 0 || p.c.lower[FoldName(ws[0])]) &&
			!p.covered(ms, s, e) && len(p.g.entriesNamed(text[s:e])) == 0
	}
	kindOf := func(noun string) kg.Kind {
		switch noun {
		case "company", "firm", "companies", "firms", "businesses":
			return kg.Company
		}
		return kg.Organization
	}
	for _, a := range bodyApposition.FindAllStringSubmatchIndex(text, -1) {
		s, e := a[2], a[3]
		// (a name a verb took for a person's, "met Velmar Tamkeen, an NGO", is the
		// body the apposition says, with all its mentions)
		var again []Mention
		rest := ms
		id := ""
		// (only at the name's first mention: a later apposition does not undo what
		// the text said of it first, "Dana Velk, an American teacher")
		kind := kindOf(text[a[4]:a[5]])
		if i := slices.IndexFunc(ms, func(m Mention) bool { return m.bStart == s && m.bEnd == e && m.Proposed != nil && m.Kind == kg.Person }); i >= 0 &&
			!slices.ContainsFunc(ms, func(m Mention) bool { return m.Proposed != nil && *m.Proposed == *ms[i].Proposed && m.bStart < s }) {
			id = *ms[i].Proposed
			again = slices.DeleteFunc(slices.Clone(ms), func(m Mention) bool { return m.Proposed == nil || *m.Proposed != id })
			rest = slices.DeleteFunc(slices.Clone(ms), func(m Mention) bool { return m.Proposed != nil && *m.Proposed == id })
		}
		if !plain(rest, s, e) {
			continue
		}
		ms = rest
		if id != "" {
			p.props = slices.DeleteFunc(p.props, func(pr *proposal) bool { return pr.id == id })
		}
		ms = p.add(ms, kind, s, e, 0.5)
		for _, m := range again {
			if m.bStart != s {
				ms = p.addNamed(ms, kind, m.bStart, m.bEnd, text[s:e], 0.5)
			}
		}
	}
	for _, a := range partnersIncluding.FindAllStringSubmatchIndex(text, -1) {
		kind := kindOf(text[a[2]:a[3]])
		at := a[4]
		for _, name := range partnersSplit.Split(text[a[4]:a[5]], -1) {
			s := strings.Index(text[at:a[5]], name) + at
			e := s + len(name)
			at = e
			if plain(ms, s, e) {
				ms = p.add(ms, kind, s, e, 0.5)
			}
		}
	}
	return ms
}
