//go:build integration

package graph_test

import (
	"context"
	"log/slog"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/amity-graph/amity/graph"
	"github.com/amity-graph/amity/internal/config"
	"github.com/amity-graph/amity/internal/derrors"
	"github.com/amity-graph/amity/internal/server"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/testdb"
	"github.com/google/go-cmp/cmp"
)

var db *store.Store

// TestMain loads the whole data set, curated facts and reference data, into the test
// Neo4j once for the package.
func TestMain(m *testing.M) {
	testdb.Main(m.Run, func(ctx context.Context) (*store.Store, error) { return testdb.Loaded(ctx, false) },
		func(s *store.Store) { db = s })
}

// testEnv is the configuration tests run with: tokens for each role, and no rate limit
// (tests send many requests from one address; TestIntegrationRateLimit turns it on).
var testEnv = map[string]string{
	"AMITY_TOKENS":     "reader:reader-token-0123456789,analyst:analyst-token-0123456789,editor:editor-token-0123456789",
	"AMITY_RATE_LIMIT": "0",
}

func newHandler(t testing.TB, overrides map[string]string) http.Handler {
	t.Helper()
	cfg, err := config.FromEnv(func(k string) string {
		if v, ok := overrides[k]; ok {
			return v
		}
		return testEnv[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	srv, err := server.New(cfg, &graph.Resolver{Store: db, Logger: logger}, db, logger)
	if err != nil {
		t.Fatal(err)
	}
	return srv.Handler()
}

func newClient(t *testing.T) *client.Client {
	return client.New(newHandler(t, nil), client.Path("/query"))
}

// bearer sends a token.
func bearer(tok string) client.Option {
	return client.AddHeader("Authorization", "Bearer "+tok)
}

// counting runs the request with a statement counter in its context.
func counting(n **atomic.Int64) client.Option {
	return func(bd *client.Request) {
		ctx, c := store.WithStatementCounter(bd.HTTP.Context())
		*n = c
		bd.HTTP = bd.HTTP.WithContext(ctx)
	}
}

type source struct {
	ID, Title, Publisher string
	PublishedAt          *string
}

func sourceIDs(ss []source) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.ID)
	}
	slices.Sort(out)
	return out
}

const (
	srcHamamatsu = "source:shenyang-fao-2024-08-14-hamamatsu-delegation"
	srcSasebo    = "source:shenyang-fao-2024-04-01-sasebo-mayor-exchange-day"
	srcTokyo     = "source:prnewswire-2023-06-26-tokyo-promotion"
	srcDaily     = "source:china-daily-2022-10-17-cooperative-ties"
	srcUndated   = "source:shenyang-information-office-undated-foreign-affairs-plus-promotion"
	srcTwins     = "source:dataset-twin-cities"
)

func TestIntegrationSapporoPartnership(t *testing.T) {
	c := newClient(t)
	var resp struct {
		Partners []struct {
			Partner struct{ ID, Name string }
			Kind    string
			Since   *string
			Sources []source
		}
	}
	c.MustPost(`{ partners(city: "city:cn:shenyang", kinds: [SISTER]) { partner { id name } kind since sources { id title publisher publishedAt } } }`, &resp)
	i := slices.IndexFunc(resp.Partners, func(p struct {
		Partner struct{ ID, Name string }
		Kind    string
		Since   *string
		Sources []source
	}) bool {
		return p.Partner.ID == "city:jp:sapporo"
	})
	if i < 0 {
		t.Fatalf("Sapporo is not among Shenyang's sister cities: %+v", resp.Partners)
	}
	p := resp.Partners[i]
	if p.Since == nil || *p.Since != "1980" || p.Kind != "SISTER" {
		t.Errorf("Shenyang-Sapporo = %s since %v, want SISTER since 1980", p.Kind, p.Since)
	}
	// One relationship, citing both articles that state it and the twin-city data set.
	if diff := cmp.Diff([]string{srcDaily, srcTwins, srcHamamatsu}, sourceIDs(p.Sources)); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	for _, s := range p.Sources {
		if s.Title == "" {
			t.Errorf("source %s has no title", s.ID)
		}
	}
	var sasebo struct {
		Partners []struct {
			Partner struct{ ID string }
			Since   *string
		}
	}
	c.MustPost(`{ partners(city: "city:jp:sasebo") { partner { id } since } }`, &sasebo)
	found := false
	for _, p := range sasebo.Partners {
		if p.Partner.ID == "city:cn:shenyang" {
			found = p.Since != nil && *p.Since == "2011"
		}
	}
	if !found {
		t.Errorf("read from Sasebo, Shenyang should be a partner since 2011: %+v", sasebo.Partners)
	}
}

