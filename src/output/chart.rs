//! Chart geometry in pixels: scales, ticks, end labels and SVG path data decimated to at most two points per pixel column.

use crate::core::calendar::{self, Day};
use crate::core::compare::Comparison;
use crate::output::view::{date_label, format_pct_with};

/// Width and height of the drawing in CSS pixels, and the margins around the plot area.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Size {
    pub width: f64,
    pub height: f64,
}

/// Allowed drawing sizes: big enough to draw in, small enough that paths stay small.
pub const MIN_SIZE: f64 = 16.0;
pub const MAX_SIZE: f64 = 8192.0;

/// An axis tick: where it is (pixels along its axis) and its label.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub pos: f64,
    /// In en-US (`+10%`, `Nov 18`, `Jan 2024`, `2024`).
    pub label: String,
    /// For a localized label: the fraction of a y tick…
    pub value: Option<f64>,
    /// …or the date of an x tick,
    pub date: Option<String>,
    /// and what it marks: `pct`, `day`, `month` (January also names the year) or `year`.
    pub unit: &'static str,
    /// Decimals of a y tick's percentage.
    pub decimals: usize,
}

impl Tick {
    fn at_date(pos: f64, day: Day, label: String, unit: &'static str) -> Tick {
        Tick { pos, label, value: None, date: Some(calendar::format(day)), unit, decimals: 0 }
    }
}

/// One series' line.
#[derive(Debug, Clone, PartialEq)]
pub struct LinePath {
    pub id: String,
    pub name: String,
    /// SVG path data (`M…L…`), empty when the series has no values in range.
    pub d: String,
    /// Last point of the line, where the end label points.
    pub end_x: Option<f64>,
    pub end_y: Option<f64>,
    /// Label position, moved apart from the other labels so none overlap.
    pub label_y: Option<f64>,
    /// The period return as shown at the end of the line (`+18.7%`).
    pub label: String,
}

/// The comparison chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartGeometry {
    pub width: f64,
    pub height: f64,
    /// Plot area: left, top, right, bottom.
    pub plot: [f64; 4],
    /// y of 0%.
    pub zero_y: f64,
    pub y_ticks: Vec<Tick>,
    pub x_ticks: Vec<Tick>,
    pub lines: Vec<LinePath>,
    /// x of each date of the comparison, for a crosshair to find the nearest date.
    pub xs: Vec<f64>,
    /// The small-caps-minus-large-caps line in its own band under the plot, when present.
    pub spread: Option<SpreadPath>,
}

/// The spread band: its own zero line and path.
#[derive(Debug, Clone, PartialEq)]
pub struct SpreadPath {
    pub d: String,
    /// Band: top and bottom.
    pub band: [f64; 2],
    pub zero_y: f64,
    pub min_label: String,
    pub max_label: String,
    /// The band's range in percentage points (rounded to one decimal).
    pub min: f64,
    pub max: f64,
}

/// A card's sparkline.
#[derive(Debug, Clone, PartialEq)]
pub struct Spark {
    pub d: String,
    /// y of the base close (the period's starting level), for a reference line.
    pub base_y: f64,
}

/// Keeps, for each pixel column, the lowest and the highest point in their original order, so a
/// line of any length draws as at most two points per column and no extreme is lost.
/// `points` must be in increasing x order; `None` ends a run (a gap in the line).
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

/// Appends one rounded coordinate (1 decimal place, no trailing `.0`).
fn push_num(out: &mut String, v: f64) {
    let r = (v * 10.0).round() / 10.0;
    let r = if r == 0.0 { 0.0 } else { r };
    if r.fract() == 0.0 {
        out.push_str(&format!("{}", r as i64));
    } else {
        out.push_str(&crate::output::decimal::fixed(r, 1));
    }
}

/// SVG path data for runs of points: `M x,y L x,y …`, a new `M` after each gap.
fn path(runs: &[Vec<(f64, f64)>]) -> String {
    let mut d = String::new();
    for run in runs {
        for (k, &(x, y)) in decimate(run).iter().enumerate() {
            d.push(if k == 0 { 'M' } else { 'L' });
            push_num(&mut d, x);
            d.push(',');
            push_num(&mut d, y);
        }
    }
    d
}

