//! `Deck`: series validated once, answering cards, comparisons and charts for any date and period.

use crate::core::calendar::Day;
use crate::core::compare::{self, Comparison};
use crate::core::metrics::Card;
use crate::core::request::{AsOf, ChartRequest, CompareRequest, SparkRequest};
use crate::core::series::Series;
use crate::core::track::{Building, Track};
use crate::error::Error;
use crate::output::chart::{self, Chart, Spark};
use crate::output::date::IsoDate;
use serde::Serialize;
use std::cell::Cell;
use tsify::Tsify;

/// Loaded series. Built once; every query reads it without re-validating, and cards cost
/// O(log n) each (see `track`).
///
/// ```
/// use indexcards::core::{deck::Deck, request::AsOf, series::Series};
/// let s = Series::new("RUT", "Russell 2000", vec![20_042, 20_049], vec![2303.84, 2406.67]).unwrap();
/// let deck = Deck::from_series(vec![s]);
/// let cards = deck.cards(AsOf::LATEST).unwrap();
/// assert_eq!(cards[0].close, 2406.67);
/// ```
#[derive(Debug, Clone)]
pub struct Deck {
    tracks: Vec<Track>,
    /// The latest close of any series on or before an as-of date, for the last as-of asked
    /// (a card's `stale` needs it; computing it is O(series × log n), so it is kept).
    latest: Cell<Option<(AsOf, Option<Day>)>>,
}

/// A loaded series, as `deck.series` lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct SeriesInfo {
    pub id: String,
    pub name: String,
    pub first_date: IsoDate,
    pub last_date: IsoDate,
    /// Number of closes.
    pub length: usize,
}

/// What a push did: `appended` a new last date, or (false) replaced the last date's close.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct PushResult {
    pub appended: bool,
}

/// A `Deck` whose series are validated and whose tracks are built a slice at a time
/// (`IndexCards.Deck.build`): a page loading a long history builds it between frames.
///
/// ```
/// use indexcards::core::{deck::DeckBuild, series::Series};
/// let s = Series::new("RUT", "Russell 2000", vec![20_042, 20_049], vec![2303.84, 2406.67]).unwrap();
/// let mut build = DeckBuild::new(vec![s]);
/// while !build.step(1) {}
/// assert_eq!(build.finish().len(), 1);
/// ```
#[derive(Debug)]
pub struct DeckBuild {
    tracks: Vec<Track>,
    /// The series not started yet, the next one last.
    waiting: Vec<Series>,
    building: Option<Building>,
}

impl DeckBuild {
    pub fn new(mut series: Vec<Series>) -> DeckBuild {
        series.reverse();
        let building = series.pop().map(Building::new);
        DeckBuild { tracks: Vec::new(), waiting: series, building }
    }

    /// Builds up to `closes` more closes of the series, in input order; true when all are built.
    pub fn step(&mut self, closes: usize) -> bool {
        let mut left = closes;
        while let Some(building) = self.building.as_mut() {
            let before = building.built();
            if !building.step(left) {
                return false;
            }
            left = left.saturating_sub(building.len() - before);
            if let Some(done) = self.building.take() {
                self.tracks.push(done.finish());
            }
            self.building = self.waiting.pop().map(Building::new);
            if left == 0 {
                break;
            }
        }
        self.building.is_none()
    }

    /// The deck, what is left built now.
    pub fn finish(mut self) -> Deck {
        while !self.step(usize::MAX) {}
        Deck { tracks: self.tracks, latest: Cell::new(None) }
    }
}

impl Deck {
    /// A deck of validated series (see `input::series::read_list` for reading them from JS values).
    pub fn from_series(series: Vec<Series>) -> Deck {
        DeckBuild::new(series).finish()
    }

    /// The loaded series, in input order.
    pub fn series(&self) -> impl Iterator<Item = &Series> {
        self.tracks.iter().map(Track::series)
    }

