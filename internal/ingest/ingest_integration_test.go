//go:build integration

package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/load"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/testdb"
	"github.com/amity-graph/amity/internal/write"
)

var db *store.Store

// TestMain loads every data set into the test Neo4j once: the linker is measured
// against the real graph's names, all of them.
func TestMain(m *testing.M) {
	testdb.Main(m.Run, func(ctx context.Context) (*store.Store, error) { return testdb.Loaded(ctx, false) },
		func(s *store.Store) { db = s })
}

var realGazetteer *Gazetteer

func graphGazetteer(t *testing.T) *Gazetteer {
	t.Helper()
	if realGazetteer == nil {
		g, err := LoadGazetteer(context.Background(), db)
		if err != nil {
			t.Fatal(err)
		}
		realGazetteer = g
	}
	return realGazetteer
}

// listedItem is one name of a list a plural designator governs.
var listedItem = regexp.MustCompile(listedName)

// TestIntegrationWriteFixture rewrites testdata/gazetteer.jsonl.gz from the loaded graph
// when AMITY_WRITE_INGEST_FIXTURE is set: the records bearing a name found in the test
// articles or cases.txt, every country, the missions based in the cities found, the
// missions of the countries found in the countries found (with their seats), and the
// holders of offices at what was found.
func TestIntegrationWriteFixture(t *testing.T) {
	if os.Getenv("AMITY_WRITE_INGEST_FIXTURE") == "" {
		t.Log("set AMITY_WRITE_INGEST_FIXTURE=1 to rewrite the fixture gazetteer")
		return
	}
	g := graphGazetteer(t)
	files, _ := filepath.Glob("testdata/articles/*.txt")
	files = append(files, "testdata/cases.txt")
	keep := map[int]bool{}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range g.find(string(text)) {
			for _, r := range g.patterns[h.pat].refs {
				keep[r.entry] = true
			}
		}
		// what the whole graph links in the text, so that rules reaching past the text's
		// own names (a near spelling) find there what they find here
		doc, err := g.Ingest(Article{Text: string(text)})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, m := range doc.Mentions {
			if m.Entity == nil {
				continue
			}
			if j, ok := g.byID[*m.Entity]; ok {
				keep[j] = true
			}
		}
		// the regions a list governed by a plural region head may mean (governedRegions,
		// designatedRegions): named as a member or as its city, or a letter away from it
		var listed []string
		for _, re := range []*regexp.Regexp{governedAfterOwner, governedAfterHead} {
			for _, m := range re.FindAllStringSubmatch(string(text), -1) {
				listed = append(listed, governedWord.FindAllString(m[1], -1)...)
			}
		}
		for _, s := range designatedLists(string(text)) {
			listed = append(listed, listedItem.FindAllString(string(text)[s[0]:s[1]], -1)...)
		}
		for _, w := range listed {
			for _, j := range g.regionsNamedAs(w) {
				keep[j] = true
			}
			for j, e := range g.entries {
				if e.Kind == kg.Region && oneEdit(FoldName(w), FoldName(e.Name)) {
					keep[j] = true
				}
			}
		}
	}
	found := map[string]bool{}
	for i := range keep {
		found[g.entries[i].ID] = true
	}
	// a mission of a country the texts name, in a country they name, with its seat: an
	// embassy named without its seat is found through them
	seat := map[string]int{}
	for i, e := range g.entries {
		if e.Kind == kg.City {
			seat[e.ID] = i
		}
	}
	inFound := func(ids []string) bool { return slices.ContainsFunc(ids, func(id string) bool { return found[id] }) }
	byID := map[string]int{}
	for i, e := range g.entries {
		byID[e.ID] = i
	}
	for i := range keep {
		for _, c := range g.entries[i].Countries {
			found[c] = true // the countries the places found lie in count as named
		}
		// a place's own regions: a city and the region of its name are weighed together
		for _, r := range g.entries[i].Regions {
			if j, ok := byID[r]; ok {
				keep[j] = true
			}
		}
	}
	for i, e := range g.entries {
		switch {
		case e.Kind == kg.Country:
			keep[i] = true
		case e.Kind == kg.Consulate && inFound(e.BasedIn):
			keep[i] = true
		case e.Kind == kg.Consulate && inFound(e.Represents) && slices.ContainsFunc(e.BasedIn, func(id string) bool {
			j, ok := seat[id]
			return ok && inFound(g.entries[j].Countries)
		}):
			keep[i] = true
			for _, id := range e.BasedIn {
				if j, ok := seat[id]; ok {
					keep[j] = true
				}
			}
		case slices.ContainsFunc(e.Positions, func(p store.Position) bool { return found[p.Body] }):
			keep[i] = true
		}
	}
	// the given-name lexicon's evidence: two bearers of every first name two people
	// bear, and whatever else bears that word, so the fixture's lexicon is the graph's
	for _, is := range firstNameBearers(g) {
		if len(is) < minGivenBearers {
			continue
		}
		keep[is[0]], keep[is[1]] = true, true
		for _, j := range g.entriesNamed(strings.Fields(g.entries[is[0]].Name)[0]) {
			keep[j] = true
		}
	}
	var recs []store.NameRecord
	for i := range keep {
		recs = append(recs, g.entries[i])
	}
	slices.SortFunc(recs, func(a, b store.NameRecord) int { return strings.Compare(a.ID, b.ID) })
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	enc := json.NewEncoder(zw)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("testdata/gazetteer.jsonl.gz", buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %d of %d records", len(recs), g.Len())
}

