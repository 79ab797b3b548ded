package ingest

import "testing"

// TestHeadlessBodiesAndEvents: the rules of round 11b for bodies named by an acronym
// alone, each on sentences written for this test.
func TestHeadlessBodiesAndEvents(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a letter and a number after \"the\" is a group of states, alone or before its meeting",
			text: "Harbour Talks\nThe envoy will attend the G9 summit in Kessmark. Later the C55 Mayors’ forum met.",
			want: map[string]string{"G9#1": "org:g9", "C55#1": "org:c55"},
		},
		{
			name: "a demonym and \"Armed Forces\" is a body",
			text: "Harbour Talks\nThe envoy thanked members of the Velmoran Armed Forces for their work.",
			want: map[string]string{"Velmoran Armed Forces#1": "org:velmoran-armed-forces"},
		},
		{
			name: "games named by a host city and a year are an event, and so is their short form in a text about the Olympics",
			text: "Harbour Talks\nThe minister discussed the Sydney 2032 Olympics and Paralympics, after the success of Paris 2024.",
			want: map[string]string{"Sydney 2032 Olympics and Paralympics#1": "event:sydney-2032-olympics-and-paralympics", "Paris 2024#1": "event:paris-2024", "Sydney#1": "", "Paris#1": ""},
		},
		{
			name: "a city and a year with no Olympics in the text are no event",
			text: "Harbour Talks\nThe minister recalled the trade fair held in Paris 2024, then left.",
			want: map[string]string{"Paris 2024#1": ""},
		},
		{
			name: "one unknown capitalised word between \"at the\" and \"in\" a place is a body by its short name; a common word is not",
			text: "Harbour Talks\nAt the Velmarium in Kessmark she met students. She spoke at the Embassy in Kessmark and at the Ministry in Kessmark.",
			want: map[string]string{"Velmarium#1": "org:velmarium", "Embassy#1": "", "Ministry#1": ""},
		},
		{
			name: "a coined short form in brackets after a new meeting's name is that meeting, though it spells no initials; \"the Commonwealth\" alone is a body",
			text: "Harbour Talks\nThe ministers will attend a Velmora Kessmark Ministerial Meeting (VEKMIN) and speak on the future of the Commonwealth at noon.",
			want: map[string]string{"Velmora Kessmark Ministerial Meeting#1": "event:velmora-kessmark-ministerial-meeting", "VEKMIN#1": "event:velmora-kessmark-ministerial-meeting", "Commonwealth#1": "org:commonwealth-of-nations"},
		},
		{
			name: "a well-known acronym before a common noun is its body; in a list of a portfolio it is not",
			text: "Harbour Talks\nFarmers spoke of the EU grants and of UN projects. She is Minister for Asia, UN and Trade.",
			want: map[string]string{"EU#1": "org:european-union", "UN#1": "org:united-nations", "UN#2": ""},
		},
		{
			name: "a letter and a number with no \"the\" before it is no body (a road, a sheet size)",
			text: "Harbour Talks\nThe convoy drove up the road to A4 junctions near Kessmark.",
			want: map[string]string{"A4#1": ""},
		},
	})
}

// TestTitledNamesAndInitials: the rules of round 11b for people's names, on made-up sentences.
func TestTitledNamesAndInitials(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "a titled name ends at its possessive, even before a headline's capitalised noun; an untitled one word does not",
			text: "Ambassador Tora Velling’s Travel to Kessmark\nThe trip went well. Velling’s Journey was filmed.",
			want: map[string]string{"Tora Velling#1": "person:tora-velling", "Velling’s Journey#1": ""},
		},
		{
			name: "a middle initial \"A.\" is no article; the name is a person's",
			text: "Harbour Talks\nThe envoy met Torvald A. Kessling on Monday.",
			want: map[string]string{"Torvald A. Kessling#1": "person:torvald-a-kessling"},
		},
		{
			name: "a name that serves as an office is a person's",
			text: "Harbour Talks\nAbout the author: Maren Tolvik serves as Deputy Minister for Trade.",
			want: map[string]string{"Maren Tolvik#1": "person:maren-tolvik"},
		},
		{
			name: "a spokesperson's title names the holder after it",
			text: "Harbour Talks\nThe following is attributable to Spokesperson Tor Velling:",
			want: map[string]string{"Tor Velling#1": "person:tor-velling"},
		},
	})
}

// TestTopicWordsAndVenuesLeftOut: names round 11b leaves out, on made-up sentences.
func TestTopicWordsAndVenuesLeftOut(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "an event's head before a memorial's is part of a venue's name, no event",
			text: "Harbour Talks\nShe laid a wreath at the Kessmark War Memorial with Minister Tora Lind.",
			want: map[string]string{"Kessmark War#1": "", "Kessmark War Memorial#1": "", "Tora Lind#1": "person:tora-lind"},
		},
		{
			name: "a temple kept as a museum is a venue, left out; so, since the twelfth set's convention, is any museum (round 13b)",
			text: "Harbour Talks\nShe toured the Velmar Abbot Temple Museum and the Kessmark Maritime Museum.",
			want: map[string]string{"Velmar Abbot Temple Museum#1": "", "Abbot Temple Museum#1": "", "Kessmark Maritime Museum#1": ""},
		},
		{
			name: "a headline's verb, a title's topic field and a festival's words name no one",
			text: "New Envoy Presents Credentials to Minister Tora Lind\nShe was Deputy Secretary for Trade and Regional Security Policy, and hosted the Plum Blossom reception for North-East Asian envoys.",
			want: map[string]string{"Presents Credentials#1": "", "Regional Security Policy#1": "", "Plum Blossom#1": "", "North-East Asian#1": "", "Tora Lind#1": "person:tora-lind"},
		},
		{
			name: "a minister's portfolio after \"of\" is no town; a land form named by a demonym is no new place, and a country's everyday name is the country",
			text: "Harbour Talks\nHe met the State Minister of Environment Tora Lind about the Korean Peninsula. Jobs grow across Britain, and ports in Velmora-Drast.",
			want: map[string]string{"Environment#1": "", "Tora Lind#1": "person:tora-lind", "Korean Peninsula#1": "", "Britain#1": "country:gb", "Velmora-Drast#1": "region:velmora-drast"},
		},
	})
}
