//! CSV bytes in: a `Uint8Array` or `ArrayBuffer` decoded by the browser's (or Node's)
//! `TextDecoder` through web-sys, with `fatal: true`, so a byte that is not text in the encoding
//! is an error naming the encoding, never a U+FFFD inside a date or a close. UTF-8 is not decoded:
//! its bytes are copied into wasm and checked by std's validator (the same rules).
//!
//! The encoding: a byte-order mark decides (UTF-8, or UTF-16LE/BE as Excel's "Unicode text"
//! writes it), as the WHATWG Encoding Standard's `decode` does for documents; otherwise the
//! `encoding` option (any label TextDecoder knows, e.g. `"windows-1252"`), otherwise UTF-8.
//! The size limit is checked on the bytes (and on a string's UTF-8 bytes, encoded by `TextEncoder`)
//! before anything is decoded or copied into wasm.

use super::js_in;
use crate::error::{quote, Error};
use crate::input::csv::CsvError;
use crate::input::raw::Raw;
use crate::input::request::Options;
use crate::limits::MAX_CSV_BYTES;
use js_sys::{Array, ArrayBuffer, Function, JsString, Reflect, Uint8Array};
use std::string::FromUtf8Error;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{TextDecoder, TextDecoderOptions, TextEncoder};

/// The options `parseCsv` knows: `encoding` here, `typed` in `bindings::parse_csv` (how the
/// result is written), the rest in `api::parse_csv` (`api::CSV_KEYS`).
pub const KNOWN: [&str; 6] = ["id", "name", "encoding", "dateOrder", "decimal", "typed"];

/// What `api::parse_csv` takes: the CSV as text. Errors are the API's messages: an option, the
/// first argument's type, the size, the encoding.
pub fn csv_input(input: &JsValue, options: &Raw) -> Result<Raw, String> {
    let o = Options::read(options, &KNOWN).map_err(|e| e.to_string())?;
    let label = o.text("encoding").map_err(|e| e.to_string())?.map(str::to_owned);
    // Messages about the file start with its id, as the CSV's own errors do.
    let who = match o.text("id") {
        Ok(Some(id)) if !id.trim().is_empty() => format!("{}: ", quote(id)),
        _ => String::new(),
    };
    if let Some(string) = input.dyn_ref::<JsString>() {
        if let Some(label) = label {
            return Err(Error::BadOption {
                option: "encoding",
                expected: "left out when the CSV is given as a string (it is text already; encoding says how bytes are decoded)",
                found: quote(&label),
            }
            .to_string());
        }
        return text_of(string, &who).map(Raw::Text);
    }
    let Some(bytes) = bytes_of(input) else {
        let kind = kind(input);
        let read =
            if kind == "a Blob" || kind == "a File" { ", e.g. `await file.arrayBuffer()`" } else { "" };
        return Err(format!(
            "parseCsv's first argument must be the CSV text as a string, got {kind} (or its bytes as a Uint8Array or \
             ArrayBuffer{read})"
        ));
    };
    let size =
        Reflect::get(input, &JsValue::from_str("byteLength")).ok().and_then(|n| n.as_f64()).unwrap_or(0.0);
    if size > MAX_CSV_BYTES as f64 {
        return Err(format!("{who}{}", CsvError::TooLarge { bytes: size as usize }));
    }
    Ok(Raw::Text(decode(&bytes, label.as_deref(), &who)?))
}

/// The text of a JS string, its size checked before any of it is copied into wasm. The engine's
/// `TextEncoder` encodes it outside wasm memory (a string whose UTF-8 bytes are over the limit is
/// refused there, so it never grows wasm memory) and its bytes are copied in at once.
/// wasm-bindgen's own copy (`String::from`) walks the string a UTF-16 unit at a time in JS: 18% of
/// parseCsv on sp500.csv (profiled 2026-12-01), against a native encode and one block copy here.
fn text_of(string: &JsString, who: &str) -> Result<String, String> {
    // web-sys's `TextEncoder::encode_with_input` takes a `&str` (a copy into wasm first), so the
    // encoder's `encode` is called through js-sys with the JS string itself.
    let unavailable = |_| format!("{who}the CSV string could not be measured: TextEncoder is not available");
    let encoder = TextEncoder::new().map_err(unavailable)?;
    let bytes = Reflect::get(&encoder, &JsValue::from_str("encode"))
        .and_then(|encode| encode.dyn_into::<Function>())
        .and_then(|encode| encode.call1(&encoder, string))
        .and_then(|bytes| bytes.dyn_into::<Uint8Array>())
        .map_err(unavailable)?;
    if bytes.length() as usize > MAX_CSV_BYTES {
        return Err(format!("{who}{}", CsvError::TooLarge { bytes: bytes.length() as usize }));
    }
    // TextEncoder writes a lone surrogate as U+FFFD, as wasm-bindgen's copy of a string does.
    String::from_utf8(bytes.to_vec()).map_err(|_| format!("{who}TextEncoder gave bytes that are not UTF-8"))
}