type visit struct {
	Event     struct{ ID string }
	Visitors  []struct{ ID string }
	Leaders   []struct{ Name string }
	Host      struct{ ID string }
	Met       []struct{ ID string }
	Sites     []struct{ ID string }
	StartDate *string
	EndDate   *string
	Sources   []source
}

const visitFields = `event { id } visitors { id } leaders { name } host { id } met { id } sites { id } startDate endDate sources { id }`

func TestIntegrationWhoVisitedShenyang(t *testing.T) {
	c := newClient(t)
	var resp struct{ Visits []visit }
	c.MustPost(`query($from: String, $to: String) { visits(host: "city:cn:shenyang", from: $from, to: $to) { `+visitFields+` } }`, &resp,
		client.Var("from", "2024-08"), client.Var("to", "2024-08"))
	if len(resp.Visits) != 1 {
		t.Fatalf("visits to Shenyang in August 2024 = %d, want 1: %+v", len(resp.Visits), resp.Visits)
	}
	v := resp.Visits[0]
	if v.Event.ID != "event:2024-08-08-hamamatsu-delegation" {
		t.Errorf("event = %s", v.Event.ID)
	}
	if len(v.Leaders) != 1 || v.Leaders[0].Name != "Toshihide Sudo" {
		t.Errorf("leaders = %+v, want Toshihide Sudo", v.Leaders)
	}
	if len(v.Visitors) == 0 || v.Visitors[0].ID != "city:jp:hamamatsu" || v.Host.ID != "city:cn:shenyang" {
		t.Errorf("visitors %+v host %s, want Hamamatsu visiting Shenyang", v.Visitors, v.Host.ID)
	}
	if deref(v.StartDate) != "2024-08-08" || deref(v.EndDate) != "2024-08-09" {
		t.Errorf("dates %s..%s, want 2024-08-08..2024-08-09", deref(v.StartDate), deref(v.EndDate))
	}
	sites := ids(v.Sites)
	if !slices.Contains(sites, "org:shenyang-vanke-china-japan-industrial-park") {
		t.Errorf("sites = %v, want the Vanke China-Japan Industrial Park", sites)
	}
	if !slices.Contains(ids(v.Met), "org:shenyang-foreign-affairs-office") {
		t.Errorf("met = %v, want the Foreign Affairs Office", ids(v.Met))
	}
	if diff := cmp.Diff([]string{srcHamamatsu}, sourceIDs(v.Sources)); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}

	// The whole of 2024, at year precision, includes the March Sasebo visit too.
	c.MustPost(`{ visits(host: "city:cn:shenyang", from: "2024", to: "2024") { `+visitFields+` } }`, &resp)
	events := []string{}
	for _, v := range resp.Visits {
		events = append(events, v.Event.ID)
	}
	for _, want := range []string{"event:2024-08-08-hamamatsu-delegation", "event:2024-03-25-sasebo-mayor-exchange-day"} {
		if !slices.Contains(events, want) {
			t.Errorf("visits to Shenyang in 2024 = %v, missing %s", events, want)
		}
	}
	// From April 2024 on, March is out.
	c.MustPost(`{ visits(host: "city:cn:shenyang", from: "2024-04") { `+visitFields+` } }`, &resp)
	for _, v := range resp.Visits {
		if strings.HasPrefix(deref(v.StartDate), "2024-03") {
			t.Errorf("visit %s on %s matched from 2024-04", v.Event.ID, deref(v.StartDate))
		}
	}
	// Filtering by visitor: Sasebo's mayor came in March 2024.
	c.MustPost(`{ visits(visitor: "person:miyajima-daisuke") { `+visitFields+` } }`, &resp)
	if len(resp.Visits) == 0 || deref(resp.Visits[0].StartDate) != "2024-03-25" {
		t.Errorf("visits by Miyajima Daisuke = %+v, want the 2024-03-25 exchange day", resp.Visits)
	}
}

