package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
)

// portfolioList ends in a ministry's or minister's portfolio listed so far: the office,
// "of" or "for", then fields joined by commas and "and" ("Minister of Food,
// Agriculture and ", "Minister for Trade and "). What follows is one more field of the
// list, no name of its own.
var portfolioList = regexp.MustCompile(`\b(?:Minister|Ministry|Ministers|Department|Secretary|Secretariat)(?: of| for)(?: the)? \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*(?:,\s(?:and\s)?|\sand\s)(?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*(?:,\s(?:and\s)?|\sand\s))*$`)

// portfolioFields drops the proposals that continue a portfolio's list of fields
// ("Minister of Trade and Export Growth", "Minister of Food, Agriculture and Light
// Industry"): a field of government, no body, place or person, where punctuation or a
// lowercase connector closes the list after it.
func (p *proposer) portfolioFields(ms []Mention) []Mention {
	text := p.c.text
	return slices.DeleteFunc(ms, func(m Mention) bool {
		// fields joined by "and" before the office ("the Culture and Sport Minister
		// Ana Ruiz")
		if m.Proposed != nil && m.Kind != kg.Person && fieldsBeforeOffice.MatchString(text[m.bEnd:]) && strings.Contains(m.Text, " and ") &&
			!slices.ContainsFunc(wordRe.FindAllString(m.Text, -1), func(w string) bool {
				lw := strings.ToLower(w)
				return lw != "and" && !commonCapitalised[lw] && !portfolioWords[lw]
			}) {
			return true
		}
		if m.Proposed == nil || !portfolioList.MatchString(text[max(0, m.bStart-200):m.bStart]) {
			return false
		}
		// ("Minister for Regional Services, Decentralisation and Local Government (and
		// ...)": local government is a field, and a bracket closes the list)
		if strings.HasSuffix(m.Text, "Local Government") && (strings.HasPrefix(text[m.bEnd:], " (") || strings.HasPrefix(text[m.bEnd:], ",")) {
			return true
		}
		// (an acronym after the list is a body's: "Secretary of State and USAID ...")
		// and a name with a body's head word is one of a list of bodies ("the Department
		// of State, and the Agency for ...")
		if isUpperWord(m.Text) || slices.ContainsFunc(wordRe.FindAllString(m.Text, -1), func(w string) bool { return orgHeads[strings.ToLower(w)] }) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(text[m.bEnd:])
		if m.bEnd < len(text) && !unicode.IsPunct(r) && (r != ' ' || !portfolioEnd.MatchString(text[m.bEnd:])) {
			return false
		}
		// a person's name is a field only where its every word is a common noun the
		// text writes in lowercase, or a portfolio's ("Export Growth"), not a holder's
		// name listed after the office ("Minister for Europe, Ann Roe,")
		return m.Kind != kg.Person || !slices.ContainsFunc(wordRe.FindAllString(m.Text, -1), func(w string) bool {
			return !p.c.lower[FoldName(w)] && !portfolioWords[strings.ToLower(w)]
		})
	})
}

// fieldsBeforeOffice is the office after its fields.
var fieldsBeforeOffice = regexp.MustCompile(`^ (?:Minister|Ministers|Secretary)\b`)

// portfolioEnd is a lowercase connector that closes a list after its last item.
var portfolioEnd = regexp.MustCompile(`^ (?:and|or|as well as)\b`)
