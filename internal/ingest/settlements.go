package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// Round 38e's cues for towns and villages the graph lacks, named with no head word of
// their own, and the repeats of a new place of several words.
var (
	// citiesOfList: "the cities of X and Y", "the cities of X, Y and Z": a list of
	// cities after the plural noun (one name alone may be the region that holds
	// them: "the cities of Velmaria").
	citiesOfList = regexp.MustCompile(`\b(?i:cities) of ` + placeWords + `((?:, ` + placeWords + `)*,? and ` + placeWords + `)`)
	// townNoun: a name, then "town" or "township" in lowercase, after a word that
	// places it ("in Velmar town", "the Velmar township council"): the town's own
	// name; "X Township" written as a name is a town too.
	townNoun = regexp.MustCompile(`\b(?:in|at|to|from|of|near|around|overlooking|the|visited|toured) (\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)(?: (?:town|township)\b| Township\b)`)
	// placeCountryParen: a name after a preposition of place and before its country in
	// brackets ("a base in Velmar (Tosland)"): a town of that country.
	placeCountryParen = regexp.MustCompile(`\b(?:in|at|near|from|to) (\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?) \((\p{Lu}[\p{L} ]+)\)`)
	// travelledOnDate: a name after a verb of travel and before a date ("travelled
	// to Velmar October 21"): where one went on that day.
	travelledOnDate = regexp.MustCompile(`\b(?:traveled|travelled|travels|travel|went|flew|drove|returned) to (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (\p{Lu}\p{Ll}+) \d`)
)

// settlements proposes the towns citiesOfList, townNoun, placeCountryParen and
// travelledOnDate find as cities, where the name may be a new place's (freePlaceName),
// is no surname of a person named before, and the graph holds no unit by it.
func (p *proposer) settlements(ms []Mention) []Mention {
	text := p.c.text
	free := func(s, e int) bool {
		// an exact proposal of another kind yields to the settlement's cue
		if i := coveringMention(ms, s, e); i >= 0 && !(ms[i].Proposed != nil && ms[i].bStart == s && ms[i].bEnd == e) {
			return false
		}
		name := text[s:e]
		var rest []Mention
		for _, m := range ms {
			if !(m.bStart == s && m.bEnd == e) {
				rest = append(rest, m)
			}
		}
		return p.freePlaceName(rest, s, e) && !p.surnameOfNamed(ms, name) && !p.g.holdsUnit(name)
	}
	for _, m := range citiesOfList.FindAllStringSubmatchIndex(text, -1) {
		spans := [][2]int{{m[2], m[3]}}
		for _, x := range regexp.MustCompile(placeWords).FindAllStringIndex(text[m[4]:m[5]], -1) {
			spans = append(spans, [2]int{m[4] + x[0], m[4] + x[1]})
		}
		for _, sp := range spans {
			if free(sp[0], sp[1]) {
				ms = p.add(ms, kg.City, sp[0], sp[1], 0.45)
			}
		}
	}
	for _, m := range townNoun.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		// "X Township" is the town's name whole
		if strings.HasPrefix(text[e:], " Township") {
			if free(s, e) {
				ms = p.add(ms, kg.City, s, e+len(" Township"), 0.45)
			}
			continue
		}
		// a town's hall or a town's council belongs to the town too; "downtown" does not
		// follow a name
		if free(s, e) {
			ms = p.add(ms, kg.City, s, e, 0.45)
		}
	}
	for _, m := range placeCountryParen.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		if !slices.ContainsFunc(ms, func(x Mention) bool { return x.bStart == m[4] && x.bEnd == m[5] && x.Kind == kg.Country }) {
			continue
		}
		if free(s, e) {
			ms = p.add(ms, kg.City, s, e, 0.45)
		}
	}
	for _, m := range travelledOnDate.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[2], m[3]
		if months[strings.ToLower(text[m[4]:m[5]])] == 0 {
			continue
		}
		if free(s, e) && !p.regionElsewhere(text[s:e]) {
			ms = p.add(ms, kg.City, s, e, 0.45)
		}
	}
	return ms
}

