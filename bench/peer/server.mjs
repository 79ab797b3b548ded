// The peer Amity is benchmarked against: @neo4j/graphql over Amity's graph model
// (typedefs.graphql), served by @apollo/server on a plain node:http server.
//
//   NEO4J_URI=bolt://127.0.0.1:7689 NEO4J_USER=neo4j NEO4J_PASSWORD=... PORT=18090 node server.mjs
//
// POST /graphql (also /query) answers GraphQL. GET /healthz says ok once the schema is
// built. GET /stats reports how many Cypher statements the library has sent since the
// last POST /stats/reset: the driver is wrapped so every transaction's run() is counted.
// It listens on 127.0.0.1 only.
import { readFileSync } from "node:fs";
import http from "node:http";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const env = (name, def) => process.env[name] ?? def;
const port = Number(env("PORT", "18090"));
const driver = neo4j.driver(
  env("NEO4J_URI", "bolt://127.0.0.1:7689"),
  neo4j.auth.basic(env("NEO4J_USER", "neo4j"), env("NEO4J_PASSWORD", "")),
  { maxConnectionPoolSize: Number(env("NEO4J_MAX_CONNECTIONS", "32")) },
);

// Count every statement the library runs, at the transaction level.
const stats = { statements: 0, transactions: 0 };
function countingTx(tx) {
  return new Proxy(tx, {
    get(target, prop, receiver) {
      if (prop === "run") {
        return (...args) => {
          stats.statements++;
          return target.run(...args);
        };
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
}
function countingSession(session) {
  return new Proxy(session, {
    get(target, prop, receiver) {
      if (prop === "executeRead" || prop === "executeWrite") {
        return (work, config) => {
          stats.transactions++;
          return target[prop]((tx) => work(countingTx(tx)), config);
        };
      }
      if (prop === "run") {
        return (...args) => {
          stats.statements++;
          return target.run(...args);
        };
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
}
const countedDriver = new Proxy(driver, {
  get(target, prop, receiver) {
    if (prop === "session") {
      return (config) => countingSession(target.session(config));
    }
    const v = Reflect.get(target, prop, receiver);
    return typeof v === "function" ? v.bind(target) : v;
  },
});

const typeDefs = readFileSync(new URL("./typedefs.graphql", import.meta.url), "utf8");
const neoSchema = new Neo4jGraphQL({ typeDefs, driver: countedDriver });
const schema = await neoSchema.getSchema();
const apollo = new ApolloServer({ schema, introspection: true });
await apollo.start();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  if (req.method === "GET" && url.pathname === "/healthz") {
    return send(res, 200, { status: "ok" });
  }
  if (req.method === "GET" && url.pathname === "/stats") {
    return send(res, 200, stats);
  }
  if (req.method === "POST" && url.pathname === "/stats/reset") {
    stats.statements = 0;
    stats.transactions = 0;
    return send(res, 200, stats);
  }
  if (url.pathname !== "/graphql" && url.pathname !== "/query") {
    return send(res, 404, { error: "not found" });
  }
  const chunks = [];
  for await (const c of req) chunks.push(c);
  let body;
  try {
    body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : undefined;
  } catch {
    return send(res, 400, { errors: [{ message: "body is not JSON" }] });
  }
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
  }
  try {
    const out = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: url.search, body },
      context: async () => ({}),
    });
    for (const [k, v] of out.headers) res.setHeader(k, v);
    res.statusCode = out.status || 200;
    if (out.body.kind === "complete") {
      res.end(out.body.string);
      return;
    }
    for await (const chunk of out.body.asyncIterator) res.write(chunk);
    res.end();
  } catch (err) {
    send(res, 500, { errors: [{ message: String(err) }] });
  }
});
server.keepAliveTimeout = 60_000;
server.listen(port, "127.0.0.1", () => {
  console.log(`peer: @neo4j/graphql on http://127.0.0.1:${port}/graphql`);
});

async function shutdown() {
  server.close();
  await apollo.stop();
  await driver.close();
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
