package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// governmentWord is "Government" or "government", possessive or not, as a word of its own.
var governmentWord = regexp.MustCompile(`\b[Gg]overnment(?:['’]s)?\b`)

// namesBefore is the run of capitalised words (or a dotted short form "U.S.", "U. S.")
// that ends right before a single space.
var namesBefore = regexp.MustCompile(`(?:^|[^\p{L}\p{N}.’'-])((?:(?:U\. ?S\.|\p{Lu}[\p{L}]*) )*(?:U\. ?S\.|\p{Lu}[\p{L}]*)) $`)

// countryGovernments links the country that names a government ("the United States
// Government", "U. S. Government Delivers ...", "Senior US Government Officials"): by
// the conventions a country's government is the country, its name the mention. The
// proposer drops the new body such words make, and the country went with it. Only
// where the capitalised words before "Government" are, whole, a country's name (less
// an opening "The"), or end in the United States' short form; not where a body's
// name goes on after it ("United States Government Accountability Office"), and not
// where a mention already covers the words.
func (g *Gazetteer) countryGovernments(c *linkCtx, ms []Mention) []Mention {
	text := c.text
	for _, a := range governmentWord.FindAllStringIndex(text, -1) {
		before := text[max(0, a[0]-60):a[0]]
		nb := namesBefore.FindStringSubmatchIndex(before)
		if nb == nil {
			continue
		}
		off := a[0] - len(before)
		s, e := off+nb[2], off+nb[3]
		runStart := s
		run := text[s:e]
		id := ""
		if strings.HasPrefix(run, "The ") && g.countryByName(run[4:]) != "" {
			s += 4
			run = run[4:]
		}
		if cc := g.countryByName(run); cc != "" && !strings.Contains(run, ".") {
			id = cc
		} else if sm := usShortEnd.FindStringSubmatch(run); sm != nil {
			id = "country:us"
			s = e - len(sm[1])
		}
		i, ok := g.byID[id]
		// after the possessive, the words name the government's own thing ("the U.S.
		// Government’s Ambassador’s Fund")
		possessed := strings.HasSuffix(text[a[0]:a[1]], "s")
		if !ok || g.entries[i].Kind != kg.Country || !possessed && headedWords(text[a[1]:]) || strings.Contains(text[s:e], "\n") {
			continue
		}
		// a new body proposed for the government alone ("U. S. Government" in a
		// headline) is the country by the same convention; any other mention over the
		// words has its own reading
		ms = slices.DeleteFunc(ms, func(m Mention) bool {
			return m.Proposed != nil && m.Kind == kg.Organization && m.bEnd == a[1] && runStart <= m.bStart && m.bStart <= s
		})
		if coveringAny(ms, s, e) {
			continue
		}
		ms = addIfFree(ms, Mention{Text: text[s:e], bStart: s, bEnd: e, Entity: strPtr(id), Kind: kg.Country,
			How: "government", Confidence: 0.8, entry: i})
	}
	return ms
}

// usShortEnd is the United States' short form closing a run of capitalised words.
var usShortEnd = regexp.MustCompile(`(?:^|\s)(U\. ?S\.|US)$`)

// coveringAny reports whether a mention overlaps bytes s to e.
func coveringAny(ms []Mention, s, e int) bool {
	for _, m := range ms {
		if m.bStart < e && s < m.bEnd {
			return true
		}
	}
	return false
}
