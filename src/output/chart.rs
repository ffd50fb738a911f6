//! Chart geometry in pixels: scales, ticks, lines decimated per pixel column, end labels, the spread band, crosshair samples and sparklines.

use crate::core::calendar::{self, Day};
use crate::core::compare::{Comparison, Span};
use crate::core::request::Size;
use crate::core::series::Series;
use crate::core::track::{first_after, Track};
use crate::error::Error;
use crate::limits::MAX_CHART_VALUES;
use crate::output::date::IsoDate;
use serde::Serialize;
use tsify::Tsify;

/// The comparison chart: every figure in CSS pixels (x right, y down) or in the comparison's
/// units (fractions; percentage points for the spread). Nothing in it is text to show.
///
/// ```js
/// const chart = deck.chart({ period: "1Y", width: 720, height: 360 });
/// path.setAttribute("d", chart.lines[0].d);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Chart {
    pub width: f64,
    pub height: f64,
    /// Plot area: left, top, right, bottom.
    pub plot: [f64; 4],
    /// y of 0%.
    pub zero_y: f64,
    /// x of the comparison's common date (returns and ranks are computed there; lines that go
    /// on past it are of series with later data).
    pub date_x: f64,
    pub y_ticks: Vec<YTick>,
    pub x_ticks: Vec<XTick>,
    /// One per series, in input order; each stops at its own last date.
    pub lines: Vec<ChartLine>,
    /// The small-caps-minus-large-caps line in its own band under the plot, when there is one.
    pub spread: Option<SpreadBand>,
    pub crosshair: Crosshair,
    /// One sparkline per series, in input order (`null` when there is nothing to draw).
    pub sparks: Vec<Option<Spark>>,
}

/// A y-axis tick: a return as a fraction, to be shown as a percentage with `decimals` decimals.
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct YTick {
    pub pos: f64,
    pub value: f64,
    pub decimals: u32,
}

/// An x-axis tick: a date, and what it marks (a day, a month start, a year start), which says
/// how to word it.
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct XTick {
    pub pos: f64,
    pub date: IsoDate,
    pub unit: TickUnit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum TickUnit {
    Day,
    Month,
    Year,
}

/// One series' line.
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct ChartLine {
    pub id: String,
    /// SVG path data (`M…L…`), empty when the series has no values in range.
    pub d: String,
    /// The line's last point, where its end label points (`null` without a line).
    pub end_x: Option<f64>,
    pub end_y: Option<f64>,
    /// The end label's y, moved apart from the other labels so none overlap.
    pub label_y: Option<f64>,
    /// The line's value at its end (its return up to its own last date), what the end label
    /// shows; the comparison's `return` is at the common date.
    #[serde(rename = "return")]
    pub ret: Option<f64>,
}

/// The spread band under the plot.
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct SpreadBand {
    pub d: String,
    /// Top and bottom.
    pub band: [f64; 2],
    pub zero_y: f64,
    /// The band's range, in percentage points.
    pub min: f64,
    pub max: f64,
}

/// What a crosshair shows, at most one sample per pixel column: its x, its date, each line's
/// value (`values[line][sample]`, `null` outside the line) and the spread in pp.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Crosshair {
    pub x: Vec<f64>,
    pub dates: Vec<IsoDate>,
    pub values: Vec<Vec<Option<f64>>>,
    pub spread: Vec<Option<f64>>,
}

/// A card's sparkline of the selected period.
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Spark {
    pub d: String,
    /// y of the base close (the period's starting level), for a reference line.
    pub base_y: f64,
}

/// Keeps, for each pixel column, the lowest and the highest point in their original order, so a
/// line of any length draws as at most two points per column and no extreme is lost.
/// `points` must be in increasing x order.
pub fn decimate(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::with_capacity(points.len().min(4096));
    let mut i = 0;
    while let Some(&(x, y)) = points.get(i) {
        let column = x.floor();
        let (mut lo, mut hi) = ((i, y), (i, y));
        let mut j = i + 1;
        while let Some(&(_, yj)) = points.get(j).filter(|p| p.0.floor() == column) {
            if yj < lo.1 {
                lo = (j, yj);
            }
            if yj > hi.1 {
                hi = (j, yj);
            }
            j += 1;
        }
        let (a, b) = if lo.0 <= hi.0 { (lo.0, hi.0) } else { (hi.0, lo.0) };
        out.extend(points.get(a).copied());
        if b != a {
            out.extend(points.get(b).copied());
        }
        i = j;
    }
    out
}

