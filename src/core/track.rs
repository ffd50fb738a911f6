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

/// Closes per sub-block: inside a partial block, whole sub-blocks answer from where their lowest
/// and highest closes are (two offsets in one byte, a quarter of a byte a close), so a range
/// scans at most 2 × (SUB − 1) closes and reads at most 2 × (BLOCK / SUB − 1) sub-blocks. A
/// chart's pixel column over a long history holds one or two blocks' worth of closes: this made
/// `deck.chart` for MAX (four real series, 1,200 px) 0.82–0.93 of its time (Node, 2026-12-01),
/// where blocks of 8 made it 0.81–0.94 for twice the sparse table (17 rather than 8.5 bytes a
/// close at a million closes).
const SUB: usize = 4;

/// The index of the lower (`Low`) or higher (`High`) of two closes, the earlier index on a tie
/// (`i` is always the earlier one).
#[derive(Clone, Copy)]
enum Side {
    Low,
    High,
}

impl Side {
    /// Inlined: with a call per pick, `new Deck` of 400,000 closes took 0.84 of its former time
    /// instead of 0.72 once the index build's loops were plain (Node, 2026-12-01); the chart's
    /// column queries pick in their inner loop too.
    #[inline(always)]
    fn pick(self, closes: &[f64], i: u32, j: u32) -> u32 {
        let (ci, cj) = (closes.get(i as usize), closes.get(j as usize));
        let later_wins = match (self, ci, cj) {
            (Side::Low, Some(a), Some(b)) => b < a,
            (Side::High, Some(a), Some(b)) => b > a,
            _ => false,
        };
        if later_wins {
            j
        } else {
            i
        }
    }
}

/// Where the minimum and maximum of any index range are, with O(1) amortized appends: a sparse
/// table over whole blocks of indexes (not values), so a range answers both its extremes and
/// their order (what the chart's decimation needs) and is half the size of a table of f64s.
#[derive(Debug, Clone, Default, PartialEq)]
struct RangeIndex {
    /// `max[j][k]` / `min[j][k]`: the index of the highest / lowest close over the 2^j complete
    /// blocks starting at block k (the earliest on ties).
    max: Vec<Vec<u32>>,
    min: Vec<Vec<u32>>,
    /// `sub[s]`: the offsets in sub-block s (indexes s*SUB ..) of its lowest close (low four
    /// bits) and its highest (high four bits), the earliest on ties.
    sub: Vec<u8>,
}

impl RangeIndex {
    /// Number of complete blocks stored.
    fn blocks(&self) -> usize {
        self.max.first().map_or(0, Vec::len)
    }

    /// Extends the index to the first `subs` sub-blocks and `blocks` whole blocks of `closes`
    /// (never fewer than it holds): a whole build, a slice of one (`Building`) and a push that
    /// completes a block are one way. Level j's span at k pairs level j − 1's at k and at
    /// k + 2^(j−1), so each level grows as far as the one below it reaches, in one plain pass.
    fn grow(&mut self, closes: &[f64], subs: usize, blocks: usize) {
        let have = self.sub.len();
        if subs > have {
            let new = closes.get(have * SUB..subs * SUB).unwrap_or_default();
            self.sub.extend(new.chunks_exact(SUB).map(pack_chunk));
        }
        let from = self.blocks();
        if blocks <= from {
            return;
        }
        if self.max.is_empty() {
            self.max.push(Vec::new());
            self.min.push(Vec::new());
        }
        // Each whole block's extremes from its sub-blocks', not a second pass over its closes:
        // the sub-block level made a 400,000-close deck 34 % slower to build until then.
        let groups = self.sub.get(from * (BLOCK / SUB)..blocks * (BLOCK / SUB)).unwrap_or_default();
        if let (Some(max0), Some(min0)) = (self.max.first_mut(), self.min.first_mut()) {
            for (k, group) in (from..).zip(groups.chunks_exact(BLOCK / SUB)) {
                let (lo, hi) = block_extremes(closes, group, k * BLOCK);
                max0.push(hi);
                min0.push(lo);
            }
        }
        let mut j = 1;
        while 1 << j <= blocks {
            if self.max.len() <= j {
                self.max.push(Vec::new());
                self.min.push(Vec::new());
            }
            let (half, len) = (1 << (j - 1), blocks + 1 - (1 << j));
            for (levels, side) in [(&mut self.max, Side::High), (&mut self.min, Side::Low)] {
                let (below, at) = levels.split_at_mut(j);
                let (Some(prev), Some(level)) = (below.last(), at.first_mut()) else { break };
                let start = level.len();
                let firsts = prev.get(start..len).unwrap_or_default();
                let seconds = prev.get(start + half..len + half).unwrap_or_default();
                level.extend(firsts.iter().zip(seconds).map(|(&i, &k)| side.pick(closes, i, k)));
            }
            j += 1;
        }
    }

