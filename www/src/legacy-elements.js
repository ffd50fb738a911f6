// The existing <index-cards> and <index-figure> as a module: www/element.js is a classic script
// that declares defineIndexCardsElements(IC, CSS) (tools/bundle.js exports that function from
// it) and www/element.css its stylesheet, imported as text. www/src/elements/ replaces both.
import { defineIndexCardsElements } from "../element.js";
import css from "../element.css";

/** Defines the two custom elements over `api` (a page without customElements gets none). */
export function defineElements(api) {
  defineIndexCardsElements(api, css);
}
