// Amity's explorer: search, an entity's page, its neighbourhood as a graph, paths,
// visits, enterprise ties, a time slider and exports, all through the public GraphQL
// API on the page's own origin.

import { ApiError, gql, SOURCE, token, setToken } from "./api.js";
import { GraphView, KINDS, label } from "./graphview.js";
import * as timeline from "./timeline.js";

const $ = (sel) => document.querySelector(sel);

// Neighbourhoods: the first view and each expansion ask up to these many neighbours;
// "show more" asks four times as many, up to the most one query may cost.
const FIRST_LIMIT = 150;
const EXPAND_LIMIT = 60;
const MAX_LIMIT = 2000;
// Past this many nodes the query leaves out event dates and edge properties to stay
// under the API's complexity limit.
const LEAN_ABOVE = 1300;

const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $limit: Int, $asOf: String, $includeUndated: Boolean) {
  neighborhood(id: $id, depth: $depth, limit: $limit, asOf: $asOf, includeUndated: $includeUndated) {
    truncated
    nodes { id kind name ... on Event { startDate endDate } }
    edges { id type from to properties }
  }
}`;
const NEIGHBORHOOD_LEAN = `query NeighborhoodLean($id: ID!, $depth: Int, $limit: Int, $asOf: String, $includeUndated: Boolean) {
  neighborhood(id: $id, depth: $depth, limit: $limit, asOf: $asOf, includeUndated: $includeUndated) {
    truncated
    nodes { id kind name }
    edges { type from to }
  }
}`;

const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) {
    id kind name aliases
    sources { ...Src }
    figures { name value approximate asOf source { ...Src } }
    ... on Person { positions { organization { id kind name } title since until sources { ...Src } } }
    ... on Event { startDate endDate summary }
    relations(first: 500) {
      pageInfo { hasNextPage }
      edges { node { type direction role startDate endDate other { id kind name } sources { ...Src } } }
    }
  }
}
${SOURCE}`;

const VISITS = `query Visits($host: ID, $visitor: ID, $to: String) {
  visits(host: $host, visitor: $visitor, to: $to) {
    event { id kind name } host { id kind name } visitors { id kind name } leaders { id kind name }
    startDate endDate sources { ...Src }
  }
}
${SOURCE}`;

const TIES = `query Ties($city: ID!) {
  enterprisesTiedTo(city: $city, first: 30) {
    company { id kind name } partner { id kind name }
    path { nodes { id kind name } relations { type direction } }
    sources { ...Src }
  }
}
${SOURCE}`;

const PATH = `query Path($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to) { length nodes { id kind name } relations { type direction startDate endDate } }
}`;

const SEARCH = `query Search($q: String!) {
  search(query: $q, first: 10) { entity { id kind name aliases } }
}`;

const view = new GraphView($("#graph"), { onClickNode: (id, attrs) => clickNode(id, attrs) });
window.amityExplorer = view; // for the browser console (and the browser tests' drag)
let current = null; // the entity whose page is shown
let visitRows = [];

// ---------- errors: shown, never fatal ----------

function showError(err) {
  const box = $("#error");
  $("#error-text").textContent = err && err.code ? `${err.message} (${err.code})` : String(err && err.message ? err.message : err);
  box.hidden = false;
}

function clearError() {
  $("#error").hidden = true;
}

// guard runs an action and turns its failure into the error banner.
async function guard(fn) {
  try {
    setBusy(true);
    return await fn();
  } catch (e) {
    showError(e);
    return undefined;
  } finally {
    setBusy(false);
  }
}

let busy = 0;
function setBusy(on) {
  busy += on ? 1 : -1;
  $("#status").textContent = busy > 0 ? "Loading…" : "";
}

// ---------- small DOM helpers ----------

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c);
  return e;
}

function kindWord(kind) {
  return (KINDS[kind] || { word: String(kind).toLowerCase() }).word;
}

function entityLink(n) {
  return el("a", { href: "/explore?id=" + encodeURIComponent(n.id), class: "entity", "data-id": n.id,
    onclick: (ev) => { ev.preventDefault(); navigate(n.id); } },
    el("span", { class: "kind kind-" + n.kind, text: kindWord(n.kind) }), " ", n.name);
}

function sourceItem(s) {
  const bits = [s.publisher, s.publishedAt].filter(Boolean).join(", ");
  return el("li", { class: "source" },
    s.url ? el("a", { href: s.url, rel: "noopener noreferrer", target: "_blank", text: s.title }) : el("cite", { text: s.title }),
    bits ? ` (${bits})` : "");
}

