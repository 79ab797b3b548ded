package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFunctionWordEnd: a run of words ending in a lower-case English function word is
// no name, whatever tongue's alias it spells; the country inside is read alone.
func TestFunctionWordEnd(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Mexico by", true},
		{"Alba of", true},
		{"Mexico", false},
		{"Mexico City", false},
		{"Ciudad de Mexico", false},
		{"Stand By", false},
	} {
		if diff := cmp.Diff(c.want, functionWordEnd(c.text)); diff != "" {
			t.Errorf("functionWordEnd(%q) (-want +got):\n%s", c.text, diff)
		}
	}
	g := fixtureGazetteer(t)
	checkOccurrenceLinks(t, g, []occurrenceCase{
		{
			name: "the country before a lower-case preposition",
			text: "The meetings promoted innovation in Mexico by sharing the experiences of Canada.",
			want: map[string]string{"Mexico#1": "country:mx"},
		},
	})
}

// TestHolderTitleBefore: a place's name of several words right after a holder's title is
// the holder's name; the same name after "of" or before the title stays the place.
func TestHolderTitleBefore(t *testing.T) {
	g := fixtureGazetteer(t)
	checkOccurrenceLinks(t, g, []occurrenceCase{
		{
			// the holder's name: here a person the graph holds, not the port
			name: "a governor named like a town",
			text: "The envoy to Mexico spoke beside Michoacan Governor Lazaro Cardenas and the state treasurers.",
			want: map[string]string{"Lazaro Cardenas#1": "person:lazaro-cardenas"},
		},
		{
			name: "the town before the title",
			text: "The envoy to Bolivia spoke beside the Santa Cruz Governor and the state treasurers.",
			want: map[string]string{"Santa Cruz#1": "region:bo:santa-cruz-department"},
		},
		{
			name: "the town after a preposition",
			text: "The envoy to Mexico visited the port of Lazaro Cardenas in Michoacan.",
			want: map[string]string{"Lazaro Cardenas#1": "city:mx:ciudad-lazaro-cardenas"},
		},
	})
}

// TestStructureNamed: a place's name before a structure's head in lower case names the
// structure, a site left out; elsewhere it is the place.
func TestStructureNamed(t *testing.T) {
	g := fixtureGazetteer(t)
	checkOccurrenceLinks(t, g, []occurrenceCase{
		{
			name: "a bridge named after the town",
			text: "Australia funded the building of the Cao Lanh bridge in Vietnam.",
			want: map[string]string{"Cao Lanh#1": ""},
		},
		{
			name: "the town itself",
			text: "The Australian envoy to Vietnam visited farmers in Cao Lanh on Monday.",
			want: map[string]string{"Cao Lanh#1": "city:vn:cao-lanh"},
		},
	})
}

// TestForeignPossessed: a place after a city's possessive lies in that city's country; a
// namesake the graph puts elsewhere is dropped, the possessor kept.
func TestForeignPossessed(t *testing.T) {
	g := fixtureGazetteer(t)
	checkOccurrenceLinks(t, g, []occurrenceCase{
		{
			name: "a namesake abroad after the possessive",
			text: "The minister of Britain will see the research links with London’s Kew Gardens.",
			want: map[string]string{"London#1": "city:gb:london", "Kew Gardens#1": ""},
		},
	})
}

// TestAliasAfterThe: a town's other name after "the", ending its phrase, names a group
// or a thing; the same word after a visit is the town. Written for this test.
func TestAliasAfterThe(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{
			name: "after the",
			text: "Youth talks\nIn the United States, the envoy met members of the Grin, a circle of young people. The Grin meets weekly.",
			want: []string{"United States country:us"},
		},
		{
			name: "after a visit",
			text: "Youth talks\nIn the United States, the envoy travelled to Grin and met young people.",
			want: []string{"United States country:us", "Grin city:us:green"},
		},
	} {
		if diff := cmp.Diff(c.want, linksOf(t, g, c.text)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
}
