#!/usr/bin/env bash
# Bounded fuzzing smoke run (not part of tools/test.sh): each cargo-fuzz (libFuzzer) target for
# SECONDS (default 60), starting from the committed seed corpus in fuzz/corpus/. New inputs go
# to fuzz/target/corpus (ignored by git); a crash stops the run and leaves its input in
# fuzz/artifacts/, to be kept as a regression test. The stable toolchain builds the sanitizer
# instrumentation with RUSTC_BOOTSTRAP=1, since no nightly toolchain can be installed here.
# -O -a: optimized, with debug assertions and overflow checks (-O alone drops them, and an
# overflow then wraps silently instead of stopping the run as a finding).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${SECONDS_PER_TARGET:-${1:-60}}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.2
for target in csv date series; do
  work=fuzz/target/corpus/$target
  mkdir -p "$work"
  cp fuzz/corpus/$target/* "$work/"
  echo "== fuzz $target for ${seconds}s"
  (cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run -O -a "$target" "../$work" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 2>&1 | tail -n 12)
done
