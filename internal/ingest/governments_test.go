package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestCountryGovernments: the country that names a government ("the Velmaran
// Republic Government", "U. S. Government") is linked by its name, not when a body's
// name goes on after "Government", nor when the words before it are not, whole, a
// country's name.
func TestCountryGovernments(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States"},
		{ID: "country:vr", Kind: kg.Country, Name: "Velmaran Republic"},
		{ID: "region:us:new-velmaran-republic", Kind: kg.Region, Name: "New Velmaran Republic", Countries: []string{"country:us"}},
	})
	for _, c := range []struct{ text, want string }{
		{"The grant shows that the Velmaran Republic Government cares for farmers.", "Velmaran Republic=country:vr"},
		{"The Velmaran Republic Government’s fund paid for the new wells.", "Velmaran Republic=country:vr"},
		{"U. S. Government Hands Over Pumps to Farmers", "U. S.=country:us"},
		{"Senior US Government Officials Visit Velmaran Republic", "US=country:us Velmaran Republic=country:vr"},
		{"The grant came from the U.S. Government’s Ambassador’s Fund for Cultural Preservation.", "U.S.=country:us"},
		{"He praised the Velmaran Republic Government Accountability Office for its audit.", ""},
		{"The New Velmaran Republic Government met the farmers on Friday.", "New Velmaran Republic=region:us:new-velmaran-republic"},
	} {
		got := articleLinks(t, g, Article{Text: "Test\n\n" + c.text, Meta: Meta{Title: "Test", Published: "2019-03-14"}})
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q: links (-want +got):\n%s", c.text, diff)
		}
	}
}

// TestCountryGovernmentsOf: the country after "Government of" is linked by its name,
// possessive or not, with or without "the"; not where the words after "of" are more
// than a country's name.
func TestCountryGovernmentsOf(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States"},
		{ID: "country:vr", Kind: kg.Country, Name: "Velmaran Republic"},
	})
	for _, c := range []struct{ text, want string }{
		{"The nurses will meet Government of Velmaran Republic officials on Friday.", "Velmaran Republic=country:vr"},
		{"The fund supports the Government of Velmaran Republic’s plan for wells.", "Velmaran Republic=country:vr"},
		{"He thanked the Government of the United States for the pumps.", "United States=country:us"},
		{"He thanked the Government of Velmaran Republic Province for the pumps.", ""},
	} {
		got := articleLinks(t, g, Article{Text: "Test\n\n" + c.text, Meta: Meta{Title: "Test", Published: "2019-03-14"}})
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q: links (-want +got):\n%s", c.text, diff)
		}
	}
}
