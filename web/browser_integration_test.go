//go:build integration

package web_test

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/amity-graph/amity/internal/server/servertest"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/testdb"
)

var db *store.Store

// TestMain loads the whole data set, curated facts and reference data, as make run does.
func TestMain(m *testing.M) {
	testdb.Main(m.Run, func(ctx context.Context) (*store.Store, error) { return testdb.Loaded(ctx, false) },
		func(s *store.Store) { db = s })
}

// chromium finds Debian's Chromium (or another Chrome). Without one the browser tests
// skip on a developer's machine and fail in CI, where .ci/run installs it.
func chromium(t testing.TB) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no Chromium on PATH; .ci/run installs Debian's chromium package")
	}
	t.Skip("no Chromium on PATH (apt-get install chromium); CI fails here instead")
	return ""
}

// tab is a headless Chromium tab that records what the page must never do: a request to
// another origin than the server's, and a console error (which includes an uncaught
// exception, a failed load and a Content-Security-Policy violation).
type tab struct {
	ctx  context.Context
	base string

	mu         sync.Mutex
	foreign    []string
	consoleErr []string
}

func newTab(t testing.TB, base string) *tab {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox, // the tests run as root in CI
		chromedp.WindowSize(1400, 900),
		// WebGL on a machine without a GPU: Chromium's software renderer, which newer
		// versions use only when told to.
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.Flag("use-angle", "swiftshader"),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 4*time.Minute)
	t.Cleanup(func() { cancelTime(); cancelTab(); cancelAlloc() })

	tb := &tab{ctx: ctx, base: base}
	if err := chromedp.Do(ctx); err != nil { // start the browser and open the tab
		t.Fatalf("start Chromium: %v", err)
	}
	u, _ := url.Parse(base)
	err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			r, err := url.Parse(e.Request.URL)
			if err != nil || (r.Scheme != "data" && r.Host != u.Host) {
				tb.mu.Lock()
				tb.foreign = append(tb.foreign, e.Request.URL)
				tb.mu.Unlock()
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		for m, err := range chromedp.Console(ctx) {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				tb.mu.Lock()
				tb.consoleErr = append(tb.consoleErr, fmt.Sprintf("%s (%s:%d)", m.Text, m.URL, m.Line))
				tb.mu.Unlock()
			}
		}
	}()
	return tb
}

// clean fails the test if the page so far asked another origin or logged an error.
func (tb *tab) clean(t testing.TB) {
	t.Helper()
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, u := range tb.foreign {
		t.Errorf("the page requested %s, which is not the server's origin %s", u, tb.base)
	}
	for _, m := range tb.consoleErr {
		t.Errorf("console error: %s", m)
	}
}

