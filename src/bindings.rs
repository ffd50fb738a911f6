//! The one wasm-bindgen layer: JS values in (options through serde-wasm-bindgen into `Raw`, then
//! the core's typed-request parsers; series through `js_in`; CSV bytes through web-sys'
//! TextDecoder), the core called, results out through serde-wasm-bindgen from the core's own
//! `Serialize` types (`json_compatible`: missing figures are `null`, never `undefined`).
//!
//! The façade (www/src/api/) wraps these exports: it packs series for the fast path, gives the
//! freed-Deck error, and keeps the test hook (`memoryBytes`) out of the public API.

mod decode;
mod inbox;
mod js_in;
mod options;

use crate::api;
use crate::core::calendar::{self, Day};
use crate::core::deck::{Deck, DeckBuild};
use crate::core::period::Period;
use crate::core::request::{AsOf, ChartRequest, CompareRequest, SparkRequest};
use crate::error::Error;
use crate::input::raw::Raw;
use crate::input::request::{Options, PushRequest};
use js_sys::{Array, Float64Array, Int32Array, JsString};
use serde::Serialize;
use serde_wasm_bindgen::Serializer;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How every result is written: plain objects and arrays, `null` for a missing value, maps as
/// objects, 64-bit integers as numbers (all are counts and lines far below 2^53).
const JSON: Serializer = Serializer::json_compatible();

/// A result as a JS value, written by serde-wasm-bindgen from its `Serialize` type.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&JSON).map_err(|e| JsError::new(&e.to_string()))
}

fn fail(error: Error) -> JsError {
    JsError::new(&error.to_string())
}

/// Reads an options argument (see `options`); an unreadable value throws an `Error` naming the
/// path inside it.
fn options_from_js(value: &JsValue) -> Result<Raw, JsError> {
    options::read(value).map_err(fail)
}

/// Reads the series argument (see `js_in` for why not through serde-wasm-bindgen). `dates`
/// given as an `Int32Array` of day numbers and `closes` as a `Float64Array` are copied across in
/// one block each, with no per-element conversion, and so is a series the façade packed.
/// Series the façade packed are taken from the inbox (`inbox`), which is empty again afterwards.
fn series_from_js(value: &JsValue) -> Result<Raw, JsError> {
    let read = read_series(value);
    inbox::clear();
    read
}

fn read_series(value: &JsValue) -> Result<Raw, JsError> {
    let Some(array) = value.dyn_ref::<Array>() else {
        return js_in::raw(value, "series").map_err(fail);
    };
    reserve_for(array)?;
    let mut items = Vec::with_capacity(array.length() as usize);
    for (position, item) in array.iter().enumerate() {
        items.push(js_in::series_item(&item, position).map_err(fail)?);
    }
    Ok(Raw::List(items))
}

/// Space for the façade to write series of `lengths` closes into before a `summarize` or
/// `new Deck` (see `inbox`): `[generation, dates0, closes0, dates1, closes1, …]`, addresses in
/// wasm memory; empty when the input is over the limits. `key` is the façade's private `Symbol`
/// that packed series carry their place under.
#[wasm_bindgen(js_name = inbox)]
pub fn open_inbox(lengths: Vec<u32>, key: JsValue) -> Vec<u32> {
    inbox::open(&lengths, key)
}

/// A scalar argument of a `Deck` method (an id, a date, a close) as `Raw`, for the typed parsers
/// to check and name. Objects and arrays are not read inside (they are refused by their kind
/// alone), so no getter runs while wasm-bindgen holds the Deck borrowed.
fn scalar(value: &JsValue, what: &str) -> Result<Raw, JsError> {
    if Array::is_array(value) {
        Ok(Raw::List(Vec::new()))
    } else if value.is_object() {
        Ok(Raw::Object(Vec::new()))
    } else {
        js_in::raw(value, what).map_err(fail)
    }
}

