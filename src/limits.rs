//! The documented size limits: larger input is refused up front, before any of it is read.

/// The most series one call or deck takes.
pub const MAX_SERIES: usize = 10_000;
/// The most closes, over all series, one call or deck takes (about 80 MB of wasm memory).
pub const MAX_CLOSES: usize = 10_000_000;
/// The largest CSV text `input::csv::parse` reads: 64 MiB, over a million rows of a Yahoo download.
pub const MAX_CSV_BYTES: usize = 64 * 1024 * 1024;
