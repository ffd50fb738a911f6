// The JS API of the built bundle (www/indexcards.js) in Node: shape, ordering, options, errors.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { loadBundle } = require("./helpers");

const IndexCards = loadBundle();

const RUT = {
  id: "RUT",
  name: "Russell 2000",
  // Newest first, as many downloads are.
  dates: ["2024-11-22", "2024-11-21", "2024-11-15", "2024-10-31", "2024-09-30", "2023-12-29", "2023-11-22"],
  closes: [2406.67, 2328.73, 2303.84, 2196.65, 2229.97, 2027.07, 1794.62],
};
const near = (a, b, what) => assert.ok(Math.abs(a - b) < 1e-12, `${what}: ${a} != ${b}`);

test("ready resolves to the API object and the module is a frozen UMD export of the contract's names", async () => {
  assert.equal(await IndexCards.ready, IndexCards);
  assert.ok(Object.isFrozen(IndexCards));
  assert.deepEqual(Object.keys(IndexCards), ["ready", "version", "periods", "parseCsv", "parseCsvAsync", "summarize", "Deck"]);
  assert.equal(typeof IndexCards.summarize, "function");
  assert.match(IndexCards.version, /^\d+\.\d+\.\d+$/);
  // The removed functions are gone (docs/changes.md lists their replacements).
  for (const gone of ["compare", "paths", "view", "formatPct", "formatLevel", "round", "parseDate", "memoryBytes", "isoDate"]) {
    assert.equal(IndexCards[gone], undefined, gone);
  }
  // The tests' memory hook is not enumerable and not part of the API.
  const hook = IndexCards[Symbol.for("indexcards.test")];
  assert.equal(typeof hook.memoryBytes(), "number");
  assert.ok(!Object.getOwnPropertySymbols(IndexCards).some((s) => Object.getOwnPropertyDescriptor(IndexCards, s).enumerable));
  assert.ok(!JSON.stringify(Object.keys(IndexCards)).includes("test"));
});

test("periods lists every period once, in order, with how to word it and the element's tabs", () => {
  const p = IndexCards.periods;
  assert.deepEqual(p.map((x) => x.key), ["1W", "WTD", "MTD", "QTD", "YTD", "1Y", "3Y", "5Y", "MAX"]);
  assert.deepEqual(p[0], { key: "1W", kind: "trailing", unit: "week", count: 1, tab: true });
  assert.deepEqual(p[1], { key: "WTD", kind: "toDate", unit: null, count: null, tab: false });
  assert.deepEqual(p.filter((x) => x.tab).map((x) => x.key), ["1W", "MTD", "QTD", "YTD", "1Y", "5Y", "MAX"]);
  assert.equal(IndexCards.periods, p, "the same frozen list every time");
  assert.ok(Object.isFrozen(p) && Object.isFrozen(p[0]));
});

test("summarize returns one plain card per series with every documented field", () => {
  const [card] = IndexCards.summarize([RUT], { asOf: "2024-11-22" });
  assert.deepEqual(Object.keys(card), [
    "id", "name", "date", "asOf", "close", "d1", "wtd", "mtd", "qtd", "ytd", "y1",
    "ath", "athDate", "fromAth", "high52", "low52", "fullYear", "firstDate", "lastDate",
    "bases", "notes", "stale", "levelDecimals",
  ]);
  assert.equal(Object.getPrototypeOf(card), Object.prototype);
  assert.equal(card.id, "RUT");
  assert.equal(card.name, "Russell 2000");
  assert.equal(card.date, "2024-11-22");
  assert.equal(card.close, 2406.67);
  near(card.d1, 2406.67 / 2328.73 - 1, "d1");
  near(card.wtd, 2406.67 / 2303.84 - 1, "wtd");
  near(card.mtd, 2406.67 / 2196.65 - 1, "mtd");
  near(card.qtd, 2406.67 / 2229.97 - 1, "qtd");
  near(card.ytd, 2406.67 / 2027.07 - 1, "ytd");
  near(card.y1, 2406.67 / 1794.62 - 1, "y1");
  assert.equal(card.ath, 2406.67);
  assert.equal(card.athDate, "2024-11-22");
  assert.equal(card.fromAth, 0);
  assert.equal(card.high52, 2406.67);
  assert.equal(card.low52, 2027.07);
  assert.deepEqual(card.bases, {
    d1: "2024-11-21", wtd: "2024-11-15", mtd: "2024-10-31", qtd: "2024-09-30", ytd: "2023-12-29", y1: "2023-11-22",
  });
  assert.equal(card.asOf, "2024-11-22");
  assert.equal(card.fullYear, true);
  assert.equal(card.lastDate, "2024-11-22");
  assert.deepEqual(card.notes, { d1: null, wtd: null, mtd: null, qtd: null, ytd: null, y1: null });
  assert.equal(card.stale, false);
  assert.equal(card.levelDecimals, 2);
  // The display decisions come as keys: a 1-day base a week back says since when.
  const [gap] = IndexCards.summarize([RUT], { asOf: "2024-11-21" });
  assert.deepEqual(gap.notes.d1, { reason: "since", date: "2024-11-15" });
  assert.equal(gap.stale, false);
  const [later] = IndexCards.summarize([RUT], { asOf: "2024-12-02" });
  assert.deepEqual([later.date, later.asOf, later.stale], ["2024-11-22", "2024-12-02", true]);
});

