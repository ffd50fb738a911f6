// <index-cards> and <index-figure> in headless Chromium, from file:// (and one http case on
// 127.0.0.1): every data source and attribute, themes and their contrast, de-DE, narrow and
// wide layouts, keyboard, accessible names, hostile names shown as text, zero requests, the
// mismatch flag, and the embed example under its CSP with hostile blog CSS. Pages are written at
// test time into target/pages (real closes are read from ../shared/data, never committed);
// screenshots go to target/screenshots.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const http = require("http");
const path = require("path");
const { pathToFileURL } = require("url");
const { root, dataDir, REAL, readReal, skipWithoutData, expectedCard } = require("./helpers");
const { chromium } = require("./browsers");

const pages = path.join(root, "target", "pages");
const shots = path.join(root, "target", "screenshots");
fs.mkdirSync(pages, { recursive: true });
fs.mkdirSync(shots, { recursive: true });
const real = skipWithoutData ? [] : REAL.map(readReal);
const csvText = skipWithoutData ? {} : Object.fromEntries(REAL.map((r) => [r.id, fs.readFileSync(path.join(dataDir, r.file), "utf8")]));
const needsData = { skip: skipWithoutData };

/** A small JSON data set from the real closes around the recap's week (2023-11-01 … 2024-11-22). */
function window2024(ids) {
  return real.filter((s) => !ids || ids.includes(s.id)).map((s) => {
    const keep = s.dates.map((d, i) => [d, s.closes[i]]).filter(([d]) => d >= "2023-11-01" && d <= "2024-11-22");
    return { id: s.id, name: s.name, dates: keep.map((p) => p[0]), closes: keep.map((p) => p[1]) };
  });
}
const escapeAttr = (t) => t.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
const escapeText = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");

