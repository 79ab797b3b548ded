// Package export owns the file formats Amity's graph is exported in: GraphML and GEXF
// (Gephi, networkx, yEd), a zip of nodes.csv and edges.csv (spreadsheets, Gephi's
// import), and JSON lines. Each writer streams: nodes then edges are written as they
// come and nothing is kept but the encoder's buffer. It reads no database and knows
// no HTTP; callers feed it kg nodes and edges.
package export

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/amity-graph/amity/internal/derrors"
	"github.com/amity-graph/amity/internal/kg"
)

// Format names a file format.
type Format string

// The formats.
const (
	GraphML Format = "graphml"
	GEXF    Format = "gexf"
	CSV     Format = "csv"
	JSONL   Format = "jsonl"
)

// Formats lists every format, in the order the documentation gives them.
var Formats = []Format{GraphML, GEXF, CSV, JSONL}

// ParseFormat checks a format name.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(s))
	if !slices.Contains(Formats, f) {
		return "", derrors.New(derrors.InvalidArgument, "format %q is not one of graphml, gexf, csv, jsonl", s)
	}
	return f, nil
}

// ContentType is the media type of a format.
func (f Format) ContentType() string {
	switch f {
	case GraphML:
		return "application/graphml+xml"
	case GEXF:
		return "application/gexf+xml"
	case CSV:
		return "application/zip"
	default:
		return "application/x-ndjson"
	}
}

// Ext is the file name extension of a format.
func (f Format) Ext() string {
	if f == CSV {
		return "zip"
	}
	return string(f)
}

// Writer writes one graph: every node before the first edge, then Close.
type Writer interface {
	Node(*kg.Node) error
	Edge(kg.Edge) error
	// Close ends the document; the graph is incomplete without it. It does not close
	// the underlying writer.
	Close() error
}

// New starts a graph in format f on w.
func New(f Format, w io.Writer) (Writer, error) {
	switch f {
	case GraphML:
		return newXML(w, graphmlDialect)
	case GEXF:
		return newXML(w, gexfDialect)
	case CSV:
		return newCSV(w)
	case JSONL:
		return &jsonlWriter{enc: json.NewEncoder(w)}, nil
	}
	return nil, fmt.Errorf("export: unknown format %q", f)
}

// The attributes every format carries. Dates and the remaining properties are read the
// way the API reads them: a relation's start is startDate or since, its end endDate or
// until; other properties travel as one JSON object, so nothing is lost to a fixed
// column list.
var (
	nodeAttrs = []string{"kind", "name", "aliases", "sources", "properties"}
	edgeAttrs = []string{"type", "startDate", "endDate", "sources", "properties"}
)

// nodeValues returns a node's attributes in nodeAttrs' order.
func nodeValues(n *kg.Node) ([]string, error) {
	props, err := propsJSON(n.Props)
	if err != nil {
		return nil, fmt.Errorf("node %s: %w", n.ID, err)
	}
	return []string{string(n.Kind), n.Name, strings.Join(n.Aliases, "|"), strings.Join(n.Sources, "|"), props}, nil
}

// edgeValues returns an edge's attributes in edgeAttrs' order.
func edgeValues(e kg.Edge) ([]string, error) {
	rest := maps.Clone(e.Props)
	start := takeStr(rest, "startDate", "since")
	end := takeStr(rest, "endDate", "until")
	props, err := propsJSON(rest)
	if err != nil {
		return nil, fmt.Errorf("edge %s: %w", e.ElementID, err)
	}
	return []string{e.Type, start, end, strings.Join(e.Sources, "|"), props}, nil
}

// takeStr removes the first of keys set in m and returns its value.
func takeStr(m map[string]any, keys ...string) string {
	for _, k := range keys {
		if s, ok := m[k].(string); ok && s != "" {
			delete(m, k)
			return s
		}
	}
	return ""
}

// propsJSON is a property map as a JSON object, or "" when empty.
func propsJSON(m map[string]any) (string, error) {
	if len(m) == 0 {
		return "", nil
	}
	b, err := json.Marshal(m) // json sorts the keys, so output is stable
	return string(b), err
}

// jsonlWriter writes one JSON object a line: {"node": ...} or {"edge": ...}.
type jsonlWriter struct{ enc *json.Encoder }

type jsonNode struct {
	ID         string         `json:"id"`
	Kind       kg.Kind        `json:"kind"`
	Name       string         `json:"name"`
	Aliases    []string       `json:"aliases"`
	Sources    []string       `json:"sources"`
	Properties map[string]any `json:"properties,omitempty"`
}

type jsonEdge struct {
	ID         string         `json:"id"`
	Type       string         `json:"type"`
	From       string         `json:"from"`
	To         string         `json:"to"`
	StartDate  string         `json:"startDate,omitempty"`
	EndDate    string         `json:"endDate,omitempty"`
	Sources    []string       `json:"sources"`
	Properties map[string]any `json:"properties,omitempty"`
}

func (j *jsonlWriter) Node(n *kg.Node) error {
	return j.enc.Encode(map[string]jsonNode{"node": {n.ID, n.Kind, n.Name, nonNil(n.Aliases), nonNil(n.Sources), n.Props}})
}

func (j *jsonlWriter) Edge(e kg.Edge) error {
	rest := maps.Clone(e.Props)
	start := takeStr(rest, "startDate", "since")
	end := takeStr(rest, "endDate", "until")
	return j.enc.Encode(map[string]jsonEdge{"edge": {e.ElementID, e.Type, e.From, e.To, start, end, nonNil(e.Sources), rest}})
}

func (j *jsonlWriter) Close() error { return nil }

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
