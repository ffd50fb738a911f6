//! The documented limits: sizes (larger input is refused up front, before any of it is read) and the range of dates.

/// The most series one call or deck takes.
pub const MAX_SERIES: usize = 10_000;
/// The most closes, over all series, one call or deck takes (about 80 MB of wasm memory).
pub const MAX_CLOSES: usize = 10_000_000;
/// The largest CSV text `input::csv::parse` reads: 64 MiB, over a million rows of a Yahoo download.
pub const MAX_CSV_BYTES: usize = 64 * 1024 * 1024;
/// The most values one chart's crosshair holds, series × pixel columns (about 32 MB): 2,700
/// series at the default 720 pixels, 250 at the widest 8,192. A chart is bounded by pixels,
/// never by the series' history.
pub const MAX_CHART_VALUES: usize = 2_000_000;

/// The largest ratio between two closes of one series. Every figure is a ratio of two closes
/// (a return is `close / base − 1`, a chart value the same, a spread a difference of two returns
/// in points), so bounding the ratio keeps every output finite: 1e300 leaves room for × 100 and
/// for differences, where 1e-300 and 1e300 in one series would make a return `Infinity`.
pub const MAX_RATIO: f64 = 1e300;

/// The years a `YYYY-MM-DD` date can name.
pub const MIN_YEAR: i32 = 1;
pub const MAX_YEAR: i32 = 9999;
/// Day numbers (days since 1970-01-01) of 0001-01-01 and 9999-12-31.
pub const MIN_DAY: i32 = -719_162;
pub const MAX_DAY: i32 = 2_932_896;
