package main

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"slices"
	"strings"
)

// plotLatency draws p99 latency against scale factor, one panel per concurrency level:
// a solid line per query for Amity, dashed for the peer, dotted for the driver floor.
// It uses only the standard library (image/png and a built-in 5x7 font), so the bench
// command reproduces it anywhere.
func plotLatency(path string, f *File) error {
	var scales []float64
	var concs []int
	for _, r := range f.Results {
		if !slices.Contains(scales, r.Scale) {
			scales = append(scales, r.Scale)
		}
		if !slices.Contains(concs, r.Concurrency) {
			concs = append(concs, r.Concurrency)
		}
	}
	if len(scales) == 0 {
		return nil
	}
	slices.Sort(scales)
	slices.Sort(concs)
	const panelW, panelH, top, legendH = 620, 460, 50, 170
	W, H := panelW*len(concs)+20, top+panelH+legendH
	img := image.NewRGBA(image.Rect(0, 0, W, H))
	fill(img, img.Bounds(), color.RGBA{255, 255, 255, 255})
	black := color.RGBA{0, 0, 0, 255}
	grey := color.RGBA{210, 210, 210, 255}
	text(img, 10, 10, "p99 latency (ms, log scale) by scale factor", black, 2)
	text(img, 10, H-20, "solid: amity   dashed: @neo4j/graphql peer   dotted: driver floor", black, 2)

	// y range over everything plotted
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, r := range f.Results {
		for _, v := range []float64{r.AmityP99Ms, r.PeerP99Ms, r.DriverP99Ms} {
			if v > 0 {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
	}
	if math.IsInf(lo, 1) {
		return nil
	}
	yLo, yHi := math.Floor(math.Log10(lo)), math.Ceil(math.Log10(hi))
	if yHi == yLo {
		yHi++
	}
	xLo, xHi := math.Log10(scales[0]), math.Log10(scales[len(scales)-1])
	if xHi == xLo {
		xLo, xHi = xLo-0.5, xHi+0.5
	}
	for pi, c := range concs {
		x0, y0 := 10+pi*panelW+80, top+20
		pw, ph := panelW-110, panelH-70
		px := func(s float64) int { return x0 + int(float64(pw)*(math.Log10(s)-xLo)/(xHi-xLo)) }
		py := func(v float64) int { return y0 + ph - int(float64(ph)*(math.Log10(v)-yLo)/(yHi-yLo)) }
		text(img, x0+pw/2-80, y0-18, fmt.Sprintf("concurrency %d", c), black, 2)
		for e := yLo; e <= yHi; e++ {
			y := py(math.Pow(10, e))
			line(img, x0, y, x0+pw, y, grey, 1, 0)
			lbl := formatMs(math.Pow(10, e))
			text(img, x0-8-12*len(lbl), y-7, lbl, black, 2)
		}
		for _, s := range scales {
			x := px(s)
			line(img, x, y0, x, y0+ph, grey, 1, 0)
			text(img, x-14, y0+ph+8, "sf"+strings.TrimSuffix(fmt.Sprintf("%g", s), ".0"), black, 2)
		}
		line(img, x0, y0+ph, x0+pw, y0+ph, black, 1, 0)
		line(img, x0, y0, x0, y0+ph, black, 1, 0)
		for qi, q := range queryNames {
			col := palette[qi%len(palette)]
			for _, series := range []struct {
				get  func(Record) float64
				dash int
			}{{func(r Record) float64 { return r.AmityP99Ms }, 0}, {func(r Record) float64 { return r.PeerP99Ms }, 8}, {func(r Record) float64 { return r.DriverP99Ms }, 3}} {
				var pts [][2]int
				for _, s := range scales {
					for _, r := range f.Results {
						if r.Scale == s && r.Query == q && r.Concurrency == c && series.get(r) > 0 {
							pts = append(pts, [2]int{px(s), py(series.get(r))})
						}
					}
				}
				for i := range pts {
					dot(img, pts[i][0], pts[i][1], col, 3)
					if i > 0 {
						line(img, pts[i-1][0], pts[i-1][1], pts[i][0], pts[i][1], col, 2, series.dash)
					}
				}
			}
		}
	}
	// legend
	ly := top + panelH + 10
	for qi, q := range queryNames {
		col := palette[qi%len(palette)]
		x := 70 + (qi%4)*300
		y := ly + (qi/4)*28
		line(img, x, y+7, x+40, y+7, col, 3, 0)
		text(img, x+50, y, q, black, 2)
	}
	text(img, 70, ly+70, "amity: cmd/amity over http. driver: the same cypher via the go driver", black, 2)
	text(img, 70, ly+94, "peer: @neo4j/graphql + @apollo/server. details in BENCHMARKS.md", black, 2)
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(out, img); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

var palette = []color.RGBA{
	{31, 119, 180, 255}, {255, 127, 14, 255}, {44, 160, 44, 255}, {214, 39, 40, 255},
	{148, 103, 189, 255}, {140, 86, 75, 255}, {227, 119, 194, 255}, {23, 190, 207, 255},
}

func formatMs(v float64) string {
	if v >= 1 {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.1f", v)
}

func fill(img *image.RGBA, r image.Rectangle, c color.RGBA) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			img.SetRGBA(x, y, c)
		}
	}
}

func dot(img *image.RGBA, x, y int, c color.RGBA, r int) {
	for dy := -r; dy <= r; dy++ {
		for dx := -r; dx <= r; dx++ {
			if dx*dx+dy*dy <= r*r {
				img.SetRGBA(x+dx, y+dy, c)
			}
		}
	}
}

// line draws from (x0,y0) to (x1,y1) with a thickness; dash > 0 draws dash-long pieces.
func line(img *image.RGBA, x0, y0, x1, y1 int, c color.RGBA, width, dash int) {
	n := max(abs(x1-x0), abs(y1-y0), 1)
	for i := 0; i <= n; i++ {
		if dash > 0 && (i/dash)%2 == 1 {
			continue
		}
		x := x0 + (x1-x0)*i/n
		y := y0 + (y1-y0)*i/n
		for w := 0; w < width; w++ {
			for v := 0; v < width; v++ {
				img.SetRGBA(x+w-width/2, y+v-width/2, c)
			}
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// text writes s with the built-in 5x7 font at scale k (letters are drawn in capitals).
func text(img *image.RGBA, x, y int, s string, c color.RGBA, k int) {
	for _, r := range strings.ToUpper(s) {
		g, ok := font5x7[r]
		if !ok {
			g = font5x7['?']
		}
		for row, bits := range g {
			for col := 0; col < 5; col++ {
				if bits[col] == '#' {
					for dy := 0; dy < k; dy++ {
						for dx := 0; dx < k; dx++ {
							img.SetRGBA(x+col*k+dx, y+row*k+dy, c)
						}
					}
				}
			}
		}
		x += 6 * k
	}
}

var font5x7 = map[rune][7]string{
	' ': {".....", ".....", ".....", ".....", ".....", ".....", "....."},
	'0': {".###.", "#...#", "#..##", "#.#.#", "##..#", "#...#", ".###."},
	'1': {"..#..", ".##..", "..#..", "..#..", "..#..", "..#..", ".###."},
	'2': {".###.", "#...#", "....#", "...#.", "..#..", ".#...", "#####"},
	'3': {"#####", "...#.", "..#..", "...#.", "....#", "#...#", ".###."},
	'4': {"...#.", "..##.", ".#.#.", "#..#.", "#####", "...#.", "...#."},
	'5': {"#####", "#....", "####.", "....#", "....#", "#...#", ".###."},
	'6': {"..##.", ".#...", "#....", "####.", "#...#", "#...#", ".###."},
	'7': {"#####", "....#", "...#.", "..#..", ".#...", ".#...", ".#..."},
	'8': {".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###."},
	'9': {".###.", "#...#", "#...#", ".####", "....#", "...#.", ".##.."},
	'A': {".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"},
	'B': {"####.", "#...#", "#...#", "####.", "#...#", "#...#", "####."},
	'C': {".###.", "#...#", "#....", "#....", "#....", "#...#", ".###."},
	'D': {"###..", "#..#.", "#...#", "#...#", "#...#", "#..#.", "###.."},
	'E': {"#####", "#....", "#....", "####.", "#....", "#....", "#####"},
	'F': {"#####", "#....", "#....", "####.", "#....", "#....", "#...."},
	'G': {".###.", "#...#", "#....", "#.###", "#...#", "#...#", ".####"},
	'H': {"#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"},
	'I': {".###.", "..#..", "..#..", "..#..", "..#..", "..#..", ".###."},
	'J': {"..###", "...#.", "...#.", "...#.", "...#.", "#..#.", ".##.."},
	'K': {"#...#", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "#...#"},
	'L': {"#....", "#....", "#....", "#....", "#....", "#....", "#####"},
	'M': {"#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"},
	'N': {"#...#", "#...#", "##..#", "#.#.#", "#..##", "#...#", "#...#"},
	'O': {".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."},
	'P': {"####.", "#...#", "#...#", "####.", "#....", "#....", "#...."},
	'Q': {".###.", "#...#", "#...#", "#...#", "#.#.#", "#..#.", ".##.#"},
	'R': {"####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"},
	'S': {".####", "#....", "#....", ".###.", "....#", "....#", "####."},
	'T': {"#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."},
	'U': {"#...#", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."},
	'V': {"#...#", "#...#", "#...#", "#...#", "#...#", ".#.#.", "..#.."},
	'W': {"#...#", "#...#", "#...#", "#.#.#", "#.#.#", "#.#.#", ".#.#."},
	'X': {"#...#", "#...#", ".#.#.", "..#..", ".#.#.", "#...#", "#...#"},
	'Y': {"#...#", "#...#", ".#.#.", "..#..", "..#..", "..#..", "..#.."},
	'Z': {"#####", "....#", "...#.", "..#..", ".#...", "#....", "#####"},
	'.': {".....", ".....", ".....", ".....", ".....", ".##..", ".##.."},
	',': {".....", ".....", ".....", ".....", ".##..", "..#..", ".#..."},
	':': {".....", ".##..", ".##..", ".....", ".##..", ".##..", "....."},
	';': {".....", ".##..", ".##..", ".....", ".##..", "..#..", ".#..."},
	'-': {".....", ".....", ".....", "#####", ".....", ".....", "....."},
	'_': {".....", ".....", ".....", ".....", ".....", ".....", "#####"},
	'=': {".....", ".....", "#####", ".....", "#####", ".....", "....."},
	'+': {".....", "..#..", "..#..", "#####", "..#..", "..#..", "....."},
	'(': {"...#.", "..#..", ".#...", ".#...", ".#...", "..#..", "...#."},
	')': {".#...", "..#..", "...#.", "...#.", "...#.", "..#..", ".#..."},
	'/': {".....", "....#", "...#.", "..#..", ".#...", "#....", "....."},
	'@': {".###.", "#...#", "#.###", "#.#.#", "#.###", "#....", ".###."},
	'%': {"##...", "##..#", "...#.", "..#..", ".#...", "#..##", "...##"},
	'<': {"...#.", "..#..", ".#...", "#....", ".#...", "..#..", "...#."},
	'>': {".#...", "..#..", "...#.", "....#", "...#.", "..#..", ".#..."},
	'?': {".###.", "#...#", "....#", "...#.", "..#..", ".....", "..#.."},
	'*': {".....", "..#..", "#.#.#", ".###.", "#.#.#", "..#..", "....."},
}
