package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTwinRegionSense: a prefecture and its capital of one name. A possessive of the name
// in an article that cues the prefecture is the prefecture; a bare name, its town never
// cued, among linked towns of the prefecture is the prefecture; a town cued in its own
// right leaves the visit to the town. The prefecture cued is context enough for its bare
// name where the country goes unnamed.
func TestTwinRegionSense(t *testing.T) {
	g := fixtureGazetteer(t)
	checkOccurrenceLinks(t, g, []occurrenceCase{
		{
			name: "a possessive where the prefecture is cued",
			text: "The envoy to Japan spent a week in Okinawa Prefecture. She arrived in Okinawa on Monday and praised Okinawa's orchards.",
			want: map[string]string{"Okinawa#1": "region:jp:okinawa", "Okinawa#3": "region:jp:okinawa"},
		},
		{
			name: "bare, among the prefecture's towns, its capital never cued",
			text: "The envoy to Japan met the Okinawa Governor. She travelled to Okinawa and toured Naha.",
			want: map[string]string{"Okinawa#2": "region:jp:okinawa", "Naha#1": "city:jp:naha"},
		},
		{
			name: "the capital cued as a city: a visit is to the city",
			text: "The envoy to Japan met the Okinawa Governor and the Okinawa City Mayor. She travelled to Okinawa and toured Naha.",
			want: map[string]string{"Okinawa#3": "city:jp:okinawa"},
		},
		{
			name: "the prefecture cued, its country unnamed: the bare name is the prefecture",
			text: "A talk with students based in Okinawa. In the afternoon in Okinawa Prefecture, the minister met them.",
			want: map[string]string{"Okinawa#1": "region:jp:okinawa"},
		},
		{
			name: "no prefecture cued: the possessive is the city",
			text: "The envoy to Japan arrived in Naha. She praised Okinawa's orchards.",
			want: map[string]string{"Okinawa#1": "city:jp:okinawa"},
		},
	})
}

// occurrenceCase is a made-up text and the ids its "text#occurrence" mentions should
// link to ("" for none).
type occurrenceCase struct {
	name, text string
	want       map[string]string
}

// checkOccurrenceLinks ingests each case's text under a plain headline and compares its
// links.
func checkOccurrenceLinks(t *testing.T, g *Gazetteer, cases []occurrenceCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := g.Ingest(Article{Text: "Test\n\n" + c.text, Meta: Meta{Title: "Test", Published: "2016-05-02"}})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, mentionIDs(doc, c.want)); diff != "" {
				t.Errorf("links (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTownInTwinRegion: a town placed "in" a twin name makes the name the region it
// lies in, and a town's kind word before "in" ("town in") leaves its region read.
// Written for this test.
func TestTownInTwinRegion(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{
			name: "a town in the twin name",
			text: "China offices\nThe consul called on officials in Changchun in Jilin and in Harbin in Heilongjiang.",
			want: []string{"China country:cn", "Changchun city:cn:changchun", "Jilin region:cn:jilin", "Harbin city:cn:harbin", "Heilongjiang region:cn:heilongjiang"},
		},
		{
			name: "a town's kind word before its region",
			text: "Japan tour\nDiplomats in Japan went to Tateyama town in Toyama prefecture.",
			want: []string{"Japan country:jp", "Japan country:jp", "Tateyama city:jp:gohyakkoku", "Toyama prefecture region:jp:toyama"},
		},
	} {
		if diff := cmp.Diff(c.want, linksOf(t, g, c.text)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
}
