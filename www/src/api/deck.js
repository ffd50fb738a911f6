// `IndexCards.Deck`: series loaded once, then asked for cards at any date. Cards are written as
// numbers into scratch memory inside wasm and read here through a view, with no boundary call
// per field and nothing allocated per card on either side.
import { Deck as WasmDeck, Options, isoDate } from "indexcards:glue";
import { packSeries } from "./pack.js";
import { wasm } from "./wasm.js";

/** Numbers per packed card: the layout of `pack_card` in src/bindings.rs. */
const CARD_FIELDS = 20;
const orNull = (v) => (v !== v ? null : v);

export class Deck {
  /** The wasm Deck; null once freed. The glue's FinalizationRegistry frees it when this Deck is collected. */
  #inner;
  #ids;
  #names;
  /** id → index in input order, so no string crosses per call. */
  #index = new Map();
  /** day number → "YYYY-MM-DD", filled as cards need them. */
  #iso = new Map();
  /** A Float64Array over the scratch cards, renewed when wasm memory grows. */
  #scratch = null;

  /** Validates `series` (as `summarize` does); throws an Error naming the first bad input. */
  constructor(series) {
    wasm.check();
    this.#inner = new WasmDeck(packSeries(series));
    this.#ids = this.#inner.ids;
    this.#names = this.#inner.names;
    this.#ids.forEach((id, k) => this.#index.set(id, k));
  }

  /** Cards of every series at `asOf` (default: each one's last date), in input order. */
  cards(asOf) {
    this.#live().cardsIntoScratch(asOf);
    const p = this.#scratchView();
    const out = new Array(this.#ids.length);
    for (let k = 0; k < out.length; k++) out[k] = this.#unpack(p, k * CARD_FIELDS, k);
    return out;
  }

  /** The card of one series at `asOf` (default: its last date). */
  card(id, asOf) {
    const k = this.#indexOf(id);
    if (asOf !== undefined && asOf !== null && typeof asOf !== "number") {
      return this.#unpack(this.#live().cardPackedAt(k, asOf), 0, k);
    }
    // The per-tick path: written into the scratch card, nothing allocated.
    this.#live().cardIntoScratch(k, asOf ?? NaN);
    return this.#unpack(this.#scratchView(), 0, k);
  }

  /** Appends a close (or replaces the last date's); a date as "YYYY-MM-DD" or a day number. */
  push(id, date, close) {
    const k = this.#indexOf(id);
    if (typeof date === "number") this.#live().pushDay(k, date, close);
    else this.#live().pushAt(k, date, close);
  }

  compare(options) { return this.#withOptions(options, (deck, o) => deck.compare(o)); }
  paths(options) { return this.#withOptions(options, (deck, o) => deck.paths(o)); }
  view(options) { return this.#withOptions(options, (deck, o) => deck.view(o)); }
  /** Every date of any series, ascending: the stops of an as-of slider. */
  dates() { return this.#live().dates(); }

  /** The series' ids, in input order. */
  get ids() { return this.#ids.slice(); }

  /** Frees the wasm memory now, instead of when the Deck is garbage-collected. */
  free() {
    if (this.#inner) {
      this.#inner.free();
      this.#inner = null;
    }
  }

  #live() {
    if (!this.#inner) throw new Error("this IndexCards.Deck was freed; make a new one");
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

  #indexOf(id) {
    const k = this.#index.get(id);
    if (k === undefined) throw new Error("no series " + JSON.stringify(String(id)).slice(0, 60) + " in this deck");
    return k;
  }

  #scratchView() {
    const buffer = wasm.memory.buffer;
    if (!this.#scratch || this.#scratch.buffer !== buffer) {
      this.#scratch = new Float64Array(buffer, this.#live().scratchPtr(), Math.max(this.#ids.length, 1) * CARD_FIELDS);
    }
    return this.#scratch;
  }

  #date(day) {
    if (day !== day) return null; // NaN: no such base
    let text = this.#iso.get(day);
    if (text === undefined) {
      text = isoDate(day);
      this.#iso.set(day, text);
    }
    return text;
  }

  #unpack(p, o, k) {
    return {
      id: this.#ids[k], name: this.#names[k], date: this.#date(p[o]), close: p[o + 1],
      d1: orNull(p[o + 2]), wtd: orNull(p[o + 3]), mtd: orNull(p[o + 4]), qtd: orNull(p[o + 5]), ytd: orNull(p[o + 6]), y1: orNull(p[o + 7]),
      ath: p[o + 8], athDate: this.#date(p[o + 9]), fromAth: p[o + 10], high52: p[o + 11], low52: p[o + 12],
      firstDate: this.#date(p[o + 13]),
      bases: {
        d1: this.#date(p[o + 14]), wtd: this.#date(p[o + 15]), mtd: this.#date(p[o + 16]),
        qtd: this.#date(p[o + 17]), ytd: this.#date(p[o + 18]), y1: this.#date(p[o + 19]),
      },
    };
  }
}
