// Package ingest owns reading a new article into proposals for the graph: its text
// (plain or HTML) and metadata, the mentions of places, countries, people, bodies,
// missions and events linked to the graph's nodes through a gazetteer of their names,
// the new entities and the relations the article states, and the dates it gives with
// how each was obtained. It writes nothing: its output is a JSON document and a draft
// curated YAML file an editor checks before amity-load loads it.
package ingest

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/amity-graph/amity/internal/kg"
)

// Article is one article to ingest: its text and what the caller says of it, which wins
// over what the text states.
type Article struct {
	Text string
	HTML bool
	Meta Meta
}

// Document is what an article yields for review.
type Document struct {
	Source    Source        `json:"source"`
	Mentions  []Mention     `json:"mentions"`
	Entities  []EntityOut   `json:"entities"`
	Relations []Fact        `json:"relations"`
	Dates     []DateMention `json:"dates"`
	Text      string        `json:"-"`
}

// Source is the article as a curated source record.
type Source struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Publisher   string `json:"publisher,omitempty"`
	PublishedAt string `json:"publishedAt,omitempty"`
	URL         string `json:"url,omitempty"`
	SourceType  string `json:"sourceType"`
}

// EntityOut is an entity in the curated file format, with whether the graph holds it.
type EntityOut struct {
	ID      string         `json:"id"`
	Kind    kg.Kind        `json:"kind"`
	Name    string         `json:"name"`
	Aliases []string       `json:"aliases,omitempty"`
	Props   map[string]any `json:"props,omitempty"`
	Sources []string       `json:"sources,omitempty"`
	Status  string         `json:"status"` // existing or new
	// Dates says how each date prop was obtained.
	Dates map[string]DateMention `json:"dates,omitempty"`
	// Mentions counts the article's mentions of it.
	Mentions int `json:"mentions"`
}

// Ingest reads an article into a document for review. It never writes to the graph.
func (g *Gazetteer) Ingest(a Article) (*Document, error) {
	text := a.Text
	if a.HTML {
		t, err := HTMLText([]byte(text))
		if err != nil {
			return nil, fmt.Errorf("ingest: read HTML: %w", err)
		}
		text = t
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("ingest: the article has no text")
	}
	meta := ReadMeta(text).Merge(a.Meta)
	if meta.Published != "" {
		if err := kg.ValidateDate(meta.Published); err != nil {
			return nil, fmt.Errorf("ingest: published: %w", err)
		}
	}
	pub, _ := kg.ParseDate(meta.Published)
	pub = itemDate(meta.Title, pub) // a re-posted item's own date, ahead of the page's
	sents := sentences(text)
	c := &linkCtx{text: text, toks: tokenize(text, sents), sents: sents, published: pub,
		countries: map[string]bool{}, lower: map[string]bool{}}
	addresses := webAddress.FindAllStringIndex(text, -1)
	for _, t := range c.toks {
		if !isCapitalized(t.text) && !within(addresses, t.start) {
			c.lower[FoldName(t.text)] = true
		}
	}
	ms := g.link(c)
	ms, strangers := g.dropStrangerNamesakes(c, replaceInner(ms, g.titleMentions(c, ms)))
	p := &proposer{g: g, c: c}
	ms = g.embassiesInHosts(c, p.missionNames(ms))
	ms = p.compassRegions(ms)
	ms = g.compassCountryRegions(g.placeGovernments(g.countryOwnedGovernments(dropProgrammePlaces(c, p.sharedCountryWords(p.placePeoples(p.islandsAndWards(p.agencyLedPeople(namedSurnames(p.speakerLabels(p.notPeople(p.officePieces(p.propose(p.proposeStrangers(ms, strangers))))))))))))))
	ms = g.datelineCountries(c, g.pairedTies(c, g.countryGovernmentsOf(c, g.countryGovernments(c, g.antarcticNoun(c, g.abbreviationsBeforeCommonWords(c, ms))))))
	ms = g.nearSpellings(c, dropCountriesInNames(c, g.dropRegionPortfolios(c, dropPortfolioPlaces(c, g.countyBareNames(c, g.countryNamedRegions(c, ms))))))
	ms = g.dropMissionSenders(c, g.dropBareCompassRegions(c, ms))
	ms = g.knownPlaceProposals(c, dropWifeSurnames(text, g.abbreviatedMissions(c, ms)))
	dates := findDates(text, pub, sents)
	markPublication(text, dates)

	doc := &Document{Text: text, Source: sourceOf(meta)}
	// the surnames officeSurnames links last, where no other reading took them; the
	// relation reader does not read them
	held := g.officeSurnames(c, ms)
	fb := &factBuilder{g: g, c: c, ms: ms, dates: dates, source: doc.Source.ID}
	fb.build()
	for _, m := range held {
		ms = addIfFree(ms, m)
	}
	doc.assemble(g, p, fb, ms, dates)
	return doc, nil
}

