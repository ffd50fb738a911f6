//! CSV import: reads Yahoo, Stooq, FRED, Investing.com and plain `date,close` files into a `Series`, deciding date order and decimal mark from the whole file.
//!
//! # Layouts, detected from the header row (`layout`)
//!
//! | format | detected by | notes |
//! |---|---|---|
//! | `investing` | a Change % column (`Change %`, `+/- %`, `Variation %`, `% var.`, `Var. %`, `Var%`) | Investing.com in English, German, French, Spanish, Italian, Portuguese; closes from `Price`/`Zuletzt`/`Dernier`/`Último`/`Ultimo` |
//! | `yahoo` | an `Adj Close` column | closes from `Close`, never `Adj Close`; `null` rows are missing days |
//! | `fred` | two columns, the first named exactly `DATE` or `observation_date`, the second not a close/price name | `.` is a missing day |
//! | `plain` | any other two columns | the non-date column is the close |
//! | `stooq` | exactly `Date,Open,High,Low,Close,Volume` | |
//! | `ohlc` | any other header with a date and a close column | e.g. `DATE,OPEN,CLOSE` |
//!
//! Date columns: `Date`, `observation_date`, `Timestamp`, `Datum`, `Fecha`, `Data`. Close
//! columns: `Close`, `Price` and their Investing.com translations. Names are compared trimmed and
//! in any case (Yahoo's footnote stars dropped); Excel's empty trailing columns are ignored.
//!
//! # Never guess (`decide`)
//!
//! The rows are looked at twice: once to learn what every row says, once to read them (split
//! once, by `records::Table`).
//! - **Date order** of `NN/NN/YYYY` dates (also with `.` or `-`): a date that is a day in one
//!   order only (`13/11/2024`, `11/13/2024`) settles it; dates of both kinds are refused. Else
//!   the Change % column (the order under which consecutive closes give the stated changes,
//!   whatever the row order), else a header word of a language that writes the day first
//!   (German, French, Spanish, Italian, Portuguese). Else, if any date is a different day each
//!   way, the file is refused naming that date and `dateOrder: "dmy"` / `"mdy"`. `YYYY-MM-DD`
//!   needs no order; a time of day may follow a date, other text may not.
//! - **Decimal mark**: a close that is a number with one mark only (`2,406.67` or `1,5`) settles
//!   it, closes of both kinds are refused; else an Open, High, Low, Volume or Change % value; else
//!   the Change % check; else the header's language (those five write a decimal comma). Else, if
//!   a close is a different number each way (`2,406`), the file is refused naming it and
//!   `decimal: "."` / `","`. Thousands separators are accepted only between groups of three.
//! - `Parsed` says which order and mark were used and what settled each (`Basis`).
//! - Excel's empty trailing columns (`2024-11-22,2406.67,,,`) and rows (`,,,,`) are ignored; a
//!   value beyond the header's columns is not. Missing-day markers (empty, `.`, `null`) are
//!   listed in `skipped` with their lines, never read as zero.
//!
//! Lines are physical and 1-based whatever the line ends (`records`); errors name line, column
//! and field, and say how to fix the file or which option settles it.
//!
//! # Costs, measured
//!
//! Records are split by `csv-core` (BurntSushi's allocation-free CSV state machine behind the
//! `csv` crate). Measured 2026-11-25 with tools/build.sh (release, wasm-opt -Oz): the wasm is
//! 217,390 bytes with csv-core against 212,552 with a naive `lines()`/`split(',')` splitter that
//! handles no quoting; that is +4,838 bytes (+3,338 gzipped on the whole bundle). It is a fair
//! price for RFC 4180 quoting, quoted newlines and CR/LF/CRLF handling that we would otherwise
//! write and test ourselves. The full `csv` crate was not taken: its serde-driven reader costs
//! more and offers nothing this module uses.
//!
//! Numbers are read by `str::parse::<f64>` after `numbers` checks the grammar (the own parser
//! `float_parse.rs` is gone). Measured 2026-12-01 against fast-float2 0.2.4 (2 shared cores,
//! other builds running, so ranges over 3 runs):
//! - parsing the 228,240 number fields of the four real CSVs, release profile (opt-level "z",
//!   as the wasm is built): std 30–43 ns a field, fast-float2 48–60 ns; at opt-level 3 they are
//!   even (std 25, fast-float2 22 ns);
//! - wasm of the lib (release, wasm-bindgen, wasm-opt -Oz): fast-float2 in place of std
//!   everywhere is 73 bytes larger (712 more gzipped); fast-float2 here with std still in
//!   chart.rs, 18 KB larger. So std.
//! - reading the four real files (`cargo test --release --test csv_rules -- --ignored
//!   read_the_real_files`, best of 20): sp500.csv 2.0 MB 19–23 ms, nasdaq.csv 1.1 MB 10–14 ms,
//!   dow.csv 0.6 MB 6–9 ms, russell2000.csv 0.8 MB 7–10 ms; the one-pass reader before these
//!   rules took 27–33, 12–15, 5–7 and 10 ms in the same runs. Two passes cost csv-core's
//!   splitting twice (a quarter of the time); number grammar and dates are most of the rest.
//! - 2026-12-01, evening: the records are split once and kept (`records::Table`, a copy of the
//!   text's fields), and lines come from csv-core's count of `\n` unless the text has a CR-only
//!   line end. parseCsv in Node against the build before, side by side in one process: 26–33%
//!   less time on each real file and on a 20 MB Yahoo file (medians of one run).
//! - the whole lib after wasm-opt -Oz: 187,573 bytes (93,135 gzipped), against 145,891 (68,432)
//!   before: std's float parsing (its 10.4 KB power-of-five table and 5 KB of code), this
//!   module's rules (`parse` 12 KB of code, `dates::scan` 2 KB) and its messages. Core's float
//!   formatting (13 KB) and `str::to_lowercase`'s tables (15 KB) were kept out: see
//!   `error::CsvError`'s `AmbiguousDecimal` and `layout`.

