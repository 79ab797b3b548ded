// Package csvtable reads the CSV files of Amity's data sets whole, keeping the line each
// row starts on, so that an importer's problems name the file, line and field.
package csvtable

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

// Table is one CSV file read whole: its header and its rows, each with the line it starts on.
type Table struct {
	Path   string // as opened, for errors
	Name   string // base name, for the positions of records
	Header []string
	Col    map[string]int // column index by name
	Rows   [][]string
	Lines  []int // the line each row starts on
}

// Read reads a CSV file. With exact, the header must be want, column for column;
// otherwise every column of want must be present somewhere. Every row must have as many
// fields as the header. Values are kept verbatim: "NA" (Namibia) stays "NA".
func Read(path string, want []string, exact bool) (*Table, error) {
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
	t := &Table{Path: path, Name: filepath.Base(path), Header: header, Col: map[string]int{}}
	for i, h := range header {
		h = strings.TrimSpace(h)
		header[i] = h
		if _, dup := t.Col[h]; dup {
			return nil, &kg.FieldError{Pos: kg.Pos{File: path, Line: 1}, Field: h, Msg: fmt.Sprintf("header names column %q twice", h)}
		}
		t.Col[h] = i
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
			if _, ok := t.Col[w]; !ok {
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
		t.Rows = append(t.Rows, rec)
		t.Lines = append(t.Lines, line)
	}
	return t, nil
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

// Pos is where row i of the table starts.
func (t *Table) Pos(i int) kg.Pos { return kg.Pos{File: t.Name, Line: t.Lines[i]} }

// ErrAt reports a bad value in row i, column col, naming the file as opened.
func (t *Table) ErrAt(i int, col, format string, args ...any) error {
	return &kg.FieldError{Pos: kg.Pos{File: t.Path, Line: t.Lines[i]}, Field: col, Msg: fmt.Sprintf(format, args...)}
}

// Get returns the trimmed value of a named column in row i.
func (t *Table) Get(i int, col string) string { return strings.TrimSpace(t.Rows[i][t.Col[col]]) }
