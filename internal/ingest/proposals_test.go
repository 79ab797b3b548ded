package ingest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// proposedEach lists, for every proposed mention of the text in order, its text and
// proposed id.
func proposedEach(t *testing.T, g *Gazetteer, text string) [][2]string {
	t.Helper()
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var got [][2]string
	for _, m := range doc.Mentions {
		if m.Proposed != nil {
			got = append(got, [2]string{m.Text, *m.Proposed})
		}
	}
	return got
}

func omanGazetteer() *Gazetteer {
	return NewGazetteer([]store.NameRecord{
		{ID: "country:om", Kind: kg.Country, Name: "Oman", Degree: 200},
		{ID: "city:om:sohar", Kind: kg.City, Name: "Sohar", Countries: []string{"country:om"}, Degree: 3},
	})
}

// A title and a surname before the full name ("Ambassador Velkor" on a release's
// repeated heading, then "Ambassador Tomas Velkor") repeat that person. The sentences
// and names are made up for this test.
func TestTitledSurnameBeforeFullName(t *testing.T) {
	g := omanGazetteer()
	got := proposedEach(t, g, "Release\n\nAmbassador Velkor Travels to Sohar\n\nAmbassador Tomas Velkor traveled to Sohar in Oman.")
	var ids []string
	for _, p := range got {
		if p[0] == "Velkor" || p[0] == "Tomas Velkor" {
			ids = append(ids, p[1])
		}
	}
	if len(ids) != 2 || ids[0] != ids[1] {
		t.Errorf("Velkor and Tomas Velkor proposed as %v (all %v), want one person twice", ids, got)
	}
}

// An outlet or a young firm the text names in apposition ("Tidewire, a regional TV
// network"; "eZeitung, the school’s online newspaper", a brand in lower case first) is a
// body, and so is a sentence's first word that reports ("Ostpost and Tidewire
// reported", "Nordkur filed a report"); a plural noun that reports ("Officials
// reported") is none. The sentences and names are made up for this test.
func TestPressNames(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "Tidewire, a regional TV network, reported from Sohar. Pupils wrote for eZeitung, the school’s online newspaper, in Oman.",
		map[string]kg.Kind{"Tidewire": kg.Organization, "eZeitung": kg.Organization}, nil)
	checkProposed(t, g, "Ostpost and Tidewire reported that the envoy came to Sohar. Nordkur filed a similar report. Officials reported calm in Oman.",
		map[string]kg.Kind{"Ostpost": kg.Organization, "Tidewire": kg.Organization, "Nordkur": kg.Organization}, []string{"Officials"})
}

// A title-case headline's verb ends the name before it and opens none ("Consul Rand
// Meets Harbor School Students"); a headline's body named by the last words of one the
// text names in full, before a noun it qualifies ("High School Students"), names the
// people; pacts between countries ("Nordic Trade and Investment Partnership (NTIP)",
// "U.S.-Oman Alliance") are left out with their acronyms. The sentences and names are
// made up for this test.
func TestHeadlineVerbsAndPacts(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:om", Kind: kg.Country, Name: "Oman", Degree: 200},
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 300},
		{ID: "city:om:sohar", Kind: kg.City, Name: "Sohar", Countries: []string{"country:om"}, Degree: 3},
	})
	checkProposed(t, g, "Consul Velm Rand Meets High School Students in Sohar\n\nThe consul met pupils of the Sohar Velmar High School in Oman.",
		map[string]kg.Kind{"Velm Rand": kg.Person, "Sohar Velmar High School": kg.Organization},
		[]string{"Velm Rand Meets High School", "Meets High School", "High School", "Meets High School Students"})
	checkProposed(t, g, "In Oman the envoy praised the Nordic Trade and Investment Partnership (NTIP) and the U.S.-Oman Alliance.",
		nil, []string{"Nordic Trade and Investment Partnership", "NTIP", "U.S.-Oman Alliance"})
}

// A Romance language's head opens a body's name ("Instituto de Estudios Velmar",
// "Fundación Ostara") or a company's ("Frigorífico Las Velas", a meat packer). The
// sentences and names are made up for this test.
func TestRomanceOpeningHeads(t *testing.T) {
	checkProposed(t, omanGazetteer(), "In Sohar the envoy visited the Instituto de Estudios Velmar, the Fundación Ostara and Frigorífico Las Velas.",
		map[string]kg.Kind{"Instituto de Estudios Velmar": kg.Organization, "Fundación Ostara": kg.Organization, "Frigorífico Las Velas": kg.Company}, nil)
}

// A member of parliament's "MP" is a title before a name; given names of Central Europe
// and France open a person's name with no title ("Tamás Velkor", "Lionel Ostra"); a
// given-name pair's possessive before what only a person has ("Pavol Rendek’s advice")
// is a person's. The sentences and names are made up for this test.
func TestParliamentTitleAndGivenNames(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "In Sohar he met residents, alongside MP Zoltán Velkor and the mayor.",
		map[string]kg.Kind{"Zoltán Velkor": kg.Person}, []string{"MP Zoltán Velkor"})
	checkProposed(t, g, "Lionel Ostra recommended that I take Pavol Rendek’s advice and see Sohar in Oman.",
		map[string]kg.Kind{"Lionel Ostra": kg.Person, "Pavol Rendek": kg.Person}, nil)
}

// A bare name the text calls a village, whose residents one meets, or to which one
// travelled "where" something happened is a place; a military unit named by its
// ordinal is a body; a named military exercise is an event, its demonym part of its
// name. The sentences and names are made up for this test.
func TestVillagesUnitsAndExercises(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "In Oman he met residents of Velmarka and the chief of the 4th Army Brigade. I traveled to Ostrin, where Omani troops held the Omani Falcon training exercise.",
		map[string]kg.Kind{"Velmarka": kg.City, "Ostrin": kg.City, "4th Army Brigade": kg.Organization, "Omani Falcon": kg.Event}, nil)
	checkProposed(t, g, "The exercise ended in Sohar. Officials said the Joint Staff exercise went well in Oman.",
		nil, []string{"Joint Staff", "The"})
	// The name after "exercise" (the pattern's second form) once ran the proposer out of
	// the text's bounds.
	checkProposed(t, g, "In Oman the marines joined the exercise Desert Falcon Ridge near Sohar.",
		map[string]kg.Kind{"Desert Falcon Ridge": kg.Event}, nil)
}

// Capitals joined by an ampersand name a company ("V&K"), unless an everyday
// abbreviation ("Q&A"); a name before a player's noun is a club's ("the Velmar United
// fans"); a shipyard is its company. The sentences and names are made up for this
// test.
func TestAmpersandsClubsAndYards(t *testing.T) {
	checkProposed(t, omanGazetteer(), "In Sohar I met V&K after a Q&A. Then the Velmar United fans cheered. We toured the Ostra Shipyard in Oman.",
		map[string]kg.Kind{"V&K": kg.Company, "Velmar United": kg.Organization, "Ostra Shipyard": kg.Company}, []string{"Q&A"})
}

// A one-word contraction of a body's first words ("VelCham" for the Velmar Chamber of
// Commerce) is that body, not one of its own. The sentences and names are made up for
// this test.
func TestContractions(t *testing.T) {
	got := proposedEach(t, omanGazetteer(), "The Velmar Chamber of Commerce met in Sohar. The guests thanked VelCham in Oman.")
	ids := map[string]string{}
	for _, p := range got {
		ids[p[0]] = p[1]
	}
	if ids["VelCham"] == "" || ids["VelCham"] != ids["Velmar Chamber of Commerce"] {
		t.Errorf("VelCham proposed as %q, the chamber as %q: want one body (all %v)", ids["VelCham"], ids["Velmar Chamber of Commerce"], got)
	}
}

