package ingest

import "testing"

// TestRound10bPlacesAndBodies: the rules of round 10b for places and bodies with no
// head word, each on sentences written for this test.
func TestRound10bPlacesAndBodies(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a language after \"in\" is no place; an unknown name there is",
			text: "Harbour Talks\nThe envoy greeted the guests in English and in Kessmark.",
			want: map[string]string{"English#1": "", "Kessmark#1": "region:kessmark"},
		},
		{
			name: "a name before a conflict's noun, or after \"in\" where its clause ends, is a place; not where the clause goes on",
			text: "Harbour Talks\nThe envoy spoke of the Velmora Drast conflict. Aid must reach people in Velmora-Drast. Talks in Osterbay went on. Boats wait in Kessmark.",
			want: map[string]string{"Velmora Drast#1": "region:velmora-drast", "Velmora-Drast#1": "region:velmora-drast", "Osterbay#1": "", "Kessmark#1": "region:kessmark"},
		},
		{
			name: "a region's name and head before an office is the region; the holder follows",
			text: "Harbour Talks\nThe envoy met Velmor Region President Tamsin Orley on Monday.",
			want: map[string]string{"Velmor#1": "region:velmor", "Tamsin Orley#1": "person:tamsin-orley"},
		},
		{
			name: "an army, a church and the United Nations are bodies; the UN before an office is that body",
			text: "Harbour Talks\nThe envoy met the head of the Velmoran Free Army, then the Velmoran Reformed Church, and the UN Special Envoy.",
			want: map[string]string{"Velmoran Free Army#1": "org:velmoran-free-army", "Velmoran Reformed Church#1": "org:velmoran-reformed-church", "UN#1": "org:united-nations"},
		},
		{
			name: "a corps, a guard, a force and a senate head bodies",
			text: "Harbour Talks\nThe envoy met the Velmoran Coast Guard, the Kessmark Senate and the Velmoran Air Force.",
			want: map[string]string{"Velmoran Coast Guard#1": "org:velmoran-coast-guard", "Kessmark Senate#1": "org:kessmark-senate", "Velmoran Air Force#1": "org:velmoran-air-force"},
		},
		{
			name: "the UN alone after \"the\" is that body; in a list of a minister's portfolio it is not",
			text: "Harbour Talks\nThe envoy spoke at the UN. She is Minister for Asia, UN and Trade.",
			want: map[string]string{"UN#1": "org:united-nations", "UN#2": ""},
		},
		{
			name: "the body a cleric's title heads (\"Imam of al-X\") is a body",
			text: "Harbour Talks\nThe envoy later met the Grand Imam of al-Velmar, Sheikh Tamer Rahal.",
			want: map[string]string{"al-Velmar#1": "org:al-velmar"},
		},
		{
			name: "an undefined acronym before \"region\", a list of offices, and the words of a talk's quoted title are no names",
			text: "Harbour Talks\nShe met Ministers and Members of Parliament about the TRAX region, and spoke on the topic of “Quiet Courage in Modern Harbour Society.”",
			want: map[string]string{"TRAX#1": "", "Ministers and Members of Parliament#1": "", "Modern Harbour Society#1": ""},
		},
	})
}
