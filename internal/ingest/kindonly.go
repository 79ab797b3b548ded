package ingest

import (
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// genericBodyHeads end a body's name that says only what kind of body it is when a
// level of government comes first ("the Regional Police", "the Central Bank").
var genericBodyHeads = set("police", "council", "lab", "laboratory", "bank", "unit", "office", "committee", "government",
	"administration", "assembly", "authority", "library", "hospital")

// kindOnlyNames drops proposals that name a kind or an office, not one entity:
//   - a person's proposal of title words alone ("High Commissioner");
//   - a person's proposal the text also writes in quotes ('Silver Age'), a slogan;
//   - a place's "Party" before a title word ("Oslo Party Secretary"): the party's
//     office in that place, the place being a place;
//   - a person's proposal with a digit, a footnote's mark glued on ("Lars Velk2");
//   - a place's or a country's government ("Government of Sohar", "Omani
//     Government", "U. S. Government", "Local Government"), which the annotations
//     give as the place;
//   - "the" and a level of government, then a kind of body ("the Regional Police",
//     "the Central Bank Governor"): a reference the annotations leave out.
func (p *proposer) kindOnlyNames(ms []Mention) []Mention {
	drop := map[string]bool{}
	for _, m := range ms {
		if m.Proposed == nil || m.How != "new" {
			continue
		}
		words := strings.Fields(m.Text)
		switch m.Kind {
		case kg.Person:
			if allTitleWords(words) || quotedSomewhere(p.c.text, m.Text) || strings.ContainsAny(m.Text, "0123456789") {
				drop[*m.Proposed] = true
			}
		case kg.Organization, kg.Company:
			if p.placeParty(m, words) || p.levelBody(m, words) || p.placeGovernment(words) {
				drop[*m.Proposed] = true
			}
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && drop[*m.Proposed] })
}

// allTitleWords reports whether every word names an office ("Deputy Consul").
func allTitleWords(words []string) bool {
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !titleWords[strings.ToLower(strings.Trim(w, ".,"))] && !strings.EqualFold(w, "high") {
			return false
		}
	}
	return true
}

// quotedSomewhere reports whether the text writes name alone between quotes.
func quotedSomewhere(text, name string) bool {
	for _, q := range [][2]string{{"'", "'"}, {"\"", "\""}, {"‘", "’"}, {"“", "”"}} {
		if strings.Contains(text, q[0]+name+q[1]) {
			return true
		}
	}
	return false
}

// placeParty reports "Oslo Party" of "Oslo Party Secretary X": a place the gazetteer
// knows and "Party", then a title word.
func (p *proposer) placeParty(m Mention, words []string) bool {
	if len(words) < 2 || words[len(words)-1] != "Party" {
		return false
	}
	place := strings.Join(words[:len(words)-1], " ")
	if !slices.ContainsFunc(p.g.entriesNamed(place), func(e int) bool {
		k := p.g.entries[e].Kind
		return k == kg.City || k == kg.Region || k == kg.Country
	}) {
		return false
	}
	next := wordRe.FindString(p.c.text[m.bEnd:])
	return strings.HasPrefix(p.c.text[m.bEnd:], " ") && titleWords[strings.ToLower(next)]
}

// levelBody reports "the Regional Police": "the", a level of government (or
// "Central"), at most one more word, and a kind of body.
func (p *proposer) levelBody(m Mention, words []string) bool {
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	first := strings.ToLower(words[0])
	if !unitAdjectives[first] && first != "central" || !genericBodyHeads[strings.ToLower(words[len(words)-1])] {
		return false
	}
	before := p.c.text[:m.bStart]
	return strings.HasSuffix(before, "the ") || strings.HasSuffix(before, "The ")
}

// placeGovernment reports "Government of X" and "X Government" where X is a country,
// its people's adjective or "Local" (a level, no body of its own).
func (p *proposer) placeGovernment(words []string) bool {
	n := len(words)
	if n >= 3 && words[0] == "Government" && words[1] == "of" {
		return true
	}
	if n < 2 || words[n-1] != "Government" {
		return false
	}
	pre := words[:n-1]
	if pre[len(pre)-1] == "Local" {
		pre = pre[:len(pre)-1]
	}
	name := strings.ReplaceAll(strings.Join(pre, " "), ". ", ".")
	bare := strings.NewReplacer(".", "", " ", "").Replace(name)
	return name == "" || demonyms[strings.ToLower(name)] != "" || p.countryNamed(name) || len(bare) <= 3 && p.countryNamed(bare)
}
