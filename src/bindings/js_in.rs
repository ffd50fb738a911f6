//! JS values in where serde-wasm-bindgen cannot do the same: the series argument, and the exact
//! message for a value nothing can read.
//!
//! Options go through serde-wasm-bindgen (`options`). The series argument keeps this reader,
//! because serde-wasm-bindgen, given the same value, would
//! - read a BigInt close (`10n`) as the number 10, silently, where this refuses it by path
//!   (`series[0].closes[1] could not be read: a BigInt is not a number, …`);
//! - read a `Uint8Array` or `ArrayBuffer` as bytes and refuse every other typed array, where
//!   this copies an `Int32Array` of day numbers and a `Float64Array` of closes in one block each;
//! - not know the bundle's packed series (dates and closes written into wasm memory by the
//!   façade: `inbox`, www/src/api/pack.js), the path plain arrays of ISO strings take;
//! - say `at [0]: Error: at .closes: Error: at [1]: Error: invalid type: JsValue(Symbol(x)),
//!   expected …` (each error's text is JS `String(error)`, and `Raw` puts the path before it),
//!   where this says `series[0].closes[1] could not be read: a symbol is not a number, …`.
//!
//! Measured 2026-12-01 (Node 20, 8 series × 38,000 closes, each read into `Raw`; median of 15
//! runs, best of 5 processes, on a 2-core machine shared with other builds, so single runs vary
//! up to 2×): arrays of ISO strings and numbers take 181 ms through serde-wasm-bindgen's
//! `from_value::<Raw>` and 144 ms through this reader; the packed form the façade sends for
//! them 9.3 ms (24 ms with the packing in JS); `Int32Array` + `Float64Array` 0.6 ms.

