// Package auth owns who a caller is and what they may do: bearer tokens, the roles they
// carry (reader < analyst < editor), and the caller carried in a request's context.
package auth

import (
	"bufio"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"
)

// Role orders what a caller may do.
type Role int

// Roles, weakest first.
const (
	None Role = iota
	Reader
	Analyst
	Editor
)

func (r Role) String() string {
	return [...]string{"none", "reader", "analyst", "editor"}[r]
}

// ParseRole reads "reader", "analyst" or "editor".
func ParseRole(s string) (Role, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "reader":
		return Reader, nil
	case "analyst":
		return Analyst, nil
	case "editor":
		return Editor, nil
	}
	return None, fmt.Errorf("unknown role %q (want reader, analyst or editor)", s)
}

// Kind says how a caller identified itself.
type Kind int

// Kinds of callers.
const (
	// Nobody is the zero Kind: no authentication took place, as in a context without
	// a caller.
	Nobody Kind = iota
	// Anonymous is a caller who presented no token; its role is AMITY_ANONYMOUS's.
	Anonymous
	// Bearer is a caller who presented a valid bearer token.
	Bearer
)

func (k Kind) String() string {
	return [...]string{"nobody", "anonymous", "bearer"}[k]
}

// Caller is who made a request.
type Caller struct {
	Kind Kind
	Role Role
	// ID names the caller in logs and audit metadata without revealing the token:
	// "anonymous" (Anonymous.String()) or "token:" plus the first 12 hex digits of the
	// token's SHA-256.
	ID string
}

// Authenticated reports whether the caller presented a valid token.
func (c Caller) Authenticated() bool { return c.Kind == Bearer }

type callerKey struct{}

// WithCaller puts the caller in the context.
func WithCaller(ctx context.Context, c Caller) context.Context {
	return context.WithValue(ctx, callerKey{}, c)
}

// CallerFrom reads the caller; a context without one is nobody.
func CallerFrom(ctx context.Context) Caller {
	c, _ := ctx.Value(callerKey{}).(Caller)
	return c
}

type entry struct {
	hash [sha256.Size]byte
	role Role
}

// Tokens checks bearer tokens. Only SHA-256 hashes are kept in memory.
type Tokens struct {
	entries   []entry
	anonymous Role
}

// ErrBadToken is returned for a token that matches none.
var ErrBadToken = errors.New("invalid bearer token")

// NewTokens parses AMITY_TOKENS ("role:token,role:token"), an optional file of
// "role:sha256-hex" lines, and AMITY_ANONYMOUS ("reader", the default, or "none").
func NewTokens(spec, hashFile, anonymous string) (*Tokens, error) {
	t := &Tokens{anonymous: Reader}
	switch strings.ToLower(strings.TrimSpace(anonymous)) {
	case "", "reader":
	case "none":
		t.anonymous = None
	default:
		return nil, fmt.Errorf("AMITY_ANONYMOUS=%q: want reader or none", anonymous)
	}
	for i, item := range strings.Split(spec, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		r, tok, ok := strings.Cut(item, ":")
		role, err := ParseRole(r)
		if !ok || err != nil {
			return nil, fmt.Errorf("AMITY_TOKENS entry %d: want role:token with role reader, analyst or editor", i+1)
		}
		if len(tok) < 16 {
			return nil, fmt.Errorf("AMITY_TOKENS entry %d: a token needs at least 16 characters", i+1)
		}
		t.entries = append(t.entries, entry{sha256.Sum256([]byte(tok)), role})
	}
	if hashFile != "" {
		if err := t.readHashFile(hashFile); err != nil {
			return nil, err
		}
	}
	return t, nil
}

func (t *Tokens) readHashFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read token file: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r, h, ok := strings.Cut(line, ":")
		role, err := ParseRole(r)
		sum, herr := hex.DecodeString(strings.TrimSpace(h))
		if !ok || err != nil || herr != nil || len(sum) != sha256.Size {
			return fmt.Errorf("%s:%d: want role:sha256-hex", path, n)
		}
		var e entry
		copy(e.hash[:], sum)
		e.role = role
		t.entries = append(t.entries, e)
	}
	return sc.Err()
}

// Authenticate maps an Authorization header to a caller. An empty header is the
// anonymous caller (whose role may be None); a header that is not a valid bearer token
// is an error, never a silent downgrade.
func (t *Tokens) Authenticate(header string) (Caller, error) {
	if strings.TrimSpace(header) == "" {
		return Caller{Kind: Anonymous, Role: t.anonymous, ID: Anonymous.String()}, nil
	}
	scheme, tok, ok := strings.Cut(strings.TrimSpace(header), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(tok) == "" {
		return Caller{}, fmt.Errorf("%w: use 'Authorization: Bearer <token>'", ErrBadToken)
	}
	sum := sha256.Sum256([]byte(strings.TrimSpace(tok)))
	// Compare against every entry, whatever matches, so timing tells nothing.
	role := None
	for _, e := range t.entries {
		if subtle.ConstantTimeCompare(sum[:], e.hash[:]) == 1 {
			role = max(role, e.role)
		}
	}
	if role == None {
		return Caller{}, ErrBadToken
	}
	return Caller{Kind: Bearer, Role: role, ID: "token:" + hex.EncodeToString(sum[:6])}, nil
}

// Hash is what a token file stores for a token.
func Hash(token string) string {
	s := sha256.Sum256([]byte(token))
	return hex.EncodeToString(s[:])
}