function page(name, body, { lang = "en", csp = true } = {}) {
  const file = path.join(pages, name + ".html");
  fs.writeFileSync(file, `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
${csp ? `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src blob:">` : ""}
<link rel="icon" href="data:,"><script src="../../www/indexcards.js"></script></head><body>${body}</body></html>`);
  return pathToFileURL(file).href;
}

let browser;
test.before(async () => {
  browser = await chromium();
});
test.after(async () => { if (browser) await browser.close(); });

/** Opens a page, failing on console errors, page errors and requests beyond the allowed. */
async function open(url, { width = 1200, colorScheme = "light", allow = () => false, waitFor = "index-cards" } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const p = await context.newPage();
  p.events = [];
  p.warnings = [];
  p.requests = [];
  p.on("console", (m) => {
    if (m.type() === "error") p.events.push(`console error: ${m.text()}`);
    if (m.type() === "warning") p.warnings.push(m.text());
  });
  p.on("pageerror", (e) => p.events.push(`page error: ${e.message}`));
  p.on("request", (r) => {
    p.requests.push(r.url());
    const u = r.url();
    // blob: is the CSV worker's script, made in the page's memory (no network).
    const own = u.startsWith("data:") || u.startsWith("blob:") || (u.startsWith("file://") && (u.startsWith(pathToFileURL(pages).href) || u.endsWith("/www/indexcards.js")));
    if (!own && !allow(u)) p.events.push(`request: ${u}`);
  });
  await p.goto(url);
  // Elements with data settle as ready or error; one without data (yet) keeps a placeholder.
  await p.waitForFunction((sel) => [...document.querySelectorAll(sel)].every((e) => e.getAttribute("data-state")), waitFor);
  return p;
}
async function close(p) { await p.context().close(); }

// Run in the page: what one <index-cards> shows.
function read(selector) {
  const host = document.querySelector(selector || "index-cards");
  const R = host.shadowRoot;
  const q = (el, s) => (el.querySelector(s) ? el.querySelector(s).textContent : null);
  return {
    state: host.getAttribute("data-state"),
    error: R.querySelector(".error").hidden ? null : R.querySelector(".error").textContent,
    head: q(R, ".asof"),
    cards: [...R.querySelectorAll(".card")].map((c) => ({
      id: c.dataset.id,
      name: q(c, ".name"),
      level: q(c, ".level"),
      rows: Object.fromEntries([...c.querySelectorAll(".change")].map((r) => [r.dataset.key, r.querySelector(".pct").textContent])),
      keys: [...c.querySelectorAll(".change-key")].map((k) => k.textContent),
      label: c.getAttribute("aria-label"),
      high: q(c, ".high"),
    })),
    tabs: [...R.querySelectorAll(".tab")].filter((t) => t.getAttribute("aria-selected") === "true").map((t) => t.dataset.period),
    controlsShown: getComputedStyle(R.querySelector(".controls")).display !== "none",
    chartShown: getComputedStyle(R.querySelector(".compare")).display !== "none",
    legend: [...R.querySelectorAll(".legend-item")].map((l) => l.textContent),
    columns: getComputedStyle(R.querySelector(".cards")).gridTemplateColumns.split(" ").filter((t) => parseFloat(t) > 0).length,
    table: [...R.querySelectorAll(".sr-table tr")].map((tr) => [...tr.children].map((c) => c.textContent)),
    bg: getComputedStyle(R.querySelector(".ic")).backgroundColor,
    images: R.querySelectorAll("img").length,
  };
}

const json = JSON.stringify(window2024());

test("data from a data-series attribute, an inline JSON script, CSV templates and el.data", needsData, async () => {
  const url = page("sources", `
    <index-cards id="attr" as-of="2024-11-22" data-series="${escapeAttr(json)}"></index-cards>
    <index-cards id="script" as-of="2024-11-22"><script type="application/json">${json.replace(/</g, "\\u003c")}</script></index-cards>
    <index-cards id="tpl" as-of="2024-11-22">
      <template data-id="RUT" data-name="Russell 2000">${escapeText(csvText.RUT)}</template>
      <template data-id="SPX" data-name="S&amp;P 500">${escapeText(csvText.SPX)}</template>
    </index-cards>
    <index-cards id="prop" as-of="2024-11-22"></index-cards>`);
  const p = await open(url, { waitFor: "index-cards:not(#prop)" });
  // Before it has data, an element keeps a quiet placeholder of its final size: no data-state.
  assert.deepEqual(await p.evaluate(() => {
    const el = document.getElementById("prop");
    return [el.getAttribute("data-state"), el.shadowRoot.querySelectorAll(".card").length, el.shadowRoot.querySelector(".error").hidden];
  }), [null, 4, true]);
  // el.data (the property) is set from script, as a page's own code would.
  await p.evaluate((data) => { document.getElementById("prop").data = JSON.parse(data); }, json);
  await p.waitForFunction(() => document.getElementById("prop").getAttribute("data-state") === "ready");
  const want = real.map((s) => expectedCard(s, "2024-11-22"));
  for (const id of ["#attr", "#script", "#prop"]) {
    const seen = await p.evaluate(read, id);
    assert.equal(seen.error, null, id);
    assert.deepEqual(seen.cards.map((c) => c.name), ["Russell 2000", "S&P 500", "Nasdaq Composite", "Dow Jones"], id);
    assert.equal(seen.cards[0].level, "2,406.67", id);
    assert.deepEqual(seen.cards[0].rows, { "1D": "+1.8%", WTD: "+4.5%", MTD: "+9.6%", YTD: "+18.7%" }, id);
    assert.equal(seen.cards[3].rows.YTD, "+" + (want[3].ytd * 100).toFixed(1) + "%", id);
  }
  const tpl = await p.evaluate(read, "#tpl");
  assert.deepEqual(tpl.cards.map((c) => [c.name, c.level, c.rows.YTD]), [["Russell 2000", "2,406.67", "+18.7%"], ["S&P 500", "5,969.34", "+25.1%"]]);
  assert.deepEqual(p.events, []);
  await close(p);
});

test("src: a clear message from file://, and the named file over http", needsData, async () => {
  const fileUrl = page("src", `<index-cards src="russell2000.csv"></index-cards>`);
  let p = await open(fileUrl);
  const seen = await p.evaluate(read);
  assert.equal(seen.state, "error");
  assert.match(seen.error, /^This page was opened from a file \(file:\/\/\), and browsers do not let such a page read other files by address, so src="russell2000\.csv" cannot be loaded\./);
  assert.deepEqual(p.events, []);
  await close(p);

  // Over http the element fetches exactly the file its author named.
  const server = http.createServer((req, res) => {
    if (req.url === "/page.html") {
      res.setHeader("content-type", "text/html");
      return res.end(`<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><script src="/indexcards.js"></script></head><body>
        <index-cards src="/data/russell2000.csv" as-of="2024-11-22"></index-cards></body></html>`);
    }
    if (req.url === "/indexcards.js") return res.end(fs.readFileSync(path.join(root, "www", "indexcards.js")));
    if (req.url === "/data/russell2000.csv") return res.end(csvText.RUT);
    res.statusCode = 404;
    res.end();
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    p = await open(base + "/page.html", { allow: (u) => u.startsWith(base) });
    await p.waitForFunction(() => document.querySelector("index-cards").getAttribute("data-state") === "ready");
    const over = await p.evaluate(read);
    assert.deepEqual(over.cards.map((c) => [c.name, c.rows.YTD]), [["Russell 2000", "+18.7%"]]);
    assert.deepEqual(p.requests.filter((u) => u.startsWith(base)).map((u) => u.slice(base.length)).sort(), ["/data/russell2000.csv", "/indexcards.js", "/page.html"]);
    assert.deepEqual(p.events, []);
    await close(p);
  } finally {
    server.close();
  }
});

test("attributes: as-of, period, series, reference, compact, and changes re-render", needsData, async () => {
  const url = page("attrs", `<index-cards id="a" as-of="2024-06-28" period="MTD" series="SPX,RUT" reference="SPX" data-series="${escapeAttr(json)}"></index-cards>`);
  const p = await open(url);
  let seen = await p.evaluate(read, "#a");
  assert.deepEqual(seen.cards.map((c) => c.id), ["SPX", "RUT"]);
  assert.match(seen.head, /^As of Jun 28, 2024 · Month to date$/);
  assert.deepEqual(seen.tabs, ["MTD"]);
  assert.match(seen.legend[1], /^Russell 2000[+-]\d+\.\d%\([+-]\d+\.\d pp vs S&P 500\)$/);
  await p.evaluate(() => {
    const e = document.getElementById("a");
    e.setAttribute("as-of", "2024-11-22");
    e.setAttribute("period", "YTD");
    e.setAttribute("series", "RUT");
    e.removeAttribute("reference");
  });
  await p.waitForFunction(() => document.getElementById("a").shadowRoot.querySelector(".asof").textContent.startsWith("As of Nov 22, 2024 · Year"));
  seen = await p.evaluate(read, "#a");
  assert.deepEqual(seen.cards.map((c) => [c.id, c.rows.YTD]), [["RUT", "+18.7%"]]);
  assert.deepEqual(seen.tabs, ["YTD"]);
  assert.equal(seen.controlsShown, true);
  await p.evaluate(() => document.getElementById("a").setAttribute("compact", ""));
  await p.waitForFunction(() => document.getElementById("a").shadowRoot.querySelector(".ic").classList.contains("compact"));
  seen = await p.evaluate(read, "#a");
  assert.equal(seen.controlsShown, false);
  assert.equal(seen.chartShown, false);
  await p.evaluate(() => document.getElementById("a").setAttribute("series", "NOPE"));
  await p.waitForFunction(() => document.getElementById("a").getAttribute("data-state") === "error");
  assert.equal((await p.evaluate(read, "#a")).error, 'series="NOPE": no series with id "NOPE"');
  assert.deepEqual(p.events, []);
  await close(p);
});

/** WCAG relative-luminance contrast of two rgb() colors. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}
function colors() {
  const R = document.querySelector("index-cards").shadowRoot;
  const card = R.querySelector(".card");
  const style = (el) => getComputedStyle(el);
  return {
    card: style(card).backgroundColor,
    text: style(card.querySelector(".level")).color,
    muted: style(card.querySelector(".close-date")).color,
    up: style(R.querySelector(".change.up .pct")).color,
    down: style(R.querySelector(".change.down .pct") || R.querySelector(".high.down .pct")).color,
    tab: [style(R.querySelector('.tab[aria-selected="true"]')).color, style(R.querySelector('.tab[aria-selected="true"]')).backgroundColor],
    bg: style(R.querySelector(".ic")).backgroundColor,
  };
}

test("themes: light, dark and auto (following prefers-color-scheme), all at least WCAG AA", needsData, async () => {
  const body = (theme) => `<index-cards theme="${theme}" as-of="2024-06-28" data-series="${escapeAttr(json)}"></index-cards>`;
  const results = {};
  for (const [theme, scheme] of [["light", "dark"], ["dark", "light"], ["auto", "dark"], ["auto", "light"]]) {
    const p = await open(page("theme-" + theme, body(theme)), { colorScheme: scheme });
    const c = await p.evaluate(colors);
    results[theme + "/" + scheme] = c;
    for (const key of ["text", "muted", "up", "down"]) {
      assert.ok(contrast(c[key], c.card) >= 4.5, `${theme}/${scheme} ${key} ${c[key]} on ${c.card}: ${contrast(c[key], c.card).toFixed(2)}`);
    }
    assert.ok(contrast(c.tab[0], c.tab[1]) >= 4.5, `${theme} selected tab`);
    await p.screenshot({ path: path.join(shots, `element-theme-${theme}-${scheme}.png`), fullPage: true });
    await close(p);
  }
  assert.equal(results["light/dark"].bg, results["auto/light"].bg, "light ignores the dark preference");
  assert.equal(results["dark/light"].bg, results["auto/dark"].bg, "auto follows a dark preference");
  assert.notEqual(results["light/dark"].bg, results["dark/light"].bg);
});

test("de-DE: numbers, percentages, dates and words in German; the page's lang is the default", needsData, async () => {
  const p = await open(page("de", `<index-cards as-of="2024-11-22" data-series="${escapeAttr(json)}"></index-cards>`, { lang: "de-DE" }));
  const seen = await p.evaluate(read);
  assert.equal(seen.cards[0].level, "2.406,67");
  assert.equal(seen.cards[0].rows.YTD, "+18,7\u00a0%");
  assert.deepEqual(seen.cards[0].keys, ["1T", "Woche", "Monat", "Jahr"]);
  assert.match(seen.head, /^Stand 22\.11\.2024 · Seit Jahresbeginn$/);
  assert.match(seen.cards[0].label, /^Russell 2000, 2\.406,67, plus 1,8\u00a0% heute, plus 4,5\u00a0% diese Woche, plus 9,6\u00a0% diesen Monat, plus 18,7\u00a0% seit Jahresbeginn/);
  await p.evaluate(() => document.querySelector("index-cards").setAttribute("locale", "en-US"));
  await p.waitForFunction(() => document.querySelector("index-cards").shadowRoot.querySelector(".level").textContent === "2,406.67");
  await p.screenshot({ path: path.join(shots, "element-de-DE.png"), fullPage: true });
  assert.deepEqual(p.events, []);
  await close(p);
});

test("notes are worded in the page's language: an older base, no close in the prior month, no data yet", async () => {
  const notes = JSON.stringify([
    // 1D spans a week (since Nov 15); no close in October, so no month-to-date figure.
    { id: "SPX", name: "S&P 500", dates: ["2023-12-29", "2024-11-15", "2024-11-22"], closes: [100, 110, 115] },
    // Starts after the as-of date: no card figures, and no small-vs-large figure either.
    { id: "RUT", name: "Russell 2000", dates: ["2024-12-02", "2024-12-03"], closes: [5, 6] },
  ]);
  const readNotes = () => {
    const R = document.querySelector("index-cards").shadowRoot;
    return [...R.querySelectorAll(".card")].map((c) => [...c.querySelectorAll(".note, .missing")].map((n) => n.textContent))
      .concat([[R.querySelector(".spread").textContent]]);
  };
  const p = await open(page("notes", `<index-cards as-of="2024-11-22" data-series="${escapeAttr(notes)}"></index-cards>`, { lang: "de-DE" }));
  assert.deepEqual(await p.evaluate(readNotes), [
    ["seit 15.11.2024", "kein Schluss im Vormonat"],
    ["keine Daten bis 22.11.2024; sie beginnen am 02.12.2024"],
    ["Nebenwerte gegen Standardwerte: Russell 2000 gegen S&P 500: kein Wert für YTD"],
  ]);
  await p.evaluate(() => document.querySelector("index-cards").setAttribute("locale", "en-US"));
  await p.waitForFunction(() => document.querySelector("index-cards").shadowRoot.querySelector(".level").textContent === "115");
  assert.deepEqual(await p.evaluate(readNotes), [
    ["since Nov 15, 2024", "no close in the prior month"],
    ["no data on or before Nov 22, 2024; it starts Dec 2, 2024"],
    ["Small caps vs large caps: Russell 2000 vs S&P 500: no figure for YTD"],
  ]);
  const label = await p.evaluate(() => document.querySelector("index-cards").shadowRoot.querySelectorAll(".card")[1].getAttribute("aria-label"));
  assert.equal(label, "Russell 2000: no data on or before Nov 22, 2024; it starts Dec 2, 2024");
  assert.deepEqual(p.events, []);
  await close(p);
});

test("narrow and wide: one column on a phone, a grid when wide", needsData, async () => {
  const url = page("widths", `<index-cards as-of="2024-11-22" data-series="${escapeAttr(json)}"></index-cards>`);
  for (const [width, columns] of [[390, 1], [1280, 4]]) {
    const p = await open(url, { width });
    const seen = await p.evaluate(read);
    assert.equal(seen.columns, columns, `${width}px`);
    await p.screenshot({ path: path.join(shots, `element-${width}.png`), fullPage: true });
    await close(p);
  }
});

test("keyboard: tabs, slider and chart crosshair, with a visible focus ring", needsData, async () => {
  const p = await open(page("keys", `<button id="before">before</button><index-cards as-of="2024-11-22" data-series="${escapeAttr(json)}"></index-cards>`));
  await p.focus("#before");
  await p.keyboard.press("Tab"); // the selected period tab
  const focused = () => {
    const el = document.querySelector("index-cards").shadowRoot.activeElement;
    return el ? { cls: el.className, period: el.dataset.period || null, outline: getComputedStyle(el).outlineStyle, width: getComputedStyle(el).outlineWidth } : null;
  };
  let f = await p.evaluate(focused);
  assert.deepEqual([f.cls, f.period], ["tab", "YTD"]);
  assert.equal(f.outline, "solid");
  assert.equal(f.width, "3px");
  await p.keyboard.press("ArrowRight");
  assert.deepEqual((await p.evaluate(read)).tabs, ["1Y"]);
  await p.keyboard.press("ArrowLeft");
  await p.keyboard.press("Tab"); // play
  await p.keyboard.press("Tab"); // slider
  f = await p.evaluate(focused);
  assert.equal(f.cls, "slider");
  await p.keyboard.press("ArrowLeft");
  assert.equal(await p.evaluate(() => document.querySelector("index-cards").asOf), "2024-11-21");
  await p.focus("index-cards svg.chart");
  await p.keyboard.press("Home");
  const tip = await p.evaluate(() => document.querySelector("index-cards").shadowRoot.querySelector(".tooltip").textContent);
  assert.match(tip, /^Dec 29, 2023Russell 2000\+0\.0%|^Dec 29, 2023Russell 20000\.0%/);
  assert.deepEqual(p.events, []);
  await close(p);
});

test("accessible names: each card reads as a sentence, the chart has a table", needsData, async () => {
  const p = await open(page("a11y", `<index-cards as-of="2024-11-22" data-series="${escapeAttr(json)}"></index-cards>`));
  const article = p.getByRole("article", { name: /^Russell 2000, 2,406\.67, up 1\.8% today, up 4\.5% this week, up 9\.6% this month, up 18\.7% this year, down 1\.2% from its closing high$/ });
  // (The data here starts in November 2023, so the closing high is the one of 2024-11-11.)
  assert.equal(await article.count(), 1);
  assert.equal(await p.getByRole("tab", { name: "Year to date" }).getAttribute("aria-selected"), "true");
  assert.equal(await p.getByRole("slider", { name: "As-of date" }).getAttribute("aria-valuetext"), "Nov 22, 2024");
  const seen = await p.evaluate(read);
  assert.deepEqual(seen.table[0], ["Index", "Return", "Level"]);
  assert.deepEqual(seen.table[1], ["Nasdaq Composite", "+26.6%", "19,003.65"]);
  assert.equal(seen.table.length, 5);
  await close(p);
});

test("names and ids from data are text, never HTML; the page makes no request", async () => {
  const evil = '<img src=x onerror="window.__pwned=1">';
  const data = JSON.stringify([{ id: evil, name: evil + " & <b>bold</b>", dates: ["2024-11-21", "2024-11-22"], closes: [1, 2] }]);
  const p = await open(page("xss", `<index-cards data-series="${escapeAttr(data)}"></index-cards>`));
  await p.waitForTimeout(200);
  const seen = await p.evaluate(read);
  assert.equal(seen.cards[0].name, evil + " & <b>bold</b>");
  assert.equal(seen.cards[0].id, evil);
  assert.equal(seen.images, 0);
  assert.equal(await p.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(p.events, []);
  assert.ok(p.requests.every((u) => u.startsWith("file://") || u.startsWith("data:") || u.startsWith("blob:")), p.requests.join(" "));
  await close(p);
});

test("index-figure: a wrong typed figure is flagged once, a right one is not, an empty one is filled", needsData, async () => {
  const data = escapeAttr(JSON.stringify(window2024(["RUT", "SPX", "DJI"])));
  const url = page("figures", `
    <p>The Russell 2000 is up <index-figure id="rut" series="RUT" metric="ytd">18.7%</index-figure> this year,
    the same as the Dow's <index-figure id="dji" series="DJI" metric="ytd">18.7%</index-figure>;
    the S&amp;P 500 closed at <index-figure id="spx" series="SPX" metric="close">5,969.34</index-figure>
    and rose <index-figure id="wtd" series="SPX" metric="wtd"></index-figure> on the week.</p>
    <index-cards id="c" as-of="2024-11-22" data-series="${data}"></index-cards>`);
  const p = await open(url);
  await p.waitForFunction(() => document.getElementById("dji").hasAttribute("data-mismatch"));
  const figs = await p.evaluate(() => Object.fromEntries([...document.querySelectorAll("index-figure")].map((f) => [f.id, {
    mismatch: f.hasAttribute("data-mismatch"), title: f.getAttribute("title"), shown: f.shadowRoot.querySelector(".figure").textContent || f.textContent.trim(),
    underline: getComputedStyle(f.shadowRoot.querySelector(".figure")).textDecorationLine,
  }])));
  assert.equal(figs.rut.mismatch, false);
  assert.equal(figs.rut.title, null);
  assert.equal(figs.spx.mismatch, false);
  assert.equal(figs.dji.mismatch, true);
  assert.equal(figs.dji.shown, "18.7%", "the author's text stays visible");
  assert.equal(figs.dji.underline, "underline");
  assert.match(figs.dji.title, /^The data gives \+17\.5% \(Dow Jones, ytd, as of 2024-11-22\)$/);
  assert.equal(figs.wtd.shown, "+1.7%");
  // Re-rendering (another period) does not warn again.
  await p.click('index-cards .tab[data-period="MTD"]');
  await p.waitForTimeout(100);
  assert.equal(p.warnings.length, 1, p.warnings.join("\n"));
  assert.match(p.warnings[0], /^index-figure: "18\.7%" for DJI ytd disagrees with the data, which gives \+17\.5% as of 2024-11-22\.$/);
  await p.screenshot({ path: path.join(shots, "element-figures.png"), fullPage: true });
  assert.deepEqual(p.events, []);
  await close(p);
});

test("embed example: hostile blog CSS and a strict CSP, the widget as designed", async () => {
  const url = pathToFileURL(path.join(root, "www", "embed-example.html")).href;
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const p = await context.newPage();
    const events = [];
    p.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") events.push(m.text()); });
    p.on("pageerror", (e) => events.push(e.message));
    p.on("request", (r) => { if (!r.url().startsWith("file://") && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) events.push(r.url()); });
    await p.goto(url);
    await p.waitForFunction(() => [...document.querySelectorAll("index-cards")].every((e) => e.getAttribute("data-state") === "ready"));
    const seen = await p.evaluate(read, "#recap");
    assert.deepEqual(seen.cards.map((c) => [c.name, c.level, c.rows.YTD]), [
      ["Russell 2000", "2,407", "+18.7%"], ["S&P 500", "5,969", "+25.5%"], ["Nasdaq Composite", "19,004", "+26.7%"], ["Dow Jones", "44,296", "+18.7%"],
    ]);
    assert.equal(seen.columns, width > 900 ? 4 : 1);
    // The blog's magenta-on-yellow and 28px root font do not reach inside.
    const look = await p.evaluate(() => {
      const R = document.querySelector("#recap").shadowRoot;
      const s = getComputedStyle(R.querySelector(".level"));
      const tab = getComputedStyle(R.querySelector(".tab"));
      return { color: s.color, size: s.fontSize, cardBg: getComputedStyle(R.querySelector(".card")).backgroundColor, tabSize: tab.fontSize, display: getComputedStyle(document.querySelector("#recap")).display };
    });
    assert.deepEqual(look, { color: "rgb(22, 24, 29)", size: "28px", cardBg: "rgb(255, 255, 255)", tabSize: "14px", display: "block" });
    const mismatches = await p.evaluate(() => document.querySelectorAll("index-figure[data-mismatch]").length);
    assert.equal(mismatches, 0, "the post's figures agree with its data");
    await p.screenshot({ path: path.join(shots, `embed-example-${width}.png`), fullPage: true });
    assert.deepEqual(events, []);
    await context.close();
  }
});

test("the embed example carries exactly the demo's as-reported data", () => {
  global.window = {};
  require(path.join(root, "www", "demo-data.js"));
  const demo = global.window.INDEXCARDS_DEMO.series.map(({ id, name, asReported, dates, closes }) => ({ id, name, asReported, dates, closes }));
  const html = fs.readFileSync(path.join(root, "www", "embed-example.html"), "utf8");
  const inline = JSON.parse(html.match(/<script type="application\/json">([\s\S]*?)<\/script>/)[1]);
  assert.deepEqual(inline, demo);
});

test("el.push: a live price updates only the values that changed, with a flash unless motion is reduced", needsData, async () => {
  const data = window2024(["RUT", "SPX"]);
  const url = page("push", `<index-cards id="live" data-series="${escapeAttr(JSON.stringify(data))}"></index-cards>`);
  for (const reducedMotion of ["no-preference", "reduce"]) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, reducedMotion });
    const p = await context.newPage();
    const events = [];
    p.on("console", (m) => { if (m.type() === "error") events.push(m.text()); });
    p.on("pageerror", (e) => events.push(e.message));
    await p.goto(url);
    await p.waitForFunction(() => document.getElementById("live").getAttribute("data-state") === "ready");
    // Moving the as-of date changes every figure in place, and nothing flashes.
    await p.evaluate(() => {
      const el = document.getElementById("live");
      el.shadowRoot.querySelector(".card .level").__tag = "before";
      el.setAttribute("as-of", "2024-06-28");
    });
    await p.waitForFunction(() => document.getElementById("live").asOf === "2024-06-28");
    const moved = await p.evaluate(() => {
      const el = document.getElementById("live");
      const after = el.shadowRoot.querySelector(".card .level");
      return { same: after.__tag === "before", text: after.textContent, flashes: el.shadowRoot.querySelectorAll(".flash").length };
    });
    assert.deepEqual(moved, { same: true, text: "2,047.69", flashes: 0 });
    await p.evaluate(() => document.getElementById("live").removeAttribute("as-of"));
    await p.waitForFunction(() => document.getElementById("live").asOf === "2024-11-22");
    // Tag the current nodes, push an intraday tick for RUT, and see which nodes changed.
    const result = await p.evaluate(async () => {
      const el = document.getElementById("live");
      const R = el.shadowRoot;
      const [rut, spx] = R.querySelectorAll(".card");
      rut.__tag = "rut";
      spx.__tag = "spx";
      const rutLevel = rut.querySelector(".level");
      rutLevel.__tag = "level";
      const before = { rutLevel: rutLevel.textContent, spx: spx.textContent };
      el.push("RUT", "2024-11-22", 2450.5);
      // Updates are coalesced to one render an animation frame: the element's frame comes first.
      await new Promise((r) => requestAnimationFrame(() => r()));
      const [rut2, spx2] = R.querySelectorAll(".card");
      const level2 = rut2.querySelector(".level");
      return {
        sameCards: rut2.__tag === "rut" && spx2.__tag === "spx",
        sameLevelNode: level2.__tag === "level",
        level: level2.textContent,
        before,
        levelFlash: level2.classList.contains("flash"),
        highlight: getComputedStyle(level2).backgroundColor,
        spxUnchanged: spx2.textContent === before.spx,
        spxFlashes: spx2.querySelectorAll(".flash").length,
        cardsClose: el.cards[0].close,
        asOf: el.asOf,
      };
    });
    assert.equal(result.sameCards, true, "cards are updated in place");
    assert.equal(result.sameLevelNode, true);
    assert.equal(result.before.rutLevel, "2,406.67");
    assert.equal(result.level, "2,450.50");
    assert.equal(result.levelFlash, true);
    assert.equal(result.highlight, reducedMotion === "reduce" ? "rgba(0, 0, 0, 0)" : "rgb(253, 230, 138)");
    assert.equal(result.spxUnchanged, true);
    assert.equal(result.spxFlashes, 0);
    assert.equal(result.cardsClose, 2450.5);
    // A new day moves the element on to it; a bad push throws and changes nothing.
    const next = await p.evaluate(() => {
      const el = document.getElementById("live");
      el.push("RUT", "2024-11-25", 2460);
      let error = null;
      try { el.push("RUT", "2024-11-01", 1); } catch (e) { error = e.message; }
      return { asOf: el.asOf, close: el.cards[0].close, error };
    });
    assert.deepEqual(next, { asOf: "2024-11-25", close: 2460, error: 'push to series "RUT" on 2024-11-01 refused: it is before the last date, 2024-11-25; only the last date or a later one can be pushed; nothing was changed' });
    assert.deepEqual(events, []);
    await context.close();
  }
});

test("hostile attributes and inline data are answered with an error naming them; fixing them recovers", needsData, async () => {
  const p = await open(page("hostile", `<index-cards id="h" data-series="${escapeAttr(json)}"></index-cards>
    <index-cards id="bad-json"><script type="application/json">[{"id": "A", "dates": [</script></index-cards>
    <index-cards id="bad-type" data-series='{"id":"A"}'></index-cards>
    <index-cards id="bad-date" data-series='[{"id":"A","dates":["99999-01-01"],"closes":[1]}]'></index-cards>
    <index-cards id="rtl" data-series='[{"id":"T","name":"مؤشر تاسي \u202e<b>x</b>","dates":["2024-01-02"],"closes":[1]}]'></index-cards>`));
  const state = (id) => p.evaluate((sel) => {
    const el = document.querySelector(sel);
    const R = el.shadowRoot;
    return { state: el.getAttribute("data-state"), error: R.querySelector(".error").hidden ? null : R.querySelector(".error").textContent,
      cardsShown: getComputedStyle(R.querySelector(".cards")).display !== "none", name: R.querySelector(".card .name") ? R.querySelector(".card .name").textContent : null };
  }, id);
  assert.equal((await state("#bad-json")).error.startsWith("The <script type=\"application/json\"> child is not valid JSON: "), true);
  assert.equal((await state("#bad-type")).error, "series must be an array, got an object");
  assert.equal((await state("#bad-date")).error, 'series "A": dates[0] "99999-01-01" is not a date of the form YYYY-MM-DD');
  assert.equal((await state("#rtl")).name, "مؤشر تاسي \u202e<b>x</b>");
  for (const [attr, value, message] of [
    ["as-of", "2024-13-45", 'as-of="2024-13-45" has month 13, outside 01..12'],
    ["as-of", "0000-01-01", 'as-of="0000-01-01" has year 0000, outside 0001..9999'],
    ["period", "2W", 'period="2W" must be one of 1W, MTD, QTD, YTD, 1Y, 5Y, MAX (or WTD, 3Y)'],
    ["theme", "neon", 'theme="neon" must be light, dark or auto'],
    ["lang", "not a tag!", 'lang="not a tag!" is not a language tag such as en-US or de-DE'],
    ["reference", "__proto__", 'reference "__proto__" is not one of the series: "RUT", "SPX", "IXIC", "DJI"'],
    ["data-series", '[{"id":"A","dates":["2024-01-02"],"closes":[-1]}]', 'series "A": closes[0] (on 2024-01-02) is -1; closes must be positive, finite numbers'],
  ]) {
    await p.evaluate(([a, v]) => document.getElementById("h").setAttribute(a, v), [attr, value]);
    await p.waitForFunction(() => document.getElementById("h").getAttribute("data-state") === "error");
    const s = await state("#h");
    assert.equal(s.error, message, attr);
    assert.equal(s.cardsShown, false, "no stale cards beside the error");
    await p.evaluate((a) => document.getElementById("h").removeAttribute(a), attr);
    if (attr === "data-series") await p.evaluate((d) => document.getElementById("h").setAttribute("data-series", d), json);
    await p.waitForFunction(() => document.getElementById("h").getAttribute("data-state") === "ready");
    assert.equal((await state("#h")).error, null, "recovers after " + attr);
  }
  assert.deepEqual(p.events, []);
  await close(p);
});

test("Firefox ESR: data sources (Files too), de-DE, hostile names as text, keyboard, a pushed tick, the mismatch flag", needsData, async () => {
  const { firefox } = require("./browsers");
  const ff = await firefox();
  try {
    const p = await ff.newPage();
    await p.setViewport({ width: 1200, height: 900 });
    const events = [];
    p.on("console", (m) => { if (m.type() === "error") events.push(`console error: ${m.text()}`); });
    p.on("pageerror", (e) => events.push(`page error: ${e.message || e}`));
    const settled = () => p.waitForFunction(() => [...document.querySelectorAll("index-cards")].every((e) => e.getAttribute("data-state")));

    // Every data source, el.data with series and with Files (read as bytes by parseCsv).
    const evil = '<img src=x onerror="window.__pwned=1">';
    const hostile = JSON.stringify([{ id: "X", name: evil, dates: ["2024-11-21", "2024-11-22"], closes: [1, 2] }]);
    await p.goto(page("firefox", `
      <index-cards id="attr" as-of="2024-11-22" data-series="${escapeAttr(json)}"></index-cards>
      <index-cards id="script" as-of="2024-11-22"><script type="application/json">${json.replace(/</g, "\\u003c")}</script></index-cards>
      <index-cards id="tpl" as-of="2024-11-22"><template data-id="RUT" data-name="Russell 2000">${escapeText(csvText.RUT)}</template></index-cards>
      <index-cards id="prop" as-of="2024-11-22" data-series="${escapeAttr(json)}"></index-cards>
      <index-cards id="files" as-of="2024-11-22" data-series="${escapeAttr(json)}"></index-cards>
      <index-cards id="xss" data-series="${escapeAttr(hostile)}"></index-cards>
      <p>The Dow is up <index-figure id="dji" for="attr" series="DJI" metric="ytd">18.7%</index-figure> this year.</p>`));
    await settled();
    await p.evaluate((data, csv) => {
      document.getElementById("prop").data = JSON.parse(data);
      document.getElementById("files").data = [new File([csv], "russell2000.csv", { type: "text/csv" })];
    }, json, csvText.RUT);
    await p.waitForFunction(() => {
      const f = document.getElementById("files");
      return f.getAttribute("data-state") === "ready" && f.shadowRoot.querySelectorAll(".card").length === 1;
    });
    for (const id of ["#attr", "#script", "#prop"]) {
      const seen = await p.evaluate(read, id);
      assert.equal(seen.error, null, id);
      assert.deepEqual(seen.cards.map((c) => c.name), ["Russell 2000", "S&P 500", "Nasdaq Composite", "Dow Jones"], id);
      assert.deepEqual(seen.cards[0].rows, { "1D": "+1.8%", WTD: "+4.5%", MTD: "+9.6%", YTD: "+18.7%" }, id);
    }
    for (const id of ["#tpl", "#files"]) {
      assert.deepEqual((await p.evaluate(read, id)).cards.map((c) => [c.name, c.level, c.rows.YTD]), [["Russell 2000", "2,406.67", "+18.7%"]], id);
    }
    const xss = await p.evaluate(read, "#xss");
    assert.deepEqual([xss.cards[0].name, xss.images], [evil, 0]);
    assert.equal(await p.evaluate(() => window.__pwned), undefined);
    await p.waitForFunction(() => document.getElementById("dji").hasAttribute("data-mismatch"));
    assert.match(await p.evaluate(() => document.getElementById("dji").getAttribute("title")), /^The data gives \+17\.5% \(Dow Jones, ytd, as of 2024-11-22\)$/);

    // Keyboard: focus the selected tab, move to the next period.
    await p.evaluate(() => document.getElementById("attr").shadowRoot.querySelector('.tab[aria-selected="true"]').focus());
    await p.keyboard.press("ArrowRight");
    assert.deepEqual((await p.evaluate(read, "#attr")).tabs, ["1Y"]);
    await p.keyboard.press("ArrowLeft");
    assert.deepEqual((await p.evaluate(read, "#attr")).tabs, ["YTD"]);

    // A pushed tick shows on the next frame.
    const pushed = await p.evaluate(async () => {
      const el = document.getElementById("prop");
      el.push("RUT", "2024-11-22", 2450.5);
      await new Promise((r) => requestAnimationFrame(() => r()));
      return [el.cards[0].close, el.shadowRoot.querySelector(".card .level").textContent];
    });
    assert.deepEqual(pushed, [2450.5, "2,450.50"]);

    // de-DE from the locale attribute.
    await p.evaluate(() => document.getElementById("attr").setAttribute("locale", "de-DE"));
    await p.waitForFunction(() => document.getElementById("attr").shadowRoot.querySelector(".level").textContent === "2.406,67");
    const de = await p.evaluate(read, "#attr");
    assert.equal(de.cards[0].rows.YTD, "+18,7\u00a0%");
    assert.deepEqual(de.cards[0].keys, ["1T", "Woche", "Monat", "Jahr"]);
    await p.screenshot({ path: path.join(shots, "element-firefox.png"), fullPage: true });
    assert.deepEqual(events, []);
  } finally {
    await ff.close();
  }
});
