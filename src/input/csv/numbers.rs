//! Numbers as spreadsheets and finance sites write them: a decimal point or comma, thousands
//! separators only between groups of three digits, an optional exponent. The grammar is checked
//! here; `str::parse::<f64>` turns the checked text into a number (see the module header of
//! `csv` for why std and not fast-float2).

use super::error::BadOption;
use super::records::trimmed;
use std::fmt;
use std::str::FromStr;

/// The character that separates a number's whole part from its fraction; the other one of `.`
/// and `,` may then separate thousands. Serializes as `"."` or `","`.
///
/// ```js
/// IndexCards.parseCsv(text, { id: "DAX", decimal: "," }).decimal; // ","
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, tsify::Tsify)]
pub enum DecimalMark {
    /// `5,969.34`
    #[serde(rename = ".")]
    Point,
    /// `5.969,34`
    #[serde(rename = ",")]
    Comma,
}

impl DecimalMark {
    /// The option's text: `"."` or `","`.
    pub fn as_str(self) -> &'static str {
        match self {
            DecimalMark::Point => ".",
            DecimalMark::Comma => ",",
        }
    }
    fn mark(self) -> u8 {
        match self {
            DecimalMark::Point => b'.',
            DecimalMark::Comma => b',',
        }
    }
    /// The thousands separator that goes with this decimal mark.
    fn group(self) -> u8 {
        match self {
            DecimalMark::Point => b',',
            DecimalMark::Comma => b'.',
        }
    }
    /// In words, for messages: "decimal point" or "decimal comma".
    pub(super) fn name(self) -> &'static str {
        match self {
            DecimalMark::Point => "decimal point",
            DecimalMark::Comma => "decimal comma",
        }
    }
    /// 5969.34 as written with this mark, for messages.
    pub(super) fn example(self) -> &'static str {
        match self {
            DecimalMark::Point => "5,969.34",
            DecimalMark::Comma => "5.969,34",
        }
    }
}

impl fmt::Display for DecimalMark {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for DecimalMark {
    type Err = BadOption;
    /// `"."` or `","`; anything else is an error that lists both.
    ///
    /// ```
    /// use indexcards::input::csv::DecimalMark;
    /// assert_eq!(",".parse::<DecimalMark>(), Ok(DecimalMark::Comma));
    /// ```
    fn from_str(text: &str) -> Result<DecimalMark, BadOption> {
        match text {
            "." => Ok(DecimalMark::Point),
            "," => Ok(DecimalMark::Comma),
            _ => Err(BadOption::Decimal(text.into())),
        }
    }
}

/// Why a text is not a number with a given decimal mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberProblem {
    /// Not a number at all: letters, `0x10`, `Infinity`, `+5`, no digits…
    NotNumber,
    /// A separator out of place: thousands not in groups of three, a second decimal mark.
    Separators,
    /// An `e` not followed by digits (`1e`, `1e,000`).
    Exponent,
}

/// A value that marks a missing day: empty, `.` (FRED) or `null` (Yahoo), in any case.
pub(super) fn is_missing(text: &str) -> bool {
    text.is_empty() || text == "." || text.eq_ignore_ascii_case("null")
}

/// The number in a Change % field (`-0,35%`, `+1.2 %`), without its sign and percent sign.
pub(super) fn percent_text(text: &str) -> &str {
    let t = trimmed(text);
    let t = t.strip_suffix('%').unwrap_or(t).trim_end();
    t.strip_prefix('+').unwrap_or(t)
}

/// What a number's shape says, once checked.
struct Shape {
    /// Thousands separators were written.
    grouped: bool,
    /// Digits after the decimal mark.
    decimals: u32,
}

