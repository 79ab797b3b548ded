package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// nameToken is a word of a name or an initial: "Daniel", "J.", "Kritenbrink’s".
var nameToken = regexp.MustCompile(`\p{Lu}\.|\p{L}[\p{L}\p{M}'’\-]*`)

// middleNamePeople links a person the text names with middle names or initials the
// graph's name lacks or writes otherwise ("Daniel J. Kritenbrink" for the graph's Daniel
// Kritenbrink; "Troy Damian Fitrell" for Troy D. Fitrell). Given name and surname agree
// with the graph's, and the middle words either drop out or agree as initials: such a
// name is the one person the graph holds under it, wherever he served, since diplomats
// move between posts. A name two people of the graph share links to neither.
func (g *Gazetteer) middleNamePeople(c *linkCtx, ms []Mention) []Mention {
	toks := nameToken.FindAllStringIndex(c.text, -1)
	for i := 0; i < len(toks); i++ {
		given := c.text[toks[i][0]:toks[i][1]]
		if !givenOrSurname(given) {
			continue
		}
		for n := 2; n >= 1; n-- {
			last := i + n + 1
			if last >= len(toks) {
				continue
			}
			middles := make([]string, 0, n)
			ok := true
			for k := i + 1; k < last; k++ {
				w := c.text[toks[k][0]:toks[k][1]]
				ok = ok && (isInitial(w) || givenOrSurname(w)) && onlySpace(c.text[toks[k-1][1]:toks[k][0]])
				middles = append(middles, w)
			}
			surname := possessive(c.text[toks[last][0]:toks[last][1]])
			if !ok || !givenOrSurname(surname) || !onlySpace(c.text[toks[last-1][1]:toks[last][0]]) {
				continue
			}
			start, end := toks[i][0], toks[last][0]+len(surname)
			whole := c.text[start:end]
			if g.personNamed(whole) >= 0 {
				break // the name itself is the graph's: the linker read it already
			}
			var inits []string
			for _, w := range middles {
				r, _ := utf8.DecodeRuneInString(w)
				inits = append(inits, string(r)+".")
			}
			found := -1
			for _, cand := range []string{given + " " + surname, given + " " + strings.Join(inits, " ") + " " + surname} {
				e := g.personNamed(cand)
				if e == -2 || e >= 0 && found >= 0 && e != found {
					found = -2
					break
				}
				if e >= 0 {
					found = e
				}
			}
			if found < 0 || personWithin(ms, start, end) {
				continue
			}
			e := g.entries[found]
			kept := ms[:0]
			for _, m := range ms {
				if !(start <= m.bStart && m.bEnd <= end) {
					kept = append(kept, m)
				}
			}
			ms = addIfFree(kept, Mention{Text: whole, bStart: start, bEnd: end, Entity: strPtr(e.ID), Kind: e.Kind, How: "alias",
				Confidence: 0.8, entry: found})
			i = last
			break
		}
	}
	return ms
}

// personNamed returns the one person who bears name in full (no short form), -1 when
// none does, -2 when several do.
func (g *Gazetteer) personNamed(name string) int {
	found := -1
	for _, r := range g.exactPattern(name).refs {
		if r.short || g.entries[r.entry].Kind != kg.Person {
			continue
		}
		if found >= 0 && found != r.entry {
			return -2
		}
		found = r.entry
	}
	return found
}

// personWithin reports whether a person's mention overlaps [start, end).
func personWithin(ms []Mention, start, end int) bool {
	for _, m := range ms {
		if m.Kind == kg.Person && m.bStart < end && start < m.bEnd {
			return true
		}
	}
	return false
}

// givenOrSurname reports whether w may be a given name or a surname: a capital, then at
// least one lowercase letter ("Kritenbrink", "McDonald"), not an initial or an acronym.
func givenOrSurname(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) < 2 {
		return false
	}
	return strings.IndexFunc(w[n:], unicode.IsLower) >= 0
}

// kinsmanNamed reports whether the text names someone else of the surname of name
// (given name and surname): another given name before it, with initials or none
// between ("his father, Thomas Dodd" beside "Christopher J. Dodd"). Then the name
// without its initials may be a father's or a son's, not the graph's holder.
func (g *Gazetteer) kinsmanNamed(text, name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	given, surname := FoldName(ws[0]), ws[len(ws)-1]
	re, err := regexp.Compile(`(\p{Lu}[\p{L}'’\-]+)\s+(?:\p{Lu}\.\s+)*` + regexp.QuoteMeta(surname) + `\b`)
	if err != nil {
		return false
	}
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		if f := FoldName(m[1]); f != given && g.givenNames()[f] {
			return true
		}
	}
	return false
}

// postTitleBefore ends in a diplomat's title with the post it names ("Ambassador to
// Pakistan ", "US Ambassador in Pakistan ").
var postTitleBefore = regexp.MustCompile(`\b(?i:ambassador|consul(?:[- ]general)?|charg[eé] d[’']affaires|envoy)\s+(?:to|in|for)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'-]*){0,3},?\s+$`)

// titledDiplomat reports whether the text gives the person name stands for, a graph
// diplomat, a diplomat's title: before the name, with or without the post it names
// ("Ambassador to Pakistan Jane Roe"), or before the surname alone ("Ambassador Roe").
// Where the name leaves out the graph's middle initials, that career narrows the
// namesakes as a country he served in does.
func titledDiplomat(text, name string, e store.NameRecord) bool {
	if !slices.ContainsFunc(e.Positions, func(p store.Position) bool { return diplomatTitle.MatchString(p.Title) }) {
		return false
	}
	ws := strings.Fields(name)
	for _, n := range []string{name, ws[len(ws)-1]} {
		for from := 0; ; {
			i := strings.Index(text[from:], n)
			if i < 0 {
				break
			}
			at := from + i
			before := text[:at]
			if diplomatTitleBefore.MatchString(before) || n == name && postTitleBefore.MatchString(before[max(0, len(before)-80):]) {
				return true
			}
			from = at + len(n)
		}
	}
	return false
}
