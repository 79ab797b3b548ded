//go:build integration

package graph_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/derrors"
	"github.com/amity-graph/amity/internal/kg"
)

// The network as it stood on a date: the as-of rule through the API, on the real graph.

type partnerAt struct {
	Partner    struct{ ID string }
	Since      *string
	DatesKnown bool
}

func partnerIDs(ps []partnerAt) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Partner.ID)
	}
	return out
}

func TestIntegrationShenyangPartnersIn2005(t *testing.T) {
	c := newClient(t)
	var resp struct{ Dated, WithUndated []partnerAt }
	c.MustPost(`{
		dated: partners(city: "city:cn:shenyang", asOf: "2005") { partner { id } since datesKnown }
		withUndated: partners(city: "city:cn:shenyang", asOf: "2005", includeUndated: true) { partner { id } since datesKnown } }`, &resp)
	if diff := cmp.Diff([]string{"city:jp:sapporo"}, partnerIDs(resp.Dated)); diff != "" {
		t.Errorf("Shenyang's partnerships in force in 2005 (-want +got):\n%s", diff)
	}
	got := partnerIDs(resp.WithUndated)
	for _, id := range []string{"city:jp:sapporo", "city:gb:belfast", "city:kr:daejeon"} {
		if !slices.Contains(got, id) {
			t.Errorf("with undated partnerships, %s is missing: %v", id, got)
		}
	}
	for _, id := range []string{"city:jp:sasebo", "city:jp:hamamatsu"} {
		if slices.Contains(got, id) {
			t.Errorf("%s (begun after 2005) is among the partnerships of 2005: %v", id, got)
		}
	}
	for _, p := range resp.WithUndated {
		if p.DatesKnown != (p.Since != nil) {
			t.Errorf("%s: since %v but datesKnown %v", p.Partner.ID, p.Since, p.DatesKnown)
		}
	}
	// Undated facts come after the dated ones: oldest partnership first.
	if n := len(resp.WithUndated); n < 2 || !resp.WithUndated[0].DatesKnown || resp.WithUndated[n-1].DatesKnown {
		t.Errorf("order of dated and undated partnerships: %+v", resp.WithUndated)
	}

	var later struct {
		City struct{ Partners []partnerAt }
	}
	c.MustPost(`{ city: entity(id: "city:cn:shenyang") { ... on City { partners(asOf: "2010") { partner { id } since datesKnown } } } }`, &later)
	// Hamamatsu's 2010-08 start is not after 2010, compared at the year.
	if diff := cmp.Diff([]string{"city:jp:sapporo", "city:jp:hamamatsu"}, partnerIDs(later.City.Partners)); diff != "" {
		t.Errorf("City.partners(asOf: 2010) (-want +got):\n%s", diff)
	}
}

