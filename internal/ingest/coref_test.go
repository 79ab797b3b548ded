package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCoreference: later and shorter mentions of one entity are that entity; an office
// holder named by title and surname alone is linked only when the graph holds exactly
// one; an acronym is a body only where the text defines it. "" wants no link and no
// proposal. The sentences are written for this test.
func TestCoreference(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		name, text, published string
		want                  map[string]string
	}{
		{
			name:      "surname after a full name, with a title and a possessive",
			text:      "Mayor Lena Okafor opened the fair in Ankara. Mayor Okafor thanked the guests, and Okafor’s staff served tea.",
			published: "2019-05-02",
			want:      map[string]string{"Lena Okafor": "person:lena-okafor", "Okafor": "person:lena-okafor"},
		},
		{
			name:      "a headline's surname before its verb, named in full below",
			text:      "Ambassador Okafor Visits Ankara\n\nMayor Lena Okafor opened the fair in Ankara.",
			published: "2019-05-02",
			want:      map[string]string{"Lena Okafor": "person:lena-okafor", "Okafor": "person:lena-okafor"},
		},
		{
			name:      "the one office holder of that name in the graph",
			text:      "President Obama made a visit to Ankara. Later the U.S. Secretary of State spoke; Secretary Kerry praised the mayors.",
			published: "2013-05-15",
			want:      map[string]string{"Obama": "person:obama-barack", "Kerry": "person:kerry-john-forbes"},
		},
		{
			name:      "no office holder of that name, an honorific, no office in context",
			text:      "Mayor Gray signed the agreement in Washington, D.C. Mr Obama was not there. Ambassador Brown came from Ankara.",
			published: "2011-10-03",
			want:      map[string]string{"Gray": "", "Obama": "", "Brown": ""},
		},
		{
			name:      "a two-letter surname after a title; a place's name after a title is a surname",
			text:      "President Xi visited Shenyang in May. In the United States, Governor Washington spoke to mayors.",
			published: "2019-06-01",
			want:      map[string]string{"Xi": "person:xi-jinping", "Washington": ""},
		},
		{
			name:      "a family name first, and an office that is not the title",
			text:      "Mayor Lyu welcomed the guests to Shenyang. Later Mayor Duan showed them the port.",
			published: "2019-06-01",
			want:      map[string]string{"Lyu": "person:lyu-zhicheng", "Duan": ""},
		},
		{
			name:      "an acronym defined after a body's name",
			text:      "The Lakeside Business Council (LBC) met on Monday. Later the LBC wrote to the mayor.",
			published: "2020-01-02",
			want:      map[string]string{"Lakeside Business Council": "org:lakeside-business-council", "LBC": "org:lakeside-business-council"},
		},
		{
			name:      "an acronym spelled by the words before it",
			text:      "Delegates met at the U.S. Conference of Mayors (USCM) in June. The USCM then wrote to Ankara.",
			published: "2020-07-02",
			want:      map[string]string{"U.S. Conference of Mayors": "org:us-conference-of-mayors", "USCM": "org:us-conference-of-mayors"},
		},
		{
			name:      "brackets after a name that do not spell it",
			text:      "The mayors met in Ankara (TR) in May. The TR team left.",
			published: "2020-07-02",
			want:      map[string]string{"Ankara": "city:tr:ankara", "TR": ""},
		},
		{
			name:      "an acronym of no body, and one never defined",
			text:      "They signed a Memorandum of Understanding (MOU) in Ankara. Later QXRT sent a letter.",
			published: "2020-07-02",
			want:      map[string]string{"Memorandum of Understanding": "", "MOU": "", "QXRT": ""},
		},
		{
			name:      "a country's short form before common words",
			text:      "Mayors of U.S. Cities and States met in Ankara, and the cities and states sent gifts.",
			published: "2020-07-02",
			want:      map[string]string{"U.S.": "country:us"},
		},
		{
			name:      "a country's short form opening a name the article never writes in lowercase",
			text:      "The U.S. Navy band played in Ankara.",
			published: "2020-07-02",
			want:      map[string]string{"U.S.": ""},
		},
		{
			name:      "a person by the verb before the name",
			text:      "We were delighted to see Ruth Adeyemi here in Ankara, and we thanked Omar Valdez for his help. They hope to see Grand Canyon next year.",
			published: "2020-07-02",
			want:      map[string]string{"Ruth Adeyemi": "person:ruth-adeyemi", "Omar Valdez": "person:omar-valdez", "Grand Canyon": ""},
		},
		{
			name:      "a company the text says is one",
			text:      "The port at Ankara was built by Orbitex, a Dutch engineering company, in 2010.",
			published: "2012-01-01",
			want:      map[string]string{"Orbitex": "company:orbitex"},
		},
		{
			name:      "both orders of a department's name",
			text:      "The State Department hosted the mayors. The Department of State thanked them.",
			published: "2012-01-01",
			want:      map[string]string{"State Department": "org:department-of-state", "Department of State": "org:department-of-state"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, err := g.Ingest(Article{Text: c.text, Meta: Meta{Title: "Test", Published: c.published}})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for k := range c.want {
				got[k] = ""
			}
			for _, m := range doc.Mentions {
				if _, ok := c.want[m.Text]; ok {
					got[m.Text] = m.id()
				}
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("links (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCompanyShortFormWithoutLegalWord: a company's short form in brackets may leave out
// its legal word ("Company"); it names the whole name there and where it recurs.
func TestCompanyShortFormWithoutLegalWord(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "the short form spells the name without \"Company\"",
			text: "Harbour Talks\nThe delegation toured the General Velmar Company (GV) plant. It met GV engineers.",
			want: map[string]string{"General Velmar Company#1": "company:general-velmar-company", "GV#1": "company:general-velmar-company", "GV#2": "company:general-velmar-company"},
		},
	})
}
