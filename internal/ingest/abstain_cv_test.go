//go:build abstaincv

package ingest

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"
)

// Round 12c's experiment, kept to rerun it: go test -tags abstaincv -run 'TestAbstain' -v
// ./internal/ingest/ logs the cross-validation tables the README's "Round 12c" section
// quotes. It is built only with that tag, so the ordinary runs neither skip nor spend
// time on it.

// logistic is a logistic regression of P(wrong) on standardised features.
type logistic struct {
	mean, sd, w []float64
}

func trainLogistic(xs [][]float64, ys []bool, l2 float64, wrongWeight float64) logistic {
	d := len(xs[0])
	m := logistic{mean: make([]float64, d), sd: make([]float64, d), w: make([]float64, d)}
	for j := 1; j < d; j++ {
		for _, x := range xs {
			m.mean[j] += x[j]
		}
		m.mean[j] /= float64(len(xs))
		for _, x := range xs {
			m.sd[j] += (x[j] - m.mean[j]) * (x[j] - m.mean[j])
		}
		m.sd[j] = math.Sqrt(m.sd[j] / float64(len(xs)))
		if m.sd[j] == 0 {
			m.sd[j] = 1
		}
	}
	z := make([][]float64, len(xs))
	for i, x := range xs {
		z[i] = m.standardise(x)
	}
	grad := make([]float64, d)
	for it := 0; it < 2000; it++ {
		for j := range grad {
			grad[j] = 0
		}
		var wsum float64
		for i, zi := range z {
			p := sigmoid(dot(m.w, zi))
			y, wt := 0.0, 1.0
			if ys[i] {
				y, wt = 1, wrongWeight
			}
			wsum += wt
			for j := range grad {
				grad[j] += wt * (p - y) * zi[j]
			}
		}
		for j := range grad {
			reg := 0.0
			if j > 0 {
				reg = l2 * m.w[j]
			}
			m.w[j] -= 0.5 * (grad[j]/wsum + reg)
		}
	}
	return m
}

func (m logistic) standardise(x []float64) []float64 {
	z := make([]float64, len(x))
	z[0] = 1
	for j := 1; j < len(x); j++ {
		z[j] = (x[j] - m.mean[j]) / m.sd[j]
	}
	return z
}

func (m logistic) pWrong(x []float64) float64 { return sigmoid(dot(m.w, m.standardise(x))) }

func sigmoid(v float64) float64 { return 1 / (1 + math.Exp(-v)) }

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// TestAbstainCV is the experiment: leave-one-set-out cross-validation of the model,
// logged per held-out set and threshold .
func TestAbstainCV(t *testing.T) { eachAbstainDataset(t, abstainCVTable) }

// eachAbstainDataset runs one part of the experiment on both datasets, when asked to.
func eachAbstainDataset(t *testing.T, run func(*testing.T, []linkExample)) {
	for _, data := range []string{"seen", "unseen"} {
		t.Logf("dataset: %s", data)
		run(t, abstainData(t, data))
	}
}

func abstainCVTable(t *testing.T, ex []linkExample) {
	var setNames []string
	seen := map[string]bool{}
	for _, e := range ex {
		if !seen[e.set] {
			seen[e.set] = true
			setNames = append(setNames, e.set)
		}
	}
	sort.Strings(setNames)
	thresholds := []float64{0.3, 0.5, 0.7, 0.8, 0.9, 0.95}
	for _, cfg := range []struct{ l2, wrongWeight float64 }{{0.01, 1}, {0.01, 5}, {0.1, 5}, {0.01, 20}} {
		type cell struct{ removed, lost int }
		total := make([]cell, len(thresholds))
		var b strings.Builder
		fmt.Fprintf(&b, "l2 %.2f, wrong weight %.0f\n| held-out set | right | wrong |", cfg.l2, cfg.wrongWeight)
		for _, th := range thresholds {
			fmt.Fprintf(&b, " t=%.2f |", th)
		}
		b.WriteString("\n")
		var nRight, nWrong int
		var flagged []string
		for _, s := range setNames {
			var xs [][]float64
			var ys []bool
			for _, e := range ex {
				if e.set != s {
					xs, ys = append(xs, e.x), append(ys, e.wrong)
				}
			}
			m := trainLogistic(xs, ys, cfg.l2, cfg.wrongWeight)
			row := make([]cell, len(thresholds))
			r, w := 0, 0
			for _, e := range ex {
				if e.set != s {
					continue
				}
				if e.wrong {
					w++
				} else {
					r++
				}
				p := m.pWrong(e.x)
				for k, th := range thresholds {
					if p >= th {
						if e.wrong {
							row[k].removed++
						} else {
							row[k].lost++
						}
					}
				}
				if p >= 0.5 && e.wrong {
					flagged = append(flagged, fmt.Sprintf("%q->%s %.2f", e.text, e.entity, p))
				}
			}
			nRight, nWrong = nRight+r, nWrong+w
			fmt.Fprintf(&b, "| %s | %d | %d |", s, r, w)
			for k := range thresholds {
				fmt.Fprintf(&b, " %d/%d |", row[k].removed, row[k].lost)
				total[k].removed += row[k].removed
				total[k].lost += row[k].lost
			}
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "| total | %d | %d |", nRight, nWrong)
		for k := range thresholds {
			fmt.Fprintf(&b, " %d/%d |", total[k].removed, total[k].lost)
		}
		t.Logf("wrong removed/right lost\n%s\nwrong links caught at 0.5: %s", b.String(), strings.Join(flagged, "; "))
	}
}

