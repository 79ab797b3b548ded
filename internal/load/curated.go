// Package load owns Amity's data files: it reads the curated YAML fact files and, through
// load/refdata, the reference data sets into kg records, and hands them to package write,
// which validates everything before it writes anything. It is what amity-load runs.
package load

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
	"gopkg.in/yaml.v3"
)

type sourceRec struct {
	ID          string `yaml:"id"`
	Title       string `yaml:"title"`
	Publisher   string `yaml:"publisher"`
	PublishedAt string `yaml:"publishedAt"`
	URL         string `yaml:"url"`
	SourceType  string `yaml:"sourceType"`
}

type figureRec struct {
	Name        string  `yaml:"name"`
	Value       float64 `yaml:"value"`
	Approximate bool    `yaml:"approximate"`
	AsOf        string  `yaml:"asOf"`
	Source      string  `yaml:"source"`
	Note        string  `yaml:"note"`
}

type entityRec struct {
	ID      string         `yaml:"id"`
	Kind    string         `yaml:"kind"`
	Name    string         `yaml:"name"`
	Aliases []string       `yaml:"aliases"`
	Props   map[string]any `yaml:"props"`
	Figures []figureRec    `yaml:"figures"`
	Sources []string       `yaml:"sources"`
}

type relationRec struct {
	From      string         `yaml:"from"`
	Type      string         `yaml:"type"`
	To        string         `yaml:"to"`
	Props     map[string]any `yaml:"props"`
	StartDate string         `yaml:"startDate"`
	EndDate   string         `yaml:"endDate"`
	Sources   []string       `yaml:"sources"`
}

var allowedKeys = map[string][]string{
	"":          {"sources", "entities", "relations"},
	"sources":   {"id", "title", "publisher", "publishedAt", "url", "sourceType"},
	"entities":  {"id", "kind", "name", "aliases", "props", "figures", "sources"},
	"relations": {"from", "type", "to", "props", "startDate", "endDate", "sources"},
	"figures":   {"name", "value", "approximate", "asOf", "source", "note"},
}

// ReadCuratedDir reads every *.yaml file of dir, in name order, one unit per file.
func ReadCuratedDir(dir string) ([]store.Records, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return nil, fmt.Errorf("list curated files in %s: %w", dir, err)
	}
	sort.Strings(files)
	var units []store.Records
	for _, f := range files {
		u, err := ReadCuratedFile(f)
		if err != nil {
			return nil, err
		}
		units = append(units, u)
	}
	return units, nil
}

// ReadCuratedFile parses one fact file. Errors name the file, line and field.
func ReadCuratedFile(path string) (store.Records, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return store.Records{}, fmt.Errorf("read curated file: %w", err)
	}
	return parseCurated(path, data)
}

func parseCurated(path string, data []byte) (store.Records, error) {
	u := store.Records{Name: path, Authoritative: true}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		return u, fmt.Errorf("%s: not valid YAML: %w", path, err)
	}
	if len(doc.Content) == 0 {
		return u, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return u, &kg.FieldError{Pos: kg.Pos{File: path, Line: root.Line}, Msg: "the file must be a mapping with sources, entities and relations"}
	}
	if err := checkKeys(path, root, ""); err != nil {
		return u, err
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		key, list := root.Content[i].Value, root.Content[i+1]
		if list.Kind != yaml.SequenceNode {
			return u, &kg.FieldError{Pos: kg.Pos{File: path, Line: list.Line}, Field: key, Msg: "must be a list"}
		}
		for _, item := range list.Content {
			pos := kg.Pos{File: path, Line: item.Line}
			if item.Kind != yaml.MappingNode {
				return u, &kg.FieldError{Pos: pos, Field: key, Msg: "each record must be a mapping"}
			}
			if err := checkKeys(path, item, key); err != nil {
				return u, err
			}
			switch key {
			case "sources":
				var r sourceRec
				if err := decode(item, &r, pos); err != nil {
					return u, err
				}
				u.Sources = append(u.Sources, kg.Source{ID: r.ID, Title: r.Title, Publisher: r.Publisher,
					PublishedAt: r.PublishedAt, URL: r.URL, SourceType: r.SourceType, Pos: pos})
			case "entities":
				var r entityRec
				if err := decode(item, &r, pos); err != nil {
					return u, err
				}
				if f := mapping(item, "figures"); f != nil {
					for _, fig := range f.Content {
						if err := checkKeys(path, fig, "figures"); err != nil {
							return u, err
						}
					}
				}
				e := kg.Entity{ID: r.ID, Kind: kg.Kind(r.Kind), Name: r.Name, Aliases: r.Aliases,
					Props: normalizeProps(r.Props, "startDate", "endDate"), Sources: r.Sources, Pos: pos}
				for _, f := range r.Figures {
					e.Figures = append(e.Figures, kg.Figure(f))
				}
				u.Entities = append(u.Entities, e)
			case "relations":
				var r relationRec
				if err := decode(item, &r, pos); err != nil {
					return u, err
				}
				var dates []string
				if spec, ok := kg.RelTypes[r.Type]; ok {
					dates = spec.Dates
				}
				u.Relations = append(u.Relations, kg.Relation{From: r.From, Type: r.Type, To: r.To,
					Props: normalizeProps(r.Props, dates...), StartDate: r.StartDate, EndDate: r.EndDate, Sources: r.Sources, Pos: pos})
			}
		}
	}
	return u, nil
}

// checkKeys refuses unknown keys, so a typo is an error rather than a lost fact.
func checkKeys(path string, n *yaml.Node, section string) error {
	if n.Kind != yaml.MappingNode {
		return &kg.FieldError{Pos: kg.Pos{File: path, Line: n.Line}, Field: section, Msg: "must be a mapping"}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if !slices.Contains(allowedKeys[section], k.Value) {
			return &kg.FieldError{Pos: kg.Pos{File: path, Line: k.Line}, Field: k.Value,
				Msg: fmt.Sprintf("unknown key (allowed: %s)", strings.Join(allowedKeys[section], ", "))}
		}
	}
	return nil
}

func mapping(n *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

func decode(n *yaml.Node, v any, pos kg.Pos) error {
	if err := n.Decode(v); err != nil {
		return &kg.FieldError{Pos: pos, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	return nil
}

// normalizeProps keeps dates as strings when YAML read them as numbers or timestamps
// (an unquoted 1980 or 2024-08-08), and makes whole floats ints.
func normalizeProps(p map[string]any, dateKeys ...string) map[string]any {
	for k, v := range p {
		switch t := v.(type) {
		case time.Time:
			p[k] = t.Format("2006-01-02")
		case int:
			if slices.Contains(dateKeys, k) || k == "since" || k == "until" {
				p[k] = fmt.Sprintf("%04d", t)
			}
		}
	}
	return p
}
