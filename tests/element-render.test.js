// <index-cards> rendering behaviour in headless Chromium (and, for what keeps data and memory, Firefox ESR) from file://, with the real bundle and
// synthetic closes (random walks, so it runs without ../shared/data): a quiet placeholder
// before the data, a card row that keeps its height while scrubbing, pushes coalesced into one
// render a frame that touches only changed text, ticks that survive moves and attribute and
// child changes (and el.data replacing them), an element removed before its first render and
// decks freed with their elements, keyboard, accessible names, errors worded in the page's
// language. tests/element.test.js checks the figures on the real closes.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");
const { root, randomWalk } = require("./helpers");
const { chromium, firefox } = require("./browsers");

const pages = path.join(root, "target", "pages");
fs.mkdirSync(pages, { recursive: true });

/** Four weekday random walks named as the four indexes, from 2019-01-02 to past 2024-11-22. */
const WALKS = [["RUT", "Russell 2000"], ["SPX", "S&P 500"], ["IXIC", "Nasdaq Composite"], ["DJI", "Dow Jones"]]
  .map(([id, name], k) => ({ id, name, ...randomWalk(1560, 11 + k, 2019) }));

/** A page with the bundle and `body`. */
function page(name, body, lang = "en") {
  const file = path.join(pages, `render-${name}.html`);
  fs.writeFileSync(file, `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src data:">
<link rel="icon" href="data:,"><script src="../../www/indexcards.js"></script></head><body>${body}</body></html>`);
  return pathToFileURL(file).href;
}

/** Run in every page (Chromium and Firefox): the closes, trimmed to a window, and a frame wait. */
const harness = (walks) => {
    window.HARNESS_DATA = { series: walks };
    window.cut = (s, from, to) => {
      const keep = s.dates.map((d, i) => i).filter((i) => s.dates[i] >= from && s.dates[i] <= to);
      return { id: s.id, name: s.name, dates: keep.map((i) => s.dates[i]), closes: keep.map((i) => s.closes[i]) };
    };
    window.four = (to = "2024-11-22") => window.HARNESS_DATA.series.map((s) => window.cut(s, "2023-06-01", to));
    window.frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // Four frame waits: the IntersectionObserver (and content-visibility) have said where each
    // part is, and what came near has been drawn.
    window.settled = async () => { for (let i = 0; i < 4; i++) await window.frame(); };
    window.scrolledTo = async (node) => { node.scrollIntoView(); await window.settled(); };
    // Element #a showing 40 series (more than its many-series threshold), once the
    // IntersectionObserver has said where each card is.
    window.forty = async () => {
      const el = document.getElementById("a");
      const base = window.four()[0];
      el.data = Array.from({ length: 40 }, (_, k) => ({ id: "S" + k, name: "Index " + k, dates: base.dates, closes: base.closes.map((c) => c * (1 + k / 100)) }));
      await new Promise((r) => el.addEventListener("indexcards:render", r, { once: true }));
      await window.settled();
      return el;
    };
};

let browser;
test.before(async () => { browser = await chromium(); });
test.after(async () => { if (browser) await browser.close(); });

/** An init script that hands `data` to element #a as soon as it is parsed, as www/app.js does
 * (a MutationObserver's callback runs before the first layout); `first` runs before, with `el`. */
const dataWhenParsed = (data, first = "") => `new MutationObserver((_, o) => {
  const el = document.getElementById("a");
  if (!el) return;
  o.disconnect();
  ${first}
  el.data = ${JSON.stringify(data)};
}).observe(document, { childList: true, subtree: true });`;

async function open(url, { width = 1200, reducedMotion = "no-preference", init = null } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion });
  const p = await context.newPage();
  if (init) await p.addInitScript(init);
  p.problems = [];
  p.on("console", (m) => { if (m.type() === "error") p.problems.push(m.text()); });
  p.on("pageerror", (e) => p.problems.push(e.message));
  await p.goto(url);
  await p.evaluate(harness, WALKS);
  return p;
}
const close = (p) => p.context().close();
/** Waits until element #a has drawn its data. */
const readyA = (p) => p.waitForFunction(() => document.getElementById("a").getAttribute("data-state") === "ready");
/** Hands element #a the four walks (to 2024-11-22) and waits until they are drawn. */
async function fourShown(p) {
  await p.evaluate(() => { document.getElementById("a").data = window.four(); });
  await readyA(p);
}

