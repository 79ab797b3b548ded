package ingest

import (
	"strings"
	"testing"
)

// TestTitlePlaces: a word that is part of a title ("Chief of Mission", "Paramount
// Chief") or heads a feature's name ("the Plains of ...") links no town of that name;
// a city the text gives a president is a state there, its city not meant.
func TestTitlePlaces(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text    string
		want    string // a link that stays
		notWant string // the namesake that must not be linked
	}{
		{"The U.S. Deputy Chief of Mission, Alba Sorn, met officials in Texas.", "Texas=region:us:texas", "city:us:mission"},
		{"In Sierra Leone the U.S. Ambassador was named an honorary Paramount Chief by the elders of a village near Freetown.", "Sierra Leone=country:sl", "city:us:paramount"},
		{"Farmers from Canada and the United States toured the Plains of Tessaly before the harvest fair in Toronto.", "Canada=country:ca", "city:us:texas:plains"},
		{"The Ambassador of Tanzania called on Zanzibar's President. Trade between the mainland and Zanzibar grew fast.", "Tanzania=country:tz", "city:tz:zanzibar"},
		{"The Second Vice President of Zanzibar met the delegation from Tanzania. Zanzibar hosts the talks.", "Tanzania=country:tz", "city:tz:zanzibar"},
	} {
		got := articleLinks(t, g, Article{Text: c.text})
		if !strings.Contains(got, c.want) || strings.Contains(got, c.notWant) {
			t.Errorf("%q: got %s; want %s and no %s", c.text, got, c.want, c.notWant)
		}
	}
}

// TestCityPresidentStays: a city's own president ("the Borough President of") leaves
// the city linked.
func TestCityPresidentStays(t *testing.T) {
	g := fixtureGazetteer(t)
	text := "The Borough President of Brooklyn welcomed the mayor of Tokyo, Japan, to New York."
	if got := articleLinks(t, g, Article{Text: text}); !strings.Contains(got, "Brooklyn=") {
		t.Errorf("got %s; want Brooklyn linked", got)
	}
}

// TestOtherMonarchs: a monarch's name without its ordinal is not the graph's monarch
// where a longer name runs on from it or none of his countries is named; with his
// country named it still is.
func TestOtherMonarchs(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct{ text, want string }{
		{"The delegation travels to Samoa to meet King George Sione and the Prime Minister.", "Samoa=country:ws"},
		{"The U.S. Ambassador opened a clinic near Queen Elizabeth Park in Kenya.", "U.S.=country:us Kenya=country:ke"},
		{"Queen Elizabeth received the President at Windsor, in the United Kingdom.", "Queen Elizabeth=person:gb:queen-elizabeth-ii United Kingdom=country:gb"},
		{"Queen Elizabeth II received the President at Windsor.", "Queen Elizabeth II=person:gb:queen-elizabeth-ii"},
		// a generation's numeral, no monarch's
		{"Ambassador Robert Wood Johnson toured a school with students.", "Robert Wood Johnson=person:johnson-robert-wood"},
	} {
		if got := articleLinks(t, g, Article{Text: c.text}); got != c.want {
			t.Errorf("%q: got %s; want %s", c.text, got, c.want)
		}
	}
}

// TestStrayTowns: in a text whose places all lie in one country, a lone small town of
// another (the sender's) country with nothing of its own beside it is not kept; a town
// placed by "in", or written after a given name (a surname), stays.
func TestStrayTowns(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text, word string
		keep       bool
	}{
		{"Young traders of Koudougou drank tea with the Grin of the market.", "Grin", false},
		{"Young traders of Koudougou spoke of the flood in Grin last year.", "Grin", true},
		{"Young traders of Koudougou met Maria Grin, a teacher.", "Grin", true},
	} {
		i := strings.LastIndex(c.text, c.word)
		e := g.byID["city:us:green"]
		m := Mention{Text: c.word, bStart: i, bEnd: i + len(c.word), Entity: strPtr("city:us:green"), Kind: g.entries[e].Kind, entry: e}
		ctx := &linkCtx{text: c.text, placeCountry: "country:bf", countries: map[string]bool{}}
		if got := len(g.dropStrayTowns(ctx, []Mention{m})) == 1; got != c.keep {
			t.Errorf("%q: kept %v, want %v", c.text, got, c.keep)
		}
	}
}

// TestCitiesCalledSo: a region's name the text calls a city ("a city as busy as") is
// the region's capital of that name throughout; without the words it stays the region.
func TestCitiesCalledSo(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct{ text, want string }{
		{"The U.S. Ambassador opened a clinic in Choluteca, Honduras. In a city as busy as Choluteca, care matters.",
			"U.S.=country:us Choluteca=city:hn:ciudad-choluteca Honduras=country:hn Choluteca=city:hn:ciudad-choluteca"},
		{"The U.S. Ambassador opened a clinic in Choluteca, Honduras. Choluteca farmers grow melons.",
			"U.S.=country:us Choluteca=region:hn:choluteca-department Honduras=country:hn Choluteca=region:hn:choluteca-department"},
	} {
		if got := articleLinks(t, g, Article{Text: c.text}); got != c.want {
			t.Errorf("%q: got %s; want %s", c.text, got, c.want)
		}
	}
}
