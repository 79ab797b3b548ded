package ingest

import (
	"testing"
)

// TestEmbassyOfCountry: "the Embassy of <country>" with no seat is that country's one
// embassy in the country the article is about; with a seat named, or after "as" with no article (a function), this rule
// stays out.
func TestEmbassyOfCountry(t *testing.T) {
	g := fixtureGazetteer(t)
	text := "Schools in Canberra and Sydney joined the festival, and the Embassy of Japan, the library and the museum lent works to Australia's show."
	if got := ingestLinkAt(t, g, text, "Embassy of Japan", 1); got != "consulate:japan-embassy-canberra" {
		t.Errorf("Embassy of Japan -> %q", got)
	}
	text = "Schools in Canberra and Sydney joined the festival; the hall served as Embassy of Japan for a week, in Australia's capital."
	if got := ingestLinkAt(t, g, text, "Embassy of Japan", 1); got != "" {
		t.Errorf("as Embassy of Japan -> %q, want none", got)
	}
}
