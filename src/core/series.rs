//! `Series`: one index's closes, validated and sorted by date.

use crate::core::calendar::{self, Day};
use crate::error::Error;

/// A validated series: a non-empty id, a name, and at least one (date, close) pair,
/// dates strictly increasing, closes positive and finite.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    id: String,
    name: String,
    days: Vec<Day>,
    closes: Vec<f64>,
    /// The lowest and highest close before the last one (±infinity for a single close), kept
    /// so a push, which may replace the last close, checks `limits::MAX_RATIO` in O(1): a tick
    /// at a new high replaces the extreme itself, and recounting then cost O(n) a tick.
    earlier: (f64, f64),
    /// The index of the earliest of the highest closes before the last one (0 for a single
    /// close), found by the same loop as `earlier` and kept by `push`: a card at the last date
    /// then needs no pass over the whole history for its all-time high (`high_index`).
    high_at: usize,
}

/// What one pass over closes learns: the lowest and highest, the index of the earliest highest,
/// and whether every close is finite and positive.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Survey {
    lo: f64,
    hi: f64,
    high_at: usize,
    all_ok: bool,
}

/// One lane of `survey`: the extremes of the closes it was given and the index of its earliest
/// highest.
#[derive(Debug, Clone, Copy)]
struct Lane {
    lo: f64,
    hi: f64,
    at: usize,
}

impl Lane {
    const EMPTY: Lane = Lane { lo: f64::INFINITY, hi: f64::NEG_INFINITY, at: 0 };

    #[inline(always)]
    fn take(&mut self, close: f64, index: usize) {
        if close < self.lo {
            self.lo = close;
        }
        if close > self.hi {
            self.hi = close;
            self.at = index;
        }
    }

    /// The lowest low, and the highest high at its earliest index.
    fn join(mut self, other: Lane) -> Lane {
        if other.lo < self.lo {
            self.lo = other.lo;
        }
        if other.hi > self.hi || (other.hi == self.hi && other.at < self.at) {
            self.hi = other.hi;
            self.at = other.at;
        }
        self
    }
}

/// Surveys `closes` (±infinity and index 0 when empty) in four interleaved lanes, each in its own
/// locals. One running pair made each close wait on the comparison before it (a chain of
/// dependent selects in the wasm): `Series::new` was half of `summarize` on 8 × 38,000 typed
/// closes (profiled, optimized build with names). In four lanes `summarize` takes 0.86–0.89×
/// the time (Node, both builds in one process, three runs; 2026-12-01). A NaN is caught by
/// `is_nan` (it fails every comparison), the rest by the extremes.
fn survey(closes: &[f64]) -> Survey {
    let (mut l0, mut l1, mut l2, mut l3) = (Lane::EMPTY, Lane::EMPTY, Lane::EMPTY, Lane::EMPTY);
    let mut nan = false;
    let chunks = closes.chunks_exact(4);
    let tail = chunks.remainder();
    let mut i = 0;
    for chunk in chunks {
        if let &[a, b, c, d] = chunk {
            nan |= a.is_nan() | b.is_nan() | c.is_nan() | d.is_nan();
            l0.take(a, i);
            l1.take(b, i + 1);
            l2.take(c, i + 2);
            l3.take(d, i + 3);
        }
        i += 4;
    }
    for &c in tail {
        nan |= c.is_nan();
        l0.take(c, i);
        i += 1;
    }
    let all = l0.join(l1).join(l2).join(l3);
    Survey { lo: all.lo, hi: all.hi, high_at: all.at, all_ok: !nan && all.lo > 0.0 && all.hi < f64::INFINITY }
}

/// True when `high / low` stays within `limits::MAX_RATIO` (so every return, chart value and
/// spread computed from the series is finite).
fn ratio_ok(low: f64, high: f64) -> bool {
    high / low <= crate::limits::MAX_RATIO
}

