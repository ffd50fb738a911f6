// Memory is bounded and returned (issue 13 part 4): sizes are checked before anything is copied
// into wasm or reserved, and wasm memory after a refused input stays within 16 MiB of where it
// was. Functional only: nothing here is timed. Each test reads the growth of wasm memory (it
// never shrinks) through the bundle's test hook.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { loadBundle, randomWalk: walk } = require("./helpers");

const IndexCards = loadBundle();
const { memoryBytes } = IndexCards[Symbol.for("indexcards.test")];
const MiB = 1_048_576;

/** Runs `refused` (which must throw an Error matching `message`) and returns how much wasm memory grew. */
function growth(refused, message) {
  const before = memoryBytes();
  assert.throws(refused, message);
  return memoryBytes() - before;
}

test("a length that is not an array's reserves nothing: { dates: { length: 9999999 } }", () => {
  const fake = { length: 9_999_999 };
  const grew = growth(() => IndexCards.summarize([{ id: "X", dates: fake, closes: fake }]),
    /^Error: series "X": dates must be an array, got an object$/);
  assert.ok(grew < 16 * MiB, `grew ${grew / MiB} MiB`);
  const deckGrew = growth(() => new IndexCards.Deck([{ id: "X", dates: fake, closes: [1] }]), /dates must be an array/);
  assert.ok(deckGrew < 16 * MiB, `grew ${deckGrew / MiB} MiB`);
});

test("a CSV string over 64 MiB of UTF-8 is refused before it is copied, whatever its characters", () => {
  // 70 M ASCII characters, and 30 M CJK characters (30 M UTF-16 units, 90 MB of UTF-8).
  for (const [text, bytes] of [["x".repeat(70_000_000), 70_000_000], ["date,close\n" + "日".repeat(30_000_000), 90_000_011]]) {
    const grew = growth(() => IndexCards.parseCsv(text, { id: "C" }),
      new RegExp(`^Error: "C": CSV is ${bytes} bytes; the limit is 67108864 bytes \\(64 MiB`));
    assert.ok(grew < 16 * MiB, `grew ${grew / MiB} MiB`);
  }
  // A string within the limit but over a third of it (so measured by TextEncoder first) is read.
  const long = "date,close\n2024-01-02,1\n2024-01-03,2\n" + "\n".repeat(23_000_000);
  assert.deepEqual(IndexCards.parseCsv(long, { id: "S" }).closes, [1, 2]);
});

test("bytes over 64 MiB are refused before any is copied", () => {
  const bytes = new Uint8Array(64 * MiB + 1).fill(0x31);
  const grew = growth(() => IndexCards.parseCsv(bytes, { id: "B" }), /CSV is 67108865 bytes; the limit is 67108864 bytes/);
  assert.ok(grew < 16 * MiB, `grew ${grew / MiB} MiB`);
});

test("series over the limits are refused by their lengths alone", () => {
  const grew = growth(() => IndexCards.summarize([{ id: "X", dates: new Int32Array(10_000_001), closes: new Float64Array(10_000_001) }]),
    /^Error: 1 series with 10000001 closes in all is more than the limit of 10000 series and 10000000 closes$/);
  assert.ok(grew < 16 * MiB, `grew ${grew / MiB} MiB`);
});

test("an input refused for its content leaves its memory for the next call: repeating it does not grow", () => {
  // 2 M rows (26 MB) with a bad last row: read, refused at line 2000002, memory kept by the
  // allocator and used again by the next call.
  const csv = "date,close\n" + "2024-01-02,1\n".repeat(2_000_000) + "bad,row\n";
  assert.throws(() => IndexCards.parseCsv(csv, { id: "C" }), /^Error: "C": CSV line 2000002, column 1 \(date\): "bad" is not a date/);
  const grew = growth(() => IndexCards.parseCsv(csv, { id: "C" }), /CSV line 2000002/);
  assert.ok(grew < 16 * MiB, `grew ${grew / MiB} MiB`);
  // Series refused at their last close, twice.
  const s = walk(500_000, 3, 1000);
  s.closes[s.closes.length - 1] = -1;
  assert.throws(() => IndexCards.summarize([{ id: "W", ...s }]), /series "W": closes\[499999\]/);
  const again = growth(() => IndexCards.summarize([{ id: "W", ...s }]), /series "W": closes\[499999\]/);
  assert.ok(again < 16 * MiB, `grew ${again / MiB} MiB`);
  // And the module still answers.
  assert.equal(IndexCards.summarize([{ id: "A", dates: ["2024-01-02"], closes: [1] }])[0].close, 1);
});

test("compare and chart over series on disjoint dates are bounded: 3,000 × 300 and 200 × 2,000", () => {
  const day = (n) => new Date(Date.UTC(1900, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const disjoint = (count, length) => Array.from({ length: count }, (_, k) => ({
    id: "S" + k,
    dates: Array.from({ length }, (_, i) => day(k * length + i)),
    closes: Array.from({ length }, (_, i) => 100 + (i % 7)),
  }));
  const before = memoryBytes();
  const deck = new IndexCards.Deck(disjoint(3000, 300));
  for (const period of ["YTD", "1Y", "MAX"]) {
    const c = deck.compare({ period });
    assert.equal(c.series.length, 3000);
    // On the common date at most one series has a figure; the others say why by a key.
    assert.ok(c.series.filter((s) => s.return !== null).length <= 1);
    assert.ok(c.series.every((s) => s.return !== null || ["noPeriodBase", "noData"].includes(s.note.reason)));
    assert.throws(() => deck.chart({ period, width: 800, height: 400 }), /a chart of 3000 series 689 pixels wide needs 2067000 values, more than the limit of 2000000/);
    assert.equal(deck.chart({ period, width: 600, height: 300 }).lines.length, 3000);
  }
  deck.free();
  const wide = new IndexCards.Deck(disjoint(200, 2000));
  for (const period of ["YTD", "1Y", "MAX"]) {
    assert.equal(wide.compare({ period }).series.length, 200);
    const chart = wide.chart({ period, width: 800, height: 400 });
    assert.ok(chart.crosshair.dates.length <= 800);
  }
  wide.free();
  assert.ok(memoryBytes() - before < 256 * MiB, `grew ${(memoryBytes() - before) / MiB} MiB`);
});
