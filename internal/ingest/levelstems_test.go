package ingest

import (
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// TestRegionalGovernmentOfOtherUnit: "X Regional Government" is no government of the
// graph's X Province, which the text names only by the stem they share.
func TestRegionalGovernmentOfOtherUnit(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:aa", Kind: kg.Country, Name: "Arvenia", Degree: 50},
		{ID: "country:bb", Kind: kg.Country, Name: "Belmark", Degree: 50},
		{ID: "region:bb:tolmar-province", Kind: kg.Region, Name: "Tolmar Province", Countries: []string{"country:bb"}, Degree: 9},
	})
	text := "The envoy of Arvenia met the Tolmar Regional Government Prime Minister in the capital."
	if got := ingestLinkAt(t, g, text, "Tolmar", 1); got != "" {
		t.Errorf("Tolmar of the regional government linked to %s", got)
	}
	if got := ingestLinkAt(t, g, "The envoy of Arvenia met the Tolmar Provincial Government.", "Tolmar", 1); got != "region:bb:tolmar-province" {
		t.Errorf("Tolmar of the provincial government linked to %q, want the province", got)
	}
}

// TestCountyStemOfAState: a county's stem that is a state's whole name ("Vessa" of
// Vessa County in the state of Vessa) names the state.
func TestCountyStemOfAState(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:aa", Kind: kg.Country, Name: "Arvenia", Degree: 50},
		{ID: "region:aa:vessa", Kind: kg.Region, Name: "Vessa", Countries: []string{"country:aa"}, Degree: 40},
		{ID: "region:aa:vessa-county", Kind: kg.Region, Name: "Vessa County", Countries: []string{"country:aa"}, Regions: []string{"region:aa:vessa"}, Degree: 12},
	})
	text := "Governors from Arvenia met in Vessa, and Vessa signed a trade pact."
	for _, n := range []int{1, 2} {
		if got := ingestLinkAt(t, g, text, "Vessa", n); got != "region:aa:vessa" {
			t.Errorf("Vessa (%d) linked to %q, want the state", n, got)
		}
	}
}
