// compare and paths on the real closes of ../shared/data, against values computed here
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

function expected(series, period, to) {
  const lines = series.map((s) => {
    const end = lastIndex(s, (d) => d <= to);
    const t = s.dates[end];
    const b = end < 0 ? -1 : baseIndex(s, period, t);
    return { s, end, base: b, ret: b < 0 ? null : s.closes[end] / s.closes[b] - 1 };
  });
  const start = lines.filter((l) => l.base >= 0).map((l) => l.s.dates[l.base]).sort()[0];
  const dates = [...new Set(lines.flatMap((l) => l.s.dates.slice(0, l.end + 1).filter((d) => d >= start)))].sort();
  for (const l of lines) {
    const closeOn = new Map(l.s.dates.map((d, i) => [d, l.s.closes[i]]));
    let carried = null;
    // Carry from the last close strictly before the axis starts, if any.
    l.values = dates.map((d) => {
      if (closeOn.has(d) && d <= l.s.dates[l.end]) carried = closeOn.get(d);
      if (l.base < 0 || d < l.s.dates[l.base] || carried === null) return null;
      return carried / l.s.closes[l.base] - 1;
    });
  }
  return { dates, lines };
}

const close = (a, b) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)));

test("compare matches an independent computation for every period and several end dates", needsData, () => {
  for (const to of ["2024-11-22", "2024-06-28", "2020-03-23", "2001-09-17"]) {
    for (const period of ["1W", "WTD", "MTD", "QTD", "YTD", "1Y", "3Y", "5Y", "MAX", { from: "2024-06-28" }]) {
      if (typeof period === "object" && period.from > to) continue;
      const opts = typeof period === "string" ? { period, to } : { from: period.from, to };
      const got = IndexCards.compare(all, opts);
      const want = expected(all, period, to);
      const label = `${JSON.stringify(opts)}`;
      assert.equal(got.to, to, label);
      assert.deepEqual(got.dates, want.dates, label + " dates");
      got.series.forEach((line, k) => {
        const w = want.lines[k];
        assert.equal(line.id, w.s.id);
        assert.ok(close(line.return, w.ret), `${label} ${line.id} return ${line.return} != ${w.ret}`);
        assert.equal(line.baseDate, w.base < 0 ? null : w.s.dates[w.base], label + " base " + line.id);
        assert.equal(line.values.length, want.dates.length);
        line.values.forEach((v, i) => assert.ok(close(v, w.values[i]), `${label} ${line.id} ${want.dates[i]}: ${v} != ${w.values[i]}`));
        if (line.baseDate !== null) assert.equal(line.values[want.dates.indexOf(line.baseDate)], 0, "rebased to exactly 0");
      });
      // Ranks: 1 for the best return; spreads in points against the first series.
      const rets = want.lines.map((l) => l.ret);
      got.series.forEach((line, k) => {
        const r = rets[k];
        assert.equal(line.rank, r === null ? null : 1 + rets.filter((x) => x !== null && x > r).length, label + " rank");
        const ref = rets[0];
        assert.ok(close(line.spread, r === null || ref === null ? null : (r - ref) * 100), label + " spread");
      });
    }
  }
});

test("the recap's November figures and the small-cap vs large-cap spread", needsData, () => {
  const nov = IndexCards.compare(all, { from: "2024-10-31", to: "2024-11-22" });
  const rut = nov.series.find((s) => s.id === "RUT");
  assert.equal((rut.return * 100).toFixed(1), "9.6"); // "about 10% in November"
  const ytd = IndexCards.compare(all, { period: "YTD", to: "2024-11-22", reference: "SPX" });
  const by = Object.fromEntries(ytd.series.map((s) => [s.id, s]));
  assert.equal(ytd.reference, "SPX");
  assert.deepEqual(ytd.series.map((s) => [s.id, s.rank]), [["RUT", 3], ["SPX", 2], ["IXIC", 1], ["DJI", 4]]);
  assert.ok(close(by.RUT.spread, (by.RUT.return - by.SPX.return) * 100));
  assert.equal(ytd.smallVsLarge.small, "RUT");
  assert.equal(ytd.smallVsLarge.large, "SPX");
  assert.ok(close(ytd.smallVsLarge.last, (by.RUT.return - by.SPX.return) * 100));
  assert.equal(ytd.smallVsLarge.last.toFixed(1), "-6.4");
  ytd.smallVsLarge.values.forEach((v, i) => {
    const a = by.RUT.values[i];
    const b = by.SPX.values[i];
    assert.ok(close(v, a === null || b === null ? null : (a - b) * 100));
  });
});

test("chart paths: at most two points per pixel column, every extreme kept", needsData, () => {
  const width = 600;
  const p = IndexCards.paths(all, { period: "MAX", to: "2024-11-22", chart: { width, height: 320 }, spark: { width: 120, height: 30 } });
  const c = IndexCards.compare(all, { period: "MAX", to: "2024-11-22" });
  const [left, top, right, bottom] = p.chart.plot;
  // The y scale, read back from two ticks.
  const tickValue = (t) => Number(t.label.replace("\u2212", "-").replace("+", "").replace("%", "")) / 100;
  const t0 = p.chart.yTicks[0];
  const t1 = p.chart.yTicks[p.chart.yTicks.length - 1];
  const y = (v) => t0.pos + (v - tickValue(t0)) * (t1.pos - t0.pos) / (tickValue(t1) - tickValue(t0));
  p.chart.lines.forEach((line, k) => {
    const points = [...line.d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const values = c.series[k].values.filter((v) => v !== null);
    assert.ok(values.length > 8000, "a long history");
    assert.ok(points.length <= 2 * (right - left + 1), `${line.id}: ${points.length} points for ${right - left} columns`);
    const ys = points.map((q) => q[1]);
    const hi = Math.max(...values);
    const lo = Math.min(...values);
    assert.ok(Math.abs(Math.min(...ys) - y(hi)) <= 0.06, `${line.id} highest value drawn`);
    assert.ok(Math.abs(Math.max(...ys) - y(lo)) <= 0.06, `${line.id} lowest value drawn`);
    assert.ok(points.every((q) => q[0] >= left - 0.05 && q[0] <= right + 0.05 && q[1] >= top - 0.05 && q[1] <= bottom + 0.05));
  });
  assert.equal(p.sparks.length, 4);
  p.sparks.forEach((s) => assert.match(s.d, /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/));
  assert.equal(p.chart.xs.length, c.dates.length);
});

test("compare refuses bad options with their names", needsData, () => {
  const bad = (opts, pattern) => assert.throws(() => IndexCards.compare(all, opts), (e) => e instanceof Error && pattern.test(e.message));
  bad({ period: "2W" }, /period must be one of 1W, WTD, MTD, QTD, YTD, 1Y, 3Y, 5Y, MAX, got "2W"/);
  bad({ period: "YTD", from: "2024-01-02" }, /period must be left out when from is given/);
  bad({ from: "2024-02-30" }, /from "2024-02-30" does not exist/);
  bad({ from: "2024-06-01", to: "2024-01-01" }, /from 2024-06-01 is after to 2024-01-01/);
  bad({ reference: "XYZ" }, /reference "XYZ" is not one of the series: "RUT", "SPX", "IXIC", "DJI"/);
  bad({ peroid: "YTD" }, /unknown option "peroid"/);
  assert.throws(() => IndexCards.paths(all, { chart: { width: 1e9 } }), /chart.width must be a number of pixels from 16 to 8192, got 1000000000/);
});
