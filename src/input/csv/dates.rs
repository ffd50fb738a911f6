//! Dates as CSV files write them: `YYYY-MM-DD` (or `YYYY/MM/DD`), or day and month before the
//! year (`DD/MM/YYYY`, `MM/DD/YYYY`, also with `.` or `-`), optionally followed by a time of day.

use super::error::{BadOption, Basis};
use crate::core::calendar::{self, DateError, Day};
use std::fmt;
use std::str::FromStr;

/// The order of year, month and day in a file's dates. Serializes as `"ymd"`, `"mdy"` or `"dmy"`.
///
/// ```js
/// IndexCards.parseCsv(text, { id: "FTSE", dateOrder: "dmy" }).dateOrder; // "dmy"
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, tsify::Tsify)]
#[serde(rename_all = "lowercase")]
pub enum DateOrder {
    /// `YYYY-MM-DD`
    Ymd,
    /// `MM/DD/YYYY` (US)
    Mdy,
    /// `DD/MM/YYYY` (UK and most of Europe)
    Dmy,
}

impl DateOrder {
    /// The option's text: `"ymd"`, `"mdy"` or `"dmy"`.
    pub fn as_str(self) -> &'static str {
        match self {
            DateOrder::Ymd => "ymd",
            DateOrder::Mdy => "mdy",
            DateOrder::Dmy => "dmy",
        }
    }

    /// How a date in this order is written, with `separator` between its parts (`DD.MM.YYYY`).
    pub(super) fn pattern(self, separator: char) -> String {
        let parts = match self {
            DateOrder::Ymd => ["YYYY", "MM", "DD"],
            DateOrder::Mdy => ["MM", "DD", "YYYY"],
            DateOrder::Dmy => ["DD", "MM", "YYYY"],
        };
        parts.join(&separator.to_string())
    }
}

impl fmt::Display for DateOrder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for DateOrder {
    type Err = BadOption;
    /// `"ymd"`, `"mdy"` or `"dmy"`; anything else is an error that lists them.
    ///
    /// ```
    /// use indexcards::input::csv::DateOrder;
    /// assert_eq!("dmy".parse::<DateOrder>(), Ok(DateOrder::Dmy));
    /// assert!("DMY".parse::<DateOrder>().is_err());
    /// ```
    fn from_str(text: &str) -> Result<DateOrder, BadOption> {
        match text {
            "ymd" => Ok(DateOrder::Ymd),
            "mdy" => Ok(DateOrder::Mdy),
            "dmy" => Ok(DateOrder::Dmy),
            _ => Err(BadOption::DateOrder(text.into())),
        }
    }
}

/// Where a date writes its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Family {
    /// `YYYY-MM-DD`, `YYYY/MM/DD`: always year, month, day.
    YearFirst,
    /// `NN/NN/YYYY`: day and month in an order the file must settle.
    YearLast,
}

/// A date's numbers as written, before the order of day and month is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct DateText {
    pub family: Family,
    pub separator: char,
    year: u32,
    /// The two numbers other than the year, in the order written.
    first: u32,
    second: u32,
}

/// Why a text is not a date of any accepted shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum ShapeError {
    NotADate,
    /// A date, then something that is not a time of day.
    TextAfter(String),
}

/// `digits` ASCII digits at the front of `b` (between `min` and `max` of them) and the rest.
fn number(b: &[u8], min: usize, max: usize) -> Option<(u32, &[u8])> {
    // A plain loop: `take`, `take_while`, `count` and `fold` were calls per digit in the
    // size-optimized build.
    let (mut n, mut value) = (0, 0u32);
    for &c in b.iter().take(max) {
        if !c.is_ascii_digit() {
            break;
        }
        value = value * 10 + u32::from(c - b'0');
        n += 1;
    }
    let rest = b.get(n..)?;
    (n >= min).then_some((value, rest))
}

