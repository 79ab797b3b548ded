package ingest

import (
	"regexp"
	"slices"

	"github.com/amity-graph/amity/internal/kg"
)

// postOfRe finds a post named in the long form, its kind first, then its country after
// "of" and its seat after "in" or "at" ("Consulate General of Velmar in Tamsk").
var postOfRe = regexp.MustCompile(`\b(Consulate[- ]General|Consulate)\b of (?:the )?((?:[A-Z][\p{L}.]*)(?: [A-Z][\p{L}.]*){0,3}) (?:in|at) ([A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)*)`)

// postsOf proposes a country's post named in the long form, the same post as its
// short form names ("Velmar Consulate General in Tamsk"), where the graph holds no
// post of that country at that seat (one it holds is the linker's). The country's and
// the seat's names inside are the post's name, no mentions of their own.
func (p *proposer) postsOf(ms []Mention) []Mention {
	g, text := p.g, p.c.text
	for _, m := range postOfRe.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[0], m[1]
		countryWords, seat := text[m[4]:m[5]], text[m[6]:m[7]]
		country := g.postCountry(countryWords)
		if country == "" || g.countryByName(countryWords) == "" && abbreviations[countryWords] == "" {
			continue
		}
		if g.countryByName(seat) != "" {
			continue // "the Consulate General of Velmar in Tamsaria": no seat
		}
		if slices.ContainsFunc(g.seatPlaces(seat), func(i int) bool { return len(g.missions[country+"|"+g.entries[i].ID]) > 0 }) {
			continue
		}
		if slices.ContainsFunc(ms, func(x Mention) bool {
			return x.bStart < e && s < x.bEnd && !(x.bStart >= s && x.bEnd <= e) && (x.Entity != nil || x.bStart < s)
		}) {
			continue
		}
		// a proposal the run finder cut from its first words gives way to the whole
		ms = slices.DeleteFunc(ms, func(x Mention) bool { return x.Entity == nil && x.bStart >= s && x.bStart < e })
		name := countryWords + " " + text[m[2]:m[3]] + " in " + seat
		ms = p.addNamed(ms, kg.Consulate, s, e, name, 0.6)
	}
	return ms
}
