// Builds dist/, which the Go binary embeds: the explorer and GraphiQL, each one script
// and one stylesheet, with every font and image inlined (no request leaves the origin).
import { build } from "esbuild";
import { copyFile, mkdir, rm } from "node:fs/promises";

await rm("dist", { recursive: true, force: true });
await mkdir("dist");
const common = {
  bundle: true,
  minify: true,
  format: "iife",
  target: ["chrome110", "firefox110", "safari16"],
  legalComments: "linked",
  loader: { ".woff2": "dataurl", ".woff": "dataurl", ".png": "dataurl", ".svg": "dataurl" },
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "info",
};
await build({ ...common, entryPoints: { explorer: "src/explorer.js" }, outdir: "dist" });
await build({ ...common, entryPoints: { graphiql: "src/graphiql.jsx" }, outdir: "dist", jsx: "transform" });
for (const f of ["index.html", "graphiql.html", "explorer.css"]) await copyFile("src/" + f, "dist/" + f);
