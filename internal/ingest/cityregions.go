package ingest

import "regexp"

// cityRegionAfter opens with "City Region": a combined authority named after its core
// city ("Liverpool City Region") is a region of its own, the city's name inside it no
// mention of the city.
var cityRegionAfter = regexp.MustCompile(`^[ -](?:City[ -]Region|city[ -]region)\b`)
