package refdata

// Finding a name in the city index: the exonyms twin_cities.csv uses, the looser forms
// of a city name (altKeys, which cities.go indexes), the lookups by name, and the
// subcountries a hint names.

import (
	"regexp"
	"strings"
)

// exonyms are English names twin_cities.csv uses (as Wikipedia does) for cities that
// world-cities.csv lists under a local or other transliterated name, by country. Only
// pairs checked against both files are listed; the twin name becomes an alias.
var exonyms = map[string]map[string]string{
	"AZ": {"Sumgait": "Sumgayit", "Shaki": "Sheki"},
	"BE": {"Ghent": "Gent"},
	"BG": {"Veliko Tarnovo": "Veliko Tŭrnovo"},
	"BY": {"Babruysk": "Bobruysk", "Salihorsk": "Soligorsk", "Baranavichy": "Baranovichi",
		"Svietlahorsk": "Svetlogorsk", "Nyasvizh": "Nesvizh", "Maladzyechna": "Maladziečna",
		"Smalyavichy": "Smaliavičy"},
	"CH": {"Lucerne": "Luzern"},
	"DE": {"Cologne": "Köln", "Hanover": "Hannover"},
	"DK": {"Aarhus": "Århus"},
	"ES": {"Seville": "Sevilla"},
	"GE": {"Sukhumi": "Sokhumi"},
	"GR": {"Patras": "Pátra", "Larissa": "Lárisa", "Rhodes": "Ródos"},
	"IL": {"Rishon LeZion": "Rishon LeTsiyyon", "Petah Tikva": "Petaẖ Tiqva", "Nahariya": "Nahariyya"},
	"IT": {"Reggio Emilia": "Reggio nell'Emilia"},
	"MA": {"Fez": "Fes"},
	"MN": {"Ulaanbaatar": "Ulan Bator"},
	"PS": {"Beit Jala": "Bayt Jālā"},
	"RU": {"Nizhny Novgorod": "Nizhniy Novgorod"},
	"UA": {"Mykolaiv": "Mykolayiv", "Vinnytsia": "Vinnytsya", "Zaporizhzhia": "Zaporizhzhya",
		"Kamianets-Podilskyi": "Kamyanets-Podilskyi", "Feodosia": "Feodosiya", "Yevpatoria": "Yevpatoriya",
		"Berdiansk": "Berdyansk", "Zviahel": "Zvyahel", "Bakhchysarai": "Bakhchysaray", "Saky": "Saki"},
}

var (
	// "Freiburg im Breisgau", "Frankfurt an der Oder", "Hanau am Main"
	connector = regexp.MustCompile(`^(.+?)\s+(?:am|an der|im|in der|ob der|vor der|bei)\s+(.+)$`)
	// "Frankfurt (Oder)"
	trailingParen = regexp.MustCompile(`^(.*\S)\s*\([^()]*\)$`)
)

// altKeys are looser forms of a city name, folded: without a river or landscape
// ("Freiburg im Breisgau" -> "freiburg breisgau", "freiburg"; "Frankfurt (Oder)" ->
// "frankfurt"), without "City" ("Gaza City" -> "gaza") or, in Japan, "-shi"
// ("Nara-shi" -> "nara").
func (b *builder) altKeys(iso2, name, key string) []string {
	var out []string
	add := func(s string) {
		if k := fold(s); k != "" {
			out = append(out, k)
		}
	}
	if strings.HasSuffix(name, ")") {
		if m := trailingParen.FindStringSubmatch(name); m != nil {
			add(m[1])
		}
	}
	if strings.Contains(name, " am ") || strings.Contains(name, " an ") || strings.Contains(name, " im ") ||
		strings.Contains(name, " in ") || strings.Contains(name, " ob ") || strings.Contains(name, " vor ") || strings.Contains(name, " bei ") {
		if m := connector.FindStringSubmatch(name); m != nil {
			add(m[1] + " " + m[2])
			add(m[1])
		}
	}
	n := key
	if k, ok := strings.CutSuffix(n, " city"); ok && k != "" {
		out = append(out, k)
	}
	if k, ok := strings.CutSuffix(n, " shi"); ok && k != "" && iso2 == "JP" {
		out = append(out, k)
	}
	return out
}

