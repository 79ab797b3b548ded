package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// Rules of round 8b: general ones, each stated by its unit test in round8b_test.go.

// wideArea reports whether the text writes name as a wide geographic area, "the X"
// standing alone ("in the Arctic,", "the Sahel remains"): a region the conventions
// leave out, though "the X region" reads like "the Tohoku region", a region the text
// names alone without the article ("in Tohoku").
func (p *proposer) wideArea(name string) bool {
	re := regexp.MustCompile(`\b[Tt]he ` + regexp.QuoteMeta(name) + `(?:[,.;:)]|$| (?:is|was|will|would|can|could|has|had|have|continues?|remains?|may|must|and|or|to)\b)`)
	return re.MatchString(p.c.text)
}

// abbreviated reports whether a word is a month's or a state's abbreviation written
// with its period ("Jan.", "Colo."): a dateline's parts after a city, never a city.
func abbreviated(text string, t token) bool {
	return t.end < len(text) && text[t.end] == '.' && dotAbbreviations[strings.ToLower(t.text)]
}

var dotAbbreviations = set(
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass",
	"mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
	"alta", "ont", "que", "sask", "man",
)

// surnameOfNamed reports whether a word is the last word of a person's name the text
// gives ("Blinken" after "Antony Blinken"): that person again, not a place in a list.
func (p *proposer) surnameOfNamed(ms []Mention, w string) bool {
	return slices.ContainsFunc(ms, func(m Mention) bool {
		return m.Kind == kg.Person && strings.Contains(m.Text, " ") && FoldName(lastWord(m.Text)) == FoldName(w)
	})
}

// articleBefore reports whether "the" comes right before a would-be person's name ("for
// the Middle Class"): an article opens a thing's name or a class, not a person's.
func (p *proposer) articleBefore(seg run) bool {
	return seg.from > 0 && strings.EqualFold(p.c.toks[seg.from-1].text, "the") && p.c.toks[seg.from-1].sentence == p.c.toks[seg.from].sentence
}
