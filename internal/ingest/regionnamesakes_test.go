package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRegionNamesakes: a first-level region outranks a barely known town of its country,
// elsewhere, that took its name; a town in a region of a name after "in" or a comma is
// in that region, not the country of that name; "<Name> City", a form every city called
// so bears, is left unlinked where the graph lists it for one of several namesakes.
func TestRegionNamesakes(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		// the region, not the suburb of that name near Wellington: changed
		{"Hikers from Auckland walk among the kauri of Northland every summer in New Zealand.",
			map[string]string{"Auckland": "city:nz:auckland", "Northland": "region:nz:northland", "New Zealand": "country:nz"}},
		// a town of the state, then "in": the state, not the country: changed
		{"Teachers from Johns Creek in Georgia joined the exchange this spring.",
			map[string]string{"Johns Creek": "city:us:johns-creek", "Georgia": "region:us:georgia"}},
		// a town of the country, then "in": the country stays
		{"Volunteers from Gori in Georgia joined the exchange this spring.",
			map[string]string{"Gori": "city:ge:gori", "Georgia": "country:ge"}},
		// no town before it: the country stays
		{"The President of Georgia met the Prime Minister of Armenia on Monday.",
			map[string]string{"Georgia": "country:ge", "Armenia": "country:am"}},
		// "Talisay City", one of three Talisays: left unlinked (was the Cebu one)
		{"The seminar was held at a beach resort in Talisay City on Tuesday.",
			map[string]string{"Talisay City": ""}},
		// a city whose own name is "<Name> City", or the one city called so: unchanged
		{"The mayor of Quezon City met the mayor of Iloilo City in the Philippines.",
			map[string]string{"Quezon City": "city:ph:quezon-city", "Iloilo City": "city:ph:iloilo", "Philippines": "country:ph"}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
