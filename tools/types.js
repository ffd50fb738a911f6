#!/usr/bin/env node
// Assembles www/indexcards.d.ts, the bundle's TypeScript declarations, from two files: the result
// types generated from the Rust types (www/src/api/types.d.ts, by tests/typescript.rs) and the
// façade's hand-written declarations (www/src/api/indexcards.d.ts). Both go, as written, inside
// `namespace IndexCards`; the façade's `import type` of the generated names is left out, since
// they are then in the same namespace. The file declares the global `IndexCards` for a
// <script src> page and `export =` for require/import (UMD). It holds no product text of its own.
// Usage: node tools/types.js OUT.d.ts VERSION
"use strict";
const fs = require("fs");
const path = require("path");

const [outPath, version] = process.argv.slice(2);
if (!version) {
  console.error("usage: node tools/types.js OUT.d.ts VERSION");
  process.exit(2);
}
const api = path.join(__dirname, "..", "www", "src", "api");
const read = (name) => fs.readFileSync(path.join(api, name), "utf8");

/** A file's declarations: its leading `//` comment and `import type … ;` statements dropped. */
function body(text) {
  return text
    .replace(/^(\/\/[^\n]*\n)+/, "")
    .replace(/^import type \{[^}]*\} from "\.\/types";\n/m, "")
    .trim();
}
const indent = (text) => text.split("\n").map((line) => (line ? "  " + line : line)).join("\n");

const generated = body(read("types.d.ts"));
const facade = body(read("indexcards.d.ts"));
if (/^import /m.test(facade)) throw new Error("www/src/api/indexcards.d.ts may import only `import type { … } from \"./types\"`");

const out = `// Type definitions for www/indexcards.js ${version}: the global \`IndexCards\` of a <script src>
// page, or \`require("./indexcards.js")\` / \`import IndexCards = require(…)\` in Node.
// Assembled by tools/build.sh from www/src/api/types.d.ts (generated from the Rust types) and
// www/src/api/indexcards.d.ts (the façade): do not edit.

declare namespace IndexCards {
${indent(generated)}

${indent(facade)}
}

declare const IndexCards: IndexCards.Api;
export = IndexCards;
export as namespace IndexCards;

declare global {
  interface HTMLElementTagNameMap {
    "index-cards": IndexCards.IndexCardsElement;
    "index-figure": IndexCards.IndexFigureElement;
  }
}
`;
fs.writeFileSync(outPath, out);
