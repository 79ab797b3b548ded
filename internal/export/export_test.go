package export

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/derrors"
	"github.com/amity-graph/amity/internal/kg"
)

// A small graph whose names need escaping in every format: XML's special characters, a
// comma and a quote for CSV, another script, and a partnership dated by since.
var (
	shenyang = &kg.Node{ID: "city:cn:shenyang", Kind: kg.City, Name: "Shenyang", Aliases: []string{"沈阳", "Mukden"},
		Sources: []string{"source:a"}, Props: map[string]any{"population": 9.1e6}}
	sasebo = &kg.Node{ID: "city:jp:sasebo", Kind: kg.City, Name: `Sasebo & "Co", <Nagasaki>`, Sources: []string{"source:b"}}
	twins  = kg.Edge{ElementID: "5:x:1", Type: "PARTNER_OF", From: "city:cn:shenyang", To: "city:jp:sasebo",
		Props: map[string]any{"partnership": "sister", "since": "1980-10-20"}, Sources: []string{"source:a", "source:b"}}
	based = kg.Edge{ElementID: "5:x:2", Type: "BASED_IN", From: "city:jp:sasebo", To: "city:cn:shenyang",
		Props: map[string]any{"startDate": "2019", "endDate": "2020-03"}, Sources: []string{"source:a"}}
)

// row is what each reader below gets back: the attributes by name.
type row map[string]string

var (
	wantNodes = []row{
		{"id": "city:cn:shenyang", "label": "Shenyang", "kind": "City", "name": "Shenyang", "aliases": "沈阳|Mukden", "sources": "source:a", "properties": `{"population":9100000}`},
		{"id": "city:jp:sasebo", "label": `Sasebo & "Co", <Nagasaki>`, "kind": "City", "name": `Sasebo & "Co", <Nagasaki>`, "sources": "source:b"},
	}
	wantEdges = []row{
		{"id": "5:x:1", "source": "city:cn:shenyang", "target": "city:jp:sasebo", "label": "PARTNER_OF", "type": "PARTNER_OF",
			"startDate": "1980-10-20", "sources": "source:a|source:b", "properties": `{"partnership":"sister"}`},
		{"id": "5:x:2", "source": "city:jp:sasebo", "target": "city:cn:shenyang", "label": "BASED_IN", "type": "BASED_IN",
			"startDate": "2019", "endDate": "2020-03", "sources": "source:a"},
	}
)

