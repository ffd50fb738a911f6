// What a card and the comparison say, from contract-shaped Card and Comparison objects
// (www/src/elements/card.js describeCard, comparison.js describeComparison and rankBars), in every
// language: the rows, notes, stale mark, the high and range lines and the spoken sentence. No
// DOM, no wasm.
import test from "node:test";
import assert from "node:assert/strict";
import { Formatter } from "../../www/src/i18n/format.js";
import { WORDS } from "../../www/src/i18n/words.js";
import { describeCard, noteText, ROWS } from "../../www/src/elements/card.js";
import { describeComparison, rankBars } from "../../www/src/elements/comparison.js";
import { agrees } from "../../www/src/elements/figure.js";

const YTD = { key: "YTD", kind: "toDate" };
const FIVE = { key: "5Y", kind: "trailing", unit: "year", count: 5 };

/** The Russell 2000 on 2024-11-22 (real closes), as the contract's Card. */
const RUT = {
  id: "RUT", name: "Russell 2000", date: "2024-11-22", asOf: "2024-11-22", close: 2406.669921875,
  d1: 0.01803, wtd: 0.04479, mtd: 0.09612, qtd: 0.08031, ytd: 0.18732, y1: 0.3487,
  ath: 2434.97998046875, athDate: "2024-11-11", fromAth: -0.011627, high52: 2434.98, low52: 1792.81,
  fullYear: false, firstDate: "2023-11-01", lastDate: "2024-11-22",
  bases: { d1: "2024-11-21", wtd: "2024-11-15", mtd: "2024-10-31", qtd: "2024-09-30", ytd: "2023-12-29", y1: null },
  notes: { d1: null, wtd: null, mtd: null, qtd: null, ytd: null, y1: { reason: "noEarlier" } },
  stale: false, levelDecimals: 2,
};

test("en: the card as the old element showed it, and its sentence", () => {
  const f = new Formatter("en-US");
  const m = describeCard(f, RUT, { period: YTD });
  assert.equal(m.level, "2,406.67");
  assert.deepEqual(m.line, { kind: "close", text: "Close on Nov 22, 2024" });
  assert.deepEqual(m.rows.map((r) => [r.key, r.label, r.pct, r.dir, r.arrow]), [
    ["1D", "1D", "+1.8%", "up", "▲"], ["WTD", "WTD", "+4.5%", "up", "▲"], ["MTD", "MTD", "+9.6%", "up", "▲"], ["YTD", "YTD", "+18.7%", "up", "▲"],
  ]);
  assert.equal(m.period, null, "YTD is one of the rows");
  assert.deepEqual(m.high, { pct: "-1.2%", dir: "down", text: "from closing high 2,434.98 on Nov 11, 2024 · highest since Nov 1, 2023" });
  assert.equal(m.range, "Range since Nov 1, 2023: 1,792.81 – 2,434.98");
  assert.equal(m.spoken, "Russell 2000, 2,406.67, up 1.8% today, up 4.5% this week, up 9.6% this month, up 18.7% this year, down 1.2% from its closing high");
});

test("de: German words, numbers and dates; the sentence as the tests pin it", () => {
  const f = new Formatter("de-DE");
  const m = describeCard(f, RUT, { period: YTD });
  assert.equal(m.level, "2.406,67");
  assert.deepEqual(m.rows.map((r) => r.label), ["1T", "Woche", "Monat", "Jahr"]);
  assert.equal(m.rows[3].pct, "+18,7\u00a0%");
  assert.equal(m.spoken, "Russell 2000, 2.406,67, plus 1,8\u00a0% heute, plus 4,5\u00a0% diese Woche, plus 9,6\u00a0% diesen Monat, plus 18,7\u00a0% seit Jahresbeginn, 1,2\u00a0% unter dem Schlusshoch");
});

