package ingest

import (
	"slices"
	"strings"
	"testing"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/store"
)

// peopleOf ingests text and lists its people's mentions as "text=id".
func peopleOf(t *testing.T, g *Gazetteer, text string) []string {
	t.Helper()
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range doc.Mentions {
		if m.Kind == kg.Person {
			got = append(got, m.Text+"="+m.id())
		}
	}
	return got
}

// checkPeople fails unless text's people include every "text=id" of in, and no
// mention of out is taken for a person.
func checkPeople(t *testing.T, g *Gazetteer, text string, in, out []string) {
	t.Helper()
	got := peopleOf(t, g, text)
	for _, w := range in {
		if !slices.Contains(got, w) {
			t.Errorf("%q: want %s in %v", text, w, got)
		}
	}
	for _, w := range out {
		if slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, w+"=") }) {
			t.Errorf("%q: %s taken for a person: %v", text, w, got)
		}
	}
}

// TestTwoLetterSurnames: a surname of two letters alone repeats a person named in full
// before; an English word of two letters, a particle, or a surname nobody bore before
// is no one.
func TestTwoLetterSurnames(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{{"Hu", true}, {"Wu", true}, {"Xi", true}, {"He", false}, {"In", false}, {"De", false}, {"US", false}, {"St", false}, {"Ma", false}, {"hu", false}} {
		if got := twoLetterSurname(c.w); got != c.want {
			t.Errorf("twoLetterSurname(%q) = %v, want %v", c.w, got, c.want)
		}
	}
	g := NewGazetteer(nil)
	for _, c := range []struct {
		text string
		in   []string // mentions that must be there
		out  []string // texts that must not be a person's
	}{
		{"Governor Arthur Wu of Tarn opened the fair on Monday. Wu thanked the farmers who came.",
			[]string{"Wu=person:arthur-wu"}, nil},
		{"Mayor Lena Ng greeted the guests. Ng toured the harbour with them later.",
			[]string{"Ng=person:lena-ng"}, nil},
		// no one named Wu in full before: the word alone is no one's
		{"Wu thanked the farmers who came to the fair.", nil, []string{"Wu"}},
		// an English word that is a surname too: abstain
		{"Mayor Lena He greeted the guests. He toured the harbour with them.", nil, []string{"He"}},
	} {
		checkPeople(t, g, c.text, c.in, c.out)
	}
}

// TestVenueWordSurname: a venue's word opening a name of two or three words after a
// title, or before an office in apposition, is a family name written first.
func TestVenueWordSurname(t *testing.T) {
	g := NewGazetteer(nil)
	for _, c := range []struct {
		text string
		in   []string
		out  []string
	}{
		{"Governor Hall Min Jae opened the fair in the town. Hall thanked the farmers.",
			[]string{"Hall Min Jae=person:hall-min-jae", "Hall=person:hall-min-jae"}, nil},
		{"Park Ji Hoon, mayor of Tarn, opened the fair. Park thanked the farmers.",
			[]string{"Park Ji Hoon=person:park-ji-hoon", "Park=person:park-ji-hoon"}, nil},
		// a place: no title, no office after it, or a venue's word at its end
		{"The fair opened in Park Lane Gardens on Monday.", nil, []string{"Park Lane Gardens", "Lane Gardens"}},
		{"Mayor Lena Ng opened Park Street Station on Monday.", nil, []string{"Park Street Station"}},
	} {
		checkPeople(t, g, c.text, c.in, c.out)
	}
}

