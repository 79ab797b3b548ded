package store

import "testing"

func TestLuceneQuery(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Mukden", `(mukden^3 OR mukden* OR mukden~1)`},
		{"Xi Jinping", `(xi^3 OR xi*) AND (jinping^3 OR jinping* OR jinping~1)`},
		{"沈阳", `"沈阳"`},
		{"瀋陽 city", `"瀋陽" AND (city^3 OR city*)`},
		{`a"b`, `(a^3) AND (b^3)`},
		{"東京タワー", `"東京タワー"`},
	} {
		if got := LuceneQuery(tc.in); got != tc.want {
			t.Errorf("LuceneQuery(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}
