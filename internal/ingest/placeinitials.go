package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// linkedPlaceInitials links a word in capitals that spells the initials of the region
// of several words a city the article links lies in ("BC" in an article on Victoria, in
// British Columbia): a state or territory is commonly abbreviated so beside its own
// cities, though the article need not name it in full. Only when one such region fits,
// and not for a word the abbreviations table reads otherwise. A city's own initials
// ("BH" of Belo Horizonte) are left alone: the conventions keep an acronym the text
// never defines unlinked.
func (g *Gazetteer) linkedPlaceInitials(c *linkCtx, ms []Mention) []Mention {
	homes := map[int]bool{}
	for _, m := range ms {
		if m.Kind != kg.City || m.Entity == nil || m.entry < 0 {
			continue
		}
		for _, id := range g.entries[m.entry].Regions {
			if e, ok := g.byID[id]; ok && g.entries[e].Kind == kg.Region {
				homes[e] = true
			}
		}
	}
	var out []Mention
	for _, a := range capitalsRe.FindAllStringIndex(c.text, -1) {
		word := c.text[a[0]:a[1]]
		// "Alba & District Council": joined by an ampersand, it is part of a longer name
		if abbreviations[word] != "" || ampersandJoined.MatchString(c.text[a[1]:]) || strings.HasSuffix(c.text[:a[0]], "& ") {
			continue
		}
		found := -1
		for e := range homes {
			ws := strings.Fields(g.entries[e].Name)
			if len(ws) < 2 || len(ws) != len([]rune(word)) || !spells([]rune(word), g.entries[e].Name) {
				continue
			}
			if found >= 0 {
				found = -2
				break
			}
			found = e
		}
		if found < 0 {
			continue
		}
		out = append(out, Mention{Text: word, bStart: a[0], bEnd: a[1], Entity: strPtr(g.entries[found].ID), Kind: g.entries[found].Kind,
			How: "abbreviation", Confidence: 0.7, entry: found})
	}
	return out
}

var ampersandJoined = regexp.MustCompile(`^ ?& ?\p{Lu}`)
