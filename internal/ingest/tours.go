package ingest

import (
	"regexp"

	"github.com/amity-graph/amity/internal/kg"
)

// tourTo opens a trip's destinations ("travelled to", "traveled to").
var tourTo = regexp.MustCompile(`\btravel(?:l)?ed to `)

// tourJoint is what may stand between two countries of one list of destinations.
var tourJoint = regexp.MustCompile(`^(?:,? and |, )(?:the )?$`)

// countriesToured reports whether the text, before byte at, has its traveller go to two
// countries or more in one list ("travelled to Velmaria and Ostrava from May 2 to 9"):
// the trip is then a tour held in its countries, and a stop a later sentence names ("During
// a visit to Velo Island, ...") is no place of the whole.
func (f *factBuilder) countriesToured(at int) bool {
	text := f.c.text[:at]
	for _, loc := range tourTo.FindAllStringIndex(text, -1) {
		n, end := 0, loc[1]
		for _, m := range f.ms {
			if m.bStart < end || m.bStart >= at {
				continue
			}
			gap := f.c.text[end:m.bStart]
			if n == 0 && gap != "" && gap != "the " || n > 0 && !tourJoint.MatchString(gap) || m.Kind != kg.Country {
				break
			}
			n, end = n+1, m.bEnd
		}
		if n >= 2 {
			return true
		}
	}
	return false
}
