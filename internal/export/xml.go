package export

import (
	"bufio"
	"encoding/xml"
	"errors"
	"io"

	"github.com/amity-graph/amity/internal/kg"
)

// dialect is what tells GraphML and GEXF apart; both are a header declaring the
// attributes, nodes, then edges.
type dialect struct {
	header func(w *bufio.Writer)
	// startNodes and endNodes wrap the node list (GEXF has a <nodes> element, GraphML none).
	startNodes, endNodes, startEdges, endEdges string
	node                                       func(w *bufio.Writer, n *kg.Node, vals []string)
	edge                                       func(w *bufio.Writer, e kg.Edge, vals []string)
	footer                                     string
}

// xmlWriter writes either dialect through a buffer; it remembers whether the node list
// is still open, so an edge (or Close) closes it once.
type xmlWriter struct {
	w       *bufio.Writer
	d       dialect
	inNodes bool
	inEdges bool
}

func newXML(w io.Writer, d dialect) (*xmlWriter, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString(xml.Header)
	d.header(bw)
	bw.WriteString(d.startNodes)
	return &xmlWriter{w: bw, d: d, inNodes: true}, nil
}

func (x *xmlWriter) Node(n *kg.Node) error {
	if !x.inNodes {
		return errors.New("export: a node after the first edge")
	}
	vals, err := nodeValues(n)
	if err != nil {
		return err
	}
	x.d.node(x.w, n, vals)
	return x.err()
}

func (x *xmlWriter) Edge(e kg.Edge) error {
	if x.inNodes {
		x.w.WriteString(x.d.endNodes)
		x.w.WriteString(x.d.startEdges)
		x.inNodes, x.inEdges = false, true
	}
	vals, err := edgeValues(e)
	if err != nil {
		return err
	}
	x.d.edge(x.w, e, vals)
	return x.err()
}

func (x *xmlWriter) Close() error {
	if x.inNodes {
		x.w.WriteString(x.d.endNodes)
		x.w.WriteString(x.d.startEdges)
	}
	x.w.WriteString(x.d.endEdges)
	x.w.WriteString(x.d.footer)
	return x.w.Flush()
}

// err is the buffer's first write error (bufio keeps it; an empty write returns it), so
// a reader who went away stops the export at the next element.
func (x *xmlWriter) err() error {
	_, err := x.w.Write(nil)
	return err
}

// attr writes ` name="value"` with value escaped for XML (characters XML cannot hold
// become U+FFFD).
func attr(w *bufio.Writer, name, value string) {
	w.WriteString(" ")
	w.WriteString(name)
	w.WriteString(`="`)
	xml.EscapeText(w, []byte(value))
	w.WriteString(`"`)
}

// GraphML: keys named after the attributes, with "label" for Gephi and yEd. Node and
// edge keys get distinct ids, as the format asks.
var graphmlDialect = dialect{
	header: func(w *bufio.Writer) {
		w.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
		graphmlKeys(w, "node", "label", "n_", nodeAttrs)
		graphmlKeys(w, "edge", "e_label", "e_", edgeAttrs)
		w.WriteString(`<graph id="amity" edgedefault="directed">` + "\n")
	},
	node: func(w *bufio.Writer, n *kg.Node, vals []string) {
		w.WriteString("<node")
		attr(w, "id", n.ID)
		w.WriteString(">")
		graphmlData(w, "label", n.Name)
		for i, a := range nodeAttrs {
			graphmlData(w, "n_"+a, vals[i])
		}
		w.WriteString("</node>\n")
	},
	edge: func(w *bufio.Writer, e kg.Edge, vals []string) {
		w.WriteString("<edge")
		attr(w, "id", e.ElementID)
		attr(w, "source", e.From)
		attr(w, "target", e.To)
		w.WriteString(">")
		graphmlData(w, "e_label", e.Type)
		for i, a := range edgeAttrs {
			graphmlData(w, "e_"+a, vals[i])
		}
		w.WriteString("</edge>\n")
	},
	footer: "</graph>\n</graphml>\n",
}

// graphmlKeys declares the label key (id labelID) and one key per attribute (id
// prefix+name) of a class of elements.
func graphmlKeys(w *bufio.Writer, class, labelID, prefix string, names []string) {
	for i, a := range append([]string{"label"}, names...) {
		id := prefix + a
		if i == 0 {
			id = labelID
		}
		w.WriteString("<key")
		attr(w, "id", id)
		attr(w, "for", class)
		attr(w, "attr.name", a)
		w.WriteString(` attr.type="string"/>` + "\n")
	}
}

// graphmlData writes one <data> element; empty values are left out, which GraphML
// readers take as "not set".
func graphmlData(w *bufio.Writer, key, value string) {
	if value == "" {
		return
	}
	w.WriteString("<data")
	attr(w, "key", key)
	w.WriteString(">")
	xml.EscapeText(w, []byte(value))
	w.WriteString("</data>")
}

// GEXF 1.2, the version Gephi writes and networkx reads by default.
var gexfDialect = dialect{
	header: func(w *bufio.Writer) {
		w.WriteString(`<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">` + "\n")
		w.WriteString("<meta><creator>Amity</creator><description>Amity knowledge graph export</description></meta>\n")
		w.WriteString(`<graph mode="static" defaultedgetype="directed">` + "\n")
		gexfAttrs(w, "node", nodeAttrs)
		gexfAttrs(w, "edge", edgeAttrs)
	},
	startNodes: "<nodes>\n",
	endNodes:   "</nodes>\n",
	startEdges: "<edges>\n",
	endEdges:   "</edges>\n",
	node: func(w *bufio.Writer, n *kg.Node, vals []string) {
		w.WriteString("<node")
		attr(w, "id", n.ID)
		attr(w, "label", n.Name)
		w.WriteString(">")
		gexfValues(w, nodeAttrs, vals)
		w.WriteString("</node>\n")
	},
	edge: func(w *bufio.Writer, e kg.Edge, vals []string) {
		w.WriteString("<edge")
		attr(w, "id", e.ElementID)
		attr(w, "source", e.From)
		attr(w, "target", e.To)
		attr(w, "label", e.Type)
		w.WriteString(">")
		gexfValues(w, edgeAttrs, vals)
		w.WriteString("</edge>\n")
	},
	footer: "</graph>\n</gexf>\n",
}

func gexfAttrs(w *bufio.Writer, class string, names []string) {
	w.WriteString(`<attributes class="` + class + `">` + "\n")
	for _, a := range names {
		w.WriteString("<attribute")
		attr(w, "id", a)
		attr(w, "title", a)
		w.WriteString(` type="string"/>` + "\n")
	}
	w.WriteString("</attributes>\n")
}

func gexfValues(w *bufio.Writer, names, vals []string) {
	w.WriteString("<attvalues>")
	for i, a := range names {
		if vals[i] == "" {
			continue
		}
		w.WriteString("<attvalue")
		attr(w, "for", a)
		attr(w, "value", vals[i])
		w.WriteString("/>")
	}
	w.WriteString("</attvalues>")
}
