//! The CSV reader never guesses: date order and decimal mark are decided from the whole file
//! (every row, the Change % column, the header's language) or the file is refused with the
//! option that settles it; errors, `skipped` and duplicates name physical lines.

use indexcards::core::calendar;
use indexcards::input::csv::{parse, Basis, CsvOptions, DateOrder, DecimalMark, Format, Parsed};

const AUTO: CsvOptions = CsvOptions { date_order: None, decimal: None };

fn ok(text: &str) -> Parsed {
    ok_with(text, AUTO)
}
fn ok_with(text: &str, options: CsvOptions) -> Parsed {
    parse(text, "T", "Test", &options).unwrap_or_else(|e| panic!("{e}\n--- for ---\n{text}"))
}
fn err(text: &str) -> String {
    err_with(text, AUTO)
}
fn err_with(text: &str, options: CsvOptions) -> String {
    match parse(text, "T", "Test", &options) {
        Ok(p) => {
            panic!("expected an error, got {:?} {:?}\n--- for ---\n{text}", dates(&p), p.series.closes())
        }
        Err(e) => e.to_string(),
    }
}
fn dates(p: &Parsed) -> Vec<String> {
    p.series.days().iter().map(|&d| calendar::format(d)).collect()
}
fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}
const DMY: CsvOptions = CsvOptions { date_order: Some(DateOrder::Dmy), decimal: None };
const MDY: CsvOptions = CsvOptions { date_order: Some(DateOrder::Mdy), decimal: None };
const POINT: CsvOptions = CsvOptions { date_order: None, decimal: Some(DecimalMark::Point) };
const COMMA: CsvOptions = CsvOptions { date_order: None, decimal: Some(DecimalMark::Comma) };

// ---- date order ----

#[test]
fn a_day_over_12_in_the_first_place_settles_day_month_year_for_every_row() {
    let p = ok("Date,Price\n13/11/2024,2\n12/11/2024,1\n");
    assert_eq!(dates(&p), ["2024-11-12", "2024-11-13"]);
    assert_eq!(p.date_order, DateOrder::Dmy);
}

#[test]
fn a_day_over_12_in_the_second_place_settles_month_day_year() {
    let p = ok("Date,Price\n11/12/2024,1\n11/13/2024,2\n");
    assert_eq!(dates(&p), ["2024-11-12", "2024-11-13"]);
    assert_eq!(p.date_order, DateOrder::Mdy);
}

#[test]
fn a_uk_daily_file_for_6_to_12_november_is_refused_never_read_as_december() {
    // English header, every day ≤ 12, Change % consistent under both orders: nothing decides.
    let text = fixture("investing-uk.csv");
    let e = err(&text);
    assert!(e.contains("CSV line 2, column 1 (Date): \"12/11/2024\""), "{e}");
    assert!(e.contains("dateOrder: \"dmy\"") && e.contains("dateOrder: \"mdy\""), "{e}");
    let p = ok_with(&text, DMY);
    assert_eq!(dates(&p), ["2024-11-06", "2024-11-07", "2024-11-08", "2024-11-11", "2024-11-12"]);
    assert_eq!((p.date_order, p.decimal, p.format), (DateOrder::Dmy, DecimalMark::Point, Format::Investing));
    assert_eq!(p.series.closes(), [2391.8, 2400.1, 2385.2, 2420.0, 2434.5]);
    // Said the other way, the user gets what they said.
    assert_eq!(dates(&ok_with(&text, MDY)).last().map(String::as_str), Some("2024-12-11"));
}

#[test]
fn a_german_header_settles_day_month_year_and_the_decimal_comma() {
    let p = ok(&fixture("investing-de.csv"));
    assert_eq!(dates(&p), ["2024-11-06", "2024-11-07", "2024-11-08", "2024-11-11", "2024-11-12"]);
    assert_eq!(p.series.closes(), [2391.8, 2400.1, 2385.2, 2420.0, 2434.5]);
    assert_eq!((p.date_order, p.decimal, p.format), (DateOrder::Dmy, DecimalMark::Comma, Format::Investing));
    assert_eq!(p.column, "Zuletzt");
    assert_eq!(p.date_order_from, Basis::Header { word: "Datum".into(), language: "German" });
    assert!(
        matches!(&p.decimal_from, Basis::Value(c) if c.line == 2 && c.text == "2.434,5"),
        "{:?}",
        p.decimal_from
    );
}

