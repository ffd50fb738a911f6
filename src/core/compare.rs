//! Rebased comparison: each series' return over one period, ranked and measured against a reference, all on one common date.

use crate::core::calendar::Day;
use crate::core::period::Period;
use crate::core::request::CompareRequest;
use crate::core::series::Series;
use crate::error::Error;
use crate::output::date::IsoDate;
use serde::Serialize;
use tsify::Tsify;

/// Every series' return over one period, computed on one common `date` so that returns, ranks
/// and spreads compare like with like.
///
/// ```js
/// const c = deck.compare({ period: "YTD", reference: "SPX" });
/// c.date;               // "2024-11-22": the latest date every series has
/// c.series[0].return;   // 0.187
/// c.smallVsLarge;       // { small: "RUT", large: "SPX", value: -6.4, relation: "trails" }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Comparison {
    /// The named period, or `null` when `from` sets the start.
    pub period: Option<Period>,
    /// The explicit start date, or `null` for a named period.
    pub from: Option<IsoDate>,
    /// The end asked for (default: the latest date of any series).
    pub to: IsoDate,
    /// The common date returns, ranks and spreads are computed on: the last date, up to `to`,
    /// by which every series with data has a close (the earliest of their last dates).
    pub date: IsoDate,
    /// The id spreads are measured against.
    pub reference: String,
    /// One line per series, in input order.
    pub series: Vec<ComparisonLine>,
    /// Small caps minus large caps, when both are present (given or found by id or name).
    pub small_vs_large: Option<SmallVsLarge>,
}

/// One series in a comparison.
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct ComparisonLine {
    pub id: String,
    pub name: String,
    /// The close the return is measured from (the period's base at `date`), `null` when the
    /// data does not reach back.
    pub base_date: Option<IsoDate>,
    pub base_close: Option<f64>,
    /// The series' last date on or before `to`: where its chart line stops.
    pub last_date: Option<IsoDate>,
    /// `close at date / base close − 1`.
    #[serde(rename = "return")]
    pub ret: Option<f64>,
    /// 1 = best return; ties share a rank.
    pub rank: Option<u32>,
    /// Return minus the reference's return, in percentage points.
    pub spread: Option<f64>,
    /// The series' data ends before another's (`lastDate` is earlier than the latest one).
    pub stale: bool,
    /// Why there is no return, when there is none.
    pub note: Option<LineNote>,
}

/// Why a comparison line has no return.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Tsify)]
#[serde(tag = "reason", rename_all = "camelCase")]
pub enum LineNote {
    /// No close before the selected period in the data.
    NoPeriodBase,
    /// No close on or before the comparison's date; the data starts on `firstDate`.
    NoData {
        #[serde(rename = "firstDate")]
        first_date: IsoDate,
    },
}

/// Small-cap return minus large-cap return at the comparison's date, in percentage points.
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct SmallVsLarge {
    pub small: String,
    pub large: String,
    pub value: Option<f64>,
    pub relation: Relation,
}

/// How small caps did against large caps, decided on the figure rounded to 0.1 pp (so a
/// figure shown as 0.0 pp "matches").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum Relation {
    Leads,
    Trails,
    Matches,
    /// Either return is missing.
    None,
}

impl Relation {
    /// The relation of a spread in percentage points.
    pub fn of(value: Option<f64>) -> Relation {
        // Rounded half away from zero to 0.1 after removing binary noise (0.05, stored as
        // 0.04999…, still leads).
        match value.map(|v| ((v * 10.0 * 1e6).round() / 1e6).round()) {
            None => Relation::None,
            Some(r) if r > 0.0 => Relation::Leads,
            Some(r) if r < 0.0 => Relation::Trails,
            Some(_) => Relation::Matches,
        }
    }
}

/// Where one series' line runs, as indexes into its points (for the chart).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    /// The base close.
    pub base: Option<usize>,
    /// The last close on or before the comparison's date.
    pub at: Option<usize>,
    /// The last close on or before `to`: where the line stops.
    pub end: Option<usize>,
}