test("no data yet: a quiet placeholder of the final size, no error painted, no layout shift; then the figures", async () => {
  // Watched from the page's first script on: every frame's head and error line, and layout shifts.
  const watcher = () => {
    window.__seen = { shift: 0, errors: [], heads: new Set() };
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__seen.shift += e.value; })
      .observe({ type: "layout-shift", buffered: true });
    const look = () => {
      const el = document.getElementById("a");
      const R = el && el.shadowRoot;
      if (R) {
        const error = R.querySelector(".error");
        if (error && !error.hidden) window.__seen.errors.push(error.textContent);
        window.__seen.heads.add(R.querySelector(".asof").textContent);
      }
      if (!window.__seen.done) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  };
  const p = await open(page("placeholder", `<index-cards id="a" series="RUT,SPX"></index-cards><p id="after">after</p>`), { init: watcher });
  const measure = () => p.evaluate(() => {
    const el = document.getElementById("a");
    const R = el.shadowRoot;
    return {
      state: el.getAttribute("data-state"), error: !R.querySelector(".error").hidden, head: R.querySelector(".asof").textContent,
      cards: R.querySelectorAll(".card").length, height: el.getBoundingClientRect().height, after: document.getElementById("after").getBoundingClientRect().top,
    };
  });
  const before = await measure();
  assert.deepEqual([before.state, before.error, before.cards], [null, false, 2]);
  // A page that hands the data over soon after its load never sees the hint.
  assert.doesNotMatch(before.head, /No data/);
  // Once the page has loaded and still has no data two seconds later, the quiet line says how to give it some.
  await p.waitForFunction(() => /^No data: give <index-cards> a data-series attribute/.test(document.getElementById("a").shadowRoot.querySelector(".asof").textContent), null, { timeout: 10_000 });
  await fourShown(p);
  await p.evaluate(() => window.frame());
  const after = await measure();
  assert.ok(Math.abs(after.height - before.height) <= 0.05 * after.height, `placeholder ${before.height}px, final ${after.height}px`);
  const seen = await p.evaluate(() => { window.__seen.done = true; return { shift: window.__seen.shift, errors: window.__seen.errors, heads: [...window.__seen.heads] }; });
  assert.deepEqual(seen.errors, [], "no error line painted before or after the data");
  assert.ok(seen.shift <= 0.01, `layout shift ${seen.shift} from the placeholder to the figures`);
  assert.deepEqual(p.problems, []);
  await close(p);
});

