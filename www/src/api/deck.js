// `IndexCards.Deck`: series loaded once into the wasm, then asked for cards, comparisons and
// charts at any date, and fed ticks. A thin wrapper over the wasm Deck: the series cross on the
// packed fast path, options are read before the wasm Deck is borrowed, and a freed Deck says so.
import { Deck as WasmDeck, DeckBuilder, Options } from "indexcards:glue";
import { packSeries } from "./pack.js";
import { wasm } from "./wasm.js";

/** What every method of a freed Deck throws. */
export const FREED = "this Deck was freed; create a new one";

/** How long `Deck.build` works before it lets the page have a turn, by default (ms): a frame's
 * budget less the page's own work, well under a long task's 50 ms on a slow phone. */
const SLICE_MS = 8;

/** Closes `Deck.build` builds between two looks at the clock: about 0.7 ms in Node (400,000 closes
 * take 17 ms), so a slice overruns its time by little even at 4× CPU slowdown. */
const STEP = 16384;

/** A wasm Deck built by `Deck.build`, handed to the constructor (not series to read). */
class Built {
  constructor(inner) { this.inner = inner; }
}

/**
 * A promise that settles in a task of its own, after the page has had its turn (input,
 * rendering): `scheduler.yield()` where the browser has it, else a MessageChannel message
 * (`setTimeout(0)` is held to 4 ms once nested).
 */
function nextTask() {
  if (typeof scheduler !== "undefined" && typeof scheduler.yield === "function") return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Series validated once, answering for any date. A Deck that is lost without `free()` is freed
 * when it is garbage-collected (wasm-bindgen registers every wasm Deck with a
 * FinalizationRegistry); `free()` returns its memory at once.
 * @example
 * const deck = new IndexCards.Deck(series);
 * deck.cards("2024-11-22").map((c) => c.ytd);
 * deck.free();
 */
export class Deck {
  /** The wasm Deck; null once freed. */
  #inner;

  /** Validates `series` (as `summarize` does); throws an Error naming the first bad input. */
  constructor(series) {
    wasm.check();
    this.#inner = series instanceof Built ? series.inner : new WasmDeck(packSeries(series));
  }

  /**
   * `new Deck(series)` without one long task: in a task after the caller's, the series are
   * validated (bad input rejects as the constructor throws), then their index is built `slice` ms
   * at a time, the page getting a turn between slices. `signal` stops it (an AbortError; nothing
   * is kept).
   * @example
   * const deck = await IndexCards.Deck.build(series, { signal: controller.signal });
   */
  static async build(series, { signal, slice = SLICE_MS } = {}) {
    signal?.throwIfAborted();
    wasm.check();
    // The series are read and checked in a task of their own, not in the caller's.
    await nextTask();
    signal?.throwIfAborted();
    let builder = new DeckBuilder(packSeries(series));
    try {
      let start = performance.now();
      while (!builder.step(STEP)) {
        if (performance.now() - start < slice) continue;
        await nextTask();
        signal?.throwIfAborted();
        start = performance.now();
      }
      const inner = builder.finish();
      builder = null;
      return new Deck(new Built(inner));
    } finally {
      builder?.free();
    }
  }

  /** The loaded series, in input order: `{ id, name, firstDate, lastDate, length }`. */
  get series() { return this.#live().series; }

  /** Cards of every series at `asOf` (default: each one's last date), in input order. */
  cards(asOf) { return this.#live().cards(asOf); }

  /** The card of one series at `asOf` (default: its last date). */
  card(id, asOf) { return this.#live().card(id, asOf); }

  /** Every series' return over one period on a common date, ranked, with spreads. */
  compare(options) { return this.#withOptions(options, (deck, o) => deck.compare(o)); }

  /** The comparison drawn: geometry, crosshair samples and sparklines, bounded by pixels. */
  chart(options) { return this.#withOptions(options, (deck, o) => deck.chart(o)); }

  /** The cards' sparklines alone, as `chart(options).sparks`, without drawing the chart. */
  sparks(options) { return this.#withOptions(options, (deck, o) => deck.sparks(o)); }

  /** Appends a close, or replaces the last date's; a date as "YYYY-MM-DD" or a day number. */
  push(id, date, close) { return this.#live().push(id, date, close); }

  /** Every date of any series, ascending: the stops of an as-of slider. */
  dates() { return this.#live().dates(); }

  /** `dates()` as day numbers (days since 1970-01-01) in one Int32Array: no string per date. */
  days() { return this.#live().days(); }

  /** Frees the wasm memory now; afterwards every method throws. Freeing again does nothing. */
  free() {
    const inner = this.#inner;
    this.#inner = null;
    if (inner) inner.free();
  }

  #live() {
    wasm.check();
    if (!this.#inner) throw new Error(FREED);
    return this.#inner;
  }

  /** `method` with the options read first, outside the wasm Deck's borrow (src/bindings.rs, JsOptions). */
  #withOptions(options, method) {
    const deck = this.#live();
    const read = new Options(options);
    try {
      return method(deck, read);
    } finally {
      read.free();
    }
  }
}