/// The points of a track's closes at indexes `a..=b`, mapped through `x` (by date) and `y` (by
/// close) and decimated to pixel columns as `decimate` does, comparing closes rather than their
/// ys (the same order, as y falls as the close rises; only two closes whose ys round to the
/// same float could be told apart, well under 1e-9 px). Each column's last day comes from
/// `columns` (`x`'s, shared by every line drawn on it), its index range and its lowest and
/// highest closes (and their order) from `Track::run_until`, which walks short columns and asks
/// the range index of long ones: O(columns × (log n + BLOCK)), whatever the length of the range.
fn series_points(
    track: &Track,
    (a, b): (usize, usize),
    x: XScale,
    columns: &Columns,
    y: impl Fn(f64) -> f64,
) -> Vec<(f64, f64)> {
    let series = track.series();
    let (days, closes) = (series.days(), series.closes());
    let b = b.min(days.len().saturating_sub(1));
    // At most two points a column (and one a close).
    let mut out = Vec::with_capacity((2 * x.most_columns()).min((b + 1).saturating_sub(a)));
    let point = |i: usize| days.get(i).zip(closes.get(i)).map(|(&d, &c)| (x.at(d), y(c)));
    let mut column = 0;
    let mut i = a;
    while i <= b {
        let Some(&day) = days.get(i) else { break };
        // The column's points are the days up to its last one (x grows with the day). The
        // lowest and highest close are the highest and lowest y (y falls as closes rise), the
        // earliest of equal closes kept, as `decimate` keeps the earliest of equal ys.
        let (j, extremes) = track.run_until(i, b, columns.last_of(day, &mut column, x));
        if let Some((lo, hi)) = extremes {
            let (p, q) = if lo <= hi { (lo, hi) } else { (hi, lo) };
            out.extend(point(p));
            if q != p {
                out.extend(point(q));
            }
        }
        if j <= i {
            break;
        }
        i = j;
    }
    out
}

/// A point's text written backwards into a stack buffer, then appended to a path in one copy:
/// one small copy a point rather than one a number part (small copies, and per-number string
/// pushes before them, were most of a long chart's path time).
struct Backwards {
    buf: [u8; 32],
    start: usize,
}

impl Backwards {
    fn new() -> Backwards {
        Backwards { buf: [0; 32], start: 32 }
    }

    #[inline(always)]
    fn put(&mut self, byte: u8) {
        if let Some(slot) = self.start.checked_sub(1).and_then(|k| self.buf.get_mut(k)) {
            *slot = byte;
            self.start -= 1;
        }
    }

    /// Puts one coordinate rounded to 0.1 px, without a trailing `.0` (and never `-0`): the text
    /// `format!("{}", (v * 10).round() / 10)` gives, from the integer of tenths (u32 arithmetic,
    /// as u64 division is several times slower in wasm). False, with nothing put, when the
    /// tenths do not fit a u32 (or are NaN): `push_num` prints those through `format!`.
    fn num(&mut self, v: f64) -> bool {
        let tenths = v * 10.0;
        let magnitude = tenths.abs();
        if magnitude.is_nan() || magnitude >= f64::from(u32::MAX) {
            return false;
        }
        // Rounded half away from zero, as `f64::round` (a library call in wasm, where no
        // instruction rounds so): below 2^32 the fraction `magnitude − floor` is exact.
        let floor = magnitude.floor();
        let t = floor as u32 + u32::from(magnitude - floor >= 0.5);
        let (mut n, tenth) = div10(t);
        if tenth != 0 {
            self.put(b'0' + tenth);
            self.put(b'.');
        }
        loop {
            let (rest, digit) = div10(n);
            self.put(b'0' + digit);
            n = rest;
            if n == 0 {
                break;
            }
        }
        if tenths < 0.0 && t > 0 {
            self.put(b'-');
        }
        true
    }

    fn bytes(&self) -> &[u8] {
        self.buf.get(self.start..).unwrap_or_default()
    }
}

/// `n / 10` and `n % 10` by a multiplication (exact for every u32: 0xCCCC_CCCD = ⌈2^35 / 10⌉):
/// the size-optimized build (`opt-level = "z"`) keeps a real division otherwise, a third of a
/// long chart's time.
fn div10(n: u32) -> (u32, u8) {
    let q = ((u64::from(n) * 0xCCCC_CCCD) >> 35) as u32;
    (q, (n - 10 * q) as u8)
}

