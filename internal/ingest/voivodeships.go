package ingest

import (
	"regexp"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// adjectivalVoivodeship finds a Polish province named, as English writes them, by the
// adjective of its land and its head ("Silesian Voivodeship", "Lower Silesian
// Voivodeship"), where the graph holds the land's own name ("Silesia").
var adjectivalVoivodeship = regexp.MustCompile(`\b((?:\p{Lu}\p{L}+ )?\p{Lu}\p{L}+) [Vv]oivodeship\b`)

// voivodeshipMentions links each such province to the one region the graph holds under
// the land's name the adjective is made from; a name no region or several bear is left.
func (g *Gazetteer) voivodeshipMentions(c *linkCtx) []Mention {
	var out []Mention
	for _, a := range adjectivalVoivodeship.FindAllStringSubmatchIndex(c.text, -1) {
		adj := c.text[a[2]:a[3]]
		// "the Silesian Voivodeship Marshal's Office" names the province's body, not it
		if next := firstWords(c.text[a[1]:], 1); next != "" && isCapitalized(next) && onlySpace(c.text[a[1]:a[1]+strings.Index(c.text[a[1]:], next)]) {
			continue
		}
		found := -1
		for _, name := range landsOfAdjective(adj) {
			for _, i := range g.entriesNamed(name) {
				if g.entries[i].Kind != kg.Region || FoldName(g.entries[i].Name) != FoldName(name) {
					continue
				}
				if found >= 0 && found != i {
					found = -2
					break
				}
				found = i
			}
			if found != -1 {
				break
			}
		}
		if found < 0 {
			continue
		}
		out = append(out, Mention{Text: c.text[a[0]:a[1]], bStart: a[0], bEnd: a[1], Entity: strPtr(g.entries[found].ID),
			Kind: kg.Region, How: "alias", Confidence: 0.8, entry: found})
	}
	return out
}

// landsOfAdjective returns the names a place's adjective may be made from ("Silesian"
// of Silesia, "Pomeranian" of Pomerania), the reverse of demonymForms.
func landsOfAdjective(adj string) []string {
	var out []string
	if stem, ok := strings.CutSuffix(adj, "ian"); ok {
		out = append(out, stem+"ia", stem+"a")
	}
	if stem, ok := strings.CutSuffix(adj, "n"); ok {
		out = append(out, stem)
	}
	if stem, ok := strings.CutSuffix(adj, "an"); ok {
		out = append(out, stem)
	}
	return out
}
