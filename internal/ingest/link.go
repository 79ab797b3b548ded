package ingest

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// Mention is a span of the article that names an entity: linked to the graph's node
// (Entity), or to a new entity proposed from the article (Proposed), or to neither.
type Mention struct {
	Text string `json:"text"`
	// Start and End are character (not byte) offsets of the text, End exclusive.
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Entity   *string `json:"entity"`
	Proposed *string `json:"proposed"`
	Kind     kg.Kind `json:"kind,omitempty"`
	// How says how it was linked: name, alias, title, coreference, abbreviation, or new.
	How        string  `json:"how"`
	Confidence float64 `json:"confidence"`

	bStart, bEnd int  // byte offsets
	entry        int  // gazetteer entry of a linked mention
	cue          bool // a cue word after it chose its kind (City, Prefecture)
	twin         bool // a city that shares its name with its region, its sense read where it stands
}

func (m Mention) id() string {
	switch {
	case m.Entity != nil:
		return *m.Entity
	case m.Proposed != nil:
		return *m.Proposed
	}
	return ""
}

func strPtr(s string) *string { return &s }

// linkCtx is what the linker knows of the whole article.
type linkCtx struct {
	text      string
	toks      []token
	sents     [][2]int
	published kg.Date
	countries map[string]bool // countries named or implied by a demonym
	lower     map[string]bool // words the article also writes in lowercase
	evidenced map[string]bool // little-known places a cue, region or partner tied to one mention
	// placeCountry is the one country the text's places lie in, when its places that
	// bear their names as their own all (or nearly all) lie in one country; "" otherwise
	placeCountry string
	// qualified holds, by name, the namesake cities the text gives with their region or
	// country
	qualified map[string][]int
	// named holds, for each place one of the text's names may stand for, those names
	named map[string]map[string]bool
}

type scored struct {
	ref   patRef
	score float64
	ctx   bool // context supports it (its country named, a partner named, a cue word)
	// strong: the text's evidence beyond the country (a cue word, its region, a partner
	// beside it), a large city's own weight left out
	strong bool
	tie    bool // a partner of it the article names (partnerTied)
}

// accreditedIn ends where a title names the body it accredits its holder to and the
// body's seat follows ("Ambassador to the UN Agencies in ").
var accreditedIn = regexp.MustCompile(`\b(?:Ambassador|Representative|Envoy|Delegate|Observer)s? to the (?:(?:[A-Z][\p{L}.'’-]*|and|of|for|the)\s+)+in\s+$`)

var cueAfter = regexp.MustCompile(`^[\s,]*(?:(City|city)|(Prefecture|Province|State|County|prefecture|province|state|county))\b`)

// link finds the graph's names in the text and keeps, for each, the entity the context
// supports; a name the context cannot settle is left unlinked rather than guessed.
func (g *Gazetteer) link(c *linkCtx) []Mention {
	hits := g.find(c.text)
	// Countries first: they are context for everything else.
	for _, h := range hits {
		if !g.plausible(c, h) {
			continue
		}
		for _, r := range g.patterns[h.pat].refs {
			if g.entries[r.entry].Kind == kg.Country && !r.code {
				c.countries[g.entries[r.entry].ID] = true
			}
		}
	}
	for _, m := range abbrevRe.FindAllString(c.text, -1) {
		c.countries[abbreviations[m]] = true
	}
	c.placeCountry = g.placeCountryOf(c, hits)
	c.qualified = g.qualifiedNamesakes(c, hits)
	c.named = g.namedPlaces(c, hits)
	folded := fold(c.text).s
	for d, id := range demonyms {
		// "Americans flock to ..." names the country as "American" does
		if strings.Contains(folded, " "+d+" ") || strings.Contains(folded, " "+d+"s ") {
			c.countries[id] = true
		}
	}
	var cands []Mention
	for _, h := range hits {
		if !g.plausible(c, h) {
			continue
		}
		if m, ok := g.choose(c, h, nil); ok {
			cands = append(cands, m)
		}
	}
	ms := nonOverlapping(cands)
	// A second pass weighs each name by the places the first pass linked (partners).
	linked := map[string]bool{}
	for _, m := range ms {
		linked[*m.Entity] = true
	}
	c.evidenced = g.evidencedMinor(ms)
	cands = cands[:0]
	for _, h := range hits {
		if !g.plausible(c, h) {
			continue
		}
		if m, ok := g.choose(c, h, linked); ok {
			cands = append(cands, m)
		}
	}
	ms = nonOverlapping(cands)
	// One sense per article: a name a cue word settled ("Tokyo Prefecture") keeps that
	// sense where the article repeats it bare.
	settled := map[string]Mention{}
	for _, m := range ms {
		if m.cue {
			settled[FoldName(m.Text)] = m
		}
	}
	for i, m := range ms {
		if s, ok := settled[FoldName(m.Text)]; ok && !m.cue && !m.twin && s.Kind != kg.Country {
			ms[i].Entity, ms[i].Kind, ms[i].entry, ms[i].How = s.Entity, s.Kind, s.entry, s.How
		}
	}
	for _, m := range g.abbreviationMentions(c) {
		ms = addIfFree(ms, m)
	}
	for _, m := range g.americaMentions(c) {
		ms = addIfFree(ms, m)
	}
	// A name linked once in the article is the same entity where it stands before
	// another capitalised word, when a title and "of" before it make the words after
	// it the holder's name ("the Mayor of Fengtai Ji Yan"), or in a headline, whose words
	// are all capitalised. Elsewhere the place and the capitalised words after it are
	// one longer name ("Wuhan Tiandi").
	same := map[int]Mention{}
	senses := map[string]map[int]bool{} // the entities each name was linked to
	for _, m := range ms {
		same[m.entry] = m
		f := FoldName(m.Text)
		if senses[f] == nil {
			senses[f] = map[int]bool{}
		}
		senses[f][m.entry] = true
	}
	for _, h := range hits {
		orig := c.text[h.start:h.end]
		// a twin name ("Hamburg", city and state) is taken again only when the article
		// read it in one sense wherever it linked it
		twinUnsettled := g.hasTwins(g.patterns[h.pat]) && len(senses[g.patterns[h.pat].folded]) != 1
		if !isCapitalized(orig) || strings.Contains(g.patterns[h.pat].folded, " ") || twinUnsettled || c.insideName(h) ||
			ampersandName.MatchString(c.text[h.end:]) || g.countryNamed(h) && headedWords(c.text[h.end:]) || g.inLongerName(c, h) || siteAfterPlace(c.text, h.start, h.end) || partOfWork(c.text, h.start, h.end) || !titleOfBefore(c.text[:h.start]) && !titleForBefore(c.text[:h.start]) && !titleCaseLine(c.text, h) {
			continue
		}
		for _, r := range g.patterns[h.pat].refs {
			// the same text, or the entity's own name after a longer form ("Washington"
			// after "Washington, D.C.")
			if m, ok := same[r.entry]; ok && (FoldName(m.Text) == g.patterns[h.pat].folded || FoldName(g.entries[r.entry].Name) == g.patterns[h.pat].folded) {
				m.Text, m.bStart, m.bEnd = orig, h.start, h.end
				ms = addIfFree(ms, m)
				break
			}
		}
	}
	for _, m := range g.shortForms(c, hits, ms) {
		// the short form's own reading gives way to the place the article named in full
		ms = addIfFree(slices.DeleteFunc(ms, func(x Mention) bool { return x.bStart == m.bStart && x.bEnd == m.bEnd }), m)
	}
	for _, m := range g.regionCityPairs(c, hits) {
		ms = addIfFree(ms, m)
	}
	ms = g.middleNamePeople(c, ms)
	ms = personSurnames(ms)
	ms = slices.DeleteFunc(ms, func(m Mention) bool {
		return c.surnameAfterTitle(m, g.givenNames()) || withinLongerName(c.text, m) || lowerWordInName(m) || structureNamed(c.text, m) || g.naturalFeature(c.text, m) || insideNamedThing(c.text, m) || insideLongName(c.text, m) || g.gluedToAcronym(c.text, m) || g.eitherGovernment(c.text, m) || (m.Kind == kg.City || m.Kind == kg.Region) && abbreviatedTitleBefore.MatchString(c.text[max(0, m.bStart-8):m.bStart]) ||
			(m.Kind == kg.City || m.Kind == kg.Region || m.Kind == kg.Country) && (partOfWork(c.text, m.bStart, m.bEnd) || namesakeNew(c.text, m.bStart) || inPeerTitle(c.text, m.bStart) || inStyledTitle(c.text, m.bStart)) ||
			(m.Kind == kg.City || m.Kind == kg.Region) && (campusName(c.text, m.bStart) || cityRegionAfter.MatchString(c.text[m.bEnd:]) || prefecturalName.MatchString(c.text[m.bEnd:]) || eventTail(c.text, m.bStart)) ||
			(m.Kind == kg.City || m.Kind == kg.Region || m.Kind == kg.Country) && (frenchBodyOf.MatchString(c.text[max(0, m.bStart-100):m.bStart]) || sharedBodyHead.MatchString(c.text[m.bEnd:]))
	})
	ms = g.withoutForeignPossessed(c.text, ms)
	ms = g.citiesCalledSo(c, g.dropStrayTowns(c, g.dropOtherMonarchs(c, dropStateNamedCities(c, dropTitlePlaces(c, ms)))))
	for i, m := range ms {
		if m.Kind == kg.City {
			ms[i] = officialCityName(c.text, m)
		}
	}
	for _, m := range g.bareCountryMentions(c, ms) {
		ms = addIfFree(ms, m)
	}
	for _, m := range g.regionInitials(c, ms) {
		ms = addIfFree(ms, m)
	}
	for _, m := range g.juxtaposedPlaces(c, hits, ms) {
		ms = addIfFree(ms, m)
	}
	for _, m := range g.linkedPlaceInitials(c, ms) {
		ms = addIfFree(ms, m)
	}
	for _, m := range g.voivodeshipMentions(c) {
		ms = addIfFree(ms, m)
	}
	for _, m := range g.recordHeaderStates(c) {
		ms = addIfFree(ms, m)
	}
	for _, m := range g.cityStateMentions(c, ms) {
		ms = addIfFree(ms, m)
	}
	for _, m := range g.stateDatelineMentions(c) {
		ms = addIfFree(ms, m)
	}
	for _, m := range g.stateInitialMentions(c) {
		ms = addIfFree(ms, m)
	}
	for _, m := range g.partyTagStates(c) {
		ms = addIfFree(ms, m)
	}
	for _, m := range g.listedStateMentions(c, ms) {
		ms = addIfFree(ms, m)
	}
	for _, m := range g.listedCountrySlips(c, ms) {
		ms = addIfFree(ms, m)
	}
	for _, m := range titleAcronymSurnames(c, ms) {
		ms = addIfFree(ms, m)
	}
	for _, m := range g.titledSurnames(c, ms) {
		ms = addIfFree(ms, m)
	}
	ms = g.dropMisreadPlaces(c, dropDocumentPlaces(c, g.regionsByCapitalsName(c, hits, ms)))
	ms = dropWrongSenses(c.text, g.regionStems(c, g.cityWhereSaid(c, g.citiesOfRegionNames(c, g.foreignGenericRegions(c, g.notPlaces(c, g.undecidedTwins(c, g.governedRegions(c, g.listedRegions(c, g.designatedSense(c, g.designatedRegions(c, g.cityAsRegion(c, ms))))))))))))
	return g.administrationHeads(c, dropDistrictTowns(c.text, dropSeasons(c.text, g.dropSurnamePlaces(c, dropSharedNames(c.text, ms)))))
}

