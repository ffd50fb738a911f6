//! `Period`: the one list of comparison periods, with their keys, the tabs' order, how JavaScript words them and where each starts.

use crate::core::calendar::{self, Day};
use crate::core::series::Series;
use serde::Serialize;
use tsify::Tsify;

/// A comparison period, serialized as its key (`"1W"`, `"YTD"`, …). Each return is measured
/// from a base close found by `Period::base`; the to-date bases match the cards' (the last
/// close strictly before the period's first day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Tsify)]
pub enum Period {
    /// Trailing week: from the last close on or before the same weekday a week earlier (on a
    /// Friday, the previous Friday's close, as "last week" in a recap).
    #[serde(rename = "1W")]
    Week1,
    /// From the last close before Monday.
    #[serde(rename = "WTD")]
    Wtd,
    /// From the last close before the first day of the month.
    #[serde(rename = "MTD")]
    Mtd,
    /// From the last close before the first day of the quarter.
    #[serde(rename = "QTD")]
    Qtd,
    /// From the last close before January 1.
    #[serde(rename = "YTD")]
    Ytd,
    /// From the last close on or before the same day 1, 3 or 5 years earlier.
    #[serde(rename = "1Y")]
    Year1,
    #[serde(rename = "3Y")]
    Year3,
    #[serde(rename = "5Y")]
    Year5,
    /// From the series' first close.
    #[serde(rename = "MAX")]
    Max,
}

/// How a period is worded: a trailing span (`count` weeks or years), a to-date span, or all data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum PeriodKind {
    Trailing,
    ToDate,
    Max,
}

/// The unit of a trailing period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum PeriodUnit {
    Week,
    Year,
}

/// What JavaScript needs to word a period (e.g. through `Intl.NumberFormat`'s units), so the
/// period list exists once. `unit` and `count` are `null` except for trailing periods; `tab`
/// says whether the element shows it as a tab (the tabs are the periods with `tab`, in order).
///
/// ```js
/// IndexCards.periods[0]; // { key: "1W", kind: "trailing", unit: "week", count: 1, tab: true }
/// IndexCards.periods.filter((p) => p.tab).map((p) => p.key); // ["1W", "MTD", "QTD", "YTD", "1Y", "5Y", "MAX"]
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct PeriodInfo {
    pub key: Period,
    pub kind: PeriodKind,
    pub unit: Option<PeriodUnit>,
    pub count: Option<u32>,
    pub tab: bool,
}

/// Where a comparison starts: a named period, or the last close on or before an explicit date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    Period(Period),
    From(Day),
}

impl Period {
    /// Every period, in the order of `NAMES`.
    pub const ALL: [Period; 9] = [
        Period::Week1,
        Period::Wtd,
        Period::Mtd,
        Period::Qtd,
        Period::Ytd,
        Period::Year1,
        Period::Year3,
        Period::Year5,
        Period::Max,
    ];

    /// The tabs the element shows, in order (a subsequence of `ALL`, so `PeriodInfo::tab`
    /// carries it to JavaScript).
    pub const TABS: [Period; 7] =
        [Period::Week1, Period::Mtd, Period::Qtd, Period::Ytd, Period::Year1, Period::Year5, Period::Max];

    /// The keys `period` accepts, as error messages list them (a test holds it to `ALL`).
    pub const NAMES: &'static str = "1W, WTD, MTD, QTD, YTD, 1Y, 3Y, 5Y, MAX";

    /// The key, as serialized.
    pub fn key(self) -> &'static str {
        match self {
            Period::Week1 => "1W",
            Period::Wtd => "WTD",
            Period::Mtd => "MTD",
            Period::Qtd => "QTD",
            Period::Ytd => "YTD",
            Period::Year1 => "1Y",
            Period::Year3 => "3Y",
            Period::Year5 => "5Y",
            Period::Max => "MAX",
        }
    }

    /// The period of a key, in any case and with surrounding spaces (`"ytd"`, `" 1y"`).
    pub fn parse(text: &str) -> Option<Period> {
        let text = text.trim();
        Period::ALL.into_iter().find(|p| p.key().eq_ignore_ascii_case(text))
    }

    /// How the period is worded.
    pub fn info(self) -> PeriodInfo {
        let trailing = |unit, count| (PeriodKind::Trailing, Some(unit), Some(count));
        let (kind, unit, count) = match self {
            Period::Week1 => trailing(PeriodUnit::Week, 1),
            Period::Year1 => trailing(PeriodUnit::Year, 1),
            Period::Year3 => trailing(PeriodUnit::Year, 3),
            Period::Year5 => trailing(PeriodUnit::Year, 5),
            Period::Wtd | Period::Mtd | Period::Qtd | Period::Ytd => (PeriodKind::ToDate, None, None),
            Period::Max => (PeriodKind::Max, None, None),
        };
        PeriodInfo { key: self, kind, unit, count, tab: Period::TABS.contains(&self) }
    }

    /// `info` of every period, in `ALL`'s order: `IndexCards.periods`.
    pub fn infos() -> Vec<PeriodInfo> {
        Period::ALL.iter().map(|p| p.info()).collect()
    }

    /// Index of the base close of `series` for the period ending at the point `end` (its date
    /// is `t`), if the data reaches back; never after `end`. O(log(days back)).
    pub fn base(self, series: &Series, end: usize) -> Option<usize> {
        let t = series.days().get(end).copied()?;
        let before = |day: Day| series.last_before_near(day, end, t);
        let on_or_before = |day: Day| series.last_on_or_before_near(day, end, t);
        match self {
            Period::Week1 => on_or_before(t - 7),
            Period::Wtd => before(calendar::week_start(t)),
            Period::Mtd => before(calendar::month_start(t)),
            Period::Qtd => before(calendar::quarter_start(t)),
            Period::Ytd => before(calendar::year_start(t)),
            Period::Year1 => on_or_before(calendar::years_before(t, 1)),
            Period::Year3 => on_or_before(calendar::years_before(t, 3)),
            Period::Year5 => on_or_before(calendar::years_before(t, 5)),
            Period::Max => Some(0),
        }
    }
}

