//go:build integration

package graph_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"
)

type pageInfo struct {
	HasNextPage bool
	EndCursor   *string
}

type partnershipRow struct {
	Partner struct{ ID string }
	Kind    string
	Since   *string
}

func (p partnershipRow) String() string {
	since := "-"
	if p.Since != nil {
		since = *p.Since
	}
	return p.Partner.ID + " " + p.Kind + " " + since
}

// walkPages asks query (which takes $after) page after page until hasNextPage is false;
// conn picks the connection out of a response.
func walkPages[E any](t *testing.T, c *client.Client, query string, conn func(json.RawMessage) (edges []E, info pageInfo)) (all []E, pages int) {
	t.Helper()
	var after *string
	for pages = 1; pages <= 1000; pages++ {
		var resp map[string]any // the client decodes into maps, not raw JSON
		c.MustPost(query, &resp, client.Var("after", after))
		raw, err := json.Marshal(resp)
		if err != nil {
			t.Fatal(err)
		}
		edges, info := conn(raw)
		all = append(all, edges...)
		if !info.HasNextPage {
			if info.EndCursor == nil && len(edges) > 0 {
				t.Errorf("the last page has edges but no endCursor")
			}
			return all, pages
		}
		if info.EndCursor == nil || len(edges) == 0 {
			t.Fatalf("page %d says another follows but gives no cursor", pages)
		}
		after = info.EndCursor
	}
	t.Fatalf("more than 1000 pages")
	return nil, 0
}

func partnershipConn(path ...string) func(json.RawMessage) ([]partnershipRow, pageInfo) {
	return func(raw json.RawMessage) ([]partnershipRow, pageInfo) {
		var m map[string]json.RawMessage
		for _, p := range path {
			if err := json.Unmarshal(raw, &m); err != nil {
				panic(err)
			}
			raw = m[p]
		}
		var conn struct {
			Edges    []struct{ Node partnershipRow }
			PageInfo pageInfo
		}
		if err := json.Unmarshal(raw, &conn); err != nil {
			panic(err)
		}
		var out []partnershipRow
		for _, e := range conn.Edges {
			out = append(out, e.Node)
		}
		return out, conn.PageInfo
	}
}

func rowsString(rows []partnershipRow) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r.String()
	}
	return out
}

// Partnerships read a few at a time are the partners, in the same order, whichever
// field pages them: Bethlehem is the real graph's biggest hub (72 partners, all undated,
// so ordered by name), Shenyang has dated ones first and several kinds.
func TestIntegrationPartnershipsPageLikePartners(t *testing.T) {
	c := newClient(t)
	for _, tc := range []struct {
		name, city, args string
		size, wantN      int
	}{
		{"Bethlehem", "city:ps:bethlehem", ``, 7, 72},
		{"Bethlehem as of 2005 with undated", "city:ps:bethlehem", `asOf: "2005", includeUndated: true`, 7, 72},
		{"Shenyang", "city:cn:shenyang", ``, 4, 25},
		{"Shenyang as of 2020 with undated", "city:cn:shenyang", `asOf: "2020", includeUndated: true`, 4, -1},
		{"Shenyang as of 2020", "city:cn:shenyang", `asOf: "2020"`, 1, -1},
		{"Shenyang sister and friendly", "city:cn:shenyang", `kinds: [SISTER, FRIENDLY]`, 3, 8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var unpaged struct{ Partners []partnershipRow }
			c.MustPost(fmt.Sprintf(`{ partners(city: %q %s) { partner { id } kind since } }`, tc.city, tc.args), &unpaged)
			want := rowsString(unpaged.Partners)
			if len(want) == 0 || tc.wantN >= 0 && len(want) != tc.wantN {
				t.Fatalf("%s has %d partners, want %d (and some)", tc.city, len(want), tc.wantN)
			}
			sel := `edges { node { partner { id } kind since } } pageInfo { hasNextPage endCursor }`
			root, pages := walkPages(t, c, fmt.Sprintf(`query($after: String) { partnerships(city: %q, first: %d, after: $after %s) { %s } }`,
				tc.city, tc.size, tc.args, sel), partnershipConn("partnerships"))
			if diff := cmp.Diff(want, rowsString(root)); diff != "" {
				t.Errorf("Query.partnerships pages differ from partners (-want +got):\n%s", diff)
			}
			if wantPages := max((len(want)+tc.size-1)/tc.size, 1); pages != wantPages {
				t.Errorf("%d pages of %d for %d partners, want %d", pages, tc.size, len(want), wantPages)
			}
			city, _ := walkPages(t, c, fmt.Sprintf(`query($after: String) { entity(id: %q) { ... on City { partnerships(first: %d, after: $after %s) { %s } } } }`,
				tc.city, tc.size, tc.args, sel), partnershipConn("entity", "partnerships"))
			if diff := cmp.Diff(want, rowsString(city)); diff != "" {
				t.Errorf("City.partnerships pages differ from partners (-want +got):\n%s", diff)
			}
		})
	}
}

