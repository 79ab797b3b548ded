package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestForemostRegion: a state's name that small towns elsewhere bear is the state when
// the text gives no town a ground; a named country of a namesake town, or a town's cue
// word, leaves it to the usual weighing. A common word that names a state is read so
// only beside its people's adjective, and then the towns listed with it are its own.
func TestForemostRegion(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"Growers from Florida will show their oranges at the fair in Milan next month.",
			map[string]string{"Florida": "region:us:florida"}},
		{"The bus from Montevideo reached Florida, Uruguay, before noon.",
			map[string]string{"Florida": "city:uy:florida"}},
		{"Victorian exporters said Victoria needs more direct flights to Asia.",
			map[string]string{"Victoria": "region:au:victoria"}},
		{"The Victorian delegation met mayors from Ballarat, Shepparton and Warrnambool to promote Victoria abroad.",
			map[string]string{"Ballarat": "city:au:ballarat", "Shepparton": "city:au:shepparton", "Warrnambool": "city:au:warrnambool", "Victoria": "region:au:victoria"}},
		{"Victoria needs more direct flights to Asia, exporters said.",
			map[string]string{"Victoria": ""}},
		{"The mayors from Ballarat, Shepparton and Warrnambool met in the hall.",
			map[string]string{"Ballarat": "", "Shepparton": "", "Warrnambool": ""}},
	} {
		if diff := cmp.Diff(c.want, linksFor(t, g, c.text, c.want)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
	for _, c := range []struct {
		name string
		want []string
	}{
		{"Ohio", []string{"Ohion", "Ohioan", "Ohioian", "Ohioer"}},
		{"Florida", []string{"Floridan", "Floridaan", "Floridaian", "Floridaer", "Floridian"}},
	} {
		if diff := cmp.Diff(c.want, demonymForms(c.name)); diff != "" {
			t.Errorf("demonymForms(%q) (-want +got):\n%s", c.name, diff)
		}
	}
}

// TestSoleCuedRegion: a region no other place shares the name of, cued as a region once
// ("the Governor of Queensland"), is that region where the text repeats it bare; without
// the cue a bare mention in a text that names no country stays unlinked.
func TestSoleCuedRegion(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The Governor of Queensland hosted the dinner. Ties between Queensland and its neighbours are old.",
			[]string{"region:au:queensland", "region:au:queensland"}},
		{"The premier hosted the dinner. Ties between Queensland and its neighbours are old.", nil},
	} {
		doc, err := g.Ingest(Article{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range doc.Mentions {
			if m.Text == "Queensland" && m.Entity != nil {
				got = append(got, *m.Entity)
			}
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
