// deck.compare and deck.chart on the real closes of ../shared/data, against values computed here
// independently: JS Date calendar, Maps and linear scans, no code shared with the core.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { REAL, readReal, skipWithoutData, loadBundle, monday, monthStart, quarterStart, yearStart, ms, iso, DAY_MS } = require("./helpers");

const IndexCards = loadBundle();
const all = skipWithoutData ? [] : REAL.map(readReal);
const needsData = { skip: skipWithoutData };

function yearsBefore(d, n) {
  const y = String(Number(d.slice(0, 4)) - n).padStart(4, "0");
  let md = d.slice(5);
  const leap = (yy) => (yy % 4 === 0 && yy % 100 !== 0) || yy % 400 === 0;
  if (md === "02-29" && !leap(Number(y))) md = "02-28";
  return `${y}-${md}`;
}
const lastIndex = (s, pred) => { let f = -1; s.dates.forEach((d, i) => { if (pred(d)) f = i; }); return f; };

/** Base index of a period for series s ending at date t, as the README defines it. */
function baseIndex(s, period, t) {
  switch (period) {
    case "1W": return lastIndex(s, (d) => d <= iso(ms(t) - 7 * DAY_MS));
    case "WTD": return lastIndex(s, (d) => d < monday(t));
    case "MTD": return lastIndex(s, (d) => d < monthStart(t));
    case "QTD": return lastIndex(s, (d) => d < quarterStart(t));
    case "YTD": return lastIndex(s, (d) => d < yearStart(t));
    case "1Y": return lastIndex(s, (d) => d <= yearsBefore(t, 1));
    case "3Y": return lastIndex(s, (d) => d <= yearsBefore(t, 3));
    case "5Y": return lastIndex(s, (d) => d <= yearsBefore(t, 5));
    case "MAX": return 0;
    default: return lastIndex(s, (d) => d <= period.from);
  }
}

/** The comparison computed here: each line's end by `to`, the common date (the earliest of the
 * lines' last dates), each base found at the line's close on the common date. */
function expected(series, period, to) {
  const ends = series.map((s) => lastIndex(s, (d) => d <= to));
  const date = series.map((s, k) => s.dates[ends[k]]).filter(Boolean).sort()[0];
  const lines = series.map((s, k) => {
    const end = ends[k];
    const at = end < 0 ? -1 : lastIndex(s, (d) => d <= date);
    let base = at < 0 ? -1 : baseIndex(s, period, s.dates[at]);
    if (base > at) base = -1;
    return { s, end, at, base, ret: base < 0 ? null : s.closes[at] / s.closes[base] - 1 };
  });
  return { date, lines };
}

/** A line's value on `day`: the last close on or before it, rebased; null before its base or after its end. */
function valueOn(line, day) {
  const { s, base, end } = line;
  if (base < 0 || day < s.dates[base] || day > s.dates[end]) return null;
  let i = base;
  while (i < end && s.dates[i + 1] <= day) i++;
  return s.closes[i] / s.closes[base] - 1;
}

const close = (a, b) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)));

