package store

import (
	"maps"
	"slices"
	"testing"

	"github.com/amity-graph/amity/internal/kg"
)

// sapporoUnit is a unit of facts from the China Daily file (Shenyang's partner cities,
// Sapporo a sister city since 1980) and Shenyang's GeoNames id, built afresh on every
// call so that its maps are new ones.
func sapporoUnit() Records {
	src := "source:china-daily-2022-10-17-cooperative-ties"
	return Records{
		Name:          "curated/2022-10-17-china-daily-cooperative-ties.yaml",
		Authoritative: true,
		Sources: []kg.Source{{ID: src, Title: "Cooperative ties secured across all of the world", Publisher: "China Daily",
			PublishedAt: "2022-10-17", SourceType: "article", Pos: kg.Pos{File: "a.yaml", Line: 2}}},
		Entities: []kg.Entity{
			{ID: "city:cn:shenyang", Kind: kg.City, Name: "Shenyang", Aliases: []string{"沈阳", "Mukden"}, Sources: []string{src},
				Props:   map[string]any{"geonameId": 2034937},
				Figures: []kg.Figure{{Name: "partnerCityCount", Value: 100, AsOf: "2022-10-17", Source: src}},
				Pos:     kg.Pos{File: "a.yaml", Line: 8}},
			{ID: "city:jp:sapporo", Kind: kg.City, Name: "Sapporo", Sources: []string{src}, Pos: kg.Pos{File: "a.yaml", Line: 14}},
		},
		Relations: []kg.Relation{{From: "city:jp:sapporo", Type: kg.PartnerOf, To: "city:cn:shenyang",
			Props: map[string]any{"partnership": "sister", "since": "1980"}, Sources: []string{src}, Pos: kg.Pos{File: "a.yaml", Line: 20}}},
	}
}

func TestFingerprintIsStable(t *testing.T) {
	want := Fingerprint(sapporoUnit())
	if len(want) != 64 {
		t.Fatalf("fingerprint %q is not a hex SHA-256", want)
	}
	// Fresh maps iterate in a fresh order every time.
	for range 50 {
		if got := Fingerprint(sapporoUnit()); got != want {
			t.Fatalf("fingerprint changed between two builds of the same unit: %s, then %s", want, got)
		}
	}
	same := map[string]func(*Records){
		"positions moved":        func(r *Records) { r.Entities[0].Pos.Line = 99; r.Sources[0].Pos = kg.Pos{} },
		"records in other order": func(r *Records) { slices.Reverse(r.Entities) },
		// The store writes a symmetric relation one way round, whichever the file gives.
		"symmetric pair the other way round": func(r *Records) { r.Relations[0].From, r.Relations[0].To = r.Relations[0].To, r.Relations[0].From },
		"props cloned":                       func(r *Records) { r.Entities[0].Props = maps.Clone(r.Entities[0].Props) },
	}
	for name, change := range same {
		r := sapporoUnit()
		change(&r)
		if got := Fingerprint(r); got != want {
			t.Errorf("%s: fingerprint changed, though what is written did not", name)
		}
	}
	different := map[string]func(*Records){
		"a prop's value":         func(r *Records) { r.Relations[0].Props["since"] = "1981" },
		"an int that is a float": func(r *Records) { r.Entities[0].Props["geonameId"] = 2034937.0 },
		"an alias more":          func(r *Records) { r.Entities[1].Aliases = []string{"札幌"} },
		"a source more":          func(r *Records) { r.Entities[1].Sources = append(r.Entities[1].Sources, "source:dataset-twin-cities") },
		"a record less":          func(r *Records) { r.Entities = r.Entities[:1] },
		"a record twice":         func(r *Records) { r.Entities = append(r.Entities, r.Entities[1]) },
		"not authoritative":      func(r *Records) { r.Authoritative = false },
		"a source's title":       func(r *Records) { r.Sources[0].Title += "!" },
		"a figure's value":       func(r *Records) { r.Entities[0].Figures[0].Value = 101 },
		"a relation's date":      func(r *Records) { r.Relations[0].StartDate = "1980" },
		// Two values moved between records: each record is hashed on its own.
		"a name moved to the other entity": func(r *Records) { r.Entities[0].Name, r.Entities[1].Name = r.Entities[1].Name, r.Entities[0].Name },
	}
	seen := map[string]string{want: "the unit"}
	for name, change := range different {
		r := sapporoUnit()
		change(&r)
		got := Fingerprint(r)
		if prev, dup := seen[got]; dup {
			t.Errorf("%s: same fingerprint as %s", name, prev)
		}
		seen[got] = name
	}
}

func TestFingerprintIgnoresTheUnitsName(t *testing.T) {
	a, b := sapporoUnit(), sapporoUnit()
	b.Name = "elsewhere"
	if Fingerprint(a) != Fingerprint(b) {
		t.Error("the name is the key a fingerprint is kept under, not part of it")
	}
}
