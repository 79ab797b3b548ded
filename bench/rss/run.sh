#!/usr/bin/env bash
# bench/rss/run.sh BINARY [BINARY...]: the highest RSS a caller with the default limits
# can cause. For each binary and each scenario below it starts a fresh server on
# RSS_ADDR over NEO4J_URI (read only; the dev instance with the full data), fires the
# scenario's query (once, then RSS_CONCURRENCY copies at once: the default in-flight
# cap), and prints the server's peak RSS (VmHWM) with the answer's size and error code.
# Only the cypher scenario uses a token (an analyst's: cypher needs one); the rest ask as
# an anonymous reader. Nothing but the AMITY_TOKENS setting differs from the defaults.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 1 ] || { echo "usage: $0 BINARY [BINARY...]" >&2; exit 2; }
: "${NEO4J_URI:?set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD (eval \"\$(bin/amity-neo4j -instance dev env)\")}"
ADDR=${RSS_ADDR:-127.0.0.1:18098}
CONC=${RSS_CONCURRENCY:-64}
TOKEN=rss-analyst-token-0123456789
LOG=$(mktemp)

# name, whether it needs the analyst token, query.
scenarios=(
  "partners-2|0|{ partners(city: \"city:ps:bethlehem\") { partner { id name aliases sources { id title } ... on City { partners { partner { id name aliases } since sources { id title } } } } kind since sources { id title } } }"
  "partners-3|0|{ partners(city: \"city:ps:bethlehem\") { partner { ... on City { partners { partner { ... on City { partners { partner { id } } } } } } } } }"
  "partnerships-2x50|0|{ partnerships(city: \"city:ps:bethlehem\", first: 50) { edges { node { partner { id name ... on City { partnerships(first: 50) { edges { node { partner { id name aliases } since } } } } } } } } }"
  "visits-us|0|{ visits(host: \"country:us\") { event { id name summary startDate endDate } visitors { id name aliases } leaders { id name aliases } host { id name } met { id name } sites { id name } startDate sources { id title publisher url } } }"
  "neighborhood-2000|0|{ neighborhood(id: \"country:cn\", depth: 1, limit: 2000) { truncated nodes { id kind name } edges { type from to } } }"
  "relations-500|0|{ entity(id: \"country:us\") { relations(first: 500) { totalCount edges { node { type other { id name aliases } sources { id title } } } } } }"
  "search-500|0|{ search(query: \"san\", first: 500) { entity { id kind name aliases } } }"
  "cypher-4mb|1|{ cypher(query: \"MATCH (n:Entity) RETURN n\", limit: 10000) { columns rows truncated } }"
)

body() { jq -cn --arg q "$1" '{query: $q}'; }

ask() { # ask NEEDS_TOKEN QUERY: prints the answer's bytes and first error code
  local auth=()
  [ "$1" = 1 ] && auth=(-H "Authorization: Bearer $TOKEN")
  body "$2" | curl -s "${auth[@]}" -H 'Content-Type: application/json' -d @- "http://$ADDR/query" |
    jq -r '[(tostring | length), (.errors[0].extensions.code // "ok")] | @tsv'
}

printf 'binary\tscenario\tbytes\tcode\tpeak RSS MiB (1 request)\tpeak RSS MiB (%d at once)\n' "$CONC"
for bin in "$@"; do
  for sc in "${scenarios[@]}"; do
    IFS='|' read -r name tok query <<<"$sc"
    AMITY_TOKENS=analyst:$TOKEN LISTEN_ADDR=$ADDR "$bin" 2>"$LOG" &
    pid=$!
    for _ in $(seq 120); do curl -sf "http://$ADDR/readyz" >/dev/null && break; sleep 0.5; done
    kill -0 $pid
    res=$(ask "$tok" "$query")
    one=$(awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
    askers=()
    for _ in $(seq "$CONC"); do ask "$tok" "$query" >/dev/null & askers+=($!); done
    wait "${askers[@]}"
    many=$(awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
    kill $pid; wait $pid 2>/dev/null || true
    printf '%s\t%s\t%s\t%s\t%s\n' "$(basename "$bin")" "$name" "$res" "$one" "$many"
  done
done
rm -f "$LOG"
