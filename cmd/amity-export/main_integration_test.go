//go:build integration

package main

import (
	"context"
	"encoding/xml"
	"os"
	"path/filepath"
	"testing"

	"github.com/amity-graph/amity/internal/derrors"
	"github.com/amity-graph/amity/internal/export"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/testdb"
)

var db *store.Store

func TestMain(m *testing.M) {
	testdb.Main(m.Run, func(ctx context.Context) (*store.Store, error) { return testdb.Loaded(ctx, true) },
		func(s *store.Store) { db = s })
}

// TestIntegrationExportToFile writes Sasebo's neighbourhood as GEXF: the file holds the
// nodes and edges the API's neighbourhood read has; a failed export leaves no file.
func TestIntegrationExportToFile(t *testing.T) {
	ctx := context.Background()
	cfg, err := testdb.Config(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "sasebo.gexf")
	if err := run(ctx, cfg, options{format: export.GEXF, scope: store.ExportScope{ID: "city:jp:sasebo", Depth: 2}, out: out}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Nodes []struct {
			ID    string `xml:"id,attr"`
			Label string `xml:"label,attr"`
		} `xml:"graph>nodes>node"`
		Edges []struct{} `xml:"graph>edges>edge"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	g, found, err := db.Neighborhood(ctx, "city:jp:sasebo", 2, 2000, nil)
	if err != nil || !found || g.Truncated {
		t.Fatalf("neighborhood: found %v, truncated %v, %v", found, g.Truncated, err)
	}
	if len(doc.Nodes) != len(g.Nodes) || len(doc.Edges) != len(g.Edges) {
		t.Errorf("file has %d nodes and %d edges; the neighbourhood has %d and %d", len(doc.Nodes), len(doc.Edges), len(g.Nodes), len(g.Edges))
	}
	labels := map[string]string{}
	for _, n := range doc.Nodes {
		labels[n.ID] = n.Label
	}
	if labels["city:cn:shenyang"] != "Shenyang" || labels["person:miyajima-daisuke"] != "Miyajima Daisuke" {
		t.Errorf("Sasebo's sister city and mayor read back as %q and %q", labels["city:cn:shenyang"], labels["person:miyajima-daisuke"])
	}

	bad := filepath.Join(dir, "nowhere.gexf")
	err = run(ctx, cfg, options{format: export.GEXF, scope: store.ExportScope{ID: "city:xx:nowhere", Depth: 1}, out: bad})
	if derrors.Code(err) != derrors.CodeNotFound {
		t.Errorf("export of an unknown id: %v, want NOT_FOUND", err)
	}
	left, _ := os.ReadDir(dir)
	if len(left) != 1 {
		var names []string
		for _, e := range left {
			names = append(names, e.Name())
		}
		t.Errorf("after a failed export the folder holds %v, want only sasebo.gexf", names)
	}
}
