// The CSV worker: the script a Worker runs when www/src/api/worker.js reads a CSV off the main
// thread. tools/bundle.js builds it from this file and the same glue, and carries its text in the
// one bundle (started from a Blob URL, so it works from file://). It answers one message
// `{ module, input, options }` (module: the compiled WebAssembly.Module the page already holds)
// with `{ result }` or `{ error }` (the core's message, word for word).
import { initSync, parseCsv } from "indexcards:glue";

self.onmessage = ({ data: { module, input, options } }) => {
  let answer;
  try {
    initSync({ module });
    answer = { result: parseCsv(input instanceof ArrayBuffer ? new Uint8Array(input) : input, options) };
  } catch (e) {
    answer = { error: e && e.message !== undefined ? String(e.message) : String(e) };
  }
  self.postMessage(answer);
};
