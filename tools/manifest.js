#!/usr/bin/env node
// Generates the npm package's custom-elements.json (the Custom Elements Manifest, schema 2.1.0)
// from the elements themselves and the declarations that document them, and refuses to write one
// that disagrees with either. Holds no product text: every name and description comes from
//
// - the element classes, run in Node with stand-ins for the browser's registry
//   (www/src/elements/index.js defineElements): each tag name and its class, the class's
//   observedAttributes, its public getters, setters and methods, and the events its source
//   dispatches (`new CustomEvent("…")`);
// - www/src/elements/styles.css: the custom properties the styles read (`var(--ic-…)`) and
//   their defaults, and the element sources' `part` names;
// - www/src/api/indexcards.d.ts: the element interface of each class (same name) with its
//   members' types and descriptions, and the JSDoc tags of the interface: @attr, @fires,
//   @csspart, @cssprop, @slot (the syntax @custom-elements-manifest/analyzer reads).
//
// Every attribute observed, member, event, custom property and part must be documented there, and
// everything documented must exist: the build fails otherwise, naming what differs. The
// package test checks the manifest once more against the rendered elements in Chromium.
// Usage (tools/package.js calls it): node tools/manifest.js OUT.json MODULE_PATH
"use strict";
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");
const ts = require("typescript");

const root = path.join(__dirname, "..");
const ELEMENTS = path.join(root, "www", "src", "elements");
const DECLARATIONS = path.join(root, "www", "src", "api", "indexcards.d.ts");
const STYLES = path.join(ELEMENTS, "styles.css");
const LIFECYCLE = new Set(["constructor", "connectedCallback", "disconnectedCallback", "attributeChangedCallback", "adoptedCallback"]);

/** Throws one Error listing every difference, so a single build run shows them all. */
class Problems {
  #list = [];
  add(text) { this.#list.push(text); }
  /** Records what is only on one side of two name lists. */
  same(what, code, docs, codeSide, docsSide) {
    for (const name of code) if (!docs.includes(name)) this.add(`${what} "${name}" is in ${codeSide} but not documented in ${docsSide}`);
    for (const name of docs) if (!code.includes(name)) this.add(`${what} "${name}" is documented in ${docsSide} but not in ${codeSide}`);
  }
  check() {
    if (this.#list.length) {
      throw new Error(`custom-elements.json disagrees with the elements:\n  ${this.#list.join("\n  ")}\n` +
        "Document each in the element's interface in www/src/api/indexcards.d.ts, or remove it.");
    }
  }
}

/** Each tag name and its class, from defineElements run against stand-ins of window and the registry. */
async function definitions() {
  const saved = { window: globalThis.window, customElements: globalThis.customElements, HTMLElement: globalThis.HTMLElement };
  const defined = [];
  globalThis.window = globalThis;
  globalThis.HTMLElement = class HTMLElement {};
  globalThis.customElements = { get: () => undefined, define: (tag, cls) => defined.push({ tag, cls }) };
  try {
    const { defineElements } = await import(pathToFileURL(path.join(ELEMENTS, "index.js")).href);
    defineElements({}, "");
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete globalThis[k];
      else globalThis[k] = v;
    }
  }
  return defined;
}

/** A class's public members: getters/setters are fields (readonly without a setter), functions methods. */
function reflect(cls) {
  const members = [];
  for (const name of Object.getOwnPropertyNames(cls.prototype)) {
    if (LIFECYCLE.has(name)) continue;
    const d = Object.getOwnPropertyDescriptor(cls.prototype, name);
    if (typeof d.value === "function") members.push({ name, kind: "method" });
    else members.push({ name, kind: "field", readonly: !d.set });
  }
  const events = [...new Set([...cls.toString().matchAll(/new CustomEvent\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]))];
  return { attributes: [...(cls.observedAttributes || [])], members, events };
}

