package hsg

import (
	"fmt"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"

	"github.com/amity-graph/amity/internal/load/refdata"
)

// countryAnswer is how a country field resolved.
type countryAnswer struct {
	iso2 string // "" when it did not
	// The field's parenthesis, when it is not the country itself: another country or
	// territory the cities lie in ("Denmark (Greenland)": GL), or a region of the country
	// ("United Kingdom (Wales)").
	parenISO, parenRegion string
	// The states that succeeded a union the field names ("U.S.S.R.", "Yugoslavia"),
	// where its cities lie now: Kiev on a trip to the U.S.S.R. is in Ukraine.
	successors []string
}

// formerStates are the unions of the files and the ISO countries that succeeded them,
// by folded name.
var formerStates = map[string][]string{
	"u s s r":                    {"RU", "UA", "BY", "GE", "AM", "AZ", "KZ", "UZ", "TM", "KG", "TJ", "MD", "LT", "LV", "EE"},
	"ussr":                       {"RU", "UA", "BY", "GE", "AM", "AZ", "KZ", "UZ", "TM", "KG", "TJ", "MD", "LT", "LV", "EE"},
	"soviet union":               {"RU", "UA", "BY", "GE", "AM", "AZ", "KZ", "UZ", "TM", "KG", "TJ", "MD", "LT", "LV", "EE"},
	"yugoslavia":                 {"RS", "HR", "SI", "BA", "MK", "ME", "XK"},
	"serbia and montenegro":      {"RS", "ME", "XK"},
	"serbia montenegro":          {"RS", "ME", "XK"},
	"czechoslovakia":             {"CZ", "SK"},
	"german democratic republic": {"DE"},
	"netherlands antilles":       {"CW", "SX", "BQ"},
}

// countryNamed is Places.Country, also for a name given with an article ("The Bahamas").
func (b *builder) countryNamed(name string) (string, bool) {
	if name == "" {
		return "", false
	}
	if iso, ok := b.places.Country(name); ok {
		return iso, true
	}
	if rest, ok := strings.CutPrefix(name, "The "); ok {
		return b.places.Country(rest)
	}
	return "", false
}

// splitParen splits "Calgary (Alberta)" into "Calgary" and "Alberta".
func splitParen(s string) (base, paren string) {
	s = strings.TrimSpace(s)
	if i := strings.LastIndex(s, "("); i > 0 && strings.HasSuffix(s, ")") {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1 : len(s)-1])
	}
	return s, ""
}

// country resolves a country as the files give it: its name (the Office of the
// Historian's, historic ones included: "China, People’s Republic of", "U.S.S.R.",
// "Burma (Myanmar)"), then the part before a parenthesis, the parenthesis, and last the
// file's country id in words ("korea-south": "South Korea").
func (b *builder) country(name, id string) countryAnswer {
	key := name + "\x00" + id
	if a, ok := b.countryMemo[key]; ok {
		return a
	}
	base, paren := splitParen(name)
	var a countryAnswer
	for _, q := range []string{name, base, paren, idWords(id)} {
		if q == "" {
			continue
		}
		if iso, ok := b.countryNamed(q); ok {
			a.iso2 = iso
			break
		}
	}
	for _, q := range []string{name, base, idWords(id)} {
		if succ, ok := formerStates[kg.NormalizeName(q)]; ok {
			a.successors = succ
			break
		}
	}
	if paren != "" && a.iso2 != "" {
		if iso, ok := b.countryNamed(paren); ok {
			if iso != a.iso2 {
				a.parenISO = iso
			}
		} else {
			a.parenRegion = paren
		}
	}
	b.countryMemo[key] = a
	return a
}

// idWords turns a country id of the files into words a country lookup knows:
// "united-kingdom" -> "united kingdom", "korea-south" -> "south korea".
func idWords(id string) string {
	for _, side := range []string{"south", "north"} {
		if rest, ok := strings.CutSuffix(id, "-"+side); ok {
			return side + " " + strings.ReplaceAll(rest, "-", " ")
		}
	}
	return strings.ReplaceAll(id, "-", " ")
}

// A locale part: a place name and what its parenthesis says.
type localePart struct {
	name, paren string
}

// splitLocale splits a locale ("Shanghai, Peking, Hangchow", "Sydney (Nova Scotia),
// Campobello Island (New Brunswick)") at the commas outside parentheses.
func splitLocale(s string) []localePart {
	var parts []localePart
	depth, start := 0, 0
	flush := func(end int) {
		p := strings.TrimSpace(s[start:end])
		p = strings.TrimSpace(strings.TrimSuffix(p, "."))
		if p != "" {
			name, paren := splitParen(p)
			parts = append(parts, localePart{name: name, paren: paren})
		}
	}
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth = max(0, depth-1)
		case ',':
			if depth == 0 {
				flush(i)
				start = i + 1
			}
		}
	}
	flush(len(s))
	out := parts[:0]
	for _, p := range parts {
		if p.name == "D.F" && len(out) > 0 && out[len(out)-1].name == "Mexico" {
			out[len(out)-1].name = "Mexico City" // "Mexico, D.F.": Mexico City, Distrito Federal
			continue
		}
		if n, ok := localeNames[p.name]; ok {
			p.name = n
		}
		out = append(out, p)
	}
	return out
}