function sourcesList(sources) {
  if (!sources || !sources.length) return null;
  return el("ul", { class: "sources", "aria-label": "sources" }, sources.map(sourceItem));
}

function dates(start, end) {
  if (start && end && start !== end) return `${start} – ${end}`;
  if (start) return `from ${start}`;
  if (end) return `until ${end}`;
  return "undated";
}

// ---------- navigation ----------

function navigate(id) {
  const url = "/explore?id=" + encodeURIComponent(id);
  if (location.pathname + location.search !== url) history.pushState({ id }, "", url);
  openEntity(id);
}

window.addEventListener("popstate", () => route());

// route opens the page the address names: /explore?id=<id>[&limit=<n>], limit being how
// many neighbours the first view draws.
function route() {
  const params = new URLSearchParams(location.search);
  const id = params.get("id");
  const limit = Math.min(MAX_LIMIT, Math.max(1, parseInt(params.get("limit"), 10) || FIRST_LIMIT));
  if (id) openEntity(id, limit);
  else showHome();
}

function showHome() {
  current = null;
  view.clear();
  $("#entity").replaceChildren(el("p", { text: "Search for a city, person, organisation or event by any of its names, in any script; or start from " },
    entityLink({ id: "city:cn:shenyang", kind: "CITY", name: "Shenyang" }), "."));
  updateExport();
}

// ---------- the entity page ----------

async function openEntity(id, limit = FIRST_LIMIT) {
  clearError();
  current = { id };
  updateExport();
  await guard(async () => {
    const data = await gql(ENTITY, { id });
    if (!data.entity) {
      current = null;
      $("#entity").replaceChildren(el("p", { text: `No entity has the id “${id}”.` }));
      throw new Error(`No entity has the id “${id}”.`);
    }
    current = data.entity;
    document.title = `${current.name} – Amity`;
    renderEntity(current);
    view.clear();
    await loadNeighborhood(id, limit, null);
    $("#path-from").value = id;
    loadVisits();
    if (current.kind === "CITY") loadTies();
  });
}

function renderEntity(e) {
  const groups = new Map();
  for (const { node: r } of e.relations.edges) {
    if (!groups.has(r.type)) groups.set(r.type, []);
    groups.get(r.type).push(r);
  }
  const rels = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, rs]) =>
    el("section", { class: "relgroup" },
      el("h3", { text: `${type} (${rs.length})` }),
      el("ul", {}, rs.map((r) => el("li", { class: "relation", "data-start": r.startDate || "", "data-end": r.endDate || "" },
        el("span", { class: "dir", "aria-label": r.direction === "IN" ? "from" : "to", text: r.direction === "IN" ? "←" : r.direction === "OUT" ? "→" : "↔" }), " ",
        entityLink(r.other),
        r.role ? ` as ${r.role}` : "",
        el("span", { class: "dates", text: " · " + dates(r.startDate, r.endDate) }),
        sourcesList(r.sources))))));
  const figures = (e.figures || []).map((f) =>
    el("li", {}, `${f.name}: ${f.approximate ? "about " : ""}${f.value.toLocaleString("en")}${f.asOf ? ` (as of ${f.asOf})` : ""}`,
      f.source ? sourcesList([f.source]) : null));
  const positions = (e.positions || []).map((p) =>
    el("li", {}, `${p.title}, `, entityLink(p.organization), el("span", { class: "dates", text: " · " + dates(p.since, p.until) }), sourcesList(p.sources)));
  const aliases = e.aliases.length <= 12 ? e.aliases.join(" · ") :
    el("details", {}, el("summary", { text: `${e.aliases.slice(0, 12).join(" · ")} and ${e.aliases.length - 12} more` }), e.aliases.slice(12).join(" · "));
  const parts = [
    el("h2", { id: "entity-name", text: e.name }),
    el("p", { class: "kindline" }, el("span", { class: "kind kind-" + e.kind, text: kindWord(e.kind) }), " ", el("code", { text: e.id })),
    e.aliases.length ? el("div", { class: "aliases" }, "Also: ", aliases) : null,
    e.summary ? el("p", { text: e.summary }) : null,
    e.startDate ? el("p", { text: "When: " + dates(e.startDate, e.endDate) }) : null,
    figures.length ? el("section", {}, el("h3", { text: "Figures" }), el("ul", {}, figures)) : null,
    positions.length ? el("section", {}, el("h3", { text: "Positions" }), el("ul", {}, positions)) : null,
    el("section", { id: "visits" }),
    el("section", { id: "ties" }),
    el("h3", { text: "Relations" }),
    e.relations.pageInfo.hasNextPage ? el("p", { text: "The first 500 relations are listed." }) : null,
    ...rels,
    e.sources.length ? el("section", {}, el("h3", { text: "Sources of the entity" }), sourcesList(e.sources)) : null,
  ];
  $("#entity").replaceChildren(...parts.filter(Boolean));
  updateSlider();
}

