//! `Deck`: series validated once, answering cards, comparisons, chart paths and the page's view for any date and period.

use crate::core::calendar::{self, Day};
use crate::core::compare::{self, Comparison, Period, Roles};
use crate::core::metrics::Card;
use crate::core::series::Series;
use crate::core::track::Track;
use crate::error::Error;
use crate::input::options::Options;
use crate::input::raw::Raw;
use crate::output::chart::{self, ChartGeometry, Size, Spark};
use crate::output::view::{self, View};

/// Loaded series. Built once from input; every query reads it without re-validating, and
/// cards cost O(log n) each (see `track`).
#[derive(Debug, Clone)]
pub struct Deck {
    tracks: Vec<Track>,
}

/// `paths`' result: the comparison chart and one sparkline per series.
#[derive(Debug, Clone, PartialEq)]
pub struct PathsOut {
    pub chart: ChartGeometry,
    pub sparks: Vec<Option<Spark>>,
}

const COMPARE_KEYS: &[&str] = &["period", "from", "to", "reference", "smallCap", "largeCap"];
const SIZE_KEYS: &[&str] = &["width", "height"];

/// Period and end date from `period` / `from` / `to` (default YTD up to the latest date).
fn period_of(o: &Options) -> Result<(Period, Option<Day>), Error> {
    let to = o.date("to")?;
    let from = o.date("from")?;
    let named = match o.text("period")? {
        None => None,
        Some(text) => Some(Period::parse(text).ok_or_else(|| Error::BadOption {
            option: "period",
            expected: "one of 1W, WTD, MTD, QTD, YTD, 1Y, 3Y, 5Y, MAX",
            found: crate::error::quote(text),
        })?),
    };
    let period = match (named, from) {
        (Some(_), Some(_)) => {
            return Err(Error::BadOption {
                option: "period",
                expected: "left out when from is given (from sets the period)",
                found: o.get("period").map(Raw::preview).unwrap_or_default(),
            })
        }
        (Some(p), None) => p,
        (None, Some(f)) => {
            if let Some(t) = to.filter(|&t| t < f) {
                return Err(Error::EmptyRange { from: calendar::format(f), to: calendar::format(t) });
            }
            Period::From(f)
        }
        (None, None) => Period::Ytd,
    };
    Ok((period, to))
}

fn roles_of(o: &Options) -> Result<Roles, Error> {
    Ok(Roles {
        reference: o.text("reference")?.map(String::from),
        small: o.text("smallCap")?.map(String::from),
        large: o.text("largeCap")?.map(String::from),
    })
}

fn size_of(raw: Option<&Raw>, prefix: &'static str, default: Size) -> Result<Size, Error> {
    let Some(raw) = raw else { return Ok(default) };
    let o = Options::nested(raw, SIZE_KEYS, prefix)?;
    let expected = "a number of pixels from 16 to 8192";
    let (w, h) =
        if prefix == "chart." { ("chart.width", "chart.height") } else { ("spark.width", "spark.height") };
    let dimension = |key: &str, option: &'static str, default: f64| match o.get(key) {
        None => Ok(default),
        Some(Raw::Number(n)) if (chart::MIN_SIZE..=chart::MAX_SIZE).contains(n) => Ok(*n),
        Some(other) => Err(Error::BadOption { option, expected, found: other.preview() }),
    };
    let width = dimension("width", w, default.width)?;
    let height = dimension("height", h, default.height)?;
    Ok(Size { width, height })
}

const CHART_DEFAULT: Size = Size { width: 720.0, height: 360.0 };
const SPARK_DEFAULT: Size = Size { width: 120.0, height: 32.0 };

impl Deck {
    /// Validates an array of `{ id, name, dates, closes }`.
    pub fn from_raw(raw: &Raw) -> Result<Deck, Error> {
        Ok(Deck::from_series(Series::list_from_raw(raw)?))
    }