// dropPortfolioPlaces removes the countries of an office's portfolio, part of its title
// however they were found, and those of a mission's name or a holiday's. A city there is the post's seat ("the Envoy for Lima Juan
// Soto"), and stays. It runs after the proposer, which reads them as context.
func dropPortfolioPlaces(c *linkCtx, ms []Mention) []Mention {
	pacts := pairedName.FindAllStringIndex(c.text, -1)
	partnered := map[int]bool{} // read before any is dropped: each side needs the other
	for _, m := range ms {
		partnered[m.bStart] = m.Kind == kg.Country && pairedPartnership(c.text, ms, m)
	}
	return slices.DeleteFunc(ms, func(m Mention) bool {
		// a country before an office's title opens that office, not the list of an
		// earlier office's portfolio ("... for Asia Jane Roe and U.S. Deputy Secretary ...")
		portfolio := portfolioBefore.MatchString(c.text[max(0, m.bStart-200):m.bStart]) && bodyOrTitleAfter(c.text[m.bEnd:]) != "title"
		return m.Kind == kg.Country && (portfolio || missionBefore.MatchString(c.text[:m.bStart]) ||
			holidayAfter.MatchString(c.text[m.bEnd:]) ||
			slices.ContainsFunc(pacts, func(p []int) bool { return p[0] <= m.bStart && m.bEnd <= p[1] }) ||
			partnered[m.bStart])
	})
}

// pairedName is a meeting or pact named by the countries it pairs ("the U.S.-Jordan Free
// Trade Agreement", "U.S.-Tajikistan Annual Bilateral Consultations"): its countries are
// the name's, not linked. Not "Partnership": the annotation links the countries of a
// "U.S.-Mongolia Strategic Partnership", a relation rather than a named pact. A country of
// two words opens it too ("United States-Kyrgyzstan Annual Bilateral Consultations").
//
// The pair may be joined by a slash or a spaced dash ("Velmar/Zedland Years", "Velmar -
// Zedland Forum"), and its name's words by "and" ("Strategic and Economic Dialogue"). A
// joint statement, a theme year or age ("Golden Age") is named so too; a "Partnership"
// only as pairedPartnership reads it.
var pairedName = regexp.MustCompile(`\b(?:[A-Z][\p{L}.]* )?[A-Z][\p{L}.]*(?:(?:[-–/] ?| [-–] )[A-Z][\p{L}.]*)+(?:(?: [A-Z][\p{L}]+)*(?: (?:and|&) [A-Z][\p{L}]+)*)* (?:Consultations|Dialogue|Agreement|Treaty|Forum|Summit|Framework|Association|Council|Statement|Years?|Golden Age)\b`)

var listNext = regexp.MustCompile(`^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([A-Z][\p{L}]+)\b`)

// misspeltRegion links the word that closes a list of a country's regions to the one
// region of that country whose name it misses by a single letter ("Helongjiang" after
// "Fujian, Guangxi, Hebei and"). Only there: the list says what kind of name it is and
// whose, the word is long (seven letters or more) and no other region of the country is
// as near; a misspelling anywhere else is left unlinked.
func (g *Gazetteer) misspeltRegion(c *linkCtx, ms []Mention, last Mention, cc string) (Mention, bool) {
	m := listNext.FindStringSubmatchIndex(c.text[last.bEnd:])
	if m == nil {
		return Mention{}, false
	}
	s, e := last.bEnd+m[2], last.bEnd+m[3]
	word := FoldName(c.text[s:e])
	if len([]rune(word)) < 7 || coveringMention(ms, s, e) >= 0 || len(g.entriesNamed(word)) > 0 {
		return Mention{}, false
	}
	near := g.regionsOneEdit(word, cc)
	if len(near) != 1 {
		return Mention{}, false
	}
	return Mention{Text: c.text[s:e], bStart: s, bEnd: e, Entity: strPtr(g.entries[near[0]].ID), Kind: kg.Region, How: "misspelling",
		Confidence: 0.6, entry: near[0]}, true
}

// regionsOneEdit returns the regions of country cc whose folded names miss the folded
// word by one letter.
func (g *Gazetteer) regionsOneEdit(word, cc string) []int {
	var out []int
	for i, r := range g.entries {
		if r.Kind == kg.Region && slices.Contains(r.Countries, cc) && oneEdit(word, FoldName(r.Name)) {
			out = append(out, i)
		}
	}
	return out
}

// oneEdit reports whether a and b differ by one letter added, dropped or changed.
func oneEdit(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(y)-len(x) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	if len(x) == len(y) {
		return string(x[i+1:]) == string(y[i+1:])
	}
	return string(x[i:]) == string(y[i+1:])
}

// entriesNamed returns the entries that bear exactly that name.
func (g *Gazetteer) entriesNamed(name string) []int {
	var out []int
	for _, r := range g.exactPattern(name).refs {
		out = append(out, r.entry)
	}
	return out
}

// exactPattern returns the pattern whose folded name is exactly name's (none: the zero
// pattern). It walks overlapping matches: a shorter name at the start ("Kord", a
// county's stem) would otherwise hide the whole one ("Kord County").
func (g *Gazetteer) exactPattern(name string) pattern {
	f := " " + FoldName(name) + " "
	it := g.ac.IterOverlapping(f)
	for m := it.Next(); m != nil; m = it.Next() {
		if p := g.patterns[m.Pattern()]; " "+p.folded+" " == f {
			return p
		}
	}
	return pattern{}
}

var listGap = regexp.MustCompile(`^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$`)

// listedRegions reads a list that holds two or more regions of one country ("Georgia,
// Washington, North Carolina, Hawaii"): its other members are that country's regions
// where they bear such a name (the state of Georgia, not the country; the state of
// Washington, not the capital).
func (g *Gazetteer) listedRegions(c *linkCtx, ms []Mention) []Mention {
	sortMentions(ms)
	var extra []Mention
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && ms[j].bStart >= ms[j-1].bEnd && listGap.MatchString(c.text[ms[j-1].bEnd:ms[j].bStart]) {
			j++
		}
		list := ms[i:j]
		i = j
		if len(list) < 3 {
			continue
		}
		regions := map[string]int{}
		for _, m := range list {
			if m.Kind == kg.Region {
				for _, cc := range g.entries[m.entry].Countries {
					regions[cc]++
				}
			}
		}
		for cc, n := range regions {
			if n < 2 {
				continue
			}
			if m, ok := g.misspeltRegion(c, ms, list[len(list)-1], cc); ok {
				extra = append(extra, m)
			}
			for k, m := range list {
				if m.Kind == kg.Region && slices.Contains(g.entries[m.entry].Countries, cc) {
					continue
				}
				var found []int
				for _, e := range g.entriesNamed(m.Text) {
					if g.entries[e].Kind == kg.Region && slices.Contains(g.entries[e].Countries, cc) && !slices.Contains(found, e) {
						found = append(found, e)
					}
				}
				if len(found) == 1 {
					e, how := g.entries[found[0]], "alias"
					if FoldName(e.Name) == FoldName(m.Text) {
						how = "name"
					}
					list[k].Entity, list[k].Kind, list[k].entry, list[k].How, list[k].Confidence = strPtr(e.ID), e.Kind, found[0], how, 0.8
				}
			}
		}
	}
	for _, m := range extra {
		ms = addIfFree(ms, m)
	}
	return ms
}

// surnameTitles are offices and honorifics that a surname follows ("President
// Washington", "Governor Jackson").
var surnameTitles = set("mayor", "governor", "president", "secretary", "ambassador", "consul", "general", "minister",
	"senator", "director", "chairman", "chairwoman", "commissioner", "councillor", "councilor", "cllr", "premier", "mr", "mrs",
	"ms", "dr", "prof", "envoy", "representative", "excellency", "sir", "madam", "administrator")

// surnameAfterTitle reports whether a one-word place's name stands right after such a
// title, or after a title and a given name ("Consul General Ann Vell"): it is a
// person's surname there, not the place.
func (c *linkCtx) surnameAfterTitle(m Mention, given map[string]bool) bool {
	if !isPlace(m.Kind) || strings.ContainsAny(strings.TrimSpace(m.Text), " -") {
		return false
	}
	w, before, ok := capitalBefore(c.text[:m.bStart])
	if ok && given[strings.ToLower(w)] {
		w, _, ok = capitalBefore(before)
	}
	return ok && surnameTitles[strings.ToLower(w)]
}

// capitalBefore returns the capitalised word that ends text after one space, and the text
// before it.
func capitalBefore(text string) (string, string, bool) {
	before := strings.TrimSuffix(text, " ")
	if len(before) == len(text) {
		return "", "", false
	}
	w := lastWord(before)
	if w == "" || !strings.HasSuffix(before, w) || !isCapitalized(w) {
		return "", "", false
	}
	return w, before[:len(before)-len(w)], true
}

