package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestGivenNames: a person named with no title before them, found by a given name the
// graph's own people bear, by the verb that meets them, or by the office's field
// before them (round 7b). The sentences are written for this test.
func TestGivenNames(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, w := range []string{"john", "james", "jon"} {
		if !g.givenNames()[w] {
			t.Fatalf("%q is not a given name of the fixture's people", w)
		}
	}
	for _, w := range []string{"georgia", "president", "new", "king"} {
		if g.givenNames()[w] {
			t.Errorf("%q counts as a given name; a place's, a title's or a common word should not", w)
		}
	}
	checkMentions(t, g, []mentionCase{
		{
			name: "a known given name opens a person's name after a comma, with no title",
			text: "Harbour Talks\nThe envoy spoke in Durban, and James Mkhize, who runs the port, showed her the docks.",
			want: map[string]string{"James Mkhize#1": "person:james-mkhize"},
		},
		{
			name: "an office's field that is a place ends before its holder",
			text: "Harbour Talks\nThe envoy came with Consul General for Durban Lerato Dube and two aides.",
			want: map[string]string{"Lerato Dube#1": "person:lerato-dube"},
		},
		{
			name: "whom someone met with is a person; stacked honorifics are no part of the name",
			text: "Harbour Talks\nThe envoy met with Thabo Ndlovu in Durban. She called on Datuk Seri Haji Aminah Kassim. She met the city ombudsman Sipho Zulu.",
			want: map[string]string{"Thabo Ndlovu#1": "person:thabo-ndlovu", "Aminah Kassim#1": "person:aminah-kassim", "Sipho Zulu#1": "person:sipho-zulu"},
		},
		{
			name: "a name before a product's noun is its maker's, a company, though shaped like a person's",
			text: "Harbour Talks\nFarmers in Durban want more James Holt tractors and more doses of Zentava vaccines.",
			want: map[string]string{"James Holt#1": "company:james-holt", "Zentava#1": "company:zentava"},
		},
		{
			name: "a given name that is a place's says nothing alone",
			text: "Harbour Talks\nThe envoy spoke in Durban, and Georgia Harbour, a ship, sailed.",
			want: map[string]string{"Georgia Harbour#1": ""},
		},
	})
}

// TestHeadsAndVenues: bodies, events and venues whose kind their last word or the verb
// before them gives (round 7b). The sentences are written for this test.
func TestHeadsAndVenues(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a body's possessive ends its name; a service of three words is a body, of two a deed",
			text: "Harbour Talks\nThe Consulate’s Regional Agricultural Service met farmers. Awards for Community Service went to ten.",
			want: map[string]string{"Regional Agricultural Service#1": "org:regional-agricultural-service", "Community Service#1": ""},
		},
		{
			name: "a reception with a name is an event",
			text: "Harbour Talks\nThe consul hosted guests in Durban for the Harbour Day Reception.",
			want: map[string]string{"Harbour Day Reception#1": "event:harbour-day-reception"},
		},
		{
			name: "a name the text calls a trade mission is that event, and so is its bare repeat; a room's reception names none",
			text: "Harbour Talks\nThe firms are part of the Blue Harbour—Africa trade mission, now in Durban. Blue Harbour arranged 40 meetings. Guests met at a Mandela Room reception.",
			want: map[string]string{"Blue Harbour#1": "event:blue-harbour", "Blue Harbour#2": "event:blue-harbour", "Mandela Room#1": ""},
		},
		{
			name: "an undefined acronym a preposition takes is a body; not a disease, a trade pact, a defined one or a longer name's part",
			text: "Harbour Talks\nDurban has close ties with SADCO and the port. Talks on COVID and the gains of SAFTA went on with KZP Holdings.",
			want: map[string]string{"SADCO#1": "org:sadco", "COVID#1": "", "SAFTA#1": "", "KZP#1": ""},
		},
		{
			name: "a name listed with known cities is a city; a bearing before a known region's name is a new region",
			text: "Harbour Talks in South Africa\nThe envoy visited Durban, Johannesburg, and Kwelera on trade. Farmers of North KwaZulu-Natal met her.",
			want: map[string]string{"Kwelera#1": "city:za:kwelera", "North KwaZulu-Natal#1": "region:za:north-kwazulu-natal"},
		},
		{
			name: "a demonym and an event's word before a title are the office's field",
			text: "Harbour Talks\nShe met Kenyan Games Minister Wanjiru Kamau in Durban.",
			want: map[string]string{"Kenyan Games#1": "", "Wanjiru Kamau#1": "person:wanjiru-kamau"},
		},
		{
			name: "what an envoy toured is a site, no person, and a building's name none either",
			text: "Harbour Talks\nThe Ambassador toured Ka Moana – the new Harbour Safety Precinct – in Durban.",
			want: map[string]string{"Ka Moana#1": "", "Harbour Safety Precinct#1": ""},
		},
	})
}

// mentionCase is a text written for a test and what its mentions ("text#occurrence")
// should link or propose ("" for none).
type mentionCase struct {
	name, text string
	want       map[string]string
}

func checkMentions(t *testing.T, g *Gazetteer, cases []mentionCase) {
	t.Helper()
	for _, c := range cases {
		doc, err := g.Ingest(Article{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(c.want, mentionIDs(doc, c.want)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
}

// TestGreetingsAndCouncillors: everyday Irish and Welsh given names open a name with no
// title near; "Cllr" is a councillor's title; forms of address and a portfolio's
// "Services" are no one.
func TestGreetingsAndCouncillors(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "given names of Ireland and Wales, and a councillor's abbreviated title",
			text: "Harbour Talks\nThe visits by Sean Brannock were welcome. The pact signed by Rhodri Kelwyn held. The council sent Cllr Tora Vell.",
			want: map[string]string{"Sean Brannock#1": "person:sean-brannock", "Rhodri Kelwyn#1": "person:rhodri-kelwyn", "Tora Vell#1": "person:tora-vell"},
		},
		{
			name: "with no title, a given name and a surname before \"of\" and a place are a person",
			text: "Harbour Talks\nThe heads are: Bryan Velk of Kessmark, Celia Dorn of Osterbay.",
			want: map[string]string{"Bryan Velk#1": "person:bryan-velk", "Celia Dorn#1": "person:celia-dorn"},
		},
		{
			name: "forms of address and a portfolio are no person",
			text: "Harbour Talks\nYour Excellencies; Distinguished Guests; Ladies and Gentlemen. The Minister for Health and Social Services spoke.",
			want: map[string]string{"Your Excellencies#1": "", "Distinguished Guests#1": "", "Social Services#1": ""},
		},
	})
}
