//! The one-call functions over `Deck` and CSV reading, on `Raw` arguments as the bindings pass them: `load`, `summarize`, `parse_csv`.

use crate::core::deck::{Deck, DeckBuild};
use crate::core::metrics::Card;
use crate::core::request::AsOf;
use crate::error::Error;
use crate::input::csv::{self, DateOrder, DecimalMark, Format, Skipped};
use crate::input::raw::Raw;
use crate::input::request::Options;
use crate::output::date::IsoDate;
use serde::Serialize;
use tsify::Tsify;

/// `new Deck(series)`: validates an array of `{ id, name, dates, closes }` (taken, see
/// `input::series::read`).
pub fn load(series: Raw) -> Result<Deck, Error> {
    Ok(load_in_steps(series)?.finish())
}

/// `Deck.build(series)`: validates as `load` does, and leaves the tracks to build in slices.
pub fn load_in_steps(series: Raw) -> Result<DeckBuild, Error> {
    Ok(DeckBuild::new(crate::input::series::read_list(series)?))
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
///
/// One card per series needs no deck: each card is found by one scan of its series
/// (`metrics::cards`), where a `Deck` would first build indexes for cards at any date.
pub fn summarize(series: Raw, options: &Raw) -> Result<Vec<Card>, Error> {
    // Options first, so a bad option is reported even with bad series.
    let as_of = AsOf::from_raw(options)?;
    crate::core::metrics::cards(&crate::input::series::read_list(series)?, as_of)
}

/// A CSV read into the series object `summarize` takes, plus what was skipped and how it was
/// read.
///
/// ```js
/// const rut = IndexCards.parseCsv(text, { id: "RUT", name: "Russell 2000" });
/// rut.format;    // "yahoo"
/// rut.skipped;   // [{ line: 4, date: "2024-11-21", value: "null" }]
/// rut.dateOrder; // "ymd"; rut.decimal: "."
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CsvSeries {
    pub id: String,
    pub name: String,
    pub dates: Vec<IsoDate>,
    pub closes: Vec<f64>,
    /// Days whose value was a missing-value marker, in line order.
    #[tsify(type = "CsvSkipped[]")] // `Skipped`'s declared name (tests/typescript.rs checks it exists)
    pub skipped: Vec<Skipped>,
    /// The layout detected from the header.
    #[tsify(type = "CsvFormat")]
    pub format: Format,
    /// The header name of the column the closes came from.
    pub column: String,
    /// How the dates were read: as the `dateOrder` option said, or as the file settled it
    /// (`"ymd"` for `YYYY-MM-DD` files).
    pub date_order: DateOrder,
    /// The decimal mark the numbers were read with: as the `decimal` option said, or as the
    /// file settled it.
    pub decimal: DecimalMark,
}

/// The options `parse_csv` reads (`encoding` is the bindings', which decode bytes first).
pub const CSV_KEYS: &[&str] = &["id", "name", "dateOrder", "decimal"];

/// `parseCsv(text, { id, name, dateOrder, decimal })`; without a name, a well-known index id
/// (`^RUT`, `sp500`) gets its usual name, any other id is its own name. `dateOrder` (`"dmy"`,
/// `"mdy"`, `"ymd"`) and `decimal` (`"."`, `","`) say what the file cannot settle itself.
pub fn parse_csv(text: &Raw, options: &Raw) -> Result<CsvSeries, String> {
    parse_csv_with(text, options, CSV_KEYS)
}

/// `parse_csv`, accepting the option keys `known` (the bindings add `encoding`).
pub fn parse_csv_with(text: &Raw, options: &Raw, known: &[&str]) -> Result<CsvSeries, String> {
    let o = Options::read(options, known).map_err(|e| e.to_string())?;
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
    let read = csv::CsvOptions {
        date_order: o
            .text("dateOrder")
            .map_err(|e| e.to_string())?
            .map(str::parse)
            .transpose()
            .map_err(|e: csv::BadOption| e.to_string())?,
        decimal: o
            .text("decimal")
            .map_err(|e| e.to_string())?
            .map(str::parse)
            .transpose()
            .map_err(|e: csv::BadOption| e.to_string())?,
    };
    let Raw::Text(text) = text else {
        return Err(format!(
            "parseCsv's first argument must be the CSV text as a string, got {}",
            text.kind()
        ));
    };
    let parsed =
        csv::parse(text, id, name, &read).map_err(|e| format!("{}: {e}", crate::error::quote(id)))?;
    Ok(CsvSeries {
        id: id.into(),
        name: name.into(),
        dates: parsed.series.days().iter().map(|&d| IsoDate(d)).collect(),
        closes: parsed.series.closes().to_vec(),
        skipped: parsed.skipped,
        format: parsed.format,
        column: parsed.column,
        date_order: parsed.date_order,
        decimal: parsed.decimal,
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
        let cards = summarize(raw(ONE), &raw(r#"{"asOf":"2024-01-02"}"#)).unwrap();
        assert_eq!(cards.first().map(|c| c.close), Some(100.0));
        let cards = summarize(raw(ONE), &Raw::Null).unwrap();
        assert_eq!(cards.first().map(|c| c.close), Some(110.0));
    }

    #[test]
    fn option_errors_name_the_option() {
        let e = |o: &str| summarize(raw(ONE), &raw(o)).unwrap_err().to_string();
        assert_eq!(e(r#"{"asOf":"2024-13-01"}"#), r#"asOf "2024-13-01" has month 13, outside 01..12"#);
        assert_eq!(e(r#"{"asOf":"yesterday"}"#), r#"asOf "yesterday" is not a date of the form YYYY-MM-DD"#);
        assert_eq!(e(r#"{"asOf":20240102}"#), r#"asOf must be a "YYYY-MM-DD" string, got 20240102"#);
        assert_eq!(e(r#"{"asof":"2024-01-02"}"#), r#"unknown option "asof"; the options are: asOf"#);
        assert_eq!(e(r#""2024-01-02""#), "options must be an object, got a string");
        // A bad option is reported before bad series.
        let bad = summarize(raw("5"), &raw(r#"{"asof":1}"#)).unwrap_err().to_string();
        assert!(bad.starts_with("unknown option"), "{bad}");
        assert_eq!(
            summarize(raw(ONE), &raw(r#"{"asOf":"2023-12-01"}"#)).unwrap_err().to_string(),
            r#"series "A": no close on or before asOf 2023-12-01; its first date is 2024-01-02"#
        );
    }

    #[test]
    fn compare_and_chart_option_errors() {
        let deck = load(raw(ONE)).unwrap();
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
        assert_eq!((ok.dates.len(), ok.name.as_str(), ok.format), (2, "Alpha", Format::Plain));
        assert_eq!(
            serde_json::to_string(&ok).unwrap(),
            r#"{"id":"A","name":"Alpha","dates":["2024-01-02","2024-01-03"],"closes":[1.0,2.0],"skipped":[],"format":"plain","column":"close","dateOrder":"ymd","decimal":"."}"#
        );
    }

    #[test]
    fn parse_csv_takes_date_order_and_decimal_and_reports_them() {
        let read = |t: &str, o: &str| parse_csv(&raw(t), &raw(o));
        let uk = r#""Date,Price\n06/11/2024,2391.8\n07/11/2024,2400.1\n""#;
        let e = read(uk, r#"{"id":"F"}"#).unwrap_err();
        assert!(e.contains(r#"dateOrder: "dmy""#), "{e}");
        let ok = read(uk, r#"{"id":"F","dateOrder":"dmy"}"#).unwrap();
        assert_eq!((ok.date_order, ok.dates[0].to_string()), (DateOrder::Dmy, "2024-11-06".to_string()));
        let comma = r#""date,close\n2024-01-02,\"1,00\"\n""#;
        let ok = read(comma, r#"{"id":"A"}"#).unwrap();
        assert_eq!((ok.decimal, ok.closes[0]), (DecimalMark::Comma, 1.0));
        let e = read(comma, r#"{"id":"A","decimal":"."}"#).unwrap_err();
        assert!(e.starts_with(r#""A": CSV line 2, column 2 (close): "1,00""#), "{e}");
        assert_eq!(
            read(comma, r#"{"id":"A","dateOrder":"dd/mm"}"#).unwrap_err(),
            r#"dateOrder must be "dmy" (DD/MM/YYYY), "mdy" (MM/DD/YYYY) or "ymd" (YYYY-MM-DD), got "dd/mm""#
        );
        assert_eq!(read(comma, r#"{"id":"A","decimal":5}"#).unwrap_err(), "decimal must be a string, got 5");
        assert_eq!(
            read(comma, r#"{"id":"A","encoding":"utf-8"}"#).unwrap_err(),
            r#"unknown option "encoding"; the options are: id, name, dateOrder, decimal"#
        );
    }
}
