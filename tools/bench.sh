#!/usr/bin/env bash
# The benchmark command (not part of the tests' pass/fail): installs what it needs, then prints
# wasm vs JS, per-card and per-tick times, bundle bytes, and first paint in Chromium; then what a
# reader feels in Chromium at 1× and 4× CPU throttling (tools/bench/reader.js: scrubbing, Play,
# the scrub step taken apart, loading, layout shift, 200 ticks).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh test
node tools/bench.js
node tools/bench/reader.js "$@"
