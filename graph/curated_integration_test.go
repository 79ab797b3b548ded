//go:build integration

package graph_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"
)

// Corrections from a line-by-line review of the curated facts against their articles,
// each read back through the public API.

const (
	eventTokyoPromotion = "event:2023-06-20-hello-shenyang-tokyo-promotion"
	eventSaseboDay      = "event:2024-03-25-sasebo-mayor-exchange-day"
	eventUndatedPromo   = "event:undated-03-20-foreign-affairs-plus-promotion"
	consularGroup       = "org:foreign-consular-officials-shenyang"
)

type cypherResult struct {
	Cypher struct {
		Columns   []string
		Rows      [][]any
		Truncated bool
	}
}

// cypher runs a read-only query as an analyst.
func cypher(t *testing.T, c *client.Client, query string, params map[string]any) cypherResult {
	t.Helper()
	var resp cypherResult
	c.MustPost(`query($q: String!, $p: JSON) { cypher(query: $q, params: $p) { columns rows truncated } }`, &resp,
		client.Var("q", query), client.Var("p", params), bearer(analystToken))
	return resp
}

// The release says the promotion was held in Tokyo; it names no Tokyo body taking part.
func TestIntegrationCuratedTokyoIsThePlaceNotAHost(t *testing.T) {
	c := newClient(t)
	var resp struct {
		Entity struct {
			Places       []struct{ ID string }
			Participants []struct {
				Role   string
				Entity struct{ ID string }
			}
			Hosts []struct {
				Entity struct{ ID string }
			}
		}
	}
	c.MustPost(`query($id: ID!) { entity(id: $id) { ... on Event { places { id } participants { role entity { id } } hosts: participants(role: "host") { entity { id } } } } }`,
		&resp, client.Var("id", eventTokyoPromotion))
	if !slices.Contains(ids(resp.Entity.Places), "city:jp:tokyo") {
		t.Errorf("places of the Tokyo promotion = %v, want city:jp:tokyo", ids(resp.Entity.Places))
	}
	if len(resp.Entity.Participants) == 0 {
		t.Fatal("the Tokyo promotion has no participants")
	}
	for _, p := range resp.Entity.Participants {
		if p.Entity.ID == "city:jp:tokyo" {
			t.Errorf("Tokyo takes part in the promotion as %s; the release only says it was held there", p.Role)
		}
	}
	for _, h := range resp.Entity.Hosts {
		if h.Entity.ID == "city:jp:tokyo" {
			t.Errorf("Tokyo is among the hosts of the promotion")
		}
	}
	// Read from Tokyo, the event is one held there.
	var tokyo struct {
		Entity struct{ Events []struct{ ID string } }
	}
	c.MustPost(`{ entity(id: "city:jp:tokyo") { ... on City { events { id } } } }`, &tokyo)
	if !slices.Contains(ids(tokyo.Entity.Events), eventTokyoPromotion) {
		t.Errorf("Tokyo's events = %v, want the promotion held there", ids(tokyo.Entity.Events))
	}
}