/// Appends one coordinate rounded to 0.1 px (see `Backwards::num`), through `format!` when it
/// is too large for the integer path.
fn push_num(out: &mut Vec<u8>, v: f64) {
    let mut text = Backwards::new();
    if text.num(v) {
        out.extend_from_slice(text.bytes());
    } else {
        let r = (v * 10.0).round() / 10.0;
        out.extend_from_slice(format!("{}", if r == 0.0 { 0.0 } else { r }).as_bytes());
    }
}

/// SVG path data for runs of points: `M x,y L x,y …`, a new `M` at the start of each run.
fn path(runs: &[Vec<(f64, f64)>]) -> String {
    // At most 2 × 21 bytes a point; about 12 for a chart's coordinates.
    let mut d: Vec<u8> = Vec::with_capacity(runs.iter().map(|r| r.len() * 14).sum());
    for run in runs {
        for (k, &(x, y)) in run.iter().enumerate() {
            let command = if k == 0 { b'M' } else { b'L' };
            // The whole point backwards (y, comma, x, command) when both fit, else number by number.
            let mut text = Backwards::new();
            if text.num(y) && {
                text.put(b',');
                text.num(x)
            } {
                text.put(command);
                d.extend_from_slice(text.bytes());
            } else {
                d.push(command);
                push_num(&mut d, x);
                d.push(b',');
                push_num(&mut d, y);
            }
        }
    }
    // Only ASCII was written, so this never fails (and its check is one fast pass).
    String::from_utf8(d).unwrap_or_default()
}

/// A "nice" tick step (1, 2, 2.5 or 5 × 10^k) giving about `count` intervals over `span`.
fn nice_step(span: f64, count: f64) -> f64 {
    let raw = (span / count).max(f64::MIN_POSITIVE);
    let magnitude = 10f64.powi(raw.log10().floor() as i32);
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|&s| s >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * magnitude)
}

