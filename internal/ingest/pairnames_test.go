package ingest

import "testing"

// TestPairNames: a pair of countries that opens a named partnership, statement, year or
// age is part of that name; a bare strategic partnership and a pair before a common noun
// are the countries.
func TestPairNames(t *testing.T) {
	g := round11aGazetteer()
	for _, tc := range []struct {
		text string
		nth  int
		want string
	}{
		{"Both sides renewed the Zedland-UK Comprehensive Strategic Partnership in May.", 1, ""},
		{"Both sides renewed the Zedland-UK Comprehensive Strategic Partnership in May.", 2, ""},
		{"Funds flow through the UK-Zedland Partnership for Prosperity each year.", 1, ""},
		{"Funds flow through the UK-Zedland Science and Technology Partnership each year.", 1, ""},
		{"Both sides welcomed the Zedland-UK Strategic Partnership in May.", 1, "country:zz"},
		{"Both sides welcomed the Zedland-UK Strategic Partnership in May.", 2, "country:gb"},
		{"Both stressed the Zedland-UK Strategic Partnership for expanding trade.", 1, "country:zz"},
		{"The ministers signed the Zedland-UK Shared Statement in May.", 1, ""},
		{"The king opened the Dual Zedland/UK Years in May.", 1, ""},
		{"The king opened the Dual Zedland/UK Years in May.", 2, ""},
		{"The envoy spoke on the Zedland-UK Golden Age: Trade for Tomorrow in May.", 1, ""},
		{"Delegates came to the 12th Zedland - UK Ministerial Forum in May.", 1, ""},
		{"Officials praised Zedland-UK cooperation last year.", 1, "country:zz"},
	} {
		if got := ingestLinkAt(t, g, tc.text, map[int]string{1: "Zedland", 2: "UK"}[tc.nth], 1); got != tc.want {
			t.Errorf("%q: side %d -> %q, want %q", tc.text, tc.nth, got, tc.want)
		}
	}
}

// TestCountryOpensWorkName: a country before the words of a portfolio, a
// desk or a language is part of that name.
func TestCountryOpensWorkName(t *testing.T) {
	g := round11aGazetteer()
	for _, tc := range []struct{ text, want string }{
		{"She met the Zedland Secretary of State for Foreign Affairs last year.", "country:zz"},
		{"She met the Deputy Director for Zedland Affairs last year.", ""},
		{"He served as the Zedland Desk Officer last year.", ""},
		{"The speech was signed in Zedland Sign Language last year.", ""},
		{"Exports rose with Zedland Trade and Investment support last year.", ""},
		{"She met Zedland officials last year.", "country:zz"},
	} {
		if got := ingestLinkAt(t, g, tc.text, "Zedland", 1); got != tc.want {
			t.Errorf("%q: Zedland -> %q, want %q", tc.text, got, tc.want)
		}
	}
}