// The first page of every partner's partnerships comes in one batch, and is the head of
// that partner's partners.
func TestIntegrationPartnershipsBatched(t *testing.T) {
	c := newClient(t)
	var resp struct {
		Partners []struct {
			Partner struct {
				ID           string
				Partners     []partnershipRow
				Partnerships struct {
					Edges    []struct{ Node partnershipRow }
					PageInfo pageInfo
				}
			}
		}
	}
	c.MustPost(`{ partners(city: "city:ps:bethlehem") { partner { id ... on City {
		partners { partner { id } kind since }
		partnerships(first: 3) { edges { node { partner { id } kind since } } pageInfo { hasNextPage } } } } } }`, &resp)
	if len(resp.Partners) != 72 {
		t.Fatalf("%d partners, want 72", len(resp.Partners))
	}
	for _, p := range resp.Partners {
		var got []partnershipRow
		for _, e := range p.Partner.Partnerships.Edges {
			got = append(got, e.Node)
		}
		want := p.Partner.Partners[:min(3, len(p.Partner.Partners))]
		if diff := cmp.Diff(rowsString(want), rowsString(got)); diff != "" {
			t.Errorf("%s: first page differs from the head of partners (-want +got):\n%s", p.Partner.ID, diff)
		}
		if more := len(p.Partner.Partners) > 3; p.Partner.Partnerships.PageInfo.HasNextPage != more {
			t.Errorf("%s: hasNextPage = %v with %d partners", p.Partner.ID, !more, len(p.Partner.Partners))
		}
	}
}

type visitRow struct {
	Event struct{ ID string }
}

func visitConn(raw json.RawMessage) ([]visitRow, pageInfo) {
	var resp struct {
		VisitsPage struct {
			Edges    []struct{ Node visitRow }
			PageInfo pageInfo
		}
	}
	if err := json.Unmarshal(raw, &resp); err != nil {
		panic(err)
	}
	var out []visitRow
	for _, e := range resp.VisitsPage.Edges {
		out = append(out, e.Node)
	}
	return out, resp.VisitsPage.PageInfo
}

func visitIDs(rows []visitRow) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r.Event.ID
	}
	return out
}

// Visits hosted in Paris, paged 37 at a time, are those of the unpaged field, newest first.
func TestIntegrationVisitsPage(t *testing.T) {
	c := newClient(t)
	var unpaged struct{ Visits []visitRow }
	c.MustPost(`{ visits(host: "city:fr:paris") { event { id } } }`, &unpaged)
	if n := len(unpaged.Visits); n < 40 || n >= 500 {
		t.Fatalf("%d visits to Paris; the test needs more than a page and less than the cut", n)
	}
	paged, _ := walkPages(t, c, `query($after: String) { visitsPage(host: "city:fr:paris", first: 37, after: $after) {
		edges { node { event { id } } } pageInfo { hasNextPage endCursor } } }`, visitConn)
	if diff := cmp.Diff(visitIDs(unpaged.Visits), visitIDs(paged)); diff != "" {
		t.Errorf("visitsPage differs from visits (-want +got):\n%s", diff)
	}
}

