// Type definitions for www/indexcards.js (browser global `IndexCards`, or `require("./indexcards.js")` in Node).
// UMD: `module.exports` in Node (import with `require` or `import IndexCards = require(...)`),
// the global `IndexCards` in a browser page.

declare namespace IndexCards {
  /** An ISO civil date, `YYYY-MM-DD` (no time, no time zone). */
  type IsoDate = string;

  /** One index's daily closes. `dates` and `closes` pair up by position, in any order. */
  interface SeriesInput {
    /** Unique, non-empty. Used in cards and in every error message. */
    id: string;
    /** Display name; defaults to `id`. */
    name?: string;
    /** `YYYY-MM-DD`, real calendar dates, no date twice; or an Int32Array of day numbers
     * (days since 1970-01-01), copied in one block. */
    dates: IsoDate[] | Int32Array;
    /** Positive, finite numbers, one per date; or a Float64Array, copied in one block. */
    closes: number[] | Float64Array;
    /** Other keys (e.g. `skipped` from parseCsv, notes) are allowed and ignored. */
    [extra: string]: unknown;
  }

  interface Options {
    /** Compute as of this date: the last close on or before it. Default: each series' last date. */
    asOf?: IsoDate;
  }

  /** `1W` trailing week, `WTD`/`MTD`/`QTD`/`YTD` to date, `1Y`/`3Y`/`5Y` trailing years, `MAX` all data. */
  type Period = "1W" | "WTD" | "MTD" | "QTD" | "YTD" | "1Y" | "3Y" | "5Y" | "MAX";

  interface CompareOptions {
    /** Default `YTD`. Leave out when `from` is given. */
    period?: Period;
    /** Explicit start: rebased at the last close on or before this date. */
    from?: IsoDate;
    /** End date (default: the latest date of any series). */
    to?: IsoDate;
    /** Id of the series spreads are measured against (default: the first). */
    reference?: string;
    /** Ids of the small-cap and large-cap series (default: detected, e.g. RUT and SPX). */
    smallCap?: string;
    largeCap?: string;
  }

  interface Size {
    /** CSS pixels, 16 to 8192. */
    width?: number;
    height?: number;
  }

  interface PathsOptions extends CompareOptions {
    /** Default 720 × 360. */
    chart?: Size;
    /** Default 120 × 32. */
    spark?: Size;
  }

  interface ViewOptions {
    asOf?: IsoDate;
    period?: Period;
    from?: IsoDate;
    reference?: string;
    smallCap?: string;
    largeCap?: string;
    chart?: Size;
    spark?: Size;
  }

  /** Dates of the base closes each return is measured from (`null` where missing). */
  interface Bases {
    d1: IsoDate | null;
    wtd: IsoDate | null;
    mtd: IsoDate | null;
    qtd: IsoDate | null;
    ytd: IsoDate | null;
    y1: IsoDate | null;
  }

  /** A performance card. Returns are fractions (0.187 = +18.7%), `null` where the base close is missing. */
  interface Card {
    id: string;
    name: string;
    /** `t`: the last date on or before `asOf`. */
    date: IsoDate;
    close: number;
    /** close / previous close − 1 */
    d1: number | null;
    /** close / base(Monday of t's week) − 1 */
    wtd: number | null;
    /** close / base(first day of t's month) − 1 */
    mtd: number | null;
    /** close / base(first day of t's quarter) − 1 */
    qtd: number | null;
    /** close / base(January 1 of t's year) − 1 */
    ytd: number | null;
    /** close / (last close on or before the same day one year before t; Feb 29 → Feb 28) − 1 */
    y1: number | null;
    /** Highest close up to and including t. */
    ath: number;
    /** Earliest date of that close. */
    athDate: IsoDate;
    /** close / ath − 1 (≤ 0). */
    fromAth: number;
    /** Highest close after the day one year before t, up to t. */
    high52: number;
    /** Lowest close after the day one year before t, up to t. */
    low52: number;
    /** The series' first date (the closing high is the highest since then). */
    firstDate: IsoDate;
    bases: Bases;
  }

  /** One series of a comparison. */
  interface CompareLine {
    id: string;
    name: string;
    /** The close the line is rebased to (0%), and its date; `null` when the data does not reach back. */
    baseDate: IsoDate | null;
    baseClose: number | null;
    /** Last date of this series on or before `to`. */
    lastDate: IsoDate | null;
    /** Rebased value (fraction) on each of `Comparison.dates`; `null` before the base. */
    values: (number | null)[];
    /** The period return (fraction). */
    return: number | null;
    /** 1 = best; ties share a rank. */
    rank: number | null;
    /** Return minus the reference's return, in percentage points. */
    spread: number | null;
    /** Why there is no return, when there is none. */
    note: string | null;
  }