// The one who leads names what he leads after "of the" ("the managing director of the
// Velmar Quarter"), a body, and so is a name with "the" a sentence opens at ("At the
// Ostcubator we learned"); a headline's title-case words that the text writes in lower
// case ("Government and Civil Society Representatives") name nothing. The sentences
// and names are made up for this test.
func TestLedBodiesAndHeadlineCommonNouns(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "Envoy Meets Government and Civil Society Leaders\n\nThe envoy met government and civil society leaders in Sohar and thanked the managing director of the Velmar Quarter in Oman. At the Ostcubator we learned a lot.",
		map[string]kg.Kind{"Velmar Quarter": kg.Organization, "Ostcubator": kg.Organization}, []string{"Government and Civil Society", "Government and Civil Society Leaders"})
}

// Programmes are left out with their acronyms: a name ending in Program or Project, one
// with "Program for" inside, one before a bracketed acronym and "Project", and one that
// "is a five-year project"; the body that runs them is still proposed. The sentences and
// names are made up for this test.
func TestProgrammesLeftOut(t *testing.T) {
	checkProposed(t, omanGazetteer(), "The Velmar Youth Exchange Program and the Internship Program for Young Sohar Leaders met the Ostra Foundation in Sohar. It signed for the Ostra Foundation’s Better Harbours (BEHAR) Project. BEHAR is a five-year project in Oman.",
		map[string]kg.Kind{"Ostra Foundation": kg.Organization},
		[]string{"Velmar Youth Exchange Program", "Internship Program for Young Sohar Leaders", "Better Harbours", "BEHAR", "Better Harbours (BEHAR) Project"})
}

// A new place takes the country of the text's places when its sentence names none and
// the text names two countries, and its name said before the cue that proposed it,
// before a common noun ("Velmar residents"), is the same place. The sentences and names
// are made up for this test.
func TestNewPlaceCountryAndEarlierRepeat(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:om", Kind: kg.Country, Name: "Oman", Degree: 200},
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 300},
		{ID: "city:om:sohar", Kind: kg.City, Name: "Sohar", Countries: []string{"country:om"}, Degree: 3},
		{ID: "city:om:sur", Kind: kg.City, Name: "Sur", Countries: []string{"country:om"}, Degree: 3},
	})
	got := proposedEach(t, g, "The United States envoy met Velmar residents in Sohar, Oman.\n\nVelmar youth came to Sur and Sohar. Members traveled to six localities in Velmar to hold talks.")
	var ids []string
	for _, p := range got {
		if p[0] == "Velmar" {
			ids = append(ids, p[1])
		}
	}
	if len(ids) != 3 || ids[0] != ids[2] || !strings.Contains(ids[0], ":om:velmar") {
		t.Errorf("Velmar proposed as %v (all %v), want one Omani place three times", ids, got)
	}
}

// A name after a plural noun of places and a preposition ("six localities in Velmar",
// "areas of Ostria by") is a place. The sentences and names are made up for this test.
func TestPlacesInPluralNoun(t *testing.T) {
	checkProposed(t, omanGazetteer(), "Local government units in Velmar joined the talks in Sohar. It seeks peace in remote areas of Ostria by promoting trade in Oman.",
		map[string]kg.Kind{"Velmar": kg.Region, "Ostria": kg.Region}, nil)
}

// Sites are left out by their last word ("Velmar Valley Nature Reserve", "Sohar Night
// Market"), an office named like a body ("Regional Harbour Officer (RHO)") is a title,
// no body, a lowercase bearing before a country ("central Oman") names the country, no
// region, and a mission named after a two-word country ("United States Consulate") is
// the graph's to find. The sentences and names are made up for this test.
func TestSitesTitlesAndLowercaseBearings(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:om", Kind: kg.Country, Name: "Oman", Degree: 200},
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 300},
		{ID: "city:om:sohar", Kind: kg.City, Name: "Sohar", Countries: []string{"country:om"}, Degree: 3},
	})
	text := "The envoy toured Velmar Valley Nature Reserve and the Sohar Night Market in central Oman. He met the Regional Harbour Officer (RHO) at the new United States Consulate."
	checkProposed(t, g, text, nil, []string{"Velmar Valley Nature Reserve", "Nature Reserve", "Sohar Night Market", "Night Market",
		"Regional Harbour Officer", "RHO", "central Oman", "United States Consulate"})
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(doc.Mentions, func(m Mention) bool { return m.Text == "Oman" && m.Entity != nil && *m.Entity == "country:om" }) {
		t.Errorf("Oman of \"central Oman\" not linked: %v", doc.Mentions)
	}
}

// A common English given name opening a sentence ("Wendy Farrow arrived") makes the
// pair a person, and her title and surname later are the same person. The sentences
// and names are made up for this test.
func TestMoreGivenNames(t *testing.T) {
	got := proposedEach(t, omanGazetteer(), "The office opened in Sohar. Wendy Farrow arrived in May to lead it. Consul General Farrow thanked Oman.")
	ids := map[string]string{}
	for _, p := range got {
		ids[p[0]] = p[1]
	}
	if !strings.HasPrefix(ids["Wendy Farrow"], "person:") || ids["Farrow"] != ids["Wendy Farrow"] {
		t.Errorf("Wendy Farrow proposed as %q, Farrow as %q (all %v), want one person", ids["Wendy Farrow"], ids["Farrow"], got)
	}
}

// A place named by the office held at it: "Velmar City Mayor" names the city Velmar
// City, "Ostria Governor" a province, and "Sohar, Dunmar Mayor" the province Dunmar
// the town lies in; "the Regional Governor" names none. The sentences and names are
// made up for this test.
func TestOfficePlaces(t *testing.T) {
	checkProposed(t, omanGazetteer(), "In Oman the envoy met Velmar City Mayor Tomas Arlen, Ostria Governor Ilse Brandt, Sohar, Dunmar Mayor Kemal Oss and the Regional Governor.",
		map[string]kg.Kind{"Velmar City": kg.City, "Ostria": kg.Region, "Dunmar": kg.Region}, []string{"Regional"})
}

// A place in a list one swap of neighbouring letters from a graph place of the list's
// kind and country ("Dhofra" beside the regions Dhofar's neighbours) is a slip, no new
// place; the swap test itself is stated too. The sentences and names are made up for
// this test.
func TestMisspeltPlaces(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:om", Kind: kg.Country, Name: "Oman", Degree: 200},
		{ID: "region:om:dhofar", Kind: kg.Region, Name: "Dhofar", Countries: []string{"country:om"}, Degree: 3},
		{ID: "region:om:musandam", Kind: kg.Region, Name: "Musandam", Countries: []string{"country:om"}, Degree: 3},
		{ID: "region:om:buraimi", Kind: kg.Region, Name: "Buraimi", Countries: []string{"country:om"}, Degree: 3},
	})
	checkProposed(t, g, "Officials from Musandam, Buraimi, Dhofra and Oman's capital came.", nil, []string{"Dhofra"})
	for _, c := range []struct {
		a, b string
		want bool
	}{{"jaingxi", "jiangxi", true}, {"dhofra", "dhofar", true}, {"dhofar", "dhofar", false}, {"dhoafr", "dhofar", true}, {"dhofer", "dhofar", false}} {
		if got := swapped(c.a, c.b); got != c.want {
			t.Errorf("swapped(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// A list sharing a capitalised plural head ("the Presidents of Sohar and Velmar
// Universities") names two bodies, the first named like a graph place. The sentences
// and names are made up for this test.
func TestCapitalisedPluralHead(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "He met the Presidents of Sohar and Velmar Universities in Oman.",
		map[string]kg.Kind{"Sohar": kg.Organization, "Velmar": kg.Organization}, nil)
}

// A recurring operation named as one of its runs ("the fourth iteration of Velmar
// Shield") is an event. The sentences and names are made up for this test.
func TestIterations(t *testing.T) {
	checkProposed(t, omanGazetteer(), "During the fourth iteration of Velmar Shield in Oman, medics treated patients in Sohar.",
		map[string]kg.Kind{"Velmar Shield": kg.Event}, nil)
}

// A body named just before "at the" and a mission ("the Velmar Working Group at the
// U.S. Embassy in Muscat") is a section of the mission, left out. The sentences and
// names are made up for this test.
func TestMissionSections(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:om", Kind: kg.Country, Name: "Oman", Degree: 200},
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 300},
		{ID: "city:om:muscat", Kind: kg.City, Name: "Muscat", Countries: []string{"country:om"}, Degree: 5},
		{ID: "consulate:us-embassy-muscat", Kind: kg.Consulate, Name: "U.S. Embassy in Muscat", Degree: 3},
	})
	checkProposed(t, g, "The plan followed a study by the Velmar Working Group at the U.S. Embassy in Muscat, Oman.", nil, []string{"Velmar Working Group"})
}

