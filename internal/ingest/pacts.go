package ingest

import (
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// pactEnds end the names of pacts between countries, which the conventions leave out
// as they do treaties ("Trans-Pacific Partnership", "U.S.-Japan Alliance", a "Defence
// Arrangements" of five powers).
var pactEnds = set("partnership", "alliance", "agreement", "pact", "treaty", "accord", "arrangements", "arrangement")

// pactWords say a partnership is a pact of trade or defence between countries, not a
// body of members.
var pactWords = set("trade", "investment", "economic", "strategic", "security", "free", "defense", "defence",
	"transatlantic", "trans-pacific", "transpacific")

// leftOutPacts drops the new bodies that are pacts between countries, with the acronyms
// the text defines for them ("Transatlantic Trade and Investment Partnership
// (T-TIP)"): a pact's word ends the name, and a word of trade or defence, or two
// countries joined by a hyphen ("U.S.-Japan"), say it binds countries.
func (p *proposer) leftOutPacts(ms []Mention) []Mention {
	drop, short := map[string]bool{}, map[string]bool{}
	for _, m := range ms {
		if m.Proposed == nil || m.Kind != kg.Organization || m.How == "acronym" {
			continue
		}
		ws := strings.Fields(strings.ToLower(m.Text))
		if len(ws) < 2 || !pactEnds[ws[len(ws)-1]] {
			continue
		}
		if slices.ContainsFunc(ws[:len(ws)-1], func(w string) bool { return pactWords[w] }) || len(ws) == 2 && p.countryPair(m.Text[:strings.IndexByte(m.Text, ' ')]) {
			drop[*m.Proposed] = true
			// and its acronym wherever the text uses it alone, read apart from the name
			if a := initials(m.Text); len(a) >= 3 {
				short[a] = true
			}
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool {
		return m.Proposed != nil && (drop[*m.Proposed] || m.Kind == kg.Organization && short[m.Text])
	})
}

// countryPair reports whether w joins two countries by a hyphen ("U.S.-Japan",
// "Japan-Korea").
func (p *proposer) countryPair(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		return false
	}
	country := func(s string) bool {
		return countryAbbreviations[s] || slices.ContainsFunc(p.g.entriesNamed(s), func(e int) bool { return p.g.entries[e].Kind == kg.Country })
	}
	return country(a) && country(b)
}

// headlineShortBodies drops a body the headline names by the last words of one the text
// names in full, as a modifier of the noun after it ("High School Students" over
// "Velmar Higashi High School"): it names the people, not the body.
func (p *proposer) headlineShortBodies(ms []Mention) []Mention {
	end := strings.IndexByte(p.c.text, '\n')
	if end < 0 {
		return ms
	}
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.Proposed == nil || m.bEnd > end || m.Kind != kg.Organization {
			return false
		}
		if next := wordRe.FindStringIndex(p.c.text[m.bEnd:end]); next == nil || next[0] != 1 || !isCapitalized(p.c.text[m.bEnd+1:m.bEnd+next[1]]) {
			return false
		}
		return slices.ContainsFunc(ms, func(o Mention) bool {
			return o.Proposed != nil && o.bStart > end && len(o.Text) > len(m.Text) && strings.HasSuffix(o.Text, " "+m.Text)
		})
	})
}

// countryAbbreviations are the short forms of countries a hyphened pair opens with.
var countryAbbreviations = set("U.S.", "U.S", "US", "UK", "U.K.", "U.K", "EU", "E.U.")

// headlineCommonNouns drops a name the headline proposes whose every word the text
// writes in lower case ("Meets with Government and Civil Society Representatives" over
// "met with government and civil society representatives"): title case made common
// nouns look like a name.
func (p *proposer) headlineCommonNouns(ms []Mention) []Mention {
	end := strings.IndexByte(p.c.text, '\n')
	if end < 0 {
		return ms
	}
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.Proposed == nil || m.bEnd > end || m.Kind == kg.Person {
			return false
		}
		ws := wordRe.FindAllString(m.Text, -1)
		return len(ws) >= 2 && !slices.ContainsFunc(ws, func(w string) bool {
			return !connectors[strings.ToLower(w)] && !p.c.lower[FoldName(w)]
		})
	})
}
