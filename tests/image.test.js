// Share as image: <index-cards>' toSVG(), toPNG() and its "Download image" button, in headless
// Chromium from file:// under the README's strict Content-Security-Policy (and once in Firefox
// ESR), with synthetic closes (so it runs without ../shared/data). The SVG is checked against the
// element's own shadow DOM: every figure, the heading with the as-of date, the chart's title and
// end labels, the source line, and a line's color; it must refer to nothing outside itself. The
// PNG is the SVG rasterized at 2×: its size, the background and card colors and the points of a
// series' line are read back from its pixels. Light, dark (set and by prefers-color-scheme), and
// de-DE. Screenshots and the images go to target/shots/.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");
const { root, randomWalk } = require("./helpers");
const { chromium, firefox } = require("./browsers");

const pages = path.join(root, "target", "pages");
const shots = path.join(root, "target", "shots");
fs.mkdirSync(pages, { recursive: true });
fs.mkdirSync(shots, { recursive: true });

/** Four weekday random walks named as the four indexes, cut to 2023-06-01 … 2024-11-22. */
const WALKS = [["RUT", "Russell 2000"], ["SPX", "S&P 500"], ["IXIC", "Nasdaq Composite"], ["DJI", "Dow Jones"]].map(([id, name], k) => {
  const w = randomWalk(1560, 11 + k, 2019);
  const keep = w.dates.map((d, i) => i).filter((i) => w.dates[i] >= "2023-06-01" && w.dates[i] <= "2024-11-22");
  return { id, name, dates: keep.map((i) => w.dates[i]), closes: keep.map((i) => w.closes[i]) };
});
const SOURCE = "Closes: synthetic random walks (tests/helpers.js), not market data";
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/** A page with the bundle and one <index-cards> with `attrs`. */
function page(name, attrs, lang = "en") {
  const file = path.join(pages, `image-${name}.html`);
  fs.writeFileSync(file, `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<link rel="icon" href="data:,"><script src="../../www/indexcards.js"></script></head>
<body><index-cards id="a" as-of="2024-11-22" ${attrs}></index-cards></body></html>`);
  return pathToFileURL(file).href;
}

let browser;
test.before(async () => { browser = await chromium(); });
test.after(async () => { if (browser) await browser.close(); });

/** Opens `url` with the walks as the element's data; records requests and problems. */
async function open(url, { colorScheme = "light", width = 1200 } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, acceptDownloads: true });
  const p = await context.newPage();
  p.problems = [];
  p.requests = [];
  p.on("console", (m) => { if (m.type() === "error") p.problems.push(m.text()); });
  p.on("pageerror", (e) => p.problems.push(e.message));
  p.on("request", (r) => p.requests.push(r.url()));
  await p.goto(url);
  await p.evaluate((walks) => { document.getElementById("a").data = walks; }, WALKS);
  await p.waitForFunction(() => document.getElementById("a").getAttribute("data-state") === "ready");
  return p;
}

/** Only the page, its script and data: URLs were asked for: nothing from the network. */
function noNetwork(p) {
  const other = p.requests.filter((u) => !u.startsWith("file:") && !u.startsWith("data:") && !u.startsWith("blob:"));
  assert.deepEqual(other, [], "requests beyond file:, data: and blob:");
}

/**
 * In the page: the element's own texts (shadow DOM), and the SVG from toSVG() parsed: its size,
 * every text, what could refer outside it, its font, the fill of the background and the first
 * card, and points on RUT's chart line (in CSS px of the image) with that line's stroke.
 */