func TestIntegrationEnterprisesTiedToPartners(t *testing.T) {
	c := newClient(t)
	var resp struct {
		EnterprisesTiedTo []struct {
			Company struct{ ID string }
			Partner struct{ ID string }
			Path    struct {
				Length    int
				Nodes     []struct{ ID string }
				Relations []struct {
					Type, Direction string
					Other           struct{ ID string }
				}
			}
			Sources []source
		}
	}
	c.MustPost(`{ enterprisesTiedTo(city: "city:cn:shenyang", first: 200) {
		company { id } partner { id }
		path { length nodes { id } relations { type direction other { id } } }
		sources { id } } }`, &resp)
	byCompany := map[string][]string{}
	for _, tie := range resp.EnterprisesTiedTo {
		if tie.Partner.ID == "city:jp:hamamatsu" {
			byCompany[tie.Company.ID] = append(byCompany[tie.Company.ID], tie.Path.Relations[0].Type)
		}
		if len(tie.Sources) == 0 {
			t.Errorf("tie %s-%s has no sources", tie.Company.ID, tie.Partner.ID)
		}
		if tie.Path.Length != len(tie.Path.Relations) || len(tie.Path.Nodes) != tie.Path.Length+1 {
			t.Errorf("tie %s: path of length %d has %d nodes and %d relations", tie.Company.ID, tie.Path.Length, len(tie.Path.Nodes), len(tie.Path.Relations))
		}
		if tie.Path.Nodes[0].ID != tie.Company.ID || tie.Path.Nodes[len(tie.Path.Nodes)-1].ID != tie.Partner.ID {
			t.Errorf("tie path %v should run from the company to the partner", tie.Path.Nodes)
		}
	}
	// Suzuki and Honda are based in Hamamatsu; Mitsubishi met Hamamatsu at the Tokyo promotion.
	want := map[string]string{"company:suzuki-motor": "BASED_IN", "company:honda-motor": "BASED_IN", "company:mitsubishi-corporation": "PARTICIPATED_IN"}
	for co, rel := range want {
		if got := byCompany[co]; len(got) == 0 || got[0] != rel {
			t.Errorf("%s tied to Hamamatsu by %v, want %s", co, got, rel)
		}
	}
}

func TestIntegrationShortestPath(t *testing.T) {
	c := newClient(t)
	var resp struct {
		ShortestPath *struct {
			Length int
			Nodes  []struct{ ID string }
		}
	}
	// Sasebo's mayor and Japan's consul general both spoke at the 2024-03-25 exchange day.
	c.MustPost(`{ shortestPath(from: "person:miyajima-daisuke", to: "person:takashi-hamada") { length nodes { id } } }`, &resp)
	if resp.ShortestPath == nil || resp.ShortestPath.Length != 2 {
		t.Fatalf("Miyajima to Hamada = %+v, want a path of length 2 through an event they both attended", resp.ShortestPath)
	}
	if mid := resp.ShortestPath.Nodes[1].ID; mid != "event:2024-03-25-sasebo-mayor-exchange-day" {
		t.Errorf("middle node %s, want the 2024-03-25 exchange day", mid)
	}
	// The two mayors connect in three steps (through their cities or the day's events).
	c.MustPost(`{ shortestPath(from: "person:miyajima-daisuke", to: "person:lyu-zhicheng") { length nodes { id } } }`, &resp)
	if resp.ShortestPath == nil || resp.ShortestPath.Length != 3 || resp.ShortestPath.Nodes[3].ID != "person:lyu-zhicheng" {
		t.Errorf("Miyajima to Lyu = %+v, want length 3", resp.ShortestPath)
	}
	// Restricted to partnerships, people do not connect.
	var none map[string]any
	c.MustPost(`{ shortestPath(from: "person:miyajima-daisuke", to: "person:lyu-zhicheng", types: ["PARTNER_OF"]) { length } }`, &none)
	if none["shortestPath"] != nil {
		t.Errorf("path over PARTNER_OF only = %+v, want none", none["shortestPath"])
	}
	// Two cities that only share a partner connect through it.
	c.MustPost(`{ shortestPath(from: "city:jp:sapporo", to: "city:jp:sasebo", types: ["PARTNER_OF"], maxLength: 2) { length nodes { id } } }`, &resp)
	if resp.ShortestPath == nil || resp.ShortestPath.Length != 2 {
		t.Errorf("Sapporo to Sasebo over partnerships = %+v, want length 2", resp.ShortestPath)
	}
}

