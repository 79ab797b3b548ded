package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestRound10bPeople: the rules of round 10b for people, each on sentences written for
// this test.
func TestRound10bPeople(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a peer's style and a surname name a person; a given name in brackets leaves the surname his",
			text: "Harbour Talks\nThe envoy, Baroness Kelloway, arrived on Monday. Lord (Piran) Treharne of Brannock met Baroness Kelloway and Lord Treharne spoke.",
			want: map[string]string{
				"Kelloway#1": "person:kelloway", "Kelloway#2": "person:kelloway",
				"Treharne#1": "person:treharne", "Treharne#2": "person:treharne", "Piran#1": "",
			},
		},
		{
			name: "an office and a surname alone, or a rank and a surname, are left out",
			text: "Harbour Talks\nThe envoy met First Lady Marwick. He also met Field Marshal Dorrance and General Dorrance spoke.",
			want: map[string]string{"Marwick#1": "", "Field Marshal Dorrance#1": "", "Dorrance#1": ""},
		},
		{
			name: "a surname after an honorific is the person named in full before",
			text: "Harbour Talks\nThe envoy met Sheikh Tamer Issa Rahal, who leads the council. Sheikh Rahal thanked him.",
			want: map[string]string{"Tamer Issa Rahal#1": "person:tamer-issa-rahal", "Rahal#2": "person:tamer-issa-rahal"},
		},
		{
			name: "a verb's -ing form opens no person's name",
			text: "Harbour Talks\nShe is the Special Envoy on Protecting Coastal Villages in Kelmar.",
			want: map[string]string{"Protecting Coastal Villages#1": ""},
		},
	})
}

// TestOpeningParticipleSubject: a sentence opened by a participle ("Visiting X, ...",
// "Meeting with Y, ...") has its subject after the phrase's comma: the visitor, not one
// of those met. A peer's "of Place" is no office there. Written for this test.
func TestOpeningParticipleSubject(t *testing.T) {
	text := "Envoy in Kessmark\n\nLord Treharne of Carbondale arrived in Kessmark. Visiting Kessmark for a day, Lord Treharne met officials. " +
		"Meeting with Harbour Minister Tamsin Orley, Lord Treharne discussed trade."
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: text, Meta: Meta{Title: "Test", Published: "2011-05-07"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range doc.Relations {
		if r.From == "person:treharne" || r.From == "person:tamsin-orley" {
			role, _ := r.Props["role"].(string)
			got = append(got, r.From+" "+r.Type+" "+role)
		}
	}
	want := []string{"person:treharne PARTICIPATED_IN visitor", "person:tamsin-orley PARTICIPATED_IN host"}
	if diff := cmp.Diff(want, got, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
}

// TestStyledTitlePlaces: the place closing a royal style, a duchy's or a battle's name
// is no mention of the place; the same place named bare is. Written for this test.
func TestStyledTitlePlaces(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct{ name, text string }{
		{"royal style", "Royal visit\nThe Prince of Wales toured Monterrey, Mexico, with the governor."},
		{"duchy and battle", "Royal visit\nThe ambassador toured Monterrey, Mexico, and spoke of the Battle of Warsaw and the Grand Duchy of Tuscany."},
	} {
		want := []string{"Monterrey city:mx:monterrey", "Mexico country:mx"}
		if diff := cmp.Diff(want, linksOf(t, g, c.text)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
	want := []string{"Monterrey city:mx:monterrey", "Mexico country:mx", "Wales region:gb:wales"}
	if diff := cmp.Diff(want, linksOf(t, g, "Royal visit\nThe Prince of Wales toured Monterrey, Mexico, then flew home to Wales.")); diff != "" {
		t.Errorf("the bare name after the style (-want +got):\n%s", diff)
	}
}
