package ingest

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
)

// Round 12c's experiment: could a model learned from the annotated articles tell the
// linker's wrong links from its right ones on text it never saw? The test builds one
// example per link the rules make, with textual features (no names), and measures a
// logistic regression by leave-one-set-out cross-validation; the README's "Round 12c"
// section gives the outcome. Nothing of it is wired into Ingest.

// linkExample is one link the rules made, its features and whether the annotation
// agrees.
type linkExample struct {
	article, set string
	text, entity string
	x            []float64
	wrong        bool
}

var abstainFeatureNames []string

func init() {
	abstainFeatureNames = []string{"bias"}
	for _, h := range abstainHows {
		abstainFeatureNames = append(abstainFeatureNames, "how="+h)
	}
	for _, k := range abstainKinds {
		abstainFeatureNames = append(abstainFeatureNames, "kind="+string(k))
	}
	abstainFeatureNames = append(abstainFeatureNames, "log candidates", "confidence",
		"prev capitalised", "prev for", "prev of", "prev the", "prev title word", "prev in/to/at",
		"next capitalised", "next head word", "hyphen before", "hyphen after", "headline line",
		"sentence start", "possessive after", "country named", "log runes", "all caps", "words",
		"entity's country is it", "repeat of a linked text", "prev and", "next lowercase of",
		"another country named, not its own")
}

var abstainHows = []string{"name", "alias", "abbreviation", "title", "coreference", "misspelling"}
var abstainKinds = []kg.Kind{kg.Country, kg.Region, kg.City, kg.Person, kg.Organization, kg.Company, kg.Consulate, kg.Event}

var abstainTitleWords = map[string]bool{"ambassador": true, "amb": true, "mayor": true, "secretary": true, "president": true,
	"governor": true, "minister": true, "lord": true, "lady": true, "envoy": true, "director": true, "consul": true,
	"general": true, "senator": true, "representative": true, "commissioner": true, "chairman": true, "sir": true,
	"dr": true, "mr": true, "mrs": true, "ms": true, "baroness": true, "deputy": true, "chief": true}

var abstainHeadWords = map[string]bool{"agreement": true, "place": true, "square": true, "street": true, "road": true,
	"finance": true, "trade": true, "investment": true, "council": true, "university": true, "conference": true,
	"forum": true, "summit": true, "games": true, "airport": true, "embassy": true, "consulate": true,
	"ministry": true, "bureau": true, "office": true, "department": true, "chamber": true, "association": true,
	"committee": true, "commission": true, "foundation": true, "institute": true, "college": true, "school": true,
	"hospital": true, "bank": true, "agency": true, "program": true, "programme": true, "partnership": true,
	"initiative": true, "dialogue": true, "consultations": true, "corporation": true, "company": true, "club": true,
	"centre": true, "center": true, "park": true, "house": true, "hall": true, "museum": true, "festival": true,
	"week": true, "day": true, "award": true, "fund": true, "society": true, "group": true, "alliance": true,
	"times": true, "post": true, "news": true, "airlines": true, "express": true, "port": true, "harbour": true}

// wordBefore and wordAfter are the words next to byte offsets s and e, and whether a
// hyphen joins them.
func wordBefore(text string, s int) (string, bool) {
	i := s
	hyphen := false
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if r == '-' || r == '–' {
			hyphen = i == s
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		if r == '\n' {
			return "", hyphen
		}
		i -= n
	}
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && r != '.' && r != '\'' {
			break
		}
		j -= n
	}
	return strings.TrimSuffix(text[j:i], "."), hyphen
}

