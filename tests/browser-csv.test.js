// The four real CSVs of ../shared/data loaded through the file input of www/index.html opened
// from file://, in headless Chromium: cards, comparison chart, spread, period tabs, the as-of
// date (input, slider keys, replay) and the crosshair, checked through the DOM against figures
// computed in this test; and (no data needed) the page's progress line and Cancel for a slow read.
// Screenshots go to target/screenshots/.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");
const { root, dataDir, REAL, readReal, skipWithoutData, expectedCard, pct1 } = require("./helpers");
const { chromium, firefox, WORKER_PROBE } = require("./browsers");

const pageUrl = pathToFileURL(path.join(root, "www", "index.html")).href;
const shots = path.join(root, "target", "screenshots");
fs.mkdirSync(shots, { recursive: true });
const files = REAL.map((r) => path.join(dataDir, r.file));
const series = skipWithoutData ? [] : REAL.map(readReal);
const NAMES = { russell2000: "Russell 2000", sp500: "S&P 500", nasdaq: "Nasdaq Composite", dow: "Dow Jones" };

function readCards() {
  const R = document.querySelector("index-cards").shadowRoot;
  return [...R.querySelectorAll(".card")].map((c) => ({
    name: c.querySelector(".name").textContent,
    level: c.querySelector(".level").textContent,
    date: c.querySelector(".close-date") ? c.querySelector(".close-date").textContent : null,
    rows: Object.fromEntries([...c.querySelectorAll(".change")].map((r) => [r.dataset.key, r.querySelector(".pct").textContent])),
    spark: !!c.querySelector(".spark path"),
    label: c.getAttribute("aria-label"),
  }));
}
function state() {
  const R = document.querySelector("index-cards").shadowRoot;
  const one = (sel) => R.querySelector(sel);
  return {
    asOf: one(".asof").textContent,
    date: one("input.date").value,
    slider: one("input.slider").value,
    title: one(".chart-title").textContent,
    spread: one(".spread").hidden ? null : one(".spread").textContent,
    legend: [...R.querySelectorAll(".legend-item")].map((l) => [l.querySelector(".legend-name").textContent, l.querySelector(".legend-value").textContent]),
    bars: [...R.querySelectorAll(".bar-row")].map((b) => [b.querySelector(".bar-name").textContent, b.querySelector(".pct").textContent]),
    lines: [...R.querySelectorAll(".chart path.line")].map((p) => (p.getAttribute("d") || "").length),
    tabs: [...R.querySelectorAll(".tab")].filter((t) => t.getAttribute("aria-selected") === "true").map((t) => t.textContent),
    error: document.getElementById("error").hidden ? null : document.getElementById("error").textContent,
    elementError: one(".error").hidden ? null : one(".error").textContent,
    notes: document.getElementById("notes").textContent,
    tooltip: one(".tooltip").hidden ? null : one(".tooltip").innerText,
    play: one(".play").getAttribute("aria-pressed"),
  };
}

/** What the cards must say at `asOf`, from the independent computation in helpers.js
 * (the element prints en-US minus signs as Intl does, "-1.1%"). */
function expectedRows(asOf) {
  const p = (x) => pct1(x).replace("\u2212", "-");
  return series.map((s) => {
    const c = expectedCard(s, asOf);
    return { "1D": p(c.d1), WTD: p(c.wtd), MTD: p(c.mtd), YTD: p(c.ytd) };
  });
}

