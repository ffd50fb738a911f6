// Reading an element's data: el.data (series or Files), a data-series attribute, a
// <script type="application/json"> child, <template> CSV children, or a src file fetched once
// (a response that is no longer current is dropped). A CSV file (picked, dropped or fetched) goes
// to IndexCards.parseCsvAsync as a Blob, read, decoded and parsed in a Web Worker, whose typed
// result (day numbers, a Float64Array) comes back without a copy. Errors say what and where.
import { WordedError } from "../i18n/format.js";

/**
 * What an element's data source is, from a plain description of the element (so it can be
 * decided without a DOM): el.data first, then data-series, the JSON script child, <template>
 * children and src, as documented.
 * @param {{ data?: unknown, attribute?: string | null, script?: string | null,
 *           templates?: { id: string | null, name: string | null, text: string }[], src?: string | null }} d
 * @returns {{ kind: "data", value: unknown } | { kind: "files", files: Blob[] } | { kind: "attribute" | "script", text: string }
 *          | { kind: "templates", templates: object[] } | { kind: "src", src: string } | { kind: "none" }}
 * @example decideSource({ attribute: "[]" }) // { kind: "attribute", text: "[]" }
 */
export function decideSource(d) {
  if (d.data !== null && d.data !== undefined) {
    const files = filesOf(d.data);
    return files ? { kind: "files", files } : { kind: "data", value: d.data };
  }
  if (d.attribute !== null && d.attribute !== undefined && d.attribute.trim() !== "") return { kind: "attribute", text: d.attribute };
  if (d.script !== null && d.script !== undefined) return { kind: "script", text: d.script };
  if (d.templates && d.templates.length) return { kind: "templates", templates: d.templates };
  if (d.src) return { kind: "src", src: d.src };
  return { kind: "none" };
}

/** Reads what `decideSource` needs from an element (its own children only). */
export function describeElement(el, data) {
  const script = el.querySelector(':scope > script[type="application/json"]');
  return {
    data,
    attribute: el.getAttribute("data-series"),
    script: script ? script.textContent : null,
    templates: [...el.querySelectorAll(":scope > template")].map((t) => ({
      id: t.getAttribute("data-id") || t.id || null,
      name: t.getAttribute("data-name"),
      text: t.content.textContent,
    })),
    src: el.getAttribute("src"),
  };
}

const isBlob = (x) => x !== null && typeof x === "object" && typeof x.arrayBuffer === "function" && typeof x.size === "number";

/** The Files (or Blobs) in a FileList, an array of them or a single one; null for anything else. */
export function filesOf(value) {
  if (isBlob(value)) return [value];
  const list = typeof FileList === "function" && value instanceof FileList ? [...value] : value;
  if (Array.isArray(list) && list.length > 0 && list.every(isBlob)) return list;
  return null;
}

/**
 * A series id from a file name: the name without its extension (`^RUT.csv` → `^RUT`), or
 * `series<n>` (n = index + 1) when nothing is left.
 */
export function idFromFileName(name, index = 0) {
  const base = String(name || "").replace(/\.[^.]*$/, "").trim();
  return base || `series${index + 1}`;
}

/** A series id from a src address: its last path segment, decoded, without the extension. */
export function idFromSrc(src) {
  let last = String(src).split(/[?#]/)[0].split("/").pop() || "";
  try {
    last = decodeURIComponent(last);
  } catch {
    // keep it as written
  }
  return idFromFileName(last);
}

/** Whether bytes hold JSON rather than CSV: the first character after a BOM and spaces is [ or {. */
export function isJsonBytes(bytes) {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x5b || bytes[i] === 0x7b;
}

/**
 * Where JSON.parse gave up: `{ line, column }` (1-based), found by walking the JSON grammar;
 * null when the text is valid or too deeply nested to walk. Engines word their own message
 * differently (and not all give a position), so the position is found here.
 */
export function jsonErrorAt(text) {
  let i = 0;
  const n = text.length;
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const fail = () => { throw i; };
  const ws = () => { while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++; };
  const string = () => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) { i++; return; }
      if (c === 0x5c) {
        i++;
        if ('"\\/bfnrt'.includes(text[i])) i++;
        else if (text[i] === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 5;
        else fail();
        continue;
      }
      if (c < 0x20) fail();
      i++;
    }
    fail();
  };
  const value = () => {
    ws();
    const c = text[i];
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      ws();
      if (text[i] === close) { i++; return; }
      for (;;) {
        if (c === "{") {
          ws();
          if (text[i] !== '"') fail();
          string();
          ws();
          if (text[i] !== ":") fail();
          i++;
        }
        value();
        ws();
        if (text[i] === ",") { i++; continue; }
        if (text[i] === close) { i++; return; }
        fail();
      }
    }
    if (c === '"') return string();
    if (c === "-" || (c >= "0" && c <= "9")) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) fail();
      i = NUMBER.lastIndex;
      return;
    }
    for (const word of ["true", "false", "null"]) if (text.startsWith(word, i)) { i += word.length; return; }
    fail();
  };
  try {
    value();
    ws();
    if (i < n) fail();
    return null;
  } catch (at) {
    if (typeof at !== "number") return null; // nested too deep to walk
    const before = text.slice(0, at);
    const line = before.split("\n").length;
    return { line, column: at - before.lastIndexOf("\n") };
  }
}

