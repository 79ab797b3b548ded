package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
)

// officeAfter: a name followed, after a comma, by an office held "of" a body or a
// place ("Ana Ruiz, Rector of the University", "Tor Lind, Member of Parliament"): only
// a person holds one. These offices are not title words, which would make them open
// names elsewhere ("Member States").
var officeAfter = regexp.MustCompile(`^,\s+(?:the\s+)?(?:Rector|Vice-Rector|Vice Rector|Member|Dean|Chancellor|Vice-Chancellor|Provost|Founder|Co-founder|Co-Founder)\s+of\b`)

// middleInitialed reports whether a would-be name of three words has a single capital
// with a dot between a given name and a surname ("Tora B. Lindqvist's"): a person's
// shape, whatever the words around it say. Both outer words are at least three letters,
// so an abbreviated place ("Washington D. C") is not taken.
func (p *proposer) middleInitialed(seg run) bool {
	toks := p.c.toks
	if seg.to-seg.from != 3 || !initial(p.c.text, toks[seg.from+1], toks[seg.from+2]) {
		return false
	}
	first, last := toks[seg.from].text, possessive(toks[seg.to-1].text)
	return utf8.RuneCountInString(first) >= 3 && utf8.RuneCountInString(last) >= 3 && !isUpperWord(first) && !isUpperWord(last)
}

// locatedIn: a name after a preposition of place, then "in" and a place ("lived in
// Velmor in Stanbury", "from near Velmor in County Dorran", "outside Velmor in West
// Dorran"): the first is a place inside the second.
var locatedIn = regexp.MustCompile(`\b(?:in|near|outside|from|at|visited|to) (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?) in (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)\b`)

// locatedPlaces proposes, for every locatedIn match, the inner name as a new city when
// the outer one is a place: a place the graph holds or a proposal, or a bearing before
// a name ("West Dorran", proposed as a region, a part of a county as "Northeast China"
// is of a country). Names the graph holds, people's and bodies' words are left alone.
func (p *proposer) locatedPlaces(ms []Mention) []Mention {
	text := p.c.text
	for _, m := range locatedIn.FindAllStringSubmatchIndex(text, -1) {
		is, ie, os, oe := m[2], m[3], m[4], m[5]
		outer := slices.IndexFunc(ms, func(x Mention) bool { return x.bStart == os && x.bEnd <= oe })
		bearing := false
		if outer < 0 {
			ws := strings.Fields(text[os:oe])
			bearing = len(ws) == 2 && compassWords[strings.ToLower(ws[0])] && p.freePlaceName(ms, os+len(ws[0])+1, oe)
			if !bearing {
				continue
			}
		} else if !isPlace(ms[outer].Kind) {
			continue
		}
		if !p.freePlaceName(ms, is, ie) {
			continue
		}
		ms = p.add(ms, kg.City, is, ie, 0.45)
		if bearing {
			ms = p.add(ms, kg.Region, os, oe, 0.45)
		}
	}
	return ms
}