test("Chromium: load the four real CSVs from file://, switch period and as-of date", { skip: skipWithoutData }, async () => {
  const browser = await chromium();
  const events = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on("console", (m) => { if (["error", "warning"].includes(m.type())) events.push(`console ${m.type()}: ${m.text()}`); });
    page.on("pageerror", (e) => events.push(`page error: ${e.message}`));
    page.on("request", (r) => { if (!r.url().startsWith("file://") && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) events.push(`request: ${r.url()}`); });
    await page.goto(pageUrl);
    await page.waitForFunction(() => document.querySelector("index-cards").getAttribute("data-state") === "ready");

    await page.setInputFiles("#files", files);
    await page.waitForFunction(() => { const R = document.querySelector("index-cards").shadowRoot; return !R.querySelector(".badge") && R.querySelectorAll(".card").length === 4; });
    let s = await page.evaluate(state);
    assert.equal(s.error, null);
    assert.equal(s.elementError, null);
    assert.match(s.notes, /russell2000\.csv: 9,685 closes \(ohlc, column close, 1987-09-10 to 2026-02-20\)/);
    assert.deepEqual((await page.evaluate(readCards)).map((c) => c.name), Object.values(NAMES));

    // The recap's week: Friday, November 22, 2024.
    await page.fill("input.date", "2024-11-22");
    await page.dispatchEvent("input.date", "change");
    await page.waitForFunction(() => document.querySelector("index-cards").asOf === "2024-11-22");
    let cards = await page.evaluate(readCards);
    const nov22 = expectedRows("2024-11-22");
    cards.forEach((c, i) => {
      assert.deepEqual(c.rows, nov22[i], c.name);
      assert.equal(c.date, "Close on Nov 22, 2024");
      assert.ok(c.spark, c.name + " sparkline");
    });
    assert.equal(cards[0].level, "2,406.67");
    assert.deepEqual([cards[0].rows.WTD, cards[0].rows.MTD, cards[0].rows.YTD], ["+4.5%", "+9.6%", "+18.7%"]);
    assert.equal(cards[1].rows.YTD, "+25.1%");
    assert.equal(cards[2].rows.YTD, "+26.6%");
    s = await page.evaluate(state);
    assert.equal(s.asOf, "As of Nov 22, 2024 · Year to date");
    assert.deepEqual(s.tabs, ["YTD"]);
    assert.equal(s.spread, "Small caps vs large caps: Russell 2000 trails S&P 500 by 6.4 pp (YTD)");
    assert.deepEqual(s.legend, [["Russell 2000", "+18.7%"], ["S&P 500", "+25.1%"], ["Nasdaq Composite", "+26.6%"], ["Dow Jones", "+17.5%"]]);
    assert.deepEqual(s.bars.map((b) => b[0]), ["Nasdaq Composite", "S&P 500", "Russell 2000", "Dow Jones"]);
    assert.equal(s.lines.length, 5, "four lines and the spread line");
    assert.ok(s.lines.every((n) => n > 100));
    // Crosshair by keyboard: End goes to the last date of the chart.
    await page.focus("svg.chart");
    await page.keyboard.press("End");
    s = await page.evaluate(state);
    assert.match(s.tooltip, /^Nov 22, 2024\n/);
    assert.match(s.tooltip, /Russell 2000\s+\+18\.7%/);
    assert.match(s.tooltip, /Small − large: -6\.4 pp/);
    await page.keyboard.press("ArrowLeft");
    assert.match((await page.evaluate(state)).tooltip, /^Nov 21, 2024\n/);
    await page.screenshot({ path: path.join(shots, "chromium-csv-ytd-2024-11-22.png"), fullPage: true });

    // Period tabs: click MTD, then the arrow key moves to QTD.
    await page.click('index-cards .tab[data-period="MTD"]');
    s = await page.evaluate(state);
    assert.deepEqual(s.tabs, ["MTD"]);
    assert.match(s.title, /^Month to date/);
    assert.equal(s.spread, "Small caps vs large caps: Russell 2000 leads S&P 500 by 4.9 pp (MTD)");
    assert.deepEqual(s.bars[0], ["Russell 2000", "+9.6%"]);
    await page.focus('index-cards .tab[data-period="MTD"]');
    await page.keyboard.press("ArrowRight");
    assert.deepEqual((await page.evaluate(state)).tabs, ["QTD"]);
    await page.click('index-cards .tab[data-period="1W"]');
    s = await page.evaluate(state);
    assert.deepEqual(s.legend[0], ["Russell 2000", "+4.5%"]);
    await page.click('index-cards .tab[data-period="MAX"]');
    s = await page.evaluate(state);
    assert.match(s.title, /^All data/);
    await page.click('index-cards .tab[data-period="YTD"]');

    // Move the as-of date back to the end of June: every figure follows.
    await page.fill("input.date", "2024-06-28");
    await page.dispatchEvent("input.date", "change");
    await page.waitForFunction(() => document.querySelector("index-cards").asOf === "2024-06-28");
    cards = await page.evaluate(readCards);
    const jun28 = expectedRows("2024-06-28");
    cards.forEach((c, i) => {
      assert.deepEqual(c.rows, jun28[i], c.name + " on 2024-06-28");
      assert.equal(c.date, "Close on Jun 28, 2024");
    });
    s = await page.evaluate(state);
    assert.equal(s.asOf, "As of Jun 28, 2024 · Year to date");
    assert.deepEqual(s.legend.map((l) => l[1]), jun28.map((r) => r.YTD));
    await page.screenshot({ path: path.join(shots, "chromium-csv-ytd-2024-06-28.png"), fullPage: true });

    // The slider is keyboard-operable: one step left is the previous trading day.
    await page.focus("input.slider");
    await page.keyboard.press("ArrowLeft");
    s = await page.evaluate(state);
    assert.equal(s.date, "2024-06-27");
    // A weekend date snaps to the Friday before.
    await page.fill("input.date", "2024-06-30");
    await page.dispatchEvent("input.date", "change");
    assert.equal((await page.evaluate(state)).date, "2024-06-28");

    // Replay: play moves the date forward day by day; pause stops it.
    await page.click("index-cards .play");
    await page.waitForFunction(() => document.querySelector("index-cards").asOf > "2024-07-03");
    await page.click("index-cards .play");
    const paused = (await page.evaluate(state)).date;
    await page.waitForTimeout(200);
    assert.equal((await page.evaluate(state)).date, paused);
    assert.equal((await page.evaluate(state)).play, "false");

    // A bad file is refused with its line and column; the loaded data stays.
    await page.setInputFiles("#files", { name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from("date,close\n2024-01-02,12x\n") });
    await page.waitForFunction(() => !document.getElementById("error").hidden);
    s = await page.evaluate(state);
    assert.equal(s.error, 'broken.csv: "broken": CSV line 2, column 2 (close): "12x" is not a number (missing days may be written as empty, "." or "null")');
    assert.equal((await page.evaluate(readCards)).length, 4);
    assert.equal((await page.evaluate(state)).date, paused, "a refused file changes nothing");

    // Dropping a file on the page adds it (a drop carries File objects, as from the desktop).
    const text = fs.readFileSync(files[0], "utf8").replace("date,open,high,low,close", "Date,Open,High,Low,Close");
    await page.evaluate((csv) => {
      const dt = new DataTransfer();
      dt.items.add(new File([csv], "^RUT.csv", { type: "text/csv" }));
      document.body.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForFunction(() => document.querySelector("index-cards").shadowRoot.querySelectorAll(".card").length === 5);
    const dropped = await page.evaluate(readCards);
    assert.equal(dropped[4].name, "Russell 2000");
    assert.deepEqual(dropped[4].rows, dropped[0].rows, "the dropped copy gives the same figures");
    assert.equal((await page.evaluate(state)).date, paused, "adding a file keeps the as-of date");

    // "Replay the last 30 days live": the element starts 30 trading days back and follows the
    // closes pushed one day at a time.
    await page.click("#live");
    const started = await page.evaluate(() => document.querySelector("index-cards").asOf);
    await page.waitForFunction((d) => document.querySelector("index-cards").asOf > d, started, { timeout: 5000 });
    const moved = await page.evaluate(() => document.querySelector("index-cards").asOf);
    assert.ok(moved > started, `${moved} after ${started}`);
    assert.equal(await page.getAttribute("#live", "aria-pressed"), "true");
    await page.click("#live");
    assert.equal(await page.getAttribute("#live", "aria-pressed"), "false");
    await page.waitForFunction(() => document.querySelector("index-cards").asOf === "2026-08-21");

    // Narrow (phone) layout still renders everything.
    await page.setViewportSize({ width: 390, height: 900 });
    await page.waitForTimeout(100);
    await page.screenshot({ path: path.join(shots, "chromium-csv-390.png"), fullPage: true });
    assert.deepEqual(events, []);
  } finally {
    await browser.close();
  }
});

test("Chromium: the demo page's file read over 300 ms shows a progress line that moves nothing; Cancel stops the worker and keeps the figures", async () => {
  const browser = await chromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
    const events = [];
    page.on("pageerror", (e) => events.push(e.message));
    // Before the page's scripts: the Worker probe, whose window.slowWorkers holds each message
    // to a worker for 5 s (a slow read to cancel).
    await page.addInitScript(WORKER_PROBE);
    await page.goto(pageUrl);
    await page.waitForFunction(() => document.querySelector("index-cards").getAttribute("data-state") === "ready");
    const look = () => page.evaluate(() => {
      const line = document.getElementById("loading");
      const box = line.getBoundingClientRect();
      return {
        hidden: line.hidden,
        text: line.textContent.replace(/\s+/g, " ").trim(),
        indeterminate: !document.getElementById("loading-bar").hasAttribute("value"),
        inView: box.top >= 0 && box.bottom <= innerHeight,
        top: document.querySelector("index-cards").getBoundingClientRect().top,
        levels: [...document.querySelector("index-cards").shadowRoot.querySelectorAll(".level")].map((l) => l.textContent),
        error: document.getElementById("error").hidden ? null : document.getElementById("error").textContent,
        workers: window.workers,
      };
    });
    const before = await look();
    assert.equal(before.hidden, true);
    await page.evaluate(() => { window.slowWorkers = true; });
    await page.setInputFiles("#files", { name: "slow.csv", mimeType: "text/csv", buffer: Buffer.from("date,close\n2024-05-01,1\n2024-05-02,2\n") });
    await page.waitForFunction(() => !document.getElementById("loading").hidden, null, { timeout: 4000 });
    const shown = await look();
    assert.equal(shown.text, "Reading slow.csv… Cancel");
    assert.ok(shown.indeterminate, "one file: a bar that says it is working");
    assert.ok(shown.inView, "the line is in view");
    assert.equal(shown.top, before.top, "showing the line moves nothing");
    assert.deepEqual(shown.levels, before.levels, "the figures before stay while the file is read");
    await page.click("#cancel");
    await page.waitForFunction(() => document.getElementById("loading").hidden);
    await page.waitForTimeout(200);
    const cancelled = await look();
    assert.deepEqual(cancelled.levels, before.levels, "Cancel keeps the figures shown before");
    assert.equal(cancelled.error, null, "a cancelled read is no error");
    assert.deepEqual([cancelled.workers.made, cancelled.workers.stopped], [1, 1], "Cancel stopped the worker");
    assert.deepEqual(events, []);
  } finally {
    await browser.close();
  }
});

