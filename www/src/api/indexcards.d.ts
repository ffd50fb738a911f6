// The façade's own declarations: the functions, the Deck, the options and the elements. Every
// result type (Card, Comparison, Chart, CsvSeries, …) is generated from the Rust types into
// ./types.d.ts. tools/types.js assembles both into www/indexcards.d.ts, inside
// `namespace IndexCards`, for the browser global and for require/import.
import type {
  Card, Chart, Comparison, CsvSeries, DateOrder, DecimalMark, IsoDate, Period, PeriodInfo, PushResult, SeriesInfo, Spark,
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
  /** `true`: `dates` as an Int32Array of day numbers (days since 1970-01-01) and `closes` as a
   * Float64Array (`TypedCsvSeries`), what `summarize` and `Deck` read fastest and what
   * `parseCsvAsync`'s worker hands over without a copy. Default `false`: ISO strings and numbers. */
  typed?: boolean;
}

/** What `parseCsv` gives with `typed: true`: a CsvSeries whose dates are day numbers (days since
 * 1970-01-01) and whose closes are a Float64Array. */
export type TypedCsvSeries = Omit<CsvSeries, "dates" | "closes"> & { dates: Int32Array; closes: Float64Array };

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

/** `deck.sparks`'s options: the comparison's, and the sparklines' size in CSS pixels (16 to 8192). */
export interface SparkOptions extends CompareOptions {
  /** Default 120. */
  width?: number;
  /** Default 32. */
  height?: number;
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
  /** The cards' sparklines alone, equal to `chart(…).sparks` for the same comparison and size,
   * without drawing the chart (for cards shown while the chart is not). */
  sparks(options?: SparkOptions): (Spark | null)[];
  /** A close for a series' last date (an intraday tick) or a later one up to tomorrow, O(1)
   * amortized; anything else throws and changes nothing. */
  push(id: string, date: DateArg, close: number): PushResult;
  /** Every date of any series, ascending. */
  dates(): IsoDate[];
  /** `dates()` as day numbers (days since 1970-01-01) in one Int32Array: no string per date.
   * @example new Date(deck.days()[0] * 86400000).toISOString().slice(0, 10) // the first date */
  days(): Int32Array;
  /** Returns the wasm memory now; afterwards every method throws. Freeing again does nothing. */
  free(): void;
}

/** `Deck.build`'s options. */
export interface DeckBuildOptions {
  /** Stops the build: the promise rejects with the signal's reason (an AbortError). */
  signal?: AbortSignal;
  /** How long the build works before the page gets a turn, in ms (default 8). */
  slice?: number;
}

export interface DeckConstructor {
  /** Validates `series`; throws an Error naming the series, field, index and date of bad input. */
  new (series: SeriesInput[]): Deck;
  /**
   * `new Deck(series)` without a long task: in a task after the caller's, the series are validated
   * (bad input rejects with the constructor's error), then indexed a slice at a time, the page
   * getting a turn between slices. For long histories (400,000 closes take about 140 ms on a slow
   * phone). The arrays are read in that later task: leave them unchanged until it settles.
   * @example
   * const deck = await IndexCards.Deck.build([series], { signal: controller.signal });
   */
  build(series: SeriesInput[], options?: DeckBuildOptions): Promise<Deck>;
  readonly prototype: Deck;
}

/** What `indexcards:render` carries: the as-of date and period shown, or the error shown instead. */
export type RenderDetail = { asOf: IsoDate; period: Period } | { error: string };

/** `toPNG`'s options. */
export interface ImageOptions {
  /** Device pixels per CSS pixel of the image, 1 to 4 (default 2). */
  scale?: number;
}

