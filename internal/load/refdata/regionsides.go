package refdata

// A twin-list side that names a region rather than a city: "New South Wales" paired with
// Seoul, "Tuscany" with a Japanese prefecture, "Nərimanov" (a district of Baku that
// another row writes "Nərimanov (Baku)"). Without this rule each became a City of its
// own beside the Region the graph already holds.

import (
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// regionNames are regions the twin list labels with a country whose first-level
// subdivisions world-cities.csv does not list them among: China's special administrative
// regions, which GeoNames files as countries of their own (MO, HK). Twin-list name ->
// the region's name, by country; the curated facts hold them under the same ids.
var regionNames = map[string]map[string]string{
	"CN": {"Macau": "Macao", "Macao": "Macao", "Hong Kong": "Hong Kong"},
}

// twinRegion is a region a twin row names in its own form ("X (City)", "X (district)",
// "X County"): the records that side adds, and where the row puts it.
type twinRegion struct {
	plan *plan
	at   coord
}

// noteRegion records, in the first pass, a side that resolved to a region, by its
// country and folded name, so that a row writing the bare name finds it.
func (b *builder) noteRegion(p *plan, at coord) {
	if len(p.ents) == 0 || p.ents[0].Kind != kg.Region || p.ents[0].ID != p.id {
		return
	}
	parts := strings.SplitN(p.id, ":", 3) // region:<iso2>:...
	if len(parts) < 3 {
		return
	}
	k := strings.ToUpper(parts[1]) + "|" + fold(p.ents[0].Name)
	for _, tr := range b.twinRegions[k] {
		if tr.plan.id == p.id {
			return
		}
	}
	b.twinRegions[k] = append(b.twinRegions[k], twinRegion{plan: p, at: at})
}

// asRegion is the region a bare name no place of the country has (as name or alias) is
// taken for, if one is: a city of the name keeps the name a city's ("Tokyo", "Salzburg").
// In order:
//
//   - one first-level subdivision of the country (a world-cities subcountry) of the name,
//     or the region regionNames gives it;
//   - one region another row of the country names in its own form ("Nərimanov (Baku)",
//     "Wesermarsch (district)"), placed within farApart of this row.
func (r *resolver) asRegion(x string) *plan {
	if len(r.lookup(x)) > 0 {
		return nil
	}
	key := r.b.fold(x)
	var subs []string
	for _, s := range r.b.cities.subs[r.pl.iso2] {
		if r.b.fold(s) == key {
			subs = append(subs, s)
		}
	}
	name := ""
	switch {
	case len(subs) == 1:
		name = subs[0]
	case len(subs) == 0:
		name = regionNames[r.pl.iso2][x]
	}
	if name != "" {
		id := r.b.regionID(r.pl.iso2, name)
		e := r.region(id, name, regionType(r.pl.iso2, name))
		if r.s.raw != name {
			e.Aliases = []string{r.s.raw}
		}
		p := &plan{id: id, ents: []kg.Entity{e}, counts: []string{"twinRegionSidesByName"}}
		p.rels = append(p.rels, r.rel(id, kg.InCountry, countryID(r.pl.iso2)))
		return p
	}
	if !r.b.usePlaced {
		return nil // the regions other rows name are known after the first pass
	}
	found := r.b.nearTwinRegion(r.pl.iso2, key, coord{r.s.lat, r.s.lon})
	if found == nil {
		return nil
	}
	p := &plan{id: found.plan.id, ents: append([]kg.Entity(nil), found.plan.ents...),
		rels: found.plan.rels, counts: []string{"twinRegionSidesByName"}}
	if r.s.raw != p.ents[0].Name {
		p.ents[0].Aliases = append(append([]string(nil), p.ents[0].Aliases...), r.s.raw)
	}
	return p
}

// nearTwinRegion is the one region of a folded name that twin rows of the country name
// in their own form within farApart of at, if exactly one is.
func (b *builder) nearTwinRegion(iso2, key string, at coord) *twinRegion {
	var found *twinRegion
	trs := b.twinRegions[iso2+"|"+key]
	for i := range trs {
		if dist(trs[i].at, at) > farApart {
			continue
		}
		if found != nil {
			return nil // two regions of the name near the row: no telling which
		}
		found = &trs[i]
	}
	return found
}