func write(t *testing.T, f Format) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := New(f, &buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []*kg.Node{shenyang, sasebo} {
		if err := w.Node(n); err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range []kg.Edge{twins, based} {
		if err := w.Edge(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGraphMLReadsBack(t *testing.T) {
	var doc struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			Name string `xml:"attr.name,attr"`
		} `xml:"key"`
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				ID     string `xml:"id,attr"`
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Data   []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(write(t, GraphML), &doc); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	names := map[string]string{}
	for _, k := range doc.Keys {
		names[k.ID] = k.Name
	}
	var nodes, edges []row
	for _, n := range doc.Graph.Nodes {
		r := row{"id": n.ID}
		for _, d := range n.Data {
			r[names[d.Key]] = d.Value
		}
		nodes = append(nodes, r)
	}
	for _, e := range doc.Graph.Edges {
		r := row{"id": e.ID, "source": e.Source, "target": e.Target}
		for _, d := range e.Data {
			r[names[d.Key]] = d.Value
		}
		edges = append(edges, r)
	}
	if d := cmp.Diff(wantNodes, nodes); d != "" {
		t.Errorf("nodes (-want +got):\n%s", d)
	}
	if d := cmp.Diff(wantEdges, edges); d != "" {
		t.Errorf("edges (-want +got):\n%s", d)
	}
}

func TestGEXFReadsBack(t *testing.T) {
	type attvalue struct {
		For   string `xml:"for,attr"`
		Value string `xml:"value,attr"`
	}
	var doc struct {
		Graph struct {
			Nodes []struct {
				ID     string     `xml:"id,attr"`
				Label  string     `xml:"label,attr"`
				Values []attvalue `xml:"attvalues>attvalue"`
			} `xml:"nodes>node"`
			Edges []struct {
				ID     string     `xml:"id,attr"`
				Source string     `xml:"source,attr"`
				Target string     `xml:"target,attr"`
				Label  string     `xml:"label,attr"`
				Values []attvalue `xml:"attvalues>attvalue"`
			} `xml:"edges>edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(write(t, GEXF), &doc); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	var nodes, edges []row
	for _, n := range doc.Graph.Nodes {
		r := row{"id": n.ID, "label": n.Label}
		for _, v := range n.Values {
			r[v.For] = v.Value
		}
		nodes = append(nodes, r)
	}
	for _, e := range doc.Graph.Edges {
		r := row{"id": e.ID, "source": e.Source, "target": e.Target, "label": e.Label}
		for _, v := range e.Values {
			r[v.For] = v.Value
		}
		edges = append(edges, r)
	}
	if d := cmp.Diff(wantNodes, nodes); d != "" {
		t.Errorf("nodes (-want +got):\n%s", d)
	}
	if d := cmp.Diff(wantEdges, edges); d != "" {
		t.Errorf("edges (-want +got):\n%s", d)
	}
}

func TestCSVZipReadsBack(t *testing.T) {
	b := write(t, CSV)
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	var files []string
	tables := map[string][]row{}
	for _, f := range zr.File {
		files = append(files, f.Name)
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(rc).ReadAll()
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		// Gephi's headers (Id, Label, Source, Target) name what the other formats call id, ...
		gephi := map[string]string{"Id": "id", "Label": "label", "Source": "source", "Target": "target"}
		for _, rec := range recs[1:] {
			r := row{}
			for i, h := range recs[0] {
				if name, ok := gephi[h]; ok {
					h = name
				}
				if rec[i] != "" {
					r[h] = rec[i]
				}
			}
			tables[f.Name] = append(tables[f.Name], r)
		}
	}
	if d := cmp.Diff([]string{"nodes.csv", "edges.csv"}, files); d != "" {
		t.Fatalf("files (-want +got):\n%s", d)
	}
	if d := cmp.Diff(wantNodes, tables["nodes.csv"]); d != "" {
		t.Errorf("nodes.csv (-want +got):\n%s", d)
	}
	if d := cmp.Diff(wantEdges, tables["edges.csv"]); d != "" {
		t.Errorf("edges.csv (-want +got):\n%s", d)
	}
}

func TestJSONLReadsBack(t *testing.T) {
	sc := bufio.NewScanner(bytes.NewReader(write(t, JSONL)))
	var got []map[string]map[string]any
	for sc.Scan() {
		var line map[string]map[string]any
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("line %d: %v", len(got)+1, err)
		}
		got = append(got, line)
	}
	want := []map[string]map[string]any{
		{"node": {"id": "city:cn:shenyang", "kind": "City", "name": "Shenyang", "aliases": []any{"沈阳", "Mukden"}, "sources": []any{"source:a"}, "properties": map[string]any{"population": 9.1e6}}},
		{"node": {"id": "city:jp:sasebo", "kind": "City", "name": `Sasebo & "Co", <Nagasaki>`, "aliases": []any{}, "sources": []any{"source:b"}}},
		{"edge": {"id": "5:x:1", "type": "PARTNER_OF", "from": "city:cn:shenyang", "to": "city:jp:sasebo", "startDate": "1980-10-20",
			"sources": []any{"source:a", "source:b"}, "properties": map[string]any{"partnership": "sister"}}},
		{"edge": {"id": "5:x:2", "type": "BASED_IN", "from": "city:jp:sasebo", "to": "city:cn:shenyang", "startDate": "2019", "endDate": "2020-03",
			"sources": []any{"source:a"}}},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("lines (-want +got):\n%s", d)
	}
}

// An empty graph is still a well-formed document in every format.
func TestEmptyGraphIsWellFormed(t *testing.T) {
	for _, f := range []Format{GraphML, GEXF} {
		var buf bytes.Buffer
		w, _ := New(f, &buf)
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		d := xml.NewDecoder(&buf)
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: empty graph is not XML: %v\n%s", f, err, buf.String())
			}
		}
	}
}

func TestNodeAfterEdgeIsRefused(t *testing.T) {
	for _, f := range []Format{GraphML, GEXF, CSV} {
		w, _ := New(f, io.Discard)
		w.Edge(twins)
		if err := w.Node(shenyang); err == nil {
			t.Errorf("%s: a node after an edge was accepted; the document would be invalid", f)
		}
	}
}

// A reader who went away stops the export at the next element, not at the end.
func TestWriteErrorStopsTheExport(t *testing.T) {
	for _, f := range []Format{GraphML, GEXF, JSONL} {
		w, _ := New(f, failingWriter{})
		var err error
		for i := 0; i < 2000 && err == nil; i++ {
			err = w.Node(shenyang)
		}
		if err == nil {
			t.Errorf("%s: 2000 nodes written to a closed connection without an error", f)
		}
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("connection closed") }

func TestParseFormat(t *testing.T) {
	for _, s := range []string{"graphml", "GEXF", "csv", "jsonl"} {
		if _, err := ParseFormat(s); err != nil {
			t.Errorf("ParseFormat(%q): %v", s, err)
		}
	}
	_, err := ParseFormat("xlsx")
	if derrors.Code(err) != derrors.CodeBadInput {
		t.Errorf("ParseFormat(xlsx) = %v, want a BAD_USER_INPUT error", err)
	}
}
