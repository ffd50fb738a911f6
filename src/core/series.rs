//! `Series`: one index's closes, validated and sorted by date, built from caller input.

use crate::core::calendar::{self, Day};
use crate::error::Error;
use crate::input::raw::Raw;

pub use crate::limits::{MAX_CLOSES, MAX_SERIES};

/// A validated series: a non-empty id, a name, and at least one (date, close) pair,
/// dates strictly increasing, closes positive and finite.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    id: String,
    name: String,
    days: Vec<Day>,
    closes: Vec<f64>,
}

impl Series {
    /// Validates and sorts parallel `days`/`closes` given in any order; indexes in errors
    /// refer to the caller's order.
    pub fn new(id: &str, name: &str, days: Vec<Day>, closes: Vec<f64>) -> Result<Series, Error> {
        if days.len() != closes.len() {
            return Err(Error::LengthMismatch { id: id.into(), dates: days.len(), closes: closes.len() });
        }
        if days.is_empty() {
            return Err(Error::Empty { id: id.into() });
        }
        for (index, (&day, &close)) in days.iter().zip(&closes).enumerate() {
            if !(close.is_finite() && close > 0.0) {
                return Err(Error::BadClose {
                    id: id.into(),
                    index,
                    date: calendar::format(day),
                    found: crate::input::raw::format_number(close),
                });
            }
        }
        // Sort by date, remembering each point's index in the caller's arrays.
        let already_sorted = days.windows(2).all(|w| matches!(w, [a, b] if a < b));
        let order: Vec<usize> = if already_sorted {
            (0..days.len()).collect()
        } else {
            let keys: Vec<u64> = days.iter().map(|&d| crate::core::order::i32_key(d)).collect();
            crate::core::order::stable_order(&keys)
        };
        let mut sorted_days = Vec::with_capacity(days.len());
        let mut sorted_closes = Vec::with_capacity(days.len());
        let mut previous: Option<(Day, usize)> = None;
        for &i in &order {
            let (Some(&day), Some(&close)) = (days.get(i), closes.get(i)) else {
                continue;
            };
            if let Some((prev_day, prev_i)) = previous {
                if prev_day == day {
                    return Err(Error::DuplicateDate {
                        id: id.into(),
                        date: calendar::format(day),
                        first: prev_i.min(i),
                        second: prev_i.max(i),
                    });
                }
            }
            previous = Some((day, i));
            sorted_days.push(day);
            sorted_closes.push(close);
        }
        Ok(Series { id: id.into(), name: name.into(), days: sorted_days, closes: sorted_closes })
    }

