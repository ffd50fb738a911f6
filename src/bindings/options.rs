//! Options objects in: read into `Raw` by serde-wasm-bindgen (`Raw` implements `Deserialize`).
//!
//! When serde-wasm-bindgen cannot read the value (a Symbol or a function inside it, nesting
//! deeper than `MAX_DEPTH`, an iterable that is not an array or a Map), `js_in` reads it again,
//! only to give the message the API has always given: the path and the kind of what could not
//! be read (`options.asOf could not be read: a symbol is not a number, …`), where
//! serde-wasm-bindgen's says `at .asOf: Error: invalid type: JsValue(Symbol(d)), expected …`.
//! What it reads differently from `js_in` is lenient, never lossy in meaning: a BigInt within
//! 64 bits reads as its number, a `Map` as an object, `-0` as `0`.
//!
//! Its cost is in BENCHMARKS.md (2026-12-01): 14.8 KB of the bundle's gzip, most of it
//! `core::fmt`'s float printing, which serde's `invalid_type` messages (`Unexpected::Float`)
//! link into the wasm.

use super::js_in;
use crate::error::Error;
use crate::input::raw::Raw;
use wasm_bindgen::JsValue;

/// The options argument (`null`/`undefined` read as `Raw::Null`: no options).
pub fn read(value: &JsValue) -> Result<Raw, Error> {
    serde_wasm_bindgen::from_value::<Raw>(value.clone()).or_else(|_| js_in::raw(value, "options"))
}