/// `v` rounded to `decimals` places (binary noise such as 0.30000000000000004 removed).
fn round_to(v: f64, decimals: u32) -> f64 {
    let scale = 10f64.powi(decimals as i32);
    let r = (v * scale).round() / scale;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

/// x positions for dates: linear in calendar days from `first` to `last` across `x0..x1`.
#[derive(Clone, Copy)]
struct XScale {
    first: Day,
    last: Day,
    x0: f64,
    x1: f64,
}

fn x_scale(first: Day, last: Day, x0: f64, x1: f64) -> XScale {
    XScale { first, last, x0, x1 }
}

impl XScale {
    /// At most how many pixel columns the scale's days fall in (bounded, for a reserve).
    fn most_columns(self) -> usize {
        (self.x1 - self.x0).abs().min(f64::from(u16::MAX)) as usize + 2
    }

    /// The x of `d`.
    fn at(self, d: Day) -> f64 {
        let XScale { first, last, x0, x1 } = self;
        if last > first {
            x0 + f64::from(d - first) / f64::from(last - first) * (x1 - x0)
        } else {
            (x0 + x1) / 2.0
        }
    }

    /// The last day, from `d` to `last`, in `d`'s pixel column (`floor(x)`): the inverse of the
    /// scale, then checked through `at` itself, so the answer is exactly what comparing each
    /// day's column would give (x never falls as the day grows).
    fn last_in_column(self, d: Day) -> Day {
        let XScale { first, last, x0, x1 } = self;
        if last <= first || d >= last {
            return Day::MAX;
        }
        let column = self.at(d).floor();
        let span = f64::from(last - first);
        let guess = f64::from(first) + ((column + 1.0 - x0) / (x1 - x0) * span).floor();
        let mut end = if guess.is_finite() { guess.clamp(f64::from(d), f64::from(last)) as Day } else { d };
        while end < last && self.at(end + 1).floor() <= column {
            end += 1;
        }
        while end > d && self.at(end).floor() > column {
            end -= 1;
        }
        if end >= last {
            Day::MAX
        } else {
            end
        }
    }
}

/// The last day of each pixel column of an x scale that holds one of its days, in order (the
/// last column's as `Day::MAX`, as `XScale::last_in_column` gives it): the inverse of the scale
/// computed once a column for a chart, rather than once a column for each line drawn on it.
/// O(columns) to build, at most one entry a pixel column.
struct Columns {
    from: Day,
    ends: Vec<Day>,
}

impl Columns {
    fn of(x: XScale) -> Columns {
        // Reserved to the scale's bound: the ends are found without reallocating.
        let mut ends = Vec::with_capacity(x.most_columns());
        let mut d = x.first;
        loop {
            let end = x.last_in_column(d);
            ends.push(end);
            if end == Day::MAX {
                break;
            }
            d = end + 1;
        }
        Columns { from: x.first, ends }
    }

    /// `x.last_in_column(day)` for days asked in increasing order, `column` being where the
    /// previous answer was found (start at 0): O(1) amortized a day.
    fn last_of(&self, day: Day, column: &mut usize, x: XScale) -> Day {
        if day < self.from {
            return x.last_in_column(day);
        }
        while self.ends.get(*column).is_some_and(|&end| end < day) {
            *column += 1;
        }
        self.ends.get(*column).copied().unwrap_or(Day::MAX)
    }
}

/// Date ticks: days, Mondays, month starts or year starts, whichever gives at most ~7.
fn date_ticks(first: Day, last: Day, x: &dyn Fn(Day) -> f64) -> Vec<XTick> {
    let span = last - first;
    let mut ticks = Vec::new();
    let mut tick = |d: Day, unit: TickUnit| ticks.push(XTick { pos: x(d), date: IsoDate(d), unit });
    if span <= 10 {
        for d in first..=last {
            if calendar::weekday(d) < 5 {
                tick(d, TickUnit::Day);
            }
        }
    } else if span <= 70 {
        let step = if span <= 35 { 7 } else { 14 };
        let mut d = calendar::week_start(first) + 7;
        while d <= last {
            tick(d, TickUnit::Day);
            d += step;
        }
    } else if span <= 3 * 366 {
        let months = f64::from(span) / 30.4;
        let step = [1u32, 2, 3, 6, 12].into_iter().find(|s| months / f64::from(*s) <= 7.0).unwrap_or(12);
        let (mut y, mut m, _) = calendar::to_ymd(first);
        loop {
            m += 1;
            if m > 12 {
                m = 1;
                y += 1;
            }
            let d = calendar::from_ymd(y, m, 1);
            if d > last {
                break;
            }
            if (m - 1) % step == 0 {
                tick(d, TickUnit::Month);
            }
        }
    } else {
        let (y0, _, _) = calendar::to_ymd(first);
        let (y1, _, _) = calendar::to_ymd(last);
        let years = f64::from(y1 - y0 + 1);
        let step =
            [1, 2, 5, 10, 20, 25, 50, 100].into_iter().find(|s| years / f64::from(*s) <= 7.0).unwrap_or(100);
        for y in (y0 + 1)..=y1 {
            if y % step == 0 {
                tick(calendar::from_ymd(y, 1, 1), TickUnit::Year);
            }
        }
    }
    ticks
}

/// Moves labels apart so that centers are at least `gap` apart, inside `top..bottom`.
fn spread_labels(mut ys: Vec<(usize, f64)>, gap: f64, top: f64, bottom: f64) -> Vec<(usize, f64)> {
    // By y, then by line: the order a stable sort gives, with std's smaller unstable sort.
    ys.sort_unstable_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    let mut prev = f64::NEG_INFINITY;
    for item in &mut ys {
        item.1 = item.1.max(prev + gap).max(top);
        prev = item.1;
    }
    // If pushed past the bottom, push back up from the end.
    let mut next = f64::INFINITY;
    for item in ys.iter_mut().rev() {
        item.1 = item.1.min(next - gap).min(bottom);
        next = item.1;
    }
    ys
}

/// Where one line runs: its series, base close and end index.
struct Run<'a> {
    track: &'a Track,
    base: usize,
    base_close: f64,
    end: usize,
}

impl Run<'_> {
    fn series(&self) -> &Series {
        self.track.series()
    }
    /// The line's value on `day`: the last close on or before it, from the base to the end
    /// (never carried past the series' last date), given `k`, the first index from `lo` on
    /// whose day is after `day` (`first_after`); returns the index of the close too (`lo`
    /// without one).
    fn value_at(&self, day: Day, lo: usize, k: usize) -> (Option<f64>, usize) {
        let days = self.series().days();
        let Some(i) = k.checked_sub(1).filter(|&i| i >= lo) else {
            return (None, lo);
        };
        if days.get(self.end).is_some_and(|&last| day > last) {
            return (None, i);
        }
        (self.series().closes().get(i).map(|c| c / self.base_close - 1.0), i)
    }
}

