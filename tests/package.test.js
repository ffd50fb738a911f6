// The npm package as a user gets it (docs/package.md): pkg/ packed by `npm pack`, the tarball
// installed into a fresh temporary project (offline: the package has no dependencies), then
// (a) a page importing `indexcards` and `indexcards/elements` bundled by esbuild and by Vite and
//     run in headless Chromium: cards shown, the API's figure right, nothing fetched but the page's
//     own files, and custom-elements.json the same as the elements defined (observed attributes,
//     members, events, parts rendered);
// (b) Node importing it as an ES module and requiring it as CommonJS, each computing a card;
// (c) tsc type-checking ES module, CommonJS and bundler-style TypeScript against its types,
//     including mistakes it must refuse.
// pkg/dist/ is made by tools/build.sh (tools/test.sh builds before the tests run).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const os = require("os");
const path = require("path");
const http = require("http");
const { execFileSync } = require("child_process");
const { root } = require("./helpers");
const { chromium } = require("./browsers");

const pkg = path.join(root, "pkg");
const dist = path.join(pkg, "dist");
const manifest = JSON.parse(fs.readFileSync(path.join(pkg, "package.json"), "utf8"));

/** Weekday closes of one series, a deterministic walk, as `date,close` CSV text. */
function walkCsv(seed, start) {
  let x = seed;
  let close = start;
  const rows = ["date,close"];
  for (let d = new Date("2023-06-01T00:00:00Z"); d <= new Date("2024-11-22T00:00:00Z"); d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() === 0 || d.getUTCDay() === 6) continue;
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    close = Math.round(close * (1 + (x / 2 ** 32 - 0.5) * 0.03) * 100) / 100;
    rows.push(`${d.toISOString().slice(0, 10)},${close}`);
  }
  return rows.join("\n") + "\n";
}
const CSV = { RUT: walkCsv(3, 2000), SPX: walkCsv(5, 4500) };
const AS_OF = "2024-11-20";

/** YTD by its definition, from the CSV text: the last close on or before AS_OF over the last close of 2023. */
function expectedYtd(csv) {
  const rows = csv.trim().split("\n").slice(1).map((l) => l.split(","));
  const at = rows.filter(([d]) => d <= AS_OF).pop();
  const base = rows.filter(([d]) => d < "2024-01-01").pop();
  return Number(at[1]) / Number(base[1]) - 1;
}

let project;
let packed;

test.before(() => {
  if (!fs.existsSync(path.join(dist, "index.mjs"))) {
    throw new Error("pkg/dist/ is missing: run tools/build.sh first (tools/test.sh does)");
  }
  // The package carries the committed script as it is: a stale pkg/dist/ fails here, not later.
  assert.ok(fs.readFileSync(path.join(dist, "indexcards.js")).equals(fs.readFileSync(path.join(root, "www", "indexcards.js"))),
    "pkg/dist/indexcards.js differs from www/indexcards.js: run tools/build.sh");
  project = fs.mkdtempSync(path.join(os.tmpdir(), "indexcards-package-"));
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", project], { cwd: pkg, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  packed = JSON.parse(out)[0];
  fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }, null, 2));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", "--loglevel=error", `./${packed.filename}`], {
    cwd: project, stdio: ["ignore", "pipe", "pipe"],
  });
  for (const [id, text] of Object.entries(CSV)) fs.writeFileSync(path.join(project, `${id}.csv`), text);
});

test.after(() => {
  if (project) fs.rmSync(project, { recursive: true, force: true });
});

test("npm pack: the files the exports map names, a README, the manifest, and nothing else", () => {
  const files = packed.files.map((f) => f.path).sort();
  assert.deepEqual(files, [
    "README.md", "dist/custom-elements.json", "dist/elements.d.mts", "dist/elements.mjs", "dist/index.d.mts",
    "dist/index.mjs", "dist/indexcards.d.ts", "dist/indexcards.js", "package.json",
  ]);
  assert.equal(packed.name, "indexcards");
  assert.equal(packed.version, require(path.join(root, "www", "indexcards.js")).version, "the package's version is the crate's");
  const installed = path.join(project, "node_modules", "indexcards");
  assert.ok(fs.readFileSync(path.join(installed, "README.md"), "utf8").includes('import "indexcards/elements"'));
  // No dependencies: installing it fetches nothing.
  assert.equal(manifest.dependencies, undefined);
});

/** Serves `dir` on 127.0.0.1; resolves to { url, close }. */
function serve(dir) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css" };
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}

