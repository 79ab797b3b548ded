package refdata

import "github.com/amity-graph/amity/internal/kg"

// twinFix is a documented correction of one side of twin_cities.csv that no rule can
// make from the row itself: its name and coordinates both point to the wrong place.
type twinFix struct {
	name, country string  // the side as written
	lat, lon      float64 // ... and where the row puts it
	// What the side is instead: a local government area, a Region of the country
	// within the first-level region in.
	id, regionName, in string
	why                string
}

// twinFixes are the sides corrected.
var twinFixes = []twinFix{
	{name: "Latrobe", country: "Australia", lat: -41.2348, lon: 146.41,
		id: "region:au:latrobe-city", regionName: "Latrobe City", in: "Victoria",
		why: "the partners (Takasago, Taizhou) are those of the City of Latrobe, a council of Gippsland in Victoria; " +
			"the list's geocoder placed the name at the town of Latrobe in Tasmania"},
}

// fixedSide is the plan of a corrected side, if the side is one.
func (r *resolver) fixedSide() *plan {
	for _, f := range twinFixes {
		if f.name != r.s.raw || f.country != r.s.country || f.lat != r.s.lat || f.lon != r.s.lon {
			continue
		}
		e := r.region(f.id, f.regionName, "municipality")
		if r.s.raw != f.regionName {
			e.Aliases = []string{r.s.raw}
		}
		p := &plan{id: f.id, ents: []kg.Entity{e}, counts: []string{"twinSidesFixed"}}
		p.rels = append(p.rels, r.rel(f.id, kg.InCountry, countryID(r.pl.iso2)))
		if f.in != "" {
			rid := r.b.regionID(r.pl.iso2, f.in)
			p.ents = append(p.ents, r.cite(rid, kg.Region))
			p.rels = append(p.rels, r.rel(f.id, kg.InRegion, rid))
		}
		return p
	}
	return nil
}

// twinHint names the region of one side of one pair, where every row of the list
// places a name at one namesake (all its Columbus rows lie at Columbus, Ohio) but a
// source says the pair is another's.
type twinHint struct {
	name, country string // the side as written
	partner       string // the other side's place, as resolved
	region        string // the region the side lies in, read as "name, region" is
	why           string
}

var twinHints = []twinHint{
	{name: "Columbus", country: "United States", partner: "city:tw:taichung", region: "Georgia",
		why: "the Taichung City Government's release of 12 September 2007 (read in internal/ingest/testdata/" +
			"articles/hu-columbus-taichung-2007.txt) names Columbus, Georgia, its eighteenth sister city; " +
			"the list gives every Columbus the coordinates of Columbus, Ohio"},
}

// hintedRegion is the region a hint gives this side, if one does.
func (r *resolver) hintedRegion() string {
	for _, h := range twinHints {
		if h.name == r.s.raw && h.country == r.s.country && h.partner == r.s.partner {
			return h.region
		}
	}
	return ""
}
