package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzIngest holds the linker to two promises on any text: it does not panic, and every
// mention it reports is the stretch of the text its offsets name. The seeds are the
// annotated articles and shapes that once broke a rule ("the exercise" followed by a
// name); `go test` runs the seeds, `go test -fuzz FuzzIngest` searches further.
func FuzzIngest(f *testing.F) {
	g := fixtureGazetteer(f)
	paths, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil {
		f.Fatal(err)
	}
	for i, p := range paths {
		if i%15 != 0 { // a spread of the articles keeps the seed run short
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, s := range []string{"", "\n\n", "U.S.-", "“", "the exercise Desert Falcon Ridge", "Exercise", "Mayor of", "On March 3", "à"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := g.Ingest(Article{Text: text})
		if err != nil {
			return
		}
		runes := []rune(doc.Text)
		for _, m := range doc.Mentions {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
				t.Fatalf("mention %q at [%d,%d) outside a text of %d characters", m.Text, m.Start, m.End, len(runes))
			}
			if got := string(runes[m.Start:m.End]); got != m.Text {
				t.Fatalf("mention %q at [%d,%d) but the text there is %q", m.Text, m.Start, m.End, got)
			}
		}
	})
}
