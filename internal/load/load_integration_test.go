//go:build integration

package load_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/load"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/testdb"
	"github.com/amity-graph/amity/internal/write"
	"github.com/google/go-cmp/cmp"
)

var db *store.Store

func TestMain(m *testing.M) {
	testdb.Main(m.Run, testdb.Open, func(s *store.Store) { db = s })
}

func dataDir() string { return filepath.Join(testdb.RepoRoot(), "data") }

func fingerprint(t *testing.T) kg.Stats {
	t.Helper()
	st, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	st.Neo4jVersion, st.Neo4jEdition = "", ""
	return st
}

func loadAll(t *testing.T) time.Duration {
	t.Helper()
	units, _, err := load.Units(dataDir(), false)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := write.Load(context.Background(), db, units, write.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return sum.Duration
}

// TestIntegrationFullLoad loads everything twice (the second run must change nothing),
// then checks facts from every article and from the reference data.
func TestIntegrationFullLoad(t *testing.T) {
	ctx := context.Background()
	first := loadAll(t)
	before := fingerprint(t)
	second := loadAll(t)
	if diff := cmp.Diff(before, fingerprint(t)); diff != "" {
		t.Errorf("a rerun changed the graph (-first +second):\n%s", diff)
	}
	t.Logf("load from empty %s, rerun %s; %d nodes, %d relationships", first.Round(time.Millisecond), second.Round(time.Millisecond), before.Nodes, before.Relationships)

	if n, r, err := db.Unsourced(ctx); err != nil || n != 0 || r != 0 {
		t.Errorf("entities without a source %d, relationships without a source %d (%v), want 0 and 0", n, r, err)
	}

	partners, err := db.Neighbors(ctx, []string{"city:cn:shenyang"}, kg.PartnerOf, "BOTH", nil)
	if err != nil {
		t.Fatal(err)
	}
	var sapporo []kg.Rel
	for _, r := range partners["city:cn:shenyang"] {
		if r.Other.ID == "city:jp:sapporo" {
			sapporo = append(sapporo, r)
		}
	}
	if len(sapporo) != 1 {
		t.Fatalf("Shenyang-Sapporo relationships = %d, want exactly one", len(sapporo))
	}
	s := sapporo[0]
	if s.Props["partnership"] != "sister" || s.Props["since"] != "1980" {
		t.Errorf("Shenyang-Sapporo props = %v, want sister since 1980 (the data set's 'unspecified' must not overwrite it)", s.Props)
	}
	for _, want := range []string{"source:dataset-twin-cities", "source:china-daily-2022-10-17-cooperative-ties", "source:shenyang-fao-2024-08-14-hamamatsu-delegation"} {
		if !slices.Contains(s.Sources, want) {
			t.Errorf("Shenyang-Sapporo sources %v lack %s", s.Sources, want)
		}
	}

	nodes, err := db.NodesByID(ctx, []string{"org:shenyang-foreign-affairs-office", "person:miyajima-daisuke", "person:duan-jiyang", "city:gb:belfast", "city:kr:daejeon"})
	if err != nil {
		t.Fatal(err)
	}
	fao := nodes["org:shenyang-foreign-affairs-office"]
	if fao == nil || len(fao.Sources) != 4 {
		t.Fatalf("the Foreign Affairs Office should be one node cited by the four articles that name it: %+v", fao)
	}
	for _, alias := range []string{"Shenyang FAO", "Foreign Affairs Office of Shenyang Municipal Government", "Shenyang People's Association for Friendship with Foreign Countries"} {
		if !slices.Contains(fao.Aliases, alias) {
			t.Errorf("FAO aliases %v lack %q", fao.Aliases, alias)
		}
	}
	if m := nodes["person:miyajima-daisuke"]; m == nil || !slices.Contains(m.Aliases, "Daisuke Miyajima") {
		t.Errorf("Miyajima Daisuke should carry both name orders: %+v", m)
	}
	if d := nodes["person:duan-jiyang"]; d == nil || len(d.Sources) != 2 {
		t.Errorf("Duan Jiyang, named by the Sasebo and undated articles, should be one node with two sources: %+v", d)
	}

	// "Northern Ireland, United Kingdom" in the data set resolves to the ISO country.
	in, err := db.Neighbors(ctx, []string{"city:gb:belfast", "city:kr:daejeon"}, kg.InCountry, "OUT", nil)
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"city:gb:belfast": "country:gb", "city:kr:daejeon": "country:kr"} {
		if rs := in[id]; len(rs) != 1 || rs[0].Other.ID != want {
			t.Errorf("%s IN_COUNTRY %v, want %s", id, rs, want)
		}
	}

	// Facts from each of the five articles.
	rels, err := db.Neighbors(ctx, []string{"event:2024-08-08-hamamatsu-delegation", "event:2024-03-25-sasebo-mayor-exchange-day",
		"event:2023-06-20-hello-shenyang-tokyo-promotion", "event:undated-03-20-foreign-affairs-plus-promotion"}, kg.ParticipatedIn, "IN", nil)
	if err != nil {
		t.Fatal(err)
	}
	has := func(event, who, role string) bool {
		return slices.ContainsFunc(rels[event], func(r kg.Rel) bool { return r.Other.ID == who && r.Props["role"] == role })
	}
	for _, f := range []struct{ event, who, role string }{
		{"event:2024-08-08-hamamatsu-delegation", "person:toshihide-sudo", "leader"},
		{"event:2024-03-25-sasebo-mayor-exchange-day", "person:takashi-hamada", "speaker"},
		{"event:2024-03-25-sasebo-mayor-exchange-day", "company:adora-cruises", "presenter"},
		{"event:2023-06-20-hello-shenyang-tokyo-promotion", "company:mitsubishi-corporation", "attendee"},
		{"event:undated-03-20-foreign-affairs-plus-promotion", "person:duan-jiyang", "speaker"},
	} {
		if !has(f.event, f.who, f.role) {
			t.Errorf("%s should take part in %s as %s", f.who, f.event, f.role)
		}
	}
	rep, err := db.Neighbors(ctx, []string{"consulate:australia-consulate-general-shenyang"}, kg.Represents, "OUT", nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := rep["consulate:australia-consulate-general-shenyang"]; len(r) != 1 || r[0].Other.ID != "country:au" || r[0].Props["since"] != "2019" {
		t.Errorf("Australia's consulate general (China Daily) = %+v, want REPRESENTS country:au since 2019", r)
	}
}

// TestIntegrationSearchByAlias finds cities under the names GeoNames gives them, after a
// full load: native scripts and historic names, through the store's full-text Search.
func TestIntegrationSearchByAlias(t *testing.T) {
	ctx := context.Background()
	loadAll(t)
	for _, tc := range []struct {
		query, want string
		within      int // the hits it must be among; the API's search returns 10 by default
	}{
		{"Mukden", "city:cn:shenyang", 1}, {"Peking", "city:cn:beijing", 1}, {"Hangchow", "city:cn:hangzhou", 1},
		{"Soochow", "city:cn:jiangsu:suzhou", 1}, {"Moukden", "city:cn:shenyang", 1},
		// Han text is searched as a phrase (the index splits it into characters), so a
		// city with only 阳 in its name does not outrank Shenyang.
		{"沈阳", "city:cn:shenyang", 1}, {"瀋陽", "city:cn:shenyang", 1},
	} {
		hits, err := db.Search(ctx, tc.query, []kg.Kind{kg.City}, tc.within)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, h := range hits {
			ids = append(ids, h.Node.ID)
		}
		if !slices.Contains(ids, tc.want) {
			t.Errorf("Search(%q) = %v, want %s among the first %d", tc.query, ids, tc.want, tc.within)
		}
	}
	// The town the twin list's Fier row needs is Cleveland, Ohio, with its coordinates.
	nodes, err := db.NodesByID(ctx, []string{"city:us:ohio:cleveland"})
	if err != nil {
		t.Fatal(err)
	}
	if c := nodes["city:us:ohio:cleveland"]; c == nil || c.Props["geonameId"] != int64(5150529) || c.Props["lat"] != 41.4995 {
		t.Errorf("Cleveland, Ohio = %+v, want GeoNames 5150529 at 41.4995", c)
	}
	partners, err := db.Neighbors(ctx, []string{"city:al:fier"}, kg.PartnerOf, "BOTH", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(partners["city:al:fier"], func(r kg.Rel) bool { return r.Other.ID == "city:us:ohio:cleveland" }) {
		t.Errorf("Fier's partners %v lack Cleveland, Ohio", partners["city:al:fier"])
	}
}

// TestIntegrationBadFileWritesNothing loads a set in which one file is bad: the load is
// refused with the file, line and field, and the graph is exactly as it was.
func TestIntegrationBadFileWritesNothing(t *testing.T) {
	ctx := context.Background()
	before := fingerprint(t)
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join("testdata", "good.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	bad := []byte("sources:\n  - id: source:bad\n    title: Bad\nentities:\n  - id: city:xx:atlantis\n    kind: City\n    name: Atlantis\n    sources: [source:bad]\n    props: {population: lots}\n")
	for name, data := range map[string][]byte{"a-good.yaml": good, "b-bad.yaml": bad} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	units, err := load.ReadCuratedDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = write.Load(ctx, db, units, write.Options{})
	if err == nil || !write.IsValidation(err) {
		t.Fatalf("load of a bad file = %v, want a validation error", err)
	}
	for _, want := range []string{"b-bad.yaml:5", "props.population", "want a number"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if diff := cmp.Diff(before, fingerprint(t)); diff != "" {
		t.Errorf("a refused load changed the graph (-before +after):\n%s", diff)
	}
}

// BenchmarkLoadFromEmpty loads the whole data set into an empty database:
// go test -tags integration -run '^$' -bench Load -benchtime 3x ./internal/load/
func BenchmarkLoadFromEmpty(b *testing.B) {
	ctx := context.Background()
	units, _, err := load.Units(dataDir(), false)
	if err != nil {
		b.Fatal(err)
	}
	rels := 0
	for _, u := range units {
		rels += len(u.Relations)
	}
	for b.Loop() {
		b.StopTimer()
		if err := db.DeleteEverything(ctx); err != nil {
			b.Fatal(err)
		}
		if err := db.Migrate(ctx); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := write.Load(ctx, db, units, write.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(rels*b.N)/b.Elapsed().Seconds(), "rels/s")
}

// BenchmarkLoadRerun loads the whole data set over itself: every MERGE matches.
func BenchmarkLoadRerun(b *testing.B) {
	ctx := context.Background()
	units, _, err := load.Units(dataDir(), false)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := write.Load(ctx, db, units, write.Options{}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := write.Load(ctx, db, units, write.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
