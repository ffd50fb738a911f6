// Formatter (www/src/i18n/format.js): percentages, levels, points, dates and plurals in every
// language of the words table and a few others; rounding and sign edge cases; years 1–99; typed
// figures read with each locale's own separators. No wasm, no browser.
import test from "node:test";
import assert from "node:assert/strict";
import {
  Formatter, WordedError, roundHalfAway, isoDateProblem, splitIsoDate, daysInMonth, fill, fillParts, placeholders,
} from "../../www/src/i18n/format.js";

const NNBSP = "\u202f";
const NBSP = "\u00a0";

test("roundHalfAway: half away from zero after removing binary noise, never -0", () => {
  assert.equal(roundHalfAway(1.25, 1), 1.3);
  assert.equal(roundHalfAway(-1.25, 1), -1.3);
  assert.equal(roundHalfAway(0.0125 * 100, 1), 1.3);
  assert.equal(roundHalfAway(1.005, 2), 1.01); // 1.00499999… in binary
  assert.equal(roundHalfAway(2.675, 2), 2.68);
  assert.equal(roundHalfAway(-0.04, 1), 0);
  assert.ok(Object.is(roundHalfAway(-0.04, 1), 0), "no negative zero");
  assert.equal(roundHalfAway(18.7499, 1), 18.7);
  assert.equal(roundHalfAway(18.749999999, 1), 18.8); // within 1e-6 of the half: binary noise
  assert.equal(roundHalfAway(1e15 + 0.5, 0), 1e15 + 1);
});

// What each language's numbers look like: a return, a level, a date, a trailing period.
const LOOKS = {
  "en-US": { pct: "+18.7%", neg: "-1.5%", level: "2,406.67", whole: "2,407", date: "Nov 22, 2024", year: "5 years", tab: "5Y" },
  "de-DE": { pct: `+18,7${NBSP}%`, neg: `-1,5${NBSP}%`, level: "2.406,67", whole: "2.407", date: "22.11.2024", year: "5 Jahre", tab: "5J" },
  "fr-FR": { pct: `+18,7${NBSP}%`, neg: `-1,5${NBSP}%`, level: `2${NNBSP}406,67`, whole: `2${NNBSP}407`, date: "22 nov. 2024", year: "5 ans", tab: "5A" },
  "es-ES": { pct: `+18,7${NBSP}%`, neg: `-1,5${NBSP}%`, level: "2406,67", whole: "2407", date: "22 nov 2024", year: "5 años", tab: "5A" },
  "it-IT": { pct: "+18,7%", neg: "-1,5%", level: "2406,67", whole: "2407", date: "22 nov 2024", year: "5 anni", tab: "5A" },
  "pt-BR": { pct: "+18,7%", neg: "-1,5%", level: "2.406,67", whole: "2.407", date: "22 de nov. de 2024", year: "5 anos", tab: "5A" },
  "ja-JP": { pct: "+18.7%", neg: "-1.5%", level: "2,406.67", whole: "2,407", date: "2024/11/22", year: "5年", tab: "5年" },
  "zh-CN": { pct: "+18.7%", neg: "-1.5%", level: "2,406.67", whole: "2,407", date: "2024年11月22日", year: "5年", tab: "5年" },
};
const FIVE_YEARS = { key: "5Y", kind: "trailing", unit: "year", count: 5 };

for (const [locale, want] of Object.entries(LOOKS)) {
  test(`${locale}: returns, levels, dates and periods`, () => {
    const f = new Formatter(locale);
    assert.equal(f.percent(0.187), want.pct);
    assert.equal(f.percent(-0.015), want.neg);
    assert.equal(f.level(2406.669921875, 2), want.level);
    assert.equal(f.level(2407, 0), want.whole);
    assert.equal(f.date("2024-11-22"), want.date);
    assert.equal(f.periodName(FIVE_YEARS), want.year);
    assert.equal(f.periodTab(FIVE_YEARS), want.tab);
  });
}