test("compare and the chart's crosshair match an independent computation for every period and several end dates", needsData, () => {
  const deck = new IndexCards.Deck(all);
  for (const to of ["2024-11-22", "2024-06-28", "2020-03-23", "2001-09-17"]) {
    for (const period of ["1W", "WTD", "MTD", "QTD", "YTD", "1Y", "3Y", "5Y", "MAX", { from: "2024-06-28" }]) {
      if (typeof period === "object" && period.from > to) continue;
      const opts = typeof period === "string" ? { period, to } : { from: period.from, to };
      const got = deck.compare(opts);
      const want = expected(all, period, to);
      const label = `${JSON.stringify(opts)}`;
      assert.equal(got.to, to, label);
      assert.equal(got.date, want.date, label + " common date");
      assert.deepEqual([got.period, got.from], typeof period === "string" ? [period, null] : [null, period.from], label);
      got.series.forEach((line, k) => {
        const w = want.lines[k];
        assert.equal(line.id, w.s.id);
        assert.ok(close(line.return, w.ret), `${label} ${line.id} return ${line.return} != ${w.ret}`);
        assert.equal(line.baseDate, w.base < 0 ? null : w.s.dates[w.base], label + " base " + line.id);
        assert.equal(line.baseClose, w.base < 0 ? null : w.s.closes[w.base], label + " base close " + line.id);
        assert.equal(line.lastDate, w.end < 0 ? null : w.s.dates[w.end], label + " last date " + line.id);
      });
      // Ranks: 1 for the best return; spreads in points against the first series.
      const rets = want.lines.map((l) => l.ret);
      got.series.forEach((line, k) => {
        const r = rets[k];
        assert.equal(line.rank, r === null ? null : 1 + rets.filter((x) => x !== null && x > r).length, label + " rank");
        const ref = rets[0];
        assert.ok(close(line.spread, r === null || ref === null ? null : (r - ref) * 100), label + " spread");
      });
      // The chart: every crosshair sample's value is the line's rebased close on that date, and
      // each line's end value is its return at its own last date.
      const chart = deck.chart({ ...opts, width: 480, height: 300 });
      const { x, dates, values } = chart.crosshair;
      assert.ok(dates.length > 0 && dates.length <= chart.plot[2] - chart.plot[0] + 1, `${label}: ${dates.length} samples`);
      assert.deepEqual([...dates].sort(), dates, label + " samples in date order");
      assert.equal(new Set(dates).size, dates.length, label + " one sample per date");
      assert.equal(x.length, dates.length);
      want.lines.forEach((w, k) => {
        assert.equal(values[k].length, dates.length);
        dates.forEach((d, i) => assert.ok(close(values[k][i], valueOn(w, d)), `${label} ${w.s.id} ${d}: ${values[k][i]} != ${valueOn(w, d)}`));
        const line = chart.lines[k];
        assert.ok(close(line.return, w.base < 0 || w.base > w.end ? null : valueOn(w, w.s.dates[w.end])), `${label} ${w.s.id} line end`);
      });
    }
  }
  deck.free();
});

test("the recap's November figures and the small-cap vs large-cap spread", needsData, () => {
  const deck = new IndexCards.Deck(all);
  const nov = deck.compare({ from: "2024-10-31", to: "2024-11-22" });
  const rut = nov.series.find((s) => s.id === "RUT");
  assert.equal((rut.return * 100).toFixed(1), "9.6"); // "about 10% in November"
  const ytd = deck.compare({ period: "YTD", to: "2024-11-22", reference: "SPX" });
  const by = Object.fromEntries(ytd.series.map((s) => [s.id, s]));
  assert.equal(ytd.reference, "SPX");
  assert.deepEqual(ytd.series.map((s) => [s.id, s.rank]), [["RUT", 3], ["SPX", 2], ["IXIC", 1], ["DJI", 4]]);
  assert.ok(close(by.RUT.spread, (by.RUT.return - by.SPX.return) * 100));
  assert.equal(ytd.smallVsLarge.small, "RUT");
  assert.equal(ytd.smallVsLarge.large, "SPX");
  assert.ok(close(ytd.smallVsLarge.value, (by.RUT.return - by.SPX.return) * 100));
  assert.equal(ytd.smallVsLarge.value.toFixed(1), "-6.4");
  assert.equal(ytd.smallVsLarge.relation, "trails");
  // The spread band's samples are the small-cap minus the large-cap sample, in points.
  const chart = deck.chart({ period: "YTD", to: "2024-11-22", reference: "SPX" });
  const { values, spread } = chart.crosshair;
  spread.forEach((v, i) => {
    const a = values[0][i];
    const b = values[1][i];
    assert.ok(close(v, a === null || b === null ? null : (a - b) * 100), `spread sample ${i}`);
  });
  assert.ok(close(spread[spread.length - 1], ytd.smallVsLarge.value), "the last sample is the comparison's figure");
  assert.ok(chart.spread && chart.spread.min <= -6.4 && chart.spread.d.startsWith("M"));
  deck.free();
});

