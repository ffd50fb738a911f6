#!/usr/bin/env node
// Writes the single-file bundle: a UMD wrapper around wasm-bindgen's `no-modules` glue, the
// element (www/element.js, www/element.css) and the optimized wasm, deflated and base64'd, so a
// classic <script src> loads it from file:// (no fetch of a .wasm) and Node's require() returns
// the same object. Then prints where the bytes go.
//
// Size, measured with gzip -9 on the whole bundle (see BENCHMARKS.md):
// - the wasm is stored as raw deflate from zopfli, base64'd. Base64 of the raw wasm hides its
//   repeats from the server's gzip (a 244 KB module cost 145 KB gzipped that way, against 114 KB
//   for gzip of the module itself); deflated first, it costs about its deflated size (108 KB);
// - it is inflated synchronously by fflate's inflateSync (tree-shaken by esbuild, about 2 KB
//   gzipped), so initSync keeps working and nothing needs eval, a worker or a request;
// - the JS (wrapper, glue, element) is minified by terser, the CSS by esbuild.
// Every tool is pinned in package-lock.json and deterministic, so the output is byte for byte
// the same in any clone.
// Usage: node tools/bundle.js GLUE.js MODULE.wasm OUT.js VERSION
"use strict";
const fs = require("fs");
const path = require("path");

const [gluePath, wasmPath, outPath, version, namesPath] = process.argv.slice(2);
if (!version) {
  console.error("usage: node tools/bundle.js GLUE.js MODULE.wasm OUT.js VERSION [NAMES.json]");
  process.exit(2);
}
const root = path.join(__dirname, "..");
const www = path.join(root, "www");

// More iterations than zopfli's default 15 gain a few bytes at most (BENCHMARKS.md).
const ZOPFLI_ITERATIONS = 15;
// Stands for the base64 text while terser works, so it never parses the long string. A free
// variable, not a string, or terser would move the constant into the factory.
const WASM_PLACEHOLDER = "INDEXCARDS_WASM_DEFLATED_BASE64";

// gzip -9 -n, as tools/test.sh and the budget measure it (Node's zlib differs by a few hundred bytes).
const gzipSize = (text) => require("child_process").execFileSync("gzip", ["-9", "-n", "-c"], { input: text }).length;
const n = (x) => x.toLocaleString("en-US");

function deflate(bytes) {
  // @gfx/zopfli is zopfli compiled to wasm: the same bytes on every machine.
  const zopfli = require("@gfx/zopfli");
  return zopfli.deflateAsync(bytes, { numiterations: ZOPFLI_ITERATIONS }).then((d) => Buffer.from(d));
}

/** fflate's inflateSync and nothing else of fflate, as a script that assigns it to `inflate`. */
async function inflater() {
  const esbuild = require("esbuild");
  const result = await esbuild.build({
    stdin: {
      contents: 'import { inflateSync } from "fflate";\ninflate = inflateSync;\n',
      resolveDir: root,
      sourcefile: "inflate-entry.js",
    },
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser", // fflate's browser build: no worker_threads
    target: "es2017",
    legalComments: "none",
    logLevel: "error",
  });
  return result.outputFiles[0].text.trim();
}

async function minifyCss(css) {
  const esbuild = require("esbuild");
  const result = await esbuild.transform(css, { loader: "css", minify: true, logLevel: "error" });
  return result.code.trim();
}