impl Series {
    /// Validates and sorts parallel `days`/`closes` given in any order; indexes in errors
    /// refer to the caller's order. Input already in date order (the usual case) is kept as
    /// given, with no copy: it is checked in one pass.
    pub fn new(id: &str, name: &str, days: Vec<Day>, closes: Vec<f64>) -> Result<Series, Error> {
        if days.len() != closes.len() {
            return Err(Error::LengthMismatch { id: id.into(), dates: days.len(), closes: closes.len() });
        }
        if days.is_empty() {
            return Err(Error::Empty { id: id.into() });
        }
        // Plain loops over one slice each (the size-optimized build left the iterator adapters
        // these replaced as calls, 4.5 ms of 12 for 8 × 38,000 typed closes): every close checked,
        // the extremes of all but the last, and whether the days are in order.
        let (&last_close, rest) = closes.split_last().unwrap_or((&f64::NAN, &[]));
        let Survey { lo, hi, high_at, all_ok } = survey(rest);
        if !(all_ok && last_close.is_finite() && last_close > 0.0) {
            let index = closes.iter().position(|&c| !(c.is_finite() && c > 0.0)).unwrap_or(0);
            return Err(Error::BadClose {
                id: id.into(),
                index,
                date: days.get(index).map(|&d| calendar::format(d)).unwrap_or_default(),
                found: crate::error::js_number(closes.get(index).copied().unwrap_or(f64::NAN)),
            });
        }
        let mut sorted = true;
        if let Some((&first, later)) = days.split_first() {
            let mut previous = first;
            for &day in later {
                sorted &= day > previous;
                previous = day;
            }
        }
        let before_last = (lo, hi);
        let (low, high) = (lo.min(last_close), hi.max(last_close));
        if !ratio_ok(low, high) {
            let at = |v: f64| closes.iter().position(|&c| c == v).unwrap_or(0);
            let point = |i: usize| {
                (
                    i,
                    days.get(i).map(|&d| calendar::format(d)).unwrap_or_default(),
                    closes.get(i).copied().unwrap_or(0.0),
                )
            };
            return Err(Error::RatioTooLarge { id: id.into(), low: point(at(low)), high: point(at(high)) });
        }
        if sorted {
            return Ok(Series {
                id: id.into(),
                name: name.into(),
                days,
                closes,
                earlier: before_last,
                high_at,
            });
        }
        // Sort by date, remembering each point's index in the caller's arrays: (date, index)
        // pairs, so ties keep the caller's order (the CSV reader sorts the same pairs: one sort
        // in the wasm).
        let mut order: Vec<(Day, usize)> = days.iter().enumerate().map(|(i, &day)| (day, i)).collect();
        order.sort_unstable();
        if let Some([a, b]) = order.windows(2).find(|w| matches!(w, [a, b] if a.0 == b.0)) {
            return Err(Error::DuplicateDate {
                id: id.into(),
                date: calendar::format(a.0),
                first: a.1,
                second: b.1,
            });
        }
        let closes: Vec<f64> = order.iter().filter_map(|&(_, i)| closes.get(i).copied()).collect();
        let before = closes.get(..closes.len() - 1).unwrap_or_default();
        let Survey { lo, hi, high_at, .. } = survey(before);
        Ok(Series {
            id: id.into(),
            name: name.into(),
            days: order.iter().map(|p| p.0).collect(),
            high_at,
            closes,
            earlier: (lo, hi),
        })
    }

