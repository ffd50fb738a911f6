//! What can be wrong with a CSV file or its options, each said with its line, column and fix.

use super::numbers::{DecimalMark, NumberProblem};
use crate::core::calendar::{self, Day};
use crate::error::js_number;
use crate::error::quote;
use crate::limits::MAX_CSV_BYTES;
use std::fmt;

/// One field of the file: where it is and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// Physical 1-based line the field starts on.
    pub line: u64,
    /// 1-based column.
    pub column: usize,
    /// The column's name in the header.
    pub name: String,
    /// The field as written.
    pub text: String,
}

impl fmt::Display for Cell {
    /// `line 3, column 2 (close) "2,406.67"`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {} ({}) {}", self.line, self.column, self.name, quote(&self.text))
    }
}

/// What settled the date order or the decimal mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Basis {
    /// The caller's option (`dateOrder`, `decimal`).
    Option,
    /// A value that reads one way only: `13/11/2024`, `2,406.67`, `1,5`.
    Value(Box<Cell>),
    /// A header word of a language that writes dates day first and a decimal comma.
    Header { word: String, language: &'static str },
    /// The Change % column: its figures match the closes one way only.
    ChangeColumn,
    /// No value in the file reads differently either way (ISO dates, numbers without separators).
    Unambiguous,
}

impl Basis {
    /// Appends "; `what`, as … says" to `message`, naming what settled it (nothing if
    /// unambiguous); `option` is the option that would say it, e.g. `decimal: "."`.
    pub(super) fn explain(&self, message: &mut String, what: &str, option: &str) {
        let from = match self {
            Basis::Option => format!("the option {option} says"),
            Basis::Value(cell) => format!("line {}'s {} shows", cell.line, quote(&cell.text)),
            Basis::Header { word, language } => format!("the header's {} ({language}) says", quote(word)),
            Basis::ChangeColumn => "the Change % column's figures show".to_string(),
            Basis::Unambiguous => return,
        };
        message.push_str(&format!("; {what}, as {from}"));
    }
}

/// An option text that is not one of the accepted values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadOption {
    DateOrder(String),
    Decimal(String),
}

impl fmt::Display for BadOption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BadOption::DateOrder(got) => write!(
                f,
                "dateOrder must be \"dmy\" (DD/MM/YYYY), \"mdy\" (MM/DD/YYYY) or \"ymd\" (YYYY-MM-DD), got {}",
                quote(got)
            ),
            BadOption::Decimal(got) => {
                write!(f, "decimal must be \".\" (5,969.34) or \",\" (5.969,34), got {}", quote(got))
            }
        }
    }
}

impl std::error::Error for BadOption {}

/// What went wrong, and on which line and column.
#[derive(Debug, Clone, PartialEq)]
pub enum CsvError {
    /// The text has no rows at all.
    Empty,
    /// The header row has no recognizable date column.
    NoDateColumn { line: u64, header: String },
    /// The header row has no close/price column and more than two columns.
    NoCloseColumn { line: u64, header: String },
    /// A row has fewer fields than the header, or a value beyond its columns.
    FieldCount { line: u64, found: usize, expected: usize },
    /// A date field that is not a date.
    BadDate { line: u64, column: usize, name: String, text: String, reason: String },
    /// A value field that is not a number (with the file's decimal mark) nor a missing-day marker.
    BadNumber { cell: Cell, problem: NumberProblem, decimal: DecimalMark, basis: Basis },
    /// A number that is zero, negative or not finite.
    BadClose { line: u64, column: usize, name: String, text: String },
    /// Two rows for one date.
    DuplicateDate { date: String, first: u64, second: u64 },
    /// Header and rows, but every value was missing.
    NoCloses { skipped: usize },
    /// A header and no data rows.
    NoRows,
    /// More text than `MAX_CSV_BYTES`.
    TooLarge { bytes: usize },
    /// `id` missing or not a non-empty string, and other option errors.
    Options(String),
    /// A value reads as two different numbers, and nothing in the file says which mark it uses.
    AmbiguousDecimal { cell: Cell, point: f64, comma: f64 },
    /// One value needs a decimal point and another a decimal comma.
    MixedDecimal { point: Box<Cell>, comma: Box<Cell> },
    /// A date reads as two different days, and nothing in the file says which order it uses.
    AmbiguousDateOrder { cell: Cell, mdy: Day, dmy: Day },
    /// One date can only be month first and another only day first.
    MixedDateOrder { mdy: Box<Cell>, dmy: Box<Cell> },
}

