// Formatting once, in JavaScript: numbers, percentages, percentage points, civil dates, plurals
// and the words of www/src/i18n/words.js, all through Intl for one locale; and the reverse, reading
// a figure an author typed with that locale's own separators.
import { WORDS, languageOf } from "./words.js";

/** Shown where a figure is missing. */
export const DASH = "—";

/**
 * Rounds half away from zero to `decimals` places after removing binary noise (so 1.25, stored
 * as 1.2499999…, rounds to 1.3), never returning −0. The display rule of every figure.
 * @example roundHalfAway(-0.05, 1) // -0.1
 */
export function roundHalfAway(x, decimals) {
  const scale = 10 ** decimals;
  const half = (v) => Math.sign(v) * Math.round(Math.abs(v));
  const denoised = half(x * scale * 1e6) / 1e6;
  const r = half(denoised) / scale;
  return r === 0 ? 0 : r;
}

/**
 * An error whose message is worded later, in the reader's language: a key of the words table
 * and the values of its placeholders. `message` is the English text.
 * @example throw new WordedError("err.theme", { value: "neon" });
 */
export class WordedError extends Error {
  constructor(key, values = {}) {
    super(fill(template(WORDS.en, key, values.count, "en"), wordValues(values, (k, v) => new WordedError(k, v).message)));
    this.name = "WordedError";
    this.key = key;
    this.values = values;
  }
}

/**
 * Placeholder values made text: a nested `{ key, values }` (e.g. a WordedError, or a words key
 * such as `{ key: "where.script" }`) is worded by `word`, another Error gives its message.
 */
function wordValues(values, word) {
  const out = {};
  for (const [k, v] of Object.entries(values)) {
    if (v && typeof v === "object" && typeof v.key === "string" && Object.hasOwn(WORDS.en, v.key)) out[k] = word(v.key, v.values || {});
    else if (v instanceof Error) out[k] = v.message;
    else out[k] = v;
  }
  return out;
}

/** Fills `{name}` placeholders from values; a missing value leaves the placeholder empty. */
export function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (_, k) => (values[k] === undefined || values[k] === null ? "" : String(values[k])));
}

/**
 * A template cut at its placeholders: `[{ text }, { name, text }, …]`, so a caller can style
 * one part (e.g. a title in bold) without assuming where the language puts it.
 */
