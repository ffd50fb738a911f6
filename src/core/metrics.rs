//! Card metrics: level, period returns, one-year return, closing high and 52-week range of a series at a date, with the display decisions as typed notes.

use crate::core::calendar::{self, Day};
use crate::core::request::AsOf;
use crate::core::series::Series;
use crate::error::Error;
use crate::output::date::IsoDate;
use serde::Serialize;
use tsify::Tsify;

/// How many days back a base close may be before a return says what it is measured from
/// (`Note::Since`), and how many days an as-of date may be past a card's close before the
/// card is `stale`: a long weekend.
pub const LONG_WEEKEND: Day = 4;

/// The dates of the base closes each return was measured against (`null` where missing).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Tsify)]
#[tsify(missing_as_null)]
pub struct Bases {
    pub d1: Option<IsoDate>,
    pub wtd: Option<IsoDate>,
    pub mtd: Option<IsoDate>,
    pub qtd: Option<IsoDate>,
    pub ytd: Option<IsoDate>,
    pub y1: Option<IsoDate>,
}

/// What a display should say beside each return (`null`: nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Tsify)]
#[tsify(missing_as_null)]
pub struct Notes {
    pub d1: Option<Note>,
    pub wtd: Option<Note>,
    pub mtd: Option<Note>,
    pub qtd: Option<Note>,
    pub ytd: Option<Note>,
    pub y1: Option<Note>,
}

/// A display decision about one return, as a key JavaScript words in any language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Tsify)]
#[serde(tag = "reason", rename_all = "camelCase")]
pub enum Note {
    /// Measured from an earlier close than usual: the 1-day base is more than a long weekend
    /// back (a market closure, or sparse data), or the 1-year base more than a long weekend
    /// before the same day a year earlier. The figure is shown, with this date.
    Since { date: IsoDate },
    /// The base close is not in the period just before (e.g. the last close before November
    /// is from last December): not a month-to-date figure, so shown as "—".
    NoPrior,
    /// No earlier close at all in the data: shown as "—".
    NoEarlier,
}

/// One performance card. Returns are fractions (0.187 = +18.7%); `null` where the base close
/// is missing. A return with a `noPrior` or `noEarlier` note is shown as "—"; its number stays
/// here for API users.
///
/// ```js
/// const [rut] = IndexCards.summarize([{ id: "RUT", dates, closes }], { asOf: "2024-11-22" });
/// rut.ytd;          // 0.187
/// rut.notes.mtd;    // null, or { reason: "noPrior" }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Card {
    pub id: String,
    pub name: String,
    /// `t`: the last close on or before `asOf`.
    pub date: IsoDate,
    /// The date asked for (`t` when none was given).
    pub as_of: IsoDate,
    pub close: f64,
    pub d1: Option<f64>,
    pub wtd: Option<f64>,
    pub mtd: Option<f64>,
    pub qtd: Option<f64>,
    pub ytd: Option<f64>,
    pub y1: Option<f64>,
    /// Highest close up to and including `t`…
    pub ath: f64,
    /// …its earliest date…
    pub ath_date: IsoDate,
    /// …and the close's distance from it (≤ 0).
    pub from_ath: f64,
    /// Highest and lowest close after the day one year before `t`, up to `t`.
    pub high52: f64,
    pub low52: f64,
    /// True when `high52`/`low52` span 52 weeks; otherwise they span the data since `firstDate`.
    pub full_year: bool,
    /// The whole series' first and last dates: the closing high is "highest since" `firstDate`.
    pub first_date: IsoDate,
    pub last_date: IsoDate,
    pub bases: Bases,
    pub notes: Notes,
    /// The close is older than the date the others show: another series of the same deck or
    /// call has a later close on or before `asOf`, or `asOf` was given and is more than a long
    /// weekend after `date`.
    pub stale: bool,
    /// Decimals to show the level with: 0 for a whole number (as-reported figures), else 2.
    #[tsify(type = "0 | 2")]
    pub level_decimals: u8,
}