func sourceOf(m Meta) Source {
	title := m.Title
	if title == "" {
		title = "Untitled article"
	}
	words := strings.Split(kg.Slug(title), "-")
	if len(words) > 6 {
		words = words[:6]
	}
	date := m.Published
	if date == "" {
		date = "undated"
	}
	id := "source:" + date + "-" + strings.Join(words, "-")
	if pub := kg.Slug(m.Publisher); pub != "" {
		pw := strings.Split(pub, "-")
		if len(pw) > 3 {
			pw = pw[:3]
		}
		id = "source:" + strings.Join(pw, "-") + "-" + date + "-" + strings.Join(words, "-")
	}
	return Source{ID: id, Title: title, Publisher: m.Publisher, PublishedAt: m.Published, URL: m.URL, SourceType: "article"}
}

// assemble turns mentions, proposals and facts into the document: rune offsets, the
// entities in the curated format, the event named and dated, the facts given their
// source.
func (d *Document) assemble(g *Gazetteer, p *proposer, fb *factBuilder, ms []Mention, dates []DateMention) {
	runeAt := func(b int) int { return utf8.RuneCountInString(d.Text[:b]) }
	count := map[string]int{}
	for _, m := range ms {
		m.Start, m.End = runeAt(m.bStart), runeAt(m.bEnd)
		d.Mentions = append(d.Mentions, m)
		count[m.id()]++
	}
	for _, x := range dates {
		x.Start, x.End = runeAt(x.bStart), runeAt(x.bEnd)
		d.Dates = append(d.Dates, x)
	}
	src := []string{d.Source.ID}
	seen := map[string]bool{}
	for _, m := range ms {
		if m.Entity == nil || seen[*m.Entity] {
			continue
		}
		seen[*m.Entity] = true
		e := g.entries[m.entry]
		d.Entities = append(d.Entities, EntityOut{ID: e.ID, Kind: e.Kind, Name: e.Name, Status: "existing", Mentions: count[e.ID]})
	}
	for _, pr := range p.props {
		if count[pr.id] == 0 {
			continue
		}
		out := EntityOut{ID: pr.id, Kind: pr.kind, Name: pr.name, Aliases: pr.aliases, Sources: src, Status: "new", Mentions: count[pr.id]}
		if pr.kind == kg.Event {
			head := strings.ToLower(lastWord(pr.name))
			out.Props = map[string]any{"eventType": cmp.Or(eventTypes[head], "exchange")}
		}
		d.Entities = append(d.Entities, out)
		// A new place whose id names a country lies in it.
		if pr.kind == kg.City || pr.kind == kg.Region {
			parts := strings.Split(pr.id, ":")
			if len(parts) == 3 {
				if _, ok := g.byID["country:"+parts[1]]; ok {
					fb.facts = append(fb.facts, Fact{From: pr.id, Type: kg.InCountry, To: "country:" + parts[1],
						Evidence: Evidence{Text: pr.name, bStart: pr.first, bEnd: pr.first + len(pr.name)}, Confidence: 0.6})
				}
			}
		}
	}
	fb.facts = withoutStrayOrigins(fb.c.text, fb.ms, withoutBothSides(fb.facts))
	eventID := d.event(g, fb, src)
	for _, x := range fb.facts {
		if x.From == "\x00event" {
			x.From = eventID
		}
		if x.To == "\x00event" {
			x.To = eventID
		}
		if x.From == "" || x.To == "" || x.From == x.To {
			continue
		}
		x.Evidence.Start, x.Evidence.End = runeAt(x.Evidence.bStart), runeAt(x.Evidence.bEnd)
		d.Relations = append(d.Relations, x)
	}
	d.Relations = dedupeFacts(d.Relations)
}