// A fund named just after its givers' title ("an Ambassador’s Fund for Heritage
// Care grant") is their grant programme, left out; a school named by a head of
// another language ("the Velmar Yeshiva") is a body. The sentences and names are
// made up for this test.
func TestTitledFundsAndForeignSchools(t *testing.T) {
	checkProposed(t, omanGazetteer(), "In Oman the old fort was restored with an Ambassador’s Fund for Heritage Care grant. The envoy then visited the Velmar Yeshiva in Sohar.",
		map[string]kg.Kind{"Velmar Yeshiva": kg.Organization}, []string{"Fund for Heritage Care"})
}

// A title-case headline's verb forms are no person's name: an infinitive the text
// writes in lowercase after "to" ("Inaugurate"), a past participle written in
// lowercase elsewhere ("Restored") or before "by" ("Event Hosted by"). The sentences and
// names are made up for this test.
func TestHeadlineVerbForms(t *testing.T) {
	checkProposed(t, omanGazetteer(), "Envoy and Minister Inaugurate Restored Site in Sohar\n\nThe envoy came to Sohar to inaugurate the restored site of Oman's old port.",
		nil, []string{"Inaugurate Restored Site"})
	checkProposed(t, omanGazetteer(), "May 2: Envoy’s Remarks at the Spring Day Event Hosted by Traders of Sohar in Oman.\n\nThe event was held in Sohar.",
		nil, []string{"Event Hosted", "Day Event Hosted"})
}

// A byline's names ("Posted by Tor Brandt", "By Ana Velk and Ilse Orr") are people's,
// and so is a photograph's credit of one word at a line's end ("Photo by Velkan"); a
// one-word byline that is no photograph's credit names no one. The sentences and
// names are made up for this test.
func TestBylines(t *testing.T) {
	checkProposed(t, omanGazetteer(), "A Night in Sohar\n\nPosted by Tor Brandt\nMay 2, 2011\n\nLanterns line the harbour of Sohar in Oman. Photo by Velkan\n\nBy Ana Velk and Ilse Orr\n\nThe envoy spoke.",
		map[string]kg.Kind{"Tor Brandt": kg.Person, "Velkan": kg.Person, "Ana Velk": kg.Person, "Ilse Orr": kg.Person}, nil)
	checkProposed(t, omanGazetteer(), "Notes from Oman\n\nBy Staff\n\nThe envoy visited Sohar.", nil, []string{"Staff"})
}

// A one-word name paired with a well-known platform after "on" or "via" at a clause's
// end ("follow us on Facebook and Chirper.") is a platform too, a company; a pair of
// two unknown words is no cue. The sentences and names are made up for this test.
func TestPairedPlatforms(t *testing.T) {
	checkProposed(t, omanGazetteer(), "The embassy in Oman posts news of Sohar; follow it on Facebook and Chirper.",
		map[string]kg.Kind{"Chirper": kg.Company}, nil)
	checkProposed(t, omanGazetteer(), "The envoy in Oman spoke on Velmar and Brandt.", nil, []string{"Velmar", "Brandt"})
}

// A body with no head word is named by apposition ("Velmar Tamkeen, an Omani NGO") or
// in a list after a plural noun of bodies ("partners including Dunmar Green Hands");
// a one-word item may be a place and is not proposed. The sentences and names are made
// up for this test.
func TestHeadlessBodies(t *testing.T) {
	checkProposed(t, omanGazetteer(), "In Oman the envoy met Velmar Tamkeen, an Omani NGO, and worked with local partners including Dunmar Green Hands and Ostra.",
		map[string]kg.Kind{"Velmar Tamkeen": kg.Organization, "Dunmar Green Hands": kg.Organization}, []string{"Ostra"})
}

// A full name after a noun of what only a person is or does ("food curator Ana
// Velk", "author Tor Brandt", "Monsieur Kemal Oss") is a person's with no title; a
// noun before a longer run of capitals names no one ("Champion Sohar Rowing Club").
// The sentences and names are made up for this test.
func TestRoleNamedPeople(t *testing.T) {
	checkProposed(t, omanGazetteer(), "In Sohar, Oman, the envoy dined with food curator Ana Velk, met author Tor Brandt and visited the gallery of Monsieur Kemal Oss. Champion Sohar Rowing Club Members came too.",
		map[string]kg.Kind{"Ana Velk": kg.Person, "Tor Brandt": kg.Person, "Kemal Oss": kg.Person}, []string{"Sohar Rowing Club"})
	// round 36d: an intern, a musician, a politician
	checkProposed(t, omanGazetteer(), "In Sohar, Oman, the envoy came with our intern Ayla Rennet, heard trumpeter Boden Mirle and met politician Teodor Vask.",
		map[string]kg.Kind{"Ayla Rennet": kg.Person, "Boden Mirle": kg.Person, "Teodor Vask": kg.Person}, nil)
}

// A bare name opening a sentence of a visit before its visitor ("In Dunvar, the
// Ambassador visited a school") or named as a village a visitor meets ("met Kelvo
// village elders") is a village. The sentences and names are made up for this test.
func TestVisitedVillages(t *testing.T) {
	checkProposed(t, omanGazetteer(), "The envoy toured Oman. In Dunvar, the Ambassador visited a school. Later the envoy met Kelvo village elders.",
		map[string]kg.Kind{"Dunvar": kg.City, "Kelvo": kg.City}, nil)
}

// A body named by a body's head word stays when the text calls it a programme ("the
// Velmar Corps is a fine program": it runs one); a name headed by what a body gives
// ("Scholarship") that the text calls a programme is still left out. The sentences and names are made up for this
// test.
func TestHeadedBodyCalledProgramme(t *testing.T) {
	checkProposed(t, omanGazetteer(), "In Oman, the envoy thanked the Velmar Corps volunteers. The Velmar Corps is a fine program for Sohar.",
		map[string]kg.Kind{"Velmar Corps": kg.Organization}, nil)
	checkProposed(t, omanGazetteer(), "In Oman, the envoy praised the Dunmar Scholarship. The Dunmar Scholarship is a fine program for Sohar.",
		nil, []string{"Dunmar Scholarship"})
}

// One capitalised word before "city" in lowercase names a town ("about Dunvar city",
// "visited Kelvo’s city hall"); after "the" it describes one ("the Arabian city").
// The sentences and names are made up for this test.
func TestCityNoun(t *testing.T) {
	checkProposed(t, omanGazetteer(), "The envoy in Oman spoke about Dunvar city and visited Kelvo’s city hall. Then he toured the Arabian city of Sohar.",
		map[string]kg.Kind{"Dunvar": kg.City, "Kelvo": kg.City}, []string{"Arabian"})
}

