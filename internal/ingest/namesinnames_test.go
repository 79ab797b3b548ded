package ingest

import (
	"testing"
)

func TestCamelBrand(t *testing.T) {
	for w, want := range map[string]bool{"SoundVault": true, "ScreenWorks": true, "McLeod": false, "MacKay": false,
		"DeWitt": false, "Sound": false, "VELCO": false, "YouTube": false} {
		if got := camelBrand.MatchString(w); got != want {
			t.Errorf("camelBrand(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestAfterNameThe(t *testing.T) {
	for before, want := range map[string]bool{"with Ann Vell the then ": true, "Ann Vell, the former ": true,
		"Ann Vell the ": true, "met the ": false, "in the then ": false} {
		if got := afterNameThe.MatchString(before); got != want {
			t.Errorf("afterNameThe(%q) = %v, want %v", before, got, want)
		}
	}
}

// linkedTo reports whether any mention of the ingested text links to id.
func linkedTo(t *testing.T, g *Gazetteer, text, id string) bool {
	t.Helper()
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range doc.Mentions {
		if m.Entity != nil && *m.Entity == id {
			return true
		}
	}
	return false
}

func TestDocumentRunNamed(t *testing.T) {
	for rest, want := range map[string]bool{" Lindby Sister City Agreement was read": true, " Peace Accords were signed": true,
		" Signs Sister City Agreement": false, " and Lindby Sign Accord": false, " signed the Agreement": false} {
		if got := documentRunNamed(rest); got != want {
			t.Errorf("documentRunNamed(%q) = %v, want %v", rest, got, want)
		}
	}
}

func TestNamesInNames(t *testing.T) {
	g := fixtureGazetteer(t)
	cases := []struct {
		text, id string
		want     bool
	}{
		// a place opening an agreement's capitalised name is part of it
		{"Trade News\n\nOfficials read out the Beijing Denver Sister City Agreement at the dinner.", "city:cn:beijing", false},
		{"Trade News\n\nOfficials from Beijing read out the agreement at the dinner.", "city:cn:beijing", true},
		// a water feature's head after a country
		{"Trade News\n\nShips crossed the Taiwan Strait last week.", "country:tw", false},
		{"Trade News\n\nShips sailed to Taiwan last week.", "country:tw", true},
		// a department's section named by a country
		{"Trade News\n\nShe is Director, Japan Section, Department of Trade.", "country:jp", false},
		// a caucus named by two countries is a body
		{"Trade News\n\nHe chairs the Taiwan-Japan Caucus in the assembly.", "country:jp", false},
		{"Trade News\n\nHe praised the Taiwan-Japan friendship in the assembly.", "country:jp", true},
		// a camel-case brand closes with the country after it
		{"Trade News\n\nThe archive SoundVault Australia lent films to the festival.", "country:au", false},
		{"Trade News\n\nThe archive lent films from Australia to the festival.", "country:au", true},
	}
	for _, tc := range cases {
		if got := linkedTo(t, g, tc.text, tc.id); got != tc.want {
			t.Errorf("%q: linked to %s = %v, want %v", tc.text, tc.id, got, tc.want)
		}
	}
}
