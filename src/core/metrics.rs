//! Card metrics: level, period returns, one-year return, closing high and 52-week range of a series at a date.

use crate::core::calendar::{self, Day};
use crate::core::series::Series;
use crate::error::Error;

/// The dates of the base closes each return was measured against (`null` where missing).
#[derive(Debug, Clone, PartialEq)]
pub struct Bases {
    pub d1: Option<Day>,
    pub wtd: Option<Day>,
    pub mtd: Option<Day>,
    pub qtd: Option<Day>,
    pub ytd: Option<Day>,
    pub y1: Option<Day>,
}

/// One performance card. Returns are fractions (0.187 = +18.7%); `None` where the base close is missing.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub id: String,
    pub name: String,
    /// `t`: the last date on or before `asOf`.
    pub date: Day,
    pub close: f64,
    pub d1: Option<f64>,
    pub wtd: Option<f64>,
    pub mtd: Option<f64>,
    pub qtd: Option<f64>,
    pub ytd: Option<f64>,
    pub y1: Option<f64>,
    /// Highest close up to and including `t`.
    pub ath: f64,
    /// Earliest date of that close.
    pub ath_date: Day,
    pub from_ath: f64,
    /// Highest and lowest close after the day one year before `t`, up to `t`.
    pub high52: f64,
    pub low52: f64,
    /// The series' first date: the closing high is "highest since" this date.
    pub first_date: Day,
    pub bases: Bases,
}

/// The card of `series` at `as_of` (default: its last date). The closing high and the
/// 52-week range are found by scanning: the plain statement of the definitions, which the
/// deck's O(log n) cards (`track`) are tested against.
pub fn summarize(series: &Series, as_of: Option<Day>) -> Result<Card, Error> {
    card_with(series, as_of, true, |end, window_start| {
        let closes = series.closes();
        let history = closes.get(..=end).unwrap_or(&[]);
        // Closing high: the first index holding the maximum, so its date is the earliest.
        let mut best = end;
        for (i, &c) in history.iter().enumerate() {
            if closes.get(best).is_some_and(|&b| c > b || (c == b && i < best)) {
                best = i;
            }
        }
        let window = history.get(window_start..).unwrap_or(&[]);
        let low = window.iter().copied().fold(f64::INFINITY, f64::min);
        let high = window.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        (best, low, high)
    })
}

