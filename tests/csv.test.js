// parseCsv through the bundle: every layout written at test time from the real closes of
// ../shared/data (into a temporary folder, never into the repository), the committed small
// fixtures, and each malformed case.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { REAL, readReal, loadBundle, root } = require("./helpers");

const IndexCards = loadBundle();
const spx = readReal(REAL[1]);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "indexcards-csv-"));

// The raw rows of the real file, to write every layout with its own columns.
const rows = fs.readFileSync(path.join(require("./helpers").dataDir, "sp500.csv"), "utf8").trim().split(/\r?\n/).slice(1)
  .map((line) => { const [date, open, high, low, close] = line.split(","); return { date, open, high, low, close }; });
// Days written as missing in the layouts that have a marker: their lines must come back in `skipped`.
const MISSING = new Set(["2024-11-21", "2008-10-15", "1987-10-19"]);

function write(name, text) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return fs.readFileSync(file, "utf8");
}
function expectWithout(missing) {
  const dates = [];
  const closes = [];
  spx.dates.forEach((d, i) => { if (!missing.has(d)) { dates.push(d); closes.push(spx.closes[i]); } });
  return { dates, closes };
}
const thousands = (x) => x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const usDate = (d) => `${d.slice(5, 7)}/${d.slice(8, 10)}/${d.slice(0, 4)}`;

test("Yahoo Finance download: Close (not Adj Close), null rows skipped with their lines", () => {
  const text = write("yahoo.csv", "Date,Open,High,Low,Close,Adj Close,Volume\n" + rows.map((r) =>
    MISSING.has(r.date) ? `${r.date},null,null,null,null,null,null` : `${r.date},${r.open},${r.high},${r.low},${r.close},${Number(r.close) * 0.5},1000`).join("\n") + "\n");
  const s = IndexCards.parseCsv(text, { id: "^GSPC" });
  assert.equal(s.format, "yahoo");
  assert.equal(s.column, "Close");
  assert.equal(s.name, "S&P 500");
  const want = expectWithout(MISSING);
  assert.deepEqual(s.dates, want.dates);
  assert.deepEqual(s.closes, want.closes);
  assert.deepEqual(s.skipped.map((k) => k.date).sort(), [...MISSING].sort());
  for (const k of s.skipped) {
    assert.equal(k.value, "null");
    assert.equal(k.line, spx.dates.indexOf(k.date) + 2, "line of " + k.date);
  }
});

test("Stooq download", () => {
  const text = write("stooq.csv", "Date,Open,High,Low,Close,Volume\n" + rows.map((r) => `${r.date},${r.open},${r.high},${r.low},${r.close},0`).join("\n"));
  const s = IndexCards.parseCsv(text, { id: "spx" });
  assert.equal(s.format, "stooq");
  assert.deepEqual(s.closes, spx.closes);
  assert.deepEqual(s.skipped, []);
});

test("FRED: DATE or observation_date, '.' for a missing day", () => {
  for (const header of ["DATE,SP500", "observation_date,SP500"]) {
    const text = write("fred.csv", header + "\n" + rows.map((r) => `${r.date},${MISSING.has(r.date) ? "." : r.close}`).join("\n") + "\n");
    const s = IndexCards.parseCsv(text, { id: "SP500" });
    assert.equal(s.format, "fred");
    assert.equal(s.column, "SP500");
    assert.deepEqual(s.closes, expectWithout(MISSING).closes);
    assert.deepEqual(s.skipped.map((k) => k.value), [".", ".", "."]);
  }
});