/// Reads the shape of a date (`text` trimmed): which numbers where, and an optional time of day.
pub(super) fn scan(text: &str) -> Result<DateText, ShapeError> {
    let b = text.as_bytes();
    let separator = |rest: &[u8]| match rest.first() {
        Some(&s @ (b'-' | b'/' | b'.')) => Some(s),
        _ => None,
    };
    let (date, rest) = if let Some((year, rest)) = number(b, 4, 4).filter(|(_, r)| separator(r).is_some()) {
        // YYYY-MM-DD (two digits each, as ISO 8601 writes it), or YYYY/M/D.
        let sep = separator(rest).unwrap_or(b'-');
        let width = if sep == b'-' { 2 } else { 1 };
        let (month, rest) =
            number(rest.get(1..).unwrap_or_default(), width, 2).ok_or(ShapeError::NotADate)?;
        let rest = rest.strip_prefix(&[sep]).ok_or(ShapeError::NotADate)?;
        let (day, rest) = number(rest, width, 2).ok_or(ShapeError::NotADate)?;
        let date = DateText {
            family: Family::YearFirst,
            separator: char::from(sep),
            year,
            first: month,
            second: day,
        };
        (date, rest)
    } else {
        let (first, rest) = number(b, 1, 2).ok_or(ShapeError::NotADate)?;
        let sep = separator(rest).ok_or(ShapeError::NotADate)?;
        let (second, rest) = number(rest.get(1..).unwrap_or_default(), 1, 2).ok_or(ShapeError::NotADate)?;
        let rest = rest.strip_prefix(&[sep]).ok_or(ShapeError::NotADate)?;
        let (year, rest) = number(rest, 4, 4).ok_or(ShapeError::NotADate)?;
        (DateText { family: Family::YearLast, separator: char::from(sep), year, first, second }, rest)
    };
    if rest.first().is_some_and(u8::is_ascii_digit) {
        return Err(ShapeError::NotADate);
    }
    let time = match rest {
        [] => return Ok(date),
        [b' ', time @ ..] => time,
        [b'T', time @ ..] if date.family == Family::YearFirst && date.separator == '-' => time,
        _ => b"?",
    };
    if is_time_of_day(time) {
        Ok(date)
    } else {
        let after = text.get(text.len() - rest.len()..).unwrap_or_default();
        Err(ShapeError::TextAfter(after.trim().to_owned()))
    }
}

/// `H:MM`, `HH:MM:SS` or `HH:MM:SS.fff`, optionally ` AM`/` PM`, optionally a zone (`Z`,
/// `+01:00`, `-0500`, `+01`): what Yahoo, Excel and ISO 8601 write after a date.
fn is_time_of_day(b: &[u8]) -> bool {
    fn two(b: &[u8], max: u32) -> Option<(u32, &[u8])> {
        number(b, 2, 2).filter(|(v, _)| *v <= max)
    }
    let Some((hour, rest)) = number(b, 1, 2) else { return false };
    let Some((_, mut rest)) = rest.strip_prefix(b":").and_then(|r| two(r, 59)) else { return false };
    if let Some((_, r)) = rest.strip_prefix(b":").and_then(|r| two(r, 60)) {
        rest = r;
        if let Some(r) = rest.strip_prefix(b".").or_else(|| rest.strip_prefix(b",")) {
            let n = r.iter().take_while(|c| c.is_ascii_digit()).count();
            if n == 0 {
                return false;
            }
            rest = r.get(n..).unwrap_or_default();
        }
    }
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    let twelve =
        rest.get(..2).is_some_and(|m| m.eq_ignore_ascii_case(b"AM") || m.eq_ignore_ascii_case(b"PM"));
    let rest = if twelve { rest.get(2..).unwrap_or_default() } else { rest };
    if hour > if twelve { 12 } else { 23 } || (twelve && hour == 0) {
        return false;
    }
    match rest {
        [] | [b'Z'] => true,
        [b'+' | b'-', zone @ ..] => match two(zone, 23) {
            Some((_, [])) => true,
            Some((_, minutes)) => {
                let minutes = minutes.strip_prefix(b":").unwrap_or(minutes);
                matches!(two(minutes, 59), Some((_, [])))
            }
            None => false,
        },
        _ => false,
    }
}

impl DateText {
    /// The day this date names when read in `order`; YearFirst dates are always year, month, day.
    pub fn day(&self, order: DateOrder) -> Result<Day, DateError> {
        let (month, day) = match (self.family, order) {
            (Family::YearFirst, _) | (Family::YearLast, DateOrder::Mdy) => (self.first, self.second),
            (Family::YearLast, DateOrder::Dmy) => (self.second, self.first),
            (Family::YearLast, DateOrder::Ymd) => return Err(DateError::Format),
        };
        calendar::checked_ymd(self.year as i32, month, day)
    }
}

/// Reads every date of one file the way the file's dates were decided to be written.
#[derive(Debug, Clone)]
pub(super) struct DateReader {
    /// The shape of the file's dates (from the first date that has one), if any.
    pub family: Option<Family>,
    pub separator: char,
    pub order: DateOrder,
    pub basis: Basis,
}

impl DateReader {
    /// How this file's dates are written, e.g. `DD.MM.YYYY`.
    pub fn pattern(&self) -> String {
        self.order.pattern(if self.order == DateOrder::Ymd && self.separator != '/' {
            '-'
        } else {
            self.separator
        })
    }