    /// Where the (min, max) over the whole blocks `a..=b` are (a ≤ b < blocks()).
    fn blocks_range(&self, closes: &[f64], a: usize, b: usize) -> Option<(u32, u32)> {
        let span = b - a + 1;
        let j = (usize::BITS - 1 - span.leading_zeros()) as usize;
        let second = b + 1 - (1 << j);
        let (mx, mn) = (self.max.get(j)?, self.min.get(j)?);
        Some((
            Side::Low.pick(closes, *mn.get(a)?, *mn.get(second)?),
            Side::High.pick(closes, *mx.get(a)?, *mx.get(second)?),
        ))
    }
}

/// The offsets of the lowest and highest of a sub-block's closes (the earliest on ties), packed
/// in one byte: a plain loop, where a scan through `scan_extremes` was a call each sub-block.
fn pack_chunk(closes: &[f64]) -> u8 {
    let Some(&first) = closes.first() else { return 0 };
    let (mut low, mut high, mut lo, mut hi) = (first, first, 0u8, 0u8);
    for (k, &c) in (0..).zip(closes) {
        if c < low {
            (low, lo) = (c, k);
        }
        if c > high {
            (high, hi) = (c, k);
        }
    }
    lo | hi << 4
}

/// Where the lowest and highest closes of the block starting at `start` are, from its sub-blocks'
/// `group` of packed bytes: in index order with strict comparisons, so a tie keeps the earliest,
/// as a scan does. What `Track::new` and a push that completes a block both store.
fn block_extremes(closes: &[f64], group: &[u8], start: usize) -> (u32, u32) {
    let (mut low, mut high, mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY, start as u32, start as u32);
    for (q, &packed) in (0..).zip(group) {
        let (l, h) = unpack_sub(packed, start + q * SUB);
        let (cl, ch) = (closes.get(l).copied().unwrap_or(low), closes.get(h).copied().unwrap_or(high));
        if cl < low {
            (low, lo) = (cl, l as u32);
        }
        if ch > high {
            (high, hi) = (ch, h as u32);
        }
    }
    (lo, hi)
}

/// Where the lowest and highest closes of the sub-block starting at `start` are, from its
/// `pack_sub` byte.
fn unpack_sub(packed: u8, start: usize) -> (usize, usize) {
    (start + usize::from(packed & 0xf), start + usize::from(packed >> 4))
}

/// Where the lowest and highest of `closes[from..to]` are (the earliest on ties); `None` when empty.
pub(crate) fn scan_extremes(closes: &[f64], from: usize, to: usize) -> Option<(usize, usize)> {
    let window = closes.get(from..to)?;
    let first = *window.first()?;
    let (mut lo, mut hi) = ((0, first), (0, first));
    for (k, &c) in window.iter().enumerate().skip(1) {
        if c < lo.1 {
            lo = (k, c);
        }
        if c > hi.1 {
            hi = (k, c);
        }
    }
    Some((from + lo.0, from + hi.0))
}

/// The first index in `lo..hi` whose day is after `day` (`hi` when none is), searched outwards
/// from `lo`: O(log k) for an answer k places on, so walking a series in date order costs
/// O(log gap) a step rather than O(log n).
pub(crate) fn first_after(days: &[Day], lo: usize, hi: usize, day: Day) -> usize {
    let hi = hi.min(days.len());
    let mut start = lo;
    let mut step = 1;
    while start < hi {
        let probe = (start + step).min(hi);
        // Every day in start..probe-1 is known to be on or before `day` once the last one is.
        if days.get(probe - 1).is_some_and(|&d| d > day) {
            return start + days.get(start..probe).unwrap_or_default().partition_point(|&d| d <= day);
        }
        start = probe;
        step *= 2;
    }
    hi
}

