package graph

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/amity-graph/amity/graph/model"
)

var updateSchemaGolden = flag.Bool("update-schema", false, "rewrite testdata/schema.golden from the schema")

// argDefaults is the Go value behind every default in the schema, keyed by
// Type.field(argument), or by field(argument) for every type that has the field.
var argDefaults = map[string]any{
	"relations(direction)":               model.DirectionBoth,
	"relations(first)":                   defaultFirst,
	"events(first)":                      defaultFirst,
	"Query.search(first)":                defaultSearchFirst,
	"Query.events(first)":                defaultEventsFirst,
	"Query.enterprisesTiedTo(maxHops)":   defaultTiesMaxHops,
	"Query.enterprisesTiedTo(first)":     defaultTiesFirst,
	"Query.shortestPath(maxLength)":      defaultPathMaxLength,
	"Query.neighborhood(depth)":          defaultNeighborhoodDepth,
	"Query.neighborhood(limit)":          defaultNeighborhoodLimit,
	"Query.cypher(limit)":                defaultCypherLimit,
	"timeline(first)":                    defaultFirst,
	"Query.positions(first)":             defaultPositionsFirst,
	"Query.changes(first)":               defaultFirst,
	"relations(includeUndated)":          defaultIncludeUndated,
	"partners(includeUndated)":           defaultIncludeUndated,
	"partnerships(includeUndated)":       defaultIncludeUndated,
	"partnerships(first)":                defaultFirst,
	"Query.visitsPage(first)":            defaultFirst,
	"participantsPage(first)":            defaultFirst,
	"positionsPage(first)":               defaultFirst,
	"positionsPage(includeUndated)":      defaultIncludeUndated,
	"officialsPage(first)":               defaultFirst,
	"officialsPage(includeUndated)":      defaultIncludeUndated,
	"consulatesPage(first)":              defaultFirst,
	"consulatesPage(includeUndated)":     defaultIncludeUndated,
	"consulates(includeUndated)":         defaultIncludeUndated,
	"officials(includeUndated)":          defaultIncludeUndated,
	"positions(includeUndated)":          defaultIncludeUndated,
	"Query.shortestPath(includeUndated)": defaultIncludeUndated,
	"Query.neighborhood(includeUndated)": defaultIncludeUndated,
}

// TestSchemaDefaults fails when a default in the schema differs from the Go constant the
// resolvers and the cost function use, or when either side has one the other lacks.
func TestSchemaDefaults(t *testing.T) {
	s := NewSchema(&Resolver{}).Schema()
	used := map[string]bool{}
	check := func(where, short string, v *ast.Value) {
		if v == nil {
			return
		}
		key := where
		want, ok := argDefaults[key]
		if !ok {
			key = short
			want, ok = argDefaults[key]
		}
		if !ok {
			t.Errorf("%s has the default %s in the schema and no Go constant in argDefaults", where, v)
			return
		}
		used[key] = true
		if got := v.String(); got != fmt.Sprint(want) {
			t.Errorf("%s: the schema's default is %s, the Go constant's %v", where, got, want)
		}
	}
	for _, def := range userTypes(s) {
		for _, f := range def.Fields {
			check(def.Name+"."+f.Name, f.Name, f.DefaultValue) // input fields
			for _, a := range f.Arguments {
				check(fmt.Sprintf("%s.%s(%s)", def.Name, f.Name, a.Name), fmt.Sprintf("%s(%s)", f.Name, a.Name), a.DefaultValue)
			}
		}
	}
	for key := range argDefaults {
		if !used[key] {
			t.Errorf("argDefaults has %s, but no such default is in the schema", key)
		}
	}
}

// TestSchemaSurface compares the schema's types, fields, arguments, defaults and
// directives (not descriptions) with testdata/schema.golden, so a change to the public
// API, or to the order introspection lists it in, is seen. Run
// `go test ./graph -run TestSchemaSurface -update-schema` to accept a change.
func TestSchemaSurface(t *testing.T) {
	got := surface(NewSchema(&Resolver{}).Schema())
	path := filepath.Join("testdata", "schema.golden")
	if *updateSchemaGolden {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(got, "\n")); diff != "" {
		t.Errorf("the schema differs from %s (-golden +schema); if that is meant, run with -update-schema:\n%s", path, diff)
	}
}

// userTypes lists the schema's own types by name, without the built-in ones.
func userTypes(s *ast.Schema) []*ast.Definition {
	var out []*ast.Definition
	for _, def := range s.Types {
		if !def.BuiltIn {
			out = append(out, def)
		}
	}
	slices.SortFunc(out, func(a, b *ast.Definition) int { return strings.Compare(a.Name, b.Name) })
	return out
}

var keywords = map[ast.DefinitionKind]string{
	ast.Scalar: "scalar", ast.Object: "type", ast.Interface: "interface",
	ast.Union: "union", ast.Enum: "enum", ast.InputObject: "input",
}

// surface prints the schema one line a directive, type, field or enum value, keeping
// the order of fields and of an interface's types as introspection gives them.
func surface(s *ast.Schema) string {
	var b strings.Builder
	var names []string
	for name, d := range s.Directives {
		if d.Position == nil || d.Position.Src == nil || !d.Position.Src.BuiltIn {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	for _, name := range names {
		d := s.Directives[name]
		locs := make([]string, len(d.Locations))
		for i, l := range d.Locations {
			locs[i] = string(l)
		}
		fmt.Fprintf(&b, "directive @%s%s on %s\n", name, args(d.Arguments), strings.Join(locs, " | "))
	}
	for _, def := range userTypes(s) {
		fmt.Fprintf(&b, "%s %s", keywords[def.Kind], def.Name)
		if len(def.Interfaces) > 0 {
			fmt.Fprintf(&b, " implements %s", strings.Join(def.Interfaces, " & "))
		}
		b.WriteString("\n")
		if def.Kind == ast.Interface || def.Kind == ast.Union {
			var ps []string
			for _, p := range s.GetPossibleTypes(def) {
				ps = append(ps, p.Name)
			}
			fmt.Fprintf(&b, "  possible types: %s\n", strings.Join(ps, ", "))
		}
		for _, v := range def.EnumValues {
			fmt.Fprintf(&b, "  %s%s\n", v.Name, directives(v.Directives))
		}
		for _, f := range def.Fields {
			fmt.Fprintf(&b, "  %s%s: %s%s%s\n", f.Name, args(f.Arguments), f.Type, defaultOf(f.DefaultValue), directives(f.Directives))
		}
	}
	return b.String()
}

func args(as ast.ArgumentDefinitionList) string {
	if len(as) == 0 {
		return ""
	}
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = fmt.Sprintf("%s: %s%s%s", a.Name, a.Type, defaultOf(a.DefaultValue), directives(a.Directives))
	}
	return "(" + strings.Join(out, ", ") + ")"
}

func defaultOf(v *ast.Value) string {
	if v == nil {
		return ""
	}
	return " = " + v.String()
}

func directives(ds ast.DirectiveList) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, " @%s", d.Name)
		if len(d.Arguments) > 0 {
			as := make([]string, len(d.Arguments))
			for i, a := range d.Arguments {
				as[i] = fmt.Sprintf("%s: %s", a.Name, a.Value)
			}
			fmt.Fprintf(&b, "(%s)", strings.Join(as, ", "))
		}
	}
	return b.String()
}
