package neo4jlocal

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"text/template"
)

// confTemplatePath is where the conf template lives, relative to the repo
// root. It is read at run time (not embedded) because go:embed cannot reach
// outside the package directory and the template belongs with the pom.
const confTemplatePath = "neo4j/neo4j.conf.tmpl"

// confParams are the values neo4j/neo4j.conf.tmpl may use.
type confParams struct {
	Name      string
	Dir       string // absolute instance directory
	BoltPort  int
	Heap      string
	PageCache string
	TxMax     string // db.memory.transaction.total.max
}

func (i Instance) confParams(home string) (confParams, error) {
	heap, err := parseSize(i.Heap)
	if err != nil {
		return confParams{}, err
	}
	if _, err := parseSize(i.PageCache); err != nil {
		return confParams{}, err
	}
	return confParams{
		Name:      i.Name,
		Dir:       home,
		BoltPort:  i.BoltPort,
		Heap:      i.Heap,
		PageCache: i.PageCache,
		// Half the heap for all open transactions together: a runaway
		// analyst query fails with a memory error instead of taking the
		// whole JVM down, and the rest is left for Neo4j itself.
		TxMax: formatSize(heap / 2),
	}, nil
}

func renderConf(tmpl string, p confParams) ([]byte, error) {
	t, err := template.New("neo4j.conf").Option("missingkey=error").Parse(tmpl)
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", confTemplatePath, err)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, p); err != nil {
		return nil, fmt.Errorf("render %s: %w", confTemplatePath, err)
	}
	return b.Bytes(), nil
}

// writeConf renders the template into <home>/conf/neo4j.conf and creates the
// directories it names. It runs on every start so template edits apply.
func (i Instance) writeConf(repoRoot, home string) error {
	tmpl, err := os.ReadFile(filepath.Join(repoRoot, confTemplatePath))
	if err != nil {
		return fmt.Errorf("read neo4j config template: %w", err)
	}
	p, err := i.confParams(home)
	if err != nil {
		return err
	}
	out, err := renderConf(string(tmpl), p)
	if err != nil {
		return err
	}
	for _, d := range []string{"conf", "data", "logs", "run", "plugins", "import"} {
		if err := os.MkdirAll(filepath.Join(home, d), 0o755); err != nil {
			return err
		}
	}
	return writeFileAtomic(filepath.Join(home, "conf", "neo4j.conf"), out, 0o644)
}

// writeFileAtomic writes via a temporary file and rename so a crash never
// leaves a half-written file (which matters most for the password).
func writeFileAtomic(path string, data []byte, perm os.FileMode) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // no-op after a successful rename
	if err := f.Chmod(perm); err != nil {
		f.Close()
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