test("cards come back in input order, asOf defaults to each series' last date", () => {
  const a = { id: "A", name: "A", dates: ["2024-01-02", "2024-01-05"], closes: [1, 2] };
  const b = { id: "B", name: "B", dates: ["2024-01-02", "2024-01-03"], closes: [3, 4] };
  const cards = IndexCards.summarize([b, a]);
  assert.deepEqual(cards.map((c) => [c.id, c.date]), [["B", "2024-01-03"], ["A", "2024-01-05"]]);
  const opts = IndexCards.summarize([b, a], {});
  assert.deepEqual(opts, cards);
});

test("a missing base is null, never 0 or undefined, and says why as a key", () => {
  const [card] = IndexCards.summarize([{ id: "X", name: "X", dates: ["2024-11-22"], closes: [100] }]);
  for (const key of ["d1", "wtd", "mtd", "qtd", "ytd", "y1"]) {
    assert.equal(card[key], null, key);
    assert.equal(card.bases[key], null, key);
    assert.deepEqual(card.notes[key], { reason: "noEarlier" }, key);
  }
  assert.equal(card.levelDecimals, 0);
});

test("asOf on a weekend uses the Friday close", () => {
  const [card] = IndexCards.summarize([RUT], { asOf: "2024-11-24" });
  assert.equal(card.date, "2024-11-22");
  const [earlier] = IndexCards.summarize([RUT], { asOf: "2024-11-20" });
  assert.equal(earlier.date, "2024-11-15");
});

function throwsError(fn, pattern) {
  let caught;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof Error, `expected an Error, got ${caught}`);
  assert.match(caught.message, pattern);
}

const one = (patch) => [{ id: "SPX", name: "S&P 500", dates: ["2024-01-02", "2024-01-03"], closes: [4742.83, 4704.81], ...patch }];

test("every kind of bad input throws a real Error that says what and where", () => {
  const cases = [
    [one({ closes: [4742.83, NaN] }), /series "SPX": closes\[1\] \(on 2024-01-03\) is NaN; closes must be positive, finite numbers/],
    [one({ closes: [Infinity, 1] }), /closes\[0\] \(on 2024-01-02\) is Infinity/],
    [one({ closes: [1, 0] }), /closes\[1\] \(on 2024-01-03\) is 0;/],
    [one({ closes: [-3, 1] }), /closes\[0\] \(on 2024-01-02\) is -3;/],
    [one({ closes: [1, "4704.81"] }), /closes\[1\] \(on 2024-01-03\) must be a number, got "4704.81"/],
    [one({ closes: [1, null] }), /closes\[1\] \(on 2024-01-03\) must be a number, got null/],
    [one({ closes: [1, undefined] }), /closes\[1\] \(on 2024-01-03\) must be a number, got null/],
    [one({ closes: [1, {}] }), /closes\[1\] \(on 2024-01-03\) must be a number, got an object/],
    [one({ dates: ["2024-01-02", "2024-02-30"] }), /dates\[1\] "2024-02-30" does not exist \(2024-02 has 29 days, not 30\)/],
    [one({ dates: ["2024-01-02", "01/03/2024"] }), /dates\[1\] "01\/03\/2024" is not a date of the form YYYY-MM-DD/],
    [one({ dates: ["2024-01-02", 20240103] }), /dates\[1\] must be a "YYYY-MM-DD" string, got 20240103/],
    [one({ dates: ["2024-01-02", "2024-01-02"] }), /two closes for 2024-01-02, at dates\[0\] and dates\[1\]/],
    [one({ closes: [1] }), /series "SPX": dates has 2 entries but closes has 1/],
    [one({ dates: [], closes: [] }), /series "SPX": dates and closes are empty/],
    [one({ closes: undefined }), /series "SPX": closes is missing/],
    [one({ dates: "2024-01-02" }), /series "SPX": dates must be an array, got a string/],
    [one({ id: undefined }), /series\[0\] has no id/],
    [one({ id: "" }), /series\[0\]\.id must be a non-empty string/],
    [one({ id: 42 }), /series\[0\]\.id must be a non-empty string, got 42/],
    [one({ name: ["x"] }), /series "SPX": name must be a string, got an array/],
    [[...one({}), ...one({})], /series "SPX" appears twice, as series\[0\] and series\[1\]/],
    [[], /series is an empty array/],
    ["SPX", /series must be an array, got a string/],
    [[null], /series\[0\] must be an object/],
  ];
  for (const [input, pattern] of cases) throwsError(() => IndexCards.summarize(input), pattern);
});