test("data handed over 0.3 s after load: only the quiet placeholder is painted before it", async () => {
  const watcher = () => {
    window.__heads = new Set();
    window.__errors = 0;
    const look = () => {
      const el = document.getElementById("a");
      if (el && el.shadowRoot) {
        window.__heads.add(el.shadowRoot.querySelector(".asof").textContent);
        if (!el.shadowRoot.querySelector(".error").hidden) window.__errors++;
      }
      if (!el || el.getAttribute("data-state") !== "ready") requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  };
  // The hand-over is the page's own timer (300 ms after its load event), so a slow test driver on
  // a busy machine cannot make it later than the element's 2 s hint.
  const handOver = () => window.addEventListener("load", () => setTimeout(() => { document.getElementById("a").data = window.four(); }, 300));
  const init = `(${watcher})(); (${harness})(${JSON.stringify(WALKS)}); (${handOver})();`;
  const p = await open(page("late", `<index-cards id="a"></index-cards>`), { init });
  await p.waitForFunction(() => document.getElementById("a").getAttribute("data-state") === "ready", null, { timeout: 10_000 });
  const seen = await p.evaluate(() => ({ heads: [...window.__heads], errors: window.__errors }));
  assert.equal(seen.errors, 0);
  assert.ok(seen.heads.every((h) => !/No data|error/i.test(h)), `heads painted: ${seen.heads.join(" | ")}`);
  assert.deepEqual(p.problems, []);
  await close(p);
});

test("a CSV template child is read once the page is parsed, never half-parsed", async () => {
  const s = WALKS[0];
  const csv = ["Date,Close", ...s.dates.map((d, i) => `${d},${s.closes[i].toFixed(2)}`)].join("\n");
  // A script the parser runs after the element (and waits for): the page is still loading then.
  fs.writeFileSync(path.join(pages, "render-parsing-probe.js"), `window.__whileParsing = (() => {
    const el = document.getElementById("a");
    return { readyState: document.readyState, state: el.getAttribute("data-state"), error: !el.shadowRoot.querySelector(".error").hidden };
  })();`);
  const url = page("parsing", `<index-cards id="a"><template data-id="RUT" data-name="Russell 2000">${csv}</template></index-cards>
<script src="render-parsing-probe.js"></script><p>After.</p>`);
  const p = await open(url);
  await readyA(p);
  const seen = await p.evaluate(() => ({ whileParsing: window.__whileParsing, cards: document.getElementById("a").cards.length }));
  assert.deepEqual(seen.whileParsing, { readyState: "loading", state: null, error: false });
  assert.equal(seen.cards, 1);
  assert.deepEqual(p.problems, []);
  await close(p);
});

test("scrubbing 120 dates never changes the card row's height or where the chart starts", async () => {
  for (const width of [1200, 390]) {
    const p = await open(page("scrub", `<index-cards id="a"></index-cards>`), { width });
    await fourShown(p);
    const seen = await p.evaluate(async () => {
      const el = document.getElementById("a");
      const R = el.shadowRoot;
      const slider = R.querySelector(".slider");
      const heights = new Set();
      const tops = new Set();
      const last = Number(slider.max);
      for (let i = 0; i < 120; i++) {
        slider.value = String(last - i * 2);
        slider.dispatchEvent(new Event("input"));
        heights.add(Math.round(R.querySelector(".cards").getBoundingClientRect().height));
        tops.add(Math.round(R.querySelector(".compare").getBoundingClientRect().top));
      }
      return { heights: [...heights], tops: [...tops], notes: R.querySelectorAll(".note").length };
    });
    assert.equal(seen.heights.length, 1, `${width}px: card row heights ${seen.heights}`);
    assert.equal(seen.tops.length, 1, `${width}px: chart tops ${seen.tops}`);
    assert.deepEqual(p.problems, []);
    await close(p);
  }
});

test("a slider step writes only what changed: no attribute, class or text is set again to the value it has", async () => {
  const p = await open(page("step-writes", `<index-cards id="a"></index-cards>`));
  await fourShown(p);
  const seen = await p.evaluate(async () => {
    const el = document.getElementById("a");
    const R = el.shadowRoot;
    const slider = R.querySelector(".slider");
    const last = Number(slider.max);
    const again = new Set();
    let changed = 0;
    const name = (n) => `${n.localName}.${(n.getAttribute("class") || "").split(" ")[0]}`;
    const note = (records) => {
      for (const m of records) {
        if (m.type === "attributes") {
          if (m.target.getAttribute(m.attributeName) === m.oldValue) again.add(`${name(m.target)}[${m.attributeName}]`);
          else changed++;
        } else if (m.type === "characterData") {
          if (m.target.data === m.oldValue) again.add(`text in ${name(m.target.parentElement)}`);
          else changed++;
        } else if (m.removedNodes.length && m.addedNodes.length) {
          const text = (nodes) => [...nodes].map((n) => n.textContent).join("");
          if (text(m.removedNodes) === text(m.addedNodes)) again.add(`children of ${name(m.target.nodeType === 1 ? m.target : m.target.parentElement)}`);
          else changed++;
        }
      }
    };
    const watch = new MutationObserver(note);
    watch.observe(R, { subtree: true, attributes: true, attributeOldValue: true, characterData: true, characterDataOldValue: true, childList: true });
    for (let i = 1; i <= 30; i++) {
      slider.value = String(last - i);
      slider.dispatchEvent(new Event("input"));
      await window.frame();
    }
    note(watch.takeRecords());
    watch.disconnect();
    return { again: [...again], changed };
  });
  assert.ok(seen.changed > 30 * 10, `the steps changed ${seen.changed} values`); // the test watched real steps
  assert.deepEqual(seen.again, [], "written again unchanged");
  assert.deepEqual(p.problems, []);
  await close(p);
});

test("as-reported figures given before the first layout, then closes: one render, its chart at the chart box's width, no layout read for it", async () => {
  // As the demo page does (www/app.js): as-reported figures (a few points each, bars and no
  // chart) handed over as soon as the element is parsed, so no placeholder is ever laid out.
  const reported = WALKS.map((s) => ({ id: s.id, name: s.name, asReported: true, dates: s.dates.slice(-3), closes: s.closes.slice(-3) }));
  const p = await open(page("reported-then-closes", `<index-cards id="a"></index-cards>`), { init: dataWhenParsed(reported) });
  await readyA(p);
  const seen = await p.evaluate(async () => {
    const el = document.getElementById("a");
    const R = el.shadowRoot;
    await window.settled();
    const hiddenBefore = R.querySelector(".chart-box").hidden;
    let renders = 0;
    el.addEventListener("indexcards:render", () => { renders++; });
    // Layout reads while the closes render (what a render could read to size its chart).
    let reads = 0;
    const count = (proto, name) => {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      Object.defineProperty(proto, name, { configurable: true, get() { reads++; return d.get.call(this); } });
      return () => Object.defineProperty(proto, name, d);
    };
    const restore = [count(Element.prototype, "clientWidth"), count(HTMLElement.prototype, "offsetWidth")];
    el.data = window.four();
    await new Promise((r) => el.addEventListener("indexcards:render", r, { once: true }));
    restore.forEach((f) => f());
    await window.settled();
    await new Promise((r) => setTimeout(r, 200));
    return { hiddenBefore, renders, reads, viewBox: R.querySelector("svg.chart").getAttribute("viewBox"), boxWidth: R.querySelector(".chart-box").clientWidth };
  });
  assert.equal(seen.hiddenBefore, true, "no chart for as-reported figures");
  assert.equal(seen.renders, 1, "the closes render once, not again when the chart's width comes in");
  assert.equal(seen.reads, 0, "no layout read to size the chart");
  assert.equal(Number(seen.viewBox.split(" ")[2]), seen.boxWidth, `chart ${seen.viewBox} in a box ${seen.boxWidth}px wide`);
  assert.deepEqual(p.problems, []);
  await close(p);
});

test("data handed over as the element is parsed: no second render when the hint's delay (2 s after load) passes", async () => {
  const count = `window.renders = 0; el.addEventListener("indexcards:render", () => { window.renders++; });`;
  const p = await open(page("hint-after-data", `<index-cards id="a"></index-cards>`), { init: dataWhenParsed(WALKS, count) });
  await readyA(p);
  const first = await p.evaluate(() => window.renders);
  // 2.5 s after the load event, past the hint's timer (HINT_DELAY, 2 s after load).
  await p.waitForFunction(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    return nav && nav.loadEventStart > 0 && performance.now() - nav.loadEventStart > 2500;
  }, null, { polling: 100 });
  await p.evaluate(() => window.settled());
  const renders = await p.evaluate(() => window.renders);
  assert.equal(first, 1);
  assert.equal(renders, 1, "rendered once, not again when the hint's timer fired");
  assert.deepEqual(p.problems, []);
  await close(p);
});

