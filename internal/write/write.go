// Package write owns validate-then-write: it checks kg records (each alone, against each
// other and against the graph) and writes them through the store, one transaction per
// unit, only when every record of every unit is valid; the loader also skips the units
// whose content the graph already holds (Options.SkipUnchanged). It reads no files: the
// loader's file readers, the importers and the editor mutations all hand it records.
package write

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"slices"
	"time"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// Graph is what the loader needs of the store.
type Graph interface {
	KindsOf(ctx context.Context, ids []string) (map[string]kg.Kind, error)
	SourcesExist(ctx context.Context, ids []string) (map[string]bool, error)
	WriteRecords(ctx context.Context, rec store.Records, progress store.Progress) error
}

// maxErrors caps how many problems one validation reports, so a broken file does not
// flood the terminal.
const maxErrors = 25

// ValidationError lists every problem found; nothing was written.
type ValidationError struct{ Problems []error }

func (e *ValidationError) Error() string {
	msg := fmt.Sprintf("%d problem(s) in the data; nothing was written:", len(e.Problems))
	for _, p := range e.Problems {
		msg += "\n  " + p.Error()
	}
	return msg
}

func (e *ValidationError) Unwrap() []error { return e.Problems }

type declared struct {
	kind  kg.Kind
	pos   kg.Pos
	props map[string]any
}

// Validate checks every record of every unit, and the references between them and the
// graph, before anything is written.
func Validate(ctx context.Context, g Graph, units []store.Records) error {
	units = yieldToAuthority(units)
	var problems []error
	add := func(err error) {
		if len(problems) < maxErrors {
			problems = append(problems, err)
		}
	}
	sources := map[string]kg.Pos{}
	entities := map[string]declared{}
	for _, u := range units {
		for _, s := range u.Sources {
			if err := s.Validate(); err != nil {
				add(err)
				continue
			}
			sources[s.ID] = s.Pos
		}
	}
	// cited collects source ids no unit declares; they must already be in the graph.
	var cited []string
	cite := func(ids ...string) {
		for _, id := range ids {
			if _, ok := sources[id]; !ok {
				cited = append(cited, id)
			}
		}
	}
	for _, u := range units {
		for _, e := range u.Entities {
			if err := e.Validate(); err != nil {
				add(err)
				continue
			}
			cite(e.Sources...)
			for _, f := range e.Figures {
				cite(f.Source)
			}
			flat := e.FlatProps()
			if prev, ok := entities[e.ID]; ok {
				if prev.kind != e.Kind {
					add(&kg.FieldError{Pos: e.Pos, Field: "kind", Msg: fmt.Sprintf("%s is a %s here but a %s at %s", e.ID, e.Kind, prev.kind, prev.pos)})
					continue
				}
				for k, v := range flat {
					if pv, ok := prev.props[k]; ok && !reflect.DeepEqual(pv, v) && !numEqual(pv, v) {
						add(&kg.FieldError{Pos: e.Pos, Field: "props." + k, Msg: fmt.Sprintf("%s has %s=%v here but %v at %s", e.ID, k, v, pv, prev.pos)})
					} else if !ok {
						prev.props[k] = v
					}
				}
				continue
			}
			entities[e.ID] = declared{kind: e.Kind, pos: e.Pos, props: flat}
		}
	}
	// Relations may refer to entities already in the graph (an editor's later write).
	var unknown []string
	for _, u := range units {
		for _, r := range u.Relations {
			for _, id := range []string{r.From, r.To} {
				if _, ok := entities[id]; !ok {
					unknown = append(unknown, id)
				}
			}
		}
	}
	inGraph := map[string]kg.Kind{}
	if len(unknown) > 0 && g != nil {
		var err error
		if inGraph, err = g.KindsOf(ctx, kg.Dedupe(unknown)); err != nil {
			return fmt.Errorf("validate: look up referenced entities: %w", err)
		}
	}
	kindOf := func(id string) (kg.Kind, bool) {
		if d, ok := entities[id]; ok {
			return d.kind, true
		}
		k, ok := inGraph[id]
		return k, ok
	}
	for _, u := range units {
		seen := map[string]kg.Pos{}
		for _, r := range u.Relations {
			if err := r.Validate(kindOf); err != nil {
				add(err)
				continue
			}
			cite(r.Sources...)
			c := r.Canonical()
			key := c.From + "|" + c.Type + "|" + c.To + "|" + c.KeyValue()
			if p, dup := seen[key]; dup {
				add(&kg.FieldError{Pos: r.Pos, Msg: fmt.Sprintf("%s %s %s repeats the record at %s", r.From, r.Type, r.To, p)})
			}
			seen[key] = r.Pos
		}
	}
	if len(cited) > 0 {
		known := map[string]bool{}
		if g != nil {
			var err error
			if known, err = g.SourcesExist(ctx, kg.Dedupe(cited)); err != nil {
				return fmt.Errorf("validate: look up cited sources: %w", err)
			}
		}
		for _, u := range units {
			check := func(pos kg.Pos, field string, ids []string) {
				for _, id := range ids {
					if _, ok := sources[id]; !ok && !known[id] {
						add(&kg.FieldError{Pos: pos, Field: field, Msg: fmt.Sprintf("cites %s, which no file declares", id)})
					}
				}
			}
			for _, e := range u.Entities {
				check(e.Pos, "sources", e.Sources)
				for i, f := range e.Figures {
					check(e.Pos, fmt.Sprintf("figures[%d].source", i), []string{f.Source})
				}
			}
			for _, r := range u.Relations {
				check(r.Pos, "sources", r.Sources)
			}
		}
	}
	if len(problems) > 0 {
		return &ValidationError{Problems: problems}
	}
	return nil
}