/// Checks `text` (trimmed) against the grammar for `mark`: an optional `-`, digits (either
/// plain or grouped in threes by the other separator, the first group 1–3 digits and not
/// starting with 0), an optional fraction after the mark, an optional exponent `e[+-]digits`,
/// and at least one digit before the exponent.
fn check(text: &str, mark: DecimalMark) -> Result<Shape, NumberProblem> {
    let (dot, group) = (mark.mark(), mark.group());
    let b = text.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    // A plain loop: `take_while(..).count()` was a call per digit in the size-optimized build.
    let digits_from = |from: usize| {
        let mut end = from;
        while b.get(end).is_some_and(u8::is_ascii_digit) {
            end += 1;
        }
        end.saturating_sub(from)
    };
    let mut i = usize::from(at(0) == b'-');
    // Whole part: runs of digits between thousands separators.
    let leading_zero = at(i) == b'0';
    let mut run = digits_from(i);
    let mut digits = run;
    i += run;
    let grouped = at(i) == group;
    if grouped && (leading_zero || !(1..=3).contains(&run)) {
        return Err(NumberProblem::Separators);
    }
    while at(i) == group {
        run = digits_from(i + 1);
        if run != 3 {
            return Err(NumberProblem::Separators);
        }
        digits += run;
        i += 1 + run;
    }
    let mut decimals = 0;
    if at(i) == dot {
        decimals = digits_from(i + 1);
        i += 1 + decimals;
    }
    if digits + decimals == 0 {
        return Err(NumberProblem::NotNumber);
    }
    let shape = Shape { grouped, decimals: decimals as u32 };
    match at(i) {
        _ if i >= b.len() => Ok(shape),
        b'e' | b'E' => {
            i += 1 + usize::from(matches!(at(i + 1), b'+' | b'-'));
            let exponent = digits_from(i);
            match (exponent, i + exponent >= b.len()) {
                (0, _) => Err(NumberProblem::Exponent),
                (_, true) => Ok(shape),
                (_, false) => Err(NumberProblem::NotNumber),
            }
        }
        c if c == dot || c == group => Err(NumberProblem::Separators),
        _ => Err(NumberProblem::NotNumber),
    }
}

/// The value of `text` (trimmed) written with `mark`, or why it is not a number.
///
/// Infinity comes back for a finite text too large for an `f64` (`1e999`): the caller refuses
/// it as a close, naming the text.
pub(super) fn read(text: &str, mark: DecimalMark) -> Result<f64, NumberProblem> {
    let shape = check(text, mark)?;
    if !shape.grouped && mark == DecimalMark::Point {
        return Ok(to_f64(text));
    }
    // Rewritten to what `str::parse` reads: separators dropped, the mark as '.'.
    let plain: String = text
        .chars()
        .filter(|&c| c != char::from(mark.group()))
        .map(|c| if c == char::from(mark.mark()) { '.' } else { c })
        .collect();
    Ok(to_f64(&plain))
}

/// Digits after the decimal mark: how finely the value was rounded (0 if it is not a number).
pub(super) fn decimals(text: &str, mark: DecimalMark) -> u32 {
    check(text, mark).map_or(0, |s| s.decimals)
}

/// `text` checked by `check` is always what `str::parse::<f64>` reads; NaN never comes back.
fn to_f64(text: &str) -> f64 {
    text.parse::<f64>().unwrap_or(f64::NAN)
}

/// What one value says about the decimal mark.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Reading {
    /// A number only with a decimal point (`2,406.67`, `1.5`, `1,234,567`).
    PointOnly,
    /// A number only with a decimal comma (`2.406,67`, `1,5`, `0,123`).
    CommaOnly,
    /// A number either way, and a different one (`2,406` is 2406 or 2.406).
    Ambiguous { point: f64, comma: f64 },
    /// The same number either way (`2406`), or not a number either way.
    Neutral,
}

/// True if `text` (trimmed) is a number with `mark` only: what `reading` calls `PointOnly` or
/// `CommaOnly`, checked with `mark` first (a close of a file read the other way fails there).
pub(super) fn reads_only(text: &str, mark: DecimalMark) -> bool {
    let other = match mark {
        DecimalMark::Point => DecimalMark::Comma,
        DecimalMark::Comma => DecimalMark::Point,
    };
    check(text, mark).is_ok() && check(text, other).is_err()
}

