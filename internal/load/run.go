package load

import (
	"cmp"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/load/refdata"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/write"
)

// A Dataset is one entry of amity-load: a name and how to read the data set into load
// units. Adding a data set is adding an entry to Datasets.
type Dataset struct {
	// Name names the data set in the report, prefixes its units' names (the key their
	// fingerprints are kept under) and names its file of unresolved rows,
	// unresolved-<Name>.csv. Keep it stable: a new name writes the units again.
	Name string
	// Read reads the data set. An error stops the load before anything is written.
	Read func(in *Input) (*DatasetResult, error)
	// ReadLast reads the data set after every other one, though its units are written
	// in its place in the list: the reference data, whose towns enter the graph when
	// another data set finds them through its Places.
	ReadLast bool
}

// Datasets are read, validated together and written in this order. Curated facts come
// first so that their names win; a data set that finds places through the reference
// data asks in.Reference(), which reads it once whoever asks first.
var Datasets = []Dataset{
	{Name: "curated", Read: readCurated},
	{Name: "refdata", Read: readReference, ReadLast: true},
	{Name: "missions", Read: readMissions},
	{Name: "hsg", Read: readHSG},
	{Name: "pocom", Read: readPocom},
	{Name: "mayors", Read: readMayors},
}

// Input is what a data set's reader is given.
type Input struct {
	DataDir string // the data folder, holding curated/ and reference/

	ref    *refdata.Result
	refErr error
	refOK  bool
}

// Reference is the reference data (countries, cities, twins) of DataDir, read on first
// use and shared by every reader of the load.
func (in *Input) Reference() (*refdata.Result, error) {
	if !in.refOK {
		in.ref, in.refErr = refdata.Read(filepath.Join(in.DataDir, "reference"))
		if in.refErr != nil {
			in.refErr = fmt.Errorf("read reference data: %w", in.refErr)
		}
		in.refOK = true
	}
	return in.ref, in.refErr
}

// DatasetResult is what a data set's reader returns.
type DatasetResult struct {
	// Units are written in order, each in one transaction and skipped when unchanged;
	// their names are prefixed with the data set's name by ReadDatasets.
	Units []store.Records
	// Files count the rows of each file read. Every row is imported, merged into a
	// record another row gave, or unresolved (in Unresolved, with the same File).
	Files      []FileCounts
	Unresolved []Unresolved
	// Doubtful are rows imported on evidence a person should check: a visitor named by
	// surname alone taken for the only full name that fits, a twin placed by its name
	// although its coordinates lie in another country.
	Doubtful []Doubtful
}

// Doubtful is a row imported on evidence a person should check.
type Doubtful struct {
	File   string
	Line   int
	ID     string // the node it became or was merged into
	Detail string
}

// FileCounts are the rows of one file of a data set.
type FileCounts struct {
	File     string // base name
	Read     int    // rows (for curated YAML: records) read
	Imported int    // rows that became a record of their own
	Merged   int    // rows folded into a record another row of the data set gave (the same id, the same pair)
}

// Unresolved is a row that was not imported, and why.
type Unresolved struct {
	File   string   // base name of the file
	Line   int      // line the row starts on
	Row    []string // the row's values
	Reason string   // a short, stable reason, such as ambiguous-city
	Detail string   // for a person to read
	// Part is set when the row was imported without this part of it (a city of a
	// trip's locale that does not resolve): the row itself counts as imported.
	Part bool
}

// DatasetRead is one data set as read for a load.
type DatasetRead struct {
	Name string
	*DatasetResult
}

// ReadDatasets reads each data set of sets from dataDir, stopping at the first that
// fails. Unit names become "<data set>/<unit>" (or the data set's name for an unnamed
// or sole unit).
func ReadDatasets(dataDir string, sets []Dataset) ([]DatasetRead, error) {
	in := &Input{DataDir: dataDir}
	out := make([]DatasetRead, len(sets))
	for _, last := range []bool{false, true} {
		for i, d := range sets {
			if d.ReadLast != last {
				continue
			}
			res, err := d.Read(in)
			if err != nil {
				return nil, fmt.Errorf("data set %s: %w", d.Name, err)
			}
			for i := range res.Units {
				if n := res.Units[i].Name; n == "" || n == d.Name {
					res.Units[i].Name = d.Name
				} else {
					res.Units[i].Name = d.Name + "/" + n
				}
			}
			out[i] = DatasetRead{Name: d.Name, DatasetResult: res}
		}
	}
	return out, nil
}

