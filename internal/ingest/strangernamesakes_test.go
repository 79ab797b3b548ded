package ingest

import (
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestStrangerNamesakes: a plain full name after a military rank, of a person the graph
// knows little of, links to him only when the article agrees with his record (his
// office's country named, a title of his office's kind, or a year near his term);
// otherwise it is a new person's, the surname alone too. Without a rank it stays linked. The
// sentences are written for this test.
func TestStrangerNamesakes(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:sn", Kind: kg.Country, Name: "Senegal", Degree: 200},
		{ID: "country:no", Kind: kg.Country, Name: "Norway", Degree: 200},
		{ID: "person:lind-tor", Kind: kg.Person, Name: "Tor Lind", Degree: 1,
			Positions: []store.Position{{Title: "Ambassador", Body: "country:sn", Since: "1993-06-01", Until: "1996-06-01"}}},
		{ID: "person:berg-ana", Kind: kg.Person, Name: "Ana Berg", Degree: 40,
			Positions: []store.Position{{Title: "Ambassador", Body: "country:sn", Since: "1980", Until: "1984"}}},
		{ID: "person:dahl-ola", Kind: kg.Person, Name: "Ola Dahl", Degree: 1},
	})
	for _, c := range []struct {
		text    string
		in, out []string
	}{
		// must change: a naval officer decades after the envoy's term, nothing of Senegal
		{"Released 4/9/2019. The tour was led by Cmdr. Tor Lind of the destroyer. Lind thanked the crew.",
			[]string{"Tor Lind=person:tor-lind", "Lind=person:tor-lind"}, nil},
		{"In 2021 Sgt Tor Lind drove the visitors to Oslo.",
			[]string{"Tor Lind=person:tor-lind"}, nil},
		// must not change: his office's country named, a year near his term, no year
		// at all, a figure the graph knows much of, a person of no recorded office
		{"In 2019 Col. Tor Lind, once the envoy to Senegal, spoke at the school.",
			[]string{"Tor Lind=person:lind-tor"}, nil},
		{"In 1999 Col. Tor Lind spoke at the school.", []string{"Tor Lind=person:lind-tor"}, nil},
		{"Col. Tor Lind spoke at the school.", []string{"Tor Lind=person:lind-tor"}, nil},
		{"In 2019 Col. Ana Berg spoke at the school.", []string{"Ana Berg=person:berg-ana"}, nil},
		{"In 2019 Col. Ola Dahl spoke at the school.", []string{"Ola Dahl=person:dahl-ola"}, nil},
		{"In 2019 Ambassador Tor Lind spoke at the school.", []string{"Tor Lind=person:lind-tor"}, nil},
		// a history naming him by an office the graph lacks, with no rank
		{"In 2019 the town recalled how President Tor Lind named a consul.", []string{"Tor Lind=person:lind-tor"}, nil},
	} {
		checkPeople(t, g, c.text, c.in, c.out)
	}
}
