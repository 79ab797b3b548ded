package ingest

import "strings"

// namedOutright reports whether the text writes a country's name or one of its other
// names, not only its people's adjective: "North Korean sanctions" brings the North into
// the text's context, but a bare "Korea" beside "the Republic of Korea" is still the
// South. Only a name the text writes tells which of two countries sharing a bare word
// the writer means.
func (g *Gazetteer) namedOutright(c *linkCtx, id string) bool {
	i, ok := g.byID[id]
	if !ok {
		return false
	}
	folded := " " + fold(c.text).s + " "
	e := g.entries[i]
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if f := FoldName(n); f != "" && strings.Contains(folded, " "+f+" ") {
			return true
		}
	}
	return false
}
