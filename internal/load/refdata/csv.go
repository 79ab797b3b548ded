package refdata

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

// table is one CSV file read whole: its header and its rows, each with the line it starts on.
type table struct {
	path   string // as opened, for errors
	name   string // base name, for the positions of records
	header []string
	col    map[string]int
	rows   [][]string
	lines  []int
}

// readTable reads a CSV file. With exact, the header must be want, column for column;
// otherwise every column of want must be present somewhere. Every row must have as many
// fields as the header. Values are kept verbatim: "NA" (Namibia) stays "NA".
func readTable(path string, want []string, exact bool) (*table, error) {
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
	t := &table{path: path, name: filepath.Base(path), header: header, col: map[string]int{}}
	for i, h := range header {
		h = strings.TrimSpace(h)
		header[i] = h
		if _, dup := t.col[h]; dup {
			return nil, &kg.FieldError{Pos: kg.Pos{File: path, Line: 1}, Field: h, Msg: fmt.Sprintf("header names column %q twice", h)}
		}
		t.col[h] = i
	}
	if exact {
		for i, w := range want {
			if i >= len(header) {
				return nil, &kg.FieldError{Pos: kg.Pos{File: path, Line: 1}, Field: w,
					Msg: fmt.Sprintf("header lacks column %q (want %s)", w, strings.Join(want, ","))}
			}
			if header[i] != w {
				return nil, &kg.FieldError{Pos: kg.Pos{File: path, Line: 1}, Field: w,
					Msg: fmt.Sprintf("header has %q where %q belongs (want %s)", header[i], w, strings.Join(want, ","))}
			}
		}
		if len(header) > len(want) {
			return nil, &kg.FieldError{Pos: kg.Pos{File: path, Line: 1}, Field: header[len(want)],
				Msg: fmt.Sprintf("header has an unexpected column %q (want %s)", header[len(want)], strings.Join(want, ","))}
		}
	} else {
		for _, w := range want {
			if _, ok := t.col[w]; !ok {
				return nil, &kg.FieldError{Pos: kg.Pos{File: path, Line: 1}, Field: w, Msg: fmt.Sprintf("header lacks column %q", w)}
			}
		}
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, parseError(path, data, header, err)
		}
		line, _ := r.FieldPos(0)
		if len(rec) != len(header) {
			fe := &kg.FieldError{Pos: kg.Pos{File: path, Line: line}}
			if len(rec) < len(header) {
				fe.Field = header[len(rec)]
				fe.Msg = fmt.Sprintf("row has %d fields, the header %d: column %q is missing", len(rec), len(header), header[len(rec)])
			} else {
				fe.Field = fmt.Sprintf("column %d", len(header)+1)
				fe.Msg = fmt.Sprintf("row has %d fields, the header %d", len(rec), len(header))
			}
			return nil, fe
		}
		t.rows = append(t.rows, rec)
		t.lines = append(t.lines, line)
	}
	return t, nil
}

// parseError turns a CSV syntax error into a FieldError naming the column it was found in.
func parseError(path string, data []byte, header []string, err error) error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, err)
	}
	field := ""
	if idx := fieldAt(data, pe.Line, pe.Column); idx >= 0 {
		if idx < len(header) {
			field = header[idx]
		} else {
			field = fmt.Sprintf("column %d", idx+1)
		}
	}
	return &kg.FieldError{Pos: kg.Pos{File: path, Line: pe.Line}, Field: field, Msg: pe.Err.Error()}
}

// fieldAt guesses which field of a line a byte column (1-based) falls in, counting the
// commas outside quotes before it. It assumes the line starts a record.
func fieldAt(data []byte, line, column int) int {
	lines := bytes.SplitN(data, []byte("\n"), line+1)
	if line < 1 || line > len(lines) {
		return -1
	}
	l := lines[line-1]
	idx, quoted := 0, false
	for i := 0; i < len(l) && i < column-1; i++ {
		switch l[i] {
		case '"':
			quoted = !quoted
		case ',':
			if !quoted {
				idx++
			}
		}
	}
	return idx
}

// pos is where row i of the table starts.
func (t *table) pos(i int) kg.Pos { return kg.Pos{File: t.name, Line: t.lines[i]} }

// errAt reports a bad value in row i, column col, naming the file as opened.
func (t *table) errAt(i int, col, format string, args ...any) error {
	return &kg.FieldError{Pos: kg.Pos{File: t.path, Line: t.lines[i]}, Field: col, Msg: fmt.Sprintf(format, args...)}
}

// get returns the trimmed value of a named column in row i.
func (t *table) get(i int, col string) string { return strings.TrimSpace(t.rows[i][t.col[col]]) }
