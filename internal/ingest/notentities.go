package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// documentNouns name a text written down, not who wrote it ("Memorandum for Record",
// "Annual Report"): a document is no entity of the model's, whatever its capitals.
var documentNouns = set("memorandum", "memo", "minutes", "report", "letter", "communiqué", "communique", "transcript", "cable")

// fullMonths are the months by their full names; "May" is left out, being a surname
// too.
var fullMonths = set("january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december")

// documentName reports whether a name opens or ends in a document noun ("Memorandum
// for Record", "Quarterly Report").
func documentName(words []string) bool {
	return documentNouns[strings.ToLower(words[0])] || documentNouns[strings.ToLower(words[len(words)-1])]
}

// peoplePlural reports whether a name is a people in the plural ("Papua New
// Guineans", "Omanis", "Kenyans"): a known people's adjective, or a graph
// country's name with the suffix English makes its people of (-n, -an, -ian, -ese, -i),
// and a plural "s". A people is context, never a body or a person.
func (p *proposer) peoplePlural(name string) bool {
	one, ok := strings.CutSuffix(name, "s")
	if !ok || !strings.Contains(one, " ") && len(one) < 4 {
		return false
	}
	if demonyms[strings.ToLower(one)] != "" {
		return true
	}
	for _, suffix := range []string{"n", "an", "ian", "ese", "i"} {
		if stem, ok := strings.CutSuffix(one, suffix); ok && stem != "" && p.countryNamed(stem) {
			return true
		}
	}
	return false
}

// notModelEntities drops proposals that name no entity of the model's, by what
// English names with such words are: a document ("Memorandum for Record" and its
// acronym), a people in the plural ("Papua New Guineans"), and a name running on into
// a month ("Port Moresby June", a dateline's place before its date).
func (p *proposer) notModelEntities(ms []Mention) []Mention {
	drop := map[string]bool{}
	for _, m := range ms {
		if m.Proposed == nil {
			continue
		}
		words := strings.Fields(m.Text)
		if p.languageName(m.Text) || lunarYear(words) ||
			len(words) >= 2 && m.Kind != kg.Person && documentName(words) || p.peoplePlural(m.Text) ||
			len(words) >= 2 && fullMonths[strings.ToLower(words[len(words)-1])] || spokenFiller(m.Text) {
			drop[*m.Proposed] = true
		}
	}
	return slices.DeleteFunc(ms, func(m Mention) bool { return m.Proposed != nil && drop[*m.Proposed] })
}

// countryNamed reports whether a graph country bears exactly that name.
func (p *proposer) countryNamed(name string) bool {
	return slices.ContainsFunc(p.g.entriesNamed(name), func(e int) bool { return p.g.entries[e].Kind == kg.Country })
}

// spokenFiller reports whether a proposal's text is a transcript's furniture, not a
// name: a greeting ("Good Afternoon"), the marker of an uncorrected transcript ("E&OE"),
// or a pronoun's contraction opening a sentence ("I've", "We'll").
func spokenFiller(text string) bool {
	ws := strings.Fields(strings.ToLower(strings.ReplaceAll(text, "’", "'")))
	switch {
	case len(ws) == 2 && ws[0] == "good" && greetingTimes[ws[1]]:
		return true
	case len(ws) == 1 && (ws[0] == "e&oe" || ws[0] == "e & oe"):
		return true
	case len(ws) == 1 && pronounContraction.MatchString(ws[0]):
		return true
	}
	return false
}

var greetingTimes = set("morning", "afternoon", "evening", "day", "night")

var pronounContraction = regexp.MustCompile(`^(?:i|we|you|they|he|she|it)'(?:ve|m|ll|d|re|s)$`)

// languageName reports whether a proposal names a language, by how a text writes one:
// the same name before "language" somewhere in the text ("Velmarian language
// classes", so "in Velmarian" is the tongue too), or a name opening with Māori's own
// word for a language ("Te Reo ...").
func (p *proposer) languageName(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) >= 2 && ws[0] == "te" && ws[1] == "reo" {
		return true
	}
	return regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(name) + `[ -]language\b`).MatchString(p.c.text)
}

// lunarYear reports whether words name a year of the Chinese zodiac ("Year of the
// Ox"), a season of the calendar, not an event.
func lunarYear(words []string) bool {
	return len(words) == 4 && strings.EqualFold(strings.Join(words[:3], " "), "year of the") && zodiacAnimals[strings.ToLower(words[3])]
}

var zodiacAnimals = set("rat", "ox", "tiger", "rabbit", "dragon", "snake", "horse", "goat", "sheep", "monkey", "rooster", "dog", "pig", "boar")