// portfolioBefore ends in an office of government, "for" and the places listed so far:
// the places are the office's portfolio, part of its title ("Senior Director for Russia
// and Central Asia", "Deputy Assistant Secretary of Defense for Afghanistan, Pakistan,
// and ...", "Trade Envoy for Ghana"); an envoy's "to" says the same ("Trade Envoy to
// Ghana"), unlike an ambassador's, who is posted in the country. A consul's district is
// not one: "Consul General for Peshawar" names the city the post is in.
var portfolioBefore = regexp.MustCompile(`\b(?:(?:Director|Secretary|Envoy|Minister|Coordinator|Adviser|Advisor|Commissioner|Administrator|Fellow)(?: of(?: the)? [A-Z][\p{L}'’-]*(?: [A-Z][\p{L}'’-]*)*)? for|Envoy to) (?:the )?(?:[A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*)*(?:,\s*(?:and\s+)?|\s+and\s+))*$`)

var forBefore = regexp.MustCompile(`([\p{L}-]+) for\s+$`)

// titleForBefore reports whether a title and "for" stand right before: an office for a
// place, its holder's name after the place ("Consul General for Peshawar Jon Doe").
func titleForBefore(before string) bool {
	m := forBefore.FindStringSubmatch(before)
	return m != nil && titleWords[strings.ToLower(m[1])]
}

// plausible rejects a name found where prose has a common word: not capitalised, a
// lone word the article also writes in lowercase, or a word of the genre's prose.
func (g *Gazetteer) plausible(c *linkCtx, h hit) bool {
	orig := c.text[h.start:h.end]
	if !isCapitalized(orig) {
		return false
	}
	words := strings.Fields(g.patterns[h.pat].folded)
	if len(words) == 1 && (commonCapitalised[words[0]] && !g.demonymedRegion(c, h) && !c.qualifiedOnce(words[0]) || c.lower[words[0]]) || g.weakGenreNoun(c, h) || functionWordEnd(orig) {
		return false
	}
	common := true
	for _, w := range words {
		common = common && (commonCapitalised[w] || connectors[w])
	}
	if common && !g.countryNamed(h) && !g.demonymedRegion(c, h) && !c.qualifiedOnce(g.patterns[h.pat].folded) {
		return false // "The City" is a name of London's, and prose's; "South Africa" is a country's
	}
	// A lone word after a capitalised word of a name (no title, no function word, not
	// a sentence's first) is that name's end ("Government Mobile program"); a
	// country's is too after a point of the compass or a body's head ("Central China",
	// "British Embassy China").
	if len(words) == 1 && h.start > 1 && c.text[h.start-1] == ' ' {
		prev := lastWord(c.text[:h.start-1])
		before := strings.TrimRight(c.text[:h.start-1-len(prev)], " ")
		lp := strings.ToLower(possessive(prev))
		opens := compassWords[lp] || orgHeads[lp]
		if prev != "" && strings.HasSuffix(c.text[:h.start-1], prev) && isNameWord(prev) && !titleWords[lp] && (!notInNames[lp] || opens) &&
			!connectors[lp] && !leadingQualifiers[lp] && before != "" && (!strings.ContainsAny(before[len(before)-1:], ".!?\n\"“") || styledBefore(before)) &&
			(!g.countryNamed(h) || opens || g.brandBefore(c, prev, h.start)) {
			return false
		}
	}
	if g.inLongerName(c, h) || g.placeOrCountry(h) && partOfWork(c.text, h.start, h.end) {
		return false
	}
	// A country's name before capitalised words ending in a body's or event's head
	// opens that body's name ("UK-China Research and Innovation Partnership Fund").
	if g.countryNamed(h) && headedWords(c.text[h.end:]) {
		return false
	}
	// A lone word followed by another capitalised word that is no cue is part of a
	// longer name ("Chen Shuangwei" holds no town called Chen).
	if len(words) == 1 {
		if next := firstWords(c.text[h.end:], 1); next != "" && onlySpace(c.text[h.end:h.end+strings.Index(c.text[h.end:], next)]) &&
			isCapitalized(next) && !isCue(next) && months[strings.ToLower(next)] == 0 && !g.seatBeforeHolder(c, h, next) && !officeOpensAfter(c.text[h.end:]) { // "to Beijing October 17-21"
			for _, r := range g.patterns[h.pat].refs {
				if g.entries[r.entry].Kind == kg.Country {
					// capitalised words joined by '&' name a body ("UK Trade & Investment")
					return !c.insideName(h) && !ampersandName.MatchString(c.text[h.end:])
				}
			}
			return false
		}
	}
	// So is a place's name of several words in running text ("San Juan Atitán", a town
	// the graph lacks, holds no San Juan of its own): the name goes on.
	if len(words) > 1 && g.namesOnlyPlaces(h) && longerPlaceName(c, h) &&
		!g.givenNames()[FoldName(firstWords(c.text[h.end:], 1))] && !officeSeatBefore(c.text[:h.start]) {
		return false
	}
	return true
}

// officeSeatOf ends in an office and "of" or "of the" ("Governor of the ", "Wali of "):
// the place after it is the office's seat, and its holder's name may follow ("Governor
// of the Alba Region Jon Velk").
var officeSeatOf = regexp.MustCompile(`([\p{L}-]+) of (?:the )?$`)

func officeSeatBefore(before string) bool {
	m := officeSeatOf.FindStringSubmatch(before)
	return m != nil && titleWords[strings.ToLower(m[1])]
}

// longerPlaceName reports whether a capitalised word that is no cue, month or holder's
// name follows a name right after one space, in a line that is not a headline's title
// case: the words before it are the start of a longer name.
func longerPlaceName(c *linkCtx, h hit) bool {
	if !strings.HasPrefix(c.text[h.end:], " ") || titleCaseLine(c.text, h) {
		return false
	}
	next := firstWords(c.text[h.end:], 1)
	if next == "" || !strings.HasPrefix(c.text[h.end+1:], next) || !isNameWord(next) || isCue(next) || months[strings.ToLower(next)] != 0 {
		return false
	}
	// an office ("Alba County Governors") or a body of the place, or a compass word
	// ("Alba North") goes with the place
	w := strings.ToLower(possessive(next))
	one := strings.TrimSuffix(w, "s")
	return !titleWords[w] && !titleWords[one] && !surnameTitles[w] && !surnameTitles[one] && !compassWords[w] && !orgHeads[w] && !orgHeads[one]
}

// namesOnlyPlaces reports whether h names only cities and regions, no country by any of its
// names ("Republic of Korea Navy" keeps its country).
func (g *Gazetteer) namesOnlyPlaces(h hit) bool {
	for _, r := range g.patterns[h.pat].refs {
		if k := g.entries[r.entry].Kind; !isPlace(k) {
			return false
		}
	}
	return true
}

// seatTitleBefore ends in an office and the word that gives its seat ("Consul General
// in ").
var seatTitleBefore = regexp.MustCompile(`\b(?:Consul[- ]General|Consul|CG|Ambassador|Envoy|Representative)s? (?:in|to) $`)

// seatBeforeHolder reports whether a one-word place names an office's seat right before
// its holder's given name ("U.S. Consul General in Dhahran Mike Hankey"): the words after
// it are a person's, not the rest of the place's name.
func (g *Gazetteer) seatBeforeHolder(c *linkCtx, h hit, next string) bool {
	return seatTitleBefore.MatchString(c.text[:h.start]) && g.givenNames()[FoldName(next)]
}

var ampersandName = regexp.MustCompile(`^(?: [A-Z][\p{L}]*)+ & [A-Z]`)

// insideName reports whether a country's name stands between capitalised words of a
// longer name in running text ("the Great East Japan Earthquake"); a headline, whose
// words are all capitalised, says nothing.
func (c *linkCtx) insideName(h hit) bool {
	if !strings.Contains(c.text[:h.start], "\n") || h.start < 2 || c.text[h.start-1] != ' ' {
		return false
	}
	prev := lastWord(c.text[:h.start-1])
	if prev == "" || !strings.HasSuffix(c.text[:h.start-1], prev) || !isNameWord(prev) || titleWords[strings.ToLower(prev)] {
		return false
	}
	before := strings.TrimRight(c.text[:h.start-1-len(prev)], " ")
	return before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?\n\"“:")
}

// placeOrCountry reports whether h names a city, region or country.
func (g *Gazetteer) placeOrCountry(h hit) bool {
	for _, r := range g.patterns[h.pat].refs {
		if k := g.entries[r.entry].Kind; isPlace(k) || k == kg.Country {
			return true
		}
	}
	return false
}

// countryNamed reports whether h is a country's own name.
func (g *Gazetteer) countryNamed(h hit) bool {
	for _, r := range g.patterns[h.pat].refs {
		if e := g.entries[r.entry]; e.Kind == kg.Country && FoldName(e.Name) == g.patterns[h.pat].folded {
			return true
		}
	}
	return false
}

// isCue reports whether a word after a place's name says what it is, or starts an
// office or body of the place ("Busan Mayor", "Fengtai District", "Alpha Regional
// President"); a list's plural head does too ("Oita, Kagoshima and Miyazaki Prefectures").
func isCue(w string) bool {
	lw := strings.ToLower(possessive(w)) // "Alba Prefecture’s efforts": the designator still
	return lw == "city" || lw == "district" || regionHeads[lw] || regionHeads[strings.TrimSuffix(lw, "s")] || titleWords[lw] || orgHeads[lw] || lw == "municipal" ||
		lw == "regional" || lw == "provincial" || lw == "prefectural" ||
		lw == "municipality" || lw == "metropolitan"
}