// Units reads every data set of Datasets (only the curated facts when curatedOnly) into
// load units, in order.
func Units(dataDir string, curatedOnly bool) ([]store.Records, []DatasetRead, error) {
	sets := Datasets
	if curatedOnly {
		sets = []Dataset{Datasets[0]}
	}
	reads, err := ReadDatasets(dataDir, sets)
	if err != nil {
		return nil, nil, err
	}
	var units []store.Records
	for _, r := range reads {
		units = append(units, r.Units...)
	}
	return units, reads, nil
}

// readCurated reads data/curated: one unit per file, named by the file. A record
// repeating an id (or a relation repeating a pair) an earlier record gave is merged.
func readCurated(in *Input) (*DatasetResult, error) {
	units, err := ReadCuratedDir(filepath.Join(in.DataDir, "curated"))
	if err != nil {
		return nil, err
	}
	res := &DatasetResult{Units: units}
	seen := map[string]bool{}
	for i := range res.Units {
		u := &res.Units[i]
		fc := FileCounts{File: filepath.Base(u.Name)}
		u.Name = fc.File
		keys := make([]string, 0, len(u.Sources)+len(u.Entities)+len(u.Relations))
		for _, s := range u.Sources {
			keys = append(keys, "source|"+s.ID)
		}
		for _, e := range u.Entities {
			keys = append(keys, "entity|"+e.ID)
		}
		for _, r := range u.Relations {
			keys = append(keys, "relation|"+relationKey(r))
		}
		for _, k := range keys {
			fc.Read++
			if seen[k] {
				fc.Merged++
			} else {
				fc.Imported++
				seen[k] = true
			}
		}
		res.Files = append(res.Files, fc)
	}
	return res, nil
}

// readReference reads data/reference as one unit. Its rows are counted from refdata's
// Stats: every row of a file is imported, merged or unresolved.
func readReference(in *Input) (*DatasetResult, error) {
	ref, err := in.Reference()
	if err != nil {
		return nil, err
	}
	// Several units, as refdata splits them: one transaction for all the cities and their
	// aliases outgrows what Neo4j allows a transaction.
	res := &DatasetResult{}
	for _, p := range ref.Parts() {
		res.Units = append(res.Units, store.Records{Name: p.Name, Sources: p.Sources, Entities: p.Entities, Relations: p.Relations})
	}
	for _, f := range ref.DataSets() {
		if f.File == refdata.GeoNamesFile {
			// An index more than a file of rows: most of its places are only looked up
			// (refdata's Stats and DataSets count them).
			continue
		}
		res.Files = append(res.Files, FileCounts{File: f.File, Read: f.Read, Imported: f.Imported, Merged: f.Merged})
	}
	for _, u := range ref.Unresolved {
		res.Unresolved = append(res.Unresolved, Unresolved{File: u.File, Line: u.Line, Row: u.Row, Reason: u.Reason, Detail: u.Detail})
	}
	for _, c := range ref.Checks {
		res.Doubtful = append(res.Doubtful, Doubtful{File: c.File, Line: c.Line, ID: c.ID, Detail: c.Detail})
	}
	return res, nil
}

func relationKey(r kg.Relation) string {
	c := r.Canonical()
	return c.From + "|" + c.Type + "|" + c.To + "|" + c.KeyValue()
}

// RunOptions configure the amity-load command.
type RunOptions struct {
	DataDir      string
	CuratedOnly  bool
	ValidateOnly bool
	// Force writes every unit, even those the graph already holds unchanged (and
	// records their fingerprints afresh).
	Force bool
	// UnresolvedDir receives unresolved-<data set>.csv for every data set read; "" for
	// none.
	UnresolvedDir string
	Progress      io.Writer // progress bar
	Out           io.Writer // summary
}

// DB is what a full load needs of the store.
type DB interface {
	write.Graph
	write.Ledger
	Ping(ctx context.Context) error
	Migrate(ctx context.Context) error
	Stats(ctx context.Context) (kg.Stats, error)
	Unsourced(ctx context.Context) (nodes, rels int64, err error)
}

