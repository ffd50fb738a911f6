// The bundle's entry: the API over the wasm module, and the custom elements over the API.
// tools/bundle.js makes it the one classic script www/indexcards.js, whose default export is the
// global `IndexCards` (module.exports under Node's require).
import { createIndexCards } from "./api/index.js";
import { defineElements } from "./elements/index.js";
import css from "./elements/styles.css";
// Imported last, so its long base64 text sits after the code in the bundle (gzip's window is
// 32 KB: code after the text could not refer back to the code before it).
import { deflated, size } from "indexcards:wasm";

const IndexCards = createIndexCards(deflated, size);
defineElements(IndexCards, css);
export default IndexCards;