mod dates;
mod decide;
mod error;
mod layout;
mod numbers;
mod records;

pub use dates::DateOrder;
pub use error::{BadOption, Basis, Cell, CsvError};
pub use layout::Format;
pub use numbers::{DecimalMark, NumberProblem};

use crate::core::calendar::{self, Day};
use crate::core::series::Series;
use dates::DateText;
use decide::{Decided, Survey};
use layout::Layout;
use records::trimmed;
use records::{Record, Table};

/// How to read a CSV file. `None` (the default) decides from the file, and refuses a file where
/// nothing settles a difference that matters.
///
/// ```
/// use indexcards::input::csv::{CsvOptions, DateOrder, DecimalMark};
/// // In JS: IndexCards.parseCsv(text, { id: "DAX", dateOrder: "dmy", decimal: "," })
/// let options = CsvOptions { date_order: Some("dmy".parse()?), decimal: Some(",".parse()?) };
/// assert_eq!(options.date_order, Some(DateOrder::Dmy));
/// assert_eq!(CsvOptions::default().decimal, None::<DecimalMark>);
/// # Ok::<(), indexcards::input::csv::BadOption>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CsvOptions {
    /// The order of day and month in `NN/NN/YYYY` dates (`dateOrder: "dmy"`).
    pub date_order: Option<DateOrder>,
    /// The decimal mark (`decimal: ","`).
    pub decimal: Option<DecimalMark>,
}

/// A day left out because its value was a missing-value marker (`.`, `null` or empty).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, tsify::Tsify)]
#[tsify(rename = "CsvSkipped")]
pub struct Skipped {
    /// Physical 1-based line of the row.
    pub line: u64,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The marker as written.
    pub value: String,
}

/// A CSV read into a series, with what was skipped, which layout was seen and how it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub series: Series,
    pub format: Format,
    pub skipped: Vec<Skipped>,
    /// The column the closes came from, as named in the header.
    pub column: String,
    /// How the dates were read (`Ymd` for `YYYY-MM-DD` files).
    pub date_order: DateOrder,
    /// What settled `date_order`.
    pub date_order_from: Basis,
    /// The decimal mark the numbers were read with.
    pub decimal: DecimalMark,
    /// What settled `decimal`.
    pub decimal_from: Basis,
}

