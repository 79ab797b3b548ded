package refdata

import (
	"regexp"
	"slices"
)

// honorific is the title Mexico's congress gives towns for their part in its wars
// ("Heroica Matamoros", "Heróica Zitácuaro", "Heroica Ciudad de Tlaxiaco"). GeoNames
// names such a town with its title, while texts and the town's own alternate names write
// it without ("Matamoros"); held under the titled name, the town lost its common name to
// a smaller namesake that bears it plainly (Coahuila's Matamoros).
var honorific = regexp.MustCompile(`^(?:Heroica|Heróica|Heroico|Heróico) (?:(?:Ciudad|Villa|Puerto) de )?`)

// commonName is the name a City is shown by: its name without the honorific, when the
// place's alternate names carry that form; else the name. The titled name is then an
// alias, and the id, made from the name the data set gives, stays.
func commonName(name string, aliases []string) string {
	loc := honorific.FindStringIndex(name)
	if loc == nil {
		return name
	}
	short := name[loc[1]:]
	key := fold(short)
	if key == "" || !slices.ContainsFunc(aliases, func(a string) bool { return fold(a) == key }) {
		return name
	}
	for _, a := range aliases { // as the alternate names write it, with its accents
		if a == short {
			return short
		}
	}
	for _, a := range aliases {
		if fold(a) == key {
			return a
		}
	}
	return name
}
