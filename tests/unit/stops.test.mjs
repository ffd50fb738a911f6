// DateStops: the element's slider stops, day numbers read as ISO dates.
import test from "node:test";
import assert from "node:assert/strict";
import { DateStops, dayOfIso, isoOfDay } from "../../www/src/elements/stops.js";
import { lastOnOrBefore } from "../../www/src/elements/dom.js";

test("day numbers and ISO dates convert both ways over the core's years 0001-9999", () => {
  for (const iso of ["0001-01-01", "0099-12-31", "0925-03-01", "1969-12-31", "1970-01-01", "2024-02-29", "9999-12-31"]) {
    assert.equal(isoOfDay(dayOfIso(iso)), iso);
  }
  assert.equal(dayOfIso("1970-01-02"), 1);
  assert.equal(dayOfIso("1969-12-31"), -1);
});

test("DateStops reads like an array of ISO dates, undefined outside it; lastOnOrBefore searches it", () => {
  const iso = ["1969-12-31", "2024-01-02", "2024-01-04"];
  const stops = new DateStops(Int32Array.from(iso, dayOfIso));
  assert.equal(stops.length, 3);
  assert.deepEqual([0, 1, 2].map((i) => stops.at(i)), iso);
  assert.equal(stops.at(-1), undefined, "as array[-1], not Array.prototype.at");
  assert.equal(stops.at(3), undefined);
  for (const date of ["1900-01-01", "1969-12-31", "2024-01-03", "2024-01-04", "2030-01-01"]) {
    assert.equal(lastOnOrBefore(stops, date), lastOnOrBefore(iso, date), date);
  }
  assert.equal(new DateStops().length, 0);
});

test("DateStops.add keeps the stops ascending and once each, for ISO dates and day numbers", () => {
  const stops = new DateStops(Int32Array.from(["2024-01-02", "2024-01-04"], dayOfIso));
  stops.add("2024-01-04");
  stops.add("2024-01-03");
  stops.add(dayOfIso("2024-01-05"));
  stops.add("2023-12-29");
  for (let d = 6; d <= 30; d++) stops.add(`2024-01-${String(d).padStart(2, "0")}`); // grows past its buffer
  assert.equal(stops.length, 30);
  assert.deepEqual([0, 1, 2, 3, 29].map((i) => stops.at(i)), ["2023-12-29", "2024-01-02", "2024-01-03", "2024-01-04", "2024-01-30"]);
});
