//! The one-call functions over `Deck` and CSV reading, on `Raw` arguments as the bindings pass them: `load`, `summarize`, `parse_csv`.

use crate::core::deck::Deck;
use crate::core::metrics::Card;
use crate::core::request::AsOf;
use crate::error::Error;
use crate::input::csv::{self, Format, Skipped};
use crate::input::raw::Raw;
use crate::input::request::Options;
use crate::output::date::IsoDate;
use serde::Serialize;
use tsify::Tsify;

/// `new Deck(series)`: validates an array of `{ id, name, dates, closes }`.
pub fn load(series: &Raw) -> Result<Deck, Error> {
    Ok(Deck::from_series(crate::input::series::read_list(series)?))
}

/// `summarize(series, { asOf })`: one card per series, in input order.
///
/// ```js
/// const [rut] = IndexCards.summarize(
///   [{ id: "RUT", name: "Russell 2000", dates: ["2024-11-15", "2024-11-22"], closes: [2303.84, 2406.67] }],
///   { asOf: "2024-11-22" },
/// );
/// rut.wtd; // 0.04463… (+4.5% week to date)
/// ```
pub fn summarize(series: &Raw, options: &Raw) -> Result<Vec<Card>, Error> {
    // Options first, so a bad option is reported even with bad series.
    let as_of = AsOf::from_raw(options)?;
    load(series)?.cards(as_of)
}

/// A CSV read into the series object `summarize` takes, plus what was skipped.
///
/// ```js
/// const rut = IndexCards.parseCsv(text, { id: "RUT", name: "Russell 2000" });
/// rut.format;   // "yahoo"
/// rut.skipped;  // [{ line: 4, date: "2024-11-21", value: "null" }]
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CsvSeries {
    pub id: String,
    pub name: String,
    pub dates: Vec<IsoDate>,
    pub closes: Vec<f64>,
    /// Days whose value was a missing-value marker, in line order.
    pub skipped: Vec<CsvSkipped>,
    /// The layout detected from the header.
    pub format: CsvFormat,
    /// The header name of the column the closes came from.
    pub column: String,
}

/// A day left out because its value was a missing-value marker (`.`, `null` or empty).
///
/// The serializable face of `csv::Skipped`, kept here while `input/csv.rs` (rewritten in
/// parallel) has no serde derives of its own; it goes once that file derives them.
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CsvSkipped {
    /// 1-based line in the text.
    pub line: u64,
    pub date: String,
    /// The marker as written.
    pub value: String,
}

/// The CSV layout detected from the header (the serializable face of `csv::Format`, see
/// `CsvSkipped`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum CsvFormat {
    Yahoo,
    Stooq,
    Fred,
    Investing,
    Ohlc,
    Plain,
}

impl From<Format> for CsvFormat {
    fn from(format: Format) -> CsvFormat {
        match format {
            Format::Yahoo => CsvFormat::Yahoo,
            Format::Stooq => CsvFormat::Stooq,
            Format::Fred => CsvFormat::Fred,
            Format::Investing => CsvFormat::Investing,
            Format::Ohlc => CsvFormat::Ohlc,
            Format::Plain => CsvFormat::Plain,
        }
    }
}

impl From<Skipped> for CsvSkipped {
    fn from(s: Skipped) -> CsvSkipped {
        CsvSkipped { line: s.line, date: s.date, value: s.value }
    }
}