#[test]
fn french_spanish_italian_and_portuguese_headers_settle_day_month_year() {
    for header in [
        "\"Date\",\"Dernier\",\"Ouv.\",\" Plus Haut\",\"Plus Bas\",\"Vol.\",\"Variation %\"",
        "\"Fecha\",\"Último\",\"Apertura\",\"Máximo\",\"Mínimo\",\"Vol.\",\"% var.\"",
        "\"Data\",\"Ultimo\",\"Apertura\",\"Massimo\",\"Minimo\",\"Vol.\",\"Var. %\"",
        "\"Data\",\"Último\",\"Abertura\",\"Máxima\",\"Mínima\",\"Vol.\",\"Var%\"",
    ] {
        let text = format!(
            "{header}\n\"07/11/2024\",\"10,5\",\"10\",\"11\",\"10\",\"\",\"5%\"\n\"06/11/2024\",\"10\",\"10\",\"10\",\"10\",\"\",\"0%\"\n"
        );
        let p = ok(&text);
        assert_eq!(dates(&p), ["2024-11-06", "2024-11-07"], "{header}");
        assert_eq!(p.series.closes(), [10.0, 10.5], "{header}");
        assert_eq!(
            (p.date_order, p.decimal, p.format),
            (DateOrder::Dmy, DecimalMark::Comma, Format::Investing)
        );
    }
}

#[test]
fn an_english_column_named_data_says_nothing_about_the_language() {
    let e = err("date,data\n2024-11-22,\"2,406\"\n");
    assert!(e.contains("decimal: \",\""), "{e}");
    assert_eq!(ok("Data,Valore\n2024-11-22,\"2,406\"\n").series.closes(), [2.406]);
}

#[test]
fn the_change_column_settles_the_date_order_when_the_orders_sort_the_rows_differently() {
    // As DD/MM/YYYY: 10 Jan 100, 5 Feb 110 (+10.00%), 1 Mar 99 (-10.00%). As MM/DD/YYYY the
    // same rows would be 1 Oct, 2 May, 3 Jan, whose closes do not give the stated changes.
    let text = "\"Date\",\"Price\",\"Change %\"\n\"01/03/2024\",\"99\",\"-10.00%\"\n\"05/02/2024\",\"110\",\"10.00%\"\n\"10/01/2024\",\"100\",\"0.50%\"\n";
    let p = ok(text);
    assert_eq!(dates(&p), ["2024-01-10", "2024-02-05", "2024-03-01"]);
    assert_eq!((p.date_order, &p.date_order_from), (DateOrder::Dmy, &Basis::ChangeColumn));
    // Oldest first in the file gives the same answer.
    let oldest_first =
        "Date,Price,Change %\n10/01/2024,100,0.50%\n05/02/2024,110,10.00%\n01/03/2024,99,-10.00%\n";
    assert_eq!(dates(&ok(oldest_first)), ["2024-01-10", "2024-02-05", "2024-03-01"]);
}

#[test]
fn rows_that_need_both_orders_are_refused_naming_both() {
    let e = err("Date,Price\n11/22/2024,1\n13/01/2024,2\n");
    assert!(
        e.contains("line 2")
            && e.contains("\"11/22/2024\"")
            && e.contains("line 3")
            && e.contains("\"13/01/2024\""),
        "{e}"
    );
    assert!(e.contains("dateOrder"), "{e}");
    // With the order given, the other row is the error, with its line and column.
    let e = err_with("Date,Price\n11/22/2024,1\n13/01/2024,2\n", MDY);
    assert!(e.starts_with("CSV line 3, column 1 (Date): \"13/01/2024\" has month 13"), "{e}");
}

#[test]
fn a_file_whose_dates_read_the_same_either_way_needs_no_option() {
    let p = ok("Date,Price\n05/05/2024,1\n");
    assert_eq!(dates(&p), ["2024-05-05"]);
}

#[test]
fn an_explicit_order_that_a_date_contradicts_is_an_error_naming_the_line() {
    let e = err_with("Date,Price\n11/10/2024,1\n11/13/2024,2\n", DMY);
    assert!(e.starts_with("CSV line 3, column 1 (Date): \"11/13/2024\" has month 13"), "{e}");
}

// ---- text after a date ----

