// `indexcards render` output in a page with www/indexcards.js, opened from file:// in headless
// Chromium and Firefox ESR: with JavaScript disabled the static fallback's figures are visible (text and a
// screenshot, target/screenshots/cli-fallback-*.png); with JavaScript the live element's shadow
// root replaces it and shows the same figures from the JSON child. Synthetic closes, written here.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const { pathToFileURL } = require("url");
const { root } = require("./helpers");
const { chromium, firefox } = require("./browsers");

const shots = path.join(root, "target", "screenshots");
fs.mkdirSync(shots, { recursive: true });

/** A `date,close` CSV of weekdays from `from` to `to`, a deterministic walk from `start`. */
function walkCsv(from, to, start, seed) {
  let state = seed >>> 0;
  let close = start;
  const rows = ["date,close"];
  for (let d = new Date(from + "T00:00:00Z"); d <= new Date(to + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() === 0 || d.getUTCDay() === 6) continue;
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    close = Math.round(close * (1 + (state / 2 ** 32 - 0.5) * 0.04) * 100) / 100;
    rows.push(`${d.toISOString().slice(0, 10)},${close}`);
  }
  return rows.join("\n") + "\n";
}

/** Renders two synthetic series into a page that loads the bundle in its head (or, `late`, not
 * at all: the test adds it once the fallback was painted); returns the page's file URL. */
