package ingest

import (
	"testing"

	"github.com/amity-graph/amity/internal/store"
	"github.com/google/go-cmp/cmp"
)

// TestSuffixedName: a place whose graph name is the weighed name and an administrative
// suffix bears that name as its own; a longer name, a short stem or no suffix does not.
func TestSuffixedName(t *testing.T) {
	for _, c := range []struct {
		name, weighed string
		want          bool
	}{
		{"Nara-shi", "nara", true},
		{"Yeongdong-gun", "yeongdong", true},
		{"Hwaseong-si", "hwaseong", true},
		{"Shizuoka-ken", "shizuoka", true},
		{"Seo-gu", "seo", false}, // a stem of three letters is no name of its own
		{"Naraville", "nara", false},
		{"Nara", "nara", false}, // the bare name is ownName's, not a suffixed one
		{"Nara-shi", "nar", false},
	} {
		if got := suffixedName(store.NameRecord{Name: c.name}, c.weighed); got != c.want {
			t.Errorf("suffixedName(%q, %q) = %v, want %v", c.name, c.weighed, got, c.want)
		}
	}
}

// TestSuffixedTwins: the city the graph calls "<Name>-shi" is the bare name's twin, so
// that the words around it settle city or prefecture as for any twin; a list of
// prefectures whose names the capitals share stays a list of prefectures.
func TestSuffixedTwins(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		// the city, bare, beside its sister city: changed (was the prefecture)
		{"A choir from Nara sang in Canberra on Saturday to mark the anniversary of the tie.",
			map[string]string{"Nara": "city:jp:nara-shi", "Canberra": "city:au:canberra"}},
		{"The mayor said the students of Nara would plant cherry trees by the lake in Canberra.",
			map[string]string{"Nara": "city:jp:nara-shi", "Canberra": "city:au:canberra"}},
		// a region cue keeps the prefecture: unchanged
		{"The Governor of Nara opened the exhibition with a short address.",
			map[string]string{"Nara": "region:jp:nara"}},
		{"Farmers of Nara Prefecture shipped persimmons abroad this autumn.",
			map[string]string{"Nara Prefecture": "region:jp:nara"}},
		// a list of prefectures, several of them twins: each the prefecture
		{"The consulate's district in western Japan takes in Hyogo, Shiga, Nara, Wakayama, Fukui and Tottori.",
			map[string]string{"Japan": "country:jp", "Hyogo": "region:jp:hyogo", "Shiga": "region:jp:shiga", "Nara": "region:jp:nara",
				"Wakayama": "region:jp:wakayama", "Fukui": "region:jp:fukui", "Tottori": "region:jp:tottori"}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}

// TestListNeighbours: the members of a list, nearest first, after then before in turn.
func TestListNeighbours(t *testing.T) {
	got := listNeighbours("They toured Hyogo, Shiga, ", ", Wakayama and Tottori last week.")
	want := []string{"Wakayama", "Shiga", "Tottori", "Hyogo"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := listNeighbours("He said that ", " was calm."); len(got) != 0 {
		t.Errorf("no list: got %v", got)
	}
}