func (tb *tab) do(t testing.TB, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(tb.ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func eval[T any](t testing.TB, tb *tab, js string) T {
	t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// waitFor polls a JavaScript condition until it holds.
func (tb *tab) waitFor(t testing.TB, what, js string) {
	t.Helper()
	if _, err := chromedp.Run(tb.ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		t.Fatalf("waiting for %s (%s): %v", what, js, err)
	}
}

// artefacts is the git-ignored folder the screenshots go to.
func artefacts(t testing.TB) string {
	dir := filepath.Join(testdb.RepoRoot(), ".artifacts", "browser")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func (tb *tab) screenshot(t testing.TB, name string) {
	t.Helper()
	png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	p := filepath.Join(artefacts(t), name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
}

// point is a position in CSS pixels, as the page reports it.
type point struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

type subgraph struct {
	Neighborhood struct {
		Truncated bool
		Nodes     []struct{ ID string }
		Edges     []struct{ From, To string }
	}
}

// TestIntegrationExplorerInBrowser walks the explorer as an analyst would: Shenyang's
// page, its graph, a node expanded by a click, a search by keyboard, a path, the time
// slider, an export, a failed request, and GraphiQL, all in headless Chromium.
func TestIntegrationExplorerInBrowser(t *testing.T) {
	base := servertest.Start(t, db)
	tb := newTab(t, base)

	// The entity page: name, a neighbour, a source title, and the neighbour drawn.
	tb.do(t, "open Shenyang's page", chromedp.Navigate(base+"/explore?id=city:cn:shenyang"),
		chromedp.WaitVisible(`#entity-name`))
	tb.waitFor(t, "the graph", `window.amityExplorer && amityExplorer.graph.order > 10`)
	if name := eval[string](t, tb, `document.querySelector("#entity-name").textContent`); name != "Shenyang" {
		t.Errorf("entity name = %q, want Shenyang", name)
	}
	if !eval[bool](t, tb, `!!document.querySelector('#entity .relgroup a[data-id="city:jp:sasebo"]')`) {
		t.Error("Shenyang's page does not list its sister city Sasebo among its relations")
	}
	if !eval[bool](t, tb, `document.querySelector("#entity").textContent.includes("Cooperative ties secured across all of the world")`) {
		t.Error("Shenyang's page does not name the China Daily article among its sources")
	}
	if !eval[bool](t, tb, `amityExplorer.graph.hasNode("city:jp:sasebo") && amityExplorer.graph.hasNode("person:lyu-zhicheng")`) {
		t.Error("Shenyang's graph lacks Sasebo or Mayor Lyu Zhicheng")
	}
	tb.waitFor(t, "the visits list", `document.querySelectorAll("#visits li.visit").length > 0`)
	tb.waitFor(t, "the enterprise ties", `document.querySelectorAll("#ties li.tie").length > 0`)
	tb.screenshot(t, "01-shenyang")

	// Who visited: the visits go on the graph, event and visitors, highlighted.
	tb.do(t, "draw the visits", chromedp.Click(`#visits-draw`))
	tb.waitFor(t, "visits on the graph", `amityExplorer.highlight.nodes.size > 1 && [...amityExplorer.highlight.nodes].some((id) => id.startsWith("event:"))`)
	tb.do(t, "clear the highlight", chromedp.Click(`#clear-highlight`))
	tb.clean(t)

	// Expand Sasebo by clicking it on the canvas: its own neighbours join the graph.
	var sasebo subgraph
	servertest.Query(t, base, `{ neighborhood(id: "city:jp:sasebo", limit: 60) { nodes { id } } }`, &sasebo)
	before := eval[float64](t, tb, `amityExplorer.graph.order`)
	js := `amityExplorer.renderer.framedGraphToViewport(amityExplorer.renderer.getNodeDisplayData("city:jp:sasebo"))`
	tb.do(t, "let the layout settle", chromedp.Sleep(3*time.Second))
	pos := eval[point](t, tb, js)
	box := eval[point](t, tb, `(() => { const r = document.querySelector("#graph").getBoundingClientRect(); return {x: r.left, y: r.top}; })()`)
	tb.do(t, "click Sasebo", chromedp.MouseClickXY(box.X+pos.X, box.Y+pos.Y))
	var newIDs []string
	for _, n := range sasebo.Neighborhood.Nodes {
		newIDs = append(newIDs, n.ID)
	}
	ids, _ := json.Marshal(newIDs)
	tb.waitFor(t, "Sasebo's neighbours", fmt.Sprintf(`%s.every((id) => amityExplorer.graph.hasNode(id))`, ids))
	if after := eval[float64](t, tb, `amityExplorer.graph.order`); after <= before {
		t.Errorf("expanding Sasebo left %v nodes (was %v)", after, before)
	}
	if sel := eval[string](t, tb, `document.querySelector("#selected").textContent`); !strings.Contains(sel, "Sasebo") {
		t.Errorf("selected = %q, want Sasebo", sel)
	}
	tb.screenshot(t, "02-sasebo-expanded")

	// The time slider: Home takes it to the earliest year; relations that began later are
	// struck out, edges that began later are hidden, and the visits are asked up to then.
	visitsAll := eval[string](t, tb, `document.querySelector("#visits h3").textContent`)
	tb.do(t, "move the slider by keyboard", chromedp.Focus(`#asof`), chromedp.KeyEvent(kb.Home))
	year := eval[string](t, tb, `document.querySelector("#asof").min`)
	tb.waitFor(t, "the slider's label", fmt.Sprintf(`document.querySelector("#asof-label").textContent === "as of %s"`, year))
	tb.waitFor(t, "struck-out relations", `document.querySelectorAll("#entity li.relation.inactive").length > 0`)
	hidden := eval[float64](t, tb, `amityExplorer.graph.edges().filter((e) => amityExplorer.renderer.getEdgeDisplayData(e).hidden).length`)
	if hidden == 0 {
		t.Errorf("as of %s no edge is hidden, though Shenyang's partnerships began later", year)
	}
	tb.waitFor(t, "visits up to the year", fmt.Sprintf(`!document.querySelector("#visits h3") || document.querySelector("#visits h3").textContent !== %q`, visitsAll))
	tb.screenshot(t, "03-as-of-"+year)
	tb.do(t, "slider back to every date", chromedp.KeyEvent(kb.End))
	tb.waitFor(t, "every date", `document.querySelector("#asof-label").textContent === "all dates"`)
	tb.clean(t)

	// Export: the GEXF of Shenyang's neighbourhood downloads with as many nodes and edges
	// as the API's neighborhood has.
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(tb.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: new(true)}); err != nil {
		t.Fatal(err)
	}
	done := make(chan string, 1)
	err := chromedp.ListenBrowser(tb.ctx, func(ev any) {
		if e, ok := ev.(*browser.EventDownloadProgress); ok && e.State == browser.DownloadProgressStateCompleted {
			select {
			case done <- e.GUID:
			default:
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	tb.do(t, "choose GEXF", chromedp.SetValue(`#export-format`, "gexf"))
	eval[bool](t, tb, `document.querySelector("#export-format").dispatchEvent(new Event("change"))`)
	if href := eval[string](t, tb, `document.querySelector("#export-link").getAttribute("href")`); href != "/export?format=gexf&id=city%3Acn%3Ashenyang&depth=1" {
		t.Errorf("export link = %q", href)
	}
	tb.do(t, "export GEXF", chromedp.Click(`#export-link`))
	var file string
	select {
	case guid := <-done:
		file = filepath.Join(dir, guid)
	case <-time.After(60 * time.Second):
		t.Fatal("the export did not download within a minute")
	}
	var gexf struct {
		Nodes []struct {
			ID string `xml:"id,attr"`
		} `xml:"graph>nodes>node"`
		Edges []struct {
			ID string `xml:"id,attr"`
		} `xml:"graph>edges>edge"`
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(b, &gexf); err != nil {
		t.Fatalf("the downloaded GEXF is not XML: %v", err)
	}
	var sy subgraph
	servertest.Query(t, base, `{ neighborhood(id: "city:cn:shenyang", depth: 1, limit: 2000) { truncated nodes { id } edges { from to } } }`, &sy)
	if sy.Neighborhood.Truncated {
		t.Fatal("Shenyang's neighbourhood is cut at 2,000; the comparison needs all of it")
	}
	if len(gexf.Nodes) != len(sy.Neighborhood.Nodes) || len(gexf.Edges) != len(sy.Neighborhood.Edges) {
		t.Errorf("downloaded GEXF has %d nodes and %d edges; the API's neighborhood has %d and %d",
			len(gexf.Nodes), len(gexf.Edges), len(sy.Neighborhood.Nodes), len(sy.Neighborhood.Edges))
	}
	tb.clean(t)

	// A path to a person, by name: found, told in words, highlighted on the graph.
	tb.do(t, "find a path", chromedp.SendKeys(`#path-to`, "Daisuke Miyajima"), chromedp.Click(`#path-form button[type=submit]`))
	tb.waitFor(t, "the path", `document.querySelector("#path-result").textContent.includes("steps")`)
	if got := eval[string](t, tb, `document.querySelector("#path-result").textContent`); !strings.Contains(got, "Miyajima") {
		t.Errorf("path text = %q, want it to end at Daisuke Miyajima", got)
	}
	if n := eval[float64](t, tb, `amityExplorer.highlight.edges.size`); n < 1 {
		t.Error("the path is not highlighted on the graph")
	}
	tb.screenshot(t, "04-path")

	// Search by keyboard, in another script: 沈阳 finds Shenyang; the arrow keys move
	// through the hits and Enter opens one.
	tb.do(t, "search", chromedp.Focus(`#search`), chromedp.SendKeys(`#search`, "Miyajima"))
	tb.waitFor(t, "search hits", `!!document.querySelector('#results li[data-id="person:miyajima-daisuke"]')`)
	if kind := eval[string](t, tb, `document.querySelector('#results li[data-id="person:miyajima-daisuke"] .kind').textContent`); kind != "person" {
		t.Errorf("the hit's kind reads %q, want person", kind)
	}
	tb.screenshot(t, "05-search")
	idx := eval[float64](t, tb, `[...document.querySelectorAll("#results li")].findIndex((li) => li.dataset.id === "person:miyajima-daisuke")`)
	keys := strings.Repeat(kb.ArrowDown, int(idx)) + kb.Enter
	tb.do(t, "choose by keyboard", chromedp.KeyEvent(keys))
	tb.waitFor(t, "Miyajima's page", `document.querySelector("#entity-name") && document.querySelector("#entity-name").textContent === "Miyajima Daisuke"`)
	if loc := eval[string](t, tb, `location.pathname + location.search`); loc != "/explore?id=person%3Amiyajima-daisuke" {
		t.Errorf("address after choosing = %q, want a shareable /explore?id=person%%3Amiyajima-daisuke", loc)
	}
	eval[string](t, tb, `document.querySelector("#search").value = ""`) // chromedp.Clear leaves the typed value
	tb.do(t, "search in Chinese", chromedp.SendKeys(`#search`, "沈阳"))
	tb.waitFor(t, "Shenyang by its Chinese name", `!!document.querySelector('#results li[data-id="city:cn:shenyang"]')`)
	tb.clean(t)

	// A hub cut at its limit gets a "show more" node and button; the button draws more.
	tb.do(t, "open Japan with 20 neighbours", chromedp.Navigate(base+"/explore?id=country:jp&limit=20"))
	tb.waitFor(t, "the show-more node", `window.amityExplorer && amityExplorer.graph.hasNode("more:country:jp")`)
	if n := eval[float64](t, tb, `amityExplorer.graph.order`); n != 22 { // Japan, 20 neighbours, "show more"
		t.Errorf("Japan cut at 20 neighbours shows %v nodes, want 22", n)
	}
	tb.do(t, "show more", chromedp.Click(`#nodes button.more`))
	tb.waitFor(t, "more of Japan", `amityExplorer.graph.order >= 80`)
	tb.clean(t)

	// A failed request: the error is shown and the page stays usable.
	tb.do(t, "open an unknown id", chromedp.Navigate(base+"/explore?id=city:xx:nowhere"), chromedp.WaitVisible(`#error`))
	if msg := eval[string](t, tb, `document.querySelector("#error-text").textContent`); !strings.Contains(msg, "city:xx:nowhere") {
		t.Errorf("error banner = %q, want it to name the id", msg)
	}
	tb.screenshot(t, "06-error")
	tb.do(t, "search after the error", chromedp.SendKeys(`#search`, "Sasebo"))
	tb.waitFor(t, "search works after the error", `!!document.querySelector('#results li[data-id="city:jp:sasebo"]')`)
	tb.clean(t)

	// GraphiQL, offline, with its worked example: it runs and answers about Shenyang.
	tb.do(t, "open GraphiQL", chromedp.Navigate(base+"/graphiql"), chromedp.WaitVisible(`.graphiql-execute-button`))
	tb.waitFor(t, "the example query", `document.querySelector(".graphiql-query-editor").textContent.includes("ShenyangAtAGlance")`)
	tb.do(t, "run the example", chromedp.Click(`.graphiql-execute-button`))
	tb.waitFor(t, "the result", `document.querySelector(".result-window") && document.querySelector(".result-window").textContent.includes('"name": "Shenyang"') && document.querySelector(".result-window").textContent.includes('"partners"')`)
	tb.screenshot(t, "07-graphiql")
	tb.clean(t)
}
