//go:build integration

package graph_test

import (
	"slices"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"
)

// The public data sets (GeoNames, the database of embassies, the Office of the
// Historian's travels and visits) answer through the same API as the articles.

func TestIntegrationNixonIn1972(t *testing.T) {
	c := newClient(t)
	var resp struct {
		Visits []struct {
			Event struct {
				ID, StartDate, EndDate string
				Places                 []struct {
					ID        string
					GeonameID *int
				}
			}
		}
	}
	c.MustPost(`{ visits(visitor: "person:nixon-richard-m", from: "1972-02", to: "1972-02") {
		event { id startDate endDate places { id ... on City { geonameId } } } } }`, &resp)
	if len(resp.Visits) != 1 {
		t.Fatalf("Nixon's visits in February 1972: %+v, want one", resp.Visits)
	}
	e := resp.Visits[0].Event
	var places []string
	for _, p := range e.Places {
		if p.GeonameID != nil {
			places = append(places, p.ID)
		}
	}
	slices.Sort(places)
	want := []string{"city:cn:beijing", "city:cn:hangzhou", "city:cn:shanghai"}
	if diff := cmp.Diff(want, places); diff != "" || e.StartDate != "1972-02-21" || e.EndDate != "1972-02-28" {
		t.Errorf("%s %s..%s places (-want +got):\n%s", e.ID, e.StartDate, e.EndDate, diff)
	}
}

func TestIntegrationKissingerReachedSuzhouInJiangsu(t *testing.T) {
	c := newClient(t)
	var resp struct {
		Visits []struct {
			Event struct {
				ID     string
				Places []struct {
					ID     string
					Region *struct{ Name string }
				}
			}
		}
	}
	c.MustPost(`{ visits(visitor: "person:kissinger-henry-a", from: "1974", to: "1974") {
		event { id places { id ... on City { region { name } } } } } }`, &resp)
	found := false
	for _, v := range resp.Visits {
		for _, p := range v.Event.Places {
			if p.Region != nil && p.ID == "city:cn:jiangsu:suzhou" && p.Region.Name == "Jiangsu" {
				found = true
			}
			if p.Region != nil && p.Region.Name == "Anhui" {
				t.Errorf("%s was placed in Anhui: %s", v.Event.ID, p.ID)
			}
		}
	}
	if !found {
		t.Errorf("no 1974 trip of Kissinger reached Suzhou in Jiangsu: %+v", resp.Visits)
	}
}

func TestIntegrationDengXiaopingVisitedAsVicePremier(t *testing.T) {
	c := newClient(t)
	var resp struct {
		Visits []struct {
			Event     struct{ ID string }
			Visitors  []struct{ ID string }
			StartDate string
		}
		Entity struct {
			Positions []struct {
				Title        string
				Organization struct{ ID string }
			}
		}
	}
	c.MustPost(`{ visits(visitor: "person:deng-xiaoping", host: "country:us") { event { id } visitors { id } startDate }
		entity(id: "person:deng-xiaoping") { ... on Person { positions { title organization { id } } } } }`, &resp)
	if len(resp.Visits) == 0 || resp.Visits[len(resp.Visits)-1].StartDate != "1979-01-29" {
		t.Errorf("Deng Xiaoping's visits to the US: %+v, want one from 1979-01-29", resp.Visits)
	}
	if !slices.ContainsFunc(resp.Entity.Positions, func(p struct {
		Title        string
		Organization struct{ ID string }
	}) bool {
		return p.Title == "Vice Premier" && p.Organization.ID == "country:cn"
	}) {
		t.Errorf("Deng Xiaoping's positions %+v lack Vice Premier of China", resp.Entity.Positions)
	}
}

