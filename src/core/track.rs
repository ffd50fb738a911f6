//! `Track`: a series with its running closing highs and block minima/maxima kept up to date, so a card at any date costs O(log n) and a push O(1) amortized.

use crate::core::calendar::Day;
use crate::core::metrics::{self, Card};
use crate::core::series::Series;
use crate::error::Error;

/// Closes per block of the range index. A range query scans at most two partial blocks
/// (2 × BLOCK closes) and reads the sparse table over whole blocks in O(1). 16 rather than 32:
/// `deck.cards` went from 0.91–0.97 to 0.83–0.87 µs a card (tools/bench.sh, 2026-11-25), for a
/// table twice as large (about 11 instead of 5 bytes per close for a 31,000-close series).
const BLOCK: usize = 16;

/// Minimum and maximum over any index range, with O(1) amortized appends.
#[derive(Debug, Clone, Default, PartialEq)]
struct RangeIndex {
    /// `max[j][k]` / `min[j][k]`: over the 2^j complete blocks starting at block k.
    max: Vec<Vec<f64>>,
    min: Vec<Vec<f64>>,
}

impl RangeIndex {
    /// Number of complete blocks stored.
    fn blocks(&self) -> usize {
        self.max.first().map_or(0, Vec::len)
    }

    /// Adds complete block `k` (its min and max); extends every level whose span ends at it.
    fn add_block(&mut self, lo: f64, hi: f64) {
        if self.max.is_empty() {
            self.max.push(Vec::new());
            self.min.push(Vec::new());
        }
        if let (Some(max0), Some(min0)) = (self.max.first_mut(), self.min.first_mut()) {
            max0.push(hi);
            min0.push(lo);
        }
        let k = self.blocks() - 1;
        let mut j = 1;
        while (1usize << j) <= k + 1 {
            let start = k + 1 - (1 << j);
            let half = start + (1 << (j - 1));
            let pair = |levels: &Vec<Vec<f64>>, f: fn(f64, f64) -> f64| {
                let level = levels.get(j - 1)?;
                Some(f(*level.get(start)?, *level.get(half)?))
            };
            let (Some(hi), Some(lo)) = (pair(&self.max, f64::max), pair(&self.min, f64::min)) else {
                break;
            };
            if self.max.len() <= j {
                self.max.push(Vec::new());
                self.min.push(Vec::new());
            }
            if let (Some(mx), Some(mn)) = (self.max.get_mut(j), self.min.get_mut(j)) {
                mx.push(hi);
                mn.push(lo);
            }
            j += 1;
        }
    }

    /// (min, max) over the whole blocks `a..=b` (a ≤ b < blocks()).
    fn blocks_range(&self, a: usize, b: usize) -> Option<(f64, f64)> {
        let span = b - a + 1;
        let j = (usize::BITS - 1 - span.leading_zeros()) as usize;
        let second = b + 1 - (1 << j);
        let (mx, mn) = (self.max.get(j)?, self.min.get(j)?);
        Some((mn.get(a)?.min(*mn.get(second)?), mx.get(a)?.max(*mx.get(second)?)))
    }
}

/// A series with what makes its cards cheap.
#[derive(Debug, Clone)]
pub struct Track {
    series: Series,
    /// `ath[i]`: index of the highest close in `0..=i` (the earliest, on ties).
    ath: Vec<u32>,
    range: RangeIndex,
}

impl AsRef<Series> for Track {
    fn as_ref(&self) -> &Series {
        &self.series
    }
}

impl Track {
    pub fn new(series: Series) -> Track {
        let mut track = Track { series, ath: Vec::new(), range: RangeIndex::default() };
        let closes = track.series.closes().to_vec();
        for (i, &close) in closes.iter().enumerate() {
            track.extend(i, close);
        }
        track
    }

    pub fn series(&self) -> &Series {
        &self.series
    }

