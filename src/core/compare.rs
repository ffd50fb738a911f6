//! Rebased comparison: each series as % change from its period base, aligned on one date axis, with returns, ranks and spreads.

use crate::core::calendar::{self, Day};
use crate::core::series::Series;
use crate::error::Error;

/// A comparison period. The bases match the cards' (`base(D)` = last close strictly before D).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// Trailing week: from the last close on or before the same weekday a week earlier
    /// (on a Friday, the previous Friday's close, as "last week" in a recap).
    Week,
    /// From base(Monday of the week).
    Wtd,
    /// From base(first day of the month).
    Mtd,
    /// From base(first day of the quarter).
    Qtd,
    /// From base(January 1).
    Ytd,
    /// From the last close on or before the same day N years earlier (1, 3 or 5).
    Years(i32),
    /// From the series' first close.
    Max,
    /// From the last close on or before an explicit date.
    From(Day),
}

impl Period {
    /// Names accepted by `period`: `1W, WTD, MTD, QTD, YTD, 1Y, 3Y, 5Y, MAX` (any case).
    pub const NAMES: &'static str = "1W, WTD, MTD, QTD, YTD, 1Y, 3Y, 5Y, MAX";

    pub fn parse(text: &str) -> Option<Period> {
        Some(match text.trim().to_ascii_uppercase().as_str() {
            "1W" => Period::Week,
            "WTD" => Period::Wtd,
            "MTD" => Period::Mtd,
            "QTD" => Period::Qtd,
            "YTD" => Period::Ytd,
            "1Y" => Period::Years(1),
            "3Y" => Period::Years(3),
            "5Y" => Period::Years(5),
            "MAX" => Period::Max,
            _ => return None,
        })
    }

    /// The label used in output (`1W`, `YTD`, `from 2024-06-28`, …).
    pub fn label(self) -> String {
        match self {
            Period::Week => "1W".into(),
            Period::Wtd => "WTD".into(),
            Period::Mtd => "MTD".into(),
            Period::Qtd => "QTD".into(),
            Period::Ytd => "YTD".into(),
            Period::Years(n) => format!("{n}Y"),
            Period::Max => "MAX".into(),
            Period::From(d) => format!("from {}", calendar::format(d)),
        }
    }

    /// Index of the base close of `series` for a period ending at `t`, if the data reaches back.
    pub fn base_index(self, series: &Series, t: Day) -> Option<usize> {
        match self {
            Period::Week => series.last_on_or_before(t - 7),
            Period::Wtd => series.last_before(calendar::week_start(t)),
            Period::Mtd => series.last_before(calendar::month_start(t)),
            Period::Qtd => series.last_before(calendar::quarter_start(t)),
            Period::Ytd => series.last_before(calendar::year_start(t)),
            Period::Years(n) => series.last_on_or_before(calendar::years_before(t, n)),
            Period::Max => Some(0),
            Period::From(d) => series.last_on_or_before(d),
        }
    }
}

/// One series in a comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub id: String,
    pub name: String,
    /// Date and close the line is rebased to (0%); `None` when the data does not reach back.
    pub base: Option<(Day, f64)>,
    /// The series' last date on or before `to`; `None` when it starts after `to`.
    pub last: Option<Day>,
    /// `close / base − 1` on each date of `Comparison::dates`, carrying the last close over days
    /// this series did not trade; `None` before its base.
    pub values: Vec<Option<f64>>,
    /// The period return (the last value).
    pub ret: Option<f64>,
    /// 1 = best period return; ties share a rank; `None` without a return.
    pub rank: Option<usize>,
    /// (return − reference's return) in percentage points.
    pub spread: Option<f64>,
    /// Why there is no return, when there is none.
    pub note: Option<String>,
}

/// The small-cap minus large-cap line, in percentage points, on the comparison's dates.
#[derive(Debug, Clone, PartialEq)]
pub struct SmallVsLarge {
    pub small: String,
    pub large: String,
    pub values: Vec<Option<f64>>,
    pub last: Option<f64>,
}

