// Data sources of the elements (www/src/elements/sources.js, ticks.js, attributes.js): which
// source wins, ids from file names, JSON errors with their line and column, bytes handed to
// parseCsv, stale src responses dropped, pushed ticks replayed, attribute checks. Plain inputs and
// stand-in APIs; no DOM, no wasm.
import test from "node:test";
import assert from "node:assert/strict";
import {
  decideSource, filesOf, idFromFileName, idFromSrc, isJsonBytes, jsonErrorAt, parseSeriesJson, seriesFromBytes,
  closesIn, seriesFromTemplates, seriesFromFiles, selectSeries, splitIds, AsyncSource, fetchSeries,
} from "../../www/src/elements/sources.js";
import { TickLog } from "../../www/src/elements/ticks.js";
import { attributeProblem, tabsOf, periodInfo, defaultPeriod } from "../../www/src/elements/attributes.js";
import { WordedError } from "../../www/src/i18n/format.js";

/** A parseCsv stand-in that records what it was given. */
function csvApi() {
  const calls = [];
  return {
    calls,
    parseCsv(input, options) {
      calls.push({ input, options });
      if (options.id === "bad") throw new Error(`"bad": CSV line 2, column 2 (close): "12x" is not a number`);
      return { id: options.id, name: options.name || options.id, dates: ["2024-01-02"], closes: [1] };
    },
    async parseCsvAsync(input, options) {
      return this.parseCsv(input, options);
    },
  };
}
const bytes = (text) => new TextEncoder().encode(text);

test("the source: el.data, then data-series, the JSON script, templates, src; none is not an error", () => {
  const tpl = [{ id: "A", name: null, text: "date,close" }];
  assert.deepEqual(decideSource({ data: [1], attribute: "[]", script: "[]", templates: tpl, src: "a.csv" }), { kind: "data", value: [1] });
  assert.deepEqual(decideSource({ data: null, attribute: "[2]", script: "[]", templates: tpl, src: "a.csv" }), { kind: "attribute", text: "[2]" });
  assert.deepEqual(decideSource({ attribute: "  ", script: "[3]", templates: tpl }), { kind: "script", text: "[3]" });
  assert.deepEqual(decideSource({ attribute: null, script: null, templates: tpl, src: "a.csv" }), { kind: "templates", templates: tpl });
  assert.deepEqual(decideSource({ templates: [], src: "a.csv" }), { kind: "src", src: "a.csv" });
  assert.deepEqual(decideSource({ templates: [] }), { kind: "none" });
  const file = new File(["date,close\n"], "^RUT.csv");
  assert.deepEqual(decideSource({ data: [file] }), { kind: "files", files: [file] });
  assert.deepEqual(decideSource({ data: file }), { kind: "files", files: [file] });
});

test("files: a File, a Blob or a list of them; anything else is data", () => {
  const blob = new Blob(["x"]);
  assert.deepEqual(filesOf(blob), [blob]);
  assert.equal(filesOf([]), null);
  assert.equal(filesOf([{ id: "A" }]), null);
  assert.equal(filesOf([blob, { id: "A" }]), null);
  assert.equal(filesOf("text"), null);
  assert.equal(filesOf(null), null);
});

test("ids from file names and addresses", () => {
  assert.equal(idFromFileName("^RUT.csv"), "^RUT");
  assert.equal(idFromFileName("russell2000.csv"), "russell2000");
  assert.equal(idFromFileName("data.tar.gz"), "data.tar");
  assert.equal(idFromFileName("README"), "README");
  assert.equal(idFromFileName(".csv", 2), "series3");
  assert.equal(idFromFileName("", 0), "series1");
  assert.equal(idFromSrc("/data/russell%202000.csv?v=2#top"), "russell 2000");
  assert.equal(idFromSrc("https://example.com/sp500.csv"), "sp500");
  assert.equal(idFromSrc("/bad%E0%A4%A.csv"), "bad%E0%A4%A");
  assert.equal(idFromSrc("/"), "series1");
});

