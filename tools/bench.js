#!/usr/bin/env node
// The benchmark command (tools/bench.sh): times the wasm core against its peers in one process,
// interleaved call by call on the same input: summarize against the plain-JS yardstick
// (tests/yardstick.js), parseCsv against PapaParse (header mode, dates and closes checked as the
// core checks them) on the real files of ../shared/data (when present) and on a generated 20 MB
// Yahoo-layout file, and parseCsv's first call in a fresh process; then the deck's per-card and
// per-tick costs, the input paths, the
// first cards painted from file:// in headless Chromium, and what a reader feels there under
// 4× CPU throttling (frames, long tasks, layout shift); prints a table. Ratios from one run are
// the figures that count; absolute times depend on the machine.
// INDEXCARDS_BUNDLE=path/to/indexcards.js times another build (an older one, for a before/after
// in the same run): the Node figures only, without the yardstick check. `--node`: the Node
// figures only.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { pathToFileURL } = require("url");

const root = path.resolve(__dirname, "..");
const bundlePath = path.resolve(process.env.INDEXCARDS_BUNDLE || path.join(root, "www", "indexcards.js"));
const other = bundlePath !== path.join(root, "www", "indexcards.js");
const IndexCards = require(bundlePath);
// Older bundles exported version as a function.
const version = typeof IndexCards.version === "function" ? IndexCards.version() : IndexCards.version;
const { summarizeJS } = require(path.join(root, "tests", "yardstick.js"));
const { randomWalk } = require(path.join(root, "tests", "helpers.js"));

const SERIES = 8;
/** Closes per series for the deck's figures (the pushed ticks must stay before today). */
const CLOSES = 31_000;
/** Closes per series for summarize against the yardstick (issue 12: 8 × 38,000). */
const SUMMARIZE_CLOSES = 38_000;
const DAY_MS = 86_400_000;

/** 8 deterministic random walks of 31,000 weekday closes from 1900 to 2018 (no licensed data
 * needed; the ticks pushed after them stay before today, since a push after tomorrow is refused). */
function makeSeries(closes = CLOSES) {
  return Array.from({ length: SERIES }, (_, k) => ({ id: "S" + k, name: "Series " + k, ...randomWalk(closes, 0x9e3779b9 ^ (k * 7919 + 1), 1900) }));
}

/** The same series with Int32Array day numbers and Float64Array closes. */
function typedSeries(series) {
  return series.map((s) => ({
    id: s.id, name: s.name,
    dates: Int32Array.from(s.dates, (d) => Date.parse(d + "T00:00:00Z") / DAY_MS),
    closes: Float64Array.from(s.closes),
  }));
}

/**
 * Times several functions called in turn, round after round, so that a peer and the core see
 * the same machine load (other work on a shared machine moves absolute times a lot): the
 * fastest and median time of each in ms, and for each the median of its per-round ratio to the
 * first function.
 */
function race(fns, rounds, warm = 3) {
  const names = Object.keys(fns);
  const t = Object.fromEntries(names.map((k) => [k, []]));
  for (let r = 0; r < rounds + warm; r++) {
    for (const k of names) {
      const a = process.hrtime.bigint();
      fns[k]();
      if (r >= warm) t[k].push(Number(process.hrtime.bigint() - a) / 1e6);
    }
  }
  const sorted = (xs) => [...xs].sort((p, q) => p - q);
  const out = {};
  for (const k of names) {
    const s = sorted(t[k]);
    const ratios = sorted(t[k].map((x, i) => x / t[names[0]][i]));
    out[k] = { min: s[0], median: s[s.length >> 1], ratio: ratios[ratios.length >> 1] };
  }
  return out;
}

/** The PapaParse peer of parseCsv: header mode, then each row's date checked as the core checks
 * it (parseDay: YYYY-MM-DD that exists) and its close read as a positive, finite number, a
 * Yahoo "null" day skipped as the core skips it. Returns what parseCsv returns in dates/closes. */