// placeRepeats proposes every other whole-word occurrence of a new city's or region's
// name of two words or more that no mention covers, as that place: a town named in
// full is that town again in a headline or before an office ("X Y Mayor"). An
// occurrence inside a longer capitalised name (another word before it, or one after
// it that is no title) is that other name's part.
func (p *proposer) placeRepeats(ms []Mention) []Mention {
	text := p.c.text
	for _, pr := range p.props {
		// (a people's adjective ending it makes no place's name: "Velmarian")
		if pr.kind != kg.City && pr.kind != kg.Region || !strings.Contains(pr.name, " ") || demonyms[strings.ToLower(lastWord(pr.name))] != "" {
			continue
		}
		if !slices.ContainsFunc(ms, func(m Mention) bool { return m.Proposed != nil && *m.Proposed == pr.id }) {
			continue
		}
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(pr.name) + `\b`)
		for _, x := range re.FindAllStringIndex(text, -1) {
			s, e := x[0], x[1]
			if slices.ContainsFunc(ms, func(o Mention) bool { return o.bStart < e && s < o.bEnd }) {
				continue
			}
			// (a headline capitalises its every word: there only the name's own span counts)
			headline := headlineLine(text, s)
			if w := lastWord(strings.TrimSpace(text[max(0, s-30):s])); !headline && w != "" && s > 0 && text[s-1] == ' ' && isCapitalized(w) &&
				!titleWords[strings.ToLower(w)] && !articleWord[w] && !p.sentenceStart(s) {
				continue
			}
			if next := spacedNextWord(text[e:]); next != "" && isCapitalized(next) && !titleWords[strings.ToLower(possessive(next))] &&
				(!headline || orgHeads[strings.ToLower(next)] || eventHeads[strings.ToLower(next)] || companyHeads[strings.ToLower(next)]) {
				continue
			}
			ms = p.addNamed(ms, pr.kind, s, e, pr.name, 0.45)
		}
	}
	return ms
}

// spacedNextWord returns the word right after one space at the start of s, or "".
func spacedNextWord(s string) string {
	if !strings.HasPrefix(s, " ") {
		return ""
	}
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.TrimRight(f[0], ",.;:!?”\"’)")
}

// Heads of named events this round adds, kept out of eventHeads, which the linker
// reads too (a place before such a head stays the place: headKind alone reads them).
func init() {
	for h, typ := range map[string]string{"workshop": "seminar", "fest": "exchange", "showcase": "exhibition", "carnival": "exchange", "celebration": "meeting"} {
		eventTypes[h] = typ
	}
	// a workshop and a fest head a name wherever the linker reads one too; a place
	// before a carnival, a showcase or a celebration stays a place it links
	eventHeads["workshop"], eventHeads["fest"] = true, true
}

// newEventHeads head events as eventHeads do, for the proposer alone: a workshop, a
// fest, a showcase, a carnival and a celebration named as such ("Velmar Arts Fest",
// "Ten Years of Friendship Celebration"); a holiday's celebration is no name of its
// own (genericOccasions).
var newEventHeads = set("workshop", "fest", "showcase", "carnival", "celebration")

// genericOccasions before "Celebration" name no event of their own ("Holiday
// Celebration", "Anniversary Celebration").
var genericOccasions = set("holiday", "holidays", "anniversary", "birthday", "christmas", "season")

// afterLeadingPlace returns where an event's name headed by one of newEventHeads opens
// after a place or country the graph holds that leads the run ("Velmar Winter
// Carnival"): the place is linked, the event named by the rest; from otherwise.
func (p *proposer) afterLeadingPlace(ms []Mention, from, to int) int {
	toks := p.c.toks
	if !newEventHeads[strings.ToLower(possessive(toks[to-1].text))] {
		return from
	}
	for _, m := range ms {
		if m.Entity == nil || m.bStart != toks[from].start || !isPlace(m.Kind) && m.Kind != kg.Country {
			continue
		}
		// (its possessive too: "Velmar's Winter Carnival")
		for k := from + 1; k < to-1; k++ {
			if m.bEnd > toks[k-1].start && m.bEnd <= toks[k-1].end {
				return k
			}
		}
	}
	return from
}

