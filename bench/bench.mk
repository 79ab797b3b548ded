# Benchmarks: included by the top-level Makefile (`include bench/bench.mk`). Not part of
# `make test`. See bench/README.md and BENCHMARKS.md.
#
#   make bench                          SF1 and SF10, 10 s per cell, concurrency 1 and 16
#   make bench BENCH_SCALES=1,10,50     add SF50 (about 815k nodes, 8M relationships)
#   make bench BENCH_DURATION=3s        a quicker, noisier run
#   make bench BENCH_BASELINE=4fef6e0   also measure cmd/amity built at that revision
#   make bench-stop                     stop the bench Neo4j if an interrupted run left it up
#
# Needs Go, Java 17 and Maven (for Neo4j, as make run does) and Node.js 20+ with npm (for
# the @neo4j/graphql peer; BENCH_TARGETS=driver,amity runs without it). The bench Neo4j
# is its own instance (.data/bench, bolt port 7689, heap 4g, page cache 6g); it is
# started for the run and stopped at the end. Results: bench/results.json, the results
# section of BENCHMARKS.md and bench/latency-vs-scale.png.

GO ?= go
BENCH_SCALES ?= 1,10
BENCH_DURATION ?= 10s
BENCH_WARMUP ?= 2s
BENCH_CONCURRENCY ?= 1,16
BENCH_TARGETS ?= driver,amity,peer
BENCH_QUERIES ?=
BENCH_BASELINE ?=
BENCH_FLAGS ?=

.PHONY: bench bench-stop

bench:
	$(GO) run ./cmd/amity-bench -scales '$(BENCH_SCALES)' -duration '$(BENCH_DURATION)' -warmup '$(BENCH_WARMUP)' \
	  -concurrency '$(BENCH_CONCURRENCY)' -targets '$(BENCH_TARGETS)' -queries '$(BENCH_QUERIES)' \
	  -baseline '$(BENCH_BASELINE)' $(BENCH_FLAGS)

bench-stop:
	$(GO) run ./cmd/amity-neo4j -instance bench -port 7689 stop