#[test]
fn text_after_a_date_is_an_error_but_a_time_of_day_is_not() {
    let e = err("date,close\n2024-11-21,1\n2024-11-22 garbage,2\n");
    assert!(e.starts_with("CSV line 3, column 1 (date): \"2024-11-22 garbage\""), "{e}");
    assert!(err("date,close\n2024-11-22x,2\n").starts_with("CSV line 2, column 1 (date): \"2024-11-22x\""));
    assert!(err("date,close\n2024-11-22T,2\n").starts_with("CSV line 2, column 1"));
    assert!(err("date,close\n2024-11-22 25:00,2\n").starts_with("CSV line 2, column 1"));
    let p =
        ok("date,close\n2024-11-20 16:00:00,1\n2024-11-21T16:00:00Z,2\n2024-11-22T09:30:00.123+01:00,3\n");
    assert_eq!(dates(&p), ["2024-11-20", "2024-11-21", "2024-11-22"]);
}

// ---- decimal mark ----

#[test]
fn a_decimal_comma_elsewhere_makes_2_406_read_as_2_point_406() {
    let p = ok("date,close\n2024-11-21,\"2,406\"\n2024-11-22,\"2.406,67\"\n");
    assert_eq!(p.series.closes(), [2.406, 2406.67]);
    assert_eq!(p.decimal, DecimalMark::Comma);
}

#[test]
fn a_decimal_point_elsewhere_makes_2_406_read_as_2406() {
    let p = ok("date,close\n2024-11-21,\"2,406\"\n2024-11-22,\"2,406.67\"\n");
    assert_eq!(p.series.closes(), [2406.0, 2406.67]);
    assert_eq!(p.decimal, DecimalMark::Point);
}

#[test]
fn one_comma_then_fewer_than_three_digits_is_a_decimal_comma() {
    let p = ok("date,close\n2024-01-02,\"1,5\"\n2024-01-03,\"2,406\"\n");
    assert_eq!(p.series.closes(), [1.5, 2.406]);
}

#[test]
fn a_file_where_2_406_could_be_either_is_refused_naming_the_option() {
    let e = err("date,close\n2024-11-21,\"2,303\"\n2024-11-22,\"2,406\"\n");
    assert!(e.starts_with("CSV line 2, column 2 (close): \"2,303\""), "{e}");
    assert!(e.contains("decimal: \".\"") && e.contains("decimal: \",\""), "{e}");
    assert_eq!(ok_with("date,close\n2024-11-22,\"2,406\"\n", POINT).series.closes(), [2406.0]);
    assert_eq!(ok_with("date,close\n2024-11-22,\"2,406\"\n", COMMA).series.closes(), [2.406]);
}

#[test]
fn a_header_in_a_language_with_a_decimal_comma_settles_it() {
    let p = ok("Datum,Schluss\n2024-11-22,\"2,406\"\n");
    assert_eq!(p.series.closes(), [2.406]);
    assert_eq!(p.decimal, DecimalMark::Comma);
    assert_eq!(p.decimal_from, Basis::Header { word: "Datum".into(), language: "German" });
}

#[test]
fn the_change_column_settles_the_decimal_mark() {
    // Its own figures: "0,50%" can only be a decimal comma.
    let p = ok("Date,Price,Change %\n2024-11-22,\"2,406\",\"0,50%\"\n");
    assert_eq!(p.series.closes(), [2.406]);
    // Consecutive closes: 500 then "1,000" is +100% only if "1,000" is a thousand.
    let p = ok("Date,Price,Change %\n2024-11-22,\"1,000\",100%\n2024-11-21,500,3%\n");
    assert_eq!(p.series.closes(), [500.0, 1000.0]);
    assert_eq!((p.decimal, &p.decimal_from), (DecimalMark::Point, &Basis::ChangeColumn));
}

#[test]
fn only_price_volume_and_change_columns_tell_the_decimal_mark() {
    // The Open column's "2,406.5" settles a decimal point for the ambiguous close.
    assert_eq!(ok("Date,Open,Close\n2024-11-22,\"2,406.5\",\"2,406\"\n").series.closes(), [2406.0]);
    // A time or a note says nothing about numbers.
    let e = err("Date,Time,Note,Close\n2024-11-22,16.30,\"1,5 up\",\"2,406\"\n");
    assert!(e.contains("nothing in the file settles which"), "{e}");
}

#[test]
fn a_file_that_mixes_decimal_marks_is_refused_naming_both_values() {
    let e = err("date,close\n2024-01-02,\"2,406.67\"\n2024-01-03,\"1,5\"\n");
    assert!(
        e.contains("line 2") && e.contains("\"2,406.67\"") && e.contains("line 3") && e.contains("\"1,5\""),
        "{e}"
    );
    let e = err_with("date,close\n2024-01-02,\"2,406.67\"\n2024-01-03,\"1,5\"\n", POINT);
    assert!(e.starts_with("CSV line 3, column 2 (close): \"1,5\" is not a number"), "{e}");
}

