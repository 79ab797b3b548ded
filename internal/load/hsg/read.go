package hsg

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// The columns of the two files, as scripts/hsg_compact.py writes them.
var (
	travelColumns = []string{"id", "role", "who", "name", "start_date", "end_date", "country_id", "country",
		"locale", "remarks", "last_modified", "source_file", "source_line"}
	visitColumns = []string{"id", "start_date", "end_date", "visitor", "from_id", "from", "description",
		"last_modified", "source_file", "source_line"}
)

// row is one data row of a file: where it is, and its values.
type row struct {
	file   string // base name
	line   int
	fields []string
}

func (r *row) pos() kg.Pos { return kg.Pos{File: r.file, Line: r.line} }

// origin is where the record is in the original XML, for a person to read.
func (r *row) origin() string { return r.fields[len(r.fields)-2] + ":" + r.fields[len(r.fields)-1] }

func (r *row) err(field, format string, args ...any) error {
	return &kg.FieldError{Pos: r.pos(), Field: field, Msg: fmt.Sprintf(format, args...)}
}

// readCSV reads a file whose header must be columns, checking each row's width.
func readCSV(path string, columns []string) ([]*row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("hsg: %w", err)
	}
	defer f.Close()
	name := filepath.Base(path)
	cr := csv.NewReader(f)
	cr.FieldsPerRecord = len(columns)
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err != nil {
		return nil, csvErr(name, err)
	}
	if !slices.Equal(header, columns) {
		return nil, &kg.FieldError{Pos: kg.Pos{File: name, Line: 1}, Field: "header",
			Msg: fmt.Sprintf("want columns %s, got %s", strings.Join(columns, ","), strings.Join(header, ","))}
	}
	var rows []*row
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, csvErr(name, err)
		}
		line, _ := cr.FieldPos(0)
		rows = append(rows, &row{file: name, line: line, fields: rec})
	}
}

func csvErr(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		field := ""
		if pe.Column > 0 && !errors.Is(pe.Err, csv.ErrFieldCount) {
			field = fmt.Sprintf("column %d", pe.Column)
		}
		return &kg.FieldError{Pos: kg.Pos{File: name, Line: pe.StartLine}, Field: field, Msg: pe.Err.Error()}
	}
	return fmt.Errorf("hsg: %s: %w", name, err)
}

var (
	digits  = regexp.MustCompile(`^[0-9]+$`)
	slugID  = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)
	dayDate = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
)

// fields checks the values every record has: its id, dates, version date and origin.
type checked struct {
	id, start, end, modified string
}

func checkCommon(r *row, cols []string) (checked, error) {
	get := func(name string) string { return r.fields[slices.Index(cols, name)] }
	c := checked{id: get("id"), start: get("start_date"), end: get("end_date"), modified: get("last_modified")}
	if !digits.MatchString(c.id) {
		return c, r.err("id", "want the record's number, got %q", c.id)
	}
	for _, d := range []struct{ field, v string }{{"start_date", c.start}, {"end_date", c.end}} {
		if pd, err := kg.ParseDate(d.v); err != nil || !pd.HasYear() {
			return c, r.err(d.field, "want a date such as 1972-02-21, got %q", d.v)
		}
	}
	if len(c.end) == len(c.start) && c.end < c.start {
		return c, r.err("end_date", "%s is before the start %s", c.end, c.start)
	}
	if c.modified != "" && !dayDate.MatchString(c.modified) {
		return c, r.err("last_modified", "want YYYY-MM-DD, got %q", c.modified)
	}
	if get("source_file") == "" {
		return c, r.err("source_file", "empty")
	}
	if n, err := strconv.Atoi(get("source_line")); err != nil || n < 1 {
		return c, r.err("source_line", "want a line number, got %q", get("source_line"))
	}
	return c, nil
}

// trip is a row of hsg-travels.csv.
type trip struct {
	*row
	checked
	role, who, name, countryID, country, locale, remarks string
}

func readTravels(path string) ([]trip, error) {
	rows, err := readCSV(path, travelColumns)
	if err != nil {
		return nil, err
	}
	out := make([]trip, 0, len(rows))
	for _, r := range rows {
		c, err := checkCommon(r, travelColumns)
		if err != nil {
			return nil, err
		}
		f := r.fields
		t := trip{row: r, checked: c, role: f[1], who: f[2], name: f[3], countryID: f[6], country: f[7], locale: f[8], remarks: f[9]}
		switch {
		case t.role != "president" && t.role != "secretary":
			return nil, r.err("role", "want president or secretary, got %q", t.role)
		case !slugID.MatchString(t.who):
			return nil, r.err("who", "want a person id such as kissinger-henry-a, got %q", t.who)
		case strings.TrimSpace(t.name) == "":
			return nil, r.err("name", "empty")
		case !slugID.MatchString(t.countryID):
			return nil, r.err("country_id", "want a country id such as united-kingdom, got %q", t.countryID)
		case strings.TrimSpace(t.country) == "":
			return nil, r.err("country", "empty")
		}
		out = append(out, t)
	}
	return out, nil
}

// visit is a row of hsg-visits.csv.
type visit struct {
	*row
	checked
	visitor, fromID, from, description string
}

func readVisits(path string) ([]visit, error) {
	rows, err := readCSV(path, visitColumns)
	if err != nil {
		return nil, err
	}
	out := make([]visit, 0, len(rows))
	for _, r := range rows {
		c, err := checkCommon(r, visitColumns)
		if err != nil {
			return nil, err
		}
		f := r.fields
		v := visit{row: r, checked: c, visitor: f[3], fromID: f[4], from: f[5], description: f[6]}
		switch {
		case kg.Slug(v.visitor) == "":
			return nil, r.err("visitor", "want a title and name such as Vice Premier Deng Xiaoping, got %q", v.visitor)
		case !slugID.MatchString(v.fromID):
			return nil, r.err("from_id", "want a country id such as china, got %q", v.fromID)
		case strings.TrimSpace(v.from) == "":
			return nil, r.err("from", "empty")
		}
		out = append(out, v)
	}
	return out, nil
}