/// Takes the memory a large input will need from the browser in one step. Growing wasm memory
/// a page at a time while millions of JS strings are alive makes V8 collect garbage at every
/// step: measured 10 s for 1,000 series × 2,520 closes on a fresh instance against 0.3 s warm.
/// One allocation of the estimate, freed at once, leaves that memory with the allocator.
/// Input over the limits (`limits::MAX_SERIES`, `limits::MAX_CLOSES`) is refused here, before
/// any of it is copied into wasm.
fn reserve_for(array: &Array) -> Result<(), JsError> {
    // Measured 2026-12-01: 2.52 M closes (1,000 series × 2,520) peak at 127.4 MB of wasm memory
    // with the typed core (100 MB before it). An estimate below the peak leaves the rest to grow
    // a few pages at a time: back to a GC storm (the first call took 15 s instead of 1 s).
    const BYTES_PER_CLOSE: f64 = 56.0;
    let (closes, plausible) = js_in::count_closes(array);
    if closes > crate::limits::MAX_CLOSES as f64 || array.length() as usize > crate::limits::MAX_SERIES {
        return Err(fail(Error::TooMuchData { series: array.length() as usize, closes: closes as usize }));
    }
    let bytes = plausible * BYTES_PER_CLOSE;
    // Memory that has grown once stays with the allocator: only a larger need reserves again.
    if bytes > 16.0 * 1_048_576.0 && bytes > memory_bytes() {
        let mut block: Vec<u8> = Vec::new();
        // try_reserve: if the browser will not give that much, carry on and grow as needed.
        if block.try_reserve_exact(bytes as usize).is_ok() {
            drop(std::hint::black_box(block));
        }
    }
    Ok(())
}

