package refdata

import "testing"

// TestCommonName: a town's honorific title is left off its shown name when its
// alternate names write it without; not otherwise.
func TestCommonName(t *testing.T) {
	for _, c := range []struct {
		name    string
		aliases []string
		want    string
	}{
		{"Heroica Villaverde", []string{"Villaverde", "Вильяверде"}, "Villaverde"},
		{"Heróica Zapotlán", []string{"Heroica Zapotlan", "Zapotlan", "Zapotlán"}, "Zapotlán"}, // accents as the aliases give them
		{"Heroica Ciudad de Tlalpa", []string{"Santa Maria Tlalpa", "Tlalpa"}, "Tlalpa"},       // "Ciudad de" goes with the title
		{"Heroica Villaverde", []string{"Villa Verde Vieja"}, "Heroica Villaverde"},            // no alias without the title
		{"Heroica Villaverde", nil, "Heroica Villaverde"},
		{"Villaverde Heroica", []string{"Villaverde"}, "Villaverde Heroica"}, // a title only before the name
		{"Ciudad de Tlalpa", []string{"Tlalpa"}, "Ciudad de Tlalpa"},         // "Ciudad de" alone is no title
	} {
		if got := commonName(c.name, c.aliases); got != c.want {
			t.Errorf("commonName(%q, %q) = %q, want %q", c.name, c.aliases, got, c.want)
		}
	}
}
