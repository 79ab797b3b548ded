package ingest

import (
	"slices"
	"strings"
	"unicode"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// namesakeRatio is how many times more the graph must say about the entity that bears a
// name as its own than about one that bears it only as an alias, for the alias bearer
// to be dropped as a namesake.
const namesakeRatio = 10

// namesakePopRatio: how many times larger a city bearing a name as its own must be for
// a town bearing it only as another name to give way (see dropNamesakes).
const namesakePopRatio = 5

// minorDegree is the most relationships a place may have and still count as barely
// known to the graph: its country and its region.
const minorDegree = 2

// dropNamesakes removes the candidates that bear the name only as an alias when another
// bears it as its own name and the graph knows far more of that one ("Maryland": the
// state, with over a hundred relations, not Maryland City, a town with two). A prior
// from the graph: a reader meets the well-known bearer of a name first. Where the two
// are known alike, both stay and the context decides.
func (g *Gazetteer) dropNamesakes(c *linkCtx, ss []scored, p pattern) []scored {
	own := 0
	for _, s := range ss {
		if e := g.entries[s.ref.entry]; FoldName(e.Name) == p.folded && e.Degree > own {
			own = e.Degree
		}
	}
	if own == 0 {
		return ss
	}
	aliasOnly := func(e store.NameRecord) bool {
		return !ownName(e.Name, p.folded) && !suffixedName(e, p.folded) && e.Kind != kg.Country && !namedCityOf(e, p) && !respelledCity(e, p) && !countyByStem(e, p)
	}
	ss = slices.DeleteFunc(ss, func(s scored) bool {
		e := g.entries[s.ref.entry]
		return aliasOnly(e) && (e.Degree*namesakeRatio <= own || g.liesInOwner(e, ss, p) || g.regionOwnsName(s, ss, p))
	})
	// The towns called so only by another name give way to a far larger city, the one
	// that bears the name as its own ("Milan", a former name of a small town abroad),
	// when none of them has a cue word, its region, a partner or its full name in the
	// text, nor lies in the country of the text's places. When one does, or several
	// cities bear the name as their own ("Santiago"), all stay: the context decides.
	ownPop, owners := 0.0, 0
	for _, s := range ss {
		if e := g.entries[s.ref.entry]; e.Kind == kg.City && ownName(e.Name, p.folded) {
			ownPop, owners = e.Population, owners+1
		}
	}
	if owners != 1 {
		return ss
	}
	yields := func(s scored) bool {
		e := g.entries[s.ref.entry]
		return e.Kind == kg.City && !s.strong && e.Population > 0 && ownPop >= namesakePopRatio*e.Population &&
			!slices.Contains(e.Countries, c.placeCountry)
	}
	for _, s := range ss {
		if e := g.entries[s.ref.entry]; aliasOnly(e) && (e.Kind == kg.City || e.Kind == kg.Region) && !yields(s) {
			return ss
		}
	}
	return slices.DeleteFunc(ss, func(s scored) bool { return aliasOnly(g.entries[s.ref.entry]) && yields(s) })
}

// coherent settles a close call (ss sorted best first) by coherence with the article:
// of the candidates of the best one's kind within reach of its score, the one that lies
// in a region the article has linked ("Springfield" in an article that links Illinois).
// It returns -1 when none or more than one does.
func (g *Gazetteer) coherent(ss []scored, linked map[string]bool) int {
	kind := g.entries[ss[0].ref.entry].Kind
	found := -1
	for i, s := range ss {
		e := g.entries[s.ref.entry]
		if e.Kind != kind || ss[0].score-s.score >= 1.5 {
			continue
		}
		if slices.ContainsFunc(e.Regions, func(r string) bool { return linked[r] }) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// liesInOwner reports whether an alias bearer lies in a region that bears the name as its
// own: the name is the region's ("Penang", the state, is also an alias of its capital
// George Town), and the city is called so only as the region's seat.
func (g *Gazetteer) liesInOwner(e store.NameRecord, ss []scored, p pattern) bool {
	return slices.ContainsFunc(ss, func(s scored) bool {
		o := g.entries[s.ref.entry]
		return o.Kind == kg.Region && FoldName(o.Name) == p.folded && slices.Contains(e.Regions, o.ID)
	})
}

// regionOwnsName reports whether s is a city, with no evidence of its own in the text,
// that bears the name only as an alias while a region of its country bears it as its own
// name: the name is the region's, the city's alias another romanisation that happens to
// collide with it ("Henan" of Hengyang, a city of Hunan, beside the province Henan).
func (g *Gazetteer) regionOwnsName(s scored, ss []scored, p pattern) bool {
	e := g.entries[s.ref.entry]
	if e.Kind != kg.City || s.strong {
		return false
	}
	return slices.ContainsFunc(ss, func(o scored) bool {
		r := g.entries[o.ref.entry]
		return r.Kind == kg.Region && FoldName(r.Name) == p.folded && slices.ContainsFunc(r.Countries, func(cc string) bool { return slices.Contains(e.Countries, cc) })
	})
}

// namedCityOf reports whether e is a city named by the name and "City" ("New York City"
// for "New York"): the city a bare name may mean as readily as its region, not a namesake
// of the region that merely lies in it; the words around the name decide (twinSense). A
// town the graph barely knows ("Maryland City") stays a namesake.
func namedCityOf(e store.NameRecord, p pattern) bool {
	return e.Kind == kg.City && FoldName(e.Name) == p.folded+" city" && e.Degree > minorDegree
}

// respelledCity reports whether e is a city that bears the name as another
// romanisation of its own ("Ulaanbaatar" of Ulan Bator: the same consonants in the same
// order): the name is the city's as much as the region's named after it, not an alias
// a seat inherits from its region ("Penang" of George Town).
func respelledCity(e store.NameRecord, p pattern) bool {
	if e.Kind != kg.City || FoldName(e.Name) == p.folded {
		return false
	}
	k := consonants(p.folded)
	return len(k) >= 4 && k == consonants(FoldName(e.Name))
}

// consonants spells a folded name by its consonants alone, a doubled one once: the part
// of a name that romanisations of it agree on.
func consonants(s string) string {
	var b strings.Builder
	var last rune
	for _, r := range s {
		if !unicode.IsLetter(r) || strings.ContainsRune("aeiouy", r) {
			continue
		}
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}
