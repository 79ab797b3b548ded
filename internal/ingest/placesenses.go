package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// missionTitleBefore ends in a diplomatic title whose last word is "Mission" or another
// common noun ("the Deputy Chief of Mission", "Head of Station"): the word after it is
// part of the title, never a town that happens to bear it.
var missionTitleBefore = regexp.MustCompile(`\b(?:Chief|Head|Heads|Chiefs)\s+of\s+$`)

// missionTitleWords are the nouns such a title ends in.
var missionTitleWords = map[string]bool{"mission": true, "missions": true, "station": true, "staff": true, "protocol": true, "post": true, "chancery": true}

// chiefTitleAfter opens with "Chief": "Paramount Chief", "Supreme Chief" are a
// traditional ruler's rank, its first word no town of that name.
var chiefTitleAfter = regexp.MustCompile(`^\s+Chiefs?\b`)

// rankWords are the ranks that stand before "Chief" in such titles.
var rankWords = map[string]bool{"paramount": true, "supreme": true, "grand": true, "high": true, "principal": true}

// namedFeatureAround: "the Plains of Abraham", "the Pico of the island": a lone word
// after a lowercase "the" and before "of" and a capitalised word is the head of a
// feature's or a site's name, not the town spelt like that head.
var lowerTheBefore = regexp.MustCompile(`(?:^|[^A-Za-z])the\s+$`)
var ofNameAfter = regexp.MustCompile(`^\s+of\s+(?:the\s+)?\p{Lu}`)

// headOfStateAfter opens with a head of state's or government's office after a
// possessive ("Alba's President", "Alba's Vice President"): a place that has one is a
// state or an autonomous territory, never the city of the same name.
var headOfStateAfter = regexp.MustCompile(`^(?:['’]s)\s+(?:First\s+|Second\s+)?(?:Vice[ -])?(?:President|Prime\s+Minister|Premier)\b`)

// headOfStateBefore ends in "the President of" and the like.
var headOfStateBefore = regexp.MustCompile(`\b(?:First\s+|Second\s+)?(?:Vice[ -])?(?:President|Prime\s+Minister)\s+of\s+$`)

// lowerPrefixedOffice: "the Borough President of", "the Municipal President of" are a
// city's own offices, which a city may have.
var cityPresidentBefore = regexp.MustCompile(`\b(?:Borough|Municipal|City|Council)\s+(?:Vice[ -])?President\s+of\s+$`)

// dropTitlePlaces removes the towns and regions linked for a word that is part of a
// title or of a named feature around it (rules above).
func dropTitlePlaces(c *linkCtx, ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.Kind != kg.City && m.Kind != kg.Region || strings.Contains(m.Text, " ") {
			return false
		}
		before, after := c.text[:m.bStart], c.text[m.bEnd:]
		w := strings.ToLower(m.Text)
		if missionTitleWords[w] && missionTitleBefore.MatchString(before) {
			return true
		}
		if rankWords[w] && chiefTitleAfter.MatchString(after) {
			return true
		}
		return m.Kind == kg.City && !m.cue && lowerTheBefore.MatchString(before) && ofNameAfter.MatchString(after)
	})
}

// dropStateNamedCities removes the city links of a name the text gives a head of state
// or government ("Alba's President"): the name is a state or a self-governing territory
// there, and the city that shares it is not meant, unless a cue word said city where it
// stands.
func dropStateNamedCities(c *linkCtx, ms []Mention) []Mention {
	states := map[string]bool{}
	for _, m := range ms {
		if m.Kind != kg.City {
			continue
		}
		before := c.text[:m.bStart]
		if headOfStateAfter.MatchString(c.text[m.bEnd:]) || headOfStateBefore.MatchString(before) && !cityPresidentBefore.MatchString(before) {
			states[FoldName(m.Text)] = true
		}
	}
	if len(states) == 0 {
		return ms
	}
	return slices.DeleteFunc(ms, func(m Mention) bool {
		return m.Kind == kg.City && !m.cue && states[FoldName(m.Text)]
	})
}

// regnalNumeral ends a monarch's name in its ordinal ("George II", "Elizabeth II").
var regnalNumeral = regexp.MustCompile(`\s(?:[IVX]+)$`)

// royalTitle opens a monarch's title or styled name.
var royalTitle = regexp.MustCompile(`^(?:King|Queen|Emperor|Empress|Sultan|Emir|Tsar|Pope|Grand Duke|Prince|Princess)\b`)

// monarch reports whether the entity is a monarch: a royal title in its name or its
// office. A numeral after a commoner's name ("Robert Wood Johnson IV") is his
// generation, his name without it still his.
func monarch(e store.NameRecord) bool {
	if royalTitle.MatchString(e.Name) {
		return true
	}
	return slices.ContainsFunc(e.Positions, func(p store.Position) bool { return royalTitle.MatchString(p.Title) })
}

// dropOtherMonarchs removes a monarch of the graph linked by his name without its
// ordinal ("King George" for George II) where the text runs on into a longer name of
// its own ("King George Tupou", "Queen Elizabeth Park": another king, a place named
// after one) or names none of the countries he reigned over: a regnal name is shared
// by many monarchs and the things named after them, the ordinal alone telling them
// apart.
func (g *Gazetteer) dropOtherMonarchs(c *linkCtx, ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.Kind != kg.Person || m.Entity == nil {
			return false
		}
		e := g.entries[m.entry]
		if e.ID != *m.Entity || !regnalNumeral.MatchString(e.Name) || regnalNumeral.MatchString(m.Text) || !monarch(e) {
			return false
		}
		if surnameWordAfter.MatchString(c.text[m.bEnd:]) && !titleCaseLine(c.text, hit{start: m.bStart, end: m.bEnd}) {
			return true
		}
		for _, p := range e.Positions {
			if c.countries[p.Body] {
				return false
			}
		}
		return true
	})
}

