// The attributes a reader or author may mistype, checked before anything is drawn: each problem
// is a WordedError naming the attribute and its value. Also the period list the tabs show, taken
// from IndexCards.periods (the one list, in the Rust core).
import { WordedError, isoDateProblem } from "../i18n/format.js";

export const THEMES = ["light", "dark", "auto"];

/** The periods shown as tabs, in order: those not marked `tab: false` in `IndexCards.periods`. */
export function tabsOf(periods) {
  return periods.filter((p) => p.tab !== false);
}

/** The PeriodInfo for a key, matched without regard to case; undefined when there is none. */
export function periodInfo(periods, key) {
  const want = String(key || "").toUpperCase();
  return periods.find((p) => p.key.toUpperCase() === want);
}

/** The period shown first: the `period` attribute's, else YTD, else the first tab. */
export function defaultPeriod(periods, attr) {
  return periodInfo(periods, attr) || periodInfo(periods, "YTD") || tabsOf(periods)[0] || periods[0];
}

/**
 * The first problem with an element's attributes, or null. `get(name)` reads an attribute (null
 * when absent).
 * @example attributeProblem((n) => ({ theme: "neon" })[n] ?? null, IndexCards.periods)
 *   // WordedError err.theme { value: "neon" }
 */
export function attributeProblem(get, periods) {
  const theme = get("theme");
  if (theme !== null && !THEMES.includes(theme.toLowerCase())) return new WordedError("err.theme", { value: theme });
  const period = get("period");
  if (period !== null && !periodInfo(periods, period)) {
    const tabs = tabsOf(periods).map((p) => p.key);
    const others = periods.filter((p) => !tabs.includes(p.key)).map((p) => p.key);
    if (!others.length) return new WordedError("err.period", { value: period, list: tabs.join(", ") });
    return new WordedError("err.periodOr", { value: period, list: tabs.join(", "), more: others.join(", ") });
  }
  const asOf = get("as-of");
  if (asOf !== null) {
    const problem = isoDateProblem(asOf);
    if (problem) return new WordedError(problem.key, { ...problem.values, value: asOf });
  }
  for (const attr of ["locale", "lang"]) {
    const value = get(attr);
    if (value === null || value === "") continue;
    try {
      Intl.getCanonicalLocales(value);
    } catch {
      return new WordedError("err.locale", { attr, value });
    }
    break; // locale wins over lang
  }
  return null;
}
