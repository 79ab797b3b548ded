package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// privateFrom is a noun for people who come for themselves or their firms ("business
// representatives from X"): the place they come from takes no part in the event.
var privateFrom = regexp.MustCompile(`(?i)\b(?:representatives|businesses|business people|companies|firms|institutions|students|investors)\s+from\s+$`)

// withoutStrayOrigins drops a place made a visitor as where a party comes "from" when the
// sentence's "from" opens something else: another name or more than a few words stand
// between them ("from Acme Ltd to the Zenith Trust ... to Arvenia's economy"), or those
// from it are private people, not the place's delegation.
func withoutStrayOrigins(text string, ms []Mention, facts []Fact) []Fact {
	return slices.DeleteFunc(facts, func(x Fact) bool {
		k, _ := kg.KindOfID(x.From)
		if x.To != "\x00event" || !(isPlace(k) || k == kg.Country) || x.Props["role"] != "visitor" {
			return false
		}
		s, e := x.Evidence.bStart, x.Evidence.bEnd
		if s < 0 || e > len(text) || s >= e {
			return false
		}
		loc := fromRe.FindStringIndex(text[s:e])
		if loc == nil {
			return false
		}
		from := s + loc[1]
		var first *Mention // the first name the text reads after "from"
		for i := range ms {
			if ms[i].bStart >= from && ms[i].bEnd <= e && (first == nil || ms[i].bStart < first.bStart) {
				first = &ms[i]
			}
		}
		var place *Mention // the place the fact stands on after "from"
		for i := range ms {
			if ms[i].bStart >= from && ms[i].bEnd <= e && ms[i].id() == x.From {
				place = &ms[i]
				break
			}
		}
		if place == nil {
			return false
		}
		if first != nil && first.bStart < place.bStart && first.id() != x.From {
			return true
		}
		if len(strings.Fields(text[from:place.bStart])) > 3 {
			return true // "from the city of X" is its reach
		}
		return place.bStart == from+len(leadingSpace(text[from:place.bStart])) && privateFrom.MatchString(text[s:place.bStart])
	})
}

func leadingSpace(s string) string { return s[:len(s)-len(strings.TrimLeft(s, " \t"))] }
