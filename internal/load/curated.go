// Package load owns Amity's data files: it reads the curated YAML fact files and, through
// load/refdata, the reference data sets into kg records, and hands them to package write,
// which validates everything before it writes anything. It is what amity-load runs.
package load

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
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

// curatedFile is a fact file. It is decoded with yaml.v3's KnownFields, so that an unknown
// key, at any depth, is an error rather than a lost fact.
type curatedFile struct {
	Sources   []sourceRec   `yaml:"sources"`
	Entities  []entityRec   `yaml:"entities"`
	Relations []relationRec `yaml:"relations"`
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
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc); err != nil {
		return u, fmt.Errorf("%s: not valid YAML: %w", path, err)
	}
	if len(doc.Content) == 0 {
		return u, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return u, &kg.FieldError{Pos: kg.Pos{File: path, Line: root.Line}, Msg: "the file must be a mapping with sources, entities and relations"}
	}
	// The node tree gives each record its line, and names the list in a shape error,
	// which the decoder would describe by Go type.
	lines := map[string][]int{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		key, list := root.Content[i].Value, root.Content[i+1]
		if list.Kind != yaml.SequenceNode {
			return u, &kg.FieldError{Pos: kg.Pos{File: path, Line: list.Line}, Field: key, Msg: "must be a list"}
		}
		for _, item := range list.Content {
			if item.Kind != yaml.MappingNode {
				return u, &kg.FieldError{Pos: kg.Pos{File: path, Line: item.Line}, Field: key, Msg: "each record must be a mapping"}
			}
			lines[key] = append(lines[key], item.Line)
		}
	}
	var file curatedFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&file); err != nil {
		return u, decodeError(path, err)
	}
	pos := func(key string, i int) kg.Pos { return kg.Pos{File: path, Line: lines[key][i]} }
	for i, r := range file.Sources {
		u.Sources = append(u.Sources, kg.Source{ID: r.ID, Title: r.Title, Publisher: r.Publisher,
			PublishedAt: r.PublishedAt, URL: r.URL, SourceType: r.SourceType, Pos: pos("sources", i)})
	}
	for i, r := range file.Entities {
		e := kg.Entity{ID: r.ID, Kind: kg.Kind(r.Kind), Name: r.Name, Aliases: r.Aliases,
			Props: normalizeProps(r.Props, "startDate", "endDate"), Sources: r.Sources, Pos: pos("entities", i)}
		for _, f := range r.Figures {
			e.Figures = append(e.Figures, kg.Figure(f))
		}
		u.Entities = append(u.Entities, e)
	}
	for i, r := range file.Relations {
		var dates []string
		if spec, ok := kg.RelTypes[r.Type]; ok {
			dates = spec.Dates
		}
		u.Relations = append(u.Relations, kg.Relation{From: r.From, Type: r.Type, To: r.To,
			Props: normalizeProps(r.Props, dates...), StartDate: r.StartDate, EndDate: r.EndDate, Sources: r.Sources, Pos: pos("relations", i)})
	}
	return u, nil
}

var (
	decodeLine   = regexp.MustCompile(`^line ([0-9]+): (.*)$`)
	unknownField = regexp.MustCompile(`^field (.+) not found in type \S+$`)
)

// decodeError turns the decoder's complaints ("line 5: field sourcs not found in type
// load.entityRec") into errors naming the file, the line and, for an unknown key, the field.
func decodeError(path string, err error) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return &kg.FieldError{Pos: kg.Pos{File: path}, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	errs := make([]error, 0, len(te.Errors))
	for _, msg := range te.Errors {
		fe := &kg.FieldError{Pos: kg.Pos{File: path}, Msg: msg}
		if m := decodeLine.FindStringSubmatch(msg); m != nil {
			fe.Pos.Line, _ = strconv.Atoi(m[1])
			fe.Msg = m[2]
		}
		if m := unknownField.FindStringSubmatch(fe.Msg); m != nil {
			fe.Field, fe.Msg = m[1], "unknown key"
		}
		errs = append(errs, fe)
	}
	if len(errs) == 1 {
		return errs[0]
	}
	return errors.Join(errs...)
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