export function fillParts(text, values) {
  const parts = [];
  let at = 0;
  for (const m of text.matchAll(/\{(\w+)\}/g)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    parts.push({ name: m[1], text: values[m[1]] === undefined || values[m[1]] === null ? "" : String(values[m[1]]) });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** The names of a template's placeholders (of every plural form), sorted. */
export function placeholders(word) {
  const texts = typeof word === "string" ? [word] : Object.values(word);
  const names = new Set();
  for (const t of texts) for (const m of t.matchAll(/\{(\w+)\}/g)) names.add(m[1]);
  return [...names].sort();
}

function template(table, key, count, locale, rules) {
  const word = Object.hasOwn(table, key) ? table[key] : WORDS.en[key];
  if (word === undefined) return key;
  if (typeof word === "string") return word;
  const form = (rules || new Intl.PluralRules(locale)).select(count ?? 0);
  return word[form] ?? word.other;
}

/**
 * Reads `YYYY-MM-DD` by character codes: `{ year, month, day }`, or null when the text is not of
 * that form. Ranges are not checked here (see `isoDateProblem`).
 */
export function splitIsoDate(text) {
  if (typeof text !== "string" || text.length !== 10 || text[4] !== "-" || text[7] !== "-") return null;
  let year = 0, month = 0, day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    if (i < 4) year = year * 10 + c;
    else if (i < 7) month = month * 10 + c;
    else day = day * 10 + c;
  }
  return { year, month, day };
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year, month) {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why `text` is not a civil date `YYYY-MM-DD` (years 0001–9999), as a words key and values for
 * an attribute's message; null when it is one.
 * @example isoDateProblem("2024-13-01") // { key: "err.asOfMonth", values: { month: "13" } }
 */
export function isoDateProblem(text) {
  const d = splitIsoDate(text);
  if (!d) return { key: "err.asOfForm", values: {} };
  if (d.year < 1) return { key: "err.asOfYear", values: { year: text.slice(0, 4) } };
  if (d.month < 1 || d.month > 12) return { key: "err.asOfMonth", values: { month: text.slice(5, 7) } };
  const max = daysInMonth(d.year, d.month);
  if (d.day < 1 || d.day > max) return { key: "err.asOfDay", values: { day: text.slice(8, 10), max: String(max) } };
  return null;
}

const DATE_STYLES = {
  medium: { dateStyle: "medium" },
  day: { month: "short", day: "numeric" },
  month: { month: "short" },
  monthYear: { month: "short", year: "numeric" },
  year: { year: "numeric" },
};

/** Characters that separate digit groups the same way as a locale's space-like group separator. */
const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;
const APOSTROPHES = ["'", "\u2019", "\u02bc"];
const MINUS = ["-", "\u2212", "\u2012", "\u2013", "\ufe63", "\uff0d"];
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const escapeClass = (s) => s.replace(/[\\\]^-]/g, "\\$&");

/**
 * Numbers, percentages, dates and words for one locale, through Intl; formats are made once and
 * kept. A locale Intl does not know falls back to en-US.
 * @example
 * const f = new Formatter("de-DE");
 * f.percent(0.187);            // "+18,7 %"
 * f.number(2406.67, 2);        // "2.406,67"
 * f.date("2024-11-22");        // "22.11.2024"
 * f.text("note.since", { date: f.date("2024-11-15") }); // "seit 15.11.2024"
 * f.parseFigure("2.406,67");   // { value: 2406.67, decimals: 2, percent: false, signed: false }
 */
export class Formatter {
  #locale;
  #language;
  #words;
  #numbers = new Map();
  #dates = new Map();
  #plural = null;
  #symbols = null;
  /** Texts already formatted, by format and rounded value: a slider step formats mostly the
   * same dates and figures again, and Intl's format is most of a card's JS time. Cleared when full. */
  #done = new Map();

  constructor(locale) {
    let tag;
    try {
      tag = Intl.getCanonicalLocales(locale || "en-US")[0];
      new Intl.NumberFormat(tag); // a tag Intl refuses (e.g. a bad extension) falls back below
    } catch {
      tag = "en-US";
    }
    this.#locale = tag;
    this.#language = languageOf(tag);
    this.#words = WORDS[this.#language];
  }

  /** The locale numbers and dates are formatted for, e.g. `de-DE`. */
  get locale() { return this.#locale; }
  /** The key of the words used, e.g. `de`, or `en` for a language without its own entry. */
  get language() { return this.#language; }

  /** The phrase `key` in this language, placeholders filled; a plural phrase by `values.count`. */
  text(key, values = {}) {
    const word = template(this.#words, key, values.count, this.#locale, this.#pluralRules());
    const filled = values.count === undefined ? values : { ...values, count: this.number(values.count, 0) };
    return fill(word, filled);
  }

  /** The phrase `key` cut at its placeholders (see `fillParts`). */
  parts(key, values = {}) {
    return fillParts(template(this.#words, key, values.count, this.#locale, this.#pluralRules()), values);
  }

  /** Whether this language has its own phrase `key` (else English or the key is used). */
  has(key) {
    return Object.hasOwn(this.#words, key) || Object.hasOwn(WORDS.en, key);
  }

  /** An error's message in this language: worded from its key, else its own message. */
  message(error) {
    if (error && typeof error.key === "string" && this.has(error.key)) {
      return this.text(error.key, wordValues(error.values || {}, (k, v) => this.message({ key: k, values: v })));
    }
    return error && error.message ? error.message : String(error);
  }

  #pluralRules() {
    return (this.#plural ??= new Intl.PluralRules(this.#locale));
  }

  /** The text for `key` (a format and a value), made by `make` once. */
  #memo(key, make) {
    let text = this.#done.get(key);
    if (text === undefined) {
      if (this.#done.size >= 4096) this.#done.clear();
      text = make();
      this.#done.set(key, text);
    }
    return text;
  }

  #format(key, options) {
    let nf = this.#numbers.get(key);
    if (!nf) {
      nf = new Intl.NumberFormat(this.#locale, options);
      this.#numbers.set(key, nf);
    }
    return nf;
  }

  /**
   * A fraction as a signed percentage with `decimals` decimals (default 1), rounded half away
   * from zero first so the sign is that of the figure shown: `+18.7%`, `-1.5%`, `0.0%`, never
   * `+0.0%` or `-0.0%`. `—` for null, undefined or a non-finite number.
   */
  percent(fraction, decimals = 1) {
    if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return DASH;
    const r = roundHalfAway(fraction * 100, decimals);
    return this.#memo(`p${decimals} ${r}`, () => this.#format("p" + decimals, {
      style: "percent", minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: "exceptZero",
    }).format(r / 100));
  }

  /** A fraction as a percentage without its sign (the words say up or down): `18.7%`. */
  unsigned(fraction, decimals = 1) {
    if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return DASH;
    const r = Math.abs(roundHalfAway(fraction * 100, decimals));
    return this.#memo(`u${decimals} ${r}`, () => this.#format("u" + decimals, {
      style: "percent", minimumFractionDigits: decimals, maximumFractionDigits: decimals,
    }).format(r / 100));
  }

  /** The direction of a fraction as shown with `decimals` decimals: `up`, `down`, `flat` or `none`. */
  direction(fraction, decimals = 1) {
    if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return "none";
    const r = roundHalfAway(fraction * 100, decimals);
    return r > 0 ? "up" : r < 0 ? "down" : "flat";
  }

  /** A number with exactly `decimals` decimals, grouped as the locale groups: `2,406.67`. */
  number(x, decimals) {
    if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
    const r = roundHalfAway(x, decimals);
    return this.#memo(`n${decimals} ${r}`, () => this.#format("n" + decimals, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(r));
  }

  /** A level with the card's `levelDecimals` (0 for whole-number data, else 2). */
  level(x, levelDecimals) {
    return this.number(x, levelDecimals === 0 ? 0 : 2);
  }

  /** Percentage points with a sign, without the unit: `+6.4`, `-6.4`, `0.0`. */
  points(pp, decimals = 1) {
    if (pp === null || pp === undefined || !Number.isFinite(pp)) return DASH;
    const r = roundHalfAway(pp, decimals);
    return this.#memo(`s${decimals} ${r}`, () => this.#format("s" + decimals, {
      minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: "exceptZero",
    }).format(r));
  }

  /** Zero as a whole percentage, as the locale writes it: `0%`, `0 %`. */
  zeroPercent() {
    return this.#format("z", { style: "percent", maximumFractionDigits: 0 }).format(0);
  }

  /**
   * A civil date `YYYY-MM-DD` for display, in the style `medium` (`Nov 22, 2024`), `day`
   * (`Nov 22`), `month` (`Nov`), `monthYear` (`Nov 2024`) or `year`. Formatted at UTC midnight in
   * UTC, so no time zone moves it; years 1–99 stay themselves. `""` for anything else.
   */
  date(iso, style = "medium") {
    return this.#memo(`d${style} ${iso}`, () => this.#formatDate(iso, style));
  }

  #formatDate(iso, style) {
    const d = splitIsoDate(iso);
    if (!d) return "";
    let df = this.#dates.get(style);
    if (!df) {
      df = new Intl.DateTimeFormat(this.#locale, { ...(DATE_STYLES[style] || DATE_STYLES.medium), timeZone: "UTC" });
      this.#dates.set(style, df);
    }
    const t = new Date(0);
    t.setUTCFullYear(d.year, d.month - 1, d.day); // Date.UTC would read years 0–99 as 1900–1999
    return df.format(t);
  }

  /** A period's short tab label, from `IndexCards.periods`' `{ key, kind, unit, count }`. */
  periodTab(info) { return this.#periodWord("tab", info, "narrow"); }
  /** A period's spelled-out name (`Year to date`, `5 years`). */
  periodName(info) { return this.#periodWord("name", info, "long"); }

  #periodWord(kind, info, unitDisplay) {
    if (!info) return "";
    if (info.kind === "trailing" && info.unit) {
      const key = `${kind}.${info.unit}`;
      if (this.has(key)) return this.text(key, { count: info.count ?? 1 });
      try {
        return this.#format(`u${kind}${info.unit}`, { style: "unit", unit: info.unit, unitDisplay }).format(info.count ?? 1);
      } catch {
        return info.key;
      }
    }
    const key = `${kind}.${info.key}`;
    return this.has(key) ? this.text(key) : info.key;
  }

  /** The locale's digits, separators and signs, read from Intl.NumberFormat.formatToParts. */
  #numberSymbols() {
    if (this.#symbols) return this.#symbols;
    const nf = this.#format("n2", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const parts = nf.formatToParts(-12345.67);
    const part = (type) => (parts.find((p) => p.type === type) || {}).value;
    const digits = new Map();
    const plain = this.#format("d", { useGrouping: false });
    for (let i = 0; i <= 9; i++) digits.set(plain.format(i), String(i));
    const percentSign = (this.#format("p0", { style: "percent", maximumFractionDigits: 0 }).formatToParts(0.5)
      .find((p) => p.type === "percentSign") || { value: "%" }).value;
    this.#symbols = {
      decimal: part("decimal") || ".",
      group: part("group") || ",",
      minus: part("minusSign") || "-",
      percent: percentSign,
      digits,
      latin: [...digits.keys()].join("") === "0123456789",
    };
    return this.#symbols;
  }

  /**
   * Reads a figure an author typed (`18.7%`, `+18,7 %`, `2.406,67`, `2 406,67`, `1'234.5`) with
   * the decimal and group separators this locale's Intl.NumberFormat writes, its digits and its
   * percent sign; spaces and apostrophes typed in place of a locale's special ones are accepted.
   * Groups must sit where grouping puts them. Returns `{ value, decimals, percent, signed }`
   * (`signed`: a sign was typed), or null when no figure can be read.
   */
  parseFigure(text) {
    if (typeof text !== "string") return null;
    const s = this.#numberSymbols();
    let t = text.replace(/[\u061c\u200e\u200f\u2066-\u2069]/g, "");
    if (!s.latin) t = [...t].map((ch) => s.digits.get(ch) ?? ch).join("");
    const percent = t.includes("%") || t.includes(s.percent) || t.includes("\u066a");
    t = t.replace(SPACES, " ");
    const groupIsSpace = /^[\s\u00a0\u2007\u2009\u202f]$/.test(s.group);
    const groups = groupIsSpace ? [" "] : APOSTROPHES.includes(s.group) ? APOSTROPHES : [s.group];
    const decimal = s.decimal;
    const groupClass = groups.map(escapeClass).join("");
    const signs = ["+", ...MINUS, s.minus].map(escapeClass).join("");
    const re = new RegExp(`(?<![\\p{L}\\p{N}])([${signs}])?\\s?(\\d(?:[\\d${groupClass}]*\\d)?)(?:${escape(decimal)}(\\d+))?`, "u");
    const m = re.exec(t);
    if (!m) return null;
    const [, sign, whole, fraction] = m;
    const chunks = whole.split(new RegExp(`[${groupClass}]`));
    if (chunks.length > 1) {
      const ok = chunks.every((c, i) => (i === 0 ? c.length >= 1 && c.length <= 3 : i === chunks.length - 1 ? c.length === 3 : c.length === 2 || c.length === 3));
      if (!ok) return null;
    }
    const digits = chunks.join("");
    let value = Number(digits + (fraction ? "." + fraction : ""));
    if (!Number.isFinite(value)) return null;
    const negative = sign !== undefined && sign !== "+";
    if (negative) value = -value;
    return { value: value === 0 ? 0 : value, decimals: fraction ? fraction.length : 0, percent, signed: sign !== undefined };
  }
}