// familyFirstTitled proposes a title and a word that is the first word of a new
// person's name of two or three words, as that person: a title goes before a family
// name, so the text writes that name family name first ("Mayor Velk" after "Velk
// Sun-ho"). Only where no other person of the text has that word in their name, it is
// no given name the graph's people bear, and no name word follows.
func (p *proposer) familyFirstTitled(ms []Mention) []Mention {
	toks := p.c.toks
	for _, pr := range p.props {
		ws := strings.Fields(pr.name)
		if pr.kind != kg.Person || len(ws) < 2 || len(ws) > 3 || !isNameWord(ws[0]) || nameParticles[ws[0]] || len(ws[0]) < 2 ||
			!slices.ContainsFunc(ms, func(m Mention) bool { return m.Proposed != nil && *m.Proposed == pr.id }) {
			continue
		}
		first := FoldName(ws[0])
		if slices.ContainsFunc(ms, func(m Mention) bool {
			return m.Kind == kg.Person && (m.Proposed == nil || *m.Proposed != pr.id) && slices.Contains(strings.Fields(FoldName(m.Text)), first)
		}) || p.g.givenNames()[first] {
			continue
		}
		for i := 1; i < len(toks); i++ {
			t := toks[i]
			w := possessive(t.text)
			prev := strings.ToLower(toks[i-1].text)
			if FoldName(w) != first || !(clericStyles[prev] || titleWords[prev] || p.titleAcronym(toks[i-1].text)) ||
				i+1 < len(toks) && isNameWord(toks[i+1].text) && onlySpace(p.c.text[t.end:toks[i+1].start]) ||
				slices.ContainsFunc(ms, func(m Mention) bool { return m.bStart < t.end && t.start < m.bEnd }) {
				continue
			}
			ms = p.addNamed(ms, kg.Person, t.start, t.start+len(w), pr.name, 0.5)
		}
	}
	return ms
}

var (
	// unitOf: a unit's noun in lowercase and "of", then its name ("the district of
	// X"): a region the graph lacks. (Capitalised, "the Province of X" may give a
	// province the graph holds by another name in its own tongue.)
	unitOf = regexp.MustCompile(`\b(?:district|province|county|prefecture|governorate|oblast|sub-county) of ` + placeWords)
	// unitAfter: a name, then a unit's noun in lowercase ("the X district", "X
	// sub-county"): the unit's name, its noun included.
	unitAfter = regexp.MustCompile(placeWords + ` (?:district|sub-county|province)\b`)
)

// quarterOf: a district's noun goes on with the city or town it lies in.
var quarterOf = regexp.MustCompile(`^ (?:of|in) (?:the )?(?:city|town|capital|old town)\b`)

// unitsOf proposes the regions unitOf and unitAfter find, where the name may be a new
// place's (freePlaceName) and is no surname of a person named before.
func (p *proposer) unitsOf(ms []Mention) []Mention {
	text := p.c.text
	ok := func(s, e int) bool {
		return p.freePlaceName(ms, s, e) && !p.surnameOfNamed(ms, text[s:e]) && !p.g.holdsUnit(text[s:e])
	}
	for _, m := range unitOf.FindAllStringSubmatchIndex(text, -1) {
		if ok(m[2], m[3]) {
			ms = p.add(ms, kg.Region, m[2], m[3], 0.45)
		}
	}
	for _, m := range unitAfter.FindAllStringSubmatchIndex(text, -1) {
		s := m[2]
		if w, _, _ := strings.Cut(text[s:m[3]], " "); articleWord[w] && s+len(w) < m[3] {
			s += len(w) + 1 // "The X district" opening a sentence
		}
		// a district of a city is a quarter, no unit ("the old X district of the city")
		if ok(s, m[3]) && !quarterOf.MatchString(text[m[1]:]) {
			ms = p.add(ms, kg.Region, s, m[1], 0.45)
		}
	}
	return ms
}