    pub fn id(&self) -> &str {
        &self.id
    }
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Dates as day numbers, strictly increasing, never empty.
    pub fn days(&self) -> &[Day] {
        &self.days
    }
    /// Closes in date order, positive and finite.
    pub fn closes(&self) -> &[f64] {
        &self.closes
    }
    pub fn len(&self) -> usize {
        self.days.len()
    }
    /// Never true: a `Series` always holds at least one close.
    pub fn is_empty(&self) -> bool {
        self.days.is_empty()
    }
    /// Index of the last point on or before `day`, if any.
    pub fn last_on_or_before(&self, day: Day) -> Option<usize> {
        self.days.partition_point(|&d| d <= day).checked_sub(1)
    }
    /// The date of the last close on or before `as_of` (default: the last close).
    pub fn last_by(&self, as_of: Option<Day>) -> Option<Day> {
        match as_of {
            None => self.days.last().copied(),
            Some(a) => self.last_on_or_before(a).and_then(|i| self.days.get(i).copied()),
        }
    }
    /// Index of the last point strictly before `day`, if any.
    pub fn last_before(&self, day: Day) -> Option<usize> {
        self.days.partition_point(|&d| d < day).checked_sub(1)
    }
    /// `last_before(day)` for a `day` not after `t`, the date of the point `end`. A series holds
    /// at most one point a day, so the answer is among the `t − day + 1` points before `end`:
    /// O(log(t − day)) instead of O(log n), which is what keeps a card's six bases cheap.
    pub fn last_before_near(&self, day: Day, end: usize, t: Day) -> Option<usize> {
        if day > t {
            return self.last_before(day);
        }
        self.last_within(end, (t - day) as usize + 1, |d| d < day)
    }
    /// `last_on_or_before(day)` for a `day` not after `t`, the date of the point `end`, in
    /// O(log(t − day)) (see `last_before_near`).
    pub fn last_on_or_before_near(&self, day: Day, end: usize, t: Day) -> Option<usize> {
        if day > t {
            return self.last_on_or_before(day);
        }
        self.last_within(end, (t - day) as usize, |d| d <= day)
    }
    /// The last index up to `end` whose date satisfies `holds`, given that it holds at
    /// `end − back` and before (dates are increasing, so `holds` is true up to some point).
    fn last_within(&self, end: usize, back: usize, holds: impl Fn(Day) -> bool) -> Option<usize> {
        let start = end.saturating_sub(back);
        let window = self.days.get(start..=end).unwrap_or_default();
        (start + window.partition_point(|&d| holds(d))).checked_sub(1)
    }
    /// Adds a close: for the last date it replaces that close (an intraday update), for a later
    /// date it appends. An earlier date or a bad close is an error and changes nothing.
    /// Returns true when a date was appended.
    pub fn push(&mut self, day: Day, close: f64) -> Result<bool, Error> {
        let last = self.days.last().copied();
        if !(close.is_finite() && close > 0.0) {
            return Err(Error::BadPush {
                id: self.id.clone(),
                date: calendar::format(day),
                problem: format!("close {} is not a positive, finite number", crate::error::js_number(close)),
            });
        }
        // The closes that stay beside the pushed one: all but the last when it is replaced, all
        // when a date is appended. Their extremes come in O(1) from `earlier` and the last close.
        let replacing = last == Some(day);
        let stay = match self.closes.last() {
            Some(&c) if !replacing => (self.earlier.0.min(c), self.earlier.1.max(c)),
            _ => self.earlier,
        };
        if !ratio_ok(stay.0.min(close), stay.1.max(close)) {
            return Err(Error::BadPush {
                id: self.id.clone(),
                date: calendar::format(day),
                problem: format!(
                    "close {} is more than {} times away from the series' {} close, {}, so a ratio would overflow",
                    crate::error::js_number(close),
                    crate::error::js_number(crate::limits::MAX_RATIO),
                    if close < stay.0 { "highest" } else { "lowest" },
                    crate::error::js_number(if close < stay.0 { stay.1 } else { stay.0 })
                ),
            });
        }
        match last {
            Some(l) if day < l => Err(Error::BadPush {
                id: self.id.clone(),
                date: calendar::format(day),
                problem: format!(
                    "it is before the last date, {}; only the last date or a later one can be pushed",
                    calendar::format(l)
                ),
            }),
            Some(l) if day == l => {
                if let Some(c) = self.closes.last_mut() {
                    *c = close;
                }
                Ok(false)
            }
            _ => {
                // The last close joins the earlier ones: it is their high if above their high.
                if self.closes.last().is_some_and(|&c| c > self.earlier.1) {
                    self.high_at = self.closes.len() - 1;
                }
                self.days.push(day);
                self.closes.push(close);
                self.earlier = stay;
                Ok(true)
            }
        }
    }

