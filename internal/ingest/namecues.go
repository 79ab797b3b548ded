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

// adjectivalBearing reports whether a bearing is an adjective ("Northern", "Western"):
// "Northern Velmar" is the north of the region the graph holds, the region named by
// its part (eighteenth set), where "North Velmar" names a new region ("South
// Canterbury", "West Tyrone"). A region whose name holds it ("Western Australia") is
// the graph's, whole.
func adjectivalBearing(w string) bool {
	return strings.HasSuffix(strings.ToLower(w), "ern")
}

// officeNouns name an office, not the body it is held at: "Deputy Chief of Mission"
// and "Member of Parliament" are titles.
var officeNouns = set("chief", "member", "members", "head", "secretary", "director", "president", "chairman", "chair")

// leftOutNames drops proposals the conventions leave out or that name no one:
//   - an office's name taken for a body ("Deputy Chief of Mission", "Member of the
//     Assembly"), and its acronym ("DCM"), which share its proposal;
//   - camps ("Velmar Refugee Camp", left out since the eighteenth set), of any kind;
//   - a person's name of single letters ("U. S" of a spaced "U. S.");
//   - a one-word person right after "St." or "Saint" (a saint's day or church, not a
//     repeat of a person named before: "St. Andrew’s Day" after "Andrew Carnegie").
func (p *proposer) leftOutNames(ms []Mention) []Mention {
	offices := map[string]bool{}
	var bodies [][2]int
	for _, m := range ms {
		if m.Proposed != nil && m.Kind == kg.Organization {
			if at := officeName(m.Text); at > 0 {
				offices[*m.Proposed] = true
				// the body the office is "of", where it has a head ("Member of the
				// Velmar Assembly": the assembly)
				body := strings.TrimPrefix(m.Text[at:], "the ")
				if ws := strings.Fields(strings.ToLower(body)); len(ws) >= 2 && orgHeads[ws[len(ws)-1]] {
					bodies = append(bodies, [2]int{m.bEnd - len(body), m.bEnd})
				}
			}
		}
	}
	ms = slices.DeleteFunc(ms, func(m Mention) bool {
		if m.Proposed == nil {
			return false
		}
		ws := strings.Fields(strings.ToLower(m.Text))
		if len(ws) == 0 {
			return false
		}
		switch {
		case m.Kind == kg.Organization && offices[*m.Proposed]:
			return true
		case ws[len(ws)-1] == "camp" || ws[len(ws)-1] == "camps":
			return true
		case m.Kind == kg.Person && !slices.ContainsFunc(ws, func(w string) bool { return utf8.RuneCountInString(strings.Trim(w, ".")) > 1 }):
			return true
		case m.Kind == kg.Person && len(ws) == 1 && saintBefore.MatchString(p.c.text[:m.bStart]):
			return true
		}
		return false
	})
	// (the office's proposal goes, or the body would be taken for a repeat of it)
	p.props = slices.DeleteFunc(p.props, func(pr *proposal) bool { return offices[pr.id] })
	for _, b := range bodies {
		ms = p.add(ms, kg.Organization, b[0], b[1], 0.5)
	}
	return ms
}

// saintBefore: "St." or "Saint" right before a name.
var saintBefore = regexp.MustCompile(`\b(?:St\.?|Saint) $`)

// officeName reports where the words after "of" open in a body's name that is an
// office's: title words, then an office noun and "of" ("Deputy Chief of Mission"); 0
// if it is none.
func officeName(name string) int {
	ws := strings.Fields(strings.ToLower(name))
	i := 0
	for i < len(ws) && titleWords[ws[i]] && !officeNouns[ws[i]] {
		i++
	}
	if i+2 >= len(ws) && !(i+2 == len(ws) && ws[len(ws)-1] != "of") || !officeNouns[ws[i]] || ws[i+1] != "of" {
		return 0
	}
	// the byte offset of the word after "of"
	at := 0
	for k := 0; k <= i+1; k++ {
		at += strings.Index(name[at:], " ") + 1
		for at < len(name) && name[at] == ' ' {
			at++
		}
	}
	return at
}
