-- wrk script for `make loadtest` (bench/loadtest/run.sh): POSTs a weighted mix of the
-- API's root queries over ids of the real data, picked at random, and counts what came
-- back: 5xx and 4xx statuses and GraphQL errors, besides wrk's own latency and socket
-- error figures.

local mix = {
  { name = "Entity", weight = 3,
    query = "query Entity($id: ID!) { entity(id: $id) { id kind name aliases sources { title } relations(first: 20) { totalCount edges { node { type other { id name } } } } } }",
    vars = { { id = "city:cn:shenyang" }, { id = "country:jp" }, { id = "city:jp:hamamatsu" }, { id = "city:us:chicago" }, { id = "person:lyu-zhicheng" } } },
  { name = "Partners", weight = 3,
    query = "query Partners($city: ID!) { partners(city: $city) { partner { id name } kind since sources { title } } }",
    vars = { { city = "city:cn:shenyang" }, { city = "city:jp:sasebo" }, { city = "city:de:berlin" }, { city = "city:us:chicago" } } },
  { name = "Visits", weight = 2,
    query = "query Visits($host: ID, $from: String) { visits(host: $host, from: $from) { event { id name } visitors { name } leaders { name } startDate sites { name } } }",
    vars = { { host = "city:cn:shenyang", from = "2020" }, { host = "country:jp", from = "2000" }, { host = "country:cn", from = "1970" } } },
  { name = "Search", weight = 3,
    query = "query Search($q: String!) { search(query: $q, first: 10) { entity { id kind name } } }",
    vars = { { q = "Shenyang" }, { q = "Mukden" }, { q = "Hamamatsu" }, { q = "Nixon" }, { q = "Toyama" } } },
  { name = "Neighborhood", weight = 1,
    query = "query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { nodes { id name } edges { type from to } } }",
    vars = { { id = "city:jp:sasebo" }, { id = "city:cn:shenyang" } } },
  { name = "ShortestPath", weight = 1,
    query = "query ShortestPath($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length nodes { name } } }",
    vars = { { from = "person:miyajima-daisuke", to = "person:lyu-zhicheng" }, { from = "city:jp:hamamatsu", to = "city:cn:shenyang" } } },
  { name = "EnterprisesTiedTo", weight = 1,
    query = "query EnterprisesTiedTo($city: ID!) { enterprisesTiedTo(city: $city) { company { name } partner { name } sources { title } } }",
    vars = { { city = "city:cn:shenyang" } } },
}

-- str quotes a string for JSON (the mix holds only plain text).
local function str(s)
  return '"' .. s:gsub('[\\"]', '\\%0') .. '"'
end

local bodies = {}
for _, m in ipairs(mix) do
  for _, v in ipairs(m.vars) do
    local keys = {}
    for k in pairs(v) do table.insert(keys, k) end
    table.sort(keys)
    local fields = {}
    for _, k in ipairs(keys) do table.insert(fields, str(k) .. ":" .. str(v[k])) end
    local body = '{"operationName":' .. str(m.name) .. ',"query":' .. str(m.query) ..
      ',"variables":{' .. table.concat(fields, ",") .. '}}'
    -- A kind's weight is shared by its variables, so each kind keeps its share.
    for _ = 1, m.weight * 60 / #m.vars do table.insert(bodies, body) end
  end
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(id * 7919)
  s5, s4, gqlerrors = 0, 0, 0
end

function request()
  return wrk.format(nil, nil, nil, bodies[math.random(#bodies)])
end

function response(status, headers, body)
  if status >= 500 then
    s5 = s5 + 1
  elseif status >= 400 then
    s4 = s4 + 1
  elseif body:find('"errors"', 1, true) then
    gqlerrors = gqlerrors + 1
  end
end

function done(summary, latency, requests)
  local n5, n4, ng = 0, 0, 0
  for _, t in ipairs(threads) do
    n5, n4, ng = n5 + t:get("s5"), n4 + t:get("s4"), ng + t:get("gqlerrors")
  end
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format("loadtest: requests=%d seconds=%.0f rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("loadtest: status_5xx=%d status_4xx=%d graphql_errors=%d socket_errors connect=%d read=%d write=%d timeout=%d\n",
    n5, n4, ng, e.connect, e.read, e.write, e.timeout))
end