    /// What `deck.series` shows of each loaded series, in input order.
    ///
    /// ```js
    /// deck.series; // [{ id: "RUT", name: "Russell 2000", firstDate: "1987-09-10", lastDate: "2026-02-20", length: 9685 }]
    /// ```
    pub fn series_info(&self) -> Vec<SeriesInfo> {
        self.series()
            .map(|s| SeriesInfo {
                id: s.id().into(),
                name: s.name().into(),
                first_date: IsoDate(s.days().first().copied().unwrap_or_default()),
                last_date: IsoDate(s.days().last().copied().unwrap_or_default()),
                length: s.len(),
            })
            .collect()
    }

    /// Number of series.
    pub fn len(&self) -> usize {
        self.tracks.len()
    }

    /// Never true for a deck read from input: it holds at least one series.
    pub fn is_empty(&self) -> bool {
        self.tracks.is_empty()
    }

    /// Input-order index of series `id`.
    pub fn index_of(&self, id: &str) -> Result<usize, Error> {
        self.tracks
            .iter()
            .position(|t| t.series().id() == id)
            .ok_or_else(|| Error::NoSuchSeries { id: id.into() })
    }

    fn track(&self, index: usize) -> Result<&Track, Error> {
        self.tracks.get(index).ok_or_else(|| Error::NoSuchSeries { id: format!("#{index}") })
    }

    /// The latest close of any series on or before `as_of` (memoized for the last `as_of`).
    fn latest_by(&self, as_of: AsOf) -> Option<Day> {
        if let Some((asked, latest)) = self.latest.get() {
            if asked == as_of {
                return latest;
            }
        }
        let latest = self.tracks.iter().filter_map(|t| t.last_by(as_of.day())).max();
        self.latest.set(Some((as_of, latest)));
        latest
    }

    /// One card per series at `as_of`, in input order, O(log n) each. A series with no close
    /// on or before `as_of` is an error (`NothingByAsOf`), as in `summarize`.
    ///
    /// ```js
    /// deck.cards("2024-06-28").map((c) => [c.id, c.ytd, c.stale]);
    /// ```
    pub fn cards(&self, as_of: AsOf) -> Result<Vec<Card>, Error> {
        let latest = self.latest_by(as_of);
        self.tracks.iter().map(|t| t.card(as_of.day(), latest)).collect()
    }

    /// The card of series `id` at `as_of`, in O(log n) (O(series) more when `as_of` differs
    /// from the last one asked).
    ///
    /// ```js
    /// deck.card("RUT", "2024-11-22").notes.d1; // { reason: "since", date: "2024-11-15" } or null
    /// ```
    pub fn card(&self, id: &str, as_of: AsOf) -> Result<Card, Error> {
        self.card_at(self.index_of(id)?, as_of)
    }

    /// `card` for the series at `index` (input order).
    pub fn card_at(&self, index: usize, as_of: AsOf) -> Result<Card, Error> {
        self.track(index)?.card(as_of.day(), self.latest_by(as_of))
    }

    /// Calls `each` with every series' card figures at `as_of` (id and name left empty), in
    /// input order, allocating nothing: for a packed fast path.
    pub fn each_figures(&self, as_of: AsOf, mut each: impl FnMut(&Card)) -> Result<(), Error> {
        let latest = self.latest_by(as_of);
        for t in &self.tracks {
            each(&t.figures(as_of.day(), latest)?);
        }
        Ok(())
    }

    /// The card figures of the series at `index` (id and name left empty).
    pub fn figures_at(&self, index: usize, as_of: AsOf) -> Result<Card, Error> {
        self.track(index)?.figures(as_of.day(), self.latest_by(as_of))
    }

    /// A new close for series `id`: for its last date it replaces that close (an intraday
    /// update), for a later date it appends; O(1) amortized. Anything else is an error and
    /// leaves the deck unchanged.
    ///
    /// ```js
    /// deck.push("RUT", "2026-02-23", 2442.03); // { appended: true }
    /// ```
    pub fn push(&mut self, id: &str, day: Day, close: f64) -> Result<PushResult, Error> {
        self.push_at(self.index_of(id)?, day, close)
    }