test("JSON or CSV is told from the first byte after a BOM and spaces", () => {
  assert.equal(isJsonBytes(bytes("[{}]")), true);
  assert.equal(isJsonBytes(bytes("\ufeff \r\n {\"series\": []}")), true);
  assert.equal(isJsonBytes(bytes("Date,Close\n")), false);
  assert.equal(isJsonBytes(bytes("")), false);
});

test("a JSON error says where: line and column, found whatever the engine's message", () => {
  assert.equal(jsonErrorAt('[{"a": 1}]'), null);
  assert.deepEqual(jsonErrorAt('[{"id": "A", "dates": ['), { line: 1, column: 24 }); // just after the end
  assert.deepEqual(jsonErrorAt('[\n  {"id": "A",}\n]'), { line: 2, column: 14 });
  assert.deepEqual(jsonErrorAt("[1, 2,]"), { line: 1, column: 7 });
  assert.deepEqual(jsonErrorAt("{'a': 1}"), { line: 1, column: 2 });
  assert.deepEqual(jsonErrorAt('["tab\there"]'), { line: 1, column: 6 });
  assert.deepEqual(jsonErrorAt("[01]"), { line: 1, column: 3 });
  assert.deepEqual(jsonErrorAt("[1] x"), { line: 1, column: 5 });
  assert.deepEqual(jsonErrorAt(""), { line: 1, column: 1 });
  assert.equal(jsonErrorAt("[".repeat(200000)), null, "too deep to walk: no position rather than a crash");
  for (const bad of ["[", "[1,", '{"a"', '{"a":', "tru", '"\\x"', "-", "1.", "1e", '["\\u12"]']) {
    const at = jsonErrorAt(bad);
    assert.ok(at && at.line === 1 && at.column >= 1 && at.column <= bad.length + 1, bad);
  }
});

test("series from JSON: an array or { series }, and an error naming where, line and column", () => {
  assert.deepEqual(parseSeriesJson('[{"id":"A"}]', "x"), [{ id: "A" }]);
  assert.deepEqual(parseSeriesJson('{"series":[{"id":"B"}]}', "x"), [{ id: "B" }]);
  assert.deepEqual(parseSeriesJson('{"id":"A"}', "x"), { id: "A" }, "not an array: the deck refuses it with its own message");
  assert.throws(() => parseSeriesJson('[{"id": "A", "dates": [', { key: "where.script" }), (e) => {
    assert.ok(e instanceof WordedError);
    assert.equal(e.key, "err.json");
    assert.deepEqual([e.values.line, e.values.column], [1, 24]);
    assert.match(e.message, /^The <script type="application\/json"> child is not valid JSON: .+ \(line 1, column 24\)$/);
    return true;
  });
});

test("bytes go to parseCsv as bytes (the core decodes them), typed; JSON bytes are decoded as UTF-8", async () => {
  const api = csvApi();
  const b = bytes("Date,Close\n2024-01-02,1\n");
  const out = await seriesFromBytes(b, { id: "RUT", where: "rut.csv" }, api);
  assert.equal(out.length, 1);
  assert.equal(api.calls[0].input, b, "the same Uint8Array, not text");
  assert.deepEqual(api.calls[0].options, { id: "RUT", typed: true });
  await seriesFromBytes(b, { id: "RUT", name: "Russell 2000" }, api);
  assert.deepEqual(api.calls[1].options, { id: "RUT", name: "Russell 2000", typed: true });
  assert.deepEqual(await seriesFromBytes(bytes('\ufeff[{"id":"Ü"}]'), { id: "x" }, api), [{ id: "Ü" }]);
  assert.equal(api.calls.length, 2);
});

