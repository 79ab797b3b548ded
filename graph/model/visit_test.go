package model

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
)

// TestVisitMet: the receiving side holds hosts and those met, but never one who
// travelled, whatever else they were.
func TestVisitMet(t *testing.T) {
	node := func(id string) *kg.Node { return &kg.Node{ID: id, Kind: kg.Person} }
	v := Visit{kg.VisitRow{Event: &kg.Node{ID: "event:x", Kind: kg.Event}, Participants: []kg.Tagged{
		{Node: node("person:a"), Role: "visitor"},
		{Node: node("person:b"), Role: "host"},
		{Node: node("person:c"), Role: "met"},
		{Node: node("person:a"), Role: "met"},
		{Node: node("person:d"), Role: "organizer"},
	}}}
	var got []string
	for _, e := range v.Met() {
		got = append(got, e.(interface{ ID() string }).ID())
	}
	if diff := cmp.Diff([]string{"person:b", "person:c"}, got); diff != "" {
		t.Errorf("Met (-want +got):\n%s", diff)
	}
}