#[test]
fn misplaced_separators_and_malformed_numbers_name_line_and_column() {
    for bad in ["1e,000", "0x10", "1.2.3", "e5", "1e", "Infinity", "+5", "1,2,3.4", "5,96.5", "1.000.0"] {
        let e = err(&format!("date,close\n2024-01-02,1\n2024-01-03,\"{bad}\"\n"));
        assert!(
            e.starts_with(&format!("CSV line 3, column 2 (close): \"{bad}\" is not a number")),
            "{bad}: {e}"
        );
    }
    let e = err_with("date,close\n2024-01-02,\"5,96\"\n", POINT);
    assert!(e.starts_with("CSV line 2, column 2 (close): \"5,96\" is not a number"), "{e}");
    assert!(e.contains("decimal"), "{e}");
}

// ---- Excel's empty trailing columns and rows ----

#[test]
fn excel_empty_trailing_columns_and_rows_are_accepted() {
    let p = ok(&fixture("excel-trailing.csv"));
    assert_eq!(dates(&p), ["2024-11-20", "2024-11-22"]);
    assert_eq!(p.series.closes(), [101.25, 102.5]);
    assert_eq!(p.skipped.iter().map(|s| (s.line, s.date.as_str())).collect::<Vec<_>>(), [(3, "2024-11-21")]);
    let p = ok("date,close\n2024-11-22,2406.67,,,\n,,,,\n");
    assert_eq!(p.series.closes(), [2406.67]);
    // A value beyond the header's columns is still an error.
    let e = err("date,close\n2024-11-22,2406.67,,7\n");
    assert!(e.starts_with("CSV line 2: 4 fields, but the header has 2"), "{e}");
}

// ---- layout names ----

#[test]
fn layouts_are_named_from_the_whole_header() {
    let format = |header: &str, row: &str| ok(&format!("{header}\n{row}\n")).format;
    assert_eq!(format("DATE,OPEN,CLOSE", "2024-11-22,1,2"), Format::Ohlc);
    assert_eq!(format("DATE,SP500", "2024-11-22,2"), Format::Fred);
    assert_eq!(format("observation_date,DJIA", "2024-11-22,2"), Format::Fred);
    assert_eq!(format("DATE,CLOSE", "2024-11-22,2"), Format::Plain);
    assert_eq!(format("Date,Price", "2024-11-22,2"), Format::Plain);
    assert_eq!(format("Date,Open,High,Low,Close,Volume", "2024-11-22,1,1,1,2,5"), Format::Stooq);
    assert_eq!(format("DATE,OPEN,HIGH,LOW,CLOSE,VOLUME", "2024-11-22,1,1,1,2,5"), Format::Ohlc);
    assert_eq!(format("Date,Open,High,Low,Close,Adj Close,Volume", "2024-11-22,1,1,1,2,2,5"), Format::Yahoo);
}

// ---- physical line numbers ----

#[test]
fn lines_are_physical_with_lf_crlf_and_cr_line_ends_and_blank_lines() {
    for end in ["\n", "\r\n", "\r"] {
        let text = ["date,close", "2024-01-02,1", "", "2024-01-03,.", "", "", "2024-01-04,x", ""].join(end);
        let e = err(&text);
        assert!(e.starts_with("CSV line 7, column 2 (close): \"x\""), "{end:?}: {e}");
        let text = ["date,close", "2024-01-02,1", "", "2024-01-03,.", "", "", "2024-01-04,2", ""].join(end);
        let p = ok(&text);
        assert_eq!(p.skipped.iter().map(|s| s.line).collect::<Vec<_>>(), [4], "{end:?}");
        let text = ["", "date,close", "2024-01-02,1", "", "2024-01-03,2", "", "2024-01-02,3"].join(end);
        assert_eq!(
            err(&text),
            "CSV has two rows for 2024-01-02, on lines 3 and 7; keep one of them",
            "{end:?}"
        );
        let text = ["", "", "day,close", "2024-01-02,1"].join(end);
        assert!(err(&text).starts_with("CSV line 3: no date column"), "{end:?}");
    }
}

