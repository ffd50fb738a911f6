// The fast input path: a series whose dates are all 10-character strings and whose closes are all
// numbers is written straight into wasm memory (the inbox, src/bindings/inbox.rs): the dates by
// the platform's TextEncoder.encodeInto, ten bytes each, the closes one by one into a
// Float64Array view. No JS value per date or close crosses the boundary. Anything else goes as
// given, so the core's messages about it stay exact (src/bindings/js_in.rs reads both); the core
// parses and checks the packed dates as it checks any others.
//
// Each value of the caller's is read once, and written as it was checked. The buffers are written
// inside `wasm.writing`, which refuses every call into the module: a getter of the caller's that
// runs meanwhile cannot free or move the memory being written. (A call from a getter that the
// core runs later replaces the inbox; the core then refuses the series it cannot find, see
// inbox.rs, and never reads freed memory.)
import { inbox } from "indexcards:glue";
import { wasm } from "./wasm.js";

/** The key a packed series carries [generation, slot, length] under: a symbol of this module's,
 * handed to the core with each inbox (src/bindings/inbox.rs), so no caller's object can have it. */
const PACKED = Symbol("indexcards inbox");
/** Dates joined per chunk before they are encoded. */
const CHUNK = 8192;

const encoder = new TextEncoder();

/** `list` with each series that qualifies packed into the inbox; anything that is not an array as given. */
export function packSeries(list) {
  if (!Array.isArray(list)) return list;
  const picked = [];
  for (let k = 0; k < list.length; k++) {
    const s = list[k];
    if (!s || typeof s !== "object") continue;
    const { id, name, dates, closes } = s;
    if (!Array.isArray(dates) || !Array.isArray(closes)) continue;
    const n = dates.length;
    // Nothing is reserved for arrays that do not look whole at a glance (as the core's own
    // reserve, src/bindings.rs): `new Array(9999999)` goes as given and is refused without it.
    if (closes.length === n && n > 0 && looksWhole(dates, closes, 0) && looksWhole(dates, closes, n - 1)) {
      picked.push({ k, id, name, dates, closes, n });
    }
  }
  if (picked.length === 0) return list;
  // Allocating may grow wasm memory, so the views are made after it, in `wasm.writing`.
  const addresses = inbox(Uint32Array.from(picked, (p) => p.n), PACKED);
  if (addresses.length === 0) return list; // over the limits: the core refuses the series as given
  try {
    return wasm.writing((buffer) => {
      const out = list.slice();
      for (let j = 0; j < picked.length; j++) {
        const { k, id, name, dates, closes, n } = picked[j];
        if (!writeDates(dates, n, new Uint8Array(buffer, addresses[1 + 2 * j], 10 * n))) continue;
        if (!writeCloses(closes, new Float64Array(buffer, addresses[2 + 2 * j], n))) continue;
        out[k] = { id, name, [PACKED]: [addresses[0], j, n] };
      }
      return out;
    });
  } catch (e) {
    inbox(new Uint32Array(0), PACKED); // frees the buffers
    throw e;
  }
}

/** Whether item `i` is a date the fast path takes and a number. */
function looksWhole(dates, closes, i) {
  const d = dates[i];
  return typeof d === "string" && d.length === 10 && typeof closes[i] === "number";
}

/** Writes `n` dates, ten ASCII bytes each, into `bytes`; false when one is not a string of ten
 * characters or not ASCII (the series then goes as given). The dates are joined with `+=` in
 * chunks (V8 builds a rope, flattened once by encodeInto): 5.2-5.8 ms for 8 x 38,000 dates where
 * pushing them into an array for `"".concat(...chunk)` took 8.2-9.4 ms (Node 20, 2026-12-01). */
function writeDates(dates, n, bytes) {
  let text = "";
  let at = 0;
  for (let i = 0; i < n; i++) {
    const d = dates[i];
    if (typeof d !== "string" || d.length !== 10) return false;
    text += d;
    if (text.length === 10 * CHUNK || i === n - 1) {
      const { read, written } = encoder.encodeInto(text, bytes.subarray(at));
      if (read !== text.length || written !== text.length) return false;
      at += written;
      text = "";
    }
  }
  return at === bytes.length;
}

/** Writes the closes into `values`; false when one is not a number (the series then goes as given). */
function writeCloses(closes, values) {
  for (let i = 0; i < values.length; i++) {
    const c = closes[i];
    if (typeof c !== "number") return false;
    values[i] = c;
  }
  return true;
}