/// The (lowest, highest) of two ranges' extremes, `a`'s range before `b`'s (so a tie keeps `a`'s).
fn merge(closes: &[f64], a: Option<(usize, usize)>, b: Option<(usize, usize)>) -> Option<(usize, usize)> {
    match (a, b) {
        (Some((l1, h1)), Some((l2, h2))) => Some((
            Side::Low.pick(closes, l1 as u32, l2 as u32) as usize,
            Side::High.pick(closes, h1 as u32, h2 as u32) as usize,
        )),
        (a, None) => a,
        (None, b) => b,
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
    /// What `extend` would build close by close, in plain passes (`Building`, all at once).
    pub fn new(series: Series) -> Track {
        Building::new(series).finish()
    }

    pub fn series(&self) -> &Series {
        &self.series
    }

    /// Updates the running high and stores the sub-blocks and blocks that index `i` completes.
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
        // Sub-blocks likewise.
        self.range.grow(self.series.closes(), i / SUB, i / BLOCK);
    }

    /// Pushes a close (see `Series::push`); on error nothing changes. True when a date was
    /// appended, false when the last date's close was replaced.
    pub fn push(&mut self, day: Day, close: f64) -> Result<bool, Error> {
        let appended = self.series.push(day, close)?;
        let last = self.series.len() - 1;
        self.extend(last, close);
        Ok(appended)
    }

    /// (min, max) of the closes at indexes `a..=b` (see `extremes`). O(log n).
    pub fn min_max(&self, a: usize, b: usize) -> (f64, f64) {
        let closes = self.series.closes();
        match self.extremes(a, b) {
            Some((lo, hi)) => (
                closes.get(lo).copied().unwrap_or(f64::INFINITY),
                closes.get(hi).copied().unwrap_or(f64::NEG_INFINITY),
            ),
            None => (f64::INFINITY, f64::NEG_INFINITY),
        }
    }

    /// Where the lowest and the highest close at indexes `a..=b` are (the earliest index on
    /// ties); `None` for an empty range. The whole stored blocks inside the range come from the
    /// sparse table in O(1), the rest (at most two partial blocks) from their stored sub-blocks
    /// and scans of at most SUB − 1 closes at each end: O(SUB + BLOCK / SUB).
    pub fn extremes(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let closes = self.series.closes();
        let b = b.min(closes.len().checked_sub(1)?);
        if a > b {
            return None;
        }
        let first_full = a.div_ceil(BLOCK);
        let last_full = ((b + 1) / BLOCK).min(self.range.blocks()); // exclusive
        if first_full >= last_full {
            return self.partial(a, b + 1);
        }
        // In index order, so that a tie keeps the earliest.
        let whole =
            self.range.blocks_range(closes, first_full, last_full - 1).map(|(l, h)| (l as usize, h as usize));
        let left = self.partial(a, first_full * BLOCK);
        let right = self.partial(last_full * BLOCK, b + 1);
        merge(closes, merge(closes, left, whole), right)
    }

    /// Where the lowest and highest closes at indexes `from..to` are (the earliest on ties), for
    /// a range inside about two blocks: its stored whole sub-blocks from their offsets, the rest
    /// scanned. O(SUB + (to − from) / SUB).
    fn partial(&self, from: usize, to: usize) -> Option<(usize, usize)> {
        let closes = self.series.closes();
        let first_sub = from.div_ceil(SUB);
        let last_sub = (to / SUB).min(self.range.sub.len()); // exclusive
        if first_sub >= last_sub {
            return scan_extremes(closes, from, to);
        }
        let mut found = scan_extremes(closes, from, first_sub * SUB);
        for (s, &packed) in (first_sub..).zip(self.range.sub.get(first_sub..last_sub).unwrap_or_default()) {
            found = merge(closes, found, Some(unpack_sub(packed, s * SUB)));
        }
        merge(closes, found, scan_extremes(closes, last_sub * SUB, to))
    }

    /// The indexes from `i` up to `b` whose days are on or before `last` (`i` always, as its
    /// day is taken to be): where they end (exclusive) and where their lowest and highest closes
    /// are, as `extremes` finds them: a pixel column of a chart. The end of a run of at most
    /// 2 × BLOCK closes (most columns of a long chart) is walked to, a longer one's searched
    /// outwards: O(BLOCK + log n).
    pub fn run_until(&self, i: usize, b: usize, last: Day) -> (usize, Option<(usize, usize)>) {
        let days = self.series.days();
        let end = b.saturating_add(1).min(days.len());
        if i >= end {
            return (i, None);
        }
        let stop = i + 2 * BLOCK;
        let j = if stop < end && days.get(stop).is_some_and(|&d| d <= last) {
            // A long run: its end searched outwards from there.
            first_after(days, stop + 1, end, last)
        } else {
            i + 1
                + days
                    .get(i + 1..stop.min(end))
                    .unwrap_or_default()
                    .iter()
                    .take_while(|&&d| d <= last)
                    .count()
        };
        if j == i + 1 {
            // One close (most columns of a short period's chart).
            return (j, Some((i, i)));
        }
        (j, self.extremes(i, j - 1))
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

/// A `Track` built a slice at a time, so that a long series (400,000 closes: 17 ms in Node, about
/// 140 ms in Chromium at 4× CPU slowdown) need not be indexed in one long task: the running highs
/// and the range index over the first closes, then over the next. Built at once, or in slices of
/// any size, it is the same `Track`.
#[derive(Debug)]
pub struct Building {
    series: Series,
    ath: Vec<u32>,
    range: RangeIndex,
    /// The highest close so far and its index (the earliest on ties).
    high: (f64, u32),
}

impl Building {
    pub fn new(series: Series) -> Building {
        let ath = Vec::with_capacity(series.len());
        Building { series, ath, range: RangeIndex::default(), high: (f64::NEG_INFINITY, 0) }
    }

    /// The number of closes built so far.
    pub fn built(&self) -> usize {
        self.ath.len()
    }

    /// The number of closes to build in all.
    pub fn len(&self) -> usize {
        self.series.len()
    }

    /// Never true: a `Series` holds at least one close.
    pub fn is_empty(&self) -> bool {
        self.series.is_empty()
    }

    /// Builds up to `closes` more closes: their running highs, then the range index as far as
    /// they complete it (never the last close's block, as `extend`). True when all are built.
    pub fn step(&mut self, closes: usize) -> bool {
        let all = self.series.closes();
        let from = self.ath.len();
        let to = from.saturating_add(closes).min(all.len());
        // Written into a table of the right length: a push a close was a call each in the wasm.
        self.ath.resize(to, 0);
        let (mut high, mut best) = self.high;
        let slots = self.ath.get_mut(from..).unwrap_or_default();
        for (i, (slot, &close)) in
            (from as u32..).zip(slots.iter_mut().zip(all.get(from..to).unwrap_or_default()))
        {
            // The earlier index on a tie, as `extend` (closes are finite: validated by `Series`).
            if close > high {
                (high, best) = (close, i);
            }
            *slot = best;
        }
        self.high = (high, best);
        let indexed = to.min(all.len().saturating_sub(1));
        self.range.grow(all, indexed / SUB, indexed / BLOCK);
        to == all.len()
    }

    /// The `Track`, what is left built now.
    pub fn finish(mut self) -> Track {
        while !self.step(usize::MAX) {}
        Track { series: self.series, ath: self.ath, range: self.range }
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
    fn slices_of_any_size_build_the_same_track() {
        // Lengths around sub-block and block edges, and one long enough for many levels.
        for n in [1, 2, 4, 5, 16, 17, 33, 64, 65, 1000, 5000] {
            let whole = Track::new(walk(n, n as u64 + 3));
            for slice in [1, 3, 4, 16, 17, 100, 4096] {
                let mut b = Building::new(walk(n, n as u64 + 3));
                let mut steps = 0;
                while !b.step(slice) {
                    steps += 1;
                    assert_eq!(b.built(), steps * slice, "{n} closes in slices of {slice}");
                }
                assert_eq!(b.built(), n);
                let t = b.finish();
                assert_eq!((&t.ath, &t.range), (&whole.ath, &whole.range), "{n} closes in slices of {slice}");
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

    #[test]
    fn runs_end_after_their_last_day_with_the_extremes_of_a_scan() {
        // Ties (rounded closes); runs of every length from one close to hundreds (walked, and
        // searched with the range index), cut short by `b` or by the last day.
        let w = walk(1200, 11);
        let closes: Vec<f64> = w.closes().iter().map(|c| c.round()).collect();
        let t = Track::new(Series::new("W", "Walk", w.days().to_vec(), closes.clone()).unwrap());
        let days = w.days();
        for i in (0..1200).step_by(17) {
            for len in [0, 1, 2, 15, 16, 31, 32, 33, 47, 64, 100, 400, 2000] {
                let last = days[(i + len).min(1199)] + (len % 2) as Day;
                for b in [i, i + 20, i + 40, i + 300, 5000] {
                    let end = first_after(days, i + 1, (b + 1).min(1200), last);
                    let want = (end, scan_extremes(&closes, i, end));
                    assert_eq!(t.run_until(i, b, last), want, "{i}, {len}, {b}");
                }
            }
        }
        assert_eq!(t.run_until(1200, 5000, Day::MAX), (1200, None));
    }

    #[test]
    fn extremes_are_where_a_scan_finds_them_earliest_on_ties() {
        // Closes rounded to whole numbers: many ties, inside blocks and across them.
        let w = walk(900, 5);
        let closes: Vec<f64> = w.closes().iter().map(|c| c.round()).collect();
        let t = Track::new(Series::new("W", "Walk", w.days().to_vec(), closes.clone()).unwrap());
        for a in (0..900).step_by(11) {
            for b in (a..900).step_by(5) {
                assert_eq!(t.extremes(a, b), scan_extremes(&closes, a, b + 1), "{a}..={b}");
            }
        }
        // Every window near the start: every alignment to sub-blocks and blocks.
        for a in 0..80 {
            for b in a..80 {
                assert_eq!(t.extremes(a, b), scan_extremes(&closes, a, b + 1), "{a}..={b}");
            }
        }
        assert_eq!(t.extremes(5, 4), None);
        assert_eq!(t.extremes(899, 5000), Some((899, 899)));
    }
}