    /// The index of the highest close, the earliest of equal ones, in O(1).
    ///
    /// ```
    /// use indexcards::core::series::Series;
    /// let s = Series::new("A", "A", vec![1, 2, 3, 4], vec![5.0, 7.0, 7.0, 6.0]).unwrap();
    /// assert_eq!(s.high_index(), 1);
    /// ```
    pub fn high_index(&self) -> usize {
        match self.closes.last() {
            Some(&last) if last > self.earlier.1 => self.closes.len() - 1,
            _ => self.high_at,
        }
    }

    /// The (day, close) at index `i`.
    pub fn point(&self, i: usize) -> Option<(Day, f64)> {
        Some((*self.days.get(i)?, *self.closes.get(i)?))
    }
}

impl AsRef<Series> for Series {
    fn as_ref(&self) -> &Series {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_searches_equal_the_whole_series_searches() {
        // Gaps of 1 to 5 days, so windows start both on and between points.
        let mut days = Vec::new();
        let mut day = 19_000;
        for i in 0..600 {
            days.push(day);
            day += 1 + (i * 7 % 5);
        }
        let closes = vec![1.0; days.len()];
        let s = Series::new("G", "Gaps", days.clone(), closes).unwrap();
        for (end, &t) in days.iter().enumerate() {
            for day in t - 400..=t + 3 {
                assert_eq!(s.last_before_near(day, end, t), s.last_before(day), "before {day}, end {end}");
                let near = s.last_on_or_before_near(day, end, t);
                assert_eq!(near, s.last_on_or_before(day), "on or before {day}, end {end}");
            }
        }
    }

    #[test]
    fn non_finite_closes_are_refused() {
        for (v, shown) in
            [(f64::NAN, "NaN"), (f64::INFINITY, "Infinity"), (f64::NEG_INFINITY, "-Infinity"), (-0.0, "-0")]
        {
            let e = Series::new("A", "A", vec![0], vec![v]).unwrap_err().to_string();
            assert_eq!(e, format!("series \"A\": closes[0] (on 1970-01-01) is {shown}; closes must be positive, finite numbers"));
        }
    }

    #[test]
    fn huge_ids_are_shortened_in_messages() {
        let id = "x".repeat(1_000_000);
        let e = Series::new(&id, "", vec![], vec![]).unwrap_err().to_string();
        assert!(e.len() < 200, "{}", e.len());
    }

    #[test]
    fn lookups_by_date() {
        let s = Series::new("A", "A", vec![10, 20, 30], vec![1.0, 2.0, 3.0]).unwrap();
        assert_eq!(s.last_on_or_before(20), Some(1));
        assert_eq!(s.last_before(20), Some(0));
        assert_eq!(s.last_before(10), None);
        assert_eq!(s.last_on_or_before(9), None);
        assert_eq!(s.last_on_or_before(99), Some(2));
    }

    #[test]
    fn closes_whose_ratio_would_overflow_are_refused_naming_both() {
        let e = Series::new("X", "X", vec![0, 1, 2], vec![5.0, 1e-300, 1e300]).unwrap_err().to_string();
        assert_eq!(
            e,
            "series \"X\": closes[1] (1e-300 on 1970-01-02) and closes[2] (1e+300 on 1970-01-03) are more than 1e+300 times apart, so their ratio would overflow; check these closes"
        );
        // Just inside the bound is fine, and every return stays finite.
        let s = Series::new("X", "X", vec![0, 1], vec![1e-150, 1e150]).unwrap();
        assert!((s.closes()[1] / s.closes()[0] - 1.0).is_finite());
    }

    #[test]
    fn a_push_whose_ratio_would_overflow_changes_nothing() {
        let mut s = Series::new("X", "X", vec![0, 1], vec![1e-200, 1.0]).unwrap();
        let before = s.clone();
        let e = s.push(2, 1e150).unwrap_err().to_string();
        assert!(
            e.contains("close 1e+150 is more than 1e+300 times away from the series' lowest close, 1e-200"),
            "{e}"
        );
        assert_eq!(s, before);
        // Replacing the extreme last close leaves the extremes of the others: the low is gone, so 1e150 fits.
        let mut s = Series::new("X", "X", vec![0, 1], vec![1.0, 1e-200]).unwrap();
        assert!(s.push(1, 2.0).is_ok());
        assert!(s.push(2, 1e150).is_ok());
        // A replaced close is no longer counted: 1e-200 as the last close, replaced, then 1e150 appended.
        let mut s = Series::new("X", "X", vec![0], vec![1.0]).unwrap();
        assert!(s.push(1, 1e-200).is_ok());
        assert!(s.push(2, 1e150).unwrap_err().to_string().contains("lowest close, 1e-200"));
        assert!(s.push(1, 1.0).is_ok());
        assert!(s.push(2, 1e150).is_ok());
        assert_eq!(s.earlier, (1.0, 1.0));
    }

    /// The plainest extremes, the oracle for `survey` and the kept `earlier`.
    fn extremes(closes: &[f64]) -> (f64, f64) {
        closes.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &c| (lo.min(c), hi.max(c)))
    }

