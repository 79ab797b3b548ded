package csvtable

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/amity-graph/amity/internal/kg"
)

func TestReadNamesFileLineAndField(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, data string
		exact      bool
		line       int
		field      string
	}{
		{"a quote left open", "city,country,population\nFier,Albania,\"120000\nTirana,Albania,500000\n", true, 2, "population"},
		{"a short row", "city,country,population\nFier,Albania\n", true, 2, "population"},
		{"a header out of order", "country,city,population\nAlbania,Fier,1\n", true, 1, "city"},
	} {
		path := filepath.Join(dir, "t.csv")
		if err := os.WriteFile(path, []byte(tc.data), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Read(path, []string{"city", "country", "population"}, tc.exact)
		var fe *kg.FieldError
		if !errors.As(err, &fe) || fe.Pos.Line != tc.line || fe.Field != tc.field || fe.Pos.File != path {
			t.Errorf("%s: %v, want %s:%d field %s", tc.name, err, path, tc.line, tc.field)
		}
	}
	path := filepath.Join(dir, "ok.csv")
	if err := os.WriteFile(path, []byte("\ufeffcity,country\nFier, Albania\n\"Cleveland, Ohio\",United States\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tb, err := Read(path, []string{"country"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if tb.Get(0, "country") != "Albania" || tb.Get(1, "city") != "Cleveland, Ohio" || tb.Lines[1] != 3 || tb.Pos(1).File != "ok.csv" {
		t.Errorf("read %+v", tb)
	}
}