test("templates: ids from data-id (else series<n>), names from data-name", () => {
  const api = csvApi();
  const out = seriesFromTemplates([{ id: "RUT", name: "Russell 2000", text: "a" }, { id: null, name: null, text: "b" }], api);
  assert.deepEqual(out.map((s) => [s.id, s.name]), [["RUT", "Russell 2000"], ["series2", "series2"]]);
  assert.deepEqual(api.calls.map((c) => c.input), ["a", "b"]);
});

test("a CSV file goes to parseCsvAsync as the File (read in the worker); JSON is read here; ids come from the names; a bad file is named in the error", async () => {
  const api = csvApi();
  const csv = new File(["Date,Close\n"], "^RUT.csv");
  const spaced = new File([" ".repeat(5000) + '[{"id":"S"}]'], "spaced.json");
  const out = await seriesFromFiles([csv, new File(['\ufeff [{"id":"J"}]'], "more.json"), spaced], api);
  assert.deepEqual(out.map((s) => s.id), ["^RUT", "J", "S"]);
  assert.equal(api.calls.length, 1);
  assert.equal(api.calls[0].input, csv, "the File itself, not its bytes");
  assert.deepEqual(api.calls[0].options, { id: "^RUT", typed: true });
  await assert.rejects(seriesFromFiles([new File(["x"], "bad.csv")], api), (e) => {
    assert.equal(e.key, "err.file");
    assert.equal(e.message, 'bad.csv: "bad": CSV line 2, column 2 (close): "12x" is not a number');
    return true;
  });
});

test("the series attribute picks and orders series, and names an id it cannot find", () => {
  const all = [{ id: "RUT" }, { id: "SPX" }, { id: "DJI" }];
  assert.equal(selectSeries(all, ""), all);
  assert.equal(selectSeries(all, null), all);
  assert.deepEqual(selectSeries(all, "DJI, RUT").map((s) => s.id), ["DJI", "RUT"]);
  assert.deepEqual(splitIds(" a,b  c,,"), ["a", "b", "c"]);
  assert.throws(() => selectSeries(all, "RUT,NOPE"), (e) => e.message === 'series="RUT,NOPE": no series with id "NOPE"');
  const notAnArray = { id: "x" };
  assert.equal(selectSeries(notAnArray, "A"), notAnArray, "not an array: left to the deck, which says so");
});

test("closes are counted by the closes arrays' lengths, what is not an array counting none", () => {
  assert.equal(closesIn([{ closes: [1, 2] }, { closes: new Float64Array(3) }]), 5);
  assert.equal(closesIn([null, { dates: [1] }, { closes: "12345" }, { closes: { length: 9 } }, 7, { closes: [3] }]), 1);
  assert.equal(closesIn({ closes: [1] }), 0, "not an array: left to the deck, which says so");
  assert.equal(closesIn([]), 0);
});