/// The comparison chart at `size` and a sparkline per series at `spark`. `spans` are where
/// each line runs (from `compare::compare_spans`, in the order of `tracks`). Memory and time
/// are bounded by series × pixel columns (refused past `MAX_CHART_VALUES`), never by history:
/// a line is O(columns × (log n + BLOCK)) (see `series_points`). The crosshair's samples, over
/// every line, are computed only with `samples` (else `crosshair` is empty); the spread band is
/// sampled over its own two lines either way.
pub fn chart(
    tracks: &[Track],
    c: &Comparison,
    spans: &[Span],
    size: Size,
    spark: Size,
    samples: bool,
) -> Result<Chart, Error> {
    let Size { width, height } = size;
    let has_spread = c.small_vs_large.is_some();
    let (left, top) = (48.0, 12.0);
    let right = (width - 64.0).max(left + 8.0);
    let bottom_axis = 22.0;
    let band_height = if has_spread { (height * 0.22).clamp(36.0, 120.0) } else { 0.0 };
    let bottom = (height - bottom_axis - band_height - if has_spread { 16.0 } else { 0.0 }).max(top + 8.0);
    let columns = (right - left).floor() as usize + 1;
    if tracks.len().saturating_mul(columns) > MAX_CHART_VALUES {
        return Err(Error::ChartTooLarge { series: tracks.len(), columns });
    }

    let runs: Vec<Option<Run>> = tracks
        .iter()
        .zip(spans)
        .map(|(track, span)| {
            let (base, end) = (span.base?, span.end?);
            let base_close = track.series().closes().get(base).copied()?;
            (base <= end).then_some(Run { track, base, base_close, end })
        })
        .collect();
    let day = |r: &Run, i: usize| r.series().days().get(i).copied();
    let first = runs.iter().flatten().filter_map(|r| day(r, r.base)).min().unwrap_or(c.date.0);
    let last = runs.iter().flatten().filter_map(|r| day(r, r.end)).max().unwrap_or(c.to.0).max(first);
    let scale = x_scale(first, last, left, right);
    let x = move |d: Day| scale.at(d);
    let column_ends = Columns::of(scale);

    // The y range from each line's lowest and highest close in range: O(log n) a line.
    let (mut lo, mut hi) = (0.0_f64, 0.0_f64);
    for r in runs.iter().flatten() {
        let (l, h) = r.track.min_max(r.base, r.end);
        lo = lo.min(l / r.base_close - 1.0);
        hi = hi.max(h / r.base_close - 1.0);
    }
    if hi - lo < 1e-9 {
        hi += 0.01;
        lo -= 0.01;
    }
    let step = nice_step(hi - lo, 4.0);
    let (lo, hi) = ((lo / step).floor() * step, (hi / step).ceil() * step);
    let y = |v: f64| bottom - (v - lo) / (hi - lo) * (bottom - top);
    let decimals = (-(step * 100.0).log10().floor()).clamp(0.0, 4.0) as u32;
    let mut y_ticks = Vec::new();
    let mut k = (lo / step).round() as i64;
    while (k as f64) * step <= hi + step * 1e-9 {
        let v = k as f64 * step;
        y_ticks.push(YTick { pos: y(v), value: round_to(v, decimals + 2), decimals });
        k += 1;
    }

    let mut lines: Vec<ChartLine> = Vec::with_capacity(tracks.len());
    let mut ends: Vec<(usize, f64)> = Vec::with_capacity(tracks.len());
    for (track, run) in tracks.iter().zip(&runs) {
        let id = track.series().id().to_string();
        let Some(r) = run else {
            lines.push(ChartLine {
                id,
                d: String::new(),
                end_x: None,
                end_y: None,
                label_y: None,
                ret: None,
            });
            continue;
        };
        let points = series_points(r.track, (r.base, r.end), scale, &column_ends, |close| {
            y(close / r.base_close - 1.0)
        });
        let ret = r.series().closes().get(r.end).map(|c| c / r.base_close - 1.0);
        let end = day(r, r.end).zip(ret).map(|(d, v)| (x(d), y(v)));
        if let Some((_, end_y)) = end {
            ends.push((lines.len(), end_y));
        }
        lines.push(ChartLine {
            id,
            d: path(&[points]),
            end_x: end.map(|p| p.0),
            end_y: end.map(|p| p.1),
            label_y: None,
            ret,
        });
    }
    for (i, ly) in spread_labels(ends, 14.0, top + 6.0, bottom) {
        if let Some(l) = lines.get_mut(i) {
            l.label_y = Some(ly);
        }
    }

    let pair = c.small_vs_large.as_ref().and_then(|s| {
        let index = |id: &str| c.series.iter().position(|l| l.id == id);
        Some((index(&s.small)?, index(&s.large)?))
    });
    // The spread band is sampled over its own two lines; the crosshair over every line, and only
    // when it is asked for (O(columns × lines × log n): most of a 200-line chart's time).
    let all: Vec<Option<&Run>> = runs.iter().map(Option::as_ref).collect();
    let band: Vec<Option<&Run>> = match pair {
        Some((s, l)) => all.iter().enumerate().map(|(i, r)| r.filter(|_| i == s || i == l)).collect(),
        None => Vec::new(),
    };
    let band = crosshair(&band, last, &column_ends, &x, pair);
    let crosshair =
        if samples { crosshair(&all, last, &column_ends, &x, pair) } else { Crosshair::default() };

    let spread = pair.map(|_| {
        let (b0, b1) = (bottom + bottom_axis + 16.0, height - 4.0);
        let (slo, shi) =
            band.spread.iter().flatten().fold((0.0_f64, 0.0_f64), |(a, b), &v| (a.min(v), b.max(v)));
        let (slo, shi) = if shi - slo < 1e-9 { (slo - 1.0, shi + 1.0) } else { (slo, shi) };
        let sy = |v: f64| b1 - (v - slo) / (shi - slo) * (b1 - b0);
        let mut runs: Vec<Vec<(f64, f64)>> = vec![Vec::new()];
        for (&px, v) in band.x.iter().zip(&band.spread) {
            match (v, runs.last_mut()) {
                (Some(v), Some(run)) => run.push((px, sy(*v))),
                (None, Some(run)) if !run.is_empty() => runs.push(Vec::new()),
                _ => {}
            }
        }
        runs.retain(|r| !r.is_empty());
        SpreadBand { d: path(&runs), band: [b0, b1], zero_y: sy(0.0), min: slo, max: shi }
    });

    let sparks =
        tracks.iter().zip(spans).map(|(t, span)| sparkline(t, span.base?, span.end?, spark)).collect();

    Ok(Chart {
        width,
        height,
        plot: [left, top, right, bottom],
        zero_y: y(0.0),
        date_x: x(c.date.0),
        y_ticks,
        x_ticks: date_ticks(first, last, &x),
        lines,
        spread,
        crosshair,
        sparks,
    })
}

