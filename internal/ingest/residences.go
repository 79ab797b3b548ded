package ingest

import "strings"

// officeResidence reports whether the words after a title are "’s Residence" or a
// further title and then it ("U.S. Consul’s Residence", "U.S. Consul General’s
// Residence"): an envoy's house, which the annotations leave out with the short form
// before it, as "the Alba Residence" (honourHeads).
func officeResidence(ws []string) bool {
	for _, w := range ws {
		lw := strings.ToLower(w)
		switch {
		case honourHeads[lw]:
			return true
		case titleWords[strings.ToLower(possessive(w))]:
			continue
		}
		return false
	}
	return false
}
