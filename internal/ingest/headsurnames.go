package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// officeSurname is a head's or an envoy's title and one capitalised word after it
// ("President Lind", "Prime Minister Lind’s", "Ambassador Baucus’"), or a capitalised
// word before "Administration" ("the Lind Administration").
var officeSurname = regexp.MustCompile(`\b(?:(President|Prime Minister|Ambassador) ([A-Z][\p{L}'’-]*\p{L})|([A-Z][\p{L}'’-]*\p{L}) [Aa]dministration\b)`)

// officeTitles says which title of the graph's offices each title of the text is: a
// president's or a prime minister's office is the whole title, an ambassador's only
// opens it ("Ambassador Extraordinary and Plenipotentiary").
var officeTitles = map[string]string{"president": "president", "prime minister": "prime minister", "ambassador": "ambassador"}

// officeSurnames links a surname alone after "President", "Prime Minister" or
// "Ambassador" ("President Lind", "Ambassador Baucus’ visit"), or before
// "Administration" (a president's), to the one person of the graph of that surname who
// holds that office at a country the article names: a text names a head of state or an
// envoy by title and surname once the office says who. Not when two such people bear
// the surname or the text names another of that surname in full, not after "Vice" or
// "Deputy" (another office), not when a capitalised word goes on after the surname (a
// longer name), and not where a mention covers it.
func (g *Gazetteer) officeSurnames(c *linkCtx, ms []Mention) []Mention {
	var out []Mention
	for _, u := range officeSurname.FindAllStringSubmatchIndex(c.text, -1) {
		title, s, e := "president", u[6], u[7]
		if u[2] >= 0 {
			title, s, e = officeTitles[strings.ToLower(c.text[u[2]:u[3]])], u[4], u[5]
			if deputyBefore.MatchString(c.text[max(0, u[2]-12):u[2]]) || nameGoesOn.MatchString(c.text[e:]) {
				continue
			}
		}
		// the possessive's mark is no part of the name ("Lind’s", "Baucus’")
		surname := possessive(c.text[s:e])
		surname = strings.TrimRight(surname, "'’")
		e = s + len(surname)
		if coveringAny(ms, s, e) || titleWords[strings.ToLower(surname)] || commonCapitalised[strings.ToLower(surname)] {
			continue
		}
		folded := FoldName(surname)
		found, many := -1, false
		for cc := range c.countries {
			for _, h := range g.holders[cc] {
				p := g.entries[h.person]
				ws := strings.Fields(p.Name)
				if p.Kind != kg.Person || len(ws) < 2 || FoldName(ws[len(ws)-1]) != folded || !headOfficeOf(h.title, title) {
					continue
				}
				if found >= 0 && found != h.person {
					many = true
				}
				found = h.person
			}
		}
		if found < 0 || many || namesakeNamed(ms, folded, g.entries[found].ID) {
			continue
		}
		out = append(out, Mention{Text: surname, bStart: s, bEnd: e, Entity: strPtr(g.entries[found].ID), Kind: kg.Person,
			How: officeSurnameHow, Confidence: 0.7, entry: found})
	}
	return out
}

// namesakeNamed reports whether the text names in full someone else of that surname
// ("Ambassador Eva Lind" beside the graph's Oskar P. Lind): then the title and surname
// may be theirs.
func namesakeNamed(ms []Mention, surname, id string) bool {
	for _, m := range ms {
		ws := strings.Fields(m.Text)
		if m.Kind == kg.Person && len(ws) >= 2 && FoldName(possessive(ws[len(ws)-1])) == surname && (m.Entity == nil || *m.Entity != id) {
			return true
		}
	}
	return false
}

// deputyBefore ends with a word that makes the title after it another office ("Vice
// President", "Deputy Prime Minister").
var deputyBefore = regexp.MustCompile(`(?i)\b(?:vice|deputy|former vice)[ -]$`)

// headOfficeOf reports whether a graph office's title is of the text's title: the same
// title for a head, a title that opens with it for an envoy.
func headOfficeOf(graphTitle, title string) bool {
	t := strings.ToLower(strings.TrimSpace(graphTitle))
	if title == "ambassador" {
		return strings.HasPrefix(t, "ambassador")
	}
	return t == title
}

// officeSurnameHow marks a link made by officeSurnames. The relation reader does not
// read these mentions: a head named by surname is as often the one a visitor meets as
// the visitor, and the roles it gave them were wrong as often as right (measured: five
// wrong relations and a wrong event date against seven right relations).
const officeSurnameHow = "office surname"