/// A view of the bytes of a `Uint8Array` (a Node `Buffer` is one) or an `ArrayBuffer`; no copy.
fn bytes_of(value: &JsValue) -> Option<Uint8Array> {
    if let Some(bytes) = value.dyn_ref::<Uint8Array>() {
        Some(bytes.clone())
    } else {
        value.dyn_ref::<ArrayBuffer>().map(|buffer| Uint8Array::new(buffer))
    }
}

/// The text of `bytes`; `who` starts the messages.
fn decode(bytes: &Uint8Array, label: Option<&str>, who: &str) -> Result<String, String> {
    // An unknown label is an error even when a byte-order mark decides, so a typo never passes.
    let given = label.map(decoder).transpose()?;
    let (decoder, why) = match byte_order_mark(bytes) {
        Some(bom) => (decoder(bom)?, "the file starts with its byte-order mark"),
        None => match given {
            Some(given) => (given, "the encoding option names it"),
            None => (
                decoder("utf-8")?,
                "it is the default (the file has no byte-order mark and no encoding option was given)",
            ),
        },
    };
    let encoding = decoder.encoding();
    let refused = |place: String| {
        format!(
            "{who}the CSV bytes are not valid {encoding} text{place}: {encoding} was tried because {why}; if the file \
             was saved in another encoding, pass its label, e.g. parseCsv(bytes, {{ id, encoding: \"windows-1252\" }}) \
             (any label TextDecoder knows: \"iso-8859-15\", \"shift_jis\", \"utf-16le\", …)"
        )
    };
    // UTF-8 needs no decoding: the bytes are copied into wasm in one block and checked there by
    // std's validator (the same rules as TextDecoder's), where TextDecoder's string would be
    // copied in a UTF-16 unit at a time; the validator's error also says where the first bad
    // byte is.
    if encoding == "utf-8" {
        return match String::from_utf8(bytes.to_vec()) {
            Ok(mut text) => {
                // TextDecoder drops the byte-order mark.
                if text.starts_with('\u{feff}') {
                    text.remove(0);
                }
                Ok(text)
            }
            Err(e) => Err(refused(first_bad_line(&e))),
        };
    }
    decoder.decode_with_buffer_source(bytes).map_err(|_| refused(String::new()))
}

/// A fatal TextDecoder for `label`; an unknown label is an option error.
fn decoder(label: &str) -> Result<TextDecoder, String> {
    let options = TextDecoderOptions::new();
    options.set_fatal(true);
    TextDecoder::new_with_label_and_options(label, &options).map_err(|_| {
        Error::BadOption {
            option: "encoding",
            expected:
                "an encoding label TextDecoder knows, such as \"utf-8\", \"windows-1252\", \"iso-8859-15\", \
                       \"shift_jis\" or \"utf-16le\"",
            found: quote(label),
        }
        .to_string()
    })
}

/// The encoding a byte-order mark at the start of `bytes` names, if there is one.
fn byte_order_mark(bytes: &Uint8Array) -> Option<&'static str> {
    match bytes.subarray(0, bytes.length().min(3)).to_vec().as_slice() {
        [0xEF, 0xBB, 0xBF, ..] => Some("utf-8"),
        [0xFF, 0xFE, ..] => Some("utf-16le"),
        [0xFE, 0xFF, ..] => Some("utf-16be"),
        _ => None,
    }
}

/// ` (first at line N)` for bytes that std's validator (the same rules as TextDecoder's) found
/// are not UTF-8.
fn first_bad_line(error: &FromUtf8Error) -> String {
    let valid = error.as_bytes().get(..error.utf8_error().valid_up_to()).unwrap_or_default();
    format!(" (first at line {})", 1 + valid.iter().filter(|&&b| b == b'\n').count())
}

/// What the first argument is, when it is neither text nor bytes: `a number`, `null`, `a DataView`.
fn kind(value: &JsValue) -> String {
    if value.is_undefined() || value.is_null() {
        return "null".into();
    } else if value.as_f64().is_some() {
        return "a number".into();
    } else if value.as_bool().is_some() {
        return "a boolean".into();
    } else if Array::is_array(value) {
        return "an array".into();
    }
    match js_in::kind(value).as_str() {
        "a Object" | "a value" => "an object".into(),
        other => other.into(),
    }
}