#[test]
fn a_quoted_line_break_moves_the_lines_of_the_fields_after_it() {
    let e = err("date,note,close\r\n2024-01-02,\"a\r\nb\",x\r\n");
    assert!(e.starts_with("CSV line 3, column 3 (close): \"x\""), "{e}");
    let e = err("date,note,close\r2024-01-02,\"a\rb\",1\r2024-01-03,n,y\r");
    assert!(e.starts_with("CSV line 4, column 3 (close): \"y\""), "{e}");
}

// ---- kept ----

#[test]
fn missing_day_markers_stay_listed() {
    let p = ok("date,close\r\n2024-01-01,\r\n\r\n2024-01-02,.\r\n2024-01-03,null\r\n2024-01-04,5\r\n");
    let listed: Vec<(u64, &str, &str)> =
        p.skipped.iter().map(|s| (s.line, s.date.as_str(), s.value.as_str())).collect();
    assert_eq!(listed, [(2, "2024-01-01", ""), (4, "2024-01-02", "."), (5, "2024-01-03", "null")]);
}

#[test]
fn oversized_text_is_refused_up_front() {
    let big = format!("date,close\n{}", "x".repeat(indexcards::limits::MAX_CSV_BYTES));
    assert_eq!(
        err(&big),
        format!(
            "CSV is {} bytes; the limit is 67108864 bytes (64 MiB, over a million daily rows)",
            big.len()
        )
    );
}

// ---- the real files of ../shared/data (skipped, saying so, when absent) ----

const REAL: [&str; 4] = ["sp500.csv", "nasdaq.csv", "dow.csv", "russell2000.csv"];

fn real(file: &str) -> Option<String> {
    let dir = std::env::var_os("INDEXCARDS_DATA")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    let text = std::fs::read_to_string(dir.join(file)).ok();
    if text.is_none() {
        eprintln!("skipped: {} not found (put ../shared/data beside the clone or set INDEXCARDS_DATA)", file);
    }
    text
}

#[test]
fn the_real_files_read_as_iso_dates_with_a_decimal_point() {
    for file in REAL {
        let Some(text) = real(file) else { continue };
        let p = ok(&text);
        assert_eq!(
            (p.format, p.date_order, p.decimal),
            (Format::Ohlc, DateOrder::Ymd, DecimalMark::Point),
            "{file}"
        );
        assert_eq!(p.date_order_from, Basis::Unambiguous, "{file}");
        assert!(matches!(&p.decimal_from, Basis::Value(c) if c.line == 2), "{file}: {:?}", p.decimal_from);
        assert_eq!(p.series.len(), text.lines().count() - 1, "{file}");
        // The same rows with a decimal comma, in DD.MM.YYYY, newest first, under a German
        // header: the same series.
        let german: String = std::iter::once("Datum,Eröffn.,Hoch,Tief,Zuletzt".to_string())
            .chain(text.lines().skip(1).collect::<Vec<_>>().into_iter().rev().map(|line| {
                let f: Vec<&str> = line.split(',').collect();
                let (y, m, d) = (&f[0][..4], &f[0][5..7], &f[0][8..10]);
                let comma = |v: &str| format!("\"{}\"", v.replace('.', ","));
                format!("{d}.{m}.{y},{},{},{},{}", comma(f[1]), comma(f[2]), comma(f[3]), comma(f[4]))
            }))
            .collect::<Vec<_>>()
            .join("\r\n");
        let de = ok(&german);
        assert_eq!((de.date_order, de.decimal), (DateOrder::Dmy, DecimalMark::Comma), "{file}");
        assert_eq!(de.series, p.series, "{file}");
    }
}

/// Not a test: the time to read the four real files, printed. Run with
/// `cargo test --release --test csv_rules -- --ignored --nocapture read_the_real_files`.
#[test]
#[ignore]
fn read_the_real_files_benchmark() {
    let texts: Vec<(&str, String)> = REAL.iter().filter_map(|f| Some((*f, real(f)?))).collect();
    let rounds = 20;
    for (file, text) in &texts {
        let mut best = f64::INFINITY;
        for _ in 0..rounds {
            let start = std::time::Instant::now();
            let p = std::hint::black_box(ok(text));
            best = best.min(start.elapsed().as_secs_f64());
            assert!(!p.series.is_empty());
        }
        println!("{file}: {} bytes, {:.2} ms (best of {rounds})", text.len(), best * 1e3);
    }
    let start = std::time::Instant::now();
    for _ in 0..rounds {
        for (_, text) in &texts {
            std::hint::black_box(ok(text));
        }
    }
    println!(
        "all four: {:.2} ms a round (mean of {rounds})",
        start.elapsed().as_secs_f64() * 1e3 / rounds as f64
    );
}
