//! Typed requests parsed once at the boundary: options objects (`Raw`) read into `AsOf`, `CompareRequest`, `ChartRequest` and pushes, unknown keys refused, each value checked and named.

use crate::core::calendar::{self, Day};
use crate::core::period::{Period, Start};
use crate::core::request::{AsOf, ChartRequest, CompareRequest, Size, SparkRequest};
use crate::error::Error;
use crate::input::raw::Raw;

/// The keys of `summarize`'s options.
pub const AS_OF_KEYS: &[&str] = &["asOf"];
/// The keys of `deck.compare`'s options.
pub const COMPARE_KEYS: &[&str] = &["period", "from", "to", "reference", "smallCap", "largeCap"];
/// The keys of `deck.chart`'s options: the compare options and the drawing's sizes.
pub const CHART_KEYS: &[&str] =
    &["period", "from", "to", "reference", "smallCap", "largeCap", "width", "height", "spark", "crosshair"];
const SIZE_KEYS: &[&str] = &["width", "height"];
/// The keys of `deck.sparks`'s options: the compare options and the sparklines' size.
pub const SPARK_KEYS: &[&str] =
    &["period", "from", "to", "reference", "smallCap", "largeCap", "width", "height", "ids"];

/// An options argument; `null`/`undefined` reads as no options.
pub struct Options<'a> {
    raw: Option<&'a Raw>,
}

impl<'a> Options<'a> {
    /// Checks that `raw` is an object (or absent) whose keys are all in `known`.
    pub fn read(raw: &'a Raw, known: &[&str]) -> Result<Options<'a>, Error> {
        match raw {
            Raw::Object(_) => Options::checked(raw, known, ""),
            Raw::Null => Ok(Options { raw: None }),
            other => Err(Error::OptionsNotObject { kind: other.kind() }),
        }
    }

    /// The same for an option holding an object (e.g. `spark: { width, height }`); its keys
    /// are named `name.key` in messages.
    pub fn nested(raw: &'a Raw, known: &[&str], name: &'static str) -> Result<Options<'a>, Error> {
        match raw {
            Raw::Object(_) => Options::checked(raw, known, name),
            Raw::Null => Ok(Options { raw: None }),
            other => Err(Error::BadOption { option: name, expected: "an object", found: other.preview() }),
        }
    }