test("ranked bars: the value column fits the longest figure, at MAX after a 200-fold rise and at YTD", async () => {
  for (const width of [1200, 390]) {
    const p = await open(page("bars", `<index-cards id="a" period="MAX"></index-cards>`), { width });
    const seen = await p.evaluate(async () => {
      const el = document.getElementById("a");
      const [a, b] = window.four();
      const rise = { ...b, id: "X", name: "Riser", closes: b.closes.map((c, i) => c * (1 + i / 1.5)) };
      el.data = [a, rise];
      await new Promise((r) => el.addEventListener("indexcards:render", r, { once: true }));
      const R = el.shadowRoot;
      // How far each value's text runs past its box, and past the bars' list, in px.
      const overflow = () => [...R.querySelectorAll(".bar-value")].map((v) => {
        const range = document.createRange();
        range.selectNodeContents(v);
        const text = range.getBoundingClientRect();
        const box = v.getBoundingClientRect();
        const list = R.querySelector(".bars").getBoundingClientRect();
        return [v.textContent, Math.max(0, Math.round(text.right - box.right), Math.round(text.right - list.right))];
      });
      const width = () => R.querySelector(".bar-value").getBoundingClientRect().width;
      const max = overflow();
      const maxWidth = width();
      // The room between the lowest thing the chart draws and the bars' title (16 px of margin).
      const drawn = [...R.querySelectorAll(".chart text, .chart path")].map((n) => n.getBoundingClientRect().bottom);
      const room = R.querySelector(".bars-title").getBoundingClientRect().top - Math.max(...drawn);
      // A tab renders at once, in its click.
      R.querySelector('[data-period="YTD"]').click();
      await window.settled();
      return { max, ytd: overflow(), widths: [maxWidth, width()], room };
    });
    assert.ok(seen.room >= 12, `${width}px: the bars' title starts ${seen.room}px below the chart's lowest text or line`);
    assert.match(seen.max[0][0], /^▲\+\d{2,3},\d{3}\.\d%$/, `${width}px: ${seen.max}`);
    for (const [text, px] of [...seen.max, ...seen.ytd]) assert.equal(px, 0, `${width}px: ${text} runs ${px}px past its box`);
    assert.ok(seen.widths[1] < seen.widths[0], `${width}px: the column narrows again for shorter figures (${seen.widths})`);
    assert.deepEqual(p.problems, []);
    await close(p);
  }
});

test("pushes: one render a frame however many ticks, only changed text written, a highlight that is no animation and goes", async () => {
  for (const reducedMotion of ["no-preference", "reduce"]) {
    const p = await open(page("push", `<index-cards id="a"></index-cards>`), { reducedMotion });
    await fourShown(p);
    const seen = await p.evaluate(async () => {
      const el = document.getElementById("a");
      const R = el.shadowRoot;
      let renders = 0;
      el.addEventListener("indexcards:render", () => renders++);
      const [rut, spx] = R.querySelectorAll(".card");
      const spxText = spx.textContent;
      const level = rut.querySelector(".level");
      level.__tag = "kept";
      const writes = [];
      new MutationObserver((records) => { for (const r of records) writes.push(r.target.nodeName); })
        .observe(spx, { subtree: true, childList: true, characterData: true });
      const close = el.cards[0].close;
      for (let i = 1; i <= 200; i++) el.push("RUT", "2024-11-22", close + i / 100);
      const immediately = { renders, asOf: el.asOf, close: el.cards[0].close };
      await window.frame();
      const after = R.querySelector(".card .level");
      const shown = {
        immediately, renders, kept: after.__tag === "kept", level: after.textContent, flash: after.classList.contains("flash"),
        animation: getComputedStyle(after).animationName, background: getComputedStyle(after).backgroundColor,
        spxSame: R.querySelectorAll(".card")[1].textContent === spxText,
        spxWrites: writes.length, spxFlashes: R.querySelectorAll(".card")[1].querySelectorAll(".flash").length,
      };
      // The highlight goes by itself (dom.js FLASH_MS, 900 ms), whatever else happens meanwhile.
      await new Promise((r) => setTimeout(r, 1100));
      shown.flashesLater = R.querySelectorAll(".flash").length;
      return shown;
    });
    assert.equal(seen.immediately.renders, 0, "nothing is drawn inside the pushing task");
    assert.equal(seen.immediately.asOf, "2024-11-22");
    assert.equal(seen.renders, 1, "200 ticks, one render");
    assert.equal(seen.kept, true, "the card's nodes are kept");
    assert.equal(seen.flash, true);
    assert.equal(seen.animation, "none", "no animation restyles the value on every frame");
    assert.equal(seen.background, reducedMotion === "reduce" ? "rgba(0, 0, 0, 0)" : "rgb(253, 230, 138)");
    assert.equal(seen.flashesLater, 0);
    assert.equal(seen.spxSame, true);
    assert.equal(seen.spxWrites, 0, "an unchanged card is not written at all");
    assert.equal(seen.spxFlashes, 0);
    assert.deepEqual(p.problems, []);
    await close(p);
  }
});

