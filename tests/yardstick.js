// The yardstick for the benchmarks: the card definitions of the README written as plain,
// reasonable JavaScript (validate like the core does, binary searches for the bases, one pass
// for the high and the 52-week range). tests/yardstick.test.js checks that it agrees with the
// wasm core on every field; tools/bench.js times both on the same input.
"use strict";

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(text, where) {
  const m = typeof text === "string" && ISO.exec(text);
  if (!m) throw new Error(`${where} is not a YYYY-MM-DD date`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (y < 1 || back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new Error(`${where} does not exist`);
  }
  return Math.round(ms / DAY_MS);
}
const iso = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
function civil(day) {
  const d = new Date(day * DAY_MS);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}
const fromCivil = (y, m, d) => Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
function yearBefore(day) {
  const [y, m, d] = civil(day);
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return fromCivil(y - 1, m, Math.min(d, last));
}

/** Index of the last day ≤ x (strict: < x) in the sorted days, or -1. */
function lastAtOrBefore(days, x, strict) {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (strict ? days[mid] < x : days[mid] <= x) lo = mid + 1; else hi = mid;
  }
  return lo - 1;
}

function prepare(s, k, seen) {
  if (!s || typeof s !== "object") throw new Error(`series[${k}] must be an object`);
  if (typeof s.id !== "string" || !s.id.trim()) throw new Error(`series[${k}].id must be a non-empty string`);
  if (seen.has(s.id)) throw new Error(`series "${s.id}" appears twice`);
  seen.add(s.id);
  const { dates, closes } = s;
  if (dates.length !== closes.length) throw new Error(`series "${s.id}": dates and closes differ in length`);
  if (!dates.length) throw new Error(`series "${s.id}": empty`);
  const n = dates.length;
  const days = new Int32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    days[i] = dayNumber(dates[i], `series "${s.id}": dates[${i}]`);
    const c = closes[i];
    if (typeof c !== "number" || !(c > 0) || !Number.isFinite(c)) throw new Error(`series "${s.id}": closes[${i}] is not a positive, finite number`);
    if (i && days[i] <= days[i - 1]) sorted = false;
  }
  let order = null;
  if (!sorted) {
    order = Array.from({ length: n }, (_, i) => i).sort((a, b) => days[a] - days[b]);
    for (let i = 1; i < n; i++) if (days[order[i]] === days[order[i - 1]]) throw new Error(`series "${s.id}": two closes for ${iso(days[order[i]])}`);
  }
  const d = order ? Int32Array.from(order, (i) => days[i]) : days;
  const c = order ? Float64Array.from(order, (i) => closes[i]) : closes;
  return { id: s.id, name: typeof s.name === "string" ? s.name : s.id, days: d, closes: c };
}

/** A return's note when its base is before the previous period's first day (or missing). */
const periodNote = (base, previousStart) => (base === null ? { reason: "noEarlier" } : base < previousStart ? { reason: "noPrior" } : null);
/** A return's note when its base is more than a long weekend (4 days) before `usual`. */
const sinceNote = (base, usual) => (base === null ? { reason: "noEarlier" } : usual - base > 4 ? { reason: "since", date: iso(base) } : null);

function card(p, asOf, latest) {
  const { days, closes } = p;
  const t = asOf === undefined ? days.length - 1 : lastAtOrBefore(days, asOf, false);
  if (t < 0) throw new Error(`series "${p.id}": no close on or before asOf`);
  const day = days[t];
  const close = closes[t];
  const [y, m] = civil(day);
  const q = m - ((m - 1) % 3);
  const monday = day - ((((day + 3) % 7) + 7) % 7);
  const base = (start) => lastAtOrBefore(days, start, true);
  const ret = (i) => (i < 0 ? null : close / closes[i] - 1);
  const date = (i) => (i < 0 ? null : iso(days[i]));
  const b = {
    d1: t - 1,
    wtd: base(monday),
    mtd: base(fromCivil(y, m, 1)),
    qtd: base(fromCivil(y, q, 1)),
    ytd: base(fromCivil(y, 1, 1)),
  };
  const yearAgo = yearBefore(day);
  const y1 = lastAtOrBefore(days, yearAgo, false);
  let ath = -Infinity;
  let athAt = 0;
  for (let i = 0; i <= t; i++) if (closes[i] > ath) { ath = closes[i]; athAt = i; }
  let high = -Infinity;
  let low = Infinity;
  for (let i = y1 + 1; i <= t; i++) { const c = closes[i]; if (c > high) high = c; if (c < low) low = c; }
  const baseDay = (i) => (i < 0 ? null : days[i]);
  return {
    id: p.id, name: p.name, date: iso(day), asOf: iso(asOf === undefined ? day : asOf), close,
    d1: ret(b.d1), wtd: ret(b.wtd), mtd: ret(b.mtd), qtd: ret(b.qtd), ytd: ret(b.ytd), y1: ret(y1),
    ath, athDate: iso(days[athAt]), fromAth: close / ath - 1, high52: high, low52: low,
    fullYear: days[0] <= yearAgo,
    firstDate: iso(days[0]), lastDate: iso(days[days.length - 1]),
    bases: { d1: date(b.d1), wtd: date(b.wtd), mtd: date(b.mtd), qtd: date(b.qtd), ytd: date(b.ytd), y1: date(y1) },
    notes: {
      d1: sinceNote(baseDay(b.d1), day),
      wtd: periodNote(baseDay(b.wtd), monday - 7),
      mtd: periodNote(baseDay(b.mtd), m === 1 ? fromCivil(y - 1, 12, 1) : fromCivil(y, m - 1, 1)),
      qtd: periodNote(baseDay(b.qtd), q === 1 ? fromCivil(y - 1, 10, 1) : fromCivil(y, q - 3, 1)),
      ytd: periodNote(baseDay(b.ytd), fromCivil(y - 1, 1, 1)),
      y1: sinceNote(baseDay(y1), yearAgo),
    },
    // Older than another series' close by asOf, or more than a long weekend before asOf.
    stale: latest > day || (asOf !== undefined && asOf - day > 4),
    levelDecimals: Math.round(close * 100) % 100 === 0 ? 0 : 2,
  };
}

/** summarize(series, { asOf }) in plain JavaScript. */
function summarizeJS(series, options) {
  const asOf = options && options.asOf !== undefined ? dayNumber(options.asOf, "asOf") : undefined;
  const seen = new Set();
  const prepared = series.map((s, k) => prepare(s, k, seen));
  // The latest close of any series on or before asOf (a card older than it is stale).
  let latest = -Infinity;
  for (const p of prepared) {
    const t = asOf === undefined ? p.days.length - 1 : lastAtOrBefore(p.days, asOf, false);
    if (t >= 0) latest = Math.max(latest, p.days[t]);
  }
  return prepared.map((p) => card(p, asOf, latest));
}

module.exports = { summarizeJS };