use crate::error::Error;
use crate::input::raw::{Raw, MAX_DEPTH};
use js_sys::{Array, ArrayBuffer, Float64Array, Function, Int32Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// `[generation, slot, length]` when `item` is a series the façade packed into the inbox (under
/// the façade's private symbol, `inbox::key`), else `undefined`.
fn packed_of(item: &JsValue) -> JsValue {
    let key = super::inbox::key();
    if key.is_undefined() || !item.is_object() {
        return JsValue::UNDEFINED;
    }
    Reflect::get(item, &key).unwrap_or(JsValue::UNDEFINED)
}

/// Reads any JS value without coercion. A value that cannot be read (a symbol, a function, a
/// BigInt, a typed array outside `dates`/`closes`, nesting deeper than `MAX_DEPTH`) becomes an
/// `Error` naming the argument (`what`) and the path inside it.
pub fn raw(value: &JsValue, what: &str) -> Result<Raw, Error> {
    read(value, 0).map_err(|e| Error::Unreadable { what: what.into(), path: e.path, detail: e.detail })
}

/// Why a value could not be read, and where: `path` is built as the error goes out through
/// the arrays and objects around it (`[0].closes[3]`), so reading builds no path at all.
struct Unreadable {
    path: String,
    detail: String,
}

impl Unreadable {
    fn new(detail: String) -> Unreadable {
        Unreadable { path: String::new(), detail }
    }

    /// The same error seen from the array or object holding the value, as its `segment`.
    fn within(mut self, segment: std::fmt::Arguments) -> Unreadable {
        self.path.insert_str(0, &segment.to_string());
        self
    }
}

/// `value.key`, `undefined` when `value` is not an object or function or has no such key (getters
/// may throw: that reads as `undefined` too, and the core then says the field is missing).
pub fn get(value: &JsValue, key: &str) -> JsValue {
    if !value.is_object() && !value.is_function() {
        return JsValue::UNDEFINED;
    }
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The closes in a series argument, counted without copying any of them: `(all, plausible)`.
/// `all` is checked against the limits. `plausible` counts only the series that look whole at
/// a glance (dates and closes of the same length, their first and last items present), the
/// memory reserved before reading: a refused input such as `{ dates: { length: 9999999 } }` or
/// `new Array(9999999)` has no memory reserved for it.
pub fn count_closes(array: &Array) -> (f64, f64) {
    array.iter().fold((0.0, 0.0), |(all, plausible), item| {
        let dates = get(&item, "dates");
        let (count, whole) = if let Some(packed) = packed_of(&item).dyn_ref::<Array>() {
            (packed.get(2).as_f64().unwrap_or(0.0), true) // in the inbox already, its size checked
        } else if Array::is_array(&dates) || dates.is_instance_of::<Int32Array>() {
            let length = get(&dates, "length").as_f64().unwrap_or(0.0);
            (length, looks_whole(&dates, &get(&item, "closes"), length))
        } else {
            (0.0, false)
        };
        (all + count, if whole { plausible + count } else { plausible })
    })
}

/// Whether `closes` has `length` items and both arrays have their first and last item.
fn looks_whole(dates: &JsValue, closes: &JsValue, length: f64) -> bool {
    let present =
        |a: &JsValue, i: f64| !Reflect::get(a, &JsValue::from_f64(i)).unwrap_or_default().is_undefined();
    closes.is_object()
        && get(closes, "length").as_f64() == Some(length)
        && length >= 1.0
        && [dates, closes].iter().all(|a| present(a, 0.0) && present(a, length - 1.0))
}

/// One item of the series argument: a packed series, a series with typed arrays (each copied in
/// one block), or anything else read by `raw`.
pub fn series_item(item: &JsValue, position: usize) -> Result<Raw, Error> {
    let what = format!("series[{position}]");
    let packed = packed_of(item);
    if let Some(packed) = packed.dyn_ref::<Array>() {
        return packed_item(item, packed, &what);
    }
    let typed = |key: &str| {
        let value = get(item, key);
        value.is_instance_of::<Int32Array>() || value.is_instance_of::<Float64Array>()
    };
    if !item.is_object() || Array::is_array(item) || !(typed("dates") || typed("closes")) {
        return raw(item, &what);
    }
    let mut fields = Vec::new();
    for key in Object::keys(item.unchecked_ref::<Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        let value = get(item, &key);
        let read = if let Some(days) = value.dyn_ref::<Int32Array>() {
            Raw::Days(days.to_vec())
        } else if let Some(closes) = value.dyn_ref::<Float64Array>() {
            Raw::Floats(closes.to_vec())
        } else {
            raw(&value, &format!("{what}.{key}"))?
        };
        fields.push((key, read));
    }
    Ok(Raw::Object(fields))
}

/// A series the façade packed into the inbox: id and name through `raw`, the dates' bytes and
/// the closes taken from the inbox as they are.
fn packed_item(item: &JsValue, packed: &Array, what: &str) -> Result<Raw, Error> {
    let mut fields = Vec::with_capacity(4);
    for key in ["id", "name"] {
        fields.push((key.to_string(), raw(&get(item, key), &format!("{what}.{key}"))?));
    }
    let number = |i: u32| packed.get(i).as_f64().unwrap_or(-1.0);
    let (generation, slot, length) = (number(0), number(1), number(2));
    let taken = (generation >= 0.0 && slot >= 0.0 && length >= 0.0)
        .then(|| super::inbox::take(generation as u32, slot as usize, length as usize))
        .flatten();
    let Some((dates, closes)) = taken else {
        return Err(Error::Unreadable {
            what: what.into(),
            path: String::new(),
            detail: "its packed dates and closes were replaced before they were read (was IndexCards called \
                     from a getter of the series?)"
                .into(),
        });
    };
    fields.push(("dates".into(), Raw::IsoRun(dates)));
    fields.push(("closes".into(), Raw::Floats(closes)));
    Ok(Raw::Object(fields))
}

fn read(value: &JsValue, depth: u32) -> Result<Raw, Unreadable> {
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
    if ArrayBuffer::is_view(value) {
        return Err(Unreadable::new(format!(
            "{} cannot be read here: dates take an Int32Array of day numbers and closes a Float64Array",
            kind(value)
        )));
    }
    if !value.is_object() || value.is_function() {
        return Err(Unreadable::new(format!(
            "{} is not a number, string, boolean, null, array or plain object",
            kind(value)
        )));
    }
    if depth >= MAX_DEPTH {
        return Err(Unreadable::new(format!(
            "input is nested deeper than {MAX_DEPTH} levels of arrays and objects"
        )));
    }
    if let Some(array) = value.dyn_ref::<Array>() {
        let mut items = Vec::with_capacity(array.length().min(1 << 16) as usize);
        for (i, item) in array.iter().enumerate() {
            items.push(read(&item, depth + 1).map_err(|e| e.within(format_args!("[{i}]")))?);
        }
        return Ok(Raw::List(items));
    }
    let mut fields = Vec::new();
    for key in Object::keys(value.unchecked_ref::<Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        let item = read(&get(value, &key), depth + 1).map_err(|e| e.within(format_args!(".{key}")))?;
        fields.push((key, item));
    }
    Ok(Raw::Object(fields))
}

/// What a value that cannot be read is, for its error message: `a symbol`, `a function`,
/// `a BigInt`, `a Float32Array`.
pub fn kind(value: &JsValue) -> String {
    if value.is_symbol() {
        "a symbol".into()
    } else if value.is_bigint() {
        "a BigInt".into()
    } else if value.is_function() {
        "a function".into()
    } else {
        let name = get(value, "constructor")
            .dyn_ref::<Function>()
            .map(|f| String::from(f.name()))
            .unwrap_or_default();
        if name.is_empty() {
            "a value".into()
        } else {
            format!("a {name}")
        }
    }
}