    /// Updates the running high and, when index `i` starts a new block, stores the block before.
    fn extend(&mut self, i: usize, close: f64) {
        let best = match i.checked_sub(1).and_then(|p| self.ath.get(p)) {
            Some(&b) if self.series.closes().get(b as usize).is_some_and(|&c| c >= close) => b,
            _ => i as u32,
        };
        if let Some(slot) = self.ath.get_mut(i) {
            *slot = best;
        } else {
            self.ath.push(best);
        }
        // Block k holds indexes k*BLOCK .. (k+1)*BLOCK; it is stored once the next one begins,
        // so the block holding the last close (which a push may change) is never stored.
        if i > 0 && i % BLOCK == 0 && self.range.blocks() < i / BLOCK {
            let block = self.series.closes().get(i - BLOCK..i).unwrap_or_default();
            let (lo, hi) =
                block.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &c| (a.min(c), b.max(c)));
            self.range.add_block(lo, hi);
        }
    }

    /// Pushes a close (see `Series::push`); on error nothing changes. True when a date was
    /// appended, false when the last date's close was replaced.
    pub fn push(&mut self, day: Day, close: f64) -> Result<bool, Error> {
        let appended = self.series.push(day, close)?;
        let last = self.series.len() - 1;
        self.extend(last, close);
        Ok(appended)
    }

    /// (min, max) of the closes at indexes `a..=b`: the whole stored blocks inside the range
    /// from the sparse table, the rest (at most two partial blocks) by scanning. O(log n).
    pub fn min_max(&self, a: usize, b: usize) -> (f64, f64) {
        let closes = self.series.closes();
        // Half-open index ranges: from..to.
        let scan = |from: usize, to: usize| {
            closes
                .get(from..to)
                .unwrap_or_default()
                .iter()
                .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &c| (lo.min(c), hi.max(c)))
        };
        let first_full = a.div_ceil(BLOCK);
        let last_full = ((b + 1) / BLOCK).min(self.range.blocks()); // exclusive
        if first_full >= last_full {
            return scan(a, b + 1);
        }
        let (lo1, hi1) = scan(a, first_full * BLOCK);
        let (lo2, hi2) =
            self.range.blocks_range(first_full, last_full - 1).unwrap_or((f64::INFINITY, f64::NEG_INFINITY));
        let (lo3, hi3) = scan(last_full * BLOCK, b + 1);
        (lo1.min(lo2).min(lo3), hi1.max(hi2).max(hi3))
    }

    /// The card at `as_of` (default: the last date), equal field for field to
    /// `metrics::summarize`, in O(log n). `latest` is the latest close on or before `as_of` of
    /// the series asked with this one (for `Card::stale`).
    pub fn card(&self, as_of: Option<Day>, latest: Option<Day>) -> Result<Card, Error> {
        self.card_named(as_of, latest, true)
    }

    /// The card's figures alone: `id` and `name` left empty, so no allocation (for callers
    /// that know them already, such as a packed fast path).
    pub fn figures(&self, as_of: Option<Day>, latest: Option<Day>) -> Result<Card, Error> {
        self.card_named(as_of, latest, false)
    }

    fn card_named(&self, as_of: Option<Day>, latest: Option<Day>, named: bool) -> Result<Card, Error> {
        metrics::card_with(&self.series, as_of, latest, named, |end, window_start| {
            let ath = self.ath.get(end).map_or(end, |&i| i as usize);
            let (low, high) = self.min_max(window_start, end);
            (ath, low, high)
        })
    }

    /// The date of the last close on or before `as_of` (default: the last close).
    pub fn last_by(&self, as_of: Option<Day>) -> Option<Day> {
        self.series.last_by(as_of)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::calendar;
    use crate::core::metrics::summarize;

    /// A deterministic pseudo-random walk (no test data needed).
    fn walk(n: usize, seed: u64) -> Series {
        let mut x = seed;
        let mut close = 100.0;
        let mut days = Vec::with_capacity(n);
        let mut closes = Vec::with_capacity(n);
        let mut day = calendar::parse("1990-01-02").unwrap();
        for _ in 0..n {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            close *= 1.0 + ((x % 2001) as f64 - 1000.0) / 40_000.0;
            days.push(day);
            closes.push(close);
            day += if calendar::weekday(day) == 4 { 3 } else { 1 } + (x % 23 == 0) as i32;
        }
        Series::new("W", "Walk", days, closes).unwrap()
    }

    #[test]
    fn track_cards_equal_summarize_at_every_date() {
        let s = walk(3000, 0x9E37_79B9_7F4A_7C15);
        let t = Track::new(s.clone());
        for (i, &d) in s.days().iter().enumerate() {
            assert_eq!(t.card(Some(d), None).unwrap(), summarize(&s, Some(d)).unwrap(), "index {i}");
            assert_eq!(t.card(Some(d + 1), None).unwrap(), summarize(&s, Some(d + 1)).unwrap());
        }
        assert_eq!(t.card(None, None).unwrap(), summarize(&s, None).unwrap());
    }

    #[test]
    fn pushes_equal_a_rebuild_from_scratch() {
        let full = walk(1500, 42);
        let mut t = Track::new(
            Series::new(
                "W",
                "Walk",
                vec![*full.days().first().unwrap()],
                vec![*full.closes().first().unwrap()],
            )
            .unwrap(),
        );
        for (i, (&d, &c)) in full.days().iter().zip(full.closes()).enumerate().skip(1) {
            // An intraday tick first, then the close.
            t.push(d, c * 1.01).unwrap();
            t.push(d, c).unwrap();
            if i % 97 == 0 || i == full.len() - 1 {
                let upto = Series::new("W", "Walk", full.days()[..=i].to_vec(), full.closes()[..=i].to_vec())
                    .unwrap();
                let rebuilt = Track::new(upto.clone());
                assert_eq!(
                    t.card(None, None).unwrap(),
                    rebuilt.card(None, None).unwrap(),
                    "after {i} pushes"
                );
                assert_eq!(t.card(None, None).unwrap(), summarize(&upto, None).unwrap());
                assert_eq!(t.ath, rebuilt.ath);
                assert_eq!(t.range, rebuilt.range);
            }
        }
    }

    #[test]
    fn bad_pushes_change_nothing() {
        let mut t = Track::new(walk(100, 7));
        let before = (t.series.clone(), t.ath.clone(), t.range.clone());
        let last = *t.series.days().last().unwrap();
        for (day, close, msg) in [
            (last - 1, 10.0, "it is before the last date"),
            (last + 1, 0.0, "close 0 is not a positive, finite number"),
            (last + 1, f64::NAN, "close NaN is not a positive, finite number"),
            (last, -1.0, "close -1 is not"),
        ] {
            let e = t.push(day, close).unwrap_err().to_string();
            assert!(e.contains(msg) && e.ends_with("nothing was changed"), "{e}");
            assert_eq!((t.series.clone(), t.ath.clone(), t.range.clone()), before);
        }
    }

    #[test]
    fn range_index_matches_a_scan_for_every_window() {
        let s = walk(700, 99);
        let t = Track::new(s.clone());
        let closes = s.closes();
        for a in (0..700).step_by(13) {
            for b in (a..700).step_by(7) {
                let want = closes[a..=b]
                    .iter()
                    .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &c| (lo.min(c), hi.max(c)));
                assert_eq!(t.min_max(a, b), want, "{a}..={b}");
            }
        }
    }
}