/// The crosshair samples: for each pixel column of the plot, the latest date in it that any
/// line has, with every line's value then. The columns are those of `columns` (the chart's x
/// scale; the plot's left edge is a whole pixel, so they are the same counted from it).
/// O(columns × lines × log n).
fn crosshair(
    runs: &[Option<&Run>],
    last: Day,
    columns: &Columns,
    x: &dyn Fn(Day) -> f64,
    pair: Option<(usize, usize)>,
) -> Crosshair {
    let mut out = Crosshair { values: vec![Vec::new(); runs.len()], ..Crosshair::default() };
    // Per line: the index the last search ended at (samples come in date order).
    let mut cursors: Vec<usize> = runs.iter().map(|r| r.as_ref().map_or(0, |r| r.base)).collect();
    let mut ends: Vec<(usize, usize)> = vec![(0, 0); runs.len()];
    let mut previous: Option<Day> = None;
    // Only a column that holds a day can hold a sample (one without ends where the one before
    // it did, whose sample is taken already), so only those are visited, in order.
    for &column_end in &columns.ends {
        // The last day whose x falls in this column or before.
        let end = column_end.min(last);
        // The latest date any line has on or before `end`, after the previous sample; where
        // each line's search ended (its last close on or before `end` is its last on or before
        // the sample too, which is between them).
        let mut sample: Option<Day> = None;
        for ((r, &cursor), found) in runs.iter().zip(&cursors).zip(ends.iter_mut()) {
            let Some(r) = r else { continue };
            let days = r.series().days();
            let lo = cursor.max(r.base);
            let k = first_after(days, lo, r.end + 1, end);
            *found = (lo, k);
            if let Some(&d) = k.checked_sub(1).filter(|&i| i >= lo).and_then(|i| days.get(i)) {
                if previous.map_or(true, |p| d > p) {
                    sample = Some(sample.map_or(d, |s: Day| s.max(d)));
                }
            }
        }
        let Some(sample) = sample else { continue };
        previous = Some(sample);
        out.x.push(x(sample));
        out.dates.push(IsoDate(sample));
        let each = runs.iter().zip(cursors.iter_mut()).zip(&ends).zip(out.values.iter_mut());
        for (((r, cursor), &(lo, k)), values) in each {
            let value = match r {
                Some(r) => {
                    let (v, i) = r.value_at(sample, lo, k);
                    *cursor = i;
                    v
                }
                None => None,
            };
            values.push(value);
        }
        let spread = pair.and_then(|(s, l)| {
            let at = |i: usize| out.values.get(i).and_then(|v| v.last().copied().flatten());
            Some((at(s)? - at(l)?) * 100.0)
        });
        out.spread.push(spread);
    }
    out
}

