#!/usr/bin/env bash
# Installs what building (`setup.sh build`) or also testing (`setup.sh test`) needs on a fresh
# Debian machine with rustup, cargo and Node: the Rust toolchain rust-toolchain.toml pins, the
# wasm target, wasm-bindgen-cli at the version pinned in Cargo.lock, npm packages from
# package-lock.json and, for tests, Chromium and Firefox ESR.
# Every step is skipped when already satisfied, so running it again is cheap.
set -euo pipefail
cd "$(dirname "$0")/.."
need=${1:-build}
say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_missing=()
command -v node >/dev/null || apt_missing+=(nodejs npm)
if [ "$need" = test ]; then
  command -v chromium >/dev/null || apt_missing+=(chromium)
  command -v chromedriver >/dev/null || apt_missing+=(chromium-driver)
  command -v firefox-esr >/dev/null || apt_missing+=(firefox-esr)
fi
if [ ${#apt_missing[@]} -gt 0 ]; then
  say "apt-get install ${apt_missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${apt_missing[@]}" >/dev/null
fi

# The toolchain rust-toolchain.toml pins (its comment says why it is linked or installed). This
# comes before any rustup, cargo or rustc call in this folder, which would all fail without it.
channel=$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml)
if ! rustup toolchain list | grep -q "^$channel-"; then
  if [ "$(rustc +stable --version 2>/dev/null | awk '{print $2}')" = "$channel" ]; then
    host=$(rustc +stable -vV | sed -n 's/^host: //p')
    say "the installed stable toolchain is rustc $channel: linking it as the pinned $channel-$host"
    ln -s "$(rustc +stable --print sysroot)" "$(rustup show home)/toolchains/$channel-$host"
  else
    say "rustup toolchain install $channel (as rust-toolchain.toml names it)"
    rustup toolchain install
  fi
fi
if [ "$(rustc --version | awk '{print $2}')" != "$channel" ]; then
  echo "rustc here is '$(rustc --version)', not the $channel that rust-toolchain.toml pins (the committed bundle is built with it):" >&2
  echo "the toolchain named $channel in $(rustup show home)/toolchains is another version; remove it and run tools/setup.sh again" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must match the wasm-bindgen crate exactly (the glue format is versioned).
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wb_version" ]; then
  say "cargo install wasm-bindgen-cli --version $wb_version (about 2 minutes)"
  cargo install wasm-bindgen-cli --version "$wb_version"
fi

# npm packages: binaryen (wasm-opt 132; Debian's binaryen 108 emits a broken module),
# @gfx/zopfli, fflate and esbuild (the bundle's deflated wasm and its inflater, tools/bundle.js),
# playwright-core and puppeteer-core (drive the Debian browsers; they never download one), vite
# (tests/package.test.js bundles a page from the npm package with it, as with esbuild).
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.indexcards-lock; then
  say "npm ci"
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.indexcards-lock
fi
