// `IndexCards.Deck`: series loaded once into the wasm, then asked for cards, comparisons and
// charts at any date, and fed ticks. A thin wrapper over the wasm Deck: the series cross on the
// packed fast path, options are read before the wasm Deck is borrowed, and a freed Deck says so.
import { Deck as WasmDeck, Options } from "indexcards:glue";
import { packSeries } from "./pack.js";
import { wasm } from "./wasm.js";

/** What every method of a freed Deck throws. */
export const FREED = "this Deck was freed; create a new one";

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
    this.#inner = new WasmDeck(packSeries(series));
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
