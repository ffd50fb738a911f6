// <index-cards> reads Files through IndexCards.parseCsvAsync (issue 12 goal 2): a ~10 MB CSV is
// parsed in a Web Worker started from the one script, a slow load shows a progress line whose
// Cancel keeps the figures shown before, and under a CSP that forbids blob: workers the same file
// still loads (on the page's thread) — in Chromium and Firefox ESR from file://. The longest main
// -thread task during the 10 MB load (Chromium's longtask entries) is printed as a figure, not
// asserted: it includes building the deck and drawing 116,000 days, which are not the parse.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");
const { root } = require("./helpers");
const { chromium, firefox, WORKER_PROBE } = require("./browsers");

const pages = path.join(root, "target", "pages");
fs.mkdirSync(pages, { recursive: true });

// Before the bundle: the Worker probe (counts, and window.slowWorkers for a slow load to cancel)
// and a record of long tasks.
const PROBE = `<script>${WORKER_PROBE}
window.longTasks = [];
try {
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push([e.startTime, e.duration]); }).observe({ type: "longtask" });
} catch {}
// A Yahoo download of about mb MB, one weekday a row back from 2025-12-31; its last close.
window.yahooCsv = (mb) => {
  const rows = [];
  const day = 86400000;
  let t = Date.UTC(2025, 11, 31);
  let x = 12345;
  let bytes = 0;
  let last = null;
  while (bytes < mb * 1048576) {
    while (new Date(t).getUTCDay() % 6 === 0) t -= day;
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    const close = (1000 + 500 * Math.sin(rows.length / 3000) + (x % 1000) / 100).toFixed(6);
    if (last === null) last = Number(close);
    const row = new Date(t).toISOString().slice(0, 10) + "," + close + "," + close + "," + close + "," + close + "," + close + "," + (x % 1e9);
    rows.push(row);
    bytes += row.length + 1;
    t -= day;
  }
  return { text: "Date,Open,High,Low,Close,Adj Close,Volume\\n" + rows.reverse().join("\\n") + "\\n", last, rows: rows.length };
};
</script>`;

const BEFORE = '[{"id":"P","name":"Previous","dates":["2024-01-02","2024-01-03"],"closes":[100,104.5]}]';

function page(name, csp) {
  const file = path.join(pages, name);
  fs.writeFileSync(file, `<!doctype html><html lang="en"><head><meta charset="utf-8">${csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : ""}<link rel="icon" href="data:,">
${PROBE}
<script src="../../www/indexcards.js"></script></head><body>
<index-cards id="a" data-series='${BEFORE}'></index-cards>
</body></html>`);
  return pathToFileURL(file).href;
}
const plain = page("worker.html", null);
const strict = page("worker-csp.html", "worker-src 'none'");

