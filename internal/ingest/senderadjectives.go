package ingest

import "strings"

// senderAdjectives are adjectives that name a country before a mission's head but are
// no demonym of its people ("the Philippine Embassy": the people are Filipino): they
// say whose post it is, and nowhere else stand for the country, so they stay out of
// demonyms, which every other rule reads as context.
var senderAdjectives = map[string]string{"philippine": "country:ph"}

// senderCountry reads the sending country of a mission from its adjective: a demonym
// or a sender's adjective.
func senderCountry(adj string) string {
	lw := strings.ToLower(adj)
	if id := demonyms[lw]; id != "" {
		return id
	}
	return senderAdjectives[lw]
}