    /// Reads one `{ id, name, dates, closes }` object; `position` is its index in the caller's array.
    pub fn from_raw(raw: &Raw, position: usize) -> Result<Series, Error> {
        if !matches!(raw, Raw::Object(_)) {
            return Err(Error::SeriesNotObject { position, kind: raw.kind() });
        }
        let id = match raw.get("id") {
            None => return Err(Error::MissingId { position }),
            Some(Raw::Text(t)) if !t.trim().is_empty() => t.clone(),
            Some(other) => return Err(Error::BadId { position, found: other.preview() }),
        };
        let name = match raw.get("name") {
            None => id.clone(),
            Some(Raw::Text(t)) => t.clone(),
            Some(other) => return Err(Error::BadName { id, kind: other.kind() }),
        };
        // `dates` and `closes` are arrays, or typed arrays passed straight from JS
        // (Int32Array day numbers, Float64Array closes).
        let field = |field: &'static str| match raw.get(field) {
            None => Err(Error::MissingField { id: id.clone(), field }),
            Some(v @ (Raw::List(_) | Raw::Days(_) | Raw::Floats(_) | Raw::IsoRun(_))) => Ok(v),
            Some(other) => Err(Error::FieldNotArray { id: id.clone(), field, kind: other.kind() }),
        };
        let (dates, closes) = (field("dates")?, field("closes")?);
        let (n_dates, n_closes) = (dates.len(), closes.len());
        if n_dates != n_closes {
            return Err(Error::LengthMismatch { id, dates: n_dates, closes: n_closes });
        }
        let days: Vec<Day> = match dates {
            Raw::Days(days) => {
                if let Some((index, &day)) = days
                    .iter()
                    .enumerate()
                    .find(|(_, d)| !(calendar::MIN_DAY..=calendar::MAX_DAY).contains(*d))
                {
                    return Err(Error::DayOutOfRange { id, index, day });
                }
                days.clone()
            }
            Raw::IsoRun(text) => {
                let mut days = Vec::with_capacity(text.len() / 10);
                for (index, chunk) in text.as_bytes().chunks(10).enumerate() {
                    let date = std::str::from_utf8(chunk).unwrap_or("");
                    days.push(calendar::parse(date).map_err(|reason| Error::BadDate {
                        id: id.clone(),
                        index,
                        text: date.into(),
                        reason,
                    })?);
                }
                days
            }
            Raw::List(items) => {
                let mut days = Vec::with_capacity(items.len());
                for (index, date) in items.iter().enumerate() {
                    days.push(match date {
                        Raw::Text(text) => calendar::parse(text).map_err(|reason| Error::BadDate {
                            id: id.clone(),
                            index,
                            text: text.clone(),
                            reason,
                        })?,
                        other => return Err(Error::DateNotText { id, index, found: other.preview() }),
                    });
                }
                days
            }
            other => return Err(Error::FieldNotArray { id, field: "dates", kind: other.kind() }),
        };
        let values: Vec<f64> = match closes {
            Raw::Floats(values) => values.clone(),
            Raw::List(items) => {
                let mut values = Vec::with_capacity(items.len());
                for (index, (close, &day)) in items.iter().zip(&days).enumerate() {
                    match close {
                        Raw::Number(n) => values.push(*n),
                        other => {
                            return Err(Error::CloseNotNumber {
                                id,
                                index,
                                date: calendar::format(day),
                                found: other.preview(),
                            })
                        }
                    }
                }
                values
            }
            other => return Err(Error::FieldNotArray { id, field: "closes", kind: other.kind() }),
        };
        Series::new(&id, &name, days, values)
    }

    /// Reads an array of series objects, checking that ids are unique.
    pub fn list_from_raw(raw: &Raw) -> Result<Vec<Series>, Error> {
        let Raw::List(items) = raw else {
            return Err(Error::NotAnArray { what: "series", kind: raw.kind() });
        };
        if items.is_empty() {
            return Err(Error::NoSeries);
        }
        // Refuse what is too large before reading any of it.
        let closes: usize = items.iter().map(|s| s.get("closes").map_or(0, Raw::len)).sum();
        if items.len() > MAX_SERIES || closes > MAX_CLOSES {
            return Err(Error::TooMuchData { series: items.len(), closes });
        }
        let mut out: Vec<Series> = Vec::with_capacity(items.len());
        for (position, item) in items.iter().enumerate() {
            let series = Series::from_raw(item, position)?;
            if let Some(first) = out.iter().position(|s| s.id == series.id) {
                return Err(Error::DuplicateId { id: series.id, first, second: position });
            }
            out.push(series);
        }
        Ok(out)
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
                problem: format!(
                    "close {} is not a positive, finite number",
                    crate::input::raw::format_number(close)
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
                self.days.push(day);
                self.closes.push(close);
                Ok(true)
            }
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

    fn raw(json: &str) -> Raw {
        serde_json::from_str(json).unwrap()
    }
    fn err(json: &str) -> String {
        Series::list_from_raw(&raw(json)).unwrap_err().to_string()
    }

    #[test]
    fn sorts_newest_first_input_and_keeps_pairs_together() {
        let s = Series::list_from_raw(&raw(
            r#"[{"id":"RUT","name":"Russell 2000","dates":["2024-11-22","2024-11-15","2024-11-21"],"closes":[2406.67,2303.84,2328.73]}]"#,
        ))
        .unwrap();
        let s = &s[0];
        assert_eq!(s.name(), "Russell 2000");
        let dates: Vec<String> = s.days().iter().map(|&d| calendar::format(d)).collect();
        assert_eq!(dates, ["2024-11-15", "2024-11-21", "2024-11-22"]);
        assert_eq!(s.closes(), [2303.84, 2328.73, 2406.67]);
    }

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
    fn name_defaults_to_id() {
        let s = Series::from_raw(&raw(r#"{"id":"X","dates":["2024-01-02"],"closes":[1]}"#), 0).unwrap();
        assert_eq!(s.name(), "X");
    }

    #[test]
    fn bad_closes_are_named_with_series_index_and_date() {
        let base = |closes: &str| {
            err(&format!(r#"[{{"id":"SPX","dates":["2024-01-02","2024-01-03"],"closes":{closes}}}]"#))
        };
        assert_eq!(
            base("[1, 0]"),
            r#"series "SPX": closes[1] (on 2024-01-03) is 0; closes must be positive, finite numbers"#
        );
        assert!(base("[1, -5]").contains("closes[1] (on 2024-01-03) is -5;"));
        assert_eq!(
            base(r#"[1, "5"]"#),
            r#"series "SPX": closes[1] (on 2024-01-03) must be a number, got "5""#
        );
        assert!(base("[null, 1]").contains("closes[0] (on 2024-01-02) must be a number, got null"));
        assert!(base("[true, 1]").contains("got true"));
        assert!(base("[1]").contains("dates has 2 entries but closes has 1"));
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
    fn bad_dates_are_named_with_index_and_text() {
        let e = err(r#"[{"id":"DJI","dates":["2024-02-28","2024-02-30"],"closes":[1,2]}]"#);
        assert_eq!(e, r#"series "DJI": dates[1] "2024-02-30" does not exist (2024-02 has 29 days, not 30)"#);
        let e = err(r#"[{"id":"DJI","dates":["11/22/2024"],"closes":[1]}]"#);
        assert_eq!(e, r#"series "DJI": dates[0] "11/22/2024" is not a date of the form YYYY-MM-DD"#);
        let e = err(r#"[{"id":"DJI","dates":[20241122],"closes":[1]}]"#);
        assert_eq!(e, r#"series "DJI": dates[0] must be a "YYYY-MM-DD" string, got 20241122"#);
        let e = err(r#"[{"id":"DJI","dates":["1900-02-29"],"closes":[1]}]"#);
        assert!(e.contains("does not exist (1900-02 has 28 days, not 29)"), "{e}");
        let e = err(r#"[{"id":"DJI","dates":["0000-01-03"],"closes":[1]}]"#);
        assert!(e.contains("year 0000"), "{e}");
    }

    #[test]
    fn two_closes_for_one_date_are_refused() {
        let e = err(r#"[{"id":"N","dates":["2024-01-03","2024-01-02","2024-01-03"],"closes":[1,2,3]}]"#);
        assert_eq!(e, r#"series "N": two closes for 2024-01-03, at dates[0] and dates[2]"#);
    }

    #[test]
    fn structural_errors_say_where() {
        assert_eq!(err(r#"{"id":"x"}"#), "series must be an array, got an object");
        assert_eq!(err("[]"), "series is an empty array; pass at least one { id, name, dates, closes }");
        assert_eq!(err(r#"[5]"#), "series[0] must be an object { id, name, dates, closes }, got a number");
        assert_eq!(err(r#"[{"dates":[],"closes":[]}]"#), "series[0] has no id");
        assert_eq!(
            err(r#"[{"id":"","dates":[],"closes":[]}]"#),
            r#"series[0].id must be a non-empty string, got """#
        );
        assert_eq!(
            err(r#"[{"id":7,"dates":[],"closes":[]}]"#),
            "series[0].id must be a non-empty string, got 7"
        );
        assert_eq!(err(r#"[{"id":"A","closes":[]}]"#), r#"series "A": dates is missing"#);
        assert_eq!(
            err(r#"[{"id":"A","dates":"2024-01-02","closes":[]}]"#),
            r#"series "A": dates must be an array, got a string"#
        );
        assert_eq!(
            err(r#"[{"id":"A","dates":[],"closes":[]}]"#),
            r#"series "A": dates and closes are empty; a series needs at least one close"#
        );
        assert_eq!(
            err(r#"[{"id":"A","name":5,"dates":[],"closes":[]}]"#),
            r#"series "A": name must be a string, got a number"#
        );
        let one = r#"{"id":"A","dates":["2024-01-02"],"closes":[1]}"#;
        assert_eq!(
            err(&format!("[{one},{one}]")),
            r#"series "A" appears twice, as series[0] and series[1]; ids must be unique"#
        );
    }

    #[test]
    fn too_much_data_is_refused_before_it_is_read() {
        let many = Raw::List(vec![Raw::Null; MAX_SERIES + 1]);
        assert_eq!(
            Series::list_from_raw(&many).unwrap_err().to_string(),
            "10001 series with 0 closes in all is more than the limit of 10000 series and 10000000 closes"
        );
        let long =
            Raw::List(vec![Raw::Object(vec![("closes".into(), Raw::Floats(vec![1.0; MAX_CLOSES + 1]))])]);
        assert!(Series::list_from_raw(&long)
            .unwrap_err()
            .to_string()
            .starts_with("1 series with 10000001 closes"));
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
}
