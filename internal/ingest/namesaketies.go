package ingest

import "github.com/amity-graph/amity/internal/kg"

// partnerTied settles a close call between namesakes (ss sorted best first) by the
// graph's partner ties: of the candidates of the best one's kind within reach of its
// score, the one a partner of which the article links ("St. Petersburg" in a release
// on its sister city Takamatsu is Florida's, not Russia's). A tie the graph records with
// a place the text names is the text's own evidence; a namesake's size is only a prior,
// so the tie is weighed before it (dominant). It returns -1 when none or several are
// tied.
func (g *Gazetteer) partnerTied(ss []scored) int {
	kind := g.entries[ss[0].ref.entry].Kind
	found := -1
	for i, s := range ss {
		if g.entries[s.ref.entry].Kind != kind || ss[0].score-s.score >= 1.5 || !s.tie {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// namedPlaces maps each town or region one of the text's names may stand for to those
// names (folded).
func (g *Gazetteer) namedPlaces(c *linkCtx, hits []hit) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, h := range hits {
		if !g.plausible(c, h) {
			continue
		}
		p := g.patterns[h.pat]
		for _, r := range p.refs {
			if e := g.entries[r.entry]; e.Kind == kg.City || e.Kind == kg.Region {
				if out[e.ID] == nil {
					out[e.ID] = map[string]bool{}
				}
				out[e.ID][p.folded] = true
			}
		}
	}
	return out
}

// namesPartner reports whether the text names, by another name than the one weighed,
// a place that the partner id may be: two names of the text whose bearers the graph
// ties as partners ("Takamatsu" and "St. Petersburg", Florida's) support each other
// before either is linked.
func (c *linkCtx) namesPartner(id, name string) bool {
	for n := range c.named[id] {
		if n != name {
			return true
		}
	}
	return false
}
