package main

func plotLatency(path string, f *File) error                { return nil }
func writeMarkdown(path string, f *File, plot string) error { return nil }