func numEqual(a, b any) bool {
	fa, ok1 := toFloat(a)
	fb, ok2 := toFloat(b)
	return ok1 && ok2 && fa == fb
}

func toFloat(v any) (float64, bool) {
	switch n := v.(type) {
	case int:
		return float64(n), true
	case int64:
		return float64(n), true
	case float64:
		return n, true
	}
	return 0, false
}

// Summary says what a load wrote.
type Summary struct {
	Units    int      // units given
	Records  int      // records written (those of skipped units are not)
	Skipped  []string // names of the units skipped as unchanged, in order
	Duration time.Duration
}

// Options tune a load.
type Options struct {
	// Progress receives a progress bar; nil means silent. A terminal gets a redrawn bar,
	// anything else a line per unit.
	Progress io.Writer
	// SkipUnchanged skips every unit whose content the graph already holds: a unit is
	// written with its fingerprint (store.Fingerprint, kept on a LoadUnit node under the
	// unit's name), and a later load whose unit has the same fingerprint leaves it alone.
	// Validation still covers every unit. Unit names must then be unique and not empty,
	// and the graph must be a Ledger. amity-load sets it; editor mutations never do, so
	// their changes are always written.
	SkipUnchanged bool
	// Force, with SkipUnchanged, writes every unit all the same, each with its
	// fingerprint (amity-load -force): for a graph changed behind the loader's back.
	Force bool
}

// Ledger is what SkipUnchanged needs of the store besides Graph: the fingerprints of
// the units the graph was loaded with.
type Ledger interface {
	LoadUnits(ctx context.Context) (map[string]store.LoadUnit, error)
}

// Load validates all units, then writes each in its own transaction, skipping those
// the graph already holds when opt.SkipUnchanged.
func Load(ctx context.Context, g Graph, units []store.Records, opt Options) (Summary, error) {
	start := time.Now()
	if err := Validate(ctx, g, units); err != nil {
		return Summary{}, err
	}
	units = yieldToAuthority(units)
	sum := Summary{Units: len(units)}
	todo := units
	if opt.SkipUnchanged {
		var err error
		if todo, sum.Skipped, err = unchanged(ctx, g, units, opt.Force); err != nil {
			return Summary{}, err
		}
	}
	total := 0
	for _, u := range todo {
		total += len(u.Sources) + len(u.Entities) + len(u.Relations)
	}
	bar := newBar(opt.Progress, total)
	for _, name := range sum.Skipped {
		bar.unitSkipped(name)
	}
	for _, u := range todo {
		base := sum.Records
		err := g.WriteRecords(ctx, u, func(done, _ int) { bar.set(base+done, u.Name) })
		if err != nil {
			bar.done()
			return sum, fmt.Errorf("load %s: %w", u.Name, err)
		}
		sum.Records += len(u.Sources) + len(u.Entities) + len(u.Relations)
		bar.unitDone(u.Name, sum.Records)
	}
	bar.done()
	sum.Duration = time.Since(start)
	return sum, nil
}

