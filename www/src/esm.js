// The npm package's ES module entry (`import { summarize } from "indexcards"`): the API of
// www/src/index.js as named exports, and as the default export, over the wasm the module carries
// (no request for a .wasm file). It defines no elements: `indexcards/elements`
// (elements-entry.js) does, over this same instance.
import { createIndexCards } from "./api/index.js";
import { deflated, size } from "indexcards:wasm";

const IndexCards = createIndexCards(deflated, size);
export default IndexCards;
export const { ready, parseCsv, parseCsvAsync, summarize, Deck } = IndexCards;

/** The crate version (e.g. "0.1.0") and every period: set once the wasm is instantiated, which is
 * at import wherever the engine compiles synchronously (Chromium, Firefox, Node), else when
 * `ready` resolves. */
export let version;
export let periods;
const settle = () => {
  version = IndexCards.version;
  periods = IndexCards.periods;
};
try {
  settle();
} catch {
  ready.then(settle, () => {}); // a failed load is reported by every call and by `ready`
}
