// The drawn network: a graphology graph shown by sigma (WebGL), laid out by
// ForceAtlas2 a few iterations per frame so the page stays responsive while it settles.

import Graph from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram, NodePointProgram } from "sigma/rendering";
import forceAtlas2 from "graphology-layout-forceatlas2";
import * as timeline from "./timeline.js";

// Kinds: a colour (Okabe-Ito, told apart by most colour-blind readers) and a word in
// every label, so the graph reads without colour too.
export const KINDS = {
  COUNTRY: { color: "#000000", word: "country", size: 10 },
  REGION: { color: "#56B4E9", word: "region", size: 8 },
  CITY: { color: "#0072B2", word: "city", size: 7 },
  PERSON: { color: "#D55E00", word: "person", size: 6 },
  ORGANIZATION: { color: "#009E73", word: "org", size: 6 },
  COMPANY: { color: "#E69F00", word: "company", size: 6 },
  CONSULATE: { color: "#CC79A7", word: "consulate", size: 5 },
  EVENT: { color: "#F0E442", word: "event", size: 5 },
  MORE: { color: "#999999", word: "show more", size: 6 },
};

// Past this many nodes the view switches to the cheap programs (see the settings).
const LARGE_VIEW = 1000;

export class GraphView {
  constructor(container, { onClickNode } = {}) {
    this.graph = new Graph({ multi: true, type: "directed", allowSelfLoops: true });
    this.highlight = { nodes: new Set(), edges: new Set() };
    this.renderer = new Sigma(this.graph, container, {
      renderEdgeLabels: true,
      defaultEdgeType: "arrow",
      labelRenderedSizeThreshold: 5,
      labelDensity: 0.6,
      edgeLabelSize: 10,
      labelFont: "sans-serif",
      edgeLabelFont: "sans-serif",
      zIndex: true,
      // Large views draw nodes as points and edges as plain lines: the cheapest
      // programs, which keep dragging smooth where WebGL runs in software.
      nodeProgramClasses: { point: NodePointProgram },
      edgeProgramClasses: { line: EdgeLineProgram },
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.layoutFrames = 0;
    this.dragged = null;
    this.onClickNode = onClickNode || (() => {});
    this.bindDrag();
  }

  reduceNode(node, data) {
    const out = { ...data };
    if (this.graph.order > LARGE_VIEW) {
      out.type = "point";
      out.size = Math.max(2, data.size * 0.45);
    }
    if (data.kind === "EVENT" && !timeline.active(data.startDate, data.endDate)) out.hidden = true;
    if (this.highlight.nodes.size) {
      if (this.highlight.nodes.has(node)) {
        out.highlighted = true;
        out.size = data.size * 1.6;
        out.zIndex = 2;
      } else {
        out.color = "#cccccc";
        out.zIndex = 0;
      }
    }
    return out;
  }

  reduceEdge(edge, data) {
    const out = { ...data };
    if (this.graph.order > LARGE_VIEW) out.type = "line";
    if (!timeline.active(data.startDate, data.endDate)) out.hidden = true;
    if (this.highlight.edges.size) {
      if (this.highlight.edges.has(edge)) {
        out.color = "#C00000";
        out.size = 4;
        out.zIndex = 2;
        out.label = "▶ " + data.label; // the path is marked by a sign too, not by colour alone
      } else {
        out.color = "#e0e0e0";
        out.label = "";
      }
    }
    return out;
  }

  bindDrag() {
    const r = this.renderer;
    r.on("downNode", (e) => {
      this.dragged = e.node;
      this.moved = false;
      this.graph.setNodeAttribute(e.node, "fixed", true);
    });
    r.getMouseCaptor().on("mousemovebody", (e) => {
      if (!this.dragged) return;
      const pos = r.viewportToGraph(e);
      this.graph.mergeNodeAttributes(this.dragged, { x: pos.x, y: pos.y });
      this.moved = true;
      e.preventSigmaDefault();
      e.original.preventDefault();
      e.original.stopPropagation();
    });
    const release = () => {
      if (this.dragged) this.graph.removeNodeAttribute(this.dragged, "fixed");
      this.dragged = null;
    };
    r.getMouseCaptor().on("mouseup", release);
    r.on("clickNode", (e) => {
      if (!this.moved) this.onClickNode(e.node, this.graph.getNodeAttributes(e.node));
    });
  }

  clear() {
    this.graph.clear();
    this.highlight = { nodes: new Set(), edges: new Set() };
  }

  // addNode places a new node near `near` (or on a circle around the origin).
  addNode(n, near) {
    if (this.graph.hasNode(n.id)) {
      this.graph.mergeNodeAttributes(n.id, { label: label(n), kind: n.kind });
      return false;
    }
    const k = KINDS[n.kind] || KINDS.ORGANIZATION;
    let x, y;
    if (near && this.graph.hasNode(near)) {
      const p = this.graph.getNodeAttributes(near);
      const a = Math.random() * 2 * Math.PI;
      x = p.x + Math.cos(a) * (1 + Math.random());
      y = p.y + Math.sin(a) * (1 + Math.random());
    } else {
      const i = this.graph.order;
      const a = i * 2.39996; // golden angle: an even spiral, no overlaps at any count
      x = Math.sqrt(i) * Math.cos(a);
      y = Math.sqrt(i) * Math.sin(a);
    }
    this.graph.addNode(n.id, {
      x, y, size: k.size, color: k.color, label: label(n), kind: n.kind, name: n.name, type: "circle",
      startDate: n.startDate || null, endDate: n.endDate || null,
    });
    return true;
  }

  // addEdge adds an edge once, keyed by the API's id (or by type and ends).
  addEdge(e) {
    const key = e.id || `${e.type}:${e.from}:${e.to}`;
    if (this.graph.hasEdge(key) || !this.graph.hasNode(e.from) || !this.graph.hasNode(e.to)) return key;
    const [startDate, endDate] = timeline.edgeDates(e.properties);
    this.graph.addDirectedEdgeWithKey(key, e.from, e.to, {
      label: e.type, type: "arrow", size: 1.5, color: "#888888", startDate, endDate,
    });
    return key;
  }

  // addMore adds the "show more" node of a hub whose neighbourhood was cut at a limit.
  addMore(hub, shown) {
    const id = "more:" + hub;
    if (this.graph.hasNode(id)) this.graph.dropNode(id);
    this.addNode({ id, kind: "MORE", name: `${shown} shown around ${this.graph.getNodeAttribute(hub, "name")}` }, hub);
    this.graph.setNodeAttribute(id, "hub", hub);
    this.graph.addDirectedEdgeWithKey("edge:" + id, hub, id, { label: "more", size: 1, color: "#bbbbbb" });
  }

  setHighlight(nodes, edges) {
    this.highlight = { nodes: new Set(nodes), edges: new Set(edges) };
    this.renderer.refresh();
  }

  refresh() {
    this.renderer.refresh();
  }

  // settle runs ForceAtlas2 in slices of a few iterations a frame; slices shrink as the
  // graph grows so that a frame stays short.
  settle(total = 150) {
    const token = ++this.layoutFrames;
    const settings = forceAtlas2.inferSettings(this.graph);
    settings.barnesHutOptimize = this.graph.order > 300;
    const per = this.graph.order > 1000 ? 1 : this.graph.order > 300 ? 3 : 10;
    let done = 0;
    const step = () => {
      if (token !== this.layoutFrames || done >= total || this.graph.order === 0) return;
      const fixed = this.dragged;
      const keep = fixed ? { x: this.graph.getNodeAttribute(fixed, "x"), y: this.graph.getNodeAttribute(fixed, "y") } : null;
      forceAtlas2.assign(this.graph, { iterations: per, settings });
      if (keep) this.graph.mergeNodeAttributes(fixed, { x: keep.x, y: keep.y });
      done += per;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }

  stopLayout() {
    this.layoutFrames++;
  }
}

export function label(n) {
  const k = KINDS[n.kind] || { word: String(n.kind || "").toLowerCase() };
  return `${n.name} (${k.word})`;
}
