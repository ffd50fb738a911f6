// The yardstick for the benchmarks: `summarize` written as the fastest plain JavaScript a
// competent developer would write for the same definitions (README, docs/api.md), so that the
// wasm core is compared with a real alternative, not a slow one:
// - dates read by character codes (no regex, no `Date` objects), checked as the core checks them
//   (YYYY-MM-DD, year 0001–9999, month 01–12, a day the month has) and turned into day numbers
//   by integer arithmetic (H. Hinnant's days_from_civil, as src/core/calendar.rs);
// - every close checked to be a positive, finite number, the series' lowest and highest close
//   found in the same pass (the core refuses closes more than 1e300 apart), sorted input detected
//   there too, so only unsorted input pays for a sort (which also finds a date given twice);
// - bases by binary search; the closing high and the 52-week range in one pass up to the card's date.
// It builds only what the one card per series needs. tests/yardstick.test.js checks that it agrees
// with the wasm core on every field; tools/bench.js checks it again and times both on the same input.
"use strict";

const MIN_DAY = -719_162; // 0001-01-01
const MAX_RATIO = 1e300;
const LONG_WEEKEND = 4;

/** Days in month `m` (1..12) of year `y`. */
function daysInMonth(y, m) {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Day number (days since 1970-01-01) of a valid civil date. */
function fromCivil(y, m, d) {
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = ((153 * mp + 2) / 5 | 0) + d - 1;
  const doe = yoe * 365 + (yoe / 4 | 0) - (yoe / 100 | 0) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month, day] of a day number. */
function toCivil(day) {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = (doe - (doe / 1460 | 0) + (doe / 36524 | 0) - (doe / 146096 | 0)) / 365 | 0;
  const doy = doe - (365 * yoe + (yoe / 4 | 0) - (yoe / 100 | 0));
  const mp = (5 * doy + 2) / 153 | 0;
  const d = doy - ((153 * mp + 2) / 5 | 0) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** The day number of a `YYYY-MM-DD` string, or NaN when it is not a date that exists. */
function parseDay(s) {
  if (typeof s !== "string" || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const a = s.charCodeAt(0) - 48, b = s.charCodeAt(1) - 48, c = s.charCodeAt(2) - 48, d = s.charCodeAt(3) - 48;
  const e = s.charCodeAt(5) - 48, f = s.charCodeAt(6) - 48, g = s.charCodeAt(8) - 48, h = s.charCodeAt(9) - 48;
  // Each is a digit exactly when it is an unsigned value below 10.
  if ((a >>> 0) > 9 || (b >>> 0) > 9 || (c >>> 0) > 9 || (d >>> 0) > 9 || (e >>> 0) > 9 || (f >>> 0) > 9 || (g >>> 0) > 9 || (h >>> 0) > 9) return NaN;
  const y = a * 1000 + b * 100 + c * 10 + d;
  const m = e * 10 + f;
  const day = g * 10 + h;
  if (y === 0 || m === 0 || m > 12 || day === 0 || day > daysInMonth(y, m)) return NaN;
  return fromCivil(y, m, day);
}

const TWO = Array.from({ length: 100 }, (_, i) => (i < 10 ? "0" : "") + i);
/** `YYYY-MM-DD` of a day number. */
function iso(day) {
  const [y, m, d] = toCivil(day);
  return TWO[(y / 100) | 0] + TWO[y % 100] + "-" + TWO[m] + "-" + TWO[d];
}

/** Index of the last day ≤ x in days[0..n) (strict: < x), or -1. */
function lastAtOrBefore(days, n, x, strict) {
  let lo = 0;
  let hi = n;
  if (strict) {
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (days[mid] < x) lo = mid + 1; else hi = mid; }
  } else {
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (days[mid] <= x) lo = mid + 1; else hi = mid; }
  }
  return lo - 1;
}

/** Validates one series as the core does and returns its days and closes in date order. */
function prepare(s, k, seen) {
  if (!s || typeof s !== "object" || Array.isArray(s)) throw new Error(`series[${k}] must be an object { id, name, dates, closes }`);
  const id = s.id;
  if (typeof id !== "string" || !id.trim()) throw new Error(`series[${k}].id must be a non-empty string`);
  if (seen.has(id)) throw new Error(`series "${id}" appears twice`);
  seen.add(id);
  const name = s.name === undefined || s.name === null ? id : s.name;
  if (typeof name !== "string") throw new Error(`series "${id}": name must be a string`);
  const { dates, closes } = s;
  if (!Array.isArray(dates) || !Array.isArray(closes)) throw new Error(`series "${id}": dates and closes must be arrays`);
  const n = dates.length;
  if (closes.length !== n) throw new Error(`series "${id}": dates has ${n} entries but closes has ${closes.length}`);
  if (n === 0) throw new Error(`series "${id}": dates and closes are empty`);
  const days = new Int32Array(n);
  let sorted = true;
  let lo = Infinity;
  let hi = -Infinity;
  let previous = MIN_DAY - 1;
  for (let i = 0; i < n; i++) {
    const day = parseDay(dates[i]);
    if (day !== day) throw new Error(`series "${id}": dates[${i}] is not an existing YYYY-MM-DD date`);
    days[i] = day;
    if (day <= previous) sorted = false;
    previous = day;
  }
  for (let i = 0; i < n; i++) {
    const c = closes[i];
    if (typeof c !== "number") throw new Error(`series "${id}": closes[${i}] must be a number`);
    if (!(c > 0 && c < Infinity)) throw new Error(`series "${id}": closes[${i}] is not a positive, finite number`);
    if (c < lo) lo = c;
    if (c > hi) hi = c;
  }
  if (hi / lo > MAX_RATIO) throw new Error(`series "${id}": closes are more than 1e300 times apart`);
  if (sorted) return { id, name, days, closes };
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => days[a] - days[b] || a - b);
  const sortedDays = new Int32Array(n);
  const sortedCloses = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    sortedDays[i] = days[order[i]];
    sortedCloses[i] = closes[order[i]];
    if (i && sortedDays[i] === sortedDays[i - 1]) throw new Error(`series "${id}": two closes for ${iso(sortedDays[i])}`);
  }
  return { id, name, days: sortedDays, closes: sortedCloses };
}

