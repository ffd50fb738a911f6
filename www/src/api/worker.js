// IndexCards.parseCsvAsync: parseCsv in a Web Worker, so a large CSV never blocks the page. The
// worker's script (www/src/worker/entry.js, built by tools/bundle.js and carried in the bundle as
// text) starts from a Blob URL, which works from file://, and is sent the module this page already
// compiled. A Blob or File is sent as it is and read in the worker (this thread never holds its
// bytes); a `typed: true` result's arrays come back transferred, not copied. Where there is no
// Worker (Node), or a page's Content-Security-Policy forbids blob: workers, the same parse runs on
// this thread: the result and the errors are the same.
import * as glue from "indexcards:glue";
import { source } from "indexcards:worker-source";
import { wasm } from "./wasm.js";

/** Set once a worker could not start (a CSP without blob: workers): later reads stay on this
 * thread, so the browser reports the refusal once, not at every file. */
let refused = false;

/** The worker script's Blob URL, made once and kept for the page's life: making it encodes the
 * script's text, about 3 ms a time in Chromium, which four files at once paid four times. */
let scriptUrl = null;

const aborted = () => new DOMException("The CSV read was cancelled", "AbortError");

const canStartWorkers = () => typeof Worker === "function" && typeof Blob === "function"
  && typeof URL === "function" && typeof URL.createObjectURL === "function";

const isBlob = (input) => typeof Blob === "function" && input instanceof Blob;

/** parseCsv on this thread, as a promise (a Blob read first). */
async function onThisThread(input, options) {
  return glue.parseCsv(isBlob(input) ? new Uint8Array(await input.arrayBuffer()) : input, options);
}

/**
 * What is posted to the worker, and what is transferred with it: a Blob as it is (the worker
 * reads it), a copy of bytes (the caller keeps theirs), text as it is; null for anything else
 * (parseCsv's own message then says why).
 */
function toPost(input) {
  if (typeof input === "string" || isBlob(input)) return { input, list: [] };
  let bytes = null;
  if (input instanceof ArrayBuffer) bytes = input.slice(0);
  else if (ArrayBuffer.isView(input)) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength).slice().buffer;
  return bytes === null ? null : { input: bytes, list: [bytes] };
}

/**
 * Reads a CSV as parseCsv does, in a Web Worker: resolves with the series, rejects with an Error
 * carrying the core's message, or with an AbortError DOMException when `signal` aborts (the worker
 * is then stopped at once).
 */
export function parseCsvOffThread(input, options, { signal } = {}) {
  wasm.check();
  if (signal && signal.aborted) return Promise.reject(aborted());
  if (refused || !canStartWorkers() || !wasm.module) return onThisThread(input, options);
  const post = toPost(input);
  if (post === null) return onThisThread(input, options);
  return new Promise((resolve, reject) => {
    let worker = null;
    let answered = false;
    const stop = () => {
      if (worker) worker.terminate();
      worker = null;
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
      scriptUrl ??= URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
      worker = new Worker(scriptUrl);
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
      worker.postMessage({ module: wasm.module, input: post.input, options }, post.list);
    } catch {
      fallBack();
    }
  });
}