    fn checked(raw: &'a Raw, known: &[&str], name: &str) -> Result<Options<'a>, Error> {
        if let Raw::Object(fields) = raw {
            if let Some((key, _)) = fields.iter().find(|(k, _)| !known.contains(&k.as_str())) {
                let key = if name.is_empty() { key.clone() } else { format!("{name}.{key}") };
                return Err(Error::UnknownOption { key, known: known.join(", ") });
            }
        }
        Ok(Options { raw: Some(raw) })
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

    /// An array-of-strings option.
    pub fn texts(&self, key: &'static str) -> Result<Option<Vec<String>>, Error> {
        let bad = |found: &Raw| Error::BadOption {
            option: key,
            expected: "an array of strings",
            found: found.preview(),
        };
        match self.get(key) {
            None => Ok(None),
            Some(Raw::List(items)) => items
                .iter()
                .map(|item| match item {
                    Raw::Text(text) => Ok(text.clone()),
                    other => Err(bad(other)),
                })
                .collect::<Result<Vec<String>, Error>>()
                .map(Some),
            Some(other) => Err(bad(other)),
        }
    }

    /// A boolean option.
    pub fn flag(&self, key: &'static str) -> Result<Option<bool>, Error> {
        match self.get(key) {
            None => Ok(None),
            Some(Raw::Bool(b)) => Ok(Some(*b)),
            Some(other) => {
                Err(Error::BadOption { option: key, expected: "true or false", found: other.preview() })
            }
        }
    }

    /// A number option within `min..=max`, named `option` in messages.
    pub fn number(
        &self,
        key: &str,
        option: &'static str,
        (min, max): (f64, f64),
        expected: &'static str,
    ) -> Result<Option<f64>, Error> {
        match self.get(key) {
            None => Ok(None),
            Some(Raw::Number(n)) if n.is_finite() && (min..=max).contains(n) => Ok(Some(*n)),
            Some(other) => Err(Error::BadOption { option, expected, found: other.preview() }),
        }
    }
}

/// A date argument given as `"YYYY-MM-DD"` or as a whole day number (days since 1970-01-01),
/// `None` for `null`/`undefined`: `deck.cards(asOf)`, `deck.card(id, asOf)`, `deck.push`'s date.
/// `what` names it in messages.
pub fn day_arg(value: &Raw, what: &'static str) -> Result<Option<Day>, Error> {
    match value {
        Raw::Null => Ok(None),
        Raw::Text(text) => calendar::parse(text).map(Some).map_err(|reason| Error::BadDateOption {
            option: what,
            text: text.clone(),
            reason,
        }),
        Raw::Number(n)
            if n.fract() == 0.0
                && (f64::from(calendar::MIN_DAY)..=f64::from(calendar::MAX_DAY)).contains(n) =>
        {
            Ok(Some(*n as Day))
        }
        other => Err(Error::BadOption {
            option: what,
            expected: "a \"YYYY-MM-DD\" string or a day number from 1970-01-01",
            found: other.preview(),
        }),
    }
}

impl AsOf {
    /// `summarize`'s options: `{ asOf?: "YYYY-MM-DD" }`.
    pub fn from_raw(options: &Raw) -> Result<AsOf, Error> {
        Ok(AsOf(Options::read(options, AS_OF_KEYS)?.date("asOf")?))
    }

    /// A date argument (see `day_arg`): `deck.cards(asOf)`.
    pub fn from_arg(value: &Raw) -> Result<AsOf, Error> {
        Ok(AsOf(day_arg(value, "asOf")?))
    }
}

impl CompareRequest {
    /// `{ period | from, to, reference, smallCap, largeCap }`, every key optional.
    pub fn from_raw(options: &Raw) -> Result<CompareRequest, Error> {
        CompareRequest::from_options(&Options::read(options, COMPARE_KEYS)?)
    }

    fn from_options(o: &Options) -> Result<CompareRequest, Error> {
        let to = o.date("to")?;
        let from = o.date("from")?;
        let named = match o.text("period")? {
            None => None,
            Some(text) => Some(Period::parse(text).ok_or_else(|| Error::BadOption {
                option: "period",
                expected: PERIOD_EXPECTED,
                found: crate::error::quote(text),
            })?),
        };
        let start = match (named, from) {
            (Some(_), Some(_)) => {
                return Err(Error::BadOption {
                    option: "period",
                    expected: "left out when from is given (from sets the period)",
                    found: o.get("period").map(Raw::preview).unwrap_or_default(),
                })
            }
            (Some(p), None) => Start::Period(p),
            (None, Some(f)) => {
                if let Some(t) = to.filter(|&t| t < f) {
                    return Err(Error::EmptyRange { from: calendar::format(f), to: calendar::format(t) });
                }
                Start::From(f)
            }
            (None, None) => CompareRequest::default().start,
        };
        Ok(CompareRequest {
            start,
            to,
            reference: o.text("reference")?.map(String::from),
            small_cap: o.text("smallCap")?.map(String::from),
            large_cap: o.text("largeCap")?.map(String::from),
        })
    }
}

/// What `period` must be, as messages say it (`Period::NAMES`, checked by a test).
const PERIOD_EXPECTED: &str = "one of 1W, WTD, MTD, QTD, YTD, 1Y, 3Y, 5Y, MAX";
const PIXELS: &str = "a number of pixels from 16 to 8192";

impl Options<'_> {
    /// The `width` and `height` keys as a drawing's size in pixels, each `default`'s when left
    /// out; `names` are what messages call them (`chart.width`, `spark.height`, …).
    fn size(&self, names: (&'static str, &'static str), default: Size) -> Result<Size, Error> {
        let bounds = (Size::MIN, Size::MAX);
        Ok(Size {
            width: self.number("width", names.0, bounds, PIXELS)?.unwrap_or(default.width),
            height: self.number("height", names.1, bounds, PIXELS)?.unwrap_or(default.height),
        })
    }
}

impl ChartRequest {
    /// The compare options plus `width`, `height` (the chart's, named `chart.width` and
    /// `chart.height` in messages), `spark: { width, height }` and `crosshair` (true or false).
    pub fn from_raw(options: &Raw) -> Result<ChartRequest, Error> {
        let o = Options::read(options, CHART_KEYS)?;
        let compare = CompareRequest::from_options(&o)?;
        let Size { width, height } = o.size(("chart.width", "chart.height"), Size::CHART)?;
        let spark = match o.get("spark") {
            None => Size::SPARK,
            Some(raw) => Options::nested(raw, SIZE_KEYS, "spark")?
                .size(("spark.width", "spark.height"), Size::SPARK)?,
        };
        let crosshair = o.flag("crosshair")?.unwrap_or(true);
        Ok(ChartRequest { compare, width, height, spark, crosshair })
    }
}

impl SparkRequest {
    /// The compare options plus the sparklines' `width` and `height` (default 120 × 32) and
    /// `ids`, the series whose sparklines are wanted (default all).
    pub fn from_raw(options: &Raw) -> Result<SparkRequest, Error> {
        let o = Options::read(options, SPARK_KEYS)?;
        let compare = CompareRequest::from_options(&o)?;
        let size = o.size(("width", "height"), Size::SPARK)?;
        Ok(SparkRequest { compare, size, ids: o.texts("ids")? })
    }
}

/// A pushed close, checked: `deck.push(id, date, close)`.
#[derive(Debug, Clone, PartialEq)]
pub struct PushRequest {
    pub id: String,
    pub day: Day,
    pub close: f64,
}

impl PushRequest {
    /// Reads the three arguments: `id` a string, `date` as `day_arg` reads it, `close` a
    /// number (never a string, boolean or array that JavaScript would coerce); whether the
    /// close is positive and finite and the date late enough is the deck's to say.
    pub fn from_raw(id: &Raw, date: &Raw, close: &Raw) -> Result<PushRequest, Error> {
        let Raw::Text(id) = id else {
            return Err(Error::BadOption { option: "id", expected: "a string", found: id.preview() });
        };
        let day = match day_arg(date, "date")? {
            Some(day) => day,
            None => {
                return Err(Error::BadOption { option: "date", expected: DATE_ARG, found: "null".into() })
            }
        };
        match close {
            Raw::Number(close) => Ok(PushRequest { id: id.clone(), day, close: *close }),
            other => Err(Error::BadPush {
                id: id.clone(),
                date: calendar::format(day),
                problem: format!("close must be a number, got {}", other.preview()),
            }),
        }
    }
}

impl PushRequest {
    /// Refuses a close for a day after `today + 1`: a close cannot exist for a day that has not
    /// come (a day ahead is allowed, for markets in time zones ahead of the reader). `today` is
    /// the reader's calendar date, which only the caller knows (the bindings read it from the
    /// JS clock).
    ///
    /// ```js
    /// deck.push("RUT", "2099-01-02", 2442.03); // throws: … it is after tomorrow, …; nothing was changed
    /// ```
    pub fn not_after_tomorrow(self, today: Day) -> Result<PushRequest, Error> {
        if self.day > today.saturating_add(1) {
            return Err(Error::BadPush {
                problem: format!(
                    "it is after tomorrow, {}, by this computer's calendar (no close exists yet for a later day)",
                    calendar::format(today.saturating_add(1))
                ),
                id: self.id,
                date: calendar::format(self.day),
            });
        }
        Ok(self)
    }
}

const DATE_ARG: &str = "a \"YYYY-MM-DD\" string or a day number from 1970-01-01";

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(json: &str) -> Raw {
        serde_json::from_str(json).unwrap()
    }
    fn compare_err(json: &str) -> String {
        CompareRequest::from_raw(&raw(json)).unwrap_err().to_string()
    }
    fn chart_err(json: &str) -> String {
        ChartRequest::from_raw(&raw(json)).unwrap_err().to_string()
    }