/// Builds the card of `series` at `as_of`. `extremes(end, window_start)` gives the index of the
/// closing high up to `end` (its earliest date) and the lowest and highest close over
/// `window_start..=end`; the callers differ only in how they find those. With `named` false,
/// id and name are left empty (no allocation).
pub(crate) fn card_with(
    series: &Series,
    as_of: Option<Day>,
    named: bool,
    extremes: impl FnOnce(usize, usize) -> (usize, f64, f64),
) -> Result<Card, Error> {
    let first_date = series.days().first().copied().ok_or_else(|| Error::Empty { id: series.id().into() })?;
    let end = match as_of {
        None => series.len().checked_sub(1),
        Some(a) => series.last_on_or_before(a),
    };
    let Some((end, (t, close))) = end.and_then(|e| Some((e, series.point(e)?))) else {
        return Err(Error::NothingByAsOf {
            id: series.id().into(),
            as_of: as_of.map(calendar::format).unwrap_or_default(),
            first: calendar::format(first_date),
        });
    };

    // base(D): the last close strictly before D.
    // Searched near `end` only: every base is within a year before `t` (see `last_before_near`).
    let base = |d: Day| series.last_before_near(d, end, t).and_then(|i| series.point(i));
    let ret = |b: Option<(Day, f64)>| b.map(|(_, c)| close / c - 1.0);
    let date_of = |b: Option<(Day, f64)>| b.map(|(d, _)| d);
    let anchors = calendar::anchors(t);
    let b_d1 = base(t);
    let b_wtd = base(anchors.week);
    let b_mtd = base(anchors.month);
    let b_qtd = base(anchors.quarter);
    let b_ytd = base(anchors.year);
    let y1_index = series.last_on_or_before_near(anchors.year_before, end, t);
    let b_y1 = y1_index.and_then(|i| series.point(i));
    // The 52-week window: after the day one year before t, up to t (never empty: it holds t).
    let (ath_index, low52, high52) = extremes(end, y1_index.map_or(0, |i| i + 1));
    let (ath_date, ath) = series.point(ath_index).unwrap_or((t, close));
    let (id, name) =
        if named { (series.id().into(), series.name().into()) } else { (String::new(), String::new()) };

    Ok(Card {
        id,
        name,
        date: t,
        close,
        d1: ret(b_d1),
        wtd: ret(b_wtd),
        mtd: ret(b_mtd),
        qtd: ret(b_qtd),
        ytd: ret(b_ytd),
        y1: ret(b_y1),
        ath,
        ath_date,
        from_ath: close / ath - 1.0,
        high52,
        low52,
        first_date,
        bases: Bases {
            d1: date_of(b_d1),
            wtd: date_of(b_wtd),
            mtd: date_of(b_mtd),
            qtd: date_of(b_qtd),
            ytd: date_of(b_ytd),
            y1: date_of(b_y1),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Day {
        calendar::parse(s).unwrap()
    }
    fn series(points: &[(&str, f64)]) -> Series {
        Series::new(
            "T",
            "Test",
            points.iter().map(|p| d(p.0)).collect(),
            points.iter().map(|p| p.1).collect(),
        )
        .unwrap()
    }
    fn close_to(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-12)
    }

    /// A hand-built series around 2024-11-22 (a Friday) with a known answer for every field.
    fn sample() -> Series {
        series(&[
            ("2023-11-21", 80.0),  // on or before 2023-11-22: the 1-year base
            ("2023-11-22", 90.0),  // exactly one year before: the 1-year base
            ("2023-11-24", 50.0),  // inside the 52-week window: the low
            ("2023-12-29", 100.0), // last close of 2023: YTD base
            ("2024-03-28", 300.0), // closing high (first time)
            ("2024-06-28", 110.0),
            ("2024-08-01", 300.0), // same high again, later
            ("2024-09-30", 120.0), // last close of Q3: QTD base
            ("2024-10-31", 125.0), // last close of October: MTD base
            ("2024-11-15", 130.0), // Friday before the week: WTD base
            ("2024-11-21", 140.0), // previous close: 1D base
            ("2024-11-22", 150.0), // t
            ("2024-11-25", 999.0), // after asOf: never used
        ])
    }

    #[test]
    fn every_definition_at_an_as_of_date() {
        let c = summarize(&sample(), Some(d("2024-11-24"))).unwrap();
        assert_eq!(calendar::format(c.date), "2024-11-22");
        assert_eq!(c.close, 150.0);
        assert!(close_to(c.d1, 150.0 / 140.0 - 1.0));
        assert!(close_to(c.wtd, 150.0 / 130.0 - 1.0));
        assert!(close_to(c.mtd, 150.0 / 125.0 - 1.0));
        assert!(close_to(c.qtd, 150.0 / 120.0 - 1.0));
        assert!(close_to(c.ytd, 150.0 / 100.0 - 1.0));
        assert!(close_to(c.y1, 150.0 / 90.0 - 1.0));
        assert_eq!(c.ath, 300.0);
        assert_eq!(calendar::format(c.ath_date), "2024-03-28");
        assert!((c.from_ath - (150.0 / 300.0 - 1.0)).abs() < 1e-15);
        assert_eq!(c.high52, 300.0);
        assert_eq!(c.low52, 50.0);
        assert_eq!(calendar::format(c.first_date), "2023-11-21");
        let b = |x: Option<Day>| x.map(calendar::format);
        assert_eq!(b(c.bases.d1).as_deref(), Some("2024-11-21"));
        assert_eq!(b(c.bases.wtd).as_deref(), Some("2024-11-15"));
        assert_eq!(b(c.bases.mtd).as_deref(), Some("2024-10-31"));
        assert_eq!(b(c.bases.qtd).as_deref(), Some("2024-09-30"));
        assert_eq!(b(c.bases.ytd).as_deref(), Some("2023-12-29"));
        assert_eq!(b(c.bases.y1).as_deref(), Some("2023-11-22"));
    }

    #[test]
    fn default_as_of_is_the_last_date() {
        let c = summarize(&sample(), None).unwrap();
        assert_eq!(calendar::format(c.date), "2024-11-25");
        assert_eq!(c.ath, 999.0);
        assert_eq!(c.from_ath, 0.0);
    }

    #[test]
    fn one_year_base_is_on_or_before_the_same_day_and_window_is_after_it() {
        // Without the exact day, the close before it is the base and is outside the 52-week window.
        let s = series(&[("2023-11-21", 80.0), ("2023-11-24", 200.0), ("2024-11-22", 100.0)]);
        let c = summarize(&s, None).unwrap();
        assert!(close_to(c.y1, 100.0 / 80.0 - 1.0));
        assert_eq!((c.low52, c.high52), (100.0, 200.0));
    }

    #[test]
    fn one_year_from_february_29_uses_february_28() {
        let s =
            series(&[("2023-02-27", 10.0), ("2023-02-28", 20.0), ("2023-03-01", 40.0), ("2024-02-29", 30.0)]);
        let c = summarize(&s, None).unwrap();
        assert!(close_to(c.y1, 30.0 / 20.0 - 1.0));
        assert_eq!(c.bases.y1.map(calendar::format).as_deref(), Some("2023-02-28"));
        assert_eq!((c.low52, c.high52), (30.0, 40.0));
    }

    #[test]
    fn base_is_strictly_before_the_period_start() {
        // A close ON the Monday / the 1st belongs to the period, not to its base.
        let s = series(&[
            ("2024-09-30", 100.0),
            ("2024-10-01", 110.0), // first day of Q4 and of October
            ("2024-11-01", 120.0), // first day of November
            ("2024-11-18", 130.0), // Monday
            ("2024-11-19", 140.0),
        ]);
        let c = summarize(&s, None).unwrap();
        assert!(close_to(c.wtd, 140.0 / 120.0 - 1.0));
        assert!(close_to(c.mtd, 140.0 / 110.0 - 1.0));
        assert!(close_to(c.qtd, 140.0 / 100.0 - 1.0));
        assert_eq!(c.ytd, None);
    }

    #[test]
    fn missing_bases_are_none_not_zero() {
        let s = series(&[("2024-11-22", 150.0)]);
        let c = summarize(&s, None).unwrap();
        assert_eq!((c.d1, c.wtd, c.mtd, c.qtd, c.ytd, c.y1), (None, None, None, None, None, None));
        assert_eq!((c.ath, c.from_ath, c.high52, c.low52), (150.0, 0.0, 150.0, 150.0));
        assert_eq!(c.bases, Bases { d1: None, wtd: None, mtd: None, qtd: None, ytd: None, y1: None });
    }

    #[test]
    fn earliest_date_of_a_repeated_high() {
        let s = series(&[("2024-01-02", 5.0), ("2024-01-03", 7.0), ("2024-01-04", 7.0), ("2024-01-05", 6.0)]);
        let c = summarize(&s, None).unwrap();
        assert_eq!(calendar::format(c.ath_date), "2024-01-03");
    }

    #[test]
    fn year_boundary_week() {
        // Thursday 2025-01-02: the week began Monday 2024-12-30, the year on 2025-01-01.
        let s = series(&[
            ("2024-12-27", 100.0),
            ("2024-12-30", 90.0),
            ("2024-12-31", 80.0),
            ("2025-01-02", 88.0),
        ]);
        let c = summarize(&s, None).unwrap();
        assert!(close_to(c.wtd, 88.0 / 100.0 - 1.0));
        assert!(close_to(c.ytd, 88.0 / 80.0 - 1.0));
        assert!(close_to(c.mtd, 88.0 / 80.0 - 1.0));
        assert!(close_to(c.d1, 88.0 / 80.0 - 1.0));
    }

    #[test]
    fn as_of_before_the_first_date_is_an_error() {
        let e = summarize(&sample(), Some(d("2020-01-01"))).unwrap_err().to_string();
        assert_eq!(e, r#"series "T": no close on or before asOf 2020-01-01; its first date is 2023-11-21"#);
    }
}