func TestIntegrationEntityAndTypedFields(t *testing.T) {
	c := newClient(t)
	var resp struct {
		Entity struct {
			ID, Name, Kind string
			Aliases        []string
			NameOrder      *string
			Positions      []struct {
				Title        string
				Organization struct{ ID string }
				Sources      []source
			}
		}
	}
	c.MustPost(`{ entity(id: "person:miyajima-daisuke") { id name kind aliases
		... on Person { nameOrder positions { title organization { id } sources { id } } } } }`, &resp)
	e := resp.Entity
	if e.Kind != "PERSON" || !slices.Contains(e.Aliases, "Daisuke Miyajima") || deref(e.NameOrder) != "family-given" {
		t.Errorf("Miyajima Daisuke = %+v, want a PERSON aliased Daisuke Miyajima, family-given", e)
	}
	if len(e.Positions) != 1 || e.Positions[0].Title != "Mayor" || e.Positions[0].Organization.ID != "city:jp:sasebo" {
		t.Errorf("positions = %+v, want Mayor of Sasebo", e.Positions)
	}

	var city struct {
		Entity struct {
			Name    string
			Country struct{ ID string }
			Figures []struct {
				Name        string
				Value       float64
				Approximate bool
				AsOf        *string
				Source      *struct{ ID string }
			}
			Partners []struct{ Partner struct{ ID string } }
		}
	}
	c.MustPost(`{ entity(id: "city:jp:hamamatsu") { name ... on City { country { id } figures { name value approximate asOf source { id } } partners { partner { id } } } } }`, &city)
	if city.Entity.Country.ID != "country:jp" {
		t.Errorf("Hamamatsu's country = %q", city.Entity.Country.ID)
	}
	var pop bool
	for _, f := range city.Entity.Figures {
		if f.Name == "population" {
			pop = f.Value == 793000 && f.Approximate && deref(f.AsOf) == "2024-08-14" && f.Source != nil && f.Source.ID == srcHamamatsu
		}
	}
	if !pop {
		t.Errorf("Hamamatsu figures = %+v, want population about 793000 as of 2024-08-14 from the delegation article", city.Entity.Figures)
	}

	var ev struct {
		Entity struct {
			EventType, StartDate string
			Participants         []struct {
				Role   string
				Entity struct{ ID string }
			}
			Places []struct{ ID string }
		}
	}
	c.MustPost(`{ entity(id: "event:undated-03-20-foreign-affairs-plus-promotion") { ... on Event { eventType startDate participants(role: "speaker") { role entity { id } } places { id } } } }`, &ev)
	if ev.Entity.StartDate != "--03-20" {
		t.Errorf("undated promotion start = %q, want --03-20 (no year invented)", ev.Entity.StartDate)
	}
	if len(ev.Entity.Participants) != 1 || ev.Entity.Participants[0].Entity.ID != "person:duan-jiyang" {
		t.Errorf("speakers = %+v, want Duan Jiyang", ev.Entity.Participants)
	}
	if !slices.Contains(ids(ev.Entity.Places), "org:shenyang-museum") {
		t.Errorf("places = %v, want the Shenyang Museum", ev.Entity.Places)
	}

	var missing struct{ Entity *struct{ ID string } }
	c.MustPost(`{ entity(id: "city:xx:nowhere") { id } }`, &missing)
	if missing.Entity != nil {
		t.Errorf("unknown id gave %+v, want null", missing.Entity)
	}
}

