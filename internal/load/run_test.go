package load

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// dataDir is the project's data folder.
const dataDir = "../../data"

var (
	realOnce  sync.Once
	realReads []DatasetRead
	realErr   error
)

func readReal(t *testing.T) []DatasetRead {
	t.Helper()
	realOnce.Do(func() { realReads, realErr = ReadDatasets(dataDir, Datasets) })
	if realErr != nil {
		t.Fatal(realErr)
	}
	return realReads
}

// csvRows counts the data rows of a CSV file (or a gzipped one, or a TSV one, whose rows
// are lines), header excluded.
func csvRows(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var in io.Reader = f
	name := path
	if base, ok := strings.CutSuffix(path, ".gz"); ok {
		z, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		in, name = z, base
	}
	if strings.HasSuffix(name, ".tsv") {
		data, err := io.ReadAll(in)
		if err != nil {
			t.Fatal(err)
		}
		return strings.Count(strings.TrimRight(string(data), "\n"), "\n")
	}
	r := csv.NewReader(in)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return len(rows) - 1
}

// TestEveryRowIsCounted reads the real data sets: every file's rows are its rows on
// disk, and each is imported, merged or unresolved.
func TestEveryRowIsCounted(t *testing.T) {
	reads := readReal(t)
	var names []string
	for _, r := range reads {
		names = append(names, r.Name)
		for _, f := range r.Files {
			unresolved := 0
			for _, u := range r.Unresolved {
				if u.File == f.File && !u.Part {
					unresolved++
				}
			}
			if f.Read == 0 || f.Imported+f.Merged+unresolved != f.Read {
				t.Errorf("%s %s: %d imported + %d merged + %d unresolved, want the %d rows read (and more than none)",
					r.Name, f.File, f.Imported, f.Merged, unresolved, f.Read)
			}
			var onDisk int
			switch r.Name {
			case "refdata":
				onDisk = csvRows(t, filepath.Join(dataDir, "reference", f.File))
			case "curated":
				u, err := ReadCuratedFile(filepath.Join(dataDir, "curated", f.File))
				if err != nil {
					t.Fatal(err)
				}
				onDisk = len(u.Sources) + len(u.Entities) + len(u.Relations)
			default:
				continue
			}
			if f.Read != onDisk {
				t.Errorf("%s %s: %d rows read, the file holds %d", r.Name, f.File, f.Read, onDisk)
			}
		}
	}
	if diff := cmp.Diff([]string{"curated", "refdata"}, names[:2]); diff != "" {
		t.Errorf("the first data sets (-want +got):\n%s", diff)
	}
}