test("many series: a push updates the cards in view at once, the others and the chart as they come near", async () => {
  const p = await open(page("many", `<index-cards id="a"></index-cards><p>After.</p>`));
  const seen = await p.evaluate(async () => {
    const el = await window.forty();
    const R = el.shadowRoot;
    const level = (k) => R.querySelectorAll(".card")[k].querySelector(".level").textContent;
    const title = () => R.querySelector(".compare").textContent;
    const before = { first: level(0), last: level(39), compare: title() };
    for (let k = 0; k < 40; k++) el.push("S" + k, "2024-11-22", 1000.25 + k);
    await window.frame();
    const now = { first: level(0), last: level(39), compare: title(), api: el.cards[39].close };
    await window.scrolledTo(R.querySelectorAll(".card")[39]);
    const near = { last: level(39), compare: title() };
    await window.scrolledTo(R.querySelector(".compare"));
    return { before, now, near, later: { compare: title() } };
  });
  assert.equal(seen.now.first, "1,000.25", "a card in view is updated in the push's frame");
  assert.equal(seen.now.last, seen.before.last, "a card far out of view waits");
  assert.equal(seen.now.api, 1039.25, "el.cards has every figure at once");
  assert.equal(seen.near.last, "1,039.25", "and shows it when it comes near");
  assert.notEqual(seen.later.compare, seen.before.compare, "the comparison is brought up to date when it comes near");
  assert.deepEqual(p.problems, []);
  await close(p);
});

test("many series: only what the browser renders is watched for nearness (not every card, nor the comparison far below)", async () => {
  // Which elements the page's IntersectionObservers watch, counted from the first script on.
  const count = () => {
    const proto = IntersectionObserver.prototype;
    const { observe, unobserve, disconnect } = proto;
    window.__watched = new Map();
    const of = (o) => window.__watched.get(o) || window.__watched.set(o, new Set()).get(o);
    proto.observe = function (t) { of(this).add(t); return observe.call(this, t); };
    proto.unobserve = function (t) { of(this).delete(t); return unobserve.call(this, t); };
    proto.disconnect = function () { of(this).clear(); return disconnect.call(this); };
  };
  const p = await open(page("many-watched", `<index-cards id="a"></index-cards><p>After.</p>`), { init: count });
  const seen = await p.evaluate(async () => {
    const el = await window.forty();
    const R = el.shadowRoot;
    const cards = [...R.querySelectorAll(".card")];
    const watched = () => {
      const all = new Set([...window.__watched.values()].flatMap((s) => [...s]));
      return { cards: cards.filter((c) => all.has(c)).map((c) => c.dataset.id), compare: all.has(R.querySelector(".compare")) };
    };
    const top = watched();
    await window.scrolledTo(cards[39]);
    return { top, bottom: watched() };
  });
  assert.ok(seen.top.cards.includes("S0") && !seen.top.cards.includes("S39"), `watched at the top: ${seen.top.cards}`);
  assert.ok(seen.top.cards.length < 40, `watched at the top: ${seen.top.cards}`);
  assert.equal(seen.top.compare, false, "the comparison far below is skipped, so not watched");
  assert.ok(seen.bottom.cards.includes("S39") && !seen.bottom.cards.includes("S0"), `watched at the bottom: ${seen.bottom.cards}`);
  assert.equal(seen.bottom.compare, true, "the comparison is watched once the browser renders it");
  assert.deepEqual(p.problems, []);
  await close(p);
});

test("many series: a push to one series on its last date reads and redraws that card alone; a card left behind catches up as it comes near", async () => {
  const p = await open(page("many-one", `<index-cards id="a"></index-cards><p>After.</p>`));
  const seen = await p.evaluate(async () => {
    const el = await window.forty();
    // What the element asks the deck for, card by card and sparkline by sparkline.
    const asked = { cards: [], sparks: [] };
    const proto = IndexCards.Deck.prototype;
    const { card, sparks } = proto;
    proto.card = function (id, ...rest) { asked.cards.push(id); return card.call(this, id, ...rest); };
    proto.sparks = function (options) { asked.sparks.push(...(options.ids || ["all"])); return sparks.call(this, options); };
    const R = el.shadowRoot;
    const level = (k) => R.querySelectorAll(".card")[k].querySelector(".level").textContent;
    const untouched = R.querySelectorAll(".card")[1].querySelector(".level");
    untouched.__tag = "kept";
    el.push("S0", "2024-11-22", 1000.25);
    el.push("S39", "2024-11-22", 2000.5);
    await window.frame();
    const one = { first: level(0), second: untouched.textContent, kept: R.querySelectorAll(".card")[1].querySelector(".level").__tag, last: level(39), asked: { cards: [...new Set(asked.cards)], sparks: [...new Set(asked.sparks)] } };
    asked.cards.length = 0;
    asked.sparks.length = 0;
    await window.scrolledTo(R.querySelectorAll(".card")[39]);
    const near = { last: level(39), asked: { cards: [...new Set(asked.cards)], sparks: [...new Set(asked.sparks)] } };
    proto.card = card;
    proto.sparks = sparks;
    return { one, near };
  });
  assert.equal(seen.one.first, "1,000.25", "the pushed card in view is updated in the push's frame");
  assert.equal(seen.one.kept, "kept");
  assert.deepEqual(seen.one.asked, { cards: ["S0"], sparks: ["S0"] }, "only the pushed card in view is read and drawn again");
  assert.notEqual(seen.one.last, "2,000.50", "a pushed card far out of view waits");
  assert.equal(seen.near.last, "2,000.50", "and shows the push when it comes near");
  assert.ok(seen.near.asked.cards.includes("S39"), JSON.stringify(seen.near));
  assert.ok(!seen.near.asked.cards.includes("S1"), `cards that did not change are not read again: ${seen.near.asked.cards}`);
  assert.deepEqual(p.problems, []);
  await close(p);
});

