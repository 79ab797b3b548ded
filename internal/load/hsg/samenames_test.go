package hsg

import (
	"slices"
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
		"person:bhumibol-adulyadej":  "King Bhumibol",
		"person:olusegun-obasanjo":   "Olesegun Obsanjo",
		"person:dalia-grybauskaite":  "Galia Grybauskaite",
		// middle names added: the fuller name's id; a second surname: the shorter's
		"person:recep-tayyip-erdogan": "Recep Erdogan",
		"person:juan-manuel-santos":   "Juan Manuel Santos Calderon",
		"person:gabriel-boric":        "Gabriel Boric Font",
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
		"person:recep-erdogan", "person:juan-manuel-santos-calderon", "person:gabriel-boric-font"} {
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
		"person:ferdinand-marcos", "person:ferdinand-romualdez-marcos-jr"} // father and son: "Jr."
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