// choose scores the entities bearing the name of h and returns the best as a mention,
// or false when none is supported well enough or two are too close to call.
func (g *Gazetteer) choose(c *linkCtx, h hit, linked map[string]bool) (Mention, bool) {
	orig := c.text[h.start:h.end]
	p := g.patterns[h.pat]
	single := !strings.Contains(p.folded, " ")
	cue := cueAfter.FindStringSubmatch(c.text[h.end:])
	if cue == nil {
		cue = premierCue(c.text[h.end:])
	}
	var ss []scored
	for _, r := range p.refs {
		e := g.entries[r.entry]
		if r.upper && !isUpperWord(orig) {
			continue
		}
		if !r.upper && isUpperWord(orig) && len(orig) <= 5 && !isUpperWord(e.Name) && !dateline(c.text, h) {
			continue // "KMC" is not a town called Kmc
		}
		// "PNG" is Papua New Guinea in a text that names it in full; elsewhere three
		// capitals are a body's initials more often than a country's code
		if r.code && !c.countries[e.ID] {
			continue
		}
		s := scored{ref: r}
		strong := false // evidence beyond the country: a cue, its region, a partner
		near := false   // its region, a partner or a city of its region beside it
		switch e.Kind {
		case kg.Country:
			s.score, s.ctx = 6, true
			if FoldName(e.Name) == p.folded {
				s.score += 4 // "Mexico" is the country before it is another name of its capital
			}
		case kg.City:
			s.score = 1 + math.Min(math.Log10(e.Population+1)/2, 3.5)
			// a city that names the region it lies in is the one meant before a
			// namesake elsewhere (Nagasaki, not Tokyo's district)
			if slices.ContainsFunc(e.Regions, func(id string) bool {
				i, ok := g.byID[id]
				return ok && FoldName(g.entries[i].Name) == FoldName(e.Name)
			}) {
				s.score++
			}
		case kg.Region:
			s.score = 2
		case kg.Person:
			s.score, s.ctx = 4, !single
			// "Jose Fernandez" is not Jose Trejos Fernandez, president of Costa Rica,
			// unless the article names a country he held office for: a short form of
			// a full name needs the context to agree.
			if r.short && !(r.initialsOut && titledDiplomat(c.text, orig, e) && !g.kinsmanNamed(c.text, orig)) && !g.servedIn(c, e, linked) && !diplomatTitledAnywhere(c.text, c.text[h.start:h.end], e) && !diplomatNamed(c.text[h.end:], e) {
				continue
			}
		case kg.Organization, kg.Company, kg.Consulate:
			s.score, s.ctx = 4, !single
		case kg.Event:
			s.score, s.ctx = 3, !single
		}
		s.score += math.Min(float64(e.Degree)/20, 1)
		if ownName(e.Name, p.folded) || suffixedName(e, p.folded) {
			s.score += 0.5
		}
		if cue != nil {
			switch {
			case cue[1] != "" && e.Kind == kg.City:
				s.score += 3
				s.ctx, strong = true, true
			case cue[2] != "" && e.Kind == kg.Region:
				s.score += 3
				s.ctx, strong = true, true
			case cue[2] != "" && e.Kind == kg.City:
				s.score -= 2
			}
		}
		for _, cc := range e.Countries {
			if c.countries[cc] {
				s.score += 3
				s.ctx = true
			}
		}
		if next := countryAfter(c.text[h.end:]); next != "" {
			if slices.Contains(e.Countries, g.countryByName(next)) {
				s.score += 4
			} else if g.countryByName(next) != "" {
				s.score -= 4
			}
		}
		// "Richmond, Virginia", "Shimoda in Shizuoka Prefecture": a place followed by
		// the region it lies in.
		if next := countryAfter(c.text[h.end:]); next != "" && g.regionNamed(next, e.Regions) || g.regionNamed(inRegion(c.text[h.end:]), e.Regions) || g.regionNamed(kindOfRegion(c.text[h.end:]), e.Regions) || abbreviatedStateOf(c.text[h.end:], e.Regions) {
			s.score += 4
			s.ctx, strong, near = true, true, true
		}
		// "Baltimore, Maryland" supports the region as it does the city
		if e.Kind == kg.Region && g.cityBeforeIn(c.text[:h.start], func(rs []string) bool { return slices.Contains(rs, e.ID) }) {
			s.score += 4
			s.ctx, strong, near = true, true, true
		}
		for _, pid := range e.Partners {
			// a partner bearing the same name is a rival reading of this very word
			// (Mérida in Spain is twinned with Mérida in Mexico), not support
			if (linked[pid] || c.namesPartner(pid, p.folded)) && !slices.ContainsFunc(p.refs, func(r patRef) bool { return g.entries[r.entry].ID == pid }) {
				s.score += 2
				s.ctx, strong, near, s.tie = true, true, true, true
			}
		}
		// a region a linked city lies in ("here in Alba", then "in Sorn" of Alba's
		// region) is named beside it
		if e.Kind == kg.Region && g.holdsLinkedCity(e.ID, linked) {
			s.score += 2 // as a partner beside it weighs
			s.ctx, strong, near = true, true, true
		}
		// a town the graph knows by that name alone, listed among other places in a text
		// that names its region ("Ballarat, Geelong and Bendigo" in a release on Victoria),
		// is that town though its country goes unnamed
		if e.Kind == kg.City && len(p.refs) == 1 && inPlaceList(c.text, h) && slices.ContainsFunc(e.Regions, func(id string) bool { return linked[id] }) {
			s.ctx = true
		}
		// a town of another country than the one all the text's places lie in, that
		// country unnamed and nothing of its own beside it but a cue word ("Alba City" in
		// a text on Sorn's towns, where Sorn's Alba is missing from the graph), is a
		// namesake of a place the graph lacks
		if (e.Kind == kg.City || e.Kind == kg.Region) && c.placeCountry != "" && strong && !near &&
			!slices.Contains(e.Countries, c.placeCountry) && !slices.ContainsFunc(e.Countries, func(cc string) bool { return c.countries[cc] }) {
			continue
		}
		// "Alba’s sister city": of the namesakes, those with partners
		if (e.Kind == kg.City || e.Kind == kg.Region) && len(e.Partners) > 0 && sisterNamed(c.text, orig) {
			s.score += 2
			s.ctx, strong = true, true
		}
		// before a large city's own weight: what the text says for it, its full name linked
		// elsewhere among it ("Santiago" after "Santiago de los Caballeros")
		s.strong = strong || linked[e.ID] || c.evidenced[e.ID]
		if e.Kind == kg.City && e.Population >= 1_000_000 {
			s.ctx, strong = true, true
		}
		if soleLargeCity(c.text, e, p) {
			s.ctx = true
		}
		if soleCityVisited(c.text[:h.start], c.text[h.end:], e, p) {
			s.ctx = true
		}
		if townOfLinkedRegion(e, p, linked) {
			s.ctx = true
		}
		// A place the graph barely knows (no partner, its country and region its only
		// ties), named here by one word that is only another of its names ("Pasifika" of
		// Pacifica), is a namesake of a people, a word or a brand more often than the
		// place: its country being named is not enough, and only a cue word, its region
		// or a partner beside it links it.
		// The region it lies in, linked elsewhere in the article, is that evidence too
		// ("Khorog" in a text on Gorno-Badakhshan, the graph's Khorugh), when the word
		// names nothing else in the graph, not that region itself, and is no short form
		// of the town's own name ("Attock" of Attock City, the district's name too).
		inLinkedRegion := e.Kind == kg.City && len(p.refs) == 1 && !ofCapitalName(c.text[:h.start]) && !strings.HasPrefix(FoldName(e.Name), p.folded+" ") && slices.ContainsFunc(e.Regions, func(id string) bool {
			j, ok := g.byID[id]
			return linked[id] && ok && withoutRegionHead(FoldName(g.entries[j].Name)) != p.folded
		})
		if single && (e.Kind == kg.City || e.Kind == kg.Region) && FoldName(e.Name) != p.folded && !cityHeadDropped(c.text, orig, e, p.folded) && e.Degree <= minorDegree && len(e.Partners) == 0 && !strong && !c.evidenced[e.ID] && !inLinkedRegion {
			continue
		}
		if stemOfOtherUnit(c.text, orig, e) {
			continue
		}
		if single && smallAliasPlace(e, p.folded, strong || c.evidenced[e.ID] || inLinkedRegion) {
			continue
		}
		if single && commonWordPlace(c.text[:h.start], c.text[h.end:], e, p.folded, strong) {
			continue
		}
		if single && aliasAfterThe(c.text[:h.start], c.text[h.end:], e, p.folded, strong || c.evidenced[e.ID]) {
			continue
		}
		if g.formerNameElsewhere(c.text[h.end:], e, p.folded) {
			continue
		}
		// a place's other name of three letters or fewer ("Sam" of a city called so in
		// another tongue) is a given name or a word more often: only strong evidence
		// links it
		if single && (e.Kind == kg.City || e.Kind == kg.Region) && FoldName(e.Name) != p.folded && !r.upper && utf8.RuneCountInString(p.folded) <= 3 && !s.strong {
			continue
		}
		ss = append(ss, s)
	}
	foremost := false
	if single {
		if i := g.foremostRegion(c, h, p, ss, cue); i >= 0 {
			ss, foremost = []scored{ss[i]}, true
			ss[0].ctx = true
		}
	}
	if !foremost {
		ss = g.dropRegionNamesakeTowns(g.dropNamesakes(c, ss, p), p)
	}
	if q, ok := g.bareNamesake(c, h); ok {
		ss = slices.DeleteFunc(ss, func(s scored) bool { return s.ref.entry != q })
		for i := range ss {
			ss[i].ctx = true // the namesakes the text qualified are its context
		}
	} else if q := g.soleQualified(c, h); q >= 0 && slices.ContainsFunc(ss, func(s scored) bool { return s.ref.entry == q }) {
		ss = slices.DeleteFunc(ss, func(s scored) bool { return s.ref.entry != q && g.entries[s.ref.entry].Kind == kg.City })
		for i := range ss {
			ss[i].ctx = ss[i].ctx || ss[i].ref.entry == q
		}
	}
	if len(ss) == 0 || g.sharedCityAlias(ss, p) {
		return Mention{}, false
	}
	// "Allegheny County" names a county; a city of that name is not meant.
	if cue != nil && cue[2] != "" && !slices.ContainsFunc(ss, func(s scored) bool { return g.entries[s.ref.entry].Kind == kg.Region }) {
		return Mention{}, false
	}
	sort.SliceStable(ss, func(i, j int) bool { return ss[i].score > ss[j].score })
	// "Kumamoto" is a city and the prefecture it lies in: the words around it say
	// which, or it is left unlinked.
	twin := false
	if g.hasTwins(p) && !foremost {
		twin = true
		sense := g.twinSense(c, h, p, linked)
		twins := g.twinEntries(p)
		ss = slices.DeleteFunc(ss, func(s scored) bool {
			k := g.entries[s.ref.entry].Kind
			// a region of another country, no twin of a city of the name, is weighed as
			// any namesake is ("arrived in Alba": the state, not a town pair's city)
			return (k == kg.City || k == kg.Region) && k != sense && (sense == "" || twins[s.ref.entry] || k == kg.City)
		})
		if len(ss) == 0 {
			return Mention{}, false
		}
		// the region the text read, and names elsewhere with its cue word ("Alba
		// Prefecture"), is the article's own context for its bare name
		if sense == kg.Region && c.regionCuedAnywhere(c.text[h.start:h.end]) {
			for i := range ss {
				ss[i].ctx = ss[i].ctx || g.entries[ss[i].ref.entry].Kind == kg.Region
			}
		}
	}
	// "Ambassador to the UN Agencies in Rome": the seat of the body a title accredits
	// its holder to is part of the title
	if accreditedIn.MatchString(c.text[:h.start]) && slices.ContainsFunc(ss, func(s scored) bool {
		k := g.entries[s.ref.entry].Kind
		return k == kg.City || k == kg.Region
	}) {
		return Mention{}, false
	}
	if i := g.regionOfTownBefore(c, h, ss); i > 0 {
		r := ss[i]
		r.ctx = true
		ss = append([]scored{r}, slices.Delete(ss, i, i+1)...)
	}
	best := ss[0]
	// a region the graph alone bears the name of, cued as a region elsewhere in the
	// text ("the Governor of Alba"), is that region where the text repeats it bare
	soleCuedRegion := len(ss) == 1 && len(p.refs) == 1 && g.entries[best.ref.entry].Kind == kg.Region && c.regionCuedAnywhere(orig)
	if single && !best.ctx && !(len(ss) == 1 && g.wellKnownRegion(best.ref.entry, p.folded)) && !soleCuedRegion {
		return Mention{}, false
	}
	if len(ss) > 1 && best.score-ss[1].score < 1.5 && g.entries[ss[1].ref.entry].Kind == g.entries[best.ref.entry].Kind {
		i := g.coherent(ss, linked)
		if i < 0 {
			i = g.partnerTied(ss)
		}
		if i < 0 {
			i = g.dominant(ss, p.folded)
		}
		if i < 0 {
			i = g.soleInNamedCountry(c, ss)
		}
		if i < 0 {
			i = g.soleInPlaceCountry(c, ss)
		}
		if i < 0 {
			return Mention{}, false
		}
		best = ss[i]
	}
	e := g.entries[best.ref.entry]
	if (single || possessive(orig) != orig && !strings.Contains(possessive(orig), " ") || unrelatedAlias(p.folded, FoldName(e.Name))) && g.foreignAlias(c, e, p.folded, best.strong, linked) {
		return Mention{}, false
	}
	// "companies, such as Chang’an": a list that says its members are firms names no
	// place, whatever town shares the name.
	if (e.Kind == kg.City || e.Kind == kg.Region) && firmsListed.MatchString(c.text[max(0, h.start-120):h.start]) {
		return Mention{}, false
	}
	// "Governor Alba Sorn": a place's name of several words right after a holder's
	// title is the holder's name; a place is named before the title or after "of".
	if !single && (e.Kind == kg.City || e.Kind == kg.Region) && holderTitleBefore.MatchString(c.text[max(0, h.start-16):h.start]) {
		return Mention{}, false
	}
	// "Chairman Hagiwara": after a title, a lone word known only as another spelling
	// of a place is a person's name.
	if single && FoldName(e.Name) != p.folded && e.Kind != kg.Country {
		if prev := lastWord(c.text[:h.start]); titleWords[strings.ToLower(prev)] && onlySpace(c.text[h.start-1:h.start]) {
			return Mention{}, false
		}
	}
	if single && e.Kind == kg.Country && countrySurname(c.text[:h.start], c.text[h.end:]) {
		return Mention{}, false
	}
	how := "alias"
	if ownName(e.Name, p.folded) {
		how = "name"
	} else if best.ref.upper {
		how = "abbreviation"
	}
	conf := 0.95
	if len(ss) > 1 {
		conf = 0.8
	}
	return Mention{Text: orig, bStart: h.start, bEnd: h.end, Entity: strPtr(e.ID), Kind: e.Kind, How: how,
		Confidence: conf, entry: best.ref.entry, cue: cue != nil && len(ss) > 1 && !twin, twin: twin}, true
}