// event names and dates the visit or meeting the article reports, and adds it to the
// entities; "" when it reports none or nobody took part.
func (d *Document) event(g *Gazetteer, fb *factBuilder, src []string) string {
	if len(fb.events) == 0 {
		return ""
	}
	ev := fb.events[0]
	var visitor, host, heldIn string
	parts := 0 // parties, or its place where the visitor is one the graph lacks
	for _, x := range fb.facts {
		switch {
		case x.To == "\x00event":
			parts++
			role := x.Props["role"]
			if role == "visitor" && visitor == "" || role == "leader" && visitor == "" {
				visitor = d.nameOf(g, x.From)
			}
			if role == "host" && host == "" {
				host = d.nameOf(g, x.From)
			}
		case x.From == "\x00event" && x.Type == kg.HeldIn && heldIn == "":
			heldIn = d.nameOf(g, x.To)
			if untitledVisitor.MatchString(ev.evidence.Text) {
				parts++ // the visitor is named by title and surname alone, not linked
			}
		}
	}
	if parts == 0 {
		return ""
	}
	if heldIn != "" {
		host = heldIn
	}
	name := ev.eventType
	switch {
	case visitor != "" && host != "" && ev.eventType == "visit" && ev.delegation:
		name = visitor + " delegation visit to " + host
	case visitor != "" && host != "" && ev.eventType == "visit":
		name = visitor + " visit to " + host
	case visitor != "" && host != "":
		name = host + " meeting with " + visitor
	case host != "":
		name = ev.eventType + " in " + host
	case visitor != "":
		name = visitor + " " + ev.eventType
	}
	date := "undated"
	props := map[string]any{"eventType": ev.eventType}
	out := EntityOut{Kind: kg.Event, Name: name, Sources: src, Status: "new", Props: props}
	if ev.date != nil {
		date = ev.date.Value
		if strings.HasPrefix(date, "--") {
			date = "undated"
		}
		props["startDate"] = ev.date.Value
		out.Dates = map[string]DateMention{"startDate": *ev.date}
	}
	slugWords := strings.Split(kg.Slug(strings.TrimPrefix(name, ev.eventType+" in ")), "-")
	if len(slugWords) > 6 {
		slugWords = slugWords[:6]
	}
	out.ID = "event:" + date + "-" + strings.Join(slugWords, "-")
	d.Entities = append(d.Entities, out)
	return out.ID
}

func (d *Document) nameOf(g *Gazetteer, id string) string {
	for _, e := range d.Entities {
		if e.ID == id {
			return e.Name
		}
	}
	if e, ok := g.Entry(id); ok {
		return e.Name
	}
	return id
}

func dedupeFacts(fs []Fact) []Fact {
	var out []Fact
	for _, x := range fs {
		if kg.RelTypes[x.Type].Symmetric && x.To < x.From {
			x.From, x.To = x.To, x.From
		}
		if !slices.ContainsFunc(out, func(o Fact) bool {
			return o.From == x.From && o.Type == x.Type && o.To == x.To && keyOf(o) == keyOf(x)
		}) {
			out = append(out, x)
		}
	}
	return out
}