    pub fn from_series(series: Vec<Series>) -> Deck {
        Deck { tracks: series.into_iter().map(Track::new).collect() }
    }

    /// The loaded series, in input order.
    pub fn series(&self) -> impl Iterator<Item = &Series> {
        self.tracks.iter().map(Track::series)
    }

    /// Input-order index of series `id`.
    fn index_of(&self, id: &str) -> Result<usize, Error> {
        self.tracks
            .iter()
            .position(|t| t.series().id() == id)
            .ok_or_else(|| Error::NoSuchSeries { id: id.into() })
    }

    fn track(&self, index: usize) -> Result<&Track, Error> {
        self.tracks.get(index).ok_or_else(|| Error::NoSuchSeries { id: format!("#{index}") })
    }

    /// A new close for series `id`: for its last date it replaces that close (an intraday
    /// update), for a later date it appends; O(1) amortized. Anything else is an error and
    /// leaves the deck unchanged.
    pub fn push(&mut self, id: &str, day: Day, close: f64) -> Result<(), Error> {
        self.push_at(self.index_of(id)?, day, close)
    }

    /// Number of series.
    pub fn len(&self) -> usize {
        self.tracks.len()
    }

    /// Never true: a deck holds at least one series.
    pub fn is_empty(&self) -> bool {
        self.tracks.is_empty()
    }

    /// One card per series at `as_of` (default: each series' last date), O(log n) each.
    pub fn cards_at(&self, as_of: Option<Day>) -> Result<Vec<Card>, Error> {
        self.tracks.iter().map(|t| t.card(as_of)).collect()
    }

    /// Calls `each` with every series' card figures at `as_of` (id and name left empty), in
    /// input order, allocating nothing: the fast path behind the bindings' packed cards.
    pub fn each_figures(&self, as_of: Option<Day>, mut each: impl FnMut(&Card)) -> Result<(), Error> {
        for t in &self.tracks {
            each(&t.figures(as_of)?);
        }
        Ok(())
    }

    /// `push` for the series at `index` (input order), for callers that resolved the id already.
    pub fn push_at(&mut self, index: usize, day: Day, close: f64) -> Result<(), Error> {
        self.tracks
            .get_mut(index)
            .ok_or_else(|| Error::NoSuchSeries { id: format!("#{index}") })?
            .push(day, close)
    }

    /// `figures` for the series at `index` (input order).
    pub fn figures_at(&self, index: usize, as_of: Option<Day>) -> Result<Card, Error> {
        self.track(index)?.figures(as_of)
    }

    /// The card of series `id` at `as_of` (default: its last date), in O(log n).
    pub fn card(&self, id: &str, as_of: Option<Day>) -> Result<Card, Error> {
        self.track(self.index_of(id)?)?.card(as_of)
    }

    /// Every date of any series, ascending, for an as-of control.
    pub fn dates(&self) -> Vec<Day> {
        crate::core::order::union_of_ascending(self.series().map(Series::days))
    }

    /// `{ asOf }` → one card per series.
    pub fn cards(&self, options: &Raw) -> Result<Vec<Card>, Error> {
        let o = Options::read(options, &["asOf"])?;
        self.cards_at(o.date("asOf")?)
    }

    fn comparison(&self, o: &Options) -> Result<Comparison, Error> {
        let (period, to) = period_of(o)?;
        compare::compare(&self.tracks, period, to, &roles_of(o)?)
    }

    /// `{ period | from, to, reference, smallCap, largeCap }` → the rebased comparison.
    pub fn compare(&self, options: &Raw) -> Result<Comparison, Error> {
        let o = Options::read(options, COMPARE_KEYS)?;
        self.comparison(&o)
    }

