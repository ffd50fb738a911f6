// IndexCards.parseCsvAsync in Node (no Worker: the parse runs on the calling thread): the same
// series and the same error messages as parseCsv, for text and bytes; an aborted signal rejects
// with an AbortError. tests/element-worker.test.js checks the worker itself in two browsers.
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
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(IndexCards.parseCsvAsync("date,close\n2024-01-02,1\n", { id: "A" }, { signal: controller.signal }), (e) => e.name === "AbortError");
});