  interface Comparison {
    /** `YTD`, `1W`, … or `from 2024-06-28`. */
    period: string;
    to: IsoDate;
    /** Every date of any series from the earliest base to `to`. A day one series did not trade carries its last close. */
    dates: IsoDate[];
    reference: string;
    series: CompareLine[];
    /** Small-cap return minus large-cap return, in percentage points, per date and at `to`. */
    smallVsLarge: { small: string; large: string; values: (number | null)[]; last: number | null } | null;
  }

  interface Tick {
    /** Pixels along the axis. */
    pos: number;
    label: string;
  }

  interface LinePath {
    id: string;
    name: string;
    /** SVG path data, at most two points per pixel column, every extreme kept. */
    d: string;
    endX: number | null;
    endY: number | null;
    /** End-label position, moved apart from the other labels. */
    labelY: number | null;
    /** The period return as shown (`+18.7%`). */
    label: string;
  }

  interface ChartGeometry {
    width: number;
    height: number;
    /** Plot area: left, top, right, bottom. */
    plot: [number, number, number, number];
    zeroY: number;
    yTicks: Tick[];
    xTicks: Tick[];
    lines: LinePath[];
    /** x of each of the comparison's dates (for a crosshair). */
    xs: number[];
    /** The small-minus-large-cap band under the plot. */
    spread: { d: string; band: [number, number]; zeroY: number; minLabel: string; maxLabel: string } | null;
  }

  interface Spark {
    d: string;
    /** y of the period's base close. */
    baseY: number;
  }

  interface Paths {
    chart: ChartGeometry;
    /** One per series, `null` when the data does not reach the period's base. */
    sparks: (Spark | null)[];
  }

  interface CsvOptions {
    /** Unique, non-empty: the series' id, and the start of every error message about the file. */
    id: string;
    /** Display name; defaults to a well-known index's name for its usual ids (`^GSPC`), else `id`. */
    name?: string;
    /** For bytes without a byte-order mark: a WHATWG Encoding label TextDecoder knows, such as
     * `"windows-1252"`, `"iso-8859-15"`, `"shift_jis"` or `"utf-16le"` (default `"utf-8"`).
     * A byte-order mark in the file decides over it. Not allowed with a string. */
    encoding?: string;
  }

  /** A CSV read by parseCsv: a SeriesInput plus what was found. */
  interface CsvSeries extends SeriesInput {
    name: string;
    /** Days whose value was a missing-value marker (`.`, `null`, empty), never turned into zero. */
    skipped: { line: number; date: IsoDate; value: string }[];
    format: "yahoo" | "stooq" | "fred" | "investing" | "ohlc" | "plain";
    /** The header name of the column the closes came from. */
    column: string;
  }

  type Direction = "up" | "down" | "flat" | "none";

  /** A change figure as displayed: `text` is rounded half away from zero, never `-0.0%`. */
  interface ViewRow {
    key: string;
    label: string;
    value: number | null;
    /** The percentage as displayed, already rounded (18.7), for a localized formatter. */
    pct: number | null;
    text: string;
    dir: Direction;
    arrow: "▲" | "▼" | "■" | "";
    /** Why the figure is missing, or what it is measured from when that is not the usual base (en-US). */
    note: string | null;
    /** The note as a key, for wording it in another language: measured `since` an older close,
     * `noPrior` close in the period before the row's, `noEarlier` close in the data, or no close
     * before the selected period (`noPeriodBase`). */
    reason: "since" | "noPrior" | "noEarlier" | "noPeriodBase" | null;
    /** The date a `since` note refers to. */
    since: IsoDate | null;
  }

  /** A card's numbers for a localized formatter, rounded as displayed. */
  interface Figures {
    level: number;
    /** 2, or 0 for a whole number. */
    decimals: number;
    ath: number;
    athDecimals: number;
    athDate: IsoDate;
    firstDate: IsoDate;
    low: number;
    high: number;
    /** True when low/high span a full 52 weeks; otherwise the data since firstDate. */
    fullYear: boolean;
    atHigh: boolean;
  }

  interface CardView {
    id: string;
    name: string;
    /** The card's close date; for a card without figures, the as-of date asked for. */
    date: IsoDate;
    dateLabel: string;
    level: string;
    /** 1D, WTD, MTD, YTD. */
    rows: ViewRow[];
    high: ViewRow;
    highLabel: string;
    rangeLabel: string;
    /** The card as one sentence, for screen readers. */
    spoken: string;
    /** The selected period's return. */
    period: ViewRow | null;
    spark: Spark | null;
    /** Why the card has no figures (no data by the as-of date), en-US. */
    note: string | null;
    /** `noData` when the card has no figures; `since` is then the series' first date. */
    reason: "noData" | null;
    since: IsoDate | null;
    /** The numbers behind the texts; null when the card has no figures. */
    figures: Figures | null;
  }