// ---------- the graph ----------

async function loadNeighborhood(id, limit, near) {
  const lean = limit > LEAN_ABOVE;
  performance.mark("amity:request");
  const data = await gql(lean ? NEIGHBORHOOD_LEAN : NEIGHBORHOOD, { id, depth: 1, limit, ...timeline.queryArgs() });
  performance.mark("amity:data");
  const g = data.neighborhood;
  for (const n of g.nodes) view.addNode(n, n.id === id ? near : id);
  for (const e of g.edges) view.addEdge(e);
  if (g.truncated) view.addMore(id, g.nodes.length - 1);
  else if (view.graph.hasNode("more:" + id)) view.graph.dropNode("more:" + id);
  view.graph.setNodeAttribute(id, "limit", limit);
  view.renderer.once("afterRender", () => performance.mark("amity:drawn"));
  view.refresh();
  view.settle();
  updateSlider();
  updateNodeList();
}

async function clickNode(id, attrs) {
  clearError();
  if (attrs.kind === "MORE") {
    const hub = attrs.hub;
    const limit = Math.min(MAX_LIMIT, (view.graph.getNodeAttribute(hub, "limit") || EXPAND_LIMIT) * 4);
    await guard(() => loadNeighborhood(hub, limit, null));
    return;
  }
  $("#selected").replaceChildren("Selected: ", entityLink({ id, kind: attrs.kind, name: attrs.name }));
  await guard(() => loadNeighborhood(id, EXPAND_LIMIT, null));
}

// The nodes in view, as a list a keyboard can reach: each opens the node's page, and
// its button expands it as a click on the graph does.
function updateNodeList() {
  const items = [];
  view.graph.forEachNode((id, a) => {
    if (a.kind === "MORE") {
      items.push(el("li", {}, el("button", { type: "button", class: "more", onclick: () => clickNode(id, a), text: "Show more around " + view.graph.getNodeAttribute(a.hub, "name") })));
    }
  });
  let n = 0;
  view.graph.forEachNode((id, a) => {
    if (a.kind === "MORE" || n++ >= 200) return;
    items.push(el("li", {}, entityLink({ id, kind: a.kind, name: a.name }), " ",
      el("button", { type: "button", class: "expand", "data-id": id, "aria-label": "expand " + a.name, onclick: () => clickNode(id, a), text: "expand" })));
  });
  $("#nodes-count").textContent = `${view.graph.order} nodes, ${view.graph.size} edges in view`;
  $("#nodes").replaceChildren(...items);
}

// ---------- visits ----------

async function loadVisits() {
  if (!current || !current.kind) return;
  const args = current.kind === "PERSON" ? { visitor: current.id } : { host: current.id };
  const data = await guard(() => gql(VISITS, { ...args, ...timeline.visitArgs() }));
  if (!data) return;
  visitRows = data.visits;
  const box = $("#visits");
  if (!box) return;
  if (!visitRows.length) {
    box.replaceChildren();
    return;
  }
  box.replaceChildren(
    el("h3", { text: `Visits (${visitRows.length}${timeline.state.date !== null ? ", up to " + timeline.state.date : ""})` }),
    el("button", { type: "button", id: "visits-draw", onclick: drawVisits, text: "Show visits on the graph" }),
    el("ul", {}, visitRows.slice(0, 100).map((v) => el("li", { class: "visit" },
      el("span", { class: "dates", text: (v.startDate || "undated") + " " }),
      entityLink(v.event), ": ",
      ...v.visitors.flatMap((p, i) => [i ? ", " : "", entityLink(p)]), " → ", entityLink(v.host),
      sourcesList(v.sources)))));
}

