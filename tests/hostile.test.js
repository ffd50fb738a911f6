// Hostile input through the JS API: every case is answered with an Error that names the
// problem, and the module keeps working afterwards.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { loadBundle } = require("./helpers");

const IndexCards = loadBundle();
const good = [{ id: "A", name: "A", dates: ["2024-01-02", "2024-01-03"], closes: [100, 101] }];
const expected = JSON.stringify(IndexCards.summarize(good));

function refuses(fn, pattern) {
  let error = null;
  try { fn(); } catch (e) { error = e; }
  assert.ok(error instanceof Error, `expected an Error for ${pattern}`);
  assert.match(error.message, pattern);
  // And nothing is broken afterwards.
  assert.equal(JSON.stringify(IndexCards.summarize(good)), expected);
}
const one = (patch) => [{ id: "H", dates: ["2024-01-02"], closes: [1], ...patch }];

test("impossible and out-of-range dates", () => {
  refuses(() => IndexCards.summarize(one({ dates: ["0000-01-01"] })), /dates\[0\] "0000-01-01" has year 0000, outside 0001\.\.9999/);
  refuses(() => IndexCards.summarize(one({ dates: ["99999-01-01"] })), /dates\[0\] "99999-01-01" is not a date of the form YYYY-MM-DD/);
  refuses(() => IndexCards.summarize(one({ dates: ["1900-02-29"] })), /"1900-02-29" does not exist \(1900-02 has 28 days, not 29\)/);
  refuses(() => IndexCards.summarize(good, { asOf: "1900-02-29" }), /asOf "1900-02-29" does not exist/);
  // Dates are checked where they are used (IndexCards.parseDate is gone: docs/changes.md).
  const deck = new IndexCards.Deck(good);
  refuses(() => deck.cards("2024-13-01"), /^asOf "2024-13-01" has month 13, outside 01\.\.12$/);
  refuses(() => deck.card("A", 3e6), /^asOf must be a "YYYY-MM-DD" string or a day number from 1970-01-01, got 3000000$/);
  refuses(() => deck.cards(new Date(2024, 0, 2)), /^asOf must be a "YYYY-MM-DD" string or a day number from 1970-01-01, got an object$/);
  refuses(() => deck.card(Symbol("A")), /^id could not be read: a symbol is not a number, string, boolean, null, array or plain object$/);
  refuses(() => deck.card(["A"]), /^id must be a string, got an array$/);
  deck.free();
});

test("non-finite and non-positive numbers", () => {
  for (const [v, shown] of [[NaN, "NaN"], [Infinity, "Infinity"], [-Infinity, "-Infinity"], [0, "0"], [-0, "-0"], [-1e-300, "-1e-300"]]) {
    refuses(() => IndexCards.summarize(one({ closes: [v] })), new RegExp(`closes\\[0\\] \\(on 2024-01-02\\) is ${shown.replace("+", "\\+")};`));
  }
  refuses(() => IndexCards.summarize(one({ closes: [Number.MAX_VALUE * 10] })), /is Infinity;/);
});

test("10 MB strings as names and ids", () => {
  const huge = "名".repeat(5_000_000);
  const [card] = IndexCards.summarize(one({ name: huge }));
  assert.equal(card.name.length, 5_000_000);
  refuses(() => IndexCards.summarize([...one({ id: huge }), ...one({ id: huge })]), /^series "名{40}…" appears twice, as series\[0\] and series\[1\]/);
});

test("deeply nested and wrong-typed JSON", () => {
  let deep = {};
  for (let i = 0; i < 50_000; i++) deep = { a: deep };
  refuses(() => IndexCards.summarize([{ id: "N", dates: deep, closes: [1] }]), /could not be read: input is nested deeper than 32 levels/);
  refuses(() => IndexCards.summarize(JSON.parse('{"series": []}')), /series must be an array, got an object/);
  refuses(() => IndexCards.summarize([{ id: "W", dates: { 0: "2024-01-02", length: 1 }, closes: [1] }]), /series "W": dates must be an array, got an object/);
  refuses(() => IndexCards.summarize([{ id: "W", dates: ["2024-01-02"], closes: "1" }]), /series "W": closes must be an array, got a string/);
  refuses(() => IndexCards.summarize(good, []), /options must be an object, got an array/);
});

test("prototype-pollution keys are data, never code paths", () => {
  const polluted = JSON.parse('[{"id":"P","dates":["2024-01-02"],"closes":[1],"__proto__":{"dates":["1999-01-01"],"polluted":true}}]');
  const [card] = IndexCards.summarize(polluted);
  assert.equal(card.date, "2024-01-02");
  assert.equal(({}).polluted, undefined);
  refuses(() => IndexCards.summarize(good, JSON.parse('{"__proto__":{"asOf":"2024-01-02"}}')), /unknown option "__proto__"; the options are: asOf/);
  const [named] = IndexCards.summarize(JSON.parse('[{"id":"__proto__","name":"constructor","dates":["2024-01-02"],"closes":[1]}]'));
  assert.deepEqual([named.id, named.name], ["__proto__", "constructor"]);
  assert.equal(typeof Object.prototype.polluted, "undefined");
});

test("Unicode and right-to-left names come back exactly as given", () => {
  const names = ["مؤشر تاسي", "מדד ת\"א 35", "日経平均", "👩‍👩‍👧 index", "e\u0301\u200f\u202eevil"];
  const series = names.map((name, i) => ({ id: "U" + i, name, dates: ["2024-01-02"], closes: [1 + i] }));
  assert.deepEqual(IndexCards.summarize(series).map((c) => c.name), names);
  const csv = IndexCards.parseCsv("\ufeffDate,Close\r\n2024-01-02,1\r\n", { id: "مؤشر", name: "מדד" });
  assert.deepEqual([csv.id, csv.name], ["مؤشر", "מדד"]);
});

test("pushed ticks: hostile values are refused and the deck is unchanged", () => {
  const deck = new IndexCards.Deck(good);
  const before = JSON.stringify(deck.cards());
  for (const [date, close, pattern] of [
    ["2024-01-04", NaN, /close NaN is not a positive, finite number/],
    ["2024-01-04", -Infinity, /close -Infinity is not/],
    ["0000-01-01", 1, /^date "0000-01-01" has year 0000/],
    [1e12, 1, /^date must be a "YYYY-MM-DD" string or a day number/],
    [{}, 1, /^date must be a "YYYY-MM-DD" string or a day number/],
    ["2024-01-01", 1, /it is before the last date, 2024-01-03/],
  ]) {
    assert.throws(() => deck.push("A", date, close), (e) => e instanceof Error && pattern.test(e.message), String(pattern));
    assert.equal(JSON.stringify(deck.cards()), before);
  }
  deck.free();
});
