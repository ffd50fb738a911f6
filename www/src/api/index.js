// `IndexCards`: the API the bundle exports, over wasm-bindgen's generated bindings: `ready`,
// `version`, `periods`, `parseCsv`, `parseCsvAsync`, `summarize` and `Deck`. Each refuses with a clear Error
// until the wasm module is ready.
import * as glue from "indexcards:glue";
import { Deck } from "./deck.js";
import { packSeries } from "./pack.js";
import { wasm } from "./wasm.js";
import { parseCsvOffThread } from "./worker.js";

/** The key of the test hook: not enumerable, not in the types, not part of the API. */
const TEST_HOOK = Symbol.for("indexcards.test");

/** A frozen copy of `value` and everything in it (the periods are shared by every caller). */
const deepFreeze = (value) => {
  if (value && typeof value === "object") Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
};

/**
 * Loads the wasm module from its raw deflate in base64 (`size` bytes inflated) and returns the
 * frozen API object; its `ready` resolves to that same object.
 */
export function createIndexCards(deflatedBase64, size) {
  let version = null;
  let periods = null;
  const api = {
    ready: null,
    /** The crate version the bundle was built from, e.g. "0.1.0". */
    get version() {
      wasm.check();
      return (version ??= glue.version());
    },
    /** Every period in order (`PeriodInfo[]`): key, how to word it, whether it is a tab. */
    get periods() {
      wasm.check();
      return (periods ??= deepFreeze(glue.periods()));
    },
    /** Reads a CSV download (text or bytes) into a series; see indexcards.d.ts. */
    parseCsv(input, options) {
      wasm.check();
      return glue.parseCsv(input, options);
    },
    /** parseCsv in a Web Worker (this thread where there is none), also of a Blob or File read
     * there; `signal` cancels it. */
    parseCsvAsync(input, options, { signal } = {}) {
      return parseCsvOffThread(input, options, { signal });
    },
    /** One card per series at `asOf` (default: each one's last date). */
    summarize(series, options) {
      wasm.check();
      return glue.summarize(packSeries(series), options);
    },
    Deck,
  };
  api.ready = wasm.load(deflatedBase64, size).then(() => api);
  Object.defineProperty(api, TEST_HOOK, {
    enumerable: false,
    value: Object.freeze({
      /** Bytes of wasm memory (it only grows): lets tests check that decks do not leak. */
      memoryBytes() {
        wasm.check();
        return glue.memoryBytes();
      },
    }),
  });
  return Object.freeze(api);
}
