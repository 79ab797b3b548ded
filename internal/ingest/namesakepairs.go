package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// qualifiedPlace reports whether the words after a place's name give the region or
// the country it lies in ("Toledo, Ohio", "Toledo, Spain", "Alba in Sorn Prefecture").
func (g *Gazetteer) qualifiedPlace(rest string, entry int) bool {
	e := g.entries[entry]
	if e.Kind != kg.City {
		return false
	}
	next := countryAfter(rest)
	if next != "" && (g.regionNamed(next, e.Regions) || slices.Contains(e.Countries, g.countryByName(next))) {
		return true
	}
	return g.regionNamed(inRegion(rest), e.Regions) || abbreviatedStateOf(rest, e.Regions)
}

// qualifiedNamesakes returns, for each name, the cities of that name the text
// qualifies with their region or country somewhere, in the order it first does. Only a
// qualifier that singles one namesake out counts: "Sakai, Japan", where four Japanese
// towns bear the name, says which country, not which town.
func (g *Gazetteer) qualifiedNamesakes(c *linkCtx, hits []hit) map[string][]int {
	out := map[string][]int{}
	for _, h := range hits {
		p := g.patterns[h.pat]
		if q := g.qualifiedHere(c, h); q >= 0 && !slices.Contains(out[p.folded], q) {
			out[p.folded] = append(out[p.folded], q)
		}
	}
	return out
}

// qualifiedHere returns the one namesake the words after h qualify, or -1 when none or
// several are.
func (g *Gazetteer) qualifiedHere(c *linkCtx, h hit) int {
	here := -1
	for _, r := range g.patterns[h.pat].refs {
		if g.qualifiedPlace(c.text[h.end:], r.entry) {
			if here >= 0 && here != r.entry {
				return -1
			}
			here = r.entry
		}
	}
	return here
}

// bareNamesake settles a name that the text gives, qualified, for two or more
// namesakes ("linking Toledo, Ohio with Toledo, Spain"). Where it stands qualified, it
// is the namesake its region or country names, whatever other country the text names.
// Bare ("the City of Toledo"), the country named for the other namesake says nothing
// of it: it is the qualified namesake that lies in the country of the text's places,
// or else the one the text qualified first, as a text pairing its own town with a
// namesake abroad names its own first. It returns the entry and true when the rule
// applies.
func (g *Gazetteer) bareNamesake(c *linkCtx, h hit) (int, bool) {
	p := g.patterns[h.pat]
	qs := c.qualified[p.folded]
	if len(qs) < 2 {
		return 0, false
	}
	here := -1
	for _, r := range p.refs {
		if g.qualifiedPlace(c.text[h.end:], r.entry) {
			if here >= 0 {
				return 0, false
			}
			here = r.entry
		}
	}
	if here >= 0 {
		return here, true
	}
	for _, q := range qs {
		if c.placeCountry != "" && slices.Contains(g.entries[q].Countries, c.placeCountry) {
			return q, true
		}
	}
	return qs[0], true
}

// soleQualified returns the one city of h's name that the text qualifies with its
// region or country ("City of Columbus, GA", "ST. PETERSBURG, Fla."), when it qualifies
// no other: one sense per article, the writer who placed the town once means it where
// the name comes back bare, however much larger a namesake elsewhere is ("Columbus" of
// Georgia, not of Ohio). Where the name stands qualified otherwise, or not the one way
// throughout, it returns -1; bareNamesake weighs two qualified namesakes.
func (g *Gazetteer) soleQualified(c *linkCtx, h hit) int {
	qs := c.qualified[g.patterns[h.pat].folded]
	towns := 0
	for _, r := range g.patterns[h.pat].refs {
		if g.entries[r.entry].Kind == kg.City {
			towns++
		}
	}
	if len(qs) != 1 || towns < 2 {
		return -1 // no namesake to settle
	}
	for _, r := range g.patterns[h.pat].refs {
		if r.entry != qs[0] && g.qualifiedPlace(c.text[h.end:], r.entry) {
			return -1
		}
	}
	return qs[0]
}

// sharedNameBefore ends in a count of places and "of" before the one name they share
// ("the two cities of ", "both towns called ").
var sharedNameBefore = regexp.MustCompile(`\b(?:[Tt]wo|[Tt]hree|[Bb]oth|[Tt]win|[Ss]ister) (?:cities|towns|municipalities|communities|villages|places) (?:of|called|named) $`)

// dropSharedNames removes a town linked where the text gives its name to several places
// at once ("the two cities of Nogales" on a border, one name on either side): the name
// there stands for all of them, no single entity. A list after the name ("the two cities
// of Alba and Sorn") gives each its own name, and stays.
func dropSharedNames(text string, ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		if m.Kind != kg.City || !sharedNameBefore.MatchString(text[max(0, m.bStart-40):m.bStart]) {
			return false
		}
		rest := text[m.bEnd:]
		return !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, " and ") && !strings.HasPrefix(rest, " or ")
	})
}
