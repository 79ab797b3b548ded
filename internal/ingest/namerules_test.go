package ingest

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
)

// TestNameRules: where a run of capitals names something new and where its name starts
// and ends, by rules meant for texts of any country (round 6b). Each want is
// "text#occurrence" -> the id linked or proposed ("" for none). The sentences are
// written for this test.
func TestNameRules(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		name, text string
		want       map[string]string
	}{
		{
			name: "an honorific of another language opens a person's name, no part of it",
			text: "Talks in Delhi\nThe envoy met his counterpart at the Ministry of Water, Shri Arjun Mehta, on trade. Later Hon. Grace Otieno spoke. Ravi Menon, Chief Minister of the state, replied.",
			want: map[string]string{"Arjun Mehta#1": "person:arjun-mehta", "Grace Otieno#1": "person:grace-otieno", "Ravi Menon#1": "person:ravi-menon"},
		},
		{
			name: "a hotel is a company; a numbered factory is its owner's, the company",
			text: "Envoy in Korea\nThe envoy stayed at the Busan Seaview Hotel and visited the Daehan Changwon 2 Factory.",
			want: map[string]string{"Busan Seaview Hotel#1": "company:busan-seaview-hotel", "Daehan Changwon 2 Factory#1": "company:daehan-changwon-2-factory"},
		},
		{
			name: "an event's name goes on through 'of', its edition's ordinal with it",
			text: "Mayors Meet\nThe mayors opened the 12th Annual Meeting of the Pacific Harbour Alliance on Monday. Next came the Year of Coastal Friendship.",
			want: map[string]string{"12th Annual Meeting of the Pacific Harbour Alliance#1": "event:12th-annual-meeting-of-the-pacific-harbour-alliance",
				"Year of Coastal Friendship#1": "event:year-of-coastal-friendship"},
		},
		{
			name: "a conference of office holders is a body, not an event",
			text: "Mayors Meet\nShe spoke to the Northern Conference of Governors in Durban.",
			want: map[string]string{"Northern Conference of Governors#1": "org:northern-conference-of-governors"},
		},
		{
			name: "a headline opening with a verb's -ing form names nothing",
			text: "Building Stronger Harbour Dialogue Between Cities\nThe mayor of Durban spoke.",
			want: map[string]string{"Building Stronger Harbour Dialogue#1": "", "Stronger Harbour Dialogue#1": ""},
		},
		{
			name: "a programme its owner names in the possessive is left out, a place in it too",
			text: "Consular Week\nThe consulate promoted the Governor's Clean River Initiative and Mission Kenya's Visa Renewal Program in Durban.",
			want: map[string]string{"Clean River Initiative#1": "", "Kenya#1": "", "Durban#1": "city:za:durban"},
		},
		{
			name: "a name holding a place the article links is no person's",
			text: "Envoy in Korea\nThe envoy visited Changwon on Monday and saw a plant located in Gyeongbuk Changwon.",
			want: map[string]string{"Changwon#1": "city:kr:changwon", "Gyeongbuk Changwon#1": ""},
		},
		{
			name: "a defined acronym spells its name, a hyphenated word one letter a part; the head gives the kind",
			text: "Trade Talks\nShe spoke on Indo-Pacific Fisheries Cooperation (IPFC) and opened the Women in Ports Summit (WPS). A Memorandum of Understanding (MOU) was signed. IPFC grew.",
			want: map[string]string{"Indo-Pacific Fisheries Cooperation#1": "org:indo-pacific-fisheries-cooperation",
				"IPFC#1": "org:indo-pacific-fisheries-cooperation", "IPFC#2": "org:indo-pacific-fisheries-cooperation",
				"Women in Ports Summit#1": "event:women-in-ports-summit", "Memorandum of Understanding#1": "", "MOU#1": ""},
		},
		{
			name: "a title at a body, then its holder: the name ends before the holder",
			text: "Trade Talks\nRemarks came from Deputy Director of the Office of Coastal Affairs Nadia Ferreira on exports.",
			want: map[string]string{"Office of Coastal Affairs#1": "org:office-of-coastal-affairs", "Nadia Ferreira#1": "person:nadia-ferreira"},
		},
		{
			name: "a platform a message goes through, a paper's publisher and a name that reports, by the words around them",
			text: "Consular Week\nThe consulate held a web chat via Chatterly and ran a quiz in Zorvath's online newspaper. Later Tidewire reported the news. Staff wrote on Aug. 5 on Migrants and Tourists. The Lakeside Evening News website agreed. Staff focused on Borneo. Photos were shared on Picstream.",
			want: map[string]string{"Chatterly#1": "company:chatterly", "Zorvath#1": "company:zorvath", "Tidewire#1": "org:tidewire",
				"Aug#1": "", "Migrants#1": "", "Lakeside Evening News#1": "company:lakeside-evening-news",
				"Borneo#1": "", "Picstream#1": "company:picstream"},
		},
		{
			name: "after a title and its field, the holder: a field may be a list or an abstract noun, a given name a common word",
			text: "Trade Talks\nUnder Secretary for Maritime Affairs Hope Adeyemi and Assistant Secretary for Ports, Fisheries, and the Environment Luis Ortega will travel to Durban. Deputy Secretary of State for Energy Transformation Mira Kovacs came too. Later Mr Ortega spoke, and Adeyemi left.",
			want: map[string]string{"Hope Adeyemi#1": "person:hope-adeyemi", "Luis Ortega#1": "person:luis-ortega", "Mira Kovacs#1": "person:mira-kovacs",
				"Maritime Affairs#1": "", "Environment#1": "", "Energy Transformation#1": "", "Ortega#2": "person:luis-ortega"},
		},
		{
			name: "a surname spelt without its accents is the person named in full with them",
			text: "Trade Talks\nMinister Inés Fernández visited Durban. The mayor then met Fernandez.",
			want: map[string]string{"Inés Fernández#1": "person:ines-fernandez", "Fernandez#1": "person:ines-fernandez"},
		},
		{
			name: "a police force is a body, its city part of its name; a body with and without its country's short form is one",
			text: "Envoy in Durban\nThe UK Harbour Office sent staff. The Durban Police met them, and the Harbour Office thanked the Durban Police.",
			want: map[string]string{"UK Harbour Office#1": "org:uk-harbour-office", "Harbour Office#2": "org:uk-harbour-office",
				"Durban Police#1": "org:durban-police", "Durban#2": ""},
		},
		{
			name: "a person's name may hold particles ('von der', 'bin', 'da') or an article's prefix ('al-')",
			text: "Envoy in Durban\nMinister Ahmad bin Hassan and Mayor Ursula von der Haalst welcomed Councillor Omar al-Rashid and Senator Maria da Costa.",
			want: map[string]string{"Ahmad bin Hassan#1": "person:ahmad-bin-hassan", "Ursula von der Haalst#1": "person:ursula-von-der-haalst",
				"Omar al-Rashid#1": "person:omar-al-rashid", "Maria da Costa#1": "person:maria-da-costa"},
		},
		{
			name: "'with' joins a body's name after its head, not a place and the people seen there",
			text: "Envoy in Korea\nThe envoy walked the Seaside Trail with Busan Harbour College students, then met the Society for Friendship with Foreign Peoples.",
			want: map[string]string{"Busan Harbour College#1": "org:busan-harbour-college",
				"Society for Friendship with Foreign Peoples#1": "org:society-for-friendship-with-foreign-peoples"},
		},
		{
			name: "a titled holder, then the office's region or city after 'of'; an event's theme may hold 'and'",
			text: "Envoy in Durban\nGovernor Wanjiru Mwangi of Lakeview County met Mayor Ramon dela Cruz. Both will attend the Annual Summit of the Pacific and Atlantic Ports Network. The Morning Courier reported it.",
			want: map[string]string{"Wanjiru Mwangi#1": "person:wanjiru-mwangi", "Lakeview#1": "region:lakeview", "Ramon dela Cruz#1": "person:ramon-dela-cruz",
				"Annual Summit of the Pacific and Atlantic Ports Network#1": "event:annual-summit-of-the-pacific-and-atlantic-ports-network",
				"Morning Courier#1": "org:morning-courier"},
		},
		{
			name: "a headline's verb ends a title's reach; a mayor's place after 'of' is a city; a legal form opens a company's name; a role in apposition makes a person",
			text: "Deputy Mayor Visits Durban to Promote Green Ports\nVice Mayor Tran Thi Mai Lan of Hoi Binh toured PT Samudra Indonesia Jaya. Lee Soo-jin, a researcher at the Harbour Institute, spoke.",
			want: map[string]string{"Promote Green Ports#1": "", "Tran Thi Mai Lan#1": "person:tran-thi-mai-lan", "Hoi Binh#1": "city:hoi-binh",
				"PT Samudra Indonesia Jaya#1": "company:pt-samudra-indonesia-jaya", "Lee Soo-jin#1": "person:lee-soo-jin"},
		},
		{
			name: "a titled holder 'of' a headed body is two; a headed body 'and' a name is two; a hotel's head may come first",
			text: "Envoy in Durban\nShe met Professor Aiko Mori of Seaside University. The Harbour Shimbun and Tidewire reported the talks at the Hotel Grand Lotus.",
			want: map[string]string{"Aiko Mori#1": "person:aiko-mori", "Seaside University#1": "org:seaside-university",
				"Harbour Shimbun#1": "org:harbour-shimbun", "Tidewire#1": "org:tidewire", "Hotel Grand Lotus#1": "company:hotel-grand-lotus"},
		},
		{
			name: "a place's name and a land form's head is a region; a body's or event's name said again by its last words is it",
			text: "Envoy in Durban\nShe opened the Joint Harbour Safety Dialogue near the Lakeview Peninsula. The Harbour Safety Dialogue met again in Durban.",
			want: map[string]string{"Lakeview Peninsula#1": "region:lakeview-peninsula", "Joint Harbour Safety Dialogue#1": "event:joint-harbour-safety-dialogue",
				"Harbour Safety Dialogue#2": "event:joint-harbour-safety-dialogue"},
		},
		{
			name: "names given as examples of companies are companies; capitals before a bracketed company's name are that company's",
			text: "Envoy in Durban\nLocal firms, such as Zentrova, and HMBE (Harbour Marine Boat Engineering Co. Ltd.) export to Durban. HMBE grew; lowercase first Year of Trade.",
			want: map[string]string{"Zentrova#1": "company:zentrova", "HMBE#1": "company:harbour-marine-boat-engineering-co",
				"HMBE#2": "company:harbour-marine-boat-engineering-co", "Harbour Marine Boat Engineering Co#1": "company:harbour-marine-boat-engineering-co",
				"Year of Trade#1": "event:year-of-trade"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, err := g.Ingest(Article{Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, mentionIDs(doc, c.want)); diff != "" {
				t.Errorf("mentions (-want +got):\n%s", diff)
			}
		})
	}
}

