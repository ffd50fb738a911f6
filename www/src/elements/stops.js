// The as-of slider's stops: every date of the deck, ascending, kept as the deck's day numbers
// (`deck.days()`, one Int32Array) and written as `YYYY-MM-DD` only when one is asked for, so a
// 400,000-day file makes no string per day. Reads like an array of ISO dates: `length`, `at(i)`.

const DAY = 86_400_000;

/** `YYYY-MM-DD` of a day number (days since 1970-01-01), as the core writes it (years 0001–9999). */
export const isoOfDay = (day) => new Date(day * DAY).toISOString().slice(0, 10);

/** The day number of a `YYYY-MM-DD` date (an ISO date-only string is UTC, its year as written). */
export const dayOfIso = (iso) => Date.parse(iso) / DAY;

/**
 * Ascending dates held as day numbers.
 * @example
 * const stops = new DateStops(deck.days());
 * stops.at(stops.length - 1); // "2024-11-22", the latest
 * stops.add("2024-11-25");    // a pushed day
 */
export class DateStops {
  #days;
  #length;

  constructor(days = new Int32Array(0)) {
    this.#days = days;
    this.#length = days.length;
  }

  get length() { return this.#length; }

  /** The date at index `i`; undefined outside 0 … length − 1 (a negative index too, as
   * `array[i]` gives, where Array.prototype.at would count from the end). */
  at(i) {
    return i >= 0 && i < this.#length ? isoOfDay(this.#days[i]) : undefined;
  }

  /** Adds a date the deck accepted (`YYYY-MM-DD` or a day number) unless it is a stop already. */
  add(date) {
    const day = typeof date === "number" ? date : dayOfIso(date);
    if (!Number.isInteger(day)) return;
    let lo = 0;
    let hi = this.#length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#days[mid] < day) lo = mid + 1;
      else hi = mid;
    }
    if (lo < this.#length && this.#days[lo] === day) return;
    if (this.#length === this.#days.length) {
      const grown = new Int32Array(Math.max(16, 2 * this.#length));
      grown.set(this.#days.subarray(0, this.#length));
      this.#days = grown;
    }
    this.#days.copyWithin(lo + 1, lo, this.#length);
    this.#days[lo] = day;
    this.#length++;
  }
}