function renderPage({ late = false } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "indexcards-cli-browser-"));
  const files = [
    ["russell2000.csv", walkCsv("2023-06-01", "2024-11-22", 2000, 7)],
    ["sp500.csv", walkCsv("2023-06-01", "2024-11-22", 4500, 9)],
  ].map(([name, text]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  });
  const html = execFileSync("cargo", ["run", "--quiet", "--bin", "indexcards", "--", "render", "--as-of", "2024-11-22", "--period", "YTD", ...files], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const bundle = pathToFileURL(path.join(root, "www", "indexcards.js")).href;
  const page = path.join(dir, "post.html");
  fs.writeFileSync(page, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>post</title>
${late ? "" : `<script src="${bundle}"></script>`}</head><body style="margin:16px;font-family:serif">
<h1>A post</h1>
${html}
<p id="after">The paragraph after the cards.</p>
</body></html>`);
  return pathToFileURL(page).href;
}

test("Chromium: the fallback shows the figures without JavaScript; the live element replaces it", async () => {
  const url = renderPage();
  const browser = await chromium();
  try {
    // Without JavaScript: the light DOM is all there is.
    const off = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 900, height: 900 } });
    const page = await off.newPage();
    await page.goto(url);
    const fallback = await page.evaluate(() => {
      const box = document.querySelector("[data-indexcards-fallback]");
      const svg = box.querySelector("svg").getBoundingClientRect();
      const rows = [...box.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => c.innerText.trim()));
      return {
        visible: box.getClientRects().length > 0 && box.getBoundingClientRect().height > 200,
        text: box.innerText,
        heads: [...box.querySelectorAll("thead th")].map((th) => th.innerText.trim()),
        rows,
        svg: [Math.round(svg.width), Math.round(svg.height)],
        shadow: !!document.querySelector("index-cards").shadowRoot,
      };
    });
    assert.equal(fallback.visible, true);
    assert.equal(fallback.shadow, false);
    assert.deepEqual(fallback.heads.slice(0, 6), ["Index", "Level", "1D", "WTD", "MTD", "YTD"]);
    assert.equal(fallback.rows.length, 2);
    assert.match(fallback.rows[0][0], /Russell 2000$/);
    for (const row of fallback.rows) {
      assert.match(row[1], /^\d{1,3}(,\d{3})*(\.\d\d)?$/, `level ${row[1]}`); // 0 decimals for a whole close
      for (const pct of row.slice(2, 6)) assert.match(pct, /^([+\u2212]\d+\.\d%|0\.0%|—)$/, `return ${pct}`);
    }
    assert.deepEqual(fallback.svg, [720, 360], "the chart at the element's default size");
    await page.screenshot({ path: path.join(shots, "cli-fallback-nojs.png"), fullPage: true });
    await off.close();

    // With JavaScript: the element attaches its shadow root (no slot), so the fallback is no
    // longer rendered, and it shows the same figures from the JSON child.
    const on = await browser.newContext({ viewport: { width: 900, height: 900 } });
    const live = await on.newPage();
    const errors = [];
    live.on("pageerror", (e) => errors.push(e.message));
    live.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    await live.goto(url);
    await live.waitForFunction(() => document.querySelector("index-cards").getAttribute("data-state") === "ready", null, { timeout: 20000 });
    const state = await live.evaluate(() => {
      const el = document.querySelector("index-cards");
      const box = el.querySelector("[data-indexcards-fallback]");
      return {
        shadow: !!el.shadowRoot,
        fallbackRendered: box.getClientRects().length > 0,
        shadowText: el.shadowRoot ? el.shadowRoot.textContent : "",
        levels: [...box.querySelectorAll("tbody tr")].map((tr) => tr.children[1].textContent.trim()),
        ytd: [...box.querySelectorAll("tbody tr")].map((tr) => tr.children[5].textContent.trim()),
      };
    });
    assert.deepEqual(errors, []);
    assert.equal(state.shadow, true);
    assert.equal(state.fallbackRendered, false, "the light-DOM fallback is not rendered once the shadow root is attached");
    for (const level of state.levels) assert.ok(state.shadowText.includes(level), `live element shows the level ${level}`);
    // The element writes the minus sign as Intl does; compare the digits.
    for (const ytd of state.ytd) assert.ok(state.shadowText.replace(/-/g, "\u2212").includes(ytd), `live element shows YTD ${ytd}`);
    await live.screenshot({ path: path.join(shots, "cli-fallback-live.png"), fullPage: true });
    await on.close();
  } finally {
    await browser.close();
  }
});

/** Before the page's scripts: every layout shift, and each frame's height of the element and top
 * of the paragraph after it (from the first frame the element exists until `window.stopFrames`). */
function recordFrames() {
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.shifts.push({ value: e.value, at: Math.round(e.startTime) });
  }).observe({ type: "layout-shift", buffered: true });
  window.frames = [];
  const frame = () => {
    const el = document.querySelector("index-cards");
    const after = document.getElementById("after");
    if (el && after) {
      window.frames.push({ height: el.getBoundingClientRect().height, after: after.getBoundingClientRect().top, state: el.getAttribute("data-state") });
    }
    if (!window.stopFrames) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Waits for the element's first render, then two more frames; returns what recordFrames saw. */
async function settle(page) {
  await page.waitForFunction(() => document.querySelector("index-cards").getAttribute("data-state") === "ready", null, { timeout: 20000 });
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
    window.stopFrames = true;
    resolve({ shifts: window.shifts, frames: window.frames });
  }))));
}

test("Chromium: with the script before it, the live element takes the fallback's place without moving the page", async () => {
  // `series` (written by render) gives the placeholder the cards' number before the data is
  // parsed: without it, a frame painted between the element's start tag and its data showed four
  // blank cards, and the page below moved when the two real ones came (CLS 0.139 at 900 px).
  const url = renderPage();
  const browser = await chromium();
  try {
    for (const width of [390, 900, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(recordFrames);
      await page.goto(url);
      const { shifts, frames } = await settle(page);
      assert.ok(frames.length >= 2, `${width} px: frames recorded`);
      const last = frames[frames.length - 1];
      assert.equal(last.state, "ready");
      for (const f of frames) {
        assert.ok(Math.abs(f.after - last.after) < 0.5 && Math.abs(f.height - last.height) < 0.5,
          `${width} px: a frame with the element ${f.height} px tall and the next paragraph at ${f.after} (${f.state || "waiting"}), then ${last.height} and ${last.after}`);
      }
      assert.deepEqual(shifts, [], `${width} px: layout shifts`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
});

test("Chromium: a script run after the fallback was painted swaps it for the live element in one frame", async (t) => {
  // The fallback (a table and a 720 × 360 chart, for email) is shorter than the live cards, so
  // this one change of height is the fallback's, measured here; the swap itself shows nothing
  // in between (no collapsed or placeholder frame).
  const url = renderPage({ late: true });
  const bundle = pathToFileURL(path.join(root, "www", "indexcards.js")).href;
  const browser = await chromium();
  try {
    const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(recordFrames);
    await page.goto(url);
    const before = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve({
      height: document.querySelector("index-cards").getBoundingClientRect().height,
      frames: window.frames.length,
    })))));
    await page.evaluate((src) => document.head.append(Object.assign(document.createElement("script"), { src })), bundle);
    const { frames } = await settle(page);
    const live = frames[frames.length - 1].height;
    const heights = [...new Set(frames.slice(before.frames).map((f) => Math.round(f.height)))];
    assert.ok(heights.every((h) => h === Math.round(before.height) || h === Math.round(live)),
      `frames between the fallback (${before.height} px) and the live element (${live} px): ${heights.join(", ")}`);
    t.diagnostic(`fallback ${Math.round(before.height)} px → live ${Math.round(live)} px at 900 px wide`);
    await context.close();
  } finally {
    await browser.close();
  }
});

test("Firefox ESR: the fallback without JavaScript, the live element with it", async () => {
  const url = renderPage();
  const off = await firefox({ "javascript.enabled": false });
  let fallback;
  try {
    const page = await off.newPage();
    await page.setViewport({ width: 900, height: 900 });
    await page.goto(url);
    // Page scripts are off; the test's own evaluation still runs (as DevTools' does).
    fallback = await page.evaluate(() => {
      const box = document.querySelector("[data-indexcards-fallback]");
      return {
        visible: box.getClientRects().length > 0 && box.getBoundingClientRect().height > 200,
        shadow: !!document.querySelector("index-cards").shadowRoot,
        levels: [...box.querySelectorAll("tbody tr")].map((tr) => tr.children[1].textContent.trim()),
        ytd: [...box.querySelectorAll("tbody tr")].map((tr) => tr.children[5].textContent.trim()),
        svg: [...box.querySelectorAll("svg")].map((s) => [Math.round(s.getBoundingClientRect().width), Math.round(s.getBoundingClientRect().height)]),
      };
    });
    assert.deepEqual([fallback.visible, fallback.shadow, fallback.levels.length], [true, false, 2]);
    assert.deepEqual(fallback.svg, [[720, 360]]);
    await page.screenshot({ path: path.join(shots, "cli-fallback-nojs-firefox.png"), fullPage: true });
  } finally {
    await off.close();
  }
  const on = await firefox();
  try {
    const live = await on.newPage();
    await live.setViewport({ width: 900, height: 900 });
    const errors = [];
    live.on("pageerror", (e) => errors.push(e.message || String(e)));
    live.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    await live.goto(url);
    await live.waitForFunction(() => document.querySelector("index-cards").getAttribute("data-state") === "ready", { timeout: 20000 });
    const state = await live.evaluate(() => {
      const el = document.querySelector("index-cards");
      const box = el.querySelector("[data-indexcards-fallback]");
      return { fallbackRendered: box.getClientRects().length > 0, shadowText: el.shadowRoot.textContent };
    });
    assert.deepEqual(errors, []);
    assert.equal(state.fallbackRendered, false);
    for (const level of fallback.levels) assert.ok(state.shadowText.includes(level), `live element shows the level ${level}`);
    for (const ytd of fallback.ytd) assert.ok(state.shadowText.replace(/-/g, "\u2212").includes(ytd), `live element shows YTD ${ytd}`);
  } finally {
    await on.close();
  }
});
