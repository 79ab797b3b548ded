package ingest

import "testing"

// TestAddressStyles: a borrowed style of address is no person of its own; the name after
// it is. The sentences are written for this test.
func TestAddressStyles(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text    string
		in, out []string
	}{
		{"The envoy came with his wife Mme. Ilsa Marrow and two aides.",
			[]string{"Ilsa Marrow=person:ilsa-marrow"}, []string{"Mme", "Mme. Ilsa Marrow"}},
		{"Messrs Tovald Brenner and Kjell Ostrand signed for the firm.", nil, []string{"Messrs", "Messrs Tovald Brenner"}},
		// must not change: the English styles, already titles
		{"Mrs. Ilsa Marrow thanked the pupils.", []string{"Ilsa Marrow=person:ilsa-marrow"}, nil},
	} {
		checkPeople(t, g, c.text, c.in, c.out)
	}
}
