#!/usr/bin/env node
// Assembles the single-file bundle www/indexcards.js: esbuild bundles the entry www/src/index.js
// (the API façade in www/src/api/, the elements, wasm-bindgen's glue exactly as it generated it,
// and the wasm module) into one minified classic script that defines the global `IndexCards`,
// or `module.exports` under Node's require(), so <script src> loads it from file:// with no
// request for a module or a .wasm file. It holds no product code: only where the parts are and
// how they are packed. Then prints where the bytes go.
//
// What it feeds esbuild, besides the files of www/src/:
// - `indexcards:glue`: the glue wasm-bindgen wrote (`--target web`, an ES module);
// - `indexcards:wasm`: the optimized module as raw deflate from zopfli, base64'd, and its size.
//   Base64 of the raw wasm hides its repeats from the server's gzip (a 244 KB module cost 145 KB
//   gzipped that way, against 114 KB for gzip of the module itself); deflated first, it costs
//   about its deflated size. fflate's inflateSync (www/src/api/wasm.js) inflates it
//   synchronously, so initSync keeps working and nothing needs eval, a worker or a request;
// - `indexcards:worker-source`: the text of the CSV worker's script (www/src/worker/entry.js
//   bundled with the same glue, minified, as a classic script), which www/src/api/worker.js
//   starts from a Blob URL;
// - `*.css`: the stylesheet minified by esbuild, as text.
// Every tool is pinned in package-lock.json and deterministic, and no path is written into the
// output, so it is byte for byte the same in any clone.
//
// With ESM_DIR it also builds the npm package's two ES modules from the same parts (docs/package.md):
// ESM_DIR/index.mjs from www/src/esm.js (the API as named exports, with the same wasm bytes) and
// ESM_DIR/elements.mjs from www/src/elements-entry.js (the elements), which imports the API from
// "./index.mjs" rather than carrying a second copy, so a page that imports both has one instance.
// tools/package.js assembles the rest of the package around them.
// Usage: node tools/bundle.js GLUE.js MODULE.wasm OUT.js VERSION [ESM_DIR]
"use strict";
const fs = require("fs");
const path = require("path");
const esbuild = require("esbuild");

const [gluePath, wasmPath, outPath, version, esmDir] = process.argv.slice(2);
if (!version) {
  console.error("usage: node tools/bundle.js GLUE.js MODULE.wasm OUT.js VERSION [ESM_DIR]");
  process.exit(2);
}
const root = path.join(__dirname, "..");
const ENTRY = path.join(root, "www", "src", "index.js");
/** The package's ES module entries (see the header). */
const ESM_ENTRY = path.join(root, "www", "src", "esm.js");
const ELEMENTS_ENTRY = path.join(root, "www", "src", "elements-entry.js");
/** The CSV worker's script (see the header). */
const WORKER_ENTRY = path.join(root, "www", "src", "worker", "entry.js");

// More iterations than zopfli's default 15 gain a few bytes at most (BENCHMARKS.md).
const ZOPFLI_ITERATIONS = 15;

// gzip -9 -n, as tools/test.sh and the budget measure it (Node's zlib differs by a few hundred bytes).
const gzipSize = (text) => require("child_process").execFileSync("gzip", ["-9", "-n", "-c"], { input: text }).length;
const n = (x) => x.toLocaleString("en-US");

function deflate(bytes) {
  // @gfx/zopfli is zopfli compiled to wasm: the same bytes on every machine.
  const zopfli = require("@gfx/zopfli");
  return zopfli.deflateAsync(bytes, { numiterations: ZOPFLI_ITERATIONS }).then((d) => Buffer.from(d));
}

/** The esbuild plugin that supplies the generated parts named above. */
function parts({ glue, base64, size, workerSource = null }) {
  return {
    name: "indexcards-parts",
    setup(build) {
      if (workerSource !== null) {
        build.onResolve({ filter: /^indexcards:worker-source$/ }, () => ({ path: "worker-source", namespace: "indexcards" }));
        build.onLoad({ filter: /^worker-source$/, namespace: "indexcards" }, () => ({
          contents: `export const source = ${JSON.stringify(workerSource)};\n`,
          loader: "js",
        }));
      }
      build.onResolve({ filter: /^indexcards:glue$/ }, () => ({ path: glue }));
      build.onResolve({ filter: /^indexcards:wasm$/ }, () => ({ path: "wasm", namespace: "indexcards" }));
      build.onLoad({ filter: /^wasm$/, namespace: "indexcards" }, () => ({
        contents: `export const size = ${size};\nexport const deflated = "${base64}";\n`,
        loader: "js",
      }));
      build.onLoad({ filter: /\.css$/ }, async (args) => {
        const css = await esbuild.transform(fs.readFileSync(args.path, "utf8"), { loader: "css", minify: true, logLevel: "error" });
        return { contents: css.code.trim(), loader: "text" };
      });
    },
  };
}

/**
 * A strict Content-Security-Policy forbids eval and Function() (the browser tests run under
 * one); this catches a dependency that brings them in. A quoted "Function(" is the glue's
 * debug text.
 */
