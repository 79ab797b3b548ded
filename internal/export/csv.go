package export

import (
	"archive/zip"
	"encoding/csv"
	"errors"
	"io"
	"time"

	"github.com/amity-graph/amity/internal/kg"
)

// csvWriter writes a zip of nodes.csv and edges.csv. Zip entries are written one after
// the other, so nodes.csv is complete when the first edge arrives. The headers follow
// Gephi's spreadsheet import (Id and Label for nodes; Id, Source, Target and Label for
// edges), with the relation type as the edge's Label and again as its own column.
type csvWriter struct {
	zw    *zip.Writer
	c     *csv.Writer
	edges bool
}

var (
	nodeHeader = append([]string{"Id", "Label"}, nodeAttrs...)
	edgeHeader = append([]string{"Id", "Source", "Target", "Label"}, edgeAttrs...)
)

func newCSV(w io.Writer) (*csvWriter, error) {
	x := &csvWriter{zw: zip.NewWriter(w)}
	if err := x.entry("nodes.csv", nodeHeader); err != nil {
		return nil, err
	}
	return x, nil
}

func (x *csvWriter) entry(name string, header []string) error {
	if x.c != nil {
		if err := x.flush(); err != nil {
			return err
		}
	}
	f, err := x.zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Now().UTC()})
	if err != nil {
		return err
	}
	x.c = csv.NewWriter(f)
	return x.c.Write(header)
}

func (x *csvWriter) flush() error {
	x.c.Flush()
	return x.c.Error()
}

func (x *csvWriter) Node(n *kg.Node) error {
	if x.edges {
		return errors.New("export: a node after the first edge")
	}
	vals, err := nodeValues(n)
	if err != nil {
		return err
	}
	return x.c.Write(append([]string{n.ID, n.Name}, vals...))
}

func (x *csvWriter) Edge(e kg.Edge) error {
	if !x.edges {
		if err := x.entry("edges.csv", edgeHeader); err != nil {
			return err
		}
		x.edges = true
	}
	vals, err := edgeValues(e)
	if err != nil {
		return err
	}
	return x.c.Write(append([]string{e.ElementID, e.From, e.To, e.Type}, vals...))
}

func (x *csvWriter) Close() error {
	if !x.edges {
		if err := x.entry("edges.csv", edgeHeader); err != nil {
			return err
		}
		x.edges = true
	}
	if err := x.flush(); err != nil {
		return err
	}
	return x.zw.Close()
}