/** A return's note when its base is before the previous period's first day (or missing). */
const periodNote = (base, previousStart) => (base < 0 ? { reason: "noEarlier" } : base < previousStart ? { reason: "noPrior" } : null);
/** A return's note when its base is more than a long weekend before `usual`. */
const sinceNote = (base, usual) => (base < 0 ? { reason: "noEarlier" } : usual - base > LONG_WEEKEND ? { reason: "since", date: iso(base) } : null);

function card(p, asOf, latest) {
  const { days, closes } = p;
  const n = days.length;
  const t = asOf === undefined ? n - 1 : lastAtOrBefore(days, n, asOf, false);
  if (t < 0) throw new Error(`series "${p.id}": no close on or before asOf; its first date is ${iso(days[0])}`);
  const day = days[t];
  const close = closes[t];
  const [y, m, dd] = toCivil(day);
  const q = m - ((m - 1) % 3);
  const monday = day - ((day + 3) % 7 + 7) % 7;
  const monthStart = day - dd + 1;
  const yearAgo = fromCivil(y - 1, m, Math.min(dd, daysInMonth(y - 1, m)));
  const before = (start) => lastAtOrBefore(days, t + 1, start, true);
  const i1 = t - 1;
  const iw = before(monday);
  const im = before(monthStart);
  const iq = before(fromCivil(y, q, 1));
  const iy = before(fromCivil(y, 1, 1));
  const i52 = lastAtOrBefore(days, t + 1, yearAgo, false);
  // One pass: the closing high (its earliest date) and the 52-week range, after the day a year before.
  let ath = closes[0];
  let athAt = 0;
  let high = -Infinity;
  let low = Infinity;
  for (let i = 0; i <= t; i++) {
    const c = closes[i];
    if (c > ath) { ath = c; athAt = i; }
    if (i > i52) { if (c > high) high = c; if (c < low) low = c; }
  }
  const ret = (i) => (i < 0 ? null : close / closes[i] - 1);
  const date = (i) => (i < 0 ? null : iso(days[i]));
  const baseDay = (i) => (i < 0 ? -1 : days[i]);
  return {
    id: p.id, name: p.name, date: iso(day), asOf: iso(asOf === undefined ? day : asOf), close,
    d1: ret(i1), wtd: ret(iw), mtd: ret(im), qtd: ret(iq), ytd: ret(iy), y1: ret(i52),
    ath, athDate: iso(days[athAt]), fromAth: close / ath - 1, high52: high, low52: low,
    fullYear: days[0] <= yearAgo,
    firstDate: iso(days[0]), lastDate: iso(days[n - 1]),
    bases: { d1: date(i1), wtd: date(iw), mtd: date(im), qtd: date(iq), ytd: date(iy), y1: date(i52) },
    notes: {
      d1: sinceNote(baseDay(i1), day),
      wtd: periodNote(baseDay(iw), monday - 7),
      mtd: periodNote(baseDay(im), m === 1 ? fromCivil(y - 1, 12, 1) : fromCivil(y, m - 1, 1)),
      qtd: periodNote(baseDay(iq), q === 1 ? fromCivil(y - 1, 10, 1) : fromCivil(y, q - 3, 1)),
      ytd: periodNote(baseDay(iy), fromCivil(y - 1, 1, 1)),
      y1: sinceNote(baseDay(i52), yearAgo),
    },
    // Older than another series' close by asOf, or more than a long weekend before asOf.
    stale: latest > day || (asOf !== undefined && asOf - day > LONG_WEEKEND),
    levelDecimals: Math.round(close * 100) % 100 === 0 ? 0 : 2,
  };
}

/** summarize(series, { asOf }) in plain JavaScript. */
function summarizeJS(series, options) {
  let asOf;
  if (options && options.asOf !== undefined) {
    asOf = parseDay(options.asOf);
    if (asOf !== asOf) throw new Error(`asOf ${JSON.stringify(options.asOf)} is not an existing YYYY-MM-DD date`);
  }
  if (!Array.isArray(series)) throw new Error("series must be an array");
  if (series.length === 0) throw new Error("series is an empty array");
  const seen = new Set();
  const prepared = new Array(series.length);
  for (let k = 0; k < series.length; k++) prepared[k] = prepare(series[k], k, seen);
  // The latest close of any series on or before asOf (a card older than it is stale).
  let latest = -Infinity;
  for (const p of prepared) {
    const n = p.days.length;
    const t = asOf === undefined ? n - 1 : lastAtOrBefore(p.days, n, asOf, false);
    if (t >= 0 && p.days[t] > latest) latest = p.days[t];
  }
  return prepared.map((p) => card(p, asOf, latest));
}

module.exports = { summarizeJS, parseDay, iso };