/// Lower-case letters and digits only: `^RUT` → `rut`, `S&P 500` → `sp500`.
fn key(text: &str) -> String {
    text.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

/// Whether `key(text) == k`, without building the key (asked of every series at every compare).
fn key_is(text: &str, k: &str) -> bool {
    text.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).eq(k.chars())
}

/// Is this series the Russell 2000 (small caps) or the S&P 500 (large caps)?
fn looks_like(series: &Series, keys: &[&str]) -> bool {
    keys.iter().any(|k| key_is(series.id(), k) || key_is(series.name(), k))
}
/// The usual name of a well-known index from a ticker or file name (`^RUT`, `sp500`, `dow`).
pub fn known_name(id: &str) -> Option<&'static str> {
    let k = key(id);
    let any = |keys: &[&str]| keys.contains(&k.as_str());
    if any(SMALL_CAPS) {
        Some("Russell 2000")
    } else if any(LARGE_CAPS) {
        Some("S&P 500")
    } else if any(&["ixic", "nasdaq", "nasdaqcom", "nasdaqcomposite", "comp"]) {
        Some("Nasdaq Composite")
    } else if any(&["dji", "dow", "djia", "dowjones", "dowjonesindustrialaverage"]) {
        Some("Dow Jones")
    } else {
        None
    }
}

const SMALL_CAPS: &[&str] = &["rut", "russell2000", "iwm", "r2000", "russell2000index"];
const LARGE_CAPS: &[&str] = &["spx", "gspc", "sp500", "spy", "sp500index", "standardpoors500"];

fn find_id<S: AsRef<Series>>(series: &[S], id: &str, option: &'static str) -> Result<usize, Error> {
    series.iter().position(|s| s.as_ref().id() == id).ok_or_else(|| Error::UnknownSeries {
        option,
        id: id.into(),
        known: series.iter().map(|s| s.as_ref().id().to_string()).collect(),
    })
}

/// Compares every series over `request`'s period (see `Comparison`). O(series × log n).
pub fn compare<S: AsRef<Series>>(series: &[S], request: &CompareRequest) -> Result<Comparison, Error> {
    compare_spans(series, request).map(|(c, _)| c)
}

/// The series the request names (its reference, small caps and large caps), in that order;
/// an id no series has is an error that names it.
fn named(series: &[&Series], request: &CompareRequest) -> Result<[Option<usize>; 3], Error> {
    let find = |id: &Option<String>, option| id.as_deref().map(|id| find_id(series, id, option)).transpose();
    Ok([
        find(&request.reference, "reference")?,
        find(&request.small_cap, "smallCap")?,
        find(&request.large_cap, "largeCap")?,
    ])
}

/// The dates a comparison is on.
struct Dates {
    /// The request's date, else the latest date of any series.
    to: Day,
    /// The common date: the earliest last close on or before `to` of the series with data.
    date: Day,
    /// Per series, the index of its last close on or before `to` (where its line stops)…
    ends: Vec<Option<usize>>,
    /// …and that close's date.
    lasts: Vec<Option<Day>>,
}

fn dates(series: &[&Series], request: &CompareRequest) -> Result<Dates, Error> {
    let latest = series.iter().filter_map(|s| s.days().last().copied()).max();
    let to = request.to.or(latest).ok_or(Error::NoSeries)?;
    let ends: Vec<Option<usize>> = series.iter().map(|s| s.last_on_or_before(to)).collect();
    let day_at = |s: &Series, i: Option<usize>| i.and_then(|i| s.days().get(i).copied());
    let lasts: Vec<Option<Day>> = series.iter().zip(&ends).map(|(s, &e)| day_at(s, e)).collect();
    let date = lasts.iter().flatten().copied().min().unwrap_or(to);
    Ok(Dates { to, date, ends, lasts })
}

/// Where series `s`'s line runs, its last close on or before `to` being at `end` and the
/// comparison on `date`.
fn span(s: &Series, request: &CompareRequest, end: Option<usize>, date: Day) -> Span {
    let at = end.and_then(|_| s.last_on_or_before(date));
    Span { base: at.and_then(|i| request.start.base(s, i)), at, end }
}

