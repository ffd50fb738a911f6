#!/usr/bin/env node
// Writes target/dev/data.js, the closes tests/dev/harness.html shows (never committed): the four
// real series from ../shared/data when it is there (read now, never copied into the repository),
// else synthetic random walks. The harness runs the real bundle, www/indexcards.js.
// Usage: node tests/dev/data.js
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");
const out = path.join(root, "target", "dev");
const require = createRequire(import.meta.url);
const { REAL, dataDir, readReal, randomWalk } = require("../helpers.js");

fs.mkdirSync(out, { recursive: true });
let series;
if (REAL.every((r) => fs.existsSync(path.join(dataDir, r.file)))) {
  series = REAL.map(readReal);
  console.log(`data: the four real series from ${dataDir}`);
} else {
  series = REAL.map((r, i) => ({ id: r.id, name: r.name, ...randomWalk(9000, 7 + i, 1990) }));
  console.log("data: synthetic random walks (../shared/data not found)");
}
fs.writeFileSync(path.join(out, "data.js"), `window.HARNESS_DATA = ${JSON.stringify({ series })};\n`);
console.log(`wrote ${path.relative(root, out)}/data.js (open tests/dev/harness.html from file://)`);
