// The façade's own declarations: the functions, the Deck, the options and the elements. Every
// result type (Card, Comparison, Chart, CsvSeries, …) is generated from the Rust types into
// ./types.d.ts. tools/types.js assembles both into www/indexcards.d.ts, inside
// `namespace IndexCards`, for the browser global and for require/import.
import type {
  Card, Chart, Comparison, CsvSeries, DateOrder, DecimalMark, IsoDate, Period, PeriodInfo, PushResult, SeriesInfo,
} from "./types";

/** One index's daily closes. `dates` and `closes` pair up by position, in any order. Other keys
 * (parseCsv's `skipped`, `format`, …) are ignored, so a CsvSeries is a SeriesInput. */
export interface SeriesInput {
  /** Unique, non-empty. Used in cards and in every error message. */
  id: string;
  /** Display name; defaults to `id` (or a well-known index's name in parseCsv). */
  name?: string;
  /** `YYYY-MM-DD`, real calendar dates, no date twice; or an Int32Array of day numbers
   * (days since 1970-01-01), copied in one block. */
  dates: IsoDate[] | Int32Array;
  /** Positive, finite numbers, one per date; or a Float64Array, copied in one block. */
  closes: number[] | Float64Array;
}

/** `summarize`'s options. */
export interface SummarizeOptions {
  /** Compute as of this date: the last close on or before it. Default: each series' last date. */
  asOf?: IsoDate;
}

/** A date argument: `"YYYY-MM-DD"`, or a day number (days since 1970-01-01). */
export type DateArg = IsoDate | number;

/** `parseCsv`'s options. */
export interface CsvOptions {
  /** The series id (required): `"RUT"`, `"^GSPC"`, a file name. */
  id: string;
  /** Display name; default: a well-known index's name for its id (`^RUT` → Russell 2000), else the id. */
  name?: string;
  /** How bytes are decoded when they start with no byte-order mark: any label TextDecoder
   * knows (`"windows-1252"`, `"shift_jis"`, …); default UTF-8. Only for bytes. */
  encoding?: string;
  /** The order of `NN/NN/YYYY` dates when nothing in the file settles it. */
  dateOrder?: DateOrder;
  /** The decimal mark when nothing in the file settles it. */
  decimal?: DecimalMark;
}

/** `deck.compare`'s options. */
export interface CompareOptions {
  /** Default `YTD`. Leave out when `from` is given. */
  period?: Period;
  /** Explicit start: rebased at the last close on or before this date. */
  from?: IsoDate;
  /** End date (default: the latest date of any series). */
  to?: IsoDate;
  /** Id of the series spreads are measured against (default: the first). */
  reference?: string;
  /** Ids of the small-cap and large-cap series (default: found by id or name, e.g. RUT and SPX). */
  smallCap?: string;
  largeCap?: string;
}

/** `deck.chart`'s options: the comparison's, and the sizes in CSS pixels (16 to 8192). */
export interface ChartOptions extends CompareOptions {
  /** Default 720. */
  width?: number;
  /** Default 360. */
  height?: number;
  /** The card sparklines' size, default 120 × 32. */
  spark?: { width?: number; height?: number };
  /** false leaves the crosshair's samples out (empty arrays): for a chart redrawn at every slider step. Default true. */
  crosshair?: boolean;
}

/**
 * Series validated once, then asked for any date and period, and fed live closes. Freed by
 * `free()` or when garbage-collected; a freed Deck throws "this Deck was freed; create a new one".
 * @example
 * const deck = new IndexCards.Deck(series);
 * deck.cards("2024-11-22").map((c) => c.ytd);
 * deck.chart({ period: "1Y", width: 720, height: 360 }).lines[0].d;
 * deck.free();
 */
export interface Deck {
  /** The loaded series, in input order. */
  readonly series: SeriesInfo[];
  /** Cards of every series at `asOf` (default: each one's last date); throws like `summarize`
   * when a series has no close by then. */
  cards(asOf?: DateArg | null): Card[];
  /** One series' card, in O(log n). */
  card(id: string, asOf?: DateArg | null): Card;
  /** Every series' return over one period on one common date, ranked, with spreads. */
  compare(options?: CompareOptions): Comparison;
  /** The comparison drawn: geometry, crosshair samples and sparklines, bounded by pixels. */
  chart(options?: ChartOptions): Chart;
  /** A close for a series' last date (an intraday tick) or a later one up to tomorrow, O(1)
   * amortized; anything else throws and changes nothing. */
  push(id: string, date: DateArg, close: number): PushResult;
  /** Every date of any series, ascending. */
  dates(): IsoDate[];
  /** Returns the wasm memory now; afterwards every method throws. Freeing again does nothing. */
  free(): void;
}

export interface DeckConstructor {
  /** Validates `series`; throws an Error naming the series, field, index and date of bad input. */
  new (series: SeriesInput[]): Deck;
  readonly prototype: Deck;
}

/** `<index-cards>`: cards, the period comparison and its chart. Attributes: data-series, src,
 * src-id, as-of, period, series, reference, theme (light | dark | auto), lang / locale, compact. */
export interface IndexCardsElement extends HTMLElement {
  /** Series, or Files (CSV or JSON) to read; setting it re-renders and drops pushed ticks. */
  data: SeriesInput[] | Blob | Blob[] | FileList | null;
  /** The cards shown, at the element's as-of date. */
  readonly cards: Card[];
  /** The element's as-of date, or null before it has data. */
  readonly asOf: IsoDate | null;
  /** The locale numbers and dates are shown in. */
  readonly locale: string;
  /** A live close from the page's own feed: validated by the deck (throws when refused); the
   * cards update on the next frame. */
  push(id: string, date: DateArg, close: number): void;
}

/** `<index-figure>`: one figure of an `<index-cards>` inline in prose. Attributes: series,
 * metric (d1 | wtd | mtd | qtd | ytd | y1 | fromAth | close | ath | high52 | low52), for, decimals. */
export interface IndexFigureElement extends HTMLElement {}

/** The global `IndexCards` (or `require("./indexcards.js")`). */
export interface Api {
  /** Resolves (to this object) once the WebAssembly is instantiated. */
  readonly ready: Promise<Api>;
  /** The crate version the bundle was built from, e.g. `"0.1.0"`. */
  readonly version: string;
  /** Every period, in order, with how to word it and whether the element shows it as a tab. */
  readonly periods: readonly PeriodInfo[];
  /** Reads a Yahoo, Stooq, FRED, Investing.com or plain `date,close` CSV; throws naming the
   * line and column. `input` is the text, or the file's bytes (e.g. `await file.arrayBuffer()`
   * or a Node `Buffer`), decoded by TextDecoder: UTF-8 or UTF-16LE/BE by a byte-order mark, else
   * as `encoding` says, else UTF-8. */
  parseCsv(input: string | Uint8Array | ArrayBuffer, options: CsvOptions): CsvSeries;
  /** One card per series, in input order: `new Deck(series).cards(asOf)` in one call. */
  summarize(series: SeriesInput[], options?: SummarizeOptions): Card[];
  /** `new IndexCards.Deck(series)`. */
  readonly Deck: DeckConstructor;
}