function refuseEval(code, name) {
  if (/(^|[^"'`\w.])(eval|Function)\s*\(/.test(code)) {
    throw new Error(`${name} calls eval or Function(), which a strict CSP forbids`);
  }
}

/**
 * The package's ES modules (see the header), from the same plugin and so the same wasm bytes.
 * They are left unminified: a consumer's bundler minifies, and a reader of node_modules can
 * follow them.
 */
async function buildEsm({ plugin, banner, base64 }) {
  fs.mkdirSync(esmDir, { recursive: true });
  const entries = [
    { entry: ESM_ENTRY, out: "index.mjs" },
    { entry: ELEMENTS_ENTRY, out: "elements.mjs" },
  ];
  // The elements entry takes the API from the package's own ES module entry, as an import.
  const shared = {
    name: "indexcards-esm",
    setup(build) {
      build.onResolve({ filter: /^\.\/esm\.js$/ }, (args) => (args.importer === ELEMENTS_ENTRY ? { path: "./index.mjs", external: true } : undefined));
    },
  };
  const written = [];
  for (const { entry, out } of entries) {
    const result = await esbuild.build({
      entryPoints: [entry],
      absWorkingDir: root,
      bundle: true,
      write: false,
      format: "esm",
      banner: { js: banner },
      platform: "browser", // as above; the result runs in Node too (Buffer or atob, initSync)
      target: "es2022",
      charset: "utf8", // a consumer's bundler or Node reads modules as UTF-8, and writes its own output
      legalComments: "none",
      plugins: [shared, plugin],
      logLevel: "warning",
    });
    const text = result.outputFiles[0].text;
    refuseEval(text.replace(base64, ""), out);
    fs.writeFileSync(path.join(esmDir, out), text);
    written.push({ out, text });
  }
  return written;
}

async function main() {
  const wasm = fs.readFileSync(wasmPath);
  const deflated = await deflate(wasm);
  // The build fails rather than ship a module that does not inflate back to itself.
  if (!Buffer.from(require("fflate").inflateSync(deflated)).equals(wasm)) {
    throw new Error("the deflated wasm does not inflate back to " + wasmPath);
  }
  const base64 = deflated.toString("base64");
  const fflateVersion = require("fflate/package.json").version;

  // The CSV worker's script first: the same glue, no wasm bytes (the page posts it the module).
  const worker = await esbuild.build({
    entryPoints: [WORKER_ENTRY],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    charset: "ascii",
    legalComments: "none",
    plugins: [parts({ glue: path.resolve(gluePath), base64, size: wasm.length })],
    logLevel: "warning",
  });
  const workerSource = worker.outputFiles[0].text;
  refuseEval(workerSource, "the CSV worker");
  const plugin = parts({ glue: path.resolve(gluePath), base64, size: wasm.length, workerSource });
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: "iife",
    // The IIFE's value is the entry's namespace; the footer makes its default export the value
    // of `IndexCards`, and hands it to Node's module.exports where there is one.
    globalName: "IndexCards",
    banner: {
      js: `/*! indexcards ${version}: market-index performance cards computed in Rust/WebAssembly. MIT License. ` +
        `Built by tools/build.sh from src/ (Rust) and www/src/: do not edit. Includes fflate ${fflateVersion}'s inflateSync ` +
        `(MIT License, Arjun Barrett). Browser: <script src="indexcards.js"> defines IndexCards; Node: require("./indexcards.js"). API: indexcards.d.ts. */`,
    },
    footer: {
      js: `IndexCards=IndexCards.default;if(typeof module=="object"&&module&&module.exports)module.exports=IndexCards;else globalThis.IndexCards=IndexCards;`,
    },
    platform: "browser", // fflate's browser build: no worker_threads
    target: "es2022", // #private fields; every browser the element supports has them
    minify: true,
    charset: "ascii", // \u escapes keep the words right on a page that is not UTF-8
    legalComments: "none",
    plugins: [plugin],
    logLevel: "warning",
  });
  const bundle = result.outputFiles[0].text;
  const at = bundle.indexOf(`"${base64}"`);
  if (at < 0 || bundle.indexOf(base64, at + 2) >= 0) throw new Error("the bundle should hold the wasm's base64 text once");
  const code = bundle.slice(0, at) + '""' + bundle.slice(at + base64.length + 2);
  refuseEval(code, outPath);
  fs.writeFileSync(outPath, bundle);

  // Where the bytes go. The wasm's share is the whole bundle's gzip less that of the bundle
  // without the base64 text.
  const total = gzipSize(bundle);
  const withoutWasm = gzipSize(code);
  console.log(`${outPath}, gzip -9 -n:`);
  console.log(`  wasm:     ${n(wasm.length)} bytes raw, ${n(deflated.length)} deflated (zopfli), ${n(base64.length)} in base64: ${n(total - withoutWasm)} of the gzip`);
  console.log(`  JS + CSS: ${n(Buffer.byteLength(code))} bytes minified: ${n(withoutWasm)} of the gzip`);
  console.log(`  total:    ${n(Buffer.byteLength(bundle))} bytes raw, ${n(total)} gzipped`);

  if (esmDir) {
    const banner = `/*! indexcards ${version}: market-index performance cards computed in Rust/WebAssembly. MIT License. ` +
      `Built by tools/build.sh: do not edit. Includes fflate ${fflateVersion}'s inflateSync (MIT License, Arjun Barrett). */`;
    for (const { out, text } of await buildEsm({ plugin, banner, base64 })) {
      console.log(`  ${path.join(esmDir, out)}: ${n(Buffer.byteLength(text))} bytes raw, ${n(gzipSize(text))} gzipped`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
