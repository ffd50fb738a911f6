//! CSV import: detects Yahoo, Stooq, FRED, Investing.com and plain `date,close` layouts and reads them into a `Series`.
//!
//! Records are split by `csv-core` (BurntSushi's allocation-free CSV state machine behind the
//! `csv` crate). Measured 2026-11-25 with tools/build.sh (release, wasm-opt -Oz): the wasm is
//! 217,390 bytes with csv-core against 212,552 with a naive `lines()`/`split(',')` splitter that
//! handles no quoting; that is +4,838 bytes (+3,338 gzipped on the whole bundle). It is a fair
//! price for RFC 4180 quoting, quoted newlines and CR/LF/CRLF handling that we would otherwise
//! write and test ourselves. The full `csv` crate was not taken: its serde-driven reader costs
//! more and offers nothing this module uses.

use crate::core::calendar::{self, Day};
use crate::core::series::Series;
use crate::error::quote;
use csv_core::{ReadRecordResult, Reader};
use std::fmt;

/// A layout this module recognizes from the header row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `Date,Open,High,Low,Close,Adj Close,Volume`
    Yahoo,
    /// `Date,Open,High,Low,Close,Volume`
    Stooq,
    /// `DATE,SP500` or `observation_date,SP500`, `.` for a missing day.
    Fred,
    /// `"Date","Price","Open","High","Low","Vol.","Change %"`, `MM/DD/YYYY`, `"5,969.34"`, newest first.
    Investing,
    /// `date,open,high,low,close` (any other header with a date and a close column).
    Ohlc,
    /// `date,close`, or any two columns of a date and a value.
    Plain,
}

/// A day left out because its value was a missing-value marker (`.`, `null` or empty).
#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    /// 1-based line in the text.
    pub line: u64,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The marker as written.
    pub value: String,
}

/// What went wrong, and on which line and column.
#[derive(Debug, Clone, PartialEq)]
pub enum CsvError {
    /// The text has no rows at all.
    Empty,
    /// The header row has no recognizable date column.
    NoDateColumn { header: String },
    /// The header row has no close/price column and more than two columns.
    NoCloseColumn { header: String },
    /// A row's field count differs from the header's.
    FieldCount { line: u64, found: usize, expected: usize },
    /// A date field that is not a date.
    BadDate { line: u64, column: usize, name: String, text: String, reason: String },
    /// A value field that is not a number nor a missing-value marker.
    BadNumber { line: u64, column: usize, name: String, text: String },
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
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CsvError::Empty => write!(f, "CSV is empty: expected a header row and daily rows"),
            CsvError::NoDateColumn { header } => write!(
                f,
                "CSV line 1: no date column in the header {header}; expected one named Date, DATE or observation_date"
            ),
            CsvError::NoCloseColumn { header } => write!(
                f,
                "CSV line 1: no close column in the header {header}; expected one named Close or Price, or exactly two columns (date, value)"
            ),
            CsvError::FieldCount { line, found, expected } => write!(
                f,
                "CSV line {line}: {found} fields, but the header has {expected}"
            ),
            CsvError::BadDate { line, column, name, text, reason } => write!(
                f,
                "CSV line {line}, column {column} ({name}): {} {reason}",
                quote(text)
            ),
            CsvError::BadNumber { line, column, name, text } => write!(
                f,
                "CSV line {line}, column {column} ({name}): {} is not a number (missing days may be written as empty, \".\" or \"null\")",
                quote(text)
            ),
            CsvError::BadClose { line, column, name, text } => write!(
                f,
                "CSV line {line}, column {column} ({name}): {} is not a positive, finite close",
                quote(text)
            ),
            CsvError::DuplicateDate { date, first, second } => {
                write!(f, "CSV has two rows for {date}, on lines {first} and {second}")
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
        }
    }
}

/// A CSV read into a series, with what was skipped and which layout was seen.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub series: Series,
    pub format: Format,
    pub skipped: Vec<Skipped>,
    /// The column the closes came from, as named in the header.
    pub column: String,
    /// How the dates were read.
    pub date_order: DateOrder,
    /// The decimal mark the numbers were read with.
    pub decimal: DecimalMark,
}

