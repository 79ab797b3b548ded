package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/amity-graph/amity/internal/kg"
)

// roleNamed: a full name right after a noun of what only a person is or does, in
// lowercase or in a title's capitals ("food curator Ana Velk", "author Tor Brandt",
// "Monsieur Kemal Oss", "an interview with Tor Brandt"): the noun says what kind of thing
// the name is where no office does. Two or three words, an initial allowed inside.
var roleNamed = regexp.MustCompile(`\b(?i:author|writer|novelist|poet|curator|artist|painter|photographer|journalist|chef|musician|singer|composer|filmmaker|entrepreneur|farmer|fellow|athlete|coach|champion|laureate|activist|scholar|volunteer|alumnus|alumna|partner|founder|intern|trumpeter|pianist|guitarist|violinist|saxophonist|cellist|dancer|actor|actress|politician|monsieur|madame|mme\.|m\.|interview with|interviewed by|charg[eé] d['’]affaires(?: a\.i\.)?(?: \((\p{Lu}{2,5})\))?) `)

// nameAfterRole is the name roleNamed's noun comes before.
var nameAfterRole = regexp.MustCompile(`^[A-Z][\p{L}'’-]+(?: [A-Z]\.)? [A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?\b`)

// roleNamedPeople proposes the people roleNamed finds, where no mention covers the
// name, no word of it is a common word, a title, a place word or a demonym, and the
// graph holds no entry by the name.
func (p *proposer) roleNamedPeople(ms []Mention) []Mention {
	text := p.c.text
	for _, a := range roleNamed.FindAllStringSubmatchIndex(text, -1) {
		n := nameAfterRole.FindStringIndex(text[a[1]:])
		if n == nil {
			continue
		}
		s, e := a[1], a[1]+n[1]
		if a[2] >= 0 {
			ms = p.titleAcronymSurnames(ms, text[a[2]:a[3]], strings.Fields(possessive(text[s:e])))
		}
		// (the name ends there: after "Champion" in "Champion Tennis Player Ilse
		// Orr" no name stands)
		if r := text[e:]; len(r) > 1 && r[0] == ' ' && r[1] >= 'A' && r[1] <= 'Z' {
			continue
		}
		if p.covered(ms, s, e) || len(p.g.entriesNamed(text[s:e])) > 0 {
			continue
		}
		if strings.ContainsFunc(text[s:e], func(r rune) bool { return r == '\n' }) {
			continue
		}
		bad := false
		for _, w := range strings.Fields(text[s:e]) {
			lw := strings.ToLower(possessive(w))
			if commonCapitalised[lw] || titleWords[lw] || connectors[lw] || demonyms[lw] != "" || months[lw] > 0 ||
				orgHeads[lw] || companyHeads[lw] || eventHeads[lw] || len(w) > 2 && p.c.lower[FoldName(possessive(w))] {
				bad = true
				break
			}
		}
		if !bad {
			ms = p.add(ms, kg.Person, s, s+len(possessive(text[s:e])), 0.5)
		}
	}
	return ms
}

// titleAcronymSurnames proposes the person again where the acronym the text gave a
// title in brackets ("Chargé d’Affaires (CDA) Ana Velk") stands before one of the
// name's words ("CDA Velk"): the acronym is the title, the word the same person.
func (p *proposer) titleAcronymSurnames(ms []Mention, acronym string, words []string) []Mention {
	if p.find(kg.Person, strings.Join(words, " ")) == nil {
		return ms // (the full name is no new person's)
	}
	re := regexp.MustCompile(`\b` + regexp.QuoteMeta(acronym) + ` (\p{Lu}[\p{L}'’-]+)`)
	for _, m := range re.FindAllStringSubmatchIndex(p.c.text, -1) {
		s, e := m[2], m[3]
		w := possessive(p.c.text[s:e])
		if !slices.Contains(words, w) || p.covered(ms, s, s+len(w)) {
			continue
		}
		ms = p.add(ms, kg.Person, s, s+len(w), 0.5)
	}
	return ms
}

// titledAfter: a full name, a comma, then an office ("Ana Velk, former Omani Ambassador
// to ...", "Tor Brandt, Mayor of Sohar"): the office in apposition says the name is a
// person's.
var titledAfter = regexp.MustCompile(`\b(\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.)? \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?), (?:the )?(?:former |then-|current |acting )?(?:\p{Lu}\p{L}+ )?(?:Ambassador|Minister|President|Mayor|Governor|Secretary|Director|Chairman|Chairwoman|Consul)\b`)

// officeApposedPeople proposes the people titledAfter finds, with roleNamedPeople's
// checks of their words.
func (p *proposer) officeApposedPeople(ms []Mention) []Mention {
	text := p.c.text
	for _, a := range titledAfter.FindAllStringSubmatchIndex(text, -1) {
		s, e := a[2], a[3]
		// ("During the tour of the Velmar Plant, Ambassador Orr learned": the office
		// opens the clause of its own holder)
		if r := text[a[1]:]; len(r) > 1 && r[0] == ' ' && unicode.IsUpper(rune(r[1])) {
			continue
		}
		if p.sentenceStart(s) && !p.g.givenNames()[FoldName(strings.Fields(text[s:e])[0])] {
			continue // (a sentence's first word may be no name's)
		}
		if p.apposedName(ms, s, e, false) {
			ms = p.add(ms, kg.Person, s, e, 0.5)
		}
	}
	// the mirror: an office of something, a comma, then its holder's name closing the
	// item of a list ("Chairwoman of the Velmar Trust, Ana Velk; ...")
	for _, a := range holderAfterOffice.FindAllStringSubmatchIndex(text, -1) {
		// (a surname a town also bears, "Morris", closing the item is still his)
		if s, e := a[2], a[3]; p.apposedName(ms, s, e, true) {
			ms = p.add(ms, kg.Person, s, e, 0.5)
		}
	}
	return ms
}

// holderAfterOffice: an office "of" or "for" something opening a clause, a comma, and
// two capitalised words that close the clause ("; President of the Velmar Trust, Ana
// Velk;"): the name in apposition to the office is its holder's.
var holderAfterOffice = regexp.MustCompile(`(?:^|[;:]\s+|\. )(?:the )?(?:\p{Lu}\p{L}+ )?(?:Ambassador|Minister|President|Mayor|Governor|Secretary|Director|Chairman|Chairwoman|Chairperson|Consul)(?: \p{Lu}\p{L}+)? (?:of|for) [^;:.,\n]{1,80}, (\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+)(?:;|\.\s|, and\b)`)

// apposedName reports whether text[s:e], named in apposition to an office, may be a new
// person's name: no mention or graph entry covers it, and none of its words is common,
// a title, a head, a demonym, a month, in capitals or written in lowercase elsewhere,
// nor, unless placeWords, a name the graph holds.
func (p *proposer) apposedName(ms []Mention, s, e int, placeWords bool) bool {
	text := p.c.text
	if p.covered(ms, s, e) || len(p.g.entriesNamed(text[s:e])) > 0 || strings.Contains(text[s:e], "\n") {
		return false
	}
	return !slices.ContainsFunc(strings.Fields(text[s:e]), func(w string) bool {
		lw := strings.ToLower(w)
		return commonCapitalised[lw] || titleWords[lw] || connectors[lw] || demonyms[lw] != "" || months[lw] > 0 ||
			orgHeads[lw] || companyHeads[lw] || eventHeads[lw] || len(w) > 2 && p.c.lower[FoldName(w)] || isUpperWord(w) || !placeWords && len(p.g.entriesNamed(w)) > 0
	})
}