/** `{type} name - description` (type optional, braces balanced), as JSDoc tags write it. */
function splitTag(text) {
  let rest = text.trim();
  let type = null;
  if (rest.startsWith("{")) {
    let depth = 0;
    let i = 0;
    for (; i < rest.length; i++) {
      if (rest[i] === "{") depth++;
      else if (rest[i] === "}" && --depth === 0) break;
    }
    type = rest.slice(1, i).trim();
    rest = rest.slice(i + 1).trim();
  }
  const m = /^(\S*)\s*(?:-\s+)?([\s\S]*)$/.exec(rest);
  let name = m[1];
  let description = m[2].trim();
  if (name === "-") { name = ""; } // "@slot - text": the default slot
  return { type, name, description: description.replace(/\s*\n\s*/g, " ") };
}

const commentText = (comment) => (typeof comment === "string" ? comment : (comment || []).map((c) => c.text).join("")).trim();

/** The element interfaces of the declarations: description, tags and members, by interface name. */
function declaredInterfaces() {
  const text = fs.readFileSync(DECLARATIONS, "utf8");
  const file = ts.createSourceFile(DECLARATIONS, text, ts.ScriptTarget.Latest, true);
  const found = new Map();
  for (const node of file.statements) {
    if (!ts.isInterfaceDeclaration(node)) continue;
    const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
    const doc = docs[docs.length - 1];
    const tags = (doc && doc.tags ? doc.tags : []).map((t) => {
      // An unknown tag's text, with its {type} as written (TS keeps it in the comment).
      const raw = text.slice(t.tagName.end, t.end).replace(/\n\s*\*\s?/g, "\n").replace(/\*\/$/, "");
      return { tag: t.tagName.text, ...splitTag(raw) };
    });
    // Call and construct signatures (DeckConstructor's `new`) are not members an element has.
    const members = node.members.filter((m) => m.name).map((m) => {
      const mdocs = ts.getJSDocCommentsAndTags(m).filter(ts.isJSDoc);
      const description = mdocs.length ? commentText(mdocs[mdocs.length - 1].comment).replace(/\s*\n\s*/g, " ") : "";
      const name = m.name.getText(file);
      if (ts.isMethodSignature(m)) {
        return {
          kind: "method", name, description,
          parameters: m.parameters.map((p) => ({
            name: p.name.getText(file), ...(p.questionToken ? { optional: true } : {}), type: { text: p.type ? p.type.getText(file) : "any" },
          })),
          return: { type: { text: m.type ? m.type.getText(file) : "void" } },
        };
      }
      const readonly = (m.modifiers || []).some((x) => x.kind === ts.SyntaxKind.ReadonlyKeyword);
      return { kind: "field", name, description, type: { text: m.type ? m.type.getText(file) : "any" }, ...(readonly ? { readonly: true } : {}) };
    });
    found.set(node.name.text, { description: doc ? commentText(doc.comment).replace(/\s*\n\s*/g, " ") : "", tags, members });
  }
  return found;
}

