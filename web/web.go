// Package web owns the explorer's and GraphiQL's browser files: their sources under
// src/, pinned with package.json and package-lock.json, and dist/, the built files that
// are committed and embedded here so that the server needs no Node and no network
// (`make web` rebuilds dist/). It serves nothing itself; internal/server does.
package web

import (
	"embed"
	"io/fs"
)

//go:embed dist
var dist embed.FS

// Dist holds the built files at its root: index.html, graphiql.html and the assets.
func Dist() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // the embed above guarantees the folder
	}
	return sub
}
