//! Series input: `{ id, name, dates, closes }` values read from `Raw` into validated `Series`, each error naming series, field and index.

use crate::core::calendar::{self, Day};
use crate::core::series::Series;
use crate::error::Error;
use crate::input::raw::Raw;
use crate::limits::{MAX_CLOSES, MAX_SERIES};

/// Takes the value under `key` out of an object's fields, as `Raw::get` finds it: the last one
/// given, `null`/`undefined` counting as absent.
fn take(fields: &mut [(String, Raw)], key: &str) -> Option<Raw> {
    let (_, value) = fields.iter_mut().rev().find(|(k, _)| k == key)?;
    match std::mem::replace(value, Raw::Null) {
        Raw::Null => None,
        v => Some(v),
    }
}

/// Reads one `{ id, name, dates, closes }` object; `position` is its index in the caller's array.
/// The value is taken, so typed arrays and packed dates become the series' own vectors with no
/// copy.
pub fn read(raw: Raw, position: usize) -> Result<Series, Error> {
    let Raw::Object(mut fields) = raw else {
        return Err(Error::SeriesNotObject { position, kind: raw.kind() });
    };
    let id = match take(&mut fields, "id") {
        None => return Err(Error::MissingId { position }),
        Some(Raw::Text(t)) if !t.trim().is_empty() => t,
        Some(other) => return Err(Error::BadId { position, found: other.preview() }),
    };
    let name = match take(&mut fields, "name") {
        None => id.clone(),
        Some(Raw::Text(t)) => t,
        Some(other) => return Err(Error::BadName { id, kind: other.kind() }),
    };
    // `dates` and `closes` are arrays, or typed arrays passed straight from JS
    // (Int32Array day numbers, Float64Array closes).
    let mut field = |field: &'static str| match take(&mut fields, field) {
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
            // The extremes first, in a plain loop (a range check per day was a call in the
            // size-optimized build); the index of a day out of range only when there is one.
            let (mut lo, mut hi) = (Day::MAX, Day::MIN);
            for &day in &days {
                if day < lo {
                    lo = day;
                }
                if day > hi {
                    hi = day;
                }
            }
            if lo < calendar::MIN_DAY || hi > calendar::MAX_DAY {
                let range = calendar::MIN_DAY..=calendar::MAX_DAY;
                if let Some((index, &day)) = days.iter().enumerate().find(|(_, d)| !range.contains(*d)) {
                    return Err(Error::DayOutOfRange { id, index, day });
                }
            }
            days
        }
        Raw::IsoRun(bytes) => {
            // A plain loop over a slice of days, each parsed from its ten bytes: `chunks`,
            // `enumerate` and `Vec::push` were calls per date in the size-optimized build (14% of
            // `summarize` on ISO strings, profiled 2026-12-01).
            let mut days: Vec<Day> = vec![0; bytes.len().div_ceil(10)];
            let mut run = calendar::MonthRun::default();
            let mut start = 0;
            for day in days.iter_mut() {
                let chunk = bytes.get(start..bytes.len().min(start + 10)).unwrap_or_default();
                match run.parse(chunk) {
                    Ok(d) => *day = d,
                    Err(reason) => {
                        let text = String::from_utf8_lossy(chunk).into_owned();
                        return Err(Error::BadDate { id, index: start / 10, text, reason });
                    }
                }
                start += 10;
            }
            days
        }
        Raw::List(items) => {
            let mut days = Vec::with_capacity(items.len());
            for (index, date) in items.into_iter().enumerate() {
                days.push(match date {
                    Raw::Text(text) => match calendar::parse(&text) {
                        Ok(day) => day,
                        Err(reason) => return Err(Error::BadDate { id, index, text, reason }),
                    },
                    other => return Err(Error::DateNotText { id, index, found: other.preview() }),
                });
            }
            days
        }
        other => return Err(Error::FieldNotArray { id, field: "dates", kind: other.kind() }),
    };
    let values: Vec<f64> = match closes {
        Raw::Floats(values) => values,
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

/// Reads an array of series objects, checking that ids are unique. The value is taken (see `read`).
pub fn read_list(raw: Raw) -> Result<Vec<Series>, Error> {
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
    for (position, item) in items.into_iter().enumerate() {
        let series = read(item, position)?;
        if let Some(first) = out.iter().position(|s| s.id() == series.id()) {
            return Err(Error::DuplicateId { id: series.id().into(), first, second: position });
        }
        out.push(series);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(json: &str) -> Raw {
        serde_json::from_str(json).unwrap()
    }
    fn err(json: &str) -> String {
        read_list(raw(json)).unwrap_err().to_string()
    }

    #[test]
    fn sorts_newest_first_input_and_keeps_pairs_together() {
        let s = read_list(raw(
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
    fn name_defaults_to_id() {
        let s = read(raw(r#"{"id":"X","dates":["2024-01-02"],"closes":[1]}"#), 0).unwrap();
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
            read_list(many).unwrap_err().to_string(),
            "10001 series with 0 closes in all is more than the limit of 10000 series and 10000000 closes"
        );
        let long =
            Raw::List(vec![Raw::Object(vec![("closes".into(), Raw::Floats(vec![1.0; MAX_CLOSES + 1]))])]);
        assert!(read_list(long).unwrap_err().to_string().starts_with("1 series with 10000001 closes"));
    }
}