func TestIntegrationChinaDailyFacts(t *testing.T) {
	c := newClient(t)
	var resp struct {
		Events []struct {
			ID, StartDate string
			Edition       *int
			Sources       []source
		}
	}
	c.MustPost(`{ events(from: "2017", to: "2021", first: 500, types: ["seminar", "conference", "exchange", "meeting"]) { id startDate edition sources { id } } }`, &resp)
	// The public data sets add visits and meetings of those years; the article's are those
	// that cite it.
	var got []string
	for _, e := range resp.Events {
		if slices.Contains(sourceIDs(e.Sources), srcDaily) {
			got = append(got, e.StartDate+" "+e.ID)
		}
	}
	want := []string{
		"2017 event:2017-china-japan-local-authorities-exchange-seminar",
		"2018 event:2018-world-winter-cities-mayors-conference",
		"2020 event:2020-dialogue-in-liaoning",
		"2021 event:2021-china-ceec-local-leaders-meeting",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("2017-2021 timeline (-want +got):\n%s", diff)
	}

	var city struct {
		Entity struct {
			Figures []struct {
				Name  string
				Value float64
				AsOf  *string
			}
		}
	}
	c.MustPost(`{ entity(id: "city:cn:shenyang") { figures { name value asOf } } }`, &city)
	figs := map[string]float64{}
	for _, f := range city.Entity.Figures {
		if deref(f.AsOf) == "2022-10-17" {
			figs[f.Name] = f.Value
		}
	}
	for name, v := range map[string]float64{"sisterCityCount": 23, "cooperativeCityCount": 77, "partnerCityCount": 100, "partnerCountryCount": 43, "consulateGeneralCount": 8} {
		if figs[name] != v {
			t.Errorf("Shenyang %s as of 2022-10-17 = %v, want %v", name, figs[name], v)
		}
	}
}

func TestIntegrationTokyoPromotion(t *testing.T) {
	c := newClient(t)
	var resp struct {
		Entity struct {
			Places       []struct{ ID string }
			Participants []struct {
				Role   string
				Entity struct{ ID, Kind string }
			}
			Sources []source
		}
	}
	c.MustPost(`{ entity(id: "event:2023-06-20-hello-shenyang-tokyo-promotion") { sources { id } ... on Event { places { id } participants { role entity { id kind } } } } }`, &resp)
	if !slices.Contains(ids(resp.Entity.Places), "city:jp:tokyo") {
		t.Errorf("Tokyo promotion places = %v", resp.Entity.Places)
	}
	companies := 0
	for _, p := range resp.Entity.Participants {
		if p.Entity.Kind == "COMPANY" {
			companies++
		}
	}
	if companies != 15 {
		t.Errorf("companies at the Tokyo promotion = %d, want the 15 the release names", companies)
	}
	if diff := cmp.Diff([]string{srcTokyo}, sourceIDs(resp.Entity.Sources)); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}

func TestIntegrationSearch(t *testing.T) {
	c := newClient(t)
	type hits struct {
		Search []struct {
			Score  float64
			Entity struct{ ID, Kind string }
		}
	}
	var resp hits
	c.MustPost(`{ search(query: "Sapporo") { score entity { id kind } } }`, &resp)
	if len(resp.Search) == 0 || resp.Search[0].Entity.ID != "city:jp:sapporo" {
		t.Errorf("search Sapporo = %+v, want city:jp:sapporo first", resp.Search)
	}
	// An alias in the other name order finds the person.
	c.MustPost(`{ search(query: "Daisuke Miyajima", kinds: [PERSON]) { score entity { id kind } } }`, &resp)
	if len(resp.Search) == 0 || resp.Search[0].Entity.ID != "person:miyajima-daisuke" {
		t.Errorf("search Daisuke Miyajima = %+v", resp.Search)
	}
	// One office under another of its names.
	c.MustPost(`{ search(query: "Shenyang PAFFC", kinds: [ORGANIZATION]) { score entity { id kind } } }`, &resp)
	if len(resp.Search) == 0 || resp.Search[0].Entity.ID != "org:shenyang-foreign-affairs-office" {
		t.Errorf("search Shenyang PAFFC = %+v", resp.Search)
	}
	// Lucene syntax in user input is inert, never a server error.
	for _, q := range []string{`"unbalanced`, `a AND (b OR`, `*:*`, `title:x~~^^`, `\\`, `[a TO z]`, `sapporo)`} {
		var r hits
		if err := c.Post(`query($q: String!) { search(query: $q) { score entity { id } } }`, &r, client.Var("q", q)); err != nil {
			t.Errorf("search %q: %v", q, err)
		}
	}
}