// lookup finds the places of the country a name names, by their names and aliases: as
// written, under the world-cities name of an exonym, each part of "Biel/Bienne", and
// with "St"/"Saint" swapped; the first form that finds any.
func (r *resolver) lookup(name string) []*wcity {
	return r.b.lookupName(r.pl.iso2, name)
}

func (b *builder) lookupName(iso2, name string) []*wcity {
	x := b.cities
	n := b.fold(name)
	if c := x.lookupAll(iso2, n); len(c) > 0 {
		return c
	}
	if w, ok := b.exonyms[iso2+"|"+n]; ok {
		if c := x.lookupAll(iso2, w); len(c) > 0 {
			return c
		}
	}
	if strings.Contains(name, "/") {
		for part := range strings.SplitSeq(name, "/") {
			if c := x.lookupAll(iso2, b.fold(part)); len(c) > 0 {
				return c
			}
		}
	}
	for _, sw := range [][2]string{{"st ", "saint "}, {"saint ", "st "}, {"ste ", "sainte "}, {"sainte ", "ste "}} {
		if rest, ok := strings.CutPrefix(n, sw[0]); ok {
			if c := x.lookupAll(iso2, sw[1]+rest); len(c) > 0 {
				return c
			}
		}
	}
	return nil
}

// lookupLoose finds places by a looser form of the name ("Freiburg im Breisgau" finds
// "Freiburg"), or by a looser form of theirs ("Hanau" finds "Hanau am Main"); never both
// at once, lest "Neustadt an der Orla" find "Neustadt an der Weinstraße". What it finds
// is a weaker match.
func (r *resolver) lookupLoose(name string) []*wcity {
	return r.b.lookupLoose(r.pl.iso2, name)
}

func (b *builder) lookupLoose(iso2, name string) []*wcity {
	x := b.cities
	for _, k := range b.altKeys(iso2, name, b.fold(name)) {
		if c := x.lookupAll(iso2, k); len(c) > 0 {
			return c
		}
	}
	return x.byAlt[nameKey{iso2, b.fold(name)}]
}

// matchSubs finds the world-cities subcountries of a country that a hint names:
// "Bavaria", "Hessen" for Hesse, "Baden" for Baden-Wurttemberg, "Berlin" for State of Berlin.
func (b *builder) matchSubs(iso2, h string) []string {
	hn, hk := b.norm(h), b.subKey(h)
	if hk == "" {
		return nil
	}
	subs, keys := b.cities.subs[iso2], b.cities.subKeys[iso2]
	var out []string
	for _, s := range subs {
		if b.norm(s) == hn {
			out = append(out, s)
		}
	}
	if len(out) > 0 {
		return out
	}
	for i, s := range subs {
		if keys[i] == hk {
			out = append(out, s)
		}
	}
	if len(out) > 0 {
		return out
	}
	for i, s := range subs {
		short, long := hk, keys[i]
		if len(short) > len(long) {
			short, long = long, short
		}
		if len(short) >= 5 && strings.HasPrefix(long, short) {
			out = append(out, s)
		}
	}
	return out
}

// subKey normalizes a region name for comparison, without the words that say what kind
// of region it is.
func (b *builder) subKey(s string) string {
	k := b.norm(s)
	for _, p := range []string{"state of ", "city of ", "province of "} {
		k = strings.TrimPrefix(k, p)
	}
	for _, suf := range []string{" county", " region", " province", " oblast", " prefecture", " municipality", " district", " parish"} {
		k = strings.TrimSuffix(k, suf)
	}
	return k
}