test("Firefox ESR: the same CSVs through the file input give the same figures", { skip: skipWithoutData }, async () => {
  const browser = await firefox();
  const events = [];
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 1000 });
    page.on("console", (m) => { if (["error", "warn", "warning"].includes(m.type())) events.push(`console ${m.type()}: ${m.text()}`); });
    page.on("pageerror", (e) => events.push(`page error: ${e.message || e}`));
    page.on("request", (r) => { if (!r.url().startsWith("file://") && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) events.push(`request: ${r.url()}`); });
    await page.goto(pageUrl);
    await page.waitForFunction(() => document.querySelector("index-cards").getAttribute("data-state") === "ready");
    const input = await page.$("#files");
    await input.uploadFile(...files);
    await page.waitForFunction(() => { const R = document.querySelector("index-cards").shadowRoot; return !R.querySelector(".badge") && R.querySelectorAll(".card").length === 4; });
    await page.evaluate(() => {
      const date = document.querySelector("index-cards").shadowRoot.querySelector("input.date");
      date.value = "2024-11-22";
      date.dispatchEvent(new Event("change"));
    });
    await page.waitForFunction(() => document.querySelector("index-cards").asOf === "2024-11-22");
    const cards = await page.evaluate(readCards);
    const nov22 = expectedRows("2024-11-22");
    cards.forEach((c, i) => assert.deepEqual(c.rows, nov22[i], c.name));
    const s = await page.evaluate(state);
    assert.equal(s.spread, "Small caps vs large caps: Russell 2000 trails S&P 500 by 6.4 pp (YTD)");
    assert.equal(s.lines.length, 5);
    await page.screenshot({ path: path.join(shots, "firefox-csv-ytd-2024-11-22.png"), fullPage: true });
    assert.deepEqual(events, []);
  } finally {
    await browser.close();
  }
});