/** The page's script: the API's named exports and the side-effect entry, as a developer writes it. */
const MAIN = `import { parseCsv, summarize, version } from "indexcards";
import "indexcards/elements";
import RUT from "./RUT.csv";
import SPX from "./SPX.csv";

const series = [parseCsv(RUT, { id: "RUT", name: "Russell 2000" }), parseCsv(SPX, { id: "SPX", name: "S&P 500" })];
window.result = { version, ytd: summarize(series, { asOf: "${AS_OF}" }).map((c) => c.ytd) };
const el = document.createElement("index-cards");
el.setAttribute("as-of", "${AS_OF}");
el.setAttribute("theme", "light");
el.data = series;
document.body.append(el);
`;
const HTML = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>consumer</title><link rel="icon" href="data:,"></head>
<body><h1>Cards from the npm package</h1>${script}</body></html>`;

/** Opens `url` in Chromium: the cards shown, the API's figures, the defined elements against custom-elements.json. */
async function runPage(browser, url, origin) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector("index-cards")?.getAttribute("data-state") === "ready", null, { timeout: 15_000 })
    .catch((e) => { throw new Error(`${url}: no cards (${e.message}); errors: ${problems.join(" | ") || "none"}`); });
  const seen = await page.evaluate(() => {
    const el = document.querySelector("index-cards");
    const R = el.shadowRoot;
    const figure = document.createElement("index-figure");
    document.body.append(figure);
    const parts = new Set();
    for (const root of [R, figure.shadowRoot]) {
      for (const node of root ? root.querySelectorAll("[part]") : []) node.getAttribute("part").split(/\s+/).forEach((p) => parts.add(p));
    }
    const reflect = (tag) => {
      const cls = customElements.get(tag);
      const members = Object.getOwnPropertyNames(cls.prototype).filter((n) => !["constructor", "connectedCallback", "disconnectedCallback", "attributeChangedCallback", "adoptedCallback"].includes(n));
      return { attributes: [...cls.observedAttributes].sort(), members: members.sort() };
    };
    return {
      result: window.result,
      names: [...R.querySelectorAll(".card .name")].map((n) => n.textContent),
      levels: [...R.querySelectorAll(".card .level")].map((n) => n.textContent),
      chart: !!R.querySelector(".chart path.line"),
      parts: [...parts].sort(),
      elements: { "index-cards": reflect("index-cards"), "index-figure": reflect("index-figure") },
      svg: el.toSVG().startsWith("<svg"),
    };
  });
  await context.close();
  assert.deepEqual(problems, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")), [], "requests beyond the page's own files");
  assert.ok(!requests.some((u) => u.endsWith(".wasm")), "no .wasm request: the module carries it");
  assert.deepEqual(seen.names, ["Russell 2000", "S&P 500"]);
  assert.equal(seen.levels.length, 2);
  assert.ok(seen.levels.every((l) => /^\d[\d,]*\.\d\d$/.test(l)), seen.levels.join(" "));
  assert.ok(seen.chart, "the comparison chart is drawn");
  assert.ok(seen.svg, "toSVG() works from the package");
  assert.equal(seen.result.version, manifest.version);
  [expectedYtd(CSV.RUT), expectedYtd(CSV.SPX)].forEach((want, i) => {
    assert.ok(Math.abs(seen.result.ytd[i] - want) < 1e-12, `summarize's ytd ${seen.result.ytd[i]}, by definition ${want}`);
  });
  checkManifest(seen);
}