/// Points of `values` at `xs`, split into runs at the gaps (`None`), scaled by `y`.
fn runs(xs: &[f64], values: &[Option<f64>], y: impl Fn(f64) -> f64) -> Vec<Vec<(f64, f64)>> {
    let mut runs: Vec<Vec<(f64, f64)>> = vec![Vec::new()];
    for (&px, v) in xs.iter().zip(values) {
        match (v, runs.last_mut()) {
            (Some(v), Some(run)) => run.push((px, y(*v))),
            (None, Some(run)) if !run.is_empty() => runs.push(Vec::new()),
            _ => {}
        }
    }
    runs.retain(|r| !r.is_empty());
    runs
}

/// A "nice" tick step (1, 2, 2.5 or 5 × 10^k) giving about `count` intervals over `span`.
fn nice_step(span: f64, count: f64) -> f64 {
    let raw = (span / count).max(f64::MIN_POSITIVE);
    let magnitude = pow10(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|&s| s >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * magnitude)
}

/// `10f64.powf(k)` for a whole `k` as the wasm build computes it, without linking libm's `pow`
/// (2 KB): the correctly rounded power, which `parse` gives, but one ulp up or down at the
/// exponents where libm's `pow` (compiler_builtins, used by `powf` on wasm32) is one ulp off.
/// A test holds it to the `libm` crate, the same code.
fn pow10(k: f64) -> f64 {
    const ULP_UP: [i16; 39] = [
        -303, -283, -278, -275, -272, -252, -227, -207, -163, -148, -145, -106, -104, -98, -88, -76, -67,
        -39, -29, -24, -21, -20, -11, 29, 34, 39, 49, 58, 61, 126, 165, 166, 169, 187, 210, 215, 225, 247,
        273,
    ];
    const ULP_DOWN: [i16; 25] = [
        -249, -222, -181, -138, -128, -122, -111, -86, -63, -32, -17, -5, 42, 70, 136, 142, 191, 223, 232,
        244, 260, 279, 284, 294, 301,
    ];
    if !k.is_finite() || k.abs() > 400.0 {
        return if k > 0.0 {
            f64::INFINITY
        } else if k < 0.0 {
            0.0
        } else {
            f64::NAN
        };
    }
    let k = k as i16;
    let p = format!("1e{k}").parse::<f64>().unwrap_or(f64::NAN);
    if ULP_UP.contains(&k) {
        f64::from_bits(p.to_bits() + 1)
    } else if ULP_DOWN.contains(&k) {
        f64::from_bits(p.to_bits() - 1)
    } else {
        p
    }
}

/// x positions for dates: linear in calendar days from `first` to `last` across `x0..x1`.
fn x_scale(first: Day, last: Day, x0: f64, x1: f64) -> impl Fn(Day) -> f64 {
    move |d| {
        if last > first {
            x0 + f64::from(d - first) / f64::from(last - first) * (x1 - x0)
        } else {
            (x0 + x1) / 2.0
        }
    }
}

/// Date ticks: days, Mondays, month starts or year starts, whichever gives at most ~7.
fn date_ticks(first: Day, last: Day, x: &dyn Fn(Day) -> f64) -> Vec<Tick> {
    let span = last - first;
    let mut ticks = Vec::new();
    let short = |d: Day| {
        let label = date_label(d);
        label.split(',').next().unwrap_or(&label).to_string()
    };
    if span <= 10 {
        for d in first..=last {
            if calendar::weekday(d) < 5 {
                ticks.push(Tick::at_date(x(d), d, short(d), "day"));
            }
        }
    } else if span <= 70 {
        let step = if span <= 35 { 7 } else { 14 };
        let mut d = calendar::week_start(first) + 7;
        while d <= last {
            ticks.push(Tick::at_date(x(d), d, short(d), "day"));
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
                let label = if m == 1 {
                    format!("Jan {y}")
                } else {
                    short(d).split(' ').next().unwrap_or("").to_string()
                };
                ticks.push(Tick::at_date(x(d), d, label, "month"));
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
                let d = calendar::from_ymd(y, 1, 1);
                ticks.push(Tick::at_date(x(d), d, y.to_string(), "year"));
            }
        }
    }
    ticks
}

