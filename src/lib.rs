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
pub mod calendar;
pub mod chart;
pub mod compare;
pub mod csv;
pub mod decimal;
pub mod deck;
pub mod error;
pub mod float_parse;
pub mod metrics;
pub mod options;
pub mod order;
pub mod raw;
pub mod series;
pub mod track;
pub mod view;

mod bindings;

pub use error::Error;
