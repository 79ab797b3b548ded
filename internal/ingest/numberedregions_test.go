package ingest

import (
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
	"github.com/google/go-cmp/cmp"
)

// TestNumberedAndCompassRegions: "Region Two" is a new region; a compass word's
// province is a new region where the graph holds that name only in other countries
// than the text's, and the linker's where it holds it in the text's country. The
// sentences are written for this test.
func TestNumberedAndCompassRegions(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:zz", Kind: kg.Country, Name: "Zedland", Degree: 100},
		{ID: "country:zn", Kind: kg.Country, Name: "North Velmaria", Degree: 50},
		{ID: "region:zn:western-province", Kind: kg.Region, Name: "Western Province", Countries: []string{"country:zn"}, Degree: 5},
	})
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The envoy of Zedland drove to Region Two on Monday.", []string{"Zedland=country:zz (Country)", "Region Two=region:zz:region-two (Region)"}},
		{"The envoy of Zedland met the Premier of Western Province on Monday.", []string{"Zedland=country:zz (Country)", "Western Province=region:zz:western-province (Region)"}},
		{"The envoy of North Velmaria visited Western Province on Monday.", []string{"North Velmaria=country:zn (Country)", "Western Province=region:zn:western-province (Region)"}},
	} {
		if diff := cmp.Diff(tc.want, mentionsIn(t, g, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
