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
    /** `YYYY-MM-DD`, real calendar dates, no date twice. */
    dates: IsoDate[];
    /** Positive, finite numbers, one per date. */
    closes: number[];
    /** Other keys (e.g. notes) are allowed and ignored. */
    [extra: string]: unknown;
  }

  interface Options {
    /** Compute as of this date: the last close on or before it. Default: each series' last date. */
    asOf?: IsoDate;
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

  type Direction = "up" | "down" | "flat" | "none";

  /** A change figure as displayed: `text` is rounded half away from zero, never `-0.0%`. */
  interface ViewRow {
    key: "1D" | "WTD" | "MTD" | "YTD" | "ATH";
    label: string;
    value: number | null;
    text: string;
    dir: Direction;
    arrow: "▲" | "▼" | "■" | "";
    note: string | null;
  }

  interface CardView {
    id: string;
    name: string;
    date: IsoDate;
    dateLabel: string;
    level: string;
    rows: ViewRow[];
    high: ViewRow;
    highLabel: string;
    rangeLabel: string;
    /** The card as one sentence, for screen readers. */
    spoken: string;
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
    cards: CardView[];
    /** Rebased YTD, highest first, missing last. */
    ytd: Bar[];
    /** Position (0..1) of 0% on the bar track. */
    zero: number;
  }

  interface Api {
    /** Resolves (to this object) once the WebAssembly is instantiated. */
    readonly ready: Promise<Api>;
    /** One card per series, in input order. Throws an `Error` naming the series, field, index and date of bad input. */
    summarize(series: SeriesInput[], options?: Options): Card[];
    /** The display-ready model of the demo page: formatted cards (en-US) and sorted YTD bars. */
    view(series: SeriesInput[], options?: Options): View;
    /** The version of the crate the bundle was built from. */
    version(): string;
  }
}

declare const IndexCards: IndexCards.Api;
export = IndexCards;
export as namespace IndexCards;
