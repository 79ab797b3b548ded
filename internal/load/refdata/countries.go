package refdata

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/load/csvtable"
)

// Columns of country-codes.csv that the importer reads; the file has many more.
const (
	colISO2     = "ISO3166-1-Alpha-2"
	colISO3     = "ISO3166-1-Alpha-3"
	colNumeric  = "ISO3166-1-numeric"
	colCLDR     = "CLDR display name"
	colOfficial = "official_name_en"
	colUNShort  = "UNTERM English Short"
	colUNFormal = "UNTERM English Formal"
	colNameZh   = "official_name_cn"
	colGeoname  = "Geoname ID"
	colWikidata = "wikidata_id"
)

var countryColumns = []string{colISO2, colISO3, colNumeric, colCLDR, colOfficial, colUNShort, colUNFormal, colNameZh, colGeoname, colWikidata}

// countryAliases are English names of countries that the data sets or common usage use
// besides the ISO and UN names. They resolve to the country and become its aliases.
var countryAliases = map[string]string{
	"South Korea": "KR", "North Korea": "KP", "Russia": "RU", "Vietnam": "VN", "Taiwan": "TW",
	"Iran": "IR", "Syria": "SY", "Laos": "LA", "Bolivia": "BO", "Venezuela": "VE",
	"Tanzania": "TZ", "Moldova": "MD", "Czech Republic": "CZ", "United States": "US",
	"United Kingdom": "GB", "Great Britain": "GB", "Palestine": "PS", "Ivory Coast": "CI",
	"Cape Verde": "CV", "Macau": "MO", "Macao": "MO", "Hong Kong": "HK", "Turkey": "TR",
	"East Timor": "TL", "Republic of Ireland": "IE", "Vatican City": "VA", "Brunei": "BN",
	"Federated States of Micronesia": "FM", "Micronesia": "FM", "Bosnia and Herzegovina": "BA",
	"Surinam": "SR", "Swaziland": "SZ", "Macedonia": "MK", "Burma": "MM",
	"Democratic Republic of the Congo": "CD", "Republic of the Congo": "CG", "Republic of China": "TW",
}

// countryLabels are further country strings found in the data sets that resolve to a
// country but are not names to show: the ISO "Name, qualifier" forms world-cities.csv uses,
// and the misspellings and descriptions in twin_cities.csv.
var countryLabels = map[string]string{
	// world-cities.csv (ISO 3166 short names)
	"Korea, Republic of": "KR", "Korea, Democratic People's Republic of": "KP",
	"Moldova, Republic of": "MD", "Palestine, State of": "PS", "Tanzania, United Republic of": "TZ",
	"Taiwan, Province of China": "TW", "Congo, The Democratic Republic of the": "CD",
	"Falkland Islands (Malvinas)": "FK", "Saint Helena, Ascension and Tristan da Cunha": "SH",
	"Svalbard and Jan Mayen": "SJ", "Holy See (Vatican City State)": "VA",
	"Virgin Islands, British": "VG", "Virgin Islands, U.S.": "VI", "Wallis and Futuna": "WF",
	// the Office of the Historian's travels and visits, and the embassies list: former
	// names of states that go on under an ISO code, and their "Name, qualifier" forms
	"Bosnia-Herzegovina": "BA", "Congo, Democratic Republic of": "CD", "Congo, Republic of": "CG",
	"Macedonia, Former Yugoslav Republic of": "MK", "Vatican": "VA", "Somali Republic": "SO",
	"Western Samoa": "WS", "Kirghizia": "KG", "Byelorussia": "BY", "Palestinian Authority": "PS",
	"Union of South Africa": "ZA", "Upper Volta": "BF", "Ceylon": "LK", "Malaya": "MY",
	"St. Christopher and Nevis": "KN",
	// twin_cities.csv
	"Georgia (country)": "GE", "Bosnia and Hercegovina": "BA", "Grece": "GR", "Island": "IS",
	"Kazakhstah": "KZ", "Madagaskar": "MG", "Moldavia": "MD", "in Italy": "IT", "West Bank": "PS",
}

// ukParts are the constituent countries of the United Kingdom, which twin_cities.csv gives
// in place of, or before, "United Kingdom". Each is kept as a Region of country:gb.
var ukParts = map[string]string{
	"england": "England", "scotland": "Scotland", "wales": "Wales", "northern ireland": "Northern Ireland",
}

type country struct {
	iso2 string // upper case
	name string
}

// place is what a country string resolves to: a country, and maybe the region it names
// before the country ("Brandenburg, Germany") or a UK constituent country.
type place struct {
	iso2   string // upper case
	region string // "Brandenburg" in "Brandenburg, Germany"
	ukPart string // "Northern Ireland" in "Northern Ireland, United Kingdom"
}

// countryID is the id of the Country with ISO code iso2.
func countryID(iso2 string) string { return "country:" + strings.ToLower(iso2) }

var qid = regexp.MustCompile(`^Q[1-9][0-9]*$`)

var unSuffix = regexp.MustCompile(`\s*(\(the\))?\s*\**$`)

// cleanUN drops the UN term list's article and footnote marks:
// "the Cook Islands **" -> "Cook Islands", "Bahamas (the)" -> "Bahamas".
func cleanUN(s string) string {
	s = unSuffix.ReplaceAllString(strings.TrimSpace(s), "")
	s = strings.TrimPrefix(s, "the ")
	return strings.TrimSpace(s)
}