    /// The compare options plus `chart: { width, height }` and `spark: { width, height }` →
    /// the comparison chart and a sparkline per series.
    pub fn paths(&self, options: &Raw) -> Result<PathsOut, Error> {
        let keys: Vec<&str> = COMPARE_KEYS.iter().copied().chain(["chart", "spark"]).collect();
        let o = Options::read(options, &keys)?;
        let c = self.comparison(&o)?;
        let chart_size = size_of(o.get("chart"), "chart.", CHART_DEFAULT)?;
        let spark_size = size_of(o.get("spark"), "spark.", SPARK_DEFAULT)?;
        Ok(PathsOut { chart: chart::comparison_chart(&c, chart_size), sparks: self.sparks(&c, spark_size) })
    }

    fn sparks(&self, c: &Comparison, size: Size) -> Vec<Option<Spark>> {
        self.series()
            .map(|s| {
                let end = s.last_on_or_before(c.to)?;
                let t = s.days().get(end).copied()?;
                let base = c.period.base_index(s, t).filter(|&b| b < end)?;
                chart::sparkline(s.days(), s.closes(), base, end, size)
            })
            .collect()
    }

    /// `{ asOf, period | from, reference, smallCap, largeCap, chart, spark }` → everything the
    /// page shows: cards (with the period's return and sparkline), bars, chart, spread.
    pub fn view(&self, options: &Raw) -> Result<View, Error> {
        let keys: Vec<&str> =
            ["asOf", "period", "from", "reference", "smallCap", "largeCap", "chart", "spark"].to_vec();
        let o = Options::read(options, &keys)?;
        let as_of = o.date("asOf")?;
        let (period, _) = period_of(&o)?;
        let latest = self.series().filter_map(|s| s.days().last().copied()).max().unwrap_or(0);
        let first = self.series().filter_map(|s| s.days().first().copied()).min().unwrap_or(0);
        let to = as_of.unwrap_or(latest);
        let c = compare::compare(&self.tracks, period, Some(to), &roles_of(&o)?)?;
        let chart_size = size_of(o.get("chart"), "chart.", CHART_DEFAULT)?;
        let spark_size = size_of(o.get("spark"), "spark.", SPARK_DEFAULT)?;
        let sparks = self.sparks(&c, spark_size);
        let label = period.label();

        let mut cards = Vec::with_capacity(self.tracks.len());
        for ((track, line), spark) in self.tracks.iter().zip(&c.lines).zip(sparks) {
            let s = track.series();
            match track.card(Some(to)) {
                Ok(card) => {
                    let mut v = view::card_view(&card);
                    let mut row = view::row_for(&label, "this period", line.ret);
                    if line.ret.is_none() {
                        let text = format!("no close before the {label} period in the data");
                        row.set_note(view::Note::new("noPeriodBase", text));
                    }
                    v.period = Some(row);
                    v.spark = spark;
                    cards.push(v);
                }
                Err(Error::NothingByAsOf { .. }) => cards.push(view::missing_card(
                    s.id(),
                    s.name(),
                    to,
                    s.days().first().copied().unwrap_or(to),
                )),
                Err(other) => return Err(other),
            }
        }
        let (bars, zero) =
            view::bars(c.lines.iter().map(|l| (l.id.clone(), l.name.clone(), l.ret)).collect());
        let small_vs_large = c.small_vs_large.as_ref().and_then(|s| {
            let small = c.lines.iter().find(|l| l.id == s.small)?;
            let large = c.lines.iter().find(|l| l.id == s.large)?;
            Some(view::spread_view((&small.id, &small.name), (&large.id, &large.name), s.last, &label))
        });
        let date = c.lines.iter().filter_map(|l| l.last).max().unwrap_or(to);
        Ok(View {
            date: calendar::format(date),
            date_label: view::date_label(date),
            period: label.clone(),
            period_label: view::period_label(&label),
            cards,
            bars,
            zero,
            chart: chart::comparison_chart(&c, chart_size),
            compare: c,
            small_vs_large,
            first_date: calendar::format(first),
            last_date: calendar::format(latest),
        })
    }
}