function papaSeries(Papa, parseDay, text) {
  const parsed = Papa.parse(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`PapaParse: row ${parsed.errors[0].row}: ${parsed.errors[0].message}`);
  const fields = parsed.meta.fields;
  const dateKey = fields.find((f) => /^date$/i.test(f));
  const closeKey = fields.find((f) => /^close$/i.test(f));
  const rows = parsed.data;
  const dates = [];
  const closes = [];
  for (let i = 0; i < rows.length; i++) {
    const date = rows[i][dateKey];
    const value = rows[i][closeKey];
    if (parseDay(date) !== parseDay(date)) throw new Error(`line ${i + 2}: ${JSON.stringify(date)} is not a YYYY-MM-DD date`);
    if (value === "null") continue;
    const close = Number(value);
    if (value === "" || !(close > 0 && close < Infinity)) throw new Error(`line ${i + 2}: ${JSON.stringify(value)} is not a positive, finite close`);
    dates.push(date);
    closes.push(close);
  }
  return { dates, closes };
}

/** A Yahoo Finance download of about `mb` MB (Date,Open,High,Low,Close,Adj Close,Volume), one
 * weekday a row from 1900, deterministic. */
function yahooCsv(mb) {
  const lines = ["Date,Open,High,Low,Close,Adj Close,Volume"];
  let day = Math.round(Date.UTC(1900, 0, 2) / DAY_MS);
  let x = 12345;
  let bytes = 0;
  while (bytes < mb * 1048576) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    const close = 1000 + 500 * Math.sin(lines.length / 3000) + (x % 1000) / 100;
    const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    const line = `${date},${(close * 0.99).toFixed(6)},${(close * 1.01).toFixed(6)},${(close * 0.98).toFixed(6)},${close.toFixed(6)},${close.toFixed(6)},${x % 1e9}`;
    lines.push(line);
    bytes += line.length + 1;
    day += (day + 3) % 7 === 4 ? 3 : 1; // Friday → Monday
  }
  return lines.join("\n") + "\n";
}

/** parseCsv's first call in a fresh Node process (a fresh wasm instance) and its warm median, in
 * ms: the file is read before the bundle loads, so only the call is timed. */
