package ingest

import (
	"regexp"
	"slices"

	"github.com/amity-graph/amity/internal/kg"
)

// stateInitials are standard initials of federal states that name nothing else an
// article of this field is likely to hold, so they stand for the state without its full
// name said first ("NSW Premier"); initials shared with common words or other names
// ("WA", "SA", "NT") are left to regionInitials, which needs the full name in the text.
var stateInitials = map[string]string{"NSW": "region:au:new-south-wales"}

var stateInitialsRe = regexp.MustCompile(`\bNSW\b`)

// stateInitialMentions links a state's standard initials, unless they open a body's name
// ("NSW Parliament", proposed whole) or the text defines them as another name's acronym.
func (g *Gazetteer) stateInitialMentions(c *linkCtx) []Mention {
	var out []Mention
	for _, m := range stateInitialsRe.FindAllStringIndex(c.text, -1) {
		word, rest := c.text[m[0]:m[1]], c.text[m[1]:]
		i, ok := g.byID[stateInitials[word]]
		if !ok || definedAcronym(word, rest) || bodyOrTitleAfter(rest) == "body" {
			continue
		}
		out = append(out, Mention{Text: word, bStart: m[0], bEnd: m[1], Entity: strPtr(g.entries[i].ID), Kind: kg.Region,
			How: "abbreviation", Confidence: 0.8, entry: i})
	}
	return out
}

var listedWord = regexp.MustCompile(`^(?:,\s*(?:and\s+)?|\s+and\s+)(\p{Lu}[\p{L}]+)\b`)

// listedCountrySlips links an unlinked word inside a list of countries ("Colombia,
// Argentine, Australia, Luxemburg, Urguay, Benin") to the one country whose name it misses
// by one letter: the list says what kind of name it is. Only a long word (six letters or
// more), only between two countries of the list, and only when no other country is as
// near; a slip anywhere else is left unlinked.
func (g *Gazetteer) listedCountrySlips(c *linkCtx, ms []Mention) []Mention {
	sortMentions(ms)
	var out []Mention
	for k, m := range ms {
		if m.Kind != kg.Country {
			continue
		}
		at := m.bEnd
		for {
			w := listedWord.FindStringSubmatchIndex(c.text[at:])
			if w == nil {
				break
			}
			s, e := at+w[2], at+w[3]
			if coveringMention(ms, s, e) >= 0 {
				break
			}
			// the list must go on to a country after the word(s) it holds
			if !g.countryListGoesOn(c, ms[k+1:], e) {
				break
			}
			word := FoldName(c.text[s:e])
			// a town of that name the linker did not take ("Luxemburg", a small town
			// abroad) does not hold the list's word; a country of that name does
			if len([]rune(word)) < 6 || slices.ContainsFunc(g.entriesNamed(word), func(i int) bool { return g.entries[i].Kind == kg.Country }) {
				at = e
				continue
			}
			if near := g.countriesOneEdit(word); len(near) == 1 {
				out = append(out, Mention{Text: c.text[s:e], bStart: s, bEnd: e, Entity: strPtr(g.entries[near[0]].ID), Kind: kg.Country,
					How: "misspelling", Confidence: 0.6, entry: near[0]})
			}
			at = e
		}
	}
	return out
}

// countryListGoesOn reports whether, after position from, the list runs on through
// single words to a linked country.
func (g *Gazetteer) countryListGoesOn(c *linkCtx, later []Mention, from int) bool {
	at := from
	for {
		for _, n := range later {
			if n.bStart > at && n.Kind == kg.Country && listGap.MatchString(c.text[at:n.bStart]) {
				return true
			}
		}
		w := listedWord.FindStringSubmatchIndex(c.text[at:])
		if w == nil {
			return false
		}
		at += w[3]
	}
}

// countriesOneEdit returns the countries whose name, or an alias of it, misses the
// folded word by one letter.
func (g *Gazetteer) countriesOneEdit(word string) []int {
	var out []int
	for i, e := range g.entries {
		if e.Kind != kg.Country {
			continue
		}
		names := append([]string{e.Name}, e.Aliases...)
		if slices.ContainsFunc(names, func(n string) bool { return oneEdit(word, FoldName(n)) }) {
			out = append(out, i)
		}
	}
	return out
}