func TestIntegrationRelationsPaging(t *testing.T) {
	c := newClient(t)
	type page struct {
		Entity struct {
			Relations struct {
				TotalCount int
				PageInfo   struct {
					HasNextPage bool
					EndCursor   *string
				}
				Edges []struct {
					Cursor string
					Node   struct {
						Type  string
						Other struct{ ID string }
					}
				}
			}
		}
	}
	seen := map[string]bool{}
	var after *string
	total, pages := -1, 0
	for {
		var p page
		c.MustPost(`query($after: String) { entity(id: "city:cn:shenyang") { relations(types: ["PARTNER_OF"], first: 7, after: $after) {
			totalCount pageInfo { hasNextPage endCursor } edges { cursor node { type other { id } } } } } }`, &p, client.Var("after", after))
		r := p.Entity.Relations
		total = r.TotalCount
		pages++
		for _, e := range r.Edges {
			if e.Node.Type != "PARTNER_OF" {
				t.Fatalf("type filter leaked %s", e.Node.Type)
			}
			if seen[e.Node.Other.ID] {
				t.Fatalf("page %d repeats %s", pages, e.Node.Other.ID)
			}
			seen[e.Node.Other.ID] = true
		}
		if !r.PageInfo.HasNextPage {
			break
		}
		after = r.PageInfo.EndCursor
		if pages > 100 {
			t.Fatal("paging does not end")
		}
	}
	if len(seen) != total || total < 20 {
		t.Errorf("paged through %d partners of Shenyang in %d pages; totalCount says %d", len(seen), pages, total)
	}
}

// TestIntegrationNoNPlusOne proves round trips depend on the query's shape, not on how
// many items its lists hold: the same nested query over Shenyang stays under a bound set by
// its shape whether it returns 2 relations or all of them.
func TestIntegrationNoNPlusOne(t *testing.T) {
	c := newClient(t)
	q := `query($id: ID!, $first: Int!) { entity(id: $id) { name sources { id }
		relations(first: $first) { totalCount edges { node { type sources { id } other { id name sources { id }
			... on City { country { id } partners { partner { id name } sources { id } } } } } } }
		... on City { partners { partner { id ... on City { events(first: 5) { id participants { role entity { id } } } } } } } } }`
	var counts, edges []int
	for _, first := range []int{2, 60} {
		var n *atomic.Int64
		var resp map[string]any
		c.MustPost(q, &resp, client.Var("id", "city:cn:shenyang"), client.Var("first", first), counting(&n))
		counts = append(counts, int(n.Load()))
		rel, _ := resp["entity"].(map[string]any)["relations"].(map[string]any)
		es, _ := rel["edges"].([]any)
		edges = append(edges, len(es))
	}
	if edges[1] < 20*edges[0] {
		t.Fatalf("want a small and a large answer; edges %v", edges)
	}
	// The shape has 13 (field, depth) places that read the database: the entity, the
	// page, its count, sources at four depths, country, partners at two depths, events,
	// participants. Sibling branches that happen to share a batch make it fewer. With N+1
	// the large answer alone would need well over 53.
	const shapeBound = 13
	for i, n := range counts {
		if n > shapeBound {
			t.Errorf("%d relations took %d statements, want at most %d whatever the size", edges[i], n, shapeBound)
		}
	}
	t.Logf("statements per request: %v for edges %v", counts, edges)
}