/** Page side: pushes a tick, then moves the element, changes its attributes and children, and sets el.data. */
const ticksThroughChanges = async () => {
  const el = document.getElementById("a");
  const ready = () => new Promise((r) => el.addEventListener("indexcards:render", r, { once: true }));
  el.data = window.four();
  await ready();
  const rutClose = () => el.cards.find((c) => c.id === "RUT").close;
  el.push("RUT", "2024-11-25", 2500.25);
  const out = { pushed: [el.asOf, rutClose()] };
  document.getElementById("two").appendChild(el); // a move
  await window.frame();
  out.moved = [el.asOf, rutClose()];
  el.setAttribute("series", "SPX,DJI");
  await ready();
  el.setAttribute("series", "RUT,SPX");
  await ready();
  out.series = [el.asOf, rutClose()];
  el.setAttribute("theme", "dark");
  el.appendChild(document.createComment("a child node"));
  await ready();
  out.children = [el.asOf, rutClose()];
  document.body.removeChild(document.getElementById("two"));
  await window.frame();
  document.body.appendChild(el); // removed for a while, then back
  await ready();
  out.back = [el.asOf, rutClose()];
  el.data = window.four();
  await ready();
  out.replaced = [el.asOf, rutClose()];
  return out;
};

/** What `ticksThroughChanges` must see. */
function ticksSurvived(seen) {
  assert.deepEqual(seen.pushed, ["2024-11-25", 2500.25]);
  for (const step of ["moved", "series", "children", "back"]) assert.deepEqual(seen[step], ["2024-11-25", 2500.25], step);
  assert.equal(seen.replaced[0], "2024-11-22", "el.data replaces the data and its pushed ticks");
  assert.notEqual(seen.replaced[1], 2500.25);
}

/** Page side: long data (4 × 15,000 closes) after short data, a push right after long data, newer
 * data while long data is indexed, bad long data. */
const longData = async () => {
  const el = document.getElementById("a");
  const ready = () => new Promise((r) => el.addEventListener("indexcards:render", r, { once: true }));
  const names = () => [...el.shadowRoot.querySelectorAll(".card .name")].map((n) => n.textContent).join();
  // Four weekday walks of 15,000 closes each from 1960, typed as a worker hands them over.
  const walk = (id, seed) => {
    const dates = new Int32Array(15_000), closes = new Float64Array(15_000);
    let x = seed, c = 100, day = -3650; // 1960-01-04, a Monday
    for (let i = 0; i < 15_000; i++) {
      x ^= x << 13; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
      c *= 1 + ((x % 2001) - 1000) / 50_000;
      dates[i] = day; closes[i] = c;
      day += (((day + 3) % 7) + 7) % 7 === 4 ? 3 : 1; // Friday → Monday (day 1 was a Friday)
    }
    return { id, name: "Long " + id, dates, closes };
  };
  const long = ["L1", "L2", "L3", "L4"].map((id, k) => walk(id, k + 5));
  el.data = window.four();
  await ready();
  const out = { before: names() };
  // The states the element goes through, with the cards shown at each.
  const states = [];
  new MutationObserver(() => states.push([el.getAttribute("data-state"), names()])).observe(el, { attributes: true, attributeFilter: ["data-state"] });
  el.data = long;
  await ready();
  await Promise.resolve();
  out.states = states.splice(0);
  out.cards = el.cards.map((c) => c.id).join();
  // A push right after new long data: indexed at once, the push taken.
  const other = long.map((s) => ({ ...s, id: s.id + "b", name: s.name + " b" }));
  el.data = other;
  const last = other[0].dates[other[0].dates.length - 1];
  el.push("L1b", last, 4321);
  await ready();
  out.pushed = el.cards[0].close;
  // New data while long data is indexed: only the newer data is shown.
  el.data = long;
  await Promise.resolve();
  el.data = window.four();
  await ready();
  await window.frame();
  out.replaced = names();
  // Bad long data: the deck's error, as for short data.
  const bad = long.map((s) => ({ ...s, closes: Float64Array.from(s.closes) }));
  bad[2].closes[700] = NaN;
  el.data = bad;
  await ready();
  out.error = [el.getAttribute("data-state"), el.shadowRoot.querySelector(".error").textContent];
  return out;
};