// "Chargé d’Affaires" is a title, and the acronym the text gives it in brackets
// ("Chargé d’Affaires (CDA) Ana Velk") stands for it before her surname later ("CDA
// Velk"); the visit named in an opening phrase ("During a visit to Sohar, ...") is the
// visit of the one named after its comma, who then met others as the visitor. The
// sentences and names are made up for this test.
func TestChargeAcronymVisitor(t *testing.T) {
	text := "Envoy Visits Sohar\n\nDuring a two-day visit to Sohar, Chargé d’Affaires (CDA) Ana Velk opened a library. CDA Velk also met with students of Oman."
	checkProposed(t, omanGazetteer(), text, map[string]kg.Kind{"Ana Velk": kg.Person, "Velk": kg.Person}, []string{"Chargé"})
	doc, err := omanGazetteer().Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var roles []string
	for _, r := range doc.Relations {
		if r.Type == kg.ParticipatedIn {
			roles = append(roles, r.From+" "+fmt.Sprint(r.Props["role"]))
		}
	}
	if diff := cmp.Diff([]string{"person:ana-velk visitor"}, roles); diff != "" {
		t.Errorf("roles (-want +got):\n%s", diff)
	}
}

// A bearing and a division's head ("Eastern Division") names a region, never a body: the
// graph's region named by the bearing in a country the text names, else a new region;
// a body named for the region ("Eastern Division Health Office") stays a body. The
// sentences and names are made up for this test.
func TestCompassUnits(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:om", Kind: kg.Country, Name: "Oman", Degree: 200},
		{ID: "region:om:eastern", Kind: kg.Region, Name: "Eastern", Countries: []string{"country:om"}, Degree: 3},
	})
	doc, err := g.Ingest(Article{Text: "The envoy to Oman toured the Eastern Division and the Northern Division, and met the Eastern Division Health Office."})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range doc.Mentions {
		got = append(got, m.Text+" "+m.id()+" "+string(m.Kind))
	}
	want := []string{"Oman country:om Country", "Eastern Division region:om:eastern Region", "Northern Division region:om:northern-division Region",
		"Eastern Division Health Office org:eastern-division-health-office Organization"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
}

// A title-case headline's verb in the present ("Envoy Velk Arrives in Sohar") is no
// part of a name where the text writes the verb in lowercase ("since she arrived"); a
// surname ending in -s with no such forms ("Ana Jones") stays. A title with
// "-Designate" or "-elect" is a title ("Ambassador-Designate Velk"). The sentences and
// names are made up for this test.
func TestPresentVerbsAndDesignates(t *testing.T) {
	checkProposed(t, omanGazetteer(), "Envoy Velk Arrives in Sohar\n\nSince she arrived in Oman, the envoy has met Ana Jones.",
		map[string]kg.Kind{"Ana Jones": kg.Person}, []string{"Velk Arrives"})
	checkProposed(t, omanGazetteer(), "In Sohar, Oman, Ambassador-Designate Velk met students.",
		nil, []string{"Ambassador-Designate Velk"})
}

// A fund its givers' title names in the plural or the possessive is their grant
// programme, left out with a country's short form before it and with its initials
// ("the U.S. Consuls Fund for Old Houses (CFOH)", "CFOH"); a fund named for a person
// ("the Velmar Fund") is a body. The sentences and names are made up for this test.
func TestFundsLeftOut(t *testing.T) {
	checkProposed(t, omanGazetteer(), "In Sohar, Oman, the U.S. Consuls Fund for Old Houses (CFOH) paid for a roof. The CFOH also gave to the Velmar Fund.",
		map[string]kg.Kind{"Velmar Fund": kg.Organization}, []string{"U.S. Consuls Fund for Old Houses", "Consuls Fund for Old Houses", "CFOH"})
}

// In a list of names where two items or more are people, an item of a person's shape
// the rules missed is a person too, particles inside it ("Lia Costa dos Velk"). The
// sentences and names are made up for this test.
func TestListedPeople(t *testing.T) {
	checkProposed(t, omanGazetteer(), "In Sohar, Oman, the envoy thanked the fellows: Lia Costa dos Velk, Mr. Tor Brandt, Ms. Ilse Orr, and Oskarine Dunmar.",
		map[string]kg.Kind{"Lia Costa dos Velk": kg.Person, "Oskarine Dunmar": kg.Person}, nil)
}

// One interviewed is a person ("an interview with Tor Brandt", "interviewed by Ilse
// Orr"). The sentences and names are made up for this test.
func TestInterviewedPeople(t *testing.T) {
	checkProposed(t, omanGazetteer(), "In Sohar, Oman, the envoy gave an interview with Tor Brandt and was later interviewed by Ilse Orr.",
		map[string]kg.Kind{"Tor Brandt": kg.Person, "Ilse Orr": kg.Person}, nil)
}

// A full name with an office in apposition after its comma ("Oskarine Dunmar, former
// Omani Ambassador to Peru") is a person's; an office opening the next clause ("During
// the tour of the Kelmar Works, Ambassador Orr spoke") says nothing of the name before
// it. The sentences and names are made up for this test.
func TestOfficeApposedPeople(t *testing.T) {
	checkProposed(t, omanGazetteer(), "In Sohar, Oman, the students heard Oskarine Dunmar, former Omani Ambassador to Peru. During the tour of the Kelmar Works, Ambassador Orr spoke.",
		map[string]kg.Kind{"Oskarine Dunmar": kg.Person}, []string{"Kelmar Works"})
}

// One force word after "U.S." ("U.S. Army", "U.S. Navy", "U.S. Marines") names the
// country's armed service, in a headline too. The sentences are made up for this test.
func TestArmedForces(t *testing.T) {
	checkProposed(t, omanGazetteer(), "Ships of the U.S. Navy in Sohar\n\nIn Sohar, Oman, the envoy thanked the U.S. Marines and the U.S. Army band.",
		map[string]kg.Kind{"U.S. Navy": kg.Organization, "U.S. Marines": kg.Organization}, nil)
}

// "the Marines" after "the U.S. Marines" is the same service, its short form dropped;
// with no "U.S. Marines" before it, "the Marines" (an embassy's guard) is left alone.
// The sentences are made up for this test.
func TestLaterForces(t *testing.T) {
	g := omanGazetteer()
	text := "In Sohar, Oman, the envoy met the U.S. Marines. The Marines showed him the port."
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range doc.Mentions {
		if m.Proposed != nil {
			got = append(got, m.Text+" = "+*m.Proposed)
		}
	}
	want := []string{"U.S. Marines = org:us-marines", "Marines = org:us-marines"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%q: proposals (-want +got):\n%s", text, diff)
	}
	checkProposed(t, g, "In Sohar, Oman, the Marines guard the embassy.", nil, []string{"Marines"})
}

// A level of government and its body after "the" ("the Oblast Administration", "the
// new Regional Assembly") is a reference, left out; with no article before it
// ("Regional Assembly Speaker Tor Brandt") it is a name. The sentences are made up for
// this test.
func TestGenericUnitBodies(t *testing.T) {
	checkProposed(t, omanGazetteer(), "In Sohar, Oman, the envoy praised the new Oblast Administration and the Regional Assembly.",
		nil, []string{"Oblast Administration", "Regional Assembly"})
	checkProposed(t, omanGazetteer(), "In Sohar, Oman, the envoy met Regional Assembly Speaker Tor Brandt.",
		map[string]kg.Kind{"Regional Assembly": kg.Organization}, nil)
}

// A town one went, drove or flew to "where" something happened is a place, as one
// travelled to ("went to Velmarsum, where he visited a dairy"). The sentences and names
// are made up for this test.
func TestWentToWhere(t *testing.T) {
	checkProposed(t, omanGazetteer(), "In Oman, the envoy went to Velmarsum, where he visited a dairy, and then drove to Kelmarholt, where he spoke.",
		map[string]kg.Kind{"Velmarsum": kg.City, "Kelmarholt": kg.City}, nil)
}

