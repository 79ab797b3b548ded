package main

import (
	"context"
	"github.com/amity-graph/amity/internal/synth"
)

func benchScale(ctx context.Context, e *env, g *synth.Graph, lm synth.Landmarks) ([]Record, error) { return nil, nil }
func plotLatency(path string, f *File) error { return nil }
func writeMarkdown(path string, f *File, plot string) error { return nil }
func queryOrder(q string) int { return 0 }