// servedIn reports whether the article names a country a person held office for, or
// a place in it that is already linked ("Ambassador Harry Harris" in Busan).
func (g *Gazetteer) servedIn(c *linkCtx, e store.NameRecord, linked map[string]bool) bool {
	for _, p := range e.Positions {
		if c.countries[p.Body] || linked[p.Body] {
			return true
		}
		for id := range linked {
			if i, ok := g.byID[id]; ok && slices.Contains(g.entries[i].Countries, p.Body) {
				return true
			}
		}
	}
	return false
}

// diplomatTitleBefore ends where a diplomat's title stands before a name, an acronym
// the text gives it in brackets allowed ("Charge d’Affaires (CDA) ").
var diplomatTitleBefore = regexp.MustCompile(`(?i)\b(?:ambassador|amb\.|charg[eé] d[’']affaires|consul(?:[- ]general)?|envoy)(?:\s*\(\p{Lu}+\))?,?\s+$`)

// abbreviatedTitleBefore ends in a title cut short with a full stop, which makes the
// next name a person's whatever place shares it ("Amb. Wooster"). "Gen." is left out:
// General Santos is a city.
var abbreviatedTitleBefore = regexp.MustCompile(`\b(?:Amb|Sec|Gov|Sen|Rep|Pres|Lt|Dr|Mr|Mrs|Ms)\.\s+$`)

// holderTitleBefore ends in a capitalised title whose holder's name follows it.
var holderTitleBefore = regexp.MustCompile(`\b(?:Governor|Mayor|President|Minister|Senator|Ambassador|Premier|Chairman|Chairwoman|Secretary)\s$`)

var diplomatTitle = regexp.MustCompile(`(?i)ambassador|charg[eé]|consul|envoy`)

// diplomatTitled reports whether a diplomat's title stands right before a short form of
// a person the graph holds in a diplomat's office: the title narrows the namesakes to
// that career ("Chargé d'Affaires Peter Haymond" for Peter M. Haymond, ambassador
// elsewhere), as a country he served in does.
func diplomatTitled(before string, e store.NameRecord) bool {
	return diplomatTitleBefore.MatchString(before) && slices.ContainsFunc(e.Positions, func(p store.Position) bool {
		return diplomatTitle.MatchString(p.Title)
	})
}

// diplomatTitleAfter opens where a diplomat's office is given to the name just said
// ("Jane Doe as Ambassador", "John Roe to the position of Consul General").
var diplomatTitleAfter = regexp.MustCompile(`^,?\s+(?:as|to (?:the )?(?:position|post|office|role) of)\s+(?:the\s+)?(?:new\s+|next\s+)?(?:U\.S\.\s+|[A-Z][\p{L}]+\s+)?(?:Ambassador|Consul|Charg[eé]|Envoy)\b`)

// diplomatNamed reports whether the text gives a short form of a person the graph holds
// in a diplomat's office a diplomat's office right after it: that career narrows the
// namesakes as a title before the name does.
func diplomatNamed(after string, e store.NameRecord) bool {
	return diplomatTitleAfter.MatchString(after) && slices.ContainsFunc(e.Positions, func(p store.Position) bool {
		return diplomatTitle.MatchString(p.Title)
	})
}

// firmsListed ends where a list of firms begins, or continues within its sentence.
var firmsListed = regexp.MustCompile(`(?i)\b(?:companies|firms|businesses|enterprises|carmakers|automakers|manufacturers|brands|corporations)\s*,?\s+(?:such as|like|including)\s+[^.;:]*$`)

// hasTwins reports whether a name is borne by a city and by a region the city lies in
// ("Kumamoto", "Shizuoka", "Okinawa").
func (g *Gazetteer) hasTwins(p pattern) bool {
	regions := map[string]bool{}
	for _, r := range p.refs {
		if e := g.entries[r.entry]; e.Kind == kg.Region {
			regions[e.ID] = true
		}
	}
	for _, r := range p.refs {
		// a town that bears the region's name only as an alias (Maryland City, "Maryland")
		// is a namesake, not a twin: the name is the region's own; a city named "<Region>
		// City" ("New York City") is the bare name's twin as well
		if e := g.entries[r.entry]; e.Kind == kg.City && (FoldName(e.Name) == p.folded || suffixedName(e, p.folded) || namedCityOf(e, p) || respelledCity(e, p)) && slices.ContainsFunc(e.Regions, func(id string) bool { return regions[id] }) {
			return true
		}
	}
	return false
}

var (
	// cityCue and regionCue are words after a name that say which of the twins it is.
	// A list shares its plural head: "Kumamoto and Oita prefectures". "Island" is the
	// region's cue: where an island province and its capital share a name ("Alba
	// Island"), the island is the province, never the town.
	cityCue   = regexp.MustCompile(`^(?:(?:,\s*(?:and |or )?|\s+(?:and|or)\s+)[A-Z][\p{L}]+)*[\s,]*(?:City|city|Cities|cities|Mayor|Mayor['’]s|Municipal|Castle)\b`)
	regionCue = regexp.MustCompile(`^(?:(?:,\s*(?:and |or )?|\s+(?:and|or)\s+)[A-Z][\p{L}]+)*[\s,]*(?:Prefecture|prefecture|Prefectures|prefectures|Prefectural|prefectural|Province|province|Provinces|provinces|Provincial|Governor|Governor['’]s|Gubernatorial|State|state|County|county|Governorate|governorate|Governorates|governorates|Island)\b`)
	// visitBefore: a visit is to a city ("visits Kumamoto", "a visit to ...").
	visitBefore = regexp.MustCompile(`(?i)\b(?:visit|visits|visited|visiting|trip|travel|travels|travelled|traveled|arrived|arrives|arrival)(?: to| in| at)?\s+$`)
	// cityOf, regionOf: "the city of Kikuchi", "the cities of Kikuchi and ...", "the
	// Mayor of ..."; "the prefecture of
	// Okinawa", "the Governor of ...".
	cityOf = regexp.MustCompile(`(?i)\b(?:city|cities|mayor|bishop|archbishop|intendente(?: municipal)?) of\s+$`)
	// French puts the head before "de" ("la région de Thiès", "le département de ...").
	// A regional commissioner heads a region where the governments of East Africa name
	// one so ("the Regional Commissioner of Alba").
	regionOf = regexp.MustCompile(`(?i)(?:\b(?:prefecture|province|state|region|governor|county|department|regional commissioner) of|\b(?:région|département|province|préfecture) (?:de|du|des))\s+$`)
	// fromTo pairs places: "from Hokkaido to Okinawa".
	fromTo        = regexp.MustCompile(`\b[Ff]rom (?:the )?([A-Z][\p{L}]+) to (?:the )?([A-Z][\p{L}]+)\b`)
	listSep       = regexp.MustCompile(`^(?:,\s*(?:and |or )?|\s+(?:and|or)\s+)(?:the )?([A-Z][\p{L}]+)\b`)
	listSepBefore = regexp.MustCompile(`\b([A-Z][\p{L}]+)(?:,\s*(?:and |or )?|\s+(?:and|or)\s+)(?:the )?$`)
)

