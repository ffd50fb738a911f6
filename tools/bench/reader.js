#!/usr/bin/env node
// What a reader feels, measured in headless Chromium from file:// at 1× and under CDP CPU
// throttling 4× (a mid-range phone): scrubbing the as-of slider and Play for every period with
// the four real CSVs of ../shared/data loaded, the longest task and total blocking time while
// loading them and a generated 50 MB CSV, layout shift on a cold load (the demo, a page whose
// data comes later, a page made by `indexcards render`) and while scrubbing, and one tick to
// each of 200 series. Prints one table; tools/bench.sh calls it. These are measurements, never
// pass/fail tests.
//
// INDEXCARDS_BUNDLE=path/to/indexcards.js measures another build (an older one, for a before and
// after in one run). The demo page beside it (index.html, app.js, …) is used when there is one,
// else this tree's www/ around that bundle.
// Usage: node tools/bench/reader.js [--rates 1,4] [--only scrub,floor,play,load,cls,ticks] [--steps 120] [--periods YTD,MAX]
//
// How each figure is taken (all in the page, performance.now()):
// - scrub step: the slider's input event is dispatched at the start of a frame (inside a
//   requestAnimationFrame callback, where Chromium dispatches a dragged slider's events); the step
//   ends when the first frame showing the new date has been painted (a message posted from a
//   requestAnimationFrame callback runs right after that frame's style, layout and paint).
//   One step a frame, 120 steps back from the latest date, p50/p95/max per period.
// - scrub taken apart (the first and last period): frames timed as a step is, alternated: an
//   empty frame, the thumb moved without a render, the core's figures alone, the whole step.
// - Play: the element's Play button, 180 frames; a frame is dropped for every 16.7 ms an interval
//   between animation frames exceeds one frame (interval / 16.7 rounded, less one).
// - load: longtask entries (> 50 ms) from choosing the files until the cards show them; total
//   blocking time is the sum of each task's time over 50 ms; the largest gap between animation
//   frames says whether the page kept painting (scroll and slider stay live).
// - layout shift: layout-shift entries without recent input, summed (CLS as the page's total).
// - ticks: 200 series in one element; el.push once to each in one task; the time is that task
//   plus the next frame's work until it is painted (the element's frame callback, style, layout,
//   paint), from a frame callback registered before the pushes to a message after the frame.
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { pathToFileURL } = require("url");

