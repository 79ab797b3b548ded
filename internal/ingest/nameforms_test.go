package ingest

import (
	"testing"

	"github.com/amity-graph/amity/internal/kg"
)

// TestRound9bProposals: the general rules of round 9b, each on sentences written for
// this test.
func TestRound9bProposals(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a tribunal or court heads a body, so a place before it opens no person's name; a Zeitung is a paper",
			text: "Harbour Talks\nThe envoy saw the Kelmar Maritime Tribunal. The Brannocker Zeitung reported on it.",
			want: map[string]string{"Kelmar Maritime Tribunal#1": "org:kelmar-maritime-tribunal", "Brannocker Zeitung#1": "org:brannocker-zeitung"},
		},
		{
			name: "family name, comma, hyphenated given name is one person; a \"-do\" island is one city with its \"County\"",
			text: "Harbour Talks\nThe consul sailed to Geomundo. On Geomun-do he met Geomun County Governor Baek, Ha-neul and Council Chairman Seo, Ji-ho.",
			want: map[string]string{
				"Baek, Ha-neul#1": "person:baek-ha-neul", "Seo, Ji-ho#1": "person:seo-ji-ho",
				"Geomundo#1": "city:kr:geomun", "Geomun-do#1": "city:kr:geomun", "Geomun County#1": "city:kr:geomun",
			},
		},
		{
			name: "a hyphenated place suffix after a comma is no given name",
			text: "Harbour Talks\nThe consul toured Suwon, Gyeonggi-do with Mayor Lena Marwick.",
			want: map[string]string{"Suwon, Gyeonggi-do#1": ""},
		},
		{
			name: "a titled name with a lower-case particle is one person; the particle and surname alone are that person",
			text: "Harbour Talks\nKelmar Mayor Wim van Hoorn greeted the envoy. Later Mayor van Hoorn spoke.",
			want: map[string]string{"Wim van Hoorn#1": "person:wim-van-hoorn", "van Hoorn#2": "person:wim-van-hoorn"},
		},
		{
			name: "an office's abbreviation before a place or a holiday names no person; an adjective no city; a mall no body",
			text: "Harbour Talks\nConsul Ana Reyes and PA Kelmar marked Harbour Day with Consul Reyes at the Brannock Shopping Center in the Ostmarkatic region.",
			want: map[string]string{"PA Kelmar#1": "", "Brannock Shopping Center#1": ""},
		},
		{
			name: "a Chinese compass region's pinyin name is the region proposed under its English name; with \"Ren\" it is its people",
			text: "Harbour Talks\nThe envoy toured Southwest China in May. Xinan Ren are kind, and trade with Xinan grows.",
			want: map[string]string{"Southwest China#1": "region:cn:southwest-china", "Xinan#1": "", "Xinan#2": "region:cn:southwest-china"},
		},
		{
			name: "the words of a quoted title opening a press link's line are the title's, no mentions",
			text: "Harbour Talks\nMayor Lena Marwick visited Kelmar.\n\"Marwick in Kelmar\": article in the Brannock Herald",
			want: map[string]string{"Lena Marwick#1": "person:lena-marwick", "Marwick#2": "", "Kelmar#2": ""},
		},
		{
			name: "a mission's office abbreviation (\"CG\") is a title: the surname after it is the person named in full",
			text: "Harbour Talks\nConsul General Ana Reyes arrived. CG Reyes met the press.",
			want: map[string]string{"Reyes#2": "person:ana-reyes"},
		},
	})
}

// TestPronounMetHosts: one who "met" named only by a pronoun is the mission's traveller,
// so the people met host the visit. The sentences are written for this test.
func TestPronounMetHosts(t *testing.T) {
	text := "Harbour Talks\n\nConsul Ana Reyes sailed to Kelmar on May 3. She met with Mayor Tom Hale and Chairman Lena Marwick."
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: text, Meta: Meta{Title: "Test", Published: "2011-05-07"}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range doc.Relations {
		if r.Type == kg.ParticipatedIn {
			got[r.From], _ = r.Props["role"].(string)
		}
	}
	for _, who := range []string{"person:tom-hale", "person:lena-marwick"} {
		if got[who] != "host" {
			t.Errorf("%s takes role %q, want host (all: %v)", who, got[who], got)
		}
	}
}

// TestHyphenGivenNames: a two-syllable hyphened given name before a one-syllable family
// name is a person, with no title needed; a hyphened word of another shape is none.
func TestHyphenGivenNames(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "given-first Chinese names, the family name alone later is the same person",
			text: "Harbour Talks\nGuests included Mei-Ling Chou, a former envoy, and Kuo-Hua Tsai. Chou spoke first.",
			want: map[string]string{"Mei-Ling Chou#1": "person:mei-ling-chou", "Kuo-Hua Tsai#1": "person:kuo-hua-tsai", "Chou#2": "person:mei-ling-chou"},
		},
		{
			name: "a hyphened word that is no syllable pair opens no name",
			text: "Harbour Talks\nThe Trans-Tasman Link opened. The Kelmar Ja-Odori Dragon Dance was held.",
			want: map[string]string{"Trans-Tasman Link#1": "", "Ja-Odori Dragon#1": ""},
		},
	})
}
