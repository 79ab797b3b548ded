package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
)

// TestPositionOfPlace: "Title Name of Place" is an office at that place; a title after
// "and" is no office of the place before it. The sentence is written for this test.
func TestPositionOfPlace(t *testing.T) {
	got := positionsIn(t, "Mayors Meet\n\nThe guests from the United States were led by Chairman of the Board Mayor Ana Ruiz of Carbondale, Illinois and President Tom Hale.")
	want := []string{"person:ana-ruiz city:us:carbondale Mayor"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("positions (-want +got):\n%s", diff)
	}
}

// positionsIn ingests text and returns its HOLDS_POSITION facts as "from to title".
func positionsIn(t *testing.T, text string) []string {
	t.Helper()
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: text, Meta: Meta{Title: "Test", Published: "2011-03-07"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range doc.Relations {
		if r.Type == kg.HoldsPosition {
			got = append(got, r.From+" "+r.To+" "+r.Props["title"].(string))
		}
	}
	return got
}

// TestPhraseBeforeClause: a body named in a phrase before the clause ("In addition to
// the ... Panel, ...") neither gives the subject a title nor takes part in the meeting.
func TestPhraseBeforeClause(t *testing.T) {
	text := "Mayors Meet\n\nOn May 3, Ana Ruiz visited Carbondale, Illinois. In addition to the Lakeside Business Council, Special Representative Ruiz met with Mayor Tom Hale."
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: text, Meta: Meta{Title: "Test", Published: "2011-05-07"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range doc.Relations {
		if r.From == "org:lakeside-business-council" || r.To == "org:lakeside-business-council" {
			got = append(got, r.From+" "+r.Type+" "+r.To)
		}
	}
	if len(got) > 0 {
		t.Errorf("relations of the panel: %v, want none", got)
	}
	found := false
	for _, m := range doc.Mentions {
		found = found || m.id() == "org:lakeside-business-council"
	}
	if !found {
		t.Error("the panel was not proposed: the test tests nothing")
	}
}

// TestRemarksEvent: a speech's byline (speaker, office, place, date on lines of their
// own) makes its occasion an event held at the place on the date, with the speaker; a
// person who visits a place makes it the place of the event, not a host; the press
// that reports takes no part; those met by one who travelled are hosts; one handed
// something is a recipient. The texts are written for this test.
func TestRemarksEvent(t *testing.T) {
	g := fixtureGazetteer(t)
	relations := func(text string) []string {
		doc, err := g.Ingest(Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range doc.Relations {
			if r.Type == kg.ParticipatedIn || r.Type == kg.HeldIn {
				from, to := r.From, r.To
				for _, e := range doc.Entities {
					if e.Kind == kg.Event && e.Status == "new" {
						if d, _ := e.Props["startDate"].(string); from == e.ID {
							from = "$event@" + d
						} else if to == e.ID {
							to = "$event@" + d
						}
					}
				}
				role, _ := r.Props["role"].(string)
				got = append(got, from+" "+r.Type+" "+to+" "+role)
			}
		}
		return got
	}
	got := relations("Remarks at a Signing\n\nRemarks\nAna Ruiz\nSpecial Envoy\nWashington, DC\nMay 4, 2012\n\nGood morning. I thank the mayors of Washington, D.C. and Rome.")
	want := []string{"person:ana-ruiz PARTICIPATED_IN $event@2012-05-04 speaker", "$event@2012-05-04 HELD_IN city:us:district-of-columbia:washington "}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("a speech (-want +got):\n%s", diff)
	}
	got = relations("Envoy visits Kumamoto\n\nMay 4, 2012\n\nNHK reported that Ambassador Ana Ruiz of the United States visited Kumamoto in Japan on Friday.")
	want = []string{"person:ana-ruiz PARTICIPATED_IN $event@2012-05-04 visitor", "$event@2012-05-04 HELD_IN city:jp:kumamoto "}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("a visit reported (-want +got):\n%s", diff)
	}
	got = relations("Envoy in Kumamoto\n\nMay 4, 2012\n\nThe Ambassador traveled to Kumamoto in Japan on Friday, where she met with Mayor Ana Ruiz.")
	want = []string{"$event@2012-05-04 HELD_IN city:jp:kumamoto ", "person:ana-ruiz PARTICIPATED_IN $event@2012-05-04 host"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("one met by an unnamed visitor (-want +got):\n%s", diff)
	}
	got = relations("Envoy in Kumamoto\n\nMay 4, 2012\n\nAmbassador Tom Hale visited Kumamoto in Japan on Friday. He handed a letter of thanks to Ana Ruiz, an American teacher.")
	want = []string{"person:tom-hale PARTICIPATED_IN $event@2012-05-04 visitor", "$event@2012-05-04 HELD_IN city:jp:kumamoto ",
		"person:ana-ruiz PARTICIPATED_IN $event@2012-05-04 recipient"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("a letter handed over (-want +got):\n%s", diff)
	}
	// a statement that announces a trip dates the trip, not its own release
	got = relations("Envoy to Travel to Kumamoto\n\nPress Statement\nAna Ruiz\nSpokesperson\nWashington, DC\nMay 4, 2012\n\nAmbassador Tom Hale will travel to Kumamoto, Japan, on May 9.")
	want = []string{"person:tom-hale PARTICIPATED_IN $event@2012-05-09 visitor", "$event@2012-05-09 HELD_IN city:jp:kumamoto "}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("a trip announced (-want +got):\n%s", diff)
	}
	// the day a visit ended is no start: the event is left undated
	got = relations("Envoy in Kumamoto\n\nMay 4, 2012\n\nAmbassador Tom Hale concluded his three-day visit to Kumamoto in Japan on Friday.")
	want = []string{"person:tom-hale PARTICIPATED_IN $event@ visitor", "$event@ HELD_IN city:jp:kumamoto "}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("a visit's last day (-want +got):\n%s", diff)
	}
}