/** custom-elements.json against the elements as the browser defined and rendered them. */
function checkManifest(seen) {
  const cem = JSON.parse(fs.readFileSync(path.join(project, "node_modules", "indexcards", "dist", "custom-elements.json"), "utf8"));
  assert.equal(cem.schemaVersion, "2.1.0");
  const declarations = cem.modules.flatMap((m) => m.declarations).filter((d) => d.customElement);
  assert.deepEqual(declarations.map((d) => d.tagName).sort(), ["index-cards", "index-figure"]);
  const documentedParts = new Set();
  for (const d of declarations) {
    const live = seen.elements[d.tagName];
    assert.deepEqual(d.attributes.map((a) => a.name).sort(), live.attributes, `<${d.tagName}>: the manifest's attributes are the observed ones`);
    assert.deepEqual(d.members.map((m) => m.name).sort(), live.members, `<${d.tagName}>: the manifest's members are the class's`);
    for (const entry of [...d.attributes, ...d.members, ...d.events, ...d.cssParts, ...d.cssProperties]) {
      assert.ok(entry.description, `<${d.tagName}> ${entry.name}: described`);
    }
    d.cssParts.forEach((p) => documentedParts.add(p.name));
  }
  assert.deepEqual(declarations.find((d) => d.tagName === "index-cards").events.map((e) => e.name), ["indexcards:render"]);
  for (const part of seen.parts) assert.ok(documentedParts.has(part), `part "${part}" is rendered but not in custom-elements.json`);
  const props = declarations.find((d) => d.tagName === "index-cards").cssProperties.map((p) => p.name);
  for (const name of ["--ic-bg", "--ic-text", "--ic-up", "--ic-down", "--ic-font"]) assert.ok(props.includes(name), name);
  // Each export names an element the module defines.
  for (const m of cem.modules) {
    assert.ok(fs.existsSync(path.join(project, "node_modules", "indexcards", m.path)), m.path);
    for (const e of m.exports) assert.ok(m.declarations.some((d) => d.name === e.declaration.name), e.name);
  }
}

test("(a) a page bundled by esbuild and by Vite shows the cards in Chromium, offline", async () => {
  fs.writeFileSync(path.join(project, "main.js"), MAIN);
  // esbuild, as a developer calls it (the repository's own copy; it resolves `indexcards` from the project).
  const esbuild = require(path.join(root, "node_modules", "esbuild"));
  const site = path.join(project, "site-esbuild");
  await esbuild.build({
    entryPoints: [path.join(project, "main.js")], bundle: true, format: "esm", outfile: path.join(site, "main.js"),
    loader: { ".csv": "text" }, logLevel: "error", absWorkingDir: project,
  });
  fs.writeFileSync(path.join(site, "index.html"), HTML('<script type="module" src="./main.js"></script>'));

  // Vite (pinned in package.json): index.html and main.js, CSV imported as ?raw.
  const vite = await import(path.join(root, "node_modules", "vite", "dist", "node", "index.js"));
  const viteRoot = path.join(project, "vite");
  fs.mkdirSync(viteRoot);
  fs.writeFileSync(path.join(viteRoot, "index.html"), HTML('<script type="module" src="./main.js"></script>'));
  fs.writeFileSync(path.join(viteRoot, "main.js"), MAIN.replace(/\.\/(RUT|SPX)\.csv"/g, '../$1.csv?raw"'));
  await vite.build({ root: viteRoot, base: "./", logLevel: "error", configFile: false, build: { outDir: path.join(project, "site-vite"), emptyOutDir: true } });

  const server = await serve(project);
  const browser = await chromium();
  try {
    await runPage(browser, `${server.url}/site-esbuild/index.html`, server.url);
    await runPage(browser, `${server.url}/site-vite/index.html`, server.url);
  } finally {
    await browser.close();
    server.close();
  }
});

/** Runs `code` in Node inside the project (`ext` .mjs or .cjs); returns its JSON output. */
function node(code, ext) {
  const file = path.join(project, `check${ext}`);
  fs.writeFileSync(file, code);
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: project, encoding: "utf8" }));
}

test("(b) Node: import as an ES module and require as CommonJS, each computing a card", () => {
  const want = expectedYtd(CSV.RUT);
  const esm = node(`import { parseCsv, summarize, Deck, version, periods, ready } from "indexcards";
import IndexCards from "indexcards";
import "indexcards/elements"; // defines nothing outside a browser, and must not throw
import { readFileSync } from "node:fs";
await ready;
const rut = parseCsv(readFileSync("RUT.csv"), { id: "RUT" });
const [card] = summarize([rut], { asOf: "${AS_OF}" });
const deck = new Deck([rut]);
console.log(JSON.stringify({ name: card.name, ytd: card.ytd, deckYtd: deck.cards("${AS_OF}")[0].ytd, version, periods: periods.length, same: IndexCards.summarize === summarize }));
`, ".mjs");
  assert.equal(esm.name, "Russell 2000", "parseCsv names a well-known id");
  assert.ok(Math.abs(esm.ytd - want) < 1e-12, `ESM ytd ${esm.ytd}, by definition ${want}`);
  assert.equal(esm.deckYtd, esm.ytd);
  assert.equal(esm.version, manifest.version);
  assert.ok(esm.periods >= 7);
  assert.ok(esm.same, "the default export is the same API");

  const cjs = node(`const { parseCsv, summarize, version } = require("indexcards");
require("indexcards/elements");
const rut = parseCsv(require("fs").readFileSync("RUT.csv", "utf8"), { id: "RUT" });
const [card] = summarize([rut], { asOf: "${AS_OF}" });
console.log(JSON.stringify({ ytd: card.ytd, version }));
`, ".cjs");
  assert.ok(Math.abs(cjs.ytd - want) < 1e-12, `CJS ytd ${cjs.ytd}, by definition ${want}`);
  assert.equal(cjs.ytd, esm.ytd);
  assert.equal(cjs.version, manifest.version);

  // A bad input gets the API's worded error through either entry.
  const bad = node(`import { summarize } from "indexcards";
try { summarize([{ id: "X", dates: ["2024-01-02"], closes: [-1] }]); console.log("null"); } catch (e) { console.log(JSON.stringify(e.message)); }
`, ".mjs");
  assert.match(bad, /X/);
});

