// IndexCards.parseCsvAsync in Node (no Worker: the parse runs on the calling thread): the same
// series and the same error messages as parseCsv, for text and bytes; `typed: true` gives the same
// series as day numbers and a Float64Array; a Blob gives what its bytes give; an aborted signal
// rejects with an AbortError. tests/element-worker.test.js checks the worker itself in two browsers.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { loadBundle } = require("./helpers");

test("parseCsvAsync gives what parseCsv gives, results and errors", async () => {
  const IndexCards = await loadBundle();
  const cases = [
    ["Date,Close\n2024-01-02,1\n2024-01-03,2.5\n", { id: "A", name: "Alpha" }],
    [new TextEncoder().encode("\ufeffDate,Close\r\n2024-01-02,1\r\n"), { id: "B" }],
    [new TextEncoder().encode("Date,Close\n2024-01-02,1\n").buffer, { id: "C" }],
    ["date,close\n2024-01-02,12x\n", { id: "bad" }],
    ["date,close\n06/11/2024,1\n", { id: "D", dateOrder: "dd/mm" }],
    ["date,close\n2024-01-02,1\n", {}],
    [42, { id: "E" }],
  ];
  for (const [input, options] of cases) {
    let want;
    try {
      want = { result: IndexCards.parseCsv(input, options) };
    } catch (e) {
      want = { error: e.message };
    }
    let got;
    try {
      got = { result: await IndexCards.parseCsvAsync(input, options) };
    } catch (e) {
      assert.ok(e instanceof Error);
      got = { error: e.message };
    }
    assert.deepEqual(got, want);
  }
  // typed: true gives the same series with the dates as day numbers and the closes as a Float64Array.
  const text = "Date,Close\n2024-01-03,2.5\n1969-12-31,null\n1950-01-02,1\n";
  const plain = IndexCards.parseCsv(text, { id: "T" });
  const typed = IndexCards.parseCsv(text, { id: "T", typed: true });
  assert.ok(typed.dates instanceof Int32Array && typed.closes instanceof Float64Array);
  assert.deepEqual([...typed.dates].map((d) => new Date(d * 86400000).toISOString().slice(0, 10)), plain.dates);
  assert.deepEqual([...typed.closes], plain.closes);
  assert.deepEqual({ ...typed, dates: plain.dates, closes: plain.closes }, plain);
  assert.deepEqual(await IndexCards.parseCsvAsync(text, { id: "T", typed: true }), typed);
  assert.deepEqual(IndexCards.parseCsv(text, { id: "T", typed: false }), plain);
  assert.throws(() => IndexCards.parseCsv(text, { id: "T", typed: "yes" }), (e) => e.message === 'typed must be true or false, got "yes"');
  // A Blob (a File) is read and gives what its bytes give; its errors are the same.
  assert.deepEqual(await IndexCards.parseCsvAsync(new Blob([text]), { id: "T", typed: true }), typed);
  assert.deepEqual(await IndexCards.parseCsvAsync(new Blob([text]), { id: "T" }), plain);
  await assert.rejects(IndexCards.parseCsvAsync(new Blob(["date,close\n2024-01-02,12x\n"]), { id: "bad" }),
    (e) => e.message === '"bad": CSV line 2, column 2 (close): "12x" is not a number (missing days may be written as empty, "." or "null")');
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(IndexCards.parseCsvAsync("date,close\n2024-01-02,1\n", { id: "A" }, { signal: controller.signal }), (e) => e.name === "AbortError");
});