/// A sparkline of `track` from the base close at index `base` to `end`, scaled to the box;
/// `None` when there is nothing to draw (no base, or the base is the end). O(width × log n).
pub fn sparkline(track: &Track, base: usize, end: usize, size: Size) -> Option<Spark> {
    if base >= end {
        return None;
    }
    let series = track.series();
    let (first, last) = (*series.days().get(base)?, *series.days().get(end)?);
    let base_close = *series.closes().get(base)?;
    let pad = 2.0;
    let x = x_scale(first, last, pad, size.width - pad);
    let (lo, hi) = track.min_max(base, end);
    let span = if hi > lo { hi - lo } else { 1.0 };
    let y = |c: f64| size.height - pad - (c - lo) / span * (size.height - 2.0 * pad);
    let points = series_points(track, (base, end), x, &Columns::of(x), y);
    Some(Spark { d: path(&[points]), base_y: y(base_close) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimation_keeps_every_extreme_and_two_points_per_column() {
        // 30,000 points over 300 columns: a sine with one spike down and one up.
        let n = 30_000;
        let pts: Vec<(f64, f64)> = (0..n)
            .map(|i| {
                let x = i as f64 / 100.0;
                let mut y = (i as f64 / 700.0).sin() * 50.0;
                if i == 12_345 {
                    y = -500.0;
                }
                if i == 23_456 {
                    y = 900.0;
                }
                (x, y)
            })
            .collect();
        let out = decimate(&pts);
        assert!(out.len() <= 2 * 300, "{}", out.len());
        assert!(out.contains(&(123.45, -500.0)));
        assert!(out.contains(&(234.56, 900.0)));
        // Each column keeps its own minimum and maximum.
        for col in 0..300 {
            let inside: Vec<f64> = pts.iter().filter(|p| p.0.floor() as usize == col).map(|p| p.1).collect();
            let kept: Vec<f64> = out.iter().filter(|p| p.0.floor() as usize == col).map(|p| p.1).collect();
            let max = inside.iter().copied().fold(f64::MIN, f64::max);
            let min = inside.iter().copied().fold(f64::MAX, f64::min);
            assert!(kept.contains(&max) && kept.contains(&min), "column {col}");
        }
        // Order is preserved.
        assert!(out.windows(2).all(|w| w[0].0 <= w[1].0));
    }

    #[test]
    fn short_lines_are_kept_whole() {
        let pts = [(0.5, 1.0), (10.0, 2.0), (20.0, 0.0)];
        assert_eq!(decimate(&pts), pts);
        assert_eq!(path(&[pts.to_vec()]), "M0.5,1L10,2L20,0");
        assert_eq!(path(&[vec![(0.0, 1.0)], vec![(5.0, 2.25)]]), "M0,1M5,2.3");
        assert_eq!(path(&[vec![(-0.01, 1e-9)]]), "M0,0");
        // A coordinate too large for the integer path is printed as float display prints it.
        assert_eq!(
            path(&[vec![(1.0, 2.5), (1e12, -7.25), (0.05, f64::NAN)]]),
            "M1,2.5L1000000000000,-7.3L0.1,NaN"
        );
    }

    #[test]
    fn coordinates_print_as_float_display_does() {
        let mut x = 0x2545_F491_4F6C_DD1Du64;
        for k in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = match k % 5 {
                0 => (x % 4_000_000) as f64 / 1000.0 - 2000.0,
                1 => (x % 100_000) as f64 / 10.0 - 5000.0,
                2 => f64::from_bits(x) % 1e6,
                // Around the u32 limit of tenths, past which `format!` prints them.
                3 => (x % 1_000_000_000) as f64 / 1.7 - 3e8,
                _ => (x % 2000) as f64 / 100.0 - 10.0,
            };
            if !v.is_finite() {
                continue;
            }
            let r = (v * 10.0).round() / 10.0;
            let want = format!("{}", if r == 0.0 { 0.0 } else { r });
            let mut got = Vec::new();
            push_num(&mut got, v);
            assert_eq!(String::from_utf8(got).unwrap(), want, "{v}");
        }
    }

    #[test]
    fn division_by_ten_by_a_multiplication_is_exact() {
        for n in (0..=u32::MAX).step_by(9_973).chain([9, 10, 11, 99, 100, u32::MAX - 1, u32::MAX]) {
            assert_eq!(div10(n), (n / 10, (n % 10) as u8), "{n}");
        }
    }

    #[test]
    fn decimation_through_the_range_index_equals_decimate() {
        // 40,000 closes over 300 columns (about 133 a column: whole blocks of the range index
        // answer), and short windows (partial blocks, scanned), with ties: rounded closes.
        let mut x = 7u64;
        let (mut days, mut closes) = (Vec::new(), Vec::new());
        let mut c = 1000.0_f64;
        for i in 0..40_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            c *= 1.0 + ((x % 2001) as f64 - 1000.0) / 40_000.0;
            days.push(i as Day);
            closes.push(c.round().max(1.0));
        }
        let track = Track::new(Series::new("S", "S", days.clone(), closes.clone()).unwrap());
        for (a, b, w) in [(0, 39_999, 300.0), (123, 39_000, 299.5), (5000, 5300, 800.0), (0, 1, 10.0)] {
            let x = x_scale(days[a], days[b], 3.0, 3.0 + w);
            let y = |c: f64| 400.0 - c / 10.0;
            let want = decimate(&(a..=b).map(|i| (x.at(days[i]), y(closes[i]))).collect::<Vec<_>>());
            assert_eq!(series_points(&track, (a, b), x, &Columns::of(x), y), want, "{a}..={b} over {w} px");
        }
    }

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(0.30, 4.0), 0.1);
        assert_eq!(nice_step(0.08, 4.0), 0.02);
        assert_eq!(nice_step(9.0, 4.0), 2.5);
        assert_eq!(nice_step(1.0, 4.0), 0.25);
        assert_eq!(nice_step(4000.0, 4.0), 1000.0);
        assert_eq!(round_to(3.0 * 0.1, 2), 0.3);
    }

    #[test]
    fn labels_never_overlap() {
        let out = spread_labels(vec![(0, 50.0), (1, 52.0), (2, 51.0), (3, 200.0)], 14.0, 0.0, 300.0);
        let mut ys: Vec<f64> = out.iter().map(|p| p.1).collect();
        ys.sort_by(f64::total_cmp);
        assert!(ys.windows(2).all(|w| w[1] - w[0] >= 14.0 - 1e-9), "{ys:?}");
        // Lines ending at the same y keep their order: the first stays, the next moves down.
        assert_eq!(spread_labels(vec![(1, 50.0), (0, 50.0)], 14.0, 0.0, 300.0), vec![(0, 50.0), (1, 64.0)]);
        let crowded_bottom = spread_labels(vec![(0, 299.0), (1, 300.0)], 14.0, 0.0, 300.0);
        assert!(crowded_bottom.iter().all(|p| p.1 <= 300.0));
    }

    #[test]
    fn sparkline_spans_the_box() {
        let s = Series::new("S", "S", vec![0, 1, 2, 3], vec![10.0, 12.0, 8.0, 11.0]).unwrap();
        let s = Track::new(s);
        let spark = sparkline(&s, 0, 3, Size { width: 102.0, height: 24.0 }).unwrap();
        assert_eq!(spark.d, "M2,12L34.7,2L67.3,22L100,7");
        assert_eq!(spark.base_y, 12.0);
        assert!(sparkline(&s, 3, 1, Size { width: 10.0, height: 10.0 }).is_none());
        assert!(sparkline(&s, 2, 2, Size { width: 10.0, height: 10.0 }).is_none());
    }
}
