//! Reading an options object: unknown keys refused (a typo must not pass silently), each value checked and named.

use crate::core::calendar::{self, Day};
use crate::error::Error;
use crate::input::raw::Raw;

/// An options argument; `null`/`undefined` reads as no options.
pub struct Options<'a> {
    raw: Option<&'a Raw>,
    prefix: &'static str,
}

impl<'a> Options<'a> {
    /// Checks that `raw` is an object (or absent) whose keys are all in `known`.
    pub fn read(raw: &'a Raw, known: &[&str]) -> Result<Options<'a>, Error> {
        Options::nested(raw, known, "")
    }

    /// The same for an option holding an object (e.g. `chart: { width, height }`);
    /// `prefix` (`"chart."`) is put before its keys in messages.
    pub fn nested(raw: &'a Raw, known: &[&str], prefix: &'static str) -> Result<Options<'a>, Error> {
        match raw {
            Raw::Null => Ok(Options { raw: None, prefix }),
            Raw::Object(fields) => {
                if let Some((key, _)) = fields.iter().find(|(k, _)| !known.contains(&k.as_str())) {
                    return Err(Error::UnknownOption {
                        key: format!("{prefix}{key}"),
                        known: crate::error::join(&mut known.iter().copied(), ", "),
                    });
                }
                Ok(Options { raw: Some(raw), prefix })
            }
            other if prefix.is_empty() => Err(Error::OptionsNotObject { kind: other.kind() }),
            other => Err(Error::BadOption { option: prefix, expected: "an object", found: other.preview() }),
        }
    }

    pub fn get(&self, key: &str) -> Option<&'a Raw> {
        self.raw.and_then(|r| r.get(key))
    }

    /// A `YYYY-MM-DD` string option.
    pub fn date(&self, key: &'static str) -> Result<Option<Day>, Error> {
        match self.get(key) {
            None => Ok(None),
            Some(Raw::Text(text)) => calendar::parse(text).map(Some).map_err(|reason| Error::BadDateOption {
                option: key,
                text: text.clone(),
                reason,
            }),
            Some(other) => Err(Error::BadOption {
                option: key,
                expected: "a \"YYYY-MM-DD\" string",
                found: other.preview(),
            }),
        }
    }

    /// A string option.
    pub fn text(&self, key: &'static str) -> Result<Option<&'a str>, Error> {
        match self.get(key) {
            None => Ok(None),
            Some(Raw::Text(text)) => Ok(Some(text)),
            Some(other) => {
                Err(Error::BadOption { option: key, expected: "a string", found: other.preview() })
            }
        }
    }

    /// A number option within `min..=max`.
    pub fn number(
        &self,
        key: &'static str,
        min: f64,
        max: f64,
        expected: &'static str,
    ) -> Result<Option<f64>, Error> {
        match self.get(key) {
            None => Ok(None),
            Some(Raw::Number(n)) if n.is_finite() && (min..=max).contains(n) => Ok(Some(*n)),
            Some(other) => Err(Error::BadOption { option: key, expected, found: other.preview() }),
        }
    }

    /// The prefix given to `nested`.
    pub fn prefix(&self) -> &'static str {
        self.prefix
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(json: &str) -> Raw {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn unknown_keys_are_refused_with_the_known_ones_listed() {
        let r = raw(r#"{"asof":"2024-01-02"}"#);
        let e = Options::read(&r, &["asOf", "period"]).err().unwrap().to_string();
        assert_eq!(e, r#"unknown option "asof"; the options are: asOf, period"#);
        let r = raw(r#"{"chart":{"widht":3}}"#);
        let o = Options::read(&r, &["chart"]).unwrap();
        let e = Options::nested(o.get("chart").unwrap(), &["width", "height"], "chart.").err().unwrap();
        assert_eq!(e.to_string(), r#"unknown option "chart.widht"; the options are: width, height"#);
    }

    #[test]
    fn values_are_checked() {
        let r = raw(r#"{"asOf":"2024-02-30","n":-1,"t":5}"#);
        let o = Options::read(&r, &["asOf", "n", "t"]).unwrap();
        assert_eq!(
            o.date("asOf").unwrap_err().to_string(),
            r#"asOf "2024-02-30" does not exist (2024-02 has 29 days, not 30)"#
        );
        assert_eq!(
            o.number("n", 0.0, 1.0, "a number from 0 to 1").unwrap_err().to_string(),
            "n must be a number from 0 to 1, got -1"
        );
        assert_eq!(o.text("t").unwrap_err().to_string(), "t must be a string, got 5");
        assert_eq!(o.text("missing").unwrap(), None);
        assert!(Options::read(&Raw::Null, &[]).unwrap().get("x").is_none());
    }
}