test("percent: the sign is decided on the rounded figure, so +0.0% and -0.0% never show", () => {
  const f = new Formatter("en-US");
  const cases = [
    [0.00049, "0.0%", "flat"], [-0.00049, "0.0%", "flat"], [0, "0.0%", "flat"], [-0, "0.0%", "flat"],
    [0.0005, "+0.1%", "up"], [-0.0005, "-0.1%", "down"], [0.0125, "+1.3%", "up"], [-0.0125, "-1.3%", "down"],
    [0.18749999, "+18.7%", "up"], [-0.99999, "-100.0%", "down"], [12.3456, "+1,234.6%", "up"],
    [null, "—", "none"], [undefined, "—", "none"], [NaN, "—", "none"], [Infinity, "—", "none"], [-Infinity, "—", "none"],
  ];
  for (const [x, text, dir] of cases) {
    assert.equal(f.percent(x), text, String(x));
    assert.equal(f.direction(x), dir, String(x));
  }
  assert.equal(f.percent(0.187123, 3), "+18.712%");
  assert.equal(f.percent(0.1, 0), "+10%");
  assert.equal(f.unsigned(-0.0125), "1.3%");
  assert.equal(new Formatter("de-DE").percent(-0.00049), `0,0${NBSP}%`);
});

test("levels, numbers and points: rounding, zero, negatives, missing", () => {
  const f = new Formatter("en-US");
  assert.equal(f.number(999.999, 2), "1,000.00");
  assert.equal(f.number(0.05, 2), "0.05");
  assert.equal(f.number(-1234.5, 1), "-1,234.5");
  assert.equal(f.number(-0.001, 2), "0.00");
  assert.equal(f.number(null, 2), "—");
  assert.equal(f.level(1234567.5, 2), "1,234,567.50");
  assert.equal(f.points(-6.449), "-6.4");
  assert.equal(f.points(6.45), "+6.5");
  assert.equal(f.points(0.04), "0.0");
  assert.equal(f.points(null), "—");
  assert.equal(f.zeroPercent(), "0%");
  assert.equal(new Formatter("de-DE").zeroPercent(), `0${NBSP}%`);
});