/// Reads `text` (trimmed) with both marks and says which it allows.
pub(super) fn reading(text: &str) -> Reading {
    match (check(text, DecimalMark::Point), check(text, DecimalMark::Comma)) {
        (Ok(_), Err(_)) => Reading::PointOnly,
        (Err(_), Ok(_)) => Reading::CommaOnly,
        (Ok(_), Ok(_)) if text.contains(['.', ',']) => {
            let (point, comma) = (read(text, DecimalMark::Point), read(text, DecimalMark::Comma));
            match (point, comma) {
                (Ok(point), Ok(comma)) if point != comma => Reading::Ambiguous { point, comma },
                _ => Reading::Neutral,
            }
        }
        _ => Reading::Neutral,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DecimalMark::{Comma, Point};

    #[test]
    fn thousands_separators_only_between_groups_of_three() {
        assert_eq!(read("5,969.34", Point), Ok(5969.34));
        assert_eq!(read("1,234,567", Point), Ok(1234567.0));
        assert_eq!(read("5.969,34", Comma), Ok(5969.34));
        assert_eq!(read("-1.234.567,5", Comma), Ok(-1234567.5));
        for bad in ["5,96", "59,69.34", "1,2345", ",123", "1,,234", "1,234,", "0,123", "1,234.5,6", "1.2.3"] {
            assert_eq!(read(bad, Point), Err(NumberProblem::Separators), "{bad}");
        }
        assert_eq!(read("0,123", Comma), Ok(0.123));
    }

    #[test]
    fn exponents_signs_and_words() {
        assert_eq!(read("1.0000958135251341e+21", Point), Ok(1.0000958135251341e21));
        assert_eq!(read("2,5E-3", Comma), Ok(0.0025));
        assert_eq!(read("1e999", Point), Ok(f64::INFINITY));
        assert_eq!(read("1e5x", Point), Err(NumberProblem::NotNumber));
        for bad in ["1e", "1e,000", "1e+", "5e+-1", "1ex"] {
            assert_eq!(read(bad, Point), Err(NumberProblem::Exponent), "{bad}");
        }
        for bad in ["+5", "--5", "5-", "e5", "0x10", "Infinity", "inf", "NaN", "1_000", "-", ".", "", " 5"] {
            assert_eq!(read(bad, Point), Err(NumberProblem::NotNumber), "{bad}");
        }
        assert_eq!((read(".5", Point), read("5.", Point), read("-0", Point)), (Ok(0.5), Ok(5.0), Ok(-0.0)));
    }

    #[test]
    fn every_checked_text_is_what_std_reads() {
        for text in ["0", "007", "1.5", "-2.25e-3", "123456789012345678901234567890", "4.9e-324", "1e-400"] {
            assert_eq!(read(text, Point), Ok(text.parse::<f64>().unwrap()), "{text}");
        }
    }

    #[test]
    fn reads_only_is_what_reading_says() {
        for text in [
            "2,406.67",
            "2406.67",
            "1,234,567",
            "2.406,67",
            "1,5",
            "2,406",
            "115.592",
            "2406",
            "x",
            "1.234.567",
            "-0,5e3",
        ] {
            assert_eq!(reads_only(text, Point), reading(text) == Reading::PointOnly, "{text}");
            assert_eq!(reads_only(text, Comma), reading(text) == Reading::CommaOnly, "{text}");
        }
    }

    #[test]
    fn readings_tell_which_mark_a_value_allows() {
        assert_eq!(reading("2,406.67"), Reading::PointOnly);
        assert_eq!(reading("2406.67"), Reading::PointOnly);
        assert_eq!(reading("1,234,567"), Reading::PointOnly);
        assert_eq!(reading("2.406,67"), Reading::CommaOnly);
        assert_eq!(reading("1,5"), Reading::CommaOnly);
        assert_eq!(reading("2,406"), Reading::Ambiguous { point: 2406.0, comma: 2.406 });
        assert_eq!(reading("115.592"), Reading::Ambiguous { point: 115.592, comma: 115592.0 });
        assert_eq!(reading("2406"), Reading::Neutral);
        assert_eq!(reading("abc"), Reading::Neutral);
    }

    #[test]
    fn option_texts() {
        assert_eq!(".".parse(), Ok(Point));
        assert_eq!(",".parse(), Ok(Comma));
        assert_eq!(
            "comma".parse::<DecimalMark>().unwrap_err().to_string(),
            "decimal must be \".\" (5,969.34) or \",\" (5.969,34), got \"comma\""
        );
        assert_eq!(serde_json::to_string(&[Point, Comma]).unwrap(), r#"[".",","]"#);
    }
}
