package refdata

import "regexp"

// institutionName matches a gazetteer name that names a body rather than a place: GeoNames
// lists some campuses as populated places under the institution's own name ("University
// of Texas", "Tufts University", "Instituto de Biociências"). Held as a City, such a name
// draws every mention of the body ("the University of Texas at El Paso") to a place. The
// rule wants the body's form — a head word followed by "of", or a name ending in
// "University" — so that towns named after a college stay: College Station, State
// College, University Park, Ciudad Universitaria, Universitäts- und Hansestadt Greifswald.
var institutionName = regexp.MustCompile(`^(?:(?:University|College|Institute|Academy|Polytechnic|School) (?:of|for) ` +
	`|(?:Universidad|Universidade|Université|Università|Universität|Universiteit|Instituto|Institut|Academia|Académie) (?:de|del|des|do|da|di|della|für|der|van|voor) )` +
	`|. University$`)

// isInstitution reports whether a place's name reads as an institution's (institutionName).
func isInstitution(name string) bool { return institutionName.MatchString(name) }