// cityThenRegion: after a city, set off by a comma, comes its region ("Beppu city,
// Oita"); anyRegion: a sentence weighing places against "any prefecture" weighs
// regions.
var (
	cityThenRegion = regexp.MustCompile(`\b[A-Z][\p{L}]+ [Cc]ity, $`)
	anyRegion      = regexp.MustCompile(`\b(?:any|every|each|other) (?:prefecture|province|state)s?\b`)
)

// amongRegions reports whether the sentence of h weighs places against any region of
// their kind.
func (c *linkCtx) amongRegions(h hit) bool {
	for _, s := range c.sents {
		if s[0] <= h.start && h.end <= s[1] {
			return anyRegion.MatchString(c.text[s[0]:s[1]])
		}
	}
	return false
}

// twinSense reads the kind of a twin name from its cue words, a visit before it, or the
// place it is paired or listed with; "" when nothing settles it.
func (g *Gazetteer) twinSense(c *linkCtx, h hit, p pattern, linked map[string]bool) kg.Kind {
	before, after := c.text[:h.start], c.text[h.end:]
	switch {
	case regionCue.MatchString(after) || regionOf.MatchString(before) || possessiveOffice(after) == "governor" && !visitBefore.MatchString(before):
		return kg.Region
	case cityCue.MatchString(after) || cityOf.MatchString(before) || possessiveOffice(after) == "mayor":
		return kg.City
	case areaAfter.MatchString(after):
		return ""
	case g.twinRegionSense(c, h, p, linked) == kg.Region:
		return kg.Region
	case cityThenRegion.MatchString(before) || c.amongRegions(h) || g.cityBefore(before, c.text[h.start:h.end]) || g.cityInBefore(before, c.text[h.start:h.end]):
		return kg.Region
	case !visitBefore.MatchString(before) && c.regionAnaphorOf(c.text[h.start:h.end]):
		// the text calls the place "the province" right after naming it
		return kg.Region
	case c.soleCuedSense(c.text[h.start:h.end]) == kg.City:
		// the article cues the town only, a mayor's place (twinoffices.go)
		return kg.City
	case visitBefore.MatchString(before):
		// a visit is to the city, unless the article says it was to the region
		// ("visited Saga Prefecture") or calls the place "the province" and never cues
		// the town (then the visit may be to either, and is left unlinked)
		if name := c.text[h.start:h.end]; c.regionVisited(name) || c.regionAnaphorOf(name) && !c.cityCuedAnywhere(name) {
			return ""
		}
		return kg.City
	}
	var partners []string
	for _, m := range fromTo.FindAllStringSubmatchIndex(c.text, -1) {
		switch {
		case m[2] == h.start:
			partners = append(partners, c.text[m[4]:m[5]])
		case m[4] == h.start:
			partners = append(partners, c.text[m[2]:m[3]])
		}
	}
	partners = append(partners, listNeighbours(before, after)...)
	for _, name := range partners {
		city, region := g.placeKinds(name)
		switch {
		case region && !city:
			return kg.Region
		case city && !region:
			return kg.City
		}
	}
	// Bare, it is the city, unless the article speaks of the region too ("Kumamoto
	// Prefecture", "Kumamoto Governor"): then it may be either.
	name := c.text[h.start:h.end]
	for _, at := range occurrencesOf(c.text, name) {
		if regionCue.MatchString(c.text[at+len(name):]) || regionOf.MatchString(c.text[:at]) || regionCuedAsPlace(c.text, Mention{bStart: at, bEnd: at + len(name)}) {
			if sense := c.earlierBareSense(h); sense != "" || !c.onlyRegionCued(name) {
				return sense
			}
			return kg.Region
		}
	}
	return kg.City
}

var possessiveOfficeRe = regexp.MustCompile(`^['’]s\s+([Gg]overnor|[Mm]ayor)\b`)

// possessiveOffice returns "governor" or "mayor" when the name owns that office
// ("Irbid's governor" heads the governorate, "Irbid's mayor" the city). Unlike "Irbid
// Governor", it settles only this mention: the text speaks of the office, not of the
// region as a place its bare name might mean elsewhere. After a visit word ("visited
// Irbid's governor") the linker keeps the city, the place the visit's facts are read from.
func possessiveOffice(after string) string {
	if m := possessiveOfficeRe.FindStringSubmatch(after); m != nil {
		return strings.ToLower(m[1])
	}
	return ""
}

// regionVisited reports whether the article tells of a visit to the region of that
// name ("visited Saga Prefecture").
func (c *linkCtx) regionVisited(name string) bool {
	return slices.ContainsFunc(occurrencesOf(c.text, name), func(at int) bool {
		return regionCue.MatchString(c.text[at+len(name):]) && visitBefore.MatchString(c.text[:at])
	})
}

// placeKinds reports whether the graph knows a city and a region of that exact name.
func (g *Gazetteer) placeKinds(name string) (city, region bool) {
	f := " " + FoldName(name) + " "
	for _, h := range g.ac.FindAll(f) {
		if " "+g.patterns[h.Pattern()].folded+" " != f {
			continue
		}
		for _, r := range g.patterns[h.Pattern()].refs {
			switch g.entries[r.entry].Kind {
			case kg.City:
				city = true
			case kg.Region:
				region = true
			}
		}
	}
	return city, region
}

// dateline reports whether a name opens a line and a comma or dash follows it
// ("CEBU, Philippines - ..."), where capitals are the custom.
func dateline(text string, h hit) bool {
	rest := strings.TrimLeft(text[h.end:], " ")
	return (h.start == 0 || text[h.start-1] == '\n') && (strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "-"))
}

var commaCountry = regexp.MustCompile(`^,\s*((?:[A-Z][\p{L}]+)(?:\s+[A-Z][\p{L}]+)?)`)

// countryAfter returns the capitalised words after a comma ("Florida, Uruguay").
func countryAfter(rest string) string {
	m := commaCountry.FindStringSubmatch(rest)
	if m == nil {
		return ""
	}
	return m[1]
}

var inRegionRe = regexp.MustCompile(`^\s+(?:(?:city|town|village)\s+)?in\s+(?:the\s+)?([A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)?)`)

// inRegion returns the place named after "in", without a region's head word ("in
// Shizuoka Prefecture": Shizuoka). A town's kind word in lower case may stand between
// ("Lomar town in Alba Prefecture"), as Japanese texts write their municipalities.
func inRegion(rest string) string {
	m := inRegionRe.FindStringSubmatch(rest)
	if m == nil {
		return ""
	}
	ws := strings.Fields(m[1])
	if len(ws) == 2 && regionHeads[strings.ToLower(ws[1])] {
		return ws[0]
	}
	return m[1]
}

// regionNamed reports whether name is the name or an alias of one of the regions.
func (g *Gazetteer) regionNamed(name string, regions []string) bool {
	f := FoldName(name)
	bare := withoutRegionHead(f)
	for _, id := range regions {
		if i, ok := g.byID[id]; ok {
			r := g.entries[i]
			// "Harper, Maryland" for Maryland County: the region named without its head
			if FoldName(r.Name) == f || slices.ContainsFunc(r.Aliases, func(a string) bool { return FoldName(a) == f }) || bare != f && FoldName(r.Name) == bare ||
				withoutRegionHead(FoldName(r.Name)) == f {
				return true
			}
		}
	}
	return false
}

// countryByName finds a country by its name or alias.
func (g *Gazetteer) countryByName(name string) string {
	f := " " + FoldName(name) + " "
	for _, h := range g.ac.FindAll(f) {
		for _, r := range g.patterns[h.Pattern()].refs {
			if g.entries[r.entry].Kind == kg.Country && " "+g.patterns[h.Pattern()].folded+" " == f {
				return g.entries[r.entry].ID
			}
		}
	}
	return ""
}

// nonOverlapping keeps the longest mentions, then the earliest.
func nonOverlapping(cands []Mention) []Mention {
	sort.SliceStable(cands, func(i, j int) bool {
		li, lj := cands[i].bEnd-cands[i].bStart, cands[j].bEnd-cands[j].bStart
		if li != lj {
			return li > lj
		}
		return cands[i].bStart < cands[j].bStart
	})
	var out []Mention
	for _, m := range cands {
		out = addIfFree(out, m)
	}
	sortMentions(out)
	return out
}

func addIfFree(ms []Mention, m Mention) []Mention {
	for _, o := range ms {
		if m.bStart < o.bEnd && o.bStart < m.bEnd {
			return ms
		}
	}
	ms = append(ms, m)
	sortMentions(ms)
	return ms
}

func sortMentions(ms []Mention) {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].bStart < ms[j].bStart })
}

// A dotted form ends at its last dot: "U.S. cities", "U.S.-China"; some texts space
// it ("U. S. Ambassador").
var abbrevRe = regexp.MustCompile(`\b(?:(?:ROK|PRC|DPRK|USA|US|UK|UAE|DRC|RDC|KSA|BiH|FSM|RMI)\b|U\. ?S\.)`)

// undottedUS is "U.S" without its last dot before a space and a capitalised word ("U.S
// Ambassador", "U.S CG") or before a hyphen and a name ("the U.S-India relationship"):
// a slip the country's short form survives.
var undottedUS = regexp.MustCompile(`\bU\.S(?: [A-Z]|-[A-Z][a-z])`)

// titleAndName starts a title and a person's name ("U.S Ambassador Ada Lind"): there the
// undotted form is left unlinked, as the relation reader would take the country for the
// post the person holds (measured: one wrong relation against one link gained).
var titleAndName = regexp.MustCompile(`^ [A-Z][\p{L}]+ [A-Z][\p{L}]+ [A-Z]`)

var nameGoesOn = regexp.MustCompile(`^[ -]([A-Z][\p{L}]*)`)

// bareCountries are names two countries share once their qualifier is dropped.
var bareCountries = map[string][]string{
	"Korea": {"country:kr", "country:kp"},
	"Congo": {"country:cd", "country:cg"},
}

var bareCountryRe = regexp.MustCompile(`\b(Korea|Congo)\b`)

