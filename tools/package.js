#!/usr/bin/env node
// Assembles the npm package `indexcards` in pkg/ (docs/package.md) from what tools/build.sh built:
// pkg/dist/ is emptied, then gets
//   indexcards.js, indexcards.d.ts   the classic script and its declarations, byte for byte as built
//                                    (a <script src> global; module.exports under require())
//   index.mjs, elements.mjs          the ES modules tools/bundle.js built beside them
//   index.d.mts, elements.d.mts      their declarations: the same two sources as indexcards.d.ts
//                                    (the generated schema and the façade's), as modules
//   custom-elements.json             from tools/manifest.js
// and every file the manifest's `exports` names must then exist. pkg/package.json and
// pkg/README.md are kept in the repository; their version must be the crate's.
// Holds no product code or text: the declarations' wording is copied from the sources named.
// Usage: node tools/package.js BUNDLE.js ESM_DIR PKG_DIR VERSION
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");
const { execFileSync } = require("child_process");

const [bundlePath, esmDir, pkgDir, version] = process.argv.slice(2);
if (!version) {
  console.error("usage: node tools/package.js BUNDLE.js ESM_DIR PKG_DIR VERSION");
  process.exit(2);
}
const root = path.join(__dirname, "..");
const api = path.join(root, "www", "src", "api");
const dist = path.join(pkgDir, "dist");
const read = (file) => fs.readFileSync(file, "utf8");

const manifest = JSON.parse(read(path.join(pkgDir, "package.json")));
if (manifest.version !== version) {
  throw new Error(`${pkgDir}/package.json has version ${manifest.version}, the crate (Cargo.toml) ${version}: make them the same`);
}

fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });
fs.copyFileSync(bundlePath, path.join(dist, "indexcards.js"));
fs.copyFileSync(bundlePath.replace(/\.js$/, ".d.ts"), path.join(dist, "indexcards.d.ts"));
for (const name of ["index.mjs", "elements.mjs"]) fs.copyFileSync(path.join(esmDir, name), path.join(dist, name));

// ---- declarations of the ES modules ----

/** A declaration file's body: its leading `//` comment and `import type … from "./types"` dropped
 * (as tools/types.js does for the classic script's namespace). */
function body(text) {
  return text.replace(/^(\/\/[^\n]*\n)+/, "").replace(/^import type \{[^}]*\} from "\.\/types";\n/m, "").trim();
}

/** The JSDoc comment written before each member of the façade's `interface Api`, by name. */
function apiDocs() {
  const file = path.join(api, "indexcards.d.ts");
  const text = read(file);
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const iface = source.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === "Api");
  if (!iface) throw new Error("www/src/api/indexcards.d.ts declares no interface Api");
  const docs = new Map();
  for (const member of iface.members) {
    const ranges = ts.getLeadingCommentRanges(text, member.pos) || [];
    const doc = ranges.map((r) => text.slice(r.pos, r.end)).filter((c) => c.startsWith("/**")).pop() || "";
    docs.set(member.name.getText(source), doc.replace(/\n\s*\*/g, "\n *"));
  }
  return docs;
}

/** The names the ES module entry exports (from the module itself), less `default`. */
function esmExports() {
  const code = `import * as m from ${JSON.stringify(path.resolve(esmDir, "index.mjs"))}; console.log(JSON.stringify(Object.keys(m)));`;
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" })).filter((k) => k !== "default");
}

const docs = apiDocs();
const exported = esmExports();
const missing = [...docs.keys()].filter((k) => !exported.includes(k));
const extra = exported.filter((k) => !docs.has(k));
if (missing.length || extra.length) {
  throw new Error(`www/src/esm.js should export each member of interface Api as a name: ${missing.length ? `missing ${missing.join(", ")}` : ""}${extra.length ? ` not in Api: ${extra.join(", ")}` : ""}`);
}

const header = (what) => `// Type definitions for indexcards ${version}: ${what}
// Assembled by tools/build.sh from www/src/api/types.d.ts (generated from the Rust types) and
// www/src/api/indexcards.d.ts (the façade): do not edit.
`;
const index = `${header('the ES module entry, `import { summarize, Deck } from "indexcards"`.')}
${body(read(path.join(api, "types.d.ts")))}

${body(read(path.join(api, "indexcards.d.ts")))}

${[...docs].map(([name, doc]) => `${doc}\nexport declare const ${name}: Api[${JSON.stringify(name)}];`).join("\n")}
/** The whole API as one object, as the classic script's global \`IndexCards\`. */
declare const IndexCards: Api;
export default IndexCards;
`;
fs.writeFileSync(path.join(dist, "index.d.mts"), index);

// The tag of each element interface, from the manifest's reflection of the elements.
const cem = path.join(dist, "custom-elements.json");
execFileSync(process.execPath, [path.join(__dirname, "manifest.js"), cem, "dist/elements.mjs"], { stdio: "inherit" });
const tags = JSON.parse(read(cem)).modules.flatMap((m) => m.declarations).filter((d) => d.customElement);
const elements = `${header('`import "indexcards/elements"` defines the custom elements below.')}
import type { ${tags.map((d) => d.name).join(", ")} } from "./index.mjs";

declare global {
  interface HTMLElementTagNameMap {
${tags.map((d) => `    ${JSON.stringify(d.tagName)}: ${d.name};`).join("\n")}
  }
}

export {};
`;
fs.writeFileSync(path.join(dist, "elements.d.mts"), elements);

// ---- every file the manifest names is there ----
const named = [];
const walk = (value) => {
  if (typeof value === "string") named.push(value);
  else if (value && typeof value === "object") Object.values(value).forEach(walk);
};
walk(manifest.exports);
for (const key of ["main", "module", "types", "customElements"]) if (manifest[key]) named.push(manifest[key]);
const absent = [...new Set(named)].filter((f) => !fs.existsSync(path.join(pkgDir, f)));
if (absent.length) throw new Error(`${pkgDir}/package.json names files the build did not make: ${absent.join(", ")}`);

for (const name of fs.readdirSync(dist).sort()) {
  const bytes = fs.readFileSync(path.join(dist, name));
  const gz = execFileSync("gzip", ["-9", "-n", "-c"], { input: bytes }).length;
  console.log(`  ${path.join(dist, name)}: ${bytes.length.toLocaleString("en-US")} bytes, ${gz.toLocaleString("en-US")} gzipped`);
}
