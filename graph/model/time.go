package model

import (
	"time"

	"github.com/amity-graph/amity/internal/kg"
)

// TimelineEntry is one dated fact about an entity.
type TimelineEntry struct{ Entry kg.TimelineEntry }

func (t TimelineEntry) Date() string           { return t.Entry.Date }
func (t TimelineEntry) HasYear() bool          { return t.Entry.Key != "" && t.Entry.Key[0] != '~' }
func (t TimelineEntry) Type() string           { return t.Entry.Type }
func (t TimelineEntry) Change() TimelineChange { return TimelineChange(t.Entry.Change) }
func (t TimelineEntry) Role() *string          { return opt(t.Entry.Role) }
func (t TimelineEntry) Other() Entity          { return Wrap(t.Entry.Other) }
func (t TimelineEntry) Event() *Event {
	if t.Entry.Event == nil {
		return nil
	}
	e, _ := Wrap(t.Entry.Event).(*Event)
	return e
}
func (t TimelineEntry) SourceIDs() []string { return t.Entry.Sources }

// Change is one write to the graph.
type Change struct{ Change kg.Change }

func (c Change) ID() string            { return c.Change.ID }
func (c Change) At() time.Time         { return c.Change.At }
func (c Change) Actor() string         { return c.Change.Actor }
func (c Change) Role() string          { return c.Change.Role }
func (c Change) Operation() string     { return c.Change.Operation }
func (c Change) Target() string        { return c.Change.Target }
func (c Change) SourcesWritten() int   { return c.Change.SourcesWritten }
func (c Change) EntitiesWritten() int  { return c.Change.EntitiesWritten }
func (c Change) RelationsWritten() int { return c.Change.RelationsWritten }
func (c Change) Entities() []string    { return c.Change.EntityIDs }
func (c Change) SourceIDs() []string   { return c.Change.SourceIDs }
