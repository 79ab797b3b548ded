package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDistrictListed: a town in a list closed by "districts" is a district, left
// unlinked where the graph holds no such district.
func TestDistrictListed(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"In Pakistan, the envoy toured the Larkana and Velo districts last week.", map[string]string{"Larkana": ""}},
		{"In Pakistan, the envoy toured the Velo, Larkana and Bela Districts last week.", map[string]string{"Larkana": ""}},
		{"In Pakistan, the envoy toured Larkana and two districts nearby.", map[string]string{"Larkana": "city:pk:larkana"}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
	for _, c := range []struct {
		after string
		want  bool
	}{
		{" districts to see", true},
		{" and Bela districts", true},
		{", Bela and Cora Districts", true},
		{" and two districts", false},
		{" district", false},
	} {
		if got := districtListed(c.after); got != c.want {
			t.Errorf("districtListed(%q) = %v, want %v", c.after, got, c.want)
		}
	}
}
