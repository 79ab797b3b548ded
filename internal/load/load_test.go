package load

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/write"
	"github.com/google/go-cmp/cmp"
)

func read(t *testing.T, names ...string) []store.Records {
	t.Helper()
	var units []store.Records
	for _, n := range names {
		u, err := ReadCuratedFile(filepath.Join("testdata", n))
		if err != nil {
			t.Fatalf("read %s: %v", n, err)
		}
		units = append(units, u)
	}
	return units
}

func TestReadCuratedFile(t *testing.T) {
	u := read(t, "good.yaml")[0]
	if len(u.Sources) != 1 || len(u.Entities) != 2 || len(u.Relations) != 1 || !u.Authoritative {
		t.Fatalf("good.yaml read as %d sources, %d entities, %d relations", len(u.Sources), len(u.Entities), len(u.Relations))
	}
	r := u.Relations[0]
	// An unquoted year is still a date string, and the record remembers its line.
	if diff := cmp.Diff(map[string]any{"partnership": "sister", "since": "1980"}, r.Props); diff != "" {
		t.Errorf("props (-want +got):\n%s", diff)
	}
	if r.Pos.Line != 17 || !strings.HasSuffix(r.Pos.File, "good.yaml") {
		t.Errorf("relation position = %v, want good.yaml:17", r.Pos)
	}
	if err := write.Validate(context.Background(), nil, []store.Records{u}); err != nil {
		t.Errorf("good.yaml does not validate: %v", err)
	}
}

func TestBadFilesNameFileLineAndField(t *testing.T) {
	cases := []struct{ files, want []string }{
		{[]string{"unknown-key.yaml"}, []string{"unknown-key.yaml:5", "field sourcs", "unknown key"}},
		{[]string{"no-source.yaml"}, []string{"no-source.yaml:14", "field sources", "cites no source"}},
		{[]string{"undeclared-source.yaml"}, []string{"undeclared-source.yaml:2", "source:nobody-declared-this"}},
		{[]string{"good.yaml", "kind-clash.yaml"}, []string{"kind-clash.yaml:5", "field id", `of a Region must start with "region:"`}},
	}
	for _, c := range cases {
		var err error
		var units []store.Records
		for _, f := range c.files {
			u, rerr := ReadCuratedFile(filepath.Join("testdata", f))
			if rerr != nil {
				err = rerr
				break
			}
			units = append(units, u)
		}
		if err == nil {
			err = write.Validate(context.Background(), nil, units)
		}
		if err == nil {
			t.Errorf("%v: accepted", c.files)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%v: error %q lacks %q", c.files, err, w)
			}
		}
		if !write.IsValidation(err) {
			t.Errorf("%v: %v is not reported as a data problem", c.files, err)
		}
	}
}

// recordingGraph is an empty graph that records which units were written, so a test can
// check that a bad load writes nothing.
type recordingGraph struct{ written []string }

func (g *recordingGraph) KindsOf(context.Context, []string) (map[string]kg.Kind, error) {
	return map[string]kg.Kind{}, nil
}

func (g *recordingGraph) SourcesExist(context.Context, []string) (map[string]bool, error) {
	return map[string]bool{}, nil
}

func (g *recordingGraph) WriteRecords(_ context.Context, rec store.Records, _ store.Progress) error {
	g.written = append(g.written, rec.Name)
	return nil
}

func TestLoadWritesNothingWhenAnyFileIsBad(t *testing.T) {
	g := &recordingGraph{}
	units := read(t, "good.yaml", "no-source.yaml")
	_, err := write.Load(context.Background(), g, units, write.Options{})
	var verr *write.ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("Load error = %v, want a validation error", err)
	}
	if len(g.written) != 0 {
		t.Errorf("wrote %v although a file was bad", g.written)
	}
	if _, err := write.Load(context.Background(), g, read(t, "good.yaml"), write.Options{}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{filepath.Join("testdata", "good.yaml")}, g.written); diff != "" {
		t.Errorf("written units (-want +got):\n%s", diff)
	}
}
