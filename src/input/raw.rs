//! `Raw`: any JSON-like value exactly as the caller passed it, so validation can say what is wrong and where.

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// A JSON-like value. Nothing is coerced: a string `"5"` stays text, `null` stays null.
#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    /// `null` or `undefined`.
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Raw>),
    /// Keys in the order given.
    Object(Vec<(String, Raw)>),
    /// An `Int32Array` of day numbers, taken from JS in one copy.
    Days(Vec<i32>),
    /// A `Float64Array`, taken from JS in one copy.
    Floats(Vec<f64>),
    /// An array of `YYYY-MM-DD` strings as the bundle packs them: ten bytes a date, one after
    /// the other, written into wasm memory by the platform's `TextEncoder` (see
    /// `bindings::js_in`). Anything but ten ASCII bytes of a valid date is refused when read.
    IsoRun(Vec<u8>),
}

impl Raw {
    /// What kind of value this is, for error messages ("a string", "null", …).
    pub fn kind(&self) -> &'static str {
        match self {
            Raw::Null => "null",
            Raw::Bool(_) => "a boolean",
            Raw::Number(_) => "a number",
            Raw::Text(_) => "a string",
            Raw::List(_) => "an array",
            Raw::Object(_) => "an object",
            Raw::Days(_) => "an Int32Array",
            Raw::Floats(_) => "a Float64Array",
            Raw::IsoRun(_) => "an array",
        }
    }

    /// Number of items of an array or typed array; 0 for anything else.
    pub fn len(&self) -> usize {
        match self {
            Raw::List(items) => items.len(),
            Raw::Days(days) => days.len(),
            Raw::Floats(values) => values.len(),
            Raw::IsoRun(text) => text.len() / 10,
            _ => 0,
        }
    }

    /// True for an empty array or typed array, and for anything that is not one.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The value under `key` of an object (the last one, as `JSON.parse` does); `None` when absent.
    /// `null`/`undefined` values count as absent.
    pub fn get(&self, key: &str) -> Option<&Raw> {
        match self {
            Raw::Object(fields) => fields
                .iter()
                .rev()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v)
                .filter(|v| !matches!(v, Raw::Null)),
            _ => None,
        }
    }

    /// A short, bounded rendering of the value for an error message.
    pub fn preview(&self) -> String {
        match self {
            Raw::Text(s) => crate::error::quote(s),
            Raw::Number(n) => crate::error::js_number(*n),
            Raw::Bool(b) => b.to_string(),
            other => other.kind().to_string(),
        }
    }
}

/// How deeply arrays and objects may nest. Series input needs 3 levels; the bound keeps
/// hostile input (`[[[[…]]]]`) from exhausting the wasm stack, which would trap.
pub const MAX_DEPTH: u32 = 32;

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Raw, D::Error> {
        RawVisitor { depth: 0 }.deserialize(deserializer)
    }
}

/// Errors from inside the value start with the path to where they happened, e.g.
/// `at [0].closes[3]: invalid type: …` (for JSON input through serde; JS values are read by
/// the bindings, which may build their own path).
const PATH_MARK: &str = "at ";

fn at<E: de::Error>(segment: &str, error: E) -> E {
    let message = error.to_string();
    match message.strip_prefix(PATH_MARK) {
        Some(rest) => E::custom(format_args!("{PATH_MARK}{segment}{rest}")),
        None => E::custom(format_args!("{PATH_MARK}{segment}: {message}")),
    }
}

#[derive(Clone, Copy)]
struct RawVisitor {
    depth: u32,
}

impl RawVisitor {
    fn nested<E: de::Error>(self) -> Result<RawVisitor, E> {
        if self.depth >= MAX_DEPTH {
            return Err(E::custom(format_args!(
                "input is nested deeper than {MAX_DEPTH} levels of arrays and objects"
            )));
        }
        Ok(RawVisitor { depth: self.depth + 1 })
    }
}

impl<'de> DeserializeSeed<'de> for RawVisitor {
    type Value = Raw;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Raw, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number, string, boolean, null, array or plain object")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Raw, E> {
        Ok(Raw::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Raw, E> {
        Ok(Raw::Number(v as f64))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Raw, E> {
        Ok(Raw::Number(v as f64))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Raw, E> {
        Ok(Raw::Number(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Raw, E> {
        Ok(Raw::Text(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Raw, E> {
        Ok(Raw::Text(v))
    }
    fn visit_none<E: de::Error>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
        self.deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
        let inner = self.nested()?;
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 16));
        while let Some(item) =
            seq.next_element_seed(inner).map_err(|e| at(&format!("[{}]", items.len()), e))?
        {
            items.push(item);
        }
        Ok(Raw::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
        let inner = self.nested()?;
        let mut fields = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(inner).map_err(|e| at(&format!(".{key}"), e))?;
            fields.push((key, value));
        }
        Ok(Raw::Object(fields))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_every_kind_without_coercion() {
        let raw: Raw = serde_json::from_str(r#"{"a":[1,"1",null,true,{"b":2.5}]}"#).unwrap();
        assert_eq!(
            raw.get("a"),
            Some(&Raw::List(vec![
                Raw::Number(1.0),
                Raw::Text("1".into()),
                Raw::Null,
                Raw::Bool(true),
                Raw::Object(vec![("b".into(), Raw::Number(2.5))]),
            ]))
        );
    }

    #[test]
    fn refuses_nesting_deeper_than_the_bound() {
        let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
        let err = serde_json::from_str::<Raw>(&deep).unwrap_err().to_string();
        assert!(err.contains("nested deeper than 32 levels"), "{err}");
        let path = "[0]".repeat(32);
        assert!(err.starts_with(&format!("at {path}: input is nested deeper")), "{err}");
        let ok = format!("{}{}", "[".repeat(32), "]".repeat(32));
        assert!(serde_json::from_str::<Raw>(&ok).is_ok());
    }

    #[test]
    fn reading_errors_say_where_inside_the_value() {
        // serde_json stands in for a JS value the deserializer cannot read (a Symbol, say).
        let err =
            serde_json::from_str::<Raw>(r#"[{"id":"A","closes":[1, 2, 1e999]}]"#).unwrap_err().to_string();
        assert!(err.starts_with("at [0].closes[2]: "), "{err}");
    }

    #[test]
    fn null_fields_count_as_absent() {
        let raw: Raw = serde_json::from_str(r#"{"a":null}"#).unwrap();
        assert_eq!(raw.get("a"), None);
        assert_eq!(raw.get("b"), None);
    }

    #[test]
    fn preview_is_bounded_and_quoted() {
        let long = Raw::Text("x".repeat(10_000));
        assert_eq!(long.preview().chars().count(), 43);
        assert_eq!(Raw::Number(f64::NAN).preview(), "NaN");
        assert_eq!(Raw::Number(-0.0).preview(), "-0");
        assert_eq!(Raw::Number(1.5e21).preview(), "1.5e+21");
        assert_eq!(Raw::Text("abc".into()).preview(), "\"abc\"");
    }
}