function drawVisits() {
  const nodes = [], edges = [];
  for (const v of visitRows.slice(0, 200)) {
    const ev = { ...v.event, startDate: v.startDate, endDate: v.endDate };
    view.addNode(v.host, current.id);
    view.addNode(ev, v.host.id);
    edges.push(view.addEdge({ type: "HELD_IN", from: ev.id, to: v.host.id }));
    nodes.push(ev.id, v.host.id);
    for (const p of v.visitors) {
      view.addNode(p, ev.id);
      edges.push(view.addEdge({ type: "PARTICIPATED_IN", from: p.id, to: ev.id }));
      nodes.push(p.id);
    }
  }
  view.setHighlight(nodes, edges);
  view.settle();
  updateNodeList();
}

// ---------- enterprises tied to a city's partners ----------

async function loadTies() {
  const data = await guard(() => gql(TIES, { city: current.id }));
  const box = $("#ties");
  if (!data || !box || !data.enterprisesTiedTo.length) return;
  box.replaceChildren(
    el("h3", { text: "Enterprises tied to its partners" }),
    el("ul", {}, data.enterprisesTiedTo.map((t) => el("li", { class: "tie" },
      entityLink(t.company), " via ", entityLink(t.partner), " ",
      el("button", { type: "button", onclick: () => drawPath(t.path), text: "show the path" }),
      el("div", { class: "pathtext", text: pathText(t.path) }),
      sourcesList(t.sources)))));
}

function pathText(p) {
  let s = p.nodes[0].name;
  p.relations.forEach((r, i) => {
    s += r.direction === "IN" ? ` ←${r.type}– ` : ` –${r.type}→ `;
    s += p.nodes[i + 1].name;
  });
  return s;
}

// drawPath adds a path to the graph and highlights it.
function drawPath(p) {
  const edges = [];
  p.nodes.forEach((n, i) => view.addNode(n, i ? p.nodes[i - 1].id : current && current.id));
  p.relations.forEach((r, i) => {
    const a = p.nodes[i].id, b = p.nodes[i + 1].id;
    const [from, to] = r.direction === "IN" ? [b, a] : [a, b];
    // The path's edge is the drawn edge of that type between the two, if any.
    const existing = view.graph.edges(from, to).find((k) => view.graph.getEdgeAttribute(k, "label") === r.type);
    edges.push(existing || view.addEdge({ type: r.type, from, to, properties: { startDate: r.startDate, endDate: r.endDate } }));
  });
  view.setHighlight(p.nodes.map((n) => n.id), edges);
  view.settle(60);
  updateNodeList();
}

async function findPath(ev) {
  ev.preventDefault();
  clearError();
  const from = $("#path-from").value.trim();
  const toInput = $("#path-to").value.trim();
  await guard(async () => {
    const to = await resolveID(toInput);
    const data = await gql(PATH, { from: await resolveID(from), to });
    if (!data.shortestPath) {
      $("#path-result").textContent = "No path of six steps or fewer.";
      return;
    }
    $("#path-result").textContent = `${data.shortestPath.length} steps: ${pathText(data.shortestPath)}`;
    drawPath(data.shortestPath);
  });
}

// resolveID takes an id as it is, and a name through search (its best hit).
async function resolveID(s) {
  if (/^[a-z]+:[^\s]+$/.test(s)) return s;
  const data = await gql(SEARCH, { q: s });
  if (!data.search.length) throw new Error(`Nothing is called “${s}”.`);
  return data.search[0].entity.id;
}

// ---------- search: a combobox the keyboard drives ----------

const input = $("#search");
const list = $("#results");
let hits = [];
let active = -1;
let searchSeq = 0;
let debounce;

input.addEventListener("input", () => {
  clearTimeout(debounce);
  debounce = setTimeout(runSearch, 200);
});

async function runSearch() {
  const q = input.value.trim();
  const seq = ++searchSeq;
  if (!q) return closeList();
  const data = await guard(() => gql(SEARCH, { q }));
  if (!data || seq !== searchSeq) return;
  hits = data.search.map((h) => h.entity);
  active = hits.length ? 0 : -1;
  renderList();
}

function renderList() {
  list.replaceChildren(...hits.map((h, i) => el("li", {
    id: "hit-" + i, role: "option", "aria-selected": i === active ? "true" : "false", class: "hit", "data-id": h.id,
    onmousedown: (ev) => { ev.preventDefault(); choose(i); },
  }, el("span", { class: "kind kind-" + h.kind, text: kindWord(h.kind) }), " ", h.name,
    h.aliases.length ? el("span", { class: "alias", text: " · " + h.aliases.slice(0, 4).join(", ") }) : null)));
  if (!hits.length) list.replaceChildren(el("li", { class: "none", text: "No match." }));
  list.hidden = false;
  input.setAttribute("aria-expanded", "true");
  if (active >= 0) input.setAttribute("aria-activedescendant", "hit-" + active);
  else input.removeAttribute("aria-activedescendant");
}

