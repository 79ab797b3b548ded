package missions

import (
	"math"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/load/refdata"
)

// fakePlaces is a refdata.Places over a handful of real rows: countries from
// data/reference/country-codes.csv (alpha-2 code, official English name, CLDR display
// name, UN formal name, Wikidata id) and cities from GeoNames' cities15000 (name, a few
// alternate names, coordinates), with ids in refdata's scheme. It keeps the contract of
// refdata.Places: names fold case and diacritics, coordinates narrow several candidates
// to the nearest within a few tens of kilometres, Nearest stays in the country.
type fakePlaces struct {
	countries []fakeCountry
	cities    []fakeCity
}

type fakeCountry struct {
	iso2, qid string
	names     []string
}

type fakeCity struct {
	id, iso2 string
	names    []string
	lat, lon float64
}

func newFakePlaces() *fakePlaces {
	return &fakePlaces{
		countries: []fakeCountry{
			{"AL", "Q222", []string{"Albania", "the Republic of Albania"}},
			{"AM", "Q399", []string{"Armenia", "the Republic of Armenia"}},
			{"AU", "Q408", []string{"Australia"}},
			{"BY", "Q184", []string{"Belarus", "the Republic of Belarus"}},
			{"BZ", "Q242", []string{"Belize"}},
			{"CA", "Q16", []string{"Canada"}},
			{"CN", "Q148", []string{"China", "the People's Republic of China"}},
			{"DE", "Q183", []string{"Germany", "the Federal Republic of Germany"}},
			{"EE", "Q191", []string{"Estonia", "the Republic of Estonia"}},
			{"FI", "Q33", []string{"Finland", "the Republic of Finland"}},
			{"FR", "Q142", []string{"France", "the French Republic"}},
			{"HK", "Q8646", []string{"China, Hong Kong Special Administrative Region", "Hong Kong"}},
			{"IT", "Q38", []string{"Italy", "the Republic of Italy"}},
			{"JP", "Q17", []string{"Japan"}},
			{"KE", "Q114", []string{"Kenya", "the Republic of Kenya"}},
			{"RU", "Q159", []string{"Russian Federation", "Russia", "the Russian Federation"}},
			{"TW", "Q865", []string{"Taiwan"}},
			{"US", "Q30", []string{"United States of America", "US", "the United States of America"}},
		},
		cities: []fakeCity{
			{"city:am:yerevan", "AM", []string{"Yerevan", "Erevan"}, 40.17765, 44.5126},
			{"city:au:canberra", "AU", []string{"Canberra"}, -35.28346, 149.12807},
			{"city:cn:beijing", "CN", []string{"Beijing", "Peking", "北京"}, 39.9075, 116.39723},
			{"city:cn:qingdao", "CN", []string{"Qingdao"}, 36.06488, 120.38042},
			{"city:cn:shenyang", "CN", []string{"Shenyang", "Mukden", "沈阳"}, 41.79222, 123.43278},
			{"city:cn:shenzhen", "CN", []string{"Shenzhen"}, 22.54554, 114.0683},
			{"city:fr:brest", "FR", []string{"Brest"}, 48.39029, -4.48628},
			{"city:hk:hong-kong", "HK", []string{"Hong Kong", "香港"}, 22.27832, 114.17469},
			{"city:it:rome", "IT", []string{"Rome", "Roma"}, 41.89193, 12.51133},
			{"city:jp:tokyo", "JP", []string{"Tokyo", "Tokio", "東京"}, 35.6895, 139.69171},
			// Two Sendai: Kagoshima's and Miyagi's.
			{"city:jp:kagoshima:sendai", "JP", []string{"Sendai"}, 31.81667, 130.3},
			{"city:jp:miyagi:sendai", "JP", []string{"Sendai"}, 38.26667, 140.86667},
			{"city:ke:nairobi", "KE", []string{"Nairobi"}, -1.28333, 36.81667},
		},
	}
}

var _ refdata.Places = (*fakePlaces)(nil)

func (p *fakePlaces) Country(name string) (string, bool) {
	n := strings.TrimPrefix(kg.NormalizeName(name), "the ")
	for _, c := range p.countries {
		if strings.EqualFold(name, c.iso2) {
			return c.iso2, true
		}
		for _, cn := range c.names {
			if strings.TrimPrefix(kg.NormalizeName(cn), "the ") == n {
				return c.iso2, true
			}
		}
	}
	return "", false
}

func (p *fakePlaces) CountryByQID(qid string) (string, bool) {
	for _, c := range p.countries {
		if c.qid == qid {
			return c.iso2, true
		}
	}
	return "", false
}

// hintKm is how far from the row's coordinates a candidate of the name may lie.
const hintKm = 50

func (p *fakePlaces) City(iso2, name string, hint refdata.CityHint) (string, string, bool) {
	n := kg.NormalizeName(name)
	var cands []fakeCity
	for _, c := range p.cities {
		if c.iso2 != iso2 {
			continue
		}
		for _, cn := range c.names {
			if kg.NormalizeName(cn) == n || cn == name {
				cands = append(cands, c)
				break
			}
		}
	}
	switch {
	case len(cands) == 0:
		return "", "", false
	case len(cands) == 1:
		return cands[0].id, "", true
	case hint.HasCoord:
		best, bestKm := "", math.Inf(1)
		for _, c := range cands {
			if d := km(hint.Lat, hint.Lon, c.lat, c.lon); d < bestKm {
				best, bestKm = c.id, d
			}
		}
		if bestKm <= hintKm {
			return best, "", true
		}
	}
	return "", refdata.ReasonAmbiguousCity, false
}

func (p *fakePlaces) Nearest(iso2 string, lat, lon, maxKm float64) (string, bool) {
	best, bestKm := "", math.Inf(1)
	for _, c := range p.cities {
		if c.iso2 != iso2 {
			continue
		}
		if d := km(lat, lon, c.lat, c.lon); d < bestKm {
			best, bestKm = c.id, d
		}
	}
	return best, best != "" && bestKm <= maxKm
}

// km is the great-circle distance between two points.
func km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}

// metroFake adds to fakePlaces a metropolis (Tokyo) that dominates the places about it,
// and one region's name.
type metroFake struct{ *fakePlaces }

func (m metroFake) Metropolis(iso2 string, lat, lon, maxKm float64) (string, bool) {
	if iso2 == "JP" && km(lat, lon, 35.6895, 139.69171) <= maxKm {
		return "city:jp:tokyo", true
	}
	return "", false
}

func (m metroFake) IsRegion(iso2, name string) bool { return iso2 == "JP" && name == "Kanto" }
