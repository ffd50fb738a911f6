#!/usr/bin/env node
// The benchmark command (tools/bench.sh): times the wasm core against the plain-JS yardstick
// (tests/yardstick.js) on the same input in one process, the deck's per-card and per-tick
// costs, the input paths, parseCsv on the real files of ../shared/data (when present), the
// first cards painted from file:// in headless Chromium, and what a reader feels there under
// 4× CPU throttling (frames, long tasks, layout shift); prints a table. Ratios from one run are
// the figures that count; absolute times depend on the machine.
// INDEXCARDS_BUNDLE=path/to/indexcards.js times another build (an older one, for a before/after
// in the same run): the Node figures only, without the yardstick check.
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
const CLOSES = 31_000;
const DAY_MS = 86_400_000;

/** 8 deterministic random walks of 31,000 weekday closes from 1900 to 2018 (no licensed data
 * needed; the ticks pushed after them stay before today, since a push after tomorrow is refused). */
function makeSeries() {
  return Array.from({ length: SERIES }, (_, k) => ({ id: "S" + k, name: "Series " + k, ...randomWalk(CLOSES, 0x9e3779b9 ^ (k * 7919 + 1), 1900) }));
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
  const typed = series.map((s) => ({
    id: s.id, name: s.name,
    dates: Int32Array.from(s.dates, (d) => Date.parse(d + "T00:00:00Z") / DAY_MS),
    closes: Float64Array.from(s.closes),
  }));
  // Both must agree before either is timed (the yardstick computes the current Card).
  const a = JSON.stringify(IndexCards.summarize(series));
  if ((!other && a !== JSON.stringify(summarizeJS(series))) || a !== JSON.stringify(IndexCards.summarize(typed))) {
    throw new Error("wasm, typed-array wasm and the JS yardstick disagree");
  }
  const rows = [];
  const row = (what, value, note) => rows.push([what, value, note || ""]);

  const js = time(() => summarizeJS(series));
  const wasm = time(() => IndexCards.summarize(series));
  const wasmTyped = time(() => IndexCards.summarize(typed));
  row("summarize 8×31,000, plain JS yardstick (Node)", js.toFixed(2) + " ms");
  row("summarize 8×31,000, wasm, ISO-string arrays", wasm.toFixed(2) + " ms", "ratio " + (wasm / js).toFixed(2) + "× JS (target ≤ 0.5×)");
  row("summarize 8×31,000, wasm, Int32Array + Float64Array", wasmTyped.toFixed(2) + " ms", "ratio " + (wasmTyped / js).toFixed(2) + "× JS");
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

  // parseCsv on the real files, as text and as bytes (decoded by TextDecoder in the call).
  const { REAL, dataDir } = require(path.join(root, "tests", "helpers.js"));
  for (const r of REAL) {
    const file = path.join(dataDir, r.file);
    if (!fs.existsSync(file)) continue;
    const bytes = fs.readFileSync(file);
    const text = bytes.toString("utf8");
    const rows = IndexCards.parseCsv(text, { id: r.id }).dates.length;
    const asText = time(() => IndexCards.parseCsv(text, { id: r.id }), 9, 2);
    let asBytes = "n/a"; // bundles before parseCsv took bytes
    try {
      IndexCards.parseCsv(bytes, { id: r.id });
      asBytes = time(() => IndexCards.parseCsv(bytes, { id: r.id }), 9, 2).toFixed(1);
    } catch { /* text only */ }
    row(`parseCsv ${r.file} (${(bytes.length / 1048576).toFixed(1)} MB, ${rows.toLocaleString("en-US")} rows): text / bytes`, asText.toFixed(1) + " / " + asBytes + " ms");
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

  const c = other ? null : await chromiumFigures(series);
  if (c) row("first cards painted after load event (Chromium, file://)", c.paint.afterLoad.toFixed(1) + " ms", "target < 50 ms; " + c.paint.afterStart.toFixed(0) + " ms after navigation start");
  if (c && c.reader) {
    const r = c.reader;
    const f = (x) => x.toFixed(1);
    row("4× CPU throttled (Chromium): read the four real CSVs into the page", r.loadMs + " ms", "layout shift " + r.shift.toFixed(3) + " (demo load " + r.loadShift.toFixed(3) + ")");
    row("4× throttled: 120 as-of steps, frame interval median / p95 / max", `${f(r.scrub.median)} / ${f(r.scrub.p95)} / ${f(r.scrub.max)} ms`, `${r.scrubLong.length} long tasks${r.scrubLong.length ? " (max " + f(Math.max(...r.scrubLong)) + " ms)" : ""}`);
    row("4× throttled: 200 pushed ticks, frame interval median / p95 / max", `${f(r.ticks.median)} / ${f(r.ticks.p95)} / ${f(r.ticks.max)} ms`, `${r.tickLong.length} long tasks${r.tickLong.length ? " (max " + f(Math.max(...r.tickLong)) + " ms)" : ""}`);
  }
  if (c) row("summarize 8×31,000 in Chromium: wasm / JS", c.ratio.wasm.toFixed(1) + " / " + c.ratio.js.toFixed(1) + " ms", "ratio " + (c.ratio.wasm / c.ratio.js).toFixed(2) + "×");

  const width = Math.max(...rows.map((r) => r[0].length));
  const w2 = Math.max(...rows.map((r) => r[1].length));
  console.log(`indexcards ${version} benchmarks (${path.relative(process.cwd(), bundlePath)}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  for (const [a1, b, n] of rows) console.log(a1.padEnd(width) + "  " + b.padStart(w2) + "  " + n);
}

main().catch((e) => { console.error(e); process.exit(1); });
