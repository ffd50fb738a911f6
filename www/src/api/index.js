// `IndexCards`: the functions the bundle exports, over wasm-bindgen's generated bindings, each
// refusing with a clear Error until the wasm module is ready.
import * as glue from "indexcards:glue";
import { Deck } from "./deck.js";
import { packSeries } from "./pack.js";
import { wasm } from "./wasm.js";

/** `fn` once the module is loaded; `series` arguments take the packed fast path. */
const seriesCall = (fn) => (series, options) => {
  wasm.check();
  return fn(packSeries(series), options);
};
const call = (fn) => (...args) => {
  wasm.check();
  return fn(...args);
};

/**
 * Loads the wasm module from its raw deflate in base64 (`size` bytes inflated) and returns the
 * frozen API object; its `ready` resolves to that same object.
 */
export function createIndexCards(deflatedBase64, size) {
  const api = {};
  api.ready = wasm.load(deflatedBase64, size).then(() => api);
  api.summarize = seriesCall(glue.summarize);
  api.compare = seriesCall(glue.compare);
  api.paths = seriesCall(glue.paths);
  api.view = seriesCall(glue.view);
  api.parseCsv = call(glue.parseCsv);
  api.formatPct = call(glue.formatPct);
  api.formatLevel = call(glue.formatLevel);
  api.round = call(glue.round);
  api.memoryBytes = call(glue.memoryBytes);
  api.parseDate = call(glue.parseDate);
  api.version = call(glue.version);
  api.Deck = Deck;
  return Object.freeze(api);
}
