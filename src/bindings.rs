//! The one wasm-bindgen layer: JS values in (options through serde-wasm-bindgen, series through
//! `js_in`, CSV bytes through web-sys' TextDecoder), the core called, results out as plain objects.

mod decode;
mod js_in;
mod js_out;
mod options;

use crate::api;
use crate::core::deck::Deck;
use crate::error::Error;
use crate::input::raw::Raw;
use crate::output::view;
use js_out::ToJs;
use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Reads an options argument (see `options`); an unreadable value throws an `Error` naming the
/// path inside it.
fn options_from_js(value: &JsValue) -> Result<Raw, JsError> {
    options::read(value).map_err(fail)
}

/// Reads the series argument (see `js_in` for why not through serde-wasm-bindgen). `dates`
/// given as an `Int32Array` of day numbers and `closes` as a `Float64Array` are copied across in
/// one block each, with no per-element conversion, and so is a series the façade packed.
fn series_from_js(value: &JsValue) -> Result<Raw, JsError> {
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

/// Takes the memory a large input will need from the browser in one step. Growing wasm memory
/// a page at a time while millions of JS strings are alive makes V8 collect garbage at every
/// step: measured 10 s for 1,000 series × 2,520 closes on a fresh instance against 0.3 s warm.
/// One allocation of the estimate, freed at once, leaves that memory with the allocator.
/// Input over the limits (`limits::MAX_SERIES`, `limits::MAX_CLOSES`) is refused here, before
/// any of it is copied into wasm.
fn reserve_for(array: &Array) -> Result<(), JsError> {
    const BYTES_PER_CLOSE: f64 = 40.0; // measured: 2.52 M closes peak at about 100 MB
    let closes = js_in::count_closes(array);
    if closes > crate::limits::MAX_CLOSES as f64 || array.length() as usize > crate::limits::MAX_SERIES {
        return Err(fail(Error::TooMuchData { series: array.length() as usize, closes: closes as usize }));
    }
    let bytes = closes * BYTES_PER_CLOSE;
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

/// Numbers per packed card: date, close, d1, wtd, mtd, qtd, ytd, y1, ath, athDate, fromAth,
/// high52, low52, firstDate, then the six base dates; dates as day numbers, missing as NaN.
/// The façade's `Deck` reads this layout (www/src/api/deck.js).
const CARD_FIELDS: usize = 20;

fn pack_card(c: &crate::core::metrics::Card) -> [f64; CARD_FIELDS] {
    let opt = |v: Option<f64>| v.unwrap_or(f64::NAN);
    let day = |d: Option<i32>| d.map_or(f64::NAN, f64::from);
    let b = &c.bases;
    [
        f64::from(c.date),
        c.close,
        opt(c.d1),
        opt(c.wtd),
        opt(c.mtd),
        opt(c.qtd),
        opt(c.ytd),
        opt(c.y1),
        c.ath,
        f64::from(c.ath_date),
        c.from_ath,
        c.high52,
        c.low52,
        f64::from(c.first_date),
        day(b.d1),
        day(b.wtd),
        day(b.mtd),
        day(b.qtd),
        day(b.ytd),
        day(b.y1),
    ]
}

fn optional_day(value: &JsValue, what: &'static str) -> Result<Option<crate::core::calendar::Day>, JsError> {
    if value.is_undefined() || value.is_null() {
        Ok(None)
    } else {
        day_from_js(value, what).map(Some)
    }
}

/// The day number of a `YYYY-MM-DD` date; throws an Error saying what is wrong with it.
///
/// ```js
/// IndexCards.parseDate("2024-11-22"); // 20049
/// IndexCards.parseDate("2024-02-30"); // throws: "2024-02-30" does not exist (2024-02 has 29 days, not 30)
/// ```
#[wasm_bindgen(js_name = parseDate)]
pub fn parse_date(text: &str) -> Result<i32, JsError> {
    crate::core::calendar::parse(text)
        .map_err(|reason| JsError::new(&format!("{} {reason}", crate::error::quote(text))))
}

/// `YYYY-MM-DD` of a day number (days since 1970-01-01).
///
/// ```js
/// IndexCards.isoDate(20049); // "2024-11-22"
/// ```
#[wasm_bindgen(js_name = isoDate)]
pub fn iso_date(day: i32) -> String {
    crate::core::calendar::format(day.clamp(crate::core::calendar::MIN_DAY, crate::core::calendar::MAX_DAY))
}

/// A date given as `"YYYY-MM-DD"` or as a day number (days since 1970-01-01).
fn day_from_js(value: &JsValue, what: &'static str) -> Result<crate::core::calendar::Day, JsError> {
    if let Some(text) = value.as_string() {
        return crate::core::calendar::parse(&text)
            .map_err(|reason| fail(Error::BadDateOption { option: what, text, reason }));
    }
    match value.as_f64() {
        Some(n)
            if n.fract() == 0.0
                && (f64::from(crate::core::calendar::MIN_DAY)
                    ..=f64::from(crate::core::calendar::MAX_DAY))
                    .contains(&n) =>
        {
            Ok(n as crate::core::calendar::Day)
        }
        _ => Err(fail(Error::BadOption {
            option: what,
            expected: "a \"YYYY-MM-DD\" string or a day number from 1970-01-01",
            found: js_in::raw(value, what).map(|r| r.preview()).unwrap_or_else(|_| js_in::kind(value)),
        })),
    }
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
    let options = options_from_js(&options)?;
    let cards = api::summarize(&series_from_js(&series)?, &options).map_err(fail)?;
    Ok(cards.to_js())
}

/// Every series rebased to 0% at its period base, on one date axis, with returns, ranks and
/// spreads (percentage points) against a reference.
///
/// ```js
/// const c = IndexCards.compare(series, { period: "YTD", reference: "SPX" });
/// c.dates;               // ["2023-12-29", "2024-01-02", …]
/// c.series[0].values;    // [0, 0.0012, …] (fractions; a day a series did not trade carries its last close)
/// c.series[0].return;    // 0.187
/// c.smallVsLarge.last;   // −6.4 (Russell 2000 − S&P 500, percentage points)
/// ```
#[wasm_bindgen(js_name = compare)]
pub fn compare(series: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let out = api::compare(&series_from_js(&series)?, &options_from_js(&options)?).map_err(fail)?;
    Ok(out.to_js())
}

/// SVG path data for the comparison chart and one sparkline per series, at a pixel size.
///
/// ```js
/// const p = IndexCards.paths(series, { period: "1Y", chart: { width: 720, height: 360 }, spark: { width: 120, height: 32 } });
/// svgPath.setAttribute("d", p.chart.lines[0].d);
/// ```
#[wasm_bindgen(js_name = paths)]
pub fn paths(series: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let out = api::paths(&series_from_js(&series)?, &options_from_js(&options)?).map_err(fail)?;
    Ok(out.to_js())
}

/// The display-ready model the page renders: formatted cards (en-US) with sparklines, period
/// bars, the comparison chart and the small-caps-vs-large-caps line.
///
/// ```js
/// const v = IndexCards.view(series, { asOf: "2024-11-22", period: "YTD" });
/// v.cards[0].level;     // "2,406.67"
/// v.cards[0].rows[3];   // { key: "YTD", text: "+18.7%", dir: "up", arrow: "▲", … }
/// v.bars.map(b => b.id); // ids, highest period return first
/// ```
#[wasm_bindgen(js_name = view)]
pub fn view(series: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let out = api::view(&series_from_js(&series)?, &options_from_js(&options)?).map_err(fail)?;
    Ok(out.to_js())
}

/// Reads a CSV download (Yahoo Finance, Stooq, FRED, Investing.com or plain `date,close`) into
/// a series object `summarize` accepts, with the skipped missing days listed. The CSV is text,
/// or the file's bytes (`Uint8Array`, `ArrayBuffer`), decoded by TextDecoder: by its byte-order
/// mark (UTF-8, UTF-16LE/BE), else as the `encoding` option says, else as UTF-8.
///
/// ```js
/// const rut = IndexCards.parseCsv(text, { id: "RUT", name: "Russell 2000" });
/// rut.format;   // "yahoo"
/// rut.skipped;  // [{ line: 4, date: "2024-11-21", value: "null" }]
/// const dax = IndexCards.parseCsv(await file.arrayBuffer(), { id: "DAX", encoding: "windows-1252" });
/// ```
#[wasm_bindgen(js_name = parseCsv)]
pub fn parse_csv(input: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let options = options_from_js(&options)?;
    let (text, options) = decode::csv_input(&input, options).map_err(|e| JsError::new(&e))?;
    let out = api::parse_csv(&text, &options).map_err(|e| JsError::new(&e))?;
    Ok(out.to_js())
}

/// A fraction as the page shows it: `+18.7%`, `−1.5%`, `0.0%` (half away from zero, never `−0.0%`).
///
/// ```js
/// IndexCards.formatPct(0.187);    // "+18.7%"
/// IndexCards.formatPct(0.187, 0); // "+19%"
/// ```
#[wasm_bindgen(js_name = formatPct)]
pub fn format_pct(fraction: f64, decimals: Option<u32>) -> String {
    if !fraction.is_finite() {
        return "—".into();
    }
    view::format_pct_with(fraction, decimals.unwrap_or(1) as usize).0
}

/// Rounds half away from zero to `decimals` places (0 to 6), as every displayed figure is
/// rounded; never returns −0.
///
/// ```js
/// IndexCards.round(18.75, 1); // 18.8
/// ```
#[wasm_bindgen(js_name = round)]
pub fn round(value: f64, decimals: u32) -> f64 {
    view::round_half_away(value, decimals.min(6) as i32)
}

/// A level as the page shows it: `2,406.67`, `2,407`.
///
/// ```js
/// IndexCards.formatLevel(2406.669921875); // "2,406.67"
/// ```
#[wasm_bindgen(js_name = formatLevel)]
pub fn format_level(value: f64) -> String {
    view::format_level(value)
}

/// Bytes of WebAssembly memory in use (it only grows): lets a page or a test check that
/// creating and freeing decks does not leak.
///
/// ```js
/// IndexCards.memoryBytes(); // 1114112
/// ```
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

/// The crate version the bundle was built from.
///
/// ```js
/// IndexCards.version(); // "0.1.0"
/// ```
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
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
/// them: what the page uses while the as-of slider moves.
///
/// ```js
/// const deck = new IndexCards.Deck(series);
/// deck.cards("2024-06-28");
/// deck.view({ asOf: "2024-06-28", period: "QTD" });
/// deck.free(); // or let it be garbage-collected
/// ```
#[wasm_bindgen(js_name = Deck)]
pub struct JsDeck {
    deck: Deck,
    /// Packed cards, one per series, at a fixed address the façade reads through a view of
    /// wasm memory, so reading cards allocates nothing on either side. Its length never changes
    /// (a deck never gains series), so neither does its address.
    scratch: Vec<f64>,
}

#[wasm_bindgen(js_class = Deck)]
impl JsDeck {
    /// Validates `series` (as `summarize` does); throws on bad input.
    #[wasm_bindgen(constructor)]
    pub fn new(series: JsValue) -> Result<JsDeck, JsError> {
        let deck = Deck::from_raw(&series_from_js(&series)?).map_err(fail)?;
        let scratch = vec![0.0; deck.len().max(1) * CARD_FIELDS];
        Ok(JsDeck { deck, scratch })
    }

    /// Packs the cards at `asOf` into the scratch cards, `CARD_FIELDS` numbers per card in input
    /// order (see `pack_card`), for the façade to turn into objects without a boundary call
    /// per field. Writing in place instead of returning a new array took `deck.cards` from
    /// 0.91–0.98 to 0.71–0.80 µs a card (tools/bench.sh, 2026-11-25).
    #[wasm_bindgen(js_name = cardsIntoScratch)]
    pub fn cards_into_scratch(&mut self, as_of: JsValue) -> Result<(), JsError> {
        let as_of = optional_day(&as_of, "asOf")?;
        let mut slots = self.scratch.chunks_exact_mut(CARD_FIELDS);
        self.deck
            .each_figures(as_of, |card| {
                if let Some(slot) = slots.next() {
                    slot.copy_from_slice(&pack_card(card));
                }
            })
            .map_err(fail)
    }

    /// One card packed as numbers (see `cardsIntoScratch`), of the series at `index` in input
    /// order (the façade maps ids to indexes, so no string crosses per call).
    #[wasm_bindgen(js_name = cardPackedAt)]
    pub fn card_packed_at(&self, index: usize, as_of: JsValue) -> Result<Vec<f64>, JsError> {
        let as_of = optional_day(&as_of, "asOf")?;
        Ok(pack_card(&self.deck.figures_at(index, as_of).map_err(fail)?).to_vec())
    }

    /// Address (in wasm memory) of the scratch cards that `cardsIntoScratch` and
    /// `cardIntoScratch` fill.
    #[wasm_bindgen(js_name = scratchPtr)]
    pub fn scratch_ptr(&self) -> usize {
        self.scratch.as_ptr() as usize
    }

    /// Packs the card of the series at `index` (input order) at `asOf` (a day number, or NaN
    /// for its last date) into the scratch card.
    #[wasm_bindgen(js_name = cardIntoScratch)]
    pub fn card_into_scratch(&mut self, index: usize, as_of: f64) -> Result<(), JsError> {
        let as_of = if as_of.is_nan() { None } else { Some(day_from_js(&JsValue::from_f64(as_of), "asOf")?) };
        let card = pack_card(&self.deck.figures_at(index, as_of).map_err(fail)?);
        if let Some(slot) = self.scratch.get_mut(..CARD_FIELDS) {
            slot.copy_from_slice(&card);
        }
        Ok(())
    }

    /// `push` for the series at `index` with the date as a day number: the per-tick fast path.
    #[wasm_bindgen(js_name = pushDay)]
    pub fn push_day(&mut self, index: usize, day: f64, close: f64) -> Result<(), JsError> {
        let day = day_from_js(&JsValue::from_f64(day), "date")?;
        self.deck.push_at(index, day, close).map_err(fail)
    }

    /// `push` for the series at `index` in input order.
    #[wasm_bindgen(js_name = pushAt)]
    pub fn push_at(&mut self, index: usize, date: JsValue, close: f64) -> Result<(), JsError> {
        let day = day_from_js(&date, "date")?;
        self.deck.push_at(index, day, close).map_err(fail)
    }

    /// The loaded series' names, in input order.
    #[wasm_bindgen(getter)]
    pub fn names(&self) -> Result<JsValue, JsError> {
        let names: Vec<&str> = self.deck.series().map(|s| s.name()).collect();
        Ok(names.to_js())
    }

    /// As `IndexCards.compare`, on the loaded series.
    ///
    /// ```js
    /// deck.compare({ period: "MTD" }).series[0].return;
    /// ```
    pub fn compare(&self, options: &JsOptions) -> Result<JsValue, JsError> {
        Ok(self.deck.compare(&options.raw).map_err(fail)?.to_js())
    }

    /// As `IndexCards.paths`, on the loaded series.
    ///
    /// ```js
    /// deck.paths({ period: "1Y", chart: { width: 600, height: 300 } }).chart.lines[0].d;
    /// ```
    pub fn paths(&self, options: &JsOptions) -> Result<JsValue, JsError> {
        Ok(self.deck.paths(&options.raw).map_err(fail)?.to_js())
    }

    /// As `IndexCards.view`, on the loaded series.
    ///
    /// ```js
    /// deck.view({ asOf: "2024-06-28", period: "YTD", chart: { width: 720, height: 360 } });
    /// ```
    pub fn view(&self, options: &JsOptions) -> Result<JsValue, JsError> {
        Ok(self.deck.view(&options.raw).map_err(fail)?.to_js())
    }

    /// Every date of any loaded series, ascending (`YYYY-MM-DD`): the stops of an as-of slider.
    ///
    /// ```js
    /// const stops = deck.dates();
    /// ```
    pub fn dates(&self) -> Result<JsValue, JsError> {
        let dates: Vec<String> = self.deck.dates().into_iter().map(crate::core::calendar::format).collect();
        Ok(dates.to_js())
    }

    /// The loaded series' ids, in input order.
    ///
    /// ```js
    /// deck.ids; // ["RUT", "SPX"]
    /// ```
    #[wasm_bindgen(getter)]
    pub fn ids(&self) -> Result<JsValue, JsError> {
        let ids: Vec<&str> = self.deck.series().map(|s| s.id()).collect();
        Ok(ids.to_js())
    }
}