// firstNameBearers lists the graph's people by the first word of their names, each
// list in the order of their ids.
func firstNameBearers(g *Gazetteer) map[string][]int {
	out := map[string][]int{}
	for i, e := range g.entries {
		if ws := strings.Fields(e.Name); e.Kind == kg.Person && len(ws) >= 2 {
			out[FoldName(ws[0])] = append(out[FoldName(ws[0])], i)
		}
	}
	for _, is := range out {
		slices.SortFunc(is, func(a, b int) int { return strings.Compare(g.entries[a].ID, g.entries[b].ID) })
	}
	return out
}

// TestIntegrationGivenNames: the fixture's lexicon of given names is the whole graph's,
// so the unit tests' figures are the graph's.
func TestIntegrationGivenNames(t *testing.T) {
	g := graphGazetteer(t)
	want := g.givenNames()
	if !want["john"] || !want["jose"] || want["georgia"] {
		t.Errorf("the graph's lexicon lacks John or José, or holds Georgia (%d names)", len(want))
	}
	if diff := cmp.Diff(want, fixtureGazetteer(t).givenNames()); diff != "" {
		t.Errorf("fixture lexicon differs from the graph's (-want +got); rewrite it with AMITY_WRITE_INGEST_FIXTURE=1:\n%s", diff)
	}
}

// TestIntegrationArticles ingests every annotated article, held out or not, against
// every name of the graph and holds them to the figures measured (the same floors as
// the fixture's).
func TestIntegrationArticles(t *testing.T) {
	g := graphGazetteer(t)
	if g.Len() < 60000 {
		t.Fatalf("the gazetteer holds %d entities; the loaded graph has over 60,000", g.Len())
	}
	names := append(articles(t, false), articles(t, true)...)
	if len(names) < 7 {
		t.Fatalf("%d annotated articles, want the seven at least", len(names))
	}
	for _, name := range names {
		sc, doc := measure(t, g, name)
		t.Logf("%s against the graph: %s", name, sc)
		f := floors[name]
		if ratio(sc.knownFound, sc.known) < f.linkRecall || ratio(sc.linksRight, sc.links) < f.linkPrecision || ratio(sc.newFound, sc.newGold) < f.newRecall ||
			sc.dates-sc.datesRight > measuredWrongDates[name] || ratio(sc.relsOK, sc.relsGold) < f.relRecall {
			t.Errorf("%s: below the measured figures %+v; wrong: %v", name, f, sc.wrong)
		}
		if name == "hachigian-richmond-2022" {
			checkLinks(t, doc, richmondLinks)
			checkRelations(t, doc, richmondRelations)
			if len(doc.Dates) != 2 || doc.Dates[1].Value != "2022-10-26" || doc.Dates[1].How != Inferred {
				t.Errorf("dates = %+v, want October 26 inferred as 2022-10-26", doc.Dates)
			}
		}
	}
}

// TestIntegrationDraftLoads loads the draft of a held-out article into the graph, as
// amity-load does, then loads it again: the second load writes nothing. Ingesting
// itself writes nothing.
func TestIntegrationDraftLoads(t *testing.T) {
	ctx := context.Background()
	g := graphGazetteer(t)
	before, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	text, a := readAnnotation(t, "hachigian-richmond-2022")
	doc, err := g.Ingest(Article{Text: text, Meta: Meta{URL: a.URL}})
	if err != nil {
		t.Fatal(err)
	}
	after, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if before.Nodes != after.Nodes || before.Relationships != after.Relationships {
		t.Fatalf("ingesting changed the graph: %+v -> %+v", before, after)
	}
	path := filepath.Join(t.TempDir(), "richmond.yaml")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.WriteDraft(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	rec, err := load.ReadCuratedFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rec.Name = "curated/richmond-draft.yaml"
	for i, want := range []int{len(rec.Sources) + len(rec.Entities) + len(rec.Relations), 0} {
		sum, err := write.Load(ctx, db, []store.Records{rec}, write.Options{SkipUnchanged: true})
		if err != nil {
			t.Fatalf("load %d: %v", i+1, err)
		}
		if sum.Records != want {
			t.Errorf("load %d wrote %d records, want %d (skipped %v)", i+1, sum.Records, want, sum.Skipped)
		}
	}
	nodes, err := db.NodesByID(ctx, []string{"person:levar-stoney"})
	if err != nil {
		t.Fatal(err)
	}
	if n := nodes["person:levar-stoney"]; n == nil || n.Kind != kg.Person || n.Name != "Levar Stoney" {
		t.Errorf("after loading the draft, person:levar-stoney = %+v", n)
	}
	rels, err := db.Neighbors(ctx, []string{"person:levar-stoney"}, kg.HoldsPosition, kg.Out, nil)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range rels["person:levar-stoney"] {
		found = found || r.Other.ID == "city:us:virginia:richmond"
	}
	if !found {
		t.Errorf("Levar Stoney holds no position at Richmond after the load: %+v", rels)
	}
}

// BenchmarkGazetteer reads every name of the loaded graph and builds the automaton, as
// amity-ingest does once per run and the server once per ten minutes.
func BenchmarkGazetteer(b *testing.B) {
	for b.Loop() {
		if _, err := LoadGazetteer(context.Background(), db); err != nil {
			b.Fatal(err)
		}
	}
}
