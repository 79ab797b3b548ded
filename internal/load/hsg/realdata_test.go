package hsg

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
)

// TestRealFiles reads the whole of data/reference/hsg-*.csv with the small fake Places:
// most places stay unresolved there, so the test holds the importer to its accounting
// (every row and locale part ends somewhere) and to the answers the fake can give.
func TestRealFiles(t *testing.T) {
	res, err := Read("../../../data/reference", newFakePlaces())
	if err != nil {
		t.Fatal(err)
	}
	checkValid(t, res)

	tr, vi := res.Stats[DataSetTravels], res.Stats[DataSetVisits]
	// The data set's own counts (shared/data/README.md): 4,271 trips, 3,264 visits.
	if tr.RowsRead != 4271 || vi.RowsRead != 3264 {
		t.Errorf("rows read: %d trips, %d visits", tr.RowsRead, vi.RowsRead)
	}
	events := map[string]int{}
	for _, e := range res.Entities {
		if e.Kind == kg.Event {
			note, _ := e.Props["note"].(string)
			events[strings.Fields(strings.TrimPrefix(note, "Office of the Historian "))[0]]++
		}
	}
	for set, s := range map[string]*Stats{"trip": tr, "visit": vi} {
		if s.Imported+s.Merged != s.RowsRead {
			t.Errorf("%s: imported %d + merged %d != read %d", set, s.Imported, s.Merged, s.RowsRead)
		}
		if events[set] != s.Imported {
			t.Errorf("%s: %d events, %d imported", set, events[set], s.Imported)
		}
	}
	// Two Blinken trips of 2021 are recorded twice word for word.
	if tr.Merged != 2 {
		t.Errorf("merged trips: %d", tr.Merged)
	}
	perFile := map[string]map[string]int{}
	for _, u := range res.Unresolved {
		if perFile[u.File] == nil {
			perFile[u.File] = map[string]int{}
		}
		perFile[u.File][u.Reason]++
	}
	if diff := cmp.Diff(perFile[TravelsFile], tr.Unresolved); diff != "" {
		t.Errorf("travels unresolved (-report +stats):\n%s", diff)
	}
	if diff := cmp.Diff(perFile[VisitsFile], vi.Unresolved); diff != "" {
		t.Errorf("visits unresolved (-report +stats):\n%s", diff)
	}
	c := tr.Counts
	if sum := c["places"] + c["localePartsNamingTheHost"] + c["localePartsUnresolved"] + c["localePartsOfUnresolvedCountry"]; sum != c["localeParts"] {
		t.Errorf("locale parts: %d placed + %d the host + %d unresolved + %d of no country = %d, read %d", c["places"],
			c["localePartsNamingTheHost"], c["localePartsUnresolved"], c["localePartsOfUnresolvedCountry"], sum, c["localeParts"])
	}
	if tr.Unresolved[ReasonUnknownCountry]+c["hosts"] != tr.Imported {
		t.Errorf("trips: %d hosts + %d unknown countries != %d imported", c["hosts"], tr.Unresolved[ReasonUnknownCountry], tr.Imported)
	}

	// Every event is a visit with a visitor and, for the visits, the United States as host.
	visitors, usHosts := map[string]int{}, 0
	for _, r := range res.Relations {
		if r.Type == kg.ParticipatedIn && r.Props["role"] == "visitor" {
			visitors[r.To]++
		}
		if r.Type == kg.ParticipatedIn && r.Props["role"] == "host" && r.From == "country:us" {
			usHosts++
		}
	}
	if len(visitors) != tr.Imported+vi.Imported {
		t.Errorf("%d events with a visitor, %d imported", len(visitors), tr.Imported+vi.Imported)
	}
	if usHosts != vi.Imported {
		t.Errorf("%d visits hosted by country:us, %d imported", usHosts, vi.Imported)
	}

	held := func(event string) []string {
		var out []string
		for _, r := range res.Relations {
			if r.From == event && r.Type == kg.HeldIn {
				out = append(out, r.To)
			}
		}
		slices.Sort(out)
		return out
	}
	if diff := cmp.Diff([]string{"city:cn:beijing", "city:cn:hangzhou", "city:cn:shanghai"}, held("event:1972-02-21-nixon-richard-m-visit-china")); diff != "" {
		t.Errorf("Nixon 1972 (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"city:cn:beijing", "city:cn:jiangsu:suzhou"}, held("event:1974-11-25-kissinger-henry-a-visit-china")); diff != "" {
		t.Errorf("Kissinger 1974 (-want +got):\n%s", diff)
	}
	found := false
	for _, r := range res.Relations {
		if r.From == "person:deng-xiaoping" && r.Type == kg.ParticipatedIn && r.To == "event:1979-01-29-deng-xiaoping-visit-us" {
			found = true
		}
	}
	if !found {
		t.Error("Deng Xiaoping's visit of 1979-01-29 is missing")
	}
	// Every trip of a traveller is an event of one person.
	trips, err := readTravels("../../../data/reference/" + TravelsFile)
	if err != nil {
		t.Fatal(err)
	}
	want, got := 0, 0
	for _, tr := range trips {
		if tr.who == "kissinger-henry-a" {
			want++
		}
	}
	for _, r := range res.Relations {
		if r.From == "person:kissinger-henry-a" && r.Type == kg.ParticipatedIn {
			got++
		}
	}
	if want == 0 || got != want {
		t.Errorf("Kissinger: %d visits, %d trips in the file", got, want)
	}
}