/// The card of `series` at `as_of` (default: its last date), as one series alone: `stale` only
/// when `as_of` is more than a long weekend after the card's date. The closing high and the
/// 52-week range are found by scanning: the plain statement of the definitions, which the
/// deck's O(log n) cards (`track`) are tested against.
pub fn summarize(series: &Series, as_of: Option<Day>) -> Result<Card, Error> {
    card_with(series, as_of, None, true, |end, window_start| {
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

/// One card per series at `as_of`, in order, each found by one scan of its closes up to the
/// card's date: what `summarize` needs, with no index built (a `Deck` builds indexes so that
/// cards at any date cost O(log n)). `stale` is decided against the latest close of any of the
/// series on or before `as_of`, as in a deck.
///
/// ```
/// use indexcards::core::{metrics, request::AsOf, series::Series};
/// let a = Series::new("A", "A", vec![20_042, 20_049], vec![100.0, 110.0]).unwrap();
/// let b = Series::new("B", "B", vec![20_042, 20_048], vec![50.0, 40.0]).unwrap();
/// let cards = metrics::cards(&[a, b], AsOf::LATEST).unwrap();
/// assert_eq!((cards[0].wtd, cards[1].stale), (Some(0.10000000000000009), true));
/// ```
pub fn cards(series: &[Series], as_of: AsOf) -> Result<Vec<Card>, Error> {
    let day = as_of.day();
    let latest = series.iter().filter_map(|s| s.last_by(day)).max();
    series
        .iter()
        .map(|s| {
            card_with(s, day, latest, true, |end, start| {
                // At the last close the series knows its high: only the 52-week window is scanned.
                let high = (end + 1 == s.len()).then(|| s.high_index());
                scan_extremes(s.closes(), end, start, high)
            })
        })
        .collect()
}

/// The index of the closing high in `closes[..=end]` (its earliest date) and the lowest and
/// highest close of `closes[window_start..=end]`, in one pass; `high` is that index when it is
/// known already, and then only the window is scanned.
fn scan_extremes(closes: &[f64], end: usize, window_start: usize, high: Option<usize>) -> (usize, f64, f64) {
    let history = closes.get(..=end).unwrap_or_default();
    let (before, window) = history.split_at(window_start.min(history.len()));
    let (mut best, mut ath) = (0, f64::NEG_INFINITY);
    match high.and_then(|h| Some((h, *history.get(h)?))) {
        Some(known) => (best, ath) = known,
        None => {
            for (i, &c) in before.iter().enumerate() {
                if c > ath {
                    (best, ath) = (i, c);
                }
            }
        }
    }
    let (mut low, mut high) = (f64::INFINITY, f64::NEG_INFINITY);
    for (k, &c) in window.iter().enumerate() {
        if c > ath {
            (best, ath) = (before.len() + k, c);
        }
        if c < low {
            low = c;
        }
        if c > high {
            high = c;
        }
    }
    (best, low, high)
}

/// A return's note when its base close is older than `previous_start`, the first day of the
/// period before (see `Note::NoPrior`).
fn period_note(base: Option<Day>, previous_start: Day) -> Option<Note> {
    match base {
        None => Some(Note::NoEarlier),
        Some(b) if b < previous_start => Some(Note::NoPrior),
        Some(_) => None,
    }
}

/// A return's note when its base close is more than a long weekend before `usual`.
fn since_note(base: Option<Day>, usual: Day) -> Option<Note> {
    match base {
        None => Some(Note::NoEarlier),
        Some(b) if usual - b > LONG_WEEKEND => Some(Note::Since { date: IsoDate(b) }),
        Some(_) => None,
    }
}

/// Builds the card of `series` at `as_of`. `extremes(end, window_start)` gives the index of the
/// closing high up to `end` (its earliest date) and the lowest and highest close over
/// `window_start..=end`; the callers differ only in how they find those. `latest` is the
/// latest close on or before `as_of` of any series asked with this one (for `stale`). With
/// `named` false, id and name are left empty (no allocation).
pub(crate) fn card_with(
    series: &Series,
    as_of: Option<Day>,
    latest: Option<Day>,
    named: bool,
    extremes: impl FnOnce(usize, usize) -> (usize, f64, f64),
) -> Result<Card, Error> {
    let (Some(&first_date), Some(&last_date)) = (series.days().first(), series.days().last()) else {
        return Err(Error::Empty { id: series.id().into() });
    };
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
    let a = calendar::anchors(t);
    let b_d1 = base(t);
    let b_wtd = base(a.week);
    let b_mtd = base(a.month);
    let b_qtd = base(a.quarter);
    let b_ytd = base(a.year);
    let y1_index = series.last_on_or_before_near(a.year_before, end, t);
    let b_y1 = y1_index.and_then(|i| series.point(i));
    // The 52-week window: after the day one year before t, up to t (never empty: it holds t).
    let (ath_index, low52, high52) = extremes(end, y1_index.map_or(0, |i| i + 1));
    let (ath_date, ath) = series.point(ath_index).unwrap_or((t, close));
    let (id, name) =
        if named { (series.id().into(), series.name().into()) } else { (String::new(), String::new()) };
    let notes = Notes {
        d1: since_note(date_of(b_d1), t),
        wtd: period_note(date_of(b_wtd), a.previous_week),
        mtd: period_note(date_of(b_mtd), a.previous_month),
        qtd: period_note(date_of(b_qtd), a.previous_quarter),
        ytd: period_note(date_of(b_ytd), a.previous_year),
        y1: since_note(date_of(b_y1), a.year_before),
    };
    let iso = |b: Option<(Day, f64)>| date_of(b).map(IsoDate);
    let stale = latest.is_some_and(|l| l > t) || as_of.is_some_and(|a| a - t > LONG_WEEKEND);

    Ok(Card {
        id,
        name,
        date: IsoDate(t),
        as_of: IsoDate(as_of.unwrap_or(t)),
        close,
        d1: ret(b_d1),
        wtd: ret(b_wtd),
        mtd: ret(b_mtd),
        qtd: ret(b_qtd),
        ytd: ret(b_ytd),
        y1: ret(b_y1),
        ath,
        ath_date: IsoDate(ath_date),
        from_ath: close / ath - 1.0,
        high52,
        low52,
        full_year: first_date <= a.year_before,
        first_date: IsoDate(first_date),
        last_date: IsoDate(last_date),
        bases: Bases {
            d1: iso(b_d1),
            wtd: iso(b_wtd),
            mtd: iso(b_mtd),
            qtd: iso(b_qtd),
            ytd: iso(b_ytd),
            y1: iso(b_y1),
        },
        notes,
        stale,
        level_decimals: level_decimals(close),
    })
}

/// 0 when `close` rounded to cents is a whole number, else 2.
pub fn level_decimals(close: f64) -> u8 {
    if (close * 100.0).round() % 100.0 == 0.0 {
        0
    } else {
        2
    }
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
        assert_eq!(c.date.to_string(), "2024-11-22");
        assert_eq!(c.close, 150.0);
        assert!(close_to(c.d1, 150.0 / 140.0 - 1.0));
        assert!(close_to(c.wtd, 150.0 / 130.0 - 1.0));
        assert!(close_to(c.mtd, 150.0 / 125.0 - 1.0));
        assert!(close_to(c.qtd, 150.0 / 120.0 - 1.0));
        assert!(close_to(c.ytd, 150.0 / 100.0 - 1.0));
        assert!(close_to(c.y1, 150.0 / 90.0 - 1.0));
        assert_eq!(c.ath, 300.0);
        assert_eq!(c.ath_date.to_string(), "2024-03-28");
        assert!((c.from_ath - (150.0 / 300.0 - 1.0)).abs() < 1e-15);
        assert_eq!(c.high52, 300.0);
        assert_eq!(c.low52, 50.0);
        assert_eq!(c.first_date.to_string(), "2023-11-21");
        let b = |x: Option<IsoDate>| x.map(|d| d.to_string());
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
        assert_eq!(c.date.to_string(), "2024-11-25");
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
        assert_eq!(c.bases.y1.map(|d| d.to_string()).as_deref(), Some("2023-02-28"));
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
        let none = Some(Note::NoEarlier);
        assert_eq!(c.notes, Notes { d1: none, wtd: none, mtd: none, qtd: none, ytd: none, y1: none });
    }

    #[test]
    fn earliest_date_of_a_repeated_high() {
        let s = series(&[("2024-01-02", 5.0), ("2024-01-03", 7.0), ("2024-01-04", 7.0), ("2024-01-05", 6.0)]);
        let c = summarize(&s, None).unwrap();
        assert_eq!(c.ath_date.to_string(), "2024-01-03");
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

    #[test]
    fn cards_of_several_series_equal_each_one_summarized_with_stale_against_the_latest() {
        // Two walks with repeated highs and lows (closes on a coarse grid) and a gap in one.
        let walk = |seed: u64, skip: std::ops::Range<usize>| {
            let mut x = seed;
            let mut level: i64 = 100;
            let (mut days, mut closes) = (Vec::new(), Vec::new());
            for i in 0..1500 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                level = (level + (x % 5) as i64 - 2).max(1);
                if !skip.contains(&i) {
                    days.push(d("2019-01-01") + i as Day);
                    closes.push(level as f64);
                }
            }
            (days, closes)
        };
        let (da, ca) = walk(7, 0..0);
        let (db, cb) = walk(11, 1400..1500);
        let a = Series::new("A", "A", da, ca).unwrap();
        let b = Series::new("B", "B", db, cb).unwrap();
        let both = [a.clone(), b.clone()];
        for day in (d("2019-01-01")..d("2023-02-20")).step_by(17) {
            let got = cards(&both, AsOf::on(day)).unwrap();
            let latest = [a.last_by(Some(day)), b.last_by(Some(day))].into_iter().flatten().max();
            for (card, s) in got.iter().zip([&a, &b]) {
                let mut want = summarize(s, Some(day)).unwrap();
                want.stale = want.stale || latest.is_some_and(|l| l > want.date.0);
                assert_eq!(card, &want, "{}", calendar::format(day));
            }
        }
        assert!(cards(&both, AsOf::LATEST).unwrap()[1].stale);
        let early = cards(&both, AsOf::on(d("2018-12-31"))).unwrap_err().to_string();
        assert!(early.starts_with(r#"series "A": no close on or before asOf 2018-12-31"#), "{early}");
    }
}