/** What `longData` must see. */
function longDataChecked(seen) {
  const four = "Russell 2000,S&P 500,Nasdaq Composite,Dow Jones";
  assert.equal(seen.before, four);
  assert.deepEqual(seen.states, [["loading", four], ["ready", "Long L1,Long L2,Long L3,Long L4"]]);
  assert.equal(seen.cards, "L1,L2,L3,L4");
  assert.equal(seen.pushed, 4321);
  assert.equal(seen.replaced, four);
  assert.equal(seen.error[0], "error");
  assert.match(seen.error[1], /series "L3": closes\[700\] \(on 1962-09-10\) is NaN/);
}

test("long data (over 50,000 closes) is indexed in slices with the data before it shown; a push meanwhile, new data meanwhile, bad long data", async () => {
  const p = await open(page("long", `<index-cards id="a"></index-cards>`));
  longDataChecked(await p.evaluate(longData));
  assert.deepEqual(p.problems, []);
  await close(p);
});

test("pushed ticks survive a move, attribute changes and child changes; el.data replaces them", async () => {
  const p = await open(page("ticks", `<div id="one"><index-cards id="a"></index-cards></div><div id="two"></div>`));
  const seen = await p.evaluate(ticksThroughChanges);
  ticksSurvived(seen);
  assert.deepEqual(p.problems, []);
  await close(p);
});

test("the as-of attribute's date stays through new data until the reader moves it", async () => {
  const p = await open(page("asof", `<index-cards id="a" as-of="2024-06-28"></index-cards>`));
  const seen = await p.evaluate(async () => {
    const el = document.getElementById("a");
    const ready = () => new Promise((r) => el.addEventListener("indexcards:render", r, { once: true }));
    el.data = window.four("2024-06-28"); // the attribute's date is the data's latest
    await ready();
    const out = { first: el.asOf };
    el.data = window.four("2024-11-22"); // longer data: still the attribute's date
    await ready();
    out.longer = el.asOf;
    const slider = el.shadowRoot.querySelector(".slider");
    slider.value = slider.max; // the reader moves to the latest date
    slider.dispatchEvent(new Event("input"));
    el.data = window.four("2024-11-22");
    await ready();
    out.moved = el.asOf;
    return out;
  });
  assert.deepEqual(seen, { first: "2024-06-28", longer: "2024-06-28", moved: "2024-11-22" });
  assert.deepEqual(p.problems, []);
  await close(p);
});

/** Page side: an element removed before its first render, then 65 elements added and removed. */
const removedElements = async () => {
  const { memoryBytes } = IndexCards[Symbol.for("indexcards.test")];
  const el = document.createElement("index-cards");
  let renders = 0;
  el.addEventListener("indexcards:render", () => renders++);
  el.data = window.four();
  document.getElementById("box").appendChild(el);
  el.remove();
  await window.frame();
  const early = { renders, state: el.getAttribute("data-state"), cards: el.cards.length };
  // Rendered elements free their decks when removed: wasm memory settles (the allocator
  // keeps freed memory for the next deck) instead of growing by a deck each time.
  const cycle = async () => {
    const kept = document.createElement("index-cards");
    kept.data = window.HARNESS_DATA.series;
    document.body.appendChild(kept);
    await new Promise((r) => kept.addEventListener("indexcards:render", r, { once: true }));
    kept.remove();
    await window.frame();
  };
  for (let i = 0; i < 5; i++) await cycle();
  const settled = memoryBytes();
  for (let i = 0; i < 60; i++) await cycle();
  return { early, settled, after: memoryBytes() };
};

/** What `removedElements` must see. */
function removedFreed(seen) {
  assert.deepEqual(seen.early, { renders: 0, state: null, cards: 0 });
  assert.equal(seen.after, seen.settled, `wasm memory grew from ${seen.settled} to ${seen.after} bytes over 60 elements`);
}

test("an element removed before its first render never renders; removed elements free their decks", async () => {
  const p = await open(page("removed", `<div id="box"></div>`));
  const seen = await p.evaluate(removedElements);
  removedFreed(seen);
  await close(p);
});

