// TEST SCAFFOLDING, never shipped: a stand-in for the IndexCards API of docs/architecture.md
// (parseCsv, Deck with series/cards/card/compare/chart/push/dates/free, periods, ready), computed
// the naive way from the arrays, so the elements of www/src/elements can run in a browser before
// the real bundle exists. Its figures follow the documented definitions closely enough to look
// right; the real core is what the tests of figures check.

const DAY = 86_400_000;
const dayOf = (iso) => Math.round(Date.parse(iso + "T00:00:00Z") / DAY);
const isoOf = (day) => {
  const d = new Date(day * DAY);
  return String(d.getUTCFullYear()).padStart(4, "0") + "-" + String(d.getUTCMonth() + 1).padStart(2, "0") + "-" + String(d.getUTCDate()).padStart(2, "0");
};
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
function checkDate(text, where) {
  const m = typeof text === "string" ? ISO.exec(text) : null;
  if (!m) throw new Error(`${where} ${JSON.stringify(text)} is not a date of the form YYYY-MM-DD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1) throw new Error(`${where} "${text}" has year ${m[1]}, outside 0001..9999`);
  if (mo < 1 || mo > 12) throw new Error(`${where} "${text}" has month ${m[2]}, outside 01..12`);
  const dim = new Date(Date.UTC(2000, mo, 0)).getUTCDate() + (mo === 2 && !((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? -1 : 0);
  if (d < 1 || d > dim) throw new Error(`${where} "${text}" has day ${m[3]}, outside 01..${dim}`);
}

const PERIODS = Object.freeze([
  { key: "1W", kind: "trailing", unit: "week", count: 1 },
  { key: "WTD", kind: "toDate", tab: false },
  { key: "MTD", kind: "toDate" },
  { key: "QTD", kind: "toDate" },
  { key: "YTD", kind: "toDate" },
  { key: "1Y", kind: "trailing", unit: "year", count: 1 },
  { key: "3Y", kind: "trailing", unit: "year", count: 3, tab: false },
  { key: "5Y", kind: "trailing", unit: "year", count: 5 },
  { key: "MAX", kind: "max" },
].map(Object.freeze));

// ---- calendar ----
const monday = (day) => day - ((new Date(day * DAY).getUTCDay() + 6) % 7);
const parts = (day) => { const d = new Date(day * DAY); return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]; };
const fromParts = (y, m, d) => { const t = new Date(0); t.setUTCFullYear(y, m - 1, d); return Math.round(t.getTime() / DAY); };
const monthStart = (day) => { const [y, m] = parts(day); return fromParts(y, m, 1); };
const quarterStart = (day) => { const [y, m] = parts(day); return fromParts(y, m - ((m - 1) % 3), 1); };
const yearStart = (day) => fromParts(parts(day)[0], 1, 1);
const yearsBefore = (day, n) => { const [y, m, d] = parts(day); return fromParts(y - n, m, m === 2 && d === 29 ? 28 : d); };
/** The first day of the period containing day (the base is the last close before it). */
function periodStart(key, day) {
  switch (key) {
    case "WTD": return monday(day);
    case "MTD": return monthStart(day);
    case "QTD": return quarterStart(day);
    case "YTD": return yearStart(day);
    default: return null;
  }
}

class Track {
  constructor(s, i) {
    const where = `series "${s.id}":`;
    if (typeof s.id !== "string" || !s.id) throw new Error(`series[${i}]: id must be a non-empty string`);
    if (!Array.isArray(s.dates) || !Array.isArray(s.closes)) throw new Error(`${where} dates and closes must be arrays`);
    if (s.dates.length !== s.closes.length) throw new Error(`${where} ${s.dates.length} dates but ${s.closes.length} closes`);
    if (!s.dates.length) throw new Error(`${where} has no closes`);
    const pairs = s.dates.map((d, k) => {
      checkDate(d, `${where} dates[${k}]`);
      const c = s.closes[k];
      if (typeof c !== "number" || !(c > 0) || !Number.isFinite(c)) throw new Error(`${where} closes[${k}] (on ${d}) is ${c}; closes must be positive, finite numbers`);
      return [dayOf(d), c];
    }).sort((a, b) => a[0] - b[0]);
    for (let k = 1; k < pairs.length; k++) if (pairs[k][0] === pairs[k - 1][0]) throw new Error(`${where} ${isoOf(pairs[k][0])} appears twice`);
    this.id = s.id;
    this.name = typeof s.name === "string" && s.name ? s.name : s.id;
    this.days = pairs.map((p) => p[0]);
    this.closes = pairs.map((p) => p[1]);
  }
  get first() { return this.days[0]; }
  get last() { return this.days[this.days.length - 1]; }
  /** Index of the last close on or before day; -1 when none. */
  at(day) {
    let lo = 0, hi = this.days.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.days[mid] <= day) lo = mid + 1; else hi = mid; }
    return lo - 1;
  }
  info() { return { id: this.id, name: this.name, firstDate: isoOf(this.first), lastDate: isoOf(this.last), length: this.days.length }; }
}

function closeOrThrow(track, day) {
  const i = track.at(day);
  if (i < 0) throw new Error(`series "${track.id}" has no close on or before ${isoOf(day)}; its data starts ${isoOf(track.first)}`);
  return i;
}

/** The base index of a period for a close at index t (−1: none). */
function baseIndex(track, key, t) {
  const day = track.days[t];
  const info = PERIODS.find((p) => p.key === key);
  if (!info) throw new Error(`period "${key}" is not one of ${PERIODS.map((p) => p.key).join(", ")}`);
  if (info.kind === "max") return 0;
  if (info.kind === "trailing") {
    const back = info.unit === "week" ? day - 7 * info.count : yearsBefore(day, info.count);
    return track.at(back);
  }
  return track.at(periodStart(key, day) - 1);
}

export class Deck {
  #tracks;
  #freed = false;

  constructor(series) {
    if (!Array.isArray(series)) throw new Error(`series must be an array, got ${series === null ? "null" : typeof series === "object" ? "an object" : typeof series}`);
    if (!series.length) throw new Error("series is empty: give at least one series");
    this.#tracks = series.map((s, i) => new Track(s, i));
    const seen = new Set();
    for (const t of this.#tracks) {
      if (seen.has(t.id)) throw new Error(`series "${t.id}" appears twice`);
      seen.add(t.id);
    }
  }

  #live() {
    if (this.#freed) throw new Error("this Deck was freed: make a new one with new IndexCards.Deck(series)");
    return this.#tracks;
  }
  #track(id) {
    const t = this.#live().find((x) => x.id === id);
    if (!t) throw new Error(`no series "${id}" in this deck: ${this.#tracks.map((x) => JSON.stringify(x.id)).join(", ")}`);
    return t;
  }
  #asOfDay(asOf) {
    if (asOf === undefined || asOf === null) return Math.max(...this.#live().map((t) => t.last));
    checkDate(asOf, "asOf");
    return dayOf(asOf);
  }

  get series() { return this.#live().map((t) => t.info()); }

  dates() {
    const all = new Set();
    for (const t of this.#live()) for (const d of t.days) all.add(d);
    return [...all].sort((a, b) => a - b).map(isoOf);
  }

  cards(asOf) {
    const day = this.#asOfDay(asOf);
    return this.#live().map((t) => this.#card(t, day, asOf));
  }

  card(id, asOf) {
    return this.#card(this.#track(id), this.#asOfDay(asOf), asOf);
  }

  #card(track, day, asOfGiven) {
    const t = closeOrThrow(track, day);
    const tDay = track.days[t];
    const close = track.closes[t];
    const ret = (b) => (b < 0 ? null : close / track.closes[b] - 1);
    const bases = {};
    const notes = {};
    const out = {};
    // 1D: the previous close, whenever it was; a note when it is more than a long weekend back.
    const prev = t - 1;
    out.d1 = ret(prev);
    bases.d1 = prev >= 0 ? isoOf(track.days[prev]) : null;
    notes.d1 = prev < 0 ? { reason: "noEarlier" } : tDay - track.days[prev] > 4 ? { reason: "since", date: bases.d1 } : null;
    const previousStart = { wtd: (d) => monday(d) - 7, mtd: (d) => monthStart(monthStart(d) - 1), qtd: (d) => quarterStart(quarterStart(d) - 1), ytd: (d) => yearStart(yearStart(d) - 1) };
    for (const [field, key] of [["wtd", "WTD"], ["mtd", "MTD"], ["qtd", "QTD"], ["ytd", "YTD"]]) {
      const b = baseIndex(track, key, t);
      out[field] = ret(b);
      bases[field] = b >= 0 ? isoOf(track.days[b]) : null;
      notes[field] = b < 0 ? { reason: "noEarlier" } : track.days[b] < previousStart[field](tDay) ? { reason: "noPrior" } : null;
    }
    const y1 = track.at(yearsBefore(tDay, 1));
    out.y1 = ret(y1);
    bases.y1 = y1 >= 0 ? isoOf(track.days[y1]) : null;
    notes.y1 = y1 < 0 ? { reason: "noEarlier" } : null;
    let ath = -Infinity, athDay = 0, high52 = -Infinity, low52 = Infinity;
    const yearAgo = yearsBefore(tDay, 1);
    for (let i = 0; i <= t; i++) {
      const c = track.closes[i];
      if (c > ath) { ath = c; athDay = track.days[i]; }
      if (track.days[i] > yearAgo) { high52 = Math.max(high52, c); low52 = Math.min(low52, c); }
    }
    const latest = Math.max(...this.#tracks.map((x) => { const i = x.at(day); return i < 0 ? -Infinity : x.days[i]; }));
    return {
      id: track.id, name: track.name,
      date: isoOf(tDay), asOf: asOfGiven ?? isoOf(tDay), close,
      ...out,
      ath, athDate: isoOf(athDay), fromAth: close / ath - 1, high52, low52,
      fullYear: track.first <= yearAgo,
      firstDate: isoOf(track.first), lastDate: isoOf(track.last),
      bases, notes,
      stale: tDay < latest,
      levelDecimals: Number.isInteger(Math.round(close * 100) / 100) ? 0 : 2,
    };
  }

  /** The comparison and, for the chart, each line's values by day. */
  #comparison(options = {}) {
    const tracks = this.#live();
    const period = options.from ? null : options.period || "YTD";
    if (period && !PERIODS.some((p) => p.key === period)) throw new Error(`period "${period}" is not one of ${PERIODS.map((p) => p.key).join(", ")}`);
    const to = options.to ? (checkDate(options.to, "to"), dayOf(options.to)) : Math.max(...tracks.map((t) => t.last));
    const reference = options.reference ?? tracks[0].id;
    if (!tracks.some((t) => t.id === reference)) throw new Error(`reference "${reference}" is not one of the series: ${tracks.map((t) => JSON.stringify(t.id)).join(", ")}`);
    const lastIdx = tracks.map((t) => t.at(to));
    const withData = lastIdx.map((i, k) => (i < 0 ? null : tracks[k].days[i])).filter((d) => d !== null);
    const common = withData.length ? Math.min(...withData) : to;
    const latest = withData.length ? Math.max(...withData) : to;
    const lines = tracks.map((t, k) => {
      const last = lastIdx[k];
      if (last < 0) return { t, note: { reason: "noData", firstDate: isoOf(t.first) }, base: -1, last };
      const atCommon = t.at(common);
      const base = options.from ? t.at(dayOf(options.from)) : baseIndex(t, period, atCommon);
      // The base of the line's own period is taken at the common date, so every return spans the same days.
      return { t, note: base < 0 ? { reason: "noPeriodBase" } : null, base, last, atCommon };
    });
    const series = lines.map((l) => ({
      id: l.t.id, name: l.t.name,
      baseDate: l.base >= 0 ? isoOf(l.t.days[l.base]) : null,
      baseClose: l.base >= 0 ? l.t.closes[l.base] : null,
      lastDate: l.last >= 0 ? isoOf(l.t.days[l.last]) : null,
      return: l.base >= 0 ? l.t.closes[l.atCommon] / l.t.closes[l.base] - 1 : null,
      rank: null, spread: null,
      stale: l.last >= 0 && l.t.days[l.last] < latest,
      note: l.note,
    }));
    const ranked = series.filter((s) => s.return !== null).map((s) => s.return).sort((a, b) => b - a);
    const ref = series.find((s) => s.id === reference);
    for (const s of series) {
      if (s.return === null) continue;
      s.rank = ranked.indexOf(s.return) + 1;
      s.spread = ref.return === null ? null : (s.return - ref.return) * 100;
    }
    const find = (want, re) => series.find((s) => (want ? s.id === want : re.test(s.id) || re.test(s.name)));
    const small = find(options.smallCap, /^(\^?RUT|R2K|IWM)$|russell 2000/i);
    const large = find(options.largeCap, /^(\^?SPX|\^GSPC|SP500)$|s&p 500/i);
    let smallVsLarge = null;
    if (small && large && small !== large) {
      const value = small.return !== null && large.return !== null ? (small.return - large.return) * 100 : null;
      const r = value === null ? null : Math.round(value * 10) / 10;
      smallVsLarge = { small: small.id, large: large.id, value, relation: r === null ? "none" : r > 0 ? "leads" : r < 0 ? "trails" : "matches" };
    }
    return {
      comparison: {
        period, from: options.from ?? null, to: isoOf(to), date: isoOf(common), reference, series, smallVsLarge,
      },
      lines, common, to,
    };
  }

  compare(options) {
    return this.#comparison(options).comparison;
  }

  chart(options = {}) {
    const { comparison, lines, to } = this.#comparison(options);
    const width = options.width ?? 720;
    const height = options.height ?? 360;
    const sv = comparison.smallVsLarge;
    const band = sv && sv.value !== null ? 70 : 0;
    const plot = [56, 12, width - 64, height - 28 - band];
    const [left, top, right, bottom] = plot;
    const starts = lines.filter((l) => l.base >= 0).map((l) => l.t.days[l.base]);
    const from = starts.length ? Math.min(...starts) : to - 30;
    const span = Math.max(1, to - from);
    const xOf = (day) => left + ((day - from) / span) * (right - left);
    // One sample per pixel column (the last close on or before the column's day).
    const columns = Math.max(2, Math.round(right - left));
    const xs = [], days = [];
    for (let c = 0; c <= columns; c++) {
      const day = from + Math.round((c / columns) * span);
      if (days.length && days[days.length - 1] === day) continue;
      days.push(day);
      xs.push(xOf(day));
    }
    const values = lines.map((l) => days.map((day) => {
      if (l.base < 0 || day < l.t.days[l.base] || day > l.t.days[l.last]) return null;
      const i = l.t.at(day);
      return i < 0 ? null : l.t.closes[i] / l.t.closes[l.base] - 1;
    }));
    const flat = values.flat().filter((v) => v !== null);
    let lo = Math.min(0, ...flat), hi = Math.max(0, ...flat);
    if (hi - lo < 0.01) { hi += 0.005; lo -= 0.005; }
    const pad = (hi - lo) * 0.06;
    lo -= pad; hi += pad;
    const yOf = (v) => bottom - ((v - lo) / (hi - lo)) * (bottom - top);
    const raw = (hi - lo) / 5;
    const mag = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw);
    const yTicks = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-12; v += step) {
      yTicks.push({ pos: yOf(v), value: Math.abs(v) < 1e-12 ? 0 : v, decimals: Math.max(0, -Math.floor(Math.log10(step * 100) + 1e-9)) });
    }
    const xTicks = [];
    const unit = span <= 62 ? "day" : span <= 3 * 366 ? "month" : "year";
    let last = -Infinity;
    for (let day = from; day <= to; day++) {
      const [y, m, d] = parts(day);
      const hit = unit === "day" ? new Date(day * DAY).getUTCDay() === 1 : unit === "month" ? d === 1 && (span < 400 || m % 3 === 1) : m === 1 && d === 1 && (span < 12 * 366 || y % 5 === 0);
      if (hit && xOf(day) - last > 48) { xTicks.push({ pos: xOf(day), date: isoOf(day), unit }); last = xOf(day); }
    }
    const path = (vals) => {
      let d = "", pen = false;
      vals.forEach((v, i) => {
        if (v === null) { pen = false; return; }
        d += `${pen ? "L" : "M"}${xs[i].toFixed(1)} ${yOf(v).toFixed(1)}`;
        pen = true;
      });
      return d;
    };
    const chartLines = lines.map((l, k) => {
      const vals = values[k];
      let end = -1;
      for (let i = vals.length - 1; i >= 0; i--) if (vals[i] !== null) { end = i; break; }
      return {
        id: l.t.id, d: path(vals), endX: end < 0 ? null : xs[end], endY: end < 0 ? null : yOf(vals[end]),
        labelY: end < 0 ? null : yOf(vals[end]), return: comparison.series[k].return,
      };
    });
    // End labels kept at least 14 px apart.
    const labelled = chartLines.filter((l) => l.labelY !== null).sort((a, b) => a.labelY - b.labelY);
    for (let i = 1; i < labelled.length; i++) labelled[i].labelY = Math.max(labelled[i].labelY, labelled[i - 1].labelY + 14);
    let spread = null;
    let spreadSamples = days.map(() => null);
    if (band) {
      const si = lines.findIndex((l) => l.t.id === sv.small);
      const li = lines.findIndex((l) => l.t.id === sv.large);
      spreadSamples = days.map((_, i) => (values[si][i] !== null && values[li][i] !== null ? (values[si][i] - values[li][i]) * 100 : null));
      const ok = spreadSamples.filter((v) => v !== null);
      const min = Math.min(0, ...ok), max = Math.max(0, ...ok);
      const bandTop = bottom + 34, bandBottom = height - 8;
      const yb = (v) => bandBottom - ((v - min) / (max - min || 1)) * (bandBottom - bandTop);
      let d = "", pen = false;
      spreadSamples.forEach((v, i) => {
        if (v === null) { pen = false; return; }
        d += `${pen ? "L" : "M"}${xs[i].toFixed(1)} ${yb(v).toFixed(1)}`;
        pen = true;
      });
      spread = { d, band: [bandTop, bandBottom], zeroY: yb(0), min, max };
    }
    const sw = options.spark?.width ?? 120, sh = options.spark?.height ?? 32;
    const sparks = lines.map((l) => {
      if (l.base < 0) return null;
      const a = l.base, b = l.last;
      const cl = l.t.closes.slice(a, b + 1), ds = l.t.days.slice(a, b + 1);
      const lo2 = Math.min(...cl), hi2 = Math.max(...cl);
      const sx = (day) => ((day - ds[0]) / Math.max(1, ds[ds.length - 1] - ds[0])) * sw;
      const sy = (c) => sh - 2 - ((c - lo2) / (hi2 - lo2 || 1)) * (sh - 4);
      const step2 = Math.max(1, Math.floor(cl.length / sw));
      let d = "";
      for (let i = 0; i < cl.length; i += step2) d += `${i ? "L" : "M"}${sx(ds[i]).toFixed(1)} ${sy(cl[i]).toFixed(1)}`;
      d += `L${sx(ds[ds.length - 1]).toFixed(1)} ${sy(cl[cl.length - 1]).toFixed(1)}`;
      return { d, baseY: sy(cl[0]) };
    });
    return {
      width, height, plot, zeroY: yOf(0), yTicks, xTicks, lines: chartLines, spread,
      crosshair: { x: xs, dates: days.map(isoOf), values, spread: spreadSamples },
      sparks,
    };
  }

  push(id, date, close) {
    const t = this.#track(id);
    const refuse = (why) => { throw new Error(`push to series "${id}" on ${date} refused: ${why}; nothing was changed`); };
    if (typeof date !== "string" || !ISO.test(date)) refuse("the date is not of the form YYYY-MM-DD");
    try { checkDate(date, "date"); } catch (e) { refuse(e.message); }
    if (typeof close !== "number" || !(close > 0) || !Number.isFinite(close)) refuse(`the close ${String(close)} is not a positive, finite number`);
    const day = dayOf(date);
    const today = Math.floor(Date.now() / DAY);
    if (day > today + 1) refuse(`it is after tomorrow, ${isoOf(today + 1)}`);
    if (day < t.last) refuse(`it is before the last date, ${isoOf(t.last)}; only the last date or a later one can be pushed`);
    if (day === t.last) {
      t.closes[t.closes.length - 1] = close;
      return { appended: false };
    }
    t.days.push(day);
    t.closes.push(close);
    return { appended: true };
  }

  free() { this.#freed = true; }
}

/** A small CSV reader: a date column and a close (or price) column, ISO or MM/DD/YYYY dates. */
export function parseCsv(input, options = {}) {
  if (!options || typeof options.id !== "string" || !options.id) throw new Error("parseCsv: options.id must be a non-empty string");
  const text = typeof input === "string" ? input : new TextDecoder().decode(input instanceof ArrayBuffer ? new Uint8Array(input) : input);
  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  const cells = (line) => (line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) || []).map((c) => c.replace(/,$/, "").replace(/^"|"$/g, "").replace(/""/g, '"').trim());
  const header = cells(lines[0]).map((h) => h.toLowerCase());
  const di = header.findIndex((h) => h === "date" || h === "observation_date");
  let ci = header.indexOf("close");
  if (ci < 0) ci = header.indexOf("price");
  if (ci < 0) ci = header.length === 2 ? 1 - Math.max(0, di) : -1;
  if (di < 0 || ci < 0) throw new Error(`"${options.id}": CSV line 1: no date and close columns in the header`);
  const dates = [], closes = [], skipped = [];
  for (let n = 1; n < lines.length; n++) {
    if (!lines[n].trim()) continue;
    const row = cells(lines[n]);
    let date = row[di] || "";
    const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(date);
    if (us) date = `${us[3]}-${us[1]}-${us[2]}`;
    date = date.slice(0, 10);
    try { checkDate(date, `"${options.id}": CSV line ${n + 1}, column ${di + 1} (date):`); } catch (e) { throw new Error(e.message); }
    const value = (row[ci] || "").replace(/,/g, "");
    if (value === "" || value === "." || value === "null") { skipped.push({ line: n + 1, date, value: row[ci] || "" }); continue; }
    const close = Number(value);
    if (!Number.isFinite(close) || !/^[\d.eE+-]+$/.test(value)) throw new Error(`"${options.id}": CSV line ${n + 1}, column ${ci + 1} (${header[ci]}): "${row[ci]}" is not a number (missing days may be written as empty, "." or "null")`);
    dates.push(date);
    closes.push(close);
  }
  const order = dates.map((_, i) => i).sort((a, b) => (dates[a] < dates[b] ? -1 : 1));
  return {
    id: options.id, name: options.name || options.id,
    dates: order.map((i) => dates[i]), closes: order.map((i) => closes[i]), skipped,
    format: header.includes("adj close") ? "yahoo" : header.includes("change %") ? "investing" : header.length > 2 ? "ohlc" : "plain",
    column: header[ci],
  };
}

/** The IndexCards object of the contract, backed by this file. */
export const IndexCards = {
  version: "0.0.0-fake",
  periods: PERIODS,
  parseCsv,
  summarize: (series, options = {}) => new Deck(series).cards(options.asOf),
  Deck,
  ready: null,
};
IndexCards.ready = Promise.resolve(IndexCards);