/// The order of year, month and day in the file's dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateOrder {
    Ymd,
    Mdy,
    Dmy,
}

/// The character that separates a number's integer part from its fraction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum DecimalMark {
    #[serde(rename = ".")]
    Point,
    #[serde(rename = ",")]
    Comma,
}

/// How to read a CSV: `None` decides from the file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CsvOptions {
    pub date_order: Option<DateOrder>,
    pub decimal: Option<DecimalMark>,
}

/// One CSV record: its fields and the line it starts on.
struct Record {
    line: u64,
    fields: Vec<String>,
}

/// Splits `text` into records (RFC 4180 quoting, CR, LF or CRLF line ends; blank lines
/// skipped) and hands each to `each` as it is read, so no more than one row is held at a time.
fn records(text: &str, mut each: impl FnMut(Record) -> Result<(), CsvError>) -> Result<(), CsvError> {
    let mut reader = Reader::new();
    let mut input = text.as_bytes();
    let mut out = vec![0u8; 4096];
    let mut ends = vec![0usize; 32];
    let (mut out_len, mut ends_len) = (0usize, 0usize);
    let mut line = reader.line();
    loop {
        let (result, n_in, n_out, n_ends) = reader.read_record(
            input,
            out.get_mut(out_len..).unwrap_or_default(),
            ends.get_mut(ends_len..).unwrap_or_default(),
        );
        input = input.get(n_in..).unwrap_or_default();
        out_len += n_out;
        ends_len += n_ends;
        match result {
            ReadRecordResult::InputEmpty => {}
            ReadRecordResult::OutputFull => out.resize(out.len() * 2, 0),
            ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
            ReadRecordResult::Record => {
                let bytes = out.get(..out_len).unwrap_or_default();
                let mut start = 0;
                let mut fields = Vec::with_capacity(ends_len);
                for &end in ends.get(..ends_len).unwrap_or_default() {
                    let field = bytes.get(start..end).unwrap_or_default();
                    // Always UTF-8: `text` is, and csv-core only drops ASCII bytes (quotes,
                    // separators, line ends), never part of a multi-byte character.
                    fields.push(std::str::from_utf8(field).unwrap_or_default().to_owned());
                    start = end;
                }
                let blank = matches!(fields.as_slice(), [only] if only.trim().is_empty());
                if !blank {
                    each(Record { line, fields })?;
                }
                out_len = 0;
                ends_len = 0;
                line = reader.line();
            }
            ReadRecordResult::End => return Ok(()),
        }
    }
}

/// How the date column is written, decided from the first data row.
#[derive(Clone, Copy, PartialEq)]
enum DateStyle {
    Iso,
    /// `MM/DD/YYYY` (Investing.com's US export).
    UsSlash,
}

fn parse_date(text: &str, style: DateStyle) -> Result<Day, String> {
    let t = text.trim();
    match style {
        DateStyle::Iso => {
            // Yahoo and others sometimes append a time of day; only the civil date counts.
            let date = t.split([' ', 'T']).next().unwrap_or(t);
            calendar::parse(date).map_err(|e| e.to_string())
        }
        DateStyle::UsSlash => {
            let parts: Vec<&str> = t.split('/').collect();
            let num = |s: &str, len: usize| {
                (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| s.parse::<u32>().ok())
                    .flatten()
            };
            match parts.as_slice() {
                [m, d, y] => match (num(m, 2), num(d, 2), num(y, 4)) {
                    (Some(m), Some(d), Some(y)) => {
                        calendar::checked_ymd(y as i32, m, d).map_err(|e| e.to_string())
                    }
                    _ => Err("is not a date of the form MM/DD/YYYY".into()),
                },
                _ => Err("is not a date of the form MM/DD/YYYY".into()),
            }
        }
    }
}