// bareCountryMentions links "Korea" to the one of the two Koreas the article is about:
// the one it names, or else the one its linked places lie in; when both or neither are,
// the name is left unlinked. A longer name it opens ("Korea Foundation") is not the
// country.
func (g *Gazetteer) bareCountryMentions(c *linkCtx, ms []Mention) []Mention {
	var out []Mention
	for _, m := range bareCountryRe.FindAllStringIndex(c.text, -1) {
		if headedWords(c.text[m[1]:]) || ampersandName.MatchString(c.text[m[1]:]) || strings.HasSuffix(c.text[:m[0]], "-") && !afterShortFormPair(c.text[:m[0]]) {
			continue
		}
		cands := bareCountries[c.text[m[0]:m[1]]]
		var named, context, placed []string
		for _, id := range cands {
			if c.countries[id] && g.namedOutright(c, id) {
				named = append(named, id)
			} else if c.countries[id] {
				context = append(context, id)
			}
			if slices.ContainsFunc(ms, func(x Mention) bool {
				return x.Entity != nil && x.entry >= 0 && (x.Kind == kg.City || x.Kind == kg.Region) && slices.Contains(g.entries[x.entry].Countries, id)
			}) {
				placed = append(placed, id)
			}
		}
		pick := named
		if len(pick) == 0 {
			pick = context
		}
		if len(pick) == 0 {
			pick = placed
		}
		i, ok := g.byID[firstOr(pick)]
		if len(pick) != 1 || !ok {
			continue
		}
		out = append(out, Mention{Text: c.text[m[0]:m[1]], bStart: m[0], bEnd: m[1], Entity: strPtr(pick[0]),
			Kind: kg.Country, How: "alias", Confidence: 0.8, entry: i})
	}
	return out
}

// shortFormPair ends with a country's short form and a hyphen ("U.S.-", "UK-"): a bare
// "Korea" after it is the second country of a pair ("U.S.-Korea relations"), not part of
// a longer name.
var shortFormPair = regexp.MustCompile(`(?:\b(?:ROK|PRC|USA|US|UK|UAE|DRC)|U\.S\.?)-$`)

func afterShortFormPair(before string) bool {
	return shortFormPair.MatchString(before[max(0, len(before)-8):])
}

func firstOr(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return ids[0]
}

// abbreviationMentions links the common short forms of countries, except where one
// opens a longer name ("U.S. Conference of Mayors", "U.S.-China Governors Forum"); a
// title after it is no name ("US Consul General").
func (g *Gazetteer) abbreviationMentions(c *linkCtx) []Mention {
	var out []Mention
	found := abbrevRe.FindAllStringIndex(c.text, -1)
	for _, m := range undottedUS.FindAllStringIndex(c.text, -1) {
		if !titleAndName.MatchString(c.text[m[0]+len("U.S"):]) {
			found = append(found, []int{m[0], m[0] + len("U.S")})
		}
	}
	for _, m := range found {
		id := abbreviations[c.text[m[0]:m[1]]]
		i, ok := g.byID[id]
		if !ok {
			continue
		}
		if ampersandName.MatchString(c.text[m[1]:]) || strings.HasPrefix(c.text[m[1]:], "$") {
			continue // "US$ 1.3 million" names a currency
		}
		rest := c.text[m[1]:]
		if definedAcronym(c.text[m[0]:m[1]], rest) {
			continue
		}
		if shortFormSure(c.text[:m[0]], c.text[m[0]:m[1]], rest) {
			out = append(out, Mention{Text: c.text[m[0]:m[1]], bStart: m[0], bEnd: m[1], Entity: strPtr(id),
				Kind: kg.Country, How: "abbreviation", Confidence: 0.9, entry: i})
			continue
		}
		// "U.S. Agency for International Development", "U.S. State Department": the short
		// form opens a body's name, which is proposed whole; a title first ("U.S. Defense
		// Representative") makes it the country the office serves
		switch bodyOrTitleAfter(rest) {
		case "body":
			continue
		case "title":
			out = append(out, Mention{Text: c.text[m[0]:m[1]], bStart: m[0], bEnd: m[1], Entity: strPtr(id),
				Kind: kg.Country, How: "abbreviation", Confidence: 0.9, entry: i})
			continue
		}
		// before a demonym it is the country ("the U.S.-Turkish partnership"); so it is
		// in a headline, whose words are all capitalised ("to Assess U.S. Ties in Asia")
		if next := nameGoesOn.FindStringSubmatch(rest); next != nil && !isCue(next[1]) && demonyms[strings.ToLower(next[1])] == "" &&
			!g.pairedCountry(rest, next[1]) && !g.pairedPlace(rest, next[1]) && !headlessWords(rest) && !titleCaseLine(c.text, hit{start: m[0], end: m[1]}) {
			continue
		}
		out = append(out, Mention{Text: c.text[m[0]:m[1]], bStart: m[0], bEnd: m[1], Entity: strPtr(id),
			Kind: kg.Country, How: "abbreviation", Confidence: 0.9, entry: i})
	}
	return out
}

// bodyHeads are the heads that make the capitalised words after a country's short form
// a body of its own: the body heads, less "government" (a country's government is the
// country, by the annotations' convention), with a service's.
func isBodyHead(w string) bool {
	return (orgHeads[w] || w == "service" || w == "services" || teamHeads[w]) && w != "government" && w != "international"
}

// bodyOrTitleAfter reads the capitalised words right after a country's short form, up
// to the first that is a body's head ("body") or an office's title ("title"); "" when
// neither comes, or a space does not follow ("U.S.-China ...").
func bodyOrTitleAfter(rest string) string {
	if !strings.HasPrefix(rest, " ") {
		return ""
	}
	ws := strings.Fields(capitalisedWords.FindString(rest))
	if opensPlanName(rest) {
		return "body"
	}
	for i, w := range ws {
		w = strings.ToLower(possessive(w))
		switch {
		case connectors[w]:
		case isBodyHead(w) || eventHeads[w] || companyHeads[w] || militaryUnitHeads[w] || federalHeads[w]:
			// an event's or a company's name too ("U.S. Conference of Mayors"), and a
			// command's or a force's ("U.S. Southern Command", "U.S. Coast Guard")
			return "body"
		case titleWords[w]:
			if headRunsOn(ws[i+1:]) || officeResidence(ws[i+1:]) {
				return "body" // a title inside a programme's name ("U.S. Sports Envoy Program")
			}
			return "title"
		}
	}
	return ""
}

// pairedPlace reports whether a country's short form is paired with a place of the
// graph's that ends the name ("U.S.-Sabah cooperation"): the country and the place.
func (g *Gazetteer) pairedPlace(rest, next string) bool {
	if !strings.HasPrefix(rest, "-") {
		return false
	}
	if after := firstWords(rest[1+len(next):], 1); after != "" && isNameWord(after) {
		return false
	}
	for _, e := range g.entriesNamed(next) {
		if k := g.entries[e].Kind; k == kg.Region || k == kg.City || k == kg.Country {
			return true
		}
	}
	return false
}

var capitalisedWords = regexp.MustCompile(`^(?:[ -](?:(?:and|of|for|on|the) )*[A-Z][\p{L}]*(?:['’]s)?)+`)

// headlessWords reports whether the capitalised words after a country's short form hold
// no body's, company's or event's head ("U.S. Ambassadorial Visit", "U.S.-Indonesia
// Strategic Partnership"): they name no body, and the short form is the country.
func headlessWords(rest string) bool {
	ws := strings.Fields(strings.ReplaceAll(capitalisedWords.FindString(rest), "-", " "))
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		// capitalised words joined by "and" are a body's name even without a head ("U.S.
		// Customs and Border Protection"); common words so joined are read again later
		// (abbreviationsBeforeCommonWords)
		if w := strings.ToLower(possessive(w)); orgHeads[w] || companyHeads[w] || eventHeads[w] || titleWords[w] || w == "and" {
			return false
		}
	}
	return true
}

// headedWords reports whether capitalised words follow that hold a body's, company's
// or event's head: with what comes before, they name it.
func headedWords(rest string) bool {
	if andTheAfter.MatchString(rest) {
		return false // "Alba and the Pacific Forum": a list, the article opening its second item
	}
	if opensPlanName(rest) {
		return true
	}
	for _, w := range strings.Fields(strings.ReplaceAll(capitalisedWords.FindString(rest), "-", " ")) {
		if w := strings.ToLower(possessive(w)); orgHeads[w] || companyHeads[w] || eventHeads[w] || honourHeads[w] {
			return true
		}
	}
	return false
}

// honourHeads close the names of honours and of an envoy's residence ("the Alba Order of
// Merit", "the Alba Residence"), which the annotation leaves out with their place words.
var honourHeads = set("order", "medal", "medals", "decoration", "residence")

// andTheAfter opens a list's next item with its article.
var andTheAfter = regexp.MustCompile(`^ and the `)

var americaRe = regexp.MustCompile(`\bAmerica\b`)

// americaOpeners are words that make "America" the end of a longer name ("Latin
// America", "Miss America").
var americaOpeners = set("latin", "central", "south", "north", "middle", "meso", "miss", "captain", "corporate", "voice", "bank", "united", "states", "good", "morning")

// americaMentions links "America" standing alone to the United States: not inside a
// longer name, whose words before or after are capitalised ("Latin America", "America
// Movil"), nor after "of" ("Bank of America", "Sister Cities of America"), nor in a
// headline whose words are all capitalised.
func (g *Gazetteer) americaMentions(c *linkCtx) []Mention {
	var out []Mention
	i, ok := g.byID["country:us"]
	if !ok {
		return nil
	}
	for _, m := range americaRe.FindAllStringIndex(c.text, -1) {
		before, after := c.text[:m[0]], c.text[m[1]:]
		prev := lastWord(before)
		// "of America’s Independence": a possessive after "of" is the country's, unless a
		// body's head before "of" makes the words a body's name ("Bank of America’s")
		countryAfterOf := prev == "of" && possessiveRe.MatchString(after) && !ofBodyHead(strings.TrimSuffix(strings.TrimRight(before, " "), "of"))
		// "a taste of America": after "of" and a word in lower case it is the country; a
		// capitalised word there makes it a name's end ("Bank of America")
		if pw := lastWord(strings.TrimSuffix(strings.TrimRight(before, " "), "of")); prev == "of" && pw != "" && !isCapitalized(pw) && !ofBodyHead(strings.TrimSuffix(strings.TrimRight(before, " "), "of")) {
			countryAfterOf = true
		}
		// a headline's "America’s" after a word that opens no longer name ("Visits Highlight
		// America’s Partnership") is the country's, as in running text
		headlinePossessive := possessiveRe.MatchString(after) && titleCaseLine(c.text, hit{start: m[0], end: m[1]}) && prev != "of" &&
			!americaOpeners[strings.ToLower(prev)] && onlySpace(before[max(0, len(before)-1):])
		if !headlinePossessive && (prev != "" && strings.HasSuffix(strings.TrimRight(before, " "), prev) && (isNameWord(prev) || prev == "of" && !countryAfterOf) ||
			nameGoesOn.MatchString(after) || strings.HasPrefix(after, "s") || titleCaseLine(c.text, hit{start: m[0], end: m[1]})) {
			continue
		}
		out = append(out, Mention{Text: "America", bStart: m[0], bEnd: m[1], Entity: strPtr("country:us"),
			Kind: kg.Country, How: "alias", Confidence: 0.8, entry: i})
	}
	return out
}

