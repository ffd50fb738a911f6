//! The inbox: space in wasm memory that the façade writes plain series into (www/src/api/pack.js),
//! so the fast input path costs one copy made by the platform and no JS value per close.
//!
//! For each series whose dates are all 10-character strings and whose closes are all numbers,
//! the façade asks for a byte buffer of ten bytes a date and an `f64` buffer of one word a close
//! (`inbox`), writes the dates there with `TextEncoder.encodeInto` (the platform's own copy, of
//! the dates concatenated) and the closes with `Float64Array.prototype.set`, and passes
//! `{ id, name, [key]: [generation, slot, length] }` in the series' place, `key` being a `Symbol`
//! private to the façade and handed over with each `inbox` call, so no caller's object can carry
//! it and claim another series' buffers (a string key could be forged). The reader
//! (`js_in::series_item`) takes the two buffers out as the series' own vectors: the closes are
//! never copied again, and the dates are parsed from their bytes by `calendar::parse_bytes`,
//! which refuses anything but a valid `YYYY-MM-DD` (a non-ASCII date makes the façade keep the
//! series as given, so its message stays exact).
//!
//! A call replaces the whole inbox and bumps the generation; a series whose generation or length
//! does not match (a getter that called the API in between) is refused, never misread. Whatever is
//! left is freed when the call that reads it ends (`clear`), so the inbox holds memory only during
//! one call.
//!
//! Why not the joined string this replaced: `Array.prototype.join` costs 60–80 ns a date in V8
//! (BENCHMARKS.md, 2026-12-02), more than the plain-JS yardstick's whole date parsing, and a JS
//! string crossing into wasm is copied by wasm-bindgen's glue one character at a time.

use std::cell::RefCell;
use wasm_bindgen::JsValue;

/// The buffers of one call: for each packed series, its date bytes and its closes.
#[derive(Default)]
struct Inbox {
    generation: u32,
    slots: Vec<Option<(Vec<u8>, Vec<f64>)>>,
}

thread_local! {
    static INBOX: RefCell<Inbox> = RefCell::new(Inbox::default());
    /// The key packed series carry their place in the inbox under (`open`'s `key`).
    static KEY: RefCell<JsValue> = const { RefCell::new(JsValue::UNDEFINED) };
}

/// The key packed series carry (`undefined` before the façade's first `open`).
pub fn key() -> JsValue {
    KEY.with(|k| k.borrow().clone())
}

/// Allocates a date buffer (10 bytes a close) and a close buffer for each length in `lengths`,
/// replacing what the inbox held; returns `[generation, dates0, closes0, dates1, closes1, …]`,
/// the buffers' addresses in wasm memory (bytes), or an empty list when the input is over the
/// limits (the façade then passes it as given, and the reader refuses it with its message).
/// `key` is the `Symbol` the façade marks its packed series with (see the module comment); only
/// a symbol is kept.
pub fn open(lengths: &[u32], key: JsValue) -> Vec<u32> {
    if key.is_symbol() {
        KEY.with(|k| *k.borrow_mut() = key);
    }
    let total: u64 = lengths.iter().map(|&n| u64::from(n)).sum();
    if lengths.len() > crate::limits::MAX_SERIES || total > crate::limits::MAX_CLOSES as u64 {
        clear();
        return Vec::new();
    }
    INBOX.with(|inbox| {
        let mut inbox = inbox.borrow_mut();
        inbox.generation = inbox.generation.wrapping_add(1);
        inbox.slots =
            lengths.iter().map(|&n| Some((vec![0u8; n as usize * 10], vec![0.0f64; n as usize]))).collect();
        let mut out = Vec::with_capacity(1 + 2 * lengths.len());
        out.push(inbox.generation);
        for (dates, closes) in inbox.slots.iter().flatten() {
            out.push(dates.as_ptr() as usize as u32);
            out.push(closes.as_ptr() as usize as u32);
        }
        out
    })
}

/// Takes the buffers of `slot` if they belong to `generation` and hold `length` closes.
pub fn take(generation: u32, slot: usize, length: usize) -> Option<(Vec<u8>, Vec<f64>)> {
    INBOX.with(|inbox| {
        let mut inbox = inbox.borrow_mut();
        if inbox.generation != generation {
            return None;
        }
        let taken = inbox.slots.get_mut(slot)?.take()?;
        (taken.1.len() == length && taken.0.len() == 10 * length).then_some(taken)
    })
}

/// Frees whatever the inbox still holds (series that were not read, after an error).
pub fn clear() {
    INBOX.with(|inbox| inbox.borrow_mut().slots = Vec::new());
}