// The United States hosted more than 500 visits: visits says, beside its data and
// without an error, where it cut them, and visitsPage goes on past the cut.
func TestIntegrationVisitsCutIsVisible(t *testing.T) {
	h := newHandler(t, nil)
	body := postRaw(t, h, `{ visits(host: "country:us") { event { id } } }`)
	var resp struct {
		Data       struct{ Visits []visitRow }
		Errors     []any
		Extensions struct {
			Truncated []struct {
				Path    []any
				Limit   int
				Message string
			}
		}
	}
	if err := json.Unmarshal(body, &resp); err != nil {
		t.Fatal(err)
	}
	if len(resp.Data.Visits) != 500 || len(resp.Errors) != 0 {
		t.Errorf("visits of the US: %d and errors %v, want the 500 of the cut and no error", len(resp.Data.Visits), resp.Errors)
	}
	cuts := resp.Extensions.Truncated
	if len(cuts) != 1 || cuts[0].Limit != 500 || fmt.Sprint(cuts[0].Path) != "[visits]" || !strings.Contains(cuts[0].Message, "visitsPage") {
		t.Errorf("extensions.truncated = %+v, want visits cut at 500, pointing to visitsPage", cuts)
	}
	var paris struct{ Extensions map[string]any }
	if err := json.Unmarshal(postRaw(t, h, `{ visits(host: "city:fr:paris") { event { id } } }`), &paris); err != nil {
		t.Fatal(err)
	}
	if _, ok := paris.Extensions["truncated"]; ok {
		t.Errorf("the visits to Paris, fewer than 500, say they were cut")
	}
	c := client.New(h, client.Path("/query"))
	var page struct {
		VisitsPage struct {
			Edges    []struct{ Node visitRow }
			PageInfo pageInfo
		}
	}
	c.MustPost(`{ visitsPage(host: "country:us", first: 500) { edges { node { event { id } } } pageInfo { hasNextPage endCursor } } }`, &page)
	var got []visitRow
	for _, e := range page.VisitsPage.Edges {
		got = append(got, e.Node)
	}
	if diff := cmp.Diff(visitIDs(resp.Data.Visits), visitIDs(got)); diff != "" {
		t.Errorf("the first page of 500 differs from visits (-want +got):\n%s", diff)
	}
	if !page.VisitsPage.PageInfo.HasNextPage {
		t.Errorf("visitsPage of the US: hasNextPage false after 500")
	}
	var next struct {
		VisitsPage struct{ Edges []struct{ Node visitRow } }
	}
	c.MustPost(`query($a: String) { visitsPage(host: "country:us", first: 5, after: $a) { edges { node { event { id } } } } }`, &next,
		client.Var("a", *page.VisitsPage.PageInfo.EndCursor))
	if len(next.VisitsPage.Edges) == 0 {
		t.Fatalf("no visits after the first 500")
	}
	for _, e := range next.VisitsPage.Edges {
		for _, v := range got {
			if v.Event.ID == e.Node.Event.ID {
				t.Errorf("%s is on both pages", v.Event.ID)
			}
		}
	}
}