func wordAfter(text string, e int) (string, bool) {
	i := e
	hyphen := false
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '-' || r == '–' {
			hyphen = i == e
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		if r == '\n' {
			return "", hyphen
		}
		i += n
	}
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) && r != '\'' && r != '’' {
			break
		}
		j += n
	}
	return text[i:j], hyphen
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// linkFeatures describes doc's i-th mention, a link, by the text around it.
func linkFeatures(g *Gazetteer, doc *Document, i int) []float64 {
	m := doc.Mentions[i]
	text := doc.Text
	x := []float64{1}
	for _, h := range abstainHows {
		x = append(x, b2f(m.How == h))
	}
	for _, k := range abstainKinds {
		x = append(x, b2f(m.Kind == k))
	}
	cands := 0
	for _, h := range g.find(m.Text) {
		if h.start == 0 && h.end == len(m.Text) && len(g.patterns[h.pat].refs) > cands {
			cands = len(g.patterns[h.pat].refs)
		}
	}
	x = append(x, math.Log1p(float64(cands)), m.Confidence)
	prev, hypB := wordBefore(text, m.bStart)
	next, hypA := wordAfter(text, m.bEnd)
	lp, ln := strings.ToLower(prev), strings.ToLower(next)
	x = append(x, b2f(capitalised(prev)), b2f(lp == "for"), b2f(lp == "of"), b2f(lp == "the"), b2f(abstainTitleWords[lp]),
		b2f(lp == "in" || lp == "to" || lp == "at"))
	x = append(x, b2f(capitalised(next)), b2f(abstainHeadWords[ln]), b2f(hypB), b2f(hypA))
	nl := strings.IndexByte(text, '\n')
	x = append(x, b2f(nl < 0 || m.bStart < nl))
	k := m.bStart - 1
	for k >= 0 && (text[k] == ' ' || text[k] == '"' || text[k] == '(') {
		k--
	}
	x = append(x, b2f(k < 0 || text[k] == '.' || text[k] == '\n' || text[k] == ':'))
	rest := text[m.bEnd:]
	x = append(x, b2f(strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")))
	rec := g.entries[m.entry]
	named := false
	for _, c := range rec.Countries {
		for _, o := range doc.Mentions {
			if o.Entity != nil && *o.Entity == c {
				named = true
			}
		}
		for d, id := range demonyms {
			if id == c && strings.Contains(strings.ToLower(text), d) {
				named = true
			}
		}
	}
	x = append(x, b2f(named))
	runes := utf8.RuneCountInString(m.Text)
	x = append(x, math.Log(float64(runes)), b2f(runes > 1 && strings.ToUpper(m.Text) == m.Text),
		float64(len(strings.Fields(m.Text))))
	x = append(x, b2f(rec.Kind == kg.Country))
	repeat := false
	for j := 0; j < i; j++ {
		if doc.Mentions[j].Text == m.Text && doc.Mentions[j].Entity != nil {
			repeat = true
		}
	}
	x = append(x, b2f(repeat), b2f(lp == "and"), b2f(ln == "of" || ln == "for"))
	other := false
	for _, o := range doc.Mentions {
		if o.Entity != nil && o.Kind == kg.Country && *o.Entity != "country:us" && !slices.Contains(rec.Countries, *o.Entity) {
			other = true
		}
	}
	x = append(x, b2f(rec.Kind != kg.Country && !named && other))
	return x
}

// articleSets maps each annotated article to the set it was held out in, as the
// README's "Held out" sections list them; the build set is "build".
func articleSets(t testing.TB) map[string]string {
	raw, err := os.ReadFile(filepath.Join("testdata", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(raw)
	sets := map[string]string{}
	files, _ := filepath.Glob("testdata/articles/*.yaml")
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".yaml")
		sets[name] = "build"
		heading := ""
		for _, line := range strings.Split(readme, "\n") {
			if strings.HasPrefix(line, "## ") {
				heading = strings.TrimPrefix(line, "## ")
				continue
			}
			if heading != "Held out" && strings.Contains(strings.ToLower(heading), "held") && strings.Contains(line, name) {
				sets[name] = heading
				break
			}
		}
	}
	return sets
}

// linkExamples ingests every annotated article and labels each link it makes.
func linkExamples(t testing.TB) []linkExample {
	g := fixtureGazetteer(t)
	sets := articleSets(t)
	var out []linkExample
	for _, name := range append(articles(t, false), articles(t, true)...) {
		text, a := readAnnotation(t, name)
		doc, err := g.Ingest(Article{Text: text, Meta: a.Given})
		if err != nil {
			t.Fatal(err)
		}
		gm, _ := a.spans(t, text)
		for i, m := range doc.Mentions {
			if m.Entity == nil {
				continue
			}
			right := false
			for _, x := range gm {
				if overlaps(x.start, x.end, m.bStart, m.bEnd) && x.want == *m.Entity {
					right = true
				}
			}
			out = append(out, linkExample{article: name, set: sets[name], text: m.Text, entity: *m.Entity,
				x: linkFeatures(g, doc, i), wrong: !right})
		}
	}
	return out
}

// TestLinkExamples states what the dataset holds: the links the rules make on the
// annotated articles, nearly all right, and the wrong ones of the README among them.
func TestLinkExamples(t *testing.T) {
	ex := linkExamples(t)
	wrong := 0
	found := map[string]bool{}
	for _, e := range ex {
		if len(e.x) != len(abstainFeatureNames) {
			t.Fatalf("%d features, %d names", len(e.x), len(abstainFeatureNames))
		}
		if e.wrong {
			wrong++
			found[e.text+" -> "+e.entity] = true
		}
	}
	sets := map[string]bool{}
	for _, s := range articleSets(t) {
		sets[s] = true
	}
	if len(sets) < 14 {
		t.Errorf("%d sets, want 14 at least (the build set and the held-out sets)", len(sets))
	}
	t.Logf("%d links, %d wrong", len(ex), wrong)
	if len(ex) < 1000 || wrong*10 > len(ex) {
		t.Errorf("%d links, %d wrong: want over 1000 links, few wrong", len(ex), wrong)
	}
	// The unseen dataset: the sixth to fourteenth sets as first measured.
	unseen := abstainData(t, "unseen")
	wrong = 0
	for _, e := range unseen {
		if e.wrong {
			wrong++
		}
	}
	if len(unseen) != 703 || wrong != 56 {
		t.Errorf("unseen: %d links, %d wrong; want 703, 56", len(unseen), wrong)
	}
}

// abstainData is "seen": the links today's rules make on every annotated article, or
// "unseen": the links each set got at its one unseen measurement, written by this file's
// features run at those measurements' commits (testdata/abstain-unseen.jsonl, the sixth
// to fourteenth sets), so that later rules do not change it.
func abstainData(t testing.TB, which string) []linkExample {
	if which == "seen" {
		return linkExamples(t)
	}
	var out []linkExample
	raw, err := os.ReadFile(filepath.Join("testdata", "abstain-unseen.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		var r struct {
			Set, Article, Text, Entity string
			X                          []float64
			Wrong                      bool
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("abstain-unseen.jsonl:%d: %v", i+1, err)
		}
		if len(r.X) != len(abstainFeatureNames) {
			t.Fatalf("abstain-unseen.jsonl:%d: %d features, want %d", i+1, len(r.X), len(abstainFeatureNames))
		}
		out = append(out, linkExample{article: r.Article, set: r.Set, text: r.Text, entity: r.Entity, x: r.X, wrong: r.Wrong})
	}
	return out
}
