// Scale: 1,000 series × 10 years and one series of 1,000,000 closes work (the README records
// the times and memory this machine measured), and input over the documented limits is
// refused up front with an Error naming the limit. Functional only: nothing here is timed.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { loadBundle, randomWalk: walk } = require("./helpers");

const IndexCards = loadBundle();
const { memoryBytes } = IndexCards[Symbol.for("indexcards.test")];

test("1,000 series × 10 years: cards, a deck, its comparison and its chart", () => {
  const many = Array.from({ length: 1000 }, (_, k) => ({ id: "S" + k, ...walk(2520, k + 1, 2014) }));
  const cards = IndexCards.summarize(many);
  assert.equal(cards.length, 1000);
  const deck = new IndexCards.Deck(many);
  assert.deepEqual(deck.cards(), cards);
  const comparison = deck.compare({ period: "YTD" });
  assert.equal(comparison.series.length, 1000);
  assert.deepEqual([...new Set(comparison.series.map((s) => s.rank))].sort((a, b) => a - b)[0], 1);
  const chart = deck.chart({ period: "YTD", width: 800, height: 400 });
  assert.equal(chart.lines.length, 1000);
  // The crosshair is bounded by pixel columns: 1,000 lines × at most 689 samples.
  assert.ok(chart.crosshair.values.every((v) => v.length <= 800 - 64 - 48 + 1));
  // Past MAX_CHART_VALUES (2,000,000 values: series × pixel columns) a chart is refused.
  assert.throws(() => deck.chart({ width: 8192 }), /^Error: a chart of 1000 series 8081 pixels wide needs 8081000 values, more than the limit of 2000000; draw fewer series or a narrower chart$/);
  deck.free();
});

test("one series of 1,000,000 closes", () => {
  const one = { id: "M", ...walk(1_000_000, 7, 1900) };
  const [card] = IndexCards.summarize([one]);
  assert.equal(card.date, one.dates[999_999]);
  const deck = new IndexCards.Deck([one]);
  const chart = deck.chart({ period: "MAX", width: 800, height: 400 });
  // Decimated to at most two points per pixel column of the plot.
  assert.ok(chart.lines[0].d.split(/[ML]/).length - 1 <= 2 * 800);
  assert.ok(chart.crosshair.dates.length <= 800);
  deck.free();
});

test("over the limits: refused up front, naming the limit", () => {
  assert.throws(() => IndexCards.summarize(Array.from({ length: 10_001 }, () => null)),
    /^Error: 10001 series with 0 closes in all is more than the limit of 10000 series and 10000000 closes$/);
  const closes = new Float64Array(10_000_001).fill(1);
  const dates = Int32Array.from({ length: 10_000_001 }, (_, i) => i);
  const before = memoryBytes();
  assert.throws(() => IndexCards.summarize([{ id: "X", dates, closes }]), /1 series with 10000001 closes in all is more than the limit/);
  // Refused before any of its 120 MB was copied into wasm memory.
  assert.ok(memoryBytes() - before < 16 * 1_048_576, `memory grew by ${memoryBytes() - before} bytes`);
  const csv = "date,close\n" + "2024-01-02,1\n".repeat(5_600_000);
  assert.throws(() => IndexCards.parseCsv(csv, { id: "C" }), /CSV is \d+ bytes; the limit is 67108864 bytes \(64 MiB/);
  // And the module still works.
  assert.equal(IndexCards.summarize([{ id: "A", dates: ["2024-01-02"], closes: [1] }])[0].close, 1);
});