// unchanged splits units into those to write, each given its fingerprint, and the names
// of those whose fingerprint the graph already holds (none when force).
func unchanged(ctx context.Context, g Graph, units []store.Records, force bool) (todo []store.Records, skipped []string, err error) {
	ledger, ok := g.(Ledger)
	if !ok {
		return nil, nil, errors.New("load: skipping unchanged units needs a graph that keeps load units")
	}
	seen := map[string]bool{}
	for _, u := range units {
		if u.Name == "" || seen[u.Name] {
			return nil, nil, fmt.Errorf("load: skipping unchanged units needs unique unit names; %q is empty or repeated", u.Name)
		}
		seen[u.Name] = true
	}
	stored := map[string]store.LoadUnit{}
	if !force {
		if stored, err = ledger.LoadUnits(ctx); err != nil {
			return nil, nil, fmt.Errorf("load: read load units: %w", err)
		}
	}
	for _, u := range units {
		u.Fingerprint = store.Fingerprint(u)
		if prev, ok := stored[u.Name]; ok && prev.Fingerprint == u.Fingerprint {
			skipped = append(skipped, u.Name)
			continue
		}
		todo = append(todo, u)
	}
	return todo, skipped, nil
}

// IsValidation reports whether err is a data problem rather than a database one.
func IsValidation(err error) bool {
	var v *ValidationError
	var f *kg.FieldError
	return errors.As(err, &v) || errors.As(err, &f)
}

type bar struct {
	w     io.Writer
	tty   bool
	total int
	start time.Time
	last  time.Time
	shown bool
}

func newBar(w io.Writer, total int) *bar {
	b := &bar{w: w, total: total, start: time.Now()}
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			b.tty = true
		}
	}
	return b
}

func (b *bar) rate(n int) float64 {
	el := time.Since(b.start).Seconds()
	if el <= 0 {
		return 0
	}
	return float64(n) / el
}

func (b *bar) set(n int, unit string) {
	if b.w == nil || !b.tty || time.Since(b.last) < 100*time.Millisecond && n < b.total {
		return
	}
	b.last = time.Now()
	const width = 30
	fill := 0
	if b.total > 0 {
		fill = n * width / b.total
	}
	bar := slices.Repeat([]byte{'='}, fill)
	bar = append(bar, slices.Repeat([]byte{' '}, width-fill)...)
	fmt.Fprintf(b.w, "\r[%s] %d/%d records  %.0f/s  %-40.40s", bar, n, b.total, b.rate(n), unit)
	b.shown = true
}

func (b *bar) unitDone(unit string, n int) {
	if b.w != nil && !b.tty {
		fmt.Fprintf(b.w, "loaded %s (%d/%d records, %.0f/s)\n", unit, n, b.total, b.rate(n))
	}
}

func (b *bar) unitSkipped(unit string) {
	if b.w != nil && !b.tty {
		fmt.Fprintf(b.w, "unchanged %s (skipped)\n", unit)
	}
}

func (b *bar) done() {
	if b.w != nil && b.shown {
		fmt.Fprintln(b.w)
	}
}

// yieldToAuthority removes from the units that are not authoritative (reference data)
// every property that an authoritative unit (a curated fact file) states for the same
// entity: reference data fills in what the curated facts leave open and never
// contradicts them, whichever is written last. Units are copied only where something is
// removed.
func yieldToAuthority(units []store.Records) []store.Records {
	stated := map[string]map[string]bool{}
	for _, u := range units {
		if !u.Authoritative {
			continue
		}
		for _, e := range u.Entities {
			m := stated[e.ID]
			if m == nil {
				m = map[string]bool{}
				stated[e.ID] = m
			}
			for k := range e.FlatProps() {
				m[k] = true
			}
		}
	}
	if len(stated) == 0 {
		return units
	}
	out, copied := units, false
	for i, u := range units {
		if u.Authoritative {
			continue
		}
		var ents []kg.Entity
		for j, e := range u.Entities {
			m := stated[e.ID]
			if m == nil || !overlaps(e, m) {
				continue
			}
			if ents == nil {
				ents = slices.Clone(u.Entities)
			}
			ents[j] = withoutProps(e, m)
		}
		if ents != nil {
			if !copied {
				out, copied = slices.Clone(units), true
			}
			out[i].Entities = ents
		}
	}
	return out
}

func overlaps(e kg.Entity, stated map[string]bool) bool {
	for k := range e.Props {
		if stated[k] {
			return true
		}
	}
	for _, f := range e.Figures {
		if stated[f.Name] {
			return true
		}
	}
	return false
}

func withoutProps(e kg.Entity, stated map[string]bool) kg.Entity {
	props := make(map[string]any, len(e.Props))
	for k, v := range e.Props {
		if !stated[k] {
			props[k] = v
		}
	}
	e.Props = props
	var figs []kg.Figure
	for _, f := range e.Figures {
		if !stated[f.Name] {
			figs = append(figs, f)
		}
	}
	e.Figures = figs
	return e
}
