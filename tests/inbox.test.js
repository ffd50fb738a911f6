// The fast input path writes plain series straight into wasm memory (www/src/api/pack.js, the
// inbox in src/bindings/inbox.rs). These pin what makes that safe: no call into the module while
// its memory is being written, a replaced inbox refused with a message (never misread), the same
// answers and errors as the slow path, and memory that comes back after refused input.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { loadBundle, randomWalk } = require("./helpers");

const IndexCards = loadBundle();
const { memoryBytes } = IndexCards[Symbol.for("indexcards.test")];
const walk = (id, n, seed) => ({ id, name: id, ...randomWalk(n, seed, 1990) });
/** The same series, but the fast path does not take it (closes in a Float64Array): the core
 * reads its dates one value at a time. */
const slow = (s) => ({ ...s, closes: Float64Array.from(s.closes) });

test("packed and value-by-value input give the same cards", () => {
  const a = walk("A", 3000, 7);
  const b = walk("B", 2000, 8);
  assert.deepEqual(IndexCards.summarize([a, b]), IndexCards.summarize([slow(a), slow(b)]));
  assert.deepEqual(IndexCards.summarize([a, b], { asOf: a.dates[1500] }), IndexCards.summarize([slow(a), b], { asOf: a.dates[1500] }));
});

test("a bad date in a packed series names the series, index and text, as on the slow path", () => {
  const a = walk("A", 500, 3);
  a.dates[321] = "2001-02-29";
  const expected = { message: /^series "A": dates\[321\] "2001-02-29" does not exist/ };
  assert.throws(() => IndexCards.summarize([a]), expected);
  assert.throws(() => new IndexCards.Deck([a]), expected);
  a.dates[321] = "2001-02-2\u00e9"; // ten characters, not ASCII: goes as given
  assert.throws(() => IndexCards.summarize([a]), { message: /^series "A": dates\[321\] "2001-02-2\u00e9"/ });
});

test("a getter that calls IndexCards while the series are written into wasm memory gets a clear Error", () => {
  const a = walk("A", 1000, 5);
  const expected = IndexCards.summarize([a]);
  const seen = [];
  const dates = [...a.dates];
  Object.defineProperty(dates, 10, {
    get() {
      try { IndexCards.summarize([walk("B", 100, 6)]); } catch (e) { seen.push(e.message); }
      try { new IndexCards.Deck([walk("C", 100, 6)]); } catch (e) { seen.push(e.message); }
      return a.dates[10];
    },
  });
  assert.deepEqual(IndexCards.summarize([{ ...a, dates }]), expected);
  assert.ok(seen.length === 2 && seen.every((m) => /^IndexCards was called from a getter of the series it was reading/.test(m)), seen.join("\n"));
});

test("a getter the core runs later that calls IndexCards makes the packed series be refused, not misread", () => {
  const packed = walk("P", 1000, 9);
  let calls = 0;
  const getter = {
    id: "G",
    get dates() { calls++; IndexCards.summarize([walk("Q", 50, 2)]); return ["2024-01-02"]; },
    closes: [true], // not all numbers: the core reads this series value by value, after the façade
  };
  assert.throws(() => IndexCards.summarize([getter, packed]),
    { message: /^series\[1\] could not be read: its packed dates and closes were replaced before they were read/ });
  assert.ok(calls >= 1);
  assert.deepEqual(IndexCards.summarize([packed]), IndexCards.summarize([slow(packed)]));
});

test("refused packed input leaves no memory behind", () => {
  const big = Array.from({ length: 4 }, (_, k) => walk("S" + k, 100_000, k + 1));
  big[3].closes[99_999] = -1;
  const refuse = () => assert.throws(() => IndexCards.summarize(big), { message: /^series "S3": closes\[99999\]/ });
  refuse();
  const settled = memoryBytes();
  for (let i = 0; i < 20; i++) refuse();
  assert.throws(() => IndexCards.summarize(big, { asof: 1 }), { message: /^unknown option "asof"/ });
  assert.equal(memoryBytes(), settled, `memory grew from ${settled} bytes`);
});

test("a caller's object cannot pass for a packed series: the mark is the façade's own symbol", () => {
  const a = walk("A", 50, 3);
  // Packed once, so the inbox has been opened and holds a generation a forger could guess.
  IndexCards.summarize([a]);
  for (const mark of ["__indexcardsInbox", Symbol("indexcards inbox"), Symbol.for("indexcards inbox")]) {
    for (const generation of [0, 1, 2, 3, 4, 5]) {
      const forged = { id: "F", [mark]: [generation, 0, 50] };
      assert.throws(() => IndexCards.summarize([forged, a]), { message: /^series "F": dates is missing/ }, String(mark));
    }
  }
  // The real series still reads as before.
  assert.deepEqual(IndexCards.summarize([a]), IndexCards.summarize([slow(a)]));
});
