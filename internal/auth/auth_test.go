package auth

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAuthenticate(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "tokens")
	if err := os.WriteFile(file, []byte("# editors\neditor:"+Hash("editor-token-0123456789")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	toks, err := NewTokens("analyst:analyst-token-0123456789, reader:reader-token-0123456789", file, "")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		header string
		role   Role
		err    bool
	}{
		{"", Reader, false},
		{"Bearer analyst-token-0123456789", Analyst, false},
		{"bearer reader-token-0123456789", Reader, false},
		{"Bearer editor-token-0123456789", Editor, false},
		{"Bearer wrong-token-0123456789", None, true},
		{"Basic YWxhZGRpbjpvcGVuc2VzYW1l", None, true},
		{"Bearer ", None, true},
		{"analyst-token-0123456789", None, true},
	}
	for _, c := range cases {
		got, err := toks.Authenticate(c.header)
		if (err != nil) != c.err || got.Role != c.role {
			t.Errorf("Authenticate(%q) = %v, %v; want role %v, error %v", c.header, got.Role, err, c.role, c.err)
		}
		if err != nil && !errors.Is(err, ErrBadToken) {
			t.Errorf("Authenticate(%q) error %v is not ErrBadToken", c.header, err)
		}
	}
	c, _ := toks.Authenticate("Bearer analyst-token-0123456789")
	if c.ID != "token:"+Hash("analyst-token-0123456789")[:12] || c.Kind != Bearer || !c.Authenticated() {
		t.Errorf("caller %+v does not name the token's hash", c)
	}
}

func TestCallerKinds(t *testing.T) {
	toks, err := NewTokens("reader:reader-token-0123456789", "", "")
	if err != nil {
		t.Fatal(err)
	}
	anon, _ := toks.Authenticate("")
	bearer, _ := toks.Authenticate("Bearer reader-token-0123456789")
	bad, _ := toks.Authenticate("Bearer wrong-token-0123456789")
	nobody := CallerFrom(context.Background())
	got := []any{anon.Kind, anon.ID, anon.Authenticated(), bearer.Kind, bearer.Authenticated(),
		bad.Kind, bad.Authenticated(), nobody.Kind, nobody.Authenticated()}
	// The anonymous caller's id is what audit metadata in Neo4j records: keep it.
	want := []any{Anonymous, "anonymous", false, Bearer, true, Nobody, false, Nobody, false}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("callers (-want +got):\n%s", diff)
	}
	if c := CallerFrom(WithCaller(context.Background(), bearer)); c != bearer {
		t.Errorf("CallerFrom(WithCaller(c)) = %+v, want %+v", c, bearer)
	}
}

func TestAnonymousNone(t *testing.T) {
	toks, err := NewTokens("", "", "none")
	if err != nil {
		t.Fatal(err)
	}
	c, err := toks.Authenticate("")
	if err != nil || c.Role != None || c.Authenticated() {
		t.Errorf("anonymous with AMITY_ANONYMOUS=none = %+v, %v; want role none", c, err)
	}
}

func TestBadSpecs(t *testing.T) {
	for _, spec := range []string{"root:abcdefghijklmnopq", "analyst:short", "analyst", ":abcdefghijklmnopq"} {
		if _, err := NewTokens(spec, "", ""); err == nil {
			t.Errorf("NewTokens(%q) accepted", spec)
		}
	}
	if _, err := NewTokens("", "", "admin"); err == nil {
		t.Error("AMITY_ANONYMOUS=admin accepted")
	}
	got := []string{Reader.String(), Analyst.String(), Editor.String()}
	if diff := cmp.Diff([]string{"reader", "analyst", "editor"}, got); diff != "" {
		t.Errorf("role names (-want +got):\n%s", diff)
	}
}
