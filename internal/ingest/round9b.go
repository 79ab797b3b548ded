package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// familyFirstRe finds a name written family name first with a comma, its given name
// hyphenated ("Park, Min-jun"), as Korean English writes it.
var familyFirstRe = regexp.MustCompile(`\b(\p{Lu}\p{Ll}{1,5}), (\p{Lu}\p{Ll}+-\p{Ll}+)\b`)

// islandRe finds a Korean island's name with its "-do" suffix ("Jindo", "Jin-do").
var islandRe = regexp.MustCompile(`\b(\p{Lu}\p{Ll}{2,})-?do\b`)

// koreanPlaceSuffixes end a Korean place's romanised name, not a given name.
var koreanPlaceSuffixes = set("do", "gun", "si", "gu", "dong", "myeon", "eup", "ri")

// commaNamesAndIslands proposes the names Korean English writes in its own way: a
// person's family name, a comma, then the hyphenated given name; and an island county
// named with its "-do" suffix, which is one city with "<stem> County" when the text
// names that too.
func (p *proposer) commaNamesAndIslands(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range familyFirstRe.FindAllStringSubmatchIndex(text, -1) {
		given := text[m[4]:m[5]]
		if koreanPlaceSuffixes[given[strings.LastIndex(given, "-")+1:]] || p.covered(ms, m[0], m[1]) {
			continue
		}
		ms = p.add(ms, kg.Person, m[0], m[1], 0.6)
	}
	for _, m := range islandRe.FindAllStringSubmatchIndex(text, -1) {
		stem := text[m[2]:m[3]]
		if !strings.Contains(text, stem+" County") || p.covered(ms, m[0], m[1]) {
			continue
		}
		if p.find(kg.City, stem) == nil {
			// the suffix is Korean, whatever country the sentence names
			p.props = append(p.props, &proposal{id: "city:kr:" + kg.Slug(stem), kind: kg.City, name: stem, first: m[0]})
		}
		ms = p.addNamed(ms, kg.City, m[0], m[1], stem, 0.5)
		for at := 0; ; {
			i := strings.Index(text[at:], stem+" County")
			if i < 0 {
				break
			}
			s := at + i
			if !p.covered(ms, s, s+len(stem)+len(" County")) {
				ms = p.addNamed(ms, kg.City, s, s+len(stem)+len(" County"), stem, 0.5)
			}
			at = s + len(stem)
		}
	}
	return ms
}

// covered reports whether a mention overlaps text[s:e].
func (p *proposer) covered(ms []Mention, s, e int) bool {
	for _, m := range ms {
		if m.bStart < e && s < m.bEnd {
			return true
		}
	}
	return false
}