// Run is the whole of amity-load: read, validate, migrate, write what changed, report.
func Run(ctx context.Context, db DB, opt RunOptions) error {
	out := opt.Out
	if out == nil {
		out = io.Discard
	}
	start := time.Now()
	units, reads, err := Units(opt.DataDir, opt.CuratedOnly)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "read %d data sets, %d units, %d records in %s\n", len(reads), len(units), countRecords(units), time.Since(start).Round(time.Millisecond))
	if err := db.Ping(ctx); err != nil {
		return err
	}
	if opt.ValidateOnly {
		if err := write.Validate(ctx, db, units); err != nil {
			return err
		}
		fmt.Fprintf(out, "valid: %d units, %d records\n", len(units), countRecords(units))
		return report(out, reads, nil, false, opt.UnresolvedDir)
	}
	if err := db.Migrate(ctx); err != nil {
		return err
	}
	for i := range units {
		units[i].Change = store.ChangeMeta{Actor: "amity-load", Role: "loader", Operation: "load"}
	}
	sum, err := write.Load(ctx, db, units, write.Options{Progress: opt.Progress, SkipUnchanged: true, Force: opt.Force})
	if err != nil {
		return err
	}
	if sum.Records > 0 {
		fmt.Fprintf(out, "wrote %d records of %d units in %s (%.0f records/s); %d units unchanged, skipped\n",
			sum.Records, sum.Units-len(sum.Skipped), sum.Duration.Round(time.Millisecond), float64(sum.Records)/sum.Duration.Seconds(), len(sum.Skipped))
	} else {
		fmt.Fprintf(out, "wrote nothing: all %d units unchanged (checked in %s)\n", sum.Units, sum.Duration.Round(time.Millisecond))
	}
	if err := report(out, reads, sum.Skipped, true, opt.UnresolvedDir); err != nil {
		return err
	}
	st, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "graph: %d nodes, %d relationships\n", st.Nodes, st.Relationships)
	for _, c := range st.Labels {
		fmt.Fprintf(out, "  :%-13s %7d\n", c.Name, c.Count)
	}
	for _, c := range st.RelTypes {
		fmt.Fprintf(out, "  [%-16s] %6d\n", c.Name, c.Count)
	}
	un, ur, err := db.Unsourced(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "entities without a source: %d, relationships without a source: %d\n", un, ur)
	fmt.Fprintf(out, "total %s\n", time.Since(start).Round(time.Millisecond))
	return nil
}

func countRecords(units []store.Records) int {
	n := 0
	for _, u := range units {
		n += len(u.Sources) + len(u.Entities) + len(u.Relations)
	}
	return n
}

// DatasetReport is what amity-load says of one data set.
type DatasetReport struct {
	Name   string
	Totals FileCounts // of every file; File is empty
	Files  []FileCounts
	// UnresolvedByFile and UnresolvedByReason count the rows in Unresolved.
	UnresolvedByFile, UnresolvedByReason map[string]int
	Unresolved                           int
	// Entities and relations that an earlier data set also gives: the graph holds one
	// node or edge citing both.
	SharedEntities, SharedRelations int
	Units, Skipped                  []string // unit names; those skipped as unchanged
}

// Reports sums each data set's counts. skipped names the units a load skipped.
func Reports(reads []DatasetRead, skipped []string) []DatasetReport {
	earlierEntities, earlierRelations := map[string]bool{}, map[string]bool{}
	out := make([]DatasetReport, 0, len(reads))
	for _, r := range reads {
		rep := DatasetReport{Name: r.Name, Files: r.Files, Unresolved: len(r.Unresolved),
			UnresolvedByFile: map[string]int{}, UnresolvedByReason: map[string]int{}}
		for _, f := range r.Files {
			rep.Totals.Read += f.Read
			rep.Totals.Imported += f.Imported
			rep.Totals.Merged += f.Merged
		}
		for _, u := range r.Unresolved {
			rep.UnresolvedByFile[u.File]++
			rep.UnresolvedByReason[u.Reason]++
		}
		ents, rels := map[string]bool{}, map[string]bool{}
		for _, u := range r.Units {
			rep.Units = append(rep.Units, u.Name)
			if slices.Contains(skipped, u.Name) {
				rep.Skipped = append(rep.Skipped, u.Name)
			}
			for _, e := range u.Entities {
				ents[e.ID] = true
			}
			for _, rel := range u.Relations {
				rels[relationKey(rel)] = true
			}
		}
		for id := range ents {
			if earlierEntities[id] {
				rep.SharedEntities++
			}
		}
		for k := range rels {
			if earlierRelations[k] {
				rep.SharedRelations++
			}
		}
		maps.Copy(earlierEntities, ents)
		maps.Copy(earlierRelations, rels)
		out = append(out, rep)
	}
	return out
}

