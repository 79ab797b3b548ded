package ingest

import (
	"strings"
	"testing"
)

// TestMissedKnownForms: names the graph holds in another form or that a context rule
// dropped, each linked by a rule of round 38c.
func TestMissedKnownForms(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		name, text, want, notWant string
	}{
		// a province's stem, its head left out
		{"province stem", "The ambassador toured clinics across Luapula with officials from Zambia.",
			"Luapula=region:zm:luapula-province", ""},
		// a compass word before a land's is a range of hills as often as a province
		{"compass stem", "Farmers in the Eastern Highlands of Zimbabwe grow tea.",
			"", "region:pg:eastern-highlands-province"},
		// a city's name without its head word
		{"city head dropped", "Aid reached families displaced from Marawi in the Philippines last year.",
			"Marawi=city:ph:marawi-city", ""},
		// not where the text gives the name to a district too
		{"city head, district too", "The consul toured the district of Attock in Pakistan. In Attock he met farmers.",
			"", "city:pk:attock-city"},
		// the short form's dot closes the sentence
		{"short form ends sentence", "Exchanges have grown in the U.S. The Forest Service will host more next year.",
			"U.S.=country:us", ""},
		// "a U.S. Consulate" is a kind of post
		{"indefinite post", "For decades the town has had a U.S. Consulate, now an office.",
			"U.S.=country:us", ""},
		// the title without its accent
		{"unaccented charge", "U.S. Charge d’Affaires Ada Lind opened the hall.",
			"U.S.=country:us", ""},
		// "Taoyuan’s sister city": of the namesakes, the one with partners
		{"sister city", "Mayors met in Orange Walk, Taoyuan’s sister city in Belize. Students from Taoyuan will visit.",
			"Taoyuan=city:tw:taoyuan", ""},
	} {
		got := articleLinks(t, g, Article{Text: c.text})
		if c.want != "" && !strings.Contains(" "+got+" ", " "+c.want+" ") {
			t.Errorf("%s: %q: want %s, got %s", c.name, c.text, c.want, got)
		}
		if c.notWant != "" && strings.Contains(got, c.notWant) {
			t.Errorf("%s: %q: want no %s, got %s", c.name, c.text, c.notWant, got)
		}
	}
}

// TestStemOfOtherUnit: a province's stem is not linked where the text writes it with
// another unit's head, a unit the graph may lack.
func TestStemOfOtherUnit(t *testing.T) {
	g := fixtureGazetteer(t)
	text := "Officials of Luapula Region met the ambassador of Zambia. In Luapula they opened a clinic."
	if got := articleLinks(t, g, Article{Text: text}); strings.Contains(got, "region:zm:luapula-province") {
		t.Errorf("%q: want no region:zm:luapula-province, got %s", text, got)
	}
}

// TestHonorificAbbreviation: a short word closed by a period before a given name and a
// surname is a professional style, not a town listed after a known one.
func TestHonorificAbbreviation(t *testing.T) {
	text := "the Mayor of Alba, Ing. Rosa Vidal, spoke"
	at := strings.Index(text, "Ing")
	if !abbreviated(text, token{text: "Ing", start: at, end: at + 3}) {
		t.Errorf("%q: want Ing. read as an abbreviation", text)
	}
	text = "towns such as Alba, Sorn. Rosa Vidal spoke"
	at = strings.Index(text, "Sorn")
	if abbreviated(text, token{text: "Sorn", start: at, end: at + 4}) {
		t.Errorf("%q: want Sorn read as a name", text)
	}
}