func (b *builder) readCountries(path string) error {
	t, err := csvtable.Read(path, countryColumns, false)
	if err != nil {
		return err
	}
	aliasOf := map[string][]string{}
	for _, n := range sortedKeys(countryAliases) {
		aliasOf[countryAliases[n]] = append(aliasOf[countryAliases[n]], n)
	}
	for i := range t.Rows {
		b.stats["countryRows"]++
		iso2 := strings.ToUpper(t.Get(i, colISO2))
		if iso2 == "" {
			b.stats["countryRowsWithoutISO2"]++
			continue
		}
		if len(iso2) != 2 || strings.Trim(iso2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			return t.ErrAt(i, colISO2, "%q is not a two-letter code", iso2)
		}
		if _, dup := b.countries[iso2]; dup {
			return t.ErrAt(i, colISO2, "country %s is listed twice", iso2)
		}
		official := t.Get(i, colOfficial)
		name := countryName(t.Get(i, colCLDR), official)
		if name == "" {
			return t.ErrAt(i, colCLDR, "country %s has neither a CLDR display name nor an official English name", iso2)
		}
		aliases := kg.Dedupe(append([]string{name, t.Get(i, colCLDR), official, cleanUN(t.Get(i, colUNShort)), cleanUN(t.Get(i, colUNFormal))}, aliasOf[iso2]...))[1:]
		props := map[string]any{"iso2": iso2}
		for k, col := range map[string]string{"iso3": colISO3, "isoNumeric": colNumeric, "nameZh": colNameZh} {
			if v := t.Get(i, col); v != "" {
				props[k] = v
			}
		}
		if v := t.Get(i, colGeoname); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				return t.ErrAt(i, colGeoname, "%q is not a whole number", v)
			}
			props["geonameId"] = n
		}
		b.codes[iso2] = iso2
		if v := strings.ToUpper(t.Get(i, colISO3)); v != "" {
			b.codes[v] = iso2
		}
		if v := t.Get(i, colWikidata); v != "" {
			q := v[strings.LastIndex(v, "/")+1:]
			if !qid.MatchString(q) {
				return t.ErrAt(i, colWikidata, "%q is not a Wikidata item", v)
			}
			b.qids[q] = iso2
		}
		c := &country{iso2: iso2, name: name}
		b.countries[iso2] = c
		b.add(kg.Entity{ID: countryID(iso2), Kind: kg.Country, Name: name, Aliases: aliases,
			Props: props, Sources: []string{SourceCountryCodes}, Pos: t.Pos(i)})
		b.stats["countries"]++
		for _, n := range append([]string{name}, aliases...) {
			b.indexCountry(n, iso2)
		}
	}
	for _, n := range sortedKeys(countryLabels) {
		if _, ok := b.countries[countryLabels[n]]; ok {
			b.indexCountry(n, countryLabels[n])
		}
	}
	for k, iso := range b.countryIx {
		if iso == "" { // two countries share the name: it resolves to neither
			delete(b.countryIx, k)
		}
	}
	return nil
}

// countryName is the name a country is shown by: CLDR's display name, unless that only
// shortens the official English short name — leaving off a land the name joins with "and"
// ("Bosnia" for Bosnia and Herzegovina) or writing "&" and "St." ("Trinidad & Tobago",
// "St. Lucia") — when the official name is the name. An official name that carries a
// qualifier ("Bolivia (Plurinational State of)") or adds a formal style ("Republic of
// Moldova", "Brunei Darussalam") leaves the display name in place.
func countryName(cldr, official string) string {
	if cldr == "" {
		return official
	}
	if official == "" || strings.ContainsAny(official, "(,") {
		return cldr
	}
	if strings.HasPrefix(official, cldr+" and ") {
		return official
	}
	spelled := strings.ReplaceAll(cldr, " & ", " and ")
	if rest, ok := strings.CutPrefix(spelled, "St. "); ok {
		spelled = "Saint " + rest
	}
	withoutThe := func(s string) string { return strings.ReplaceAll(s, " the ", " ") }
	if spelled != cldr && withoutThe(spelled) == withoutThe(official) {
		return official
	}
	return cldr
}

func (b *builder) indexCountry(name, iso2 string) {
	k := b.norm(name)
	if k == "" {
		return
	}
	if prev, ok := b.countryIx[k]; ok && prev != iso2 {
		b.countryIx[k] = ""
		return
	}
	b.countryIx[k] = iso2
}

// resolveCountry reads a country string of world-cities.csv or twin_cities.csv:
// "South Korea", "Korea, Republic of", "England", "Northern Ireland, United Kingdom",
// "Réunion, France" (an overseas region with its own ISO code), "Brandenburg, Germany".
func (b *builder) resolveCountry(s string) (place, bool) {
	s = strings.TrimSpace(s)
	k := b.norm(s)
	if part, ok := ukParts[k]; ok {
		return place{iso2: "GB", ukPart: part}, true
	}
	if iso, ok := b.countryIx[k]; ok {
		return place{iso2: iso}, true
	}
	head, tail, ok := cutLast(s, ",")
	if !ok {
		return place{}, false
	}
	outer, ok := b.resolveCountry(tail)
	if !ok {
		// "Korea, South", "China, People's Republic of": the name inverted
		if iso, ok := b.countryIx[b.norm(tail+" "+head)]; ok {
			return place{iso2: iso}, true
		}
		return place{}, false
	}
	if outer.region != "" {
		return place{}, false
	}
	if part, isPart := ukParts[b.norm(head)]; isPart && outer.iso2 == "GB" {
		return place{iso2: "GB", ukPart: part}, true
	}
	if iso, ok := b.countryIx[b.norm(head)]; ok {
		return place{iso2: iso}, true // "Åland Islands, Finland": the territory has its own code
	}
	outer.region = head
	return outer, true
}

// cutLast splits s around the last sep, trimming both halves; ok is false when either is empty.
func cutLast(s, sep string) (head, tail string, ok bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return "", "", false
	}
	head, tail = strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(sep):])
	return head, tail, head != "" && tail != ""
}