// The Hamamatsu article calls the tie a sister-city relationship as often as a friendly and
// cooperative one: a query for sister partners finds it, with a note that says both.
func TestIntegrationCuratedHamamatsuIsASisterPartnerWithANote(t *testing.T) {
	c := newClient(t)
	type partnership struct {
		Partner struct{ ID string }
		Kind    string
		Since   *string
		Note    *string
		Sources []source
	}
	var resp struct{ Partners []partnership }
	c.MustPost(`{ partners(city: "city:cn:shenyang", kinds: [SISTER]) { partner { id } kind since note sources { id } } }`, &resp)
	i := slices.IndexFunc(resp.Partners, func(p partnership) bool { return p.Partner.ID == "city:jp:hamamatsu" })
	if i < 0 {
		t.Fatalf("Hamamatsu is not among Shenyang's sister partners: %+v", resp.Partners)
	}
	p := resp.Partners[i]
	if p.Kind != "SISTER" || deref(p.Since) != "2010-08" {
		t.Errorf("Shenyang-Hamamatsu = %s since %s, want SISTER since 2010-08", p.Kind, deref(p.Since))
	}
	note := deref(p.Note)
	for _, term := range []string{"sister city", "friendly and cooperative"} {
		if !strings.Contains(note, term) {
			t.Errorf("note %q does not name the article's term %q", note, term)
		}
	}
	if diff := cmp.Diff([]string{srcHamamatsu}, sourceIDs(p.Sources)); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	// One tie, one partnership, whichever side it is read from.
	var back struct{ Partners []partnership }
	c.MustPost(`{ partners(city: "city:jp:hamamatsu") { partner { id } kind since note } }`, &back)
	var withShenyang []partnership
	for _, p := range back.Partners {
		if p.Partner.ID == "city:cn:shenyang" {
			withShenyang = append(withShenyang, p)
		}
	}
	if len(withShenyang) != 1 || withShenyang[0].Kind != "SISTER" || deref(withShenyang[0].Note) != note {
		t.Errorf("read from Hamamatsu, partnerships with Shenyang = %+v, want the one SISTER tie with its note", withShenyang)
	}
}

// The Sasebo article gives 25 March without a year; the year is its publication year.
func TestIntegrationCuratedSaseboDayDateAndNote(t *testing.T) {
	c := newClient(t)
	var resp struct {
		Entity struct {
			StartDate *string
			Sources   []source
		}
	}
	c.MustPost(`query($id: ID!) { entity(id: $id) { sources { id } ... on Event { startDate } } }`, &resp, client.Var("id", eventSaseboDay))
	if deref(resp.Entity.StartDate) != "2024-03-25" {
		t.Errorf("exchange day starts %q, want 2024-03-25", deref(resp.Entity.StartDate))
	}
	if diff := cmp.Diff([]string{srcSasebo}, sourceIDs(resp.Entity.Sources)); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	// Event notes are node properties the typed API does not expose; analysts read them.
	r := cypher(t, c, `MATCH (e:Event {id: $id}) RETURN e.startDate AS startDate, e.note AS note`, map[string]any{"id": eventSaseboDay})
	if len(r.Cypher.Rows) != 1 {
		t.Fatalf("exchange day rows = %+v, want one", r.Cypher.Rows)
	}
	note, _ := r.Cypher.Rows[0][1].(string)
	if !strings.Contains(note, "2024-04-01") || !strings.Contains(note, "publication date") {
		t.Errorf("exchange day note = %q, want it to say the year comes from the publication date, 2024-04-01", note)
	}
}

