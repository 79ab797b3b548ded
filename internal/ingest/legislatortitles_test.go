package ingest

import "testing"

// TestMemberTitles: a legislator's or councillor's style, the Senate's
// plural and an undotted military rank open no name: the words after them are the
// holder's, and a style with a surname alone proposes no one. An undotted "Sen" ends a
// name still, and a body named with such a word stays whole. The sentences are written
// for this test.
func TestMemberTitles(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		text    string
		in, out []string
	}{
		{"Yesterday Councilmember Tovald Brenner toured the new library with residents.",
			[]string{"Tovald Brenner=person:tovald-brenner"}, []string{"Councilmember Tovald Brenner"}},
		{"Congresswoman Ilsa Marrow (NV-3) met the visiting students on Friday.",
			[]string{"Ilsa Marrow=person:ilsa-marrow"}, []string{"Congresswoman Ilsa Marrow"}},
		{"Senators Ilsa Marrow and Tovald Brenner ended a visit to the region.",
			[]string{"Ilsa Marrow=person:ilsa-marrow", "Tovald Brenner=person:tovald-brenner"}, nil},
		{"The plaque was unveiled by Brig Gen Tovald Brenner, the wing commander.",
			[]string{"Tovald Brenner=person:tovald-brenner"}, []string{"Gen Tovald Brenner"}},
		{"Assemblyman Brenner thanked the delegation for its visit.", nil, []string{"Assemblyman Brenner", "Brenner"}},
		// must not change
		{"She met Prime Minister Hun Sen in the capital.", nil, []string{"Hun"}},
	} {
		checkPeople(t, g, c.text, c.in, c.out)
	}
}
