// parseCsv through the bundle: every layout written at test time from the real closes of
// ../shared/data (into a temporary folder, never into the repository), the committed small
// fixtures, each malformed case, and files given as bytes in each encoding (in Node, Chromium
// and Firefox ESR).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { REAL, readReal, skipWithoutData, loadBundle, root, dataDir } = require("./helpers");

const IndexCards = loadBundle();
const { memoryBytes } = IndexCards[Symbol.for("indexcards.test")];
const spx = skipWithoutData ? null : readReal(REAL[1]);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "indexcards-csv-"));
const real = { skip: skipWithoutData };

// The raw rows of the real file, to write every layout with its own columns.
const rows = skipWithoutData ? [] : fs.readFileSync(path.join(dataDir, "sp500.csv"), "utf8").trim().split(/\r?\n/).slice(1)
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

test("Yahoo Finance download: Close (not Adj Close), null rows skipped with their lines", real, () => {
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

test("Stooq download", real, () => {
  const text = write("stooq.csv", "Date,Open,High,Low,Close,Volume\n" + rows.map((r) => `${r.date},${r.open},${r.high},${r.low},${r.close},0`).join("\n"));
  const s = IndexCards.parseCsv(text, { id: "spx" });
  assert.equal(s.format, "stooq");
  assert.deepEqual(s.closes, spx.closes);
  assert.deepEqual(s.skipped, []);
});

test("FRED: DATE or observation_date, '.' for a missing day", real, () => {
  for (const header of ["DATE,SP500", "observation_date,SP500"]) {
    const text = write("fred.csv", header + "\n" + rows.map((r) => `${r.date},${MISSING.has(r.date) ? "." : r.close}`).join("\n") + "\n");
    const s = IndexCards.parseCsv(text, { id: "SP500" });
    assert.equal(s.format, "fred");
    assert.equal(s.column, "SP500");
    assert.deepEqual(s.closes, expectWithout(MISSING).closes);
    assert.deepEqual(s.skipped.map((k) => k.value), [".", ".", "."]);
  }
});

test("Investing.com: BOM, CRLF, quoted, thousands separators, MM/DD/YYYY, newest first", real, () => {
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

test("plain date,close with CRLF, and an empty last value counted as missing", real, () => {
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
  // "1,00" is a decimal comma (1) unless the decimal option says the mark is a point.
  bad("date,close\n2024-01-02,\"1,00\"\n", /CSV line 2, column 2 \(close\): "1,00"/, { id: "X", decimal: "." });
  bad("date,close\n2024-01-02,1\n", /^decimal must be "\." \(5,969\.34\) or "," \(5\.969,34\), got ";"$/, { id: "X", decimal: ";" });
  bad("date,close\n2024-01-02,1\n", /^dateOrder must be "dmy" \(DD\/MM\/YYYY\), "mdy" \(MM\/DD\/YYYY\) or "ymd" \(YYYY-MM-DD\), got "DMY"$/, { id: "X", dateOrder: "DMY" });
  bad("date,close\n2024-01-02,.\n", /no closes: all 1 rows are missing-value markers/);
  bad("date,close\n2024-01-02,1\n", /parseCsv needs an id/, {});
  bad(42, /first argument must be the CSV text as a string, got a number/);
  bad("date,close\n2024-01-02,1\n", /unknown option "ID"/, { ID: "x" });
  // After errors, parsing still works.
  assert.equal(IndexCards.parseCsv("date,close\n2024-01-02,1\n", { id: "X" }).closes[0], 1);
});

test("dateOrder and decimal: what the file cannot settle, the options say; the result reports what was used", () => {
  // 06/11/2024 is June 11 or November 6: nothing in this file says which.
  const uk = "Date,Price\n06/11/2024,2391.8\n07/11/2024,2400.1\n";
  assert.match(message(() => IndexCards.parseCsv(uk, { id: "FTSE" })), /dateOrder: "dmy"/);
  const dmy = IndexCards.parseCsv(uk, { id: "FTSE", dateOrder: "dmy" });
  assert.deepEqual([dmy.dates, dmy.dateOrder, dmy.decimal], [["2024-11-06", "2024-11-07"], "dmy", "."]);
  const mdy = IndexCards.parseCsv(uk, { id: "FTSE", dateOrder: "mdy" });
  assert.deepEqual([mdy.dates, mdy.dateOrder], [["2024-06-11", "2024-07-11"], "mdy"]);
  // A file that settles the order itself (13/11) reports it; an option against it is refused.
  const settled = IndexCards.parseCsv("Date,Price\n13/11/2024,1\n", { id: "F" });
  assert.equal(settled.dateOrder, "dmy");
  assert.ok(message(() => IndexCards.parseCsv("Date,Price\n13/11/2024,1\n", { id: "F", dateOrder: "mdy" })));
  // 2,406 is 2406 with a point, 2.406 with a comma: refused without the option.
  const thousands = "date,close\n2024-01-02,\"2,406\"\n";
  assert.match(message(() => IndexCards.parseCsv(thousands, { id: "R" })), /decimal: "\."/);
  assert.deepEqual(IndexCards.parseCsv(thousands, { id: "R", decimal: "." }).closes, [2406]);
  assert.deepEqual(IndexCards.parseCsv(thousands, { id: "R", decimal: "," }).closes, [2.406]);
  // "1,00" can only be a decimal comma; ISO dates report "ymd".
  const comma = IndexCards.parseCsv("date,close\n2024-01-02,\"1,00\"\n", { id: "X" });
  assert.deepEqual([comma.closes, comma.decimal, comma.dateOrder], [[1], ",", "ymd"]);
  assert.deepEqual(Object.keys(comma), ["id", "name", "dates", "closes", "skipped", "format", "column", "dateOrder", "decimal"]);
  assert.ok(Array.isArray(comma.dates) && Array.isArray(comma.closes), "plain arrays, not typed arrays");
});

test("Investing.com fixtures: the German header settles day first and the comma; the UK file needs dateOrder", () => {
  const read = (f) => fs.readFileSync(path.join(root, "tests", "fixtures", f), "utf8");
  const de = IndexCards.parseCsv(read("investing-de.csv"), { id: "DAX" });
  assert.deepEqual([de.format, de.dateOrder, de.decimal], ["investing", "dmy", ","]);
  // Every day ≤ 12 and Change % fits either order: refused, never read as June to December.
  assert.match(message(() => IndexCards.parseCsv(read("investing-uk.csv"), { id: "FTSE" })),
    /^"FTSE": CSV line 2, column 1 \(Date\): "12\/11\/2024" is 2024-12-11 as MM\/DD\/YYYY but 2024-11-12 as DD\/MM\/YYYY.*pass dateOrder: "mdy" or dateOrder: "dmy"$/);
  const uk = IndexCards.parseCsv(read("investing-uk.csv"), { id: "FTSE", dateOrder: "dmy" });
  assert.deepEqual([uk.dates[0], uk.dates.at(-1), uk.dateOrder, uk.decimal], ["2024-11-06", "2024-11-12", "dmy", "."]);
});

// ---- Bytes: decoded by TextDecoder (web-sys) inside the wasm's call, never by the caller. ----

const CLOTURE = "Date,Clôture\n2024-01-02,4742.83\n2024-01-03,4704.81\n";
const utf16le = (text) => Buffer.from("\ufeff" + text, "utf16le");
const utf16be = (text) => Buffer.from(utf16le(text)).swap16();
const arrayBuffer = (bytes) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
const message = (fn) => { try { fn(); } catch (e) { assert.ok(e instanceof Error); return e.message; } return null; };

test("bytes: UTF-8 with or without a byte-order mark, as a Uint8Array, a Buffer or an ArrayBuffer, read as the text is", () => {
  const want = IndexCards.parseCsv(CLOTURE, { id: "X" });
  assert.equal(want.column, "Clôture");
  const utf8 = new TextEncoder().encode(CLOTURE);
  const bom = new TextEncoder().encode("\ufeff" + CLOTURE);
  for (const input of [utf8, Buffer.from(CLOTURE), arrayBuffer(utf8), bom, arrayBuffer(bom)]) {
    assert.deepEqual(IndexCards.parseCsv(input, { id: "X" }), want);
  }
  // A view into a larger buffer reads only its own bytes.
  const padded = new Uint8Array(utf8.length + 8).fill(0x41);
  padded.set(utf8, 4);
  assert.deepEqual(IndexCards.parseCsv(padded.subarray(4, 4 + utf8.length), { id: "X" }), want);
});

test("bytes: UTF-16LE and UTF-16BE by their byte-order mark (Excel's \"Unicode text\")", () => {
  const want = IndexCards.parseCsv(CLOTURE, { id: "X" });
  for (const bytes of [utf16le(CLOTURE), utf16be(CLOTURE)]) {
    assert.deepEqual(IndexCards.parseCsv(bytes, { id: "X" }), want);
    assert.deepEqual(IndexCards.parseCsv(arrayBuffer(bytes), { id: "X" }), want);
    // The byte-order mark decides, whatever the option says (as browsers decode documents).
    assert.deepEqual(IndexCards.parseCsv(bytes, { id: "X", encoding: "windows-1252" }), want);
  }
});

test("bytes: windows-1252 with the encoding option; without it, an error naming UTF-8, the line and the option", () => {
  // Node's windows-1252 decoder maps 0x80–0x9F as Latin-1 (nodejs/node#60888), so this file
  // keeps to letters both agree on; the browser test below checks "€" as well.
  const text = "Date,Schlußkurs\r\n2024-01-02,4742.83\r\n2024-01-03,4704.81\r\n";
  const bytes = Buffer.from(text, "latin1");
  assert.equal(message(() => IndexCards.parseCsv(bytes, { id: "DAX" })),
    '"DAX": the CSV bytes are not valid utf-8 text (first at line 1): utf-8 was tried because it is the default ' +
    "(the file has no byte-order mark and no encoding option was given); if the file was saved in another encoding, " +
    'pass its label, e.g. parseCsv(bytes, { id, encoding: "windows-1252" }) (any label TextDecoder knows: "iso-8859-15", "shift_jis", "utf-16le", …)');
  const s = IndexCards.parseCsv(bytes, { id: "DAX", encoding: "windows-1252" });
  assert.deepEqual([s.column, s.dates, s.closes], ["Schlußkurs", ["2024-01-02", "2024-01-03"], [4742.83, 4704.81]]);
  // Any WHATWG label: "latin1" names windows-1252 too.
  assert.deepEqual(IndexCards.parseCsv(bytes, { id: "DAX", encoding: "latin1" }), s);
});

test("bytes that are not text in their encoding, unknown labels and other inputs are clear errors", () => {
  const bad = Buffer.concat([Buffer.from("date,close\n2024-01-02,1\n2024-01-03,"), Buffer.from([0xff, 0x31]), Buffer.from("\n")]);
  assert.match(message(() => IndexCards.parseCsv(bad, { id: "X" })), /^"X": the CSV bytes are not valid utf-8 text \(first at line 3\): utf-8 was tried because it is the default/);
  const odd = Buffer.concat([utf16le("date,close\n2024-01-02,1\n"), Buffer.from([0x31])]);
  assert.match(message(() => IndexCards.parseCsv(odd, { id: "X" })), /^"X": the CSV bytes are not valid utf-16le text: utf-16le was tried because the file starts with its byte-order mark; if the file was saved in another encoding, pass its label/);
  const ascii = Buffer.from("date,close\n2024-01-02,1\n");
  assert.equal(message(() => IndexCards.parseCsv(ascii, { id: "X", encoding: "latin-9x" })),
    'encoding must be an encoding label TextDecoder knows, such as "utf-8", "windows-1252", "iso-8859-15", "shift_jis" or "utf-16le", got "latin-9x"');
  assert.equal(message(() => IndexCards.parseCsv(ascii, { id: "X", encoding: 1252 })), "encoding must be a string, got 1252");
  assert.match(message(() => IndexCards.parseCsv("date,close\n2024-01-02,1\n", { id: "X", encoding: "utf-8" })),
    /^encoding must be left out when the CSV is given as a string/);
  assert.equal(message(() => IndexCards.parseCsv(new Uint16Array(4), { id: "X" })),
    "parseCsv's first argument must be the CSV text as a string, got a Uint16Array (or its bytes as a Uint8Array or ArrayBuffer)");
  assert.equal(message(() => IndexCards.parseCsv(ascii, { id: "X", encodng: "utf-8" })), 'unknown option "encodng"; the options are: id, name, encoding, dateOrder, decimal, typed');
  assert.match(message(() => IndexCards.parseCsv(ascii, {})), /^parseCsv needs an id/);
  // And the module still works.
  assert.deepEqual(IndexCards.parseCsv(ascii, { id: "X" }).closes, [1]);
});

test("bytes over the 64 MiB limit are refused before any is copied into wasm", () => {
  const before = memoryBytes();
  const big = new Uint8Array(64 * 1024 * 1024 + 1).fill(0x31);
  assert.equal(message(() => IndexCards.parseCsv(big, { id: "C" })),
    '"C": CSV is 67108865 bytes; the limit is 67108864 bytes (64 MiB, over a million daily rows)');
  assert.equal(message(() => IndexCards.parseCsv(big.buffer, { id: "C" })),
    '"C": CSV is 67108865 bytes; the limit is 67108864 bytes (64 MiB, over a million daily rows)');
  assert.equal(memoryBytes(), before);
});

test("bytes in Chromium and Firefox ESR from file://: the browsers' TextDecoder", async () => {
  const { pathToFileURL } = require("url");
  const { chromium, firefox } = require("./browsers");
  const pageUrl = pathToFileURL(path.join(root, "www", "index.html")).href;
  // windows-1252: "Schlußkurs €" (0xDF, 0x80), which browsers decode as the WHATWG standard says.
  const win1252 = [...Buffer.from("Date,Schlu"), 0xdf, ...Buffer.from("kurs "), 0x80, ...Buffer.from("\n2024-01-02,1\n")];
  const inputs = { win1252, le: [...utf16le(CLOTURE)], be: [...utf16be(CLOTURE)], bad: [...Buffer.from("date,close\n2024-01-02,"), 0xc3, 0x28, 10] };
  const inPage = async (bytes) => {
    await IndexCards.ready;
    const u8 = (list) => new Uint8Array(list);
    const result = {
      win1252: IndexCards.parseCsv(u8(bytes.win1252), { id: "W", encoding: "windows-1252" }).column,
      le: IndexCards.parseCsv(u8(bytes.le).buffer, { id: "L" }),
      be: IndexCards.parseCsv(u8(bytes.be), { id: "B" }),
    };
    try { IndexCards.parseCsv(u8(bytes.bad), { id: "X" }); } catch (e) { result.bad = e.message; }
    return result;
  };
  const check = (got, browser) => {
    assert.equal(got.win1252, "Schlußkurs €", browser);
    for (const key of ["le", "be"]) {
      assert.deepEqual([got[key].column, got[key].dates, got[key].closes], ["Clôture", ["2024-01-02", "2024-01-03"], [4742.83, 4704.81]], browser + " " + key);
    }
    assert.match(got.bad, /^"X": the CSV bytes are not valid utf-8 text \(first at line 2\)/, browser);
  };
  const c = await chromium();
  try {
    const page = await c.newPage();
    await page.goto(pageUrl);
    check(await page.evaluate(inPage, inputs), "Chromium");
  } finally {
    await c.close();
  }
  const f = await firefox();
  try {
    const page = await f.newPage();
    await page.goto(pageUrl);
    check(await page.evaluate(inPage, inputs), "Firefox ESR");
  } finally {
    await f.close();
  }
});

test.after(() => fs.rmSync(tmp, { recursive: true, force: true }));