function readSvg() {
  const el = document.getElementById("a");
  const R = el.shadowRoot;
  const texts = (sel) => [...R.querySelectorAll(sel)].map((n) => n.textContent.trim()).filter(Boolean);
  const own = {
    head: R.querySelector(".asof").textContent,
    names: texts(".card .name"),
    levels: texts(".card .level"),
    pcts: texts(".card .change .pct"),
    legend: texts(".legend-value"),
    endLabels: texts(".chart .end-label"),
    title: R.querySelector(".chart-title").textContent,
    bg: getComputedStyle(R.querySelector(".ic")).backgroundColor,
    card: getComputedStyle(R.querySelector(".card")).backgroundColor,
    rutStroke: getComputedStyle(R.querySelector('.chart path.line[data-id="RUT"]')).stroke,
  };
  const text = el.toSVG();
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  const svg = doc.documentElement;
  const outside = [];
  for (const node of doc.querySelectorAll("*")) {
    if (["image", "use", "foreignObject", "script", "style", "a", "link", "iframe"].includes(node.localName)) outside.push(`<${node.localName}>`);
    for (const attr of node.attributes) {
      if (attr.name === "xmlns" || attr.name.startsWith("xmlns:")) continue;
      if (/href|src/i.test(attr.name) || /url\(|:\/\//.test(attr.value)) outside.push(`${node.localName} ${attr.name}="${attr.value}"`);
      if (attr.name === "class" || attr.name === "style") outside.push(`${node.localName} ${attr.name}: styles must be inline attributes`);
    }
  }
  // Geometry: the SVG placed in the page (hidden), so the line's points can be read.
  const host = document.createElement("div");
  host.style.cssText = "position:absolute;left:0;top:0;visibility:hidden";
  host.appendChild(document.importNode(svg, true));
  document.body.appendChild(host);
  const placed = host.firstElementChild;
  const line = placed.querySelector('path[data-id="RUT"]');
  const length = line.getTotalLength();
  const ctm = line.getCTM();
  const points = [];
  for (let k = 1; k < 20; k++) {
    const p = line.getPointAtLength((length * k) / 20).matrixTransform(ctm);
    points.push([p.x, p.y]);
  }
  const cardRect = [...placed.querySelectorAll("g > rect")][0];
  const cardBox = cardRect.getBBox();
  const cardAt = new DOMPoint(cardBox.x + 6, cardBox.y + cardBox.height / 2).matrixTransform(cardRect.getCTM());
  host.remove();
  return {
    own,
    text,
    error: doc.querySelector("parsererror") ? doc.querySelector("parsererror").textContent : null,
    width: Number(svg.getAttribute("width")),
    height: Number(svg.getAttribute("height")),
    viewBox: svg.getAttribute("viewBox"),
    lang: svg.getAttribute("lang"),
    font: svg.getAttribute("font-family"),
    strings: [...doc.querySelectorAll("text, tspan, title, desc")].map((n) => n.textContent.trim()),
    outside,
    bgFill: svg.querySelector(":scope > rect").getAttribute("fill"),
    cardFill: cardRect.getAttribute("fill"),
    lineStroke: line.getAttribute("stroke"),
    points,
    cardPoint: [cardAt.x, cardAt.y],
  };
}

/** In the page: toPNG() decoded, its size and the colors at the given CSS px points (× scale). */
async function readPng({ points, cardPoint, scale = 2 }) {
  const blob = await document.getElementById("a").toPNG(scale === 2 ? undefined : { scale });
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement("canvas");
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext("2d");
  ctx.drawImage(bitmap, 0, 0);
  const at = (x, y) => [...ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)];
  // Around each point of the line (the 2× stroke is 4 px wide), the pixel nearest in color to… the caller decides.
  const around = ([x, y]) => {
    const out = [];
    for (let dx = -2; dx <= 2; dx++) for (let dy = -2; dy <= 2; dy++) out.push(at(x * scale + dx, y * scale + dy));
    return out;
  };
  return {
    type: blob.type,
    width: bitmap.width,
    height: bitmap.height,
    corner: at(3, 3),
    card: at(cardPoint[0] * scale, cardPoint[1] * scale),
    line: points.map(around),
  };
}

const rgb = (css) => css.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
const near = (a, b, tolerance = 3) => a.every((v, i) => Math.abs(v - b[i]) <= tolerance);

/** The checks every theme and locale shares; returns the parsed SVG for more. */
async function checkImage(p, label) {
  const svg = await p.evaluate(readSvg);
  fs.writeFileSync(path.join(shots, `image-${label}.svg`), svg.text);
  assert.equal(svg.error, null, "toSVG() is well-formed XML");
  assert.deepEqual(svg.outside, [], "nothing refers outside the SVG, no classes or <style>");
  assert.match(svg.font, /(sans-serif|serif|system-ui)\s*$/, "the font list ends in a generic family");
  const [, , vw, vh] = svg.viewBox.split(" ").map(Number);
  assert.deepEqual([svg.width, svg.height], [vw, vh], "toSVG() is 1×: its size is its viewBox");

  // Every figure and text the element shows, in the image.
  const has = (s) => svg.strings.includes(s);
  for (const s of [svg.own.head, svg.own.title, ...svg.own.names, ...svg.own.levels, ...svg.own.legend, ...svg.own.endLabels]) {
    assert.ok(has(s), `the SVG lacks the element's "${s}"`);
  }
  for (const pct of svg.own.pcts) assert.ok(has(pct), `the SVG lacks the change "${pct}"`);
  assert.equal(svg.own.levels.length, 4);

  // Colors: the element's own, resolved for its theme.
  assert.deepEqual(rgb(svg.bgFill), rgb(svg.own.bg), "background");
  assert.deepEqual(rgb(svg.cardFill), rgb(svg.own.card), "card");
  assert.deepEqual(rgb(svg.lineStroke), rgb(svg.own.rutStroke), "RUT's line");

  const png = await p.evaluate(readPng, { points: svg.points, cardPoint: svg.cardPoint });
  assert.equal(png.type, "image/png");
  assert.deepEqual([png.width, png.height], [vw * 2, vh * 2], "the PNG is the SVG at 2×");
  assert.ok(near(png.corner, rgb(svg.own.bg)), `background pixel ${png.corner} vs ${svg.own.bg}`);
  assert.ok(near(png.card, rgb(svg.own.card)), `card pixel ${png.card} vs ${svg.own.card}`);
  // Along RUT's line, its color (other lines may cross it at a few of the 19 points).
  const want = rgb(svg.own.rutStroke);
  const hits = png.line.filter((pixels) => pixels.some((px) => near(px, want, 24))).length;
  assert.ok(hits >= 15, `RUT's color ${want} found at ${hits} of 19 points on its line`);
  return svg;
}

test("light, en: toSVG() carries the element's figures, as-of date and source line; toPNG() is it at 2×", async () => {
  const p = await open(page("light", `theme="light" source="${SOURCE}"`));
  const svg = await checkImage(p, "light-en");
  assert.ok(svg.strings.includes(SOURCE), "the source attribute's line");
  assert.match(svg.own.head, /^As of Nov 22, 2024 · Year to date$/);
  assert.equal(svg.lang, "en");
  assert.deepEqual(rgb(svg.own.bg), [246, 247, 249]);
  await p.locator("#a").screenshot({ path: path.join(shots, "image-element-light-en.png") });
  assert.deepEqual(p.problems, []);
  noNetwork(p);
  await p.context().close();
});

test("dark, de-DE: German words and numbers, dark colors, and the default source line", async () => {
  const p = await open(page("dark-de", `theme="dark"`, "de-DE"));
  const svg = await checkImage(p, "dark-de");
  assert.match(svg.own.head, /^Stand 22\.11\.2024 · Seit Jahresbeginn$/);
  assert.ok(svg.own.pcts.some((s) => /^[+-]\d+,\d %$/.test(s.replace("\u00a0", " "))), svg.own.pcts.join(" "));
  assert.deepEqual(rgb(svg.own.bg), [15, 20, 27]);
  assert.equal(svg.lang, "de-DE");
  // No source attribute: the series' names, and that the source is not stated.
  assert.ok(svg.strings.includes("Daten: Russell 2000, S&P 500, Nasdaq Composite und Dow Jones; Quelle nicht angegeben. Berechnet mit indexcards."), svg.strings.slice(-3).join(" | "));
  assert.deepEqual(p.problems, []);
  noNetwork(p);
  await p.context().close();
});

test("theme auto follows prefers-color-scheme into the image", async () => {
  const p = await open(page("auto", ""), { colorScheme: "dark" });
  const svg = await p.evaluate(readSvg);
  assert.deepEqual(rgb(svg.bgFill), [15, 20, 27]);
  assert.deepEqual(rgb(svg.lineStroke), rgb(svg.own.rutStroke));
  await p.context().close();
});

test("the Download image button: in the toolbar, worded, reached by Tab, Enter saves indexcards-<as-of>.png", async () => {
  for (const [lang, name] of [["en", "Download image"], ["de-DE", "Bild herunterladen"], ["ja-JP", "画像をダウンロード"]]) {
    const p = await open(page(`download-${lang}`, `theme="light"`, lang));
    const button = p.locator("#a").getByRole("button", { name });
    assert.equal(await button.count(), 1, `one "${name}" button`);
    assert.equal(await button.evaluate((b) => b.parentElement.className), "tools");
    // Tab from the last control before it (Latest) reaches it; Enter downloads.
    await p.locator("#a").getByRole("button", { name: (await p.evaluate(() => document.getElementById("a").shadowRoot.querySelector(".latest").textContent)) }).focus();
    await p.keyboard.press("Tab");
    assert.equal(await p.evaluate(() => document.getElementById("a").shadowRoot.activeElement.getAttribute("part")), "download");
    const [download] = await Promise.all([p.waitForEvent("download"), p.keyboard.press("Enter")]);
    assert.equal(download.suggestedFilename(), "indexcards-2024-11-22.png");
    const file = path.join(shots, `image-download-${lang}.png`);
    await download.saveAs(file);
    const png = fs.readFileSync(file);
    assert.equal(png.subarray(1, 4).toString(), "PNG");
    const size = await p.evaluate(() => document.getElementById("a").toSVG().match(/viewBox="0 0 (\d+) (\d+)"/).slice(1).map(Number));
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [size[0] * 2, size[1] * 2]);
    assert.deepEqual(p.problems, []);
    noNetwork(p);
    await p.context().close();
  }
});

