// The Deck through the bundle in Node: cards at any date equal summarize, typed-array input
// equals ISO strings, pushes equal a rebuild and bad pushes change nothing, and creating and
// freeing decks does not grow the wasm memory. (Functional checks only; speed is measured by
// tools/bench.sh, not asserted here.)
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { REAL, readReal, skipWithoutData, loadBundle, randomWalk } = require("./helpers");

const IndexCards = loadBundle();
const { memoryBytes } = IndexCards[Symbol.for("indexcards.test")];
const real = skipWithoutData ? [] : REAL.map(readReal);
const needsData = { skip: skipWithoutData };
const DAY_MS = 86_400_000;
const dayNumber = (iso) => Date.parse(iso + "T00:00:00Z") / DAY_MS;

test("deck.cards at dates across a replay equal summarize", needsData, () => {
  const deck = new IndexCards.Deck(real);
  // From the first date every series has (the Dow starts in 1992); before it summarize and
  // the deck both refuse, naming the series that has no close yet.
  const common = real.map((s) => s.dates[0]).sort().pop();
  const all = deck.dates().filter((d) => d >= common);
  assert.throws(() => deck.cards("1980-01-02"), /series "RUT": no close on or before asOf 1980-01-02; its first date is 1987-09-10/);
  for (let i = 0; i < all.length; i += 97) {
    assert.deepEqual(deck.cards(all[i]), IndexCards.summarize(real, { asOf: all[i] }).map((c) => c), all[i]);
  }
  assert.deepEqual(deck.cards(), IndexCards.summarize(real));
  assert.deepEqual(deck.card("SPX", "2024-11-22"), IndexCards.summarize([real[1]], { asOf: "2024-11-22" })[0]);
  deck.free();
});

test("Int32Array day numbers and Float64Array closes give the same cards as ISO strings", needsData, () => {
  const typed = real.map((s) => ({
    id: s.id,
    name: s.name,
    dates: Int32Array.from(s.dates, dayNumber),
    closes: Float64Array.from(s.closes),
  }));
  assert.deepEqual(IndexCards.summarize(typed, { asOf: "2024-11-22" }), IndexCards.summarize(real, { asOf: "2024-11-22" }));
  const mixed = [{ id: "M", dates: s0().dates, closes: Float64Array.from(s0().closes) }];
  assert.equal(IndexCards.summarize(mixed)[0].close, real[0].closes[real[0].closes.length - 1]);
  // Bad values inside typed arrays are named like any other.
  assert.throws(() => IndexCards.summarize([{ id: "T", dates: Int32Array.of(0, 1), closes: Float64Array.of(1, NaN) }]),
    /series "T": closes\[1\] \(on 1970-01-02\) is NaN; closes must be positive, finite numbers/);
  assert.throws(() => IndexCards.summarize([{ id: "T", dates: Int32Array.of(0, 9_000_000), closes: Float64Array.of(1, 2) }]),
    /series "T": dates\[1\] is day number 9000000, outside 0001-01-01\.\.9999-12-31/);
  assert.throws(() => IndexCards.summarize([{ id: "T", dates: Int32Array.of(0), closes: Float64Array.of(1, 2) }]),
    /dates has 1 entries but closes has 2/);
  assert.throws(() => IndexCards.summarize([{ id: "T", dates: ["1970-01-01"], closes: Float32Array.of(1) }]),
    (e) => /^series\[0\]\.closes could not be read: a Float32Array cannot be read here: dates take an Int32Array of day numbers and closes a Float64Array$/.test(e.message));
  function s0() { return real[0]; }
});

test("pushes equal a rebuild from scratch; intraday ticks replace the last close", needsData, () => {
  const rut = real[0];
  const n = rut.dates.length;
  const start = n - 300;
  const head = { id: "RUT", name: "Russell 2000", dates: rut.dates.slice(0, start), closes: rut.closes.slice(0, start) };
  const deck = new IndexCards.Deck([head, real[1]]);
  for (let i = start; i < n; i++) {
    assert.deepEqual(deck.push("RUT", rut.dates[i], rut.closes[i] * 1.003), { appended: true });
    assert.deepEqual(deck.push("RUT", dayNumber(rut.dates[i]), rut.closes[i]), { appended: false }); // a day number works too
    if (i % 50 === 0 || i === n - 1) {
      const rebuilt = { ...head, dates: rut.dates.slice(0, i + 1), closes: rut.closes.slice(0, i + 1) };
      // With SPX beside it, as in the deck (a card older than SPX's last close is stale).
      assert.deepEqual(deck.card("RUT"), IndexCards.summarize([rebuilt, real[1]])[0], rut.dates[i]);
    }
  }
  assert.deepEqual(deck.series.map((s) => [s.id, s.lastDate, s.length]), [["RUT", rut.dates[n - 1], n], ["SPX", real[1].dates.at(-1), real[1].dates.length]]);
  deck.free();
});

