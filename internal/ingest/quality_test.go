package ingest

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// annotation is the hand annotation of one test article (testdata/articles/*.yaml).
type annotation struct {
	URL     string `yaml:"url"`
	HeldOut bool   `yaml:"heldOut"`
	Meta    Meta   `yaml:"meta"`
	// Given is what the caller states of the article (amity-ingest -published ...).
	Given     Meta       `yaml:"given"`
	Mentions  [][]any    `yaml:"mentions"`  // [text, occurrence, expected]
	Dates     [][]any    `yaml:"dates"`     // [text, occurrence, value, how]
	Relations [][]string `yaml:"relations"` // [from, type, to, role or title]
	// EventDate is the start of the visit or meeting the article reports ($event).
	EventDate string `yaml:"eventDate"`
}

type goldSpan struct {
	start, end int
	want       string // entity id, new:<id>, or "-"
	value, how string
}

func readAnnotation(t testing.TB, name string) (string, annotation) {
	t.Helper()
	text, err := os.ReadFile(filepath.Join("testdata", "articles", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join("testdata", "articles", name+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var a annotation
	if err := yaml.Unmarshal(raw, &a); err != nil {
		t.Fatalf("%s.yaml: %v", name, err)
	}
	return string(text), a
}

// occurrence finds the byte span of the nth whole-word occurrence of s.
func occurrence(t testing.TB, text, s string, n int) (int, int) {
	t.Helper()
	re := regexp.MustCompile(`(?:^|\b|\s)(` + regexp.QuoteMeta(s) + `)(?:\b|$|\s|[,.’'])`)
	pos := 0
	for i := 1; ; i++ {
		m := re.FindStringSubmatchIndex(text[pos:])
		if m == nil {
			t.Fatalf("annotation: %q has no occurrence %d", s, n)
		}
		if i == n {
			return pos + m[2], pos + m[3]
		}
		pos += m[3]
	}
}

func asInt(v any) int {
	switch n := v.(type) {
	case int:
		return n
	}
	return 0
}

func (a annotation) spans(t testing.TB, text string) (mentions, dates []goldSpan) {
	for _, m := range a.Mentions {
		s, e := occurrence(t, text, fmt.Sprint(m[0]), asInt(m[1]))
		mentions = append(mentions, goldSpan{start: s, end: e, want: fmt.Sprint(m[2])})
	}
	for _, d := range a.Dates {
		s, e := occurrence(t, text, fmt.Sprint(d[0]), asInt(d[1]))
		dates = append(dates, goldSpan{start: s, end: e, value: fmt.Sprint(d[2]), how: fmt.Sprint(d[3])})
	}
	return mentions, dates
}

// score is the measurement of one article (or of all, summed).
type score struct {
	known, knownFound      int // known-entity mentions, and those linked right
	links, linksRight      int // links made, and those right
	newGold, newFound      int // mentions of new entities, and those proposed with the right kind
	proposed, proposedOK   int // mentions proposed as new, and those the annotation calls new
	dates, datesRight      int // dates found, and those right
	datesGold              int
	rels, relsGold, relsOK int
	wrong                  []string // what went wrong, for the log
}

func (s *score) add(o score) {
	s.known += o.known
	s.knownFound += o.knownFound
	s.links += o.links
	s.linksRight += o.linksRight
	s.newGold += o.newGold
	s.newFound += o.newFound
	s.proposed += o.proposed
	s.proposedOK += o.proposedOK
	s.dates += o.dates
	s.datesRight += o.datesRight
	s.datesGold += o.datesGold
	s.rels += o.rels
	s.relsGold += o.relsGold
	s.relsOK += o.relsOK
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (s score) String() string {
	return fmt.Sprintf("linking: recall %.2f (%d/%d), precision %.2f (%d/%d); new entities: recall %.2f (%d/%d), precision %.2f (%d/%d); dates: %d/%d right, %d of %d annotated found; relations: precision %.2f (%d/%d), recall %.2f (%d/%d)",
		ratio(s.knownFound, s.known), s.knownFound, s.known, ratio(s.linksRight, s.links), s.linksRight, s.links,
		ratio(s.newFound, s.newGold), s.newFound, s.newGold, ratio(s.proposedOK, s.proposed), s.proposedOK, s.proposed, s.datesRight, s.dates, s.datesRight, s.datesGold,
		ratio(s.relsOK, s.rels), s.relsOK, s.rels, ratio(s.relsOK, s.relsGold), s.relsOK, s.relsGold)
}

// lessPrecise accepts a month and day left without a year where the annotation infers
// the year from a publication date the text did not give in a readable form, or derives
// it from a year stated elsewhere in the text: not wrong, only less precise.
func lessPrecise(x goldSpan, d DateMention) bool {
	return (x.how == Inferred || x.how == Derived) && d.How == NoYearYet && len(x.value) == 10 && d.Value == "--"+x.value[5:]
}

// sameHow takes a year inferred from the publication date and one derived from a year the
// text states elsewhere as the same way of reading a date: where both give the same value
// the date is right (a text's stated year and its publication date agree).
func sameHow(gold, got string) bool {
	inferential := func(h string) bool { return h == Inferred || h == Derived }
	return gold == got || inferential(gold) && inferential(got)
}

func overlaps(s1, e1, s2, e2 int) bool { return s1 < e2 && s2 < e1 }

// measure ingests one annotated article with g and scores it against the annotation.
func measure(t testing.TB, g *Gazetteer, name string) (score, *Document) {
	text, a := readAnnotation(t, name)
	doc, err := g.Ingest(Article{Text: text, Meta: a.Given})
	if err != nil {
		t.Fatal(err)
	}
	gm, gd := a.spans(t, text)
	var sc score
	// proposed ids of the system -> ids of the annotation, through aligned mentions
	alias := map[string]string{}
	for _, x := range gm {
		kind, isNew := strings.CutPrefix(x.want, "new:")
		switch {
		case isNew:
			sc.newGold++
		case x.want != "-":
			sc.known++
		}
		for _, m := range doc.Mentions {
			if !overlaps(x.start, x.end, m.bStart, m.bEnd) {
				continue
			}
			if isNew && m.Proposed != nil {
				gk, _ := kg.KindOfID(kind)
				if gk == m.Kind {
					sc.newFound++
					alias[*m.Proposed] = kind
				}
			}
			if !isNew && m.Entity != nil && *m.Entity == x.want {
				sc.knownFound++
			}
			break
		}
	}
	for _, m := range doc.Mentions {
		if m.Entity == nil {
			continue
		}
		sc.links++
		right := false
		for _, x := range gm {
			if overlaps(x.start, x.end, m.bStart, m.bEnd) && x.want == *m.Entity {
				right = true
			}
		}
		if right {
			sc.linksRight++
		} else {
			sc.wrong = append(sc.wrong, fmt.Sprintf("link %q -> %s", m.Text, *m.Entity))
		}
	}
	for _, m := range doc.Mentions {
		if m.Proposed == nil {
			continue
		}
		sc.proposed++
		ok := false
		for _, x := range gm {
			if overlaps(x.start, x.end, m.bStart, m.bEnd) && strings.HasPrefix(x.want, "new:") {
				ok = true
			}
		}
		if ok {
			sc.proposedOK++
		} else {
			sc.wrong = append(sc.wrong, fmt.Sprintf("proposed %q as %s", m.Text, *m.Proposed))
		}
	}
	for _, x := range gm {
		found := false
		for _, m := range doc.Mentions {
			if overlaps(x.start, x.end, m.bStart, m.bEnd) {
				found = true
			}
		}
		if !found && x.want != "-" {
			sc.wrong = append(sc.wrong, fmt.Sprintf("missed %q (%s)", text[x.start:x.end], x.want))
		}
	}
	sc.datesGold = len(gd)
	if a.EventDate != "" {
		sc.datesGold++
	}
	for _, d := range doc.Dates {
		sc.dates++
		right := false
		for _, x := range gd {
			if overlaps(x.start, x.end, d.bStart, d.bEnd) && (x.value == d.Value && sameHow(x.how, d.How) || lessPrecise(x, d)) {
				right = true
			}
		}
		if right {
			sc.datesRight++
		} else {
			sc.wrong = append(sc.wrong, fmt.Sprintf("date %q -> %s (%s)", d.Text, d.Value, d.How))
		}
	}
	event := ""
	for _, e := range doc.Entities {
		if e.Kind == kg.Event && e.Status == "new" && e.Props["startDate"] != nil || e.Kind == kg.Event && e.Status == "new" && strings.HasPrefix(e.ID, "event:undated-") {
			event = e.ID
			if d, ok := e.Props["startDate"].(string); ok {
				sc.dates++
				if d == a.EventDate || len(a.EventDate) == 10 && d == "--"+a.EventDate[5:] {
					sc.datesRight++
				} else {
					sc.wrong = append(sc.wrong, fmt.Sprintf("event date %s, want %q", d, a.EventDate))
				}
			}
		}
	}
	id := func(s string) string {
		if s == event && s != "" {
			return "$event"
		}
		if v, ok := alias[s]; ok {
			return v
		}
		return s
	}
	key := func(from, typ, to, prop string) string {
		if typ == kg.PartnerOf && to < from {
			from, to = to, from
		}
		if typ != kg.ParticipatedIn {
			prop = ""
		}
		return from + "|" + typ + "|" + to + "|" + prop
	}
	gold := map[string]bool{}
	for _, r := range a.Relations {
		prop := ""
		if len(r) > 3 {
			prop = r[3]
		}
		// Some sidecars write a new entity's id with its mention's "new:" prefix, others
		// without; the proposals are aliased to the bare id.
		from, to := strings.TrimPrefix(r[0], "new:"), strings.TrimPrefix(r[2], "new:")
		gold[key(from, r[1], to, prop)] = true
	}
	sc.relsGold = len(gold)
	seen := map[string]bool{}
	for _, r := range doc.Relations {
		if r.Type == kg.InCountry {
			continue // implied by a new place's id, not annotated
		}
		role, _ := r.Props["role"].(string)
		k := key(id(r.From), r.Type, id(r.To), role)
		if seen[k] {
			continue
		}
		seen[k] = true
		sc.rels++
		if gold[k] {
			sc.relsOK++
		} else {
			sc.wrong = append(sc.wrong, "relation "+k)
		}
	}
	return sc, doc
}

var (
	fixtureOnce sync.Once
	fixture     *Gazetteer
)

// fixtureGazetteer is the graph's name records that bear a name of the test articles
// (with every country, the missions in their cities and the holders of their offices),
// taken from the full graph: the linker sees the same candidates as against the graph.
func fixtureGazetteer(t testing.TB) *Gazetteer {
	fixtureOnce.Do(func() {
		f, err := os.Open("testdata/gazetteer.jsonl.gz")
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		var recs []store.NameRecord
		sc := bufio.NewScanner(zr)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var r store.NameRecord
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			recs = append(recs, r)
		}
		fixture = NewGazetteer(recs)
	})
	return fixture
}

// articles lists the annotated articles, held out or not.
func articles(t testing.TB, heldOut bool) []string {
	files, _ := filepath.Glob("testdata/articles/*.yaml")
	var out []string
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".yaml")
		if _, a := readAnnotation(t, name); a.HeldOut == heldOut {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// checkLinks fails for each text whose mention is not linked (or proposed) as wanted;
// "" wants the text left alone.
func checkLinks(t testing.TB, doc *Document, want map[string]string) {
	t.Helper()
	got := map[string]string{}
	for _, m := range doc.Mentions {
		got[m.Text] = m.id()
	}
	for text, id := range want {
		if got[text] != id {
			t.Errorf("%q -> %q, want %q", text, got[text], id)
		}
	}
}

// richmondLinks are the links of the held-out Richmond article asserted against the
// fixture and against the graph.
var richmondLinks = map[string]string{
	"Richmond":                         "city:us:virginia:richmond",
	"Virginia":                         "region:us:virginia",
	"Nina Hachigian":                   "person:nina-hachigian",
	"Levar Stoney":                     "person:levar-stoney",
	"Brian Anderson":                   "person:brian-anderson",
	"Jenna Ben-Yehuda":                 "person:jenna-ben-yehuda",
	"Virginia Commonwealth University": "org:virginia-commonwealth-university",
	"Richmond Chamber of Commerce":     "org:richmond-chamber-of-commerce",
}

// richmondRelations are relations of the held-out Richmond article asserted against the
// fixture and against the graph.
var richmondRelations = []string{
	"person:nina-hachigian|PARTICIPATED_IN|$event|visitor",
	"person:levar-stoney|PARTICIPATED_IN|$event|host",
	"person:levar-stoney|HOLDS_POSITION|city:us:virginia:richmond|Mayor",
	"$event|HELD_IN|city:us:virginia:richmond|",
}
