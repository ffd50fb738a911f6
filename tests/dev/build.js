#!/usr/bin/env node
// TEST SCAFFOLDING: builds the development harness into target/dev/ (never committed):
// - indexcards.js: www/src/elements + www/src/i18n + styles.css bundled by esbuild with the
//   plain-JS stand-in API (tests/dev/fake-indexcards.js) into one classic script, as the real
//   bundle will be, so tests/dev/harness.html and copies of the www pages run from file://;
// - www/: copies of the demo page and the embed example beside that script;
// - data.js: closes for the harness page, from ../shared/data when it is there (read at build
//   time, never copied into the repository), else a synthetic random walk;
// - and prints the minified, gzipped size of the elements' own code (without the stand-in).
// Usage: node tests/dev/build.js
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");
const out = path.join(root, "target", "dev");
const require = createRequire(import.meta.url);
const { REAL, dataDir, readReal, randomWalk } = require("../helpers.js");

fs.mkdirSync(path.join(out, "www"), { recursive: true });

const common = { bundle: true, format: "iife", target: "es2022", loader: { ".css": "text" }, logLevel: "error", legalComments: "none" };
await build({ ...common, entryPoints: [path.join(here, "entry.js")], outfile: path.join(out, "indexcards.js"), sourcemap: "inline" });
fs.copyFileSync(path.join(out, "indexcards.js"), path.join(out, "www", "indexcards.js"));
for (const f of ["index.html", "app.js", "app.css", "demo-data.js", "embed-example.html", "embed-example.css"]) {
  fs.copyFileSync(path.join(root, "www", f), path.join(out, "www", f));
}

// The elements' own weight, as the real bundle will carry it (minified, CSS included).
const own = await build({
  ...common, write: false, minify: true,
  stdin: {
    contents: 'import { defineElements } from "./www/src/elements/index.js"; import css from "./www/src/elements/styles.css"; globalThis.defineElements = (api) => defineElements(api, css);',
    resolveDir: root, sourcefile: "size-entry.js", loader: "js",
  },
});
const bytes = own.outputFiles[0].contents;
console.log(`elements + i18n + css: ${bytes.length.toLocaleString("en-US")} bytes minified, ${zlib.gzipSync(bytes, { level: 9 }).length.toLocaleString("en-US")} gzipped`);

let series;
if (REAL.every((r) => fs.existsSync(path.join(dataDir, r.file)))) {
  series = REAL.map(readReal);
  console.log(`data: the four real series from ${dataDir}`);
} else {
  series = REAL.map((r, i) => ({ id: r.id, name: r.name, ...randomWalk(9000, 7 + i, 1990) }));
  console.log("data: synthetic random walks (../shared/data not found)");
}
fs.writeFileSync(path.join(out, "data.js"), `window.HARNESS_DATA = ${JSON.stringify({ series })};\n`);
console.log(`built ${path.relative(root, out)}/ (open tests/dev/harness.html from file://)`);