func TestIntegrationErrorsHaveCodes(t *testing.T) {
	c := newClient(t)
	cases := []struct{ name, query, code string }{
		{"malformed id", `{ entity(id: "not an id") { id } }`, derrors.CodeBadInput},
		{"unknown city", `{ partners(city: "city:xx:nowhere") { since } }`, derrors.CodeNotFound},
		{"unknown relationship type", `{ entity(id: "city:cn:shenyang") { relations(types: ["DROP_ALL"]) { totalCount } } }`, derrors.CodeBadInput},
		{"forged cursor", `{ entity(id: "city:cn:shenyang") { relations(after: "bm90IGEgY3Vyc29y") { totalCount } } }`, derrors.CodeBadInput},
		{"first too large", `{ search(query: "x", first: 501) { score } }`, derrors.CodeBadInput},
		{"first hugely large", `{ search(query: "x", first: 100000) { score } }`, "COMPLEXITY_LIMIT_EXCEEDED"},
		{"bad date", `{ visits(from: "2024-13") { startDate } }`, derrors.CodeBadInput},
		{"year-less date filter", `{ visits(from: "--03-20") { startDate } }`, derrors.CodeBadInput},
		{"hops out of range", `{ enterprisesTiedTo(city: "city:cn:shenyang", maxHops: 50) { sources { id } } }`, derrors.CodeBadInput},
		{"empty search", `{ search(query: "   ") { score } }`, derrors.CodeBadInput},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var resp map[string]any
			err := c.Post(tc.query, &resp)
			if err == nil {
				t.Fatalf("no error")
			}
			if !strings.Contains(err.Error(), `"code":"`+tc.code+`"`) {
				t.Errorf("error %v, want code %s", err, tc.code)
			}
			if strings.Contains(err.Error(), "MATCH") || strings.Contains(err.Error(), "goroutine") {
				t.Errorf("error leaks internals: %v", err)
			}
		})
	}
}

func TestIntegrationNeighborhoodAndStats(t *testing.T) {
	c := newClient(t)
	var resp struct {
		Neighborhood struct {
			Nodes     []struct{ ID string }
			Edges     []struct{ Type, From, To string }
			Truncated bool
		}
		Stats struct {
			Nodes, Relationships int
			Neo4jVersion         string
			Labels               []struct {
				Name  string
				Count int
			}
		}
	}
	c.MustPost(`{ neighborhood(id: "city:jp:hamamatsu", depth: 1, limit: 200) { nodes { id } edges { type from to } truncated }
		stats { nodes relationships neo4jVersion labels { name count } } }`, &resp)
	nodes := ids(resp.Neighborhood.Nodes)
	for _, want := range []string{"city:jp:hamamatsu", "company:suzuki-motor", "city:cn:shenyang", "country:jp"} {
		if !slices.Contains(nodes, want) {
			t.Errorf("Hamamatsu's neighbourhood lacks %s", want)
		}
	}
	for _, e := range resp.Neighborhood.Edges {
		if !slices.Contains(nodes, e.From) || !slices.Contains(nodes, e.To) {
			t.Errorf("edge %+v leaves the subgraph", e)
		}
	}
	if !strings.HasPrefix(resp.Stats.Neo4jVersion, "5.26") {
		t.Errorf("neo4j version %q, want 5.26.x", resp.Stats.Neo4jVersion)
	}
	if resp.Stats.Nodes < 40000 || resp.Stats.Relationships < 100000 {
		t.Errorf("stats %d nodes %d relationships: reference data missing?", resp.Stats.Nodes, resp.Stats.Relationships)
	}
	c.MustPost(`{ neighborhood(id: "city:cn:shenyang", depth: 2, limit: 10) { nodes { id } edges { type from to } truncated } stats { nodes } }`, &resp)
	if !resp.Neighborhood.Truncated || len(resp.Neighborhood.Nodes) != 11 {
		t.Errorf("depth-2 neighbourhood of Shenyang limited to 10: %d nodes, truncated=%v", len(resp.Neighborhood.Nodes), resp.Neighborhood.Truncated)
	}
}

func ids(xs []struct{ ID string }) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.ID
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