/// Reads CSV `text` into a series named `id` / `name`, detecting the layout from the header and
/// deciding date order and decimal mark from the whole file, unless `options` say them.
///
/// ```
/// use indexcards::input::csv::{parse, CsvOptions, DateOrder};
/// let p = parse("date,close\n2024-11-22,2406.67\n2024-11-21,.\n", "RUT", "Russell 2000", &CsvOptions::default()).unwrap();
/// assert_eq!(p.series.closes(), [2406.67]);
/// assert_eq!(p.skipped[0].date, "2024-11-21");
/// // 06/11/2024 could be June 11 or November 6: nothing in this file says which.
/// let uk = "Date,Price\n06/11/2024,2391.8\n07/11/2024,2400.1\n";
/// assert!(parse(uk, "RUT", "Russell 2000", &CsvOptions::default()).unwrap_err().to_string().contains("dateOrder: \"dmy\""));
/// let dmy = CsvOptions { date_order: Some(DateOrder::Dmy), ..CsvOptions::default() };
/// assert_eq!(parse(uk, "RUT", "Russell 2000", &dmy).unwrap().series.len(), 2);
/// ```
pub fn parse(text: &str, id: &str, name: &str, options: &CsvOptions) -> Result<Parsed, CsvError> {
    if text.len() > MAX_CSV_BYTES {
        return Err(CsvError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let table = Table::read(text);
    let mut rows = table.rows();
    let Some(header) = rows.next() else { return Err(CsvError::Empty) };
    let layout = Layout::detect(&header)?;
    let mut survey = Survey::default();
    for row in rows.clone() {
        survey.row(&layout, &row);
    }
    if survey.rows == 0 {
        return Err(CsvError::NoRows);
    }
    let decided = decide::decide(&table, &layout, &survey, options)?;
    let mut points: Vec<(Day, f64, u64)> = Vec::with_capacity(survey.rows);
    let mut skipped = Vec::new();
    for (row, scanned) in rows.zip(survey.dates.iter()) {
        read_row(&layout, &decided, &row, *scanned, &mut points, &mut skipped)?;
    }
    if points.is_empty() {
        return Err(CsvError::NoCloses { skipped: skipped.len() });
    }
    // By date, rows of one date in line order: (date, row) pairs, the sort `Series::new` uses.
    let mut order: Vec<(Day, usize)> = points.iter().enumerate().map(|(i, p)| (p.0, i)).collect();
    order.sort_unstable();
    let line = |i: usize| points.get(i).map_or(0, |p| p.2);
    if let Some([a, b]) = order.windows(2).find(|w| matches!(w, [a, b] if a.0 == b.0)) {
        return Err(CsvError::DuplicateDate {
            date: calendar::format(a.0),
            first: line(a.1),
            second: line(b.1),
        });
    }
    // `skipped` is in line order already: rows are read, and skipped, in the order of the text.
    let days = order.iter().map(|p| p.0).collect();
    let closes = order.iter().filter_map(|&(_, i)| points.get(i).map(|p| p.1)).collect();
    let series = Series::new(id, name, days, closes).map_err(|e| CsvError::Options(e.to_string()))?;
    Ok(Parsed {
        series,
        format: layout.format,
        skipped,
        column: layout.name(layout.close_col).to_owned(),
        date_order: decided.dates.order,
        date_order_from: decided.dates.basis,
        decimal: decided.decimal,
        decimal_from: decided.decimal_basis,
    })
}

pub use crate::limits::MAX_CSV_BYTES;

/// Reads one data row into `points` (day, close, line) or `skipped`; `scanned` is its date as the
/// survey scanned it.
fn read_row(
    layout: &Layout,
    decided: &Decided,
    row: &Record,
    scanned: Option<DateText>,
    points: &mut Vec<(Day, f64, u64)>,
    skipped: &mut Vec<Skipped>,
) -> Result<(), CsvError> {
    let extra = (layout.width..row.len()).any(|i| !trimmed(row.field(i)).is_empty());
    if row.len() < layout.width || extra {
        return Err(CsvError::FieldCount { line: row.line, found: row.len(), expected: layout.width });
    }
    let date_text = row.field(layout.date_col);
    let day = decided.dates.read(trimmed(date_text), scanned).map_err(|reason| CsvError::BadDate {
        line: row.line_of(layout.date_col),
        column: layout.date_col + 1,
        name: layout.name(layout.date_col).to_owned(),
        text: date_text.into(),
        reason,
    })?;
    let line = row.line_of(layout.date_col);
    let value_text = row.field(layout.close_col);
    let value = trimmed(value_text);
    if numbers::is_missing(value) {
        skipped.push(Skipped { line, date: calendar::format(day), value: value.into() });
        return Ok(());
    }
    let cell = || Cell {
        line: row.line_of(layout.close_col),
        column: layout.close_col + 1,
        name: layout.name(layout.close_col).to_owned(),
        text: value_text.to_owned(),
    };
    match numbers::read(value, decided.decimal) {
        Ok(v) if v.is_finite() && v > 0.0 => {
            points.push((day, v, line));
            Ok(())
        }
        Ok(_) => {
            let Cell { line, column, name, text } = cell();
            Err(CsvError::BadClose { line, column, name, text })
        }
        Err(problem) => Err(CsvError::BadNumber {
            cell: cell(),
            problem,
            decimal: decided.decimal,
            basis: decided.decimal_basis.clone(),
        }),
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
        let p = ok(include_str!("../../../tests/fixtures/yahoo.csv"));
        assert_eq!(p.format, Format::Yahoo);
        assert_eq!(p.column, "Close");
        assert_eq!(dates(&p), ["2024-11-19", "2024-11-20", "2024-11-22"]);
        assert_eq!(p.series.closes(), [100.75, 101.5, 102.875]);
        assert_eq!(p.skipped, [Skipped { line: 4, date: "2024-11-21".into(), value: "null".into() }]);
    }

    #[test]
    fn stooq_layout() {
        let p = ok(include_str!("../../../tests/fixtures/stooq.csv"));
        assert_eq!(p.format, Format::Stooq);
        assert_eq!(p.series.closes(), [50.5, 51.75]);
    }

    #[test]
    fn fred_layouts_with_dot_for_missing_days() {
        let p = ok(include_str!("../../../tests/fixtures/fred.csv"));
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
        let p = ok(include_str!("../../../tests/fixtures/investing.csv"));
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
        // The date column third and no close column: refused, not a subtraction overflow.
        assert!(err("Open,High,Date\n1,2,2024-01-02\n").starts_with("CSV line 1: no close column"));
        assert_eq!(
            err("date,close\n2024-01-02,1,7\n"),
            "CSV line 2: 3 fields, but the header has 2; each row needs one field per header column (empty fields after them are ignored)"
        );
        assert!(
            err("Date,Open,Close\n2024-01-02,1\n").starts_with("CSV line 2: 2 fields, but the header has 3")
        );
        assert_eq!(
            err("date,close\n2024-01-02,1\n2024-02-30,2\n"),
            "CSV line 3, column 1 (date): \"2024-02-30\" does not exist (2024-02 has 29 days, not 30)"
        );
        assert_eq!(
            err("date,close\n2024-01-02,abc\n"),
            "CSV line 2, column 2 (close): \"abc\" is not a number (missing days may be written as empty, \".\" or \"null\")"
        );
        // "5,96" is a decimal comma, unless a decimal point is settled: then it is misplaced.
        assert_eq!(
            err("date,close\n2024-01-01,1.5\n2024-01-02,\"5,96\"\n"),
            "CSV mixes decimal marks: line 2, column 2 (close) \"1.5\" has a decimal point, but line 3, column 2 (close) \"5,96\" a decimal comma; correct the file, or pass decimal: \".\" or decimal: \",\" to read it one way (values written the other way are then refused)"
        );
        let point = CsvOptions { decimal: Some(DecimalMark::Point), ..CsvOptions::default() };
        assert_eq!(
            parse("date,close\n2024-01-02,\"5,96\"\n", "T", "T", &point).unwrap_err().to_string(),
            "CSV line 2, column 2 (close): \"5,96\" is not a number with a decimal point, where thousands are separated in groups of three, as in 5,969.34; the file's numbers are read with a decimal point, as the option decimal: \".\" says; pass decimal: \",\" if the file writes a decimal comma"
        );
        assert_eq!(
            err("Date,Close,Open\n2024-01-02,\"1.000,5\",1\n2024-01-03,\"2,5.0\",1\n"),
            "CSV line 3, column 2 (Close): \"2,5.0\" is not a number with a decimal comma, where thousands are separated in groups of three, as in 5.969,34; the file's numbers are read with a decimal comma, as line 2's \"1.000,5\" shows; pass decimal: \".\" if the file writes a decimal point"
        );
        assert_eq!(
            err("date,close\n2024-01-02,1e,000\n"),
            "CSV line 2: 3 fields, but the header has 2; each row needs one field per header column (empty fields after them are ignored)"
        );
        assert_eq!(
            err("date,close\n2024-01-02,\"1e,000\"\n"),
            "CSV line 2, column 2 (close): \"1e,000\" is not a number: an exponent needs digits after the e, as in 1.5e+21"
        );
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
            "CSV line 2, column 2 (close): \"0\" is not a positive, finite close (a day without a close may be left empty)"
        );
        assert!(err("date,close\n2024-01-02,-4\n").contains("\"-4\" is not a positive, finite close"));
        assert!(err("date,close\n2024-01-02,1e999\n").contains("\"1e999\" is not a positive, finite close"));
        assert_eq!(
            err("date,close\n2024-01-03,1\n2024-01-02,2\n2024-01-03,3\n"),
            "CSV has two rows for 2024-01-03, on lines 2 and 4; keep one of them"
        );
        assert_eq!(
            err("date,close\n2024-01-03,.\n"),
            "CSV has no closes: all 1 rows are missing-value markers"
        );
        assert_eq!(
            err("Date,Price\n11/22/2024,1\n13/01/2024,2\n"),
            "CSV mixes date orders: line 2, column 1 (Date) \"11/22/2024\" can only be MM/DD/YYYY, but line 3, column 1 (Date) \"13/01/2024\" only DD/MM/YYYY; correct the file, or pass dateOrder: \"mdy\" or dateOrder: \"dmy\" to read it one way (dates written the other way are then refused)"
        );
        assert_eq!(
            err("Date,Price\n11/22/2024,1\n2024-11-21,2\n"),
            "CSV line 3, column 1 (Date): \"2024-11-21\" is not a date of the form MM/DD/YYYY; dates are read as MM/DD/YYYY, as line 2's \"11/22/2024\" shows"
        );
        assert_eq!(
            err("Date,Price\n31/12/2024,1\n31/04/2024,2\n"),
            "CSV line 3, column 1 (Date): \"31/04/2024\" does not exist (2024-04 has 30 days, not 31); dates are read as DD/MM/YYYY, as line 2's \"31/12/2024\" shows"
        );
        assert_eq!(
            err("Date,Price\n06/11/2024,1\n"),
            "CSV line 2, column 1 (Date): \"06/11/2024\" is 2024-06-11 as MM/DD/YYYY but 2024-11-06 as DD/MM/YYYY, and nothing in the file settles which (no date with a day over 12, no Change % figures, no header in a language that writes the day first); pass dateOrder: \"mdy\" or dateOrder: \"dmy\""
        );
        assert_eq!(
            err("Date,Price\n2024-11-22,\"2,406\"\n"),
            "CSV line 2, column 2 (Price): \"2,406\" is 2406 with a decimal point but 2.406 with a decimal comma, and nothing in the file settles which (no value such as 2,406.67 or 1,5, no Change % figures, no header in a language that writes a decimal comma); pass decimal: \".\" or decimal: \",\""
        );
        assert_eq!(
            err("date,close\n2024-11-22 garbage,1\n"),
            "CSV line 2, column 1 (date): \"2024-11-22 garbage\" has text after the date: \"garbage\" (only a time of day may follow a date, as in 2024-11-22 16:00:00)"
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
    fn a_header_without_a_date_column_is_named_as_written() {
        assert_eq!(
            err("Dätum,Schluß\n1,2\n"),
            "CSV line 1: no date column in the header \"Dätum,Schluß\"; expected one named Date, DATE or observation_date (or Datum, Fecha, Data)"
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

    #[test]
    fn what_reaches_javascript_serializes_as_the_api_names_it() {
        let formats =
            [Format::Yahoo, Format::Stooq, Format::Fred, Format::Investing, Format::Ohlc, Format::Plain];
        assert_eq!(
            serde_json::to_string(&formats).unwrap(),
            r#"["yahoo","stooq","fred","investing","ohlc","plain"]"#
        );
        let p = ok("date,close\n2024-11-21,null\n2024-11-22,1\n");
        assert_eq!(
            serde_json::to_string(&p.skipped).unwrap(),
            r#"[{"line":2,"date":"2024-11-21","value":"null"}]"#
        );
        assert_eq!(serde_json::to_string(&(p.date_order, p.decimal)).unwrap(), r#"["ymd","."]"#);
    }
}
