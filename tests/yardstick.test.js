// The benchmark's JavaScript yardstick must compute what the wasm core computes, field for
// field, or the speed comparison would mean nothing; and it must refuse what the core refuses.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { REAL, readReal, skipWithoutData, loadBundle, randomWalk } = require("./helpers");
const { summarizeJS, parseDay, iso } = require("./yardstick");

const IndexCards = loadBundle();
const real = skipWithoutData ? [] : REAL.map(readReal);

test("the JS yardstick agrees with the wasm core on every field (real closes)", { skip: skipWithoutData }, () => {
  const common = real.map((s) => s.dates[0]).sort().pop();
  const dates = real[1].dates.filter((d) => d >= common);
  for (let i = 0; i < dates.length; i += 53) {
    const opts = { asOf: dates[i] };
    assert.deepEqual(summarizeJS(real, opts), IndexCards.summarize(real, opts), dates[i]);
  }
  assert.deepEqual(summarizeJS(real), IndexCards.summarize(real));
  const reversed = real.map((s) => ({ ...s, dates: [...s.dates].reverse(), closes: [...s.closes].reverse() }));
  assert.deepEqual(summarizeJS(reversed, { asOf: "2024-11-24" }), IndexCards.summarize(real, { asOf: "2024-11-24" }));
});

test("the JS yardstick agrees with the wasm core on every field (random walks, any asOf)", () => {
  const walks = [0, 1, 2].map((k) => ({ id: "W" + k, name: "Walk " + k, ...randomWalk(3000 + 700 * k, 12345 + k, 1996 + k) }));
  // A gap of a month in one series, so notes and stale cards appear.
  walks[1].dates.splice(1500, 22);
  walks[1].closes.splice(1500, 22);
  const first = Math.max(...walks.map((w) => parseDay(w.dates[0])));
  const last = parseDay(walks[2].dates[walks[2].dates.length - 1]);
  for (let day = first + 2; day <= last + 9; day += 37) {
    const opts = { asOf: iso(day) };
    assert.deepEqual(summarizeJS(walks, opts), IndexCards.summarize(walks, opts), opts.asOf);
  }
  assert.deepEqual(summarizeJS(walks), IndexCards.summarize(walks));
});

test("the JS yardstick refuses what the core refuses", () => {
  const one = (dates, closes) => [{ id: "A", dates, closes }];
  for (const [dates, closes] of [
    [["2024-02-30"], [1]], [["2024-13-01"], [1]], [["0000-01-01"], [1]], [["2024-1-05"], [1]], [["2024/01/05"], [1]],
    [[20240105], [1]], [["2024-01-05"], [0]], [["2024-01-05"], [-1]], [["2024-01-05"], [NaN]], [["2024-01-05"], ["1"]],
    [["2024-01-05"], [Infinity]], [["2024-01-05", "2024-01-05"], [1, 2]], [["2024-01-05", "2024-01-06"], [1e-200, 1e200]],
    [[], []], [["2024-01-05"], [1, 2]],
  ]) {
    assert.throws(() => IndexCards.summarize(one(dates, closes)), undefined, JSON.stringify(dates));
    assert.throws(() => summarizeJS(one(dates, closes)), undefined, JSON.stringify(dates));
  }
  assert.equal(parseDay("2024-02-29"), 19_782);
  assert.equal(iso(19_782), "2024-02-29");
  assert.equal(iso(parseDay("0001-01-01")), "0001-01-01");
  assert.equal(iso(parseDay("9999-12-31")), "9999-12-31");
});
