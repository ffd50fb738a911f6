// The fast input path: a series whose dates are all 10-character strings and whose closes are all
// numbers is written straight into wasm memory (the inbox, src/bindings/inbox.rs): the dates by
// the platform's TextEncoder.encodeInto, ten bytes each, the closes by Float64Array.set. No JS
// value per date or close crosses the boundary. Anything else goes as given, so the core's
// messages about it stay exact (src/bindings/js_in.rs reads both); the core parses and checks the
// packed dates as it checks any others.
//
// Every value of the caller's (getters, proxies, array elements) is read before the inbox is
// opened, into strings and a Float64Array of our own: between opening the inbox and the call that
// takes it, no code of the caller's runs, so nothing can call the API in between and free or move
// the buffers being written. (A call from a getter the core runs later replaces the inbox; the
// core then refuses the series it cannot find, see inbox.rs, and never reads freed memory.)
import { inbox } from "indexcards:glue";
import { wasm } from "./wasm.js";

/** The key src/bindings/js_in.rs (PACKED) recognizes a packed series by: [generation, slot, length]. */
const PACKED = "__indexcardsInbox";
/** Dates concatenated per chunk: `"".concat(...chunk)` takes its arguments on the stack. */
const CHUNK = 8192;

const encoder = new TextEncoder();

/** `list` with each series that qualifies packed into the inbox; anything that is not an array as given. */
export function packSeries(list) {
  if (!Array.isArray(list)) return list;
  const picked = [];
  for (let k = 0; k < list.length; k++) {
    const copy = snapshot(list[k]);
    if (copy !== null) picked.push([k, copy]);
  }
  if (picked.length === 0) return list;
  // Allocating may grow wasm memory, so the views are made after it.
  const addresses = inbox(Uint32Array.from(picked, ([, c]) => c.closes.length));
  if (addresses.length === 0) return list; // over the limits: the core refuses the series as given
  try {
    const buffer = wasm.memory.buffer;
    const out = list.slice();
    for (let j = 0; j < picked.length; j++) {
      const [k, { id, name, chunks, closes }] = picked[j];
      const n = closes.length;
      if (!writeDates(chunks, new Uint8Array(buffer, addresses[1 + 2 * j], 10 * n))) continue; // not ASCII: as given
      new Float64Array(buffer, addresses[2 + 2 * j], n).set(closes);
      out[k] = { id, name, [PACKED]: [addresses[0], j, n] };
    }
    return out;
  } catch (e) {
    inbox(new Uint32Array(0)); // frees the buffers
    throw e;
  }
}

/** The series' id, name, dates concatenated in chunks and closes, read once, when the fast path
 * takes it (dates all strings of 10 characters, closes all numbers, as many of each, at least
 * one); else null. */
function snapshot(s) {
  if (!s || typeof s !== "object") return null;
  const { id, name, dates, closes } = s;
  if (!Array.isArray(dates) || !Array.isArray(closes)) return null;
  const n = dates.length;
  if (closes.length !== n || n === 0) return null;
  const chunks = [];
  const chunk = [];
  for (let i = 0; i < n; i++) {
    const d = dates[i];
    if (typeof d !== "string" || d.length !== 10) return null;
    chunk.push(d);
    if (chunk.length === CHUNK || i === n - 1) {
      chunks.push("".concat(...chunk));
      chunk.length = 0;
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = closes[i];
    if (typeof c !== "number") return null;
    values[i] = c;
  }
  return { id, name, chunks, closes: values };
}

/** Writes the dates, ten bytes each, into `bytes`; false when one is not ASCII (it would take
 * more bytes), and the series then goes as given. */
function writeDates(chunks, bytes) {
  let at = 0;
  for (const text of chunks) {
    const { read, written } = encoder.encodeInto(text, bytes.subarray(at));
    if (read !== text.length || written !== text.length) return false;
    at += written;
  }
  return at === bytes.length;
}