// TestTransliteratedPerson: a name the graph holds in another transliteration of its
// given name is that person, when only one person so matches and none is spelt as
// the text spells it; another vowel is another name.
func TestTransliteratedPerson(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "person:sergei-volkov", Kind: kg.Person, Name: "Sergei Volkov"},
		{ID: "person:juan-pardo", Kind: kg.Person, Name: "Juan Pardo"},
		{ID: "person:dmitri-lebed", Kind: kg.Person, Name: "Dmitri Lebed"},
		{ID: "person:dmitriy-lebed", Kind: kg.Person, Name: "Dmitriy Lebed"},
		{ID: "person:yuri-orlov", Kind: kg.Person, Name: "Yuri Orlov"},
		{ID: "person:yury-a-orlov", Kind: kg.Person, Name: "Yury A. Orlov"},
	})
	for _, c := range []struct {
		name string
		want string
	}{
		{"Sergey Volkov", "person:sergei-volkov"},
		{"Sergei Volkov", ""},  // spelt as the graph spells it: the linker's
		{"Joan Pardo", ""},     // another name
		{"Dmitry Lebed", ""},   // two people so written
		{"Yuriy Orlov", ""},    // two nodes, Yuri and Yury A., both match
		{"Sergey Volkova", ""}, // another surname
		{"Sergey Ivan Volkov", ""},
	} {
		i := g.transliteratedPerson(kg.Person, c.name)
		got := ""
		if i >= 0 {
			got = g.entries[i].ID
		}
		if got != c.want {
			t.Errorf("transliteratedPerson(%q) = %q, want %q", c.name, got, c.want)
		}
	}
	got := peopleOf(t, g, "President Sergey Volkov visited Tarn on Monday. Sergey Volkov then met the mayor. Volkov thanked him.")
	for _, w := range []string{"Sergey Volkov=person:sergei-volkov", "Volkov=person:sergei-volkov"} {
		if !slices.Contains(got, w) {
			t.Errorf("want %s in %v", w, got)
		}
	}
	if n := len(slices.DeleteFunc(slices.Clone(got), func(s string) bool { return s != "Sergey Volkov=person:sergei-volkov" })); n != 2 {
		t.Errorf("want both full names linked: %v", got)
	}
	// said again where nothing else marks a person's name: the same person
	got = peopleOf(t, g, "Sergey Volkov and the mayor talked on Monday. Later, President Sergey Volkov flew home.")
	if n := len(slices.DeleteFunc(slices.Clone(got), func(s string) bool { return s != "Sergey Volkov=person:sergei-volkov" })); n != 2 {
		t.Errorf("want both full names linked: %v", got)
	}
}

// TestStylesBeforeNames: a Spanish degree's style or office, or a speaker's title,
// before a name is no part of it.
func TestStylesBeforeNames(t *testing.T) {
	g := NewGazetteer(nil)
	for _, c := range []struct {
		text string
		in   []string
		out  []string
	}{
		{"Mayor Tom Reed and Presidente Municipal Lic. Ana Ruiz Soto of Tarn signed the plan.",
			[]string{"Ana Ruiz Soto=person:ana-ruiz-soto"}, []string{"Presidente Municipal Lic"}},
		{"The mayor thanked Governor Lee and Speaker Tanabe for leading the delegation.",
			nil, []string{"Speaker Tanabe"}},
		// an abbreviated title's full stop ends no sentence: the name after it is titled
		{"Mayor Tom Reed and Dr. Ana Ruiz Soto of Tarn signed the plan.",
			[]string{"Ana Ruiz Soto=person:ana-ruiz-soto"}, nil},
		{"The keynote speaker, Ana Ruiz, spoke on Monday.", []string{"Ana Ruiz=person:ana-ruiz"}, nil},
	} {
		checkPeople(t, g, c.text, c.in, c.out)
	}
}

// TestSharedFamily: "<given> and <given> <surname>" after "<given> <surname>" names two
// people of one family; without the full name before, the second is left alone.
func TestSharedFamily(t *testing.T) {
	g := NewGazetteer(nil)
	got := peopleOf(t, g, "Governor Tom Reed opened the fair. A dinner was held in honour of Tom and Xandra Reed.")
	if !slices.Contains(got, "Xandra Reed=person:xandra-reed") {
		t.Errorf("want Xandra Reed in %v", got)
	}
	got = peopleOf(t, g, "A dinner was held in honour of Tom and Xandra Reed.")
	if slices.Contains(got, "Xandra Reed=person:xandra-reed") {
		t.Errorf("no full name before: want no Xandra Reed in %v", got)
	}
}