func TestIntegrationShenyangConsulatesAreOneNodeEach(t *testing.T) {
	c := newClient(t)
	var resp struct {
		Entity struct {
			Consulates []struct {
				ID         string
				Represents struct{ ID string }
				Sources    []source
			}
		}
	}
	c.MustPost(`{ entity(id: "city:cn:shenyang") { ... on City { consulates { id represents { id } sources { id } } } } }`, &resp)
	byCountry := map[string][]string{}
	for _, m := range resp.Entity.Consulates {
		byCountry[m.Represents.ID] = append(byCountry[m.Represents.ID], m.ID)
	}
	for _, country := range []string{"country:jp", "country:au", "country:fr", "country:de", "country:us"} {
		if len(byCountry[country]) != 1 {
			t.Errorf("%s has missions %v in Shenyang, want exactly one", country, byCountry[country])
		}
	}
	// The Japanese consulate general is named by the articles and by the data set: one
	// node citing both.
	for _, m := range resp.Entity.Consulates {
		if m.ID == "consulate:japan-consulate-general-shenyang" && len(m.Sources) < 2 {
			t.Errorf("%s cites %v, want the articles and the data set", m.ID, sourceIDs(m.Sources))
		}
	}
}

func TestIntegrationFiersClevelandIsInOhio(t *testing.T) {
	c := newClient(t)
	var resp struct {
		Partners []struct {
			Partner struct {
				ID     string
				Region *struct{ Name string }
			}
		}
	}
	c.MustPost(`{ partners(city: "city:al:fier") { partner { id ... on City { region { name } } } } }`, &resp)
	for _, p := range resp.Partners {
		if p.Partner.ID == "city:us:ohio:cleveland" && p.Partner.Region != nil && p.Partner.Region.Name == "Ohio" {
			return
		}
	}
	t.Errorf("Fier's partners %+v lack Cleveland, Ohio", resp.Partners)
}

func TestIntegrationSearchFindsShenyangByItsOtherNames(t *testing.T) {
	c := newClient(t)
	for _, name := range []string{"沈阳", "瀋陽", "Mukden"} {
		var resp struct {
			Search []struct{ Entity struct{ ID string } }
		}
		c.MustPost(`query($q: String!) { search(query: $q, kinds: [CITY]) { entity { id } } }`, &resp, client.Var("q", name))
		if len(resp.Search) == 0 || resp.Search[0].Entity.ID != "city:cn:shenyang" {
			t.Errorf("search(%q) = %+v, want Shenyang first", name, resp.Search)
		}
	}
}

// TestIntegrationTheLargestHostAnswersWithinItsLimits: the United States host thousands
// of visits; the answer is cut at its cap rather than tying up the server.
func TestIntegrationTheLargestHostAnswersWithinItsLimits(t *testing.T) {
	c := newClient(t)
	var resp struct {
		Visits []struct{ Event struct{ ID string } }
	}
	c.MustPost(`{ visits(host: "country:us") { event { id } } }`, &resp)
	if len(resp.Visits) < 100 || len(resp.Visits) > 500 {
		t.Errorf("visits hosted by the US: %d, want a full page of at most 500", len(resp.Visits))
	}
}

// TestIntegrationDataSetsCarryTheirLicence: every data set a fact cites says under what
// terms it may be used.
func TestIntegrationDataSetsCarryTheirLicence(t *testing.T) {
	c := newClient(t)
	var resp struct {
		Entity struct {
			Sources    []struct{ ID, SourceType, Licence string }
			Consulates []struct {
				Sources []struct{ ID, SourceType, Licence string }
			}
		}
	}
	c.MustPost(`{ entity(id: "city:cn:shenyang") { sources { id sourceType licence }
		... on City { consulates { sources { id sourceType licence } } } } }`, &resp)
	all := resp.Entity.Sources
	for _, m := range resp.Entity.Consulates {
		all = append(all, m.Sources...)
	}
	datasets := 0
	for _, s := range all {
		if s.SourceType != "dataset" {
			continue
		}
		datasets++
		if s.Licence == "" {
			t.Errorf("data set %s has no licence", s.ID)
		}
	}
	if datasets < 2 {
		t.Errorf("Shenyang and its missions cite %d data sets, want the gazetteer's and the missions'", datasets)
	}
}
