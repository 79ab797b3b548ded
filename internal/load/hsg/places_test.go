package hsg

import (
	"slices"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/load/refdata"
)

// fakePlaces is a small refdata.Places over real GeoNames cities (cities15000: the
// names, first-level regions and alternate names below are GeoNames', a few of many) and
// the country names the fixtures use. It keeps the contract: names and aliases folded,
// a region hint narrows, several fits are ambiguous, no fit is not found.
type fakePlaces struct {
	countries map[string]string // folded name or code -> iso2
	cities    []fakeCity
}

type fakeCity struct {
	id, iso2, region string
	geonameID        int
	names            []string
}

func newFakePlaces() *fakePlaces {
	f := &fakePlaces{countries: map[string]string{}}
	for iso, names := range map[string][]string{
		"US": {"United States", "United States of America"},
		"CN": {"China", "China, People's Republic of", "People's Republic of China"},
		"TW": {"Taiwan", "Republic of China", "China, Republic of"},
		"GB": {"United Kingdom", "Great Britain"},
		"JP": {"Japan"}, "IL": {"Israel"}, "CA": {"Canada"}, "FR": {"France"}, "DZ": {"Algeria"},
		"DK": {"Denmark"}, "GL": {"Greenland"}, "BM": {"Bermuda"}, "HK": {"Hong Kong"},
		"RU": {"Russia", "Russian Federation"}, "UA": {"Ukraine"}, "GE": {"Georgia"},
		"JO": {"Jordan"}, "KH": {"Cambodia"}, "DE": {"Germany"}, "KR": {"South Korea", "Korea, Republic of", "Korea, South"},
		"LT": {"Lithuania"}, "PH": {"Philippines"}, "IQ": {"Iraq"}, "QA": {"Qatar"},
		"VA": {"Holy See", "Vatican City"},
	} {
		f.countries[kg.NormalizeName(iso)] = iso
		for _, n := range names {
			f.countries[kg.NormalizeName(n)] = iso
		}
	}
	f.cities = []fakeCity{
		{"city:cn:shanghai", "CN", "Shanghai", 1796236, []string{"Shanghai", "Shang-hai", "Shanghai City"}},
		{"city:cn:beijing", "CN", "Beijing", 1816670, []string{"Beijing", "Peking", "Pei-ching", "Peping", "Pekin"}},
		{"city:cn:hangzhou", "CN", "Zhejiang", 1808926, []string{"Hangzhou", "Hangchow", "Hang-chou", "Hanchow-fu"}},
		{"city:cn:jiangsu:suzhou", "CN", "Jiangsu", 1886760, []string{"Suzhou", "Soochow", "Su-chou", "Wu-hsien", "Suzhou Shi"}},
		{"city:cn:anhui:suzhou", "CN", "Anhui", 1793743, []string{"Suzhou", "Su-hsien", "Suchow", "Suxian"}},
		{"city:cn:guilin", "CN", "Guangxi", 1809498, []string{"Guilin", "Kweilin", "Kuei-lin"}},
		{"city:cn:shenzhen", "CN", "Guangdong", 1795565, []string{"Shenzhen", "Shen-chen"}},
		{"city:hk:hong-kong", "HK", "", 1819729, []string{"Hong Kong", "Hongkong", "Victoria"}},
		{"city:gb:london", "GB", "England", 2643743, []string{"London", "Londinium"}},
		{"city:gb:england:newport", "GB", "England", 2641599, []string{"Newport", "Newport (England)"}},
		{"city:gb:wales:newport", "GB", "Wales", 2641598, []string{"Newport", "Casnewydd", "Newport (Wales)"}},
		{"city:gb:cardiff", "GB", "Wales", 2653822, []string{"Cardiff", "Caerdydd"}},
		{"city:jp:tokyo", "JP", "Tokyo", 1850147, []string{"Tokyo", "Tokio", "Edo"}},
		{"city:il:tel-aviv", "IL", "Tel Aviv", 293397, []string{"Tel Aviv", "Tel Aviv-Yafo", "Tel-Aviv"}},
		{"city:il:jerusalem", "IL", "Jerusalem", 281184, []string{"Jerusalem", "Al-Quds"}},
		{"city:ru:moscow", "RU", "Moscow", 524901, []string{"Moscow", "Moskva"}},
		{"city:ua:kyiv", "UA", "Kyiv City", 703448, []string{"Kyiv", "Kiev", "Kiew"}},
		{"city:ge:tbilisi", "GE", "Tbilisi", 611717, []string{"Tbilisi", "Tblisi", "Tiflis"}},
		{"city:ca:calgary", "CA", "Alberta", 5913490, []string{"Calgary"}},
		{"city:ca:quebec", "CA", "Quebec", 6325494, []string{"Québec", "Quebec", "Quebec City"}},
		{"city:dz:algiers", "DZ", "Algiers", 2507480, []string{"Algiers", "Alger", "Al Jazair"}},
		{"city:gl:nuuk", "GL", "Sermersooq", 3421319, []string{"Nuuk", "Godthab", "Godthaab"}},
		{"city:bm:hamilton", "BM", "Hamilton city", 3573197, []string{"Hamilton"}},
	}
	return f
}

func (f *fakePlaces) Country(name string) (string, bool) {
	iso, ok := f.countries[kg.NormalizeName(name)]
	return iso, ok
}

func (f *fakePlaces) CountryByQID(string) (string, bool) { return "", false }

func (f *fakePlaces) City(iso2, name string, hint refdata.CityHint) (string, string, bool) {
	want := kg.NormalizeName(name)
	var fits []string
	for _, c := range f.cities {
		if c.iso2 != iso2 || hint.Region != "" && kg.NormalizeName(hint.Region) != kg.NormalizeName(c.region) {
			continue
		}
		if slices.ContainsFunc(c.names, func(n string) bool { return kg.NormalizeName(n) == want }) {
			fits = append(fits, c.id)
		}
	}
	switch len(fits) {
	case 0:
		return "", "", false
	case 1:
		return fits[0], "", true
	}
	return "", refdata.ReasonAmbiguousCity, false
}

func (f *fakePlaces) Nearest(string, float64, float64, float64) (string, bool) { return "", false }

// geonameID is the GeoNames id of a city of the fake, by its id.
func (f *fakePlaces) geonameID(id string) int {
	for _, c := range f.cities {
		if c.id == id {
			return c.geonameID
		}
	}
	return 0
}

var _ refdata.Places = (*fakePlaces)(nil)