test("dates are civil: no time zone moves them, and years 1–99 display as themselves", () => {
  const before = process.env.TZ;
  try {
    for (const tz of ["Pacific/Kiritimati", "America/Honolulu", "UTC"]) {
      process.env.TZ = tz;
      const f = new Formatter("en-US");
      assert.equal(f.date("2024-01-01"), "Jan 1, 2024", tz);
      assert.equal(f.date("2024-12-31"), "Dec 31, 2024", tz);
    }
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
  for (const locale of ["en-US", "de-DE", "ja-JP", "zh-CN", "fr-FR"]) {
    const f = new Formatter(locale);
    for (let y = 1; y <= 99; y++) {
      const iso = `${String(y).padStart(4, "0")}-03-15`;
      const year = f.date(iso, "year");
      assert.ok(!/19\d\d/.test(f.date(iso)) && !/19\d\d/.test(year), `${locale} ${iso}: ${f.date(iso)}`);
      assert.equal(year.replace(/\D/g, "").replace(/^0+/, ""), String(y), `${locale} ${iso}: ${year}`);
    }
  }
  const f = new Formatter("en-US");
  assert.equal(f.date("0001-01-01"), "Jan 1, 1");
  assert.equal(f.date("9999-12-31"), "Dec 31, 9999");
  assert.equal(f.date("2024-11-22", "monthYear"), "Nov 2024");
  assert.equal(f.date("2024-11-22", "day"), "Nov 22");
  assert.equal(f.date("2024-11-22", "month"), "Nov");
  assert.equal(f.date("2024-11-22", "year"), "2024");
  assert.equal(f.date("not a date"), "");
  assert.equal(f.date(null), "");
});

test("plurals through PluralRules, words through the table, other locales English words with their own numbers", () => {
  const en = new Formatter("en-US");
  assert.equal(en.text("name.year", { count: 1 }), "1 year");
  assert.equal(en.text("name.year", { count: 3 }), "3 years");
  assert.equal(new Formatter("de-DE").text("name.week", { count: 1 }), "1 Woche");
  assert.equal(new Formatter("fr-FR").text("name.year", { count: 1 }), "1 an");
  assert.equal(new Formatter("fr-FR").text("name.year", { count: 10 }), "10 ans");
  assert.equal(new Formatter("ja-JP").text("name.week", { count: 2 }), "2週間");
  assert.equal(en.periodName({ key: "YTD", kind: "toDate" }), "Year to date");
  assert.equal(en.periodTab({ key: "MAX", kind: "max" }), "Max");
  assert.equal(en.periodName({ key: "1W", kind: "trailing", unit: "week", count: 1 }), "1 week");
  // A unit the words do not know is worded by Intl; an unknown period by its key.
  assert.equal(en.periodName({ key: "6M", kind: "trailing", unit: "month", count: 6 }), "6 months");
  assert.equal(new Formatter("de-DE").periodName({ key: "6M", kind: "trailing", unit: "month", count: 6 }), "6 Monate");
  assert.equal(en.periodName({ key: "H1", kind: "toDate" }), "H1");
  const sv = new Formatter("sv-SE");
  assert.equal(sv.language, "en");
  assert.equal(sv.text("card.closeOn", { date: sv.date("2024-11-22") }), "Close on 22 nov. 2024");
  assert.equal(sv.percent(0.187), `+18,7${NBSP}%`);
  const ar = new Formatter("ar-EG");
  assert.equal(ar.number(2406.67, 2), "٢٬٤٠٦٫٦٧");
  assert.equal(new Formatter("not a tag!").locale, "en-US");
  assert.equal(new Formatter(undefined).locale, "en-US");
});

test("templates: fill, parts and placeholders", () => {
  assert.equal(fill("{a} and {b}", { a: 1 }), "1 and ");
  assert.deepEqual(fillParts("{title}: {text}", { title: "T", text: "x" }), [{ name: "title", text: "T" }, { text: ": " }, { name: "text", text: "x" }]);
  assert.deepEqual(placeholders({ one: "{count} year", other: "{count} years" }), ["count"]);
  assert.deepEqual(placeholders("{b}{a}{b}"), ["a", "b"]);
});

test("worded errors: English message, any language through Formatter.message, nested values worded", () => {
  const e = new WordedError("err.theme", { value: "neon" });
  assert.equal(e.message, 'theme="neon" must be light, dark or auto');
  assert.equal(new Formatter("de-DE").message(e), 'theme="neon" muss light, dark oder auto sein');
  const nested = new WordedError("err.json", { where: { key: "where.script" }, reason: "Unexpected end", line: 1, column: 9 });
  assert.equal(nested.message, 'The <script type="application/json"> child is not valid JSON: Unexpected end (line 1, column 9)');
  assert.equal(new Formatter("ja").message(nested), '<script type="application/json">の子要素は有効なJSONではありません：Unexpected end（1行目、9列目）');
  const wrapped = new WordedError("err.srcFailed", { src: "a.csv", reason: new Error("HTTP 404") });
  assert.equal(new Formatter("fr").message(wrapped), `Impossible de charger a.csv${NBSP}: HTTP 404`);
  assert.equal(new Formatter("en").message(new Error("plain")), "plain");
});

test("civil date checks for attributes", () => {
  assert.deepEqual(splitIsoDate("2024-02-29"), { year: 2024, month: 2, day: 29 });
  assert.equal(splitIsoDate("2024-2-29"), null);
  assert.equal(splitIsoDate("2024-02-29T00"), null);
  assert.equal(daysInMonth(2024, 2), 29);
  assert.equal(daysInMonth(1900, 2), 28);
  assert.equal(daysInMonth(2000, 2), 29);
  assert.equal(isoDateProblem("2024-11-22"), null);
  assert.deepEqual(isoDateProblem("2024-13-45"), { key: "err.asOfMonth", values: { month: "13" } });
  assert.deepEqual(isoDateProblem("0000-01-01"), { key: "err.asOfYear", values: { year: "0000" } });
  assert.deepEqual(isoDateProblem("2023-02-29"), { key: "err.asOfDay", values: { day: "29", max: "28" } });
  assert.deepEqual(isoDateProblem("Nov 22"), { key: "err.asOfForm", values: {} });
  assert.deepEqual(isoDateProblem("99999-01-01"), { key: "err.asOfForm", values: {} });
});

// ---- typed figures ----

/** Every figure below, formatted by Intl for the locale, must read back as itself. */
const FIGURES = [
  [2406.67, 2, false], [2407, 0, false], [-1234567.5, 2, false], [0.05, 2, false], [44296.51, 2, false],
  [18.7, 1, true], [-17.5, 1, true], [0, 1, true], [123.456, 3, true], [1234.5, 1, true],
];
const LOCALES = ["en-US", "de-DE", "de-CH", "fr-FR", "es-MX", "hu", "uk", "el", "en-ZA", "ja", "es-US", "id", "ro", "en-IN", "ar-EG"];

for (const locale of LOCALES) {
  test(`typed figures in ${locale}: Intl's own writing reads back exactly`, () => {
    const f = new Formatter(locale);
    for (const [value, decimals, percent] of FIGURES) {
      const text = percent
        ? new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: "exceptZero" }).format(value / 100)
        : new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
      const read = f.parseFigure(text);
      assert.ok(read, `${locale}: "${text}" unread`);
      assert.equal(read.value, value, `${locale}: "${text}"`);
      assert.equal(read.decimals, decimals, `${locale}: "${text}"`);
      assert.equal(read.percent, percent, `${locale}: "${text}"`);
      assert.equal(read.signed, value < 0 || (percent && value > 0), `${locale}: "${text}" sign`);
    }
  });
}