/**
 * Series from JSON text: an array of series, or `{ "series": [...] }`. Invalid JSON throws a
 * WordedError naming `where` (a words key such as `where.script`, or a file or address), the
 * line and the column.
 */
export function parseSeriesJson(text, where) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const at = jsonErrorAt(text) || { line: "?", column: "?" };
    throw new WordedError("err.json", { where, reason: e.message, line: at.line, column: at.column });
  }
  if (value && !Array.isArray(value) && typeof value === "object" && Array.isArray(value.series)) value = value.series;
  return value;
}

/**
 * The CSV options an element's `date-order` and `decimal` attributes set (only those present),
 * passed to every `parseCsv` of its CSV sources.
 * @example csvOptions({ getAttribute: (n) => (n === "date-order" ? "dmy" : null) }) // { dateOrder: "dmy" }
 */
export function csvOptions(el) {
  const options = {};
  const dateOrder = el.getAttribute("date-order");
  const decimal = el.getAttribute("decimal");
  if (dateOrder !== null) options.dateOrder = dateOrder.trim();
  if (decimal !== null) options.decimal = decimal.trim();
  return options;
}

/** An error of parseCsv's; one that names the `dateOrder` or `decimal` option also says that on
 * the element they are the `date-order` and `decimal` attributes. */
function csvError(e) {
  return /\b(dateOrder|decimal)\b/.test(e && e.message) ? new WordedError("err.csvOption", { reason: e }) : e;
}

/** `api.parseCsv(input, options)`, its errors through `csvError`. */
function parseCsv(input, options, api) {
  try {
    return api.parseCsv(input, options);
  } catch (e) {
    throw csvError(e);
  }
}

/** Whether an error is a cancelled load's (an AbortError): passed on as it is, never worded as a failure. */
export const isAbort = (e) => !!e && e.name === "AbortError";

/**
 * Series from a file's bytes (or a Blob of them): JSON when it starts with [ or {, else CSV through
 * `api.parseCsvAsync(bytes, { id, name, ...csv, typed: true }, { signal })` (the core decodes
 * the bytes, in a Web Worker where there is one; dates come back as day numbers).
 */
export async function seriesFromBytes(bytes, { id, name, where, csv = {}, signal }, api) {
  if (!isBlob(bytes) && isJsonBytes(bytes)) return parseSeriesJson(new TextDecoder().decode(bytes), where);
  const options = { ...csv, id, typed: true };
  if (name) options.name = name;
  try {
    return [await api.parseCsvAsync(bytes, options, { signal })];
  } catch (e) {
    throw csvError(e);
  }
}

/** The bytes read to tell JSON from CSV: a BOM and this much leading white space is plenty. */
const HEAD = 4096;

/**
 * Series from a Blob or File: its first bytes say JSON or CSV (`isJsonBytes`). A CSV goes to
 * `seriesFromBytes` as the Blob itself, which the worker reads: this thread never copies a large
 * file. JSON, or a head that is all white space, is read here.
 */
