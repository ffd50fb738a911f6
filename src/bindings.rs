//! The one wasm-bindgen layer: JS values in as `Raw`, `api` called, results out as plain objects.

use crate::api;
use crate::error::Error;
use crate::raw::{self, Raw};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Reads any JS value without coercion; a value that cannot be read becomes an `Error` that
/// names the argument (`what`) and the path inside it.
fn from_js(value: JsValue, what: &'static str) -> Result<Raw, JsError> {
    serde_wasm_bindgen::from_value(value).map_err(|e| {
        let message = e.to_string();
        let (path, detail) = raw::split_path(&message);
        fail(Error::Unreadable {
            what,
            path: path.into(),
            detail: detail.into(),
        })
    })
}

/// Plain objects and arrays, `null` (not `undefined`) for a missing figure.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    value
        .serialize(&serializer)
        .map_err(|e| JsError::new(&e.to_string()))
}

fn fail(error: Error) -> JsError {
    JsError::new(&error.to_string())
}

/// One performance card per series, in input order.
///
/// ```js
/// const [rut] = IndexCards.summarize(
///   [{ id: "RUT", name: "Russell 2000", dates: ["2024-11-15", "2024-11-22"], closes: [2303.84, 2406.67] }],
///   { asOf: "2024-11-22" },
/// );
/// rut.wtd; // 0.04463… (+4.5% week to date)
/// ```
/// Throws an `Error` naming the series, field, index and date of the first bad input.
#[wasm_bindgen(js_name = summarize)]
pub fn summarize(series: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let cards =
        api::summarize(&from_js(series, "series")?, &from_js(options, "options")?).map_err(fail)?;
    to_js(&cards)
}

/// The display-ready model the page renders: formatted cards (en-US) and sorted YTD bars.
///
/// ```js
/// const v = IndexCards.view(series, { asOf: "2024-11-22" });
/// v.cards[0].level;     // "2,406.67"
/// v.cards[0].rows[3];   // { key: "YTD", text: "+18.7%", dir: "up", arrow: "▲", … }
/// v.ytd.map(b => b.id); // ids, highest YTD first
/// ```
#[wasm_bindgen(js_name = view)]
pub fn view(series: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let view =
        api::view(&from_js(series, "series")?, &from_js(options, "options")?).map_err(fail)?;
    to_js(&view)
}

/// The crate version the bundle was built from.
///
/// ```js
/// IndexCards.version(); // "0.1.0"
/// ```
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
