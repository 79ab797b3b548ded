package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// postsGazetteer holds a sending country with one post, so that its ids show the
// sender's long spelling, and a host whose city holds none. The names are made up.
func postsGazetteer() *Gazetteer {
	return NewGazetteer([]store.NameRecord{
		{ID: "country:om", Kind: kg.Country, Name: "Oman", Degree: 200},
		{ID: "city:om:sohar", Kind: kg.City, Name: "Sohar", Countries: []string{"country:om"}, Degree: 3},
		{ID: "country:us", Kind: kg.Country, Name: "United States", Aliases: []string{"United States of America"}, Degree: 900},
		{ID: "city:om:muscat", Kind: kg.City, Name: "Muscat", Countries: []string{"country:om"}, Degree: 9},
		{ID: "consulate:united-states-of-america-embassy-muscat", Kind: kg.Consulate, Name: "Embassy of the United States in Muscat",
			Represents: []string{"country:us"}, BasedIn: []string{"city:om:muscat"}, Degree: 4},
	})
}

// A country's post named with a seat the graph holds no post at ("in Sohar", or Sohar
// right after) is a new consulate with the graph's id scheme (sender, mission type,
// seat), one however its kind is worded; named bare ("U.S. Consulate staff") on the
// post's own page it is that post, but "a U.S. Consulate General" only describes a
// rank. The sentences are made up for this test.
func TestPostNamedByKind(t *testing.T) {
	g := postsGazetteer()
	want := "consulate:united-states-of-america-consulate-general-sohar"
	got := proposedEach(t, g, "The United States Consulate General in Sohar marks ten years\n\n"+
		"Guests toured the United States Consulate in Sohar, Oman, on Monday.")
	if len(got) != 2 || got[0][1] != want || got[1][1] != want {
		t.Errorf("proposed %v, want both names of the post as %s", got, want)
	}
	got = proposedEach(t, g, "U.S. Consulate General Sohar turns ten\n\n"+
		"The post grew from a U.S. Consulate into a U.S. Consulate General in Oman. "+
		"U.S. Consulate staff met farmers (Photo courtesy of U.S. Consulate staff).")
	var texts []string
	for _, p := range got {
		if p[1] != want {
			t.Errorf("%q proposed as %s, want %s", p[0], p[1], want)
		}
		texts = append(texts, p[0])
	}
	if len(texts) != 3 {
		// the headline's name and the two bare ones; not "a U.S. Consulate" nor "a
		// U.S. Consulate General"
		t.Errorf("proposed %q, want the post three times", texts)
	}
	// in a news item's body, a bare name after the post's full one is left out
	got = proposedEach(t, g, "On Monday the envoy opened the U.S. Consulate General in Sohar, Oman. The U.S. Consulate General serves the north.")
	if len(got) != 1 {
		t.Errorf("proposed %v, want only the post's full name", got)
	}
}

// A new place whose name holds a country's name lies in that country, whatever the
// sentence names before it. The sentences are made up for this test.
func TestPlaceIDCountryInName(t *testing.T) {
	g := postsGazetteer()
	p := &proposer{g: g, c: &linkCtx{text: "U.S. aid reached west Oman.", countries: map[string]bool{"country:us": true}}}
	if got, want := p.newID(kg.Region, "west Oman", 15), "region:om:west-oman"; got != want {
		t.Errorf("newID = %q, want %q", got, want)
	}
	if got, want := p.newID(kg.Region, "Velmar Uplands", 15), "region:us:velmar-uplands"; got != want {
		t.Errorf("newID = %q, want %q (the only country the text names)", got, want)
	}
}

// The names of a list the text says is of firms ("companies such as", "firms like", a
// colon after "companies") are companies, whatever the names, two words and all. The
// sentences and names are made up for this test.
func TestFirmLists(t *testing.T) {
	g := postsGazetteer()
	checkProposed(t, g, "Many firms already trade in Sohar:  Velcorp, Brammel, Nordkur Foods, and many others.",
		map[string]kg.Kind{"Velcorp": kg.Company, "Brammel": kg.Company, "Nordkur Foods": kg.Company}, nil)
	checkProposed(t, g, "In Oman, companies such as Tidewire and Ostrel opened offices.",
		map[string]kg.Kind{"Tidewire": kg.Company, "Ostrel": kg.Company}, nil)
}

// TestSmallPostNames: an embassy's office or a consular agency in a town is a post named
// with its seat, one mention of a new consulate, its town no mention of its own. The
// sentences are made up for this test.
func TestSmallPostNames(t *testing.T) {
	g := postsGazetteer()
	for _, c := range []struct{ text, post string }{
		{"Visas in Oman\n\nThe U.S. Embassy Office in Sohar will stay open in Oman.", "U.S. Embassy Office in Sohar"},
		{"Visas in Oman\n\nCitizens in Oman may call on the U.S. Consular Agency in Sohar.", "U.S. Consular Agency in Sohar"},
	} {
		var got []string
		for _, m := range kindLinksAndProposals(t, g, c.text) {
			if m.Kind == kg.Consulate || m.Kind == kg.City {
				got = append(got, m.Text+" "+string(m.Kind))
			}
		}
		if diff := cmp.Diff([]string{c.post + " " + string(kg.Consulate)}, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}

func kindLinksAndProposals(t *testing.T, g *Gazetteer, text string) []Mention {
	t.Helper()
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return doc.Mentions
}