/// `parseCsv(text, { id, name })`; without a name, a well-known index id (`^RUT`, `sp500`)
/// gets its usual name, any other id is its own name.
pub fn parse_csv(text: &Raw, options: &Raw) -> Result<CsvSeries, String> {
    let o = Options::read(options, &["id", "name"]).map_err(|e| e.to_string())?;
    let id = match o.text("id").map_err(|e| e.to_string())? {
        Some(id) if !id.trim().is_empty() => id,
        Some(_) => return Err("id must be a non-empty string".into()),
        None => {
            return Err("parseCsv needs an id: parseCsv(text, { id: \"RUT\", name: \"Russell 2000\" })".into())
        }
    };
    let name = o
        .text("name")
        .map_err(|e| e.to_string())?
        .or_else(|| crate::core::compare::known_name(id))
        .unwrap_or(id);
    let Raw::Text(text) = text else {
        return Err(format!(
            "parseCsv's first argument must be the CSV text as a string, got {}",
            text.kind()
        ));
    };
    let parsed = csv::parse(text, id, name, &csv::CsvOptions::default())
        .map_err(|e| format!("{}: {e}", crate::error::quote(id)))?;
    Ok(CsvSeries {
        id: id.into(),
        name: name.into(),
        dates: parsed.series.days().iter().map(|&d| IsoDate(d)).collect(),
        closes: parsed.series.closes().to_vec(),
        skipped: parsed.skipped.into_iter().map(CsvSkipped::from).collect(),
        format: parsed.format.into(),
        column: parsed.column,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::request::{ChartRequest, CompareRequest};

    fn raw(json: &str) -> Raw {
        serde_json::from_str(json).unwrap()
    }
    const ONE: &str = r#"[{"id":"A","dates":["2024-01-02","2024-01-03"],"closes":[100,110]}]"#;

    #[test]
    fn as_of_picks_the_last_close_on_or_before_it() {
        let cards = summarize(&raw(ONE), &raw(r#"{"asOf":"2024-01-02"}"#)).unwrap();
        assert_eq!(cards.first().map(|c| c.close), Some(100.0));
        let cards = summarize(&raw(ONE), &Raw::Null).unwrap();
        assert_eq!(cards.first().map(|c| c.close), Some(110.0));
    }

    #[test]
    fn option_errors_name_the_option() {
        let e = |o: &str| summarize(&raw(ONE), &raw(o)).unwrap_err().to_string();
        assert_eq!(e(r#"{"asOf":"2024-13-01"}"#), r#"asOf "2024-13-01" has month 13, outside 01..12"#);
        assert_eq!(e(r#"{"asOf":"yesterday"}"#), r#"asOf "yesterday" is not a date of the form YYYY-MM-DD"#);
        assert_eq!(e(r#"{"asOf":20240102}"#), r#"asOf must be a "YYYY-MM-DD" string, got 20240102"#);
        assert_eq!(e(r#"{"asof":"2024-01-02"}"#), r#"unknown option "asof"; the options are: asOf"#);
        assert_eq!(e(r#""2024-01-02""#), "options must be an object, got a string");
        // A bad option is reported before bad series.
        let bad = summarize(&raw("5"), &raw(r#"{"asof":1}"#)).unwrap_err().to_string();
        assert!(bad.starts_with("unknown option"), "{bad}");
        assert_eq!(
            summarize(&raw(ONE), &raw(r#"{"asOf":"2023-12-01"}"#)).unwrap_err().to_string(),
            r#"series "A": no close on or before asOf 2023-12-01; its first date is 2024-01-02"#
        );
    }

    #[test]
    fn compare_and_chart_option_errors() {
        let deck = load(&raw(ONE)).unwrap();
        let e = |o: &str| {
            CompareRequest::from_raw(&raw(o)).and_then(|r| deck.compare(&r)).unwrap_err().to_string()
        };
        assert_eq!(e(r#"{"reference":"B"}"#), r#"reference "B" is not one of the series: "A""#);
        assert_eq!(e(r#"{"smallCap":"B"}"#), r#"smallCap "B" is not one of the series: "A""#);
        let p = ChartRequest::from_raw(&raw(r#"{"width":5}"#)).unwrap_err().to_string();
        assert_eq!(p, "chart.width must be a number of pixels from 16 to 8192, got 5");
    }

    #[test]
    fn parse_csv_needs_an_id_and_text() {
        let e = |t: &str, o: &str| parse_csv(&raw(t), &raw(o)).unwrap_err();
        assert!(e(r#""date,close""#, "{}").starts_with("parseCsv needs an id"));
        assert!(e("5", r#"{"id":"A"}"#).starts_with("parseCsv's first argument must be the CSV text"));
        assert_eq!(
            e(r#""date,close\n2024-01-02,x""#, r#"{"id":"A"}"#),
            r#""A": CSV line 2, column 2 (close): "x" is not a number (missing days may be written as empty, "." or "null")"#
        );
        let ok = parse_csv(
            &raw(r#""date,close\n2024-01-03,2\n2024-01-02,1""#),
            &raw(r#"{"id":"A","name":"Alpha"}"#),
        )
        .unwrap();
        assert_eq!((ok.dates.len(), ok.name.as_str(), ok.format), (2, "Alpha", CsvFormat::Plain));
        assert_eq!(
            serde_json::to_string(&ok).unwrap(),
            r#"{"id":"A","name":"Alpha","dates":["2024-01-02","2024-01-03"],"closes":[1.0,2.0],"skipped":[],"format":"plain","column":"close"}"#
        );
    }
}