// Shenyang's consulates are the missions the articles name; the undated article's
// consular officials of several countries are a group, not a mission. Reference data may
// add other missions in the city (each a consulate of one country); of the consulates the
// articles are cited for, there are exactly the two they name.
func TestIntegrationCuratedShenyangConsulatesAreRealMissions(t *testing.T) {
	c := newClient(t)
	var resp struct {
		Entity struct {
			Consulates []struct {
				ID, Kind      string
				ConsulateType *string
				Represents    *struct{ ID string }
				Sources       []source
			}
		}
	}
	c.MustPost(`{ entity(id: "city:cn:shenyang") { ... on City { consulates { id kind consulateType represents { id } sources { id } } } } }`, &resp)
	articles := []string{srcDaily, srcSasebo, srcHamamatsu, srcTokyo, srcUndated}
	var named []string
	for _, k := range resp.Entity.Consulates {
		if k.Kind != "CONSULATE" || k.Represents == nil {
			t.Errorf("consulate %s: kind %s, represents %v; want a mission of one country", k.ID, k.Kind, k.Represents)
		}
		if k.ID == consularGroup || strings.Contains(k.ID, "foreign-consulates") {
			t.Errorf("a collective group is counted among Shenyang's consulates: %s", k.ID)
		}
		if slices.ContainsFunc(sourceIDs(k.Sources), func(s string) bool { return slices.Contains(articles, s) }) {
			named = append(named, k.ID)
			if deref(k.ConsulateType) != "consulate-general" {
				t.Errorf("consulate %s has type %q, want consulate-general as the articles say", k.ID, deref(k.ConsulateType))
			}
		}
	}
	slices.Sort(named)
	want := []string{"consulate:australia-consulate-general-shenyang", "consulate:japan-consulate-general-shenyang"}
	if diff := cmp.Diff(want, named); diff != "" {
		t.Errorf("Shenyang's consulates that the articles name (-want +got):\n%s", diff)
	}

	var old struct{ Entity *struct{ ID string } }
	c.MustPost(`{ entity(id: "consulate:foreign-consulates-general-shenyang") { id } }`, &old)
	if old.Entity != nil {
		t.Errorf("the collective consulate node still exists: %+v", old.Entity)
	}
	// The group keeps the article's facts: it is in Shenyang and attended the promotion.
	var group struct {
		Entity *struct {
			Kind    string
			OrgType *string
			BasedIn []struct{ ID string }
			Events  []struct{ ID string }
			Sources []source
		}
	}
	c.MustPost(`query($id: ID!) { entity(id: $id) { kind sources { id } ... on Organization { orgType basedIn { id } events { id } } } }`, &group, client.Var("id", consularGroup))
	g := group.Entity
	if g == nil {
		t.Fatalf("%s does not exist", consularGroup)
	}
	if g.Kind != "ORGANIZATION" || deref(g.OrgType) != "other" {
		t.Errorf("consular group is %s of orgType %q, want an ORGANIZATION of orgType other", g.Kind, deref(g.OrgType))
	}
	if !slices.Contains(ids(g.BasedIn), "city:cn:shenyang") || !slices.Contains(ids(g.Events), eventUndatedPromo) {
		t.Errorf("consular group based in %v, events %v; want Shenyang and the undated promotion", ids(g.BasedIn), ids(g.Events))
	}
	if diff := cmp.Diff([]string{srcUndated}, sourceIDs(g.Sources)); diff != "" {
		t.Errorf("consular group sources (-want +got):\n%s", diff)
	}
}

// Every entity the undated article is cited for is tied by an edge that article states; the
// markets it names (an aim, which no relationship type states) are not its orphan nodes.
func TestIntegrationCuratedUndatedArticleHasNoOrphans(t *testing.T) {
	c := newClient(t)
	r := cypher(t, c, `MATCH (n:Entity) WHERE $src IN n.sources
		AND NOT EXISTS { MATCH (n)-[r]-() WHERE $src IN r.sources }
		RETURN n.id AS id ORDER BY id`, map[string]any{"src": srcUndated})
	if len(r.Cypher.Rows) != 0 {
		t.Errorf("entities citing %s with no edge from it: %v", srcUndated, r.Cypher.Rows)
	}
	// The markets: ASEAN was only a market, so it is gone; the countries remain, from
	// other sources, but this article is not cited for them without an edge (checked above).
	var asean struct{ Entity *struct{ ID string } }
	c.MustPost(`{ entity(id: "org:asean") { id } }`, &asean)
	if asean.Entity != nil {
		t.Errorf("org:asean still exists with no edge: %+v", asean.Entity)
	}
	r = cypher(t, c, `MATCH (n:Entity) WHERE n.id IN $ids AND $src IN n.sources RETURN n.id AS id ORDER BY id`,
		map[string]any{"src": srcUndated, "ids": []string{"country:jp", "country:kr", "country:mn", "country:ru", "org:asean"}})
	if len(r.Cypher.Rows) != 0 {
		t.Errorf("market nodes citing the undated article = %v, want none (no relation states a target market)", r.Cypher.Rows)
	}
}