func TestIntegrationChiefsOfMissionOnNewYearsDay1990(t *testing.T) {
	c := newClient(t)
	type position struct {
		Person                  struct{ Name string }
		Organization            struct{ ID string }
		Since, Until, Appointed *string
		DatesKnown              bool
	}
	var resp struct{ Positions []position }
	c.MustPost(`{ positions(title: "ambassador", asOf: "1990-01-01", first: 1000) {
		person { name } organization { id } since until appointed datesKnown } }`, &resp)
	held := map[string][]string{}
	for _, p := range resp.Positions {
		held[p.Organization.ID] = append(held[p.Organization.ID], p.Person.Name)
		start := p.Since
		if start == nil {
			start = p.Appointed
		}
		if start == nil || !p.DatesKnown {
			t.Errorf("%s at %s has no start but was returned without includeUndated", p.Person.Name, p.Organization.ID)
		} else if strings.HasPrefix(*start, "18") && p.Until == nil {
			t.Errorf("%s, appointed %s with no known end, is taken to hold office in 1990", p.Person.Name, *start)
		}
	}
	if diff := cmp.Diff([]string{"Michael Hayden Armacost"}, held["country:jp"]); diff != "" {
		t.Errorf("the US ambassador to Japan on 1990-01-01 (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"James Roderick Lilley"}, held["country:cn"]); diff != "" {
		t.Errorf("the US ambassador to China on 1990-01-01 (-want +got):\n%s", diff)
	}
	if len(resp.Positions) < 50 {
		t.Errorf("only %d US ambassadors in office on 1990-01-01", len(resp.Positions))
	}

	// The same through a person and a body.
	var one struct {
		Positions []position
		Japan     struct {
			Relations struct {
				Edges []struct {
					Node struct{ Other struct{ Name string } }
				}
			}
		}
	}
	c.MustPost(`{ positions(organization: "country:jp", asOf: "1993") { person { name } organization { id } since until datesKnown }
		japan: entity(id: "country:jp") { relations(types: ["HOLDS_POSITION"], asOf: "1990-01-01") { edges { node { other { name } } } } } }`, &one)
	var names []string
	for _, p := range one.Positions {
		names = append(names, p.Person.Name)
	}
	// Armacost left in July 1993 and Mondale began in September: compared at the year,
	// both held the office in 1993.
	if diff := cmp.Diff([]string{"Michael Hayden Armacost", "Walter F. Mondale"}, names); diff != "" {
		t.Errorf("offices in Japan in 1993 (-want +got):\n%s", diff)
	}
	if e := one.Japan.Relations.Edges; len(e) != 1 || e[0].Node.Other.Name != "Michael Hayden Armacost" {
		t.Errorf("Japan's HOLDS_POSITION relations as of 1990-01-01: %+v", e)
	}
}

func TestIntegrationShenyangTimeline(t *testing.T) {
	c := newClient(t)
	type entry struct {
		Date    string
		HasYear bool
		Type    string
		Change  string
		Other   *struct{ ID string }
		Event   *struct{ ID string }
		Sources []struct{ ID string }
	}
	type page struct {
		Timeline struct {
			Edges []struct {
				Cursor string
				Node   entry
			}
			PageInfo struct {
				HasNextPage bool
				EndCursor   *string
			}
		}
	}
	const q = `query($after: String, $first: Int) { entity(id: "city:cn:shenyang") { ... on City {
		timeline(first: $first, after: $after) { edges { cursor node { date hasYear type change other { id } event { id } sources { id } } }
		pageInfo { hasNextPage endCursor } } } } }`
	var whole struct{ Entity page }
	c.MustPost(q, &whole, client.Var("first", 500))
	entries := whole.Entity.Timeline.Edges
	find := func(pred func(entry) bool) int {
		return slices.IndexFunc(entries, func(e struct {
			Cursor string
			Node   entry
		}) bool {
			return pred(e.Node)
		})
	}
	partnership := func(other string) func(entry) bool {
		return func(e entry) bool { return e.Type == "PARTNER_OF" && e.Other != nil && e.Other.ID == other }
	}
	sapporo, sasebo := find(partnership("city:jp:sapporo")), find(partnership("city:jp:sasebo"))
	if sapporo < 0 || sasebo < 0 || sapporo > sasebo {
		t.Fatalf("Sapporo (1980) at %d, Sasebo (2011) at %d in Shenyang's timeline", sapporo, sasebo)
	}
	if e := entries[sapporo].Node; e.Date != "1980" || e.Change != "BEGAN" || !e.HasYear || len(e.Sources) == 0 {
		t.Errorf("the Sapporo entry: %+v", e)
	}
	undated := find(func(e entry) bool {
		return e.Event != nil && e.Event.ID == "event:undated-03-20-foreign-affairs-plus-promotion"
	})
	if undated < 0 {
		t.Fatal("the --03-20 promotion is not in Shenyang's timeline")
	}
	if e := entries[undated].Node; e.HasYear || e.Date != "--03-20" || e.Change != "EVENT" {
		t.Errorf("the undated promotion: %+v, want date --03-20 and hasYear false", e)
	}
	for _, e := range entries[undated:] {
		if e.Node.HasYear {
			t.Errorf("%+v comes after an entry with no year", e.Node)
		}
	}

	// Pages of three give the same entries in the same order.
	var paged []string
	var after any
	for i := 0; ; i++ {
		var p struct{ Entity page }
		c.MustPost(q, &p, client.Var("first", 3), client.Var("after", after))
		for _, e := range p.Entity.Timeline.Edges {
			paged = append(paged, e.Cursor)
		}
		if !p.Entity.Timeline.PageInfo.HasNextPage {
			break
		}
		after = *p.Entity.Timeline.PageInfo.EndCursor
		if i > 100 {
			t.Fatal("the timeline does not end")
		}
	}
	var all []string
	for _, e := range entries {
		all = append(all, e.Cursor)
	}
	if diff := cmp.Diff(all, paged); diff != "" {
		t.Errorf("paged timeline (-whole +paged):\n%s", diff)
	}

	var ranged struct{ Entity page }
	c.MustPost(`{ entity(id: "city:cn:shenyang") { ... on City { timeline(from: "2011", to: "2011") { edges { node { date hasYear type change } } } } } }`, &ranged)
	for _, e := range ranged.Entity.Timeline.Edges {
		if !strings.HasPrefix(e.Node.Date, "2011") {
			t.Errorf("timeline(from: 2011, to: 2011) has %+v", e.Node)
		}
	}
	if len(ranged.Entity.Timeline.Edges) == 0 {
		t.Error("nothing in Shenyang's timeline for 2011, where the Sasebo partnership began")
	}
}

func TestIntegrationNetworkAsOf(t *testing.T) {
	c := newClient(t)
	var resp struct {
		Before, After struct{ Nodes []struct{ ID string } }
		Path2005      *struct {
			Length int
			Nodes  []struct{ ID string }
		}
		Path2012 *struct{ Length int }
	}
	c.MustPost(`{
		before: neighborhood(id: "city:cn:shenyang", asOf: "2005") { nodes { id } }
		after: neighborhood(id: "city:cn:shenyang", asOf: "2024-12") { nodes { id } }
		path2005: shortestPath(from: "city:cn:shenyang", to: "city:jp:sasebo", asOf: "2005", maxLength: 4) { length nodes { id } }
		path2012: shortestPath(from: "city:cn:shenyang", to: "city:jp:sasebo", asOf: "2012") { length } }`, &resp)
	ids := func(ns []struct{ ID string }) []string {
		var out []string
		for _, n := range ns {
			out = append(out, n.ID)
		}
		return out
	}
	before, after := ids(resp.Before.Nodes), ids(resp.After.Nodes)
	if !slices.Contains(before, "city:jp:sapporo") || slices.Contains(before, "city:jp:sasebo") || slices.Contains(before, "event:2024-08-08-hamamatsu-delegation") {
		t.Errorf("Shenyang's neighbourhood in 2005: %v", before)
	}
	if !slices.Contains(after, "city:jp:sasebo") || !slices.Contains(after, "event:2024-08-08-hamamatsu-delegation") {
		t.Errorf("Shenyang's neighbourhood at the end of 2024: %v", after)
	}
	if resp.Path2012 == nil || resp.Path2012.Length != 1 {
		t.Errorf("Shenyang to Sasebo in 2012: %+v, want the partnership of 2011", resp.Path2012)
	}
	if resp.Path2005 == nil || resp.Path2005.Length < 2 {
		t.Errorf("Shenyang to Sasebo in 2005: %+v, want a path that does not use the partnership of 2011", resp.Path2005)
	}

	var missions struct {
		City struct {
			Before, After []struct {
				ID     string
				Opened *string
			}
		}
	}
	c.MustPost(`{ city: entity(id: "city:cn:shenyang") { ... on City {
		before: consulates(asOf: "2018") { id opened } after: consulates(asOf: "2019", includeUndated: true) { id opened } } } }`, &missions)
	const australia = "consulate:australia-consulate-general-shenyang"
	for _, m := range missions.City.Before {
		if m.ID == australia || m.Opened == nil {
			t.Errorf("Shenyang's missions in 2018 include %s, opened %v", m.ID, m.Opened)
		}
	}
	if i := slices.IndexFunc(missions.City.After, func(m struct {
		ID     string
		Opened *string
	}) bool {
		return m.ID == australia
	}); i < 0 || missions.City.After[i].Opened == nil || *missions.City.After[i].Opened != "2019" {
		t.Errorf("Australia's consulate-general (opened 2019) in Shenyang's missions of 2019: %+v", missions.City.After)
	}
	if len(missions.City.After) < 5 {
		t.Errorf("with undated missions, Shenyang has %d in 2019: %+v", len(missions.City.After), missions.City.After)
	}

	for _, bad := range []string{"--03-20", "2010-13", "yesterday"} {
		q := fmt.Sprintf(`{ partners(city: "city:cn:shenyang", asOf: %q) { since } }`, bad)
		if got := errCode(c, q); got != derrors.CodeBadInput {
			t.Errorf("asOf %q: error code %q, want %s", bad, got, derrors.CodeBadInput)
		}
	}
}

// TestIntegrationAsOfRuleAgrees checks that the store's Cypher filter and kg.AsOf.Holds
// (the rule's one definition, table-tested in kg) pick the same facts, on real edges of
// every kind of validity and at dates of every precision.
func TestIntegrationAsOfRuleAgrees(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		ids []string
		typ string
		dir kg.Direction
	}{
		{[]string{"city:cn:shenyang", "city:jp:sapporo", "city:cn:beijing"}, kg.PartnerOf, kg.Both},
		{[]string{"country:jp", "country:cn", "country:fr", "country:mx"}, kg.HoldsPosition, kg.In},
		{[]string{"person:nixon-richard-m", "country:cn", "city:cn:shenyang"}, kg.ParticipatedIn, kg.Out},
		{[]string{"city:cn:shenyang", "city:jp:tokyo"}, kg.BasedIn, kg.In},
		{[]string{"country:au", "country:us"}, kg.Represents, kg.In},
	}
	dates := []string{"1850", "1972-02-25", "1990-01-01", "2005", "2010", "2010-08", "2019-06", "2024-08-08"}
	checked := 0
	for _, tc := range cases {
		all, err := db.Neighbors(ctx, tc.ids, tc.typ, tc.dir, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range dates {
			for _, undated := range []bool{false, true} {
				a, err := kg.ParseAsOf(d, undated)
				if err != nil {
					t.Fatal(err)
				}
				got, err := db.Neighbors(ctx, tc.ids, tc.typ, tc.dir, &a)
				if err != nil {
					t.Fatal(err)
				}
				for _, id := range tc.ids {
					var want, have []string
					for _, r := range all[id] {
						if a.Holds(kg.ValidityOf(r.Type), r.Span) {
							want = append(want, r.ElementID)
						}
						checked++
					}
					for _, r := range got[id] {
						have = append(have, r.ElementID)
					}
					slices.Sort(want)
					slices.Sort(have)
					if diff := cmp.Diff(want, have); diff != "" {
						t.Errorf("%s %s as of %s (undated %v): Go rule vs Cypher (-want +got):\n%s", id, tc.typ, d, undated, diff)
					}
				}
			}
		}
	}
	if checked < 1000 {
		t.Errorf("only %d edge-date pairs checked", checked)
	}
}

func TestIntegrationEditorWritesAreInTheHistory(t *testing.T) {
	c := newClient(t)
	start := time.Now().Add(-time.Second).UTC().Format(time.RFC3339)
	var add struct{ AddRelation struct{ Type string } }
	c.MustPost(`mutation { addRelation(input: {from: "city:cn:shenyang", type: "PARTNER_OF", to: "city:jp:sasebo",
		properties: {partnership: "sister", since: "2011"}, sources: ["`+srcSasebo+`"]}) { type } }`, &add, bearer(editorToken))
	type change struct {
		Actor, Role, Operation, Target string
		RelationsWritten               int
		Entities                       []string
		Sources                        []struct{ ID string }
	}
	var resp struct {
		Changes struct {
			Edges []struct{ Node change }
		}
	}
	c.MustPost(`query($since: DateTime) { changes(since: $since) { edges { node { actor role operation target relationsWritten entities sources { id } } } } }`,
		&resp, bearer(analystToken), client.Var("since", start))
	var found *change
	for _, e := range resp.Changes.Edges {
		if e.Node.Operation == "addRelation" {
			found = &e.Node
		}
	}
	if found == nil {
		t.Fatalf("the editor's addRelation is not in changes since %s: %+v", start, resp.Changes.Edges)
	}
	if found.Role != "editor" || !strings.HasPrefix(found.Actor, "token:") || found.RelationsWritten != 1 ||
		found.Target != "city:cn:shenyang PARTNER_OF city:jp:sasebo" || len(found.Sources) != 1 || found.Sources[0].ID != srcSasebo {
		t.Errorf("the recorded change: %+v", *found)
	}
	if got := errCode(c, `{ changes { edges { node { actor } } } }`, bearer(readerToken)); got != derrors.CodeForbidden {
		t.Errorf("a reader asking for changes: code %q, want %s", got, derrors.CodeForbidden)
	}
}
