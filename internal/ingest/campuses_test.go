package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSchoolAndPrefecturalNames: a campus after "at", a place completing a school's
// generic name, and a place before "Prefectural" and a name are words of those names;
// a school named for itself leaves the town after it a place. Written for this test.
func TestSchoolAndPrefecturalNames(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{
			name: "a campus and a generic school's town",
			text: "Campus tour\nThe envoy spoke at the University of Texas at El Paso and met students of the Technical University in Liberec and of the University of Economics in Prague.",
		},
		{
			name: "a school named for itself",
			text: "Campus tour\nThe envoy met students of Tubman University in Harper, Liberia.",
			want: []string{"Harper city:lr:harper", "Liberia country:lr"},
		},
		{
			name: "a prefectural body's name",
			text: "Japan tour\nDiplomats in Japan visited the Niigata Prefectural Koi Show.",
			want: []string{"Japan country:jp", "Japan country:jp"},
		},
		{
			name: "the prefecture cued",
			text: "Japan tour\nDiplomats in Japan visited the offices of Niigata Prefecture.",
			want: []string{"Japan country:jp", "Japan country:jp", "Niigata region:jp:niigata"},
		},
	} {
		if diff := cmp.Diff(c.want, linksOf(t, g, c.text)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
}