// One word and a kind of realm after "the" ("the Velmar Kingdom") is a former state the
// graph lacks, a country; a people's adjective ("the Omani Empire") or a place the graph
// holds ("the Sohar Kingdom") opens none. The sentences and names are made up for this
// test.
func TestFormerStates(t *testing.T) {
	checkProposed(t, omanGazetteer(), "In Sohar, Oman, the envoy saw coins of the Velmar Kingdom, the Omani Empire and the Sohar Kingdom.",
		map[string]kg.Kind{"Velmar Kingdom": kg.Country}, []string{"Omani Empire", "Sohar Kingdom"})
}

// One unknown capitalised word before a lowercase "summit" is the summit's name ("the
// Velmar summit"); a place the graph holds ("the Sohar summit") or a people's adjective
// ("an Omani summit") names none. The sentences and names are made up for this test.
func TestLowerSummits(t *testing.T) {
	checkProposed(t, omanGazetteer(), "In Oman, the envoy spoke at the Velmar summit, after the Sohar summit and an Omani summit.",
		map[string]kg.Kind{"Velmar summit": kg.Event}, []string{"Sohar summit", "Omani summit"})
}

// A name the text calls a product after its comma ("Ron Velmar, the emblematic Omani
// rum") and a people's adjective with "Party" before a title ("Omani Party Secretary Tor
// Brandt") are left out; the person after the title stays. The sentences and names are
// made up for this test.
func TestThingsNamed(t *testing.T) {
	checkProposed(t, omanGazetteer(), "In Sohar, Oman, the envoy visited the plant of Ron Velmar, the emblematic Omani rum, with Omani Party Secretary Tor Brandt.",
		map[string]kg.Kind{"Tor Brandt": kg.Person}, []string{"Ron Velmar", "Omani Party"})
}

// An event named by its sort alone ("Bilateral Meeting", "55th Annual Conference") is
// no name; one with a word of its own ("Bilateral Velmar Dialogue") stays. The
// sentences and names are made up for this test.
func TestGenericEvents(t *testing.T) {
	checkProposed(t, omanGazetteer(), "Bilateral Meeting\n\nIn Sohar, Oman, the club held its 55th Annual Conference and the Bilateral Velmar Dialogue.",
		map[string]kg.Kind{"Bilateral Velmar Dialogue": kg.Event}, []string{"Bilateral Meeting", "55th Annual Conference", "Annual Conference"})
}

// "International" before an event's head names no one occasion ("International
// Conference Hall" is a hall). The sentences and names are made up for this test.
func TestInternationalIsNoEventName(t *testing.T) {
	checkProposed(t, omanGazetteer(), "In Sohar, Oman, the club met at the International Conference Hall before the Velmar International Forum.",
		map[string]kg.Kind{"Velmar International Forum": kg.Event}, []string{"International Conference"})
}

// "Chancellor" is an office: the person after it is named without it ("Security
// Council Chancellor Tor Brandt" is Tor Brandt). The sentences and names are made up
// for this test.
func TestChancellorIsATitle(t *testing.T) {
	checkProposed(t, omanGazetteer(), "In Sohar, Oman, he met Chancellor Tor Brandt. Later he met Security Council Chancellor Ilse Orr.",
		map[string]kg.Kind{"Tor Brandt": kg.Person, "Ilse Orr": kg.Person}, []string{"Chancellor Tor Brandt"})
}

// One capitalised word owning something after "the" ("the Velmarga’s offensive") is a
// body named without a head word; a title ("the Governor’s office") or a name the graph
// holds ("the Sohar’s port") is none. The sentences and names are made up for this test.
func TestPossessiveBodies(t *testing.T) {
	checkProposed(t, omanGazetteer(), "In Oman, the envoy praised the Velmarga’s offensive, the Governor’s office and the Sohar’s port.",
		map[string]kg.Kind{"Velmarga": kg.Organization}, []string{"Governor", "Sohar"})
}

// An office named by whom it serves ("Assistant to the Director", "Special
// Representative for X") is a title, never a body, and so is the short form the text
// gives it in brackets: "AtD Velkor" is the title and the surname of the person named
// in full before. The sentences and names are made up for this test.
func TestOfficeTitles(t *testing.T) {
	g := omanGazetteer()
	text := "Assistant to the Director (AtD) of the Velmar Trust, Tomas Velkor, traveled to Sohar in Oman. AtD Velkor met farmers there with the Special Representative for Coastal Affairs."
	checkProposed(t, g, text, map[string]kg.Kind{"Tomas Velkor": kg.Person, "Velkor": kg.Person},
		[]string{"Assistant to the Director", "AtD", "Special Representative for Coastal Affairs"})
	sameProposal(t, g, text, "Velkor", "Tomas Velkor")
}

// A body's name running on into a given name and one more word ("the Bureau for
// Coastal Relief of Velmar Anna Marsh") is the body and its holder without a comma; a
// saint's name opening a place ("for San Anna Marsh") is no holder. The sentences and
// names are made up for this test.
func TestTrailingPeople(t *testing.T) {
	g := annaGazetteer()
	checkProposed(t, g, "In Sohar, Oman, the Bureau for Coastal Relief of Velmar Anna Marsh met farmers.",
		map[string]kg.Kind{"Bureau for Coastal Relief of Velmar": kg.Organization, "Anna Marsh": kg.Person},
		[]string{"Bureau for Coastal Relief of Velmar Anna Marsh"})
	checkProposed(t, g, "In Sohar, Oman, she visited the Bureau for Coastal Relief of San Anna Marsh.",
		nil, []string{"Anna Marsh"})
}

// A heading's words ending in an occasion noun ("Last Harbour Call", "Consulate
// Opening") name no person; a given name before such a word ("Anna Call") still may.
// The sentences and names are made up for this test.
func TestOccasionPeople(t *testing.T) {
	g := annaGazetteer()
	for _, text := range []string{"Consul Tomas Velkor Pays Last Harbour Call With Governor Ilse Orr\n\nIn Sohar, Oman, the consul paid his last harbour call.",
		"Consul Officiates at Velmar Opening\n\nIn Sohar, Oman, the consul opened the Velmar office."} {
		checkProposed(t, g, text, nil, []string{"Last Harbour Call", "Velmar Opening"})
	}
	checkProposed(t, g, "In Sohar, Oman, the consul met Anna Call, a farmer.", map[string]kg.Kind{"Anna Call": kg.Person}, nil)
}

// annaGazetteer is omanGazetteer with two people named Anna, so that "Anna" is a given
// name of the graph's lexicon.
func annaGazetteer() *Gazetteer {
	return NewGazetteer([]store.NameRecord{
		{ID: "country:om", Kind: kg.Country, Name: "Oman", Degree: 200},
		{ID: "city:om:sohar", Kind: kg.City, Name: "Sohar", Countries: []string{"country:om"}, Degree: 3},
		{ID: "person:anna-berg", Kind: kg.Person, Name: "Anna Berg", Degree: 2},
		{ID: "person:anna-holt", Kind: kg.Person, Name: "Anna Holt", Degree: 2},
	})
}

// Wars and revolutions the text recalls ("World War Two", "the First World War", "the
// Velmar War", "the Coastal Revolution") are history, no entity of the model's; a body
// named after one ("the Museum of the Coastal Revolution") still is one. The sentences
// and names are made up for this test.
func TestLeftOutConflicts(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "In Sohar, Oman, the consul laid a wreath for those who fell in World War Two and the First World War.",
		nil, []string{"World War Two", "First World War", "World War"})
	checkProposed(t, g, "In Sohar, Oman, the consul heard how the Velmar War and the Coastal Revolution shaped the town.",
		nil, []string{"Velmar War", "Coastal Revolution"})
	checkProposed(t, g, "In Sohar, Oman, the consul toured the Museum of the Coastal Revolution.",
		map[string]kg.Kind{"Museum of the Coastal Revolution": kg.Organization}, nil)
}