    #[test]
    fn the_four_lane_survey_equals_one_pass_in_order() {
        // Every length up to 13 and every lane: the highest placed in each position and tied
        // across lanes (the earliest index wins), and a bad close in each position.
        for n in 0..14usize {
            let base: Vec<f64> = (0..n).map(|i| 1.0 + ((i * 7) % 5) as f64).collect();
            let mut cases = vec![base.clone()];
            for at in 0..n {
                let mut high = base.clone();
                high[at] = 50.0;
                cases.push(high.clone());
                for later in at + 1..n {
                    let mut tie = high.clone();
                    tie[later] = 50.0;
                    cases.push(tie);
                }
            }
            for closes in &cases {
                let (lo, hi) = extremes(closes);
                let high_at = closes.iter().position(|&c| c == hi).unwrap_or(0);
                assert_eq!(survey(closes), Survey { lo, hi, high_at, all_ok: true }, "{closes:?}");
            }
            for at in 0..n {
                for bad in [f64::NAN, 0.0, -1.0, f64::INFINITY, f64::NEG_INFINITY, -0.0] {
                    let mut closes = base.clone();
                    closes[at] = bad;
                    assert!(!survey(&closes).all_ok, "{closes:?}");
                }
            }
        }
    }

    #[test]
    fn ticks_at_a_new_high_keep_the_extremes_in_step() {
        // Each tick replaces the last close, which is the series' high: the check stays exact.
        let mut s = Series::new("X", "X", vec![0, 1], vec![2.0, 3.0]).unwrap();
        for k in 0..100 {
            assert!(s.push(2 + k / 10, 4.0 + f64::from(k)).is_ok());
        }
        let all = extremes(s.closes());
        let last = *s.closes().last().unwrap();
        assert_eq!((s.earlier.0.min(last), s.earlier.1.max(last)), all);
        assert_eq!(s.earlier, extremes(&s.closes()[..s.len() - 1]));
    }

    #[test]
    fn the_high_index_is_the_earliest_highest_close_after_sorting_and_pushes() {
        let earliest_high = |s: &Series| {
            let high = extremes(s.closes()).1;
            s.closes().iter().position(|&c| c == high).unwrap()
        };
        // Unsorted input, with a tie for the high: the earlier date wins.
        let s = Series::new("X", "X", vec![5, 1, 3, 2], vec![4.0, 1.0, 9.0, 9.0]).unwrap();
        assert_eq!((s.high_index(), earliest_high(&s)), (1, 1));
        let mut s = Series::new("X", "X", vec![0], vec![3.0]).unwrap();
        assert_eq!(s.high_index(), 0);
        // Appends, replacements of the last close (also of a high), ties and new highs.
        for (day, close) in
            [(1, 2.0), (1, 5.0), (1, 1.0), (2, 3.0), (3, 3.0), (3, 7.0), (4, 7.0), (4, 2.0), (5, 8.0)]
        {
            s.push(day, close).unwrap();
            assert_eq!(s.high_index(), earliest_high(&s), "after pushing {close} on day {day}");
        }
        assert_eq!(s.high_index(), 5);
    }
}