test("bad pushes throw a clear Error and leave the deck unchanged", needsData, () => {
  const deck = new IndexCards.Deck(real);
  const before = JSON.stringify([deck.cards(), deck.dates()]);
  const last = real[0].dates[real[0].dates.length - 1];
  const cases = [
    [["RUT", "2020-01-02", 1000], /push to series "RUT" on 2020-01-02 refused: it is before the last date, 2026-02-20; only the last date or a later one can be pushed; nothing was changed/],
    [["RUT", "2026-02-23", 0], /refused: close 0 is not a positive, finite number; nothing was changed/],
    [["RUT", "2026-02-23", NaN], /close NaN is not a positive, finite number/],
    [["RUT", last, -5], /close -5 is not a positive, finite number/],
    [["RUT", "2026-02-30", 1], /^date "2026-02-30" does not exist/],
    [["RUT", 1.5, 1], /^date must be a "YYYY-MM-DD" string or a day number from 1970-01-01, got 1\.5$/],
    [["NOPE", "2026-02-23", 1], /^no series "NOPE" in this deck$/],
    [[7, "2026-02-23", 1], /^id must be a string, got 7$/],
    [["RUT", "2026-02-23", "1"], /refused: close must be a number, got "1"; nothing was changed/],
  ];
  for (const [args, pattern] of cases) {
    assert.throws(() => deck.push(...args), (e) => e instanceof Error && pattern.test(e.message), String(pattern));
    assert.equal(JSON.stringify([deck.cards(), deck.dates()]), before);
  }
  deck.free();
});

test("1,000 deck create/free cycles do not grow wasm memory", () => {
  // The real closes where they are, else four random walks of the same length from 1990.
  const source = skipWithoutData ? ["A", "B", "C", "D"].map((id, k) => ({ id, name: id, ...randomWalk(9_000, k + 1, 1990) })) : real;
  const typed = source.map((s) => ({ id: s.id, name: s.name, dates: Int32Array.from(s.dates, dayNumber), closes: Float64Array.from(s.closes) }));
  const cycle = () => {
    const deck = new IndexCards.Deck(typed);
    deck.cards("2024-11-22");
    deck.chart({ to: "2024-11-22", period: "YTD" });
    deck.free();
  };
  for (let i = 0; i < 20; i++) cycle();
  const settled = memoryBytes();
  for (let i = 0; i < 1000; i++) cycle();
  assert.equal(memoryBytes(), settled, `memory grew from ${settled} bytes`);
});

test("decks lost without free() are freed when collected (FinalizationRegistry)", () => {
  // In a child process with --expose-gc: 300 decks of 4 × 9,000 closes, never freed, would
  // take about 400 MB of wasm memory if nothing freed them.
  const script = `
    const IndexCards = require(${JSON.stringify(require("path").join(__dirname, "..", "www", "indexcards.js"))});
    const { randomWalk } = require(${JSON.stringify(require("path").join(__dirname, "helpers.js"))});
    const { memoryBytes } = IndexCards[Symbol.for("indexcards.test")];
    const series = ["A", "B", "C", "D"].map((id, k) => ({ id, ...randomWalk(9000, k + 1, 1990) }));
    const settle = () => new Promise((r) => setImmediate(r));
    (async () => {
      for (let i = 0; i < 300; i++) {
        new IndexCards.Deck(series).cards();
        if (i % 10 === 9) { global.gc(); await settle(); }
      }
      const first = memoryBytes();
      for (let i = 0; i < 300; i++) {
        new IndexCards.Deck(series).cards();
        if (i % 10 === 9) { global.gc(); await settle(); }
      }
      console.log(JSON.stringify({ first, last: memoryBytes() }));
    })();`;
  const out = require("child_process").execFileSync(process.execPath, ["--expose-gc", "-e", script], { encoding: "utf8" });
  const { first, last } = JSON.parse(out);
  assert.ok(first < 100 * 1_048_576, `memory after 300 lost decks: ${first} bytes`);
  assert.ok(last <= first + 16 * 1_048_576, `memory grew from ${first} to ${last} bytes over 300 more lost decks`);
});

