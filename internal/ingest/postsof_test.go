package ingest

import "testing"

// TestPostsOfCountry: a consulate named in the long form, its country after "of" and
// its seat after "in" or "at", is one new post, its country and seat no mentions of
// their own; a country after "in" names no seat.
func TestPostsOfCountry(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "the long form with \"at\" and with \"in\"",
			text: "Harbour Talks\nThe Consulate General of Japan at Tamsk Harbour hosted the fair. The Consulate of Canada in Velmarsk opened.",
			want: map[string]string{
				"Consulate General of Japan at Tamsk Harbour#1": "consulate:japan-consulate-general-tamsk-harbour",
				"Japan#1": "", "Consulate of Canada in Velmarsk#1": "consulate:canada-consulate-velmarsk",
			},
		},
		{
			name: "a country after \"in\" is no seat",
			text: "Harbour Talks\nThe Consulate General of Japan in Canada hosted the fair.",
			want: map[string]string{"Consulate General of Japan in Canada#1": ""},
		},
	})
}

// TestCountrylessPostAfterDateline: a post named by its kind and seat after "The" is
// read though a dateline runs into its sentence.
func TestCountrylessPostAfterDateline(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "\"The Consulate General in\" a seat, after a dateline",
			text: "Harbour Talks\nVelmarsk, May 3, 2019- The Consulate General in Monterrey opened a new hall for visitors.",
			want: map[string]string{"Consulate General in Monterrey#1": "consulate:consulate-general-in-monterrey"},
		},
	})
}
