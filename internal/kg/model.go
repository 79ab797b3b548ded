package kg

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Pos is where a record came from, so errors can name the file and line.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string {
	if p.File == "" {
		return ""
	}
	if p.Line == 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d", p.File, p.Line)
}

// FieldError names the record and field a problem was found in.
type FieldError struct {
	Pos   Pos
	Field string
	Msg   string
}

func (e *FieldError) Error() string {
	var b strings.Builder
	if s := e.Pos.String(); s != "" {
		b.WriteString(s + ": ")
	}
	if e.Field != "" {
		b.WriteString("field " + e.Field + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

func fieldErr(p Pos, field, format string, args ...any) error {
	return &FieldError{Pos: p, Field: field, Msg: fmt.Sprintf(format, args...)}
}

// Source is an article or data set that states facts.
type Source struct {
	ID          string
	Title       string
	Publisher   string
	PublishedAt string
	URL         string
	SourceType  string
	Licence     string // of a data set: under what terms its facts may be used
	Pos         Pos
}

// Figure is a number a source states as of a date, such as a population.
type Figure struct {
	Name        string
	Value       float64
	Approximate bool
	AsOf        string
	Source      string
	Note        string
}

// Entity is any node but a Source.
type Entity struct {
	ID      string
	Kind    Kind
	Name    string
	Aliases []string
	Props   map[string]any
	Figures []Figure
	Sources []string
	Pos     Pos
}

// Relation is a typed, sourced edge between two entities.
type Relation struct {
	From, Type, To     string
	Props              map[string]any
	StartDate, EndDate string
	Sources            []string
	Pos                Pos
}

// Relationship types.
const (
	PartnerOf      = "PARTNER_OF"
	InCountry      = "IN_COUNTRY"
	InRegion       = "IN_REGION"
	PartOf         = "PART_OF"
	HoldsPosition  = "HOLDS_POSITION"
	ParticipatedIn = "PARTICIPATED_IN"
	HeldIn         = "HELD_IN"
	VisitedSite    = "VISITED_SITE"
	BasedIn        = "BASED_IN"
	Represents     = "REPRESENTS"
)

// RelSpec says which kinds a relationship type joins and what it carries.
type RelSpec struct {
	From, To  []Kind
	Symmetric bool     // stored once, read both ways
	Key       string   // a property that tells two edges of one pair apart
	Required  []string // props that must be present
	Enums     map[string][]string
	Dates     []string // props that hold partial dates
	Props     []string // every allowed prop
	Time      Validity // how its facts are placed in time (see asof.go)
}

var (
	places    = []Kind{Country, Region, City}
	bodies    = []Kind{Organization, Company, Consulate}
	nonEvents = []Kind{Country, Region, City, Person, Organization, Company, Consulate}
)

// Roles a participant can have at an event. A host receives the visitors on its own
// ground; one who is met takes part in the meeting without hosting it (two leaders
// meeting at a summit abroad, a body met at a third place).
var Roles = []string{"visitor", "host", "leader", "organizer", "attendee", "speaker", "presenter", "recipient", "met"}

// Partnerships are the kinds of PARTNER_OF.
var Partnerships = []string{"sister", "friendly", "cooperative", "unspecified"}

// RelTypes is the allow-list of relationship types; nothing else reaches Cypher text.
var RelTypes = map[string]RelSpec{
	PartnerOf: {From: []Kind{City, Region}, To: []Kind{City, Region}, Symmetric: true,
		Required: []string{"partnership"}, Enums: map[string][]string{"partnership": Partnerships},
		Dates: []string{"since", "until"}, Props: []string{"partnership", "since", "until", "note"}, Time: Dated},
	InCountry: {From: append([]Kind{Region, City}, bodies...), To: []Kind{Country}, Props: []string{"note"}},
	InRegion:  {From: append([]Kind{Region, City}, bodies...), To: []Kind{Region}, Props: []string{"note"}},
	PartOf: {From: append([]Kind{Region, City, Event}, bodies...), To: append([]Kind{Country, Region, City, Event}, bodies...),
		Props: []string{"note"}},
	HoldsPosition: {From: []Kind{Person}, To: append(append([]Kind{}, bodies...), places...), Key: "title",
		Required: []string{"title"}, Dates: []string{"since", "until", "appointed"}, Props: []string{"title", "since", "until", "appointed", "note"},
		Time: Dated},
	ParticipatedIn: {From: nonEvents, To: []Kind{Event}, Key: "role", Required: []string{"role"},
		Enums: map[string][]string{"role": Roles}, Props: []string{"role", "note"}, Time: EventTie},
	HeldIn:      {From: []Kind{Event}, To: append(append([]Kind{}, places...), bodies...), Props: []string{"note"}, Time: EventTie},
	VisitedSite: {From: []Kind{Event}, To: append(append([]Kind{}, places...), bodies...), Props: []string{"note"}, Time: EventTie},
	BasedIn: {From: bodies, To: []Kind{City, Region, Country}, Key: "basis", Required: []string{"basis"},
		Enums: map[string][]string{"basis": {"headquarters", "birthplace", "office"}}, Props: []string{"basis", "note"}},
	Represents: {From: []Kind{Consulate}, To: []Kind{Country}, Dates: []string{"since", "until"}, Props: []string{"since", "until", "note"}, Time: Dated},
}

// RelTypeNames lists the allowed relationship types in a stable order.
func RelTypeNames() []string { return slices.Sorted(maps.Keys(RelTypes)) }

// entityProps are the props allowed per kind, with their value types.
var commonProps = map[string]string{"description": "string", "note": "string", "nameZh": "string"}

var entityProps = map[Kind]map[string]string{
	Country:      {"iso2": "string", "iso3": "string", "isoNumeric": "string", "geonameId": "int"},
	Region:       {"regionType": "string"},
	City:         {"cityType": "string", "lat": "number", "lon": "number", "geonameId": "int", "population": "number", "areaKm2": "number"},
	Person:       {"nameOrder": "string", "birthYear": "int", "deathYear": "int", "wikidataId": "string"},
	Organization: {"orgType": "string"},
	Company:      {"industry": "string", "orgType": "string"},
	Consulate:    {"consulateType": "string", "orgType": "string", "missionType": "string", "wikidataId": "string", "lat": "number", "lon": "number", "website": "string"},
	Event:        {"eventType": "string", "startDate": "date", "endDate": "date", "summary": "string", "edition": "int", "visitType": "string"},
}

var entityEnums = map[string][]string{
	"regionType":    {"province", "prefecture", "state", "region", "district", "country-part", "municipality"},
	"nameOrder":     {"family-given", "given-family"},
	"orgType":       {"government", "party", "association", "chamber", "agency", "venue", "division", "department", "bureau", "media", "school", "company", "consulate", "other"},
	"consulateType": {"consulate-general", "consulate", "embassy", "representative-office"},
	"missionType":   MissionTypes,
	"eventType":     {"visit", "meeting", "promotion", "conference", "seminar", "award", "anniversary", "exhibition", "exchange"},
	// visitType is the kind of visit a source names (the Office of the Historian's lists).
	"visitType": {"state-visit", "official-visit", "official-working-visit", "working-visit", "private-visit", "informal-visit", "unofficial-visit", "pastoral-visit"},
}

// MissionTypes are the allowed values of a Consulate's missionType: the kinds of
// diplomatic mission the Database of Embassies (Wikidata) names.
var MissionTypes = []string{"embassy", "high-commission", "assistant-high-commission", "consulate-general", "consulate",
	"honorary-consulate", "consular-office", "consular-agency", "nunciature", "apostolic-delegation", "de-facto-embassy",
	"de-facto-consulate", "representative-office", "liaison-office", "interests-section", "trade-office",
	"government-office", "permanent-mission", "diplomatic-mission"}

// EventTypes are the allowed values of an Event's eventType.
var EventTypes = entityEnums["eventType"]

// Validate checks a source record.
func (s Source) Validate() error {
	if err := ValidateSourceID(s.ID); err != nil {
		return fieldErr(s.Pos, "id", "%v", err)
	}
	if strings.TrimSpace(s.Title) == "" {
		return fieldErr(s.Pos, "title", "a source needs a title")
	}
	if s.PublishedAt != "" {
		if err := ValidateDate(s.PublishedAt); err != nil {
			return fieldErr(s.Pos, "publishedAt", "%v", err)
		}
	}
	return nil
}

// Validate checks an entity record on its own; references to sources are checked by the
// caller, which knows the whole set.
func (e Entity) Validate() error {
	if _, ok := idPrefix[e.Kind]; !ok {
		return fieldErr(e.Pos, "kind", "unknown kind %q (want one of %v)", e.Kind, Kinds)
	}
	if err := ValidateID(e.Kind, e.ID); err != nil {
		return fieldErr(e.Pos, "id", "%v", err)
	}
	if strings.TrimSpace(e.Name) == "" {
		return fieldErr(e.Pos, "name", "%s has no name", e.ID)
	}
	if len(e.Sources) == 0 {
		return fieldErr(e.Pos, "sources", "%s cites no source", e.ID)
	}
	for _, s := range e.Sources {
		if err := ValidateSourceID(s); err != nil {
			return fieldErr(e.Pos, "sources", "%v", err)
		}
	}
	for k, v := range e.Props {
		typ, ok := entityProps[e.Kind][k]
		if !ok {
			typ, ok = commonProps[k]
		}
		if !ok {
			return fieldErr(e.Pos, "props."+k, "not a property of a %s", e.Kind)
		}
		if err := checkValue(typ, v); err != nil {
			return fieldErr(e.Pos, "props."+k, "%v", err)
		}
		if allowed, ok := entityEnums[k]; ok && !slices.Contains(allowed, v.(string)) {
			return fieldErr(e.Pos, "props."+k, "%q is not one of %v", v, allowed)
		}
	}
	if e.Kind == Event {
		if _, ok := e.Props["eventType"]; !ok {
			return fieldErr(e.Pos, "props.eventType", "an event needs an eventType")
		}
	}
	seen := map[string]bool{}
	for i, f := range e.Figures {
		field := fmt.Sprintf("figures[%d]", i)
		if !idRest.MatchString(strings.ToLower(f.Name)) || strings.ContainsAny(f.Name, "-:") {
			return fieldErr(e.Pos, field+".name", "figure name %q must be a camelCase word", f.Name)
		}
		if seen[f.Name] {
			return fieldErr(e.Pos, field+".name", "figure %q given twice", f.Name)
		}
		seen[f.Name] = true
		if _, clash := e.Props[f.Name]; clash {
			return fieldErr(e.Pos, field+".name", "figure %q is also a plain property", f.Name)
		}
		if err := ValidateDate(f.AsOf); err != nil {
			return fieldErr(e.Pos, field+".asOf", "%v", err)
		}
		if err := ValidateSourceID(f.Source); err != nil {
			return fieldErr(e.Pos, field+".source", "%v", err)
		}
	}
	return nil
}

func checkValue(typ string, v any) error {
	switch typ {
	case "string":
		if s, ok := v.(string); !ok || strings.TrimSpace(s) == "" {
			return fmt.Errorf("want a non-empty string, got %v", v)
		}
	case "date":
		s, ok := v.(string)
		if !ok {
			return fmt.Errorf("want a date string, got %v", v)
		}
		return ValidateDate(s)
	case "int":
		switch n := v.(type) {
		case int, int64:
		case float64:
			if n != float64(int64(n)) {
				return fmt.Errorf("want a whole number, got %v", v)
			}
		default:
			return fmt.Errorf("want a whole number, got %v", v)
		}
	case "number":
		switch v.(type) {
		case int, int64, float64:
		default:
			return fmt.Errorf("want a number, got %v", v)
		}
	}
	return nil
}

// Validate checks a relation against the allow-list. kindOf resolves an id to the kind of
// the entity it names, from the records being loaded or the graph.
func (r Relation) Validate(kindOf func(id string) (Kind, bool)) error {
	spec, ok := RelTypes[r.Type]
	if !ok {
		return fieldErr(r.Pos, "type", "unknown relationship type %q (want one of %v)", r.Type, RelTypeNames())
	}
	for _, end := range []struct {
		field, id string
		kinds     []Kind
	}{{"from", r.From, spec.From}, {"to", r.To, spec.To}} {
		k, ok := kindOf(end.id)
		if !ok {
			return fieldErr(r.Pos, end.field, "no entity %q is declared", end.id)
		}
		if !slices.Contains(end.kinds, k) {
			return fieldErr(r.Pos, end.field, "%s may not be a %s of %s (it is a %s; allowed: %v)", end.id, end.field, r.Type, k, end.kinds)
		}
	}
	if r.From == r.To {
		return fieldErr(r.Pos, "to", "%s relates %s to itself", r.Type, r.From)
	}
	if len(r.Sources) == 0 {
		return fieldErr(r.Pos, "sources", "%s %s %s cites no source", r.From, r.Type, r.To)
	}
	for _, s := range r.Sources {
		if err := ValidateSourceID(s); err != nil {
			return fieldErr(r.Pos, "sources", "%v", err)
		}
	}
	for _, p := range spec.Required {
		if _, ok := r.Props[p]; !ok {
			return fieldErr(r.Pos, "props."+p, "%s needs %q", r.Type, p)
		}
	}
	for k, v := range r.Props {
		if !slices.Contains(spec.Props, k) {
			return fieldErr(r.Pos, "props."+k, "not a property of %s (allowed: %v)", r.Type, spec.Props)
		}
		typ := "string"
		if slices.Contains(spec.Dates, k) {
			typ = "date"
		}
		if err := checkValue(typ, v); err != nil {
			return fieldErr(r.Pos, "props."+k, "%v", err)
		}
		if allowed, ok := spec.Enums[k]; ok && !slices.Contains(allowed, v.(string)) {
			return fieldErr(r.Pos, "props."+k, "%q is not one of %v", v, allowed)
		}
	}
	for field, d := range map[string]string{"startDate": r.StartDate, "endDate": r.EndDate} {
		if d != "" {
			if err := ValidateDate(d); err != nil {
				return fieldErr(r.Pos, field, "%v", err)
			}
		}
	}
	if sp := SpanProps(r.Type, r.Props, r.StartDate, r.EndDate); sp[PropValidFrom] != nil && sp[PropValidTo] != nil &&
		sp[PropValidTo].(string) < sp[PropValidFrom].(string) {
		return fieldErr(r.Pos, "until", "%s ends before it starts", r.Type)
	}
	return nil
}

// Canonical orients a symmetric relation so that a pair listed in both directions is
// one edge: the smaller id comes first.
func (r Relation) Canonical() Relation {
	if RelTypes[r.Type].Symmetric && r.To < r.From {
		r.From, r.To = r.To, r.From
	}
	return r
}

// KeyValue is the value of the property that tells edges of one pair apart ("" if none).
func (r Relation) KeyValue() string {
	k := RelTypes[r.Type].Key
	if k == "" {
		return ""
	}
	s, _ := r.Props[k].(string)
	return s
}

// FlatProps is what the store writes on the node: the props plus each figure as
// <name>, <name>AsOf, <name>Source (and <name>Approximate, <name>Note when set).
func (e Entity) FlatProps() map[string]any {
	out := maps.Clone(e.Props)
	if out == nil {
		out = map[string]any{}
	}
	out["kind"] = string(e.Kind)
	if e.Kind == Event {
		// dateLo/dateHi make partial dates comparable in range queries; an event with no
		// year gets neither and so never matches a date filter.
		start, _ := e.Props["startDate"].(string)
		end, _ := e.Props["endDate"].(string)
		if end == "" {
			end = start
		}
		if d, err := ParseDate(start); err == nil {
			if lo, _, ok := d.Bounds(); ok {
				out["dateLo"] = lo
			}
		}
		if d, err := ParseDate(end); err == nil {
			if _, hi, ok := d.Bounds(); ok {
				out["dateHi"] = hi
			}
		}
	}
	for _, f := range e.Figures {
		out[f.Name] = f.Value
		out[f.Name+"AsOf"] = f.AsOf
		out[f.Name+"Source"] = f.Source
		if f.Approximate {
			out[f.Name+"Approximate"] = true
		}
		if f.Note != "" {
			out[f.Name+"Note"] = f.Note
		}
	}
	return out
}