impl From<BadOption> for CsvError {
    fn from(e: BadOption) -> CsvError {
        CsvError::Options(e.to_string())
    }
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CsvError::Empty => write!(f, "CSV is empty: expected a header row and daily rows"),
            CsvError::NoDateColumn { line, header } => write!(
                f,
                "CSV line {line}: no date column in the header {header}; expected one named Date, DATE or observation_date (or Datum, Fecha, Data)"
            ),
            CsvError::NoCloseColumn { line, header } => write!(
                f,
                "CSV line {line}: no close column in the header {header}; expected one named Close or Price (or Zuletzt, Schluss, Dernier, Último, Ultimo, Cierre, Chiusura, Fechamento), or exactly two columns (date, value)"
            ),
            CsvError::FieldCount { line, found, expected } => write!(
                f,
                "CSV line {line}: {found} fields, but the header has {expected}; each row needs one field per header column (empty fields after them are ignored)"
            ),
            CsvError::BadDate { line, column, name, text, reason } => write!(
                f,
                "CSV line {line}, column {column} ({name}): {} {reason}",
                quote(text)
            ),
            CsvError::BadNumber { cell, problem, decimal, basis } => {
                write!(f, "CSV line {}, column {} ({}): {} ", cell.line, cell.column, cell.name, quote(&cell.text))?;
                match problem {
                    NumberProblem::NotNumber => f.write_str(
                        "is not a number (missing days may be written as empty, \".\" or \"null\")",
                    ),
                    NumberProblem::Exponent => {
                        f.write_str("is not a number: an exponent needs digits after the e, as in 1.5e+21")
                    }
                    NumberProblem::Separators => {
                        let mut message = format!(
                            "is not a number with a {}, where thousands are separated in groups of three, as in {}",
                            decimal.name(),
                            decimal.example()
                        );
                        let what = format!("the file's numbers are read with a {}", decimal.name());
                        basis.explain(&mut message, &what, &format!("decimal: \"{decimal}\""));
                        f.write_str(&message)?;
                        let other = match decimal {
                            DecimalMark::Point => DecimalMark::Comma,
                            DecimalMark::Comma => DecimalMark::Point,
                        };
                        write!(f, "; pass decimal: \"{other}\" if the file writes a {}", other.name())
                    }
                }
            }
            CsvError::BadClose { line, column, name, text } => write!(
                f,
                "CSV line {line}, column {column} ({name}): {} is not a positive, finite close (a day without a close may be left empty)",
                quote(text)
            ),
            CsvError::DuplicateDate { date, first, second } => {
                write!(f, "CSV has two rows for {date}, on lines {first} and {second}; keep one of them")
            }
            CsvError::NoCloses { skipped } => write!(
                f,
                "CSV has no closes: all {skipped} rows are missing-value markers"
            ),
            CsvError::NoRows => write!(f, "CSV has a header but no rows of data"),
            CsvError::TooLarge { bytes } => write!(
                f,
                "CSV is {bytes} bytes; the limit is {MAX_CSV_BYTES} bytes (64 MiB, over a million daily rows)"
            ),
            CsvError::Options(message) => f.write_str(message),
            CsvError::AmbiguousDecimal { cell, point, comma } => write!(
                f,
                "CSV line {}, column {} ({}): {} is {} with a decimal point but {} with a decimal comma, and nothing in the file settles which (no value such as 2,406.67 or 1,5, no Change % figures, no header in a language that writes a decimal comma); pass decimal: \".\" or decimal: \",\"",
                cell.line,
                cell.column,
                cell.name,
                quote(&cell.text),
                // Not `{point}`: core's float formatting is 13 KB of wasm that nothing else links.
                js_number(*point),
                js_number(*comma)
            ),
            CsvError::MixedDecimal { point, comma } => write!(
                f,
                "CSV mixes decimal marks: {point} has a decimal point, but {comma} a decimal comma; correct the file, or pass decimal: \".\" or decimal: \",\" to read it one way (values written the other way are then refused)"
            ),
            CsvError::AmbiguousDateOrder { cell, mdy, dmy } => write!(
                f,
                "CSV line {}, column {} ({}): {} is {} as MM/DD/YYYY but {} as DD/MM/YYYY, and nothing in the file settles which (no date with a day over 12, no Change % figures, no header in a language that writes the day first); pass dateOrder: \"mdy\" or dateOrder: \"dmy\"",
                cell.line,
                cell.column,
                cell.name,
                quote(&cell.text),
                calendar::format(*mdy),
                calendar::format(*dmy)
            ),
            CsvError::MixedDateOrder { mdy, dmy } => write!(
                f,
                "CSV mixes date orders: {mdy} can only be MM/DD/YYYY, but {dmy} only DD/MM/YYYY; correct the file, or pass dateOrder: \"mdy\" or dateOrder: \"dmy\" to read it one way (dates written the other way are then refused)"
            ),
        }
    }
}

impl std::error::Error for CsvError {}