test("the spoken sentence in every language: its own order and punctuation, every figure in it", () => {
  const want = {
    fr: "Russell 2000, 2\u202f406,67, en hausse de 1,8\u00a0% aujourd’hui, en hausse de 4,5\u00a0% cette semaine, en hausse de 9,6\u00a0% ce mois-ci, en hausse de 18,7\u00a0% depuis le début de l’année, 1,2\u00a0% sous son plus haut de clôture",
    es: "Russell 2000, 2406,67, sube un 1,8\u00a0% hoy, sube un 4,5\u00a0% en la semana, sube un 9,6\u00a0% en el mes, sube un 18,7\u00a0% en lo que va de año, un 1,2\u00a0% por debajo de su máximo de cierre",
    it: "Russell 2000 a 2406,67, oggi +1,8%, questa settimana +4,5%, questo mese +9,6%, da inizio anno +18,7%, -1,2% dal massimo di chiusura",
    pt: "Russell 2000, 2.406,67, sobe 1,8% hoje, sobe 4,5% na semana, sobe 9,6% no mês, sobe 18,7% no ano, 1,2% abaixo da máxima de fechamento",
    ja: "Russell 2000、2,406.67、前日比1.8%上昇、週初来4.5%上昇、月初来9.6%上昇、年初来18.7%上昇、終値ベースの最高値を1.2%下回る",
    "zh-CN": "Russell 2000，2,406.67，今日上涨1.8%，本周上涨4.5%，本月上涨9.6%，年初至今上涨18.7%，较收盘最高点低1.2%",
  };
  const locales = { fr: "fr-FR", es: "es-ES", it: "it-IT", pt: "pt-BR", ja: "ja-JP", "zh-CN": "zh-CN" };
  for (const [lang, sentence] of Object.entries(want)) {
    assert.equal(describeCard(new Formatter(locales[lang]), RUT, { period: YTD }).spoken, sentence, lang);
  }
  for (const lang of Object.keys(WORDS)) {
    const m = describeCard(new Formatter(lang), { ...RUT, d1: -0.0002, fromAth: 0, stale: true }, { period: YTD });
    assert.ok(!m.spoken.includes("{"), `${lang}: ${m.spoken}`);
    assert.ok(m.spoken.includes("Russell 2000"), lang);
  }
});

test("flat, at the high, stale: words for each", () => {
  const f = new Formatter("en-US");
  const m = describeCard(f, { ...RUT, d1: 0.0004, fromAth: 0, stale: true, date: "2024-09-20" }, { period: YTD });
  assert.deepEqual([m.rows[0].pct, m.rows[0].dir, m.rows[0].arrow], ["0.0%", "flat", "■"]);
  assert.deepEqual(m.line, { kind: "stale", text: "last close Sep 20, 2024" });
  assert.equal(m.high.text, "At its closing high · highest close since Nov 1, 2023");
  assert.equal(m.high.pct, "");
  assert.equal(m.spoken, "Russell 2000, 2,406.67, last close Sep 20, 2024, unchanged today, up 4.5% this week, up 9.6% this month, up 18.7% this year, at its closing high");
  const full = describeCard(f, { ...RUT, fullYear: true, levelDecimals: 0, close: 2407, high52: 2434.98, low52: 1792.81 }, { period: YTD });
  assert.equal(full.range, "52-week range: 1,793 – 2,435");
  assert.equal(full.level, "2,407");
});

test("notes: since shows the figure, noPrior and noEarlier hide it, each row its own words", () => {
  const f = new Formatter("en-US");
  const card = {
    ...RUT, mtd: 0.25,
    notes: { d1: { reason: "since", date: "2024-11-15" }, wtd: null, mtd: { reason: "noPrior" }, qtd: null, ytd: { reason: "noEarlier" }, y1: null },
  };
  const m = describeCard(f, card, { period: YTD });
  assert.deepEqual(m.rows.map((r) => [r.key, r.pct, r.noteText]), [
    ["1D", "+1.8%", "since Nov 15, 2024"], ["WTD", "+4.5%", ""], ["MTD", "—", "no close in the prior month"], ["YTD", "—", "no earlier close in the data"],
  ]);
  assert.ok(!m.spoken.includes("this month") && !m.spoken.includes("this year"), "a hidden figure is not spoken");
  // Notes are footnotes, numbered in row order; a shown figure's note is spoken with it.
  assert.deepEqual(m.rows.map((r) => r.mark), ["1", "", "2", "3"]);
  assert.deepEqual(m.notes, [
    { mark: "1", text: "since Nov 15, 2024" }, { mark: "2", text: "no close in the prior month" }, { mark: "3", text: "no earlier close in the data" },
  ]);
  assert.match(m.spoken, /^Russell 2000, 2,406\.67, up 1\.8% today \(since Nov 15, 2024\), up 4\.5% this week, /);
  assert.match(describeCard(new Formatter("ja-JP"), card, { period: YTD }).spoken, /前日比1\.8%上昇（2024\/11\/15比）、/);
  const de = new Formatter("de-DE");
  assert.equal(noteText(de, { reason: "noPrior" }, { field: "mtd" }), "kein Schluss im Vormonat");
  assert.equal(noteText(de, { reason: "noPrior" }, { field: "d1" }), "kein Schluss im Zeitraum davor");
  assert.equal(noteText(de, { reason: "since", date: "2024-11-15" }), "seit 15.11.2024");
  assert.equal(noteText(de, { reason: "noPeriodBase" }, { period: FIVE }), "kein Schluss vor dem Zeitraum 5J in den Daten");
  assert.equal(noteText(de, { reason: "noData", firstDate: "2024-12-02" }, { asOf: "2024-11-22" }), "keine Daten bis 22.11.2024; sie beginnen am 02.12.2024");
  assert.equal(noteText(de, { reason: "somethingNew" }), "");
});