test("Investing.com: BOM, CRLF, quoted, thousands separators, MM/DD/YYYY, newest first", () => {
  const body = [...rows].reverse().map((r) => {
    const c = thousands(Number(r.close));
    return `"${usDate(r.date)}","${c}","${thousands(Number(r.open))}","${thousands(Number(r.high))}","${thousands(Number(r.low))}","","0.00%"`;
  });
  const text = write("investing.csv", "\ufeff\"Date\",\"Price\",\"Open\",\"High\",\"Low\",\"Vol.\",\"Change %\"\r\n" + body.join("\r\n") + "\r\n");
  const s = IndexCards.parseCsv(text, { id: "SPX", name: "S&P 500 (Investing.com)" });
  assert.equal(s.format, "investing");
  assert.equal(s.column, "Price");
  assert.deepEqual(s.dates, spx.dates);
  s.closes.forEach((c, i) => assert.equal(c, Number(Number(rows[i].close).toFixed(2)), s.dates[i]));
  // The figures the recap checks survive the 2-decimal rounding of this layout.
  const [card] = IndexCards.summarize([s], { asOf: "2024-11-22" });
  assert.equal(card.close, 5969.34);
  assert.equal((card.ytd * 100).toFixed(1), "25.1");
});

test("plain date,close with CRLF, and an empty last value counted as missing", () => {
  const text = write("plain.csv", "date,close\r\n" + rows.map((r) => `${r.date},${MISSING.has(r.date) ? "" : r.close}`).join("\r\n"));
  const s = IndexCards.parseCsv(text, { id: "S" });
  assert.equal(s.format, "plain");
  assert.deepEqual(s.dates, expectWithout(MISSING).dates);
  assert.deepEqual(s.skipped.map((k) => k.value), ["", "", ""]);
});

test("committed hand-written fixtures of each layout", () => {
  const read = (f) => fs.readFileSync(path.join(root, "tests", "fixtures", f), "utf8");
  assert.equal(IndexCards.parseCsv(read("yahoo.csv"), { id: "Y" }).format, "yahoo");
  assert.equal(IndexCards.parseCsv(read("stooq.csv"), { id: "S" }).format, "stooq");
  assert.equal(IndexCards.parseCsv(read("fred.csv"), { id: "F" }).format, "fred");
  const inv = IndexCards.parseCsv(read("investing.csv"), { id: "I" });
  assert.deepEqual([inv.format, inv.dates, inv.closes], ["investing", ["2024-11-20", "2024-11-21", "2024-11-22"], [1223.75, 1230.2, 1234.5]]);
});

test("malformed CSV throws an Error naming the line and column", () => {
  const bad = (text, pattern, opts = { id: "X" }) => {
    assert.throws(() => IndexCards.parseCsv(text, opts), (e) => e instanceof Error && pattern.test(e.message), String(pattern));
  };
  bad("", /^"X": CSV is empty/);
  bad("date,close\n2024-01-02,abc\n", /^"X": CSV line 2, column 2 \(close\): "abc" is not a number/);
  bad("date,close\n2024-01-02,1\n2024-13-02,2\n", /CSV line 3, column 1 \(date\): "2024-13-02" has month 13/);
  bad("date,close\n2024-01-02,1,9\n", /CSV line 2: 3 fields, but the header has 2/);
  bad("day,value\n2024-01-02,1\n", /CSV line 1: no date column/);
  bad("Date,Open,High\n2024-01-02,1,2\n", /CSV line 1: no close column/);
  bad("date,close\n2024-01-02,0\n", /CSV line 2, column 2 \(close\): "0" is not a positive, finite close/);
  bad("date,close\n2024-01-02,1\n2024-01-02,2\n", /two rows for 2024-01-02, on lines 2 and 3/);
  bad("date,close\n2024-01-02,\"1,00\"\n", /"1,00" is not a number/);
  bad("date,close\n2024-01-02,.\n", /no closes: all 1 rows are missing-value markers/);
  bad("date,close\n2024-01-02,1\n", /parseCsv needs an id/, {});
  bad(42, /first argument must be the CSV text as a string, got a number/);
  bad("date,close\n2024-01-02,1\n", /unknown option "ID"/, { ID: "x" });
  // After errors, parsing still works.
  assert.equal(IndexCards.parseCsv("date,close\n2024-01-02,1\n", { id: "X" }).closes[0], 1);
});

test.after(() => fs.rmSync(tmp, { recursive: true, force: true }));
