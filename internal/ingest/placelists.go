package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// placeList finds a list of names that shares a plural place head ("Velmar, Upper Tamsa
// and Kord Counties"): each item is a place of that kind, never a person, though two
// capitalised words look like a name.
var placeList = regexp.MustCompile(`\b((?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}, )+\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2},? and \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) (Counties|Provinces|Regions|Districts|Prefectures|Governorates|Oblasts)\b`)

var listItemSep = regexp.MustCompile(`,? and |, `)

// placeListItems proposes each item of a placeList that no mention links as a new
// region, the same words elsewhere in the text too, taking the place of a person
// proposed for them; an item the graph holds with the head's singular after it ("Kord
// County") is the linker's to find, and no person either.
func (p *proposer) placeListItems(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range placeList.FindAllStringSubmatchIndex(text, -1) {
		list := text[m[2]:m[3]]
		head := strings.TrimSuffix(strings.TrimSuffix(text[m[4]:m[5]], "s"), "ie") // "Counties" -> "Count"
		if strings.HasSuffix(text[m[4]:m[5]], "ies") {
			head += "y"
		}
		var items []string
		for _, it := range listItemSep.Split(list, -1) {
			if it = strings.TrimSpace(it); it != "" {
				items = append(items, it)
			}
		}
		for _, it := range items {
			if !p.plainNameWords(it) || p.g.countryByName(it) != "" {
				continue
			}
			known := p.g.holdsPlace(it + " " + head)
			re := regexp.MustCompile(`\b` + regexp.QuoteMeta(it) + `\b`)
			for _, o := range re.FindAllStringIndex(text, -1) {
				switch i := coveringMention(ms, o[0], o[1]); {
				case i < 0 && !known:
					ms = p.add(ms, kg.Region, o[0], o[1], 0.5)
				case i >= 0 && ms[i].Proposed != nil && ms[i].Kind == kg.Person && ms[i].bStart == o[0] && ms[i].bEnd == o[1]:
					if known {
						ms = append(ms[:i], ms[i+1:]...)
					} else {
						ms = p.add(ms, kg.Region, o[0], o[1], 0.5)
					}
				}
			}
		}
	}
	return ms
}

// holdsPlace reports whether the graph holds a place by exactly this name or alias.
func (g *Gazetteer) holdsPlace(name string) bool {
	for _, r := range g.exactPattern(name).refs {
		if isPlace(g.entries[r.entry].Kind) {
			return true
		}
	}
	return false
}