test("typed figures as people type them: plain spaces and apostrophes, a real minus, words around", () => {
  const read = (locale, text) => {
    const r = new Formatter(locale).parseFigure(text);
    return r && [r.value, r.decimals, r.percent, r.signed];
  };
  assert.deepEqual(read("fr-FR", "2 406,67"), [2406.67, 2, false, false]);
  assert.deepEqual(read("hu", "-17,5 %"), [-17.5, 1, true, true]);
  assert.deepEqual(read("uk", "2 406,67"), [2406.67, 2, false, false]);
  assert.deepEqual(read("en-ZA", "2 406,67"), [2406.67, 2, false, false]);
  assert.deepEqual(read("de-CH", "2'406.67"), [2406.67, 2, false, false]);
  assert.deepEqual(read("de-CH", "2’406.67"), [2406.67, 2, false, false]);
  assert.deepEqual(read("de-DE", "+18,7 %"), [18.7, 1, true, true]);
  assert.deepEqual(read("de-DE", "\u221217,5 %"), [-17.5, 1, true, true]);
  assert.deepEqual(read("en-US", "up 18.7% this year"), [18.7, 1, true, false]);
  assert.deepEqual(read("en-US", "S&P-500 rose 2%"), [500, 0, true, false]);
  assert.deepEqual(read("en-US", "2406.67"), [2406.67, 2, false, false]);
  assert.deepEqual(read("de-DE", "2406,67"), [2406.67, 2, false, false]);
  // The locale decides what a lone separator is.
  assert.deepEqual(read("de-DE", "2.406"), [2406, 0, false, false]);
  assert.deepEqual(read("en-US", "2.406"), [2.406, 3, false, false]);
  assert.deepEqual(read("de-DE", "2,406"), [2.406, 3, false, false]);
  assert.deepEqual(read("es-MX", "2,406.67"), [2406.67, 2, false, false]);
  assert.deepEqual(read("el", "2.406,67"), [2406.67, 2, false, false]);
  assert.deepEqual(read("ja", "2,406.67"), [2406.67, 2, false, false]);
  assert.deepEqual(read("en-IN", "12,34,567.5"), [1234567.5, 1, false, false]);
  // Groups out of place, or nothing to read.
  assert.equal(read("en-US", "5,96"), null);
  assert.equal(read("en-US", "2,40,6"), null);
  assert.equal(read("de-DE", "2.40.6"), null);
  assert.equal(read("en-US", "no figure"), null);
  assert.equal(read("en-US", ""), null);
});

test("formatted texts are kept per format and value: a repeat never borrows another format's text", () => {
  const f = new Formatter("de-DE");
  for (let round = 0; round < 2; round++) {
    assert.equal(f.percent(0.1875), `+18,8${NBSP}%`);
    assert.equal(f.percent(0.1875, 2), `+18,75${NBSP}%`);
    assert.equal(f.unsigned(-0.1875), `18,8${NBSP}%`);
    assert.equal(f.points(18.75), "+18,8");
    assert.equal(f.number(18.75, 1), "18,8");
    assert.equal(f.number(18.75, 2), "18,75");
    assert.equal(f.date("2024-11-22"), "22.11.2024");
    assert.equal(f.date("2024-11-22", "year"), "2024");
    assert.equal(f.date("2024-11-22", "monthYear"), "Nov. 2024");
  }
  // Past the kept count the texts are made again, the same.
  for (let i = 0; i < 5000; i++) f.number(i, 0);
  assert.equal(f.percent(0.1875), `+18,8${NBSP}%`);
  assert.equal(f.number(4999, 0), "4.999");
});