    #[test]
    fn unknown_keys_are_refused_with_the_known_ones_listed() {
        let e = AsOf::from_raw(&raw(r#"{"asof":"2024-01-02"}"#)).unwrap_err().to_string();
        assert_eq!(e, r#"unknown option "asof"; the options are: asOf"#);
        assert_eq!(
            compare_err(r#"{"peroid":"YTD"}"#),
            r#"unknown option "peroid"; the options are: period, from, to, reference, smallCap, largeCap"#
        );
        assert_eq!(
            chart_err(r#"{"spark":{"widht":3}}"#),
            r#"unknown option "spark.widht"; the options are: width, height"#
        );
        assert_eq!(chart_err(r#"{"spark":5}"#), "spark must be an object, got 5");
        assert_eq!(chart_err(r#"{"crosshair":1}"#), "crosshair must be true or false, got 1");
        assert!(!ChartRequest::from_raw(&raw(r#"{"crosshair":false}"#)).unwrap().crosshair);
        let spark_err = |json: &str| SparkRequest::from_raw(&raw(json)).unwrap_err().to_string();
        assert_eq!(
            spark_err(r#"{"spark":{}}"#),
            r#"unknown option "spark"; the options are: period, from, to, reference, smallCap, largeCap, width, height, ids"#
        );
        assert_eq!(spark_err(r#"{"width":8}"#), "width must be a number of pixels from 16 to 8192, got 8");
        assert_eq!(spark_err(r#"{"ids":["A",2]}"#), "ids must be an array of strings, got 2");
        assert_eq!(spark_err(r#"{"ids":"A"}"#), r#"ids must be an array of strings, got "A""#);
        let spark = SparkRequest::from_raw(&raw(r#"{"period":"MAX","height":40}"#)).unwrap();
        assert_eq!(
            (spark.size, spark.compare.start),
            (Size { width: 120.0, height: 40.0 }, Start::Period(Period::Max))
        );
    }

    #[test]
    fn as_of_is_a_date_string_in_an_object() {
        let e = |o: &str| AsOf::from_raw(&raw(o)).unwrap_err().to_string();
        assert_eq!(AsOf::from_raw(&Raw::Null).unwrap(), AsOf::LATEST);
        assert_eq!(AsOf::from_raw(&raw(r#"{"asOf":"2024-01-02"}"#)).unwrap(), AsOf::on(19_724));
        assert_eq!(e(r#"{"asOf":"2024-13-01"}"#), r#"asOf "2024-13-01" has month 13, outside 01..12"#);
        assert_eq!(
            e(r#"{"asOf":"2024-02-30"}"#),
            r#"asOf "2024-02-30" does not exist (2024-02 has 29 days, not 30)"#
        );
        assert_eq!(e(r#"{"asOf":"yesterday"}"#), r#"asOf "yesterday" is not a date of the form YYYY-MM-DD"#);
        assert_eq!(e(r#"{"asOf":20240102}"#), r#"asOf must be a "YYYY-MM-DD" string, got 20240102"#);
        assert_eq!(e(r#""2024-01-02""#), "options must be an object, got a string");
        assert_eq!(e("[]"), "options must be an object, got an array");
    }

    #[test]
    fn date_arguments_take_strings_and_day_numbers() {
        assert_eq!(AsOf::from_arg(&raw(r#""2024-01-02""#)).unwrap(), AsOf::on(19_724));
        assert_eq!(AsOf::from_arg(&raw("19724")).unwrap(), AsOf::on(19_724));
        assert_eq!(AsOf::from_arg(&Raw::Null).unwrap(), AsOf::LATEST);
        assert_eq!(
            day_arg(&raw("1.5"), "date").unwrap_err().to_string(),
            r#"date must be a "YYYY-MM-DD" string or a day number from 1970-01-01, got 1.5"#
        );
        assert!(day_arg(&raw("1e12"), "date").is_err());
        assert!(day_arg(&raw("{}"), "date").unwrap_err().to_string().ends_with("got an object"));
    }

    #[test]
    fn compare_options_are_checked_and_named() {
        assert_eq!(CompareRequest::from_raw(&Raw::Null).unwrap(), CompareRequest::default());
        assert_eq!(PERIOD_EXPECTED, format!("one of {}", Period::NAMES));
        assert_eq!(
            compare_err(r#"{"period":"2W"}"#),
            r#"period must be one of 1W, WTD, MTD, QTD, YTD, 1Y, 3Y, 5Y, MAX, got "2W""#
        );
        assert_eq!(
            compare_err(r#"{"period":"YTD","from":"2024-01-02"}"#),
            r#"period must be left out when from is given (from sets the period), got "YTD""#
        );
        assert_eq!(
            compare_err(r#"{"from":"2024-01-05","to":"2024-01-02"}"#),
            "from 2024-01-05 is after to 2024-01-02"
        );
        assert_eq!(compare_err(r#"{"reference":5}"#), "reference must be a string, got 5");
        let r =
            CompareRequest::from_raw(&raw(r#"{"period":"qtd","to":"2024-01-02","smallCap":"A"}"#)).unwrap();
        assert_eq!(
            (r.start, r.to, r.small_cap.as_deref()),
            (Start::Period(Period::Qtd), Some(19_724), Some("A"))
        );
        let r = CompareRequest::from_raw(&raw(r#"{"from":"2024-01-02"}"#)).unwrap();
        assert_eq!(r.start, Start::From(19_724));
    }

    #[test]
    fn chart_sizes_have_defaults_and_bounds() {
        let r = ChartRequest::from_raw(&Raw::Null).unwrap();
        assert_eq!(r, ChartRequest::default());
        assert_eq!((r.width, r.height, r.spark), (720.0, 360.0, Size { width: 120.0, height: 32.0 }));
        assert_eq!(
            chart_err(r#"{"width":5}"#),
            "chart.width must be a number of pixels from 16 to 8192, got 5"
        );
        assert_eq!(
            chart_err(r#"{"height":1e9}"#),
            "chart.height must be a number of pixels from 16 to 8192, got 1000000000"
        );
        assert_eq!(
            chart_err(r#"{"spark":{"height":"9"}}"#),
            r#"spark.height must be a number of pixels from 16 to 8192, got "9""#
        );
        let r = ChartRequest::from_raw(&raw(r#"{"period":"1Y","width":300,"spark":{"width":60}}"#)).unwrap();
        assert_eq!((r.width, r.height, r.spark.width, r.spark.height), (300.0, 360.0, 60.0, 32.0));
        assert_eq!(r.compare.start, Start::Period(Period::Year1));
    }

    #[test]
    fn pushes_take_numbers_only() {
        let push = |d: &str, c: &str| PushRequest::from_raw(&raw(r#""RUT""#), &raw(d), &raw(c));
        assert_eq!(
            push(r#""2024-01-02""#, "5").unwrap(),
            PushRequest { id: "RUT".into(), day: 19_724, close: 5.0 }
        );
        for (close, shown) in
            [("true", "true"), ("[2442.03]", "an array"), (r#"" 2442.03 ""#, r#"" 2442.03 ""#)]
        {
            assert_eq!(
                push(r#""2024-01-02""#, close).unwrap_err().to_string(),
                format!(
                    r#"push to series "RUT" on 2024-01-02 refused: close must be a number, got {shown}; nothing was changed"#
                )
            );
        }
        assert!(push("1.5", "1")
            .unwrap_err()
            .to_string()
            .starts_with("date must be a \"YYYY-MM-DD\" string"));
        assert!(push("null", "1").unwrap_err().to_string().ends_with("got null"));
    }

    #[test]
    fn pushes_after_tomorrow_are_refused() {
        let push = |d: &str| PushRequest::from_raw(&raw(r#""RUT""#), &raw(d), &raw("5")).unwrap();
        let today = calendar::parse("2024-11-22").unwrap();
        assert!(push(r#""2024-11-23""#).not_after_tomorrow(today).is_ok());
        assert!(push(r#""2020-01-02""#).not_after_tomorrow(today).is_ok());
        assert_eq!(
            push(r#""2024-11-24""#).not_after_tomorrow(today).unwrap_err().to_string(),
            r#"push to series "RUT" on 2024-11-24 refused: it is after tomorrow, 2024-11-23, by this computer's calendar (no close exists yet for a later day); nothing was changed"#
        );
    }
}