function closeList() {
  list.hidden = true;
  input.setAttribute("aria-expanded", "false");
  input.removeAttribute("aria-activedescendant");
}

function choose(i) {
  const h = hits[i];
  if (!h) return;
  closeList();
  input.value = h.name;
  navigate(h.id);
}

input.addEventListener("keydown", (ev) => {
  if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
    if (!hits.length) return;
    ev.preventDefault();
    active = (active + (ev.key === "ArrowDown" ? 1 : -1) + hits.length) % hits.length;
    renderList();
  } else if (ev.key === "Enter") {
    ev.preventDefault();
    if (!list.hidden && active >= 0) choose(active);
    else runSearch();
  } else if (ev.key === "Escape") {
    closeList();
  }
});
input.addEventListener("blur", () => setTimeout(closeList, 100));

// ---------- the time slider ----------

const slider = $("#asof");

// updateSlider spans the years of what is in view: edges, events, the page's relations.
function updateSlider() {
  const ds = [];
  view.graph.forEachEdge((_, a) => ds.push(a.startDate, a.endDate));
  view.graph.forEachNode((_, a) => ds.push(a.startDate));
  if (current && current.relations) for (const { node: r } of current.relations.edges) ds.push(r.startDate, r.endDate);
  const r = timeline.range(ds) || [2000, new Date().getFullYear()];
  slider.min = String(r[0]);
  slider.max = String(r[1] + 1); // the last step means "every date"
  if (timeline.state.date === null) slider.value = slider.max;
  showSlider();
}

function showSlider() {
  const all = Number(slider.value) > Number(slider.max) - 1;
  timeline.state.date = all ? null : Number(slider.value);
  $("#asof-label").textContent = all ? "all dates" : "as of " + timeline.state.date;
  slider.setAttribute("aria-valuetext", $("#asof-label").textContent);
}

function applyTime() {
  showSlider();
  timeline.state.includeUndated = $("#undated").checked;
  view.refresh();
  for (const li of document.querySelectorAll("#entity li.relation")) {
    li.classList.toggle("inactive", !timeline.active(li.dataset.start, li.dataset.end));
  }
  loadVisits();
}

slider.addEventListener("input", () => { showSlider(); view.refresh(); });
slider.addEventListener("change", applyTime);
$("#undated").addEventListener("change", applyTime);

// ---------- export and token ----------

function updateExport() {
  const fmt = $("#export-format").value;
  const depth = $("#export-depth").value;
  const a = $("#export-link");
  if (!current) {
    a.removeAttribute("href");
    a.setAttribute("aria-disabled", "true");
    return;
  }
  a.removeAttribute("aria-disabled");
  a.href = `/export?format=${fmt}&id=${encodeURIComponent(current.id)}&depth=${depth}`;
  a.setAttribute("download", `${current.id.replaceAll(":", "_")}-depth${depth}.${fmt === "csv" ? "zip" : fmt}`);
}

// A reader's export is a plain download link; with a token the page fetches the file
// itself, since a link cannot carry the Authorization header.
$("#export-link").addEventListener("click", async (ev) => {
  const a = ev.currentTarget;
  if (!token() || !a.href) return;
  ev.preventDefault();
  await guard(async () => {
    const resp = await fetch(a.href, { headers: { Authorization: "Bearer " + token() } });
    if (!resp.ok) {
      const b = await resp.json().catch(() => null);
      const e = b && b.errors && b.errors[0];
      throw new ApiError(e ? e.message : `The export failed (${resp.status}).`, e && e.extensions && e.extensions.code);
    }
    const url = URL.createObjectURL(await resp.blob());
    const tmp = el("a", { href: url, download: a.getAttribute("download") });
    document.body.append(tmp);
    tmp.click();
    tmp.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  });
});
$("#export-format").addEventListener("change", updateExport);
$("#export-depth").addEventListener("change", updateExport);

$("#token").value = token();
$("#token-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  setToken($("#token").value.trim());
  $("#token-state").textContent = token() ? "token set for this tab" : "reading without a token";
});
$("#token-state").textContent = token() ? "token set for this tab" : "reading without a token";

$("#error-close").addEventListener("click", clearError);
$("#path-form").addEventListener("submit", findPath);
$("#clear-highlight").addEventListener("click", () => view.setHighlight([], []));

route();