test("no data yet: toSVG() throws and toPNG() rejects, worded; a bad scale is refused; scale 1 is 1×", async () => {
  const p = await open(page("errors", ""));
  const result = await p.evaluate(async () => {
    const fresh = document.createElement("index-cards");
    document.body.appendChild(fresh);
    const out = {};
    try { fresh.toSVG(); } catch (e) { out.svg = e.message; }
    try { await fresh.toPNG(); } catch (e) { out.png = e.message; }
    try { await document.getElementById("a").toPNG({ scale: 9 }); } catch (e) { out.scale = `${e.name}: ${e.message}`; }
    const one = await createImageBitmap(await document.getElementById("a").toPNG({ scale: 1 }));
    out.one = [one.width, one.height];
    out.size = document.getElementById("a").toSVG().match(/viewBox="0 0 (\d+) (\d+)"/).slice(1).map(Number);
    return out;
  });
  assert.equal(result.svg, "<index-cards> has no data yet");
  assert.equal(result.png, "<index-cards> has no data yet");
  assert.equal(result.scale, "RangeError: toPNG: scale must be a number from 1 to 4, not 9");
  assert.deepEqual(result.one, result.size);
  await p.context().close();
});

test("the demo page from file://: reported figures give the ranked bars and the page's own source line", async () => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const p = await context.newPage();
  const requests = [];
  p.on("request", (r) => requests.push(r.url()));
  await p.goto(pathToFileURL(path.join(root, "www", "index.html")).href);
  await p.waitForFunction(() => document.getElementById("cards").getAttribute("data-state") === "ready");
  const out = await p.evaluate(async () => {
    const el = document.getElementById("cards");
    const doc = new DOMParser().parseFromString(el.toSVG(), "image/svg+xml");
    const blob = await el.toPNG();
    return {
      strings: [...doc.querySelectorAll("text, tspan")].map((n) => n.textContent.trim()),
      source: document.getElementById("source").textContent,
      bars: [...el.shadowRoot.querySelectorAll(".bars .bar-name")].map((n) => n.textContent),
      barsTitle: el.shadowRoot.querySelector(".bars-title").textContent,
      png: blob.size,
    };
  });
  assert.ok(out.strings.includes(out.source), `the page's source line "${out.source}"`);
  assert.ok(out.strings.includes(out.barsTitle));
  for (const name of out.bars) assert.ok(out.strings.includes(name));
  assert.ok(out.png > 10_000);
  assert.deepEqual(requests.filter((u) => !/^(file|data|blob):/.test(u)), []);
  await context.close();
});

test("Firefox ESR: toSVG() and toPNG() from file://, the PNG at 2×", async () => {
  const ff = await firefox();
  try {
    const p = await ff.newPage();
    await p.setViewport({ width: 1200, height: 900 });
    await p.goto(page("firefox", `theme="light" source="${SOURCE}"`));
    await p.evaluate((walks) => { document.getElementById("a").data = walks; }, WALKS);
    await p.waitForFunction(() => document.getElementById("a").getAttribute("data-state") === "ready");
    const out = await p.evaluate(async () => {
      const el = document.getElementById("a");
      const text = el.toSVG();
      const bitmap = await createImageBitmap(await el.toPNG());
      return { size: text.match(/viewBox="0 0 (\d+) (\d+)"/).slice(1).map(Number), png: [bitmap.width, bitmap.height], levels: [...el.shadowRoot.querySelectorAll(".card .level")].map((n) => n.textContent), text };
    });
    assert.deepEqual(out.png, [out.size[0] * 2, out.size[1] * 2]);
    for (const level of out.levels) assert.ok(out.text.includes(`>${level}<`), level);
  } finally {
    await ff.close();
  }
});
