// <index-cards date-order decimal> (issue 13 part 1): a CSV the file alone cannot settle is an
// error naming the attribute that settles it, and setting the attribute reads the same CSV
// again with it — in Chromium and Firefox ESR from file://.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");
const { root } = require("./helpers");
const { chromium, firefox } = require("./browsers");

const pages = path.join(root, "target", "pages");
fs.mkdirSync(pages, { recursive: true });

// Every day is 12 or less: 06/11/2024 is 6 November as DD/MM/YYYY and 11 June as MM/DD/YYYY.
const DATES = "date,close\n06/11/2024,5929.04\n07/11/2024,5973.10\n08/11/2024,5995.54\n11/11/2024,6001.35\n12/11/2024,5983.99\n";
// A decimal comma with three decimals: "2,406" is 2.406 with a comma, 2406 with a point.
const DECIMAL = 'date,close\n2024-11-21,"2,328"\n2024-11-22,"2,406"\n';

const url = (() => {
  const file = path.join(pages, "csv-options.html");
  fs.writeFileSync(file, `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script src="../../www/indexcards.js"></script></head><body>
<index-cards id="dates"><template data-id="UKX" data-name="UK export">${DATES}</template></index-cards>
<index-cards id="decimal"><template data-id="D" data-name="Comma">${DECIMAL}</template></index-cards>
</body></html>`);
  return pathToFileURL(file).href;
})();

/** The element's state once it is settled: [data-state, error text or null, as-of line, first level]. */
function state(p, id, wanted) {
  return p.evaluate(async ([id, wanted]) => {
    const el = document.getElementById(id);
    for (let i = 0; i < 200 && el.getAttribute("data-state") !== wanted; i++) await new Promise((r) => setTimeout(r, 25));
    const root = el.shadowRoot;
    const error = root.querySelector(".error");
    const text = (sel) => { const n = root.querySelector(sel); return n ? n.textContent : null; };
    return [el.getAttribute("data-state"), error && !error.hidden ? error.textContent : null, text(".asof"), text(".level")];
  }, [id, wanted]);
}

async function scenario(p) {
  await p.goto(url);
  const [s1, e1] = await state(p, "dates", "error");
  assert.equal(s1, "error");
  assert.match(e1, /"06\/11\/2024" is 2024-06-11 as MM\/DD\/YYYY but 2024-11-06 as DD\/MM\/YYYY/);
  assert.match(e1, /On <index-cards>, these options are the date-order and decimal attributes/);
  await p.evaluate(() => document.getElementById("dates").setAttribute("date-order", "dmy"));
  const [s2, e2, asof2] = await state(p, "dates", "ready");
  assert.deepEqual([s2, e2], ["ready", null]);
  assert.match(asof2, /Nov 12, 2024/);
  await p.evaluate(() => document.getElementById("dates").setAttribute("date-order", "mdy"));
  await p.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  const [, , asof3] = await state(p, "dates", "ready");
  assert.match(asof3, /Dec 11, 2024/);
  await p.evaluate(() => document.getElementById("dates").setAttribute("date-order", "dd/mm"));
  const [s4, e4] = await state(p, "dates", "error");
  assert.equal(s4, "error");
  assert.match(e4, /dateOrder must be "dmy" \(DD\/MM\/YYYY\), "mdy" \(MM\/DD\/YYYY\) or "ymd" \(YYYY-MM-DD\), got "dd\/mm"/);

  const [d1, f1] = await state(p, "decimal", "error");
  assert.equal(d1, "error");
  assert.match(f1, /"2,328"/);
  assert.match(f1, /decimal attributes/);
  await p.evaluate(() => document.getElementById("decimal").setAttribute("decimal", ","));
  const [d2, f2, , level] = await state(p, "decimal", "ready");
  assert.deepEqual([d2, f2], ["ready", null]);
  assert.match(level, /^2\.41$|^2\.406$/);
}

test("Chromium: date-order and decimal settle what the CSV cannot, and a wrong value is named", async () => {
  const browser = await chromium();
  try {
    const p = await (await browser.newContext()).newPage();
    await scenario(p);
  } finally {
    await browser.close();
  }
});

test("Firefox ESR: the same attributes", async () => {
  const browser = await firefox();
  try {
    await scenario(await browser.newPage());
  } finally {
    await browser.close();
  }
});
