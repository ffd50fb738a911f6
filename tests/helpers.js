// Shared by the Node tests: where the bundle and the real closes are, and a CSV reader
// written here independently of the Rust core.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const dataDir = process.env.INDEXCARDS_DATA || path.resolve(root, "..", "shared", "data");

/** The four real-close files of ../shared/data (never copied into the repository). */
const REAL = [
  { id: "RUT", name: "Russell 2000", file: "russell2000.csv" },
  { id: "SPX", name: "S&P 500", file: "sp500.csv" },
  { id: "IXIC", name: "Nasdaq Composite", file: "nasdaq.csv" },
  { id: "DJI", name: "Dow Jones", file: "dow.csv" },
];

/** Reads `date,open,high,low,close` into { id, name, dates, closes } (ascending, as in the file). */
/** `false` when every real-close file is there; else why the tests that read them are skipped
 * (node:test prints it), so a clone without ../shared/data runs everything else. */
const missingData = REAL.filter((r) => !fs.existsSync(path.join(dataDir, r.file))).map((r) => r.file);
const skipWithoutData = missingData.length > 0 &&
  `real closes not found (${missingData.join(", ")} in ${dataDir}): put ../shared/data beside the clone or set INDEXCARDS_DATA`;

function readReal({ id, name, file }) {
  const full = path.join(dataDir, file);
  if (!fs.existsSync(full)) {
    throw new Error(`real closes not found at ${full}: put ../shared/data beside the clone or set INDEXCARDS_DATA`);
  }
  const lines = fs.readFileSync(full, "utf8").trim().split(/\r?\n/);
  const header = lines.shift().split(",");
  const di = header.indexOf("date");
  const ci = header.indexOf("close");
  const dates = [];
  const closes = [];
  for (const line of lines) {
    const cells = line.split(",");
    dates.push(cells[di]);
    closes.push(Number(cells[ci]));
  }
  return { id, name, dates, closes };
}

// ---- An independent calendar: JS Date arithmetic in UTC and ISO-string comparison. ----
const DAY_MS = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const ms = (d) => Date.parse(d + "T00:00:00Z");
function monday(d) {
  const t = ms(d);
  return iso(t - ((new Date(t).getUTCDay() + 6) % 7) * DAY_MS);
}
const monthStart = (d) => d.slice(0, 8) + "01";
function quarterStart(d) {
  const m = Number(d.slice(5, 7));
  return `${d.slice(0, 4)}-${String(m - ((m - 1) % 3)).padStart(2, "0")}-01`;
}
const yearStart = (d) => d.slice(0, 4) + "-01-01";
function yearBefore(d) {
  const y = String(Number(d.slice(0, 4)) - 1).padStart(4, "0");
  const md = d.slice(5) === "02-29" ? "02-28" : d.slice(5);
  return `${y}-${md}`;
}

/** The card computed the slow, obvious way (linear scans, no shared code with the core). */
function expectedCard(s, asOf) {
  let t = -1;
  for (let i = 0; i < s.dates.length; i++) if (s.dates[i] <= asOf) t = i;
  const date = s.dates[t];
  const close = s.closes[t];
  const lastWhere = (pred) => {
    let found = -1;
    for (let i = 0; i <= t; i++) if (pred(s.dates[i])) found = i;
    return found;
  };
  const ret = (i) => (i < 0 ? null : close / s.closes[i] - 1);
  const baseOf = (start) => lastWhere((d) => d < start);
  const y1i = lastWhere((d) => d <= yearBefore(date));
  let ath = -Infinity;
  let athDate = null;
  let high52 = -Infinity;
  let low52 = Infinity;
  for (let i = 0; i <= t; i++) {
    const c = s.closes[i];
    if (c > ath) { ath = c; athDate = s.dates[i]; }
    if (s.dates[i] > yearBefore(date)) { high52 = Math.max(high52, c); low52 = Math.min(low52, c); }
  }
  return {
    date, close,
    d1: ret(t - 1),
    wtd: ret(baseOf(monday(date))),
    mtd: ret(baseOf(monthStart(date))),
    qtd: ret(baseOf(quarterStart(date))),
    ytd: ret(baseOf(yearStart(date))),
    y1: ret(y1i),
    ath, athDate, fromAth: close / ath - 1, high52, low52,
  };
}

/** A deterministic random walk of `n` weekday closes from January 2 of `startYear`, as ISO
 * date strings and numbers: synthetic data for scale tests and benchmarks. */
function randomWalk(n, seed, startYear) {
  let x = seed >>> 0 || 1;
  let close = 100;
  let day = Math.round(Date.UTC(startYear, 0, 2) / DAY_MS);
  const dates = new Array(n);
  const closes = new Array(n);
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    close *= 1 + ((x % 2001) - 1000) / 50_000;
    dates[i] = iso(day * DAY_MS);
    closes[i] = close;
    day += (day + 3) % 7 === 4 ? 3 : 1; // Friday → Monday
  }
  return { dates, closes };
}

function loadBundle() {
  return require(path.join(root, "www", "indexcards.js"));
}

/** Half away from zero to one decimal, as a signed percentage: the page's display rule. */
function pct1(fraction) {
  const x = Math.round(Math.abs(fraction) * 1000 + 1e-9) / 10;
  if (x === 0) return "0.0%";
  return (fraction > 0 ? "+" : "\u2212") + x.toFixed(1) + "%";
}

module.exports = {
  root, dataDir, REAL, readReal, skipWithoutData, loadBundle, pct1, randomWalk,
  DAY_MS, iso, ms, monday, monthStart, quarterStart, yearStart, yearBefore, expectedCard,
};