/// Moves labels apart so that centers are at least `gap` apart, inside `top..bottom`.
fn spread_labels(mut ys: Vec<(usize, f64)>, gap: f64, top: f64, bottom: f64) -> Vec<(usize, f64)> {
    crate::core::order::sort_by_key(&mut ys, |y| crate::core::order::f64_key(y.1));
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

/// The comparison chart for `size`: lines, y ticks in %, date ticks, end labels, and the
/// small-vs-large spread band when the comparison has one.
pub fn comparison_chart(c: &Comparison, size: Size) -> ChartGeometry {
    let Size { width, height } = size;
    let has_spread = c.small_vs_large.is_some();
    let (left, right, top) = (48.0, width - 64.0, 12.0);
    let bottom_axis = 22.0;
    let band_height = if has_spread { (height * 0.22).clamp(36.0, 120.0) } else { 0.0 };
    let bottom = (height - bottom_axis - band_height - if has_spread { 16.0 } else { 0.0 }).max(top + 8.0);
    let right = right.max(left + 8.0);

    let first = c.dates.first().copied().unwrap_or(c.to);
    let last = c.dates.last().copied().unwrap_or(c.to);
    let x = x_scale(first, last, left, right);
    let xs: Vec<f64> = c.dates.iter().map(|&d| x(d)).collect();

    let values = c.lines.iter().flat_map(|l| l.values.iter().flatten().copied());
    let (mut lo, mut hi) = values.fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if hi - lo < 1e-9 {
        hi += 0.01;
        lo -= 0.01;
    }
    let step = nice_step(hi - lo, 4.0);
    let (lo, hi) = ((lo / step).floor() * step, (hi / step).ceil() * step);
    let y = |v: f64| bottom - (v - lo) / (hi - lo) * (bottom - top);
    let decimals = (-(step * 100.0).log10().floor()).clamp(0.0, 4.0) as usize;
    let mut y_ticks = Vec::new();
    let mut k = (lo / step).round() as i64;
    while (k as f64) * step <= hi + step * 1e-9 {
        let v = k as f64 * step;
        y_ticks.push(Tick {
            pos: y(v),
            label: format_pct_with(v, decimals).0,
            value: Some(crate::output::view::round_half_away(v, decimals as i32 + 2)),
            date: None,
            unit: "pct",
            decimals,
        });
        k += 1;
    }

    // Plain loops: the `map(..).collect()` and `filter_map` shapes here were 1 KB of
    // iterator code of their own (with a loop since removed from deck: 148,038 → 147,352 bytes
    // after wasm-opt -Oz, 69,360 → 69,021 gzipped, measured 2026-11-25).
    let mut lines: Vec<LinePath> = Vec::with_capacity(c.lines.len());
    let mut ends: Vec<(usize, f64)> = Vec::with_capacity(c.lines.len());
    for line in &c.lines {
        let runs = runs(&xs, &line.values, y);
        let end = runs.last().and_then(|r| r.last()).copied();
        if let Some((_, end_y)) = end {
            ends.push((lines.len(), end_y));
        }
        lines.push(LinePath {
            id: line.id.clone(),
            name: line.name.clone(),
            d: path(&runs),
            end_x: end.map(|p| p.0),
            end_y: end.map(|p| p.1),
            label_y: None,
            label: line.ret.map(|r| format_pct_with(r, 1).0).unwrap_or_default(),
        });
    }
    for (i, ly) in spread_labels(ends, 14.0, top + 6.0, bottom) {
        if let Some(l) = lines.get_mut(i) {
            l.label_y = Some(ly);
        }
    }

    let spread = c.small_vs_large.as_ref().map(|s| {
        let (b0, b1) = (bottom + bottom_axis + 16.0, height - 4.0);
        let (slo, shi) =
            s.values.iter().flatten().fold((0.0_f64, 0.0_f64), |(a, b), &v| (a.min(v), b.max(v)));
        let (slo, shi) = if shi - slo < 1e-9 { (slo - 1.0, shi + 1.0) } else { (slo, shi) };
        let sy = |v: f64| b1 - (v - slo) / (shi - slo) * (b1 - b0);
        let runs = runs(&xs, &s.values, sy);
        let pp = |v: f64| {
            let (text, _) = format_pct_with(v / 100.0, 1);
            text.replace('%', " pp")
        };
        SpreadPath {
            d: path(&runs),
            band: [b0, b1],
            zero_y: sy(0.0),
            min_label: pp(slo),
            max_label: pp(shi),
            min: crate::output::view::round_half_away(slo, 1),
            max: crate::output::view::round_half_away(shi, 1),
        }
    });

    ChartGeometry {
        width,
        height,
        plot: [left, top, right, bottom],
        zero_y: y(0.0),
        y_ticks,
        x_ticks: date_ticks(first, last, &x),
        lines,
        xs,
        spread,
    }
}

/// A sparkline of `closes` (dated `days`) from the base close at index `base` to `end`, scaled
/// to the box; `None` when there is nothing to draw.
pub fn sparkline(days: &[Day], closes: &[f64], base: usize, end: usize, size: Size) -> Option<Spark> {
    let days = days.get(base..=end)?;
    let closes = closes.get(base..=end)?;
    let (first, last) = (*days.first()?, *days.last()?);
    let pad = 2.0;
    let x = x_scale(first, last, pad, size.width - pad);
    let (lo, hi) = closes.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &c| (a.min(c), b.max(c)));
    let span = if hi > lo { hi - lo } else { 1.0 };
    let y = |c: f64| size.height - pad - (c - lo) / span * (size.height - 2.0 * pad);
    let points: Vec<(f64, f64)> = days.iter().zip(closes).map(|(&d, &c)| (x(d), y(c))).collect();
    let base_close = *closes.first()?;
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
    }

    #[test]
    fn powers_of_ten_are_what_libm_pow_gives_on_wasm() {
        for k in -400..=400 {
            let k = f64::from(k);
            assert_eq!(pow10(k).to_bits(), libm::pow(10.0, k).to_bits(), "10^{k}");
        }
        for k in [f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 1e9, -1e9] {
            assert_eq!(pow10(k).to_bits(), libm::pow(10.0, k).to_bits(), "10^{k}");
        }
    }

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(0.30, 4.0), 0.1);
        assert_eq!(nice_step(0.08, 4.0), 0.02);
        assert_eq!(nice_step(9.0, 4.0), 2.5);
        assert_eq!(nice_step(1.0, 4.0), 0.25);
    }

    #[test]
    fn labels_never_overlap() {
        let out = spread_labels(vec![(0, 50.0), (1, 52.0), (2, 51.0), (3, 200.0)], 14.0, 0.0, 300.0);
        let mut ys: Vec<f64> = out.iter().map(|p| p.1).collect();
        ys.sort_by(f64::total_cmp);
        assert!(ys.windows(2).all(|w| w[1] - w[0] >= 14.0 - 1e-9), "{ys:?}");
        let crowded_bottom = spread_labels(vec![(0, 299.0), (1, 300.0)], 14.0, 0.0, 300.0);
        assert!(crowded_bottom.iter().all(|p| p.1 <= 300.0));
    }

    #[test]
    fn sparkline_spans_the_box() {
        let days = [0, 1, 2, 3];
        let closes = [10.0, 12.0, 8.0, 11.0];
        let s = sparkline(&days, &closes, 0, 3, Size { width: 102.0, height: 24.0 }).unwrap();
        assert_eq!(s.d, "M2,12L34.7,2L67.3,22L100,7");
        assert_eq!(s.base_y, 12.0);
        assert!(sparkline(&days, &closes, 3, 1, Size { width: 10.0, height: 10.0 }).is_none());
    }
}