function firstCall(file) {
  const script = `
    const text = require("fs").readFileSync(${JSON.stringify(file)}, "utf8");
    const IndexCards = require(${JSON.stringify(bundlePath)});
    IndexCards.ready.then(() => {
      const t = (fn) => { const a = process.hrtime.bigint(); fn(); return Number(process.hrtime.bigint() - a) / 1e6; };
      const first = t(() => IndexCards.parseCsv(text, { id: "X" }));
      const warm = Array.from({ length: 7 }, () => t(() => IndexCards.parseCsv(text, { id: "X" }))).sort((a, b) => a - b)[3];
      console.log(JSON.stringify({ first, warm }));
    });`;
  return JSON.parse(require("child_process").execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
}

/** Median time in ms of `fn` over `runs` runs after `warm` warm-ups. */
function time(fn, runs = 15, warm = 3) {
  for (let i = 0; i < warm; i++) fn();
  const t = [];
  for (let i = 0; i < runs; i++) {
    const a = process.hrtime.bigint();
    fn();
    t.push(Number(process.hrtime.bigint() - a) / 1e6);
  }
  t.sort((p, q) => p - q);
  return t[t.length >> 1];
}

/**
 * What a reader feels on a mid-range phone: www/index.html from file:// under CDP CPU throttling
 * 4x, with the four real CSVs loaded (when ../shared/data is there): the time to read them,
 * then 120 as-of steps on the slider (each a render: cards, comparison, chart) and 200 pushed
 * ticks. Frame intervals, long tasks (over 50 ms) and layout shift are collected in the page.
 */
async function readerFigures(browser) {
  const { REAL, dataDir } = require(path.join(root, "tests", "helpers.js"));
  const files = REAL.map((r) => path.join(dataDir, r.file));
  if (!files.every((f) => fs.existsSync(f))) return null;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(() => {
    window.__perf = { long: [], shift: 0 };
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.long.push(e.duration); }).observe({ type: "longtask", buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__perf.shift += e.value; }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(pathToFileURL(path.join(root, "www", "index.html")).href);
  await page.waitForFunction(() => document.querySelector("index-cards").getAttribute("data-state") === "ready");
  const loadShift = await page.evaluate(() => window.__perf.shift);
  const t0 = Date.now();
  await page.setInputFiles("#files", files);
  await page.waitForFunction(() => { const R = document.querySelector("index-cards").shadowRoot; return !R.querySelector(".badge") && R.querySelectorAll(".card").length === 4; });
  const loadMs = Date.now() - t0;
  const frames = await page.evaluate(async () => {
    window.__perf.long = [];
    const el = document.querySelector("index-cards");
    const slider = el.shadowRoot.querySelector(".slider");
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const gaps = [];
    let last = performance.now();
    const top = Number(slider.max);
    for (let i = 1; i <= 120; i++) {
      slider.value = String(top - i);
      slider.dispatchEvent(new Event("input"));
      await frame();
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }
    const scrub = { gaps, long: window.__perf.long.slice() };
    window.__perf.long = [];
    slider.value = slider.max;
    slider.dispatchEvent(new Event("input"));
    await frame();
    const card = el.cards[1];
    const ticks = [];
    last = performance.now();
    for (let i = 1; i <= 200; i++) {
      el.push(card.id, card.date, card.close * (1 + i / 10000));
      await frame();
      const now = performance.now();
      ticks.push(now - last);
      last = now;
    }
    return { scrub, ticks: { gaps: ticks, long: window.__perf.long.slice() } };
  });
  const shift = await page.evaluate(() => window.__perf.shift);
  await context.close();
  const stats = (xs) => { const s = [...xs].sort((a, b) => a - b); return { median: s[s.length >> 1], p95: s[Math.floor(s.length * 0.95)], max: s[s.length - 1] }; };
  return { loadMs, loadShift, shift, scrub: stats(frames.scrub.gaps), scrubLong: frames.scrub.long, ticks: stats(frames.ticks.gaps), tickLong: frames.ticks.long };
}

async function chromiumFigures(series) {
  const { chromium } = require(path.join(root, "tests", "browsers.js"));
  const browser = await chromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(path.join(root, "www", "index.html")).href);
    await page.waitForFunction(() => performance.getEntriesByName("indexcards:first-render").length > 0);
    const paint = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const mark = performance.getEntriesByName("indexcards:first-render")[0];
      return { afterLoad: mark.startTime - nav.loadEventStart, afterStart: mark.startTime, loadEvent: nav.loadEventStart };
    });
    // The yardstick in the same page as the wasm (a second context, whose CSP is bypassed so
    // the test can add the yardstick's source).
    const context = await browser.newContext({ bypassCSP: true });
    const bench = await context.newPage();
    await bench.goto(pathToFileURL(path.join(root, "www", "index.html")).href);
    await bench.waitForFunction(() => performance.getEntriesByName("indexcards:first-render").length > 0);
    const src = fs.readFileSync(path.join(root, "tests", "yardstick.js"), "utf8");
    await bench.addScriptTag({ content: `(function () { var module = { exports: {} };\n${src}\nwindow.summarizeJS = module.exports.summarizeJS; })();` });
    const ratio = await bench.evaluate((input) => {
      const median = (fn) => {
        for (let i = 0; i < 3; i++) fn();
        const t = [];
        for (let i = 0; i < 11; i++) { const a = performance.now(); fn(); t.push(performance.now() - a); }
        t.sort((p, q) => p - q);
        return t[5];
      };
      const wasm = median(() => IndexCards.summarize(input));
      const js = median(() => window.summarizeJS(input));
      return { wasm, js };
    }, series);
    return { paint, ratio, reader: await readerFigures(browser) };
  } finally {
    await browser.close();
  }
}