const root = path.resolve(__dirname, "..", "..");
const { REAL, dataDir } = require(path.join(root, "tests", "helpers.js"));
const { chromium } = require(path.join(root, "tests", "browsers.js"));

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf("--" + name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RATES = arg("rates", "1,4").split(",").map(Number);
const ONLY = new Set(arg("only", "scrub,floor,play,load,cls,ticks").split(","));
const STEPS = Number(arg("steps", "120"));
const PERIODS = arg("periods", "");
const PLAY_FRAMES = 180;
const bundle = path.resolve(process.env.INDEXCARDS_BUNDLE || path.join(root, "www", "indexcards.js"));
const work = path.join(root, "target", "bench", "reader");
fs.mkdirSync(work, { recursive: true });
const url = (file) => pathToFileURL(file).href;
const realFiles = REAL.map((r) => path.join(dataDir, r.file));
const haveData = realFiles.every((f) => fs.existsSync(f));

/** The demo page around `bundle`: its own folder's page when it has one, else this tree's. */
function demoPage() {
  const dir = fs.existsSync(path.join(path.dirname(bundle), "app.js")) ? path.dirname(bundle) : path.join(root, "www");
  let html = fs.readFileSync(path.join(dir, "index.html"), "utf8");
  html = html.replace(/(src|href)="(indexcards\.js|app\.js|app\.css|demo-data\.js)"/g, (m, attr, file) =>
    `${attr}="${url(file === "indexcards.js" ? bundle : path.join(dir, file))}"`);
  const file = path.join(work, "demo.html");
  fs.writeFileSync(file, html);
  return url(file);
}

/** A page with the bundle and `body` (and an optional script file's text). */
function plainPage(name, body, script = "") {
  const file = path.join(work, name + ".html");
  let tag = "";
  if (script) {
    fs.writeFileSync(path.join(work, name + ".js"), script);
    tag = `<script src="${name}.js"></script>`;
  }
  fs.writeFileSync(file, `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><script src="${url(bundle)}"></script>${tag}</head><body style="margin:16px;font-family:serif">${body}</body></html>`);
  return url(file);
}

/**
 * A 50 MB Yahoo-layout CSV (Date,Open,High,Low,Close,Adj Close,Volume), made once: 400,000
 * calendar days from the year 925 to 2020 (none after today, which the core refuses), closes
 * that wander around 100,000 and never reach 0, prices with 13 decimals.
 */
function bigCsv() {
  const file = path.join(root, "target", "bench", "big-50mb.csv");
  if (fs.existsSync(file) && fs.statSync(file).size >= 48e6) return file;
  const out = fs.openSync(file, "w");
  fs.writeSync(out, "Date,Open,High,Low,Close,Adj Close,Volume\n");
  let chunk = [];
  let size = 0;
  let x = 0x5eed;
  const start = Date.UTC(2000, 0, 1) - 1075 * 365.2425 * 864e5;
  for (let i = 0; i < 400_000 && size < 50.2e6; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    const c = 100_000 * Math.exp(0.4 * Math.sin(i / 7000) + 0.05 * Math.sin(i / 37)) * (1 + ((x % 2001) - 1000) / 200_000);
    const d = new Date(start + i * 864e5);
    const date = `${String(d.getUTCFullYear()).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
    const row = `${date},${(c * 0.998).toFixed(13)},${(c * 1.004).toFixed(13)},${(c * 0.995).toFixed(13)},${c.toFixed(13)},${c.toFixed(13)},${1000000 + (i % 7919) * 131}\n`;
    chunk.push(row);
    size += row.length;
    if (chunk.length === 10_000) { fs.writeSync(out, chunk.join("")); chunk = []; }
  }
  fs.writeSync(out, chunk.join(""));
  fs.closeSync(out);
  return file;
}

/** In every page: long tasks, long animation frames and layout shifts, collected from the start. */
function observers() {
  window.__perf = { long: [], loaf: [], shifts: [] };
  const watch = (type, fn) => { try { new PerformanceObserver((l) => l.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch { /* not supported */ } };
  watch("longtask", (e) => window.__perf.long.push({ start: e.startTime, duration: e.duration }));
  watch("long-animation-frame", (e) => window.__perf.loaf.push({ start: e.startTime, duration: e.duration, render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0, style: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0, script: e.scripts ? e.scripts.reduce((a, s) => a + s.duration, 0) : 0 }));
  watch("layout-shift", (e) => { if (!e.hadRecentInput) window.__perf.shifts.push({ start: e.startTime, value: e.value }); });
  // A frame's end: a message posted from an animation-frame callback (or a promise settled in one)
  // runs once that frame is painted. __painted gives its time; __afterPaint, the next frame's.
  const channel = new MessageChannel();
  const waiting = [];
  channel.port1.onmessage = () => { const r = waiting.shift(); if (r) r(performance.now()); };
  window.__painted = () => new Promise((resolve) => { waiting.push(resolve); channel.port2.postMessage(0); });
  window.__afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => window.__painted().then(resolve)));
  // The element on `period` at its latest date, settled for `frames` painted frames; gives the slider.
  window.__atLatest = async (period, frames) => {
    const R = document.querySelector("index-cards").shadowRoot;
    const tab = R.querySelector(`.tab[data-period="${period}"]`);
    if (tab.getAttribute("aria-selected") !== "true") tab.click();
    const slider = R.querySelector(".slider");
    slider.value = slider.max;
    slider.dispatchEvent(new Event("input"));
    for (let i = 0; i < frames; i++) await window.__afterPaint();
    return slider;
  };
}

async function newPage(browser, rate, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  await page.addInitScript(observers);
  page.problems = [];
  page.on("pageerror", (e) => page.problems.push(e.message));
  return page;
}

const ready = (page) => page.waitForFunction(() => document.querySelector("index-cards").getAttribute("data-state") === "ready", null, { timeout: 120_000 });
/** Waits until the element shows `n` cards of the files (or an error, which is thrown). */
const loaded = async (page, n) => {
  await page.waitForFunction((count) => {
    const el = document.querySelector("index-cards");
    const R = el.shadowRoot;
    return el.getAttribute("data-state") === "error" ||
      (el.getAttribute("data-state") === "ready" && !R.querySelector(".badge") && R.querySelectorAll(".card").length === count);
  }, n, { timeout: 300_000, polling: 50 });
  const error = await page.evaluate(() => { const R = document.querySelector("index-cards").shadowRoot; return R.querySelector(".error").hidden ? null : R.querySelector(".error").textContent; });
  if (error) throw new Error(`the page shows an error: ${error}`);
};

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, p50: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)], max: s[s.length - 1] };
};

/** Loads files through the demo page's file input; long tasks and frame gaps until they show. */
async function loadFiles(page, files, cards) {
  await page.evaluate(() => {
    window.__perf.long = [];
    window.__gaps = { max: 0, last: performance.now(), on: true };
    const tick = (now) => {
      const g = window.__gaps;
      g.max = Math.max(g.max, now - g.last);
      g.last = now;
      if (g.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const t0 = Date.now();
  await page.setInputFiles("#files", files);
  await loaded(page, cards);
  const ms = Date.now() - t0;
  return page.evaluate((total) => {
    window.__gaps.on = false;
    const long = window.__perf.long.map((t) => t.duration);
    return { ms: total, longest: long.length ? Math.max(...long) : 0, tbt: long.reduce((a, d) => a + Math.max(0, d - 50), 0), tasks: long.length, gap: window.__gaps.max };
  }, ms);
}

/** Scrubs one period: STEPS slider steps, one a frame, from the latest date backwards. */
function scrubInPage([period, steps]) {
  const el = document.querySelector("index-cards");
  const R = el.shadowRoot;
  return (async () => {
    // The period switch (a click: input, which layout shift leaves out for a reader) settles first.
    const slider = await window.__atLatest(period, 10);
    const latest = Number(slider.max);
    const cards = R.querySelector(".cards");
    const chart = R.querySelector(".chart-box");
    const box = () => [Math.round(cards.getBoundingClientRect().height), Math.round(chart.getBoundingClientRect().top - el.getBoundingClientRect().top)];
    const first = box();
    const boxes = new Set([first.join("x")]);
    window.__perf.shifts = [];
    window.__perf.long = [];
    let renders = 0;
    const count = () => { renders++; };
    el.addEventListener("indexcards:render", count);
    const times = [];
    const gaps = [];
    let lastFrame = 0;
    for (let i = 1; i <= steps; i++) {
      const want = latest - i;
      let before = 0;
      const t0 = await new Promise((resolve) => requestAnimationFrame((now) => {
        if (lastFrame) gaps.push(now - lastFrame);
        lastFrame = now;
        before = renders;
        const t = performance.now();
        slider.value = String(want);
        slider.dispatchEvent(new Event("input", { bubbles: true }));
        resolve(t);
      }));
      // The step ends once the frame in which the element rendered it has been painted.
      let t1 = await window.__painted();
      for (let guard = 0; renders <= before && guard < 30; guard++) t1 = await window.__afterPaint();
      times.push(t1 - t0);
      boxes.add(box().join("x"));
    }
    el.removeEventListener("indexcards:render", count);
    const shift = window.__perf.shifts.reduce((a, s) => a + s.value, 0);
    const long = window.__perf.long.map((t) => t.duration);
    return { times, gaps, boxes: [...boxes], shift, long };
  })();
}

/**
 * What a slider step costs before the element writes a figure, against the whole step: frames of
 * four kinds, alternated, `rounds` × 6 each, each timed as a scrub step is (from a frame callback
 * to a message after that frame is painted): an empty frame; the slider's thumb moved with no
 * input event (no render); the core's figures for the step alone (the element's own calls,
 * `cards`, `compare` and `chart` without crosshair samples, on a deck of the same data); and the
 * whole step. p50 and p95 of each, in ms.
 */
function floorInPage([period, rounds]) {
  const el = document.querySelector("index-cards");
  const R = el.shadowRoot;
  return (async () => {
    const slider = await window.__atLatest(period, 5);
    const latest = Number(slider.max);
    const deck = new IndexCards.Deck(el.data);
    const dates = deck.dates();
    // The sizes the element asks the core for: its chart's and its cards' sparklines' boxes.
    const { width, height } = R.querySelector("svg.chart").viewBox.baseVal;
    const sparkBox = R.querySelector("svg.spark").viewBox.baseVal;
    const spark = { width: sparkBox.width, height: sparkBox.height };
    const kinds = {
      empty: () => {},
      thumb: (i) => { slider.value = String(i); },
      core: (i) => {
        const to = dates[i];
        deck.cards(to);
        deck.compare({ period, to });
        deck.chart({ period, to, width, height, spark, crosshair: false });
      },
      step: (i) => { slider.value = String(i); slider.dispatchEvent(new Event("input", { bubbles: true })); },
    };
    const names = Object.keys(kinds);
    const times = Object.fromEntries(names.map((k) => [k, []]));
    let k = 0;
    for (let r = 0; r < rounds; r++) {
      for (const name of names) {
        await window.__afterPaint();
        for (let j = 0; j < 6; j++) {
          const want = latest - 1 - (k++ % 120);
          const t0 = await new Promise((resolve) => requestAnimationFrame(() => { const t = performance.now(); kinds[name](want); resolve(t); }));
          const t1 = await window.__painted();
          times[name].push(t1 - t0);
        }
      }
    }
    deck.free();
    return times;
  })();
}

/** Play for PLAY_FRAMES frames: intervals between frames and how far the date moved. */
function playInPage([period, frames]) {
  const el = document.querySelector("index-cards");
  const R = el.shadowRoot;
  return (async () => {
    const slider = await window.__atLatest(period, 4);
    const play = R.querySelector(".play");
    const from = Number(slider.value);
    play.click(); // from the latest date Play starts a year back
    // The slider shows Play's dates from its first render on: the rate is counted from there.
    let last = await new Promise((r) => requestAnimationFrame(r));
    for (let guard = 0; slider.value === String(from) && guard < 120; guard++) last = await new Promise((r) => requestAnimationFrame(r));
    const start = Number(slider.value);
    const intervals = [];
    const t0 = last;
    for (let i = 0; i < frames; i++) {
      const now = await new Promise((r) => requestAnimationFrame(r));
      intervals.push(now - last);
      last = now;
    }
    const moved = Number(slider.value) - start;
    const seconds = (last - t0) / 1000;
    if (play.getAttribute("aria-pressed") === "true") play.click();
    slider.value = String(from);
    slider.dispatchEvent(new Event("input"));
    const dropped = intervals.reduce((a, g) => a + Math.max(0, Math.round(g / (1000 / 60)) - 1), 0);
    return { intervals, dropped, frames: intervals.length, datesPerSecond: moved / seconds };
  })();
}

/** 200 series in one element; one tick to each, applied and painted. */
function ticksScript(n, rounds) {
  return `(() => {
  const walk = (n, seed) => { let x = seed >>> 0 || 1, c = 100, day = Date.UTC(2022, 0, 3) / 864e5; const dates = [], closes = [];
    for (let i = 0; i < n; i++) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; x >>>= 0; c *= 1 + ((x % 2001) - 1000) / 50000;
      dates.push(new Date(day * 864e5).toISOString().slice(0, 10)); closes.push(c); day += (day + 3) % 7 === 4 ? 3 : 1; } return { dates, closes }; };
  const series = Array.from({ length: ${n} }, (_, k) => ({ id: "S" + k, name: "Index " + k, ...walk(500, 7 + k) }));
  window.__ticks = async () => {
    const el = document.getElementById("many");
    el.data = series;
    await new Promise((r) => el.addEventListener("indexcards:render", r, { once: true }));
    for (let i = 0; i < 6; i++) await window.__afterPaint();
    const out = [];
    const last = series.map((s) => [s.dates[s.dates.length - 1], s.closes[s.closes.length - 1]]);
    for (let round = 1; round <= ${rounds}; round++) {
      await window.__afterPaint();
      // The frame's start, taken before the element's own frame callback runs.
      let frameStart = 0;
      requestAnimationFrame(() => { frameStart = performance.now(); });
      const a = performance.now();
      for (let k = 0; k < series.length; k++) el.push("S" + k, last[k][0], last[k][1] * (1 + round / 1000 * (k % 2 ? 1 : -1)));
      const pushMs = performance.now() - a;
      const painted = await window.__afterPaint();
      out.push({ pushMs, frameMs: painted - frameStart, total: pushMs + painted - frameStart });
    }
    return out;
  };
})();`;
}

/** `indexcards render` output for the four real CSVs in a page with the bundle (null without cargo). */
function cliPage() {
  try {
    const html = execFileSync("cargo", ["run", "--quiet", "--release", "--bin", "indexcards", "--", "render", "--as-of", "2024-11-22", "--period", "YTD", "--since", "2023-01-01", ...realFiles],
      { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 << 20 });
    return plainPage("cli", `<h1>A post</h1><p>Before the cards.</p>${html}<p id="after">The paragraph after the cards.</p>`);
  } catch (e) {
    return null;
  }
}

async function measureRate(browser, rate, demoUrl, out) {
  const f1 = (x) => (x === undefined || x === null ? "—" : x.toFixed(1));
  const row = (what, value, note = "") => out.push([`${rate}× ${what}`, value, note]);

  if (ONLY.has("cls")) {
    for (const [name, pageUrl, width] of [["demo cold load", demoUrl, 1280], ["demo cold load, 390 px", demoUrl, 390]]) {
      const page = await newPage(browser, rate, width);
      await page.goto(pageUrl);
      await ready(page);
      await page.waitForTimeout(500);
      const r = await page.evaluate(() => ({ shift: window.__perf.shifts.reduce((a, s) => a + s.value, 0), errors: 0 }));
      row(`layout shift, ${name}`, r.shift.toFixed(4), "target ≤ 0.01");
      await page.context().close();
    }
    // Data that comes later: the element's placeholder, then the figures.
    const late = plainPage("late", `<p>Before</p><index-cards id="late" series="RUT,SPX,IXIC,DJI"></index-cards><p>After</p>`, `
      window.__errorSeen = false;
      const seen = () => { const el = document.getElementById("late"); if (el && el.shadowRoot && !el.shadowRoot.querySelector(".error").hidden) window.__errorSeen = true; };
      const loop = () => { seen(); if (!window.__done) requestAnimationFrame(loop); };
      requestAnimationFrame(loop);
      setTimeout(() => {
        const walk = (seed) => { let x = seed, c = 100; const dates = [], closes = []; let d = Date.UTC(2023, 0, 2);
          for (let i = 0; i < 500; i++) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; x >>>= 0; c *= 1 + ((x % 2001) - 1000) / 50000;
            const day = new Date(d).getUTCDay(); if (day !== 0 && day !== 6) { dates.push(new Date(d).toISOString().slice(0, 10)); closes.push(c); } d += 864e5; }
          return { dates, closes }; };
        document.getElementById("late").data = ["RUT", "SPX", "IXIC", "DJI"].map((id, k) => ({ id, name: id, ...walk(11 + k) }));
      }, 600);`);
    {
      const page = await newPage(browser, rate);
      await page.goto(late);
      await ready(page);
      await page.waitForTimeout(500);
      const r = await page.evaluate(() => { window.__done = true; return { shift: window.__perf.shifts.reduce((a, s) => a + s.value, 0), error: window.__errorSeen }; });
      row("layout shift, data given 0.6 s after load", r.shift.toFixed(4), r.error ? "an error was painted before the data" : "no error painted before the data");
      await page.context().close();
    }
    const cli = haveData ? cliPage() : null;
    if (cli) {
      const page = await newPage(browser, rate, 900);
      await page.goto(cli);
      await ready(page);
      await page.waitForTimeout(500);
      const r = await page.evaluate(() => window.__perf.shifts.reduce((a, s) => a + s.value, 0));
      row("layout shift, `indexcards render` page upgrading", r.toFixed(4), "target ≤ 0.01");
      await page.context().close();
    }
  }

  const onPage = ["scrub", "floor", "play", "load"].some((k) => ONLY.has(k));
  if (!haveData && onPage) {
    out.push([`${rate}× scrub, Play, load`, "skipped", `the real CSVs are not in ${dataDir}`]);
  } else if (onPage) {
    const page = await newPage(browser, rate);
    await page.goto(demoUrl);
    await ready(page);
    const load = await loadFiles(page, realFiles, 4);
    row("load the four real CSVs (1.7 MB): longest task / total blocking", `${f1(load.longest)} / ${f1(load.tbt)} ms`, `${load.tasks} long tasks, ${load.ms} ms to the cards, largest frame gap ${f1(load.gap)} ms`);
    const tabs = await page.evaluate(() => [...document.querySelector("index-cards").shadowRoot.querySelectorAll(".tab")].map((t) => t.dataset.period));
    const periods = PERIODS ? tabs.filter((p) => PERIODS.split(",").includes(p)) : tabs;
    if (ONLY.has("scrub")) {
      let boxes = new Set();
      let shift = 0;
      let shiftPeriod = "";
      for (const period of periods) {
        const r = await page.evaluate(scrubInPage, [period, STEPS]);
        const s = stats(r.times);
        const g = stats(r.gaps);
        r.boxes.forEach((b) => boxes.add(period + ":" + b));
        if (r.shift >= shift) { shift = r.shift; shiftPeriod = period; }
        row(`scrub ${period}: step until painted p50 / p95 / max`, `${f1(s.p50)} / ${f1(s.p95)} / ${f1(s.max)} ms`,
          `frame interval p50 ${f1(g.p50)}, p95 ${f1(g.p95)} ms; ${r.long.length} long tasks; ${r.boxes.length === 1 ? "card row and chart fixed" : r.boxes.length + " different card-row heights / chart tops: " + r.boxes.join(" ")}`);
      }
      row("layout shift while scrubbing: the largest of a period's 120 steps", shift.toFixed(4), `${shiftPeriod}; target ≤ 0.01`);
    }
    if (ONLY.has("floor")) {
      // The same step taken apart: what is left for the figures once the thumb and the core are paid.
      for (const period of new Set([periods[0], periods[periods.length - 1]])) {
        const t = await page.evaluate(floorInPage, [period, 8]);
        const s = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, stats(v)]));
        row(`scrub ${period} apart, p50/p95: empty frame · thumb alone · core alone · whole step`,
          ["empty", "thumb", "core", "step"].map((k) => `${f1(s[k].p50)}/${f1(s[k].p95)}`).join(" · ") + " ms", "48 frames each, alternated");
      }
    }
    if (ONLY.has("play")) {
      for (const period of periods) {
        const r = await page.evaluate(playInPage, [period, PLAY_FRAMES]);
        row(`Play ${period}: dropped frames`, `${r.dropped} of ${r.frames + r.dropped} (${(100 * r.dropped / (r.frames + r.dropped)).toFixed(1)}%)`, `${f1(r.datesPerSecond)} dates a second (25 asked); target ≤ 2%`);
      }
    }
    if (ONLY.has("load")) {
      const big = bigCsv();
      const page2 = await newPage(browser, rate);
      await page2.goto(demoUrl);
      await ready(page2);
      const what = `load a ${(fs.statSync(big).size / 1e6).toFixed(0)} MB CSV: longest task / total blocking`;
      try {
        const r = await loadFiles(page2, [big], 1);
        row(what, `${f1(r.longest)} / ${f1(r.tbt)} ms`, `${r.tasks} long tasks, ${r.ms} ms to the card, largest frame gap ${f1(r.gap)} ms`);
      } catch (e) {
        row(what, "failed", String(e.message).split("\n")[0]);
      }
      await page2.context().close();
    }
    if (page.problems.length) row("page errors", String(page.problems.length), page.problems.slice(0, 3).join(" | "));
    await page.context().close();
  }

  if (ONLY.has("ticks")) {
    const pageUrl = plainPage("ticks", `<index-cards id="many"></index-cards>`, ticksScript(200, 20));
    const page = await newPage(browser, rate);
    await page.goto(pageUrl);
    await page.waitForFunction(() => typeof window.__ticks === "function");
    const r = await page.evaluate(() => window.__ticks());
    const total = stats(r.map((x) => x.total));
    const push = stats(r.map((x) => x.pushMs));
    const frame = stats(r.map((x) => x.frameMs));
    row("one tick to each of 200 series, applied and painted p50 / p95", `${f1(total.p50)} / ${f1(total.p95)} ms`, `pushes ${f1(push.p50)} ms + frame ${f1(frame.p50)} ms (p50), 20 rounds; target ≤ 16.7 ms at 1×`);
    await page.context().close();
  }
}

async function main() {
  const browser = await chromium();
  const rows = [];
  try {
    const demoUrl = demoPage();
    for (const rate of RATES) await measureRate(browser, rate, demoUrl, rows);
  } finally {
    await browser.close();
  }
  const w1 = Math.max(...rows.map((r) => r[0].length));
  const w2 = Math.max(...rows.map((r) => r[1].length));
  console.log(`What a reader feels: ${path.relative(process.cwd(), bundle) || bundle}, Chromium headless from file://, ${new Date().toISOString().slice(0, 10)}`);
  for (const [a, b, c] of rows) console.log(a.padEnd(w1) + "  " + b.padStart(w2) + "  " + c);
}

if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
module.exports = { main, ticksScript, plainPage, newPage, demoPage, loadFiles, scrubInPage, playInPage, realFiles, ready, stats };
