// The elements' entry: defines <index-cards> and <index-figure> over one IndexCards API and
// stylesheet. The bundle's entry (www/src/index.js) calls defineElements once IndexCards exists.
import { Styles } from "./dom.js";
import { makeIndexCardsElement } from "./cards.js";
import { makeIndexFigureElement } from "./figure.js";

/**
 * Defines `<index-cards>` and `<index-figure>` (once per page; nothing outside a browser). The
 * elements call only `api.ready`, `api.periods`, `api.parseCsv` and `new api.Deck(series)` with
 * its `series`, `cards`, `card`, `compare`, `chart`, `push`, `dates` and `free`.
 * @param api the IndexCards object
 * @param cssText the elements' stylesheet (www/src/elements/styles.css)
 * @example defineElements(IndexCards, css);
 */
export function defineElements(api, cssText) {
  if (typeof window === "undefined" || typeof customElements === "undefined") return;
  const styles = new Styles(cssText);
  if (!customElements.get("index-cards")) customElements.define("index-cards", makeIndexCardsElement(api, styles));
  if (!customElements.get("index-figure")) customElements.define("index-figure", makeIndexFigureElement(styles));
}