// The bundle always hands the glue the module's bytes, never a URL, a Request or a Response, so
// the parts of wasm-bindgen's no-modules glue that find, fetch or stream a .wasm file are dead
// weight (and the currentScript lookup would run at every load). Each cut is an exact text of
// wasm-bindgen 0.2.130's output: if it is not found exactly once, the build fails, rather than
// silently ship the glue unpatched or patched wrongly.
const GLUE_CUTS = [
  // The page's own URL, from which the default module path was made (that fallback is already
  // left out by --omit-default-module-path).
  [`    let script_src;
    if (typeof document !== 'undefined' && document.currentScript !== null) {
        script_src = new URL(document.currentScript.src, location.href).toString();
    }
`, ""],
  // __wbg_load's Response branch (fetch, instantiateStreaming, the MIME type warning).
  [`        if (typeof Response === 'function' && module instanceof Response) {
            if (!module.ok) {
                throw new Error(\`failed to fetch Wasm: \${module.status} \${module.statusText} fetching '\${module.url}'\`);
            }

            if (typeof WebAssembly.instantiateStreaming === 'function') {
                try {
                    return await WebAssembly.instantiateStreaming(module, imports);
                } catch (e) {
                    const validResponse = expectedResponseType(module.type);

                    if (validResponse && module.headers.get('Content-Type') !== 'application/wasm') {
                        console.warn("\`WebAssembly.instantiateStreaming\` failed because your server does not serve Wasm with \`application/wasm\` MIME type. Falling back to \`WebAssembly.instantiate\` which is slower. Original error:\\n", e);

                    } else { throw e; }
                }
            }

            const bytes = await module.arrayBuffer();
            return await WebAssembly.instantiate(bytes, imports);
        } else {
            const instance = await WebAssembly.instantiate(module, imports);

            if (instance instanceof WebAssembly.Instance) {
                return { instance, module };
            } else {
                return instance;
            }
        }

        function expectedResponseType(type) {
            switch (type) {
                case 'basic': case 'cors': case 'default': return true;
            }
            return false;
        }
`, `        const instance = await WebAssembly.instantiate(module, imports);

        if (instance instanceof WebAssembly.Instance) {
            return { instance, module };
        } else {
            return instance;
        }
`],
  // A string, Request or URL would be fetched.
  [`        if (typeof module_or_path === 'string' || (typeof Request === 'function' && module_or_path instanceof Request) || (typeof URL === 'function' && module_or_path instanceof URL)) {
            module_or_path = fetch(module_or_path);
        }
`, ""],
  // The bundle passes { module } and { module_or_path }, never the deprecated bare argument.
  [`            } else {
                console.warn('using deprecated parameters for \`initSync()\`; pass a single object instead')
            }`, "            }"],
  [`            } else {
                console.warn('using deprecated parameters for the initialization function; pass a single object instead')
            }`, "            }"],
];

function cutGlue(glue) {
  for (const [from, to] of GLUE_CUTS) {
    const at = glue.indexOf(from);
    if (at < 0 || glue.indexOf(from, at + 1) >= 0) {
      throw new Error("wasm-bindgen's glue changed: this text should be in it exactly once (tools/bundle.js, GLUE_CUTS):\n" + from);
    }
    glue = glue.slice(0, at) + to + glue.slice(at + from.length);
  }
  return glue;
}

// wasm-opt --minify-imports-and-exports-and-modules (tools/build.sh) renames the module's
// imports, its import module and its exports to one or two letters, which saves their long
// names (wasm-bindgen's imports end in a 16-digit hash) in the wasm and in the glue alike, and
// prints the old and new names as JSON. The glue is renamed to match: the keys of its import
// object and every `wasm.NAME` it reads. The build fails if any name the glue uses has no new
// name, or any new name is missing from the module.
function renameGlue(glue, names, wasm) {
  const fail = (why) => { throw new Error("renaming the glue to the minified wasm names: " + why); };
  const module = new WebAssembly.Module(wasm);
  const imports = WebAssembly.Module.imports(module);
  const exported = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  const newModules = new Set(imports.map((i) => i.module));
  const oldModules = new Set(names.imports.map(([m]) => m));
  if (newModules.size !== 1 || oldModules.size !== 1) fail("expected imports from one module");
  const [oldModule] = oldModules, [newModule] = newModules;
  const importNames = new Map(names.imports.map(([, from, to]) => [from, to]));
  const exportNames = new Map(names.exports);
  const newImports = new Set(imports.map((i) => i.name));
  for (const to of importNames.values()) if (!newImports.has(to)) fail("no import " + to + " in the module");
  for (const to of exportNames.values()) {
    if (!exported.has(to)) fail("no export " + to + " in the module");
    // terser renames properties like _x (see mangle below), which would break wasm._x.
    if (/^_[^_]/.test(to) || !/^[A-Za-z_$][\w$]*$/.test(to)) fail("export name " + to + " would not survive terser");
  }
  const moduleKey = JSON.stringify(oldModule) + ": import0";
  if (glue.split(moduleKey).length !== 2) fail("the glue should name " + moduleKey + " once");
  glue = glue.replace(moduleKey, () => JSON.stringify(newModule) + ": import0");
  const seen = new Set();
  glue = glue.replace(/^( {12})([\w$]+): function/gm, (all, indent, name) => {
    const to = importNames.get(name);
    if (to === undefined) fail("the glue imports " + name + ", which the module does not");
    if (seen.has(name)) fail("the glue defines import " + name + " twice");
    seen.add(name);
    return indent + to + ": function";
  });
  if (seen.size !== importNames.size) fail("the glue defines " + seen.size + " of the module's " + importNames.size + " imports");
  glue = glue.replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (all, name) => {
    const to = exportNames.get(name);
    if (to === undefined) fail("the glue reads wasm." + name + ", which the module does not export");
    return "wasm." + to;
  });
  if (/\bwasm\s*\[/.test(glue)) fail("the glue reads wasm[...], which cannot be renamed");
  const memory = exportNames.get("memory");
  if (!memory) fail("no memory export");
  return { glue, memory };
}

