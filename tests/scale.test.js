// Scale: 1,000 series × 10 years and one series of 1,000,000 closes work (the README records
// the times and memory this machine measured), and input over the documented limits is
// refused up front with an Error naming the limit. Functional only: nothing here is timed.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { loadBundle, randomWalk: walk } = require("./helpers");

const IndexCards = loadBundle();
test("1,000 series × 10 years: cards, a deck and its view", () => {
  const many = Array.from({ length: 1000 }, (_, k) => ({ id: "S" + k, ...walk(2520, k + 1, 2014) }));
  const cards = IndexCards.summarize(many);
  assert.equal(cards.length, 1000);
  const deck = new IndexCards.Deck(many);
  assert.deepEqual(deck.cards(), cards);
  const view = deck.view({ period: "YTD", chart: { width: 800, height: 400 } });
  assert.equal(view.bars.length, 1000);
  deck.free();
});

test("one series of 1,000,000 closes", () => {
  const one = { id: "M", ...walk(1_000_000, 7, 1900) };
  const [card] = IndexCards.summarize([one]);
  assert.equal(card.date, one.dates[999_999]);
  const deck = new IndexCards.Deck([one]);
  const paths = deck.paths({ period: "MAX", chart: { width: 800, height: 400 } });
  // Decimated to at most two points per pixel column of the plot.
  assert.ok(paths.chart.lines[0].d.split(/[ML]/).length - 1 <= 2 * 800);
  deck.free();
});

test("over the limits: refused up front, naming the limit", () => {
  assert.throws(() => IndexCards.summarize(Array.from({ length: 10_001 }, () => null)),
    /^Error: 10001 series with 0 closes in all is more than the limit of 10000 series and 10000000 closes$/);
  const closes = new Float64Array(10_000_001).fill(1);
  const dates = Int32Array.from({ length: 10_000_001 }, (_, i) => i);
  const before = IndexCards.memoryBytes();
  assert.throws(() => IndexCards.summarize([{ id: "X", dates, closes }]), /1 series with 10000001 closes in all is more than the limit/);
  // Refused before any of its 120 MB was copied into wasm memory.
  assert.ok(IndexCards.memoryBytes() - before < 16 * 1_048_576, `memory grew by ${IndexCards.memoryBytes() - before} bytes`);
  const csv = "date,close\n" + "2024-01-02,1\n".repeat(5_600_000);
  assert.throws(() => IndexCards.parseCsv(csv, { id: "C" }), /CSV is \d+ bytes; the limit is 67108864 bytes \(64 MiB/);
  // And the module still works.
  assert.equal(IndexCards.summarize([{ id: "A", dates: ["2024-01-02"], closes: [1] }])[0].close, 1);
});