/// Every series rebased over one period.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub period: Period,
    /// The end date: `to`, or the latest date of any series.
    pub to: Day,
    /// The union of the series' dates from the earliest base to `to`.
    pub dates: Vec<Day>,
    pub lines: Vec<Line>,
    pub reference: String,
    pub small_vs_large: Option<SmallVsLarge>,
}

/// Which series to compare against, and which are the small and large caps (detected by id
/// or name when not given).
#[derive(Debug, Clone, Default)]
pub struct Roles {
    pub reference: Option<String>,
    pub small: Option<String>,
    pub large: Option<String>,
}

/// Lower-case letters and digits only: `^RUT` → `rut`, `S&P 500` → `sp500`.
fn key(text: &str) -> String {
    text.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

/// Is this series the Russell 2000 (small caps) or the S&P 500 (large caps)?
fn looks_like(series: &Series, keys: &[&str]) -> bool {
    let (id, name) = (key(series.id()), key(series.name()));
    keys.iter().any(|k| id == *k || name == *k)
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

/// Rebases every series over `period` ending at `to` (default: the latest date of any series).
pub fn compare<S: AsRef<Series>>(
    series: &[S],
    period: Period,
    to: Option<Day>,
    roles: &Roles,
) -> Result<Comparison, Error> {
    let series: Vec<&Series> = series.iter().map(AsRef::as_ref).collect();
    let latest = series.iter().filter_map(|s| s.days().last().copied()).max();
    let to = to.or(latest).ok_or(Error::NoSeries)?;
    let reference = match &roles.reference {
        Some(id) => find_id(&series, id, "reference")?,
        None => 0,
    };

    // Each series' end index (none when it starts after `to`) and base.
    struct Span {
        end: Option<usize>,
        base: Option<usize>,
    }
    // The date axis starts at the earliest base. Plain loops here and below: the iterator
    // shapes they replace were each a function of their own (these two loops: 147,352 →
    // 146,717 bytes after wasm-opt -Oz, 69,021 → 68,822 gzipped, measured 2026-11-25).
    let mut spans: Vec<Span> = Vec::with_capacity(series.len());
    let mut start: Option<Day> = None;
    for s in &series {
        let end = s.last_on_or_before(to);
        let t = end.and_then(|e| s.days().get(e).copied());
        let base = end.zip(t).and_then(|(e, t)| period.base_index(s, t).filter(|&b| b <= e));
        if let Some(&b) = base.and_then(|b| s.days().get(b)) {
            start = Some(start.map_or(b, |a| a.min(b)));
        }
        spans.push(Span { end, base });
    }
    let start = start.unwrap_or(to);

    // The date axis: every date any series has from the earliest base to `to`.
    let dates: Vec<Day> =
        crate::core::order::union_of_ascending(series.iter().zip(&spans).map(|(s, span)| {
            let from = s.days().partition_point(|&d| d < start);
            let upto = span.end.map_or(0, |e| e + 1);
            s.days().get(from..upto).unwrap_or_default()
        }));

    let mut lines: Vec<Line> = Vec::with_capacity(series.len());
    for (s, span) in series.iter().zip(&spans) {
        let base = span.base.and_then(|b| s.point(b));
        let mut values = Vec::with_capacity(dates.len());
        let mut i = s.days().partition_point(|&d| d < start);
        let mut current: Option<f64> = None;
        for &d in &dates {
            while span.end.is_some_and(|e| i <= e) && s.days().get(i).is_some_and(|&day| day <= d) {
                current = s.closes().get(i).copied();
                i += 1;
            }
            values.push(match (base, current) {
                (Some((base_day, base_close)), Some(close)) if d >= base_day => {
                    Some(close / base_close - 1.0)
                }
                _ => None,
            });
        }
        let last = span.end.and_then(|e| s.days().get(e).copied());
        let ret = base.zip(span.end.and_then(|e| s.closes().get(e))).map(|((_, b), c)| c / b - 1.0);
        let first = s.days().first().copied().unwrap_or(to);
        let note = match (last, base) {
            (None, _) => Some(format!(
                "no close on or before {}; the data starts {}",
                calendar::format(to),
                calendar::format(first)
            )),
            (Some(_), None) => Some(format!(
                "no base close for {}: the data starts {}",
                period.label(),
                calendar::format(first)
            )),
            _ => None,
        };
        lines.push(Line {
            id: s.id().into(),
            name: s.name().into(),
            base,
            last,
            values,
            ret,
            rank: None,
            spread: None,
            note,
        });
    }

    let returns: Vec<Option<f64>> = lines.iter().map(|l| l.ret).collect();
    let reference_ret = returns.get(reference).copied().flatten();
    for line in &mut lines {
        line.rank = line.ret.map(|r| 1 + returns.iter().flatten().filter(|&&other| other > r).count());
        line.spread = line.ret.zip(reference_ret).map(|(r, x)| (r - x) * 100.0);
    }

    let small = match &roles.small {
        Some(id) => Some(find_id(&series, id, "smallCap")?),
        None => series.iter().position(|s| looks_like(s, SMALL_CAPS)),
    };
    let large = match &roles.large {
        Some(id) => Some(find_id(&series, id, "largeCap")?),
        None => series.iter().position(|s| looks_like(s, LARGE_CAPS)),
    };
    let small_vs_large = match (small, large) {
        (Some(si), Some(li)) if si != li => match (lines.get(si), lines.get(li)) {
            (Some(sl), Some(ll)) => {
                let mut values: Vec<Option<f64>> = Vec::with_capacity(sl.values.len());
                for (a, b) in sl.values.iter().zip(&ll.values) {
                    values.push(a.zip(*b).map(|(a, b)| (a - b) * 100.0));
                }
                Some(SmallVsLarge {
                    small: sl.id.clone(),
                    large: ll.id.clone(),
                    last: sl.ret.zip(ll.ret).map(|(a, b)| (a - b) * 100.0),
                    values,
                })
            }
            _ => None,
        },
        _ => None,
    };

    Ok(Comparison {
        period,
        to,
        dates,
        reference: lines.get(reference).map(|l| l.id.clone()).unwrap_or_default(),
        lines,
        small_vs_large,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Day {
        calendar::parse(s).unwrap()
    }
    fn series(id: &str, points: &[(&str, f64)]) -> Series {
        Series::new(id, id, points.iter().map(|p| d(p.0)).collect(), points.iter().map(|p| p.1).collect())
            .unwrap()
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
    fn period_names() {
        assert_eq!(Period::parse("ytd"), Some(Period::Ytd));
        assert_eq!(Period::parse("1W"), Some(Period::Week));
        assert_eq!(Period::parse("5y"), Some(Period::Years(5)));
        assert_eq!(Period::parse("2Y"), None);
        assert_eq!(Period::Years(3).label(), "3Y");
    }

    #[test]
    fn rebases_to_exactly_zero_at_the_base_and_carries_missing_days() {
        let a = series(
            "A",
            &[("2023-12-28", 90.0), ("2023-12-29", 100.0), ("2024-01-02", 110.0), ("2024-01-03", 120.0)],
        );
        // B did not trade on 2024-01-02 and closed its year a day earlier.
        let b = series("B", &[("2023-12-28", 50.0), ("2024-01-03", 55.0), ("2024-01-04", 60.0)]);
        let c = compare(&[a, b], Period::Ytd, Some(d("2024-01-04")), &Roles::default()).unwrap();
        let dates: Vec<String> = c.dates.iter().map(|&x| calendar::format(x)).collect();
        assert_eq!(dates, ["2023-12-28", "2023-12-29", "2024-01-02", "2024-01-03", "2024-01-04"]);
        let a = c.lines.first().unwrap();
        let b = c.lines.get(1).unwrap();
        let expected = [
            None,
            Some(0.0),
            Some(110.0 / 100.0 - 1.0),
            Some(120.0 / 100.0 - 1.0),
            Some(120.0 / 100.0 - 1.0),
        ];
        assert_eq!(a.values, expected);
        assert_eq!(b.values.first(), Some(&Some(0.0)));
        assert_eq!(b.values.get(2), Some(&Some(0.0))); // carried over 2024-01-02
        assert_eq!(b.ret, Some(60.0 / 50.0 - 1.0));
        assert_eq!((a.rank, b.rank), (Some(1), Some(1)));
        assert_eq!(a.last, Some(d("2024-01-03")));
        assert_eq!(a.spread, Some(0.0));
        assert!((b.spread.unwrap() - 0.0).abs() < 1e-9);
    }

    #[test]
    fn ranks_spreads_and_reference() {
        let mk = |id: &str, last: f64| series(id, &[("2024-06-28", 100.0), ("2024-07-01", last)]);
        let all = [mk("A", 105.0), mk("B", 120.0), mk("C", 95.0)];
        let roles = Roles { reference: Some("B".into()), ..Roles::default() };
        let c = compare(&all, Period::Qtd, None, &roles).unwrap();
        let got: Vec<(Option<usize>, Option<f64>)> =
            c.lines.iter().map(|l| (l.rank, l.spread.map(|s| (s * 1e9).round() / 1e9))).collect();
        assert_eq!(got, [(Some(2), Some(-15.0)), (Some(1), Some(0.0)), (Some(3), Some(-25.0))]);
        assert_eq!(c.reference, "B");
        let e = compare(&all, Period::Qtd, None, &Roles { reference: Some("Z".into()), ..Roles::default() });
        assert_eq!(e.unwrap_err().to_string(), r#"reference "Z" is not one of the series: "A", "B", "C""#);
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
        let c = compare(&[spx, rut], Period::Ytd, None, &Roles::default()).unwrap();
        let s = c.small_vs_large.unwrap();
        assert_eq!((s.small.as_str(), s.large.as_str()), ("russell2000", "^GSPC"));
        assert!((s.last.unwrap() - (18.7 - 25.5)).abs() < 1e-9);
        assert_eq!(s.values.first(), Some(&Some(0.0)));
    }

    #[test]
    fn bases_follow_the_card_definitions() {
        let s = series(
            "S",
            &[
                ("2023-11-21", 1.0),
                ("2023-11-22", 2.0),
                ("2023-12-29", 3.0),
                ("2024-09-30", 4.0),
                ("2024-10-31", 5.0),
                ("2024-11-15", 6.0),
                ("2024-11-18", 7.0),
                ("2024-11-22", 8.0),
            ],
        );
        let t = d("2024-11-22");
        let base =
            |p: Period| p.base_index(&s, t).and_then(|i| s.point(i)).map(|(day, _)| calendar::format(day));
        assert_eq!(base(Period::Week).as_deref(), Some("2024-11-15"));
        assert_eq!(base(Period::Wtd).as_deref(), Some("2024-11-15"));
        assert_eq!(base(Period::Mtd).as_deref(), Some("2024-10-31"));
        assert_eq!(base(Period::Qtd).as_deref(), Some("2024-09-30"));
        assert_eq!(base(Period::Ytd).as_deref(), Some("2023-12-29"));
        assert_eq!(base(Period::Years(1)).as_deref(), Some("2023-11-22"));
        assert_eq!(base(Period::Years(3)), None);
        assert_eq!(base(Period::Max).as_deref(), Some("2023-11-21"));
        assert_eq!(base(Period::From(d("2024-11-17"))).as_deref(), Some("2024-11-15"));
    }

    #[test]
    fn a_series_without_enough_history_has_no_line_values() {
        let young = series("Y", &[("2024-11-20", 10.0), ("2024-11-22", 11.0)]);
        let old = series("O", &[("2023-12-29", 10.0), ("2024-11-22", 12.0)]);
        let c = compare(&[old, young], Period::Ytd, None, &Roles::default()).unwrap();
        let y = c.lines.get(1).unwrap();
        assert_eq!((y.base, y.ret, y.rank), (None, None, None));
        assert!(y.values.iter().all(Option::is_none));
        assert_eq!(y.note.as_deref(), Some("no base close for YTD: the data starts 2024-11-20"));
        let c = compare(
            &[
                series("O", &[("2023-12-29", 10.0), ("2024-11-22", 12.0)]),
                series("Y", &[("2024-11-20", 10.0)]),
            ],
            Period::Ytd,
            Some(d("2024-01-05")),
            &Roles::default(),
        )
        .unwrap();
        let y = c.lines.get(1).unwrap();
        assert_eq!((y.last, y.ret), (None, None));
        assert_eq!(y.note.as_deref(), Some("no close on or before 2024-01-05; the data starts 2024-11-20"));
    }
}
