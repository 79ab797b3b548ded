package ingest

import (
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
	"github.com/google/go-cmp/cmp"
)

// TestMacroRegionNames: a country's great region named in more than one word is a new
// region of that country, the longest name first ("Russian Far East", then "Far East"
// as the same region), where the text names that country; not where it names another
// alone (the world region's "Far East"). The sentences are written for this test.
func TestMacroRegionNames(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ru", Kind: kg.Country, Name: "Russia", Degree: 100},
		{ID: "country:jp", Kind: kg.Country, Name: "Japan", Degree: 100},
	})
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The envoy will travel to the Russian Far East. Its ports face the Pacific.", []string{"Russian Far East=region:ru:russian-far-east (Region)"}},
		{"Russia’s envoy spoke. He will stay in the Far East for a week.", []string{"Russia=country:ru (Country)", "Far East=region:ru:far-east (Region)"}},
		{"Japan’s envoy spoke of peace in the Far East.", []string{"Japan=country:jp (Country)"}},
	} {
		if diff := cmp.Diff(tc.want, mentionsIn(t, g, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