// localeNames are names of the files that are no place name of their own: the halves of
// Berlin while it was divided.
var localeNames = map[string]string{"West Berlin": "Berlin", "East Berlin": "Berlin"}

// localeFixes are the few locales whose commas join a place to its region rather than to
// another place; read literally, "Quebec" would become Quebec City.
var localeFixes = map[string][]localePart{
	"Montebello, Quebec":      {{name: "Montebello", paren: "Quebec"}},
	"Birch Grove, Sussex":     {{name: "Birch Grove"}},
	"Martinique, West Indies": {{name: "Martinique"}},
}

type cityQuery struct {
	iso2, name, region string
}

type cityAnswer struct {
	id, reason string
	ok         bool
}

func (b *builder) city(iso2, name, region string) cityAnswer {
	q := cityQuery{iso2, name, region}
	if a, ok := b.cityMemo[q]; ok {
		return a
	}
	id, reason, ok := b.places.City(iso2, name, refdata.CityHint{Region: region})
	if !ok && reason == "" {
		reason = ReasonUnknownCity
	}
	a := cityAnswer{id: id, reason: reason, ok: ok}
	b.cityMemo[q] = a
	return a
}

// placeAnswer is where a locale part put the event.
type placeAnswer struct {
	id         string // a city, or a country or territory the part names
	hostItself bool   // the part names the host country itself: nothing to add
	reason     string // when it did not resolve
	detail     string
}

// place resolves one locale part of a trip whose country resolved as c. A parenthesis
// naming a country or territory places the part there ("Algiers (Algeria)" on a trip
// to France in 1943); one naming a region is passed as the region hint ("Calgary
// (Alberta)"), and so is the country field's own region ("United Kingdom (Wales)").
// A part that is no city of the country but names a country or territory itself
// ("Bermuda", "Hong Kong" on trips to the United Kingdom) is a city of that name there,
// or else that country. Nothing else is tried: a name that fits no city, or several, is
// reported with the reason Places gives.
func (b *builder) place(c countryAnswer, p localePart) placeAnswer {
	var isos []string
	region := c.parenRegion
	if p.paren != "" {
		if iso, ok := b.countryNamed(p.paren); ok {
			isos = []string{iso}
			region = ""
		} else {
			region = p.paren
		}
	}
	if isos == nil {
		if c.parenISO != "" {
			isos = append(isos, c.parenISO)
		}
		if c.iso2 != "" {
			isos = append(isos, c.iso2)
		}
	}
	var first *cityAnswer
	for _, iso := range isos {
		a := b.city(iso, p.name, region)
		if a.ok {
			return placeAnswer{id: a.id}
		}
		if first == nil || first.reason == ReasonUnknownCity && a.reason != ReasonUnknownCity {
			first = &a
		}
	}
	if first == nil || first.reason == ReasonUnknownCity {
		// A city of a union the trip names lies in one of its successors, if in exactly one.
		var hits []string
		for _, iso := range c.successors {
			if slices.Contains(isos, iso) {
				continue
			}
			if a := b.city(iso, p.name, ""); a.ok {
				hits = append(hits, a.id)
			} else if a.reason == ReasonAmbiguousCity {
				hits = append(hits, "", "")
			}
		}
		switch {
		case len(hits) == 1:
			return placeAnswer{id: hits[0]}
		case len(hits) > 1:
			return placeAnswer{reason: ReasonAmbiguousCity, detail: fmt.Sprintf("%q fits cities of several successors of the union (%s)", p.name, strings.Join(c.successors, "/"))}
		}
	}
	if first != nil && first.reason != ReasonUnknownCity {
		what := "does not resolve (" + first.reason + ")"
		if first.reason == ReasonAmbiguousCity {
			what = "fits several cities"
		}
		return placeAnswer{reason: first.reason, detail: fmt.Sprintf("%q %s of %s%s", p.name, what, strings.Join(isos, "/"), regionNote(region))}
	}
	if p.paren == "" {
		if iso, ok := b.countryNamed(p.name); ok {
			if iso == c.iso2 {
				return placeAnswer{hostItself: true}
			}
			if a := b.city(iso, p.name, ""); a.ok {
				return placeAnswer{id: a.id}
			}
			return placeAnswer{id: countryID(iso)}
		}
	}
	if len(isos) == 0 && len(c.successors) == 0 {
		return placeAnswer{reason: ReasonUnknownCountry, detail: fmt.Sprintf("%q: the trip's country did not resolve, so no city is looked up", p.name)}
	}
	return placeAnswer{reason: ReasonUnknownCity, detail: fmt.Sprintf("%q is no city of %s%s that the reference data knows", p.name, strings.Join(append(isos, c.successors...), "/"), regionNote(region))}
}

func regionNote(region string) string {
	if region == "" {
		return ""
	}
	return " in " + region
}
