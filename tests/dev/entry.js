// TEST SCAFFOLDING: the development bundle's entry. It stands where www/src/index.js will: it
// makes the IndexCards object (here the plain-JS stand-in of fake-indexcards.js instead of the
// wasm core) and defines the elements with their stylesheet.
import { IndexCards } from "./fake-indexcards.js";
import { defineElements } from "../../www/src/elements/index.js";
import css from "../../www/src/elements/styles.css";

globalThis.IndexCards = IndexCards;
defineElements(IndexCards, css);