    /// `push` for the series at `index` (input order).
    pub fn push_at(&mut self, index: usize, day: Day, close: f64) -> Result<PushResult, Error> {
        let track =
            self.tracks.get_mut(index).ok_or_else(|| Error::NoSuchSeries { id: format!("#{index}") })?;
        let appended = track.push(day, close)?;
        if appended {
            self.latest.set(None);
        }
        Ok(PushResult { appended })
    }

    /// Every date of any series, ascending, once: the stops of an as-of control.
    ///
    /// ```js
    /// slider.max = deck.dates().length - 1;
    /// ```
    pub fn dates(&self) -> Vec<IsoDate> {
        self.days().into_iter().map(IsoDate).collect()
    }

    /// `dates` as day numbers (days since 1970-01-01). Each series' days ascend, so they are
    /// merged pairwise, round by round: O(n log k) for k series, where sorting them all took
    /// 18 of the 28 ms of `deck.dates()` for the four real CSVs (57,000 days, Chromium, 2026-12-01).
    pub fn days(&self) -> Vec<Day> {
        let mut runs: Vec<Vec<Day>> = self.series().map(|s| s.days().to_vec()).collect();
        while runs.len() > 1 {
            let mut merged = Vec::with_capacity(runs.len().div_ceil(2));
            let mut pairs = runs.into_iter();
            while let Some(a) = pairs.next() {
                merged.push(match pairs.next() {
                    Some(b) => merge_days(&a, &b),
                    None => a,
                });
            }
            runs = merged;
        }
        runs.pop().unwrap_or_default()
    }

    /// The rebased comparison (see `compare::Comparison`), O(series × log n).
    ///
    /// ```js
    /// deck.compare({ period: "MTD", reference: "SPX" }).series[0].return;
    /// ```
    pub fn compare(&self, request: &CompareRequest) -> Result<Comparison, Error> {
        compare::compare(&self.tracks, request)
    }

    /// The comparison drawn: chart geometry, crosshair samples and a sparkline per series,
    /// bounded by pixels (see `chart::chart`).
    ///
    /// ```js
    /// deck.chart({ period: "1Y", width: 720, height: 360, spark: { width: 120, height: 32 } }).lines[0].d;
    /// ```
    pub fn chart(&self, request: &ChartRequest) -> Result<Chart, Error> {
        let (comparison, spans) = compare::compare_spans(&self.tracks, &request.compare)?;
        chart::chart(&self.tracks, &comparison, &spans, request.size(), request.spark, request.crosshair)
    }

    /// The cards' sparklines alone, equal to `chart(…).sparks` for the same comparison and
    /// spark size, for every series or only those `ids` names: for cards shown while the chart
    /// is not (out of view, or not drawn), at a fraction of the chart's cost.
    ///
    /// ```js
    /// deck.sparks({ period: "YTD", width: 120, height: 32, ids: ["RUT"] })[0].d;
    /// ```
    pub fn sparks(&self, request: &SparkRequest) -> Result<Vec<Option<Spark>>, Error> {
        let picks: Vec<usize> = match &request.ids {
            None => (0..self.tracks.len()).collect(),
            Some(ids) => ids.iter().map(|id| self.index_of(id)).collect::<Result<_, _>>()?,
        };
        let spans = compare::spans_of(&self.tracks, &request.compare, &picks)?;
        Ok(picks
            .into_iter()
            .zip(spans)
            .map(|(i, span)| {
                let (track, span) = (self.tracks.get(i)?, span?);
                chart::sparkline(track, span.base?, span.end?, request.size)
            })
            .collect())
    }
}

