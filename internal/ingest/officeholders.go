package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// holderAfterComma: a capitalised office's last word, a comma, then two or three
// capitalised words that end at "and", a comma, a full stop, a semicolon or a verb ("the Project
// Manager, Tane Velk and the ...", "the Mayor of Velmar, Ana Ruiz, said").
var holderAfterComma = regexp.MustCompile(`\b(\p{Lu}\p{Ll}+), (\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]*\p{L}){1,2})(?: and\b|[,.;]| (?:is|are|was|were|said|says|has|have|had|will)\b)`)

// holderAfterOfficePlace: the same apposition after an office and the place it is
// of ("the Chief Minister of Velm Province, Ana Ruiz, said"): the place's name of one
// to three words sits between the office and the comma.
var holderAfterOfficePlace = regexp.MustCompile(`\b(\p{Lu}\p{Ll}+) of (?:the )?\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2}, (\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]*\p{L}){1,2})(?: and\b|[,.;]| (?:is|are|was|were|said|says|has|have|had|will)\b)`)

// closingOffices are the words an office's title ends with, in title case, before its
// holder in apposition: the offices of titleWords that name a post, and the posts of
// staff the genre names in lists ("Program Manager", "Safeguard Specialist"). Not
// "Commander", which a unit follows after a comma as often as a holder ("Commander,
// Fleet Activities Velmar").
var closingOffices = set("manager", "specialist", "coordinator", "adviser", "advisor", "officer", "engineer", "prefect",
	"dean", "rector", "treasurer", "registrar", "mayor", "director", "president", "chairman", "chairwoman",
	"chairperson", "secretary", "consul", "ambassador", "minister", "governor", "commissioner", "premier", "representative",
	"envoy", "administrator", "spokesperson", "spokesman", "spokeswoman", "superintendent", "principal")

// officeCommaHolders proposes the person whose name follows an office and a comma,
// where nothing else took the name: "Program Manager, Tane Velk" puts the holder in
// apposition to the office, as "Tane Velk, Program Manager" does the other way round.
// The name must hold no title, head, common or compass word, no word the text writes in
// lowercase and no demonym, and be no name the graph knows; the office must be written
// in title case.
func (p *proposer) officeCommaHolders(ms []Mention) []Mention {
	text := p.c.text
	for _, a := range slices.Concat(holderAfterComma.FindAllStringSubmatchIndex(text, -1), holderAfterOfficePlace.FindAllStringSubmatchIndex(text, -1)) {
		if !closingOffices[strings.ToLower(text[a[2]:a[3]])] {
			continue
		}
		s, e := a[4], a[5]
		// (an abbreviated rank is no surname: "Commander, Rear Adm. Tor Lind")
		if ws := strings.Fields(text[s:e]); strings.HasPrefix(text[e:], ".") && len(ws[len(ws)-1]) <= 3 {
			continue
		}
		if !p.apposedName(ms, s, e, true) || slices.ContainsFunc(strings.Fields(text[s:e]), func(w string) bool {
			lw := strings.ToLower(w)
			return regionHeads[lw] || compassWords[lw] || notInNames[lw] || venueWords[lw] || naturalFeatures[lw]
		}) {
			continue
		}
		ms = p.add(ms, kg.Person, s, e, 0.5)
	}
	return ms
}