test("deck.sparks equals the chart's sparklines, for every series or the ids asked, and names a bad option", () => {
  const series = [0, 1, 2].map((k) => ({ id: "S" + k, ...randomWalk(900, 11 + k, 2020 + k) }));
  const deck = new IndexCards.Deck(series);
  for (const options of [{ period: "YTD" }, { period: "MAX", to: "2021-06-30" }, { from: "2022-03-01", reference: "S2" }]) {
    const chart = deck.chart({ ...options, spark: { width: 90, height: 30 }, crosshair: false });
    assert.deepEqual(deck.sparks({ ...options, width: 90, height: 30 }), chart.sparks, JSON.stringify(options));
    assert.deepEqual(deck.sparks({ ...options, width: 90, height: 30, ids: ["S2", "S0"] }), [chart.sparks[2], chart.sparks[0]]);
  }
  // S2 starts in 2022: no sparkline as of 2021.
  assert.equal(deck.sparks({ period: "MAX", to: "2021-06-30" })[2], null);
  assert.throws(() => deck.sparks({ ids: ["S9"] }), /S9/);
  assert.throws(() => deck.sparks({ ids: "S0" }), /ids must be an array of strings, got "S0"/);
  assert.throws(() => deck.sparks({ spark: {} }), /unknown option "spark"/);
  deck.free();
});

test("a freed Deck throws a clear Error on every method; free() again does nothing", () => {
  const deck = new IndexCards.Deck([{ id: "A", dates: ["2024-01-02"], closes: [1] }]);
  deck.free();
  const calls = {
    series: () => deck.series, cards: () => deck.cards(), card: () => deck.card("A"), compare: () => deck.compare(),
    chart: () => deck.chart(), sparks: () => deck.sparks(), push: () => deck.push("A", "2024-01-03", 2), dates: () => deck.dates(),
    days: () => deck.days(),
  };
  for (const [name, call] of Object.entries(calls)) {
    assert.throws(call, (e) => e instanceof Error && e.message === "this Deck was freed; create a new one", name);
  }
  deck.free();
});

test("a push for a day after the reader's tomorrow is refused; tomorrow is taken", () => {
  const local = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  const day = (offset) => { const d = new Date(); d.setDate(d.getDate() + offset); return local(d); };
  const deck = new IndexCards.Deck([{ id: "A", dates: [day(-3)], closes: [1] }]);
  assert.throws(() => deck.push("A", day(2), 2), (e) => e.message ===
    `push to series "A" on ${day(2)} refused: it is after tomorrow, ${day(1)}, by this computer's calendar (no close exists yet for a later day); nothing was changed`);
  assert.deepEqual(deck.dates(), [day(-3)]);
  assert.deepEqual(deck.push("A", day(1), 2), { appended: true });
  assert.deepEqual(deck.dates(), [day(-3), day(1)]);
  deck.free();
});

test("the packed string path and the value-by-value path give the same results and messages", () => {
  // Packed: every date a 10-character ASCII string and every close a number.
  const packed = { id: "P", dates: ["2024-01-02", "2024-13-01"], closes: [1, 2] };
  // Not packed: one date is not 10 ASCII characters, so every value crosses on its own.
  const single = { id: "P", dates: ["2024-01-02", "2024-13-01", "２０２４-01-05"], closes: [1, 2, 3] };
  const message = (input) => { try { IndexCards.summarize([input]); } catch (e) { return e.message; } return null; };
  assert.equal(message(packed), 'series "P": dates[1] "2024-13-01" has month 13, outside 01..12');
  assert.equal(message(single), 'series "P": dates[1] "2024-13-01" has month 13, outside 01..12');
  assert.equal(message({ id: "P", dates: ["2024-01-02", "2024-01-03"], closes: [1, NaN] }),
    'series "P": closes[1] (on 2024-01-03) is NaN; closes must be positive, finite numbers');
  assert.equal(message({ id: "P", dates: ["2024-01-02", 20240103], closes: [1, 2] }),
    'series "P": dates[1] must be a "YYYY-MM-DD" string, got 20240103');
  // The same closes through both paths: typed days force the value-by-value reader for dates.
  if (skipWithoutData) return;
  const typedDays = { ...real[0], dates: Int32Array.from(real[0].dates, dayNumber) };
  assert.deepEqual(IndexCards.summarize([real[0]], { asOf: "2024-11-22" }), IndexCards.summarize([typedDays], { asOf: "2024-11-22" }));
});

