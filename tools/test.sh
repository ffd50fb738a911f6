#!/usr/bin/env bash
# The README's second command, and all that .ci/run does: installs what the tests need, then runs
# formatting and lint checks, the native Rust tests (the CLI's tests/cli.rs among them), a fresh
# build compared byte for byte with the committed bundle and its declarations, the Node unit
# tests of the element modules, and the Node and browser (Chromium, Firefox ESR) tests of the bundle
# and of the npm package (tests/package.test.js packs pkg/, which the build step fills).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "setup"
tools/setup.sh test

step "rustfmt and clippy (native and wasm32, warnings are errors)"
cargo fmt --check
cargo clippy --all-targets --locked --quiet -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --locked --quiet -- -D warnings

step "cargo test (pure core, native)"
cargo test --locked

step "fresh build == committed www/indexcards.js and www/indexcards.d.ts"
tools/build.sh target/fresh-indexcards.js
for f in indexcards.js indexcards.d.ts; do
  if ! cmp -s "target/fresh-$f" "www/$f"; then
    echo "www/$f differs from a fresh build of this tree: run tools/demo.sh and commit www/indexcards.js and www/indexcards.d.ts" >&2
    exit 1
  fi
done
echo "identical: $(wc -c < www/indexcards.js) bytes, $(gzip -9 -n -c www/indexcards.js | wc -c) gzipped; www/indexcards.d.ts"

step "TypeScript types (tsc --noEmit on tests/types.ts and tests/types-global.ts)"
node_modules/.bin/tsc -p tests/tsconfig.json

step "node --test tests/unit/ (words, formatting, data sources and card texts, no browser)"
node --test tests/unit/

step "node --test (API, real closes, Chromium and Firefox from file://)"
node --test tests/*.test.js