/// The spans `compare_spans` gives the series at `picks` (None for an index past the end),
/// without the lines of every series: what sparklines need. O(series × log n + picks), with no
/// allocation per series but the dates' two vectors.
pub fn spans_of<S: AsRef<Series>>(
    series: &[S],
    request: &CompareRequest,
    picks: &[usize],
) -> Result<Vec<Option<Span>>, Error> {
    let series: Vec<&Series> = series.iter().map(AsRef::as_ref).collect();
    named(&series, request)?;
    let Dates { date, ends, .. } = dates(&series, request)?;
    Ok(picks.iter().map(|&i| Some(span(series.get(i)?, request, *ends.get(i)?, date))).collect())
}

/// `compare`, with where each line runs.
pub fn compare_spans<S: AsRef<Series>>(
    series: &[S],
    request: &CompareRequest,
) -> Result<(Comparison, Vec<Span>), Error> {
    let series: Vec<&Series> = series.iter().map(AsRef::as_ref).collect();
    let [reference, small, large] = named(&series, request)?;
    let reference = reference.unwrap_or(0);
    let small = small.or_else(|| series.iter().position(|s| looks_like(s, SMALL_CAPS)));
    let large = large.or_else(|| series.iter().position(|s| looks_like(s, LARGE_CAPS)));
    let Dates { to, date, ends, lasts } = dates(&series, request)?;
    let newest = lasts.iter().flatten().copied().max();

    let mut spans = Vec::with_capacity(series.len());
    let mut lines: Vec<ComparisonLine> = Vec::with_capacity(series.len());
    for ((s, &end), &last) in series.iter().zip(&ends).zip(&lasts) {
        let span = span(s, request, end, date);
        let (base, at) = (span.base, span.at);
        let point = |i: Option<usize>| i.and_then(|i| s.point(i));
        let (base_point, at_point) = (point(base), point(at));
        let note = match (at, base) {
            (None, _) => {
                Some(LineNote::NoData { first_date: IsoDate(s.days().first().copied().unwrap_or(to)) })
            }
            (Some(_), None) => Some(LineNote::NoPeriodBase),
            _ => None,
        };
        spans.push(span);
        lines.push(ComparisonLine {
            id: s.id().into(),
            name: s.name().into(),
            base_date: base_point.map(|p| IsoDate(p.0)),
            base_close: base_point.map(|p| p.1),
            last_date: last.map(IsoDate),
            ret: base_point.zip(at_point).map(|(b, c)| c.1 / b.1 - 1.0),
            rank: None,
            spread: None,
            stale: last.zip(newest).is_some_and(|(l, n)| l < n),
            note,
        });
    }

    let returns: Vec<f64> = lines.iter().filter_map(|l| l.ret).collect();
    let reference_ret = lines.get(reference).and_then(|l| l.ret);
    for line in &mut lines {
        line.rank = line.ret.map(|r| 1 + returns.iter().filter(|&&other| other > r).count() as u32);
        line.spread = line.ret.zip(reference_ret).map(|(r, x)| (r - x) * 100.0);
    }
    let small_vs_large = match (small, large) {
        (Some(si), Some(li)) if si != li => match (lines.get(si), lines.get(li)) {
            (Some(sl), Some(ll)) => {
                let value = sl.ret.zip(ll.ret).map(|(a, b)| (a - b) * 100.0);
                Some(SmallVsLarge {
                    small: sl.id.clone(),
                    large: ll.id.clone(),
                    value,
                    relation: Relation::of(value),
                })
            }
            _ => None,
        },
        _ => None,
    };

    let comparison = Comparison {
        period: request.start.period(),
        from: request.start.from().map(IsoDate),
        to: IsoDate(to),
        date: IsoDate(date),
        reference: lines.get(reference).map(|l| l.id.clone()).unwrap_or_default(),
        series: lines,
        small_vs_large,
    };
    Ok((comparison, spans))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::calendar;
    use crate::core::period::Start;

    fn d(s: &str) -> Day {
        calendar::parse(s).unwrap()
    }
    fn series(id: &str, points: &[(&str, f64)]) -> Series {
        Series::new(id, id, points.iter().map(|p| d(p.0)).collect(), points.iter().map(|p| p.1).collect())
            .unwrap()
    }
    fn request(period: Period) -> CompareRequest {
        CompareRequest { start: Start::Period(period), ..CompareRequest::default() }
    }
    fn near(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn well_known_names_from_tickers_and_file_names() {
        assert_eq!(known_name("^RUT"), Some("Russell 2000"));
        assert_eq!(known_name("russell2000"), Some("Russell 2000"));
        assert_eq!(known_name("SP500"), Some("S&P 500"));
        assert_eq!(known_name("^GSPC"), Some("S&P 500"));
        assert_eq!(known_name("nasdaq"), Some("Nasdaq Composite"));
        assert_eq!(known_name("^DJI"), Some("Dow Jones"));
        assert_eq!(known_name("my-fund"), None);
    }

    #[test]
    fn returns_ranks_and_spreads_are_on_the_common_date() {
        // B ends a day before A: everything is computed on B's last date.
        let a = series("A", &[("2023-12-29", 100.0), ("2024-01-02", 110.0), ("2024-01-03", 120.0)]);
        let b = series("B", &[("2023-12-28", 50.0), ("2024-01-02", 60.0)]);
        let c = compare(&[a, b], &request(Period::Ytd)).unwrap();
        assert_eq!((c.to.to_string(), c.date.to_string()), ("2024-01-03".into(), "2024-01-02".into()));
        let (a, b) = (&c.series[0], &c.series[1]);
        assert!(near(a.ret, 0.1) && near(b.ret, 0.2));
        assert_eq!((a.rank, b.rank), (Some(2), Some(1)));
        assert_eq!(a.last_date.map(|x| x.to_string()).as_deref(), Some("2024-01-03"));
        assert_eq!((a.stale, b.stale), (false, true));
        assert!(near(b.spread, 10.0));
        assert_eq!(b.base_date.map(|x| x.to_string()).as_deref(), Some("2023-12-28"));
        assert_eq!(b.base_close, Some(50.0));
    }

    #[test]
    fn ranks_spreads_and_reference() {
        let mk = |id: &str, last: f64| series(id, &[("2024-06-28", 100.0), ("2024-07-01", last)]);
        let all = [mk("A", 105.0), mk("B", 120.0), mk("C", 95.0), mk("D", 105.0)];
        let req = CompareRequest { reference: Some("B".into()), ..request(Period::Qtd) };
        let c = compare(&all, &req).unwrap();
        let got: Vec<(Option<u32>, Option<f64>)> =
            c.series.iter().map(|l| (l.rank, l.spread.map(|s| (s * 1e9).round() / 1e9))).collect();
        assert_eq!(
            got,
            [(Some(2), Some(-15.0)), (Some(1), Some(0.0)), (Some(4), Some(-25.0)), (Some(2), Some(-15.0))]
        );
        assert_eq!(c.reference, "B");
        assert_eq!((c.period, c.from), (Some(Period::Qtd), None));
        let req = CompareRequest { reference: Some("Z".into()), ..request(Period::Qtd) };
        assert_eq!(
            compare(&all, &req).unwrap_err().to_string(),
            r#"reference "Z" is not one of the series: "A", "B", "C", "D""#
        );
    }

    #[test]
    fn small_caps_vs_large_caps_by_name_or_id() {
        let rut = Series::new(
            "russell2000",
            "Russell 2000",
            vec![d("2023-12-29"), d("2024-11-22")],
            vec![100.0, 118.7],
        )
        .unwrap();
        let spx =
            Series::new("^GSPC", "whatever", vec![d("2023-12-29"), d("2024-11-22")], vec![100.0, 125.5])
                .unwrap();
        let c = compare(&[spx, rut], &request(Period::Ytd)).unwrap();
        let s = c.small_vs_large.unwrap();
        assert_eq!((s.small.as_str(), s.large.as_str()), ("russell2000", "^GSPC"));
        assert!(near(s.value, 18.7 - 25.5));
        assert_eq!(s.relation, Relation::Trails);
    }

    #[test]
    fn relation_is_decided_on_the_rounded_figure() {
        assert_eq!(Relation::of(Some(-0.04)), Relation::Matches);
        assert_eq!(Relation::of(Some(0.04)), Relation::Matches);
        assert_eq!(Relation::of(Some(0.05)), Relation::Leads);
        assert_eq!(Relation::of(Some(-0.05)), Relation::Trails);
        assert_eq!(Relation::of(Some(2.75)), Relation::Leads);
        assert_eq!(Relation::of(None), Relation::None);
        assert_eq!(serde_json::to_string(&Relation::None).unwrap(), r#""none""#);
    }

    #[test]
    fn lines_without_a_base_or_data_say_why() {
        let old = series("O", &[("2023-12-29", 10.0), ("2024-11-20", 11.0), ("2024-11-22", 12.0)]);
        let young = series("Y", &[("2024-11-20", 10.0), ("2024-11-22", 11.0)]);
        let late = series("L", &[("2025-01-03", 10.0)]);
        let req = CompareRequest { to: Some(d("2024-11-22")), ..request(Period::Ytd) };
        let c = compare(&[old, young, late], &req).unwrap();
        let y = &c.series[1];
        assert_eq!((y.base_date, y.ret, y.rank), (None, None, None));
        assert_eq!(y.note, Some(LineNote::NoPeriodBase));
        let l = &c.series[2];
        assert_eq!((l.last_date, l.ret, l.stale), (None, None, false));
        assert_eq!(l.note, Some(LineNote::NoData { first_date: IsoDate(d("2025-01-03")) }));
        assert_eq!(
            serde_json::to_string(&l.note).unwrap(),
            r#"{"reason":"noData","firstDate":"2025-01-03"}"#
        );
        assert_eq!(c.date.to_string(), "2024-11-22");
    }

    #[test]
    fn spans_of_some_series_are_those_the_whole_comparison_gives() {
        let old = series(
            "O",
            &[("2023-12-29", 10.0), ("2024-06-28", 12.0), ("2024-11-20", 11.0), ("2024-11-22", 12.0)],
        );
        let young = series("Y", &[("2024-11-20", 10.0), ("2024-11-21", 11.0)]);
        let late = series("L", &[("2025-01-03", 10.0)]);
        let all = [old, young, late];
        for period in Period::ALL {
            for to in [
                None,
                Some(d("2024-06-30")),
                Some(d("2024-11-21")),
                Some(d("2024-11-22")),
                Some(d("2025-02-01")),
            ] {
                let req = CompareRequest { to, ..request(period) };
                let (_, spans) = compare_spans(&all, &req).unwrap();
                let picks = [2, 0, 7, 1];
                let want: Vec<Option<Span>> = picks.iter().map(|&i| spans.get(i).copied()).collect();
                assert_eq!(spans_of(&all, &req, &picks).unwrap(), want, "{period:?} to {to:?}");
            }
        }
        let unknown = CompareRequest { reference: Some("Z".into()), ..request(Period::Ytd) };
        assert_eq!(spans_of(&all, &unknown, &[0]).unwrap_err(), compare_spans(&all, &unknown).unwrap_err());
    }

    #[test]
    fn an_explicit_start_date_takes_the_close_on_or_before_it() {
        let a = series("A", &[("2024-01-02", 100.0), ("2024-01-03", 110.0)]);
        let req = CompareRequest {
            start: Start::From(d("2024-01-02")),
            to: Some(d("2024-01-03")),
            ..CompareRequest::default()
        };
        let c = compare(&[a], &req).unwrap();
        assert_eq!((c.period, c.from.map(|x| x.to_string())), (None, Some("2024-01-02".into())));
        assert!(near(c.series[0].ret, 0.1));
    }
}
