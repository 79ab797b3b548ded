package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/amity-graph/amity/internal/kg"
)

// leftOutHeads end names the conventions leave out of the graph as bodies: museums
// and laboratories are venues, networks are programmes, and an
// industrial or economic zone is an area, no body.
var leftOutHeads = map[string]bool{"museum": true, "laboratory": true, "network": true,
	"zone": true}

// missionWords make up a diplomatic mission's generic name ("Deputy High
// Commission", "Consulate General"); a mission so named is one the graph holds, so
// it is the linker's to find or leave, never a new body.
var missionWords = map[string]bool{
	"high": true, "deputy": true, "commission": true, "consulate": true, "embassy": true, "general": true,
}

// leftOutBodies drops new bodies the conventions leave out: venues and programmes
// by their head word, palaces and saints' churches (buildings), a given name run
// into a surname, a country's government named by the country ("British
// Government": the country itself), and a mission named only generically, after at
// most one word naming its country or city ("High Commission", "Nagoya Consulate").
func (p *proposer) leftOutBodies(ms []Mention) []Mention {
	ms = p.leftOutFunds(ms)
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.Proposed == nil || m.Kind != kg.Organization {
			return false
		}
		if a, _ := runTogether(m.Text); a != "" && p.g.givenNames()[FoldName(a)] {
			return true
		}
		ws := strings.Fields(strings.ToLower(m.Text))
		// a palace is a building whatever it houses ("Palace of Justice", "Velmar
		// Palace of Culture"); a church named for a saint is a building, where a
		// church named for its creed is a body ("Velmar Protestant Church")
		// a body named inside a mission's name ("U.S. Embassy Velmar Commission") is
		// the mission's programme
		if len(ws) >= 3 && missionHeads[ws[1]] && (ws[0] == "u.s." || p.namesCountry(ws[0])) {
			return true
		}
		if slices.Contains(ws, "palace") || ws[len(ws)-1] == "church" && saintBefore.MatchString(p.c.text[:m.bStart]) {
			return true
		}
		if len(ws) < 2 {
			return false
		}
		if leftOutHeads[ws[len(ws)-1]] {
			return true
		}
		if ws[len(ws)-1] == "government" && p.namesCountry(strings.Join(ws[:len(ws)-1], " ")) {
			return true
		}
		i := 0
		if !missionWords[ws[0]] {
			i = 1
		}
		// ("United States Consulate": a country named in two words)
		for k := 2; k < len(ws); k++ {
			if p.namesCountry(strings.Join(ws[:k], " ")) {
				i = k
			}
		}
		// ("Fulbright Commission": a commission is a mission only as a high commission)
		return slices.ContainsFunc(ws[i:], func(w string) bool {
			return w != "post" && missionHeads[w] && w != "commission" || w == "commission" && slices.Contains(ws, "high")
		}) &&
			!slices.ContainsFunc(ws[i:], func(w string) bool { return !missionWords[w] })
	})
}

// titledOwner reports whether the word before byte at is a title's possessive
// ("Ambassador’s ", "Ambassadors' "): what follows is the office-holders'.
func (p *proposer) titledOwner(at int) bool {
	m := ownerBefore.FindStringSubmatch(p.c.text[:at])
	return m != nil && titleWords[strings.TrimSuffix(strings.ToLower(m[1]), "s")]
}

var ownerBefore = regexp.MustCompile(`(\p{L}+)(?:['’]s|s['’]) $`)

// namesCountry reports whether s is a country's adjective ("british") or name
// ("united states").
func (p *proposer) namesCountry(s string) bool {
	return demonyms[s] != "" || p.g != nil && p.g.countryByName(s) != ""
}

// runTogether splits a word of two capitalised parts of three letters or more
// ("TorvaldLindqvist") into them, or returns "". A given name run into a surname is a
// person's name missing its space, never a body's, where brands join other words
// ("AstraZeneca", "VisitBritain").
func runTogether(w string) (string, string) {
	rs := []rune(w)
	for i := 3; i+3 <= len(rs); i++ {
		if unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i-1]) {
			a, b := rs[:i], rs[i:]
			if unicode.IsUpper(a[0]) && !slices.ContainsFunc(a[1:], unicode.IsUpper) && !slices.ContainsFunc(b[1:], func(r rune) bool { return !unicode.IsLower(r) }) {
				return string(a), string(b)
			}
			return "", ""
		}
	}
	return "", ""
}

// siteEnds end the names of sites and venues the conventions leave out: a nature
// reserve and a market are places one visits, neither a body nor a person.
var siteEnds = set("preserve", "reserve", "sanctuary", "market", "bazaar")