// TestUnitNames: units are named by data set (and file), the keys their fingerprints
// are kept under, whatever folder the data was read from.
func TestUnitNames(t *testing.T) {
	reads := readReal(t)
	files, err := filepath.Glob(filepath.Join(dataDir, "curated", "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var want, got []string
	for _, f := range files {
		want = append(want, "curated/"+filepath.Base(f))
	}
	want = append(want, "refdata/countries-regions", "refdata/cities-1", "refdata/cities-2", "refdata/cities-3",
		"refdata/cities-4", "refdata/cities-5", "refdata/relations")
	for _, r := range reads[:2] {
		for _, u := range r.Units {
			got = append(got, u.Name)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("unit names (-want +got):\n%s", diff)
	}
}

// TestReportsShared: the reference data repeats entities and pairs the articles give,
// Shenyang and its sister city Sapporo among them; the report counts them.
func TestReportsShared(t *testing.T) {
	reads := readReal(t)
	reps := Reports(reads, nil)
	curated := map[string]bool{}
	for _, u := range reads[0].Units {
		for _, e := range u.Entities {
			curated[e.ID] = true
		}
	}
	shared := map[string]bool{}
	for _, u := range reads[1].Units {
		for _, e := range u.Entities {
			if curated[e.ID] {
				shared[e.ID] = true
			}
		}
	}
	for _, id := range []string{"city:cn:shenyang", "city:jp:sapporo", "country:jp"} {
		if !shared[id] {
			t.Errorf("%s should be in both the curated files and the reference data", id)
		}
	}
	if reps[1].SharedEntities != len(shared) || reps[1].SharedRelations == 0 {
		t.Errorf("refdata report: %d shared entities, %d shared relations; want %d and more than none",
			reps[1].SharedEntities, reps[1].SharedRelations, len(shared))
	}
	if reps[0].SharedEntities != 0 || reps[0].SharedRelations != 0 {
		t.Errorf("the first data set shares nothing with earlier ones: %+v", reps[0])
	}
}

// memDB is a graph in memory: it keeps which units were written and their fingerprints.
type memDB struct {
	written []string
	units   map[string]store.LoadUnit
}

func (m *memDB) KindsOf(context.Context, []string) (map[string]kg.Kind, error) {
	return map[string]kg.Kind{}, nil
}
func (m *memDB) SourcesExist(context.Context, []string) (map[string]bool, error) {
	return map[string]bool{}, nil
}
func (m *memDB) WriteRecords(_ context.Context, rec store.Records, _ store.Progress) error {
	m.written = append(m.written, rec.Name)
	if rec.Fingerprint != "" {
		m.units[rec.Name] = store.LoadUnit{Name: rec.Name, Fingerprint: rec.Fingerprint}
	}
	return nil
}
func (m *memDB) LoadUnits(context.Context) (map[string]store.LoadUnit, error) {
	return maps.Clone(m.units), nil
}
func (m *memDB) Ping(context.Context) error                      { return nil }
func (m *memDB) Migrate(context.Context) error                   { return nil }
func (m *memDB) Stats(context.Context) (kg.Stats, error)         { return kg.Stats{}, nil }
func (m *memDB) Unsourced(context.Context) (int64, int64, error) { return 0, 0, nil }

// TestRunReportsEveryDataset runs amity-load twice over the real data: the first run
// writes every unit, the second none, and both report every data set and write its
// unresolved rows.
func TestRunReportsEveryDataset(t *testing.T) {
	reads := readReal(t)
	db := &memDB{units: map[string]store.LoadUnit{}}
	dir := t.TempDir()
	var out bytes.Buffer
	opt := RunOptions{DataDir: dataDir, UnresolvedDir: dir, Out: &out}
	if err := Run(context.Background(), db, opt); err != nil {
		t.Fatal(err)
	}
	var units []string
	for _, r := range reads {
		units = append(units, unitNames(r)...)
	}
	if diff := cmp.Diff(units, db.written); diff != "" {
		t.Errorf("first run wrote (-want +got):\n%s", diff)
	}
	for _, rep := range Reports(reads, nil) {
		line := fmt.Sprintf("%-10s %9d %9d %8d %10d  %d written", rep.Name, rep.Totals.Read, rep.Totals.Imported, rep.Totals.Merged, rep.Unresolved, len(rep.Units))
		if !strings.Contains(out.String(), line) {
			t.Errorf("first run's report lacks %q:\n%s", line, out.String())
		}
	}

	out.Reset()
	db.written = nil
	if err := Run(context.Background(), db, opt); err != nil {
		t.Fatal(err)
	}
	if len(db.written) != 0 {
		t.Errorf("a rerun over unchanged data wrote %v", db.written)
	}
	for _, r := range reads {
		rep := Reports([]DatasetRead{r}, nil)[0]
		line := fmt.Sprintf("%-10s %9d %9d %8d %10d  %d unchanged, skipped", r.Name, rep.Totals.Read, rep.Totals.Imported, rep.Totals.Merged, len(r.Unresolved), len(r.Units))
		if !strings.Contains(out.String(), line) {
			t.Errorf("rerun's report lacks %q:\n%s", line, out.String())
		}
		for reason, n := range rep.UnresolvedByReason {
			if !strings.Contains(out.String(), fmt.Sprintf("unresolved %-18s %6d", reason, n)) {
				t.Errorf("%s: the report does not give %d rows unresolved as %s", r.Name, n, reason)
			}
		}
		if got := csvRows(t, filepath.Join(dir, "unresolved-"+r.Name+".csv")); got != len(r.Unresolved) {
			t.Errorf("unresolved-%s.csv holds %d rows, want %d", r.Name, got, len(r.Unresolved))
		}
		if (r.Name == "hsg" || r.Name == "refdata") && len(r.Doubtful) == 0 {
			t.Errorf("%s reports no rows to check; the visits' lone surnames and the twins placed against their coordinates give some", r.Name)
		}
		if len(r.Doubtful) > 0 {
			if got := csvRows(t, filepath.Join(dir, "check-"+r.Name+".csv")); got != len(r.Doubtful) {
				t.Errorf("check-%s.csv holds %d rows, want %d", r.Name, got, len(r.Doubtful))
			}
		}
	}
	if !strings.Contains(out.String(), fmt.Sprintf("wrote nothing: all %d units unchanged", len(units))) {
		t.Errorf("rerun's report does not say it wrote nothing:\n%s", out.String())
	}
}

func unitNames(r DatasetRead) []string {
	var out []string
	for _, u := range r.Units {
		out = append(out, u.Name)
	}
	return out
}

// TestRunRefusesABadFile: a bad curated file stops the run, naming file, line and
// field, and nothing is written.
func TestRunRefusesABadFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "curated"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"good.yaml", "no-source.yaml"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "curated", name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := &memDB{units: map[string]store.LoadUnit{}}
	err := Run(context.Background(), db, RunOptions{DataDir: dir, CuratedOnly: true})
	if err == nil || !strings.Contains(err.Error(), "no-source.yaml:14") || !strings.Contains(err.Error(), "field sources") {
		t.Errorf("Run over a bad file = %v, want no-source.yaml:14 and field sources named", err)
	}
	if len(db.written) != 0 {
		t.Errorf("wrote %v although a file was bad", db.written)
	}
}
