package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// misreadGazetteer is a small made-up graph: a country, a state, a town whose name is
// also a surname, and a person with a namesake of another generation.
func misreadGazetteer() *Gazetteer {
	return NewGazetteer([]store.NameRecord{
		{ID: "country:zz", Kind: kg.Country, Name: "Zedland", Degree: 100},
		{ID: "region:zz:wessex", Kind: kg.Region, Name: "Wessex", Countries: []string{"country:zz"}, Degree: 30},
		{ID: "city:zz:vell", Kind: kg.City, Name: "Vell", Countries: []string{"country:zz"}, Population: 8_000, Degree: 2},
		{ID: "city:zz:ostra", Kind: kg.City, Name: "Ostra", Countries: []string{"country:zz"}, Population: 50_000, Degree: 4},
		{ID: "person:brill-tom", Kind: kg.Person, Name: "Thomas Brill", Aliases: []string{"Tom Brill"}, Degree: 3},
	})
}

// TestMisreadPlaces: a town's name after an abbreviated title the text spells out before
// it is a surname; a state's name in "County of" is the county's; the second half of a
// double-barrelled surname is no town; a region that is a cabinet secretary's portfolio
// is no mention; a name with a generational suffix is not the graph's namesake. The
// sentences are written for this test.
func TestMisreadPlaces(t *testing.T) {
	g := misreadGazetteer()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Consul General Vell of Zedland arrived on Monday. CG Vell then toured the harbour.",
			[]string{"Zedland=country:zz (Country)"}},
		{"A delegation of Zedland visited Vell and toured its harbour.",
			[]string{"Zedland=country:zz (Country)", "Vell=city:zz:vell (City)"}},
		{"Envoys of Zedland toured the County of Wessex on Monday.",
			[]string{"Zedland=country:zz (Country)"}},
		{"Envoys of Zedland toured the State of Wessex on Monday.",
			[]string{"Zedland=country:zz (Country)", "Wessex=region:zz:wessex (Region)"}},
		{"In Zedland, Ann Lowe-Ostra opened the fair.",
			[]string{"Zedland=country:zz (Country)", "Ann Lowe-Ostra=person:ann-lowe-ostra (Person)"}},
		{"The Secretary of State for Wessex flew to Zedland.",
			[]string{"Zedland=country:zz (Country)"}},
		{"The Wessex Secretary flew to Zedland on Monday.",
			[]string{"Zedland=country:zz (Country)"}},
		{"In Zedland the envoy met Tom Brill III on Monday.",
			[]string{"Zedland=country:zz (Country)", "Tom Brill III=person:tom-brill-iii (Person)"}},
		{"In Zedland the envoy met Tom Brill on Monday.",
			[]string{"Zedland=country:zz (Country)", "Tom Brill=person:brill-tom (Person)"}},
		{"In Zedland the envoy met Thomas Brill III on Monday.",
			[]string{"Zedland=country:zz (Country)", "Thomas Brill=person:brill-tom (Person)"}},
	} {
		if diff := cmp.Diff(tc.want, mentionsIn(t, g, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestDocumentNameParenthesis: a place opening an agreement's name stays part of it when
// a bracketed second name follows it. The sentence is written for this test.
func TestDocumentNameParenthesis(t *testing.T) {
	g := misreadGazetteer()
	got := mentionsIn(t, g, "Zedland marked the anniversary of the Ostra (Harbour Day) Agreement.")
	if diff := cmp.Diff([]string{"Zedland=country:zz (Country)"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestCountryNamedRegions: a state that bears its country's name is the country when
// named bare after a town of it. The
// sentences are written for this test.
func TestCountryNamedRegions(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:vm", Kind: kg.Country, Name: "Velmar", Degree: 100},
		{ID: "region:vm:velmar", Kind: kg.Region, Name: "Velmar", Countries: []string{"country:vm"}, Degree: 20},
		{ID: "city:vm:tolva", Kind: kg.City, Name: "Tolva", Countries: []string{"country:vm"}, Regions: []string{"region:vm:velmar"}, Population: 900_000, Degree: 5},
	})
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Officers trained with the police of Tolva, Velmar, last spring.",
			[]string{"Tolva=city:vm:tolva (City)", "Velmar=country:vm (Country)"}},
	} {
		if diff := cmp.Diff(tc.want, mentionsIn(t, g, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestCountyBareNames: a city's name before "County" inside a longer name is the county
// the text names in full, unless it writes the city's name with "City". The sentences are written for this test.
func TestCountyBareNames(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:zz", Kind: kg.Country, Name: "Zedland", Degree: 100},
		{ID: "city:zz:lomar", Kind: kg.City, Name: "Lomar", Countries: []string{"country:zz"}, Population: 400_000, Degree: 6},
		{ID: "region:zz:lomar-county", Kind: kg.Region, Name: "Lomar County", Countries: []string{"country:zz"}, Degree: 3},
	})
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Envoys of Zedland visited the Lomar County Government on Monday. Lomar County thanked them.",
			[]string{"Zedland=country:zz (Country)", "Lomar=region:zz:lomar-county (Region)", "Lomar County=region:zz:lomar-county (Region)"}},
		{"Lomar County hosted envoys of Zedland. They toured Lomar City on Monday.",
			[]string{"Lomar County=region:zz:lomar-county (Region)", "Zedland=country:zz (Country)", "Lomar=city:zz:lomar (City)"}},
	} {
		if diff := cmp.Diff(tc.want, mentionsIn(t, g, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
