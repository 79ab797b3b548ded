package ingest

import "testing"

// TestRound8bProposals: the general rules of round 8b, each on sentences written for
// this test.
func TestRound8bProposals(t *testing.T) {
	g := fixtureGazetteer(t)
	checkMentions(t, g, []mentionCase{
		{
			name: "an everyday given name opens a person's name with no title, though towns bear it and the surname",
			text: "Harbour Talks\nThe prize went to Samuel Ortega Vidal of the port school. Photo by Ron Everett",
			want: map[string]string{"Samuel Ortega Vidal#1": "person:samuel-ortega-vidal", "Ron Everett#1": "person:ron-everett"},
		},
		{
			name: "a name the text writes as \"the X\" standing alone is a wide area, no region; one it names bare is a region",
			text: "Harbour Talks\nThe envoy toured the Veldmark region. The Veldmark remains dry. She then saw the Kanvar region and spent a day in Kanvar.",
			want: map[string]string{"Veldmark#1": "", "Veldmark#2": "", "Kanvar#1": "region:kanvar"},
		},
		{
			name: "a dateline's abbreviation (its state since round 40a) and a named person's surname are no cities in a list of cities",
			text: "Harbour Talks\nSecretary Lena Marwick met the mayors in Denver, Colo., and later in Chicago, Feb. 3. From left: Chicago, Marwick, Denver.",
			want: map[string]string{"Colo#1": "region:us:colorado", "Feb#1": "", "Marwick#2": "person:lena-marwick"},
		},
		{
			name: "a name right after \"the\" is no person's, though a title opened the run",
			text: "Harbour Talks\nGovernor Ada Rusk’s Plan for the Working Poor is new.",
			want: map[string]string{"Working Poor#1": ""},
		},
		{
			name: "a handle is no body; the name a handle follows is the platform, a company",
			text: "Harbour Talks\nFor news, follow the port authority of Durban and its director on Chirpster: @PortWatchDbn .",
			want: map[string]string{"Chirpster#1": "company:chirpster", "PortWatchDbn#1": ""},
		},
		{
			name: "a title-case headline's \"To\" and its verb end the names before them; \"Heads of State\" is no region",
			text: "Mayor Lina Voss To Attend the Kelmar Water Forum\nMayor Lina Voss will attend the Kelmar Water Forum with Heads of State.",
			want: map[string]string{"Kelmar Water Forum#1": "event:kelmar-water-forum", "Heads of#1": "", "Lina Voss#1": "person:lina-voss"},
		},
		{
			name: "\"Port\" opening a name of three words is a body; \"House of X\" is a body; a unit is a body",
			text: "Harbour Talks\nThe envoy toured Port Authority Kelmar and the Youth House of Culture of Brannock. Harbour Planning Unit Marks Ten Years.",
			want: map[string]string{"Port Authority Kelmar#1": "org:port-authority-kelmar", "Youth House of Culture of Brannock#1": "org:youth-house-of-culture-of-brannock", "Harbour Planning Unit#1": "org:harbour-planning-unit"},
		},
		{
			name: "a cleric's style after \"the\" still opens a person's name",
			text: "Harbour Talks\nShe was received by the Monsignor Tomas Varga Lind, University Rector.",
			want: map[string]string{"Tomas Varga Lind#1": "person:tomas-varga-lind"},
		},
		{
			name: "a later word of a person's name after a style is that person, accents aside",
			text: "Harbour Talks\nShe met Mayor Luis Núñez Ortal, who later hosted lunch. Mayor Nuñez spoke.",
			want: map[string]string{"Nuñez#1": "person:luis-nunez-ortal"},
		},
		{
			name: "a name listed after a person and that person's affiliation is a person too",
			text: "Harbour Talks\nThe winners were Samuel Ortega Vidal from the Kelmar Harbour School and Brisa Talvane from the Durban Port College.",
			want: map[string]string{"Brisa Talvane#1": "person:brisa-talvane"},
		},
		{
			name: "a line in capitals names only bodies the prose names, the State Department and bodies of office holders",
			text: "Harbour Talks\nThe Coastal Planning Office opened at the State Department in 2020.\nSTATE DEPT AND COASTAL PLANNING OFFICE LAUNCH DEDICATED PROGRAM\nFIRST ENVOY TO ADDRESS U.S. CONFERENCE OF GOVERNORS\nThe envoy spoke.",
			want: map[string]string{
				"STATE DEPT#1": "org:department-of-state", "COASTAL PLANNING OFFICE#1": "org:coastal-planning-office",
				"DEDICATED PROGRAM#1": "", "U.S. CONFERENCE OF GOVERNORS#1": "org:us-conference-of-governors",
			},
		},
	})
}
