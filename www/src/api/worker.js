// IndexCards.parseCsvAsync: parseCsv in a Web Worker, so a large CSV never blocks the page. The
// worker's script (www/src/worker/entry.js, built by tools/bundle.js and carried in the bundle as
// text) starts from a Blob URL, which works from file://, and is sent the module this page already
// compiled. Where there is no Worker (Node), or a page's Content-Security-Policy forbids blob:
// workers, the same parse runs on this thread: the result and the errors are the same.
import * as glue from "indexcards:glue";
import { source } from "indexcards:worker-source";
import { wasm } from "./wasm.js";

/** Set once a worker could not start (a CSP without blob: workers): later reads stay on this
 * thread, so the browser reports the refusal once, not at every file. */
let refused = false;

const aborted = () => new DOMException("The CSV read was cancelled", "AbortError");

const canStartWorkers = () => typeof Worker === "function" && typeof Blob === "function"
  && typeof URL === "function" && typeof URL.createObjectURL === "function";

/** parseCsv on this thread, as a promise. */
function onThisThread(input, options) {
  try {
    return Promise.resolve(glue.parseCsv(input, options));
  } catch (e) {
    return Promise.reject(e);
  }
}

/** A copy of bytes the worker can take over (transfer), or null when `input` is not bytes. */
function bytesToPost(input) {
  if (input instanceof ArrayBuffer) return input.slice(0);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength).slice().buffer;
  return null;
}

/**
 * Reads a CSV as parseCsv does, in a Web Worker: resolves with the series, rejects with an Error
 * carrying the core's message, or with an AbortError DOMException when `signal` aborts (the worker
 * is then stopped at once).
 */
export function parseCsvOffThread(input, options, { signal } = {}) {
  wasm.check();
  if (signal && signal.aborted) return Promise.reject(aborted());
  const bytes = bytesToPost(input);
  if (refused || !canStartWorkers() || !wasm.module || (bytes === null && typeof input !== "string")) return onThisThread(input, options);
  return new Promise((resolve, reject) => {
    let worker = null;
    let url = null;
    let answered = false;
    const stop = () => {
      if (worker) worker.terminate();
      worker = null;
      if (url) URL.revokeObjectURL(url);
      url = null;
      if (signal) signal.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      stop();
      reject(aborted());
    };
    // The worker could not be made or started (e.g. `worker-src` without blob:): this thread reads it.
    const fallBack = () => {
      refused = true;
      stop();
      onThisThread(input, options).then(resolve, reject);
    };
    try {
      url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
      worker = new Worker(url);
      worker.onmessage = ({ data }) => {
        answered = true;
        stop();
        if (data && "error" in data) reject(new Error(data.error));
        else resolve(data.result);
      };
      worker.onerror = (event) => {
        if (event && event.preventDefault) event.preventDefault();
        if (!answered) fallBack();
      };
      if (signal) signal.addEventListener("abort", onAbort);
      if (bytes !== null) worker.postMessage({ module: wasm.module, input: bytes, options }, [bytes]);
      else worker.postMessage({ module: wasm.module, input, options });
    } catch {
      fallBack();
    }
  });
}
