package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
)

// wifeTitleBefore ends in a married woman's title ("Mrs. ", "Madame "): the surname after
// it is hers, never her husband's office ("the Ambassador and Mrs. Alba" are two people).
var wifeTitleBefore = regexp.MustCompile(`\b(?:Mrs\.?|Mme\.?|Madame)[ \t]+$`)

// currencyAfter starts with a currency sign: a country's short form before it names the
// currency ("US $2 million"), not the country.
var currencyAfter = regexp.MustCompile(`^[ \t]?[$€£¥]`)

// dropWrongSenses removes, after every pass, the mentions whose words the text uses in
// another sense: a surname after a married woman's title, a country's short form naming a
// currency, and a place inside a longer name that a later pass linked.
func dropWrongSenses(text string, ms []Mention) []Mention {
	paired := pairedPlacesNamed(text, ms)
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if paired[m.bStart] {
			return true
		}
		return wifeSurname(text, m) || m.Kind == kg.Country && currencyAfter.MatchString(text[m.bEnd:]) || insideLongName(text, m)
	})
}

// wifeSurname reports whether m links a person the graph holds by a surname alone after
// a married woman's title.
func wifeSurname(text string, m Mention) bool {
	return m.Kind == kg.Person && m.Entity != nil && !strings.Contains(strings.TrimSpace(m.Text), " ") &&
		wifeTitleBefore.MatchString(text[max(0, m.bStart-10):m.bStart])
}

// dropWifeSurnames removes the links of surnames after a married woman's title that the
// passes after linking made (titles, proposals).
func dropWifeSurnames(text string, ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool { return wifeSurname(text, m) })
}

// cityWhereSaid gives a region's mention the city of the same name, in the same country,
// where the text says "the city of" right before it: the words state the sense, whatever
// sense the article's other mentions of the name settled.
func (g *Gazetteer) cityWhereSaid(c *linkCtx, ms []Mention) []Mention {
	for i, m := range ms {
		if m.Kind != kg.Region || m.Entity == nil || !strings.HasSuffix(strings.ToLower(c.text[max(0, m.bStart-10):m.bStart]), "city of ") {
			continue
		}
		region, ok := g.byID[*m.Entity]
		if !ok {
			continue
		}
		for _, e := range g.entriesNamed(FoldName(m.Text)) {
			x := g.entries[e]
			if x.Kind == kg.City && slices.ContainsFunc(x.Countries, func(cc string) bool { return slices.Contains(g.entries[region].Countries, cc) }) {
				ms[i].Entity, ms[i].Kind, ms[i].entry = strPtr(x.ID), kg.City, e
				break
			}
		}
	}
	return ms
}

// regionGeneric ends a region's name in the words a text drops once it has named the
// region in full ("Kachin State", then "the people of Kachin").
var regionGeneric = regexp.MustCompile(`^(\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)?) (?:State|Province|Region|Oblast|Governorate)$`)

// stemRunsOn reads the start of the text after a region's stem: another capitalised
// word or a hyphen makes the stem part of a longer name ("Kachin Independence Army").
var stemRunsOn = regexp.MustCompile(`^(?:[ \t]+\p{Lu}|-|[’']s[ \t]+\p{Lu})`)

// regionStems links a region's name without its generic word where the article named the
// region in full before, and the stem names nothing else the graph holds: the stem is
// then the article's short form of that region.
func (g *Gazetteer) regionStems(c *linkCtx, ms []Mention) []Mention {
	var add []Mention
	for _, m := range ms {
		f := regionGeneric.FindStringSubmatch(m.Text)
		if m.Kind != kg.Region || m.Entity == nil || f == nil || len(g.entriesNamed(FoldName(f[1]))) > 0 {
			continue
		}
		for _, at := range occurrencesOf(c.text, f[1]) {
			end := at + len(f[1])
			if at <= m.bStart || !wordEdge(c.text, at, end) || stemRunsOn.MatchString(c.text[end:]) {
				continue
			}
			x := m
			x.Text, x.bStart, x.bEnd = f[1], at, end
			add = append(add, x)
		}
	}
	for _, x := range add {
		ms = addIfFree(ms, x)
	}
	return ms
}

// wordEdge reports whether text[start:end] is whole words.
func wordEdge(text string, start, end int) bool {
	isLetter := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:start])
		if isLetter(r) {
			return false
		}
	}
	if end < len(text) {
		r, _ := utf8.DecodeRuneInString(text[end:])
		if isLetter(r) {
			return false
		}
	}
	return true
}

// hyphenWord is a hyphen and one capitalised word after it.
var hyphenWord = regexp.MustCompile(`^-\p{Lu}\p{Ll}+`)

// nameRunAfter starts a capitalised word after a space: the next word of a name.
var nameRunAfter = regexp.MustCompile(`^ \p{Lu}\p{Ll}`)

// pairedPlacesNamed returns the starts of two towns or regions joined by a hyphen and
// run on into capitalised words ("Alba-Bela Ecopact", "Alba-Bela Friendship Society"):
// a pair of places below a country names a tie or a body between them, and the places
// are its words. A pair of countries keeps its links ("the U.S.-Alba Strategic
// Partnership" speaks of the two countries), and so does a headline, whose every word is
// capitalised.
func pairedPlacesNamed(text string, ms []Mention) map[int]bool {
	out := map[int]bool{}
	place := func(m Mention) bool { return m.Kind == kg.City || m.Kind == kg.Region }
	starts := map[int]Mention{}
	for _, m := range ms {
		if place(m) {
			starts[m.bStart] = m
		}
	}
	for _, a := range ms {
		if !place(a) || a.bEnd >= len(text) || text[a.bEnd] != '-' || headlineLine(text, a.bStart) {
			continue
		}
		// the pair's second place: a mention, or one word the linker left alone
		end := -1
		if b, ok := starts[a.bEnd+1]; ok {
			end = b.bEnd
		} else if w := hyphenWord.FindString(text[a.bEnd:]); w != "" {
			end = a.bEnd + len(w)
		}
		if end < 0 || !nameRunAfter.MatchString(text[end:]) {
			continue
		}
		out[a.bStart] = true
		if b, ok := starts[a.bEnd+1]; ok {
			out[b.bStart] = true
		}
	}
	return out
}