test("the selected period's row when it is not one of the rows: from the comparison, its note, its date", () => {
  const f = new Formatter("en-US");
  assert.ok(!ROWS.some((r) => r.key === "5Y"));
  let m = describeCard(f, RUT, { period: FIVE, periodLine: { return: 0.42, note: null }, compareDate: "2024-11-22" });
  assert.deepEqual([m.period.key, m.period.label, m.period.pct, m.period.noteText], ["5Y", "5Y", "+42.0%", ""]);
  m = describeCard(f, RUT, { period: FIVE, periodLine: { return: null, note: { reason: "noPeriodBase" } } });
  assert.deepEqual([m.period.pct, m.period.noteText], ["—", "no close before the 5Y period in the data"]);
  m = describeCard(f, RUT, { period: FIVE, periodLine: { return: 0.1, note: null }, compareDate: "2024-09-20" });
  assert.equal(m.period.noteText, "on Sep 20, 2024", "a return on another date than the card's says which");
});

test("a series without a close by the as-of date: the same card, every figure a dash, the reason", () => {
  const f = new Formatter("de-DE");
  const m = describeCard(f, { id: "NEW", name: "Neu", asOf: "2024-11-22", missing: { firstDate: "2024-12-02" } }, { period: FIVE });
  assert.equal(m.level, "—");
  assert.deepEqual(m.line, { kind: "missing", text: "keine Daten bis 22.11.2024; sie beginnen am 02.12.2024" });
  assert.equal(m.rows.length, ROWS.length);
  assert.ok(m.rows.every((r) => r.pct === "—" && r.dir === "none"));
  assert.equal(m.period.label, "5J");
  assert.equal(m.spoken, "Neu: keine Daten bis 22.11.2024; sie beginnen am 02.12.2024");
});

test("bars: highest first, ties in input order, missing last, one track with 0% inside", () => {
  const { zero, bars } = rankBars([
    { id: "A", name: "A", return: 100 / 90 - 1 }, { id: "Z", name: "Z", return: null },
    { id: "B", name: "B", return: 0.25 }, { id: "C", name: "C", return: -0.2 }, { id: "D", name: "D", return: 0.25 },
  ]);
  assert.deepEqual(bars.map((b) => b.id), ["B", "D", "A", "C", "Z"]);
  const near = (a, b) => Math.abs(a - b) < 1e-12;
  assert.ok(near(zero, 20 / 45));
  const c = bars.find((b) => b.id === "C");
  assert.ok(near(c.start, 0) && near(c.width, 20 / 45));
  const b = bars.find((x) => x.id === "B");
  assert.ok(near(b.start, zero) && near(b.width, 25 / 45));
  assert.deepEqual([bars[4].value, bars[4].width], [null, 0]);
  assert.deepEqual(rankBars([{ id: "A", return: 0 }]).zero, 0);
  assert.deepEqual(rankBars([]).bars, []);
});

const COMPARISON = {
  period: "YTD", from: null, to: "2024-11-22", date: "2024-09-20", reference: "SPX",
  series: [
    { id: "RUT", name: "Russell 2000", baseDate: "2023-12-29", baseClose: 2027, lastDate: "2024-09-20", return: 0.099, rank: 2, spread: -10.3, stale: true, note: null },
    { id: "SPX", name: "S&P 500", baseDate: "2023-12-29", baseClose: 4769, lastDate: "2024-11-22", return: 0.202, rank: 1, spread: 0, stale: false, note: null },
    { id: "NEW", name: "New", baseDate: null, baseClose: null, lastDate: null, return: null, rank: null, spread: null, stale: false, note: { reason: "noData", firstDate: "2024-12-02" } },
  ],
  smallVsLarge: { small: "RUT", large: "SPX", value: -10.349, relation: "trails" },
};