/** The custom properties the stylesheet reads, each with its fallback as written (its default). */
function cssProperties() {
  const css = fs.readFileSync(STYLES, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  const props = new Map();
  for (const m of css.matchAll(/var\(\s*(--ic-[\w-]+)\s*(,)?/g)) {
    let fallback = null;
    if (m[2]) {
      // The fallback runs to the parenthesis that closes var(.
      let depth = 1;
      let i = m.index + m[0].length;
      const start = i;
      for (; i < css.length && depth > 0; i++) {
        if (css[i] === "(") depth++;
        else if (css[i] === ")") depth--;
      }
      fallback = css.slice(start, i - 1).trim();
    }
    if (!props.has(m[1]) || (props.get(m[1]) === null && fallback !== null)) props.set(m[1], fallback);
  }
  return props;
}

/** Part names the element sources write: literal names, and prefixes of names built from a value (`change-${…}`). */
function sourceParts() {
  const literal = new Set();
  const prefixes = new Set();
  for (const file of fs.readdirSync(ELEMENTS).filter((f) => f.endsWith(".js"))) {
    const code = fs.readFileSync(path.join(ELEMENTS, file), "utf8");
    for (const m of code.matchAll(/\bpart["']?\s*[:,]\s*(["'`])((?:(?!\1).)*)\1/g)) {
      for (const token of m[2].split(/\s+/).filter(Boolean)) {
        if (token.includes("${")) prefixes.add(token.slice(0, token.indexOf("${")));
        else literal.add(token);
      }
    }
  }
  return { literal, prefixes };
}

async function main() {
  const [outPath, modulePath] = process.argv.slice(2);
  if (!modulePath) {
    console.error("usage: node tools/manifest.js OUT.json MODULE_PATH");
    process.exit(2);
  }
  const problems = new Problems();
  const interfaces = declaredInterfaces();
  const props = cssProperties();
  const parts = sourceParts();
  const documentedProps = [];
  const documentedParts = [];
  const declarations = [];
  for (const { tag, cls } of await definitions()) {
    const where = `interface ${cls.name} (www/src/api/indexcards.d.ts)`;
    const found = reflect(cls);
    const api = interfaces.get(cls.name);
    if (!api) {
      problems.add(`<${tag}> is class ${cls.name}, and www/src/api/indexcards.d.ts declares no interface of that name`);
      continue;
    }
    const tagged = (name) => api.tags.filter((t) => t.tag === name);
    const attributes = tagged("attr");
    problems.same(`<${tag}> attribute`, found.attributes, attributes.map((a) => a.name), `${cls.name}.observedAttributes`, where);
    problems.same(`<${tag}> member`, found.members.map((m) => m.name), api.members.map((m) => m.name), `class ${cls.name}`, where);
    for (const m of found.members) {
      const d = api.members.find((x) => x.name === m.name);
      if (!d) continue;
      if (d.kind !== m.kind) problems.add(`<${tag}> ${m.name} is a ${m.kind} of the class but a ${d.kind} in ${where}`);
      else if (m.kind === "field" && !!d.readonly !== m.readonly) problems.add(`<${tag}> ${m.name} is ${m.readonly ? "read-only (no setter)" : "settable"} in the class but ${d.readonly ? "readonly" : "settable"} in ${where}`);
      if (!d.description) problems.add(`<${tag}> ${m.name} has no description in ${where}`);
    }
    const events = tagged("fires");
    problems.same(`<${tag}> event`, found.events, events.map((e) => e.name), `class ${cls.name}'s source`, where);
    for (const t of api.tags) if (!t.description) problems.add(`<${tag}> @${t.tag} ${t.name} has no description in ${where}`);
    for (const t of tagged("cssprop")) documentedProps.push(t.name);
    for (const t of tagged("csspart")) documentedParts.push(t.name);

    declarations.push({
      kind: "class",
      description: api.description,
      name: cls.name,
      tagName: tag,
      customElement: true,
      superclass: { name: "HTMLElement" },
      attributes: attributes.map((a) => ({ name: a.name, ...(a.type ? { type: { text: a.type } } : {}), description: a.description })),
      members: api.members.map(({ description, ...m }) => ({ ...m, description })),
      events: events.map((e) => ({ name: e.name, ...(e.type ? { type: { text: e.type } } : {}), description: e.description })),
      slots: tagged("slot").map((s) => ({ name: s.name, description: s.description })),
      cssParts: tagged("csspart").map((p) => ({ name: p.name, description: p.description })),
      cssProperties: tagged("cssprop").map((p) => ({
        name: p.name, description: p.description, ...(props.get(p.name) ? { default: props.get(p.name) } : {}),
      })),
    });
  }
  problems.same("custom property", [...props.keys()], documentedProps, "www/src/elements/styles.css", "the element interfaces' @cssprop tags");
  for (const name of parts.literal) {
    if (!documentedParts.includes(name)) problems.add(`part "${name}" is written by www/src/elements/ but has no @csspart in the element interfaces`);
  }
  for (const name of documentedParts) {
    if (!parts.literal.has(name) && ![...parts.prefixes].some((p) => name.startsWith(p))) {
      problems.add(`part "${name}" is documented by a @csspart but no element source writes it`);
    }
  }
  problems.check();

  const manifest = {
    schemaVersion: "2.1.0",
    readme: "README.md",
    modules: [{
      kind: "javascript-module",
      path: modulePath,
      declarations,
      exports: declarations.map((d) => ({ kind: "custom-element-definition", name: d.tagName, declaration: { name: d.name, module: modulePath } })),
    }],
  };
  fs.writeFileSync(outPath, JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}

main().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});