test("chart paths: at most two points per pixel column, every extreme kept", needsData, () => {
  const width = 600;
  const deck = new IndexCards.Deck(all);
  const chart = deck.chart({ period: "MAX", to: "2024-11-22", width, height: 320, spark: { width: 120, height: 30 } });
  const c = deck.compare({ period: "MAX", to: "2024-11-22" });
  const [left, top, right, bottom] = chart.plot;
  // The y scale, read back from two ticks (their values are fractions).
  const t0 = chart.yTicks[0];
  const t1 = chart.yTicks[chart.yTicks.length - 1];
  const y = (v) => t0.pos + (v - t0.value) * (t1.pos - t0.pos) / (t1.value - t0.value);
  chart.lines.forEach((line, k) => {
    const points = [...line.d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const s = all[k];
    const base = s.dates.indexOf(c.series[k].baseDate);
    const end = s.dates.indexOf(c.series[k].lastDate);
    const values = s.closes.slice(base, end + 1).map((x) => x / s.closes[base] - 1);
    assert.ok(values.length > 8000, "a long history");
    assert.ok(points.length <= 2 * (right - left + 1), `${line.id}: ${points.length} points for ${right - left} columns`);
    const ys = points.map((q) => q[1]);
    const hi = Math.max(...values);
    const lo = Math.min(...values);
    assert.ok(Math.abs(Math.min(...ys) - y(hi)) <= 0.06, `${line.id} highest value drawn`);
    assert.ok(Math.abs(Math.max(...ys) - y(lo)) <= 0.06, `${line.id} lowest value drawn`);
    assert.ok(points.every((q) => q[0] >= left - 0.05 && q[0] <= right + 0.05 && q[1] >= top - 0.05 && q[1] <= bottom + 0.05));
  });
  assert.equal(chart.sparks.length, 4);
  chart.sparks.forEach((s) => assert.match(s.d, /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/));
  // Bounded by pixels, not by history: one crosshair sample per pixel column at most.
  assert.ok(chart.crosshair.dates.length <= right - left + 1);
  deck.free();
});

test("compare and chart refuse bad options with their names", needsData, () => {
  const deck = new IndexCards.Deck(all);
  const bad = (opts, pattern) => assert.throws(() => deck.compare(opts), (e) => e instanceof Error && pattern.test(e.message));
  bad({ period: "2W" }, /period must be one of 1W, WTD, MTD, QTD, YTD, 1Y, 3Y, 5Y, MAX, got "2W"/);
  bad({ period: "YTD", from: "2024-01-02" }, /period must be left out when from is given/);
  bad({ from: "2024-02-30" }, /from "2024-02-30" does not exist/);
  bad({ from: "2024-06-01", to: "2024-01-01" }, /from 2024-06-01 is after to 2024-01-01/);
  bad({ reference: "XYZ" }, /reference "XYZ" is not one of the series: "RUT", "SPX", "IXIC", "DJI"/);
  bad({ peroid: "YTD" }, /unknown option "peroid"/);
  bad({ width: 600 }, /unknown option "width"; the options are: period, from, to, reference, smallCap, largeCap/);
  assert.throws(() => deck.chart({ width: 1e9 }), /chart.width must be a number of pixels from 16 to 8192, got 1000000000/);
  assert.throws(() => deck.chart({ spark: { width: 2 } }), /spark.width must be a number of pixels from 16 to 8192, got 2/);
  // A throwing getter fails its own call only; the deck keeps working.
  assert.throws(() => deck.chart({ get period() { throw new Error("boom"); } }), /boom|could not be read/);
  assert.equal(deck.cards().length, 4);
  deck.free();
});
