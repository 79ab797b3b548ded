package ingest

import (
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestCountriesInNames: a country inside a longer name is no mention of its own: one
// opening a name a contest's, a law's, a command's or a patrol's head closes, a party in
// a named document's "between" list, an item of a quoted title's subtitle, and one
// closing a name after an acronym, a plural or a body's head. A country before its
// government's body, in an unnamed document's list, after a sentence's first word or
// after a single native name stays linked. Two countries side by side, one space
// between, are one body's name; a country before "Residence" names its envoy's house.
func TestCountriesInNames(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "country:td", Kind: kg.Country, Name: "Chad", Degree: 200},
	})
	checkLinkCases(t, g, []linkCase{
		{"Officers of the Libya Border Patrol met the farmers.", nil},
		{"Pupils joined the Libya-Chad Youth Debate Challenge in May.", nil},
		{"The grant came from Libya Southern Command in May.", nil},
		{"The grant came from Libya Southern Command.", nil},
		{"The Libya Government’s Harbour Challenge Corporation funds roads.", []string{"Libya country:ly"}},
		{"Envoys signed the Partnership Declaration between the Republic of Chad and Libya in May.", nil},
		{"Envoys signed the MOU between Chad and Libya in May.", []string{"Chad country:td", "Libya country:ly"}},
		{"The forum “Water Futures: Shared pathways between Chad and Libya” opened.", nil},
		{"The mayor thanked Global Cities Libya and Parks Chad for the visit.", nil},
		{"The loan came from VELCO Libya last year.", nil},
		{"The mayor thanked Sister Cities International and Parks Chad for the visit.", nil},
		{"Today Libya signed the pact. The people of Tamaru Chad welcomed him.", []string{"Libya country:ly", "Chad country:td"}},
		{"The chairman of Chad Libya, the trade agency, spoke.", nil},
		{"Guests met at the Chad Residence in the capital.", nil},
		{"Chad, Libya and their neighbours met.", []string{"Chad country:td", "Libya country:ly"}},
		{"They extended Chad Libya cultural ties.", []string{"Chad country:td", "Libya country:ly"}},
	})
}
