package ingest

import "regexp"

// frenchCountryNames are French names of countries whose folded form is not one of the
// graph's names ("Sénégal" folds to Senegal and needs no entry): the names a U.S.
// mission's French pages use for the countries of its own work.
var frenchCountryNames = map[string][]string{
	"country:us": {"États-Unis", "États-Unis d’Amérique", "États-Unis d'Amérique"},
	"country:gb": {"Royaume-Uni"},
	"country:de": {"Allemagne"},
	"country:es": {"Espagne"},
	"country:cn": {"Chine"},
	"country:jp": {"Japon"},
	"country:ma": {"Maroc"},
	"country:za": {"Afrique du Sud"},
}

// frenchBodyOf ends in a French body's lower-case head, lower-case words of its name and
// "de"/"du"/"des" before a place: French capitalises only the proper nouns of a name, so
// the place there is part of the body's name ("l’agence des États-Unis pour ...", "la
// chambre de commerce et de l’industrie de Thiès").
var frenchBodyOf = regexp.MustCompile(`\b(?:agence|fondation|institut|banque|chambre|office|conseil|université|école|lycée)(?: [\p{Ll}’',]+)*? (?:des|du|de la|de)\s*$`)