test("the comparison: spread sentence, legend with spreads and stale marks, the common date, the table", () => {
  const f = new Formatter("en-US");
  const levels = new Map([["RUT", "2,227.89"], ["SPX", "5,969.34"], ["NEW", "—"]]);
  const m = describeComparison(f, COMPARISON, { period: YTD, asOf: "2024-11-22", showSpreads: true, levels });
  assert.equal(m.title, "Year to date, rebased to 0% at the period's base close");
  assert.equal(m.spread.dir, "down");
  assert.equal(m.spread.parts.map((p) => p.text).join(""), "Small caps vs large caps: Russell 2000 trails S&P 500 by 10.3 pp (YTD)");
  assert.equal(m.spread.parts[0].name, "title");
  assert.deepEqual(m.legend.map((l) => [l.id, l.pct, l.spread, l.stale]), [
    ["RUT", "+9.9%", "(-10.3 pp vs S&P 500)", "last close Sep 20, 2024"],
    ["SPX", "+20.2%", "", ""],
    ["NEW", "—", "", ""],
  ]);
  assert.equal(m.commonDate, "Returns compared on Sep 20, 2024, the latest date with a close for every series");
  assert.deepEqual(m.bars.map((b) => [b.id, b.pct, b.arrow]), [["SPX", "+20.2%", "▲"], ["RUT", "+9.9%", "▲"], ["NEW", "—", ""]]);
  assert.deepEqual(m.table.head, ["Index", "Return", "Level"]);
  assert.deepEqual(m.table.rows, [["S&P 500", "+20.2%", "5,969.34"], ["Russell 2000", "+9.9%", "2,227.89"], ["New", "—", "—"]]);
  assert.equal(m.table.caption, "Year to date return and level of each index (Sep 20, 2024)");
  const same = describeComparison(f, { ...COMPARISON, date: "2024-11-22", smallVsLarge: { ...COMPARISON.smallVsLarge, value: null, relation: "none" } },
    { period: YTD, asOf: "2024-11-22", showSpreads: false, levels });
  assert.equal(same.commonDate, "");
  assert.ok(same.legend.every((l) => l.spread === ""));
  assert.equal(same.spread.parts.map((p) => p.text).join(""), "Small caps vs large caps: Russell 2000 vs S&P 500: no figure for YTD");
  const zh = describeComparison(new Formatter("zh-CN"), COMPARISON, { period: YTD, asOf: "2024-11-22", showSpreads: true, levels });
  assert.equal(zh.spread.parts.map((p) => p.text).join(""), "小盘股对比大盘股：Russell 2000落后S&P 500 10.3个百分点（年初至今）", "a figure does not run into a name");
  const ja = describeComparison(new Formatter("ja-JP"), COMPARISON, { period: YTD, asOf: "2024-11-22", showSpreads: true, levels });
  assert.equal(ja.spread.parts.map((p) => p.text).join(""), "小型株対大型株：Russell 2000がS&P 500を10.3ポイント下回る（年初来）");
  const fr = describeComparison(new Formatter("fr-FR"), COMPARISON, { period: YTD, asOf: "2024-11-22", showSpreads: true, levels });
  assert.equal(fr.title, "Depuis le début de l’année, base 0\u00a0% à la dernière clôture avant la période");
});

test("a typed figure agrees at its own rounding; a typed sign must match", () => {
  assert.equal(agrees({ value: 18.7, decimals: 1, signed: false }, 0.18716, "pct"), true);
  assert.equal(agrees({ value: 18.7, decimals: 1, signed: false }, 0.17488, "pct"), false);
  assert.equal(agrees({ value: 17.5, decimals: 1, signed: false }, -0.17488, "pct"), true, "'fell 17.5%'");
  assert.equal(agrees({ value: 17.5, decimals: 1, signed: true }, -0.17488, "pct"), false, "'+17.5%' for a fall");
  assert.equal(agrees({ value: 10, decimals: 0, signed: false }, 0.0962, "pct"), true);
  assert.equal(agrees({ value: 2407, decimals: 0, signed: false }, 2406.67, "level"), true);
  assert.equal(agrees({ value: 2406.67, decimals: 2, signed: false }, 2406.669921875, "level"), true);
  assert.equal(agrees(null, 1, "level"), false);
});
