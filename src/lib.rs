//! indexcards: market-index performance cards and rebased comparisons from daily closes.
//!
//! Data flows one way (docs/architecture.md is the contract):
//!
//! 1. `input`: what a caller passes. `raw::Raw` holds a JS value exactly as given;
//!    `series` reads it into validated `core::series::Series`; `request` parses options once
//!    into the typed requests of `core::request` (`AsOf`, `CompareRequest`, `ChartRequest`);
//!    `csv` reads CSV downloads.
//! 2. `core`: plain Rust, no wasm-bindgen. `calendar` (day numbers), `period` (the one list of
//!    periods), `series`, `track` (O(log n) cards), `metrics` (`Card`, with its display
//!    decisions as typed `Note`s), `compare` (`Comparison` on one common date) and `deck`
//!    (`Deck`, which answers all of them for any date).
//! 3. `output`: `chart` (pixel geometry bounded by pixels) and `date` (`IsoDate`).
//! 4. Every result type derives `serde::Serialize` and `tsify::Tsify` with camelCase keys: the
//!    one schema, from which `www/src/api/types.d.ts` is generated (tests/typescript.rs).
//!    Results hold numbers, ISO dates and keys, never display text: JavaScript words them.
//! 5. `bindings` (wasm only) exports `api` and `Deck` to JavaScript through wasm-bindgen and
//!    serde-wasm-bindgen.
//!
//! Everything but `bindings` is tested natively with `cargo test`.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]

pub mod api;
pub mod core;
pub mod error;
pub mod input;
pub mod limits;
pub mod output;

#[cfg(target_family = "wasm")]
mod bindings;

pub use error::Error;

/// The wasm's allocator: talc instead of std's dlmalloc (8.3 KB of functions before wasm-opt,
/// talc's 1.8 KB): 154,859 → 148,029 bytes after `wasm-opt -Oz`, 72,123 → 69,459 gzipped
/// (measured 2026-11-25). Its `disable-realloc-in-place` feature saves 240 bytes more but
/// copies every growing `Vec`, so it stays off. Freed memory stays with it for the next
/// allocation (tests/deck.test.js checks memory does not grow over 1,000 deck create/free
/// cycles).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