// A document ("a Memorandum for Record (MfR)", "the Harbour Report"), a people in the
// plural ("New Velmarians" of New Velmaria) and a name run on
// into a month ("Port Velmar June") are no entities of the model's. The sentences and
// names are made up for this test.
func TestNotModelEntities(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "In Sohar, Oman, the consul wrote a Memorandum for Record (MfR) on the visit. The MfR was filed with the Velmar Harbour Report.",
		nil, []string{"Memorandum for Record", "MfR", "Velmar Harbour Report"})
	velmaria := NewGazetteer([]store.NameRecord{{ID: "country:vm", Kind: kg.Country, Name: "New Velmaria", Degree: 20}})
	checkProposed(t, velmaria, "In New Velmaria, the Velmar Trust opened. And New Velmarians (NV) were just as excited.",
		map[string]kg.Kind{"Velmar Trust": kg.Organization}, []string{"New Velmarians", "NV"})
	checkProposed(t, g, "The consul of Oman was in Port Velmar June 20-23 to sign a plan with the Velmar Defence Force.",
		map[string]kg.Kind{"Velmar Defence Force": kg.Organization}, []string{"Port Velmar June"})
}

// A headline's verb after a surname the text gives in full ("Envoy Velkor Visited
// Sohar" over "Envoy Tomas Velkor visited ...") is cut off: the surname is the same
// person, not a new one named "Velkor Visited". The sentences and names are made up for
// this test.
func TestHeadlineVerbAfterName(t *testing.T) {
	g := omanGazetteer()
	text := "Envoy Velkor Visited Sohar\n\nIn Sohar, Oman, Envoy Tomas Velkor visited farmers."
	checkProposed(t, g, text, map[string]kg.Kind{"Tomas Velkor": kg.Person, "Velkor": kg.Person}, []string{"Velkor Visited"})
	sameProposal(t, g, text, "Velkor", "Tomas Velkor")
}

// An event named by what is done at it and its head alone ("Groundbreaking Ceremony",
// "Signing Ceremony") is no name; a name word keeps it ("Velmar Groundbreaking
// Ceremony"). The sentences and names are made up for this test.
func TestOccasionSortEvents(t *testing.T) {
	checkProposed(t, omanGazetteer(), "Remarks at Groundbreaking Ceremony\n\nIn Sohar, Oman, the consul spoke at the Signing Ceremony and the Velmar Groundbreaking Ceremony.",
		map[string]kg.Kind{"Velmar Groundbreaking Ceremony": kg.Event}, []string{"Groundbreaking Ceremony", "Signing Ceremony"})
}

// sameProposal fails unless the mentions a and b of text are proposed as one entity.
func sameProposal(t *testing.T, g *Gazetteer, text, a, b string) {
	t.Helper()
	ids := map[string]string{}
	for _, p := range proposedEach(t, g, text) {
		ids[p[0]] = p[1]
	}
	if ids[a] != ids[b] {
		t.Errorf("%s proposed as %q, %s as %q; want one entity", a, ids[a], b, ids[b])
	}
}

// TestKnownAcronymBodies: an international body's standard acronym, never defined in
// the text, is that body wherever it stands as a body: after "The" opening a sentence,
// before its members ("Member States"), hyphened to a lowercase word ("NATO-led") or to
// a name the text links ("EU-Arvenia").
func TestKnownAcronymBodies(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{{ID: "country:aa", Kind: kg.Country, Name: "Arvenia", Degree: 50}})
	checkProposedEach(t, g, []proposedCase{
		{"The EU Envoy to Arvenia toured a dairy farm on Monday.", [][2]string{{"EU", "org:european-union"}}},
		{"Envoys from ASEAN Member States toured a dairy farm in Arvenia.", [][2]string{{"ASEAN", "org:association-of-southeast-asian-nations"}}},
		{"Farmers in Arvenia showed the envoy two OECD-funded wells.", [][2]string{{"OECD", "org:organisation-for-economic-co-operation-and-development"}}},
		{"The envoy spoke of EU-Arvenia trade at a dairy farm.", [][2]string{{"EU", "org:european-union"}}},
	})
}

// TestPortfolioWords: the field a minister is named by ("Minister of Fisheries")
// opens no town's name between the office and its holder; the holder is still a person.
func TestPortfolioWords(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{{ID: "country:aa", Kind: kg.Country, Name: "Arvenia", Degree: 50}})
	checkProposedEach(t, g, []proposedCase{
		{"In Arvenia, Minister of Fisheries Odran Pelk opened a harbour.", [][2]string{{"Odran Pelk", "person:odran-pelk"}}},
		{"In Arvenia, Deputy Minister of Energy Marta Velsen opened a dam.", [][2]string{{"Marta Velsen", "person:marta-velsen"}}},
	})
}

// TestPortfolioFields: the last field of a minister's portfolio ("Minister of Roads and
// Port Growth,") is no person's or body's name; a holder named after the portfolio and
// a comma still is a person, and a body listed with a ministry is still a body.
func TestPortfolioFields(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{{ID: "country:aa", Kind: kg.Country, Name: "Arvenia", Degree: 50}})
	checkProposedEach(t, g, []proposedCase{
		{"In Arvenia the envoy met the Minister of Roads and Export Growth, and the mayor.", nil},
		{"In Arvenia the envoy met the Minister for Roads, Odran Pelk, at noon.", [][2]string{{"Odran Pelk", "person:odran-pelk"}}},
		{"In Arvenia the envoy met the Department of Roads, and the Velmora Harbour Agency.", [][2]string{{"Department of Roads", "org:department-of-roads"}, {"Velmora Harbour Agency", "org:velmora-harbour-agency"}}},
	})
}