impl Start {
    /// Index of the base close of `series` for a comparison ending at the point `end`: the
    /// period's base, or the last close on or before the `from` date; never after `end`.
    pub fn base(self, series: &Series, end: usize) -> Option<usize> {
        match self {
            Start::Period(p) => p.base(series, end),
            Start::From(day) => series.last_on_or_before(day).filter(|&b| b <= end),
        }
    }

    /// The named period, if the start is one.
    pub fn period(self) -> Option<Period> {
        match self {
            Start::Period(p) => Some(p),
            Start::From(_) => None,
        }
    }

    /// The explicit start date, if the start is one.
    pub fn from(self) -> Option<Day> {
        match self {
            Start::Period(_) => None,
            Start::From(day) => Some(day),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Day {
        calendar::parse(s).unwrap()
    }

    #[test]
    fn keys_parse_serialize_and_are_listed_once() {
        let keys: Vec<&str> = Period::ALL.iter().map(|p| p.key()).collect();
        assert_eq!(keys.join(", "), Period::NAMES);
        for p in Period::ALL {
            assert_eq!(serde_json::to_string(&p).unwrap(), format!("\"{}\"", p.key()));
            assert_eq!(Period::parse(&p.key().to_ascii_lowercase()), Some(p));
        }
        assert_eq!(Period::parse(" 5y"), Some(Period::Year5));
        assert_eq!(Period::parse("2Y"), None);
        let tabs: Vec<Period> = Period::infos().iter().filter(|i| i.tab).map(|i| i.key).collect();
        assert_eq!(tabs, Period::TABS);
    }

    #[test]
    fn infos_word_trailing_periods_by_unit_and_count() {
        let json = serde_json::to_string(&Period::infos()).unwrap();
        assert!(json.starts_with(r#"[{"key":"1W","kind":"trailing","unit":"week","count":1,"tab":true},{"key":"WTD","kind":"toDate","unit":null,"count":null,"tab":false}"#), "{json}");
        assert!(json.contains(r#"{"key":"3Y","kind":"trailing","unit":"year","count":3,"tab":false}"#));
        assert!(json.ends_with(r#"{"key":"MAX","kind":"max","unit":null,"count":null,"tab":true}]"#));
    }

    #[test]
    fn bases_follow_the_card_definitions() {
        let points = [
            ("2023-11-21", 1.0),
            ("2023-11-22", 2.0),
            ("2023-12-29", 3.0),
            ("2024-09-30", 4.0),
            ("2024-10-31", 5.0),
            ("2024-11-15", 6.0),
            ("2024-11-18", 7.0),
            ("2024-11-22", 8.0),
        ];
        let s = Series::new(
            "S",
            "S",
            points.iter().map(|p| d(p.0)).collect(),
            points.iter().map(|p| p.1).collect(),
        )
        .unwrap();
        let end = s.len() - 1;
        let base = |start: Start| start.base(&s, end).map(|i| calendar::format(s.days()[i]));
        let p = |p: Period| base(Start::Period(p));
        assert_eq!(p(Period::Week1).as_deref(), Some("2024-11-15"));
        assert_eq!(p(Period::Wtd).as_deref(), Some("2024-11-15"));
        assert_eq!(p(Period::Mtd).as_deref(), Some("2024-10-31"));
        assert_eq!(p(Period::Qtd).as_deref(), Some("2024-09-30"));
        assert_eq!(p(Period::Ytd).as_deref(), Some("2023-12-29"));
        assert_eq!(p(Period::Year1).as_deref(), Some("2023-11-22"));
        assert_eq!(p(Period::Year3), None);
        assert_eq!(p(Period::Max).as_deref(), Some("2023-11-21"));
        assert_eq!(base(Start::From(d("2024-11-17"))).as_deref(), Some("2024-11-15"));
        assert_eq!(base(Start::From(d("2020-01-01"))), None);
        // A base is never after the end point.
        assert_eq!(Start::From(d("2024-11-22")).base(&s, 2), None);
    }
}
