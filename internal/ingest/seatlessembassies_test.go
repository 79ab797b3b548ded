package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
)

// TestSeatlessEmbassies: an embassy named by its country alone, the United States
// spelt out or an office's title straight after it, is the one embassy of that country
// in the country the article is about; a seat or a body's name after it is not.
func TestSeatlessEmbassies(t *testing.T) {
	g := fixtureGazetteer(t)
	tests := []struct {
		text string
		want []string
	}{
		{"Volunteers in Tallinn, Estonia, were thanked by staff of the United States Embassy on Monday.",
			[]string{"United States Embassy consulate:united-states-of-america-embassy-tallinn"}},
		{"Notes\n\nThe fair in Bobo-Dioulasso drew U.S. Embassy Vice Consul Ada Berg and local teachers.",
			[]string{"U.S. Embassy consulate:united-states-of-america-embassy-ouagadougou"}},
		{"Notes\n\nIn Cairo, U.S. Embassy Chargé d’Affaires Tor Lind met Egypt's youth minister.",
			[]string{"U.S. Embassy consulate:united-states-of-america-embassy-cairo"}},
		{"Nothing but Egyptian pottery was shown.\n\nOn Monday the U.S. Embassy opened the show of Egyptian pottery.",
			[]string{"U.S. Embassy consulate:united-states-of-america-embassy-cairo"}},
		// no country other than the embassy's own: nothing to read the seat from
		{"On Monday the U.S. Embassy opened a show of pottery.", nil},
		// a capitalised word that is no office: a seat, or a body's name, goes on
		{"Notes\n\nIn Cairo, the U.S. Embassy Youth Council met Egypt's youth minister.", nil},
	}
	for _, tt := range tests {
		got := kindLinks(t, g, tt.text, kg.Consulate)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q: consulates (-want +got):\n%s", tt.text, diff)
		}
	}
}