// TestChairsLead: who chairs the reported meeting leads it, even where a later sentence
// says they visit. The sentences are written for this test.
func TestChairsLead(t *testing.T) {
	text := "Talks in Durban\n\nMinister Ana Ruiz will travel to Durban for the Harbour Dialogue on May 3. Minister Ruiz and Mayor Tom Hale will co-chair the Dialogue. During her visit to Durban, Ruiz will also see a school."
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: text, Meta: Meta{Title: "Test", Published: "2011-05-01"}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range doc.Relations {
		if r.Type == kg.ParticipatedIn && strings.HasPrefix(r.From, "person:") {
			got[r.From] = r.Props["role"].(string)
		}
	}
	want := map[string]string{"person:ana-ruiz": "leader", "person:tom-hale": "leader"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("roles (-want +got):\n%s", diff)
	}
}

// TestServesAs: "Name serves as Title for the Body" is an office held at the body. The
// sentences are written for this test.
func TestServesAs(t *testing.T) {
	got := positionsIn(t, "Mayors Meet\n\nMayor Tom Hale of Durban met Ana Ruiz. Ruiz serves as Chair for the Harbour Cities Council. Mr Hale, who also serves as Director of the Coastal Trade Office, spoke.")
	want := []string{"person:tom-hale city:za:durban Mayor", "person:ana-ruiz org:harbour-cities-council Chair", "person:tom-hale org:coastal-trade-office Director"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("positions (-want +got):\n%s", diff)
	}
}
