package hsg

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
)

func TestVariantNames(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want variance
	}{
		{"john key", "john p key", initialsOnly},
		{"justin trudeau", "justin p j trudeau", initialsOnly},
		{"mikheil saakashvili", "mikhail saakashvili", spelledOtherwise},
		{"volodymyr zelensky", "volodymyr zelenskyy", spelledOtherwise},
		{"ali abdallah salih", "ali abdullah saleh", spelledOtherwise},
		{"dimitry medvedev", "dmitri medvedev", spelledOtherwise},  // a letter, and -y for -i
		{"dmitriy medvedev", "dimitri medvedev", spelledOtherwise}, // a letter, and -iy for -i
		{"dimitriy medvedev", "dmitry medvedova", notVariant},      // two changes in one word
		{"fredrik reinfeldt", "john fredrik reinfeldt", firstNameAdded},
		{"giulio giulio andreotti", "giulio andreotti", firstNameAdded},
		{"anna berg", "anna maria berg", wordsAdded},                   // a middle name
		{"jon perez soto", "jon perez", wordsAdded},                    // a second surname
		{"jon perez", "jon luis perez soto", wordsAdded},               // both
		{"jon perez", "jon perez jr", notVariant},                      // a son of the same name
		{"jon perez jr", "jon luis perez jr", wordsAdded},              // the son, with his middle name
		{"jon perez", "jon perez soto ruiz", notVariant},               // the short surname is neither of the long's last two
		{"jon perez", "ana perez", notVariant},                         // another first name
		{"jon perez", "jon soto perez jon", notVariant},                // a word twice: a typing slip, not a fuller name
		{"reinfeldt", "fredrik reinfeldt", notVariant},                 // a surname alone is completed elsewhere
		{"heydar aliyev", "ilham aliyev", notVariant},                  // father and son
		{"pierre trudeau", "justin trudeau", notVariant},               // likewise
		{"raul castro", "fidel castro", notVariant},                    // brothers
		{"ali sala", "ali salo", notVariant},                           // a word under five letters
		{"kim dae jung", "kim young sam", notVariant},                  // two presidents
		{"abc defgh ijklm nopqr", "abd defgi ijklz nopqr", notVariant}, // three words changed
		{"saakashvili", "saakashvili", notVariant},                     // one word is no full name
		{"omar al farouk", "omar farouk", articleOnly},                 // an Arabic article before the surname
		{"omar el farouk", "omar al farouk", articleOnly},              // either spelling of it
		{"omar b al farouk", "omar farouk", articleOnly},               // and a middle initial
		{"samir al haddadi", "samer haddadi", spelledOtherwise},        // and a letter
		{"al farouk", "farouk", notVariant},                            // a first word "Al" is a name
		{"omar al", "omar", notVariant},                                // a last word is no article before a surname
		{"omar al farouk", "ahmed farouk", notVariant},                 // another first name
		{"omar farouk jr", "omar hassan farouk jr", wordsAdded},        // one son, with and without his middle name
		{"omar farouk", "omar hassan farouk jr", notVariant},           // the father and the son
	} {
		if got := variantNames(tc.a, tc.b); got != tc.want {
			t.Errorf("variantNames(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestOnePersonTwoSpellings reads the real visits list: the people it writes two ways are
// one node each, with the other spelling kept as an alias, and the two presidents a
// letter apart stay two.
func TestOnePersonTwoSpellings(t *testing.T) {
	res, err := Read("../../../data/reference", newFakePlaces())
	if err != nil {
		t.Fatal(err)
	}
	ents := map[string]kg.Entity{}
	for _, e := range res.Entities {
		ents[e.ID] = e
	}
	for id, alias := range map[string]string{
		"person:john-key":            "John P. Key",
		"person:volodymyr-zelenskyy": "Volodymyr Zelensky",
		"person:mikheil-saakashvili": "Mikhail Saakashvili",
		"person:dmitri-medvedev":     "Dimitry A. Medvedev",
		"person:bhumibol-adulyadej":  "King Bhumibol",
		"person:olusegun-obasanjo":   "Olesegun Obsanjo",
		"person:dalia-grybauskaite":  "Galia Grybauskaite",
		// middle names added: the fuller name's id; a second surname: the shorter's
		"person:recep-tayyip-erdogan": "Recep Erdogan",
		"person:juan-manuel-santos":   "Juan Manuel Santos Calderon",
		"person:gabriel-boric":        "Gabriel Boric Font",
		// an Arabic article: the form without it
		"person:rafiq-hariri": "Rafiq al-Hariri",
		"person:saad-hariri":  "Sa’ad al-Hariri",
		// the son with his middle name, under the id the annotations use
		"person:ferdinand-marcos-jr": "Ferdinand Marcos Jr.",
	} {
		e, ok := ents[id]
		if !ok {
			t.Errorf("%s: no such person", id)
			continue
		}
		if !slices.Contains(e.Aliases, alias) {
			t.Errorf("%s: aliases %q lack %q", id, e.Aliases, alias)
		}
	}
	var gone []string
	for _, id := range []string{"person:john-p-key", "person:volodymyr-zelensky", "person:mikhail-saakashvili",
		"person:th:king-bhumibol", "person:olesegun-obsanjo", "person:galia-grybauskaite", "person:john-fredrik-reinfeldt",
		"person:recep-erdogan", "person:juan-manuel-santos-calderon", "person:gabriel-boric-font",
		"person:rafiq-al-hariri", "person:saad-al-hariri", "person:ferdinand-romualdez-marcos-jr",
		"person:dimitry-a-medvedev"} {
		if _, ok := ents[id]; ok {
			gone = append(gone, id)
		}
	}
	if len(gone) > 0 {
		t.Errorf("merged people still have nodes of their own: %v", gone)
	}
	if n := ents["person:gabriel-boric"].Name; n != "Gabriel Boric" {
		t.Errorf("person:gabriel-boric is named %q, want Gabriel Boric, as the press writes it", n)
	}
	if n := ents["person:recep-tayyip-erdogan"].Name; n != "Recep Tayyip Erdogan" {
		t.Errorf("person:recep-tayyip-erdogan is named %q, want the fuller Recep Tayyip Erdogan", n)
	}
	var two []string
	apart := []string{"person:amata-kabua", "person:imata-kabua", "person:heydar-aliyev", "person:ilham-aliyev",
		"person:seretse-khama", "person:seretse-khama-ian-khama", // father and son, 33 years apart
		"person:ferdinand-marcos", "person:ferdinand-marcos-jr"} // father and son: "Jr."; the son's id the annotations use
	for _, id := range apart {
		if _, ok := ents[id]; ok {
			two = append(two, id)
		}
	}
	if diff := cmp.Diff(apart, two); diff != "" {
		t.Errorf("people a letter or a given name apart (-want +got):\n%s", diff)
	}
	// Every visit of a merged name is the person's: Zelenskyy's node holds the visit
	// the list records under "Zelensky".
	visits := 0
	for _, r := range res.Relations {
		if r.From == "person:volodymyr-zelenskyy" && r.Type == kg.ParticipatedIn {
			visits++
		}
	}
	if visits < 2 {
		t.Errorf("person:volodymyr-zelenskyy takes part in %d visits, want the list's visits under both spellings", visits)
	}
}

func TestSecondSurname(t *testing.T) {
	for _, c := range []struct {
		short, long string
		want        bool
	}{
		{"gabriel boric", "gabriel boric font", true},
		{"juan manuel santos", "juan manuel santos calderon", true},
		{"recep erdogan", "recep tayyip erdogan", false},
		{"anna berg", "anna maria berg", false},
	} {
		if got := secondSurname(c.short, c.long); got != c.want {
			t.Errorf("secondSurname(%q, %q) = %v, want %v", c.short, c.long, got, c.want)
		}
	}
}

// TestArticleAndSonMerges reads made-up visits: one visitor written with and without an
// Arabic article is one person under the form without it, whichever form more visits
// use (the form more visits use when both have one); a son written with and without his middle name is one person apart from his
// father; and an id the annotations use (keptIDs) stays.
func TestArticleAndSonMerges(t *testing.T) {
	dir := t.TempDir()
	travels, err := os.ReadFile(filepath.Join("testdata", TravelsFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, TravelsFile), travels, 0o644); err != nil {
		t.Fatal(err)
	}
	visits := "id,start_date,end_date,visitor,from_id,from,description,last_modified,source_file,source_line\n" +
		"1,1995-03-01,1995-03-02,Prime Minister Omar al-Farouk,jordan,Jordan,Working visit.,2010-02-25,data/1990.xml,1\n" +
		"2,1997-03-01,1997-03-02,Prime Minister Omar al-Farouk,jordan,Jordan,Working visit.,2010-02-25,data/1990.xml,2\n" +
		"3,2001-03-01,2001-03-02,Prime Minister Omar Farouk,jordan,Jordan,Working visit.,2010-02-25,data/2000.xml,3\n" +
		"4,2010-05-01,2010-05-02,Prime Minister Sa’ad Farouk,jordan,Jordan,Working visit.,2012-04-02,data/2010.xml,4\n" +
		"5,2017-07-25,2017-07-25,Prime Minister Sa’ad el-Farouk,jordan,Jordan,Working visit.,2017-10-24,data/2010.xml,5\n" +
		"9,1989-11-14,1989-11-15,President Karim al-Nour,jordan,Jordan,Working visit.,2010-02-25,data/1980.xml,9\n" +
		"10,1990-05-14,1990-05-15,President Karim el-Nour,jordan,Jordan,Working visit.,2010-02-25,data/1990.xml,10\n" +
		"11,1991-05-14,1991-05-15,President Karim el-Nour,jordan,Jordan,Working visit.,2010-02-25,data/1990.xml,11\n" +
		"6,1966-09-14,1966-09-16,President Ferdinand Marcos,philippines,Philippines,State visit.,2010-02-25,data/1960.xml,6\n" +
		"7,2022-09-22,2022-09-22,President Ferdinand Romualdez Marcos Jr.,philippines,Philippines,Working visit.,2023-05-30,data/2020.xml,7\n" +
		"8,2023-05-01,2023-05-01,President Ferdinand Marcos Jr.,philippines,Philippines,Working visit.,2024-08-28,data/2020.xml,8\n"
	if err := os.WriteFile(filepath.Join(dir, VisitsFile), []byte(visits), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Read(dir, newFakePlaces())
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, e := range res.Entities {
		if e.Kind == kg.Person && (strings.Contains(e.ID, "farouk") || strings.Contains(e.ID, "nour") || strings.Contains(e.ID, "marcos")) {
			names[e.ID] = e.Name + " | " + strings.Join(e.Aliases, "; ")
		}
	}
	want := map[string]string{
		"person:omar-farouk":         "Omar Farouk | Omar al-Farouk",
		"person:saad-farouk":         "Sa’ad Farouk | Sa’ad el-Farouk",
		"person:karim-el-nour":       "Karim el-Nour | Karim al-Nour", // "el-" against "al-": the form more visits use
		"person:ferdinand-marcos":    "Ferdinand Marcos | ",
		"person:ferdinand-marcos-jr": "Ferdinand Romualdez Marcos Jr. | Ferdinand Marcos Jr.",
	}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}
