// The CSV worker: the script a Worker runs when www/src/api/worker.js reads a CSV off the main
// thread. tools/bundle.js builds it from this file and the same glue, and carries its text in the
// one bundle (started from a Blob URL, so it works from file://). It answers one message
// `{ module, input, options }` (module: the compiled WebAssembly.Module the page already holds;
// input: text, bytes, or a Blob this worker reads) with `{ result }` or `{ error }` (the core's
// message, word for word). A typed result's two arrays are transferred, never copied.
import { initSync, parseCsv } from "indexcards:glue";

self.onmessage = async ({ data: { module, input, options } }) => {
  let answer;
  let transfer = [];
  try {
    initSync({ module });
    const bytes = typeof Blob === "function" && input instanceof Blob ? await input.arrayBuffer() : input;
    const result = parseCsv(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes, options);
    answer = { result };
    if (ArrayBuffer.isView(result.dates) && ArrayBuffer.isView(result.closes)) transfer = [result.dates.buffer, result.closes.buffer];
  } catch (e) {
    answer = { error: e && e.message !== undefined ? String(e.message) : String(e) };
  }
  self.postMessage(answer, transfer);
};
