//! `Error`: every way input can be wrong, each saying what and where (series id, index, date, field).

use crate::limits::{MAX_DAY, MAX_YEAR, MIN_DAY, MIN_YEAR};
use std::fmt;

/// Why a text is not a valid `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not of the shape `YYYY-MM-DD` (four digits, dash, two digits, dash, two digits).
    Format,
    /// Year 0000 (there is no year 0 in `YYYY-MM-DD` data).
    YearOutOfRange(i32),
    /// Month outside 01..=12.
    MonthOutOfRange(u32),
    /// Day outside the month, e.g. 2024-02-30 or 2023-02-29; `days` is how many the month has.
    NoSuchDay { year: i32, month: u32, day: u32, days: u32 },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format => write!(f, "is not a date of the form YYYY-MM-DD"),
            DateError::YearOutOfRange(y) => {
                write!(f, "has year {y:04}, outside {MIN_YEAR:04}..{MAX_YEAR}")
            }
            DateError::MonthOutOfRange(m) => write!(f, "has month {m:02}, outside 01..12"),
            DateError::NoSuchDay { year, month, day, days } => {
                write!(f, "does not exist ({year:04}-{month:02} has {days} days, not {day})")
            }
        }
    }
}

/// A bad input. The message names the series (by id, or by position when it has no usable id),
/// the field, the index in the caller's arrays and, where one is known, the date.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// The top-level value is not an array of series.
    NotAnArray { what: &'static str, kind: &'static str },
    /// An empty array of series.
    NoSeries,
    /// More series or closes than `limits::MAX_SERIES` / `limits::MAX_CLOSES`.
    TooMuchData { series: usize, closes: usize },
    /// `series[position]` is not an object.
    SeriesNotObject { position: usize, kind: &'static str },
    /// `series[position]` has no `id`.
    MissingId { position: usize },
    /// `series[position].id` is not a non-empty string.
    BadId { position: usize, found: String },
    /// Two series share one id.
    DuplicateId { id: String, first: usize, second: usize },
    /// `name` is present but not a string.
    BadName { id: String, kind: &'static str },
    /// `dates` or `closes` is missing.
    MissingField { id: String, field: &'static str },
    /// `dates` or `closes` is not an array.
    FieldNotArray { id: String, field: &'static str, kind: &'static str },
    /// `dates` and `closes` differ in length.
    LengthMismatch { id: String, dates: usize, closes: usize },
    /// No points at all.
    Empty { id: String },
    /// `dates[index]` is not a string.
    DateNotText { id: String, index: usize, found: String },
    /// `dates[index]` of an Int32Array is a day number outside years 0001..9999.
    DayOutOfRange { id: String, index: usize, day: i32 },
    /// A pushed close was refused; the deck is unchanged.
    BadPush { id: String, date: String, problem: String },
    /// A push or lookup named a series the deck does not hold.
    NoSuchSeries { id: String },
    /// `dates[index]` is a string but not a real `YYYY-MM-DD` date.
    BadDate { id: String, index: usize, text: String, reason: DateError },
    /// `closes[index]` is not a number.
    CloseNotNumber { id: String, index: usize, date: String, found: String },
    /// `closes[index]` is NaN, ±Infinity, zero or negative.
    BadClose { id: String, index: usize, date: String, found: String },
    /// Two closes of one series so far apart that their ratio exceeds `limits::MAX_RATIO`;
    /// `low` and `high` are (index in the caller's arrays, date, close).
    RatioTooLarge { id: String, low: (usize, String, f64), high: (usize, String, f64) },
    /// Two closes for one date.
    DuplicateDate { id: String, date: String, first: usize, second: usize },
    /// The options argument is not an object.
    OptionsNotObject { kind: &'static str },
    /// An option this function does not know (a typo would otherwise be silently ignored).
    UnknownOption { key: String, known: String },
    /// An option names a series id that is not in the input.
    UnknownSeries { option: &'static str, id: String, known: Vec<String> },
    /// An option has a value of the wrong kind or outside its allowed values.
    BadOption { option: &'static str, expected: &'static str, found: String },
    /// A date option (`asOf`, `from`, `to`) is a string but not a real `YYYY-MM-DD` date.
    BadDateOption { option: &'static str, text: String, reason: DateError },
    /// `from` is after `to`.
    EmptyRange { from: String, to: String },
    /// The series has no close on or before `asOf`.
    NothingByAsOf { id: String, as_of: String, first: String },
    /// A chart of this many series and pixel columns would hold more than
    /// `limits::MAX_CHART_VALUES` values.
    ChartTooLarge { series: usize, columns: usize },
    /// An argument could not be read (nested too deeply, or holding a JS value with no JSON
    /// shape such as a Symbol or a function); `path` is where inside it, e.g. `[0].closes[3]`.
    Unreadable { what: String, path: String, detail: String },
}

/// How many characters of a user-supplied text a message shows before cutting it with `…`.
pub const QUOTE_CHARS: usize = 40;

/// Bounded, quoted rendering of a user-supplied text (ids can be megabytes long): at most
/// `QUOTE_CHARS` characters, then `…`, escaped as Rust's `Debug` escapes a `str`.
pub fn quote(text: &str) -> String {
    match text.char_indices().nth(QUOTE_CHARS) {
        Some((cut, _)) => format!("{:?}", format!("{}…", text.get(..cut).unwrap_or(text))),
        None => format!("{text:?}"),
    }
}

/// A number as JavaScript's `String(n)` prints it (`NaN`, `Infinity`, `1234.5`, `1.5e+21`,
/// `-1e-300`), except that −0 prints as `-0` so a refused −0 close is named as given. Rust's
/// `{}` and `{:e}` give the same shortest round-trip digits; only the exponent form differs.
pub fn js_number(n: f64) -> String {
    if n.is_nan() {
        "NaN".into()
    } else if n.is_infinite() {
        if n > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else if n == 0.0 {
        if n.is_sign_negative() { "-0" } else { "0" }.into()
    } else if n.abs() >= 1e21 || n.abs() < 1e-6 {
        let text = format!("{n:e}");
        match text.split_once('e') {
            Some((mantissa, exponent)) if !exponent.starts_with('-') => format!("{mantissa}e+{exponent}"),
            _ => text,
        }
    } else {
        format!("{n}")
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Error::*;
        let s = |id: &str| format!("series {}", quote(id));
        match self {
            NotAnArray { what, kind } => write!(f, "{what} must be an array, got {kind}"),
            NoSeries => write!(f, "series is an empty array; pass at least one {{ id, name, dates, closes }}"),
            TooMuchData { series, closes } => write!(
                f,
                "{series} series with {closes} closes in all is more than the limit of {} series and {} closes",
                crate::limits::MAX_SERIES,
                crate::limits::MAX_CLOSES
            ),
            SeriesNotObject { position, kind } => write!(
                f,
                "series[{position}] must be an object {{ id, name, dates, closes }}, got {kind}"
            ),
            MissingId { position } => write!(f, "series[{position}] has no id"),
            BadId { position, found } => {
                write!(f, "series[{position}].id must be a non-empty string, got {found}")
            }
            DuplicateId { id, first, second } => write!(
                f,
                "{} appears twice, as series[{first}] and series[{second}]; ids must be unique",
                s(id)
            ),
            BadName { id, kind } => write!(f, "{}: name must be a string, got {kind}", s(id)),
            MissingField { id, field } => write!(f, "{}: {field} is missing", s(id)),
            FieldNotArray { id, field, kind } => {
                write!(f, "{}: {field} must be an array, got {kind}", s(id))
            }
            LengthMismatch { id, dates, closes } => write!(
                f,
                "{}: dates has {dates} entries but closes has {closes}; they must pair up one to one",
                s(id)
            ),
            Empty { id } => write!(f, "{}: dates and closes are empty; a series needs at least one close", s(id)),
            DayOutOfRange { id, index, day } => write!(
                f,
                "{}: dates[{index}] is day number {day}, outside 0001-01-01..9999-12-31 (days since 1970-01-01 from {} to {})",
                s(id),
                MIN_DAY,
                MAX_DAY
            ),
            BadPush { id, date, problem } => write!(
                f,
                "push to {} on {date} refused: {problem}; nothing was changed",
                s(id)
            ),
            NoSuchSeries { id } => write!(f, "no series {} in this deck", quote(id)),
            DateNotText { id, index, found } => write!(
                f,
                "{}: dates[{index}] must be a \"YYYY-MM-DD\" string, got {found}",
                s(id)
            ),
            BadDate { id, index, text, reason } => {
                write!(f, "{}: dates[{index}] {} {reason}", s(id), quote(text))
            }
            CloseNotNumber { id, index, date, found } => write!(
                f,
                "{}: closes[{index}] (on {date}) must be a number, got {found}",
                s(id)
            ),
            BadClose { id, index, date, found } => write!(
                f,
                "{}: closes[{index}] (on {date}) is {found}; closes must be positive, finite numbers",
                s(id)
            ),
            RatioTooLarge { id, low, high } => write!(
                f,
                "{}: closes[{}] ({} on {}) and closes[{}] ({} on {}) are more than {} times apart, so their ratio would overflow; check these closes",
                s(id),
                low.0,
                js_number(low.2),
                low.1,
                high.0,
                js_number(high.2),
                high.1,
                js_number(crate::limits::MAX_RATIO)
            ),
            DuplicateDate { id, date, first, second } => write!(
                f,
                "{}: two closes for {date}, at dates[{first}] and dates[{second}]",
                s(id)
            ),
            OptionsNotObject { kind } => write!(f, "options must be an object, got {kind}"),
            UnknownOption { key, known } => {
                write!(f, "unknown option {}; the options are: {known}", quote(key))
            }
            UnknownSeries { option, id, known } => {
                let known: Vec<String> = known.iter().take(20).map(|k| quote(k)).collect();
                let known = known.join(", ");
                write!(f, "{option} {} is not one of the series: {known}", quote(id))
            }
            BadOption { option, expected, found } => {
                write!(f, "{option} must be {expected}, got {found}")
            }
            BadDateOption { option, text, reason } => write!(f, "{option} {} {reason}", quote(text)),
            EmptyRange { from, to } => write!(f, "from {from} is after to {to}"),
            NothingByAsOf { id, as_of, first } => write!(
                f,
                "{}: no close on or before asOf {as_of}; its first date is {first}",
                s(id)
            ),
            ChartTooLarge { series, columns } => write!(
                f,
                "a chart of {series} series {columns} pixels wide needs {} values, more than the limit of {}; draw fewer series or a narrower chart",
                series.saturating_mul(*columns),
                crate::limits::MAX_CHART_VALUES
            ),
            Unreadable { what, path, detail } => write!(f, "{what}{path} could not be read: {detail}"),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_javascript_prints_them() {
        let cases = [
            (f64::NAN, "NaN"),
            (f64::INFINITY, "Infinity"),
            (f64::NEG_INFINITY, "-Infinity"),
            (-0.0, "-0"),
            (0.0, "0"),
            (1.5e21, "1.5e+21"),
            (1e21, "1e+21"),
            (-1e-300, "-1e-300"),
            (9.5e-7, "9.5e-7"),
            (1e-6, "0.000001"),
            (1234.5, "1234.5"),
            (999_999_999_999_999_900_000.0, "999999999999999900000"),
            (0.1 + 0.2, "0.30000000000000004"),
        ];
        for (n, text) in cases {
            assert_eq!(js_number(n), text);
        }
    }

    #[test]
    fn quotes_are_bounded_and_escaped() {
        assert_eq!(quote("abc"), "\"abc\"");
        assert_eq!(quote("a\"b\n"), "\"a\\\"b\\n\"");
        let long = quote(&"x".repeat(10_000));
        assert_eq!(long.chars().count(), QUOTE_CHARS + 3);
        assert!(long.ends_with("…\""));
        assert_eq!(quote(&"é".repeat(QUOTE_CHARS)), format!("{:?}", "é".repeat(QUOTE_CHARS)));
    }
}