// TestHolderAfterOffice: an office of something, a comma, then two capitalised words
// closing the list's item name the office's holder, even where a town bears the
// surname; a country closing the item is no person.
func TestHolderAfterOffice(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:aa", Kind: kg.Country, Name: "Arvenia", Degree: 50},
		{ID: "country:bb", Kind: kg.Country, Name: "Upper Dorvia", Degree: 50},
		{ID: "city:aa:pelk", Kind: kg.City, Name: "Pelk", Countries: []string{"country:aa"}, Degree: 2},
	})
	for _, tc := range []struct {
		text, name string
		want       kg.Kind
	}{
		{"Guests in Arvenia: the Mayor of Dorn; Chairperson of the Harbour Trust, Odran Pelk; and others.", "Odran Pelk", kg.Person},
		{"Guests in Arvenia: Chairperson of the Harbour Trust, Upper Dorvia; and others.", "Upper Dorvia", ""},
	} {
		if got := proposedKinds(t, g, tc.text)[tc.name]; got != tc.want {
			t.Errorf("%q: %q proposed as %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// proposedCase is a made-up sentence and every proposal wanted from it, in order.
type proposedCase struct {
	text string
	want [][2]string
}

func checkProposedEach(t *testing.T, g *Gazetteer, cases []proposedCase) {
	t.Helper()
	for _, tc := range cases {
		if diff := cmp.Diff(tc.want, proposedEach(t, g, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// An everyday given name the lists lacked (British "Ian", "Phil"; Czech "Mirek") opens
// a person's name with no title or verb before it, a sentence's first words included.
// The sentences and names are made up for this test.
func TestEverydayGivenNames(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "Ian Tolvar is here tonight in Sohar. Two guests here, Phil Tarbet and Mirek Halvik, came from Oman.",
		map[string]kg.Kind{"Ian Tolvar": kg.Person, "Phil Tarbet": kg.Person, "Mirek Halvik": kg.Person}, nil)
}

// A heading's document nouns after a speaker's name ("Speech Notes", "Remarks") end
// the name: the speaker is a person, the nouns are no part of the name. The sentences
// and names are made up for this test.
func TestSpeakerBeforeDocumentNouns(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "Hon Tora Velland Speech Notes\n\nThe minister spoke in Sohar, Oman.",
		map[string]kg.Kind{"Tora Velland": kg.Person}, []string{"Tora Velland Speech Notes", "Tora Velland Speech"})
}

// A country's well-known region named alone ("the Kanto Bloc", "Hokuriku/Tokai") in a
// text about that country is a new region of it, though the graph lacks it. The
// sentences are made up for this test.
func TestCountryMacroRegions(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:jp", Kind: kg.Country, Name: "Japan", Degree: 200},
		{ID: "city:jp:sendai", Kind: kg.City, Name: "Sendai", Countries: []string{"country:jp"}, Degree: 3},
	})
	got := proposedEach(t, g, "Mayors from the Kanto Bloc and the Hokuriku/Tokai Bloc met in Sendai, Japan.")
	want := [][2]string{{"Kanto", "region:jp:kanto"}, {"Hokuriku", "region:jp:hokuriku"}, {"Tokai", "region:jp:tokai"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("proposals (-want +got):\n%s", diff)
	}
}

// A transcript's furniture is no entity: a greeting ("Good Evening"), the marker of an
// uncorrected transcript ("E&OE") and a pronoun's contraction opening a sentence
// ("I've"). The sentences are made up for this test.
func TestTranscriptFurniture(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "E&OE\n\nMINISTER: Good Evening. I've come to Sohar in Oman. We'll stay.",
		nil, []string{"E&OE", "Good Evening", "I've", "We'll"})
}

// "H.E" is His Excellency written without its last dot: a style before the name, no
// initial of it. The sentence and name are made up for this test.
func TestExcellencyWithoutLastDot(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "The new envoy to Oman, H.E Tarik Veldane, came to Sohar.",
		map[string]kg.Kind{"Tarik Veldane": kg.Person}, []string{"E Tarik Veldane"})
}

// A holder's name follows a title written as one hyphenated word ("Governor-General"),
// a style of two words ("Tan Sri") or a stack of Malaysian styles ("YB", "Dato' Seri
// Utama Haji"), and a father's name inside a nasab keeps his style ("bin Haji ...");
// the styles are no part of the name. The sentences and names are made up for this
// test.
func TestStyledHolders(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "In Sohar, Oman, we heard Governor-General Pell Varrick speak. "+
		"We met Tan Sri Omar bin Kadir, Deputy Minister YB Rosli Fadzan and Dato’ Seri Utama Haji Amir bin Haji Latif.",
		map[string]kg.Kind{"Pell Varrick": kg.Person, "Omar bin Kadir": kg.Person, "Rosli Fadzan": kg.Person, "Amir bin Haji Latif": kg.Person},
		[]string{"Tan Sri Omar bin Kadir", "YB Rosli Fadzan"})
}

// In a text about Japan a capitalised name before "Town" or "Village" is a
// municipality the graph lacks, as one before "City" is ("Velkami Town"); "the Town
// Hall" names none. The sentences and names are made up for this test.
func TestJapaneseTownsAndVillages(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:jp", Kind: kg.Country, Name: "Japan", Degree: 200},
		{ID: "city:jp:sendai", Kind: kg.City, Name: "Sendai", Countries: []string{"country:jp"}, Degree: 3},
	})
	got := proposedEach(t, g, "The diplomats in Japan toured Sendai, then Velkami Town and Oriyashi Village, and met at the Town Hall.")
	want := [][2]string{{"Velkami", "city:jp:velkami"}, {"Oriyashi", "city:jp:oriyashi"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("proposals (-want +got):\n%s", diff)
	}
}

// A place named with its kind word ends before "for the": "Velkami Prefecture for the
// Diplomatic Corps" is a tour in the prefecture for the corps, no body of that name.
// The sentence and names are made up for this test.
func TestPlaceKindEndsBeforeForThe(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:jp", Kind: kg.Country, Name: "Japan", Degree: 200},
	})
	checkProposed(t, g, "Study Tour in Velkami Prefecture for the Diplomatic Corps in Japan", nil,
		[]string{"Velkami Prefecture for the Diplomatic Corps"})
}

// A tour's farms, orchards and Japanese brewers are firms: "Velm Farm", "Oriya
// Orchard", a brewer in one word ("Tanakashuzoten") or by its word ("Kaiko Shuzo"), and
// the quoted name after a kind of business ("Pearl Farm “Umi Shinju”", "French
// Restaurant “Chez Velm”"), whose kind names nothing. The sentences and names are
// made up for this test.
func TestTouredFirms(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:jp", Kind: kg.Country, Name: "Japan", Degree: 200},
	})
	checkProposed(t, g, "The diplomats in Japan visited Velm Farm, Oriya Orchard and the sake brewer Tanakashuzoten. "+
		"Day 2: Kaiko Shuzo, Pearl Farm “Umi Shinju”, French Restaurant “Chez Velm”.",
		map[string]kg.Kind{"Velm Farm": kg.Company, "Oriya Orchard": kg.Company, "Tanakashuzoten": kg.Company, "Kaiko Shuzo": kg.Company,
			"Umi Shinju": kg.Company, "Chez Velm": kg.Company},
		[]string{"Pearl Farm", "French Restaurant"})
}

// A defence pact named "Arrangements" is a pact, left out with the acronym the text
// uses for it later alone; an itinerary's "Visiting <headed body>" names the body
// after the verb. The sentences and names are made up for this test.
func TestPactArrangementsAndVisitedBodies(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "Oman joined the Six Nations Defence Arrangements (SNDA) in Sohar. The SNDA is old.\n\nVisiting Velmar Group, in Sohar.",
		map[string]kg.Kind{"Velmar Group": kg.Company}, []string{"Six Nations Defence Arrangements", "SNDA"})
}

// Portfolios and generic forces name no body: fields joined by "and" before the
// office ("Culture and Sport Minister"), a list of fields closed by a bracket ("...,
// Rural Affairs and Local Government (and ...)"), and a country's forces by their kind
// alone ("Chief of Defence Force"). The sentences and names are made up for this test.
func TestPortfoliosAndGenericForces(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "In Sohar, Oman, Culture and Sport Minister Tora Velland met the Minister for Ports, Rural Affairs and Local Government (and Deputy Leader) Ana Kesh, "+
		"and the Chief of Defence Force General Omar Halvik.",
		map[string]kg.Kind{"Tora Velland": kg.Person},
		[]string{"Culture and Sport", "Rural Affairs and Local Government", "Defence Force"})
}

// "Both", "either" and "neither" open no name: "Both the Velmar Friendship
// Association and ..." names the association. The sentence and names are made up for
// this test.
func TestBothOpensNoName(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "Both the Velmar Friendship Association and the mayor of Sohar in Oman agreed.",
		map[string]kg.Kind{"Velmar Friendship Association": kg.Organization}, []string{"Both the Velmar Friendship Association"})
}

// A calling written before a name ("Senior Marine Educator Tora Velland") and an
// office after it that opens with a level of government ("Ana Kesh, the District
// Commissioner") mark a person, as a title does. The sentences and names are made up
// for this test.
func TestCallingsAndQualifiedOffices(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "In Sohar, Oman, the centre is led by Senior Marine Educator Tora Velland. We paid a visit to Ana Kesh, the District Commissioner.",
		map[string]kg.Kind{"Tora Velland": kg.Person, "Ana Kesh": kg.Person}, []string{"Marine Educator Tora Velland"})
}