// report prints every data set's counts and, when dir is set, writes its unresolved
// rows there. loaded says whether units were written (or skipped), not only validated.
func report(out io.Writer, reads []DatasetRead, skipped []string, loaded bool, dir string) error {
	reps := Reports(reads, skipped)
	fmt.Fprintf(out, "%-10s %9s %9s %8s %10s  %s\n", "data set", "rows read", "imported", "merged", "unresolved", "units")
	for _, rep := range reps {
		fmt.Fprintf(out, "%-10s %9d %9d %8d %10d  %s\n", rep.Name, rep.Totals.Read, rep.Totals.Imported, rep.Totals.Merged,
			rep.Unresolved, unitsLine(rep, loaded))
	}
	width := 0
	for _, rep := range reps {
		for _, f := range rep.Files {
			width = max(width, len(f.File))
		}
	}
	for i, rep := range reps {
		fmt.Fprintf(out, "%s:\n", rep.Name)
		if len(rep.Files) > 1 {
			for _, f := range rep.Files {
				fmt.Fprintf(out, "  %-*s %7d read %7d imported %6d merged %6d unresolved\n",
					width, f.File, f.Read, f.Imported, f.Merged, rep.UnresolvedByFile[f.File])
			}
		}
		if rep.SharedEntities+rep.SharedRelations > 0 {
			fmt.Fprintf(out, "  also in earlier data sets (one node or edge citing both): %d entities, %d relations\n", rep.SharedEntities, rep.SharedRelations)
		}
		us := reads[i].Unresolved
		for _, reason := range slices.Sorted(maps.Keys(rep.UnresolvedByReason)) {
			u := us[slices.IndexFunc(us, func(u Unresolved) bool { return u.Reason == reason })]
			fmt.Fprintf(out, "  unresolved %-18s %6d  e.g. %s:%d %s (%s)\n", reason, rep.UnresolvedByReason[reason], u.File, u.Line, strings.Join(u.Row, ","), u.Detail)
		}
		if ds := reads[i].Doubtful; len(ds) > 0 {
			fmt.Fprintf(out, "  to check %18d  e.g. %s:%d as %s (%s)\n", len(ds), ds[0].File, ds[0].Line, ds[0].ID, ds[0].Detail)
			if dir != "" {
				path := filepath.Join(dir, "check-"+rep.Name+".csv")
				if err := writeDoubtful(path, ds); err != nil {
					return err
				}
				fmt.Fprintf(out, "  rows to check: %s\n", path)
			}
		}
		if len(rep.Skipped) > 0 && len(rep.Skipped) < len(rep.Units) {
			fmt.Fprintf(out, "  unchanged, skipped: %s\n", strings.Join(rep.Skipped, ", "))
		}
		if dir != "" {
			path := filepath.Join(dir, "unresolved-"+rep.Name+".csv")
			if err := writeUnresolved(path, us); err != nil {
				return err
			}
			if len(us) > 0 {
				fmt.Fprintf(out, "  unresolved rows: %s\n", path)
			}
		}
	}
	return nil
}

func unitsLine(rep DatasetReport, loaded bool) string {
	switch n, s := len(rep.Units), len(rep.Skipped); {
	case !loaded:
		return fmt.Sprintf("%d validated", n)
	case s == 0:
		return fmt.Sprintf("%d written", n)
	case s == n:
		return fmt.Sprintf("%d unchanged, skipped", n)
	default:
		return fmt.Sprintf("%d written, %d unchanged, skipped", n-s, s)
	}
}

// writeDoubtful writes the rows of a data set that a person should check as CSV.
func writeDoubtful(path string, ds []Doubtful) error {
	rows := make([][]string, 0, len(ds)+1)
	rows = append(rows, []string{"file", "line", "node", "why"})
	for _, d := range ds {
		rows = append(rows, []string{d.File, strconv.Itoa(d.Line), d.ID, d.Detail})
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write rows to check: %w", err)
	}
	w := csv.NewWriter(f)
	if err := w.WriteAll(rows); err != nil {
		f.Close()
		return fmt.Errorf("write rows to check: %w", err)
	}
	return f.Close()
}

// writeUnresolved writes a data set's unresolved rows as CSV, sorted by file and line,
// header only when there are none (so no earlier run's file is left to mislead).
func writeUnresolved(path string, us []Unresolved) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("write unresolved report: %w", err)
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write unresolved report: %w", err)
	}
	us = slices.Clone(us)
	slices.SortStableFunc(us, func(a, b Unresolved) int { return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line)) })
	w := csv.NewWriter(f)
	_ = w.Write([]string{"file", "line", "reason", "detail", "row"})
	for _, u := range us {
		_ = w.Write([]string{u.File, strconv.Itoa(u.Line), u.Reason, u.Detail, strings.Join(u.Row, ",")})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return fmt.Errorf("write unresolved report: %w", err)
	}
	return f.Close()
}