export async function seriesFromBlob(blob, where, api) {
  const head = new Uint8Array(await blob.slice(0, HEAD).arrayBuffer());
  const blank = head.length === HEAD && !head.some((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf);
  if (isJsonBytes(head) || blank) return seriesFromBytes(new Uint8Array(await blob.arrayBuffer()), where, api);
  return seriesFromBytes(blob, where, api);
}

/** Series from <template> CSV children, each named by data-id (else series<n>) and data-name. */
export function seriesFromTemplates(templates, api, csv = {}) {
  return templates.map((t, i) => {
    const options = { ...csv, id: t.id || `series${i + 1}` };
    if (t.name) options.name = t.name;
    return parseCsv(t.text, options, api);
  });
}

/**
 * Series from Files (dropped, picked or given as el.data), read as `seriesFromBlob` says; a file
 * that cannot be read throws a WordedError naming it. Ids come from the file names.
 * @example const series = await seriesFromFiles(input.files, IndexCards);
 */
export async function seriesFromFiles(files, api, csv = {}, signal = undefined) {
  const lists = await Promise.all(files.map(async (file, i) => {
    const name = file.name || `file${i + 1}`;
    try {
      return await seriesFromBlob(file, { id: idFromFileName(file.name, i), where: name, csv, signal }, api);
    } catch (e) {
      if (isAbort(e)) throw e;
      throw new WordedError("err.file", { file: name, reason: e });
    }
  }));
  return lists.flat();
}

/**
 * The series named by an element's `series` attribute (ids separated by commas or spaces), in
 * that order; all of them when it is empty. A missing id throws a WordedError naming it.
 */
export function selectSeries(all, attr) {
  const want = splitIds(attr);
  if (!want.length || !Array.isArray(all)) return all;
  return want.map((id) => {
    const found = all.find((s) => s && s.id === id);
    if (!found) throw new WordedError("err.series", { value: want.join(","), id });
    return found;
  });
}

/**
 * How many closes series hold, by their `closes` arrays' lengths (what is not an array counts 0:
 * the deck refuses it with its own error).
 * @example closesIn([{ closes: [1, 2] }, { closes: new Float64Array(3) }]) // 5
 */
export function closesIn(series) {
  if (!Array.isArray(series)) return 0;
  let n = 0;
  for (const s of series) {
    const closes = s?.closes;
    if (Array.isArray(closes) || ArrayBuffer.isView(closes)) n += closes.length;
  }
  return n;
}

/** Ids from an attribute: `"RUT, SPX"` → `["RUT", "SPX"]`. */
export function splitIds(attr) {
  return String(attr || "").split(/[\s,]+/).filter(Boolean);
}

/**
 * One asynchronous source (a src address, or Files) at a time: `get(key, load)` returns the
 * series once loaded, null while loading, and throws the load's error; a new key starts a new
 * load and drops the old one's result whenever it arrives. `onChange` runs when a current load
 * ends. `cancel(instead)` stops the load under way (its signal aborts) and gives its key the
 * series `instead` (those shown before it), so what was shown stays.
 * @example
 * const loader = new AsyncSource(() => el.render());
 * const series = loader.get(src, (signal) => fetchSeries(src, signal));
 */
export class AsyncSource {
  #key = undefined;
  #result = null;
  #generation = 0;
  #abort = null;
  #onChange;

  constructor(onChange) { this.#onChange = onChange; }

  /** Whether a load is under way. */
  get loading() { return this.#key !== undefined && this.#result === null; }

  get(key, load) {
    if (key !== this.#key) this.#start(key, load);
    if (this.#result === null) return null;
    if (this.#result.error) throw this.#result.error;
    return this.#result.series;
  }

  /** Forgets the current source (and drops any load under way). */
  reset() {
    this.#abort?.abort();
    this.#abort = null;
    this.#generation++;
    this.#key = undefined;
    this.#result = null;
  }

  /** Stops the load under way; its key then gives `instead` (null: none, as while loading). */
  cancel(instead = null) {
    if (!this.loading) return;
    this.#abort?.abort();
    this.#abort = null;
    this.#generation++;
    this.#result = { series: instead };
    this.#onChange();
  }

  #start(key, load) {
    this.reset();
    this.#key = key;
    const generation = this.#generation;
    const abort = typeof AbortController === "function" ? new AbortController() : null;
    this.#abort = abort;
    let pending;
    try {
      pending = Promise.resolve(load(abort && abort.signal));
    } catch (error) {
      this.#result = { error };
      return;
    }
    pending.then((series) => ({ series }), (error) => ({ error })).then((result) => {
      if (generation !== this.#generation) return; // a newer source: this answer is dropped
      this.#abort = null;
      this.#result = result;
      this.#onChange();
    });
  }
}

/**
 * Fetches a src address and reads it as series (a Blob of JSON or CSV, see `seriesFromBlob`). From
 * a file:// page it throws at once: browsers refuse such requests, and the message says what to
 * do instead.
 */
export async function fetchSeries(src, { id, protocol, api, signal, csv = {}, fetch = globalThis.fetch }) {
  if (protocol === "file:") throw new WordedError("err.srcFile", { src });
  let blob;
  try {
    const response = await fetch(src, { credentials: "same-origin", signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    blob = await response.blob();
  } catch (e) {
    if (isAbort(e)) throw e;
    throw new WordedError("err.srcFailed", { src, reason: e });
  }
  try {
    return await seriesFromBlob(blob, { id: id || idFromSrc(src), where: src, csv, signal }, api);
  } catch (e) {
    if (isAbort(e)) throw e;
    throw new WordedError("err.srcFailed", { src, reason: e });
  }
}
