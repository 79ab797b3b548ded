// Command amity-ingest reads a new article (plain text or HTML, from a file or stdin),
// links its mentions to the graph's entities, and proposes the new entities, relations
// and dates it states: with -json as one JSON document, otherwise as a draft curated
// YAML file for an editor to check and move to data/curated/. It only reads the graph.
//
//	amity-ingest [-json] [-title T] [-publisher P] [-published YYYY-MM-DD] [-url U] [-html] [-o FILE] [ARTICLE]
//
// It reads the Neo4j settings as amity-load does (NEO4J_*); when NEO4J_URI is unset it
// uses the local dev instance that make run started.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/amity-graph/amity/internal/config"
	"github.com/amity-graph/amity/internal/ingest"
	"github.com/amity-graph/amity/internal/neo4jlocal"
	"github.com/amity-graph/amity/internal/store"
)

type options struct {
	json, html bool
	meta       ingest.Meta
	out        string
	in         string
}

func main() {
	var opt options
	flag.BoolVar(&opt.json, "json", false, "print the JSON document instead of a draft curated YAML file")
	flag.BoolVar(&opt.html, "html", false, "the article is HTML (detected when it starts like HTML)")
	flag.StringVar(&opt.meta.Title, "title", "", "the article's title, when the text does not state it")
	flag.StringVar(&opt.meta.Publisher, "publisher", "", "who published it")
	flag.StringVar(&opt.meta.Published, "published", "", "publication date: YYYY, YYYY-MM or YYYY-MM-DD")
	flag.StringVar(&opt.meta.URL, "url", "", "where it was published")
	flag.StringVar(&opt.out, "o", "", "write to this file instead of stdout")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: amity-ingest [flags] [ARTICLE]   (ARTICLE is a file; stdin when absent or -)")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 1 {
		flag.Usage()
		os.Exit(2)
	}
	opt.in = flag.Arg(0)
	cfg, err := neo4jConfig()
	if err != nil {
		fmt.Fprintln(os.Stderr, "amity-ingest:", err)
		os.Exit(1)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err = run(ctx, cfg, opt)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "amity-ingest:", err)
		os.Exit(1)
	}
}

// neo4jConfig reads the NEO4J_* settings; with NEO4J_URI unset it points at the local
// dev instance and its generated password.
func neo4jConfig() (store.Config, error) {
	cfg, err := config.Neo4jFromEnv(os.Getenv)
	if err != nil || os.Getenv("NEO4J_URI") != "" {
		return cfg, err
	}
	wd, err := os.Getwd()
	if err != nil {
		return cfg, err
	}
	root, err := neo4jlocal.FindRepoRoot(wd)
	if err != nil {
		return cfg, fmt.Errorf("NEO4J_URI is unset and %w (run from the repository, or set NEO4J_URI)", err)
	}
	dev := neo4jlocal.Dev(root)
	user, password, err := dev.Credentials()
	if err != nil {
		return cfg, fmt.Errorf("NEO4J_URI is unset and the local instance cannot be used: %w (run make run first)", err)
	}
	cfg.URI, cfg.User, cfg.Password = dev.URI(), user, password
	return cfg, nil
}

func run(ctx context.Context, cfg store.Config, opt options) error {
	text, err := readArticle(opt.in)
	if err != nil {
		return err
	}
	// The gazetteer is one statement over every entity; it takes longer than a request.
	cfg.QueryTimeout = 5 * time.Minute
	db, err := store.Open(cfg)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))
	g, err := ingest.LoadGazetteer(ctx, db)
	if err != nil {
		return err
	}
	doc, err := g.Ingest(ingest.Article{Text: string(text), HTML: opt.html || ingest.LooksLikeHTML(text), Meta: opt.meta})
	if err != nil {
		return err
	}
	var w io.Writer = os.Stdout
	if opt.out != "" {
		f, err := os.Create(opt.out)
		if err != nil {
			return fmt.Errorf("create output: %w", err)
		}
		defer f.Close()
		w = f
	}
	if opt.json {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(doc)
	}
	return doc.WriteDraft(w)
}

func readArticle(path string) ([]byte, error) {
	if path == "" || path == "-" {
		b, err := io.ReadAll(os.Stdin)
		if err != nil {
			return nil, fmt.Errorf("read article from stdin: %w", err)
		}
		return b, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read article: %w", err)
	}
	return b, nil
}
