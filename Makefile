# Amity: `make run` and `make test` do all the setup on a machine with Go 1.26+, Java 17+
# and Maven. See README.md.

GO        ?= go
BIN       := bin
NEO4J_CTL := $(BIN)/amity-neo4j
GOFILES    = $(shell git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './.*')

.PHONY: all build run stop test lint unit integration generate web clean-data help

all: build

help:
	@echo "make run      start the local Neo4j (unless NEO4J_URI is set), load the data, serve GraphQL on :8080"
	@echo "make stop     stop the local Neo4j that make run started"
	@echo "make test     gofmt + vet, unit tests, then integration tests against a real Neo4j started for them"
	@echo "make generate regenerate gqlgen code from graph/schema/*.graphqls"
	@echo "make web      rebuild the explorer and GraphiQL (web/dist) from web/src; needs Node and npm"
	@echo "make bench    benchmarks: Amity vs the Go driver vs @neo4j/graphql (see BENCHMARKS.md)"
	@echo "make loadtest wrk over the query mix for 10 minutes at 32 connections (see bench/loadtest)"

build:
	$(GO) build -o $(BIN)/ ./cmd/...

# If NEO4J_URI is set, Amity uses that Neo4j; otherwise it starts and uses its own.
run: build
	@set -e; \
	if [ -z "$$NEO4J_URI" ]; then \
	  $(NEO4J_CTL) -instance dev start; \
	  eval "$$($(NEO4J_CTL) -instance dev env)"; \
	fi; \
	$(BIN)/amity-load -unresolved-dir .data; \
	exec $(BIN)/amity

stop: build
	$(NEO4J_CTL) -instance dev stop

generate:
	$(GO) generate ./graph

# The built files in web/dist are committed and embedded, so make run needs no Node;
# make web rebuilds them from web/src with the versions pinned in web/package-lock.json.
web:
	cd web && npm ci --no-audit --no-fund && node build.mjs

lint:
	@out=$$(gofmt -l $(GOFILES)); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) vet -tags integration ./...
	$(GO) test -count=1 ./internal/archtest

# The batching guarantee is also checked on 1, 2 and 8 processors. The linker's quality
# tests ingest every annotated article, which on a busy two-core machine nears go test's
# default ten-minute limit; the limit is raised so that a slow machine is not a failure.
unit:
	$(GO) test -timeout 30m -count=1 ./...
	$(GO) test -count=1 -cpu 1,2,8 -run 'Timing|Siblings' ./internal/batch

# The test Neo4j has its own port and data folder (.data/test) and runs with auth on.
# Packages run one at a time (-p 1) because they share that one database.
integration: build
	@$(NEO4J_CTL) -instance test start
	@rc=0; $(GO) test -timeout 40m -count=1 -p 1 -tags integration ./... || rc=$$?; \
	$(NEO4J_CTL) -instance test stop; exit $$rc

test: lint unit integration

clean-data: stop
	rm -rf .data

# make bench, make bench-stop: benchmarks, not part of make test.
include bench/bench.mk

# make loadtest: wrk over the query mix against the dev data (not part of make test);
# LOADTEST_DURATION (10m), LOADTEST_CONNECTIONS (32). See bench/loadtest/run.sh.
.PHONY: loadtest
loadtest:
	bash bench/loadtest/run.sh
