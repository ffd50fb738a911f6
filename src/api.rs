//! The operations the JS API offers as free functions on `Raw` input: each loads a `Deck` and asks it once.

use crate::core::compare::Comparison;
use crate::core::deck::{Deck, PathsOut};
use crate::core::metrics::Card;
use crate::error::Error;
use crate::input::csv::{self, Format, Skipped};
use crate::input::options::Options;
use crate::input::raw::Raw;
use crate::output::view::View;

/// `summarize(series, { asOf })`: one card per series, in input order.
pub fn summarize(series: &Raw, options: &Raw) -> Result<Vec<Card>, Error> {
    // Options first, so a bad option is reported even with bad series.
    Options::read(options, &["asOf"])?;
    Deck::from_raw(series)?.cards(options)
}

/// `compare(series, { period | from, to, reference, smallCap, largeCap })`.
pub fn compare(series: &Raw, options: &Raw) -> Result<Comparison, Error> {
    Deck::from_raw(series)?.compare(options)
}

/// `paths(series, { …compare options, chart: { width, height }, spark: { width, height } })`.
pub fn paths(series: &Raw, options: &Raw) -> Result<PathsOut, Error> {
    Deck::from_raw(series)?.paths(options)
}

/// `view(series, { asOf, period, … })`: the display-ready page model.
pub fn view(series: &Raw, options: &Raw) -> Result<View, Error> {
    Deck::from_raw(series)?.view(options)
}

/// A CSV read into the series object `summarize` takes, plus what was skipped.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvSeries {
    pub id: String,
    pub name: String,
    pub dates: Vec<String>,
    pub closes: Vec<f64>,
    /// Days whose value was a missing-value marker, in line order.
    pub skipped: Vec<Skipped>,
    /// The layout detected from the header.
    pub format: Format,
    /// The header name of the column the closes came from.
    pub column: String,
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
        dates: parsed.series.days().iter().map(|&d| crate::core::calendar::format(d)).collect(),
        closes: parsed.series.closes().to_vec(),
        skipped: parsed.skipped,
        format: parsed.format,
        column: parsed.column,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }

    #[test]
    fn compare_option_errors() {
        let e = |o: &str| compare(&raw(ONE), &raw(o)).unwrap_err().to_string();
        assert_eq!(
            e(r#"{"period":"2W"}"#),
            r#"period must be one of 1W, WTD, MTD, QTD, YTD, 1Y, 3Y, 5Y, MAX, got "2W""#
        );
        assert_eq!(
            e(r#"{"period":"YTD","from":"2024-01-02"}"#),
            r#"period must be left out when from is given (from sets the period), got "YTD""#
        );
        assert_eq!(e(r#"{"from":"2024-01-05","to":"2024-01-02"}"#), "from 2024-01-05 is after to 2024-01-02");
        assert_eq!(e(r#"{"reference":"B"}"#), r#"reference "B" is not one of the series: "A""#);
        let p = paths(&raw(ONE), &raw(r#"{"chart":{"width":5}}"#)).unwrap_err().to_string();
        assert_eq!(p, "chart.width must be a number of pixels from 16 to 8192, got 5");
    }

    #[test]
    fn compare_from_an_explicit_date() {
        let c = compare(&raw(ONE), &raw(r#"{"from":"2024-01-02","to":"2024-01-03"}"#)).unwrap();
        assert_eq!(c.period.label(), "from 2024-01-02");
        let line = c.lines.first().unwrap();
        assert_eq!(line.values, [Some(0.0), Some(110.0 / 100.0 - 1.0)]);
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
        assert_eq!((ok.dates.len(), ok.name.as_str(), ok.format), (2, "Alpha", Format::Plain));
    }
}
