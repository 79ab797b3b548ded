package load

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/load/refdata"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/write"
)

// RunOptions configure the amity-load command.
type RunOptions struct {
	DataDir      string
	CuratedOnly  bool
	ValidateOnly bool
	ReportPath   string    // where to write unresolved reference rows as CSV; "" for none
	Progress     io.Writer // progress bar
	Out          io.Writer // summary
}

// DB is what a full load needs of the store.
type DB interface {
	write.Graph
	Ping(ctx context.Context) error
	Migrate(ctx context.Context) error
	Stats(ctx context.Context) (kg.Stats, error)
	Unsourced(ctx context.Context) (nodes, rels int64, err error)
}

// Units reads every data file into load units: one per curated file, then one for the
// reference data sets. Curated files come first so that their names win.
func Units(dataDir string, curatedOnly bool) ([]store.Records, *refdata.Result, error) {
	units, err := ReadCuratedDir(filepath.Join(dataDir, "curated"))
	if err != nil {
		return nil, nil, err
	}
	if curatedOnly {
		return units, nil, nil
	}
	ref, err := refdata.Read(filepath.Join(dataDir, "reference"))
	if err != nil {
		return nil, nil, fmt.Errorf("read reference data: %w", err)
	}
	units = append(units, store.Records{Name: filepath.Join(dataDir, "reference"),
		Sources: ref.Sources, Entities: ref.Entities, Relations: ref.Relations})
	return units, ref, nil
}

// Run is the whole of amity-load: read, validate, migrate, write, report.
func Run(ctx context.Context, db DB, opt RunOptions) error {
	out := opt.Out
	if out == nil {
		out = io.Discard
	}
	start := time.Now()
	units, ref, err := Units(opt.DataDir, opt.CuratedOnly)
	if err != nil {
		return err
	}
	if err := db.Ping(ctx); err != nil {
		return err
	}
	if opt.ValidateOnly {
		if err := write.Validate(ctx, db, units); err != nil {
			return err
		}
		fmt.Fprintf(out, "valid: %d units, %d records\n", len(units), countRecords(units))
		return nil
	}
	if err := db.Migrate(ctx); err != nil {
		return err
	}
	sum, err := write.Load(ctx, db, units, write.Options{Progress: opt.Progress})
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "loaded %d records from %d units in %s (%.0f records/s)\n",
		sum.Records, sum.Units, sum.Duration.Round(time.Millisecond), float64(sum.Records)/sum.Duration.Seconds())
	if ref != nil {
		reportUnresolved(out, ref)
		if opt.ReportPath != "" {
			if err := writeUnresolved(opt.ReportPath, ref.Unresolved); err != nil {
				return err
			}
			fmt.Fprintf(out, "unresolved rows written to %s\n", opt.ReportPath)
		}
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

func reportUnresolved(out io.Writer, ref *refdata.Result) {
	by := map[string][]refdata.Unresolved{}
	for _, u := range ref.Unresolved {
		by[u.Reason] = append(by[u.Reason], u)
	}
	reasons := make([]string, 0, len(by))
	for r := range by {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	fmt.Fprintf(out, "reference rows not imported: %d\n", len(ref.Unresolved))
	for _, r := range reasons {
		us := by[r]
		fmt.Fprintf(out, "  %-16s %5d  e.g. %s:%d %s (%s)\n", r, len(us), us[0].File, us[0].Line, strings.Join(us[0].Row, ","), us[0].Detail)
	}
}

func writeUnresolved(path string, us []refdata.Unresolved) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("write unresolved report: %w", err)
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write unresolved report: %w", err)
	}
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
