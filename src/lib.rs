//! indexcards: market-index performance cards and YTD comparisons from daily closes.
//!
//! The core (`calendar`, `raw`, `series`, `metrics`, `view`, `api`) is plain Rust with no
//! wasm-bindgen inside, tested natively with `cargo test`. `bindings` is the one thin layer
//! that exports it to JavaScript. Data flows one way: input (`Raw`) → validated `Series` →
//! `metrics::Card` → `view::View` → DOM (in `www/app.js`).
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