// stumps is an AdaBoost ensemble of one-feature decision stumps; score > 0 leans wrong.
type stumps []stump

type stump struct {
	feature   int
	threshold float64
	sign      float64 // +1: x > threshold votes wrong
	alpha     float64
}

func trainStumps(xs [][]float64, ys []bool, rounds int) stumps {
	n, d := len(xs), len(xs[0])
	w := make([]float64, n)
	for i := range w {
		w[i] = 1 / float64(n)
	}
	y := func(i int) float64 {
		if ys[i] {
			return 1
		}
		return -1
	}
	var out stumps
	for r := 0; r < rounds; r++ {
		best, bestErr := stump{}, math.Inf(1)
		for j := 1; j < d; j++ {
			vals := map[float64]bool{}
			for _, x := range xs {
				vals[x[j]] = true
			}
			for v := range vals {
				for _, sign := range []float64{1, -1} {
					e := 0.0
					for i, x := range xs {
						pred := -sign
						if x[j] > v {
							pred = sign
						}
						if pred != y(i) {
							e += w[i]
						}
					}
					if e < bestErr {
						best, bestErr = stump{feature: j, threshold: v, sign: sign}, e
					}
				}
			}
		}
		bestErr = math.Max(bestErr, 1e-9)
		if bestErr >= 0.5 {
			break
		}
		best.alpha = 0.5 * math.Log((1-bestErr)/bestErr)
		out = append(out, best)
		sum := 0.0
		for i, x := range xs {
			w[i] *= math.Exp(-best.alpha * y(i) * best.vote(x))
			sum += w[i]
		}
		for i := range w {
			w[i] /= sum
		}
	}
	return out
}

func (s stump) vote(x []float64) float64 {
	if x[s.feature] > s.threshold {
		return s.sign
	}
	return -s.sign
}

func (ss stumps) score(x []float64) float64 {
	v := 0.0
	for _, s := range ss {
		v += s.alpha * s.vote(x)
	}
	return v
}

// TestAbstainRanking logs, for each model, the out-of-fold scores ranked: how many right
// links rank above each wrong one, and the pooled AUC .
func TestAbstainRanking(t *testing.T) { eachAbstainDataset(t, abstainRanking) }

func abstainRanking(t *testing.T, ex []linkExample) {
	models := map[string]func(xs [][]float64, ys []bool) func([]float64) float64{
		"logistic l2=0.01 w=5": func(xs [][]float64, ys []bool) func([]float64) float64 {
			return trainLogistic(xs, ys, 0.01, 5).pWrong
		},
		"stumps 50": func(xs [][]float64, ys []bool) func([]float64) float64 { return trainStumps(xs, ys, 50).score },
	}
	for name, train := range models {
		oof := make([]float64, len(ex))
		sets := map[string]bool{}
		for _, e := range ex {
			sets[e.set] = true
		}
		for s := range sets {
			var xs [][]float64
			var ys []bool
			for _, e := range ex {
				if e.set != s {
					xs, ys = append(xs, e.x), append(ys, e.wrong)
				}
			}
			f := train(xs, ys)
			for i, e := range ex {
				if e.set == s {
					oof[i] = f(e.x)
				}
			}
		}
		var pairs, above float64
		var lines []string
		for i, e := range ex {
			if !e.wrong {
				continue
			}
			n := 0
			for k, o := range ex {
				if !o.wrong {
					pairs++
					if oof[k] >= oof[i] {
						n++
						above++
					}
				}
			}
			lines = append(lines, fmt.Sprintf("%-40q %-40s %6.3f  right links scoring as high: %d", e.text, e.entity, oof[i], n))
		}
		sort.Strings(lines)
		t.Logf("%s: pooled AUC %.3f\n%s", name, 1-above/pairs, strings.Join(lines, "\n"))
	}
}

// TestAbstainFeatures logs each feature's mean over right and over wrong links, and the
// in-sample AUC of a model fit to every link .
func TestAbstainFeatures(t *testing.T) {
	ex := linkExamples(t)
	var b strings.Builder
	for j, name := range abstainFeatureNames {
		var sr, sw, nr, nw float64
		for _, e := range ex {
			if e.wrong {
				sw, nw = sw+e.x[j], nw+1
			} else {
				sr, nr = sr+e.x[j], nr+1
			}
		}
		fmt.Fprintf(&b, "| %s | %.3f | %.3f |\n", name, sr/nr, sw/nw)
	}
	var xs [][]float64
	var ys []bool
	for _, e := range ex {
		xs, ys = append(xs, e.x), append(ys, e.wrong)
	}
	m := trainLogistic(xs, ys, 0.01, 5)
	var pairs, above float64
	for _, e := range ex {
		if !e.wrong {
			continue
		}
		for _, o := range ex {
			if !o.wrong {
				pairs++
				if m.pWrong(o.x) >= m.pWrong(e.x) {
					above++
				}
			}
		}
	}
	t.Logf("| feature | mean, right | mean, wrong |\n%sin-sample AUC %.3f", b.String(), 1-above/pairs)
}