// TestFutureVisitAndAnotherVisit: one who "will travel to" a place visits it; another
// visit the text dates apart from the event ("during President Hu Jintao's visit to
// Washington in January 2011") gives the event no party and no place. The sentences are
// written for this test.
func TestFutureVisitAndAnotherVisit(t *testing.T) {
	text := "Envoy to Beijing\n\nSpecial Representative Ana Ruiz will travel to Beijing October 17-21. The forum was agreed during President Hu Jintao’s visit to Washington in January 2011."
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: text, Meta: Meta{Title: "Test", Published: "2011-10-18"}})
	if err != nil {
		t.Fatal(err)
	}
	checkRelations(t, doc, []string{"person:ana-ruiz|PARTICIPATED_IN|$event|visitor", "$event|HELD_IN|city:cn:beijing|"})
	for _, r := range doc.Relations {
		if r.From == "person:hu-jintao" && r.Type == kg.ParticipatedIn || r.To == "city:us:district-of-columbia:washington" {
			t.Errorf("relation of the other visit: %s %s %s", r.From, r.Type, r.To)
		}
	}
}

// TestBylineHostAndCountry: a speech's byline may name the city with its country
// ("Beijing, China") and the occasion's host ("Luncheon Hosted by ..."). The byline is
// written for this test.
func TestBylineHostAndCountry(t *testing.T) {
	text := "Forum Remarks\n\nAna Ruiz\nSpecial Representative\nLuncheon Hosted by the National Governors Association\nBeijing, China\nApril 15, 2013\n\nThank you all for coming today.\n"
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	checkRelations(t, doc, []string{"person:ana-ruiz|PARTICIPATED_IN|$event|speaker", "$event|HELD_IN|city:cn:beijing|",
		"org:national-governors-association|PARTICIPATED_IN|$event|host"})
}

