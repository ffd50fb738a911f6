// The npm package's side-effect entry `indexcards/elements`: defines <index-cards> and
// <index-figure> over the API of the ES module entry (esm.js), so a page that imports both gets one
// wasm instance. Outside a browser it defines nothing.
import IndexCards from "./esm.js";
import { defineElements } from "./elements/index.js";
import css from "./elements/styles.css";

defineElements(IndexCards, css);
