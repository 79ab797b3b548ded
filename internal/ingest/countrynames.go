package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
)

// openedHeads end names a country opens that the heads of bodies, events and plans do
// not cover: a contest's ("Velmar Youth Debate Challenge"), a law's ("Velmar Engagement
// Act"), a command's or a patrol's, a catalogue's, an expo pavilion's, and an export
// credit agency's ("Velmar Export Finance"). The annotation keeps such a name whole. So
// it does an agency's named by its work ("Velmar Trade and Investment"), a desk's or a
// portfolio's ("Velmar Desk Officer", "Deputy for Velmar Affairs"), a language's
// ("Velmar Sign Language"), a regulation's and a canal's.
var openedHeads = set("challenge", "act", "patrol", "command", "catalog", "catalogue", "pavilion", "finance", "residence",
	"investment", "desk", "affairs", "language", "regulation", "canal")

func init() { // water features and subunits (namesinnames.go)
	for w := range waterHeads {
		openedHeads[w] = true
	}
	for w := range subunitHeads {
		openedHeads[w] = true
	}
}

// openedRun reads the capitalised words after a country's name, a hyphenated partner
// among them ("-Velmar Strategic Engagement Act", " Border Patrol").
var openedRun = regexp.MustCompile(`^(?:[ -] ?(?:(?:and|of|for|on|the|&) )*\p{Lu}[\p{L}.]*(?:['’]s)?)+`)

// opensHeadedName reports whether the capitalised words after a country hold one of
// openedHeads before any owner: a possessive or "Government" hands the name to a body of
// the country's ("the Velmar Government’s Millennium Challenge Corporation"), and the
// country is its own mention, and so does a title ("Velmar Secretary of State for Foreign
// Affairs": the country's office, whose portfolio the head names).
var nameStopTitles = set("secretary", "minister", "ambassador", "director", "assistant", "deputy", "envoy", "consul",
	"representative", "commissioner", "president", "governor", "mayor")

func opensHeadedName(rest string) bool {
	for _, w := range strings.Fields(strings.ReplaceAll(openedRun.FindString(rest), "-", " ")) {
		lw := strings.ToLower(possessive(strings.TrimRight(w, ".")))
		switch {
		case lw != strings.ToLower(strings.TrimRight(w, ".")) || lw == "government" || nameStopTitles[lw]:
			return false
		case openedHeads[lw]:
			return true
		}
	}
	return false
}

// documentBetween is a named document's head, a capitalised word before it, and
// "between" (or "among"), then the parties before the country at hand ("the Partnership
// Declaration between the Velmar Republic and the "): its parties are part of its name.
// An unnamed one ("the MOU between ...") is between countries the text speaks of.
var documentBetween = regexp.MustCompile(`\p{Lu}[\p{L}]* (?:Declaration|Agreement|Accords?|Treaty|Pact|Protocol|Charter|Compact|Convention|Memorandum|MOU|MoU|Statement) (?:between|among) (?:the )?(?:\p{Lu}[\p{L}.]*(?: (?:of )?\p{Lu}[\p{L}.]*)*(?:, (?:and )?|,? and )(?:the )?)*(?:\p{Lu}[\p{L}.]* (?:of (?:the )?)?)*$`)

// quotedSubtitled is a quoted title with a subtitle after a colon, its title words
// capitalised ("“Velmar Futures: Pathways between ...”"): a conference's or a work's
// name, which holds the countries it lists (listEnd after them); a country before other
// words there ("... and Velmar Cities”") is read as elsewhere.
var quotedSubtitled = regexp.MustCompile(`[“"]\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*)*: [^”"\n]*$`)

// capitalWordBefore is the capitalised word right before a name, one space apart.
// listEnd follows a country that stands as an item of a list, not as a word of a name.
var listEnd = regexp.MustCompile(`^(?:,| and | or |[”"])`)

var capitalWordBefore = regexp.MustCompile(`(?:^|[^\p{L}.’'&-])(\p{Lu}[\p{L}]*) $`)

