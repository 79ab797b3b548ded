//go:build integration

package web_test

import (
	"math"
	"sort"
	"testing"
	"time"

	"github.com/amity-graph/amity/internal/server/servertest"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// BenchmarkExplorer2000Nodes measures, in headless Chromium, how long the explorer takes
// to draw China's neighbourhood cut at 2,000 nodes (from the request to the first frame
// sigma renders, and from the data's arrival to that frame), and the frames it renders
// while a node is dragged across the view for two seconds (mouse events sent by the
// DevTools protocol), and while it is moved every animation frame with no input. Run it with
//
//	go test -tags integration -run '^$' -bench Explorer2000 -benchtime 3x ./web/
//
// Chromium draws WebGL in software here (SwiftShader), so a machine with a GPU does better.
func BenchmarkExplorer2000Nodes(b *testing.B) {
	base := servertest.Start(b, db)
	tb := newTab(b, base)
	var draw, dataToDraw, fps, p95, moving []float64
	for i := 0; i < b.N; i++ {
		tb.do(b, "open China with 2,000 neighbours", chromedp.Navigate(base+"/explore?id=country:cn&limit=2000"))
		tb.waitFor(b, "the first frame", `performance.getEntriesByName("amity:drawn").length > 0`)
		m := eval[map[string]float64](b, tb, `(() => {
			const t = (n) => performance.getEntriesByName(n).at(-1).startTime;
			return { request: t("amity:request"), data: t("amity:data"), drawn: t("amity:drawn"), nodes: amityExplorer.graph.order, edges: amityExplorer.graph.size };
		})()`)
		if m["nodes"] < 2000 {
			b.Fatalf("the view has %v nodes, want 2,000 or more", m["nodes"])
		}
		draw = append(draw, m["drawn"]-m["request"])
		dataToDraw = append(dataToDraw, m["drawn"]-m["data"])

		// Let the layout run out, then drag the country's node in a circle.
		tb.do(b, "let the layout run", chromedp.Sleep(3*time.Second))
		eval[bool](b, tb, `amityExplorer.stopLayout(), true`)
		pos := eval[point](b, tb, `amityExplorer.renderer.framedGraphToViewport(amityExplorer.renderer.getNodeDisplayData("country:cn"))`)
		box := eval[point](b, tb, `(() => { const r = document.querySelector("#graph").getBoundingClientRect(); return {x: r.left, y: r.top}; })()`)
		x, y := box.X+pos.X, box.Y+pos.Y
		eval[bool](b, tb, `(() => {
			window.benchFrames = { renders: 0, ticks: [], start: performance.now(), on: true };
			amityExplorer.renderer.on("afterRender", () => window.benchFrames.renders++);
			const tick = (t) => { if (!benchFrames.on) return; benchFrames.ticks.push(t); requestAnimationFrame(tick); };
			requestAnimationFrame(tick);
			return true;
		})()`)
		tb.do(b, "press", chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, x, y, chromedp.ButtonLeft))
		end := time.Now().Add(2 * time.Second)
		for k := 0; time.Now().Before(end); k++ {
			a := float64(k) * math.Pi / 12 // a circle in 24 moves
			dx, dy := 80*math.Cos(a), 80*math.Sin(a)
			if err := chromedp.Do(tb.ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x+dx, y+dy, chromedp.ButtonLeft)); err != nil {
				b.Fatal(err)
			}
		}
		tb.do(b, "release", chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, x, y, chromedp.ButtonLeft))
		f := eval[map[string]any](b, tb, `(() => {
			benchFrames.on = false;
			const secs = (performance.now() - benchFrames.start) / 1000;
			const gaps = benchFrames.ticks.slice(1).map((t, i) => t - benchFrames.ticks[i]).sort((a, b) => a - b);
			return { fps: benchFrames.renders / secs, p95: gaps[Math.floor(gaps.length * 0.95)] || 0 };
		})()`)
		fps = append(fps, f["fps"].(float64))
		p95 = append(p95, f["p95"].(float64))

		// The same redraws without input: the node moves every animation frame for two
		// seconds. The difference is what each mouse move costs besides the drawing
		// (sigma reads the picking buffer back from the GPU to find the node under it).
		moved := eval[float64](b, tb, `new Promise((ok) => {
			let n = 0;
			const g = amityExplorer.graph, t0 = performance.now(), x0 = g.getNodeAttribute("country:cn", "x");
			const f = () => {
				n++;
				g.setNodeAttribute("country:cn", "x", x0 + (n % 24));
				if (performance.now() - t0 < 2000) requestAnimationFrame(f); else ok(n / ((performance.now() - t0) / 1000));
			};
			requestAnimationFrame(f);
		})`)
		moving = append(moving, moved)
		b.Logf("run %d: %v nodes, %v edges; first draw %.0f ms after the request (%.0f ms after the data); dragging: %.1f renders/s, frame gap p95 %.0f ms; moving a node each frame: %.1f frames/s",
			i+1, m["nodes"], m["edges"], draw[i], dataToDraw[i], fps[i], p95[i], moving[i])
	}
	b.ReportMetric(median(draw), "ms-first-draw")
	b.ReportMetric(median(dataToDraw), "ms-data-to-draw")
	b.ReportMetric(median(fps), "renders/s-dragging")
	b.ReportMetric(median(p95), "ms-frame-gap-p95")
	b.ReportMetric(median(moving), "frames/s-moving")
	tb.screenshot(b, "08-china-2000-nodes")
	tb.clean(b)
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}