test("(c) tsc type-checks ES module, CommonJS and bundler TypeScript against the package, and refuses mistakes", () => {
  const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
  const dir = path.join(project, "ts");
  fs.mkdirSync(dir, { recursive: true });
  const good = `import IndexCards, { summarize, parseCsv, Deck, periods, version, type Card, type SeriesInput, type IndexCardsElement } from "indexcards";
import "indexcards/elements";

const series: SeriesInput[] = [{ id: "RUT", dates: ["2024-01-02", "2024-01-03"], closes: [2000, 2010] }];
const cards: Card[] = summarize(series, { asOf: "2024-01-03" });
const ytd: number | null = cards[0].ytd;
const csv = parseCsv("date,close\\n2024-01-02,1\\n", { id: "X" });
const deck = new Deck([csv]);
const v: string = version + IndexCards.version + periods[0].key;
const el = document.querySelector("index-cards");
const svg: string | undefined = el?.toSVG();
const png: Promise<Blob> | undefined = el?.toPNG({ scale: 2 });
const typed: IndexCardsElement | null = el;
el?.push("RUT", "2024-01-04", 2020);
document.createElement("index-figure").setAttribute("metric", "ytd");
export { ytd, deck, v, svg, png, typed };
`;
  const cjs = `import IndexCards = require("indexcards");
const cards: IndexCards.Card[] = IndexCards.summarize([{ id: "A", dates: ["2024-01-02"], closes: [1] }]);
export const name: string = cards[0].name;
`;
  const bad = `import { summarize, Deck } from "indexcards";
// @ts-expect-error closes are numbers
summarize([{ id: "A", dates: ["2024-01-02"], closes: ["1"] }]);
// @ts-expect-error asOf is a date string
summarize([], { asOf: new Date() });
// @ts-expect-error toPNG's scale is a number
document.querySelector("index-cards")?.toPNG({ scale: "2" });
// @ts-expect-error Deck is constructed from series
new Deck("RUT");
export {};
`;
  fs.writeFileSync(path.join(dir, "good.mts"), good);
  fs.writeFileSync(path.join(dir, "legacy.cts"), cjs);
  fs.writeFileSync(path.join(dir, "bad.mts"), bad);
  fs.writeFileSync(path.join(dir, "bundler.ts"), good);
  const options = { strict: true, noEmit: true, target: "es2022", lib: ["es2022", "dom"], skipLibCheck: false, types: [] };
  const config = (name, compilerOptions, files) => {
    fs.writeFileSync(path.join(dir, name), JSON.stringify({ compilerOptions: { ...options, ...compilerOptions }, files }));
    return path.join(dir, name);
  };
  const run = (file) => execFileSync(process.execPath, [tsc, "-p", file], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  run(config("node.json", { module: "nodenext", moduleResolution: "nodenext" }, ["good.mts", "legacy.cts", "bad.mts"]));
  // The package's own declarations are checked once (skipLibCheck false above); these two skip it.
  run(config("bundler.json", { module: "esnext", moduleResolution: "bundler", skipLibCheck: true }, ["bundler.ts"]));
  // And the checker does refuse: a mistake without @ts-expect-error fails.
  fs.writeFileSync(path.join(dir, "wrong.mts"), 'import { summarize } from "indexcards";\nsummarize("RUT");\n');
  assert.throws(() => run(config("wrong.json", { module: "nodenext", moduleResolution: "nodenext", skipLibCheck: true }, ["wrong.mts"])), (e) => /TS2345/.test(e.stdout));
});
