//! JS values in: any argument read into a `Raw` with type checks (`js`), nothing coerced.
//!
//! This and `js_out` replaced serde-wasm-bindgen (`Raw`'s serde `Deserialize` stays for native
//! JSON input): 26 KB less wasm after `wasm-opt -Oz` for the two, measured 2026-11-25 (Cargo.toml).

use super::js;
use crate::error::Error;
use crate::input::raw::{Raw, MAX_DEPTH};
use wasm_bindgen::{JsCast, JsValue};

/// Reads any JS value without coercion. A value that cannot be read (a symbol, a function, a
/// BigInt, a typed array outside `dates`/`closes`, nesting deeper than `MAX_DEPTH`) becomes an
/// `Error` naming the argument (`what`) and the path inside it.
pub fn raw(value: &JsValue, what: &str) -> Result<Raw, Error> {
    let mut path = String::new();
    read(value, 0, &mut path).map_err(|detail| Error::Unreadable {
        what: what.into(),
        path: path.clone(),
        detail,
    })
}

/// `value.key`, `undefined` when `value` is not an object or function or has no such key (getters may throw:
/// that reads as `undefined` too, and the core then says the field is missing).
pub fn get(value: &JsValue, key: &str) -> JsValue {
    if !value.is_object() && !value.is_function() {
        return JsValue::UNDEFINED;
    }
    js::reflect_get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// On error, `path` holds the path to the value that could not be read (`[0].closes[3]`).
fn read(value: &JsValue, depth: u32, path: &mut String) -> Result<Raw, String> {
    if value.is_undefined() || value.is_null() {
        return Ok(Raw::Null);
    }
    if let Some(n) = value.as_f64() {
        return Ok(Raw::Number(n));
    }
    if let Some(text) = value.as_string() {
        return Ok(Raw::Text(text));
    }
    if let Some(b) = value.as_bool() {
        return Ok(Raw::Bool(b));
    }
    if js::is_view(value) {
        return Err(format!(
            "{} cannot be read here: dates take an Int32Array of day numbers and closes a Float64Array",
            kind(value)
        ));
    }
    if !value.is_object() || value.is_function() {
        return Err(format!("{} is not a number, string, boolean, null, array or plain object", kind(value)));
    }
    if depth >= MAX_DEPTH {
        return Err(format!("input is nested deeper than {MAX_DEPTH} levels of arrays and objects"));
    }
    let mark = path.len();
    if js::Array::is_array(value) {
        let array = value.unchecked_ref::<js::Array>();
        let mut items = Vec::with_capacity(array.length().min(1 << 16) as usize);
        for (i, item) in array.iter().enumerate() {
            push_segment(path, mark, '[', &i.to_string());
            path.push(']');
            items.push(read(&item, depth + 1, path)?);
        }
        path.truncate(mark);
        return Ok(Raw::List(items));
    }
    let mut fields = Vec::new();
    for key in js::Object::keys(value).iter() {
        let key = key.as_string().unwrap_or_default();
        push_segment(path, mark, '.', &key);
        let item = js::reflect_get(value, &JsValue::from_str(&key)).unwrap_or(JsValue::UNDEFINED);
        fields.push((key, read(&item, depth + 1, path)?));
    }
    path.truncate(mark);
    Ok(Raw::Object(fields))
}

fn push_segment(path: &mut String, mark: usize, open: char, segment: &str) {
    path.truncate(mark);
    path.push(open);
    path.push_str(segment);
}

/// What a value that cannot be read is, for its error message: `a symbol`, `a function`,
/// `a BigInt`, `a Float32Array`.
fn kind(value: &JsValue) -> String {
    if value.is_symbol() {
        "a symbol".into()
    } else if value.is_bigint() {
        "a BigInt".into()
    } else if value.is_function() {
        "a function".into()
    } else {
        let name = get(&get(value, "constructor"), "name").as_string().unwrap_or_default();
        if name.is_empty() {
            "a value".into()
        } else {
            format!("a {name}")
        }
    }
}
