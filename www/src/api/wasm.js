// The wasm module the bundle carries: inflated and instantiated at load, synchronously where the
// engine allows it, else asynchronously; `ready` settles once its exports can be called.
import { inflateSync } from "fflate";
import initAsync, { initSync } from "indexcards:glue";

/** Base64 text to bytes: Buffer in Node, atob in browsers (no request: works from file://). */
function decodeBase64(text) {
  if (typeof Buffer === "function") return new Uint8Array(Buffer.from(text, "base64"));
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The one instance of the module, shared by the API and every Deck. */
class WasmInstance {
  /** The instance's exports once loaded (null before): the sign that calls can be made. */
  #exports = null;
  #failure = null;
  #ready = null;
  /** The compiled WebAssembly.Module (null until compiled): posted to CSV workers (./worker.js). */
  #module = null;
  /** True while the façade writes series into wasm memory (./pack.js, `writing`). */
  #writing = false;

  /**
   * Instantiates the module from its raw deflate (zopfli) in base64, `size` bytes once
   * inflated. Inflating is synchronous (fflate's inflateSync), so is compiling where the
   * engine allows it (Chromium, Firefox, Node): the page can paint in the same task.
   */
  load(deflatedBase64, size) {
    const bytes = inflateSync(decodeBase64(deflatedBase64), { out: new Uint8Array(size) });
    try {
      this.#module = new WebAssembly.Module(bytes);
      this.#exports = initSync({ module: this.#module });
      this.#ready = Promise.resolve();
    } catch {
      this.#ready = WebAssembly.compile(bytes).then((module) => {
        this.#module = module;
        return initAsync({ module_or_path: module });
      }).then(
        (exports) => { this.#exports = exports; },
        (error) => { this.#failure = error; throw error; },
      );
    }
    return this.#ready;
  }

  /** The compiled module, which a Worker can be sent (structured clone); null before it is compiled. */
  get module() { return this.#module; }

  /**
   * Runs `write` (which writes into wasm memory through views made inside it) with every call
   * into the module refused: a getter of the caller's that runs meanwhile can neither free nor
   * move (grow) the memory being written.
   */
  writing(write) {
    this.#writing = true;
    try {
      return write(this.#exports.memory.buffer);
    } finally {
      this.#writing = false;
    }
  }

  /** Throws a clear Error while the module is still loading, after it failed to load, or when
   * called from a getter of series being written into it (`writing`). */
  check() {
    if (this.#writing) {
      throw new Error("IndexCards was called from a getter of the series it was reading; read the data first, then call it");
    }
    if (this.#exports !== null) return;
    throw new Error(this.#failure
      ? "IndexCards failed to load its WebAssembly: " + this.#failure.message
      : "IndexCards is still loading; await IndexCards.ready before calling it");
  }
}

export const wasm = new WasmInstance();
