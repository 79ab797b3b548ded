package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNamedSurnames: a surname after the person was named in full is that person,
// not a town known by the word nor another holder of it in the graph.
func TestNamedSurnames(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Mayor Toshihito Kumagai of Chiba City, Japan, visited Manila. The hosts gave Kumagai a key.",
			[]string{"Toshihito Kumagai=person:toshihito-kumagai", "Kumagai=person:toshihito-kumagai"}},
		{"Mr. Nobuo Kishi, State Minister for Foreign Affairs, hosted a lunch in Tokyo, Japan. State Minister Kishi spoke.",
			[]string{"Nobuo Kishi=person:nobuo-kishi", "Minister Kishi=person:nobuo-kishi"}},
	} {
		doc, err := g.Ingest(Article{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range doc.Mentions {
			if m.Kind == "Person" || m.Text == "Kumagai" || m.Text == "Kishi" {
				got = append(got, m.Text+"="+m.id())
			}
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
