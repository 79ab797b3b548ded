package ingest

import (
	"strings"
	"testing"
)

// TestEmbassyInHost: an embassy named by its sender and its host country is the graph's
// one embassy of the sender there, the host no mention of its own.
func TestEmbassyInHost(t *testing.T) {
	g := round11aGazetteer()
	for _, tc := range []struct{ text, word, want string }{
		{"Grants came from the U.S. Embassy in Zedland last spring.", "U.S. Embassy in Zedland", "consulate:united-states-of-america-embassy-harrowgate"},
		{"The Embassy of the United States of America in Zedland held a reception.", "Embassy of the United States of America in Zedland", "consulate:united-states-of-america-embassy-harrowgate"},
		{"The Embassy of the United States of America in Zedland held a reception.", "Zedland", ""},
		{"Officials of the United States met traders in Zedland last spring.", "Zedland", "country:zz"},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.word, 1); got != tc.want {
			t.Errorf("%q: %q -> %q, want %q", tc.text, tc.word, got, tc.want)
		}
	}
}

// TestMissionSender: a country opening its mission's name as a whole ("the Velmar
// Mission to Zedland") is a word of that name.
func TestMissionSender(t *testing.T) {
	g := round11aGazetteer()
	for _, tc := range []struct{ text, want string }{
		{"The United States Mission to Zedland was opened in 1962.", ""},
		{"She praised the work of U.S. Mission Zedland last year.", ""},
		{"The United States sent a trade mission to Zedland last year.", "country:us"},
		{"Aid officials marked the United States Mission Opening last year.", "country:us"},
	} {
		word := "United States"
		if !strings.Contains(tc.text, word) {
			word = "U.S."
		}
		if got := ingestLinkAt(t, g, tc.text, word, 1); got != tc.want {
			t.Errorf("%q: %q -> %q, want %q", tc.text, word, got, tc.want)
		}
	}
}
