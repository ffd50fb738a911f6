// summarize on the real closes of ../shared/data (read at test time, never copied into the
// repository) against answers computed here by an independent method: JS Date arithmetic in
// UTC for the calendar, ISO-string comparison and linear scans for the bases.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { REAL, readReal, skipWithoutData, loadBundle, expectedCard, iso, ms, DAY_MS } = require("./helpers");

const IndexCards = loadBundle();
const series = skipWithoutData ? [] : REAL.map(readReal);
const needsData = { skip: skipWithoutData };

function assertCardsMatch(card, want, label) {
  for (const [key, value] of Object.entries(want)) {
    if (typeof value === "number") {
      assert.ok(Math.abs(card[key] - value) <= 1e-12 * Math.max(1, Math.abs(value)), `${label} ${key}: ${card[key]} != ${value}`);
    } else {
      assert.equal(card[key], value, `${label} ${key}`);
    }
  }
}

test("recap figures on 2024-11-22 come out of the real closes", needsData, () => {
  const cards = IndexCards.summarize(series, { asOf: "2024-11-22" });
  const by = Object.fromEntries(cards.map((c) => [c.id, c]));
  const pct1 = (x) => (Math.round(x * 1000) / 10).toFixed(1);
  // Russell 2000: "rose 4.5%" last week, "about 10%" in November, "up 18.7%" this year, close 2,407.
  assert.equal(by.RUT.close.toFixed(2), "2406.67");
  assert.equal(pct1(by.RUT.wtd), "4.5");
  assert.equal(pct1(by.RUT.mtd), "9.6");
  assert.equal(pct1(by.RUT.ytd), "18.7");
  // Nasdaq: closing high 19,298 set on November 11; 26.6% YTD in the data (the recap says 26.7%).
  assert.equal(Math.round(by.IXIC.ath), 19299);
  assert.equal(Math.floor(by.IXIC.ath), 19298);
  assert.equal(by.IXIC.athDate, "2024-11-11");
  assert.equal(pct1(by.IXIC.ytd), "26.6");
  assert.equal(pct1(by.IXIC.wtd), "1.7");
  // S&P 500: 5,969, +1.7% week, about +25% YTD (25.15% in the data; the recap says 25.5%).
  assert.equal(by.SPX.close.toFixed(2), "5969.34");
  assert.equal(pct1(by.SPX.wtd), "1.7");
  assert.equal(pct1(by.SPX.ytd), "25.1");
  // Dow: up 2% on the week, closing at an all-time high of 44,296; 17.5% YTD (the recap says 18.7%).
  assert.equal(by.DJI.close.toFixed(2), "44296.51");
  assert.equal(pct1(by.DJI.wtd), "2.0");
  assert.equal(by.DJI.athDate, "2024-11-22");
  assert.equal(by.DJI.fromAth, 0);
  assert.equal(pct1(by.DJI.ytd), "17.5");
});

test("every field matches an independent computation across the whole history", needsData, () => {
  for (const s of series) {
    // Every 37th trading day, the day after it (often a weekend or holiday) and the last day.
    const asOfs = [];
    for (let i = 0; i < s.dates.length; i += 37) {
      asOfs.push(s.dates[i], iso(ms(s.dates[i]) + DAY_MS));
    }
    asOfs.push(s.dates[s.dates.length - 1], "2024-02-29", "2024-11-22", "2020-03-23");
    const reversed = { ...s, dates: [...s.dates].reverse(), closes: [...s.closes].reverse() };
    for (const asOf of asOfs) {
      const [card] = IndexCards.summarize([s], { asOf });
      assertCardsMatch(card, expectedCard(s, asOf), `${s.id} asOf ${asOf}`);
    }
    // Newest-first input gives identical cards.
    const at = { asOf: "2024-11-22" };
    assert.deepEqual(IndexCards.summarize([reversed], at), IndexCards.summarize([s], at));
  }
});