// TestJointHosts: those named before "are jointly hosting this event" host it. The
// sentences are written for this test.
func TestJointHosts(t *testing.T) {
	text := "Forum in Beijing\n\nSpecial Representative Ana Ruiz will travel to Beijing October 17-21. The National Governors Association and the Chinese People’s Association for Friendship with Foreign Countries are jointly hosting this event."
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: text, Meta: Meta{Title: "Test", Published: "2011-10-18"}})
	if err != nil {
		t.Fatal(err)
	}
	checkRelations(t, doc, []string{"org:national-governors-association|PARTICIPATED_IN|$event|host",
		"org:chinese-peoples-association-for-friendship-with-foreign-countries|PARTICIPATED_IN|$event|host"})
}

// TestBodiesMetTakeNoRole: those one who travelled met are hosts when they are people;
// a body met takes no role the text does not give it. The sentence is written for this
// test.
func TestBodiesMetTakeNoRole(t *testing.T) {
	text := "Envoy in Indonesia\n\nSpecial Representative Ana Ruiz traveled to Tarakan, Indonesia, where she met with Mayor Tom Hale and the Tarakan Chamber of Commerce."
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: text, Meta: Meta{Title: "Test", Published: "2018-09-15"}})
	if err != nil {
		t.Fatal(err)
	}
	checkRelations(t, doc, []string{"person:ana-ruiz|PARTICIPATED_IN|$event|visitor", "person:tom-hale|PARTICIPATED_IN|$event|host"})
	found := false
	for _, m := range doc.Mentions {
		found = found || m.id() == "org:tarakan-chamber-of-commerce"
	}
	if !found {
		t.Fatal("the chamber was not proposed: the test tests nothing")
	}
	for _, r := range doc.Relations {
		if r.From == "org:tarakan-chamber-of-commerce" {
			t.Errorf("the chamber met: %s %s %v, want no role", r.Type, r.To, r.Props)
		}
	}
}

// TestBodyVisitedIsASite: a body visited is a site the visit saw, not its host. The
// sentence is written for this test.
func TestBodyVisitedIsASite(t *testing.T) {
	text := "Envoy in Kumamoto\n\nIn Japan, Ambassador Ana Ruiz visited the Kumamoto City International Center on Friday."
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: text, Meta: Meta{Title: "Test", Published: "2016-05-02"}})
	if err != nil {
		t.Fatal(err)
	}
	checkRelations(t, doc, []string{"person:ana-ruiz|PARTICIPATED_IN|$event|visitor", "$event|VISITED_SITE|org:kumamoto-city-international-center|"})
	for _, r := range doc.Relations {
		if r.From == "org:kumamoto-city-international-center" {
			t.Errorf("the center visited: %s %s %v, want a site only", r.Type, r.To, r.Props)
		}
	}
}

// TestMissionMetDuringVisitHosts: a mission a body met during a visit to a place is at
// home there and hosts; met with no visit told, it keeps the visitor's role those met
// take. The sentences are written for this test.
func TestMissionMetDuringVisitHosts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Envoys in Washington\n\nMayor Ana Ruiz led a delegation of the Lyon Chamber of Commerce in a meeting with officers of the Philippine Embassy during their visit to Washington, D.C. on Monday.", "host"},
		{"Envoys in Washington\n\nIn Washington, D.C., Mayor Ana Ruiz met with officers of the Philippine Embassy on Monday.", "visitor"},
	} {
		doc, err := fixtureGazetteer(t).Ingest(Article{Text: tc.text, Meta: Meta{Title: "Test", Published: "2012-03-07"}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range doc.Relations {
			if r.From == "consulate:philippines-embassy-washington" && r.Type == kg.ParticipatedIn {
				role, _ := r.Props["role"].(string)
				got = append(got, role)
			}
		}
		if diff := cmp.Diff([]string{tc.want}, got); diff != "" {
			t.Errorf("%q: the embassy's roles (-want +got):\n%s", tc.text, diff)
		}
	}
}
