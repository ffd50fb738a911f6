//! The operations the JS API offers, on `Raw` input: options checked, series validated, results built.

use crate::calendar::{self, Day};
use crate::error::Error;
use crate::metrics::{self, Card};
use crate::raw::Raw;
use crate::series::Series;
use crate::view::{self, View};

/// Options of `summarize` and `view`: `{ asOf?: "YYYY-MM-DD" }`. `null`/`undefined` means none.
pub fn as_of_option(options: &Raw) -> Result<Option<Day>, Error> {
    const KNOWN: &str = "asOf";
    let fields = match options {
        Raw::Null => return Ok(None),
        Raw::Object(fields) => fields,
        other => return Err(Error::OptionsNotObject { kind: other.kind() }),
    };
    if let Some((key, _)) = fields.iter().find(|(k, _)| k != "asOf") {
        return Err(Error::UnknownOption {
            key: key.clone(),
            known: KNOWN,
        });
    }
    match options.get("asOf") {
        None => Ok(None),
        Some(Raw::Text(text)) => calendar::parse(text)
            .map(Some)
            .map_err(|reason| Error::BadAsOf {
                text: text.clone(),
                reason,
            }),
        Some(other) => Err(Error::AsOfNotText {
            found: other.preview(),
        }),
    }
}

/// `summarize(series, options)`: one card per series, in input order.
pub fn summarize(series: &Raw, options: &Raw) -> Result<Vec<Card>, Error> {
    let as_of = as_of_option(options)?;
    let series = Series::list_from_raw(series)?;
    metrics::summarize_all(&series, as_of)
}

/// `view(series, options)`: the display-ready page model.
pub fn view(series: &Raw, options: &Raw) -> Result<View, Error> {
    Ok(view::view(&summarize(series, options)?))
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
        assert_eq!(
            e(r#"{"asOf":"2024-13-01"}"#),
            r#"asOf "2024-13-01" has month 13, outside 01..12"#
        );
        assert_eq!(
            e(r#"{"asOf":"yesterday"}"#),
            r#"asOf "yesterday" is not a date of the form YYYY-MM-DD"#
        );
        assert_eq!(
            e(r#"{"asOf":20240102}"#),
            r#"asOf must be a "YYYY-MM-DD" string, got 20240102"#
        );
        assert_eq!(
            e(r#"{"asof":"2024-01-02"}"#),
            r#"unknown option "asof"; the options are: asOf"#
        );
        assert_eq!(
            e(r#""2024-01-02""#),
            "options must be an object, got a string"
        );
    }
}