/// The reader's calendar date today, in local time (what "today" means to the person reading).
fn today() -> Day {
    let now = js_sys::Date::new_0();
    calendar::from_ymd(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
}

/// ISO dates as one JS array of strings, built in bulk: the dates joined in Rust, one string
/// across the boundary, split by JS (`String.prototype.split`) into the array. Crossing one
/// string per date costs a TextDecoder call each (BENCHMARKS.md, 2026-12-02).
fn iso_array(days: impl ExactSizeIterator<Item = Day>) -> Array {
    if days.len() == 0 {
        return Array::new();
    }
    // Bytes, a block per date: pushing chars was 5% of parseCsv on sp500.csv (profiled 2026-12-01).
    let mut joined = Vec::with_capacity(days.len() * 11);
    for day in days {
        joined.extend_from_slice(&calendar::iso_bytes(day));
        joined.push(b',');
    }
    joined.pop();
    // Always UTF-8: ISO dates and commas are ASCII.
    JsString::from(std::str::from_utf8(&joined).unwrap_or_default()).split(",")
}

/// Closes as one JS array of numbers (`number[]`, not a `Float64Array`): copied out of wasm
/// memory in one block, then made an `Array` by `Array.from`.
fn number_array(values: &[f64]) -> Array {
    Array::from(&Float64Array::from(values))
}

/// The crate version the bundle was built from (`IndexCards.version`).
///
/// ```js
/// IndexCards.version; // "0.1.0"
/// ```
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Every period, in order, with how to word it and whether the element shows it as a tab
/// (`IndexCards.periods`).
///
/// ```js
/// IndexCards.periods.filter((p) => p.tab).map((p) => p.key); // ["1W", "MTD", "QTD", "YTD", "1Y", "5Y", "MAX"]
/// ```
#[wasm_bindgen(js_name = periods)]
pub fn periods() -> Result<JsValue, JsError> {
    to_js(&Period::infos())
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
    // On a bad option the series are not read: the inbox is emptied here instead.
    let options = options_from_js(&options).inspect_err(|_| inbox::clear())?;
    let cards = api::summarize(series_from_js(&series)?, &options).map_err(fail)?;
    to_js(&cards)
}

/// Reads a CSV download (Yahoo Finance, Stooq, FRED, Investing.com or plain `date,close`) into
/// a series object `summarize` accepts, with the skipped missing days listed and the date order
/// and decimal mark it was read with. The CSV is text, or the file's bytes (`Uint8Array`,
/// `ArrayBuffer`), decoded by TextDecoder: by its byte-order mark (UTF-8, UTF-16LE/BE), else as
/// the `encoding` option says, else as UTF-8.
///
/// ```js
/// const rut = IndexCards.parseCsv(text, { id: "RUT", name: "Russell 2000" });
/// rut.format;   // "yahoo"
/// rut.skipped;  // [{ line: 4, date: "2024-11-21", value: "null" }]
/// const dax = IndexCards.parseCsv(await file.arrayBuffer(), { id: "DAX", encoding: "windows-1252", decimal: "," });
/// ```
///
/// With `typed: true` the dates are an `Int32Array` of day numbers (days since 1970-01-01) and
/// the closes a `Float64Array`: what `summarize` and `Deck` read fastest, and what a worker hands
/// over without a copy (`parseCsvAsync`).
///
/// ```js
/// const big = IndexCards.parseCsv(bytes, { id: "SPX", typed: true });
/// big.dates; // Int32Array [-15343, -15339, …]
/// ```
#[wasm_bindgen(js_name = parseCsv)]
pub fn parse_csv(input: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let options = options_from_js(&options)?;
    let text = decode::csv_input(&input, &options).map_err(|e| JsError::new(&e))?;
    let typed = Options::read(&options, &decode::KNOWN).and_then(|o| o.flag("typed")).map_err(fail)?;
    let mut csv = api::parse_csv_with(&text, &options, &decode::KNOWN).map_err(|e| JsError::new(&e))?;
    // The two long arrays are written in bulk (`iso_array`, `number_array`, or one typed array
    // each) and put in their places in the object serde-wasm-bindgen writes; every other field
    // is serde's.
    let days = std::mem::take(&mut csv.dates).into_iter().map(|d| d.day());
    let (dates, closes): (JsValue, JsValue) = if typed == Some(true) {
        let days: Vec<Day> = days.collect();
        (Int32Array::from(days.as_slice()).into(), Float64Array::from(csv.closes.as_slice()).into())
    } else {
        (iso_array(days).into(), number_array(&csv.closes).into())
    };
    csv.closes = Vec::new();
    let out = to_js(&csv)?;
    js_sys::Reflect::set(&out, &JsValue::from_str("dates"), &dates).map_err(|_| JsError::new("dates"))?;
    js_sys::Reflect::set(&out, &JsValue::from_str("closes"), &closes).map_err(|_| JsError::new("closes"))?;
    Ok(out)
}

/// Bytes of WebAssembly memory in use (it only grows): the tests' check that decks do not leak.
/// The façade keeps it off the API, under `IndexCards[Symbol.for("indexcards.test")]`.
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        (core::arch::wasm32::memory_size(0) * 65_536) as f64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

/// An options object, read before a `Deck` method runs. Reading calls the object's getters, and
/// a getter that throws would unwind through wasm with the Deck still borrowed by wasm-bindgen:
/// every later `push`, `cards` and `free` on it would fail ("recursive use of an object"). Read
/// here first, a throwing getter only fails its own call. The façade makes one per call and
/// frees it (www/src/api/deck.js).
#[wasm_bindgen(js_name = Options)]
pub struct JsOptions {
    raw: Raw,
}

#[wasm_bindgen(js_class = Options)]
impl JsOptions {
    /// Reads `options` as every export does (see `options_from_js`).
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<JsOptions, JsError> {
        Ok(JsOptions { raw: options_from_js(&options)? })
    }
}

/// Series loaded and validated once, then asked for any date and period without re-reading
/// them: what the element uses while the as-of slider moves and ticks arrive.
///
/// ```js
/// const deck = new IndexCards.Deck(series);
/// deck.cards("2024-06-28");
/// deck.chart({ period: "QTD", width: 720, height: 360 });
/// deck.free(); // or let it be garbage-collected
/// ```
#[wasm_bindgen(js_name = Deck)]
pub struct JsDeck {
    deck: Deck,
}

#[wasm_bindgen(js_class = Deck)]
impl JsDeck {
    /// Validates `series` (as `summarize` does); throws on bad input.
    #[wasm_bindgen(constructor)]
    pub fn new(series: JsValue) -> Result<JsDeck, JsError> {
        Ok(JsDeck { deck: api::load(series_from_js(&series)?).map_err(fail)? })
    }

    /// The loaded series, in input order: `{ id, name, firstDate, lastDate, length }`.
    ///
    /// ```js
    /// deck.series.map((s) => s.id); // ["RUT", "SPX"]
    /// ```
    #[wasm_bindgen(getter)]
    pub fn series(&self) -> Result<JsValue, JsError> {
        to_js(&self.deck.series_info())
    }

    /// Cards of every series at `asOf` (`"YYYY-MM-DD"` or a day number; default: each one's
    /// last date), in input order.
    ///
    /// ```js
    /// deck.cards("2024-06-28").map((c) => c.ytd);
    /// ```
    pub fn cards(&self, as_of: JsValue) -> Result<JsValue, JsError> {
        let as_of = AsOf::from_arg(&scalar(&as_of, "asOf")?).map_err(fail)?;
        to_js(&self.deck.cards(as_of).map_err(fail)?)
    }

    /// The card of series `id` at `asOf` (default: its last date).
    ///
    /// ```js
    /// deck.card("RUT", "2024-11-22").wtd;
    /// ```
    pub fn card(&self, id: JsValue, as_of: JsValue) -> Result<JsValue, JsError> {
        let id = match scalar(&id, "id")? {
            Raw::Text(id) => id,
            other => {
                return Err(fail(Error::BadOption {
                    option: "id",
                    expected: "a string",
                    found: other.preview(),
                }))
            }
        };
        let as_of = AsOf::from_arg(&scalar(&as_of, "asOf")?).map_err(fail)?;
        to_js(&self.deck.card(&id, as_of).map_err(fail)?)
    }

    /// A new close: for a series' last date it replaces that close (an intraday tick), for a
    /// later date up to tomorrow it appends. Anything else throws and changes nothing.
    ///
    /// ```js
    /// deck.push("RUT", "2024-11-25", 2442.03); // { appended: true }
    /// ```
    pub fn push(&mut self, id: JsValue, date: JsValue, close: JsValue) -> Result<JsValue, JsError> {
        let request =
            PushRequest::from_raw(&scalar(&id, "id")?, &scalar(&date, "date")?, &scalar(&close, "close")?)
                .and_then(|r| r.not_after_tomorrow(today()))
                .map_err(fail)?;
        to_js(&self.deck.push(&request.id, request.day, request.close).map_err(fail)?)
    }

    /// The rebased comparison on one common date.
    ///
    /// ```js
    /// deck.compare({ period: "MTD", reference: "SPX" }).series[0].return;
    /// ```
    pub fn compare(&self, options: &JsOptions) -> Result<JsValue, JsError> {
        let request = CompareRequest::from_raw(&options.raw).map_err(fail)?;
        to_js(&self.deck.compare(&request).map_err(fail)?)
    }

    /// The comparison drawn: chart geometry, crosshair samples and sparklines, bounded by pixels.
    ///
    /// ```js
    /// deck.chart({ period: "1Y", width: 600, height: 300 }).lines[0].d;
    /// ```
    pub fn chart(&self, options: &JsOptions) -> Result<JsValue, JsError> {
        let request = ChartRequest::from_raw(&options.raw).map_err(fail)?;
        to_js(&self.deck.chart(&request).map_err(fail)?)
    }

    /// The cards' sparklines alone, as `chart(…).sparks` (one per series, `null` where there is
    /// nothing to draw), without drawing the chart: for cards shown while the chart is not.
    ///
    /// ```js
    /// deck.sparks({ period: "YTD", width: 120, height: 34 })[0].d;
    /// ```
    pub fn sparks(&self, options: &JsOptions) -> Result<JsValue, JsError> {
        let request = SparkRequest::from_raw(&options.raw).map_err(fail)?;
        to_js(&self.deck.sparks(&request).map_err(fail)?)
    }

    /// Every date of any loaded series, ascending (`YYYY-MM-DD`): the stops of an as-of slider.
    ///
    /// ```js
    /// const stops = deck.dates();
    /// ```
    pub fn dates(&self) -> JsValue {
        iso_array(self.deck.days().into_iter()).into()
    }

    /// `dates()` as day numbers (days since 1970-01-01), in one `Int32Array`: no string per
    /// date (`<index-cards>` keeps its slider's stops so, and writes a date only when shown).
    ///
    /// ```js
    /// const days = deck.days(); // Int32Array
    /// new Date(days[0] * 86400000).toISOString().slice(0, 10); // its first date
    /// ```
    pub fn days(&self) -> Int32Array {
        Int32Array::from(self.deck.days().as_slice())
    }
}

/// The builder behind `IndexCards.Deck.build` (www/src/api/deck.js): the series validated at
/// once, their tracks built a slice at a time between turns of the page's event loop.
///
/// ```js
/// const deck = await IndexCards.Deck.build(series); // a Deck, as `new IndexCards.Deck(series)`
/// ```
#[wasm_bindgen(js_name = DeckBuilder)]
pub struct JsDeckBuilder {
    build: DeckBuild,
}

#[wasm_bindgen(js_class = DeckBuilder)]
impl JsDeckBuilder {
    /// Validates `series` as `new Deck` does; throws on bad input.
    #[wasm_bindgen(constructor)]
    pub fn new(series: JsValue) -> Result<JsDeckBuilder, JsError> {
        Ok(JsDeckBuilder { build: api::load_in_steps(series_from_js(&series)?).map_err(fail)? })
    }

    /// Builds up to `closes` more closes (at least one); true when every series is built.
    ///
    /// ```js
    /// while (!builder.step(16384)) await nextTask();
    /// ```
    pub fn step(&mut self, closes: u32) -> bool {
        self.build.step(closes.max(1) as usize)
    }

    /// The Deck, what is left built now; the builder is spent.
    ///
    /// ```js
    /// const deck = builder.finish();
    /// ```
    pub fn finish(self) -> JsDeck {
        JsDeck { deck: self.build.finish() }
    }
}
