//! `Error`: every way input can be wrong, each saying what and where (series id, index, date, field).

use crate::core::calendar::DateError;
use std::fmt;

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
    /// An argument could not be read (nested too deeply, or holding a JS value with no JSON
    /// shape such as a Symbol or a function); `path` is where inside it, e.g. `[0].closes[3]`.
    Unreadable { what: String, path: String, detail: String },
}

/// Bounded, quoted rendering of a user-supplied text (ids can be megabytes long).
pub fn quote(text: &str) -> String {
    crate::input::raw::Raw::Text(text.to_owned()).preview()
}

/// `items` with `separator` between them, as `[…].join(separator)` gives; one copy of the code
/// for every kind of list (each `join` on another element type is 1 KB of wasm).
pub fn join(items: &mut dyn Iterator<Item = &str>, separator: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(item);
    }
    out
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
                crate::core::calendar::MIN_DAY,
                crate::core::calendar::MAX_DAY
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
                let known = join(&mut known.iter().map(String::as_str), ", ");
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
            Unreadable { what, path, detail } => write!(f, "{what}{path} could not be read: {detail}"),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_puts_the_separator_between_items_only() {
        assert_eq!(join(&mut ["a", "b", "c"].into_iter(), ", "), ["a", "b", "c"].join(", "));
        assert_eq!(join(&mut ["a"].into_iter(), ", "), "a");
        assert_eq!(join(&mut std::iter::empty(), ", "), "");
    }
}