/** Waits for data-state `wanted` and the first card's id `id`; returns the cards' ids and closes. */
function settled(p, id) {
  return p.evaluate(async (id) => {
    const el = document.getElementById("a");
    for (let i = 0; i < 1200 && !(el.getAttribute("data-state") === "ready" && el.cards.length && el.cards[0].id === id); i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
    return { state: el.getAttribute("data-state"), cards: el.cards.map((c) => [c.id, c.close]) };
  }, id);
}

/** Loads a generated ~10 MB CSV as el.data = [File]; returns what arrived and the figures. */
async function loadBig(p) {
  await settled(p, "P");
  const expected = await p.evaluate(() => {
    const { text, last, rows } = window.yahooCsv(10);
    window.started = performance.now();
    document.getElementById("a").data = [new File([text], "big.csv")];
    return { last, rows, bytes: text.length };
  });
  const got = await settled(p, "big");
  const probe = await p.evaluate(() => ({
    workers: window.workers,
    ms: performance.now() - window.started,
    longest: Math.max(0, ...window.longTasks.filter(([start]) => start >= window.started).map(([, d]) => d)),
    // Until the worker answered: reading the File and the parse (the worker's side of the load).
    parsing: Math.max(0, ...window.longTasks.filter(([start]) => start >= window.started && start < (window.workers.answeredAt ?? Infinity)).map(([, d]) => d)),
  }));
  return { expected, got, probe };
}

async function scenario(p, browser) {
  // (a) a 10 MB file is parsed in a worker.
  await p.goto(plain);
  const { expected, got, probe } = await loadBig(p);
  assert.equal(got.state, "ready");
  assert.deepEqual(got.cards, [["big", expected.last]]);
  assert.ok(expected.bytes > 10e6);
  assert.equal(probe.workers.made, 1, "one Worker was started for the file");
  assert.equal(probe.workers.answered, 1, "and it answered");
  assert.equal(probe.workers.stopped, 1, "and was stopped once done");
  console.log(`# ${browser}: ${expected.rows} rows, ${(expected.bytes / 1e6).toFixed(1)} MB loaded in ${probe.ms.toFixed(0)} ms through a worker` +
    (browser === "Chromium" ? `; longest main-thread task until the worker answered ${probe.parsing.toFixed(0)} ms, over the whole load ${probe.longest.toFixed(0)} ms (deck and drawing included)` : ""));

  // (b) Cancel during a slow load: the figures shown before stay; the worker is stopped.
  await p.goto(plain);
  await settled(p, "P");
  const before = await p.evaluate(() => {
    const el = document.getElementById("a");
    const top = el.shadowRoot.querySelector(".cards").getBoundingClientRect().top;
    window.slowWorkers = true;
    el.data = [new File(["Date,Close\n2024-05-01,1\n2024-05-02,2\n"], "slow.csv")];
    return { top, level: el.shadowRoot.querySelector(".level").textContent };
  });
  const shown = await p.evaluate(async () => {
    const el = document.getElementById("a");
    const line = el.shadowRoot.querySelector(".progress");
    for (let i = 0; i < 200 && line.hidden; i++) await new Promise((r) => setTimeout(r, 25));
    return {
      hidden: line.hidden,
      text: line.textContent,
      indeterminate: !line.querySelector("progress").hasAttribute("value"),
      top: el.shadowRoot.querySelector(".cards").getBoundingClientRect().top,
      state: el.getAttribute("data-state"),
      level: el.shadowRoot.querySelector(".level").textContent,
    };
  });
  assert.equal(shown.hidden, false, "a load over 300 ms shows its progress line");
  assert.equal(shown.text, "Reading slow.csv…Cancel");
  assert.ok(shown.indeterminate);
  assert.equal(shown.top, before.top, "the progress line moves nothing");
  assert.equal(shown.state, "loading");
  assert.equal(shown.level, before.level, "the figures before stay while it loads");
  await p.evaluate(() => document.getElementById("a").shadowRoot.querySelector(".progress button").click());
  const after = await settled(p, "P");
  const cancelled = await p.evaluate(() => ({
    workers: window.workers,
    hidden: document.getElementById("a").shadowRoot.querySelector(".progress").hidden,
    level: document.getElementById("a").shadowRoot.querySelector(".level").textContent,
  }));
  assert.deepEqual(after, { state: "ready", cards: [["P", 104.5]] });
  assert.equal(cancelled.level, before.level);
  assert.equal(cancelled.hidden, true);
  assert.deepEqual([cancelled.workers.made, cancelled.workers.stopped, cancelled.workers.answered], [1, 1, 0], "Cancel stopped the worker");

  // (c) a CSP without blob: workers: the same file loads on the page's thread.
  await p.goto(strict);
  const fallback = await loadBig(p);
  assert.equal(fallback.got.state, "ready");
  assert.deepEqual(fallback.got.cards, [["big", fallback.expected.last]]);
  assert.equal(fallback.probe.workers.answered, 0, "no worker ran under worker-src 'none'");
}

test("Chromium: a 10 MB CSV file is read in a Web Worker, Cancel keeps the figures, a strict CSP falls back", async () => {
  const browser = await chromium();
  try {
    const p = await (await browser.newContext()).newPage();
    await scenario(p, "Chromium");
  } finally {
    await browser.close();
  }
});

test("Firefox ESR: the same", async () => {
  const browser = await firefox();
  try {
    await scenario(await browser.newPage(), "Firefox ESR");
  } finally {
    await browser.close();
  }
});
