package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// titledSurname is an office's title word and a capitalised word after it ("Ambassador
// Lind").
var titledSurname = regexp.MustCompile(`\b([A-Z][\p{L}]+) ([A-Z][\p{L}’'-]+)`)

// fullNameEnding matches a capitalised given name before a surname, and up to three words
// before it, so the title, if any, that introduces that full name can be read.
func fullNameEnding(surname string) *regexp.Regexp {
	return regexp.MustCompile(`(?:\b[\p{L}.]+ ){0,3}[A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)* ` + regexp.QuoteMeta(surname) + `\b`)
}

// titledSurnames links a surname after an office's title ("Ambassador Lind") to the
// person of the graph the article has linked by full name when the graph holds him in an
// office of that title, even where another person of that surname is named in full too
// ("his wife Eva Lind"): the title fits one of the two. It acts only when no other full
// name of that surname stands after the same title word, and only for the offices a
// person holds, never a courtesy style ("Mrs. Lind" is his wife's).
func (g *Gazetteer) titledSurnames(c *linkCtx, ms []Mention) []Mention {
	var out []Mention
	for _, u := range titledSurname.FindAllStringSubmatchIndex(c.text, -1) {
		title := strings.ToLower(c.text[u[2]:u[3]])
		if en, ok := frenchTitles[title]; ok {
			title = en
		}
		if !surnameTitles[title] || courtesyStyles[title] || honorifics[title] {
			continue
		}
		s, e := u[4], u[4]+len(possessive(c.text[u[4]:u[5]]))
		surname := c.text[s:e]
		if nameGoesOn.MatchString(c.text[e:]) {
			continue // "Ambassador Lind Berg": a longer name
		}
		var found *Mention
		for i, m := range ms {
			if m.Kind != kg.Person || m.Entity == nil || m.entry < 0 || !strings.Contains(m.Text, " ") {
				continue
			}
			if ws := strings.Fields(FoldName(m.Text)); ws[len(ws)-1] != FoldName(surname) {
				continue
			}
			if found != nil && *found.Entity != *m.Entity {
				found = nil
				break
			}
			found = &ms[i]
		}
		if found == nil || !holdsTitle(g.entries[found.entry].Positions, title) {
			continue
		}
		// another full name of that surname after the same title: two holders, no link
		rival := false
		for _, f := range fullNameEnding(surname).FindAllStringIndex(c.text, -1) {
			name := c.text[f[0]:f[1]]
			ws := strings.Fields(name)
			if strings.Contains(name, found.Text) || len(ws) < 2 || surnameTitles[titleWord(ws[len(ws)-2])] {
				continue // the person's own full name, or a title and the surname alone
			}
			if slices.ContainsFunc(ws, func(w string) bool { return titleWord(w) == title }) {
				rival = true
				break
			}
		}
		if rival {
			continue
		}
		m := *found
		m.Text, m.bStart, m.bEnd, m.How, m.Confidence = surname, s, e, "coreference", 0.7
		out = append(out, m)
	}
	return out
}

// holdsTitle reports whether one of a person's offices is of that title word
// ("ambassador" in "Ambassador Extraordinary and Plenipotentiary").
func holdsTitle(ps []store.Position, title string) bool {
	return slices.ContainsFunc(ps, func(p store.Position) bool {
		return slices.Contains(strings.Fields(strings.ToLower(p.Title)), title)
	})
}

// frenchTitles are French offices' titles, by the English word the graph's offices use.
var frenchTitles = map[string]string{"ambassadeur": "ambassador", "ambassadrice": "ambassador", "maire": "mayor",
	"gouverneur": "governor", "président": "president", "présidente": "president", "consul": "consul", "ministre": "minister"}

// titleWord is a word as a title: lower case, without a closing dot or an elided article
// ("L’Ambassadeur"), a French title by its English word.
func titleWord(w string) string {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	if i := strings.IndexAny(w, "’'"); i >= 0 && i <= 2 {
		w = w[i+len(string([]rune(w[i:])[0])):]
	}
	if en, ok := frenchTitles[w]; ok {
		return en
	}
	return w
}

// diplomatTitledAnywhere reports whether a diplomat's title stands before any use of the
// same name in the text: one text means one person by one full name, so a title said at
// one use ("Ambassador Jane Doe") narrows every other use (a byline's bare "Jane Doe").
func diplomatTitledAnywhere(text, name string, e store.NameRecord) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return false
		}
		at := from + i
		if diplomatTitled(text[:at], e) {
			return true
		}
		from = at + len(name)
	}
}