test("deck.days() is deck.dates() as day numbers in one Int32Array, every series' days merged once", () => {
  const deck = new IndexCards.Deck([
    { id: "A", dates: ["2024-01-02", "2024-01-04", "2024-01-08"], closes: [1, 2, 3] },
    { id: "B", dates: new Int32Array([dayNumber("1969-12-31"), dayNumber("2024-01-04"), dayNumber("2024-01-05")]), closes: new Float64Array([1, 2, 3]) },
    { id: "C", dates: ["2024-01-08", "2024-01-09"], closes: [1, 2] },
  ]);
  const days = deck.days();
  assert.ok(days instanceof Int32Array);
  assert.deepEqual([...days], ["1969-12-31", "2024-01-02", "2024-01-04", "2024-01-05", "2024-01-08", "2024-01-09"].map(dayNumber));
  assert.deepEqual(deck.dates(), ["1969-12-31", "2024-01-02", "2024-01-04", "2024-01-05", "2024-01-08", "2024-01-09"]);
  deck.push("C", "2024-01-10", 3);
  assert.equal(deck.days().at(-1), dayNumber("2024-01-10"));
  deck.free();
});

test("the real CSVs: days() and dates() agree, and parseCsv's typed result builds the same deck", needsData, () => {
  const deck = new IndexCards.Deck(real);
  const typed = real.map((s) => ({ id: s.id, name: s.name, dates: Int32Array.from(s.dates, dayNumber), closes: Float64Array.from(s.closes) }));
  const fast = new IndexCards.Deck(typed);
  assert.deepEqual([...deck.days()].map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10)), deck.dates());
  assert.deepEqual(fast.dates(), deck.dates());
  assert.deepEqual(fast.cards("2024-06-28"), deck.cards("2024-06-28"));
  deck.free();
  fast.free();
});

test("Deck.build gives the deck new Deck gives, a slice at a time, the event loop turning between slices", async () => {
  // 80,005 closes in three series, typed and as strings: with `slice: 0` the build lets the event
  // loop turn after each step of closes (setImmediate runs once a turn; never, were it one task).
  const walks = [60_000, 20_000, 5].map((n, k) => ({ id: `W${k}`, name: `Walk ${k}`, ...randomWalk(n, k + 7, 1950) }));
  const typed = walks.map((s) => ({ ...s, dates: Int32Array.from(s.dates, dayNumber), closes: Float64Array.from(s.closes) }));
  for (const series of [walks, typed]) {
    const whole = new IndexCards.Deck(series);
    let turns = 0;
    let counting = true;
    const count = () => { if (counting) { turns++; setImmediate(count); } };
    setImmediate(count);
    const built = await IndexCards.Deck.build(series, { slice: 0 });
    counting = false;
    assert.ok(turns >= 2, `the event loop turned ${turns} times while 80,005 closes were built in slices of 0 ms`);
    assert.deepEqual(built.series, whole.series);
    assert.deepEqual(built.days(), whole.days());
    for (const asOf of ["1950-03-01", "1990-06-29", "2000-01-03", undefined]) {
      assert.deepEqual(built.cards(asOf), whole.cards(asOf), asOf);
    }
    for (const period of ["1Y", "MAX"]) {
      assert.deepEqual(built.chart({ period, to: "1990-06-29", width: 400 }), whole.chart({ period, to: "1990-06-29", width: 400 }), period);
    }
    assert.deepEqual(built.push("W1", whole.series[1].lastDate, 101), whole.push("W1", whole.series[1].lastDate, 101));
    assert.deepEqual(built.cards(), whole.cards());
    built.free();
    whole.free();
  }
});

test("Deck.build refuses bad input with new Deck's error, stops when its signal aborts, and keeps no memory", async () => {
  const bad = [{ id: "X", dates: ["2024-01-02", "2024-01-03"], closes: [1, NaN] }];
  const message = /series "X": closes\[1\] \(on 2024-01-03\) is NaN; closes must be positive, finite numbers/;
  assert.throws(() => new IndexCards.Deck(bad), message);
  await assert.rejects(IndexCards.Deck.build(bad), message);
  const series = [{ id: "A", ...randomWalk(100_000, 3, 1900) }];
  const cycle = async () => {
    const controller = new AbortController();
    const pending = IndexCards.Deck.build(series, { signal: controller.signal, slice: 0 });
    controller.abort();
    await assert.rejects(pending, { name: "AbortError" });
    (await IndexCards.Deck.build(series)).free();
  };
  for (let i = 0; i < 3; i++) await cycle();
  const settled = memoryBytes();
  for (let i = 0; i < 20; i++) await cycle();
  assert.equal(memoryBytes(), settled, `memory grew from ${settled} bytes`);
  const aborted = AbortSignal.abort();
  await assert.rejects(IndexCards.Deck.build(series, { signal: aborted }), { name: "AbortError" });
});