test("keyboard and names: tabs, slider, crosshair; each card named by its sentence; a period beyond the rows", async () => {
  const p = await open(page("keys", `<button id="before">before</button><index-cards id="a" as-of="2024-11-22"></index-cards>`));
  await fourShown(p);
  await p.focus("#before");
  await p.keyboard.press("Tab");
  const focused = () => {
    const el = document.getElementById("a").shadowRoot.activeElement;
    return el ? [el.className, el.dataset.period || null, getComputedStyle(el).outlineStyle] : null;
  };
  assert.deepEqual(await p.evaluate(focused), ["tab", "YTD", "solid"]);
  await p.keyboard.press("ArrowRight");
  assert.deepEqual((await p.evaluate(focused)).slice(0, 2), ["tab", "1Y"]);
  // 1Y is not one of the card's rows: each card gets a row for it.
  assert.equal(await p.evaluate(() => document.getElementById("a").shadowRoot.querySelectorAll('.change[data-key="1Y"]').length), 4);
  await p.keyboard.press("ArrowLeft");
  await p.keyboard.press("Tab");
  await p.keyboard.press("Tab");
  assert.equal((await p.evaluate(focused))[0], "slider");
  await p.keyboard.press("ArrowLeft");
  assert.equal(await p.evaluate(() => document.getElementById("a").asOf), "2024-11-21");
  await p.focus("index-cards svg.chart");
  await p.keyboard.press("End");
  const tip = await p.evaluate(() => document.getElementById("a").shadowRoot.querySelector(".tooltip").innerText);
  assert.match(tip, /^Nov 21, 2024\nRussell 2000\s+[+-]?\d+\.\d%/);
  await p.keyboard.press("Escape");
  assert.equal(await p.evaluate(() => document.getElementById("a").shadowRoot.querySelector(".tooltip").hidden), true);
  const article = p.getByRole("article", { name: /^Russell 2000, [\d,]+\.\d\d, (up|down|unchanged) / });
  assert.equal(await article.count(), 1);
  assert.equal(await p.getByRole("slider", { name: "As-of date" }).getAttribute("aria-valuetext"), "Nov 21, 2024");
  assert.deepEqual(p.problems, []);
  await close(p);
});

test("errors name what is wrong and clear when it is fixed: as-of before the data, a bad attribute, bad JSON", async () => {
  const p = await open(page("errors", `<index-cards id="a" as-of="1900-01-02"></index-cards>
    <index-cards id="b"><script type="application/json">[{"id": "A", "dates": [</script></index-cards>`, "de-DE"));
  await p.evaluate(() => { document.getElementById("a").data = window.four(); });
  const error = (id) => p.evaluate((sel) => {
    const el = document.getElementById(sel);
    return [el.getAttribute("data-state"), el.shadowRoot.querySelector(".error").hidden ? null : el.shadowRoot.querySelector(".error").textContent];
  }, id);
  await p.waitForFunction(() => document.getElementById("a").getAttribute("data-state") === "error");
  assert.deepEqual(await error("a"), ["error", 'as-of="1900-01-02" liegt vor den Daten, die am 01.06.2023 beginnen']);
  assert.deepEqual(await error("b"), ["error", 'Das <script type="application/json">-Kind ist kein gültiges JSON: Unexpected end of JSON input (Zeile 1, Spalte 24)']);
  // The error box keeps its own padding: the reset of headings and paragraphs in the shadow root
  // has no weight against the widget's classes (it had, and the text touched the box's edge).
  assert.deepEqual(await p.evaluate(() => {
    const s = getComputedStyle(document.getElementById("b").shadowRoot.querySelector(".error"));
    return [s.paddingTop, s.paddingLeft, s.marginBottom];
  }), ["10px", "14px", "12px"]);
  await p.evaluate(() => document.getElementById("a").setAttribute("as-of", "2024-11-22"));
  await readyA(p);
  assert.match(await p.evaluate(() => document.getElementById("a").shadowRoot.querySelector(".asof").textContent), /^Stand 22\.11\.2024 · Seit Jahresbeginn$/);
  await p.evaluate(() => document.getElementById("a").setAttribute("period", "2W"));
  await p.waitForFunction(() => document.getElementById("a").getAttribute("data-state") === "error");
  assert.deepEqual(await error("a"), ["error", 'period="2W" muss einer dieser Werte sein: 1W, MTD, QTD, YTD, 1Y, 5Y, MAX (oder WTD, 3Y)']);
  await close(p);
});

test("Firefox ESR: ticks survive moves and changes, removed elements never render and free their decks, long data is indexed in slices, as-of before the data is an error", async () => {
  const ff = await firefox();
  try {
    const p = await ff.newPage();
    const problems = [];
    p.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
    p.on("pageerror", (e) => problems.push(e.message || String(e)));
    const visit = async (url) => { await p.goto(url); await p.evaluate(harness, WALKS); };
    await visit(page("ff-ticks", `<div id="one"><index-cards id="a"></index-cards></div><div id="two"></div>`));
    ticksSurvived(await p.evaluate(ticksThroughChanges));
    await visit(page("ff-removed", `<div id="box"></div>`));
    removedFreed(await p.evaluate(removedElements));
    await visit(page("ff-long", `<index-cards id="a"></index-cards>`));
    longDataChecked(await p.evaluate(longData));
    await visit(page("ff-asof", `<index-cards id="a" as-of="1900-01-02"></index-cards>`));
    const seen = await p.evaluate(async () => {
      const el = document.getElementById("a");
      el.data = window.four();
      while (el.getAttribute("data-state") !== "error") await window.frame();
      const cards = el.shadowRoot.querySelector(".cards");
      return [el.shadowRoot.querySelector(".error").textContent, getComputedStyle(cards).display !== "none"];
    });
    assert.deepEqual(seen, ["as-of=\"1900-01-02\" is before the data, which starts on Jun 1, 2023", false], "the error, and no cards beside it");
    assert.deepEqual(problems, []);
  } finally {
    await ff.close();
  }
});
