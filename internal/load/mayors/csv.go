package mayors

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/amity-graph/amity/internal/kg"
)

// table is one CSV file read whole, each row with the line it starts on.
type table struct {
	path  string // as opened, for errors
	name  string // base name, for the positions of records
	col   map[string]int
	rows  [][]string
	lines []int
}

// readTable reads a CSV file whose header must be want, column for column, and whose
// rows have as many fields as the header. A problem names the file, line and column.
func readTable(path string, want []string) (*table, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err == io.EOF {
		return nil, &kg.FieldError{Pos: kg.Pos{File: path, Line: 1}, Msg: "empty file: no header"}
	}
	if err != nil {
		return nil, parseError(path, data, nil, err)
	}
	for i, w := range want {
		if i >= len(header) || strings.TrimSpace(header[i]) != w {
			got := "nothing"
			if i < len(header) {
				got = fmt.Sprintf("%q", header[i])
			}
			return nil, &kg.FieldError{Pos: kg.Pos{File: path, Line: 1}, Field: w,
				Msg: fmt.Sprintf("header has %s where %q belongs (want %s)", got, w, strings.Join(want, ","))}
		}
	}
	if len(header) > len(want) {
		return nil, &kg.FieldError{Pos: kg.Pos{File: path, Line: 1}, Field: header[len(want)],
			Msg: fmt.Sprintf("header has an unexpected column %q (want %s)", header[len(want)], strings.Join(want, ","))}
	}
	t := &table{path: path, name: filepath.Base(path), col: map[string]int{}}
	for i, w := range want {
		t.col[w] = i
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return t, nil
		}
		if err != nil {
			return nil, parseError(path, data, want, err)
		}
		line, _ := r.FieldPos(0)
		if len(rec) != len(want) {
			fe := &kg.FieldError{Pos: kg.Pos{File: path, Line: line}, Msg: fmt.Sprintf("row has %d fields, the header %d", len(rec), len(want))}
			if len(rec) < len(want) {
				fe.Field = want[len(rec)]
			}
			return nil, fe
		}
		t.rows = append(t.rows, rec)
		t.lines = append(t.lines, line)
	}
}

// parseError turns a CSV syntax error into a FieldError at the line its record starts,
// naming the column the error lies in as far as the line shows it.
func parseError(path string, data []byte, header []string, err error) error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, err)
	}
	field := ""
	if idx := fieldOf(data, pe); idx >= 0 {
		field = fmt.Sprintf("column %d", idx+1)
		if idx < len(header) {
			field = header[idx]
		}
	}
	return &kg.FieldError{Pos: kg.Pos{File: path, Line: pe.StartLine}, Field: field,
		Msg: fmt.Sprintf("%v (line %d, byte %d)", pe.Err, pe.Line, pe.Column)}
}

// fieldOf finds the field of a record a syntax error lies in: on the record's first line,
// the field holding the error's byte, or, when the error is found on a later line, the
// field whose quote was left open. It is -1 when the line cannot tell.
func fieldOf(data []byte, pe *csv.ParseError) int {
	lines := bytes.SplitN(data, []byte("\n"), pe.StartLine+1)
	if pe.StartLine < 1 || pe.StartLine > len(lines) {
		return -1
	}
	l := lines[pe.StartLine-1]
	end := len(l)
	if pe.Line == pe.StartLine && pe.Column-1 < end {
		end = pe.Column - 1
	}
	idx, quoted, openedIn := 0, false, -1
	for i := 0; i < end; i++ {
		switch l[i] {
		case '"':
			quoted = !quoted
			if quoted {
				openedIn = idx
			}
		case ',':
			if !quoted {
				idx++
			}
		}
	}
	if pe.Line != pe.StartLine {
		return openedIn
	}
	return idx
}

// get is the trimmed value of column col in row i.
func (t *table) get(i int, col string) string { return strings.TrimSpace(t.rows[i][t.col[col]]) }

// pos is where row i starts, by the file's base name.
func (t *table) pos(i int) kg.Pos { return kg.Pos{File: t.name, Line: t.lines[i]} }

// errAt reports a bad value in row i, column col, naming the file as opened.
func (t *table) errAt(i int, col, format string, args ...any) error {
	return &kg.FieldError{Pos: kg.Pos{File: t.path, Line: t.lines[i]}, Field: col, Msg: fmt.Sprintf(format, args...)}
}
