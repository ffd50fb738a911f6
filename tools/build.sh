#!/usr/bin/env bash
# Builds the single-file bundle reproducibly: Rust → wasm (release) → wasm-bindgen (`--target web`:
# the glue as an ES module, used as generated) → wasm-opt -Oz → tools/bundle.js: esbuild bundles
# www/src/index.js, the glue and the wasm (deflated, base64'd) into one classic script. Prints
# where the bytes go. Usage: tools/build.sh [OUT.js] (default www/indexcards.js); the declarations
# go beside it (OUT.d.ts). Then the npm package in pkg/dist/ (docs/package.md): that script, the
# ES modules bundle.js builds from the same parts, their declarations and custom-elements.json;
# `cd pkg && npm pack` packs it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${1:-www/indexcards.js}
tools/setup.sh build

# Panic and file paths inside the wasm must not depend on where the clone or CARGO_HOME is,
# or the committed bundle would differ from a build in another folder.
cargo_home=${CARGO_HOME:-$HOME/.cargo}
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=$cargo_home=/cargo --remap-path-prefix=$root=/indexcards"
# --lib: the native CLI (src/bin/indexcards/) is never built for the wasm (it has a compile_error guard).
cargo build --lib --release --target wasm32-unknown-unknown --locked --quiet

work=target/bundle
rm -rf "$work" && mkdir -p "$work"
# --omit-default-module-path: the bundle always passes the module's bytes, never a URL to fetch;
# --encode-into always: every target engine has TextEncoder.encodeInto, so no fallback for it.
wasm-bindgen --target web --no-typescript --omit-default-module-path --encode-into always --out-dir "$work" --out-name indexcards \
  target/wasm32-unknown-unknown/release/indexcards.wasm
# --converge: -Oz again until the module stops shrinking (−400 bytes of gzip, 2026-12-01).
node_modules/.bin/wasm-opt -Oz --converge --strip-debug --strip-producers --strip-target-features \
  "$work/indexcards_bg.wasm" -o "$work/indexcards.wasm"
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
node tools/bundle.js "$work/indexcards.js" "$work/indexcards.wasm" "$out" "$version" "$work/esm"
# The TypeScript declarations beside it: www/indexcards.js → www/indexcards.d.ts.
node tools/types.js "${out%.js}.d.ts" "$version"
# The npm package around them (tools/package.js; packed by `cd pkg && npm pack`).
echo "pkg/dist (the npm package):"
node tools/package.js "$out" "$work/esm" pkg "$version"

raw=$(wc -c < "$out")
gz=$(gzip -9 -n -c "$out" | wc -c)
echo "built $out: $raw bytes, $gz bytes gzipped (gzip -9 -n; budget 102,400)"