    fn explain(&self, reason: &mut String) {
        let what = format!("dates are read as {}", self.pattern());
        self.basis.explain(reason, &what, &format!("dateOrder: \"{}\"", self.order));
    }

    /// The day of `text` (trimmed), or why it is not one, in words for the message. `scanned` is
    /// what `scan` read from `text` already (the survey's), so it is not scanned twice.
    pub fn read(&self, text: &str, scanned: Option<DateText>) -> Result<Day, String> {
        let not_a_date = || {
            let mut reason = format!("is not a date of the form {}", self.pattern());
            if self.family != Some(Family::YearFirst) {
                self.explain(&mut reason);
            }
            reason
        };
        let date = match scanned.map_or_else(|| scan(text), Ok) {
            Ok(date) if Some(date.family) == self.family => date,
            Ok(_) | Err(ShapeError::NotADate) => return Err(not_a_date()),
            Err(ShapeError::TextAfter(after)) => {
                return Err(format!(
                    "has text after the date: {} (only a time of day may follow a date, as in 2024-11-22 16:00:00)",
                    crate::error::quote(&after)
                ))
            }
        };
        date.day(self.order).map_err(|e| match e {
            DateError::Format => not_a_date(),
            e => {
                let mut reason = e.to_string();
                if date.family == Family::YearLast {
                    self.explain(&mut reason);
                }
                reason
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str, order: DateOrder) -> Option<String> {
        scan(text).ok()?.day(order).ok().map(calendar::format)
    }

    #[test]
    fn shapes_and_orders() {
        assert_eq!(day("2024-11-22", DateOrder::Ymd).as_deref(), Some("2024-11-22"));
        assert_eq!(day("2024/1/5", DateOrder::Dmy).as_deref(), Some("2024-01-05"));
        assert_eq!(day("06/11/2024", DateOrder::Dmy).as_deref(), Some("2024-11-06"));
        assert_eq!(day("06/11/2024", DateOrder::Mdy).as_deref(), Some("2024-06-11"));
        assert_eq!(day("6.11.2024", DateOrder::Dmy).as_deref(), Some("2024-11-06"));
        assert_eq!(day("22-11-2024", DateOrder::Dmy).as_deref(), Some("2024-11-22"));
        assert_eq!(day("22/11/2024", DateOrder::Mdy), None);
        assert_eq!(day("06/11/2024", DateOrder::Ymd), None);
        for bad in
            ["2024-1-5", "2024-11/22", "20241122", "11/22/24", "1/2/03456", "123/1/2024", "2024-11-221", ""]
        {
            assert_eq!(scan(bad), Err(ShapeError::NotADate), "{bad}");
        }
    }

    #[test]
    fn a_time_of_day_may_follow_a_date_but_nothing_else() {
        for ok in [
            "2024-11-22 16:00",
            "2024-11-22 16:00:00",
            "2024-11-22T16:00:00Z",
            "2024-11-22 00:00:00-05:00",
            "2024-11-22T09:30:00.123+0100",
            "2024-11-22T09:30:00+01",
            "11/22/2024 4:00 PM",
            "11/22/2024 4:00:00pm",
            "22.11.2024 16:00",
        ] {
            assert!(scan(ok).is_ok(), "{ok}");
        }
        for (bad, after) in [
            ("2024-11-22 garbage", "garbage"),
            ("2024-11-22x", "x"),
            ("2024-11-22T", "T"),
            ("2024-11-22 25:00", "25:00"),
            ("2024-11-22 16:60", "16:60"),
            ("2024-11-22 13:00 PM", "13:00 PM"),
            ("2024-11-22 16:00:00+24:00", "16:00:00+24:00"),
            ("22/11/2024T16:00", "T16:00"),
            ("2024-11-22 16:00:00.", "16:00:00."),
        ] {
            assert_eq!(scan(bad), Err(ShapeError::TextAfter(after.into())), "{bad}");
        }
    }

    #[test]
    fn option_texts() {
        assert_eq!("mdy".parse(), Ok(DateOrder::Mdy));
        assert_eq!("ymd".parse(), Ok(DateOrder::Ymd));
        assert_eq!(
            "DD/MM/YYYY".parse::<DateOrder>().unwrap_err().to_string(),
            "dateOrder must be \"dmy\" (DD/MM/YYYY), \"mdy\" (MM/DD/YYYY) or \"ymd\" (YYYY-MM-DD), got \"DD/MM/YYYY\""
        );
        let all = [DateOrder::Ymd, DateOrder::Mdy, DateOrder::Dmy];
        assert_eq!(serde_json::to_string(&all).unwrap(), r#"["ymd","mdy","dmy"]"#);
        assert_eq!(DateOrder::Dmy.pattern('.'), "DD.MM.YYYY");
    }
}
