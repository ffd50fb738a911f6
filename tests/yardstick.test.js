// The benchmark's JavaScript yardstick must compute what the wasm core computes, field for
// field, or the speed comparison would mean nothing.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { REAL, readReal, skipWithoutData, loadBundle } = require("./helpers");
const { summarizeJS } = require("./yardstick");

const IndexCards = loadBundle();
const real = skipWithoutData ? [] : REAL.map(readReal);

test("the JS yardstick agrees with the wasm core on every field", { skip: skipWithoutData }, () => {
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