/// The days of two ascending runs, ascending, each day once: written into a table of both runs'
/// length, then cut to the days written. Peeking iterators and a push a day were calls each in
/// the size-optimized wasm: `deck.days()` for the four real CSVs took 1.2-2.0 ms, now 0.35-0.43
/// (Node, 2026-12-01); the element asks for it at every new deck.
fn merge_days(a: &[Day], b: &[Day]) -> Vec<Day> {
    let mut out = vec![0; a.len() + b.len()];
    let (mut i, mut j, mut written) = (0, 0, 0);
    for slot in out.iter_mut() {
        *slot = match (a.get(i), b.get(j)) {
            (Some(&x), Some(&y)) => {
                i += usize::from(x <= y);
                j += usize::from(y <= x);
                x.min(y)
            }
            (Some(&x), None) => {
                i += 1;
                x
            }
            (None, Some(&y)) => {
                j += 1;
                y
            }
            (None, None) => break,
        };
        written += 1;
    }
    out.truncate(written);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deck(runs: &[&[Day]]) -> Deck {
        let series = runs.iter().enumerate().map(|(k, days)| {
            Series::new(&format!("S{k}"), "", days.to_vec(), vec![1.0; days.len()]).unwrap()
        });
        Deck::from_series(series.collect())
    }

    #[test]
    fn days_are_every_series_days_ascending_once() {
        assert_eq!(deck(&[&[3, 5, 9]]).days(), [3, 5, 9]);
        assert_eq!(deck(&[&[3, 5, 9], &[1, 5, 10]]).days(), [1, 3, 5, 9, 10]);
        let five: [&[Day]; 5] = [&[2, 4], &[1, 4, 7], &[4], &[0, 8], &[7, 9]];
        assert_eq!(deck(&five).days(), [0, 1, 2, 4, 7, 8, 9]);
        let dates = deck(&five).dates();
        assert_eq!(dates.len(), 7);
        assert_eq!(dates.first().map(|d| d.day()), Some(0));
    }

    #[test]
    fn merged_days_equal_the_sorted_union_of_overlapping_runs() {
        let mut x = 0x9e37_79b9_u32;
        for case in 0..200 {
            // Up to five runs of up to 60 days out of 0..90: overlapping, nested, disjoint, empty.
            let runs: Vec<Vec<Day>> = (0..1 + case % 5)
                .map(|_| {
                    (0..90)
                        .filter(|_| {
                            x ^= x << 13;
                            x ^= x >> 17;
                            x ^= x << 5;
                            x % 3 == 0
                        })
                        .collect()
                })
                .collect();
            let mut union: Vec<Day> = runs.concat();
            union.sort_unstable();
            union.dedup();
            let merged = runs.iter().fold(Vec::new(), |acc, run| merge_days(&acc, run));
            assert_eq!(merged, union, "{runs:?}");
            let nonempty: Vec<&[Day]> = runs.iter().map(Vec::as_slice).filter(|r| !r.is_empty()).collect();
            if !nonempty.is_empty() {
                assert_eq!(deck(&nonempty).days(), union, "{runs:?}");
            }
        }
    }

    #[test]
    fn a_deck_built_in_slices_answers_as_one_built_at_once() {
        // Three series of 5, 40 and 17 closes: slices that end inside a series, at its end, and
        // that carry what is left of them into the next series.
        let mut x = 0x2545_f491_u32;
        let series: Vec<Series> = [5usize, 40, 17]
            .iter()
            .enumerate()
            .map(|(k, &n)| {
                let days: Vec<Day> = (0..n as Day).map(|d| 2 * d + k as Day).collect();
                let closes = (0..n)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        50.0 + f64::from(x % 100)
                    })
                    .collect();
                Series::new(&format!("S{k}"), "", days, closes).unwrap()
            })
            .collect();
        let whole = Deck::from_series(series.clone());
        for slice in [1, 2, 5, 7, 40, 62, 100] {
            let mut build = DeckBuild::new(series.clone());
            let mut steps = 1;
            while !build.step(slice) {
                steps += 1;
            }
            assert_eq!(steps, 62usize.div_ceil(slice), "slices of {slice}");
            let deck = build.finish();
            assert_eq!(deck.days(), whole.days());
            for day in (-1..90).map(AsOf::on).chain([AsOf::LATEST]) {
                for k in 0..3 {
                    assert_eq!(
                        deck.card_at(k, day).ok(),
                        whole.card_at(k, day).ok(),
                        "slices of {slice}, {day:?}"
                    );
                }
            }
        }
    }
}