/// A value field: `Ok(None)` for a missing-value marker, the number otherwise.
/// Thousands separators are accepted only in their proper places (`5,969.34`, not `5,96`).
fn parse_value(text: &str) -> Result<Option<f64>, ()> {
    let t = text.trim();
    if t.is_empty() || t == "." || t.eq_ignore_ascii_case("null") {
        return Ok(None);
    }
    let plain: String = if t.contains(',') {
        let (int, frac) = t.split_once('.').unwrap_or((t, ""));
        let mut groups = int.split(',');
        let first = groups.next().unwrap_or("");
        let first_ok = !first.is_empty() && first.len() <= 3;
        let rest_ok = groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
        if !(first_ok && rest_ok) || frac.contains(',') {
            return Err(());
        }
        t.chars().filter(|&c| c != ',').collect()
    } else {
        t.to_string()
    };
    // Only decimal notation, with an optional exponent ("1.5e+21", as JavaScript writes large
    // numbers): float_parse refuses "inf", "NaN" and hex; a leading '+' is refused here.
    if plain.starts_with('+') {
        return Err(());
    }
    crate::input::float_parse::parse(&plain).map(Some).ok_or(())
}

fn normalized(name: &str) -> String {
    name.trim().trim_matches('"').trim().to_ascii_lowercase()
}