/**
 * `<index-cards>`: performance cards, the period comparison and its chart for the series it is
 * given, at an as-of date the reader can move, in a shadow root the page's CSS cannot reach.
 * Data: `el.data`, a `data-series` attribute, a `<script type="application/json">` child,
 * `<template data-id data-name>` children holding CSV, or `src`. It sets `data-state` to `ready` or
 * `error` after each render (`loading` while a file or `src` loads, or data of over 50,000 closes
 * is indexed, with the data before it still shown; a load over 300 ms shows a progress line with a
 * Cancel button, which keeps that data).
 * @attr {string} data-series - The series as JSON (`SeriesInput[]`), for editors that strip `<script>`.
 * @attr {string} src - The address of a CSV or JSON file: the one request the element ever makes, and only over http(s).
 * @attr {string} src-id - The id of the series read from `src` (default: the file's name).
 * @attr {"dmy" | "mdy" | "ymd"} date-order - The date order of every CSV the element reads, for a file whose dates cannot settle it (`06/11/2024`).
 * @attr {"." | ","} decimal - The decimal mark of every CSV the element reads, for a file whose numbers cannot settle it (`2,406`).
 * @attr {string} as-of - `YYYY-MM-DD`: the date the cards start at; readers move it with the slider, the date field or Play.
 * @attr {Period} period - The comparison's period, `YTD` by default: 1W, MTD, QTD, YTD, 1Y, 5Y or MAX (also WTD and 3Y).
 * @attr {string} series - The ids to show, in this order: `RUT,SPX`.
 * @attr {string} reference - The id the legend's spreads (pp) are measured against.
 * @attr {"light" | "dark" | "auto"} theme - `auto` (the default) follows `prefers-color-scheme`.
 * @attr {string} lang - The locale of numbers, dates and words, e.g. `de-DE`; default: the page's `lang`.
 * @attr {string} locale - As `lang`, and it wins over `lang`.
 * @attr {boolean} compact - Cards only: no controls, chart or bars.
 * @attr {string} source - The source line of exported images (default: the series' names, source not stated).
 * @fires {CustomEvent<RenderDetail>} indexcards:render - After every render or failure; bubbles out of shadow roots (`<index-figure>` listens for it).
 * @csspart root - The widget's box: background, padding, font.
 * @csspart tabs - The group of period tabs.
 * @csspart tab - One period tab; the selected one has `aria-selected="true"`.
 * @csspart download - The "Download image" button (e.g. `display: none` to offer no download).
 * @csspart card - One series' card.
 * @csspart value - A card's level (its close).
 * @csspart change - A card's change row (1D, WTD, MTD, YTD, and the period's).
 * @csspart change-up - A change row whose figure is up.
 * @csspart change-down - A change row whose figure is down.
 * @csspart change-flat - A change row whose figure rounds to zero.
 * @csspart change-none - A change row without a figure ("—").
 * @csspart chart - The comparison: its title, legend, chart and ranked bars.
 * @cssprop --ic-bg - The widget's background.
 * @cssprop --ic-card - The cards' and the comparison's background.
 * @cssprop --ic-text - Text.
 * @cssprop --ic-muted - Secondary text, ticks and labels.
 * @cssprop --ic-line - Borders and grid lines.
 * @cssprop --ic-up - Rises: figures, arrows, bars, sparklines.
 * @cssprop --ic-down - Falls: figures, arrows, bars, sparklines.
 * @cssprop --ic-accent - The selected tab, buttons and links.
 * @cssprop --ic-focus - The focus outline.
 * @cssprop --ic-warn - Stale closes and dates that differ from the as-of date.
 * @cssprop --ic-flash - The flash behind a figure a push changed.
 * @cssprop --ic-font - The font family.
 * @cssprop --ic-font-size - The base font size.
 * @cssprop --ic-radius - The corner radius of the widget and its cards.
 */
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
  /** The cards and the chart as shown now (as-of date, period, theme, locale) with the source
   * line, as one self-contained SVG document: inline colors, generic font families, no external
   * reference. Throws while the element has no data. */
  toSVG(): string;
  /** `toSVG()` drawn into a PNG at 2× (or `options.scale`) through an image and a canvas:
   * resolves to the PNG's Blob (the "Download image" button saves it as `indexcards-<as-of>.png`). */
  toPNG(options?: ImageOptions): Promise<Blob>;
}

/**
 * `<index-figure>`: one figure of an `<index-cards>`' data inline in prose ("up +18.7% this
 * year"), following that element's as-of date. A figure the author typed stays visible; it gets
 * `data-mismatch` (a dotted underline, and a title with the computed value) when the data
 * disagrees beyond the typed rounding, `data-stale` when the series' last close is older than the
 * date shown, and `data-error` for an attribute it cannot use.
 * @attr {string} series - The series' id.
 * @attr {"d1" | "wtd" | "mtd" | "qtd" | "ytd" | "y1" | "fromAth" | "close" | "ath" | "high52" | "low52"} metric - The Card field shown (default `ytd`).
 * @attr {string} for - The `id` of the `<index-cards>` it reads (default: the nearest one before it, else the first after it).
 * @attr {string} decimals - 0 to 6 (default: the typed figure's, else 1 for returns and the card's for levels).
 * @slot - The figure as the author typed it: shown, and checked against the data.
 * @csspart figure - The figure's text.
 */
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
  parseCsv(input: string | Uint8Array | ArrayBuffer, options: CsvOptions & { typed: true }): TypedCsvSeries;
  parseCsv(input: string | Uint8Array | ArrayBuffer, options: CsvOptions): CsvSeries;
  /**
   * `parseCsv` in a Web Worker, so a large file never blocks the page: the same result and the
   * same error messages, as a promise. The worker starts from the one script (a Blob URL, so it
   * works from `file://`); where there is no Worker (Node) or the page's Content-Security-Policy
   * forbids `blob:` workers, the parse runs on the calling thread. Bytes are copied to the
   * worker; `input` stays usable. A Blob or File (e.g. from a file input) is read in the worker:
   * this thread never holds its bytes. With `typed: true` the two arrays come back transferred,
   * not copied: the fastest way to load a large file. Aborting `signal` stops the worker and
   * rejects with an `AbortError` DOMException.
   * @example
   * const controller = new AbortController();
   * cancelButton.onclick = () => controller.abort();
   * const series = await IndexCards.parseCsvAsync(file, { id: "RUT", typed: true }, { signal: controller.signal });
   * const deck = new IndexCards.Deck([series]);
   */
  parseCsvAsync(input: string | Uint8Array | ArrayBuffer | Blob, options: CsvOptions & { typed: true }, init?: { signal?: AbortSignal }): Promise<TypedCsvSeries>;
  parseCsvAsync(input: string | Uint8Array | ArrayBuffer | Blob, options: CsvOptions, init?: { signal?: AbortSignal }): Promise<CsvSeries>;
  /** One card per series, in input order: `new Deck(series).cards(asOf)` in one call. */
  summarize(series: SeriesInput[], options?: SummarizeOptions): Card[];
  /** `new IndexCards.Deck(series)`. */
  readonly Deck: DeckConstructor;
}