async function main() {
  const series = makeSeries();
  const typed = typedSeries(series);
  // Both must agree before either is timed (the yardstick computes the current Card).
  const a = JSON.stringify(IndexCards.summarize(series));
  if ((!other && a !== JSON.stringify(summarizeJS(series))) || a !== JSON.stringify(IndexCards.summarize(typed))) {
    throw new Error("wasm, typed-array wasm and the JS yardstick disagree");
  }
  const rows = [];
  const row = (what, value, note) => rows.push([what, value, note || ""]);

  // summarize on 8 × 38,000 closes, the yardstick and the core interleaved call by call.
  const long = makeSeries(SUMMARIZE_CLOSES);
  const longTyped = typedSeries(long);
  if (!other && JSON.stringify(summarizeJS(long)) !== JSON.stringify(IndexCards.summarize(longTyped))) {
    throw new Error("wasm and the JS yardstick disagree on 8 × 38,000 closes");
  }
  const s = race({
    js: () => summarizeJS(long),
    wasm: () => IndexCards.summarize(long),
    typed: () => IndexCards.summarize(longTyped),
  }, 30);
  const ms = (r) => `${r.min.toFixed(2)} / ${r.median.toFixed(2)} ms`;
  row("summarize 8×38,000, plain JS yardstick: fastest / median", ms(s.js));
  row("summarize 8×38,000, wasm, ISO-string arrays", ms(s.wasm), `${s.wasm.ratio.toFixed(2)}× JS (median of paired ratios; target ≤ 0.75×)`);
  row("summarize 8×38,000, wasm, Int32Array + Float64Array", ms(s.typed), `${s.typed.ratio.toFixed(2)}× JS (target ≤ 0.2×)`);
  const deckBuildStrings = time(() => new IndexCards.Deck(series).free(), 9, 2);
  const deckBuildTyped = time(() => new IndexCards.Deck(typed).free(), 9, 2);
  row("new Deck, ISO-string arrays (input path)", deckBuildStrings.toFixed(2) + " ms");
  row("new Deck, typed arrays (input path)", deckBuildTyped.toFixed(2) + " ms", (deckBuildStrings / deckBuildTyped).toFixed(1) + "× faster");

  const deck = new IndexCards.Deck(typed);
  const dates = deck.dates();
  const replay = dates.slice(dates.length - 7_560); // the last 30 years of trading days
  const replayMs = time(() => { for (const d of replay) deck.cards(d); }, 3, 1);
  row("deck.cards(asOf), 8 series, 30-year replay", (replayMs * 1000 / (replay.length * SERIES)).toFixed(2) + " µs/card", "target < 1 µs");
  let day = Date.parse(dates[dates.length - 1] + "T00:00:00Z") / DAY_MS + 1;
  let px = 100;
  const ticks = 20_000;
  const tickMs = time(() => {
    for (let i = 0; i < ticks; i++) {
      px *= 1.0001;
      deck.push("S0", day + (i >> 6), px);
      deck.card("S0");
    }
    day += (ticks >> 6) + 1;
  }, 3, 1);
  row("deck.push + re-read of one card", (tickMs * 1000 / ticks).toFixed(2) + " µs/tick", "target < 1 µs");
  deck.free();

  // parseCsv against PapaParse on the real files and a generated 20 MB Yahoo download, as text
  // (and the core as bytes too, decoded by TextDecoder in the call).
  const Papa = require(path.join(root, "node_modules", "papaparse"));
  const { parseDay } = require(path.join(root, "tests", "yardstick.js"));
  const { REAL, dataDir } = require(path.join(root, "tests", "helpers.js"));
  const yahooFile = path.join(require("os").tmpdir(), `indexcards-bench-yahoo-${process.pid}.csv`);
  fs.writeFileSync(yahooFile, yahooCsv(20));
  const csvFiles = [...REAL.map((r) => path.join(dataDir, r.file)).filter((f) => fs.existsSync(f)), yahooFile];
  try {
    for (const file of csvFiles) {
      const bytes = fs.readFileSync(file);
      const text = bytes.toString("utf8");
      const label = file === yahooFile ? "generated Yahoo" : path.basename(file);
      const core = IndexCards.parseCsv(text, { id: "X" });
      const peer = papaSeries(Papa, parseDay, text);
      if (JSON.stringify(core.dates) !== JSON.stringify(peer.dates) || JSON.stringify(core.closes) !== JSON.stringify(peer.closes)) {
        throw new Error(`parseCsv and PapaParse disagree on ${label}`);
      }
      let asBytes = () => IndexCards.parseCsv(bytes, { id: "X" });
      try { asBytes(); } catch { asBytes = null; } // bundles before parseCsv took bytes
      const r = race({ papa: () => papaSeries(Papa, parseDay, text), text: () => IndexCards.parseCsv(text, { id: "X" }), ...(asBytes ? { bytes: asBytes } : {}) }, bytes.length > 5e6 ? 5 : 15, bytes.length > 5e6 ? 1 : 3);
      const speedup = (k) => (r[k] ? (1 / r[k].ratio).toFixed(2) + "×" : "n/a");
      row(`parseCsv ${label} (${(bytes.length / 1048576).toFixed(1)} MB, ${core.dates.length.toLocaleString("en-US")} rows): PapaParse / text / bytes, median`,
        `${r.papa.median.toFixed(1)} / ${r.text.median.toFixed(1)} / ${r.bytes ? r.bytes.median.toFixed(1) : "n/a"} ms`,
        `${speedup("text")} / ${speedup("bytes")} PapaParse's speed (target ≥ 2×)`);
    }
    const largestReal = csvFiles.slice(0, -1).sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
    for (const file of [largestReal, yahooFile].filter(Boolean)) {
      const f = firstCall(file);
      row(`parseCsv ${file === yahooFile ? "generated Yahoo" : path.basename(file)}, first call in a fresh process / warm`, `${f.first.toFixed(1)} / ${f.warm.toFixed(1)} ms`, `${(f.first / f.warm).toFixed(2)}× (target ≤ 2×)`);
    }
  } finally {
    fs.rmSync(yahooFile, { force: true });
  }

  const bundle = fs.readFileSync(bundlePath);
  // The wasm is the bundle's one long base64 string, raw deflate (tools/bundle.js).
  const base64 = bundle.toString().match(/"([A-Za-z0-9+/]{1000,}={0,2})"/)[1];
  const deflated = Buffer.from(base64, "base64");
  const wasmBytes = zlib.inflateRawSync(deflated);
  // gzip -9 -n, as tools/test.sh and the budget measure it (Node's zlib gives ~600 bytes less).
  const gzip = (b) => require("child_process").execFileSync("gzip", ["-9", "-n", "-c"], { input: b }).length;
  const withoutWasm = gzip(Buffer.from(bundle.toString().replace(base64, "")));
  row("www/indexcards.js raw", bundle.length.toLocaleString("en-US") + " bytes");
  row("www/indexcards.js gzip -9 -n", gzip(bundle).toLocaleString("en-US") + " bytes", "budget ≤ 102,400");
  row("  of which wasm (raw / deflated / in the gzip)", wasmBytes.length.toLocaleString("en-US") + " / " + deflated.length.toLocaleString("en-US") +
    " / " + (gzip(bundle) - withoutWasm).toLocaleString("en-US") + " bytes");
  row("  of which JS and CSS (gzip)", withoutWasm.toLocaleString("en-US") + " bytes");

  const c = other || process.argv.includes("--node") ? null : await chromiumFigures(series);
  if (c) row("first cards painted after load event (Chromium, file://)", c.paint.afterLoad.toFixed(1) + " ms", "target < 50 ms; " + c.paint.afterStart.toFixed(0) + " ms after navigation start");
  if (c && c.reader) {
    const r = c.reader;
    const f = (x) => x.toFixed(1);
    row("4× CPU throttled (Chromium): read the four real CSVs into the page", r.loadMs + " ms", "layout shift " + r.shift.toFixed(3) + " (demo load " + r.loadShift.toFixed(3) + ")");
    row("4× throttled: 120 as-of steps, frame interval median / p95 / max", `${f(r.scrub.median)} / ${f(r.scrub.p95)} / ${f(r.scrub.max)} ms`, `${r.scrubLong.length} long tasks${r.scrubLong.length ? " (max " + f(Math.max(...r.scrubLong)) + " ms)" : ""}`);
    row("4× throttled: 200 pushed ticks, frame interval median / p95 / max", `${f(r.ticks.median)} / ${f(r.ticks.p95)} / ${f(r.ticks.max)} ms`, `${r.tickLong.length} long tasks${r.tickLong.length ? " (max " + f(Math.max(...r.tickLong)) + " ms)" : ""}`);
  }
  if (c) row("summarize 8×31,000 in Chromium (strings): wasm / JS", c.ratio.wasm.toFixed(1) + " / " + c.ratio.js.toFixed(1) + " ms", "ratio " + (c.ratio.wasm / c.ratio.js).toFixed(2) + "×");

  const width = Math.max(...rows.map((r) => r[0].length));
  const w2 = Math.max(...rows.map((r) => r[1].length));
  console.log(`indexcards ${version} benchmarks (${path.relative(process.cwd(), bundlePath)}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  for (const [a1, b, n] of rows) console.log(a1.padEnd(width) + "  " + b.padStart(w2) + "  " + n);
}

main().catch((e) => { console.error(e); process.exit(1); });
