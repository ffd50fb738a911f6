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

function loadBundle() {
  return require(path.join(root, "www", "indexcards.js"));
}

module.exports = { root, dataDir, REAL, readReal, loadBundle };