// leftOutSitesAndTitles drops proposals for sites by their last word, for an office
// named like a body ("Regional Health Officer", with its bracketed acronym: a title
// whose holder is met, no body), and for a lowercase bearing before a name ("central
// Velmar": an adjective describing the place, no name of its own; a country after it
// is linked).
func (p *proposer) leftOutSitesAndTitles(ms []Mention) []Mention {
	drop := map[string]bool{}
	var countries []Mention
	for _, m := range ms {
		ws := strings.Fields(m.Text)
		if m.Proposed == nil || len(ws) < 2 {
			continue
		}
		first, last := ws[0], strings.ToLower(ws[len(ws)-1])
		bearing := (first == "central" || adjectivalBearing(first) && compassWords[first]) && isPlace(m.Kind)
		if siteEnds[last] || m.Kind != kg.Person && last == "officer" || bearing {
			drop[*m.Proposed] = true
		}
		// the country the bearing describes is still named ("central Velmaria")
		if s := m.bStart + len(first) + 1; bearing {
			for _, i := range p.g.entriesNamed(p.c.text[s:m.bEnd]) {
				if e := p.g.entries[i]; e.Kind == kg.Country {
					countries = append(countries, Mention{Text: p.c.text[s:m.bEnd], bStart: s, bEnd: m.bEnd, Entity: strPtr(e.ID), Kind: kg.Country, How: "name", Confidence: 0.6, entry: i})
					break
				}
			}
		}
	}
	ms = append(slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && drop[*m.Proposed] }), countries...)
	sortMentions(ms)
	return ms
}

// swapped reports whether a and b differ only by two neighbouring letters swapped
// ("Jaingxi" for "Jiangxi").
func swapped(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
}

// misspeltPlaces drops a new place whose name is a graph place's with two neighbouring
// letters swapped, where that place is of the kind and country of a place the text
// links (a list of provinces with one misspelt): a slip, not a new place.
func (p *proposer) misspeltPlaces(ms []Mention) []Mention {
	type kindIn struct {
		kind kg.Kind
		cc   string
	}
	linked := map[kindIn]bool{}
	for _, m := range ms {
		if m.Entity != nil && (m.Kind == kg.City || m.Kind == kg.Region) {
			for _, cc := range p.g.entries[m.entry].Countries {
				linked[kindIn{m.Kind, cc}] = true
			}
		}
	}
	drop := map[string]bool{}
	for _, m := range ms {
		if m.Proposed == nil || m.Kind != kg.City && m.Kind != kg.Region || strings.Contains(m.Text, " ") {
			continue
		}
		w := FoldName(m.Text)
		for _, e := range p.g.entries {
			if (e.Kind == kg.City || e.Kind == kg.Region) && slices.ContainsFunc(e.Countries, func(cc string) bool { return linked[kindIn{e.Kind, cc}] }) && swapped(w, FoldName(e.Name)) {
				drop[*m.Proposed] = true
				break
			}
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && drop[*m.Proposed] })
}

// missionSections drops a new body named just before "at the" and a mission ("the
// Velmar Working Group at the U.S. Embassy in Sohar"): a section of that mission, left
// out as the conventions leave a mission's sections out.
func (p *proposer) missionSections(ms []Mention) []Mention {
	drop := map[string]bool{}
	for _, m := range ms {
		if m.Proposed == nil || m.Kind != kg.Organization && m.Kind != kg.Company || !strings.HasPrefix(p.c.text[m.bEnd:], " at the ") {
			continue
		}
		at := m.bEnd + len(" at the ")
		if slices.ContainsFunc(ms, func(x Mention) bool { return x.Kind == kg.Consulate && x.bStart == at }) {
			drop[*m.Proposed] = true
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && drop[*m.Proposed] })
}

// leftOutFunds drops a fund named for the office-holders who give it ("Ambassadors Fund
// for ...", "the U.S. Ambassador's Self-Help Fund", or with the holders just before
// the name: "an Ambassador’s Fund for Velmar Heritage grant"): their grant programme,
// left out in every form, its other mentions and its acronym too (the initials of its
// capitalised words, with or without a country's short form first: "AFVH").
func (p *proposer) leftOutFunds(ms []Mention) []Mention {
	drop, initials := map[string]bool{}, map[string]bool{}
	for _, m := range ms {
		if m.Proposed == nil || m.Kind != kg.Organization {
			continue
		}
		ws := strings.Fields(strings.ToLower(m.Text))
		k := slices.Index(ws, "fund")
		// (the holders in the plural or the possessive: "Marshall Fund" is no grant)
		if k < 0 || !slices.ContainsFunc(ws[:k], func(w string) bool {
			t := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), "s")
			return t != w && titleWords[t]
		}) && !p.titledOwner(m.bStart) {
			continue
		}
		drop[*m.Proposed] = true
		var in []rune
		for _, w := range strings.Fields(m.Text) {
			if r := []rune(w); isCapitalized(w) && !strings.Contains(w, ".") {
				in = append(in, r[0])
			}
		}
		initials[string(in)] = true
	}
	return slices.DeleteFunc(ms, func(m Mention) bool {
		return m.Proposed != nil && (drop[*m.Proposed] || initials[m.Text] && m.Kind == kg.Organization)
	})
}
