package refdata

import (
	"slices"
	"strconv"

	"github.com/amity-graph/amity/internal/kg"
)

// DataSetStats is what became of one data set's rows, for the loader's summary.
type DataSetStats struct {
	File       string
	Read       int            // rows read
	Imported   int            // rows that became records of their own
	Merged     int            // rows that added to a record another row or data set gives
	Unresolved map[string]int // rows not imported, by reason
	Note       string         // for a person to read
}

// DataSets reports each data set's rows: read, imported, merged, unresolved by reason.
func (r *Result) DataSets() []DataSetStats {
	s := r.Stats
	un := map[string]map[string]int{}
	for _, u := range r.Unresolved {
		if un[u.File] == nil {
			un[u.File] = map[string]int{}
		}
		un[u.File][u.Reason]++
	}
	geoUn := map[string]int{}
	if n := s["geonamesRowsUnknownCountry"]; n > 0 {
		geoUn[ReasonUnknownCountry] = n
	}
	if n := s["geonamesInstitutions"]; n > 0 {
		geoUn[ReasonNotAPlace] = n
	}
	out := []DataSetStats{
		{File: CountryCodesFile, Read: s["countryRows"], Imported: s["countries"], Unresolved: map[string]int{}},
		{File: WorldCitiesFile, Read: s["worldCityRows"], Imported: s["worldCities"], Unresolved: un[WorldCitiesFile]},
		{File: GeoNamesFile, Read: s["geonamesRows"], Imported: s["geonamesTowns"],
			Merged: s["worldCities"] - s["worldCitiesWithoutCoordinates"], Unresolved: geoUn,
			Note: "merged: coordinates, population and aliases of the world cities; imported: towns a row needs; " +
				strconv.Itoa(s["geonamesPlaces"]-s["worldCities"]+s["worldCitiesWithoutCoordinates"]-s["geonamesTowns"]) +
				" other places are only looked up"},
		{File: TwinCitiesFile, Read: s["twinRows"], Imported: s["twinPairsImported"], Merged: s["twinRowsMerged"], Unresolved: un[TwinCitiesFile],
			Note: "merged: a pair already imported, in either direction"},
	}
	for i := range out {
		if out[i].Unresolved == nil {
			out[i].Unresolved = map[string]int{}
		}
	}
	return slices.Clip(out)
}

// Part is a share of the reference records small enough to write in one transaction.
type Part struct {
	Name      string
	Sources   []kg.Source
	Entities  []kg.Entity
	Relations []kg.Relation
}

// partCities is how many cities (with their aliases and where they lie) go in one Part:
// forty thousand cities and their quarter of a million aliases in one transaction
// outgrow the half gigabyte the local Neo4j allows a transaction.
const partCities = 10000

// Parts splits Records into parts to write in order: the sources, countries and regions;
// the cities, partCities at a time, each with the IN_COUNTRY and IN_REGION relations
// that place it; then every other relation (PARTNER_OF, PART_OF). Every relation comes
// in a part after the entities it joins. Like Records, it holds the towns Places has
// returned so far: call it once every importer has asked.
func (r *Result) Parts() []Part {
	ents, rels := r.Records()
	kinds := map[string]kg.Kind{}
	for _, e := range ents {
		kinds[e.ID] = e.Kind
	}
	first := Part{Name: "countries-regions", Sources: r.Sources}
	var cities []kg.Entity
	for _, e := range ents {
		if e.Kind == kg.City {
			cities = append(cities, e)
		} else {
			first.Entities = append(first.Entities, e)
		}
	}
	placing := map[string][]kg.Relation{} // city id -> its IN_COUNTRY and IN_REGION
	last := Part{Name: "relations"}
	for _, x := range rels {
		switch {
		case kinds[x.From] == kg.City && (x.Type == kg.InCountry || x.Type == kg.InRegion):
			placing[x.From] = append(placing[x.From], x)
		case kinds[x.From] != kg.City && kinds[x.To] != kg.City && (x.Type == kg.InCountry || x.Type == kg.InRegion):
			first.Relations = append(first.Relations, x)
		default:
			last.Relations = append(last.Relations, x)
		}
	}
	parts := []Part{first}
	for i, chunk := range slices.Collect(slices.Chunk(cities, partCities)) {
		p := Part{Name: "cities-" + strconv.Itoa(i+1), Entities: chunk}
		for _, c := range chunk {
			p.Relations = append(p.Relations, placing[c.ID]...)
		}
		parts = append(parts, p)
	}
	return append(parts, last)
}