/** A promise with its resolve and reject. */
function deferred() {
  let resolve, reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

test("an asynchronous source drops an answer that is no longer current", async () => {
  let changes = 0;
  const source = new AsyncSource(() => changes++);
  const a = deferred();
  const b = deferred();
  let aborted = null;
  assert.equal(source.get("a.csv", (signal) => { signal.addEventListener("abort", () => { aborted = "a"; }); return a.promise; }), null);
  assert.equal(source.loading, true);
  assert.equal(source.get("b.csv", () => b.promise), null);
  assert.equal(aborted, "a", "the old request is aborted");
  b.resolve(["B"]);
  await settle();
  assert.equal(changes, 1);
  a.resolve(["A (late)"]);
  await settle();
  assert.equal(changes, 1, "the late answer changes nothing");
  assert.deepEqual(source.get("b.csv", () => assert.fail("not loaded again")), ["B"]);
  // Errors are kept and thrown until the source changes.
  const c = deferred();
  source.get("c.csv", () => c.promise);
  c.reject(new Error("HTTP 404"));
  await settle();
  assert.throws(() => source.get("c.csv", () => assert.fail("not again")), /HTTP 404/);
  source.reset();
  assert.equal(source.loading, false);
});

test("fetchSeries: from file:// a message saying what to do, else the response's Blob", async () => {
  const api = csvApi();
  await assert.rejects(fetchSeries("rut.csv", { protocol: "file:", api, fetch: () => assert.fail("no request from file://") }), (e) => {
    assert.match(e.message, /^This page was opened from a file \(file:\/\/\), .* src="rut\.csv" cannot be loaded\./);
    return true;
  });
  const requests = [];
  const fetch = async (url, init) => {
    requests.push([url, init.credentials]);
    if (url.includes("missing")) return { ok: false, status: 404 };
    return { ok: true, blob: async () => new Blob([url.endsWith(".json") ? '[{"id":"J"}]' : "Date,Close\n"]) };
  };
  assert.deepEqual((await fetchSeries("/data/russell2000.csv", { protocol: "https:", api, fetch })).map((s) => s.id), ["russell2000"]);
  assert.ok(api.calls[0].input instanceof Blob, "the response's Blob, read in the worker");
  assert.deepEqual((await fetchSeries("/data/x.csv", { id: "RUT", protocol: "https:", api, fetch })).map((s) => s.id), ["RUT"]);
  assert.deepEqual((await fetchSeries("/all.json", { protocol: "https:", api, fetch })).map((s) => s.id), ["J"]);
  await assert.rejects(fetchSeries("/missing.csv", { protocol: "https:", api, fetch }), (e) => e.message === "Could not load /missing.csv: HTTP 404");
  await assert.rejects(fetchSeries("/bad.csv", { id: "bad", protocol: "https:", api, fetch }), (e) => e.message.startsWith('Could not load /bad.csv: "bad": CSV line 2'));
  assert.deepEqual(requests[0], ["/data/russell2000.csv", "same-origin"]);
});

// ---- pushed ticks ----

/** A deck stand-in: series with a last date; push refuses an earlier date or a bad close. */
function fakeDeck(series) {
  const pushed = [];
  return {
    pushed,
    get series() { return series.map((s) => ({ ...s })); },
    push(id, date, close) {
      const s = series.find((x) => x.id === id);
      if (!(close > 0)) throw new Error(`push to series "${id}" on ${date} refused: bad close`);
      if (date < s.lastDate) throw new Error("before the last date");
      s.lastDate = date;
      pushed.push([id, date, close]);
    },
  };
}

test("pushed ticks are replayed on a new deck: superseded ones forgotten, others' kept, refused ones reported", () => {
  const ticks = new TickLog();
  ticks.add("RUT", "2024-11-25", 2442);
  ticks.add("RUT", "2024-11-25", 2450.5); // an intraday update replaces the close of the day
  ticks.add("RUT", "2024-11-26", 2460);
  ticks.add("SPX", "2024-11-25", 6000);
  ticks.add("DJI", "2024-11-25", 44000);
  assert.equal(ticks.size, 4);
  // The new data already has RUT's 2024-11-25; SPX is not shown (series="RUT,DJI").
  const deck = fakeDeck([{ id: "RUT", lastDate: "2024-11-25" }, { id: "DJI", lastDate: "2024-11-22" }]);
  assert.deepEqual(ticks.replay(deck), []);
  assert.deepEqual(deck.pushed, [["RUT", "2024-11-26", 2460], ["DJI", "2024-11-25", 44000]]);
  assert.deepEqual([...ticks.entries()], [["RUT", "2024-11-26", 2460], ["SPX", "2024-11-25", 6000], ["DJI", "2024-11-25", 44000]]);
  // Another rebuild (e.g. the element moved) applies the same ticks again.
  const again = fakeDeck([{ id: "RUT", lastDate: "2024-11-22" }, { id: "SPX", lastDate: "2024-11-22" }, { id: "DJI", lastDate: "2024-11-22" }]);
  ticks.replay(again);
  assert.deepEqual(again.pushed, [["RUT", "2024-11-26", 2460], ["SPX", "2024-11-25", 6000], ["DJI", "2024-11-25", 44000]]);
  // A tick the new deck refuses is dropped and reported.
  ticks.add("DJI", "2024-11-27", -1);
  const refusing = fakeDeck([{ id: "DJI", lastDate: "2024-11-22" }]);
  const refused = ticks.replay(refusing);
  assert.deepEqual(refused.map((r) => [r.id, r.date, r.close]), [["DJI", "2024-11-27", -1]]);
  assert.match(refused[0].error.message, /refused/);
  ticks.clear();
  assert.equal(ticks.size, 0);
});

// ---- attributes ----

const PERIODS = [
  { key: "1W", kind: "trailing", unit: "week", count: 1 }, { key: "WTD", kind: "toDate", tab: false },
  { key: "MTD", kind: "toDate" }, { key: "QTD", kind: "toDate" }, { key: "YTD", kind: "toDate" },
  { key: "1Y", kind: "trailing", unit: "year", count: 1 }, { key: "3Y", kind: "trailing", unit: "year", count: 3, tab: false },
  { key: "5Y", kind: "trailing", unit: "year", count: 5 }, { key: "MAX", kind: "max" },
];
const problem = (attrs) => {
  const e = attributeProblem((n) => (Object.hasOwn(attrs, n) ? attrs[n] : null), PERIODS);
  return e && e.message;
};

test("attributes: each mistake named with its value; the first one wins", () => {
  assert.equal(problem({}), null);
  assert.equal(problem({ theme: "Dark", period: "ytd", "as-of": "2024-02-29", lang: "de-DE" }), null);
  assert.equal(problem({ theme: "neon" }), 'theme="neon" must be light, dark or auto');
  assert.equal(problem({ period: "2W" }), 'period="2W" must be one of 1W, MTD, QTD, YTD, 1Y, 5Y, MAX (or WTD, 3Y)');
  assert.equal(problem({ "as-of": "2024-13-45" }), 'as-of="2024-13-45" has month 13, outside 01..12');
  assert.equal(problem({ "as-of": "0000-01-01" }), 'as-of="0000-01-01" has year 0000, outside 0001..9999');
  assert.equal(problem({ "as-of": "2023-02-29" }), 'as-of="2023-02-29" has day 29, outside 01..28');
  assert.equal(problem({ "as-of": "yesterday" }), 'as-of="yesterday" is not a date of the form YYYY-MM-DD');
  assert.equal(problem({ lang: "not a tag!" }), 'lang="not a tag!" is not a language tag such as en-US or de-DE');
  assert.equal(problem({ locale: "xx_YY", lang: "en" }), 'locale="xx_YY" is not a language tag such as en-US or de-DE');
  assert.equal(problem({ locale: "de-DE", lang: "not a tag!" }), null, "locale wins over lang");
  assert.equal(problem({ theme: "neon", period: "2W" }), 'theme="neon" must be light, dark or auto');
  const all = PERIODS.map((p) => ({ ...p, tab: undefined }));
  assert.equal(attributeProblem((n) => (n === "period" ? "2W" : null), all).message, 'period="2W" must be one of 1W, WTD, MTD, QTD, YTD, 1Y, 3Y, 5Y, MAX');
});

test("periods: the tabs in order, a key in any case, YTD by default", () => {
  assert.deepEqual(tabsOf(PERIODS).map((p) => p.key), ["1W", "MTD", "QTD", "YTD", "1Y", "5Y", "MAX"]);
  assert.equal(periodInfo(PERIODS, "max").key, "MAX");
  assert.equal(periodInfo(PERIODS, "wtd").key, "WTD");
  assert.equal(periodInfo(PERIODS, "2W"), undefined);
  assert.equal(defaultPeriod(PERIODS, null).key, "YTD");
  assert.equal(defaultPeriod(PERIODS, "1y").key, "1Y");
  assert.equal(defaultPeriod(PERIODS.filter((p) => p.key !== "YTD"), null).key, "1W");
});