async function main() {
  const wasm = fs.readFileSync(wasmPath);
  let glue = cutGlue(fs.readFileSync(gluePath, "utf8").trim());
  // NAMES.json: what wasm-opt printed for --minify-imports-and-exports-and-modules.
  let memoryExport = "memory";
  if (namesPath) ({ glue, memory: memoryExport } = renameGlue(glue, JSON.parse(fs.readFileSync(namesPath, "utf8")), wasm));
  const element = fs.readFileSync(path.join(www, "element.js"), "utf8").trim();
  const cssSource = fs.readFileSync(path.join(www, "element.css"), "utf8").trim();

  const [deflated, inflate, css] = await Promise.all([deflate(wasm), inflater(), minifyCss(cssSource)]);
  // The build fails rather than ship a module that does not inflate back to itself.
  if (!Buffer.from(require("fflate").inflateSync(deflated)).equals(wasm)) {
    throw new Error("the deflated wasm does not inflate back to " + wasmPath);
  }
  const fflateVersion = require("fflate/package.json").version;

  const source = `/*! indexcards ${version}: market-index performance cards computed in Rust/WebAssembly. MIT License. Built by tools/build.sh from src/ (Rust), www/element.js and www/element.css: do not edit. Includes fflate ${fflateVersion}'s inflateSync (MIT License, Arjun Barrett). Browser: <script src="indexcards.js"> defines IndexCards; Node: require("./indexcards.js"). API: indexcards.d.ts. */
(function (root, factory, wasmDeflated) {
  "use strict";
  var api = factory(wasmDeflated);
  if (typeof module === "object" && module && module.exports) {
    module.exports = api;
  } else {
    root.IndexCards = api;
  }
})(typeof globalThis !== "undefined" ? globalThis : this, function (WASM_DEFLATED) {
  "use strict";

  // ---- wasm-bindgen no-modules glue ----
${glue}
  // ---- end of glue ----

  // The wasm module (${wasm.length} bytes) is carried inside this file, so no request is ever
  // made: WASM_DEFLATED, the last argument at the end of the file, is its raw deflate (zopfli)
  // in base64.
  var WASM_BYTES = ${wasm.length};

  // fflate's inflateSync, assigned to inflate.
  var inflate;
  ${inflate}

  function decodeBase64(text) {
    if (typeof Buffer === "function") {
      return new Uint8Array(Buffer.from(text, "base64"));
    }
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  var loaded = false;
  var memory = null; // the wasm instance's memory, for views such as Deck's scratch card
  var loadError = null;
  var api = {};

  // Compile synchronously where the engine allows it (Chromium, Firefox, Node), so the page can
  // paint in the same task; otherwise fall back to the asynchronous compile. Either way
  // IndexCards.ready settles once the functions can be called.
  var ready = (function () {
    var bytes = inflate(decodeBase64(WASM_DEFLATED), { out: new Uint8Array(WASM_BYTES) });
    try {
      memory = wasm_bindgen.initSync({ module: bytes }).${memoryExport};
      loaded = true;
      return Promise.resolve(api);
    } catch (syncError) {
      return wasm_bindgen({ module_or_path: bytes }).then(
        function (exports) { memory = exports.${memoryExport}; loaded = true; return api; },
        function (error) { loadError = error; throw error; }
      );
    }
  })();

  // The fast input path: a series whose dates are all 10-character ASCII strings and whose
  // closes are all numbers crosses into wasm as one joined string and one Float64Array,
  // instead of one value at a time. Anything else goes as given, so the core's messages about
  // it stay exact (src/bindings.rs, PACKED_DATES).
  var SERIES_FIRST = { summarize: true, compare: true, paths: true, view: true };
  var ASCII = /^[\\x00-\\x7f]*$/;
  function packSeries(list) {
    if (!Array.isArray(list)) return list;
    return list.map(function (s) {
      if (!s || typeof s !== "object" || !Array.isArray(s.dates) || !Array.isArray(s.closes)) return s;
      var dates = s.dates, closes = s.closes, n = dates.length, i;
      if (closes.length !== n || n === 0) return s;
      for (i = 0; i < n; i++) if (typeof dates[i] !== "string" || dates[i].length !== 10) return s;
      for (i = 0; i < n; i++) if (typeof closes[i] !== "number") return s;
      var joined = dates.join("");
      if (!ASCII.test(joined)) return s;
      return { id: s.id, name: s.name, dates: joined, closes: new Float64Array(closes), __indexcardsPackedDates: true };
    });
  }

  function ensureLoaded() {
    if (!loaded) {
      throw new Error(loadError
        ? "IndexCards failed to load its WebAssembly: " + loadError.message
        : "IndexCards is still loading; await IndexCards.ready before calling it");
    }
  }

  function call(name) {
    return function () {
      ensureLoaded();
      if (SERIES_FIRST[name]) return wasm_bindgen[name](packSeries(arguments[0]), arguments[1]);
      return wasm_bindgen[name].apply(null, arguments);
    };
  }

  // new IndexCards.Deck(series): a thin JS class around the wasm Deck. Cards are written as
  // numbers into scratch cards in wasm memory (the layout of pack_card in src/bindings.rs) and
  // become plain objects here, with no boundary call per field and no copy.
  var CARD_FIELDS = 20;
  function Deck(series) {
    if (!(this instanceof Deck)) throw new TypeError("IndexCards.Deck is a class: use new IndexCards.Deck(series)");
    ensureLoaded();
    this._inner = new wasm_bindgen.Deck(packSeries(series));
    this._ids = this._inner.ids;
    this._names = this._inner.names;
    this._index = new Map();
    for (var j = 0; j < this._ids.length; j++) this._index.set(this._ids[j], j);
    this._iso = new Map(); // day number → "YYYY-MM-DD", filled as cards need them
  }
  function deckDate(deck, day) {
    if (day !== day) return null; // NaN: no such base
    var text = deck._iso.get(day);
    if (text === undefined) { text = wasm_bindgen.isoDate(day); deck._iso.set(day, text); }
    return text;
  }
  function orNull(v) { return v !== v ? null : v; }
  function unpackCard(deck, p, o, k) {
    return {
      id: deck._ids[k], name: deck._names[k], date: deckDate(deck, p[o]), close: p[o + 1],
      d1: orNull(p[o + 2]), wtd: orNull(p[o + 3]), mtd: orNull(p[o + 4]), qtd: orNull(p[o + 5]), ytd: orNull(p[o + 6]), y1: orNull(p[o + 7]),
      ath: p[o + 8], athDate: deckDate(deck, p[o + 9]), fromAth: p[o + 10], high52: p[o + 11], low52: p[o + 12],
      firstDate: deckDate(deck, p[o + 13]),
      bases: {
        d1: deckDate(deck, p[o + 14]), wtd: deckDate(deck, p[o + 15]), mtd: deckDate(deck, p[o + 16]),
        qtd: deckDate(deck, p[o + 17]), ytd: deckDate(deck, p[o + 18]), y1: deckDate(deck, p[o + 19]),
      },
    };
  }
  /** Cards of every series at asOf (default: each one's last date). */
  Deck.prototype.cards = function (asOf) {
    this._inner.cardsIntoScratch(asOf);
    var p = scratchOf(this);
    var out = new Array(this._ids.length);
    for (var k = 0; k < out.length; k++) out[k] = unpackCard(this, p, k * CARD_FIELDS, k);
    return out;
  };
  // The deck's scratch cards in wasm memory (src/bindings.rs, JsDeck::scratch), through a view
  // renewed when memory grows; reading them allocates nothing.
  function scratchOf(deck) {
    if (!deck._scratch || deck._scratch.buffer !== memory.buffer) {
      deck._scratch = new Float64Array(memory.buffer, deck._inner.scratchPtr(), Math.max(deck._ids.length, 1) * CARD_FIELDS);
    }
    return deck._scratch;
  }
  /** The card of one series at asOf (default: its last date). */
  function indexOf(deck, id) {
    var k = deck._index.get(id);
    if (k === undefined) throw new Error("no series " + JSON.stringify(String(id)).slice(0, 60) + " in this deck");
    return k;
  }
  Deck.prototype.card = function (id, asOf) {
    var k = indexOf(this, id);
    if (asOf !== undefined && asOf !== null && typeof asOf !== "number") {
      return unpackCard(this, this._inner.cardPackedAt(k, asOf), 0, k);
    }
    // The per-tick path: the card is written into a fixed scratch buffer in wasm memory and
    // read through a view (renewed when memory grows), so nothing is allocated.
    this._inner.cardIntoScratch(k, asOf === undefined || asOf === null ? NaN : asOf);
    return unpackCard(this, scratchOf(this), 0, k);
  };
  Deck.prototype.push = function (id, date, close) {
    var k = indexOf(this, id);
    if (typeof date === "number") this._inner.pushDay(k, date, close);
    else this._inner.pushAt(k, date, close);
  };
  Deck.prototype.compare = function (options) { return this._inner.compare(options); };
  Deck.prototype.paths = function (options) { return this._inner.paths(options); };
  Deck.prototype.view = function (options) { return this._inner.view(options); };
  Deck.prototype.dates = function () { return this._inner.dates(); };
  Deck.prototype.free = function () { if (this._inner) { this._inner.free(); this._inner = null; } };
  Object.defineProperty(Deck.prototype, "ids", { get: function () { return this._ids.slice(); } });

  api.ready = ready;
  api.summarize = call("summarize");
  api.compare = call("compare");
  api.paths = call("paths");
  api.view = call("view");
  api.parseCsv = call("parseCsv");
  api.formatPct = call("formatPct");
  api.formatLevel = call("formatLevel");
  api.round = call("round");
  api.memoryBytes = call("memoryBytes");
  api.parseDate = call("parseDate");
  api.version = call("version");
  api.Deck = Deck;
  Object.freeze(api);

  // ---- <index-cards> and <index-figure> (www/element.js, www/element.css) ----
${element}

  defineIndexCardsElements(api, ${JSON.stringify(css)});
  return api;
}, ${WASM_PLACEHOLDER});
`;

  const terser = require("terser");
  const minified = await terser.minify(source, {
    ecma: 2020, // the glue uses classes, async functions and let
    // unsafe_arrows turns function expressions that use no `this` into arrows, unsafe_methods
    // object-literal functions into methods: neither is ever called with `new` here (the
    // element classes are function declarations). 60 bytes of the gzip; the tests run on it.
    compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true },
    // Private members (this._deck, P._render) are renamed too, and so are the glue's Deck's
    // __wbg_ptr and __destroy_into_raw, which only the glue reads (21 bytes); other __wbg_* names
    // and __proto__ are not.
    mangle: { properties: { regex: /^_[^_]|^__wbg_ptr$|^__destroy_into_raw$/ } },
    // \u escapes keep the words right on a page that is not UTF-8, and gzip smaller (by 34 bytes).
    format: { comments: /^!/, ascii_only: true },
  });
  // The base64 text goes last: gzip's window is 32 KB, so JS after it could not refer back to
  // the JS before it (at the end it saves about 1 KB of the gzip against the middle).
  const parts = minified.code.split(WASM_PLACEHOLDER);
  if (parts.length !== 2 || parts[1].length > 200) {
    throw new Error("the minified bundle should hold the wasm placeholder once, at its end");
  }
  // A strict Content-Security-Policy forbids eval and Function() (the browser tests run under
  // one); this catches a dependency that brings them in. A quoted "Function(" is the glue's
  // debug text.
  if (/(^|[^"'`\w.])(eval|Function)\s*\(/.test(minified.code)) {
    throw new Error("the minified bundle calls eval or Function(), which a strict CSP forbids");
  }
  const base64 = deflated.toString("base64");
  const bundle = parts[0] + `"${base64}"` + parts[1] + "\n";
  fs.writeFileSync(outPath, bundle);

  // Where the bytes go. The wasm's share is the whole bundle's gzip less that of the bundle
  // without the base64 text.
  const total = gzipSize(bundle);
  const withoutWasm = gzipSize(parts[0] + '""' + parts[1] + "\n");
  console.log(`${outPath}, gzip -9 -n:`);
  console.log(`  wasm:     ${n(wasm.length)} bytes raw, ${n(deflated.length)} deflated (zopfli), ${n(base64.length)} in base64: ${n(total - withoutWasm)} of the gzip`);
  console.log(`  JS + CSS: ${n(Buffer.byteLength(source) - WASM_PLACEHOLDER.length)} bytes before minifying, ${n(Buffer.byteLength(bundle) - base64.length)} after: ${n(withoutWasm)} of the gzip` +
    ` (element.css ${n(cssSource.length)} → ${n(css.length)} bytes, ${n(gzipSize(css))} gzipped alone)`);
  console.log(`  total:    ${n(Buffer.byteLength(bundle))} bytes raw, ${n(total)} gzipped`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
