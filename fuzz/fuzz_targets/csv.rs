//! Any bytes as CSV text, the first byte choosing the options (dateOrder: auto, ymd, mdy, dmy;
//! decimal: auto, ".", ","). parse never panics, and what it reads it can stand by:
//! - what it read under its decisions it reads the same when they are passed as options;
//! - a choice it says nothing settled (`Basis::Unambiguous`) reads the same the other way, or
//!   is refused the other way;
//! - a date order settled by a date that reads one way only is refused the other way;
//! - no message names line 0, lines in `skipped` increase, and what parsed summarizes.
#![no_main]
use indexcards::input::csv::{parse, Basis, CsvOptions, DateOrder, DecimalMark, Parsed};
use libfuzzer_sys::fuzz_target;

fn read(text: &str, date_order: Option<DateOrder>, decimal: Option<DecimalMark>) -> Result<Parsed, String> {
    parse(text, "F", "F", &CsvOptions { date_order, decimal }).map_err(|e| e.to_string())
}

fuzz_target!(|data: &[u8]| {
    let (flags, body) = data.split_first().map_or((0, data), |(f, rest)| (*f, rest));
    let date_order = [None, Some(DateOrder::Ymd), Some(DateOrder::Mdy), Some(DateOrder::Dmy)][usize::from(flags & 3)];
    let decimal = [None, Some(DecimalMark::Point), Some(DecimalMark::Comma), None][usize::from(flags >> 2 & 3)];
    let text = String::from_utf8_lossy(body);
    let p = match read(&text, date_order, decimal) {
        Ok(p) => p,
        Err(e) => {
            assert!(!e.contains("line 0"), "{e}");
            return;
        }
    };
    assert!(p.skipped.windows(2).all(|w| w[0].line < w[1].line) && p.skipped.first().map_or(true, |s| s.line >= 1));
    let _ = indexcards::core::metrics::summarize(&p.series, None);

    let same = read(&text, Some(p.date_order), Some(p.decimal)).expect("reads under its own decisions");
    assert_eq!((&same.series, &same.skipped, same.format, &same.column), (&p.series, &p.skipped, p.format, &p.column));

    let flipped = match p.date_order {
        DateOrder::Mdy => Some(DateOrder::Dmy),
        DateOrder::Dmy => Some(DateOrder::Mdy),
        DateOrder::Ymd => None,
    };
    if let Some(other) = flipped {
        match (&p.date_order_from, read(&text, Some(other), Some(p.decimal))) {
            (Basis::Unambiguous, Ok(r)) => assert_eq!(r.series, p.series, "no date differs, yet the order mattered"),
            (Basis::Value(cell), Ok(_)) => panic!("{cell} settled the order, yet the other order read the file"),
            _ => {}
        }
    }
    let other = match p.decimal {
        DecimalMark::Point => DecimalMark::Comma,
        DecimalMark::Comma => DecimalMark::Point,
    };
    if let (Basis::Unambiguous, Ok(r)) = (&p.decimal_from, read(&text, Some(p.date_order), Some(other))) {
        assert_eq!(r.series, p.series, "no close differs, yet the mark mattered");
    }
});
