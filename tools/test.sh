#!/usr/bin/env bash
# The README's second command, and all that .ci/run does: installs what the tests need, then runs
# formatting and lint checks, the native Rust tests, a fresh build compared byte for byte with
# the committed bundle, and the Node and browser (Chromium, Firefox ESR) tests of that bundle.
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

step "fresh build == committed www/indexcards.js"
tools/build.sh target/fresh-indexcards.js
if ! cmp -s target/fresh-indexcards.js www/indexcards.js; then
  echo "www/indexcards.js differs from a fresh build of this tree: run tools/demo.sh and commit www/indexcards.js" >&2
  exit 1
fi
echo "identical: $(wc -c < www/indexcards.js) bytes, $(gzip -9 -n -c www/indexcards.js | wc -c) gzipped"

step "TypeScript types (tsc --noEmit on tests/types.ts)"
node_modules/.bin/tsc -p tests/tsconfig.json

step "node --test (API, real closes, Chromium and Firefox from file://)"
node --test tests/*.test.js
