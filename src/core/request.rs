//! Typed requests: what a caller asks of a `Deck`, already checked (parsed from JS values once, in `input::request`).

use crate::core::calendar::Day;
use crate::core::period::{Period, Start};

/// The date cards are asked for: `None` for each series' last close.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AsOf(pub Option<Day>);

impl AsOf {
    /// Each series' last close.
    pub const LATEST: AsOf = AsOf(None);

    /// The last close on or before `day`.
    pub fn on(day: Day) -> AsOf {
        AsOf(Some(day))
    }

    pub fn day(self) -> Option<Day> {
        self.0
    }
}

/// A rebased comparison: where it starts, where it ends (default: the latest date of any
/// series), the series spreads are measured against (default: the first) and the small-cap
/// and large-cap series (default: found by id or name, e.g. `^RUT` and `^GSPC`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareRequest {
    pub start: Start,
    pub to: Option<Day>,
    pub reference: Option<String>,
    pub small_cap: Option<String>,
    pub large_cap: Option<String>,
}

impl Default for CompareRequest {
    /// Year to date, up to the latest date.
    fn default() -> CompareRequest {
        CompareRequest {
            start: Start::Period(Period::Ytd),
            to: None,
            reference: None,
            small_cap: None,
            large_cap: None,
        }
    }
}

/// Width and height of a drawing in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Size {
    pub width: f64,
    pub height: f64,
}

impl Size {
    /// The smallest and largest width or height a drawing may have: big enough to draw in,
    /// small enough that paths stay small.
    pub const MIN: f64 = 16.0;
    pub const MAX: f64 = 8192.0;
    /// The comparison chart's size when none is given.
    pub const CHART: Size = Size { width: 720.0, height: 360.0 };
    /// A card sparkline's size when none is given.
    pub const SPARK: Size = Size { width: 120.0, height: 32.0 };
}

/// The cards' sparklines alone: the comparison they are drawn for and their size.
#[derive(Debug, Clone, PartialEq)]
pub struct SparkRequest {
    pub compare: CompareRequest,
    pub size: Size,
    /// Only these series' sparklines, in this order (default: every series, in input order).
    pub ids: Option<Vec<String>>,
}

/// A comparison drawn: the comparison, the chart's size and the sparklines' size.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartRequest {
    pub compare: CompareRequest,
    pub width: f64,
    pub height: f64,
    pub spark: Size,
    /// Whether the chart carries its crosshair samples (`crosshair: false` leaves them out, for a
    /// chart redrawn at every step of a slider, where they would be written and never read).
    pub crosshair: bool,
}

impl Default for ChartRequest {
    fn default() -> ChartRequest {
        ChartRequest {
            compare: CompareRequest::default(),
            width: Size::CHART.width,
            height: Size::CHART.height,
            spark: Size::SPARK,
            crosshair: true,
        }
    }
}

impl ChartRequest {
    /// The chart's size.
    pub fn size(&self) -> Size {
        Size { width: self.width, height: self.height }
    }
}