// nameTail reports whether a word before a country may end a body's name the country
// closes: an acronym ("VELCO Velmaria"), a plural or a field of work ("Parks", "Sister
// Cities", "Athletics"), or a body's head. A single native or former name of the
// country ("Aotearoa New Zealand") is none of these.
func nameTail(w string) bool {
	lw := strings.ToLower(w)
	return len(w) >= 3 && isUpperWord(w) || len(w) > 3 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") ||
		orgHeads[lw] || companyHeads[lw] || camelBrand.MatchString(w)
}

// closesName reports whether a country's name closes a longer capitalised name that
// runs on from within its sentence ("Global Sister Cities Velmaria", "Parks Velmaria",
// "VELCO Velmaria"): the word before it is capitalised, ends a name (nameTail), opens no
// sentence, is no title, compass word or demonym, and is no part of another mention: a
// town and its country ("Velm Velmaria"), or an agency's arm in the country ("VELAID
// Velmaria"), which the annotation reads as the country.
func closesName(c *linkCtx, ms []Mention, m Mention) bool {
	before := c.text[:m.bStart]
	sm := capitalWordBefore.FindStringSubmatchIndex(before)
	if sm == nil {
		return false
	}
	w := before[sm[2]:sm[3]]
	lw := strings.ToLower(w)
	if titleWords[lw] || compassWords[lw] || demonyms[lw] != "" || connectors[lw] || lw == "in" || lw == "to" {
		return false
	}
	if !nameTail(w) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before[:sm[2]], " \t")); r == utf8.RuneError || unicode.IsDigit(r) || strings.ContainsRune(".!?:;\"“‘(\n—–-•|", r) {
		return false // the word opens a sentence or a line ("Today Velmaria ...")
	}
	if titleCaseLine(c.text, hit{start: m.bStart, end: m.bEnd}) {
		return false // a headline capitalises its verbs ("Envoy Visits Velmaria")
	}
	// a camel-case brand may itself be read as a new body ("SoundVault")
	return camelBrand.MatchString(w) || !slices.ContainsFunc(ms, func(o Mention) bool { return o.bStart < sm[3] && sm[2] < o.bEnd })
}

// dropCountriesInNames removes the countries that are part of a longer name: one that
// opens a name closed by one of openedHeads, a party to a named document's "between"
// list, one inside a quoted title with a subtitle, and one that closes a capitalised
// name. The annotation has the whole name as a new entity, or nothing.
func dropCountriesInNames(c *linkCtx, ms []Mention) []Mention {
	var drop []Mention
	for _, m := range ms {
		if m.Kind != kg.Country || m.Entity == nil {
			continue
		}
		before := c.text[max(0, m.bStart-300):m.bStart]
		if countryPair(c.text, ms, m) || opensHeadedName(c.text[m.bEnd:]) || documentBetween.MatchString(before) || quotedSubtitled.MatchString(before) && listEnd.MatchString(c.text[m.bEnd:]) || closesName(c, ms, m) {
			drop = append(drop, m)
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool {
		return slices.ContainsFunc(drop, func(d Mention) bool { return d.bStart == m.bStart && d.bEnd == m.bEnd })
	})
}

// countryPair reports whether a country's name stands right beside another's, one space
// between ("Antarctica New Zealand", an agency's name): two countries are never named
// so in running text, only as one body's name, and neither is the country meant, where
// the pair ends the name.
func countryPair(text string, ms []Mention, m Mention) bool {
	return slices.ContainsFunc(ms, func(o Mention) bool {
		if o.Kind != kg.Country || o.Entity == nil {
			return false
		}
		first, second := m, o
		if o.bEnd < m.bStart {
			first, second = o, m
		}
		return second.bStart == first.bEnd+1 && text[first.bEnd:second.bStart] == " " && pairNameEnd.MatchString(text[second.bEnd:])
	})
}

// pairNameEnd opens with a clause's punctuation or a line's end: the pair of countries
// before it is a whole name. A word after makes them partners qualifying it ("UK India
// cultural ties", "UK India Business Week").
var pairNameEnd = regexp.MustCompile(`^(?:[,.;:)!?]|\n|$)`)
