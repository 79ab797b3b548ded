#!/usr/bin/env bash
# make loadtest: builds Amity, serves it on LOADTEST_ADDR over NEO4J_URI (or the local dev
# instance, as make run does), and drives it with wrk over the query mix of mix.lua for
# LOADTEST_DURATION at LOADTEST_CONNECTIONS connections. It prints wrk's throughput and
# latency, the statuses the mix got, and the server's goroutines and RSS (from /metrics
# and /proc) before and after the load, and its peak RSS. The rate limit is switched off:
# every connection comes from one address, which the default limit would throttle.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${LOADTEST_DURATION:-10m}
CONNECTIONS=${LOADTEST_CONNECTIONS:-32}
THREADS=${LOADTEST_THREADS:-2}
ADDR=${LOADTEST_ADDR:-127.0.0.1:18099}
command -v wrk >/dev/null || { echo "make loadtest needs wrk (Debian: apt-get install wrk)" >&2; exit 1; }
command -v curl >/dev/null || { echo "make loadtest needs curl" >&2; exit 1; }

go build -o bin/ ./cmd/amity ./cmd/amity-neo4j
if [ -z "${NEO4J_URI:-}" ]; then
  bin/amity-neo4j -instance dev start
  eval "$(bin/amity-neo4j -instance dev env)"
fi
mkdir -p .data
LISTEN_ADDR=$ADDR AMITY_RATE_LIMIT=0 bin/amity 2>.data/loadtest-amity.log &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT

for _ in $(seq 120); do
  kill -0 $pid 2>/dev/null || { echo "amity exited; see .data/loadtest-amity.log" >&2; exit 1; }
  curl -sf "http://$ADDR/readyz" >/dev/null && break
  sleep 0.5
done
# The answer must come from the server started here, not from another on the address.
kill -0 $pid 2>/dev/null && curl -sf "http://$ADDR/readyz" >/dev/null ||
  { echo "amity did not become ready; see .data/loadtest-amity.log" >&2; exit 1; }

state() {
  local g rss
  g=$(curl -s "http://$ADDR/metrics" | awk '$1 == "go_goroutines" { print $2 }')
  rss=$(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status")
  echo "goroutines=$g rss_mib=$rss"
}

# Requests over a limit (result size, depth, and the items one response may carry),
# sent while the mix runs: each must get its GraphQL error (the
# code is printed), never a dropped connection or a 5xx.
over_limits() {
  local level='relations(first: 1) { edges { node { other { ' deep close='' i
  local q="{ entity(id: \\\"city:cn:shenyang\\\") { "
  for i in 1 2 3 4; do q+=$level; close+=' } } } }'; done
  q+="id$close } }"
  sleep 10
  local wide='{"query":"{ partners(city: \"city:ps:bethlehem\") { partner { ... on City { partners { partner { ... on City { partners { partner { id } } } } } } } } }"}'
  for body in '{"query":"{ search(query: \"a\", first: 100000) { entity { id } } }"}' "{\"query\":\"$q\"}" "$wide"; do
    out=$(curl -s -w ' status=%{http_code}' "http://$ADDR/query" -H 'Content-Type: application/json' -d "$body" || echo "curl failed: $?")
    echo "loadtest: over a limit under load: $(echo "$out" | grep -o '"code":"[A-Z_]*"\|status=[0-9]*\|curl failed.*' | tr '\n' ' ')"
  done
}

# A short warm-up fills the query cache and the pool; it is not counted.
wrk -t"$THREADS" -c"$CONNECTIONS" -d20s -s bench/loadtest/mix.lua "http://$ADDR/query" >/dev/null
sleep 2
echo "loadtest: start $(state)"
over_limits &
limits=$!
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency -s bench/loadtest/mix.lua "http://$ADDR/query"
wait $limits
sleep 5 # let the closed connections' goroutines end
echo "loadtest: end $(state) peak_rss_mib=$(awk '/^VmHWM/ { print int($2 / 1024) }' "/proc/$pid/status")"
curl -s "http://$ADDR/metrics" | grep -E '^amity_(http_requests_total|refusals_total|graphql_errors_total|neo4j_pool_waits_total)' || true
