package ingest

import (
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// dropSurnamePlaces leaves unlinked a town of one or two words right after a given name
// ("Dr. Jane Golden", "Nick Perry", "Inspector Mario San Pedro"): after a given name a
// capitalised name is the person's surname, whatever town bears it. The given name must
// stand outside every mention (a place of its own is no given name here) and must not
// open the sentence after a comma-less list of places.
func (g *Gazetteer) dropSurnamePlaces(c *linkCtx, ms []Mention) []Mention {
	given := g.givenNames()
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.Kind != kg.City && m.Kind != kg.Region || strings.Count(strings.TrimSpace(m.Text), " ") > 1 || strings.Contains(m.Text, "-") {
			return false
		}
		w, _, ok := capitalBefore(c.text[:m.bStart])
		if !ok || !given[strings.ToLower(w)] || !onlySpace(c.text[m.bStart-1:m.bStart]) {
			return false
		}
		at := m.bStart - 1 - len(w)
		return !slices.ContainsFunc(ms, func(o Mention) bool { return o.bStart <= at && at < o.bEnd })
	})
}
