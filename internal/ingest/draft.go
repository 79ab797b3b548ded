package ingest

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// WriteDraft writes the document as a curated fact file in the format of data/curated,
// commented for review: the entities the graph already holds are listed in comments
// (relations refer to them by id), every new entity and relation says where the
// article states it and how sure the reading is, every date how it was obtained.
// Once an editor has checked it, amity-load loads it like any curated file.
func (d *Document) WriteDraft(w io.Writer) error {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("# DRAFT for review, proposed by amity-ingest from %q.\n", d.Source.Title)
	p("# Check every entity and relation against the article, correct or delete what is wrong,\n")
	p("# restate descriptions in your own words, then move the file to data/curated/ and run amity-load.\n")
	p("# Nothing is written to the graph before that.\n")
	p("sources:\n")
	p("  - id: %s\n", d.Source.ID)
	p("    title: %s\n", q(d.Source.Title))
	if d.Source.Publisher != "" {
		p("    publisher: %s\n", q(d.Source.Publisher))
	}
	if d.Source.PublishedAt != "" {
		p("    publishedAt: %s\n", q(d.Source.PublishedAt))
	}
	if d.Source.URL != "" {
		p("    url: %s\n", q(d.Source.URL))
	}
	p("    sourceType: article\n\n")
	p("# Entities the graph already holds, linked from the article (mentions):\n")
	for _, e := range d.Entities {
		if e.Status == "existing" {
			p("#   %s  %s (%d)\n", e.ID, e.Name, e.Mentions)
		}
	}
	p("\nentities:\n")
	n := 0
	for _, e := range d.Entities {
		if e.Status != "new" {
			continue
		}
		n++
		if e.Mentions > 0 {
			p("  # new %s, named %d time(s) in the article\n", strings.ToLower(string(e.Kind)), e.Mentions)
		} else {
			p("  # new %s, read from the sentences below; its name is made up from theirs\n", strings.ToLower(string(e.Kind)))
		}
		for _, k := range slices.Sorted(maps.Keys(e.Dates)) {
			dm := e.Dates[k]
			p("  # %s %s: %s from %q%s\n", k, dm.Value, dm.How, dm.Text, noteOf(dm))
		}
		p("  - id: %s\n    kind: %s\n    name: %s\n", e.ID, e.Kind, q(e.Name))
		if len(e.Aliases) > 0 {
			p("    aliases: [%s]\n", strings.Join(mapStrings(e.Aliases, q), ", "))
		}
		if len(e.Props) > 0 {
			p("    props: {%s}\n", propsYAML(e.Props))
		}
		p("    sources: [%s]\n", q(d.Source.ID))
	}
	if n == 0 {
		b.WriteString("  []\n")
	}
	p("\nrelations:\n")
	for _, r := range d.Relations {
		p("  # %q (characters %d-%d), confidence %.2f", short(r.Evidence.Text), r.Evidence.Start, r.Evidence.End, r.Confidence)
		if r.Known {
			p("; the graph already holds this relation")
		}
		p("\n")
		for _, k := range slices.Sorted(maps.Keys(r.Dates)) {
			dm := r.Dates[k]
			p("  # %s %s: %s from %q%s\n", k, dm.Value, dm.How, dm.Text, noteOf(dm))
		}
		p("  - {from: %s, type: %s, to: %s", q(r.From), r.Type, q(r.To))
		if len(r.Props) > 0 {
			p(", props: {%s}", propsYAML(r.Props))
		}
		if r.StartDate != "" {
			p(", startDate: %s", q(r.StartDate))
		}
		p(", sources: [%s]}\n", q(d.Source.ID))
	}
	if len(d.Relations) == 0 {
		b.WriteString("  []\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func noteOf(d DateMention) string {
	if d.Note == "" {
		return ""
	}
	return "; " + d.Note
}

// q quotes a string for YAML: a double-quoted scalar with Go's escapes, which YAML
// reads the same.
func q(s string) string { return strconv.Quote(s) }

func mapStrings(xs []string, f func(string) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func propsYAML(m map[string]any) string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		switch v := m[k].(type) {
		case string:
			parts = append(parts, k+": "+q(v))
		default:
			parts = append(parts, fmt.Sprintf("%s: %v", k, v))
		}
	}
	return strings.Join(parts, ", ")
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 100 {
		return string(r[:97]) + "..."
	}
	return s
}