// strayTownPopulation bounds the towns dropStrayTowns weighs: a city larger than this
// is known by its name alone.
const strayTownPopulation = 300_000

// placedBefore ends in a preposition that places something at the name; cityWordAfter
// opens with a city word.
var (
	placedBefore  = regexp.MustCompile(`\b(?:[Ii]n|[Aa]t|[Tt]o|[Ff]rom|[Nn]ear) $`)
	cityWordAfter = regexp.MustCompile(`^ (?:City|city|Town|town)\b`)
)

// capitalBeforeWord ends in a capitalised word or initials and one space.
var capitalBeforeWord = regexp.MustCompile(`(?:^|[^\p{L}.’'])(\p{Lu}[\p{L}\p{M}]*) $`)

// givenBefore reports whether the text writes the word after a given name or a title's
// initials anywhere ("Alba Sorn", "CG Sorn"): it is a person's surname there.
func (g *Gazetteer) givenBefore(text, word string) bool {
	given := g.givenNames()
	for i := strings.Index(text, word); i >= 0; {
		if b := capitalBeforeWord.FindStringSubmatch(text[:i]); b != nil && (given[FoldName(b[1])] || commonGiven[FoldName(b[1])] || isUpperWord(b[1])) {
			return true
		}
		j := strings.Index(text[i+len(word):], word)
		if j < 0 {
			break
		}
		i += len(word) + j
	}
	return false
}

// lineStart reports whether the byte offset opens a line (a dateline's place).
func lineStart(text string, at int) bool {
	return at == 0 || text[at-1] == '\n'
}

// dropStrayTowns removes a small town of another country than the one all the text's
// places lie in, when no other place of its own country and none of its partners is
// linked beside it: a lone town abroad in a text on one country's places is a namesake
// of a place the graph lacks, or a word ("Norman" art, "the Grin"), more often than a
// town whose country the text happens to name (the sender's own country, named in
// every release of its embassies).
func (g *Gazetteer) dropStrayTowns(c *linkCtx, ms []Mention) []Mention {
	if c.placeCountry == "" {
		return ms
	}
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.Kind != kg.City || m.Entity == nil || m.cue {
			return false
		}
		e := g.entries[m.entry]
		if e.ID != *m.Entity || e.Population >= strayTownPopulation || slices.Contains(e.Countries, c.placeCountry) {
			return false
		}
		// where the text places something there ("an attack in Alba", a dateline), calls
		// it a city, or gives a person of the name, other rules weigh it
		if placedBefore.MatchString(c.text[max(0, m.bStart-8):m.bStart]) || dateline(c.text, hit{start: m.bStart, end: m.bEnd}) || lineStart(c.text, m.bStart) || cityWordAfter.MatchString(c.text[m.bEnd:]) || g.givenBefore(c.text, m.Text) {
			return false
		}
		for _, o := range ms {
			if o.Entity == nil || *o.Entity == e.ID || o.Kind != kg.City && o.Kind != kg.Region {
				continue
			}
			oe := g.entries[o.entry]
			if oe.ID != *o.Entity {
				continue
			}
			if slices.Contains(e.Partners, oe.ID) || slices.ContainsFunc(oe.Countries, func(cc string) bool { return slices.Contains(e.Countries, cc) }) {
				return false
			}
		}
		return true
	})
}

// calledCityBefore ends where the text calls the next name a city in so many words: "a
// city as large as", "a city like", "the city of".
var calledCityBefore = regexp.MustCompile(`\b(?:[Aa]|[Tt]he|[Tt]his|[Tt]hat)\s+city\s+(?:as\s+\p{Ll}+\s+as|like|such\s+as|of)\s+$`)

// citiesCalledSo re-links to the city a region's name the text calls a city somewhere
// ("a city as busy as Alba"), where the region has a city of the same name in it (its
// capital, the graph's "Alba City"): the article's bare name is that city throughout.
func (g *Gazetteer) citiesCalledSo(c *linkCtx, ms []Mention) []Mention {
	called := map[string]int{} // folded name -> the city's entry
	for _, m := range ms {
		if m.Kind != kg.Region || m.Entity == nil || strings.Contains(m.Text, " ") {
			continue
		}
		f := FoldName(m.Text)
		if _, ok := called[f]; ok {
			continue
		}
		said := false
		for i := strings.Index(c.text, m.Text); i >= 0; {
			if calledCityBefore.MatchString(c.text[max(0, i-40):i]) {
				said = true
				break
			}
			j := strings.Index(c.text[i+len(m.Text):], m.Text)
			if j < 0 {
				break
			}
			i += len(m.Text) + j
		}
		if !said {
			continue
		}
		for _, r := range g.entriesNamed(m.Text) {
			if e := g.entries[r]; e.Kind == kg.City && slices.Contains(e.Regions, *m.Entity) {
				called[f] = r
				break
			}
		}
	}
	for i, m := range ms {
		if r, ok := called[FoldName(m.Text)]; ok && m.Kind == kg.Region {
			e := g.entries[r]
			ms[i].Entity, ms[i].Kind, ms[i].entry, ms[i].How = strPtr(e.ID), e.Kind, r, "alias"
		}
	}
	return ms
}