test("bad options throw and name the option", () => {
  const good = one({});
  throwsError(() => IndexCards.summarize(good, { asOf: "2024-1-3" }), /asOf "2024-1-3" is not a date of the form YYYY-MM-DD/);
  throwsError(() => IndexCards.summarize(good, { asOf: "2023-02-29" }), /asOf "2023-02-29" does not exist/);
  throwsError(() => IndexCards.summarize(good, { asOf: new Date() }), /asOf must be a "YYYY-MM-DD" string/);
  throwsError(() => IndexCards.summarize(good, { asof: "2024-01-03" }), /unknown option "asof"; the options are: asOf/);
  throwsError(() => IndexCards.summarize(good, "2024-01-03"), /options must be an object/);
  throwsError(() => IndexCards.summarize(good, { asOf: "2023-12-01" }), /series "SPX": no close on or before asOf 2023-12-01; its first date is 2024-01-02/);
});

test("values with no JSON shape are refused with an Error, not a crash", () => {
  throwsError(() => IndexCards.summarize(one({ closes: [1, Symbol("x")] })),
    /^series\[0\]\.closes\[1\] could not be read: a symbol is not a number, string, boolean, null, array or plain object$/);
  throwsError(() => IndexCards.summarize(one({ closes: [1, () => 1] })), /^series\[0\]\.closes\[1\] could not be read: a function is not a number/);
  throwsError(() => IndexCards.summarize(one({ closes: [1, 10n] })), /^series\[0\]\.closes\[1\] could not be read: a BigInt is not a number/);
  throwsError(() => IndexCards.summarize(one({}), { asOf: Symbol("d") }), /^options\.asOf could not be read/);
  let deep = [];
  for (let i = 0; i < 10000; i++) deep = [deep];
  throwsError(() => IndexCards.summarize(deep), /^series(\[0\]){33} could not be read: input is nested deeper than 32 levels/);
});

test("after any bad call the next good call still works", () => {
  const expected = IndexCards.summarize([RUT]);
  for (const bad of [NaN, [{}], one({ closes: [1, -1] }), [{ id: "Z", dates: ["9999-99-99"], closes: [1] }]]) {
    assert.throws(() => IndexCards.summarize(bad));
    assert.deepEqual(IndexCards.summarize([RUT]), expected);
  }
});

test("huge names and ids are kept whole in cards and shortened in messages", () => {
  const name = "n".repeat(1_000_000);
  const [card] = IndexCards.summarize([{ id: "Z", name, dates: ["2024-01-02"], closes: [1] }]);
  assert.equal(card.name.length, 1_000_000);
  try {
    IndexCards.summarize([{ id: "i".repeat(1_000_000), dates: ["2024-01-02"], closes: [0] }]);
    assert.fail("should throw");
  } catch (e) {
    assert.ok(e.message.length < 300, `message length ${e.message.length}`);
  }
});

test("a deck compares on one common date and ranks the period's returns, highest first", () => {
  const spx = { id: "SPX", name: "S&P 500", dates: ["2023-12-29", "2024-11-22"], closes: [4769.83, 5969.34] };
  const deck = new IndexCards.Deck([RUT, spx]);
  const c = deck.compare({ to: "2024-11-22" });
  assert.deepEqual([c.period, c.from, c.to, c.date, c.reference], ["YTD", null, "2024-11-22", "2024-11-22", "RUT"]);
  assert.deepEqual(c.series.map((s) => [s.id, s.rank, s.baseDate]), [["RUT", 2, "2023-12-29"], ["SPX", 1, "2023-12-29"]]);
  near(c.series[1].return, 5969.34 / 4769.83 - 1, "SPX return");
  near(c.series[1].spread, (c.series[1].return - c.series[0].return) * 100, "SPX spread in pp");
  assert.deepEqual([c.smallVsLarge.small, c.smallVsLarge.large, c.smallVsLarge.relation], ["RUT", "SPX", "trails"]);
  assert.equal(c.smallVsLarge.value.toFixed(1), "-6.4");
  const chart = deck.chart({ to: "2024-11-22", width: 600, height: 300 });
  assert.deepEqual([chart.width, chart.height, chart.lines.length, chart.sparks.length], [600, 300, 2, 2]);
  assert.deepEqual(chart.lines.map((l) => l.id), ["RUT", "SPX"]);
  deck.free();
});