/// Reads CSV `text` into a series named `id` / `name`, detecting the layout from the header.
///
/// ```
/// let p = indexcards::input::csv::parse("date,close\n2024-11-22,2406.67\n2024-11-21,.\n", "RUT", "Russell 2000", &Default::default()).unwrap();
/// assert_eq!(p.series.closes(), [2406.67]);
/// assert_eq!(p.skipped[0].date, "2024-11-21");
/// ```
pub fn parse(text: &str, id: &str, name: &str, _options: &CsvOptions) -> Result<Parsed, CsvError> {
    if text.len() > MAX_CSV_BYTES {
        return Err(CsvError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut header: Option<Record> = None;
    let mut layout: Option<Layout> = None;
    let mut points: Vec<(Day, f64, u64)> = Vec::new();
    let mut skipped = Vec::new();
    records(text, |row| {
        let Some(head) = &header else {
            header = Some(row);
            return Ok(());
        };
        let layout = match &layout {
            Some(l) => l,
            None => layout.insert(Layout::detect(head, Some(&row))?),
        };
        layout.read(row, &mut points, &mut skipped)
    })?;
    let Some(head) = header else { return Err(CsvError::Empty) };
    let layout = match layout {
        Some(l) => l,
        None => {
            Layout::detect(&head, None)?;
            return Err(CsvError::NoRows);
        }
    };
    if points.is_empty() {
        return Err(CsvError::NoCloses { skipped: skipped.len() });
    }
    crate::core::order::sort_by_key(&mut points, |p| crate::core::order::i32_key(p.0));
    if let Some([a, b]) = points.windows(2).find(|w| matches!(w, [a, b] if a.0 == b.0)) {
        return Err(CsvError::DuplicateDate {
            date: calendar::format(a.0),
            first: a.2.min(b.2),
            second: a.2.max(b.2),
        });
    }
    // `skipped` is in line order already: rows are read, and skipped, in the order of the text.
    let days = points.iter().map(|p| p.0).collect();
    let closes = points.iter().map(|p| p.1).collect();
    let series = Series::new(id, name, days, closes).map_err(|e| CsvError::Options(e.to_string()))?;
    let date_order = if layout.style == DateStyle::UsSlash { DateOrder::Mdy } else { DateOrder::Ymd };
    Ok(Parsed {
        series,
        format: layout.format,
        skipped,
        column: layout.column_name,
        date_order,
        decimal: DecimalMark::Point,
    })
}

pub use crate::limits::MAX_CSV_BYTES;

/// What the header (and the first row's date style) says about a file.
struct Layout {
    fields: usize,
    date_col: usize,
    close_col: usize,
    style: DateStyle,
    format: Format,
    column_name: String,
    date_name: String,
}

impl Layout {
    fn detect(header: &Record, first_row: Option<&Record>) -> Result<Layout, CsvError> {
        let names: Vec<String> = header.fields.iter().map(|f| normalized(f)).collect();
        let shown_header = || quote(&crate::error::join(&mut header.fields.iter().map(String::as_str), ","));
        let find = |wanted: &[&str]| names.iter().position(|n| wanted.contains(&n.as_str()));
        let date_col = find(&["date", "observation_date", "timestamp"])
            .ok_or_else(|| CsvError::NoDateColumn { header: shown_header() })?;
        let close_col = find(&["close", "price", "close*", "close**"])
            .or_else(|| (names.len() == 2).then_some(1 - date_col))
            .ok_or_else(|| CsvError::NoCloseColumn { header: shown_header() })?;
        let has = |n: &str| names.iter().any(|x| x == n);
        let style = match first_row.and_then(|r| r.fields.get(date_col)) {
            Some(d) if d.contains('/') => DateStyle::UsSlash,
            _ => DateStyle::Iso,
        };
        let format = if has("adj close") {
            Format::Yahoo
        } else if has("price") || style == DateStyle::UsSlash {
            Format::Investing
        } else if names.len() == 2
            && matches!(names.get(date_col).map(String::as_str), Some("observation_date"))
            || header.fields.get(date_col).is_some_and(|h| h.trim() == "DATE")
        {
            Format::Fred
        } else if names.len() == 2 {
            Format::Plain
        } else if has("volume") && has("open") {
            Format::Stooq
        } else {
            Format::Ohlc
        };
        Ok(Layout {
            fields: names.len(),
            date_col,
            close_col,
            style,
            format,
            column_name: header.fields.get(close_col).cloned().unwrap_or_default(),
            date_name: header.fields.get(date_col).cloned().unwrap_or_default(),
        })
    }

    /// Reads one data row into `points` (day, close, line) or `skipped`.
    fn read(
        &self,
        row: Record,
        points: &mut Vec<(Day, f64, u64)>,
        skipped: &mut Vec<Skipped>,
    ) -> Result<(), CsvError> {
        if row.fields.len() != self.fields {
            return Err(CsvError::FieldCount {
                line: row.line,
                found: row.fields.len(),
                expected: self.fields,
            });
        }
        let date_text = row.fields.get(self.date_col).map(String::as_str).unwrap_or("");
        let day = parse_date(date_text, self.style).map_err(|reason| CsvError::BadDate {
            line: row.line,
            column: self.date_col + 1,
            name: self.date_name.clone(),
            text: date_text.into(),
            reason,
        })?;
        let value_text = row.fields.get(self.close_col).map(String::as_str).unwrap_or("");
        let at = |line| (line, self.close_col + 1, self.column_name.clone(), value_text.to_string());
        match parse_value(value_text) {
            Err(()) => {
                let (line, column, name, text) = at(row.line);
                Err(CsvError::BadNumber { line, column, name, text })
            }
            Ok(None) => {
                skipped.push(Skipped {
                    line: row.line,
                    date: calendar::format(day),
                    value: value_text.trim().into(),
                });
                Ok(())
            }
            Ok(Some(v)) if v.is_finite() && v > 0.0 => {
                points.push((day, v, row.line));
                Ok(())
            }
            Ok(Some(_)) => {
                let (line, column, name, text) = at(row.line);
                Err(CsvError::BadClose { line, column, name, text })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Parsed {
        parse(text, "T", "Test", &CsvOptions::default()).unwrap()
    }
    fn err(text: &str) -> String {
        parse(text, "T", "Test", &CsvOptions::default()).unwrap_err().to_string()
    }
    fn dates(p: &Parsed) -> Vec<String> {
        p.series.days().iter().map(|&d| calendar::format(d)).collect()
    }

    #[test]
    fn yahoo_download_uses_close_not_adj_close_and_skips_null_rows() {
        let p = ok(include_str!("../../tests/fixtures/yahoo.csv"));
        assert_eq!(p.format, Format::Yahoo);
        assert_eq!(p.column, "Close");
        assert_eq!(dates(&p), ["2024-11-19", "2024-11-20", "2024-11-22"]);
        assert_eq!(p.series.closes(), [100.75, 101.5, 102.875]);
        assert_eq!(p.skipped, [Skipped { line: 4, date: "2024-11-21".into(), value: "null".into() }]);
    }

    #[test]
    fn stooq_layout() {
        let p = ok(include_str!("../../tests/fixtures/stooq.csv"));
        assert_eq!(p.format, Format::Stooq);
        assert_eq!(p.series.closes(), [50.5, 51.75]);
    }

    #[test]
    fn fred_layouts_with_dot_for_missing_days() {
        let p = ok(include_str!("../../tests/fixtures/fred.csv"));
        assert_eq!(p.format, Format::Fred);
        assert_eq!(p.column, "SP500");
        assert_eq!(dates(&p), ["2024-11-21", "2024-11-22"]);
        assert_eq!(p.skipped.len(), 1);
        assert_eq!(p.skipped.first().map(|s| s.value.as_str()), Some("."));
        let p = ok("observation_date,DJIA\n2024-11-22,44296.51\n");
        assert_eq!((p.format, p.series.closes()), (Format::Fred, &[44296.51][..]));
    }

    #[test]
    fn investing_com_quoted_thousands_us_dates_newest_first_bom_crlf() {
        let p = ok(include_str!("../../tests/fixtures/investing.csv"));
        assert_eq!(p.format, Format::Investing);
        assert_eq!(p.column, "Price");
        assert_eq!(dates(&p), ["2024-11-20", "2024-11-21", "2024-11-22"]);
        assert_eq!(p.series.closes(), [1223.75, 1230.2, 1234.5]);
    }

    #[test]
    fn plain_date_close_and_ohlc() {
        let p = ok("date,close\r\n2024-11-22,2406.67\r\n");
        assert_eq!(p.format, Format::Plain);
        let p = ok("date,open,high,low,close\n2024-11-22,1,3,1,2406.669921875\n\n");
        assert_eq!((p.format, p.series.closes()), (Format::Ohlc, &[2406.669921875][..]));
    }

    #[test]
    fn missing_markers_are_skipped_and_counted_never_zero() {
        let p = ok("date,close\n2024-11-18,\n2024-11-19,.\n2024-11-20,null\n2024-11-21,NULL\n2024-11-22,5\n");
        assert_eq!(p.series.closes(), [5.0]);
        let lines: Vec<u64> = p.skipped.iter().map(|s| s.line).collect();
        assert_eq!(lines, [2, 3, 4, 5]);
    }

    #[test]
    fn malformed_input_names_line_and_column() {
        assert_eq!(err(""), "CSV is empty: expected a header row and daily rows");
        assert_eq!(err("\u{feff}\r\n"), "CSV is empty: expected a header row and daily rows");
        assert!(err("day,close\n2024-01-02,1\n")
            .starts_with("CSV line 1: no date column in the header \"day,close\""));
        assert!(err("Date,Open,High\n2024-01-02,1,2\n").starts_with("CSV line 1: no close column"));
        assert_eq!(err("date,close\n2024-01-02,1,7\n"), "CSV line 2: 3 fields, but the header has 2");
        assert_eq!(
            err("date,close\n2024-01-02,1\n2024-02-30,2\n"),
            "CSV line 3, column 1 (date): \"2024-02-30\" does not exist (2024-02 has 29 days, not 30)"
        );
        assert_eq!(
            err("date,close\n2024-01-02,abc\n"),
            "CSV line 2, column 2 (close): \"abc\" is not a number (missing days may be written as empty, \".\" or \"null\")"
        );
        assert!(err("date,close\n2024-01-02,\"5,96\"\n").contains("\"5,96\" is not a number"));
        assert!(err("date,close\n2024-01-02,NaN\n").contains("\"NaN\" is not a number"));
        assert!(err("date,close\n2024-01-02,inf\n").contains("\"inf\" is not a number"));
        assert!(err("date,close\n2024-01-02,+5\n").contains("\"+5\" is not a number"));
        assert!(err("date,close\n2024-01-02,5-\n").contains("\"5-\" is not a number"));
        for bad in ["0x10", "1.2.3", "e5", "1e", "--5", "5e+-1", "Infinity", "1_000"] {
            let e = err(&format!("date,close\n2024-01-02,{bad}\n"));
            assert!(e.contains(&format!("\"{bad}\" is not a number")), "{bad}: {e}");
        }
        assert_eq!(
            err("date,close\n2024-01-02,0\n"),
            "CSV line 2, column 2 (close): \"0\" is not a positive, finite close"
        );
        assert!(err("date,close\n2024-01-02,-4\n").contains("\"-4\" is not a positive, finite close"));
        assert!(err("date,close\n2024-01-02,1e999\n").contains("\"1e999\" is not a positive, finite close"));
        assert_eq!(
            err("date,close\n2024-01-03,1\n2024-01-02,2\n2024-01-03,3\n"),
            "CSV has two rows for 2024-01-03, on lines 2 and 4"
        );
        assert_eq!(
            err("date,close\n2024-01-03,.\n"),
            "CSV has no closes: all 1 rows are missing-value markers"
        );
        assert!(err("Date,Price\n11/22/2024,1\n13/01/2024,2\n")
            .contains("CSV line 3, column 1 (Date): \"13/01/2024\" has month 13"));
        assert!(
            err("Date,Price\n11/22/2024,1\n2024-11-21,2\n").contains("is not a date of the form MM/DD/YYYY")
        );
    }

    #[test]
    fn text_over_the_limit_is_refused_up_front() {
        let big = format!("date,close\n{}", "x".repeat(MAX_CSV_BYTES));
        assert_eq!(
            err(&big),
            format!(
                "CSV is {} bytes; the limit is 67108864 bytes (64 MiB, over a million daily rows)",
                big.len()
            )
        );
    }

    #[test]
    fn quoted_fields_may_hold_newlines_and_lines_stay_right() {
        let p = ok("\"date\",\"close\"\n\"2024-01-02\",\"1,000.5\"\n\n\"2024-01-03\",\"2\"\n2024-01-04,.\n");
        assert_eq!(p.series.closes(), [1000.5, 2.0]);
        assert_eq!(p.skipped.first().map(|s| s.line), Some(5));
        let two_line_note = "date,note,close\n2024-01-02,\"a\nb\",1\n2024-01-03,x,y\n";
        assert!(
            err(two_line_note).starts_with("CSV line 4, column 3 (close): \"y\""),
            "{}",
            err(two_line_note)
        );
    }

    #[test]
    fn fields_keep_every_character_of_non_ascii_text() {
        let text = "\"Dätum\",\"Schluß, \"\"ø\"\"\",日付\r\n\"2024-01-02\",€1,🙂\n";
        let mut rows = Vec::new();
        records(text, |r| {
            rows.push(r.fields);
            Ok(())
        })
        .unwrap();
        assert_eq!(rows, [["Dätum", "Schluß, \"ø\"", "日付"], ["2024-01-02", "€1", "🙂"]]);
        assert_eq!(
            err("Dätum,Schluß\n1,2\n"),
            "CSV line 1: no date column in the header \"Dätum,Schluß\"; expected one named Date, DATE or observation_date"
        );
    }

    #[test]
    fn exponents_as_javascript_writes_them_are_numbers() {
        let p = ok("date,close\n2024-01-02,1.0000958135251341e+21\n2024-01-03,2.5E-3\n2024-01-04,3e2\n");
        assert_eq!(p.series.closes(), [1.0000958135251341e21, 0.0025, 300.0]);
    }

    #[test]
    fn time_of_day_after_an_iso_date_is_ignored() {
        let p = ok("Date,Close\n2024-11-22 00:00:00-05:00,5969.34\n2024-11-21T00:00:00,5948.71\n");
        assert_eq!(dates(&p), ["2024-11-21", "2024-11-22"]);
    }
}