// A cap of 1,000 items refuses Bethlehem's partners' partners (72 + 511 partnerships,
// each with its sources) with one error that names the limit and no data, counts the
// refusal, and still answers the one-level question.
func TestIntegrationResponseItemsCap(t *testing.T) {
	h := newHandler(t, map[string]string{"AMITY_MAX_RESPONSE_ITEMS": "1000"})
	body := postRaw(t, h, `{ partners(city: "city:ps:bethlehem") { partner { id ... on City {
		partners { partner { id name aliases } sources { id } } } } } }`)
	var resp struct {
		Data   json.RawMessage
		Errors []struct {
			Message    string
			Path       []any
			Extensions struct{ Code string }
		}
	}
	if err := json.Unmarshal(body, &resp); err != nil {
		t.Fatal(err)
	}
	if string(resp.Data) != "null" {
		t.Errorf("data = %.200s, want null", resp.Data)
	}
	if len(resp.Errors) != 1 {
		t.Fatalf("%d errors, want 1: %.500s", len(resp.Errors), body)
	}
	e := resp.Errors[0]
	if e.Extensions.Code != "RESPONSE_TOO_LARGE" || !strings.Contains(e.Message, "more than 1000 objects in lists") || !strings.Contains(e.Message, "AMITY_MAX_RESPONSE_ITEMS") {
		t.Errorf("error = %+v, want RESPONSE_TOO_LARGE naming AMITY_MAX_RESPONSE_ITEMS and 1000", e)
	}
	c := client.New(h, client.Path("/query"))
	var one struct{ Partners []partnershipRow }
	c.MustPost(`{ partners(city: "city:ps:bethlehem") { partner { id } kind since } }`, &one)
	if len(one.Partners) != 72 {
		t.Errorf("one level under the cap: %d partners, want 72", len(one.Partners))
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if want := `amity_refusals_total{reason="response_items"} 1`; !strings.Contains(rec.Body.String(), want) {
		t.Errorf("metrics lack %s", want)
	}
}

// Paged fields cost by their page size: two levels of 500 are refused before they run,
// while the default page of 50 under a page of 50 runs.
func TestIntegrationPagedCost(t *testing.T) {
	c := newClient(t)
	q := `{ partnerships(city: "city:ps:bethlehem", first: %d) { edges { node { partner { ... on City {
		partnerships(first: %d) { edges { node { partner { id name } since } } } } } } } } }`
	if got := errCode(c, fmt.Sprintf(q, 500, 500)); got != "COMPLEXITY_LIMIT_EXCEEDED" {
		t.Errorf("two levels of 500: code %q, want COMPLEXITY_LIMIT_EXCEEDED", got)
	}
	if got := errCode(c, fmt.Sprintf(q, 50, 50)); got != "" {
		t.Errorf("two levels of 50: code %q, want an answer", got)
	}
	if got := errCode(c, `{ partnerships(city: "city:ps:bethlehem", first: 501) { edges { cursor } } }`); got != "BAD_USER_INPUT" {
		t.Errorf("first: 501: code %q, want BAD_USER_INPUT", got)
	}
}

// postRaw posts a query to h and returns the body as sent, whatever its errors.
func postRaw(t *testing.T, h http.Handler, query string) []byte {
	t.Helper()
	b, _ := json.Marshal(map[string]string{"query": query})
	req := httptest.NewRequest("POST", "/query", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("POST /query = %d: %.300s", rec.Code, rec.Body)
	}
	return rec.Body.Bytes()
}

// Participants, offices and officials read a few at a time are those of the unpaged
// fields, in the same order: the Tokyo promotion of 2023 had 33 participants, John
// Brinkerhoff Jackson held 13 offices (dated and undated); Rome hosts the most missions
// of any city, Shenyang's four curated consulates with a date-less basis count as of 2000
// only with includeUndated.
func TestIntegrationNeighborPagesLikeLists(t *testing.T) {
	c := newClient(t)
	for _, tc := range []struct {
		name, id, list, paged, sel string
		size, wantN                int
	}{
		{"participants", "event:2023-06-20-hello-shenyang-tokyo-promotion", "participants", "participantsPage", "role entity { id }", 4, 33},
		{"attendees", "event:2023-06-20-hello-shenyang-tokyo-promotion", `participants(role: "attendee")`, `participantsPage(role: "attendee"`, "role entity { id }", 4, -1},
		{"positions", "person:jackson-john-brinkerhoff", "positions", "positionsPage", "title since organization { id }", 3, 13},
		{"positions as of 1905", "person:jackson-john-brinkerhoff", `positions(asOf: "1905")`, `positionsPage(asOf: "1905"`, "title since organization { id }", 1, -1},
		{"officials", "consulate:japan-consulate-general-shenyang", "officials", "officialsPage", "title person { id }", 1, 1},
		{"consulates of a city", "city:it:rome", "consulates", "consulatesPage", "id represents { id }", 50, -1},
		{"consulates open in 1950", "city:it:rome", `consulates(asOf: "1950")`, `consulatesPage(asOf: "1950"`, "id", 4, -1},
		{"consulates, undated too", "city:cn:shenyang", `consulates(asOf: "2000", includeUndated: true)`, `consulatesPage(asOf: "2000", includeUndated: true`, "id", 3, 4},
		{"missions of a country", "country:jp", "consulates", "consulatesPage", "id basedIn { id }", 40, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var unpaged struct{ Entity map[string][]any }
			field, _, _ := strings.Cut(tc.list, "(")
			c.MustPost(fmt.Sprintf(`{ entity(id: %q) { ... on %s { %s { %s } } } }`, tc.id, typeOf(tc.id), tc.list, tc.sel), &unpaged)
			want := unpaged.Entity[field]
			if len(want) == 0 || tc.wantN >= 0 && len(want) != tc.wantN {
				t.Fatalf("%s has %d, want %d (and some)", tc.list, len(want), tc.wantN)
			}
			paged, args := tc.paged, ""
			if p, a, ok := strings.Cut(tc.paged, "("); ok {
				paged, args = p, ", "+a
			}
			q := fmt.Sprintf(`query($after: String) { entity(id: %q) { ... on %s { %s(first: %d, after: $after%s) {
				edges { node { %s } } pageInfo { hasNextPage endCursor } } } } }`, tc.id, typeOf(tc.id), paged, tc.size, args, tc.sel)
			got, pages := walkPages(t, c, q, func(raw json.RawMessage) ([]any, pageInfo) {
				var resp struct {
					Entity map[string]struct {
						Edges    []struct{ Node any }
						PageInfo pageInfo
					}
				}
				if err := json.Unmarshal(raw, &resp); err != nil {
					panic(err)
				}
				conn := resp.Entity[paged]
				var out []any
				for _, e := range conn.Edges {
					out = append(out, e.Node)
				}
				return out, conn.PageInfo
			})
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s pages differ from %s (-want +got):\n%s", paged, field, diff)
			}
			if wantPages := max((len(want)+tc.size-1)/tc.size, 1); pages != wantPages {
				t.Errorf("%d pages of %d for %d, want %d", pages, tc.size, len(want), wantPages)
			}
		})
	}
}

func typeOf(id string) string {
	kind, _, _ := strings.Cut(id, ":")
	return map[string]string{"event": "Event", "person": "Person", "consulate": "Consulate", "org": "Organization", "city": "City", "country": "Country"}[kind]
}
