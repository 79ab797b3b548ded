// Builds dist/, which the Go binary embeds: the explorer and GraphiQL, each one script
// and one stylesheet, with every font and image inlined (no request leaves the origin),
// and THIRD-PARTY-LICENSES.txt, the licences of every package bundled.
import { build } from "esbuild";
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

await rm("dist", { recursive: true, force: true });
await mkdir("dist");
const common = {
  bundle: true,
  minify: true,
  format: "iife",
  target: ["chrome110", "firefox110", "safari16"],
  legalComments: "none", // the licences go to THIRD-PARTY-LICENSES.txt whole
  loader: { ".woff2": "dataurl", ".woff": "dataurl", ".png": "dataurl", ".svg": "dataurl" },
  define: { "process.env.NODE_ENV": '"production"' },
  metafile: true,
  logLevel: "info",
};
const results = [
  await build({ ...common, entryPoints: { explorer: "src/explorer.js" }, outdir: "dist" }),
  await build({ ...common, entryPoints: { graphiql: "src/graphiql.jsx" }, outdir: "dist", jsx: "transform" }),
];
for (const f of ["index.html", "graphiql.html", "explorer.css"]) await copyFile("src/" + f, "dist/" + f);

// The packages whose files went into a bundle, each with its licence file.
const pkgs = new Set();
for (const r of results) {
  for (const input of Object.keys(r.metafile.inputs)) {
    const m = input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
    if (m) pkgs.add(m[1]);
  }
}
let out = "Packages bundled into Amity's explorer and GraphiQL, with their licences.\n";
for (const dir of [...pkgs].sort()) {
  const meta = JSON.parse(await readFile(path.join(dir, "package.json"), "utf8"));
  const file = (await readdir(dir)).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text = file ? await readFile(path.join(dir, file), "utf8") : `(no licence file; package.json says ${meta.license})\n`;
  out += `\n==== ${meta.name} ${meta.version} (${meta.license}) ====\n\n${text.trim()}\n`;
}
await writeFile("dist/THIRD-PARTY-LICENSES.txt", out);
