// The fast input path: a series whose dates are all 10-character ASCII strings and whose closes
// are all numbers crosses into wasm as one joined string and one Float64Array instead of one
// value at a time. Anything else goes as given, so the core's messages about it stay exact
// (src/bindings/js_in.rs reads both).

/** The key src/bindings/js_in.rs (PACKED_DATES) recognizes a packed series by. */
const PACKED_DATES = "__indexcardsPackedDates";
const ASCII = /^[\x00-\x7f]*$/;

/** `list` with each series that qualifies packed; anything that is not an array as given. */
export function packSeries(list) {
  return Array.isArray(list) ? list.map(packOne) : list;
}

function packOne(s) {
  if (!s || typeof s !== "object" || !Array.isArray(s.dates) || !Array.isArray(s.closes)) return s;
  const { dates, closes } = s;
  const n = dates.length;
  if (closes.length !== n || n === 0) return s;
  for (let i = 0; i < n; i++) if (typeof dates[i] !== "string" || dates[i].length !== 10) return s;
  for (let i = 0; i < n; i++) if (typeof closes[i] !== "number") return s;
  const joined = dates.join("");
  if (!ASCII.test(joined)) return s;
  return { id: s.id, name: s.name, dates: joined, closes: new Float64Array(closes), [PACKED_DATES]: true };
}