  interface Bar {
    id: string;
    name: string;
    value: number | null;
    text: string;
    dir: Direction;
    arrow: string;
    /** Fractions (0..1) of the bar track. */
    start: number;
    width: number;
  }

  interface View {
    date: IsoDate;
    dateLabel: string;
    period: string;
    periodLabel: string;
    cards: CardView[];
    /** The period's returns, highest first, missing last. */
    bars: Bar[];
    /** Position (0..1) of 0% on the bar track. */
    zero: number;
    compare: Comparison;
    chart: ChartGeometry;
    smallVsLarge: {
      small: string;
      large: string;
      /** Small-cap minus large-cap return, percentage points; `pp` rounded as displayed. */
      value: number | null;
      pp: number | null;
      /** For wording the sentence in another language; `none` when either return is missing. */
      relation: "leads" | "trails" | "matches" | "none";
      text: string;
      dir: Direction;
    } | null;
    firstDate: IsoDate;
    lastDate: IsoDate;
  }

  /** Series validated once, then asked for any date and period (what the page's as-of slider uses). */
  interface Deck {
    cards(asOf?: IsoDate): Card[];
    /** One card in O(log n). */
    card(id: string, asOf?: IsoDate | number): Card;
    /** A close for the last date (intraday) or a later one, O(1) amortized; throws and changes nothing otherwise. */
    push(id: string, date: IsoDate | number, close: number): void;
    compare(options?: CompareOptions): Comparison;
    paths(options?: PathsOptions): Paths;
    view(options?: ViewOptions): View;
    /** Every date of any series, ascending. */
    dates(): IsoDate[];
    readonly ids: string[];
    /** Releases the wasm memory now (it is also released when the deck is garbage-collected). */
    free(): void;
  }

  /** `<index-cards>`: the widget. Attributes: data-series, src, as-of, period, series, reference,
   * theme (light | dark | auto), lang / locale, compact. */
  interface IndexCardsElement extends HTMLElement {
    /** Series to show; setting it re-renders (takes precedence over attributes and children). */
    data: SeriesInput[] | null;
    /** The cards (as summarize returns them) at the element's current as-of date. */
    readonly cards: Card[];
    /** The element's current as-of date. */
    readonly asOf: IsoDate | null;
    /** A live price from the page's own feed: the cards update in place, changed values flash
     * (not under prefers-reduced-motion); at the latest date the element follows a new day. */
    push(id: string, date: IsoDate | number, close: number): void;
  }

  interface Api {
    /** Resolves (to this object) once the WebAssembly is instantiated. */
    readonly ready: Promise<Api>;
    /** One card per series, in input order. Throws an `Error` naming the series, field, index and date of bad input. */
    summarize(series: SeriesInput[], options?: Options): Card[];
    /** Every series rebased to 0% at its period base on one date axis, with returns, ranks and spreads. */
    compare(series: SeriesInput[], options?: CompareOptions): Comparison;
    /** SVG path data for the comparison chart and sparklines at a pixel size. */
    paths(series: SeriesInput[], options?: PathsOptions): Paths;
    /** The display-ready model the page renders. */
    view(series: SeriesInput[], options?: ViewOptions): View;
    /** Reads a Yahoo, Stooq, FRED, Investing.com or plain `date,close` CSV; throws with line and column.
     * `input` is the text, or the file's bytes (e.g. `await file.arrayBuffer()`, or a Node `Buffer`),
     * decoded by TextDecoder: UTF-8 or UTF-16LE/BE by a byte-order mark, else as `encoding` says,
     * else UTF-8. Bytes that are not text in that encoding throw, naming it. */
    parseCsv(input: string | Uint8Array | ArrayBuffer, options: CsvOptions): CsvSeries;
    /** `+18.7%` (half away from zero, never `−0.0%`); `decimals` default 1. */
    formatPct(fraction: number, decimals?: number): string;
    /** `2,406.67`. */
    formatLevel(value: number): string;
    /** The version of the crate the bundle was built from. */
    version(): string;
    /** Rounds half away from zero (never −0), as every displayed figure is rounded. */
    round(value: number, decimals: number): number;
    /** Bytes of wasm memory (it only grows): for leak checks. */
    memoryBytes(): number;
    /** `new IndexCards.Deck(series)`. */
    Deck: new (series: SeriesInput[]) => Deck;
  }
}

declare const IndexCards: IndexCards.Api;
export = IndexCards;
export as namespace IndexCards;