var possessiveRe = regexp.MustCompile(`^['’]s\b`)

// ofBodyHead reports whether the words before "of" end in a body's or company's head.
func ofBodyHead(before string) bool {
	w := strings.ToLower(lastWord(strings.TrimRight(before, " ")))
	return orgHeads[w] || companyHeads[w] || eventHeads[w]
}

// pairedCountry reports whether a country's short form is paired with another country
// that ends the name ("the U.S.-Japan relationship"), not one that opens a longer name
// ("U.S.-China Governors Forum").
func (g *Gazetteer) pairedCountry(rest, next string) bool {
	if !strings.HasPrefix(rest, "-") {
		return false
	}
	// the other country by its short form ("the ROK-U.S. alliance")
	if a := abbrevRe.FindStringIndex(rest[1:]); a != nil && a[0] == 0 {
		next = rest[1 : 1+a[1]]
	} else if g.countryByName(next) == "" && bareCountries[next] == nil {
		return false
	}
	after := firstWords(rest[1+len(next):], 1)
	return after == "" || !isNameWord(after) || pairRelations[strings.ToLower(after)] && !nameGoesOn.MatchString(rest[1+len(next)+1+len(after):])
}

// pairRelations name the tie between two countries paired before them ("the
// U.S.-Japan Alliance", "ROK-U.S. Alliance"): a relation, as "Partnership" is, whose
// countries the annotation links, not a body of its own.
var pairRelations = set("alliance", "relationship")

// abbreviationsBeforeCommonWords links a country's short form that abbreviationMentions
// left as the opening of a longer name when that name turned out to be common words
// ("U.S. Cities and States" where the article also writes "U.S. cities"): no mention
// covers them, each is a word the article writes in lowercase or one of the genre's
// capitalised common nouns after a country (shortFormNouns, plainOffices), and none is
// a body's head.
func (g *Gazetteer) abbreviationsBeforeCommonWords(c *linkCtx, ms []Mention) []Mention {
	for _, a := range abbrevRe.FindAllStringIndex(c.text, -1) {
		id := abbreviations[c.text[a[0]:a[1]]]
		i, ok := g.byID[id]
		if !ok || slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < a[1] && a[0] < m.bEnd }) {
			continue
		}
		if !strings.HasPrefix(c.text[a[1]:], " ") || ampersandName.MatchString(c.text[a[1]:]) {
			continue
		}
		k := slices.IndexFunc(c.toks, func(t token) bool { return t.start > a[1] })
		if k < 0 {
			continue
		}
		common := 0
		for ; k < len(c.toks) && c.toks[k].sentence == c.toks[k-1].sentence; k++ {
			t := c.toks[k]
			if !isNameWord(t.text) {
				if connectors[t.text] {
					continue
				}
				break
			}
			lw := strings.ToLower(t.text)
			if !c.lower[FoldName(t.text)] && !shortFormNouns[lw] && !plainOffices[lw] || orgHeads[lw] || eventHeads[lw] || companyHeads[lw] ||
				slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < t.end && t.start < m.bEnd }) {
				common = -1
				break
			}
			common++
			if plainOffices[lw] {
				// the holders' names follow ("former U.S. Ambassadors Ada Lind and ..."),
				// unless a body's head does ("U.S. Ambassadors Fund for ...": a programme)
				if next := firstWords(c.text[t.end:], 1); headedWords(c.text[t.end:]) || grantWords[strings.ToLower(next)] || programmeHeads[strings.ToLower(next)] {
					common = -1
				}
				break
			}
		}
		if common <= 0 {
			continue
		}
		ms = append(ms, Mention{Text: c.text[a[0]:a[1]], bStart: a[0], bEnd: a[1], Entity: strPtr(id),
			Kind: kg.Country, How: "abbreviation", Confidence: 0.8, entry: i})
		sortMentions(ms)
	}
	return ms
}

var capitalsRe = regexp.MustCompile(`\b\p{Lu}{2,4}\b`)

// regionInitials links a word in capitals that spells the initials of a region of
// several words the article names in full ("WA" after "Western Australia", "NSW" after
// "New South Wales"): the standard abbreviation of a state. Only a region the article
// links itself, and only one: an abbreviation without its region named is left alone,
// since initials are shared by many names.
func (g *Gazetteer) regionInitials(c *linkCtx, ms []Mention) []Mention {
	var out []Mention
	for _, a := range capitalsRe.FindAllStringIndex(c.text, -1) {
		word := c.text[a[0]:a[1]]
		if abbreviations[word] != "" {
			continue
		}
		found := -1
		for _, m := range ms {
			if m.Kind != kg.Region || m.Entity == nil || m.entry < 0 || m.entry == found {
				continue
			}
			ws := strings.Fields(g.entries[m.entry].Name)
			if len(ws) < 2 || len(ws) != len([]rune(word)) || !spells([]rune(word), g.entries[m.entry].Name) {
				continue
			}
			if found >= 0 {
				found = -2
				break
			}
			found = m.entry
		}
		if found < 0 {
			continue
		}
		out = append(out, Mention{Text: word, bStart: a[0], bEnd: a[1], Entity: strPtr(g.entries[found].ID), Kind: kg.Region,
			How: "abbreviation", Confidence: 0.7, entry: found})
	}
	return out
}

// titleAcronymDef finds an acronym the text defines in brackets after capitalised words
// ("Charge d’Affaires (CDA)").
var titleAcronymDef = regexp.MustCompile(`([A-Z][\p{L}’'-]*(?:\s+[\p{L}][\p{L}’'-]*){0,3})\s+\((\p{Lu}{2,5})\)`)

// officeWords are the words that make a defined acronym an office's ("Chargé d’Affaires",
// which titleWords do not hold, being two words of French).
var officeWords = regexp.MustCompile(`(?i)^(?:charg[eé]|d[’']affaires)$`)

// titleAcronymSurnames links a surname after an acronym that the text defines for an
// office ("CDA Haymond", after "Charge d’Affaires (CDA) Peter Haymond") to the one person
// of that surname the article has already linked by full name: the acronym is a title,
// as "Ambassador" is.
func titleAcronymSurnames(c *linkCtx, ms []Mention) []Mention {
	var out []Mention
	for _, d := range titleAcronymDef.FindAllStringSubmatchIndex(c.text, -1) {
		words, acr := c.text[d[2]:d[3]], c.text[d[4]:d[5]]
		if !initialsSpell(acr, words) || !slices.ContainsFunc(strings.Fields(words), func(w string) bool {
			return titleWords[strings.ToLower(w)] || officeWords.MatchString(w)
		}) {
			continue
		}
		after := regexp.MustCompile(`\b` + acr + ` ([A-Z][\p{L}’'-]+)\b`)
		for _, u := range after.FindAllStringSubmatchIndex(c.text[d[1]:], -1) {
			s, e := d[1]+u[2], d[1]+u[3]
			surname := FoldName(possessive(c.text[s:e]))
			var found *Mention
			for i, m := range ms {
				if m.Kind != kg.Person || m.Entity == nil || m.bEnd > s || !strings.Contains(m.Text, " ") {
					continue
				}
				if ws := strings.Fields(FoldName(m.Text)); ws[len(ws)-1] != surname {
					continue
				}
				if found != nil && *found.Entity != *m.Entity {
					found = nil
					break
				}
				found = &ms[i]
			}
			if found == nil {
				continue
			}
			m := *found
			m.Text, m.bStart, m.bEnd, m.How, m.Confidence = c.text[s:s+len(possessive(c.text[s:e]))], s, s+len(possessive(c.text[s:e])), "coreference", 0.7
			out = append(out, m)
		}
	}
	return out
}

// initialsSpell reports whether the acronym runs through the words' initials and inner
// capitals in order, from the first ("CDA": Charge d’Affaires).
func initialsSpell(acr, words string) bool {
	var letters []rune
	for _, w := range strings.Fields(words) {
		for i, r := range []rune(w) {
			if i == 0 {
				letters = append(letters, unicode.ToUpper(r))
			} else if unicode.IsUpper(r) {
				letters = append(letters, r)
			}
		}
	}
	a := []rune(acr)
	if len(letters) == 0 || letters[0] != a[0] {
		return false
	}
	k := 0
	for _, r := range letters {
		if k < len(a) && r == a[k] {
			k++
		}
	}
	return k == len(a) && len(letters) <= len(a)+1
}

// soleInNamedCountry returns the one close namesake lying in a country the text names,
// by its name or its demonym ("every other Lebanese city" settles Tripoli against the
// larger Libyan capital), or -1 when none or several do.
func (g *Gazetteer) soleInNamedCountry(c *linkCtx, ss []scored) int {
	kind, top := g.entries[ss[0].ref.entry].Kind, ss[0].score
	found := -1
	for i, s := range ss {
		e := g.entries[s.ref.entry]
		if e.Kind != kind || top-s.score >= 1.5 {
			continue
		}
		if slices.ContainsFunc(e.Countries, func(cc string) bool { return c.countries[cc] }) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// ofCapitalName reports whether the text before a word ends in a capitalised word and
// "of" ("the Gauchos of Güemes"): the word ends a name of its own more often than it
// names a town.
func ofCapitalName(before string) bool {
	rest, ok := strings.CutSuffix(strings.TrimRight(before, " "), " of")
	if !ok {
		return false
	}
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(fields[len(fields)-1])
	return unicode.IsUpper(r)
}