// "The pleasure of meeting" takes a person: the two or three names after it are one.
// The sentence and names are made up for this test.
func TestPleasureOfMeeting(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "In Sohar, Oman, we had the pleasure of meeting Tóra Hel Velland, the youngest of them.",
		map[string]kg.Kind{"Tóra Hel Velland": kg.Person}, nil)
}

// An initiative is a programme, left out with its acronym ("the Velmar Leaders
// Initiative (VLI)"), unless a person is "of" it, where it is the body the person works
// for; a programme whose words are joined by hyphens is still one by its last word. The
// sentences and names are made up for this test.
func TestInitiativesAreProgrammes(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "In Sohar, Oman, she met alumni of the Velmar Leaders Initiative (VLI) and pupils of the Oman-Velmar-Exchange-Program. "+
		"Ambassador Tora Velland met Ana Kesh of the Coastal Policy Initiative.",
		map[string]kg.Kind{"Tora Velland": kg.Person, "Ana Kesh": kg.Person, "Coastal Policy Initiative": kg.Organization},
		[]string{"Velmar Leaders Initiative", "VLI", "Oman-Velmar-Exchange-Program"})
}

// A language is no entity: a name the text also writes before "language" ("Velmarian
// language classes", so "books in Velmarian" too), a name opening with "Te Reo", a
// year of the Chinese zodiac, and a sentence's "So" before a body. The sentences and
// names are made up for this test.
func TestLanguagesAndZodiacYears(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "In Sohar, Oman, the Velmar Friendship Association gives Velmarian language classes and books in Velmarian. "+
		"They greeted each other in Te Reo Velmari at the advent of the Year of the Ox. So the Velmar Friendship Association grew.",
		map[string]kg.Kind{"Velmar Friendship Association": kg.Organization},
		[]string{"Velmarian", "Te Reo Velmari", "Year of the Ox", "So the Velmar Friendship Association"})
}

// "Institution" and "Gymnasium" end a body's name, and a name the next words call an
// island or a village is a place ("X, an island bigger than ..."). The sentences and
// names are made up for this test.
func TestInstitutionsAndPlacesByApposition(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "In Sohar, Oman, the Velmar Institution sent pupils of the Kesh Gymnasium to Halvikor, an island bigger than Oman, and to Tendrup, a village of fishers.",
		map[string]kg.Kind{"Velmar Institution": kg.Organization, "Kesh Gymnasium": kg.Organization, "Halvikor": kg.Region, "Tendrup": kg.City}, nil)
}

// A named day the text says is held, or held at a place, or the first ever, is an
// event with its place words ("Oman-Velmar Friendship Day"), every mention of it; a
// holiday ("National Day") stays out however it is held. The sentences and names are
// made up for this test.
func TestHeldDaysAreEvents(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "The consulate held the first ever Oman-Velmar Friendship Day, held in Sohar, Oman. Oman-Velmar Friendship Day will return. "+
		"Kesh Day at the Sohar Expo drew crowds; National Day, held in Sohar, did too.",
		map[string]kg.Kind{"Oman-Velmar Friendship Day": kg.Event, "Kesh Day": kg.Event}, []string{"National Day"})
}

// Investors and employers listed by name are firms ("investors including Velco and
// Nordkur"), and so is a list right after "companies" ("services companies Tidewire,
// Halvik Health and ..."). The sentences and names are made up for this test.
func TestInvestorAndEmployerLists(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "In Sohar, Oman, she met existing investors, including Velco and Nordkur, and major employers such as Kestrel and Brimwell. "+
		"Omani services companies Tidewire, Halvik Health and Sarnco came too.",
		map[string]kg.Kind{"Velco": kg.Company, "Nordkur": kg.Company, "Kestrel": kg.Company, "Brimwell": kg.Company, "Tidewire": kg.Company, "Halvik Health": kg.Company}, nil)
}

// "Bank of <country>" is the country's central bank, a body with the country's name in
// it, the country no mention of its own. The sentence is made up for this test.
func TestCountryBanks(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "In Sohar, the first office opened within the Bank of Oman.",
		map[string]kg.Kind{"Bank of Oman": kg.Organization}, []string{"Oman"})
}

// "Judge" is a title: the words after it are the judge's name. The sentence and name
// are made up for this test.
func TestJudgeIsATitle(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "In Sohar, Oman, the consul welcomed Judge Tora K. Velland, the first woman on that bench.",
		map[string]kg.Kind{"Tora K. Velland": kg.Person}, []string{"Judge Tora K. Velland"})
}

// A kind or an office is no entity: title words alone ("High Commissioner"), a slogan
// the text writes in quotes ('Silver Age'), a place's "Party" before a title ("Sohar
// Party Secretary") and "the" with a level of government and a kind of body ("the
// Regional Police"). The sentences and names are made up for this test.
func TestKindOnlyNames(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "In Sohar, Oman, the High Commissioner met Tora Velland, the Sohar Party Secretary, to open a 'Silver Age' of trade. "+
		"Silver Age ties grew. She met the Regional Police and the Central Bank Governor, and visited the Kesh Gymnasium.",
		map[string]kg.Kind{"Tora Velland": kg.Person, "Kesh Gymnasium": kg.Organization},
		[]string{"High Commissioner", "Silver Age", "Sohar Party", "Regional Police", "Central Bank"})
}

// A place's or country's government is the place ("the Government of Kesh", "the
// Omani Government", "Local Government"), and a footnote's digit glued to a name
// makes no person ("Velk Alumni2"). The sentences and names are made up for this test.
func TestPlaceGovernmentsAndFootnotes(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "In Sohar, Oman, the Government of Kesh and the Omani Government met Local Government heads. "+
		"Tora Velland, a teacher, spoke at the Kesh Gymnasium. She greeted Velk Alumni2 there.",
		map[string]kg.Kind{"Tora Velland": kg.Person, "Kesh Gymnasium": kg.Organization},
		[]string{"Government of Kesh", "Omani Government", "Local Government", "Velk Alumni2"})
}

// A title-case headline's verb ("Engages", "Donates") ends the name before it, as
// "Visits" does. The sentences and names are made up for this test.
func TestMoreHeadlineVerbs(t *testing.T) {
	g := omanGazetteer()
	checkProposed(t, g, "Consul Tora Velland Engages Students in Sohar\n\nThe consul spoke in Sohar, Oman.",
		map[string]kg.Kind{"Tora Velland": kg.Person}, []string{"Tora Velland Engages Students", "Tora Velland Engages"})
}

// TestArtsRecordsAndGrowersHeads: an orchestra, a conservatory, archives, a cooperative,
// a cluster of firms and a dojo end a body's name. The sentences and names are made up
// for this test.
func TestArtsRecordsAndGrowersHeads(t *testing.T) {
	for _, c := range []struct {
		text string
		want [][2]string
	}{
		{"In Oman the envoy heard the Velmar Youth Symphony Orchestra.", [][2]string{{"Velmar Youth Symphony Orchestra", "org:velmar-youth-symphony-orchestra"}}},
		{"In Oman students of the Tamsar Conservatory played.", [][2]string{{"Tamsar Conservatory", "org:tamsar-conservatory"}}},
		{"The envoy saw a show of the Kessrin Archives in Oman.", [][2]string{{"Kessrin Archives", "org:kessrin-archives"}}},
		{"In Oman she met the Velkar Women’s Date Cooperative.", [][2]string{{"Velkar Women’s Date Cooperative", "org:velkar-womens-date-cooperative"}}},
		{"In Oman she met the Tamsar Tourist Cluster and the Velk Dan Dojo.", [][2]string{{"Tamsar Tourist Cluster", "org:tamsar-tourist-cluster"}, {"Velk Dan Dojo", "org:velk-dan-dojo"}}},
	} {
		if diff := cmp.Diff(c.want, proposedEach(t, omanGazetteer(), c.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
