/*! indexcards 0.1.0: market-index performance cards computed in Rust/WebAssembly. MIT License. Built by tools/build.sh from src/ (Rust), www/element.js and www/element.css: do not edit. Includes fflate 0.8.3's inflateSync (MIT License, Arjun Barrett). Browser: <script src="indexcards.js"> defines IndexCards; Node: require("./indexcards.js"). API: indexcards.d.ts. */
(function (root, factory) {
  "use strict";
  var api = factory();
  if (typeof module === "object" && module && module.exports) {
    module.exports = api;
  } else {
    root.IndexCards = api;
  }
})(typeof globalThis !== "undefined" ? globalThis : this, function () {
  "use strict";

  // ---- wasm-bindgen no-modules glue ----
let wasm_bindgen = (function(exports) {
    let script_src;
    if (typeof document !== 'undefined' && document.currentScript !== null) {
        script_src = new URL(document.currentScript.src, location.href).toString();
    }

    /**
     * Series loaded and validated once, then asked for any date and period without re-reading
     * them: what the page uses while the as-of slider moves.
     *
     * ```js
     * const deck = new IndexCards.Deck(series);
     * deck.cards("2024-06-28");
     * deck.view({ asOf: "2024-06-28", period: "QTD" });
     * deck.free(); // or let it be garbage-collected
     * ```
     */
    class Deck {
        __destroy_into_raw() {
            const ptr = this.__wbg_ptr;
            this.__wbg_ptr = 0;
            DeckFinalization.unregister(this);
            return ptr;
        }
        free() {
            const ptr = this.__destroy_into_raw();
            wasm.__wbg_deck_free(ptr, 0);
        }
        /**
         * Packs the card of the series at `index` (input order) at `asOf` (a day number, or NaN
         * for its last date) into the scratch card.
         * @param {number} index
         * @param {number} as_of
         */
        cardIntoScratch(index, as_of) {
            const ret = wasm.deck_cardIntoScratch(this.__wbg_ptr, index, as_of);
            if (ret[1]) {
                throw takeFromExternrefTable0(ret[0]);
            }
        }
        /**
         * One card packed as numbers (see `cardsPacked`), of the series at `index` in input order
         * (the bundle's JS maps ids to indexes, so no string crosses per call).
         * @param {number} index
         * @param {any} as_of
         * @returns {Float64Array}
         */
        cardPackedAt(index, as_of) {
            const ret = wasm.deck_cardPackedAt(this.__wbg_ptr, index, as_of);
            if (ret[3]) {
                throw takeFromExternrefTable0(ret[2]);
            }
            var v1 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
            wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
            return v1;
        }
        /**
         * One card, of series `id` at `asOf` (default: its last date), in O(log n).
         *
         * ```js
         * deck.card("SPX", "2024-06-28").ytd;
         * ```
         * @param {string} id
         * @param {any} as_of
         * @returns {any}
         */
        card(id, as_of) {
            const ptr0 = passStringToWasm0(id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.deck_card(this.__wbg_ptr, ptr0, len0, as_of);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
        /**
         * The cards at `asOf` packed as numbers, `CARD_FIELDS` per card in input order (see
         * `pack_card`), for the bundle's JS to turn into objects without a boundary call per field.
         * @param {any} as_of
         * @returns {Float64Array}
         */
        cardsPacked(as_of) {
            const ret = wasm.deck_cardsPacked(this.__wbg_ptr, as_of);
            if (ret[3]) {
                throw takeFromExternrefTable0(ret[2]);
            }
            var v1 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
            wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
            return v1;
        }
        /**
         * Cards at `asOf` (`YYYY-MM-DD`; default each series' last date).
         *
         * ```js
         * deck.cards("2024-11-22")[0].ytd;
         * ```
         * @param {any} as_of
         * @returns {any}
         */
        cards(as_of) {
            const ret = wasm.deck_cards(this.__wbg_ptr, as_of);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
        /**
         * As `IndexCards.compare`, on the loaded series.
         *
         * ```js
         * deck.compare({ period: "MTD" }).series[0].return;
         * ```
         * @param {any} options
         * @returns {any}
         */
        compare(options) {
            const ret = wasm.deck_compare(this.__wbg_ptr, options);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
        /**
         * Every date of any loaded series, ascending (`YYYY-MM-DD`): the stops of an as-of slider.
         *
         * ```js
         * const stops = deck.dates();
         * ```
         * @returns {any}
         */
        dates() {
            const ret = wasm.deck_dates(this.__wbg_ptr);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
        /**
         * The loaded series' ids, in input order.
         *
         * ```js
         * deck.ids; // ["RUT", "SPX"]
         * ```
         * @returns {any}
         */
        get ids() {
            const ret = wasm.deck_ids(this.__wbg_ptr);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
        /**
         * The loaded series' names, in input order.
         * @returns {any}
         */
        get names() {
            const ret = wasm.deck_names(this.__wbg_ptr);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
        /**
         * Validates `series` (as `summarize` does); throws on bad input.
         * @param {any} series
         */
        constructor(series) {
            const ret = wasm.deck_new(series);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            this.__wbg_ptr = ret[0];
            DeckFinalization.register(this, this.__wbg_ptr, this);
            return this;
        }
        /**
         * As `IndexCards.paths`, on the loaded series.
         *
         * ```js
         * deck.paths({ period: "1Y", chart: { width: 600, height: 300 } }).chart.lines[0].d;
         * ```
         * @param {any} options
         * @returns {any}
         */
        paths(options) {
            const ret = wasm.deck_paths(this.__wbg_ptr, options);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
        /**
         * `push` for the series at `index` in input order.
         * @param {number} index
         * @param {any} date
         * @param {number} close
         */
        pushAt(index, date, close) {
            const ret = wasm.deck_pushAt(this.__wbg_ptr, index, date, close);
            if (ret[1]) {
                throw takeFromExternrefTable0(ret[0]);
            }
        }
        /**
         * `push` for the series at `index` with the date as a day number: the per-tick fast path.
         * @param {number} index
         * @param {number} day
         * @param {number} close
         */
        pushDay(index, day, close) {
            const ret = wasm.deck_pushDay(this.__wbg_ptr, index, day, close);
            if (ret[1]) {
                throw takeFromExternrefTable0(ret[0]);
            }
        }
        /**
         * A new close for series `id` on `date` (`"YYYY-MM-DD"` or a day number): for its last
         * date it replaces that close (an intraday tick), for a later date it appends, in O(1)
         * amortized. An earlier date, a bad close or an unknown id throws and changes nothing.
         *
         * ```js
         * deck.push("RUT", "2024-11-25", 2442.03);
         * deck.card("RUT").d1; // 0.0147…
         * ```
         * @param {string} id
         * @param {any} date
         * @param {number} close
         */
        push(id, date, close) {
            const val2 = +close;
            const ptr0 = passStringToWasm0(id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.deck_push(this.__wbg_ptr, ptr0, len0, date, val2);
            if (ret[1]) {
                throw takeFromExternrefTable0(ret[0]);
            }
        }
        /**
         * Address (in wasm memory) of the scratch card that `cardIntoScratch` fills.
         * @returns {number}
         */
        scratchPtr() {
            const ret = wasm.deck_scratchPtr(this.__wbg_ptr);
            return ret >>> 0;
        }
        /**
         * As `IndexCards.view`, on the loaded series.
         *
         * ```js
         * deck.view({ asOf: "2024-06-28", period: "YTD", chart: { width: 720, height: 360 } });
         * ```
         * @param {any} options
         * @returns {any}
         */
        view(options) {
            const ret = wasm.deck_view(this.__wbg_ptr, options);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
    }
    if (Symbol.dispose) Deck.prototype[Symbol.dispose] = Deck.prototype.free;
    exports.Deck = Deck;

    /**
     * Every series rebased to 0% at its period base, on one date axis, with returns, ranks and
     * spreads (percentage points) against a reference.
     *
     * ```js
     * const c = IndexCards.compare(series, { period: "YTD", reference: "SPX" });
     * c.dates;               // ["2023-12-29", "2024-01-02", …]
     * c.series[0].values;    // [0, 0.0012, …] (fractions; a day a series did not trade carries its last close)
     * c.series[0].return;    // 0.187
     * c.smallVsLarge.last;   // −6.4 (Russell 2000 − S&P 500, percentage points)
     * ```
     * @param {any} series
     * @param {any} options
     * @returns {any}
     */
    function compare(series, options) {
        const ret = wasm.compare(series, options);
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        return takeFromExternrefTable0(ret[0]);
    }
    exports.compare = compare;

    /**
     * A level as the page shows it: `2,406.67`, `2,407`.
     *
     * ```js
     * IndexCards.formatLevel(2406.669921875); // "2,406.67"
     * ```
     * @param {number} value
     * @returns {string}
     */
    function formatLevel(value) {
        let deferred1_0;
        let deferred1_1;
        try {
            const ret = wasm.formatLevel(value);
            deferred1_0 = ret[0];
            deferred1_1 = ret[1];
            return getStringFromWasm0(ret[0], ret[1]);
        } finally {
            wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
        }
    }
    exports.formatLevel = formatLevel;

    /**
     * A fraction as the page shows it: `+18.7%`, `−1.5%`, `0.0%` (half away from zero, never `−0.0%`).
     *
     * ```js
     * IndexCards.formatPct(0.187);    // "+18.7%"
     * IndexCards.formatPct(0.187, 0); // "+19%"
     * ```
     * @param {number} fraction
     * @param {number | null} [decimals]
     * @returns {string}
     */
    function formatPct(fraction, decimals) {
        let deferred1_0;
        let deferred1_1;
        try {
            const ret = wasm.formatPct(fraction, isLikeNone(decimals) ? Number.MAX_SAFE_INTEGER : (decimals) >>> 0);
            deferred1_0 = ret[0];
            deferred1_1 = ret[1];
            return getStringFromWasm0(ret[0], ret[1]);
        } finally {
            wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
        }
    }
    exports.formatPct = formatPct;

    /**
     * `YYYY-MM-DD` of a day number (days since 1970-01-01).
     *
     * ```js
     * IndexCards.isoDate(20049); // "2024-11-22"
     * ```
     * @param {number} day
     * @returns {string}
     */
    function isoDate(day) {
        let deferred1_0;
        let deferred1_1;
        try {
            const ret = wasm.isoDate(day);
            deferred1_0 = ret[0];
            deferred1_1 = ret[1];
            return getStringFromWasm0(ret[0], ret[1]);
        } finally {
            wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
        }
    }
    exports.isoDate = isoDate;

    /**
     * Bytes of WebAssembly memory in use (it only grows): lets a page or a test check that
     * creating and freeing decks does not leak.
     *
     * ```js
     * IndexCards.memoryBytes(); // 1114112
     * ```
     * @returns {number}
     */
    function memoryBytes() {
        const ret = wasm.memoryBytes();
        return ret;
    }
    exports.memoryBytes = memoryBytes;

    /**
     * Reads a CSV download (Yahoo Finance, Stooq, FRED, Investing.com or plain `date,close`) into
     * a series object `summarize` accepts, with the skipped missing days listed.
     *
     * ```js
     * const rut = IndexCards.parseCsv(text, { id: "RUT", name: "Russell 2000" });
     * rut.format;   // "yahoo"
     * rut.skipped;  // [{ line: 4, date: "2024-11-21", value: "null" }]
     * ```
     * @param {any} text
     * @param {any} options
     * @returns {any}
     */
    function parseCsv(text, options) {
        const ret = wasm.parseCsv(text, options);
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        return takeFromExternrefTable0(ret[0]);
    }
    exports.parseCsv = parseCsv;

    /**
     * The day number of a `YYYY-MM-DD` date; throws an Error saying what is wrong with it.
     *
     * ```js
     * IndexCards.parseDate("2024-11-22"); // 20049
     * IndexCards.parseDate("2024-02-30"); // throws: "2024-02-30" does not exist (2024-02 has 29 days, not 30)
     * ```
     * @param {string} text
     * @returns {number}
     */
    function parseDate(text) {
        const ptr0 = passStringToWasm0(text, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.parseDate(ptr0, len0);
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        return ret[0];
    }
    exports.parseDate = parseDate;

    /**
     * SVG path data for the comparison chart and one sparkline per series, at a pixel size.
     *
     * ```js
     * const p = IndexCards.paths(series, { period: "1Y", chart: { width: 720, height: 360 }, spark: { width: 120, height: 32 } });
     * svgPath.setAttribute("d", p.chart.lines[0].d);
     * ```
     * @param {any} series
     * @param {any} options
     * @returns {any}
     */
    function paths(series, options) {
        const ret = wasm.paths(series, options);
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        return takeFromExternrefTable0(ret[0]);
    }
    exports.paths = paths;

    /**
     * Rounds half away from zero to `decimals` places (0 to 6), as every displayed figure is
     * rounded; never returns −0.
     *
     * ```js
     * IndexCards.round(18.75, 1); // 18.8
     * ```
     * @param {number} value
     * @param {number} decimals
     * @returns {number}
     */
    function round(value, decimals) {
        const ret = wasm.round(value, decimals);
        return ret;
    }
    exports.round = round;

    /**
     * One performance card per series, in input order.
     *
     * ```js
     * const [rut] = IndexCards.summarize(
     *   [{ id: "RUT", name: "Russell 2000", dates: ["2024-11-15", "2024-11-22"], closes: [2303.84, 2406.67] }],
     *   { asOf: "2024-11-22" },
     * );
     * rut.wtd; // 0.04463… (+4.5% week to date)
     * ```
     * Throws an `Error` naming the series, field, index and date of the first bad input.
     * @param {any} series
     * @param {any} options
     * @returns {any}
     */
    function summarize(series, options) {
        const ret = wasm.summarize(series, options);
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        return takeFromExternrefTable0(ret[0]);
    }
    exports.summarize = summarize;

    /**
     * The crate version the bundle was built from.
     *
     * ```js
     * IndexCards.version(); // "0.1.0"
     * ```
     * @returns {string}
     */
    function version() {
        let deferred1_0;
        let deferred1_1;
        try {
            const ret = wasm.version();
            deferred1_0 = ret[0];
            deferred1_1 = ret[1];
            return getStringFromWasm0(ret[0], ret[1]);
        } finally {
            wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
        }
    }
    exports.version = version;

    /**
     * The display-ready model the page renders: formatted cards (en-US) with sparklines, period
     * bars, the comparison chart and the small-caps-vs-large-caps line.
     *
     * ```js
     * const v = IndexCards.view(series, { asOf: "2024-11-22", period: "YTD" });
     * v.cards[0].level;     // "2,406.67"
     * v.cards[0].rows[3];   // { key: "YTD", text: "+18.7%", dir: "up", arrow: "▲", … }
     * v.bars.map(b => b.id); // ids, highest period return first
     * ```
     * @param {any} series
     * @param {any} options
     * @returns {any}
     */
    function view(series, options) {
        const ret = wasm.view(series, options);
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        return takeFromExternrefTable0(ret[0]);
    }
    exports.view = view;
    function __wbg_get_imports() {
        const import0 = {
            __proto__: null,
            __wbg_Error_208446807d0d1e30: function(arg0, arg1) {
                const ret = Error(getStringFromWasm0(arg0, arg1));
                return ret;
            },
            __wbg_String_8564e559799eccda: function(arg0, arg1) {
                const ret = String(arg1);
                const ptr1 = passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
                const len1 = WASM_VECTOR_LEN;
                getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 1, len1, true);
                getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 0, ptr1, true);
            },
            __wbg___wbindgen_bigint_get_as_i64_11da4b52cd0aedef: function(arg0, arg1) {
                const v = arg1;
                const ret = typeof(v) === 'bigint' ? v : undefined;
                getDataViewMemory0().setBigInt64((arg0 >>> 0) + 8 * 1, isLikeNone(ret) ? BigInt(0) : ret, true);
                getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 0, !isLikeNone(ret), true);
            },
            __wbg___wbindgen_boolean_get_4f1baf9a00be3c74: function(arg0) {
                const v = arg0;
                const ret = typeof(v) === 'boolean' ? v : undefined;
                return isLikeNone(ret) ? 0xFFFFFF : ret ? 1 : 0;
            },
            __wbg___wbindgen_debug_string_f249a2a76caa9a55: function(arg0, arg1) {
                const ret = debugString(arg1);
                const ptr1 = passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
                const len1 = WASM_VECTOR_LEN;
                getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 1, len1, true);
                getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 0, ptr1, true);
            },
            __wbg___wbindgen_in_3f58a9d3b3a7eed2: function(arg0, arg1) {
                const ret = arg0 in arg1;
                return ret;
            },
            __wbg___wbindgen_is_bigint_5fa10641e039d3ef: function(arg0) {
                const ret = typeof(arg0) === 'bigint';
                return ret;
            },
            __wbg___wbindgen_is_falsy_d864b623500ae65d: function(arg0) {
                const ret = !arg0;
                return ret;
            },
            __wbg___wbindgen_is_function_741ff2bb612836f5: function(arg0) {
                const ret = typeof(arg0) === 'function';
                return ret;
            },
            __wbg___wbindgen_is_null_c22311b1cc228e3a: function(arg0) {
                const ret = arg0 === null;
                return ret;
            },
            __wbg___wbindgen_is_object_8b968c3ab8e96595: function(arg0) {
                const val = arg0;
                const ret = typeof(val) === 'object' && val !== null;
                return ret;
            },
            __wbg___wbindgen_is_string_fc456fee5d3317de: function(arg0) {
                const ret = typeof(arg0) === 'string';
                return ret;
            },
            __wbg___wbindgen_is_undefined_be5b34249ff1fc15: function(arg0) {
                const ret = arg0 === undefined;
                return ret;
            },
            __wbg___wbindgen_jsval_eq_38d7bfbe4cc84039: function(arg0, arg1) {
                const ret = arg0 === arg1;
                return ret;
            },
            __wbg___wbindgen_jsval_loose_eq_b2f214e2e4b30e36: function(arg0, arg1) {
                const ret = arg0 == arg1;
                return ret;
            },
            __wbg___wbindgen_number_get_934b640d0889af78: function(arg0, arg1) {
                const obj = arg1;
                const ret = typeof(obj) === 'number' ? obj : undefined;
                getDataViewMemory0().setFloat64((arg0 >>> 0) + 8 * 1, isLikeNone(ret) ? 0 : ret, true);
                getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 0, !isLikeNone(ret), true);
            },
            __wbg___wbindgen_string_get_7ce8eee7fd327545: function(arg0, arg1) {
                const obj = arg1;
                const ret = typeof(obj) === 'string' ? obj : undefined;
                var ptr1 = isLikeNone(ret) ? 0 : passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
                var len1 = WASM_VECTOR_LEN;
                getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 1, len1, true);
                getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 0, ptr1, true);
            },
            __wbg___wbindgen_throw_4c88d8bf264fd984: function(arg0, arg1) {
                throw new Error(getStringFromWasm0(arg0, arg1));
            },
            __wbg_call_40b008ba32f73991: function() { return handleError(function (arg0, arg1) {
                const ret = arg0.call(arg1);
                return ret;
            }, arguments); },
            __wbg_done_57e08d0be6e30c02: function(arg0) {
                const ret = arg0.done;
                return ret;
            },
            __wbg_entries_7bb1459bd9b5c2b9: function(arg0) {
                const ret = Object.entries(arg0);
                return ret;
            },
            __wbg_get_2080c49015e35254: function() { return handleError(function (arg0, arg1) {
                const ret = Reflect.get(arg0, arg1);
                return ret;
            }, arguments); },
            __wbg_get_635eea311fa1a291: function() { return handleError(function (arg0, arg1) {
                const ret = Reflect.get(arg0, arg1);
                return ret;
            }, arguments); },
            __wbg_get_d7176cfb76d71114: function(arg0, arg1) {
                const ret = arg0[arg1 >>> 0];
                return ret;
            },
            __wbg_get_unchecked_e6325ad374eff861: function(arg0, arg1) {
                const ret = arg0[arg1 >>> 0];
                return ret;
            },
            __wbg_instanceof_ArrayBuffer_12cdaa4161423e6b: function(arg0) {
                let result;
                try {
                    result = arg0 instanceof ArrayBuffer;
                } catch (_) {
                    result = false;
                }
                const ret = result;
                return ret;
            },
            __wbg_instanceof_Float64Array_4acace5b49aaf791: function(arg0) {
                let result;
                try {
                    result = arg0 instanceof Float64Array;
                } catch (_) {
                    result = false;
                }
                const ret = result;
                return ret;
            },
            __wbg_instanceof_Int32Array_6d09616361bcf0c6: function(arg0) {
                let result;
                try {
                    result = arg0 instanceof Int32Array;
                } catch (_) {
                    result = false;
                }
                const ret = result;
                return ret;
            },
            __wbg_instanceof_Map_0b4fc8b62e73f163: function(arg0) {
                let result;
                try {
                    result = arg0 instanceof Map;
                } catch (_) {
                    result = false;
                }
                const ret = result;
                return ret;
            },
            __wbg_instanceof_Uint8Array_d7aeb0dcb3108fea: function(arg0) {
                let result;
                try {
                    result = arg0 instanceof Uint8Array;
                } catch (_) {
                    result = false;
                }
                const ret = result;
                return ret;
            },
            __wbg_isArray_bcf1376d0d732d08: function(arg0) {
                const ret = Array.isArray(arg0);
                return ret;
            },
            __wbg_isSafeInteger_1a35ba4d31e71d38: function(arg0) {
                const ret = Number.isSafeInteger(arg0);
                return ret;
            },
            __wbg_iterator_e4c5e8f68ada7b58: function() {
                const ret = Symbol.iterator;
                return ret;
            },
            __wbg_length_03a2b32a9178fe11: function(arg0) {
                const ret = arg0.length;
                return ret;
            },
            __wbg_length_186163212ffe79c3: function(arg0) {
                const ret = arg0.length;
                return ret;
            },
            __wbg_length_5a8bb8abe1e54e15: function(arg0) {
                const ret = arg0.length;
                return ret;
            },
            __wbg_length_b03a0fabb109b1e9: function(arg0) {
                const ret = arg0.length;
                return ret;
            },
            __wbg_length_e83e819f48c774e4: function(arg0) {
                const ret = arg0.length;
                return ret;
            },
            __wbg_new_13de428334042d26: function(arg0) {
                const ret = new Uint8Array(arg0);
                return ret;
            },
            __wbg_new_37eb45aaf5eeb820: function() {
                const ret = new Array();
                return ret;
            },
            __wbg_new_cd4348290afae586: function() {
                const ret = new Object();
                return ret;
            },
            __wbg_next_178c1651c11432b3: function(arg0) {
                const ret = arg0.next;
                return ret;
            },
            __wbg_next_af5ac6a08bb0a717: function() { return handleError(function (arg0) {
                const ret = arg0.next();
                return ret;
            }, arguments); },
            __wbg_prototypesetcall_13162965d1fe7aa3: function(arg0, arg1, arg2) {
                Uint8Array.prototype.set.call(getArrayU8FromWasm0(arg0, arg1), arg2);
            },
            __wbg_prototypesetcall_153eecd0d28a42a5: function(arg0, arg1, arg2) {
                Int32Array.prototype.set.call(getArrayI32FromWasm0(arg0, arg1), arg2);
            },
            __wbg_prototypesetcall_a366c038a3918afa: function(arg0, arg1, arg2) {
                Float64Array.prototype.set.call(getArrayF64FromWasm0(arg0, arg1), arg2);
            },
            __wbg_set_d2d33b52458e984a: function(arg0, arg1, arg2) {
                arg0[arg1 >>> 0] = arg2;
            },
            __wbg_set_e4b9a833d288759a: function(arg0, arg1, arg2) {
                arg0[arg1] = arg2;
            },
            __wbg_value_e0f328965e184931: function(arg0) {
                const ret = arg0.value;
                return ret;
            },
            __wbindgen_generic_0000000000000001: function(arg0) {
                // Cast intrinsic for `F64 -> Externref`.
                const ret = arg0;
                return ret;
            },
            __wbindgen_generic_0000000000000002: function(arg0) {
                // Cast intrinsic for `I64 -> Externref`.
                const ret = arg0;
                return ret;
            },
            __wbindgen_generic_0000000000000003: function(arg0, arg1) {
                // Cast intrinsic for `Ref(String) -> Externref`.
                const ret = getStringFromWasm0(arg0, arg1);
                return ret;
            },
            __wbindgen_generic_0000000000000004: function(arg0) {
                // Cast intrinsic for `U64 -> Externref`.
                const ret = BigInt.asUintN(64, arg0);
                return ret;
            },
            __wbindgen_init_externref_table: function() {
                const table = wasm.__wbindgen_externrefs;
                table.set(0, undefined);
                table.set(1024, undefined);
                table.set(1025, null);
                table.set(1026, true);
                table.set(1027, false);
            },
        };
        return {
            __proto__: null,
            "./indexcards_bg.js": import0,
        };
    }

    const DeckFinalization = (typeof FinalizationRegistry === 'undefined')
        ? { register: () => {}, unregister: () => {} }
        : new FinalizationRegistry(ptr => wasm.__wbg_deck_free(ptr, 1));

    function addToExternrefTable0(obj) {
        const idx = wasm.__externref_table_alloc();
        wasm.__wbindgen_externrefs.set(idx, obj);
        return idx;
    }

    function debugString(val) {
        switch (typeof val) {
            // primitive types
            case 'number':
            case 'boolean':
            case 'undefined':
            return `${val}`;
            case 'string':
            return JSON.stringify(val);
            case 'bigint':
            return `${val}n`;
            case 'symbol':
            return val.description !== undefined
                ? `Symbol(${val.description})`
                : 'Symbol';
            case 'function':
            return typeof val.name === 'string' && val.name !== ''
                ? `Function(${val.name})`
                : 'Function';
            case 'object': {
                if (val === null) {
                    return 'null';
                }
                // objects
                if (Array.isArray(val)) {
                    return '[' + Array.from(val, debugString).join(', ') + ']';
                }
                // errors
                if (val instanceof Error) {
                    return `${val.name}: ${val.message}\n${val.stack}`;
                }

                const toStringOutput = toString.call(val);
                // Test for built-in
                const className = /\[object ([^\]]+)\]/.exec(toStringOutput)?.[1];

                // Failed to match the standard '[object ClassName]'
                if (className === undefined) {
                    return toStringOutput;
                }
                if (className === 'Object') {
                    // we're a user defined class or Object
                    // JSON.stringify avoids problems with cycles, and is generally much
                    // easier than looping through ownProperties of `val`.
                    try {
                        return 'Object(' + JSON.stringify(val) + ')';
                    } catch (_) {
                        return 'Object';
                    }
                }
                // TODO we could test for more things here, like `Set`s and `Map`s.
                return className;
            }
            // Per MDN: 'This list of values is exhaustive.'
            // https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/typeof#description
        }
    }

    function getArrayF64FromWasm0(ptr, len) {
        ptr = ptr >>> 0;
        return getFloat64ArrayMemory0().subarray(ptr / 8, ptr / 8 + len);
    }

    function getArrayI32FromWasm0(ptr, len) {
        ptr = ptr >>> 0;
        return getInt32ArrayMemory0().subarray(ptr / 4, ptr / 4 + len);
    }

    function getArrayU8FromWasm0(ptr, len) {
        ptr = ptr >>> 0;
        return getUint8ArrayMemory0().subarray(ptr / 1, ptr / 1 + len);
    }

    let cachedDataViewMemory0 = null;
    function getDataViewMemory0() {
        if (cachedDataViewMemory0 === null || cachedDataViewMemory0.buffer.detached === true || (cachedDataViewMemory0.buffer.detached === undefined && cachedDataViewMemory0.buffer !== wasm.memory.buffer)) {
            cachedDataViewMemory0 = new DataView(wasm.memory.buffer);
        }
        return cachedDataViewMemory0;
    }

    let cachedFloat64ArrayMemory0 = null;
    function getFloat64ArrayMemory0() {
        if (cachedFloat64ArrayMemory0 === null || cachedFloat64ArrayMemory0.byteLength === 0) {
            cachedFloat64ArrayMemory0 = new Float64Array(wasm.memory.buffer);
        }
        return cachedFloat64ArrayMemory0;
    }

    let cachedInt32ArrayMemory0 = null;
    function getInt32ArrayMemory0() {
        if (cachedInt32ArrayMemory0 === null || cachedInt32ArrayMemory0.byteLength === 0) {
            cachedInt32ArrayMemory0 = new Int32Array(wasm.memory.buffer);
        }
        return cachedInt32ArrayMemory0;
    }

    function getStringFromWasm0(ptr, len) {
        ptr = ptr >>> 0;
        return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
    }

    let cachedUint8ArrayMemory0 = null;
    function getUint8ArrayMemory0() {
        if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
            cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
        }
        return cachedUint8ArrayMemory0;
    }

    function handleError(f, args) {
        try {
            return f.apply(this, args);
        } catch (e) {
            const idx = addToExternrefTable0(e);
            wasm.__wbindgen_exn_store(idx);
        }
    }

    function isLikeNone(x) {
        return x === undefined || x === null;
    }

    function passStringToWasm0(arg, malloc, realloc) {
        if (realloc === undefined) {
            const buf = cachedTextEncoder.encode(arg);
            const ptr = malloc(buf.length, 1) >>> 0;
            getUint8ArrayMemory0().subarray(ptr, ptr + buf.length).set(buf);
            WASM_VECTOR_LEN = buf.length;
            return ptr;
        }

        let len = arg.length;
        let ptr = malloc(len, 1) >>> 0;

        const mem = getUint8ArrayMemory0();

        let offset = 0;

        for (; offset < len; offset++) {
            const code = arg.charCodeAt(offset);
            if (code > 0x7F) break;
            mem[ptr + offset] = code;
        }
        if (offset !== len) {
            if (offset !== 0) {
                arg = arg.slice(offset);
            }
            ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
            const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
            const ret = cachedTextEncoder.encodeInto(arg, view);

            offset += ret.written;
            ptr = realloc(ptr, len, offset, 1) >>> 0;
        }

        WASM_VECTOR_LEN = offset;
        return ptr;
    }

    function takeFromExternrefTable0(idx) {
        const value = wasm.__wbindgen_externrefs.get(idx);
        wasm.__externref_table_dealloc(idx);
        return value;
    }

    let cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
    cachedTextDecoder.decode();
    function decodeText(bytes) {
        return cachedTextDecoder.decode(bytes);
    }

    const cachedTextEncoder = new TextEncoder();

    if (!('encodeInto' in cachedTextEncoder)) {
        cachedTextEncoder.encodeInto = function (arg, view) {
            const buf = cachedTextEncoder.encode(arg);
            view.set(buf);
            return {
                read: arg.length,
                written: buf.length
            };
        };
    }

    let WASM_VECTOR_LEN = 0;

    let wasmModule, wasmInstance, wasm;
    function __wbg_finalize_init(instance, module) {
        wasmInstance = instance;
        wasm = instance.exports;
        wasmModule = module;
        cachedDataViewMemory0 = null;
        cachedFloat64ArrayMemory0 = null;
        cachedInt32ArrayMemory0 = null;
        cachedUint8ArrayMemory0 = null;
        wasm.__wbindgen_start();
        return wasm;
    }

    async function __wbg_load(module, imports) {
        if (typeof Response === 'function' && module instanceof Response) {
            if (!module.ok) {
                throw new Error(`failed to fetch Wasm: ${module.status} ${module.statusText} fetching '${module.url}'`);
            }

            if (typeof WebAssembly.instantiateStreaming === 'function') {
                try {
                    return await WebAssembly.instantiateStreaming(module, imports);
                } catch (e) {
                    const validResponse = expectedResponseType(module.type);

                    if (validResponse && module.headers.get('Content-Type') !== 'application/wasm') {
                        console.warn("`WebAssembly.instantiateStreaming` failed because your server does not serve Wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n", e);

                    } else { throw e; }
                }
            }

            const bytes = await module.arrayBuffer();
            return await WebAssembly.instantiate(bytes, imports);
        } else {
            const instance = await WebAssembly.instantiate(module, imports);

            if (instance instanceof WebAssembly.Instance) {
                return { instance, module };
            } else {
                return instance;
            }
        }

        function expectedResponseType(type) {
            switch (type) {
                case 'basic': case 'cors': case 'default': return true;
            }
            return false;
        }
    }

    function initSync(module) {
        if (wasm !== undefined) return wasm;


        if (module !== undefined) {
            if (Object.getPrototypeOf(module) === Object.prototype) {
                ({module} = module)
            } else {
                console.warn('using deprecated parameters for `initSync()`; pass a single object instead')
            }
        }

        const imports = __wbg_get_imports();
        if (!(module instanceof WebAssembly.Module)) {
            module = new WebAssembly.Module(module);
        }
        const instance = new WebAssembly.Instance(module, imports);
        return __wbg_finalize_init(instance, module);
    }

    let __wbg_init_promise;
    async function __wbg_init(module_or_path) {
        if (wasm !== undefined) return wasm;
        if (__wbg_init_promise === undefined) {
            __wbg_init_promise = __wbg_init_once(module_or_path);
            __wbg_init_promise.catch(() => { __wbg_init_promise = undefined; });
        }
        return __wbg_init_promise;
    }

    async function __wbg_init_once(module_or_path) {

        if (module_or_path !== undefined) {
            if (Object.getPrototypeOf(module_or_path) === Object.prototype) {
                ({module_or_path} = module_or_path)
            } else {
                console.warn('using deprecated parameters for the initialization function; pass a single object instead')
            }
        }

        if (module_or_path === undefined && script_src !== undefined) {
            module_or_path = script_src.replace(/\.js$/, "_bg.wasm");
        }
        const imports = __wbg_get_imports();

        if (typeof module_or_path === 'string' || (typeof Request === 'function' && module_or_path instanceof Request) || (typeof URL === 'function' && module_or_path instanceof URL)) {
            module_or_path = fetch(module_or_path);
        }

        const { instance, module } = await __wbg_load(await module_or_path, imports);

        return __wbg_finalize_init(instance, module);
    }

    return Object.assign(__wbg_init, { initSync }, exports);
})({ __proto__: null });
  // ---- end of glue ----

  // The wasm module (243903 bytes), raw deflate (zopfli) in base64, carried inside this
  // file so no request is ever made.
  var WASM_BYTES = 243903;
  var WASM_DEFLATED = "TFDBVURBCAP8q/pszhLGAnwcvLKkMYuTwOLzkkkYMoGRz+8vFRH9uT6OAUJQnCeQK4SMhRvQpWsOZU29QNhwnvG4Fyv1gpVjU9DXpyGERi/mlRahccy9XxHGDy3gtbNT2O0dxlR0gzlYBlGzYEbYWSM4emaFdUKgsIzJiK4Ak3mh8xwuhe7t8HPNG6/YXeiuwtvIzNzLjL4kvo/+v3wwMHU+ZTQnTWBILLk/LLk7xJJ7EyuMlts4574QO+WsDp/FbAlx/vZGFja1PxIkNPap02oxCo3DuYxolNR5NcV+OSuLvkduGIzPsbcyM3NrWQb5VuZeCmf/JFvOZptOtpPJwnfph+3sO+Xx4gtB/R+h5d+fCo988OF+rHq98FRPWXYfXD69lvM12eWdzvk8lktaftGaNaD1XDE6bY0CDM91yGdW8rSQ1VZE8dZ50kSOh7c69s+v9gcdd/OlLAbZNBYBkwQ0DQ90kGdXZNTrc+bmuQQ2JGI4Qhwe6gCvr8B+PM08Fj22/D1fyUZcKyTBasQGAW/nqx5HzT6qoWpEg6IpxnaB51bgKh/OmtU0tJSCVyCXENbobl0xdZKYEKslij7x8Pat7Nfe1AgxlCYxLK8A3NqRfoV/nKf9uMvkg1PvU0xJS6k8PHzHphhkK2g5QaSmAN2831yRK9NxPs43ruiSTuHDIYNH1VJNtcTOsh+euHVKo17LgFWdJURnnK02bEu2iQ8oQEALtjWNqeC9xYcQbAq+wgIz4za+jT/PJEIsCuqdgr8nf4whFIPEmIC48eqvP3UXgDNiDAmjbRFTguHJDvDeZsK/Hme0H08T38ihmhQgYAApzZTQi7ej8PN+nGlVqJFVTC2CYKgpdxXe3yhcwJ+cW9Mpgy2V2UEAZ1GDdCU+2Eh8cTjyHNwahuPCRb24xNxi6g/iv2YJo4rzzM2rClkzPNWxf+FPn6fVh5QGGEM1NaKthro+XvuL+ZGbLpXW3c0MGb2wqwgaoSLdKbpSHTqyyXBj9RRuF52Oy+nVU44i4HySmsQXK6l7Ol78M7pZJ56PU1ZXvFILxJWjeFod3XqrBPSqjACNge1m4jb21pApLhnwit5617X/99KGSAWChwLg0ArexRlXQiVIzVGJ0am7XVtuPi5f7XRcJilj88SpoiBH1WqHp3undUPOl6bjtewKUSVpNrhWE7lh6MBvb92e8ng+HHKxFgEEyvKCFPvn5p0e3vhwupErBSfBojeGNfh6l/zl03L9ZP0tI9UoTdSVQs5gWnPv31ifT9MyK9aQc4FMrKaCohme7xDv9iKW/W5ZGNk3BhMcqMFUUVsv5L7AUS5rmTNJClSQhTQFn/zdC5zWG64V50NT9RURYtX+utsIjOdfRaeLgU7oJDhTDVHiFqlzR/YUVv8XCrEoqWpsFW30zncV3t8oyPF4UB4vJFwD4ZbYGFEs0fV3bnd2zmOZ98cxRwetWZEAljA039+5PYnzYtT2o9Ys6gWddak1aAX6GuYWI3g4Hk96cxDFNgtOrTpBoxi6g4gblXWmLsrBp7wPLgNUduJtqYa1ausUtpdSVTnv/h4Q6xJbjqEwJ/b95rz4ny2yn/OyuHQaJ215Zjno8FgHevVf0PKv075k898fGN65P9AOL9wfiMPz9we6P8iuBihZjih6H6pqPN82YttZxU6ONens9vfs7Ome2LZt27Zt27btVHfPmcxJbvHeV3iv3Zgij+ujysYtvQyDDQyTUsUwl5aVqeAqK0CgSiGBMhO4hNK06SQMAyqVluNEmIFqobA8lMiCLLGBJQITdAIZBohMlVdgC0+sAMyQMkrgFau2AGORwBqwsa7sUWClslpiq1jJ2swOu/Iq0xWYCbZTAQjN8pomedXVVmcwYKBQFoYDW0o2KRjDqMBY3xpffGUZM+Ch4gumqSWAIbLGmmuxqK7NBF1n3fVArMxIY4YTAaoiZAEWTrYylG6D9QGTAFxxXV4Bs5uVzLE0G54RyvCYzVU4C3WKBCTkusnBoad3JtBHZOxiIxOM9thgQ/BGEzeeOJEtyyaCDLTpZiZBsSJWKkQsQqOg4sCORowQAYREmIjEE2ZhQDdXqyBDEyYQWbHMcAzycOqUiV0KVRWRUcnMTpDz1RZEbd15gACv6IgRjshtCYwybO1WhcJimuch2n33Bg7IGSEMt+Nlb+reZ597UNwb3c98dW/anvK1b91BZglbD+uNaFdGtfUT5n9Da3OiMMTV7Pob9aEgCnGX5FM9ubRxg4xqE/9Z1tiuPwqa/fPwuAxv61sHyc9sdxNXSqEtxnhAhv3LsjG4XkqZ1trrodaMgaAZxnhKcimb72c/0bIMBnVvebpl8V95eLJlGQqa82I8KPmM7RjPwy1SbBPvz8NSatO+YFc8ItWUx1kQWzcjfKfZ9J3m+5Xvl+KcRlQPmpuHO4WL8LbkM7p1fxMviJsfN/q8n3hLitlx7Nk18fpFzflY4rA33gn3Sj7tp+PuFJP5eI+YqOFfAPiA8vGO9XoQzd8txN3idgqj2L9W8KFo6sB94k9MsEMjatbmBYMDi8JIaHSt/fVea4ZRff6gX3tAeHjH46buf2sa/XiHR3SIUZipf3K1Q03P9tE6qkMKd0netI0oxFE6tvbfx3ItW+VYGt0xpT0mJhr//ykDra0P5GEdk3wQURMr5r8jQjcVd/uCz9QDaR/qu0yf0Vf0VX2Bz9K9v9Sv9HB6yQsf6cv6jX6rl8mVeq9erffoaTrvS9qffpQfaKWD+GH+gR7meyhJP6TlpIT5OmmP4WP4Z/qFkt7Dvn6Ef6WkfTjld3jro6l+Jz/Gd6XjP6Gb5bI0rbLyqmfqT/q5PEXH0aX6BH0jt+oPerk3XcOH0W16iX7HF+vH3rXj5VL6lH7UY/UYz67no+h2/dQ7eqBerts/Rp/p53oynUIlWrbw0pulR/W8f8gxCzbHcaSPW2ZMnDRzyT37vsfMMNvuxVwv04dwPzRwPDuZY2ZmZmZmZmZmZr5bqr+kuJ1MMped47unQbbI0q9KVaW6ru0epf6mVT4z3i3CfZa9NfmHxHUdq3AuOMNVj2HhXZAJPOWFe0Fmk0PukcIn95LM4WfvkswlcQNrWS6QuJFYlAGF5Oy3LRTb9MCCn10KS1HyyAtWbmU/U/BbWJVsIcQVCbp5++3nCpSm+wtFs/97bX57qWgOcPfbH7RRmgEftZsDfujw2yftxoDylw7enmrexK3snzq6fKhHwUvJ3xaX3/3y7Xc/+V0/dI9uH3vWx575WvsIz/2CQrxLzjGRoLTOYxohBfllyzzyuaIaPH7Q1o+pSPjtp/gQBbvv4pqEB86V1tkYyJVzu+XVVzsHCpGfambAk5oAT/V4EtxPHMhPxfsVYaU6XxFbvPLr8N6KHOVT40KQoLy3UrTL6+xkHn+rzQIrLdnmmfBWirNcVRzgf/sPyI6eTgr9TZk4LF5KrsN+MiXBRVXMUsTdqyK+FYtPlG5VBJRwgT4ZBapPRDHN9iil2Z2D3I6eAUU9iijrHZQR9w95bhIoBHWoVdpV0Tors5IzMpHg9XAR6KVUhaBogFB9JDALybhJrYEnpYCyHZ45oeiMzCLe7plZatC0ebYKckS9qGSbmVH7VoyH2sD0UK+Y56f5nZVClNc9n8cJHqEQ/JHXl7G69x2GRoIXt4zPVTLAzncLoaWhlhVTgCI4k3dBAcU9/NvZTWhBacV1WKeLCPOHDD7SYogg0Ai7zTBdUNp34RXyMpwDMlbHLCjTnru1bUnWRSnQXZRXXH311cEBmQxqlYzELW1rOz5KzhEoey2ZwFTjlNUt4cSWdEILHqXDHXIILMFiE+wzVvKKwSuZuAwpBuPrgQmfQpZTBDm1KGSkpLpHEFAEAUXaCFyHj3YRaLGEdh/nhgW8TAGgxZgua0KLFLSshqYP0XhwumUyvIyyCfAmtKSqZXp4kYIXnQS8QOEDBfAzliI2DAOmkWiTSLnbp3xK/cIZm4QKLf+peqZscg6TnzoJ5QYZtlSrXc5UvNJK0An7n4MazsG2PtKrBqe8CAY2VpQiv0wucfVrfTQ3GmxugMX/YtBsMD6TueeXFRvKFCwOTAJFtMgWmkV5rnICP3QqScb2SC4f6lWy4PKVfiU3ufxsUMl9tITBcoWWVbnKtqTDXDoyo0AZL7tvbwEUcyNB+yoZ1xar0tY8RhHDWpUWxZTusHFLKGC7JGTE87WgHfAPqjhAAfzDDIWFwOYGYsAkHeUgyv6hqmgb55DWziHWH4q0jzDdcmpTB/6h3TtoPElMOfxDvnO8f5gZ9Q+h9hCp9g1CW9+UNur509o1pD3srXYNsxgcKNMS8C7DRHZplSCDVcgAdqY9ILjVJLh5QoL4xrmwZzJIxZQQX+v/W0JcvlYQu6V7UHYTWqGAf1aYYQyGMxSPYViwaR9lGKGIFMNIMwxkDIbxEMNYM4zBMK4Z4nROzZAXeGKGdaDyNzEMeLKl8QyDUYaxYWhXYDhPMf/Mn1APh+HV4ccow3h6PcQE/356qIPc9FrqolAcs7KD4M+mrOK6m1S3sywTR6TQUp7BBHodyjCkY+K94SivSToioX2seosN6XgH/3q7iTxlfBDebQThXRwNBOEz0GYd/UHPuZio4+3JwXhuYuA1I6LZWkS1bIoZilSfdZqltR7ltIZgPELPiNZ7LIn1MfJpjw3GW8cH4y31kZZZyEwtoJketWimEYzH8LgdgyjeC8ZjwI/NOXiq0n2K98Lw8WIhqYwIUaVEJIVeRNQ0xa0e/nHoLQUt0Cl3ymzih7MzB6BPLoqcHHr/h0ePEMxw5FioyJv3n0J46dTB4/Rx9n9Y8JjKFraVGlrYTh04ptDhljJiiLiZSVef7S6GdP/HI+/Moq6h1gy3a0sdUldlYhZpLwq+bg+D04xR8M05U1keJFHmTbwMYzo/sOCt+qoOW9Ay0XO6F3Kk2lq0mtYipmjoor6DDdrUqcq+TCiTQvvbsn9mBhBCGUeyMYXgKW5oWeVtMVZVFoESK6lqoXwNzCYsS1XehBJOJqWYvrwpmjJ3ix8FWjJuSahTds7PovImaNSXDsoQDnRU004WEdffXoRcdG5lu1zYMJ0hp+iqfVY7Kb/5rXdZ5Wr50h+8y8rv63Is/8zvcMVa+da64pNcwT0+Wle893tccavypT8cVFzxXa64dfnUukIlUMpXfu+dVn4vod6jofcO//wU873R1nsorzBv6Iv3h2IuMzYYGnsd/Vb3FkOtj+GnchkV9VLiZocHbtqrfeco5yjf6fOpmpyjbGYp5V6WsqizlJvIUm6S3O7f77LMIUmFylEiOSkoILnfTlEgeVjst3MKVO6wQO7wpRDvbJ065JfXir3UYQDv9kqhy0/aJF5KcmLq0H+XbGOZSB0qk1CR0HlCfnklZiVR5wnbOk+IXhCRThXmp9adyTdJQbw/1at07SAmcYqojM9X4x/rVdJ3thAQv9U3SS9bnRnL7qsjVaj4xztDGShpphMVPuUZU+YhThHkV1Jw3VXaaoXork6Pyz3IY1sBhve/byG3jz32J191joGmZcwIqOvqo5eP6dRolRJGbVeddJuT0zo4QV2lLA4/1p8yc/AMcI/RbsH/dniAdpa85R+WpThc+GdkXpNATMLtk/8yKe2tIQq+plAMUfANBR8U/Hr7JCioFF+BIQMSPvlYXqE2WZA8Vmw2KHAFbWoCdWNdK4updq6mJql2rXeFfIYUeH6p4AUIyIrtpocgFNrkaUflmSAUNToAVYL1EIBmestSKJ2TobL/YTP+TMbEnyEXe1EZahJcBxKdDE7QM0KMxvUq/kSiH+RQCMooRvwZ1/FnrAShV1IVIUXmmJjIPFTfENyiw8+ohzU2wk8PHsjshF/q8NODufXgAbxbMS6A+qTNG/L4Jxk4mFjpgQLwRI+7D19oPbWG0FwW1HFrXsZ4refzAnwN2ud2C8YjtRPysalIDTOKFCIyUPOTGEQGUnMXOu1vAoOwbhiJC+SRQtZxQUqpqYYJq1vCiS3phBY8SmniAshW6yB5EI7iKcOJy5BiML4emJA2xz7E0tayjCpSQ3yIxIdIfAVKJIOMPfPLcZWl9rsYtPuuIjy7WDX6GyYoqE3u7rvIgfR3yWEBcvwa8PyfZW1ytWwKMTCGrsrgzXP1Hx00NxpsblhQ6tJs4IqX8krWuPykXcl1Ln/rVHLDKAbxQIcHLtK8Ssgt0YIql2lRlSu8xFl9FqVvlGhWZuRDyXJ9D51VWiHd0jKCdc/MnIGyG5ysXGeA/gr55Kt8i6vvSu6YrB+xwta6ydMYbfVQeCbx51GoEn86T4DQlFyYAVUcIBdmoGO0TUMZiBuz4IZrbui+sQRRbQk8/aUZYxDQDZU+dXvEvWEMfHUQcWXk+jHGoDPRGKSVsqr4AGzbYv0BQRF/RdsCH7bAq23BDAXkKvftSh+5vxYtK47LoxyHj/nGX+MIiki7+NKFzrru1olwdmucUL4mzpkpcM4dh3NmFOfcJJzdaXEuTINzNql5tpAGbCW0RC7/LMHN6PDcG4NzvZL+GJz64wqnr3G6yjmR18A5xknVOHHUJ+F0R3Fit8fj9MkFTlfjdNHZB06X935tcTIJfMDFfWUYp69xusDpD+P0DE67As49Z2TshD8G51ol3TE49ccVTlfj9KSvIpchnL7GacKYYZyvFBNxTqmdx+P0NE7v5HHqUFeM1VB3jIb6BqlQSB3KcK1TycGWTg6CgnHRig++6h3nmt2/m2uOKJrgmie0pKpletfsKnruSbnmzNKeOdeOxxvvmSmlWYgJgSOl0ksjkHXKn35fXwPxlvYyH1kkALdQMFD2XUCP+69Q91+L2vp2yzlmNw3r++xDvz9yn33q90fusy/9/sh99qk/GLnPPrSu+ON3+Va5snerpIxSXu0V3zeXVLuvhJtgeYlKRk8j/leKSfJXLXvkPU1+NDXojSrAxJa02XLSCuBNpQAuc5A5tpVADwJz3lKjCNeQ7hVQchzX2l3VML2eGallrxPFPStVd5QcKYxa07Gm9heY7TCzcSa0OsrG/4uetUn0wmAIGM+bXemdMJOMWoeZGZW8MCrM0fu+W9U9rQ0nq6OputW3b91761LV1Mh5SEZDyGR3m0kCzap6ORrXy3RtXzW16x15I261JQ2YtHk0EzWzAIDTJPIOLXa1K3SgYjmK6MbHMPwz3oVnCSk9kNOX2S3diJYXnyIezk0uDBRdr4WY9ZSySpRFAqlhjVcf6DB51cc4RBSLDZm6K4vlN8iY1t5YGTpLKMAfrkzJ3p3xGUwG/szH3q1Qjt1IrN/RikCrKm5NjzyfsZ2uZxSndluTTuCFgSjcydW+ouAr7eooqIWTEB4FVZx8ueZk2dkKn//Nk5hkGXb0N09mPnU7PbFL8SQma1wWM4H9pTorYvvhQ087TaJq0CG3ts3y+yLsceynf3ZLwGVGhNZ2bZHwJfgP1zK2t6cnzJ1fBsM55qQAW/WhPWnA2NwwI/txTyOymdBGKUXktpQe4VwZzMlZK899kCWEEs/qQu7p33/wFgBUz8fZIxm9XqdlyMwQGmzSOtBuuFGn3KrF9vNurjO6WJ6urtlHJQ7WL4C9230/8XRgxRGENPGQZ6mFDqkTDGZl0A3YmZQOplvt9gFGE+iUwVY5GpyEOFqwckevq6hB8iEsqoo7Re5Um68M8JENTJAXEcw84t2kMuBwIMOkpvAMIKmrinDQdhtStMkWhmrO0KuloShgdBvZoldm7CWcftIEXc2IL1AGSHVSugWJGWoFy808sdpoSq5oDmQ4czirKQuZAqZ7MOkfdPhmrUH6N53tFLIf0t4NOtoEiLoB3Ic2QCu92LSeOityaAYdwbPhdjiJhAaQkVVRHOnEMCILGjtKbYE53G4UgNkLDrcN3bSNQGyD4odGU/va2Yb6CxzQx2Rq9lhPKgrSssqP8UogECuTKjU85IDrF+owswbrsOMdZTjL2oTjmD4CGXAN/XhGQ7fj4Eip3RhWWtfMFyGjGo2FuiTzykSuoQxgWFQmPJik4ow80mvF1Ct7h5Q0ECeomG5oM7q6rmXWlLmFcSduiLMwEzbFZeiv5Q2WyatE3qSWl7Ff5FVjeSOXcTlSRl5eSDSWN/KGiAK44SpsospjTEg2g3qdNAAT1CYCHGFxvFAmrK2LTs8DHBuIi/uglxwWA7QrJp3jKqBKArgNa6i5ocTZtdtyt88PJD5oZ/Jli8Ee84rJMLeBN6bSMuwGQGZAkQRE7wECMTVkn5qz0eyAnqa35RzNCzng2EFLYFanDrZXTMGZd0B4SAzbn5ilQOGyKFbQkFlChDT5wHOnyRYWlWZ4WhnlXO1TSp2TL85gMAQIfWEFZ6k6lujTLgPhgtXfOJqWwRkkDqJnzTI0jiOiIuAjonIxqxER9TgiKjqmrpZZ+/VVDH1qWUTUyyOiHkdE7Qk3IiLXFNw6dg6LippRUbZM6i9FxagZFWWt6qio6qionIL6jmkw4KOiEsaA6R5M+gcQarkjqrEj1m6oajdUYt+1G6InbsiReU1U9LL/hAYbDqgtyxo6YDR2QO0DTmh/o8YRR1PLHBq7oG66oJeaIaexNmzCaomWu6A63AWBIb7Wbab8humo0yKCX/ZgQJm470RI2YXxN8xHAzs/v3O2hBnMGSXfk9hgG1JBn6Fm19bKQZ29ZEwG2ZDisq8kMWzN28w1VgTBgGeU6kjBKEKZL27SNgc6Rct+lzpLaZSR9OVkmstvf8gnbLyySfC0HE+klvlmIxnsgxYZFuhTHHP+VyaDrV3NbirOxAj0i0p6G5CxM3IyxEEyyU0PTebQWk7/7oNVOLuRvYg9TkRMmBV6so4Evkzg4wKwbTz5JoHPC8C2gfZDAgcEYNtA+wWB7wrAtoH2BwIHBWDbQNv9UwC/EYBtA+0FfDL/UwJsG2gvIfAcecK2gXZJ88k1BDhC4IomsJcARwiMmsBrCYw88Mom8FYCHCHwxiZwIwGOiKKbwLsJcITAUhP4MIElD7y/CXyaAEdkfQh8XAC2jSffJPB5Adg20H5I4IAAbBtovyDwXQHYNtD+QOCgAGwbaLtpV78RgG0D7QV8Mv8zvz5NtJcQeI48YdtAu4bAJQKwbaDtJXCFAGwbaK8lMPLAqIn2VgKvFIBtA+1GAm8UgG0D7d0E9gnAtoH2YQJLArBtoNFjjbIrB0yMKKGGpZZla77A6MQ9FJOmQrYdMKTxCaOjxDmOI1KtR88eFKXMz9MjGVI06l6Wr7ItDJgPEc6ZKNHMmRZ2si4CjMOAy8KnMKoI3SL0wcRvu0MjeAkzlg8krGTaf5G6avPlukDxschVe0KIJ6inAE1ISZ3T/gtaCQ9XxMQyRYQNRUz8BUVw52HNEORIjGGOOx1s8UKbE5csbtA4yDQhxu2SA6dJWeYwR0z/3ei3xJ7jxvYGFBhMERtNRBoQM5D14GFIaEJmqYtnyTRVocFXXe66VO+SLJWGJJs2k6yykH95klU+yQaNJBtImeuGyqCuc4NxknXXT+rcxE2Jck3AJNtqV8nK5VXYA1nk4nhtRnW5kIwHQxNJYh4WsQmrvARbA3CgAiJRATImcqpijRa67YfKLpLKo4jRhIOSWIVu87HXlxxs1JsjnnWjrUuSGNpKlmsrFm3ppra0aCtuaCsuQmpLhqotHKvSsbZisiGZPG5s79nE1FbcdkYayK6zcvA6L5NbcXAquZbAq8/voMB6c2Pj9n3arjzDb/CsC8tVj6szrn6W7VFVWxCNlnjtGfPn57C65maSKGNe2hUzkJeoCRd9mSzePVUdtCh5VUoZWLxQdk6qlsn8l6NV6D0/WE6NTCsv7LK9Va0NfizHbQrIsbaJKJbfTNXkS+j4jK4DjfrXl44HuNlgHaZuv/CE8Na7JnZqHmu9MYSTYJRXiHDDN5qZd38vWQqmw7sZvTmQv7OXRnqnud2Mvg9dwQ9uXBoVPd8PyHfzie89su87M3xvw8Nf/M5frv/wpsWyZ3r1g8flBOsXzskXarJ367eLKaxxz0wt+KF79bPfhceFx9KWTi5iNpuLxD88nQ+LwsS85ALV8HoIMc4pMxPnxSqTuMsRRUvuhnAfymNh6cW06gzLwEto90eDs9+z0RTHhSePFbOXisF2i7H2JRotNjuXsI1sf7hRX6GhVAOK0GkMxWP4Emy9Jxid8BEMedye2jR7qzYxnaTHb79waWtaT7pTxkTenOQRw2FvZZ8LTWsDos06k8jBs0Q1s27GPHcaLp8wjrcZjVoGTSDvlanQKLtIh+ylxQo+5Il1CCXwgLtrUlIvu9AJ5MJNaBb3QfYufVwYuP1GWl2e7vKAtyvbXMkdibOoyH45QKKkAnuMPuht0JPTEr8MELgAZ5fdIjFddu9vfxM8HuRqyylySN4fOJ3Vo8eF2WEQRAHl9rZoJ+b9bjCgnCYZgtgTi5SHvrhmDQHiO4ZpkbPJCuqW60tNQGdobLQDejvRxFy2Y90K3M016zHYOy40aPLjwtWyeu7GOjeyCS0kYX+y7MhXPZw7mpNrmAmcZ0bRNXomwWt3DINyiobYM7mZyn4fFnlblAUVdKjDjuhwBedL0WA+GuJvKJQ/swdCU5SxItpOE/JKDJOj/k10x/AKXeabnzb5+m1f/4/dm0aYN+foJRhd2PzSz97+u+27rDrpcWWcl2tNjbefeBgqK9/6+KZF38sC8F9ilkuQLfVO2Zrm2VOvKaduKte5S332kHwfVMZm3SvK1nasy5R/eV1/BN6ePr+E427IJfmPwNZ8ezc8BpRa3caVRv+UZ48V4rauQnSHbQf366qaqJzGMiAfCrlPlO58tBW4UXvzVVfy77pNnVZlWA/pI11tvt/Dvnj8g0+f6JPeVK1Fkn5Ijvf89PMvjpjD9v34lgCL59EObrKvdANl7od+sWm0p+zVgMkXyjVmjektlmtukgjx5Gfur58n/cUFk1fA0mhMAy8sLJa56fFN48dTaC0nsdGiAVE+zxcx4v9t/smZW05df/EHsUTnfukDl5/6rI9sGi1uVnbqVY/e8Ql2z7j9i+/zgAd8ht1Dr3nSl97+hC+xG96Tf/+L7qi87WjMZM5Jbluzly6NjFlYAJLIg5nLXhPb9BYWNv8xPP7LE+/78aZFvPZL9bDJA3c96ebF0ajs2fd7PfFVIXlA8Mp8NBpL19TQeNY10NHCQrEG+aPS+67xOiU2ODV3ZvHf0Wnd6BiOnN7VyMeYal1N0VBdUxABGkW7BoL0RmKsr+B9MzO22f27o9OjPq3nNzRfe+jl79odndFVHPnujb8PUbLBSplxwNe5PAgNndkt7Y6G/tnmPz3jjuduO/rlJ44E6xwEB2DxghayZOUYzlJPiy62Ad+mLJNzVg/mULEIJ5tmZXy7PUoela3hXBljCrH7vIipS2DIj5kGTzHJ7Otw/XH/ApR6E3DatezOrP/fXb4Nha9xjGOxfnLc7/40wzGY/XGPf2XnMQ83WKxyalTWJsU07P9t/vjem7dfOH3eSYubfzr85HvsTTfcDOO501dv94bBA1fRji6/6eZbPf6W8/aje9ID+PcejC6U0HZdAiyN9nBurCjG0fYWR+Cj8iXM60MH09sOqoDSnxlxcaixlc80CSXcvR+mUIeGQy2sFtpnXHRmN6zN9dHhYkGz2PdkrBzaD7RQkXOhKoQDuxzCn1aeBgSSGQJBtw+nYA9ewPSL5ozcXraSNNQyGvaPtyYKmrNyUAMVIAjBwetm7vWs/YvtWsLFuO7y7Ko24qZltxlTLzI4Otu/hKTzC43uknQPShHBJLBR/4bDl4QDxqKFF89BOT/ZtFj0MHiQl/GZyFPJZ0XCJsLecEJfHPZnJEdt5W+IWsxE/spIAjomBm6KzmI5ZXrnbXG/7ppCNplR7emwziImr+PtIi+jXKJzGExp8j3XwFyOCy8AYm7WAr4alI4Lnyxc3w1M71bSPUgB5l3/u+zvlO6x6FFuSPoSVZVTalq/QFUZpz/2+rwO4YvMOWuuMmuqh/Pn5AxR9Uvn5H8Iy9hqps68znQw+lEBOcFm9gr9h6RYh6nfqN2F8Nysu46mP3Vu1HcaN73sqrBY4/SLt+LsGsQDiv8b7j7Z3YAFYkkTSda5CJdptdSlrextqEavILDmuPCVbKHz93MBsfnay/ZDN3B9R+jOqGmkZNi72ikcvUD5AjF7OTZ3Md5t+6qyy6pybBDXSJ911rjETJH603GJSTsQm5CSyKb2QMAiM3VFZmrSZpHZ5rssMmNz+HvZF0ITuyqTe01XZbarKpM/LWuUbeNuD2QPBK7sbcvFM1plV2pwIV4eKROVE8zyCQ14NQc6xSSs8EhXxd3G1VxHGzHwW2GljjQrWCwKuXNg5GguKCbMrUi8gwZoK+Gdkxt0Oh0+2PVQnp9tI9vJfhiWR7mD7aNqa5PNuSsAj2IBKNC9wMJK/j8lLyYw6wQDznp9YrlyC1pgrbQd8HCU7QzLY7ZsL1ayKKxLvpWIL8eYjriY/Ths6QhXAcKiskMavg+MwBzlylDZZ5Cpk01cM8Xwdq+BVHPZj7VcNh8WE6CTDSBzhzrp8OhJ0LK9SnYM+l7TLFKFUd5QM+z1iiNmgmKdhgycCVFBOO9YV7I6HiCWACkByBbtIEY2HI+DewTPlWx6M6pY15byGgHl/cEge5MmH4Q+7SDyzamya3kzV6rh1TPqvl2vD0YfYxU9KuY+YMI5EBkCfH9IiObB3PWq4gj3Q9E2FvdoDt+Nq3c0pV3v1m71IHtnZFabLqyNZjGD1TYmkYqdm6HpMEPDstpBgWxGQmCtd72Uu9qEtDOuf+I0CYNIRJMb9WaH158OT3ZjJ3MXmPDq1sMZXDfqB6OZ4A5R7jN35dJducLcZpsU9V05twF7A7pCtUG6QtHVUr9BQs9vkFJrBEGuT3fZXqOKtguTElPajANsvcguPMiPDSfgc3erdpqryUIr+4aiNXEBaJvcOqwvckphZI8UISxkiAocCZzmoxJpgTyLElO3M8qcY0wCgsAdI1ECWIY9uhhNjxcAkzoU8QjVhaMV4EKijRgBc87qIqfsWdER1y/FkYOt7kZm9sWwTTiCwdMUj3R8HEmNSzqDeqE0OkClrgkyPolB9jboDjRJP4PlyNjY22m4d3MK5p30Caa4Y4sewVeqIpGY+oZwQB3TZ6zGKSiao3FWB8Hm3T5e9+3onWsw1QTbs/IyZZ9fc0OQFL+sw4h9Os/3uLDZpSHtQ1TLj7RMKRa70MUQL94SnIKVegiSzAcjsk1sHhCOH7UJU1IWQi4eTYBI0bJZEYecpiUbIC7WILuO9U3mrlLxHykSvURNlFaFxyEsQVLEjQtqLfIre8w63d6pP8KuzwP36PsdIE8LsmHRqmZRoGIDmQLVUF3ZcI2LFrmLQJwHb9ASo2JNfWmErbDp4YNkA0/PU+f6cl32qoJ5MPU5L/Z+kDRPWzAJ/LuM5ca5kCndcyq5bJkuL1m1TcsHCRHyOEYA5l+DWYBbJJxxfOSSuDQKa+eYdyuTwMiFJj6ajpBKqsICyux8XRoX2oo2T8ruS+bE4KpDsf6oPtUasXQ6QIEqdWdLoxIFxHc1j0juVMSNNOu+nr+bfBnbSLlyGoxlgSE3RrmydW7KTcsfR6zlcQQ3nGt5HNGDcqj8Fh0Q8kvkiuqVOugPEHrNo4MEazYvNU+FtX8EehweheJJB6i+P2jpz7P/G9cf0cN+4frf5fhBzTV4NB2Qeb1VpevUOXDaSNcR49AVobOIl4QOvoSXMVr8j4zdcrYMUsCDjtgBopLMlzJnTyBnS1ys9aJgHxNSFvuSL16esxUj1zhn1wG5Zu0SX6I7s2He5jZt7CZSfjsjc4hM3JHnEjI8JyS0AbJMh/OUa58e8OlusI5M6viq15XlaY6xdxPpjlB4dhVRPu7AeS2g4VL4QpS8sronmzUVhzuu76U3v/sudhFFcg2wYq5x9nC3WBN4DGZ443KKo/DfpPhKTYMJmdq5G6pqYrsU8DdJTk2f1tPhG70Cv4yafJ9i7+O6oHoZ1HMplQ/XWM/hv4Tq1o7OCxTUzfkCLkFjPbEGmVnF+9BtbkmVfV9wlrQfSnHF29fYyqzKXqvctkju9WZjMAWxN4PWEtIRdTTzEgBYXf1KAv8FYIRpRgSeDsBM055SniKqwTuKKZsytNNKWT4reyde3/hmIIHRzW5iOizD45QrqVvv2OPF7fV5UCGWFhwfNN1F7rSLx7Tsrm1FxqNr1nLOJF8vjrjeqm1dRHnekcrEf+5Uxr5Km+0mDHpPEh/oD1kXIGV/XZWrcEJcTAm/soePkJrtEfL0rbr2F+o8NPQWJ8bqgW3XOHy2ms9qdLfud85eqd3Vs7jtwgeKwiNYwEAv322d5dLhsOhKHugOkIZVmUDSSz4aPLFUbB4/LFe4CzHfxFDHqh13DX7wnf4JQSA/vzArUOd+E1iC03yaknDKM5zXfiNyv6dVduI0Tul/mjrg1a0xbfUX6bh7yirf4l9U7kVg3Dn44Xf6uP5MyTIuNGqIoftyGHUFliqobI0LkfFjMvuR9qFDM6j6wAGPQCBVsIZVLlrY0c1LgY2yn3t/MorbSpYEwFhlw4FtPUkOmOzap9j/PwsQccq27Aowtg6RVElpkZ3abfm1liV2tMsE4HN1tdfEpIxw13HCkBO670T9vC0/b9MeM2+Pq2iMtMLDTDCgCSbsRaWqOCWbrVkQtvGZlf2pJk/Q8JinxEyRiwZPjpmkYqbdtpfgWXZzhOV56/eA9fXAjewOhdXORuerz4TlHwj+zFfVvs3nyd9J/T1/7q+G/tpZ5q6Jd9dE3HXfX3BXIrqY4sIIC5lR6EsUqfXcr9C7tHrnzQ7FKnoHVsW5o+K6Kfqw5tDQtJ7MM3b2t4p3RtD/OB3X6ct+4XlL3uKyj4dk3ql2oqnalPwwgfM8xJrsu2CQlX6a/Y+qsqCrdGHEOfsdG6CXPU9jW/iuqF3TqdfQ+BftW7lc8Xi50tp2WLUjRqMQVOxvQIie5tmR3y5hsfz4FYyr/0fe/wDaVV114vjZ+/y999z73knykjzyHmXfY9qm09DGGSxpm5acDISkgKBlOtRvv79hxs7YeQ9bQhkGZwIJJdS0UhttVarUBkoN1qK0UouV2qBY0aJiS1tUVKqojEWbGatSxfJbn/XZZ99zb14CqN//gXfPPvvs/3vttddee/1BOAZrLXIWXKkIp8D9iMXZUB4jXChFE/ebBd/DtV6k5cn+cKY9aHz9VsbK1/OGM+1HfPQbX2bvkqDgPN2xwl4V4cB2KYu5U5r1Ria/W1p7GThQMZUYbmvhEP/d/Px4zT57bbJXCM9D1vN1XAK+RIEL/C08Y/U3Ancp+hHpfBC2Q2eWJfTmRmYXCLVPVk/f9adZPX2wega4fqutZql71RdjNwCjZ8GVbhAYPQtk9JCJM0M+izxw9YxLRIQLNZeDk2/PDWiHZMgrerQLYpLDJtHPQHs94FCc5cJpuBBeYC2t9YdhCelhGK10+l05Gnhsh5aSxc1j6XV+LWQgsX/1qt+2SLJ5ZPDYVPch2mOxMcAYigUatyqvg3NuKSH9VNZ2p5qggqSwdNfi7lOZPgXm0qJULXBjXUqgfM0CX52UDqlfi+Jtt2dFI0eUx5S8dH0tNdoRKyjhQ0HNqceM9Lj6z9jugaNQGFbx2ZILO/mYI2K199r3wJgrms/dJWukV92hTXncjKCQLHUC6yAT5H1hS0zAcKOHwtVj/QnfHm0Ix9agwfJi2jGWuX/c4KvycY8xeF8k4ScMgc9ujFQy3PfFoGmmvc5OyFOwBD8JdMEPYDuRvMbsgPMo7zwgl8sq6eowRSjrK9BHIWj2Aw+y34JmOJ6BX8Cb9ZHkVBgNFnx55Y2Q2DXCoxitQhoFbIFd41Q9TtszS5tjqMgNaG5hlTyqx6xLkX8I2GNL12CbitwQRTlIrqdcHDN6UY/YRTfEgCL/9xrX9jGRMocX7FHRjnI0B/thFPmHWQANofJgXoJMpAFgbdDqvc0C5GYV5Ep89efOPh8FWHO1cdYvKgn5RWXDojof7Apw4IwOwYDAUCoQ1JZLGhnxJ9JnM1JpX2C9HPW8Qhv4NbxEKZp5abiz1X3W2wtyFs1s1x/KnFdVtUjLXxylWoIaOqpC1hTf5mqwcGd3LfC10pWWtsWyPF8694UCTIGLaYzqoGdwH5AnkMx+PPtyCpWKMIpP4lnK6dMw3RN8Ev4LoCsxfI0yHhbE1RfQejBqgb1qgb1X/ZCh/kKlmylCc6NSkmxUvdzqz42ujSbBl42NATt1nxss1APM4QULLX62AMMBNaGGnEWL46yDtiiXzgCS8+j1Zl3IVsZ5VHIJ9jyPrad7gLRJ4ZkA2VM4VdEOqbT0zLWe6gigebo+5pRPKS2bWRDkXyJZQlROeMM2MGa19Qg3fTTXAaT6AKl5stp0q0Gcbp+ydVJz5MHIg9ob8HNp9Yjg9urDNHJOXCMGX8e3EpeFW4k3esD0sEgIHK2BpSs1GQHoHa1VgB2to1C77jsDtwbLfJ3fkWSXcGslDDbiUAcHw1DgSooyMRI5qD5twZPcb0bPQ4FXj9bjcbniR7CTL8cSndWxwBrRntQ9zzjFbsLGHzJsfaS0AkqvDZa//DhCVnWdHRkdjRrrAg2cxwUKtjE3r+hJItVYaHzlKEXjktEpeERiUcPisQorz1+FbjjHGXfKeZCU9fVVHglVqLcHnONWnT80sKkGzDm7B1sirq+RYjNOSYJnJQxRF3A7Rqdij+vvli5xmfH+JfXaowoGq2BSMMKN+gfHbJ/RaXIrsICVjb7PcJAPmqXqD61G3iiROgk9d5oXV8GOWHhWuQ4ed1KtA51RS0KwHwJGLIbAY1riTgzqbuLzRQ4lsqSNgejlrKg+Ok2z+cIrKOBr0MeeDCu6Odl0x6ZnI5bqC0VxPSUyQGJwP3azKMxugB0y7HlQCap+xtAEf40Lj6/gxeqOiSc30T6xjPO7bPNeI0T2waMRsQmJ7FBkxjKec4Ef6RYoy1GIbGfwU4AcFsZHAbZHKTM7p8MbduwCNLlWGOKpeaTxyHYIlDWBW2b3zJj2yS8jRfZGmWtuwAb7uqcI1ERSqZPGFf6zhmpLZXMdRhKwXupmXD0dRxLSTUtB5U2uxxs+vTK4GjS5hvZLzRWDlwN2DNacCpzi9s44i9sbg/W6Sd4c5LYMoGxe88hAnWnPZvAJCZ7P4EckeDHJnrsM7nOMW5QFj0UAbKQfbpcPb2LFh6UNl+JUDqgFBa/QikaP0imyCGtGu1G61N+/nowo6mm+OUx6m6HGRYjrk+zB5R/Jnl6gyHtq8IiX/fIA7VFSZAoWcBBV8AZlpKua0nClNk4WAfjteqG7rLdhKlocIR+IcuRQPXAlL9S2bU+niJDyDHTFnWbU55BK71dfILbfIiGF3WrFAAYybM9T8dJSOobBq1MFKB0vxeLSeOkImunkXG1Ac5yjl1j14hFh6HqlPhkTkG0jC0oicHKBPQtd5ae+ETb1W3LJoj9QdqOxfXkdgV0OuDkbswVgSsHivr5eBAyl7jQguVvGggdu8aKFWtDXlnaoMPvExXpzTSSBhus6nCTcK/zMNQ98XAj3Yky497qEuzmOcAeq9iS5bnF97ngWvSf9BCIC+iRH9dD8a4bWkkkoGX/waQkl3Kd2Gjx/0gYv4sc1D001OD15g1066g2SyUanvtEijWJHC2h0zEYfQ6MzaTQISbba2wDobgZ96aRSGMMI+SWoxaQO1sZcj7jIXOgMjQlwOSpVRyoPH7gUU4j9BuTZ4pkcsT1PAaYAR+NyPDzV4WnGvgOV3J6GdFx5TDrReWhOFR6Xn/W6H2d5hnUfEso5CUdZ3OwpMo30dKBnGp62EzSEOZKa5xwaLqatLRgbVyuhsGsHtukqWUVqPbReI6HrgRUq9GmNX1Gr+OysCWCRfmPQDr/OaDmU2/gE3rj7GfBGcz+0xClRoAS4vKbtKxa/y+Xn+otgiETBwOWCHxRJdBo0OlW3c6xupR1g9BgQIngItn91drjNrNbp9xUgFeA6sLmRmBBvBKYtwk+YUiCTxeG8EWEHeSP2Eg1dArkN/XoppDkiFaWSh1I6SBHfjy2MSR40oOs138OyBy0y9lGJ3Uh1WfCJUnKOsDFR3eUS6nNvox7HVmY6Kt+3sIK7DTAXULTeRBbaud/UO2WZiOM4ACElt+zqtxKee6oHxnlL5c4w5pDFJv0DZ8ejffne5Fpwp2aW61gmLwavv2gSirHHLga/JEG7EMZxYbMTjQzgEuWLIUcBflYMi67OOuT8oQSpX2Rv6wuNkTHnR/pCe4h+NMKH+7XAiupx4fX+vvYbOY6KwtMmBu+WoGPwTgnOa1opArILiJWSz6Ru7iQnJPbf4q0IMsd237xYRqD56Y8qK/3HjX7tj/rylKaOZqaahprvk5o3M3iPBDcyeJcEFxn8iATRnr6qTOPculKTQuXVBb7S1FfaO75SFj9dKZsyWWnKSnsrVUrOCAZfcUYhjGXpKNhU5DCWIsEmETiFDrC+gMXUIC1bW+tZJeHJZdabME/crAogDl0ihXi9lFzl1KovWWdHnqlF7gDCA2zPpcQP0Dw8EuZRVBKTlZB4oBhZPygVnoujZNwm61RRvXLkceKyixVbVJxoVfVAAgNh64VWQEW+ZVxWoBoqKjiw9mRUAVr8QDg/Qnp33qDrHAfQY5JdqbMhxwFneh2HAUvH+iD2kzKtt3AIuUhcMeswYgwsjc1J4zAU2vkqdH5OPhMQco5BvYquDhZhDmOVy9ltXIgntE8mX3m9Qp8H1q3atYAjk84MJgL9zbW/drRKYTDzMLisVWWoEhf7Nbp6W9bu+4REXZeZquwNpFuB+wgUtRKA3yk2zEJ5TO3BvvBSMAZOFdyMMkhnBGBeoeu0P3qxpDuasBW395c8e+TFO2LQgJECF+NaXGerp2JW+lSEHj0kmc5ghWBTsDifJXYvhrSXtk+yddHAx+/i7YT0/eeOer2A/W/f7gNXba/+E8grzorXE0SL7+7XUuSdhm9H+/XmMwVb8+3+fn36mfFR48FYni+OZa3LAkbozv7LddVufHkHfUv7dK1v5jo/HWs8jCtzjTb5cl7Ubf4jH2+b/2E0f0ola7s0/wRNv3+i6Q9ONP3hf8am6/4s5WD7YWksqfoY4OSYWQJU4NAdY46zRnalmGwYRJHxh6aBxnoK7cLpN8fzZoPViU0eaFS3dkmKbR3odEekl/SxA2dmHmJ1H8FbihtAxMpy98/DeCYQD1LDwhZySaz6JnzJVeyAcnl4xc0a8cWNeBZgUcKMhBXmD0zHyfMUeR6QO+018nxc3uewInLBsPLcL8+1ANqemI4H2Mr3dZhRea6Pj7P77Sz4PzT3pQ3CxNgaT+nQTnxT2YQNeB60GBHlKaJ7NLWU8YSuSUGjDTD7d2vfwZqV9h9VGjYabXbrMJmRPAqavchgG02emwVe/LKGGR5uHTC1MVN9IMHkPGpFcbBeAPsXM2Gb552rDhPXSAuk2X0EVarwUJ/M1QyPalSQZZrikWDaFAdYKReLSTGvlvhe7M5STnXEEIW1CNL57bpJdi4wj5WZ7usTn3XCAHM6032PopLm7WCvmOpB+Q6mipWfDt2PjgtW5zCY5iZLKH2nhR1dq8hMX+ANoPmpT+I6Gu+2lRyv5NNPa3TzUTzW7ojGAjVWpdmqvRKweoJolJixetygHZVEmcSAqeahd0OvBA01DdUJjLJkqzPtEwgLsfmYPAHuj+DZSrs8xI/xUf2IGQ8ZIeBj2qbebyTegg0Sog7o3S2mS2WV9OZXoD32lD2AVx06/jAQ6aH+kowdrgzWV3dYrs/acH2SAdCbOlD1nCE/BIt904mPUml7lML25q+fl2WJ6jV54TQ3bpLQ1ET2j9QlPFpJ6MXhJmkLtV/TJqEAvVerwHGRDFrskxniCtw7XqYKeuM2GihHJtIKnM+1grqEzOAyDjE9l+GRSMQZy8qC2aQv28iCcS6H8UHdgTIpTeuBFmPeYcZQNDehECuvfAjhJzlbjYUBnz8ObhwHX9BRH9DjIeBLQwnQWyVheQzwQKR2WyCOuVRUkgffgdoJGujiXG42jVUOMk5Y5rLpCcswYcZ1s6nGgWnnyBw/R4HZ6KyK+fsOg4mFIwnYPO0M9pUHpixjFf0cJdorjCgvSAAwenPzhAz3rCf7Vsvz/gj42EousqRy3nbngiuB+14sIacs8xe6XJEhHsXodDyq0Uuc0amrcxpMeAn4kNbJXonluhltDot/v9FpamS94s+92L0QH80SlrwbKGggDYhJ7B4SPD26ejQH6N8i9VoIu/0LvG2X6tcAPa3Gz2x1MFHRLiznSMWx0ACE5K7uX7wcIXBvNmscZvCFGgfahxDGjNDU4UqLKXKjqJhQCMLJkjeL14fxiisAfr1PXktMjL49gDftglcQdnMw+pjoECeeXUWOj2orS7oxj6RHMw+YNcJlDkihnStMCzoMy614JuBHJH7pBJleXdaoZlJ+NwnyuxgCxRFftDowqJUPK0CFp+ErVx1QCtcbQn69ZYEHmowSPAo1eJWA/6iaRlhdAn3P90xK6NTKi5guQwwGwowFcI/PtrHNBrHpjci28fhspRS48ZZ6vNTfCIW6H3XP/+DoBf5Qie0U62GUkhEUqAcVoO7kBH/ROKJC2k3RW9LTIBWNmxHKx1uVjw8Lc3z+yjGkW5obvi8FssZThOUZhrB8D0y88yQGQvkXLAR0oSvpxd7AMu8VU6U0whnMIyJaTEt0aVOmIBHoVKH5AsAgCkDV7yaYtyA6j+lg3/HrzdVaCM/TLE31/bYd0o70fEEYQYjwLKEXQHyI+gcYl1wWTBCu3vg+Ge4a60nB0L1A/nvhLW6Mc/8T5N3LUBOgPubJRrbbIcI474tU69BT8y/A1131iylGrttlXWDDHLWbqJx3lnFy15vr3CXaNwtvH1bSifBL2FSMEtdG34ysnZ+PeS3vi9OCDEhx+V6wkCwU0mZLtJAEbwB1XwiIQB0hMHBUWF7fbsebCW99vDFZHzTcEK3SXWyUegjtod8XjZ6Pzn3NjAyeT5qR7Wxg1DDjuuYG5U0+vviIB+gX80ogadIma/KQFRD+nOSTN3Zm7t/XxUL9wvD6nbVZcOPXN9Z2AbunUIwg5Pbj5+s/D9pxweFLpUje8hVsxSEE/Ta+DxJpSaPsPyAwEOSOh/Lm+6QMxd64KdSjegbOmT4248FMPd0oQVCkGnIoSENbOFfN7e8cF6SNGhVNPsqbeGRYbgRGY9KSixf7qs6WhwXT8aQVb1mhYhBeZPkYcCvxUmkb2Z4//elxe/SustsoS68OWLEwgRyXGFB8VMct+xnOSgF0SVmymrF0DahrlEwpoB5jwDa59p8JCATz7jDpjqgcbaZa6BswBKoVejF4kRoSKdEz+HUTxi9zOUZMtasctNGooraZKmrPp4oaNl/m3gV+sua+CPxktZF8vkuoSKaWx0GHHx3CbBbPQX0euZpH1XUHlkfi5aLAcKY5aoQv5VV6ifAba6G50l1DNcmgZ6kE56JUz0Mx78cOy7N5yCw1X77xKNIdjnXKcAiiASJPyTwkL1CDrLEA/eKD5hukIT8lC8E2v4RHusO4PrSMtNBqL8pg5Unz+wIBzSKmb4V83VNRUu0tXVndGo8SefxMPAJ9vz8WpRFVuDhqoepxP5bfryJvDw2rUO08ev0m/FzmpAQvWtyDHlYrBL3cPIg8/epOw94K9fhZFPW7Go2iHIrahFIux8+VSnRIa5rHkKRkTnbpt5Hzq6ER25FzFzLtN/g9wK1butA8GWrNffcfJbM8x6S7IryqSkQvvIIZ4BL/irs0DuzBpPRItaf2Y1DxIVM/v7oQIVEv3Dieuv2JXhtPnUKN0ySw3V7tldABI95R0eiHTW0FTHBlKrRovdiowWQOe4bSZT/aKPVw9ECCC3DUY8h6b8Lnjf55QJ7wTX8ITxC5eGZsFoiv5q+/TyBvCKgrQOJlAfR8Zjauk+E2gKq2HZm0/lHClo02AnK+iqMdOyeLr/p9i64cTEan4kZpfzJ6AVboOPp5PvqFkud2A9b1V9CXmyVoJYiSb5eS8ZTr7+er9bji/Po0TMfKrcSC+hxamXkREEa9DeLPQ1kBpR9PK61rRzJxGNUTD2Hih9ByCFkk68P9W/PLB9pRqVGrSzwzY6Wy+s19Mt2OuRWAWKgC5u8HNkMOIe3RSMEH3GrQ5IpoknNgKmmnSsAmdUYyH0bpac8qaSKwc+qM3nBHVo3mwE9dBjNOQzzOhjL3jp+CpswvFWdKQ/SAzoMqdisHmT43u6T67ICfeQr5zfGtcu0M13o8pI5e/U1OBTi9furGJZVGqz5BKV9ZirLfWC/XsQnzMizroSpkSEatDLXj/B0MNd1nAK6nR5dAPFmyPfJb24UThkhcG+LlgQ7g4/i/xIlqMgw6nwQQDHqYvAc4eZz85n2HZMxrjLkqed8e15naFUArBEeDd8PZwdf7ZDyhJaIwhNVCET6wpvoABeVHKHPKMXinBEuBZAneo8G7ERSAekS+Yud62PL9Ibyn4J9K22Iq3D5qzoQaCsKyDM6MnzRMcyfSMF4IVuEPaRg6ndJvxuPgdL+PXpRR02DjAu7rBTZTjHDgQvXIheo5QT47XxG9B/lOe0X0g3g+7xXRD+B56iuiQ3jKTntMcmCPfRxPIcwflSdI+Id9S2+SFj3uW3RIWvqoD98t4Sc0zJvWr1kuKq6ZA23g0QTwQFo18bRq5ja0QkBWbq7lRGMh0LKxKy7l+5OQ0ajcoDt/DjuIe7Ge9hLZH3l+ofV8LCbwKpXDqQxxQFKfRHPzwQ8fjchjA5SsBgNgdXuSKBAUOIFtyDLwSlFtGOq11TsTt9YZ/84TycPQs+sz/KCEb/fh+yUs1Pug+ofYDSRCEoGQQVDSYLEhKElUWIsbkfDqWXDgCJJyqd4Bu0stYxg64p4rjEuIUzDC8x7hz1X/uXQLkCCJwUyVyiEiE6mw9MR9T/iufEbWWP1awiFDYUkgoDpBFIazlfWnKutPgbyPqP6ENqABLc02nFkC23Jkut7KcVLCtp4s88xV21HWSjCWPEnhQD+D9JGmf7Oe1macpTuQxM3sWsArFU4XRgjipGW7rMBI9WNmsGjFCq0G70bwJglqP+sCa1tsysY4sRE6rYfOJGg6H+c9FLTzZ0AB2OpPY0AcIpSWiiViaPT9s+Hd6vtvhvdY3387vCf6/lBb4DDV9y+G90zfHw7veacZv8tS2AxYtEMsyEO1GIKHMgAMbPrIYyftQJnm95EPoo0D3GRujkzz6X2QhAXnofojK0k0q3JLcWJNIMZcIOfP/UKbM8frh/E6wGuG1/fjdYjXFK/fj9dZvCZ4fVtIrI34u9AIi9ev4rXEq8Hrn+C1j42+NZunYH8Auqwxb+yfMnIpFXv+LoCYMv0vcpuql/slDCnPg5j0+2XSVxEUHpJghaAcB0oZMcH3ftkdklc9bwvnjosFJ3jLINChIPFIF/PwTHtPzBbdLTvqfZ7wMrIGsBo2L1WfSVDgDERCnp6P+/vsXqMOam17KYJDXxeqcIn800kd05pu9dsJeZ/YyPfSucTVwabPaKCi94HRq6sIGhc4PhogZmWY6zJMsPDA0zQ4S/6xVaP6vMA0CMuustlKGI3+uYSyZvuloC2chx+5U69EvzeR5iqqRUr8bJUaqw9ZFBJkYh+wah6w2p+UWuQW5VDpwfP5ptokvCwp3r+ddvf49DgaDkzHvuHQZ0V7FAP81S9DFE4bcYa8UoBUyAStn1de3j9ARnHXFIO7VzWHtEegls9Ho9HyByKU/bjVhjqRuBxbCUAhW1V6KpFvIbpEk1CfdAxOqw6PBmgi3jEceCoFYbxI/0BzPrj6O5s3DmOdTCjZnifhgS/z7O231m348uaN57jBWZGYmb/7jedcMfRXOLL32pbb8KCZlCKG8oChfzXolz0Vq5Kw7OoYBNCRGL8Mb7RVQiGJ8U65pb3GlKHyF04o+Pfu0nH+oMGCtUj4sCEY4grhQSFdriawqZKiFfDSzsGGB54jD68XE7wv4tv5hN5d8vZUpDKX4MHBN2AK7hkYgLhQAGz61bCPguVCYAYFks0oG4GLYZR6iXXEkLxmXbeh6phLxTa3I4U0FQJczb0/dTTSVmPb51qDPZjaCHglePk6oGu9QtedyO2oM3inBXyhTtdWvrH2VRgpHhDO9vU4/2zRg8ZPjiGcf5P4GHBGUgi3uGSxCka2bYZcGRtnFNYzeX5InmaQjZNy8KEdebdpc2ke3EyriRrHK/6Y4/0AUoGkUsrbgih9DM/33AmzWo8iaIVuxfMHNOphE3vHLerXh813OE/52wADsU6Koem7lPgEsn/N0Dmi4XUtjt14+U2rgJDB5hefuJXELRIafreGQWRzuHE8b+7EyQsdxhxxrG+3qOcmy+4ftmoJzMJQhjP4Du1cgVQED9iRPvdLluagSu1iG6ZooGWM2iHS8xwE9TSAw0T1OZ8D+5l2An3yWE96ovNJ/NrOa1L9hDZw7yjXSg3v3a8exYo0As7koOAmJPZSk3Wy4HU5wMPAy41Gk8T6ctCwTTKEPw929M0oJsNwxp3VTxvVBgz8u3CNwgtwxKrURWPeihU/XupzI9PVxWJTsDp0fPZip0Yo9LOF3uqzVsFW+1a3XRgm7DMLZW7Mz9eIGxD51BhlxAcxbQgb9tUl2s0YejMxe8ta0eN2ZkhTcirCYP41xaD9oOB1mCJRpMprNtzUfy2skeoxqYxLhtK1uqcCoNSonmWrYB2HN+msnkjI2aAORVdchHjCcBNVH02mB0yAgtmuHsuNW44VhGQ4SlfLoQD0DZuAWCJ4RJcshwue9RipBxjnPgIGRgNiFj+bLMB9VufejipuX07qotWdS7ArlngMRn39NsqQgQKp+p5TJGUgj5y3NzkaHaOwGOD1XtzB9CXeYzJQNoCqsB4KEoh93Vsoz5z4FC+S5THjl0XzdgwI2ejdftzFfvhRBMBN5fvebj4wXgyfe53HGwQ04nki/DsDMtE2JgGd3G1rmjUhNrVyaxwwHXGIM0Qn4IXp80EjYH8wTKYc9oyeNPYTf3gsFYBd5pBrYGYK5mPAPNGlSwTQQf4eh5xCuewZA08QHhR+GfjaFMoKn9J26RUI6oK0EUeGZd2m6ZobdExjcMifsQOx74AJHZhYrfdpiWVoJ9etIp2zAVcKBtvOVJPqB9hNtGgr0qJ+bJvYtlRBsYBAKyctYD4gUFT+Xo85uo0icHSQZoZG6Sg8MB6F+/wo3OBHmYFyFB8/MlyWvKNXcgL8GfzeRbgI6cX63ggH4Xan0Q6/AVKd7WR6mc5EKaTq84lOOAb4UmhPWU0PBSrtzJs0lbMw/lkdoypKoKZA2un8EFlzN21psOvilSot2yFWFKoy6fcN7Opri33+zLD2+DOtpYpQncMJO4JFnYDXKKGqji8aqqje3rrn4ouHMYQCXjdM1G4c/7nvGKbgjLzUzNfmlWa7hHOXXFMnIi8uYUn6PXXxdugxHaxjFR11ybcPe8jiUyMhMkmqpJMql1TN4X1QLzsi29/yvdKBy5o7j6RLzW9W313Py+t5w9ytBck2D0WPeeHCfKmpY9eToqpHjXyqsMBTDaNeCexQ9OPmX2oe/lKzJOXeUcdvF9uI5hpBlWulyzvO+t7RaoSiHWcdHK1BqBjNIcPvfqkZgW111p7RPKLnR0M8NtUzeDhJXpd760LsldaCV8WC8noQ/rBFsr45euBVu4e5BPb/0pdeKlFN0fTw9t6vPEJvhqfoF0Y4eV836Je4mUWiO/4oYRoUo69M0Svl62MRirNNLOHHc6aTSAm3iWBpSD72zqtPQcTYpe6hP55yqXsUEV2Xuk8goutS9yl5TLjUvStE3IiI05t75MGIpEml2sPvytgoDAbe2CxTyqT9tgDlH7X+gftucP0odWvc3F7hbc/fIXvUKW4DLD6NFtxqN7zGDfZibCvXv54u8Y+HZOU0rXfr3jxalIlapd5d4c1v3i3iULQBUjUVErhFsXq0/g6Xv71e5dK9dfw6Fec4RU/GqFIAZaSmd3DdPipQ2oXDTEtzqXhOhjHYg0dQ6DoUyjwuli8gBZFALwqur9NL6Ec2vQbibheLBjWYgrPXXAu5y72joaSSwDV1/zuG2IbLS4ZWuS0scF3T342fN4/WQYageQCj+ykZXW0JpHlwT9q/ZiSKzFKFbFE9qdtl19C6oMuka65/sQzuzF55Lfd+h9cQXI8NZF6KNsvsQS4p6l7bQmmNRKCcGel+Colz9ANHkwqtFbuyOniSfJ12p05gp3eAhK9zGAGDLuE8W8hXqXrVXmmTvKzei6nUliWI3CGbfgGv4Htl4l15jZu5RqLRHz0ixppQuoBxku++/QJBCdq/Ae3HtOJCQduPBiVof4LRlIJcim6kMpNx6EZcNqvkv0cea4HPyNsT4S0eKQ8jcYPvcOugODeQMIbyEoSuwQxeczF0p+m6BU1JXLUjueYS6bj9DmU7hE/Qc6KXXkoe64E7HcWoIXbD73DrUcNQeyrQghDGZ9itAVnUUNmOS67de4mLJTB37UQ9lvUc5w24dGvJl5j1sl6RctPWqo3pAUI4fqv4OSSSnvzyUdQ5YKh5XNxkV+8xUfn9Q2Fj9fcOwMY6ZrypT1UKr3Pe42Eb7ipO602L0U2qUm21jsUVo1U3s9R5sBRwhwv6oF8+sPucJQ2eIr9xsbcxUo1o0XRgaESwVPckPd7bp3oOhYPMHkwX4GICfGRcUMot/ywi7jcjS6XWRUnu0LTFpRpX9g9KPJhESjT6y+8MbGpefut3jCUSyH023x/371/1+fcbvv8Mvytxjs9JMJEStwZSsrZ/N1GuX1qsd52QLbxJAmBHufw8at2f4fJWlb8H+gMnEZepSk6G7qjVX1yPA2/kdi9n5+y6UCYaLEWUqBOXkulVdR9LfPeCPDN5RRfpDTG+IAxiqk6+IXuUXll90WAIZejW4HnUjObGtlKrYNUUJhggAuek+OXvEgY6SsvUowlF7zOxM1kXiDifRifqGXyAnY3sSlHDRg6kg5ZmXeB7eSFW8YVXePMGQKHwypupfOkqJyOB1xivyIckhb5krhUiHFVuFex4rionetaXfrmcPUOPVvserpUdqJJsbi3zzmlut1p+dHa6g8P8zFexnHK0LkDhGAZHsQfB9R4Ee0AvXDiRHlTTIFFuGHf/OE4KYNV3Tq8x1tS1S1DintHVp6iEiexhG9wsqt7SNeuwShNtrRfaRItMtKubaI0muqg+tU30PCa6tJtoThO9qT6tTeSY6OpuotWaaL+pR22qmqkOmW6ytSXGZtPI4LF9lOBxySjH43LAOIRnR4UUBQmKb9KiWMztE8XM71DpDTUS3QcWXPdyjGnkKjGeied6yRUv1PJ6E15nXy7toL7hjXh+06tpz6zQI2cEH/f78cxAgkfutFcLCa7O466EHuur7eVUPL0M6PfV9k3yMFRRPeXVqqI6/3LZNSLY174I2Bb+kSJXwy1S5FbDNVPkHOxsR24OQu9igQPc+8itoSW2RerFrqLC7AYqzM66qtNlMWSKBg6Uawx5YCv9g8gRt4AH8UxpV+2ohtXcWoz7MEKjsg0RL9/BN6SjucFKsAaiq0XMQFlf0cThsjYqPdqPA6ol/Ev5ECcY8BaGvrfIVFKpQCeRUpxDeFETGA3PS/h5YZdA6bL74FTzUGHttdm+9vzSFLQ/Kh52EvWWi+kXBPuiC2H6OWyTh5WdkKkogrqygkUuo17g98DgtXzYZO95vHHJVXfAv/goUauAAxSeN0+pp5JRSoOM3wKNw2ud3VvbV0swUa0Il7fR4rsjfClO+GVwgi8IjihrjYWgbVX7DJAIUaMuJ24Gcvj8IaNSAxfBz1cKp/7g5EUObC/kgZ3EUgfHlN2RMxMjN1uqCZ5vwfiMYg5irzuIBQbRTA5a8SwGrXDFyoN2oi8DfnnWg2Z00Mw/fdBirK7pQZstCYDQO+2CHSQUSapmA3NioBMy1z4joO348lfWrwhq+DA9bif5Nuh++8cDHHI/8+jJ2A0jDpydgrZR5j1fH6a3ZR275rHH78U19y5EOUY9gaiYUUcjxj2JuJRx+w3jbvwfEtf3cZZxdyFuDeLAb3zdhtkSRKa2qLnzT4Suvc5EpYT1jYT/13Ob7zPXBl8B5AYn+E3ucBbUSw4j2UUzePMd19YD6bLYXFB+PDSaj4DbCqUEmhZF0lHO6/iey5Aog9UKNV90IYaoufPXhMj+luZxeVQ3EL/JOAXLwNNO7yiraOiIgDd8S9UHE9dXCSHhkXCfnHdKA3Y5PMlMGhkbJyms9wlNmFNNMKHSIMhG3IFH1T0xieIcxVc3KhrfzFI3cS92+IFws0HiAn0sMDStJRWWn02Vj0LrHoptTlps3GixvX9yA9ITN8CevAH2n6cByYkbEJ+8AfE/TwPiEzcgOXkDkn+eBthWFbXbgFKLPXkDnDagfOYG9E7UgOClvaWgI93bgq/FCFcby5KidXpR/mFpcjBJD5vWbAdOZbb6tZiSTMDSdl+rT0Ift8qcjsmcBksYRz9I2OrVKjQZlD//o9gKYlCvwTjBjaZ1mb8/5HkP8uAC8T7Ng2T7xzkOtDkgZqD6y6gRVyfMfcvHkJutrt6vua8Omfe2tR0L6R9B+tQZvFQf1PSXh/RXtukfD+m/9kvsUfUBTfumkPayNu2jIe3fIG2st5A++aUh+Rvb5A+H5F9vk7s2+SUh+Rva5A+G5E+1ybe0yS8KyS9uk98fkj/tk8NfEJPvCsnP98nlm0/9tl9mN1GfT749JD+7Tb61Lfy+e3zhN4VR3BqSbxvP2ENhxra0WT+HrPnEhG0JWc9oa9rUJj+AhkHZ9XCoaVNIvrlN7trk34fk0Ga6PSR3IfnGNvl8gFckBzTcGZLPh+SL4348HPpRtVmPoB+90I9pIxzIOlZpNZR0ZtY6U0MgXWEmFeLKueqMzg/Fkgu7D++76h52W9olM1CDxFsC8RJI9+gkt5CaVz9u8TnMiAkzYpRKYq4tzBVgFi2QnEi9JeQ7Y5yv8vk2+XxfPz7fppBv8zjfvM/nfL6njs/nQr6N43zO55v3+Z4+Pt98yLc4zrfJ56uYLwB2J18V8nGaENq+gRJGYB1VtyWUKNLUBQX17ov0dqkxuPCl8nPSSj41ahCKOVLai2lFE5sfVgirfhKssY8p876kR/aERUghHUO9MXMTiAYe/mBtcQPV/95r0Di6E8eD/FEYe+w0LtKSIQuoJ8Z7M0HwXpczAndv7x6pXCAP3twhJCZkHSwcC+kWoX041tOAkBC0SbNXXJ7GmhfCMSI2GYnY5GtwdWeWOi+2+xKHF1wNgGqPlTBGETTN52wnBYpSGhxyJj5htqRHA5ytajpXCWcqKc1nhuktCHiCCS5xhgUi0oZI6yNLeh/g1UYEQhWyFi5XzRmooOJUkuE0ggOL2LeXI7XhOcZyD4UeP94cVUQtLUlbMSza5FfhkvKqK5rr3nag2LOkQton+Vic7OPgRB8p6VupDALdiOUuBaEdOR5EmuKq5unrnsr3OMvnkgi8JZc11VUY99jBPTGs3wLcnjJ7wFatvXt5VmbGldWqgqQmz5SrkKyUaElTWaRCmqKOfJponEaGrawNm7Yobyu1DOPLscZhGxMBya4Ew0j2xl4eCmPtam0CqOFiofNiuy9xeAFThofHhMLWONtx1IyWajopUWTXNKSsr/JjmZnd1yqeY7kPKfUS1WVTI5DACn5Vz64ykTpU6ABOAxfyo8oZ5aukEPTTOtMlJKC9enmpi9OjCA5fI8F1Mje3mN0ytPXOK+T3kWjnFUPlEmGFWPRBXvIlGtmGbUSsFOlD3aeblT6K4LCmUiwubmOJPE0AXDJYySBv/+4CxVHCf46vmEjrYomUKCw+Jr0cBjOUi414nupXXyl8rGPRnslczJboesPmKLNcXYRritOjYV3gMaj7gnrQQAWv9pjmrHSoHpynw0cBWJeghcbJpPkVmHBKVWpbkg2YbIBkA1ctybTyOigXJNRJ6pjX5VAFh18XFRBflUQhg8GVV/ORv5B7sPclUamI5zoD2PNG4zGzbAX61QcLHAWgHfsao/TsblkFjUWw0mDcJHjZn+xeKNmiEcQtBumzzlJnyIRFrvgTNmXgm8AlkhgiJFMjldSxMxwrDUfdIbAtRFq9QUV66rjjzo+jG1bP0CCyHRfb3NOOiyMKB591WUcRQxA5LAIM0GhYtuYRhuUf5sa2wheWHIWV/3NAQVCxKvWcnuVFr1/qzeR7Pyt7559E1XsFYavMvouaRD2z2yZv7d1sk4gK0v0/cZR2cZi8/wzJP/iRieQ9TU4qJ2Q8X0OFL6KAoq4+FuXR6xboEIKENRi3loK9rObv3jFRTcFq4EBhEKrZGqph1Q5Va8mYRKFz8LNY/VjMfpxBcbDNeFuxSWzIFgrabPLtCa3cGho58G38m3d32+hiCCPmbKgLzUtC84oTNe/k7WJjQvPcuF3zoV1ozY/ecXxrsv/LWvOpI8e3Ji2n2lAFWJn3sNJjlT1WmT87WPnzGydgJZmE4GIagr98qJuc2iWfwYr5tYgxdrKAmI15QpKg6hVK/NJPdUskRY1tHT+D6geTUcd+f1T+SWbSfdNLGUxQdTtWNFcLmQlBbdJw6YIQAhfy3k+qeiGQm6C5Ia9VevgCBZA3y55rQAYooRU3Dzz9388bFk0lwXJJisQTTqgw88r0U0L7HOV+7r4C1PSy4M/iPGCuC6+4Ypg7KQsyDLpJIvY8bcNj/+teoJ2dUtmjDNLOCQwFgBzeM+w57ULh1KCgoOqeOu68GnWAl12hyepeUNHXnisae4XKIDu1u5Q2sbwmWnUtDym3MRoj36o3AuHkLpnOnDCzCakhtPQwGxgaUgDvsxGzF2gjcGZwyQkLaSIadcGMosXFSs013eam+ORbfe0eSFXoMOlZRdujKYAltCGJNGSYnajshEMBbm53FBIZhaxsHpno3XlDrHaQZLhlO2/BawZFTpUES7q0izExUplCVwzoMgtLuyHHdA6upuXSPGsOfFFWwkuau+Th5bi+oBFfkwcjnjHFyv1J2WXDfmjzOSyPtcNSKqGtgBdXW2vV/4ubvc3VbL2VBi84K32A/pbVXtqEJyzLXqrHgqg6r3S2fDCzvX3ZtcFPDnVFJiUYZ1SCcaYjmogqccI5vE8FFN3M99TVEYGYaWFCo8KEsbdkXRuVJHQzroIcobqIwg8kAvfWsw0Eq0wrQFjcUc8cPDJCDCQEITjmZkSqDAJQq93s9dIqFazuQ1gxlsNGc7dcYCzpUpOo0hWgS3OXtsKCKYUFBUy6woJ4o7BgJo63u8KC2cIgp6hgqrKBTBFEBfFdQCntCAqmEBRkKgoKIgnFBFOICfYWBmkQEnxKHl7A748kYmNzpzwY8Rj8wo2ao22EM12JPgoAphD5Y2VBADBbKGG/7Y5RFeZPrcSZpXsFnpN7a/MavTuEn8DRQOnVe0HpSxoXi9RKAbm3IZYyZdzerFb8Y7mgw5srL1vGdIDELYXGUPE82JfFauuB1PNnmwyydRlk6wCo0mE0XGXrIqdmKxU1ze7o73fZHQIKblW1B7uezz6QVsjU3TFaIxIHszGEEdYcvKgjkpVpqy70MohuBkKBAlKQGtRGzUJYcFagbPX1oxlXaLm16sGyAa5AA+T7KjcrNScl1Zo5vFOJUjQQMn6hpdj3lLz+45Bem1V6N0jlL5Z2HS+7jkXkeasSXY/201c3A3gcoCG7IUhZdfnkesty91X3dU8b4I5qyDuqoRt2DdhVmmMO/P6k+r0Yts7gr6VyJY3WSeiUrmHBTNJXejQFU2eVS9Q4jfo6QJjOkjN6UlqDpmlC/VT9GKaygi3QTAif0To8aOt4+5KyHSHh1dRunTTlfcqacvUcHpvrGb3tRPL1vF0oaPwAB2V6vp9zRT0AwUU5NAiIVbcaJK5U5AyhrfjZtgxr8cWoxMucW79TD1XYwPE3gHUwsac3G8qfRZkof6YmaQJOJ8v/gJZfhPK3aSXLroCNejDYQumuxAEFUtYDmGGQ0MCtgxkGdTTvzQ9iPCr8zHGoNmpMgR8o5OK5eZTIA/33VuOKxgn862G8bO71h/ENuxdceQVAl3bkeOqmC6TcreK0aHFqNA7Kwxtx27IKyVa5NYDvNa5Pps0qtDKjsYiqNdboUMDQ246TkL+uGXprmdhhNvPGZUvLv94ibHhcZsTVQyCiPOuaxgC2QtOQKrm/Z8mTN0osK8+/2TIWR0wkWh40tAt4AK6ufPlfQ/mJls9tx8VBpyqmKCIZ8sKTMFDvWoZTpFj7IwcVOKdQY/tW0MwGeerla3WhvNC6Y64jF4RtmpdWt8TlCHv6GRLdvPdn1aPd/zKykcWjPmhevb2RGFdcAUkDrb22Uj/k/+D2SPn8xxX8YeSroDIuJ2c76g9iTNxqZWvQnmg3B9dWMBm8tbFNykH9yM/i+jyBWHcfB4ydzlwxjJXS5hikoz7enusMWEqyaseb96PbmXQSR/ZECoSIaJPw4wfxMZGP0gIO/miA6tTJmJtFLxrBsNK3hep/xawY6SBYhsdWWBho+6tT0k1pmdIwZQ/Xha+IXiSP4hURRLRm6YsgV8ElN/AyS8DVXWW/gQo1lQ7hQhPMaBg9lTwRotCINo/xAk9Q+EB4ThP0NFzxeqf6lUSv8YC/fzm1A3GFyTtLWoJsEH6q9HILXhwlBXGcUhTKOPquG2iKFB+wNofK7VUnOBBUQIoY+HakbBHwlnYOM3CwJZ5s6szbXaQlwhISBNhDdVPfEQn092l+zEUoCRcmFw4T7KYqQLLXxfLrqmuFmoJMyCxkR2ZbSRLur211uZ6lUHbhZiGNk6bkFGqZMcYHDXZa0FAgUIl+V8jxqHDSsPZCGp1AE1B4oq3Xto9UPrhQjAY6lBk1kzMd2ZCpNw6o59kPdVQFACMdR2BpZUvpcOaIoVCIQGAG8HMzIFW0t5kX2AWkCZrgLUEKNqUOZ78dTijylRJttKQYXbed4cxOMpxxY5Trzer6GM7+kMw9DqiVAYXArZaKRRF3B1S/uNgPqDSNFhm7gzH1BkA8bLiy1QmA0Qh6c8UQdeRvnipErtzQPMKjkYIxQVNtFOs+pR7TcHjAsUlaj1FUQ7U6wEKYQ5E9pzxw3hQYzBJ9ldFDz/tu1afq1UKN73ia//KL3WqG8S+6vj0uFNe0oWNPR0gTvX6PYFI66wLX2styY8uMIIcTU5jRwbjE9zg6e8H+RKGDxy2kDmI6JAwmP11Q0sxJN+UuJ93UYPpzkkwFHM6qy0F6KaS/SfYWFNGQfqfoOrb1vsfe0ruMU/MdPYrK5cEWa+7305z7KQdZ4Q9hwbFeg4auDmDBVO2wee+hCO1SoTBI4ffxmJOcPZcCHfakuo1guMnsaVZUs5b+x7fQMeN+WlK24jPuHX8XoesakFungb7A8OkQJhbOk5jmugKZCzeo3i3LAcd7DEgRBgTBSOgel6tV07L632TcHgATl6nFkMX4U4l3dBqf2SC0M0FbsXSbBKQPasMBoY+BhqGnvzNk4xfB4CnGTEme0H0dDHkFOVKgrRgHTVcdQsNRgVYXT4B1naOR5y14OJblvdOP9kgqR6Xaiwsw4BUEnbX3KEtt9O6EA9+McXDdB/BnG/Lq/doGgOXNcQPJ9FywQTGakVaz83XRAnJPzTi4RMPoi4PpBgmp+8pdGgIRdzG/bqa/nYIbtwIYhjwuj18ds1gd6scQf+ctAEbCK1xHOb9QnsRC0QZXn03QBRQZirZTRXNtGWSJdBzpLChFCJTYSsmfRHLBGig/ZeFqKbJ8b2ZTMc7i2fMxdVr0BId9H+Y0EYHFkGhUnQrRhhBMfXIm+GUz49V+J2fD2f+kUqfUJDIuBZGlObldJZ7YjNRYh3IDgOiy6g9syXRpSKf7isEhRMsCm+80oCakO7tOkn0IbJcRSBvdp9KrpDljBQ07VtAotD+ON95o93ltuw3aPRIOwrXtrS79XtY9qEFYGHKHEkWh17bByJJaekpIbEc40MRBFx8mP2N0zlR/aVf6HNHULr6iHzpQUhYbdJF/nq9dc1Yg2RX48UnBy8NBpe05Ltq0QCXcoQMMaQS6hHdGLrKByvT+U+ZS9d6x4+vcXqls31jpfWBkhAbKlkaokNBcK1ozx5veYfVnlOVRU+Yz+gYFUPPtdNqwRVldsD1u8dBTJeKL2mj7dydyGkg5Jud3xuRsHbL7Io7ZSt9zjlenrAtLzqXq2HDIlIQaXMYE25c4bjDgzGFE5pEX6KEJEk/uxORpl7dmJtmnnGUUITtuYDbCyhZ9uNB1aCwcYvTVaAonn9GWWPK17GRvwSURZl8T42SgXFPwIcByD3xV9MBzRK1+nS1RUHV1ieqaJyVTYPaxwFrrRuljJraUGOpVU1vaaFtdjeJBGLZ1QIiBjQgNDW1j7Zp5umkhm9oXky1OP1bXaPv0h1d4tRYdCfv16DGNq6OhiCKcBrXDxwKjFCzTwPaNlpgpVBb48ThlassaJNDopm3DMaap7QXDwMuHmEjKcnXaXiTNbO6WduhyiDhXkCeQME3+C884o3crUsvTTG78rNzIMCKg7FiBJ94pBiFYQroNJrY8LlgoNaHM54NtuxsUFV8lGlyYS43HyCubWUZUeA73S8uXasoQMKqOGDnCRvMgQlKU3sm0bnRoD99ZPiKJnC05R2E+sAKfsb2p/NLzNNh4HO5mH8a+vDu1hTDPmhfL4e2+iNkLHOSkfb0F2WDWXgX0siBIVHW99FuinWRfaHOnve/ZQSWBWL7rE7IfeGCegI72KPWXUTqgH6Q7QPJ1XmznpSv3kbmhy1VpQJmLJeQ+tChy1VweUobjSAkwLoc08d6Ds9DmdChuo93RS80Ax+zzIBjf9q3QxSixy6MedB6Cfja+n3qVdAh323FkIis0yMiQDvvG04i/aqRefkGN7xGqJ6JvkUinFQ1URrAz+pBzj2D23KsRgOpWR+irjPoIo7pt9CJoFh5Bs57+nj3NnfLEzUWhGXX+tfQEHmV1+H8oHsZotLafbGfTqVjq9PWB8nH9Tn1xyUJdMS7Kyqsa6/WSARZFk8M9VTT8aO6W7JBEGMYn6hPEW7TAvi8Q2GxGWKd6QRj6ZNinaNwQrFTki5hvlJcuL28tzGAfeaPWu4WBAN9damLwx+kphTLb85htujZK6cJMjXpshXcqDW2huyqruqdzDDm6EOxxJZZEEimJnbay++FpKwmVJaxs8I+sKmFVgxWr+nUaNfs+y6r6rCpt+xU/18pS1hKzlsBFsTh3DnnUi5VTmUJpXdlnaAhO9/hROjtGaLHOPNmBM1lcKOPSZdUfkZ0Ha3Z4VHU+tjdJ5IA1SouTGiUAULTRn+1Ee2vCINnwaWyDMtL33+4kTZg0ZdJgjpKFJ23hX+xEx+PohzvRKaJxF8WCgoVK4RxQ3BM2VIaYMTzUOl3Mo6j615IUarsLp5gUoxd3ZsbqXOopIsyHbT58N+I20zbKps6k2eYlYBKH+Wznn7ZiyYRbwCzG6sr/XB0GsDCbfBS7UmJguuT8K4ZKAtGoNVXZewydyswYIV+AMnN1BECdKsc3AOBfxbUB99fDZfXtTUQINB2nqmgZiLdRqq0tlVX6L8ldfPITlFeQwsgZ5GhU3O466yDt9M0qM4apyolUMVM5wjHVXyGVo7cG5S39eCi7W4KT0Z1xqxDxhFjf9S7a7tHgAQSlvv14wn0ezHEx6kk8P65N/BqC9NMew8fW43hPwnLJvKsjqBuoWdZfBBs/C3YqM4QXcccd3CVViITzH1xiqBf+jjccvURyvphesOSVIjyoHvZWmRNePuGFF1JsTJ8eahZhqxIBV+cUiID0mRAqo4FeOeEnqXM9MoG3WNLqJg5x2hxX4lG2m+kAm+mAZkBySBGUVkuPtGnA9tKgugIWQBj4YJ6hAbR/xzWmrFEdH7vqCFvANkESLtEdQu8iczeLZieuhFm+wZJk8C1M0LSkdSbNFoIxEDAnCtPq/GWhG7v7AWg/dJ8A9Dc1T0Jl7UAsKYZ6vwSwkpDsvMHZTzf54/Jg8sLx/KJILji2fcJA6zmmIV5ZyUSCj5sJt7aHrK5xpD9ogy/b/RKcZxAH/YppNxHccS6jESqvoaxaz7a96eH3GHiYeeYJho46DtW7DFKIO8SK+j01PS22zjAr71PTWUZ0q9Hy1fVG3Nxsxw41Ny2xqOBPs0LPWSvqfHZuNPdxeDq+KPfb4DZTLe8d9eFDEr5fj6Ni2XgVnsdg7CCGbpL38si2TiUILXq2njHRGqDv0JoHO615uNOaR1dqzYPj1gDvQePdDlRFHrOnh5HpSVSAnmOoCFt2hc0Cu4o3Sc2q1viq5jyaSZAE07naraLB4FiZRm7OrYE/TayT+8nDtt6ub+Lt+t4Z45D8mVwOAClvz4NV35dL+7v2ZIPv7Wdyo4I0H6w76ZE3OFSpzae6DOs2/LdPR5c4876zo/1/9+tv/fpZ//o/neMPxDS/qtZVwUCImlshI6fSdvSngLZK1U9l9cANxOBV3b/B9WGfqNzxWLSv7svvtdfUwzNjYeZK3Pv3vR7lwvL8GqqmovCIVsysrrA3aqmwSTq3Uop5SeEsvCY1p1e32x0RTBb1kaMCxatNGyXNGlx81OWOx/PvkAqV2Z96KfE6ly8zrr9DhEj213hIE4/UFBKRgt9c9xpz5Uujr/zZ9leq4w/1LQkBl8tIdne/xig5FomMpz/yR8nrcMqRgnuvQ53Yq2TDkxPUEXW+FYpPVy4qvQP9KC86x/Uv0uFHCcaXIAlPj574s+1yZQ5ZcQFCvaXPwH3CLT2HRG+DlRqAVwKL0GWw/LgdYbhRj7cqgan8qPjNSysNcKEDjLvLJJjhZS0KConAgfc9QTB4e1xnenQFcvW2dRNvWzcZequLN4N+MwIh0WsXoHJlFViOyFlORD6lqOFFChaWFgwzrYpdYv0WvCyFQNGBmIZAXIFeukJuCAW/4YTlfOCTnXJKJqIhv614qpF6l8hWffnQj26zWQDOp3SZhFsLo7xF/ZkZ6n06aqiRzXTC/5wRcW/j/8WpMYlZ4V+BnxysWOgsqKlSiCTgBJteIMKYTaWk4U+9P5GrD3SvuKIGN668UvcXGKG4/4uNvIqsE+Y8weduvLPn8Ys94Rez9Ny+dCMgcL8TYvbnqSVgNV0gArpfBNOlcJbJ1l41stIf3HPCftAFJJgSxMfOey4h79Af7BMavIJGzxLF9WURcrUouyCO+fkLv3s0WhLBEzQzgfH6rKPw4YdyCGG36BXRDB6vNAM1CT531enRw1+WxTarr8lVzeweH7NGY4pOzGqNGXRiVmlM1YmpHMQbvwtaYdaluExTu8h/H7UiMM1faxCthml32SnxrnrGZnAmsEPzDxKzVksOxc4hwUvN3CujApLwkdh7MuBlPfKodAUi+52oxw2iet2oxxA1mfERjcq7UXcjipak95NJO/72m1qPgqVqkkHVQq7SVdjYK1SYOuE1QSKqOLv1IGjbA2+i6RMGCjDWk+YbmGIBkp9+f3ku/C3htXn0N/rnSh0/fqx/7p49EnvsS+Vys2c3gvuPSfAPLmN4/2C5+fErNfzgT0j4vzP6bVuXm7/704v15dj1W3eLOhTWd4J5hGJPL1bsA5iM4fjzE3+1vc7VxgLefk7eLLFbD6KdGVRyaqAOIVKkHPKxBcZhbNmeB7NyNNsQN2/7mkBgq/WKr819T/r7alR5OmYfLdDSqbTHG9Mg8gWnB90awcYxk023k41/9190G//98jZuvAlFPRJRsaXb+IfMROP//C86jcfXf1rjUSNOBwl5V1ljACP0Lorcqn2zOfrFr0rzqXVF3gC002PUkTSf/ioXtNQDqChEeSp3Cfqe6AkBzbsniZSdAJ0ouWS2aNpboQyJUjh6rFlZlrmvGZzLH/+b7cjDmnPWfJulQ9oP/I2vOQs1Sx2oOZ+sOYH6Z4KaTVtzjlICxhkaIpx5Ipx1kwjnlOMQzqnHIZzF4xDOwnEIZ8Mkwln3nBDOujHCOW0S4TyPCOd5gnDKRoW+PHd/P4b0Osx7BzvcB+xAXGDLV0RDkNWviATF6pmu/O3E0O4Smd45aPKjQMlR2CQ1zptmeamZqZOhaXWuLHneuJ7dIdOfUCNLn+B5p/JQ1GLB81ZhRGd0DwqcbTBJOy+2+xKHFwgnepVb5XmnYpCj1KKo+urikDJIyKRYBim5umhhq+dq5FtCQrTOXCH3THafNsOhVXUswAfuDdoiRV26my9Jg132LectiK5aLOCF8uy4DuURqV1Q2QTxVK56TDt5CXfEBGnCmAYmuo2MxQJNqYHoeegoLfdbbUEeeh546H75enqW+DxuZaHAvM5bfjNQY6lf1QYXPpDnjPa4zKUdJnbSYWLHZGLbFQsl9kNjkEobx2LVlnJ5JCNL+tjxOnJNwQurgke/t7pCRnvBXyVYlTv4w5+B+0H5ceb0KKmjBZU7jxa865kITj6K6nvAq9ukALaJpKZRG4xUXsoo+wyrg0Jndt1tqCfk4Cc+ocxYjykoMGBptQClJZB2oTpLUg+p5yAorS8LGjcytLHYdwlsL1aPQKqKd9FwzFbQFDsQK+AWFHquFLrAG8TIhHKlkFrC4YS0n5TRscs+B4oJ/WBhhq57gjcAV9DFZtlcuke6QBUmIHLc8JwroDG6UA8wA1cKSAaCLFlCJK4GU91RxnrHw3bleIoadiu387GVjy18bAp3bQ7sikQdcp8ZzTO09cyoYmjLmVHB0CbBZcjkW2HIBDIuUWweBwVlugceNA5csAwPGMOMsb8ty/qwKV2MKEMna5EDMGbIHZVsPK3oH44dedH4GdAfEe8VHWQJzoFgId32YSHT84y06PRo//7tLK9NbiWJHkEcptJPJGepERVNfyYpVWOOc2cAijyrK0wF36/jw8rNidinSq51EbmM/obX0PcwVBH6XbPIGDgXU+Fhf0YuGlgfkvmbo0gNBcNibv/gjujbkQh6sBhXSx/GvalUFw3hGaaUovT/P23F/cJQup4kcZpUJUIYGXevWVEaC6MAiaICqn7UlkbTr7tctvId+1z/7Tv23TAaEAO7GDgLGHF/5iCoCfa5hC+A9VNIHOglWkpqCuOhOD7b6YEGDT4UGpw4DkAiGbS529BPsT6NrsrCyL0JhiVtYw+dgSRnXTKJpCgl0xEMtDZCNzSAnFLZjfiiPZgp3KB8eYs8naVloUzNdR7GhbxIlQy3XvIIqiJW57TJAe0eJWsc+vHoWM6yiVCVbt3yXj6aeOtlATdxU7Feoqkd7ep/15khiijAddYQPNqDs8jr096ROgv3unp1FVB4uMzyV46dW8ls8s4V6LVQrj8EovwNLqRDIt0tFkDQ0X6v3ngV/vqbEirxhH7XS02ke59Bz71dCezTAFf5JnuqaUDItGYlaDD1b55evwRXpE+ftoTN76Ynz8TrsY/K61ubVTDDV46ULFOQd6nSDUCyBeZJFQxzOn/x+yZ6QeyoJI1vXXbcDXdCCjwJuzN27MndOcWD9CwHxtdy4VhDCfay04mb4M48xphH3O+cSeMsuUsRpzrxGdAod2qsBRsunCV6t/oWSGBplxfOk9UAhbFQ0twm7DCm/FBie4J/pDiiHmmUIh7ZqUTGCipxX99eSy9mURH04b6+HS/LIKSwSHvEXH1gPrAPHvsvI9PBVcWSxNBmO6Sgz9FQj5GQyXjsvysyg2gmB6i5uY8lUmeY6gP3RvqSCp7VxSfHo+WW6jQImRZ5PXkgWPrGF6zaHJsnjiQQYZ8hr0xraa7LMO8gHeUNeGPm7W64V5ml/f31cMdVgjRU3ARoBqfhAXwmtHgAEIkqj4Vli86BeBxsi4g9sSD2gUpFiWB8YuUrdhhO1UJLk8vEOahnAt9ErlsquoXyuojWqupVJPnxriJRlihMeMweD0Wx9hzI1e8YXTzkzPFoSOOY36C28tbEFLp0UUwfoweZRJKyXinBoptoZKyy8074dCB6FWeO36XFIr8ECCaGJCOYcv+qaBSh0oxZEzxa7isHtFRJSRrXlJ7Rpo1BCJoV0JQofXtQMlAAUbBRoXVaYdHd5oXgIBiVzbBe8LNxDooJV9XSsgSq3H648JlI3ejqosbgiaXl8+5bc1RCzamMUJVK2/2MfmBr6kEmJfJyeBheAHeYCW1hXVA+OrmybZQADiLyqyBdhVbAYE0Y/cEy6T2V7nSGWXmCIgHuM2KZ6pdxWciEiez5U+luHXmOdqcwCrJmHNry72OBkbGfzX3sDC8wsIqBz/0FtsWXq5zhPoOOIghtFW6sSdgl0qNyhE/kid0YZwYDxFE0R+ViKgaRT+47oWbHYdmjsjNJeOMitbZoKC1XKiqU0gcZWpD4Eq3rSwu8288lZZQ0ShdjHGM1ZvXSyByfLEayJNwHJ8RFWj/0BTmJdlNkRphw7EI4HhZ2H8aQQmMwT6w7yksjhME+KWludQ9UOBBbKEMpdbbU+90CH5AcNeqHhDkq1CbThT6/1CSwJw8E6pA+doWPTl1RvtLM4HAABmsGAYJicgwbE4Yu4dAlHLqh3eD7WrazCY5C682zPNK3q6m69KClTxqgCABO0N3Gce6Oen5/fYqbv7YT++13wBZcc51Tqqv6SIyRRGJnVH+g53ryeqFoGM+5U/aKyuna5l2C1tdBTCbGOFb0M+BWn1ev1xW7WoTBRdW1Am+JADnrAXIOyQQ+YY2Heyia6CrJgDVYVb9iMTdWQTFzfT2p6ceB68nHYdyqoAxGPR6SNO+ohzyQ3GrzmW4+RXXTGTNcM/XdnDTAKq9PrYAj2VX1jJtpHv1VwRFfB4Ns6GZBXpR4AFSYDH2UZIf34SGBY0yvieQVn+UHdDRy15nEmeXzsOVgH3Iz6FvphmjqIKFe03z1lO/vCK/MPVSFKD0IDYXT72bAlzl0f4vtSid7cPuG1l8pDC+KEs3hb/eCRLlERWWqxrkMpzrZnXrUyIb6kBjL6jFfid6RNlktsILoq9zqpTv2ulOudatdAYC4w83j9YbvOTKqoCm7RrUxZsfEJWIAS2vcOj1cil6mkbETxEcBJcRju65AyK8Hib8GXVzT1ia3171RMUh5u4HhrEtMSq7115kc+C+EdOAVwG702CFt6y8T6gauRDz3VgwHntCG0c2uegzgrcYX1GK3GUcnGo3ykJzTm4XPJQF51UYCi5TXVx8Kqo8CJRsonwzPq8sFNX8XiqgLCZYLULHCe50pDpM3GmRYRSmiVWqCCehAQkAHAw9gajgOBatJLQLEKmwhQ0Bk5uRRYBlqqgIJatSEZwYMI7BfFwutj+1Mk6BUp519a2giNi4PcGgKOdRDlwW5MkrEjQasPUe1ZMeMZuSBtujKmznXSWnnAh8OW9UUtKEMbQBAY2EqgyaXFGVoxwwtIJZsI2qEVrNUhZ+kFul5GObCywC1+BEkuPZbAC4ATcsCTbOgXmZ1rdNnizrv+moZz+2LrzV7nxlVLu6vN7jFSVQ5Wjw5suy7fkCWknnvaLGDLjNFl7MS6kuGiuhStfRlAXkAG3YwpbwWLaYsiClLufmvN8id8Q5z0G24Ae9F5x1SBWUzL3iusXqbU9A+AwwU1DksenTy9iffXzuMsQIV9Yz6Om6dsqTRs2155lmV9/qhPa68Altjr8W5s5jNoZMYLu+cOPdJ6xS6Z/HAJqxJMEgul18x8+aQ9phP29dkSzJ4yqwpNXMtUKnodg3V71y5BODByptdUpQDFhyKByih5ThQF6DVVkHz61RZiH1985/6DgrGEnvqyzVhBc5IXyt1JQCuJONMgm6mg55n3WwHPffG6LmAIYRJ9Fw2TqIKRc/9Dnr+j2Pols4S3qs7BDixV7lK0LOAqatcRvS8Aa9Az7NAz6sVPa/poOfVRM+rPXqeVfS8Bug5QxcRD/Q8G9Dzaszi6ra2kWx+o6xFz2uUlOX8oX5wfIcXAtN00XPlhssK5TB+FLDz0GPnXsDOX6YNwCnsjOhEo1EckiswlOGrXzvlGDkPPXIeAjkLLADTnFdnogWJVeRLqAsJZWB4DQBXA0XNWYtYSrrzRC0DRc0lUXPPDZHZY+YZxcyAAyrJ1jNEzDMTiBmtG2iyepU8iuXJpSJTWfjIBR+5cEO98Fo0uIAoSlygFA+KKEEb4AaCYxZe33aFOLyaQOEzROEzAYWr4fxRwbYOpJEohmh8oIZC4u2wjwI03lM0jmZjsZNW7cnHnrRosvEziJls+fxCfYq2HLkkpC0fuJnQYmL7njoaJI7IiPBLIPxSSaZltR2LF5DLuZ8XbwiwXRKZW431txogLHh/GuF/pW+B8D26X39idL9hf73gNjwXyriL7BeA6tcrqp8nHdpB9avEUaCug1XiIomXYL3jCeNVxxHGmHKn8/4dtCBCZDzQrZZ6tRJXDyWB4jC4k/S6y8OAckMukOltTtPNifKHdjondntQTh5Z90ggF0jWIZD/xk4Qx30mQTfdjPzWw+VAHCMtSGkga0ellmKSNh5SAZ20cUH93aHK8/aaArQxGj3CG/J3jaUUz0gZD05KGRekjI9DvW/pol5PGa8KqHeVR71Qkz8O9a73qHftSqh3voN61wL15lgNiA+o95Qu6mVto1WwAtGi3rWBMgY+I2U8uNDlk5TxKjdYVqgbdgljjAaeQ9fzWPSPFPXmU6gX0YlGozgk16nNwtcyWCdSGAHXn6hXLRsphpW/3YEu9iXUuYRIFsvrNFVckSquWqoYIVKigCyiXpQK1AtQmKGlox5Rb4/WjTDeoAIcSWKnFLGiWFcq+r24zhW9zkM4fAbLrILgMkKKuBAi4gLyYcWuBAK7pO0CUO4MWxBQbo8oV+aEKBdWKti+ddowJ49otAaPBAsS9pfOBa2u6HYdWhyoY9mXXck2r/FtLhbqGbYZuw/brCG2GSG2eZ3kDW1dA/CSZYIXkEiUUJd2AdlWWIM4xMhSwMsAG6ifCYL8oF0EeYts1wLZrm2R7XqPbD/ct2vGbIi5EyPbU0Bbn/KPQ7bSLbAh5qbo6mqMbNcT8mnkIdAGimjXIMXxdHWqph+kkmF1PVkQXfIZpooTFZiVryuQycgbyOQqkMmT+c45MT28hii2wvhLaVP08N9aV5IeLolimcSCHlYfSIEe1rQFkoHbS4tufi8VGAnsByVJiGJnW/ZDnzQAiWk1heFm8PB2E4Za3DTGhfXh6tkRu2vw18W4wxMQu1d2MW65IsY9BRh3TOwGXsScx7jDExO75EUMp4ndwItYEeMGYne4ArE7O03swrjccmOnid3Z44jdR1cmdh+dJnZ1psvw9Xhid9Zj3FkQuwMldgdK7M60xK7tErszAJoZT+zOHEfszkwSu7ONDcTugMRuEojdghhXHgWoEiZqErQCyXCNBHpDoL+eWfCAxQaQfJ3B2R+NG7TkazJBvhaKS0FRrES+gsZGf3iMU8J7PgbFOh/IV2gpaf1iy24GbepQsgO3tm3TDF5CW5QwlXf7jyJMZ48jTLl4Wlw553HlH/TtujGuPOWkfIhT3eJzwZVYV8SVa92pe+Uwe4riyg0BVyrzlizbBc+ynReWy+yYMB14fLmWHNtc8WUwRAOyzeGngJTgLKiywnNtc3Jti2ZeJyjSU/auMeN2xpt+6eQiYcqcZirnt0pZ0zlzcm7XdgjTgZsl53bohsSaf2exJ/BQU/KIUzAZuiqp3oRfeR5jak3ihvjYzIO6RE7s8Yo2ZzzXtiLXtkJDsYSgEJGBMkWrR3jTvBVaXCmerIAnh0DVz4Jnm7u1+OvgSQwTVrTiyaKDJy93xZjlNQg820VEe57tqeDZejy5iFfgyXWlO8XzbNevxLPdoHhyneLJ9QFPIh54Uh1bL3R4tkXg2RZjPLm+Q5lmeOTKs81W4NkC7GZWYtnOBMr0j1fAk4ju4kkk13nNw9fAsQ2UaeDYgjKtJEImSjm2OUDal4DDCCnTXF7r3FOm+XH82rzLr50hWKnkBUqFsCxAYUh+qR6RBrpgsAItQCmT7zI+AzwqzKBaBUGPGMp3Kb+CFB5IX1J4GiKFV6EMsLx1UynPb5sPTDpk7QLWxKSzqs4tjyzwcku2bZ5YVB7RaA6PxNtenTsXpSoWnXeZrkqiTuy0NKPl5vDo7aqrhXrIlsr3IVuKEFsq+eeAcNnCOdKilbZdJnqUTXF6gV9nAqdXOrQypzdrOb3rgV/Xt/j1FI9ffzgx+dR9KM2cAPgQBCiYVtSmbDRuABEMswHBQlXaBpjU2Fup7Lr/mxCfSVCwhWmsofWeVihnJ+YDRUoKuDlGNQLSaiZAIgShwmUDCrIjVcMVkWA8MMYWN6UUKw5WWdtycRGqxqyRCmkshXKsF8qxFMqxk0I5td7iU7sXtqatJOhDxasvKlhbYIIUxLBe6YOFKfGXM5rX2oi2y85Ccav7KeanGJ8ezyc+JfyU4JPolr05fEj5IZV6GZExIgsROSNyRmAU0GwXd4eA2ILj62zny9CWdMyZOLXO0dAVergq/aXExmIgL1jp1bZSaNSqcBUMfZnqJyzmW61+1gllZSHwB8kdGgc1eGyu0+qI2kFSY0y4yz3Dm1PF5ypYPNrWJJodsVuhjyUh1aO/mNW/kdVfyvgKpokQgs2w8yXFIpTXYOCzui4eETa8OzCYTVJFLYoVoemPWzYc5wloac7j5Pv+W4L+439wmYav/F/Pv/c/nXOFf7vo0p3NfzwHGDJ7ylL8gRaZ6Mhnf3GhDPKBYjcutU0KskPlKJPqg4bKE1Sh3dIcVPV773fNKwVDKDXexdAWCLVilNn0b2e/3m11rP1ID40OcoluI1XzhLprU2MPSL2f/dUp4MjHsKoWb0Gjv0XHt/mEZIEqnI7vxRzfi3wTOL6cC4zvwvT4AiGUI6o2B33ZYCn0x05NevuM3CKZt9DUGTXlkWjQFbamwUAxzBGrImP1pArSCjxZ7wjrFVECXT70mQaufQ4Z8+eb6gV6je1gK+Fxq7bkcCKA/auh80nmuZcO1Zt187a2oLzsvOH7U9nPSxJWcMaS1iIgjjLPGAN3hPdtqucNK3VnUM/7+uNaV30o0cNshZb9iUGuKpSCfRUGIVpbdxWmuydDW6tFxIQG/0zHVgHtCqkghGw0WDxz8B8EdTGsWXX02twHffd7LaaEEMaOUXjCW1/EMmgbmVU/l0DerVfdnGCOe1BxrFMdNZdx8JyIj0uu/ZAy91EJ1BpoQbuPzQYVVNjcl/TSq7pRLQrOd0Rk+qdHi7I+rOwFNjLlRPPQF7W414fY6kZ5SISTkiJ0FaWOMtjpDIiogEmxn9SlMEAdCNDewvHlcoWipI5Fs4rGTGnBoWsmExi0elus6gdjiWa8FjOxNBwqHQEQoe3iW54GT+Tey0P1GcuLX30kMPteXZ8EOZZGHqhyDj35hKYJNjnUEYbLFaslrIOlYkTN8fWX3q4m2+rRLhIF/LJ5JXhAkcEKiCFu2AzrBoqfF3Wq0WyMHQ0IQP1EJXnpmaz50G8Ktvnm6k9Uk6n6d6wpbRtwkChKNUs9Km8WZVkQ2QDMbPPRA0dR9MMUOodPTXWnKdB2yEBcVEB1BUBOJJpovPocjUAi1zxXJPcFZLvBZ8P8AJvBUrNiT912kHBRdATAg8Xa081pGzu/VQvXPlc/T8VdQsb+hNMY05Cj2vxUmXje9RpZTcD71WMy4Y1JgRz9DOKRKKsogGof4QGWsYSaOSzG35Ykmwj4G/nYHJYBaFLH1VD61VDAbEhYDUW7GoqTr4aCBRYTq6EYr4awyFTvzZA4zAFfoGdB/XCtlBiRPwbstjbjc103AH2JBVELS7LINAcVb/yOWr0GlAFCo7t4uZ4tHhWkSDHSJQev5IKJw4KJUSiBV5cLASAJq4PTjngaoU1p8AgrqbtaAUadtVNMrZ3i2a2dwhV+7RRcO+AtulJXDtikX8RC2dwc+K3W3TZGG4kSrBvWkuIxsW4KXTcoPKybortuinbdFFg3xbNdN0V33RRh3RQrrptC1w3awHWDkF83BddNwXVTcN2gcFd01g1nseB6cZknSSKsF8zkD8alBiVenjDKr5KPY2yadA0ZK+UAwMEBLucm+z+4xdYpCFFAXQV7mBFC8/Wg+lejmeoHIBo58wKDYy/2KSzimxJtjJLy6EjB0iuNVWLYr1t69fQoVvdwmdFJsqEnVSndkHrrvGln28bw+NthqRJtNmwzzIBom7PQ5gxhtPo9CZpiXIJ2Jr6dlu1EiehEaKdFRNvOLLTTDe1xzdz0SVBAVqaEA1t1BjbB8EED7KcTmCEaK6OlgpZGSdBJoyknfZNI1B2RuiPeCDtzAnYoAtEKuCgLO/OAtHOyD9rdVI7TR0JtG2gM0FgBlL8XgFKrH1CJYSBCmk8KLvNRkM4otar+OPiD1UgiF4NUuMRFZ1KFQpnzf4fP1ZgoT/A+p4umecd4PSBer5UKDeEoT9tFoW+l11elNwfipdqyDG8zRws+G8dCpappehWEoPoRSJrfgB+wmJpYdAyAn+1c3DIe04ubtDdGsvq8EiOWH3mSoqWhLdzfNpO+36Spub8dwxnGb6FzYQsdEBUc6KBJOh4zrUEm7gEAGFB7KuqWtNQS3Ew+A63Xpecc/I1DxzkmVTtF4KUnJvDSFozgaSUiYChdlxEwko00PKUbB+i6ZJKuSzp0XRYm2mWBrstCbZxmnBxdKuCS6LESjyrgbLUalhA+SK+T4EPmqfLxDeURVOgIhXTTFKhs1ENZE5OCUsNOJKCg/GkJK10C6nxSUclJNwIMl4eVTts7x06XdGghpAZsTsLKxgAri1OwwsHeP0El6aVFi/ARxHdSALoR4TTCz8FxN+cuQS+/+Buyf/5WhHNta5RsUL09aTuYaDkr9BNIFrjOlCgfdSJAa8O/F5t4X6iJ8ED0Y7H7VFQJQNCJFj5KrG4wKptPcxCREvdeVbWZlcaPFd8xJV7HJLlK3dgiF8C8OSTOPBvLTNWSqidV59MR6omK/MG/aJ57kWoEHLj3xq/oVxMU5oJRDTUwOIqeudtIHpoH1dhn2+sTNw8NOGmJ6PRzLLFsAcGW/wtaHuiWbmX0GZKAP0nNYSjSMz+UBIqjdY+69CcwvlOIYYyvyGU3lb8HZfM70Pq2kh1774UL0O/d/q1D1W1ZGvRX+j5SuWPhLcJCDUx57wRXcsWUED8+JjzTNInjOMVyEcXp5rAoFoExAesSogKdK63RnLakDpIGdHdw7Z7mzcKNlrZcwQQIDrOBQv0sk1qY7kCClOjtWMT4LeInhVjq3VJ827JEu1Tb0DwqYNvx13iFr6q+MzAnLAOtMsgLhmstsbvBfA/WIXlOglyAXUaE0QHyW53MtUc8GlfMBv9ifx6bZF93WwFWhE9/xYtvgNlm8t4ugb48N8KLieouIj7lJtf81S/Q1z12xx/1TMJdwS08QVe5YD793yA9tDnPQHrdq0Pqs9vUW9vSP/Qxpq4+oEm3hqTbOtxEJv0sG4It16feElKf0abe1Kb+TaRO1O2+b8amkHpzm9r51M7onnGLpnMh3cY23Xxb6hd854BJb9XU8yH1Ypu6alMf+TjuV9VM1hcMklQh8RwTY3ciWXTxKONOn8Gpfjj6UakUG92KTvXpQOHzsYWhUOXCQ1ebGKyPu5yUfuRmRKodIXjUgpPG0Rze5qiM43Lc8VdQSuDfeQsSUYPkTx0cnK4CUqSncJxz5DqcHptjHGJlMasdHzeHYy5UMw/uMNdfRL2rApfhqlvsRUhW6VEfEfpasaBUEtZWWXjIZ9QpS8luFvIolKKXisrSm8mRtTNMofeEnLCBDR1h4C/Y6sGTFnro9/uuXx1rfRbqH06rGmZuFkxPlAHT4kZCPdxKoiivOYUSV8vPzqHPPYTOUR6KSJinoMmzAiLjmB7xjwhCNtQLQ1m3hTftcCjClGAbQ8Rg0dMTORbwuxOj3vGNt/ZPu9JTJv+pAIw0EobJ/+jkJv/NtMl/VBBM/ptgrRY2//+xZv5RpPp/6linZ8WhcZ32dM38M/F0NuUt4KIZUdU1x5muNycyXW86puu5xzOqNsF0vQmm68mK0Ys0gweQquXDKGLVnuPLlM8AOm+IOi2f7ua0zwApC2GWRdP+Jy4rjEL5oVU2vrailTyIycXbvQNA22r5jmgObN9OjpUOKzitr+ekYqDqVc0xKMr0VdYtU8E+0xzVO0hcsPYhJVX9FO6KxmcGo/f8rESxm65atXYjj1kxjQWrzdjQVNXCW09HJabJz+PVafVfwLOr/ssg1nHmbS9CQVqy3w3ha2PUFDR9bAI8VQQ8rj4Xu4hVZXpcXVL39UsS3xQwZZMoK8/BCG2izD2qvVcYD+ZSJ2HymMG5FRwqAwNAQ5BEPCAl2GS+QPqazDzcpqd4H+CGvY/jAezHYPwGLkOxq9BvEYNHvy0eEIsvIcEXetTpJYb5541XA6HnTPmIB8X8MEpwa3FFey6CEBCe2OLhp0jHsM69AH1+Q51TsafwMcUNdfFaeLHSyuuej+7dUPde+9YFB5yEQFmrFB+u5/tioQcMkTnIK6COaFkITWB/+qibrA/Fdt9fL4gM1rax0dQCRnV5gQ7RFdwJ+pg8HfdSQ2tdBAV/fRe8VTV6vX/hgn5cp6INqgy6polUQGudDK1IE6hS26wkAv/HrVmqV0tC9Yoq49pt3drJ1r22Xr+wVJ8SxAwQ4kTMuvVLtS9xdeNQ2PyKhYWBDYXlviSZtRUL24LCNj3XwtzKhW2H/NHWZyxstRS2noWtlwxbQmEQuJl1lZQjK2ENHmvcvFBHo3m/65ScIRWGG16A9Q4wO7cdb+HYlWH4EGK56DxkqeH6bKSeH5C6LrnqXaliGCgdwuR97cySzm2M4iFKCgkpFssQVaewLvosXWI1h66LtJ39CrP+jMMxI8OxhsOxJrR5xs1iLFiqr4PiJLPyiGRJgEM2J/GKRvvN4fupNjYHmsngUY0iPObxs8jTExQEqv848Ktgxpk6lVXQv0B9h/tVYHSMV2EFa2joIowE3rEKykaXtl8F824VWiiRKmS3NoZMTeXWLtUqUznDcZh1q6SLugqmFujguPF5vYLHuiAWpCEOiYBHzRIFONxKhc2foLDcl4RVsFJhW1YqbNMzFeZWKgxgu0JhW48rbI0UtpqFrZYEW8aFrVHRMYC/zDYes24tVsFavwr6nCFdBat014NE9rlhvCHv3Q4fQiwXnR9VksRo8TLD8L2alJqp7vvF0G8XQx+YMB0vhjJGLTMqV+1Klq4hlk4rV6xEYjUHF0MLBOWzmvxKRmWWozLbmXldwCzV18HFMMPFkDrjqXQYM0FrMEIRrOLRYr2KkN55vzdv+Y3YmPbgSbfPmfKWlZYnDYHNROYE1JhYMm9ASWbVf8NxA/IDsUNIZQo24bmlNt76PN4uUd+OSHkRTIxraJeaHUdoO02Rp2pFvkJI7WIXU+6FY7RaP8UVQjQ6r4zy5uAn0JFEr5ZrbULzi+r1YSNSqncyx+aDta3uGJq0OSJJmkPy48xCA1f7f2i07cqlZTu2ozIN7YIihoYuQm81dIlcIukdHRyWxZ0K/icqyJqPoYIf8xUMXDJVgd63+lokia+l0BBqqTSEWuZJDKKel2uDYoqBRIH4T6bjef+DU7YJOaeGVL77w+jh2KbXxvvGnhwiMT6kxzgYofNOcS9yZseHr3mtCA5J4C77b7x6sDNH6h5WTNE8+TP3RgBgUH7fU6dvr+PqUQOaoxoleMzXdsfTsVhhV9v/fbg/utPn0JSW9Il1yV4YBLn4jr1giZkdC3t3fB6acY244RNKcd+30QuT3XHWwTrb0dtb5wdhddFe67Ijrtf8+W3DyxqhXdMjy0vNWUvSurdd/a3KXtovRs9zF+94KliEV5owf7uz37aA4A5pnUFQqrEX42l2JHt3LF68UBs5ITuzV54+82mvq3uyOIvmG0JNxzswKuZgsDCPsnsL9GgCceFf/q/qR0+aIkKpdxw8vrjZ10k6FFHKiJc8QBetF4nyxsQYz+u1FHJ85v+cWNdT2cVVxsZJmuVFr18OhjOz1SqYx8Fnb2PtC3p4srrcIW8OlrzF3fh7k8GqMe2PyOdNpPyrD3dSVpMpBydOOasplXRF5Bcnq//NbtIZTao+NRD5pcmkf9xNOtSkarsRkQ9PJn34+zpJBzhB/eLnZXn2qx9MBiVe7w+vfbx+Dq8DvPbw+gd4ncFrgdcn8FrgNcfr1/Aa4zXD69/iNcFrite/D0UleP3eh+R1Fq8xXn8Yr0O8Wrx+EK9akZFX7Tp+UJf0j6KNv2GMWQEEmsr7s4IwpmniCxZmFgz+pfyXpXla5HlmMpvGWRKRf84Llso/F/EsZ6c+/UqiMXOImT1hNn5ZKU03pjyutr9aY1YBuB8M28/9Ld8zBbtS+Z4I7gLfk9vS2ZRGkTcwJuGz3zsMckYiyPVMA3MyDcxJnH4f52Ul8DVz0ocX663eL4HAp1QMGjLyljPo5WjmulLWfNCmYCmYBr1BJkNwlAWrD5A5CxfNdGRl6TmcF4cbIWv3N7EbqlUCXelkbHprgptGtisS6YJI5DwlXmZ5r1ywngz1YKPpUZJLVSdXgy+oN9Ord0IIGtLKicpn0KFQnavYNLw10YcQtlQJqX8dF7AQ1YH6eKh7JlymVn9NJ3Pq0GkGj9bWSoHbs76bqe5McL7V6+sCnEgKJtXyCVtTnxqyBHRUXuBnoH7rnEKNjKke78FYHYGWzinwbtl8SGDomCOR8VxZ1H4FmbEcPIxR9SOJG89RVNLuA7m0LGbIzAO0L8FbgTQJ0wzZxAHTlEwzmEwz0DSNQQKkS/BoRwS6os2P3KkeYn4SnoQ/BuuIKoq3SU34a0vYr5KVpYElngaWOCgOgvHnAMY9MMgirACkcSE1GeOcvGICdi1BhVyjR6IlAm5OwJVmACQtQLLogmRCkMRzE62HJwgDJBEKIPlkdJm6YByCqzKUV7C4E5eDOMvlVRi24wWVNPPeWsGs1ovmebsFcddhDJawi4Eg4PJjFHP4Ba7x/qa6R+eQkLYWkKe3DL1KAb3T/ACGHGsOqx2IApku4UBZ3LN4NxsPhhzvQY4ENuE1B1JdFNJfzPQoEB443gQTtCHnk5iSgg2uflxz7go5z/c5ZSZ88v0f1xnMcFkCV04h6dnjSrayEnn6TO9Apsk6toaM29o6tvjkLsNvdVjTbQnpzmjTbWqL/REUmymbyzdnU0i9WVMHe6nMUa9Rs1mQsQRs9YPcTIwTGty/vRNYC2nw8GIPBT58Qz8U/DAoVVUMejpcKGuwUN6P5iRYKH0ulBm01oG136cGI/RYg03nAPoWoO/7Nt/27Za2b67t23xIvdimrpiad0KS9gm9E0KSKiSe08QIXUoUiOAbcR2kGDDGoxjQi8rEddBqXhXSPnEHQ8RdDDHAsAlCB84cuNmAM/1FcZ2xkKyLI1SggwgSQThaH3SRX8ssJf5LFLfiURD/EZsmwH9sFWUy8ZjAW7+nm+003pqfxltFwFscYIR46RaAh5gIsrpgi+tV1w777cn24GmTsJ5gtdNPD20t5lztW+sCU4Faz6Cp7i0eiqFO8ElMtDoL4FKfBuOEU+188k+3yReRfBqKfOJ5Jub16uFp6GlTVb7I+xRueVs6CTpMiVU4Bp0zAugkHdA5ows5OQeYDge5bLjNcWdL/GKKGAvLhepp0fjZyzB7X8bsDTB7lrOXYPb0PGp5YZ10FlMamp22t6AIbd+gp28Ez0azKZ6GR0GB8vtWugBNvfTKb/vL7gcDTncYUu5h6nYUG0vsR54z5yZ8nJ4d3I5uCz7Mzgh+zTbT7WjM28hk2scp1oCLq7+I24ofUCz6f3jFIK/SqaofmqzaeJzFipPnWrFhxV1JhLQ6SFjTS3xnUDehEZSdhNSatUNIRYw38+silhSodm1os9E76nOdQZSCEeCUXrdgFvwhdd3GVvIl9hp13fuu2N934TavjvVaivb0k0Qd9Hlz/RfQKdiyVgaI5p1SQuuoEkEpCzxUiQcZ8SfX331aTpeLI7mUqyPXh23ovnqaqDN/veUiGqRFMPPBXUveH3aow6eTbF5L2UhiA1XgyDv9LjtXdWmz6G/qUm88ap/e1aHXek2GY0t1nyLiCA3iiS11GR7ZrjpHIoT7u+TGJ5fkCEhiOkMYZa02ICmi/WZC+Ku2VNs2jYPzG+qJ15k8Vu+uT1sYGXR1Ge1jj6GkiqZrKwcy3g2yFBfIqUBnq8d2RwBEg0cF1qJLX7MgDY3U8jg7oNZfJBZXVKU8B4herIe8AZ+BlQmJnUUq/O2CjnPhZuUJ7dyBPNcg6Xy9Go+5uqKPlFWucqsk45zsl3PyhNa0ViEZchSKv13jaofyvlbeZ8A13rUAWhRbrWaX6NVoO/4kbFA0/iTc9qmS99XyXDVRTa5NKCfyzjptv8S3cfKOJhDTDZx2Sz73pGotVpIMfNysW+O0hRLGcxYtxXKedfqKaCTFn47QWqcdk/i2iKG0XVumLTSu7QHmPEePJGYoz1mWp/5vEWxrA8oYOk2lfejWljstxZfW0xpSvHv2rNNXlKL6Y05TaerS6SiMR5SoKAwcZV2jsunJQwFsGABsCwEsmgSwzQSwuTGAEQphwoLjkGsPZhC9qZ4lvIlRSAwugckRmOZXAKYISp/rCWrzbr2bl9hTCLkbCN4LMK0jsYtyzbcoz1OdWFqQ5/NkIJ+H/m1x2JG1GRioDrANkQV/CnhDBaw5STeHSjrAV6Gx+MN0ybPCYkC1+JPwKjQMfxJe7+RN8s9LDjR2A4YBf7umAdRwGiRmAyBPUp0izwU0G39YI+gK/iS8dmphruXC1LW16BbQdeXho3r8abMqp82VZuCJka2kOM0uYVw4ajM8HBU6eSXS6xpBqfjT2mec1ob1IiOmrQ3ArmsELcJeBajVwdQB3uC0g5KEkIyBLpzWhkGQlmrLtFOMw3u7wnUyMGkYTPzpwMubPOekd9paCeOJSasIP9xXpc1oFVqHLPgDzLaLyo99jmZ2FxeagT8OShjvIecI441zMZaqvqI2pxCmpaGj3QWns81atRQd9hylE5+sdtpfrXjOaT+0Pz0FDpg30D5pIwdohK5XlIA/v/BNi1qQDX8t0uvWNt/NRvTSgUYUjr+Qk6ikixgGRAzDsvqcdaep3G680/WhvjeKcJaBufUmgX2opFZb4H0X1xHlVix2uUJ36X7r+hSnAsOtdEDEwj7K9TKp6Iz7VooH+6UfClAthbdQQ6dFuFba20QcNqjKZe3rty5oA1Dwt+p+GoHFpaH+wKTgQaKAFC1UfWpJq8TB7trQJo1/v5B5WovzqcPtjPRfyfWdIj5WfToRSoPDUKuKCIidiLeTidABFFOXNG6dUu2zpJlQoRI2kmOdUoMk0Pq0Q0ML6cExnow2vFtQqtkhcxZoHy/2jwfbKXTN/WqKCqOcQLStr6xOPAaYIJSSKnOJFD5tD+XJPir8zMljHQABl4kwvTkvIda0KDH0Tk9bPinpVNUfzGjniK4LkHVRsm6M98EE0YUoWw2btdQNYumwryIZW/0UyWx/E6ovG1H8dIrNqUbVqUbWBaJTV0zmTxsFTZyW4c3rwnbwMh08+hNIOXhoCe/rYKtA/nuwYxmGTAvavzHOnkfg5eVtn5BFo/74bJpH25tbtw5TscKUmpWmNF1xStOTTelJJpV+vsaTanRSeXastJmcVBMm1XBSTWdSzfGTiqzTk2pWnFQc6ynY+2EZ/DApKICTOp0Ck4qoGg9MKqIxqfzanVTDSTUXTE4pDwaI4C520ilF8mMcUJoB7OMhCxGPAj8DGfL9vxZS6JAjeqSPYiRpOXF9CqxUl7kUXG+erdBYrfcQikC9P5LYtfv6e9GZS0cWjzeOYjzeBBYAeKUpHpePMjyuHOV4XD0q8BAPTnjsN6M+ngfMqMTzoBkN8LzRjIZ4PgjWHDzDjdZTLWEWb/OjebxVowpvm0an4M2NVuFt62gD3raMVuNt12gBb9tHa/B2yWgRbxdRuvkhM1qL58NmtA5fRQXoVDxvMqPn4XnYjE7D83YzcvRPd6e4Dr9Ugu7l8SXyOO3l8UXyeN7L9VxzKu+8133i5fGbsGfLc5c8F72FjCf3ubmFl8dbQYyMo9ZIFKi6DeOo1RIF2uOUcdQqiUIT5sdRlURhH1w/jppd4L38jNSs5hk+Mf42kG83YX2Xnci+RB5CZK8TWUjkQUTmnchMIvcjMu1EJhIJYd64E2cl7vLyz6xJ9ynJ/RtP//cGbRKcIXqJ0TJwloTlS7kk4sB4ivfkZAnqRlvho0WvTQUV4UZZXcQ4ChabEdkA2JV1F82Q3cLdj5S4vEcy1Tg8R+r6CbVB0NpIpIAufE6qm0sXK80u++MVjfXys7E6WtZYjYEZG9QQElFceSIRYio4UydQmsAC0aQQd2jlsY3UjF4ZFX5WTqoucidlTDQjUX6YS+DgNGacd/zTrTWp3ljSO5O6ZLx9xpbi6YkYctAR+XWDZxT6/Y4OJ0H8AhhYx9cNIBe8lwehX5JaEM39lbHQb9ZqkNLAF5UudsO3F8gPMgJg3LROpKHaOTC3utK+bzNgn8ijSRQPgvNBC6QI0erTSnLAwEvdEL4ixBwIsZTSZWMp38xL+UJCqYfpRdPipRH6L48hdgRK+ebL9CpF20CZl/LNgpQvTFXneB/U8UINYJG/8xYwdDIfKLaPHvfdED6qrAo5x2oDyY7bNtXe0IdgFT6u7jItbRg3DiUmeCRkAWHWpCq1PcBq5BHGvVDbrDEMyOaomnCPRBD3Wu0sHmsuFnmSupU1joL8MUJsGUJsbcITgaTFkRKPtRfX5Th3EnInIXcScrMbaD/AMkI3IuhoQZ53AYCWanjOrf2OBfZCjG5/h5qUxZD1NBSTvs2Rmwsn2Uf1JiyZ3bBfa1gfxib0wIReGbaV6S/UMhHUsUodrjh2OghVuS79qxZ+A6mrYoIUr9azR8ThzDmcerArdIwuVl7aaodAGWwBD4ItYITYLoTYLmnjMpxv9cey1BFtdHupaWyPtazDOofUdEGpaXYAAIwhRWjWRWr2cIjhHkdXahEYPn1pOh70TClf3BD37z3fRITYRITYRITYRGiHwvroKIdkCXLXORezt2OH2jQFCrZLAQBpcrvnclajIVaDEKtBiNUQXtraci2FsoxssYWdWg79LKyT16sE08+EPmgIhSMUTC6vRskck7bkEhL4pTfCSUFG2OpQyVLFk4VK9cK++AAccoOHG0V4bMLPZhJJkO6v3tJK9fZUqrdfF1NSvak/cIX50qHpo0UhGpgHppa9UClnqcfBrIswfEUYviIMXxGGT5dI3toETkcFJguF1IWfrKKdrIKrL0xWAVpXbQwDRFgbQgEmpr0GBMFTX2mhpXCyfMMhYsHJGsrjknpWJqsMXSlDV8rQlZKTxaEJ3YFAdo+T1TuR1Gl6MqnTu4ZwXqz75LC7Tw6fcZ98w8Q+eTv2yVz3STqU6WyUGBlslL/c1Y555o1STUJm3CjlkU1ulO+GXEwsj7BRPsP2mHVD+IoQc6yo+hI2RTRjvCkOXNLdFE+m+sJNMfGbYqbso2x3uymiWL8pDqR3U5tiaNt0e8NW+NOdrXAe5WR4ZOOtUCqAuUu/B8ojC1uhmoaUbMdthWph0lk8yl314ORbYYotX4kA8N/wmFXjlOF7yINQF41hULFAIjQZi/NNMt6VbnsZwuCQk61jlcOD9uq2N0AobHvInU5ve+lumJp/ps0uvZAlAUsjhM0OzB4O48Rml3Q3u2HY7LDcybXuuwKPYhcY5ByIHBdHPcD9a7DZcTnPu6FfzhVDkWINbHHzbx5vcZJfC/lWv8Xh5FfnRJ6xy7nFsdmEygKhsMWVGNoQveIWh1F08BYeNgUNEWV2NrZ53WqIK5FnRVzZ05YAV6JeRdUDbmwlC0eIhTNEfAw4yNs62GZiSLbOgs2pok44q8OW6y7VdOjuY6v8CM6EJrOcttSBWx1k8snapCXpYbuV5bqVwR7xkFvZULcyPDbhp93KhtQvvnx6N8undrN5XjtyaqCzpXtHH40K0bqbFePdLNfdjCNYn3xXCWaPuYeR4EDWFQkOLLIwL/3xHlaE9YsQ60Cou3O1VbHpYefSeemrfB3l0GZxHavqEWVoean0h25ZoeUsJ3TAVc+0a6HpJ9m1/tqapCN7S8h+XaKPa1xxCdxlAjldczF+d5i3S6T8fsceKBXiu36VtHV2jcteJ69WFZkbRQ7NE39+L+txreKpM8T9ZtT3KtkxR5OToWpXUG6UgYC898tV7bl0eJEEEPDuIUUK1lIpMc0Wl4r/Vt7AxeAWfrOOiHTymyV1swVSWFomD8mao68eXxN5uRdHrHvPR6svuGKoV53ezAUOwIjezQtq7Zb13XrquG75D4+MP7jklaboHNuRrE1f/oG1BRy4Ux+rqbi5IDU58Ny2qW0qX1WagDadYySCXkHp1WrKG2qviTnwMYMb6sFrcfoi0CiaCdtHgo0GqYc+9fCGeugSxMz4mJkb6pnX4sQTQHl8/moul54WsqFIOQjjxvr1vDbAxd3rqZmDOdVQ3KKnFL0gC3pkuekkCIezlkW/MGq4S6jTQHakbAO/XchCdYASf6+QcKupJraav7Imo+yGt0UV/uPdhT6uorSbgc2RWLnDOs4ACxqx9F5k1fopfMjSntBLkRw9VnsnVtLSEFUMRffiaj0eq720ZI8rhNdxhTgFX1LXtaLCjoDVAEZQ3CBc4aVNWQsKlqBSaRKpLVNjwBhJ9HK3dFLeEDbCYZAGDmF6caguuhOkG2gwR4XV1+MaPFhZ9QA7nX4yoGLl4DdHv6Tm9231byVV87i8NV+UeNgmeRgvRx8WNHETzQfE1dPU5MC2isIkBGfxKIhy/J8bmlY5fFWHAn4G6vd/61C/ucqbzADt0rtgR9qkJGOk+ox0DgtSBwHxcNMwq8EZCcJQ34wr5b3Udzf71gXJYD253Bsrk+87Xpl86JXJO+Sx1Hi7cdjqLDg6Sv9pXJMQLbTMcxuSYBUzsjFd7XEy2xPJ/dvxdIkgjfRDU5RA7GMqutdS0cK0RH0Fs41mUQ+PLkNS0UNcFdJ8L8RQPRXdC1Q0kP8Q74M6WahhK0L+wFqCJEXii+2DMgo8nxh+1dQNrUt8P2M9gfydUedXktW7WknwSLqK45LqHWroibrjq7zuOEQ9tKiBEmyQAio9wZZhF1efMx3yYNaV0+QBxpFQglAgD/AeQ7AoUj+nC/pxHRQU6WNxNZS5VZG7gN62mrvvSSJnqeIJ50DShoqeP4YLS67yfe6BjTHHpGubAqnoummctBcc0Mx1kg6YtHgWSSsmHZwwKTZHem5cjYcwsYBA12BXD0OBYShg04Q7+ey5bRf7oTNouVIkmPaW8rErs1oqN6vNW9IhBP1LfenK9X1hswCCWZZZARa6VI7l+TwM6czEkM6gR8zh8wdCJhCYMJ4fCEzeK61SDWg8qlGExzx+vAa0ZBhgHV0JnLoK11mV3ael6OwXSv8LkbQCPGE9lRpaEwwDpK1KdOpKD089emgFSl4LlyQ6KDNunVeJLtjpWehIzwGeVsNIQPXDSd2Xzg985wuZj3rIpHNNoanUMc04aRHu04edpAMmLZ5F0opJBydMOipaldu1eKzFTbusF8ITnbbrMAymSGx2MXQGLZeEEm20SBnIfJQCrBRTpR6s0hasUizYPICVP+gUXvOYZXqqgUVLrKYjWLUjXI5HdnZiZGfRCubw+QlWxYnoY3syrs4jVkye5PvAVm62gMySOyRPJtkb8L6p8/7aOl3A0SPSm4bOh9qSQot9THxDHdOdZCYlb2mcQ8aUBi4Snyi5gSfx12pCzd+tqhAe8GScy6bTkANfjCw6Cu9BC07IuhJRMYbARXhveTwm8HiMmvewzpd1A1SMGJRCo5Y8m0cRmqOSUIlL97awTaEwJ6EMTN7209bwaUt5tDT9fV4TZvjsSYZLJkiGw6m/WMqb/bGeGwPRAK1cJRo+OyYaEAvfzj10XgJq2RcWn/XN9UguPDN3LW55QPSQnZN+l0c+yV77CYPbDXnAQo1nr3mv0lhRPnhCmzF0eI4aZOGE9ZO4jHt+9iw4Zxk5ZykEoGJlfCh/iArTyjpLyTorxqwzwb4qStC2tC9d+H7brktkRK5Cn8WYU4YCafANNUxdG9Fddozvo2ySW+YspqTfcbftmXw6UyGaPK/g8jvS6lGE55XG6EDrmHtkAfHq6X6EgMTJ4GnWlCeQTPNn03yvbHcdhSo14sJQvNbpmVyZ3ujI+8m4XNSImZVQmGuleyTc4VS5HO7+n4lNhZrJkGJwJjCq0KnOh1lu1VOsKgxACcKQzdBAly+FBCdkTCGzxehNs6ZYWkDZLJTxAWmzbLKi6Fm9Wug0xKcNeQeuWpndhO9dcuDrym96I/lNl5Lf9Cb8XNbymwSCrpISEBDFuSmeE6avHV3MY2A6caAD1wmt63wYKJE1mOI7cYDCitHA8UwmpDsxlykM8jSfiYUGphLLZnyX4EL+PoYZuIz0VmiPTztul7qxe0b2Eco82f4Yx/babK9XiZA19KnatC7fitejpI4NgdcN4+a6q4Ggd7iDtZV0R5+Ovx3Df0QwbqOvzhwZmlZYJVKWSXj598l2Hz72aWyyt34Q/KQd0WsFIX/2v476IelF//pWtMMdPFI2f/SLz4fRhLmrBLV9ok7Pji79wEVrzv78WbfWmW/c7PUydE8/fdae5sfv/dGn46U7dri3H/h0qOkw7OmFoh8969Zb6/iWT2knL7/+03UiH9za//7Z35MS88N1QX7YLYfBr7jFxbd08kbbD39QCou17RD3uNUX/YHPXP1g70d/+axbz/6Zq7//1F/Z88BZh289O/m7H3nf+973OxLUHEh39re/+g9X/89fknR/EH/2h9+481eR7vXvqd+7cffnEHzPv8G/P5HgYfm/jsZNc+nZL3vx/1z1V994/atuRcsOn/2FO37017e+9xdeJUkPH1Y2fDT2tfPBEcCyfFtsgBdVE8qzT4IlPDi/iBEFSKYFECE6Kd5uF1Rl3IAPGGzVFlTHGtDMH8gxZJH1rJKKC+S94Baitoi2Go3SjHxzVks3bcGR52nIM5atisIwixCqvfuram1PhUWxMtWfUUSPGlbFNIexWi6g8KdgXfBv+LGSjyY0Vz6igKhtdUQrfLDw15r/a65VKuS/7glWBFV4WI1Q82yBQrWq+ZJjA2lXFjbHoudnSyn1IZSKH5aK3qBUrDCb0fFT0C1zRiTB2vlwRpaFM++rixZi9/0HRIz9Jglzy5lPyTIB01bCxdnv+ouPH/7bz9z56u+U8EVf/aMvPrbhvLP/0xXiRQk8zD7MEVjVh4JFAkxGc+uho5Hq6MGqNRUMcfCyGPM/iar/aVrFsizRwCbMmHpRCIqRdPoykMfptI3+W9YldAgR4Sep/jz2KnrYCDE2dBWBkHcVkQYJV9WOzFQ7kv4OVGVyq7RNIs/ng72AgvEuhFSfGWD68QPdztAMhEJEGLI30qXAL/+sau+90+Jr1DyA1wKvMV4fwmuMV4vXe/Fq8apSZGZyFKOJIRwrmT2SklG5JXgnGHsT4gw3BX1Z5fTBIN5rxTbyArYQCaUAUOGFx1RsM9W3S6Cn4vLNO0T3UKGRgqwRyqwkfoFuHFAq/FJTWhKXELzCpLlACIwrd8/5S/f2ojyTR61EafURNQCNtJuWUWXW5JCHzTD2G8FmVrHXTRqak5DTRjbXvU0Gooexx8of5dr7QGnHACA0pgBDFSzOQrh2ssbukGuHI6AmR4bXBuDY4islQhOl+wsVb8fpWn4uBOf0TpElbb6leVwedPUBQhn7aGOquyxIbTQ9oZSUDFOiuEeRjDMIJEvVB1UMC3o0FrtioqBP5lgPw1XQwXFB6wsJRqjUs4KtbozVjAByYVXom8PPxubjv6wAc0/sNLE7WWLs6kjZQ397emUU3IqStZvrhlTRoQouy7lkVLLKLEsK9HwLzbKf4i1QRVyRAJCOdic1InnCOtFn1JHRqcNhlSrA6OnXecXJNFxRHrNq2cVZICTc4GwRXTwcuV9pAlPexffWWRO9BoCMCpXzKNtxLMzw84YWaP6VprXeBXyhVqgrl8jmIrAASNZvjtkXWfx8yNcwX/PoH2E5JIh3mWAkKaOJR0bFtWT9JFJsjVugoVL85OoDTrTk5mf/B3K3haP7DDHFXEhRIZ7tjdleC6O4bJ/efaEU1JlsR/WoBFWPtBvwNsSGb2ySkeEUBI1bWICVSppRc/DPBZoPJALeN0moOa25u434pdga7hbbl8buiIwDYnIFYFu6KmFQrmIbCuwcmSrVAb3Z0K3MVmkEQvDzF7uAE13mg6/ffqsPbfSh/Qde0txaHbHh5YN8YZoPQvdqTMMtjHrNJz51NBpZ9L9r031bnTSGNt3jsvmkpgFd+CmGcK9BD0jeUU6l+mpoqMDeJoQU5s/g10XsCoJoVIp5h6EIQyYbJ98ipFLTbNuZfpNsE6gjhhAh7I/81Cc9fqfdsIqP6NnWjYaiwX4SN3Kzd3SfB+HuXPHr+QjpjcrFrlAl+PKXcSertQFf48wCzHZVHcOzbnMaHR0VF8qLBF/g4u+q4+Wr5AgL7ojcNr36rWVtFcoCOTSSgXXg77cUhko8Sz+DCxBsE0AGfBQT5AiNGc+2ChhJaw1IBI7VHkZr2PgUvVRbbrDNnXbuwpWjlG685P6rSfaoe8CqtspYkIYqKo+dZUFOTTyUeAWdGI0pLmKp+WljyMrraDsQH9eB8vessR3r860NMe/TMJryaRjDj6lzMeZmpOQgVkUE/4XwwQFvQBJysRqe24SdSZLT4kcuITydLjP4+ouCPfoI/jiVBN3e8cWJ913SRoRgMDBW96KhwAci1PwnRo3bT2W7GB3VbOerRFOTsdn0pbVxshkupmUq9udUeiyhb0lSI/RTcr+RwCr2AgUlKxREB2/eaVRU3mptsi++Nngna+ZGluKquYO5xzoTZqSIBOx4PP+ORDdr9SYiXEy9YoFD1x3iXHV/rY9rrzlSJ4rx4ae1BnC8NPrKn21/pern22WQifLlsmWm6XyFsD6Meux4+iN/lLwOACQF916nJATQudYr2O1IjZJCDdHKpUV34NI1v+gcl13kbY2bbiGS9vToiT/brs5djXQ0en2jgg7sXDPnrPi98A7MyptscOSLEepjhLByYI7ktP9SR2+FEnwk7mcv9COU6QilGKFI+cJwP1vjIY2t83Hzi26j4eAWLJ6TDlDWYIDOwwCBPjyvO0CZ9O2ZRwd30EAYC2FcQt6pYUnEc3hz2lUcGXaq6fuR4T3xe0EVTPBXeYgk48GeRzcnF8iKS4gBEhIiiTrIvUMJnS0HwH9GTNGJqZo/+N6jEVFDXB0AuReKsM+2iMffeVwR5mRFDMwzJilXqOaW75us5jPW5uJYn5cHru5xPfUvVmH7VPmOzVH9eCl+tl9cxwvQ3gCPt/8dmipxkgQJHT5BGt8lKsGcLTiLt1TfogWI0andIrRYJtVlFBahup5LycinCK0J0qAamr4pAIMdLXhdbds8W0OeLQxNXwiowF9IfklIflFIvisk1x3HxWghIy4Nid4UMl6OkBZ2dfnDJ8ZNo8zl/29GSY05CT56H1Wm8J+eS+OlZq/sf9jB9RQFS0w0YkVauLU9Ik+sS+yWowySJTHyp+rpQlxgJzoURkCUG3iipdWFrOKSueTAd6C4DMRAs19C6jymzkFXpG+tMxn7KxgPL1TdWBG5kZxX86G+lRNapSsuQE1o3rmhZalvWYri0Tb0C/LMsSZEAxNtIG300VNZ6+jiHSdC1SOs0P+3YejGnAQ3f8Li/IDVc8i2bJvbDbhx96gV4OqHElIJHwFFTaLkLnhAJplzO5h3tPCD1weNkslIf78BnazBoxJ0DN4twfngLnYOISzo1vcFaPXYu/SL+QnEkk9esG04VVXvMvh8uwG4wgxfbeR5p1lqNivzO9mhRnojPQwxrls0bDvJ7yOS/gx8U0FwFsTEgCH015ufjKqDBjSaRd5DFgN3l4X7Mhy7IHEGaDzOgK3B6SZX67V5BgYmWgPgzJerxywNTmV4QAMmw/dKv7sEizV/S22WnRHaofmePUvVn2qGOWaoJENKi2XIUN0a+++L/D6Pywd8d/z+Veu/b+R3h9tRfN/E7z/T5t/M7zCJaPF9Cxtkq49b3+QzmGILxdhSmmRqP27jx61cctl4ybmUR53fz+NVgqxjHFgPm447aSO58LOt+hlDvV+6saM7pb8ynkBVAvajVnVu6wKPi2XScPfX8fiJ8qwrluXLm2WVFvIE6ycj6yfzzIs5IoCe5pijM3O9SK1TWb676YPS+exfsSU4LInIivQULdFm35od7h1i63tsgbKnmuE0QCkPvVg7N4ims6lDl4fm4TI2x11LjOrolKi5n31MFK03D/HNNtvUnuSMsjgRmlWW+YtjEUqRUKFxle770sokWAusjhnlhSLherUtR29MFosAeVYplxKh1RJymnBeQvOacC22DxgPrMEkC8cTb1dTWqbkEOPl1KsyZ5JWhsZcj8Wr1bhVgAFU41YjhM64GQ0BgGY1BIfvlYYAdmtejRAAdL2aWcb0z2mB6Nm8xmG9rNU4TPk6jcPoBcVH5brqpLLch/AG55r69gi/zfHb43xzfHuUpcyzlCeYbyPzfY0pNxOuYQM09WLMQOeEd/LeVChPQXwzxHIyz+AuaIx27C3WqMqf2g0kFoLcAaZd3g4YvC36t0P6tklnNVY9dlGPbt2bwZfclvaKMVamhSJmZVpAT7yE7U1EoPazEdIWnc844Y1cxLhNODRG3iH5Gxh3BuyRRm4NRgR4VStldRI8bIAU/97Ixqr3/7R2klBQQx5pK+Tco1Bkk1AmgLZOE1SBX0iN5QtBticDWw1iAYjvt/GJF35T5ILbf7yoeTKVa5OCsXBV2AiXpEY5qHgrsPsGeeQM4bgjj8xmBNsm/v1C1jVh2yTeidU6adsEVEW2jzdJCTwcNgacG7MbTByLYKXBuEmUoyO0VgmiQtHO8nkqjwBZ0U8bLQMSBwigvbyGMxcmeMq15f59V6j2TiYSzSxYR1FYCpSZOWqukK2fBrkHV6lsMHMhOciIC9r0Fuk1Gy67Qzb9FvOb1W/Mrylhju2q5nJNS2/ioDPYelr4LD/pT3xbpuy9a2+V52dsrLTJsc8KlfFrUfXeVrpWBlV5QU0i2EQeNz0ANqtDBHlc79UIIKgKFERrfQUWAG6WT4oVUJydLG7VdOL7uonNOHGEEDE8Qpq+QCiYMr/RhiI3yyNGQ/VtsdsolLAp1OgQ0vLnEWITHu80obXDUn49sek+85aO4Znq5kQKCPSqXg893yhK1FAlPvbgY1vWxQsMiGDdUqvPxxARV3xZw5DfpJt32vYXKC5pg7VrMZNmZHnFN88sEThguh4k3aSLWEQNdLeqPoHK7YRt11QWKBEii+YVb4yh03BVKxM88fY9rcNwdk3zbmQnfa+rVeyr0b6if+O+Gh31Oj1BX2VoSkrDm4m+0iExAsVUX02nryRVEDXAfh36r6evOqt+LoFAM9v4PLYx5Xy4lOODZByhTB3hhhHhJUgYqbgzUkltwkhFdYyRijlSYJOGVnKcpFTe8lh8sLLnoJ7wyaz0ySHQgt5P+HPR/kCZYcO0lQjOgCLL8Lh0lNOdZ4HHJaMeDwIXB0uf2DWuhhFODV0O5qKG3kSbn5m3tkXqv6AlrR4ZucnkCcCoT2te9pnQmGWtbmSVZVunZGp6656WbYhhDcbo2nUpP3GctqxwzMC8+MI6aR3Iu4JyadUrpNqnYqRVQ1X/XJj+t/5fgOl/1JrevtbGZuzHZBd00JSHdb9gMURehJ+tu+qMLCxs9qqaKlkkhSRz+ILcLlaNxWRBF6QSzshW5zSw7QX0FlwiHCxEtRwsSWID38oGvpWd5lu9pk7blJtCShdSzntuVUi0PSTaGhKBzRVjGMijCuyromVpIeMlWE6GNoI72GMOOb3jBCwFOveGPetvGMVlGACHn43Vb1iefQc1DE8xXNSGWOAeFUdAddUvxER5UR0p9HO9oJotrPQMF1NOQh9n87ENDH4pRF2M6wKA4ARClYTAvDka0e34uyDH+myK2DRVxOffPS4CBajDDPZ2P56UifhLa9KuJ/Dmob/Ue6hhpKFmHzRrHmNcLSKnPhTtpBWf5mEfETug7wffIgvIcUWKhaD4qVnwKPbthNBQ83ib95yEL84Sx9PtpQgHx2XwEKHbiZbu60RfkiapfsB6++jkUEUKquFmKvHuHyiVe50emIa2beUobgtTkSsqTz7CGJrqdUYtpbNSF8kLph+JwSTnSIQcBjlIrnKw/NixiLa/3GvQxdkyKv/OgHUResm22H24sS+beRpH0tbggUu8VYbrn+IDRkkayP55TBWNcU4ETGXkQUylaGUoD0NMNWgoPANclQQMpxmIq5hjBjmYMQGuQsYYGfXrLL4yUeJLYNqI2AqpW4oOYVNW3xZ8z7zDGDNm23gJBHlgAHmHPxY9aA5x9Hjff6B9Uf9dgbl/eOYAEIJEdd43aZLKJzmKKNfc9a6jEVkyiV4AHMxMbwI96Im6ueujsq5N4Lttonkf+J4WItA7U5lgup1Py6KxGth2DG3zbDY1sF0xnfN+u3GqBSkbQD/WONpJYLqKjYkB/z+N9iTVjxvvx5peXBK2I+1s+rvCVr8dW72GtkLERkNbApPveLvi5N1wPiwHOOFEAADVTTO+4K0QKuAyUNEYYaWsFyetsJNYT8HRQXLKghlcvYOPTQqxT5GxMyiMdMiqLUCa1MuUS1En1X6hf3EudzyVGwxF0sCHfHUXW0JBqkHdc5nEgnDAyqWYfo+WAwtvUVANlB+0CGpL9ktQWjhS+sCKTC4uro2yr2gryvWkAS5TZwLfNvR8qQIPYD2+luNXaEZr28Co0vjEFWqBa9w2xJglCmKWGg2MkDtDpgRCXurOTAkZ7TcSWzpDzqcnlduJ73uGaV49RBJTvRwoqNG+e5AhCkJwLuUNRdgAPgG6M1zgKO+DDH54+iFvVhbEtPNzQQj0kkR7osgEhVgySGuyS8X4YhOlAB7te0VGnKVxc7x4K5cl5LjIsEwoJxp74QUNzelMJaTCcTqqM4o/0u5idZ1V+61CFenYQ+k8QiiCRa9it5qUugJUjPXG3/DZQa9QlcxoWJruRBTS2Fnwhb1HEdPyUSkg1N7xfNWYsrtzOuNtnKs1ErldUDCr+0Dt83W8RNe/hvxJAK+S0enu0YC6+Vg55w25rakKvjpYx/AtV79hgpqJQRfwNpAS1Y36gJrzER7KZ3Fa+wDCH3B2rnZXfknlB6ddrGdKvQIV8Jyme+zjP0N5c7KRwwZWftkYG25uxlsXe17UFnzIigdJBN0e3i1XN7RSvpFKFEWq7SfjMQuMO7vn9OjhL+O2xEUYIb2kuarW1ppGwP4vZF+1zFDROmB1/sCctLwf/IvmuZVXtjcyXzHWXHuyTibjTiYTnbwenQT1uUKjjqzUyx0JpPKjb3/mjp64TPT0OZcZOvs/jI15/cQNAIu+SUYZfTTd4ewd19YF5PoFmIojtSWfWWAM0JXq/YBeYHzZ0sXavPfRUhsMDy9csNqqD8S8aKGfD4wT0IPmttU5Ek23IBOpI6bGUR2lkbhrCkIs9zDcLiJmhOzygg/AAljnXLIB230NvNGJvWoTLjdNkLL7IGXy6NmoTj2nSCmACnG4+7FdYVY0VXlPPKBArLV5vh5Y32fj7eS8azXVDxv1wiRrFx2BFycsU294IPfOnNQWseozJNVfQHjwnl/ECUPCQE76VTNglJaRIlLR7CCxvajccYogBXnnJ0yQdyaNw5MMJeT0sciTkKNMrDLNQHzgPi0mtTNKSXNkCjUur75qFCnXhYDDfdgBW60DIG1cxle/BI0BzYzxWJZyl7QMyF2uWG6Bcj9gplyvjcvZrOXIDsPjr12eMM7pPa6VN1hjur3tzO6tDc09Zxcu1HKdFtfmfS9Xyk6kRzej/RwbdJ5jo/sexgUciuYXfwEnKbBrHozJS50SX++8fifwgY4Q5ybmjQe5PwO9IW9sW8fAC2r/woFxBQOzYpIDbxsnaSUdUaImocQYh+HPEzvYl+ztXskp3Zy1MssFDxHUrZLwALQEbuHa3alHCivFwHShZ7966pWHaGcXTYVFoMM2RyI2ApGpNoyG3Mx2824cQD7Ubb+m8QLXE4NIctF1M+686kR2LHkr6lkYfaKS185EEArudYplpHOr/z2s2KnxYrWqUuBPLM2K3ue1MH/iaL0ll2JUYtBJKHq5kI8m3RGVIOIxSv7sa5F551Da3JZ0nlAKaC7LSrSsJJSVnKwsTGhfEtTeX8B31nZhNOtlbkZFayb/jYiusLoRnXjP/y7X0fEanWWAmjJADedU766kVTolCd7mRzamNqOFNeVZPHABqe4QIdXY/AY4JNXtGLGq+qjBLRjfZvFGzd9pQzGlcrIg1Q9wqH490SitviI0ZyCmeXWm7HJjE+4gHaUCZY5VfyWLzJ9lm+uxb0ApqKM3sZZ6E4d/udWbiIOOTtCbAJDvcKSK1eYFqSuS/tURo/RenTUqmgI6H5ZJ9YKeV7CmSXiZi8I3yUNXVUL+Z+KkJ165t5D0i/5URJIaNZLyJ8fysJf3bwX7y0/jHM8jUqK93Elql2NbW5RmN0dRbWnXBvEQ8tB4OTmDaaQWZ45Kiu3fqnePp+1BtUgZP0PK2TYlLvpMm5Ji//meJrvyijL8jKy6uzQc3JZpXf6mCYwfOk4dUJs6AdmNDtGAJo/lGK3LaPgb6xV7O8QMcqUPeRAY1Jm/a1e2tFXHnU7ccXl2QHIZjhRaQaKqHEY//wjgDiHotlTn4CUrIX2thGnsrTOjweTmQERL9/aE1GkwiPPzeo4J6MqipXSENrI8URs4ooxWcouanMgtKvCkLjVIUuNtWXFQonCEEUuwLQY/lAZ4Elc+OgzKQFW5cVBCvEtRJ6ccyIFHtLxS0BtNHZE7VRYhOOzLMMw99Jej7Yy/1g6++tpDUjrpqBS1Bl+lqE4f9NVHAqrdMn7VeAPfesLCA5JqUgibqkgcuSzBsBFfVpFG2zYa3KRRoiCsN2B/qIqtqYCfS66gJj7Sx216hdZEoRO5jhkv8tEMruwkT5BcIlfDxNOxaA9yxiGnJFQeXgAFOZLN2jXERw9G9EYOPaWo+nfSOfUpeVAxUSJveE+AB/qYr9XykLPaGvCB+yCAKnxfHBk83CjhvQwXimIWl4BBDNBrecEggOs5EsBrwRX21648Ec9iLUEOZzSkKNGqxqjKwgBUN+4KW94D3IJbDEfefFpKhngdDOyNXwqw/ahnrmXg1J3UqvmMKyho3EiYbmt2yoW+fC4kMl9wSTCflenZUXbiZRaga7ARyYs/pTMApqlzdQlWtk1Eykb1tC0bK5tNuUJjy/FLCQFjiWFjB76xxXRjc9Vxr0s0Nldb0qGx5XHNYtOLZRY32dSuDBgukbCidtfJAtpJkeeBk7cEdiSNMAbAwz3viqEcbLXNLmHTXSkHZmmyHTEC4hI7jMu+OYre7tYfGK3XZqMv6m0OY2Rduax+rOTvvAXtYLNPUpSjotnHtdRDezlnpL3qAk2f0SFs4F7NGRHoXqphAWNYwPyGGyyJsCNec26u46E1E4MOoJAY7LI6uoZ1qYlnPXLNYNik+8tsBlrEwac3IQ8phpAC1T4MbE+I8XK66fm46etWbnqqTc+l6TN4zY5v+sz4ZYbzMrNS0ykKt46tzE/Y9Jm26TPHNd0CsvB33oLwRvz246VvsdHu4abXJLs12jB67x4FLoNZbxsOxcglAIBE9TwgINgYjWXYMgwIGSj9URNF51CzbUs6ITTlgKbcS85mjcWuPcRZYJs8kBV3PUO3CpdKQ0hubZEHrqRocmEjvzk3pLTdkMpGQ7JCh5BAquSxHtzmYaMX7BmGEkvs8J+1TJ8Ea6I5FN7xdiwswBl5249v+pZ33qZSEvNtl9HG83K6SxK71bCokp4enU8hvbNHBm/fKpvgqCQfTGncUtXMjdIiriBww2yRetQXJCmUVbN917AA22CginwajTGgY1Hcu98qZXODBYaSx9CSsdkYUizJ+OI46V4cJ/7i2AEaQQRrbkwh6sF04AFXyUGV8AxJRv/tIy18LzZk+kdBv9nby0c6Cm9s9qlcojDB0Wogc+jGVt+JMqZiTfWdpYp+0sRMivBWdngVwttqsww4QP9npf+byQuZRbNmdTh2GKjdVTokugW5WRga9tYE3Vrw41M3B2Z95YwS+NLm4BZKsShW5pNgC74vgYMaiKAaPDbjLAMKqsBjI5z8qP9cp6p8fXRFuqFhVJw4w/BpaFlVXQed0NVgWazBnaTfn8esVlQ/acIZF75ogedw/CL4OhRtKmj9Sk8EWLhKdil/2ranGnKia6uy6bBmIUcclynhC/W42B9XQWnxgGwoGUrzRrGqwoVik9Z4JYthFWTvuxi5SUkVvBNpx5u2TuGIXk9995rJ21dQ8M9X0gt5qeCMIxOYSGRu672rigg5jRpgoavtH1oiAm8p9fwwLY2GWF8RPZ+lbwxFuFHmS/LVuZoRdSwLDd1AUdoOLb4jyG87XOFfN6bAdaRaixFDKCOLY52VO0d9SqQEl+RDHaslU7xKvGrNpCirNSFUq/Q1YvgaIY9dwAkEoUzdOnr1FCi0FBILEpp5gg0hg5bo4umN49AECCF049A4Cji2ceV9/nLWdWQGlE0kg+ztmfYFeDCOSXO6D+UM4RxA4j9pcGf3+4Z0uTxoLSptckaS868sFqfs/qYvH4AvgWRawh6mchCOgLcM9ceDqrjTApLqXjMIn8r2YuIXsCi8SJ1Kderd8KApvEidSthJdJ3QRQfeG5BFuIFDRyjVWXvnORqFdxQlk+gsJNYQtpySVLkaLsaUXK9TwkytJKfhbPA1oTRI+wrUol7I+TooHzfWBpYCWLUmSD4TbnH1H1y8tTytjSpo1Tz00NGIshhjQxf/doOjTzacqL2f4o11QmmT2LeAd2yYEojuoF26YrG42yr0eoUu5ySzDFiTwOSr+kxLmkH1ODAjXbyzUPKFIyyNL2LnHouL8dT1KWN6AXclSr4SfaXqdttQG0uWosJdssQ+WWU18LiIeyS/epVu8trBajKKczbC/NEUqgrh9pT/mmCOpTxVfKF/Movi1H6pKhrhMoO61HTIXfDoyWrIr/ppY2O5KoHItJj10S1WZTBgJy5uMuz0+npMTDD1qOnwU2YU0cWm7nAhUvnuiLSdSHI4vWxPnXpDe+kN4AEhJvMx2Q11JnbyAEOIzn10fkOdv/atCwqeCJQfBap16MMTX3uxUo7NR/+6+O46xkM0igwURRO8CB+F3+8q3wyy9iPvt28GM+ln/ro4T2CyeeDK75YUkIZ9v/1uPP/CfrdEv+eay0D+ppcJEdi8z3x3nTZx818l38fsLiwtjzppyfhQrNfD8W4ccenOUvJo1v/+3Us8/Jf3qjWaaykxkW/0/tsrTG4rC2LhokjJYhtuEfvq8wOfsVGpjvGcy3Ffk4NXfB0oYD/hJLh5K82LYn83yHvo+daCQQcnqrlbZ2BLtrYK+eQD8zIh7qp3JJp+DmdRW/1e7AoocQzBS6KIr4SGVOJg+kLSK5uvpIkReUQAFPVvg72tr7tyr+N0QlIrhtAsmkhaC5JFd8YCIQwAykGHQaIPUAJ1tlRloE/XnZQa4iNvNqpSk7+dlxBv5z2GJSfmDHmkIL3yZgN5lxhjsg8xeKpzc5R3bP7yELwbKHsIQ5A9joFmBtSzMuT+QsMAXCaoJXgTw1bAait9EbYSdc0WvM+P3zdRbaG2jFE7UcMIaVCY1IxqcSLSbJQ4RgaXMj/ul5BVoyF+QqmqUm4JgwIxVftPommV5Wql/TOfbK3z5Hi9H68xXjO8fja8pnj9zfCa4PW3w2tcjsX0APbhVmYgyT7/U3odMtAbE4uMv9tmDIKl0Kj/iuFlyqLfzIGN36lZ55HVGV6dcOP85LirpcyygkYhD3DfwO+A2YdEDHkov64EYGfN7/+8VLsIoMPAqTDnjki1JvaiIXBqq4kz9KCUAGXife4/gl5yyW6sXEDZavfMdb5jg0UJ1V4k0LZ/lpfzQW59bErEjA2ITFoKMeETLIXUtHMF/Pz+W8b2rHiHg802yNXzrjJu7v70Ud6kYg4oovpUpvelzaDNUHUz0CoTM3hhFafXmLjQjHlzucWT9XGXLPa8SYdUv21A6DdkrtZZa6gpg6EmeS0uaCJwH65sHoz3LIQ7B1ACuAnQsyHN6NAI0fFXD0OSWZMZpxMNkMgEpEnKuGxp4k/HtlDEjR7k6AHsRmn7l2oKa+DKiqgMPVP78vgsV1EyyoJWsSFcJ3dc8jA7xbIscJ58HARlO72vF3ACUwPl875+xt/Xz4zv6xPc14NtpzaiRjESBx7/ECFVQFiE8thllKtSOXnc5OkaBB6w+/QSimL288KfRwjoI/F39oivkE2wGEZPSVtc74PCDBaMuqkLph5IWr0RcAlv+EFwyFvKG/4SMZ0b/gIkgqVR6xKPzKPkcDrKQSL28SiUV8QQKAlMGm8Tku5lQr9zmZBzAn+RVKgiYaBtxX7Q5wfixosUF/wbmuDAyTvtUaQdE2kjWcDYTEl0zcT64vDSom0DtN2tkkjbJUwLKilkrPSFRarOISsryx9SgyxBsOMusUujP1wyoC4CJofJG6yeXWB+yKFIUglXDi8I4uQYNTcjhJ+xcKstoQo+E8cmkqm5vS0b5Vi8okym/Ai/4cJHWTOR7nSroKwNCzCnuhSCpQA/60ULdWFWbUZy2e/kC3Mqn4QFzfNVq9QfKjmhYm1/pB5GBMpBtN48hVew4nB2CxYlKFIwUDxRPWyxSnip9uKdsLJrKGIFYRxcwqfxPlwMMYlalYMyOa8BlVIG6pTkyhHo0wNUWY7SzrVF2jlJ30JxjY6mUTVKdLC8VhEVE78KU1yWoum5CmFQ7QLgrpk0yzJGd5lSeRaifA1aAxbaBu2lJwAxvjn4IU2E6/WgN+yVDNBSSuSxiT8ztctQOvAjSsBTTRzPRb46qusYdfzalGDzwsrcJvvU3dtHKtIcQ3ljgUpbIogtW6m+VmjchH4XDDCfULELe8w8KAAIvFtu7O1O8uMGncdCnjxEZFhKy7q6gwXw10oDSS/RD2wciC/HoZfk7VJD9hWIrYqzbaYK5hIO1BYvBJW6uhUQeUJhbhuEuQ31RzCHVDuZDZLcts1kgyQ3k1skZy5KciMXP8X8ZPUTszMhxbhDUqye8ogxSRBZZ+tHCUCKElGJCEzSRHfgtVqKebVXilh+JHATHSaqEwGsSGPXKansFG+OQpkDyj0R5H+IOlisI+FddtyRyLSEzp8wwSxAUI6rvJ2YIL/sWVq0hhbrXmiw8nlOoknCZHxOSiUP2GCeQ2/Q8pHpHpi4ZnhvMB94n0mzxhuC7BwKEh4KDhvafQiX77yU9mJ3RrbxjNs4LJckE2J3CcWLgqmupAnGBbUNwc6Bs63YXQ2DgEHw02ieIETXOk2CiEDnMv1HMZJcBQm2CEumoxaVwH0NPmL5LetxP0hlJMu8k4nFlonF88JRLO0DeAAPtZcvRuI6eQZGU3SKLGsbLPKxiYHvWO63E2jS0p9zch5KbiI6zokbqj3rhTb8JancghdwNLDziREC1WVVPngBT6EdF+qktg3sFOdanhIe3tpypgINGfAo5RQsOmNoVtCqA6CyNnrNa9rJ8MM9ykHGGBW1JfUCrgQecSBbgMAVqbMHeFU4Tzpw7rFwHOlmYcZbmbfaJB27+b6jEeH3IIi0NmfUeH1K3ZKaAVnalp/QIO2nbpS0jkkqVT629Stgf9n3jFMSdApCJViUgQo+hM1CzbH2wDZZf4G/sP7Afmg9woje0OuGRryH0bTFVYAy4O9z9eF2quTFOtEOQrrTdyr0IPhohDAgGaTI6dEXHt6Oldl9b+weuBoih2xPeaMxJ+RY0eo/3uEVtM7I+vjllmUln4wLkWRZ6WSGyC7LihaNDR5mV63YFmEL/4o4eyBQvvMkrUmubBuzGNpy33RbGDndFkZ22xKxLVGnLdFUW97FffIErclDax4dD82vTDeHkdPNQWS3OTRcZ/AoxDwWBOUQ7sHPMjgrCDznofnMdFsYOdUWRqItyotVdrYGrQQhc6j7oTP67uK3LsDeAFYbNJfiMc7pujYDpkEYzLBIZYM/Zbh4k3ZxD0ms4SCEDQXlczsIqyf1RJdfolyCb20FtWfR3oAZDmJopvhxY/X4WxPluOGF5sERY4XqGlG5JfJqFTQn+8kYSxwGqSJmQ5S37IvbzlJjqTZY8MnTlvT1XIGZLl2gt6rc7psXUjBOJV/MKoPThHfe1Vxnq4sweqdHw1reDD19KB2KlNhbsKYRh0SDOsFcJ8t6YbsqkQQR5ZtQC3IE7bK3nwRm9sdhcR9OA9R8dhpqGDkNNYzkxYveY2HiJNBCjNG3AC/XTd/p2SZX7TrscDTTKaMHwWf1mIsTQow7cN04oHvzEtDjSk9A7+klWv6BVgFkJ8+smZNTWiJ0ms47AeYHE5f4oZg+58TahGBYLPK3C7FuPESoGcrwxrxwthnE7SlGnRVEbA73Ad+cwYit4okmDRtVaMcHuUkFCNHVDzcA/Bdd33ovePLp6DvIaerYIjUtw6gIZiKodm95jzKRGuPcSf/zyVAFzUBwgNMvF0MNRkh3HKU3CDfUDUiOpyfM8fREQjIiE0gvWsSqNEQKEDpvAZSP0hBpbVToszWh26DxSuLtUxSQoenOkIow5zAh9chJRVhQekpFENYT8ixwRGsKeV3iACD6WdEQ6fE0xNtIg5K3doeLhehMSXQC9I/UBvpKYH3s9ugCqLKRj8t7aki1gDwwJE0lzhkSFEmXGnA2uOFcMVB+36RCUUx0GLdEk2ltltxANd4Ib2pF3SJUAKXp+Rs5yZSJlmDRgkLxOmnVT4OkIUki+AZFBENKCyPTolhnyj+u7Xy4bBlK1FBF4uX9TuOZeIER2Rzo3kfWEGblZj+AhBXdcdZraqsUDO5KkqsgRQorKXfCsBuYmHEiyKr6hk1lWql1Bzw0SrtXEz1YuzsPwhh3iL26K6DPRW+DIoRc3aWwRW1B53KXe35mLsyl0ZzLYbwIFqSA9+G9C40RfoHKH1CgaxaCkqgMnVOdTAApUodRRx8HzQ+g1RatxrZgu2LdSEA2QBDM/jGjTIChLrHDhhLfsS71m4zeorieag3gKvawxBTcAW6H/wZcCqh2ThrEt+HR5j1oQeJbEG/oNIDkYUXr6MoOG23wtd3N2lSPJ9SyhVcJG+SwN/BWONzAZ3XI6nohReELehL3IkCS+BhiD6J4LFs0tERLLViMmHL0AIr67L+FhesfQQ/S6mM6OLcZnj8RPmzqzJvOoNGx2w1NagBPdUvwsBNKSE+e26WKusf3NAJsuNPHI5Npm/R4kLSM9ASMdLkrnkltZKIE+2sY2igM7cMnH9pFaDby6gb9ltkeZBynUV+BRA755FbptbScJ9UjSSb+QVyGmMwL1zSP45KBgnRyosFS1lOp6dYYWhEENiDZ24KcpTML3NeaJULou2N9QqUi4ZCN+rC6KM9CnnfKc0Yb5/dKDB9NzHS0GYKC2GEE2ZjbjTd0lgWQP4j62TKnTY2nQZ4duFgAkpFvUGYXWls9kOAKTUu/WZJexDrfa8TqBbv0JOqiRJI8B3iKYgQB6+om0dUJYbRZwNKMwiUAtcAoI8QCr643sBto5f2+Z/ullttbWJtlv2q4nSR0bThSr8LhLCLgVYyGggmR+CpuNv72Khp3qCj15mCUMcrNVu+PW35pAg4aHZueYIKz4yb4ccPFyeIIU/03Y445s+v8zK73MzvvZxaPhJOLsz1WGuZdF0Vf/WiIW1N6su43ueyFqjfcv2BB1JYMLbo6od1OgbxiHBYZDaLW1VEZnQjKGqcI8SpipspkWi1erWMmqgtvgbWQnyu89VWv/VtLSggzC27RHh4SvLTCxWt1evT9X5EjLq34C5wklPvuixftHbJUB9nxUelxUXTPU6hE5af3vWYYdyJGBStS/fgqQWgIzQALU68RRMYv3SM+33YiE94+oPkt/M+etgRaUxkN8nbtnubNOMAXENrE1S5DBmkn6vL1HTOCf0wURTZCYbMsTKxVJ74I1ncs4octQouw0HdLC6RMuMi10ksherWPdqKPEqnDepSfkELSxzoqYhEkJEVFTPkoUpo2pfUpo06h5w/NuFAsNUl4xwEo4M+0krYUtqAEPkNGQloQgUKLwi092h+s6Ep6pAJAoFy9k54hiTVDOop4oPFr1e8KsNHTREQyKvIueGEKK7At8wErrHeFSntMI4XZEyCFxCOFwq0bI4UZIAVDpFAEpJAQKcxMI4VnwnI8mfSxIRgIfRhmcQmQxixGcZbYgrYn+9VfkaXUXSi4K155i0tsFBlkDtfCuFt7Lpsc0ZFuzS9rCYqDRgrDjgUEo8imekrJeDY9xQ50SMu6qE686hQuXIRn2qcCVUat4ETBon9uu/O8jXRwzIKA92EvtLo5bhEq/UKPj22dQT1kxqN6EG2BwViDx1YSElu8FylUrm3jboYR2aVwILU4NeBGTMmOVruVbuTd/SY8FcVgi05PukGmEM0A3Hb3yofHe+XmZ79XIqRmzxzj9qtEPEHrswlBA0BW+qYC6lkJN5QJkCyn+6OWM2iuA0WD4lagF8lpb33DMDP0lsugPxiX8pLzEgyhF1k1/FI2jsiArgpB2laQiJ9jqb7EnCrayF7HzZbLRglJfbUxTFkvYgyAhnIuILFU/Xysss5b/M0jdTrRCsDozvaQa/wdjsp3wV2M3pjqkeJnjbde4S0n6bW8CedJap5pM1KHzYX1Nlt8o2O98XWe8PQDsDkMwEYdANL+JQUpyqbPW/ctGGp5bpOJwhMzhrljG2u0KlzcUPO1dc9oqj+L2WlW2qt+I8Ho5+FMIGHauaYYTiGP34O7LrRG2dtUM/L2cDCHY7EfZolQ3J0KBEM3xFTGBUK012O3IzRXV94sC962CQgipEZYHEObcTpDCCNRMV2F0UEczm7YEIJhZPhBbwo616MkG3lqNH6MxuKh8yUQghszZQoG21nqex4/Qn5seXOTCHgFswWLwWzBXDh+T6avcQ6dY+2ECRjPo3+AlIXBLDNuzfTMZCjRB8RIib4OrLmemuApGMKFKQz/8FCth3Q1JucKFd3HFV3QRE8o77tKZVZX6QEWgl24nyfMGYT0zE/gGcmOOOp7TzS0aTRgUnowvMiltAolB7pdEk5ENUIe8ra182WL3voppt6khrkFf+P5BvBRBwhdol5fB8rO7btZYOHXSE3QSXN9rDyJlBEB2Y1NW8tDKxBQyJYA/bvI1/ZbKQF0nVeNyIkxoWDK9E2PDoyHCMwXVIpAxSKz2uDFqoAJcXoS7ej56uWQympQ4hqiZlRT0LtDWT3ynBSGPGTwNHyN+Yh0gwtuA03rNhAH6mB8GTxumpUe8ubzPalNApMl2JwqvHUVZ6k1GlPDJlWY2kr5j0/DRAIsnuNyH4xlMLao6TPXHnjDNdQav5R1A7YEKaNiC5AxHa+TAp3IgoncwOBxdIGLK0+aOxZigVHJp+reDnNNy8PML3a9lfiZxTVt6NjTEdJEr99zBTlVOcY+F8oSYVDOaflPKnWYAGLAEgQJpzJZMffWgfLsqu9xlhKQdJipUmDNL31oLCsxsCctIUd4hSI+8JOdIgwv+yFl70dOHTfJyBXLjJKmiI1w1AQebuNQK2T+mtU6UyprDKJOpU8TEjUGKSnmRbCy24kmaIINfswKhYMUtGZvqXmhhwNk1GJ1NmVJSImvCcIsBWVDWrv432OSjiI8uSECjVD9ptaNV841utwTFRTgYvGeGfXS4kSK6ZCjgN648dYedP35M+47J/j05GzQgu6ktfcCY/PXlsz2GI8BeqfMHH2NGJuUoxQtCXZqDW+nkuonY0n7MdXgDXo8k9ad3mFsvNfsa/2aPj1K2uC+UUpRqZ1BjOM8lVW8ArqKnoHkLGbb5QtkzcidhiJtA9sYWfV38ShRmda/j0epbhZIpoJB9MIB4CjQMMDIfakZBp9FKuZIbviga41kkxfT+LW4tY2XcOQ2qbvO2NGECmbEtS4mHGD8ZqGepqyZKaEUpDU1YT3UyejooTR3G0EWtO+ZeSpdVepgViDHVj3j2aeWtgXom5WUv5LWQf9EbQtkYoN11PNuLWE4hf7nQfnpchiZAJS0I62VtoBHcwJoiNjvto3h0WGA7SnYFOCqLtwANgWyjk2BPi8/avkEQChcfwyvzgbDAgjOobcThgUs66dhAVpwxoOGBXgw9dJXjVLLSGHxaFs1hGPST94FZibg0hIuPS8ehEfHUHQ+NnYQpmtOpwshtyFYbd1Y3ZZ0dasUvajx5SDbkrBkb1Ml8UJACETSXxX3KIN/qUoFd4BA0ShbfYOuSPGzWL0dMECBZZQ/vvFgPY1TWbnY9MYXtarPHHsoDjAViBygMcypnpsBUPFKsJScCJYMKJMcej9q9A2ESO5sa6cC8lqBHiMs+WNmMFARIKr6GoCpIOHVnzZQgbM4DVRkAZgKD0wZoEjhDINgVgYmyfoMwJQEYMKWEYBJ3toJizsT1lNI4ISpqoklFCVq0VcPPmHCLCYsmZywntbDCTuAi8BAHKhEUrhi5G5IJ9lshe20guLvbIWSzQmHJEUr6Lw5tCJBK9LJVsTjHa68+QVmg2/FQFsx5wbaiq4NCj03D4j+qG1s3YBW2K6uY0wWYP1KWm+53KXqYCNVftktHzsa0TZ2vFT9qKWa9pt0cSF0mS4ukKchx9O/AM/MkuNGzYFUl4b0b2zTPxzS/7oubUl/U0h/SUj/hjb9gyH9wXskPXbJ20L6i0L6i8e4GbdyzFKvV+N/wZUznOTHslipNhRzl8zUpCvWkp6j5v2CyvyCyrCg+mhLhjAWFEJ+QcXQ0BrNyIqawYqakdfl0QzAH0uqL69C47NVszDQhDW1CvWu1XrRvNytwiPWww7XO3lDsUwaAOJGQNgs2naK3YeIg6ZOWjP8BwzX7/6WS2JxdcebOKzwm6zOHhn9QepyrwdFDBJz+JszyXGb5kCqy0P6K9v0j4f0hA+cd0P6N4X0l7XpHw3pCR2S/p6Q/tKQ/o1t+odD+k9gtlMc8UN6QoeyczR90AZjlnoDxrEXNn+wSqxXEqPO14i43vUw2wVGdOE5mfkpIf0F82OuwmxXOD6OqmDoR14DBu21Jn603tWu1zHug7ZE1X9oDDwVAZetw6PFnyXw52q3DvizdKsD/lzjNz75BGyw2q3Rs/2JrPyUz97Kz0LHyg/xWcEUxbhVG7AZ/w3mRInEhJtx6zS97rEI2bo6WnI2LFCLBRpPuqRQ1pKfuV47ICRa1T5XqLqHqh8JVRedqu/XqotO1Umoeleo+nytmq6NCFx/h9IAjI8G4Noekp/dJt/awuL1n5LkMMP2REi+NSTf1ibf0iZ/F5JncCUVkm8Jyc+YGgcOQKkoQJZ3DiBSv49q05jDVLi4+g/HU/XxcVR9QfKhA0key3YGrucvziWCnJje5LhtCk3dvOKUQUc+TBupypPN28exjKfnzZ142lyofmM7sPPtwB6RwiCwIPj/C9wwQ+LFFTECGjhKdFgfllewGcN5SdIeC1a91bGUPyMIG5XIoeRB4U240uIif6OLwae4lA4t6Hw3YKrqg/7EQDxFDxwJV9+DIfU9SF24HCyKH7RIdFFIfnGb/P6Q/D4k57lBykeiXSH5+T454JqpfxWpwYR8eVv49pD67Db11rbszyF1LqmdgmkcoDoGVPvUW9rUR9o1s7lNvSWkPqNNvalN/Tttuyu2O8AVsGqb2jF1u7rBxW1Tu5B6Y5t6vk39aDuEr1iq3jNtcbpNXbWpH0dqrMZXIvX0EYGpZS8aHxHeGI4ISeeI8FjUPSOULco8ptw5IEqPNmmmTuhKfY0Ym5S0jOXi7tp4D/BEjrWRc20knkSWCC7NZBKbsuGkkAHuvMXYoNQxwgcMmm697QPfdAsBn07TT/H+D8iug0iZm2WO2fHaXYVNaK2LsQmtcmvDJmR5KQ9HpB073LNsYTbehDI0sY9iwibkVfsyvwllPDhk7SY0748F2ITYqiFbNRy3ar2O2j0tRok5apYGdaYbNWSj0nbFIHT+1AmeVOKqDpVI2+b3xFIaqUTFuok3/B+O8L2V6Ib+iegGUAZdKlFeQSXGnkqU10AlFi3dMES9s1ovTS8M8UjIs/ZU4sPEWrzh6mItEEvAWqQNL5ZHpfelGCbdsQOFmAEPgUCc3jKTsGUifaAPMxgsXmHLTMKWyeQfAnkITs4Hjtsuk7BdMulnQRnybhKpp3ZLn3pTm/o3kRrteJDtmNqxfHLnk0u6RyTdLXZ6a/Hp5ttiv/ALbC9w4a12em/xqas29e+2qTcBX00vTZ+6aFM/8XM+9RakntJ/YmqQSt4AycW6hoNZyohr+KEV0A/pa66WFUi2IdbwrEuwhodutrOGSUhmLCTzzM6VCck+ijkpIdkPhCRc90wQkpZcnRiPLmZpblJ8P7WGBdamlnAeljBBjZbAbHBqynPhzdw8DMgtjC8sX4Xk28KK7zoy9QtfuWJLaGjA95NMseawbpEdipceV6cHLw4N3RJqPqNt6CbfUJoXEr6iXhiFdJs7LUwCTuq3BKFhS1uCsGucHKs5nBLPbz3d5Fz/u+oZnhFVvhASFdt1fVJG8JMfDwDM1X9ikhbJP90mP+NEBC2XKBJPL/0pepKrkylvwwZow8o/MfWHxD+BxMWJVqhPXDFxwBISRoNX3Dubgokl1QPAEdMrM2yx2/3KPDuszLizMu/rrkzaXAmm1bl72BVpdutp9owcJA91fUDdl0GzDwB1WSCaUxDNMlZa+gTRnLbDhtDGFurmCXWBbjPN/YFtMh+SL7bJqzb5OzDVBRQYQ/IqJCdLFaHLN5DBDKN1GBZlKmvqgl6JvzYxLAPyVGkuTl49dwyBwB2bQ9EDcscG5NENWu4YEs7jJ/DojueOzWlF5I7d+X8mUxXaTh2uqrx22aryekK+apejqkzWqvn/Klf1XV4LsLUG3upXUt/5tyKqsn7uVyiQEVQExlaHDa4QqQCsVqu0bNylTikf6mVXq1+wwGI/MVVsVF7B1uD6KtxmIcQ7K3+VJZIzNMnLiizV+yFqWGOLgSp/2mruUNBGKlcJPRL7Expd5XXU8famwo/skdR0K9IUo1i+oMIXRdEOyIAePHT46P5919fmIlUuioUORHrsbkBbKbr5346IUpOz+FRbygx+a0Ldmm4Zmgz+DeXfx4w1e821wfo1u6lm2qltSfGyIM8PdQ+9uWse/cTRSEL/KdnXPM5gnbvsP8G863c2xyRGxuacBSgxDFt5EAw84A923h1cY3A85jkec5ydpKEap8vk4o9Kb6hRXmCKAMP2H0xyLcZGb8Jnr4fmYhtMrq3V6JworNT22jrBPCKcXbu3lsDb99Yx1fJjl158B9S4roWoyMV3yDdNeWDv3jOlpiWs2msUidrXLDiz1NrgSr97ieZ2di/XUo6we7+7xm9rJwyaJmo3TLop0WoxLBI7YPIeiWGsJWri75HD5ZuXm7/42ouX9ZI5WJjjNuERVWSvFXOwmI6ktc6gvKKUlwJVa23SeKttKqlB0a5WFZyfECIa0oGsdpgSxkCum1qAz7Dumn3//IvugOm6JOZNSSEPaSXebPPSJXpW5PUnHy4YfFhkxDwfc+GmBU0ZUEwBHZNeN7SAobquzsDfR/XxYAviw2rU5S1BHw1j0rQefas1C3VMu2igva6PHd3TBg8rCf0QdLPMLdDHAd8EydI5bvICwyZGLM2uXJo8g2fYjvQhb+OvDZ7ylLidlJJRQSzF28EGgUINvbOR80EhmlgCFKKJgxBNTCEaea7B8CFiECwUxBSJ2Kvmb1iht6hScwuB1DPqxhCniElcQmunKiTmPxecAX2NNBV8gsklJUATg9MG41WrseZ3GK/WCICFwu0PBDOQ7pnMQC6OzUDO4fbtpGYgYd2UsAN5JZiBLKbNQB5vr5Eb2VtlSrRi7+4KFvAaWB7V8dAGdiJlT2jNJlReImYjflRjgnIoOHU0HgC4mhhdSMSSBstrjjO3UseTBlcGvlvsFK2uYBjiCfspdN+N0Qn2U6pgP2Xg7afcfh+GrWM85doIoBlDNFMCN7aBm9rAbW3gTgn8GgL3SOB3JVB90nq7r79gsTFdrmcc5DVtXtPm1YDaiWuLe0gD5X9j5wkArTRSxMW2hZ0d4Keq/qe8EMoghc1wxBGJiCI+H3XEl7xQI6xA/XQrw/RveZ/v5/pqYyYVE3U7oZtOmH0gyCnUQW81bp6HamIFJLVx8B7IV2HtwX+rpZUD+8nqrzDdfKnek5QByIKBnata3eEA9CRl6dtblbZvDQ6zQa2pAaBwosGiMG4stJlBi5kFLC1jg5jymNCim9mIqLypmqL626S8PMAd7wfm1NmzQ7PfF6yo/TAakgTP3QmrlzIRrGQtKHpBJtTMitv+l22/E4LaZcacSBPUWzAIElkSSqhNWeteRuGqeLwZjOyU/id2yiC2GJ3b9hbWKxP0FgjnLRMNIH3me/y9CSfXuxuPqg9ZeRujlge4IwoybwwyqdRu9bNUPa7uSkZRqZGSIDSj/KA1WYBuwtY0igOCJz3fWpKeD+40qwnreKTYcp4YdOJJZOxO9lH8I5uUb3MxrN0f/HV1/998RJ7qFJUnP4PGChgcppF03KQjoOcPepYPAqJak5cV9yqwAiYK1rl2YHya5YkiCbLklsezsC2S6CNUhGUYR+O/7zLxlJa2gVQmDBFjBRL/wpEhtfVq05oG9cUC73rACBm9aTVQWsEr3g0b7CDsPMF/VjH2n4WYuz5zlE611DFQhp0nw4Ia0Jx4Erg5mJ5/5H9NxT7F0lrs5xcswNDmgje0WfT65WA4M1utWr1mbu269fOnbFjAsHqCbKuGBl4JdTVahgeGlqwNEmBgHHGOfugGYELRsx+ZwUIpEfcAOt5tGLNhuuTClxxTV/HgZ+nGSSOw/RzQiAqAybqLk9R9723juk8p2fJQUxL68IzlPHhgXM582ck9nQ2J3/GT48Trmbg6rtL8mSu97u3jctaNy9msoTmUyHx13FGR/rxlqXPjAbKsgwVXGtqslQWm0I/+RKhJN6vB2lDdiStZPV36ZJl//fapMuf+6WUenG7nmulhmX+G0ufweLbD8gM3TFW3+v/QWTh6+1R1q1DdVKGWro8toChpvnEEWVA9s1lkq9jKRbTymYc8f46t/OHvnWrl7HMalIRk4yFdxS4QkM2NYZ1Xz7FBf/3TUw2amW7Q4rPof/5sqzv2k1PVDSdn6cfi42bpLz60wiwN2MpNJJupmIZq2cI5/MyjhWx2inentD5rWMNhsysPFtqMLT1tO7FpshN//O5xJ1JpDXtSdpr0HIdw8eSQNB9atWJzPje90Pr/V7Xkx35gqiW9MTBtmlpW7hkW/yIfhK7n3JJ3/9RUS4pyetea2nfu7Gy0+UmRLUEoPzmyfc+7pxqQBbyiSpBzTA1grZEFORVqcWhHmejcaDBlUEoP8ym8cCLI+0qxGvfmOpeYfLfy+05u+z1tbb/nLKyQwoqpwnqw5svCYB4+B/NwBhVQmUxCM11lMlzshwLqgkWw9D6uKKE/q1flKiSfUETPlTgWDmk4Hi/Qte5Dkwz0IaxPtEr4GO6ey0mOIuS5NH3weVHwAAV7+/FDcH2HyoMbdm80+RgE0/GDadPxmMDpSebMUwtXb96aj/+yGlzZPsYddoKEI8Yg34JQSWj4ie8fQ8Og+pWkgzbSlTfhKWpn7kTUYtUFPgUa1vhr441mkLAKF6pIpgCbZ+/FgBunO9ZF6fF0TTcfmoL0eJoorSaptvwkVNsvvXPcbPt/6E708++YarbxzZ7e+FlxmIipfjzjRHxyjAiCs3/wfJtH5KzSnOkymGR4AOH3/qqc925SVpeK6QTXrlHHtet/nDhuESngWKgrnqIzNGpHNu+UFTs1cwWNoDrxJu+Srsm7cNi6xpgui4cl2Y7LlXDSsuGk5fm+rUj+93X6aFfsow19tNrHwNF7Igj8s5OsPh5XH4fq41A9EN2ksi0F/j0XuNcKbaGhIA5+AnOHJuBnoKwqGrDhlTNt3ybebBr1eoPGAC8un5APY97UuLfxir2NQ29j7W24iPvPgQcP3AwEqdyNPzW0OaAOiDq6dRGvjgdd5cqOxc8dYInx3oZe4G9JKEGBmmy8z+51rS5d9bvx2EKhGnDUC7MXx9UoxaNQ5dXEX9DjQijiIKYMVUhOx1m4XutcfJT/u5qpVaOysyUHFmloa8vupgqcuQq8a0WwgFLocyoPZBdt1CbLwVYCagtfl8p/j9JbMq/qcnxXYgNLK1uDx0mCACYUTgj9mEEcoJyyZXupMdOrjNwuqLV74RVDK53yTrFVfI21alwgq/8sF9EfMOKTXe3qgsXT5QnbdoYL11DwjIu6ekc8FpRJteSu8iC2kDsTDFNXzoiLfco4+PXGGNp7PVDo7e6Db3mBiBv8pdpkHzLE26WoeZyxtdmtd0pyvSBsd8ZdKEkfQRAJVfn2Mb5JTg06hFAaf4JN+nK2JKvo46bba7TIz1Vgiul9ajqpeenUleWPfI5MsXvkqUyxYPYQxj3BFEu8RIT3Dk0d5mDz0E/NNFPMktcbmGLBsqcd2+v7dyYem2jwFh6E2Wj81QKMRsa0d4dSmlhL53L0znUBlLRcD6N3BDjjm3WOgHPCO6UuP91UdxteLCg+qqjTPVeLHYvq8Ri8XLRAkhPwJLhAIiyVEGzFkG3Oa6NLV9g0MGxh00hbeaywaSTBDj43Dfwl6M+K+8VSdEIH4xjsznUYDSrMth7EEQjOx5Xsl8fXf/bEzsfLf+NvTZuBiAdATs3BR0fz4RdjbUDye24Pxr8Rb4K2WWxObVDiY9FbFuQhnkeaU/Xa+C0Ls2Vzmvw9D8vGTi548HxxaW++DSVy6t5BzjIXZBIk8yzEi3QICTDBn/e0Xcf/LM3uyJKihQjDhR5GV18xtN5HBV6XQmTgk3ZyeR6p9UlKDbUs+ymOZeG4qFtDOwaGdmYKY8i0xHziYsdPhgTb0OdD6HMh9EAIfZYs+s+ODavm7Y2gnFAWYH8yvjDZxzXH48Oox4TZys5XMr/7KXp7n3FZMKHZEV9Wv1gMxUjsDdaPvYcUpZeMlAfZ462BFKBSPArOE5FlV6O1fLOxU0rnFLyCAKKIVNwtV0UUm1ZkZ0ZeEivDo4ug0a2OQFlSdnw4dAy67zlhdc3biub6Qitd+Oes8SdtQMIJQR3FBCWNSU1u21XjRrPSVpc76+pyZxO63M1v/aLgasN186Mra3UTczD5g0gOgzEftP88CsVpUCheUSTQTosEcs0ebyb3+6b3K8xPa6Z5lEz6Zad7keAd3Wr5cPCfosoxFdmVfK2tAndj2FFDs2GcsOldHCvtf/eG23k6ltxX7wHd1hTYZkToCKIyFyrtESneeuHSeepqqTpPMN19X5BhfknzNXlUBxLZhg58USPukodGvCEQ/UqIYih0O+GQgrjmyBbeBsgdSpAfnjkgQnmI4vtRvFfNQzj2qJhjotv1fwiAzpvLCMUp/QJS+rc4Ezi10DlExAR44wnBb0eviObbBRt5N6tznC7u05NraZSjoWjCX9t/+sp5F2UcUUERKgiUOzuQEdwSevXNg97j0At4pZRwxHOT2pLBwFHCEaGgvxBfqX70+hBw7DcFGB0pXUlnnXvDxPu9r3NUCiYJ8AevgSnkSCqyJHE06GiLkc/Sow2C3PUCFVlSOrWWT8SgZVf0NQg4Ujo1QzEdAUeKqFLAsTvYWsaQg8rDiE5HQYRcrDwdaZiOyTNswen44TVmlZ+OYTsdMbdYD2MPt+LaiWqwUt941u7D+yXAYHRFcrE8MqhrJCrgnXR0CKixS0WzJOhrJEHFEY5DfIb/iQwZlII1AxJtD8mp4ggrH10E61iZTl8koALz3mM9F4fxAMIjnMSKd0EWqZ6Lk0UG00L0w0DkSNMRMI5eHbAeUMLBQTUMOCNFmLNQ8LxwJRFSr1UOoca1KgcJS4nKDuQ0t3yaGgVh1cBcDnhoOWc598gu4OCtYTC2tWO3pR3sr3MHgA5hO3ZbQvIz2uSb2uQfkrq9mbvbNPGmkHhzm9i1iX+Kid8bEruQeGNHh7GPVupkVApIYV3Tql6dcxx0oeVc3TFWdx8wteo5re5ctZMGMFSF5T1Q7aRBWN/yGhZ42S7wHuqdaVc1+J0t9nkw6FQCeHO/YcONe4mmreaGvateoxt2DkZWDFXm7V4zUSDY6ybB/g437GnVxDyoJmpyqiZJ8m0raSb6xJuYuCUGCjQPqac0E31q51P//i+y6OoD01qJbcp5n/LLPiV1GaZJDJ+48on/BIkB+A6Jp6kMn7jwif+GykbwStS2uAipBz61ainEeEJLgcskxyMiQTKppbDaKxgCwLzKd6ll4dHV33UzLgdG7rmZgJFjj5ELFlKQg1meCCP3nj1GXjWFkQWcmaI/blWF1f5RrPZ0UkEiUbl6XwLb1GebkjAXSVAVwQbiV+TPoTCwSD8ia/LHKJUUks911mTONdnRzqEqcwHUSor1ZAo6WK5BQQ9LICYfiwo68YSCTgDTEynoZMTf6RT+Rt66F9B3thL6Tk+IvjGvk+gbaKBQ9J0qK+R49J26wXNF32lA30EV9q/R3UnzU5AuxLbvLRlmHfQ9pX+UTeofeexdUPV4WgUpm1RB+gYSF66gZtO0ClI2qYL09k8zMbWKplWQskkVpO9HYpBb8yvpCPrEhU/8A21it5KKYHZCRaTshIpIpcu6ikh0bomHnjpyKiJho2dsUtJV4aQi0i0fb40HxJ1dtdDzcbhhCrdaSWh1EtSnElVsTPCEYiOp0hgPbXUypdg4y3KhMDuhBpzg0SXKmo/fhVnuauZNH1SGpMt+26gtwXDO56kWr4FO5s7lOlKMhQ4NLNqhux2TTjcmcAgL4rZQFSR87Z0ZI5sj/tPWZipoF+ThcjYs9fxWJODayZ4bqZmxS987dm2WB3tw4STAu80eO5aFjllaB9YTHjvZR0SinZzqIVcpC3B93kbpSARLcgN+L7BQ/eLkUm0HgvqoxHgp3sgD5UAUYSACE+Q5DQQhjgfQMJOcDB6Dq3f9Mxyw3h0OWAFuugg36OiS2xZsvOncl8/JsIyFi4ECjspBgRWwbl+MzcpUQX/MttrhKek+27Uqk4Z+94g2+nhMKJDlrQJZHnbzntcGlk+kk1Upy57IrEz67M3KlFNmZSyBPp4G+uYHprGMnbz/CHD/zg6vKLCnEvLog+fxwGxUfSzIQsbG0jnPH4GSstW7kgneacx+NI/ha8KvgYE6sByf5vHu14pf51oSsHmi+3WeXxdLQB47QLqEV2wcC6JIPCbG4nMoKD7ZWDwL7sLX/unAf9Ly3xH/08t/NDPDae5FEk45gYAlV1XPN0ngXsyudL7JT3S+iZvsyu7xZvuSnm5yLC643x/lwWQTDzf9zuGGGJCNmz7cJOFwk7ge2lW1h5uSBmN4uCknDze/DIoDWGKeB/mT2V0J1D8O1s9kdmVK9frEJleQEua7pNDNsKRzEnsrSPoZpc2opX3riuZWpkwEZW1f1Thm9U6lRAnwJR4TBh5pDwcAUwbKTxHS0Old2LBrffRE1lu2j/mxZ69kvWWKNqpcMn386WkOPIoOAeRmaD6hv8LxJ1gAiHXzW/n4I1j1GY4/JBI88ZNPHX9OxJBqss7mGHc2x7jDkHqjNUGNDUBLyQNn9VGd2lFDo9rB53nBGxGIqa1BHEin6s6Ux7OBvyvswMGguGEF/8Krn9S4d+fxqDVyaiZlHOJW98t0HM0GrSrW853WXmv2uehsGjv+w7Nc9BOH6+hTtdlxxsEjzdOz4Dx/TBx57N2xD3xf/mOQfnGbp/PlO75Xn/TjumPfDc5cf9GC/HxaPfJ9m7FSA3G/91NIh6MbGotgpcGYVhH3izfYso6rR2JngtiCjOIn5Q0oULVoLuqMDpVJTrsA+p0CTKC0Ywru3I37RV78N7ep9BIVgvxwx2EYVNmVKsIcN15XI0yyR9uAp/obw624kgpRcGgfhSuBAs0GknrNkuekMx2rGBccs7p/UhXnT1XxOuHso/v00BYqoe9JXF1zrNTxjddxQTlR9UvyzZTeMDCGaZkKrnQ0ee3EaFOnCwXjB9C13My/GXU46gMZuLM01T/E3ozu2AB6pJNlvQF01O5VlFqZGczPrybypJq9PmSyY70JFmPTQy/TEtP0evIaGrb+Vt6tOAOL1bg1xFvQyo2mpT5e3+2P9c2Gwq0fM/aQ4k3/Q6o6BwWdi+tm68UGmqd+W7DrQvUnuF958j4Jn6Xhf+PvZHX0vbzNsgo26ITZ6tNGY3mG46BzWgDo8dLExbu8UzHnfzPclwk9we0xJoynPno/VudwWhy63iloBaeAjSRUoYd3DmO43TN7QeiREVmqMWh5xC+P8WbBzWBdtYQrRAV33kv0JlHqjf5oXkuh+z6grBIIvV3E0bJkeHMjB3fIIwwptjp0w67Y6hrJOZm+RtIJTwiZ94QAJjwKC44QTnVrWkcIEjqVsqts0Spf7shwYfTcKrcGMqoqkhYX8koxtUpC0YssWhQM1rtVIEI0+1zr7rOnMlqgWE/BA7YmMbFurpkXSdfVbg5p2IEN4g4QR5CmwkXMOhhCe8zqfBaSn0wfBOdqbHdO14a9EHFSLdJvxc8215Ovi/p1oII5CFbfa/wudi4y0JdNpJmx9mYlyyakG1US2qwh404Rzd9RjEehnk1m1ERq8E/wclzzYfIrgrKH38Yo0/9CwOxsqzFd6OYLk/JX8wrxSpLkl5OvhdXVGgXSnah/gbrzMjgk6zFKvYQWsm/IHoAY6BJWNGY+mumYtJhREreF/6kGZGLJ/7jIAV0H1DPQNouOz5RigPpOuiSUKmkG451QeEcUsSOwYFSgWYbSBoq0trGzWzFO3kx7dPTwy+MtUwVQGB59qTAS0ogV7bsDG3TeOmmcBS6lgJ5T6w/PozH32D0PxtxjF+k4q9+JOoMxd86dmsp38S1tWWcBT37nwsvjXXCZgcuwlNbdYHURwe2iLvoGDTmJu0RCBkqEkDaHNVz679gvT5g828vzF+Z8hnM+0DmHfw0UeaNBWMWiDxquQDBUwLQYm4iaU8N2y40sDCCEnAghd3kXIQyQDes/cuMsKtHIFY+lwBU/aFf8OGEd4UI1C5Jsowov2GcUvNwAGGAtYtYCONeraGSEF61tcbSIx7wOf18dx1ZYc79s/bi7RTcD3yPfr5gycvqgvDr46ahvBtMzgx0NJa9v4AhPd9b1tKpD6hZWEGt69iGyzr3Uek6mj+mCLxJUv05BZq7kVC1H63zgdPbGM+PLJXUYa1m61fuNm+XsuJjt1UKwDNReIUor2gpgH9eJrVTxHVUx5IAjNTQPplwPBQkSXY01tNptAPBtUOCbGzt4cKvY+DXs5LwbsnsI+e4NmaLUxzPvnr/1j9k9v33SUb9KHjWaAK7CE5SHRyuAZDpKspGGg/BQ4BHsMqZLEKHISI0CoB2QpfQEOrKJK3++D/i+e0G8+LekzbdOUiKQBkyGyPRxPEj1Nz/9URHc+P9pkUFfN1Fx3HKKij1guuVNGcH4CX/bkYQrlROY2GABhgXA999tn5EGXDuKO4YyWorKsGI1pdG24kJjulLdznj1baqUx0GiZIsKlCBm0ImpmrdBYj9Wfr+KlLyuPT548wOYpaj6XVv6eW9SwcvSVMCmFKihSgpiCJ6PGIq8TRqeOOVUgnNPs5VGD/Qk+wACD0aMgYHD2lRHJW/1e/IeTAdjLTPFIp+C57CUyh+noSG9sH4E8e9tA7hZjnUH1IVjPHMzprylaTYuS0Egl/1zwCd+LNAJBQJbF1tx9fso9CPqXw2DcGlnSoHTvRmHNvCoBsoJde7zDeyLkJBzoBc0tBkhuo/hHkxLNoxaDNLZMnw7WmlqGVQUxtNT84T2LniHjk7Uu19H7w4m4bQAaQr2TtZEF3xoVyC4i4NsKMTyBY/MEaaqYGRlvvnhdxFycMhrxe7/NU8PwBNoEJyDSt14pDs9WYMG4GFa38/QSVH3LsvoZFyeZ81ewCCwrVWqr8a4Q6XrfNwl4Utx2G+1j551K5U9Xbz8CZfg94OawNlbbj1cnusNYAWiTVGD5bmGkzE12qOkFV1PxgfXspEJJFCab/fy9ya8Gb4Vtd1x1vfuMAedvQFpu++vLc8x8RSyCNZ8mqj6aDKKMSwIYLL2J5MN4Gon0mYpXR0Ozhqm30NWtcp0pK5jT1CDLKOMKTg5B3Go+pd6kOqC6vuMyafFmk31x0mdTyjEFO29Kb51GPt8z2g3biCPjBofGZYLUCwPeu9VAwwuKJJUvoPYjCf0a4oOl+ZcY6ZPxkkwr9TsL1BhqMJBI6COFsaoUlKoRHd53nGC282XflaNSOOc9gtx2zUv3q7ydAtohwpBajgJbXqOljQ6djRgRCOU84pI83zSPEueTeeAvet4tQqCN/RdsA2N+WCoRCXwP21Vm2UHsHSQN9+hi5eZcYVcJypJjNWRtH7BLKNwsmnXiemsk7cZk6AMLm49OdL5tcVDUbDLcDkfQUel5S6gYNpY2pVs71q0SDvmLCbTUVCbleqeO7KDqMR/5dnGdlEaxj7Rwf0xoClL9c2EVoCOcfdTt17UO/KI7PZVcbEvlZM6T8HqMtOoMTugpVnvQ5PcTFVWSBrKNx025LzMfqruBxdn19eD4NbsgOvvMG/f8Q1+mr3e9QPvL12oZRKuHw0bO7IdJ22Di+qssWC3LzSJpPdFPfl0JAUL62/Qifk2NZyRRBBCL5t4BP/DTSIPtWf5swWs+A0vGlnZUmYEBtqczpXSKhfei2+r44VRuUPSOQnMaJ7ms/+1eeC/yrtLW3roleagwYHxzHi/PHeYM+Or5bUETSxT/IroneY4T85WvRgbeL/T3RLToL/5UvUq3WDV9BpCb3qZvUmDL7KXnhkfMhQRsMu1liEXIcpt/NIfyeJ9WH5kaKLXyigyxkBaPlkYpRJ91sEjLrlilPjK7c4h6CuBHgfSQ1JTR8K+0sxDTxkn9Il2vUzJn/caeHezCB4ydaqGEi8Y+gYY1m4XRnmnRfJasH4h4KOXmJtwiQDsFuqTB72l+yXabIRBxljI7hQN2SZvTLlFHj/7P9DUTYzYSPpqGUdjLWQzSlaC64wmlQKSctzJ35noJIQkGu513WShRXf9saYG7DwmVTaj5uE/byWcb5JQc1rzeBvhCpdznBPX4xibVxqgYikswqMxELQ/v84XiKrf+RUp4aD8OMRIBh6orbNqbvCtzi6/0sx4evsy7oRv5KhdCmhQbd43OeOprYtJ82Gvg1ASVYfMSw1uO1R0YH+PazJTO4U1/Kn+Y5Zn7pfnzPHLs9DlWfzTlmeuyzNxM1yew5Mvz6RdnhIYah4uT3l3+RJvLJNXmiexmQ7PjI8VXJ6PF1yfjxZcoH9X2H3Ty5Lj1FxXXNhc2ci03gt9rF0Lzl4mgaP/EF0I7mwKtHtVsxanAevS84SrJDl2DyWp7sbNjY8JgFxnohLFc9kWqIPs4+lVm4RVmywA4yR+1cZXjHKn+aB8ZHzbQMxZQu2hgmB7sAhweyOCB4slriCm4QrgNyZvjCLtHK3x6ZNu+kem0vs0wHvYRW73Hw7jGb3SvFfffd5Hj8/7SW3abUrb6KK9qWjiULMtm1+UBM2rmqfkwYXWQSuY7Ww8ZBgjIpWc+VElfkn97N9vq5082R8sgFMUYwl99HBBZHpQzmkPgi+HE9hKuc8sXcZZiF0uM4ACHgTVF73UPAy5Ia11FLcMhIcKlfwuPEo0VLJseIzwLlqIDjJBcxiAC/YMLePmmXBOHkRvFeNBOwEvKHL0/vwWMWRgel6guSMgwRjvkmoT19GzwVixs2rGMYU/VNe7t4legwt4tjdV1MQ7TG1yTxoxMJ1cjWW6d06ka8CDLgVxodVovuK+pQ4RT2NueETlKCb99kiBr5wa0L4PUU9QRtsZnR3gN6Awso2aA4CSU5vbWigpt+M4uLLSjDcpzLONsl6gOmMnryfKZpJ+BN1FYvTLLfGo2jl6UcYQ8lY/YgPh+KpAOLrgERXnRk8zGkbxbDUt4Uayk5Sz5QjFsWpB1YZcEwMGNq/kAF6vWFZk8NfmvJYGPLcssSkMmqR6MmHYNQXCOP5Nso7qOJz9BghVzV0g/U2FmoLiOkhFqnqyg5+ITTEWVbPUt0anmrWq+zsCQ3W2a3kOaepEU+kaCaY85PaM9KpgBvYUlnATuhhuryajXcNWCdyZUaSU7Qq5bDcXyh6a43NBLUj+zBXf1Zgrm1e/1WXVZcqRxyeoi6vWJHTq/9aqTjyFYciIt6T8lYqv7bJD2mM+rdVkmGHB5soY9UafQfmPCq/TG6OZMYh+4xQX8UKIhwiaaOnhEWnvnEVxbd/Jf2n2iW4lxJwP3S8V320jdWLX7A9vabC5p8BSfQ57KSduWQpurwzkow++fvutGtp/4CXNrdURG14+yBem+SBGJmT+9wu1UT5ugw1Ovrz/lvDtPyzIRSgBL+kAYUUgfAUVxc1/xqaFFuIbr/PN8gULPFL5w3t7sShwDf3u7bI0mkQ90sbtIqozCSHtlI61y+A5vxhhz1NDmFhbr5S6Y1pDxqKIyJKxzZcjrqINu2VXf+srMDbgDRnPoSFrSCUv/E0kHsWFk6iFp3cvj1EJBFAUI37BimjmJjMh9pZ4pgV1JRdHdNVNc8NOx2RDa+DAxEo+yEpD1QDZDCaoQYKYYMHgNQsjA0KyvUuf/Hr+Ulmjh37MhETsMJjPwoRsXyZDEk4UfguBh8nQe2ZO5DQCZceIBLU3NGxxnV2hBR6BbuNyCIypzlgr3vD9WBl/v3KKLeJZKi/ya4x2xYUjppaHxf077GQTsZ0w70sn8oKtu0LeR4OGMi1HdhSRiQATXo5bTJWiy7TdW2jGQDAKPgvlaJqiSUD6gYJccLgcWKj1Pgwfgeygt5yGa4Mgc+T1lhnyA8PFMam3nHf0ltPg56moIybiRpOFq4isZYiYacFc7ZA26GfRoOki0lBEyiJuH8b5ifkIMyfmI+z3fIQZeEtf+aDSmzyo9Lp8hP4z8xF6/1x8hLJ7UNHjk+tP8hH6LR+hPDEfIfAN9JjyJnnrnxlfykPKf7P7VmYfuKXAQ5gV7kFLMvf8STyePIlb+QCiOQUAusBl2CQ3sAipAslFgceQBh5D97TCsuNwWomVxxCzZPIY0va0EpP8d/IwPLX/oZ4LNmrLedp4MOp0AYwGgheKlJJQnLbxIvxcDPL7kibS7NV/79KTA4vCYtbyO6EW1K48Ek97sWLTSfvIRFr9Xo5SLqE3AKI5OHDApYSqtMSw2aRLee4m7KZ66h5FcEoIi/r/SPDNOuAbT4JvruCbP3fwjQm+dP/PczZAMX5m8E1a8E08+Mbjc3am52yLc7acq60/V1sA8MPyBAQ/iGf8iujP9Zzt4gC97dE61qN1fFkd42gtFmKam+Xg3Dy/uU8eSuJTBB8gmYXzczwBkdPn5xQnN4VIgFDqsnB+JlcGZ9ShlbDBMVSehMv3IniI52AZZ//td8I3ZvXn5hSt8OnjbvpHptL7NLYky/6wRODgdnOB6UUin+/RyTaYMqzmlQ/AXMs5k0NFCL9UTiRfAjfs12K1LLvoXoxyHVc7XXwvgMpZnIiBdBG6STaG+wvayT8km93RgopNRycLLlysJ2OOb4qTcYr9/iXm/qLOhHcdzGEdLfB7XyFpI20glmvXpaEptfdhNihmFp94Ssxxw3fCoStBR2OpPlAwD7omCxntwb0MWme0d1jDVtaq0iB6regsZEF574+3ZB8uTVe48/fWr2nuvNwRbo1t59b4d9pbY56b4yB6GNOwN7dqf0O8VeofX4abcM1PfwO60+oFZhNfvtwYXOvzOvwEdf9hqBtyJnUcbqdjfzvdrXv78begi7wFnefbHO9VYOOx+l4LRKilBXNjO9EGQ3RMnXlQNErNY2aTpqgeB+PBkGznxQXuwbvOF+T6FHGbcRX/FYM4CIep0YatxMRzxMSVv7kJZs9cMIW2qXy1MSvJMmvroBalUGj8abdrhZyjuXJ2zsCzyL4qGpNITVo9lUzG2ONiEsSs7sY8GlX/MJVoHjFndc3nrWQlnq1FQzhHJFyDATyehTw4RxTYNhJ4WYSKYjzC9X+iF+t48Cz0sggo2J/g4gbw6QWycYLTs5mXA63OqSN95fnN7pu0FmRba0EW1oLksDuTRjaKDKF1MMuV1fTfPMIZsNy2ojRGgO1YYVsGHyKkCeClK3PxBWtL6gw+ajxkj5LOm9FrTok4GnNMTZ21GlnvtZA4srh+6NMqXUHApvmgUemP96W0aEc8Guq+6gzEIOoBwIKQowqI+EmqDyTAurgWH+6w30YiPqL1vbT6z+BHFPTLMjBqaUgkLvAGd+1mqf3mAHvDHfG30c0B6tDvzcOaWKLckFN+NJY5x6Th/BarE2q40jVtDYna9Cs1jimT8UnPJZ2UkU+ZMGX5MhNPISognurvTcd45tsTugqLqv/coimRCMqoydDRMhllHYEklpWfHsHsoe2obKdB76GKRwVO2bErROEhDQoPxsFeHs4j4wNS63wjLsM9eRSUN7kPJcgY1ClzCHSjy0w8kBJpN41Vpzij+HDGZhg0o9EszNxYMDaRCzIGgIigXRLU8RJiEA0Ux9sHuttgnK7tKMhVf5SM0imclLaW1gBR8NiNoQvyEMWZE9UVLCMOZfA94y4ZpBTiFaUU4nboZ3yJRMXKpvVGc5P2QGwNW96VxqrkEaGWGFzhRe4nrSSWoPQASrQgHL2ISgrMo256krE8v2n5fRTwjYN6tTJPUcVVHe2WqHkCzoE6O6hI/zr56VUfN1HXFVMweNkc/MIJc3TZBaF7CbuHt7hjq6hobj1EpzCtYNm3GNtdNvgQVbdy0YyIjPxSUS8vKr+xUL6KGyu9GzmchnQfrj5q9Rpw3FJY54vUbiO3SV2z/zLwxslzUM9x3KXRMToas+fTA98umGYuz5lWBVLaAXKntFGmMBadfBucHiiOgjPfYqPqL403dBm27GmjduAXstNclxwhMvex0gAD1ddiaSwbEOgH8pHo7uQhYdI2a5rDv+YNO6K2cUKn6YLLGqr5nLESsxxL5X4TOOOK2bqc8TMNbJ/SHxn3qAQhewvg3NnDtzgKqEnkLQgMJPDBW28puWEqu/TvEv8GAaPOW8W3V63EXTP043XffSoraQC3hOTpwTyLnPEgstdVc6p+EEb3AnGkzaP3HRSjfrRAla4gtkXxSgBH8/iXVdVpwFBzj0hVVe+RpbIVCN0qKEN6ZSyYBepARcZib8mV2kW6AFYlUflfTDy95U/hPt8ljNehGHwoeiMLfCjwVgMfivPU0gvw6ieLRh7Y3Tq0wpXPpVbp4nOrNcMVgmSbqvSVGPiWCBDZt3hkjsNJMkUIBMlZQ5yrxxUUv9/i3hnM4eYBWDNd1zwmD17zeQJf0iAjzsBL4CZFAupmDLXWwwTC5pYWWp255YPOtiB7i4Dsy6bvya4A1lCroM31HUnd6tvl7922hcC3PJeRLZ7bwEJodJrq+1fGrHAc+gPLPOQlByTg87x8Cjdfp7J0nrVvQAMwXL1E2DyUWzNeozFqdd1iZWE66EapbKndrn6fe55tX71Z4uSxteR9IIS5cJ0X7zlH8l/hL0bsU5DgmsJqZ0TA+h6P08wmrqNM897fOhqBL+7TNnf7d2T6FythYGCz3zCKdzk9wLDl6c908uweN5k6FMw5VZgsWAv6+pEw+zPEZY+aHbb6+yS8xjvizuuxiK/fMsb856yA96u/XAnpP2Our66Y63Bl5/cl144VwdYQt61R3CblrVFVFxIzAxmoqHlKhlcqWZVH9SxEaFAhnjRzPED6Ie/3Kkf9LeaGFbA+dBUqeVRSiTz6JH4kNIuNpocDd+XmXLVQR3fUiztOObijde5qrhXNk56Uh018zyjS3HMQQaa9rjSm4lQKv7L1gjv1hnoDtGI3jEu45vqur9jRBpzI9ACz4aKhkdLmqTAFvL+BDmdhJ1Y4kc2V4FuIDDU+SRKe4bCqMNltbLIT/Hup0FzjNkjx9JSAe80EtikkmDotSsYJc7LgFoTLONEmaQenYv3GCN1S2mQ9hnQeMirBOybOk/g+qPVaXCZT1hejkjpzGSIL6UCdNvll8irXKfWqxkiHdidYkBKGJRMlYuWT8JzpmhhMWLlRl8tW1ddp8jfLUfi7rmqMMuKU7NqjuKqB9OkoV93+ke04DoMvSoEBl1cPGoyuKgbBaR2Ve0o85r1njEiQBJSV61R58GSOVP8zBiUO5oziqYijhRA33bzBnYi32ONKjKau6Vz6i95G6C3QmTfrrzYJaH7hjLrEY0stsgzJBpoogCZMb0mlwSBf5FLgHlKzm+WR0/pTSWOshUqh7LhRb2vOBP0OZXkF4Z5KpMIx31qXSusF9iahTZlEo1Uuha/soIew1iUAiVGkYKiTAJN1PBe2xneyFcojeEGJsoXWerXCqQLnjLItAJgzC/XMHdUfmFpgeaY55ap6Bve8hSrfunLPEqazjUJ+6UGtKolu9VL7vnpTVLwswr67WhbXmYFFMgXrOAlw0JxZxriJxic4O1ZNMYAhEivAjN1p60WzQIrOik6I0+la1tmqvi8ZxGQJ5Htky5FR4jDbUeIVHRI9r+tK35F3kMX10rSnv/EPf/+3X/3DTz8dHRDPx2FEqf4wMKnFjKvVduuwL7BrgDUBD27K+KIchSaiQjdGqU7PDUoMgEFRZ8MWtl+F0SxHcZTji85HAs3u1S4BaMyojuAM+iDji+lJFiSU7anXLctoJTpRpVu3/FaJEzjWAsulep1U4Na5BPOXyGQhFvOXcf5CFOdrlAgg7wRwyZOf0nFqH5e4nLOKkO96kkKGs4llygZGxagxhTqZBZzsrJ1oQTrVAi95zSVMc36t1QofkzAGY0y6BjzqeV7LzvvzI62qu/U8ZA+xYQzkUUkT5LEoE0mkim2kcUHiI1cjVUDX5NXZfepmXzHPAMyBDXhUowU3wA6jYvmVhBewY8sKwsAbMudkQmFtRxkDG46gwxYdTkk5wUs0+4xYUm2DxnirAEan3GDRpG7oudsSIsebqQvg5z3LeAeFhHYWpTc7DPWEC9WbwG5sJqBA1JfmrO6zXpRrQLyG276ujj9uDnn2Poazd8Szt5T4IE9/J0j8YKmJ7/9+Tfxom9itGdtG/lnouIXcpNYfgoVjaqjzyOL1M2sLzeSU112B4WRrkdrCgVseQLUG6g1qn00kPLRAJOg3vANnDXf8idoyDDVgXvnlz3A1ZjpfSkxRUmqBLmLDX2AM6ohU5um0t9YG+5+RBDI/V4L+uWpJYsr3pLbXZTSBoSWtf4HpuKImp6fL6NiqnJuzlrARncGoLXxsDrpRmxixkQ/Hx6J+TkC3sAIMKGRJIODgzQ276hG0myLeLvfOvTOUHQnSxAChjxQ9+VhMlXgqR/lJcKY6EpP8NzhUCpLhlSCAFR1ZgDQYbSmgAiXXPHhuRO/0HnyxHpwZb9EzNkwjHlG5jgczTyCr70+QrVDuBJ/s53SuvpaMMkoBHkvqfmOVDxlOc9RUB0nKnDUwTOH6LqueNnoiXXJldVuM/DfFowy3NIfiegBe8QnLucegBTfH4gWbzGJt291GntKBO0mz15k87gRdVH03cjdz1VPGFdU7kpLNx2lGeqcrC8Za/xJDCWTkcthCM7phYWOmTZl5HNtHhlegrSl1GSbGyeyVGJ6EPILEm5NzJuA4ZUnqT0LmJEC55SFubi+S6njsCninZ1t5EyJiQERqLs/BGeeEB5fGTJxaXtxywhpHAVGet1cUKNoU/CF3GdyeAW+r62Jn6PpmizFjhaHgxZdTQy2zqZLfk9t1XSuGWHLWGV1yW4JcGMcNi0AeCdzlYzExyvGxiC/UQ3QJoDSfWlOWllRXgW1YTayq2FPx8XNZVTasKosWTq8q211Vx62leayleRE76VpVdd537Ebwmud0DcHGp5ousCCaVnMF5WPIz13lId+q9WLy++cuqw7FWtCoD8GLmAfT1JsMGeGK4yYLa2GxmAcdraGd/TmYk5LYtRT5HMatkIUa/WoO2SU3dKtdJZ6OXCwr0dbzcjeiUqmP6gli4OGh79JwbYN9md6FpRncoI9Lv8atbW925nxW4FlVdJcmyhKNyUW2Z0qtrsfG1AWWxDpX6Da9XH0pVgf7rsB+TMPNNHtVz6i1gVklt9aBXJt1YOeAR1Iw7Swes2oLC/bR8EhBOMA8MECvlGFbhqiHPHGijQVT4LvShTA9KKMdLlp4pz85S7EKm1Wf1anKkcSh3BzSBfPgXXHG9we7ptNoZ5XLgXYSop2MttWJdixRTgKUs97hfYxyMkU58ljPSxc7djmOw5f+JPgp8DNopdw+k3f2wbzdB+N2HwyLsiIWGxCnzXEhbsVCDNuhRm3hYzO+0AU/IzorGMjOL2I65KeFeb98N4Xla8KW6HiL3fJq5QnDW1GDavnY7hdeXcBiiIZd3UcLNUvlPWafrRJfYc1jxMOaz7nm/SVDBGu638dlD/ROO4FRwAURJVBhhSsHSsgb43KgBAyyxLuEeCHv4oUtEKBSvLCplpvKXRIuKGjVV0Er6TVA78hogCGJPQrWAadRItwRWRousDRcYBRBecMFajfTeNVcGlyjraknBcwth5nndemdAyemqO7RO92tENlG4Iy6T44seI2SblvrFM06qtiiqYWzwSla1hQoqoB3tQxVF3gUU8VUz1AM4mF9VS6KS9prR8/VajHJAmyyanfAXyCjq9xrDliQARs7VECqTF+Dy+AnDccEgjUPSzk6Fkj/cLxUNSiXAta8bzlXVxnLRSkwjKbsIXk8EgstUX3DjCV7q7dLXt70ZtjuWDYpC7/ES5QiDxxcyPrTBS/dGA29lPHXYhoSAAZIeH8d+f7nY1qh+nX5SvwQLtXxU7Sy7nfq9ePesbh75IMbt4/iEAwmajASQd2utrhtG0UqXo29PKYVkPjWOr5VQpOfYXtkXE70Qawwla+KTiJXL+lqbVMQqC+36sq828tS7Dz+EkC+eX4lbwGa+zHBJDz0PFbT+F7QEIG5omhMdTQPyHUMdqSn0+NxXAYcxxVB+V5ezKbIO0cyc5EWmpw8IprpSZs/jBTZXcy4i/g4P9jy2cWIs/nYzsc2fKanTUacwccWjZ+Hc0yEiC31Wv94hJjiYQSDVH/8z4cQs5MjxJQIMVsBIeZEiD1FiLcHhJgTIaZAiClVcCPdm4EQMyLElAhRVxCkoJPjUePMCVHjDFCjbkzhLFIRBZLWh01Q4kFLPNjj2uZ+rcuUSGOO+HBLiw6TSXRYtOgwCXiMVkEHE3gsIR7zCGygKCypPg+syI3XOAuKQdFMjyI0Fk0leVxykwZ2AHnP5Q3kMI0avhp30UKq5B2lzf82djn4jmQ4MEEXQxA5vLAjSGSmjhRJ50gxlS450dFjEy8t0bs/1xWL3Y7KDaBtVZFDPcu9SS+YdW17+xRcwrNgSjgP4XRIFJxuRhM2auY1ppiwWvP9cLAOeB3fcP+NNelYv4QzG+5s53lnq+5U/YFiE6M2ahSWoNPQnBImluaYu4sQmyxOFiutOpo1IkeoBmHPvlQKtOh/dcSP63yTAJZaafMtDAn1u4lWcepMk/8Y5n1Wob+xQDZEA5TFznShqGvl5gPk9DwYqQWDTGWOhLmNn+3YneiGl0RjBHrS4DIIpVeAruCQCjMwhq9kfOGPbccSlKePrYSsh1JbTKNWGZIXGMopmZaOJIqNiWItUWwKytESK1piRTuFFRGxiY+NfDj9zHlKlaSHRT0vwpZiimLP10gAimNMN8B9fAyLx9vQtQNxK12Ot/1xnVCIALDqJZgwaipidDAWzWnLU9tjllK0j1pfXtYcglHKvPqgacudLBEzHop50hfzNV/MMRRzTKizBE9LkbBgopnnw0et+Ao0NLW+ydtxUoTpvHH2ukccleDtfKXBkfbsM+0mhrZBSFRDZ+D2QtM5UvExTDkpWd/Tk/eO2BNksX6izCyTV0gOkM6qt3t7u/clZWuCGMNhMLw/of0/aEYxOr3fiDh/jLNjJtfiJbuDUGNo+hjLSn5uNGK9PCJqVTihAH2FYdEMIadDEMi++h2aAUNFnPCs+qRUUfAMVnj3zAIdJKYC1gRUpycjpj6W2d7/tVDdp53ICaiuOlAdEaqB0+gvawIIz+7C9vZJ0J6bAO1dsLyoA75IgJz385j5ZWI8OJvjwRnmPpj3Sua9XBtDUI5WBOV53E/e9VHVuf2h5DjwJYBWAWjnAyC7ANybPPiDsHF+UdQlloVMOQ+oJa4QFaAByaw7O8ESWnEBberWG9oS2hcW0CAsoFDfyVdOUb13xZVzBhbOTTrSWzngZ9St8bjO0pmfXDlItw2wpZOwmZOwiaPPFaPb1iasld8zXQ0EXSsPJaFI1+ea6Yc1Y57rmvl6Ci3p/2v3gcPpM+8Dc+hdGvaB96bdtXIoPdliuSkVBJ54BJ54BJ6wvOl9AOWyxKmFw2IOpizmQMpi9suzuT3mPrA/XXHxHEtOvA/884Fx5/D1rEA6q751JYh+VPeCn9MxeNQjkZvilYAa3epCNZBEBvkqLUQCzV1eFhxl3BbLsdxQWefm+Ez7EMKwmICnwhXGDyWGoj3tXn3p+CXwtuT47eJw+lxB/8j3m/gV+wq17Az4f/6J4f8UKeQUbac8AP/yOCXAv0adwccWfCH8M2ITHxv5cPqZ8H8K4P+bvWz/KtSgTHAP/zENLpMFhhpXNQ8aaLP8pjr8ALyu2iTj2CqL4u1BafR4HawK60CKWvWi+GHB/HdLLrTjLjylP3callvL8g0rIZQcygwrIRR0vy/oPl/QUXnCRutoXp53GhLix6wXJII/rVg+HJWavqW5W53scSfpy1JQ8JdEdxt179QyqXVDs5DRtyKR30fSgwYjftji7UXY3V59ZnyTdfMqYCqPV2MtzBNYuQaQEusmdggp4t2k7dH7aO/vr/o+G5qCkesDn38THnS5GNqGjKF5T0Xd5mHTZZ793n3c3lZxBLKk8+6b2EScmtjgqZZSYxC1q/8L903VjxkUswid19Bi73JQWjzd3gHbmw/iZ9/egW9vPtVeDOmA7c1XbC8qmYcTjfvvVG/0kKjsfLX+6w+AZjh16iMY7HRzUfEOKAjqotO3AkPbsSZDc/NRdbf1QRma5rFfOhqNBg3UJPjxGD5m/Pj7/JiHj/ffO875G/xYQZjhPgk3kS8dYaRZkK+9cpSRMxh8dw7GShAYozkMmbKdy6DimgYH7ztbMB6tpnb7C6n1fhouGOp/IVzl0b90A/dNCPyrRtoDPZ5cz76+rNMwTE40TTtKU7T6jDY0T/9DDMobboKD2mKFnzn3QncazCDSc+ukFpW6acXPrpEb7xSXjINvkmCkZtsSnNdVWuqQYeRt3cibgQ/vjL3woV7ySPOaz0RPlXj/XbvUeRvgZb/ly3X2ZebDsQRE3OB2//wJ/7wNz/0PHzSytDXqZeaLVp7yfiOeekOyBgq6ka++kuorVFdvDhVWEHndEKqstHWnO4vPWACVL7fy5VZuzenRB+NXyB/DhyV82IdviSGjcIu+vdTcJqruaKRqWOLzHfEodWuEfzPahtfb41GO50/Go0zSRz8Vjwq83xqPevKUjo5KPI/EoyHL/7DU9WGUPnyFxMqzlOHAs/cKySXP4pVSijyzV0ip8sxl2PDchmmt4P75DrwqNtkgMPs+6MdWp0smkYaSmAq1S6yrUD114DT2CGJLhG4HstG4n2RcgjOb22D3Ie422rZD8EOKAzc0Q0nV9Ev8RhSJa/pksgnEFzBTf9fnt482ysdMHfLutyigoBmCuMmbXY2lWnNtWe7O+qUSMdxZz8qjv7NevIJV15vkamYBYZkCu7MuhTHJ3tUxu1Y/T+L31MOFUa+xjcoZvtVJstxJlNQGMR5XYaD31KeKsTXc8zgJnNokjR8UjoYWM7PQgKJ73rn13IJ8FmTwPLWAN7OgItr1jJtbcDOIn2mKpuc2LTSFm10YzTZZYziWHEeUBiMGc7AIoVZn5GVdA5eriwujBcQgsOgytXOOXi+PtriNGE5uADo8schXa2DU/Lo5l4KqbmP1+wA7mW0EBEO5DUuQNEuRcqkGoF84BD11+hLABQhV1FIxjXhZP8oGCZDWCv+50UwfSvdplhe9flQ2v2a8eaCRBJeHA9V7npWJHJRuExXdAALupUOJKcPrlpmk7PfLful68lbK3inBVIK5BHule54EZyRYgGyM1UBFXrqhxJ4qsZkW5BYkNkUCbYG0WR4Mxhp0i7QIgP42Bz7fGhSaky/r5Is3KOoqJ7hABkrXNF6svggCwEusL1/iS64vD/Ol0JffAZ64kwoXCKiVdj47mBnis/tdY/AfTKXDLSfp1DmZMQ0sUgUAoRGk9W7L5DQlmeg8Pg98vDGubu4UCwXxVC2oJGmSUAkuv1CNXn61pceNFhuzWMhBhWK98ajQntOck7XgnHshAs/DtiFcrBfL84DYIXyhPJ+UVmyS5xPy3Aw9SnmeLs+vCY33EnlCPGEjXYuPXgq5zmN29KoYF3EphJ89aO3rghlAHDmkpMVGr8pvz1y+hMBHstrCkcKocvKU8xPtz1+IxZMgwV2ZS6EFgfDdSJxK4jVOnt3EWHZDDt0MDFmAwvB4TTDz8xRMe8H1m7TmVFk2MczcZEDqKuDm4pdGOLxZLK6muvKK5qt/+41U8GcDbF6oIIKqCcUQRp1FQHnosC8be2nxJlZ2122f99YU6U7L4lHAeEpJtl1JsqrsOs9yM5jfLXjMQeIBxMaGyZFkGE3+iChwIAjR/nVDg+Wmlx1Foz06HNcWz9+xuxcUFQls15YYhvEX4kTnLBZJA1dr8QLKmDtnmGtB3mXiqIfUD9vRgsu46WnhuiwLhL9oR6fh+SU7chJXCvov3eyFrnDrLrwCYqEXXjHM6elhvcXKKAV31SMZYMVgtsVgvxLBRMx6zKaKdf6mtMzIuwQPWOq5ct1/7XPtup8RPUf8FCP0ZJtDofVINpM79tbYLLEDuWrJjVRqWncqGX88wR5YwByucUOAFu6BVGJziK9DfD1vWCDVaefKjztXgGOiY0Pje4Iq1+N3aFjZ+nFlvi6PlzhT5wwLP8Y0y53pzjbCU/ar0cskAJriTDw/FGObwKaI0ceGiKFW2sLh+cEYk6S0x1Y8sdnvGb1cgiA3XnGC2cCO4lsuG2iMQ+Sz/y9sU6/ktrFmFhsHt43YvRJbxowdDtaWboG6rj23/txhoTh8rsTD9WTfm0nW5PmavHQjePhxPRlhgRK1+7JaFoiM+jAfVP7zcAYJJAZGciVWNt4IpZy7IK/w1sQHqpjRh34cYn/CN3emr2Or1DFoMklWah07h71OK3cOM2xO90sOmGHyzSyLoiy6nUHD0uOS9fO8L715Oap5hVSTNQn3ul83fBZKOywsSPqhtjsr3cvQrZ17hjEbk2gtOPFpNZaVrFBZYkxiSkSUBLkeQI6w1kKe1Y2yyYFx+EWWCwR9T5OleJqit5ctER+Int/uHRDyxr9Lnb3j4BFtRVganXURN/lOqPKrkBMBoSfX+mrsDdamsI6kz5JmA+BuN+77Qfgo5C0gSn4BiwtIC2ypmKSkHBQIctANHsXJi7SwB6vkVgpdHlpkMM5e2fwixWQyiUaeBuoHWFZGogotJZF3jKEtZQRbPKdKLYot/MECSBja9cMGJAbxorOo0eeQJ1FD8Yz9QZUst83cmuFiu0viTKzK0i0ihcqXg5qX1yGO3It6RS2P0m1RdDTjXbe652Hze1g2P2g6nHoe9u1TKQcSIeIC2dGR4rEMJrpSBB/B/srN2CWnR49mrYGlJC657cKiW+zpEqu+w9Bxtf4oe6TYlYEreACUmMyATVXPhqtLPJIlSA/HyrZAtwGCMRMpfZtRb6PnSuwkxdB/xTCXpc8gAXAA6S4Tm3to0p0rN+mLKzcp8e0CuE62CmMYWpU8Y6uQodMqALpSKqOYIzbKVKQHhvGaQXUX5tPyqHxfRg2X7Wfae4CeQKLnu+sc5wRsFRKYG1Mz7Ox5MLVWNMpeh4bkKAfyksbnEJaSRswteQFKZ3dLotnzrkCOHgmdIAmhBdhlKaO2CnwUToBOlXa6+vct6QX/0FgBrtbhAf95Bo/NsnA2WHpBDHJard+8nnz0QzPHsivKKg6Yw83sRmE0BjlT/ZaXKbN4VKAeQMwMUeAMSsIvvHYPweeaoRGQTJbTzBIv4qHn3tgLfJGgq1Bkt6wYzO0ekNePf+mo2seUgzTW5c3y+lJ5nXllJMOCrJKIrc5U43O+HZR5GRQORE9FpzAG6A3HJNYeyJCe17bCOrSC1WMxw7onfyNtmrNwXhf73iA5a0Z+FtXpkm06hZVtfqlV2x079AaFtM0vV2i1epMqtQxFTejgAA6K4rHzQtqRK/k9VmIzMOKCuEvSHLVLIAFcOaF2b/EOTRiEqB2DfpcqfKzfRllwYDxpjRiw0p6KYiSU2oMlSA1TN5rei2c0Aq2bceXYxKbrMWfPs/+JVy37YZkSFqzxF8NdL8eelkFQNArR1XufIE0878nogv6ebEkNXRXABwW+HM1ag1d4u18XUQxjIUetWgvBSpCPusjzJlGHeLRaCuzBUrcusaQ6oCNh4SJqm+jSlW6jtgRtQ/BF0hiW/CoITePbJWHoKT38pvCOt/0UIsYadomaIEzA4qrO1Y/5yAL1PJmNXoXnsWy0Dc/Hs9FZ3BOIvh7NRjk3hlHG3QRakFoDXm/M5UqGWMweyIXLnwnX4VcSl4nMeQ5p9NEL3LbRdveqUePOGr3a2dGLcF6YamvzuFxkHk5KjJp6ukMf7QE8zzrTXimPGLfOCc6pl8kjUw6ksLbsXrdthzt4pEQj0fzDFjT8g5ZvN1lpkQ8fkvBR67YdwblRCCWcO7HF3QhiD12U+mqQDQg+AKoJk0uToxSfT0uVs3aUeKuHgC8EZvyknUFX6VuwmfC/MNOKR1Ndny+tHo8xHWb67q+SkqsPGd7xVfTLzSMdrt1wmO945pmjqe7CzfJOyy8C09VjdXOqj4R74VkIFlIIv1nkVQtPtFR6BGN4VurW42Y9R+eZ6oAzRUSJR0RNH1M9HOMdiAFC+PWCW4cmLNBNXap0Y7sN+gNqpreWnloTXQmihUD2UBMAyCJcLCqkmSaGLcNEOoD3h0wdHOs0tvo5HfPNoxqPTRh64DsMjg5NSLGRhI1TWXMdWh3WJpHvSuJbYYno8Saht3CsvAQ8+eYeXEZslMuIAaJg2OepjCD6pDxhnO1YRmh83Mc/5t8fxffD6FZfjETqR5fJsDyRddgah/IlQkb1CW3poRzEljVKTOhi+1pWxx7dvDeXLW5U09xTAcD9hwxWxxF6KlMwQzJZzilz6j0Uo+q0LQxkOFe104JTLbT0jcH8FAuudlYe1ZG2UZBl4wq/SVa4ZEVYPqBnHCnfjX8wA6xhNvdl9h7TvWUerDCspq0ZShBSb1rd+4+p1Jyw0pIrrfpMQlLRdJDOiwQdCEY63b0EdoY2g5rAvdMm+SIJgWk3KXY21FSSi8ODQDIvxL4meA5BbHZAfz3Qrms9uhx49PkColOpguh1u0e3jUe/L2oSnPGAhqRcvaqMx+gn5t5C9BMT/eiGZADxLeqRDj8MLOlRkkDeQ3hVhKp35RDfA1GpKAr552qLQeJLVccYpda4B6fnMagYXEdniYmAFVoYY+knNPKeKuA0T0gyWI+jao2aHS9AVhXNvR2z48UVCOrX3om+7lS6BNv15uoW8KcIFIgBkGSlx5+5pnlJ9T+NH+nMj3SBAeTWhPYt+IOMlaAUCXQLBJcTuSZ0dYDnoO4hlFcHrRzBm/g88JwyyjMXOsDaomHeMQ9NMwV0SVsFq125fkog0BDBtGau1BxS5nooAHkO2Ym342y6WTrsjQYBEDOIVpMwoJwBuw+OpbeHIyFQosGwWxgSafgGvBCWtzHS1bArmYRZR2FjqU4ZUTxvM6Rbbvb7081mCe4fEXXYtP4fUe7DGZ096jWS5cCDmLd+Odo5xt6Uq6oPDdRI8dos7sgw8By240vGu/FFAP/BKJVHWI2gGexobYOjeMsjJvklVMUg1+XC6kaWS36Uxx0+E8YqwKy+DFOwzZcIp/TmRADsi1dAP45qw+TOTHnA/jzj5oDvsU+FonMA8ELz4uWZODIRzzrqK824HIXnpZ68R+t2CMMTB3Z5niV/O1xeF6N02kFWPVTrBFhaMGnyqh2fufF9H3vs/h/44Geive5VO+589Oh117/9xpu2XFO/6sCEERE4p9q2Y/8vfeml10q6Pn6Kg8K73FEd3PG0sGSOnXY9OTN/1LtWErZRjyHq/gfza/cKxbR3tI3iVKmTZixLW/LzdBkOcUZBm2CXIEOPY5wZezpkvfNQNars3bHjaXM9Shnqjl+X52p2jIZ0+VWNGc2qVRQrnExbItXyqKfsn5cA6HuCMjC4Wo+e/F0JFxDDpXagZEH2vpXnrP9Lhoem7jOMkiz9dnhSnmtrRYO4tIwJUfWsHyBQbaMMm52O02wYJzq7ABhKcSgLMIr+D5c5BB8ZnQUbMss6EEvecrB8XcJMlNIrjKtLedaeVVOcqNtd0fxJRIUmRLKCWUlOjsoQqUy9OFqvg7oYwBcpraYEl8P6lHa0HsYZdIlwvpUxMvS9jNtow6GN2b36X7tXSYQ4LYTRdGnlv3Y7nAR2tBzAWW2U9BqtlHXhdlwjKRab08UDwKvcWXul67PnSPulVesa4XGtGljyZMtmToDAygGCdxjcqMpmzbKUihEqsND1C9a24N+XhP5Jh5qXLtdlAwq0vHABWYgFXIz2xMqTHIrPsqFeCC2PUqxcVIQFgMJ9t9PQbc8p5eSmvvcCRE+/+xc++cU7jg1ht10vgNMFYJfOl9epdZR9O4e6dcPVEJIul9oSTCreADcFWbIxd12JdKVvRtE2I96g0zzK2I5ihXbg1KwFIeW5TshCcmBRiZUvDWw9HbzhXl43oUnCHVkuPyJToWPyGnBMZoEIw4RISPhvlVuHzaCQx1mw1iHPWL4DTe6123Gx8s0CJhaLHBcLbkY8XUvLXnDNjrMvxsumGoCi/6rXXXHFMJY+rPu3knrbkZF1r/rk6GyJiF47tOot98Xxoa807uxbMTAz7lWSSCKb2/9QaA+5V6oeNSiy2BF9+zBGKKrPGhcuUWd98uwf/MIF2W8d2y9FWGmjm0MreRu3PJOZWP5FcakmUnaILRm1KfPvrt/xaze/79cf+8kf/PDvSMk2+JHv+pR3+b+KIpd/c2R3VG8/gLzZ9fU2ZLTfJkYvpBO/+bafF2Vq43M8ua+sz/5Rd7ZbANTDlO8chlM38zkwdA0fETjPZzeHvnJvpCOwDFuKpYwKk7s5N1GKDgyIvG3uVdV36ZCfozeCAi3RLtw4YU/C1x1mb/Vdzb4GppkKJNl07gLGrNIp+vYF+tiYE8Gbdt8DESSrTxONXoWvur8tyi5deqZ05u1WHcpkD4FBFxBBgvmbd2QiU9PZ7MD1kq8DyDBYMpinb3xjqVCt4dQp/ddsoaxId/uRNYltIl7S1ZHhLiK9AKncet5olNj0g4wJiMB1QK6kPbslUdt7VtOBcAaSWCfFeuGBHtgUORYZyM4CiQpscegvPg0p78U8YNwu613vS+ABiVWjIKFYkFu+IR/WFTJZ3QP1e1Fqn5HBhq4pHszwksuL1sEEcAqE0XOaAquTU6D7bAqSCatY+0DPTFImbQ3LWErDZic6wpySC0F8Wy7rntIkuvexCHiwzy4cxrpCBL67u/C27i68bWIX5oosZO+U7JggAIYrBBBhXmrIGwuvqp/jkYOxh+nJLxiSGPaZ8f/dX+e1OCNHsmJ6Q6PdzqXbdhyde0xp291YlmlK6mydenjD1agQGYDDChuw3Qcwcmkt47TGw1LqKlr/wdysBywV3DVQQC2zLPMxVc/QqomsJiohv0XIy12BaSslI4FFDRu5WclF82Wcvpxy173lUYHHbuxFWB94wUGhRKtj7nGAJVStm5wB4gqUZ4G2FSThlNmgtaBmSEdAvkOSXpeJ5IIMKEBRHogcAufcmGG162EoHdMUWLDsc5aERao7aB1jPZUdWqKnjitACqegJSB4QzAck0i898NgAdL7lwmk6mDCgUOyqxbhKNUMdxJIW2op09qlVwNDekn3ThCNQH9SgXdNgHFYDVdxzRp01+qxjvPc2pt0iwqDzY3K9JXwIdiC4TYMo473tzAGMgs9BYp0KEieG2Wm77lmlwze07O4J20+bl+jO1R0PidR6RUcRZpt0BVv1uB6Q4QQHnpsu7SaODitXtuWtf/y8zFUeteGUl4TulgQzW6SozXmXHPafTiS6N66STInMoIqbCa/uxeQTU4bvNZbcyG2HtZb1nH1b3yF0my0FzwkVijVl8RvMKx6tfQiZl1S1tuuRmGgVrZdCG8ar/VXE/JhtwKYFJcvNd+QIiPm+Zbq33SQOUeuzsLY5U0kQ8cpSlSUF3TWINEG7ORbg1sIvO8Z4fG8PaMhJhyfpGUgc0CSuxQ8EiHbcQ20JKP0zVG0N3XbyvY7aS9Q4T7JizTJaBuWRaofgfx4U/UNGf4C220JwIUATzmKWRdyZzKYWkyvLcMCVwiCihiQ4nY6QVx+PaRNShORKaYIbowxY7dn6DorMDCGyut60IYGZcqzpVguHnKLBRvBVK/1x8iYN0yRMisQSvyA7tgnzcSganvCsBrc100MrOHA+mGdHNKeizFeHNIMhlYmh7TnFzyHNEWSMBwc7dgNMaRc+1ND2OMQqu2IOGTLNR4Yh2OIsdQxLFYYQ5xKDnbGMF9aYQzhipYQ6Xdfi2/BI9HoVTLXArTjsS4uXnAWkj2BrAIVfcbb3asOfHqSTMOM3Klmo8R2sDCdzgbH9eGMfBWR/B7m7uxP1dKQa0J9F7Nu/ouuD3Ve04aOPR0hTfT6PSDQ5sikJA+k+t7YJd8ChrL8Hst2uLcfUA4iOLrbA2exw2l8AlctyqgZNU0GoUmgFT2647h5jp4UnBXhIzpg7uB36+LADNk9TOTtxfA+tOE8uHK+snmXCJbvOUdaOEgCi0l5L553dMgcZ+UYo6KGgNLW1vF8sHWcjm0dpyvYOgYzR22kCdtT2U3gMdVkf50Nwz4tb+km5S3F0oOdQ16rCtXV7ckV8vIr0U4muQIjnOqV/engfod5A2h5s0BR2TKC/vlmIgVeHmDzfzHuw9JmwNqR8MFM9WgSJL5f+Gu3k4VNbhflBwBycFUIOQu01vlLt9WSX/LC1sNq5LhdGNVnSPBFokgkj0ZUzOWxHdorq8GynpfHC3CbvRqKCZU81oIruVpN3sE/uFvdGKpnTF4osnWXQm+HwUvk+swHL4JaUCAIpu7yOIBgQPPGiRCDLTnWOUad6Nen8yWvFi2CP3is3Y3LnqAcvZ/uFez25oc+ohr9eMp+lGvYXCXUDkgscR1YND8F+7iBE6sEpSsAfLgvy+WAKBPXuo2Ayg+SVDSxQOa6ixVCAXwIKpFhhVW922XVG1xc/SpOC0zdfNiMPwH49qu4rC3Z9tp6NnrEe1aZ0tTzr8G9Tq7gqNjtnRmlthtnFMpumFEVY2DagQllsyRGOytXpk0P5AXn0M8qbucN2KXYP+UAYmmJ1krnRrK8KIdPj62p2jetftrgqyDNIAutc6aUJeesqXjgUoIhF7IDmRHpzYSmyI41j07KAxuC74MwoyUEpaBOM3FSfzVyLSO03b3abX/dggdap68Xy+s8EA/HxyjUNgWKCRDLL2QEH56CK/Sa7nst3feuBFmHbpkFNOF5Asi67gSQ5Z4rZKVXHg9Z3yGjc38Hsvab8acxZJkwg1KIzKBbYQbvQk7XmUFOW205k4DrUdFxWaLdgIDJ/JvrHFfLerFMvaGYbq9anyVp67ME9wlfjFUoRjqd6qZOafRX73DvgJ1VvQEZ0LmwPNR4irepAkgZ0DYqxK3WYssnA3Vt8BFMGHRrmwQJCGpKb2Ydh54JbC/VvVpHd1G3B9wpz2Ho6abLdz0/vuthl5L51a4L7PJO3bLrEuh2PUZ6dj2tvhS6Hoeux6Hr8XTXc3bd9zlGnzFmbZ9zb60uR59z6XOhCQJzmH2O2z4fsIo+fI8l5Hts2WPuXf9C9MT+pftXIOmq3bwQCzaX2jsleT6SeQ0/LglBSXUc1Pwo2lMrZYA0RE6jmKIjkCljPBd32r444q+mnFqfLIzt82lZUMyC2IjJChUJyrZ2OEaYa//2mPEPSvxHfPzDEn9XDGrsryHCsRoMBivKbL55kaIa8CbPR6cNdtGAGkmnAK0nZWcXZDYIFkrO04hy+p0u2fY++XCnKF6e3d8p05THR55Q5CXt7rt7QOK/VErVscupQ4hra3Ou6nTepEPXR9XNVq+l+RCGD5Nf/Rg+pSJlYOUJaQRLff/H8ZT3RxF/0IoFtXcfRc5HLezJqP4ixHBR1U22jps+TMQbF18puOEdM3uGiaQ9bJXPJaZj9iTKHG/mVEwVkH/uEBV/xOr9Bgpz9CDbVx9O1eFYdWqxsLZIXKb3z31VNcXtMxU/P/Z2NAk7J5rUUf5MSuY+auQC3lIn936ZjUMS1utwq5qqHJcHjBxgdVw6mql9CF/GjOdAbNEipThstShRSgMAUwu2p4P5TmS8zyxhSemLqETW+riIEqPEKcFncKbyelfVsZfy5FUxbIulXZySIz1wCtxM/l7sCsUpQBcep+QtTgkyOi4PyGVti1ezgFzWQlBAsE7s1goKUYYdFoIkw86buYKXyAjxEpku5i3VNbL2KgQ4Z21HqSTnow9wx1V0QLapRz1p4zQBlhZG5RL8vAFGd3VA3ySbsKEu9aVn2sd98LIz7dd8gitfZpH29OjqEZSHe+3KnQfrbZdCR/VnsUKYgFRJ4Hd2SV/m2zkbIMiZ7GobI/kxi/aJQvobaxusEUAfHUuvtirG8aAqpavFV0hSUI3dWdhUsu4MYIxvgc0Caqh76wWnqn689BAa9zII8vNEJF6K2PxVtLGyimbmqMAeS85QBEqQF0MNeEX/XYuxqo0bV7+m2P780UCSCGtyzu7D+y4VwbUg5c+mWKO8QYoQ9li8arrLqx+1VPbaGhyHbRt5DegtPi2Vwl0uMCDJkWRLSHyGJp5yq4JccBzILau6BfYWBzQDn+JRNDTtnWEx/whKT6ufBDr4GOjQAerepBspueaDzvYGi7ih8s1tS51v6c0oC8yWjUvVj2lLXUi8UROHhcJGrlNjCBR1ThWSt3S35kKanTYbMch/E+uqqxc82yqVEpX3AIGyTOkyhDerFRIA/kYcqAYgw54nC+15uGR9niCB0fNoSHCjytx2RFyVLq5LVDqjlaJpQ1fiMdAWcoAh4TbAnMc6AJRxXaQh6k31WpVWHaD8GGvUsfzBRrpjUbKnXo+pGeJO7C8xNYooBqNZPNqpWY+pef/HMPGYmllOzdqShsnXU5RwPWpAwZX3rEihuERDizremDfW2tyipUGEAGCEJFVIPNcmLnziDyEx5A3m2sRFSDzQxAi5DS7Gc2N1W4JnomDGzTcGEOzHll2ikYsYFEmkQskKjxT8xaPtdAlsOCOTfSfU5mYonEiIBEVZr6Vw8FpCZM8T79oPPcSk6EiGYq5gzQoWurFhHfxIQoX9DI9CW7XAm6F03KqCrSrGrVqHqbgVkJ1jKuLxKsFUpGxTijYFhGzDRNh2IgKBTsCH1P8GSnVkAbgmFSpdDvyiDDTxSaoavCp0+Tcf1QX7rkSHmiOeDFLOXvP33a+FX/aDhIDQ7CdE8WvFr3ODmGDVHMDXnv86z6+LmEsFiXd18zp+3Uio2STGIPC1rXcTv24uBbaJP+Sxdmr+U450Oh7pAiP9k4pDpkaaRuPjDj5Kw0hXfqQDFNsWBzY/0+KjbS3mLEJiQjFC2zc4/XY2oNgSiq2HYit7RReM51D72Ez0KpRjaZ+laG3VYtPhpvKgt5tSx94QSwpjtdiP8HMZt65YWUaoQ7cYeZPnRv/comTrKnTgs3jC8uT9CDwUcXf9ZtSTyONUNG8VPaK657tTpEH4UUs5p8hgIHaT1Z8EP4V7Prl5n/+/hbnAR8tnZy7wwTKYiXqo7JqJerA8mbnAh0vhg3m1n7vwTIStV7K8aTNRKLdbIk8BoZj7fTH3+WKOajE5zUQdLVc0E3Vn+X87c4GvXMlC1LEYo/sh7f6TMa0FHounrQWiN8dbC3wKTh/iFa0FHtUMzDlhLfB3j7cW+IQ53vzTo+VzNf/080kHqNNpvwacGgVieUTegB3NkK7oJGQuOAkh5QcgjbgXJ3RnIHEoByDhLQEmav7NuzMgTqI7A5q6SoPhKxdVRzgA6u0pCnZ6MTRoRddEr/ebZ+nQACE4NJBx3tI6he4fIQSW3k4qRn/CGKG07r5ylGDhIHy0rPMxmKux2/u5WiKM/1145rpaIoB5DRQcYSZrAFE0hplIYSZx0RhmDGGmMSTRIkBK1IEUVjEvD4UUGjUGaOQADbVnTM+guKMX0GDFCoaFsl0IIwmaBhgBvALg1Hi/SsESSNKgbKCgw10IkKQ/iQcsgs4vdS1Tpyd2iTH3rFxirAw6NKYfT4NO8ITxrEAneSbQSSZBJ1kRdMoAOj1XEnSOBRO7oFRcrJbsaZUsCoYsEdyukEMjWIScXTqN6sSZYFPg0fJS9ik39gkglqItFN46kXM7piv2ZRQMFShNQ5VaHVadGRbv+LbY3ICiU9ZQApa01bECKazWwboj7GS7GMYcIzXmiMcZdRE4bgqloZlDZCgAZQqzSAyLjqx3M41gb/L2f2HDMSIG0x2LtbK0ULovrWSOhxJVFlbJGMJwj+gOA39SGA6+aWh5/iQw/EWgvym3LskYhlMWxz084v6cBhjWKKcP8kQ6MEzMCRhOeGCKPAzHhGEOA+CR/pcIw+3BgjAc63rmSUKNVgOGAfqKWpIF3Ki7bAFRCRAEYDgjDJOa19SAYYQC+osD+ktwcUCzkzQ46KLJHf5riVebtuoaKZra5Z9MxLYwVlcufDk8pS+PyrO5Kda1ix0pkREQK4tWr9Aib1TxQTPK8TwYS5kBmBKPAqOWOK0TmlJ88HhTiu8VSHjAcG3eKLdL9xlWfxTPnFydxFtNTFhZNIok6m1sVYsbI8WNyOGNV2LaAFfxGK5iwlU2va2u6J6EcPXJ/89vq/vjFjces8dtq1+z4231mD1uW33SwmY197zH8MzB50VRxm+rYPPWaso5CpabUdhBw311vznZvkp7zc+wr/7O8fvqJy1rXmFfRYf/mfbVn02O31czZ4PHB26sGfdN8zISuS+P/WaquijB1QPjLuLjfHyiqwdGnM3Hdj624TNdPSBiZa84OKxsmvJYlblk0sMDILHjqiGf9FdVdP1VARLDOMtk3T7poKbjiAGdndylq+BIYtQPLhni471YDdVavUIn/NOUXScM+aQThsHYCUNOJwzZhBOGQccJQ507sPEzF4vXBBQVvCVk2i6U4L0lEMNEhJmutwSA3JbgI4HRSn5gWeNnDl4SUpcoux3fHo2mIIdA88exzbsb2QSs2JfH84SVuX9WWJk/OazMeVjZ4jEBxiydghXpoUKFS8dTDzeJnHP4YuB0h5nuIVRhpu30nC9KdZzzOVBrrjvPtvor3cY51dqS8VQXOsOc71xZDLQolgqhB3mudoZTP8MRcui+UgKe0auCisL55PQWIyRwmGBOa8l51tXf8aGHSc4wyVGY5MmthZO83cb7zFuCdFJ1yiglwZK+wHDDjImN4uAm3cON9f4lEae6n4iK1LVkbRaIwCTKe764LbH9KWAK53QAk2MFi9yidukW9VuEorMZt52PbfrJAUwQsbLfycUAJpgrTk5CFW84fgGYGA8mxiUAE0O3o0a2JoQBJlHYn6qllrTC4I9hxRlCCEKAEMEKTsGBWKEHej5RSMW9hLP/XsGScHMobvHWoVga5z1WEX0NiL4EsBVuBCsM1HXVhrJNDiMrDnD1tJ7LdLu6TYH9bgNPjICUO436hoKkawS3kPJ7jwluoSJcMYAqd9JqNEa3KCnmu5U77PLmMBMm4sEJAtvgCaQd1gD6BpAyAg/SadeiHLpD5K4e1MgJjTFBB0yPlaGxh2KL6htJeW8C8+nd/Ur6NHEOJND5A6CENzFqIx8u+ERcpE9EqxtRawMa9mFNCxwVDijbFCJwvkKgqrMOQyvcl5G7QnTtjGfwGI2j9x0U57BmjPCc7HYW5shfiuHOKdO8enGCx8Z6fPIpJysiWvcnIYMLj0JfvRmbWOYHpaI+Fy9By56DPopVxL6Q73Lcq2NNwcn07R/QW0/hKyF1C3woY6I7Aa1kDMIpCm8V3GOSme7agYtQltHx5UUhNj4nIZnl+UbGGw2wqkVYKcpwBkljTUqJFCStPKsRdAca68VP1DsLxfNTVOasYpUUSEbD0ckPYl/o2dmAcvqtIZUSAR7EeMMMwAK1m3qEkNJrbNpBCOkkQkgRgXWPENZ9hXWv7NRh2JvGVHl1pDaqn04EH85r+vB4bx4PZ+GjUkE21ktnv9sEIFXfa9UvGA+jpB8MvfQZIDcZ0+ptGGUYwlAwg+Rx3oigM+S28ia5YKEVY9I2kSKpe1zShod8A2amIyWzyAmVHm5tpzbewlAEIUoDOxlJkBtSWXzKDkk7yfXHBRFPBj3dnihyFLUeBVyBJife6ibopX1usCAiVCXd6+QQI6DDOLwEqxmtUA/XkUQidHKrGdxFO1jpETBWP2xIc+a10VhkkxBt/ni6OlADcww5YJxq7KTJKIGIlspcdpcIMDxgHv3X0w+EH7zoA4CaI2y6og9Zu2PFbiIXxCBiiEFUQKUUg5BQ1RWD4H7KaSoYAmIYSx9nXkaicPKT1D2VivAXiDxMwDs7FN9UoQfIchbqNMhGD18ScrNUnbeUmUCIMhNEtQkNPfQwSxTEwOyNr58LRUJ8JyovJJuK7ssPBpTuS7XopqCAr67pcMnHR8xHxkfut+MCIS99QXSihgrlN/COYOXgFs89wmqKOu4OgT45sZs5derul84OkbBSCpPupDrODgFCuC8aIice3ocUERTotkplQeDXsARYVEDYKb/31egTfvQsVwaz6PqT4Kdw/c4eOYc98jS6IlSiwqhIpnD0Zku+VW8tnx/R/1h1u9HtXYcNr0isMF69w5SLmqr6L3pW0MOlhPV7dUV5ujHXNoe+em8E66RGQ7rToA7R/361TRA6IpgIO8hPT3sdGzv4NTgvyEi+XOXVrdJ2MQg97EhBSiO4H9vGiK18nMHHFn95gZlRMc44EAjIqpMkQybEWR19aiXNgiefjr5DOWI/9UnhHMTetEoqPacRNM35lIDK2cx51r/+9wvVzQbGMgiOCNFeF6/FuVNhTP9emtbxE/YTCRYFiW/eWE66DONUfhOBEUAENimemAQ+H4jEbkVSKneXNoq/Ht6Kpui+8dsM3x6NJj5WfNsIJ5EAc++4edmZ3a0LOkVHf27LkyeS/zRRLV9Pj+BQFHoEl9VS3VWycN4Lk7z3YHsUf1HGxPsCzumemVp8553kbmXUGXxs0S+LmF+SUVFz+LqfNc1n3nWxMzK7LYfexYg6fwEhTfGtC8BHRul0zARPZFiq2BwxGdaj2MjvAZgl/Unac8x7TtxmgK5vc8w2Ayb5YJvnx22OtakEw+pCv3H/IxvFtQn2I0qFA39zZfPqtzYgyq882cf/eLKPbznZx8tP9vGq8j+EQTI02N05h9vmR8CQS3GtQA+B6DZhCT9YFRhOvyoibt+mdR/YOmc/BUCoXhL3EfJaN4vAdxHXxsCvlXnsDfLciCt6hUy0Glb7pWIYJtmIInhjAdArbzDGEsRro1U3OAUo7SO0X+gZmin7HMnblqVecDuI5N5WuwMC+0cggICZ1TQwW+BJhQQFW90wEdUsStKy7WLo44UJzoVdV5JcXZGeTJtb/+JejOe3zSLnEbwk1beVC8wcwX6kJafDVI9j5VlMnmn3A78ZjIX9nueXdzLuu0TziuR/xCt8Xup+fpEE0TZM1Et2XvEKCXBkdAIRxilhlYnK1XI0/KJAwsubG7/k/VFuCO2qPjrVqlM8tkGfmyhsX79tyvnQIORlPRjG8tOxzYSybw7IdiSDpTt3WLqYXxT15INHsWVF3tmjhAkE7JF+JrMiXsAnkvjxQjlKAXSkoBjChkdhh1CjGiCLbNkckmKaf5CdTp7aU00CUxAkeLA8mif/8l46qEtQxv6v8g2q/s3X/CflGiRACKKveENXRRzasmoSUx75RYALsOGkyclKaV2iBYH0AgH/38QOxFXNlZfJcWBZyJTWXGsuangul+TU6QKsN4MGVw2QK+ZobGjbpsC+rJNUfR8oHQJxc0w+gyPATrS7XfOUvhCxcTCM+kwY5yIkVj+WjCynpOAqVVoCIDEfMZR0eErKRVqQkdXJfL6pXlxL3nOlAKgS7lwo1yJdDyosWBtvBiBVW8s5iUUECvzOBTz/wwIiNYKRSCCR64FdDhK78DmPZwufQSZdwQfyPwDqAFHXSYLCGYENHFIVVXVWZvMBWQjNNzV3+vWAxnLxNAcKNDmqbrClr4r4Y4wYqz+F3VGAdfULGDD1QMQjJROMABpaHWYXdf4DHXWPDA9KIldfrmbZmipRDrJGOQP8buRKTNs130XIoS3Vvy3XG/MW7c7zRxbcmAi3By4ax58xGb+O1XVGDUOGkdcOEH3fhwCbBli2367pvhCX5UzAF1jwGC5ihe9VXiRHfRz7k3Endk2kZKqL7hBVxB3mgCze6eIW0Yp7vnA0IiNCXu5qXyJ+/Ej3423tS+gWavUYb7AqkVGw5i0GE/QtIxPu5ZxtB12TIo8MZBW2VxiXqf5buYppdKe73oq3FekBbzqm+kq4d4bgv1GAv/z7vuzHjhYqWno7yIoVFPlKvNSuaa5TQ+L/YEY8pkcuA28gXtosCO3T+0S3HWft9g038fI2gp0VCcUIURPdp1BF+TaI4xU4nc013mYGJPjoT7ei0O+gMYjCrjKKSh/Hi+6qSRvtspp0Fnbmn8EhpssFF+dMMU8++FxXRhODyNUufibULDDsDtlzEH8B7OXAusO4fXYUWTpyD7HaRSOt9k0u5fNkJkOzJxadcobaGryUv4N8hRkBr60aNehGUQov6Xhp3tTc9TbZcFI10omltkJB21nQ8WUXoaCVi37ndNFBfgC0j061pfZ7dA6PBRg4eexU1fEwJtt3DVWLDiOY6ONcqg5jVAJcIL1VpTq7j0Bk5Fsd0QhOhFMB8gguFJJZtleJOm1PbZvsyisk+O8uAENaPlr56GLEqpbTQL9evhtfbbP6ykbUv6M9SBiHhFeUYE8dN267OG7HD+Wij3pwPJQbfdSjJ5qmQ9dPjWWm+4SV1/fpbQAALBYAA4EcYAVvzwLANEE8kcB46wAexOLO5FHURuF65amLJ6bOcupiTp0UqJyMuDN1OtUxaNT/l0xdMTF1X56euoQHUs5gzBl89gt4uvg/nlplc+1eEHYCI3had4Jq3Wh8Z+FMG7swGUvMn/CAJMz6pKwmY/51OdPZLapXl7OTJ6Du50g+/wzPsIERSAZ9HIxwUv0yVdubHfYbSsBZByEa4Uy8EU4TrG+a5g+Fk7JHzZKecp4zMCPQv1DupJQ3764AEYWPsFfamukklwNDTz4hQp5PGOuncfvNcvUX1u+NYdfjd25367Hd4XsgFLnXg4qQs0YnbpU8O6TLD+qohncd1VXdCA58NxMOWatAoepcSe06W0PfVmloE5UD1IzZ+FCyoNPS3PUZAQ/u8fMgithwxMivFfquEl5b90NVTJJMp3U/4k/yjDPnncFYjcEYv66dfK0nX184+bp58vV0vLL9D4X26/tDU+9Hv9R5bz6OPfrFTqjZJML7Y0/K+79ypG4rORLh/a8iRoAm2//nchJ4n2kekKfGgSZr/vhnwDHAJJU6vNXtGNwz/CG98Acz1eQ2gEIQuGjDrycqZu4NxYuBOxagTKov2vK1oQCLBylkiwJEVw7Aq3wDA9H+P8Tz/kgDFsVbZyDhT9oZZI28ocxnbtQvn6BRsppQAMIwtoDwWb4wSDSgPG1q28ZmoCxAg5/QJBdaVP1BUl4HTisLeNKEEhJv/irx94IoANwoPrfyCa0KBh5sA49EghVqSy+Mln2jlw9/XrRClEPGLWo7l1a/j4xPmmV8Mc3jbVFfawP7jQ/cJGneqfUv81xyo9HzFa8CwxlB9jP2OJYfqUO1g1E7Uh6Kx/NRyFtnOKtOOAwz2KWd8JZxmOmxequjVn5+L9EX8hbezwnjyrDlthNCEXtWQWrrRDP0jODCvFUAF4Hp8hXPmOkdKmtoQq6mkDd0qYjOglO1uzvd2W86L9/Xfbmh+3K9KXe34AiYOB4e5wGPK8MlYCJ0+/cxmNqmJ3XJnB2K3XwSKD8YSgMbtDPPR7UQlij1dCbaPbsF+dkTLsiBFhbmut8JDzvh2XLDGClXG0aG+Noovu4RY42izlh+mCPQco3KV8s20nXEa3j7Dp4HpWvCntPc5tlCUfMIrppXRZHHkQ8+3OLIIV6fAB9wvvo2vj2ANydvfRQvMRL0Dfu7uA39PUONqT5uWebh35AyX4YyZ7SUh+S1wOtbreWdeVd0xvKGPIjMkLl7JEZM0ZGaGXQuyY8TjolxSR4fkVTO8B6MoiKd0/O/nDw9D4SZ9L/IP+JokyiI5W2PSYJ0iGeCFEqwsUm4nIxVuZxylinFsAKzKSe9QIENnnSuBHcO+uWttxNKNbX3POU5YSaDrq9ncSj9AvNNMUcjmG+KOu5YSPBM37Ak4YYFRBjw7FcELF9uTZBbSLz0Hj+jSwnuEtNxX1K9d2XxWwB5kAP5Nj9NEDlR4leA0feo5bBqL7fpBaE0oXnoVwUE1njSFjnGJJXTRMu86dbbMFxzF//YzJdp5j+N7aCj+ta9HpZ2EwBta1gkJgBaAiAKDPLFHvrspIiGRQSgDyFA3wyF9xz1jWeO1IoxEkdaW+UuRtmU5ZfMJcvy5c01t/ATmn7pIwMlEaPqYb0iTEYzru9SXtJLaMbbP+mDAC9RderkoVK31D0zYP+WFF+JYTcBU+vNt7pEmCvkQDmQI0jqzW6H82VJr6R97+AHzYmC7Zdo2vYLNKfRWON6AKcZCX8m4V2mjBS+Oy96DDzlguixLlisEjS04HU1L+VPpA1WXvcVOQg2kMEo95v/q/9FzS9dJw35V/ak/+Kpfwn+SR/eJllv+f/TdhXgceRKuu0Nw2aWeVfLdnbA48TOZvzIGy+FN86C7z2vo+nWzCju6W5Lao/nmJn57oNjZua7OWZmZmbmu/eXpPbMOvTAz180pVKXSlKpqqSq7u/LwmAwCG76o4/99EFwsCnaMmFvYSKJ2MTgJtQGpUnW64iE6ViGMmmzS4OxS4PgFm24MqzZN4LJJBIbbHAnk5qluWFpizXTPIk01Rz5ITC8MfG1eT9B5ElqGGdhhyvXhav+HJOGHslEy0iwwR42Qd00G+ya3Dr6trEbjFXxMy6eGgRjVB4lrMEGO9kffehnsEGwWwslhX77YGaZdXONlQjGE5Y2L4vQsA9gMiqzhHdFmUUczMssjFONQT6ozNqYk+d212hfrhTvF48fSjMj00RfyXyTwd6GY4pJ7FpmE2nCBndPDulZknebQjnykQk/vlyV0ShZmlRENzN9po3C5hcd3pZxpcUJvf6kZi2pQM5VO++KxGx2Nh3BTiy+wozYwFPN+BYWgwcaVghFhysJ9jRIPm5aI1SPLOGvcuZMZWHhka1d9hZ02LCi8U5S3GLnrWZhMnhwkDVzQ4ru0OCOJKXxOIOwUgUerVSBzwHSCd+PuCWpk+wWslvnaMWWwZD4VhA3uRa+ByhB2LgKoZvdG+3B0cUigUKiG82WWjyp1F6GV58P1+dabHA7zd3vkJWl6+a2m2p7aYdimQhmVe5+kIo40uXNwTqCR0KxDrfD7WDrgCUaFJTtXPk1BTtbKu2SSMGftwx6mBTNO07ypHhK4lA8aQu36sISHykWTc8cO7dfaMLa26aDjiX3EHv1bnXb7bSDGBRSQn9aF03GTooaiaQj2+ixA0IkUf/Qd9gGAanhaUjkT80bK8vRDqN0jntBfeCCW6lHdxWVO0jeJEzTS5lKe9rJb3+ZBqZ90ORFeBKB9maZrPMY5mj6mWhYIrGRwcgFPS1xjV0kN8AuxaJlyF8ozMVcYi0uYxHtY4za0XHvPvekcdVupTd2I/qrdx2MscF9hd9MEytqEqVTJqJ4IeSJdaphKDRZ/MWOgv6w02nIY7ZoUsUhFCwqh/7ndmtS5fUlghBVHtLMiNWhPFlN0l7CnKtjg9ucfTkUvJWwcxrczsI0jyOaFJk9jecejBdzHi+/0ZmMLzNqHtX9vWVwifNuAmo69iYbjoS6jrnq/TLJcmOXLzRtQSRERnreIRV/AAJbFzGdYc5Va9pE75R1cFex7V4NSVw8jtngIacEWA3rSk2KVXHi6XK1KpS+qiPfOWnNeHLOP9n0eRlU08h1UYZxJtII7+V1UFOgCGszx5+eOjZbnxX1Fp+eOTp1bPpos9XkYf1odOz4sdnomDjKjzw9O1WLZVNx1a+FqRI1rcIaGNVasZmORFjDPkGQ7X6traTOq9vBnkwXtVSZmu5AGFFNdyEfathu/nmiDW/GoraWy3D1fTHC1fgTCS4a791gkEga2tFaXTDapm2NZH+lFaf8veKoTeTE0Nc1Y41+JSajryXpisP19qwcymcZhVy105oSbYmWvn1kT4ZqSMqpqzKt1I8fPR62ng5nmzPNmZljrVqo1yu09MpUtV6tH7GdlD3ftk+YIpyGnRCU0OAVLda2R72MqmXcGKGS6vvMniO453T7+DdlG2A7tMppUM1q1Hu8+5d1BdqJvT9SrU8dc2aUm1wJjUeZ3Db1hA9/j+eohYrEitXRenWqOj193PaLRM2eCtuupnSL3x6ueSLDFPPMsH7yf0OuGCzTtQ7XnabCgU7GN1utO+PjvVo3jbZlAnCJxGsbnTm4bY9SYJkr6yLcPoae2bZ7gm2doM5EuEJ37BVphFpxt6YtWhHFXdupAl2v1p1SFG3baeiY4Xtnk5Ue191KE8RtQSo8W50ZZYzAx4dUPUmRx2RxM5OJvedJzboQuL0suqhOdqUNXwYHfE936d/tOoIjbqQ8edLfaTMltEggPxdIn+TrfDFUMjP+hhfsst3Y4OFhXuMal8FgX5L6IW28RvNBH2z/qks77CcW/jIaDO5lPMsEVxSxwCjKNIEiWXBw2U66QO9YRrQZDW+jcAlruQgmN6/ZdYobXRjqb9syGQ0yB0fmhhFOig4J76K2wA3GXZi/+CxFC2kT461zigJWiNWNrvHs2hJxsg4Gb/WhAa3GtbkbuU18zDFeiCsRwuUKYsG1C4E8hwOeg4uT72bYK+pBUbQj8U8etEFM34ko41KxPLN8TEpgmIfZv1yECzIK7nc5KRfZO/XhPp5HfFKfQ9e4/8Z2G1cBNUK5efLEBgi57ogo2EOQxvQBL4I80cq1Df7umCNpdSg2g85Tdixpo8vtReQyOo3BbSzDhFOKyjeTGkHJ3iaJQZbKxNicWbAfjBQPMR+H78UT0d7EmmkKoSYOG9zSgLb58YYRMjdFBHfAKZ7Hxpad3Hx9zP4OxpaC3aQZUmNNzCbx5kZMj5oPu2Y2MXuUnZHPIAZfFyS2roxjqBf4y7hvA7TJ4PAWLaa5XUuNX7yqGp+wPbCW84oMCTVQQSJxnxbrWWEydltdkDx5I+V+bqjczrrZhLdcFlEM2uV92vaeksaIhHHtdLrMHqk+QhN4JMnj+JHJYM9J/QoNODEYmwyeCNOs7zy3PQgbTKe5CgWzmM+uYAZPTbIoFW78Ljdhx8bwMrG2uZUYfH0kjdkTOhqRl5ZpHZhxsYrBmyGf3Ngc7NTUVL1i/1Wrx/FXqU9XjtRJTn3tEyz148emHAlzmaYdpNw0SIvHWhiVi2eVShU/UArOBUHws2NBcAywwOWOIHgMEPnMRatIMrJ7RrNzSqhXJdxgBFXESt02gP6Wu0vBOOBtgDsAi6Ro4SmgGTCponWCMqFl9gG28ZELL198xGWBCcm1FnHMprHYR9gHTV43B0upvSD4ej9moQBWlkVKhubJzpypLSzUlvBXBd0fgH4MkHb8ObuMPu+kqTZputZSIpLJut29dtqJwyzmMll0aybtI95WI7d6XyO76MW7WfDwPW4+hwFLgA3AvYBWfhmpvK0ddr+Hg3fg+U7aAw9bgLsAY8Dd1B5ddka2TtIWaSYSOgKCr/DjlFEY0RnWYJWpyouJder9Ap7lZ+2eN0D0vehzE9Ey72cKc+FepEWCfTOPjsqLiTkyPW9b2XPk0WaPWuw8Nx19Ljc2nNfY3FV9Iu0CCjQ6d2hS+FOhBHTTOSabzXhFn+aqLTzxaYiVUsN0uhG07oH890Iha62EyVWieLKqMwqAsM9icYQTxrOMY0KoKym/bTnBM9sIaGcYDPXl5L1Ozj8BSPgFQNqnnwHcA/grHs4A0r78jocue2G5Ve2NwS31Cn7nAcevw7cnI9PpCEoqBvF9jvcaIPF4zEM3iqV0VUfvpmCbXdU1F5tJyp/JDRFr5wXqs+QFnq4fnw7s39TbHBwAuj9KcpKfse+3XCcsrC3XgU1YVAujyaL8aid92rP+apm9enGhzM7Qz0v0s0Q/9aUyO4Iyg3Jm/jVkv58TzTNczWfqDO+fzJOTeTyftxdFdi40Z9P1BRG+dr/Tzbd7+LqH3MPIw7aHlz3seph5qD1c97Dv4VuTlAmuYimUs6fRs9q6bUEJABnrmLI0O3Amsh9l4DsW3MSyLKDXgnjf9cNoktjXP/rQz5y/+IIT1ZZseP1ViAQCgTggjPrSkaWZJQhhPo7tWM9BrKxPV0nKCvvqucRVllCYcZfDl3LsrdhEz6SJ6RTIq0KsFnXq2wP+p262Y48Hz3CVhYbcbCQVV3RyG/BakCrPIsSerZibBFt4Ie2tin7MmyJ+RYoeMTtNiNtkWw25inQTM3x/odLQmWxLKmeez9lXH9qmfH2mR8Mr4N/CECPCOO2RZFrwubRCbl4AdgKsaViaHj2149nXGLams3RVJC03xCIZvqXOUIut480Tfyn7o8/+5j/67O/9o8/+wvqCSSPeJ7O0EsmwDGVrtqlLEnRttkqNVuqujWoz0xUiZ3YaQXNfKTgA3fknlBIKURRtf+TbLCcMCh25iERnluocbneRzDUif7ZEDo58pUii11CWrLiX3IKovcmTiIS71JWJXXiXb1gIHNUTZOHPi7QrEKllcWr6NIzesL/2TcmG9nrq//7hrb7i7XuHh7d7+NjbfmzXv/7/Fw7KFlO5Ue7UpUNX9rqK4GgTBYZB8C8POTv6d8D9gOPM4TuZ8137AEvWZ220dRbqbGZqSmd9go6FNlgotjxLU6XRCNoFz+N55nzmKc/rvG9fBNwHuOx5yw0ZJlxHfM39Qh83KzaoEVQJgi/0/L6UOT/61cz54G8BPAT4Q/55dFnCHPDLAS6nkGUBMeOcjkQe83WhOHThH/yc/tnDf/M8/os5fz7+cCm4h9aU9thJYnHWzoydKKa2+MR5hmWPXnHIAqJ6z0RdE62ZqI9/dXIp86ZDBjEzDbuZmSYt0s/QzzXe+V612UU+I3dJYjxyQ+Tuau0upisrdoussZ/n4aqIyGq1f8lEaeIpUq9DTzoNsk5wRzBWcd5wWPF/O3y5HSXkGQ+l6dugooUFEZ9bSsHrgMdRbkXhxtDFTkTk0gxfFQxOSih4hYxOGYjMuNkyuJFYMGlsTNZMybWJiK5yLsbCMjOutWOkaAdFmCtNHjfXArxGPj+IhHGhCXiGHdazb8/I91PfPNG8JRiPJbd+XSaWXTD/tfgWfP8DJIw7UO5EOeAXexfK3Sj34ANrIvqKfUR1LwpnC1JnMbZCdrNY0NcBLjZwFxsR0awEXdIwbhExxf1gz82l4BSpKezt5pFr+p/udKIdxR8ewX/T410ZsbdQ6IH6zx8qBWfIlUF37x/B/3kL/u/A2Rb8KVJvuL0VQGp7aAR/3q/8C/eWAg64hvLECL7hpVTgT6PcN4IveH4F/iw5qBH8Od9f7i8FLwB+k8e9ytBeXU4lhZ7Gxo6xCEm0Lv+EpUMAuZbvLxoNHMEjfD4fZR9KUioFpwG/AX7hIOBFJZ326A6syJ6xnNk7pGKFKj+APufp6g3ZkFvxaRFJkY4LLN0teo6UcUui5DofvQQlmNeHfvbnBoV7dmG749gYhtK8CLCh/D7+L+Jz/3p1SEKJlyS1z0j7MSJ3FnrtcGnoSgqT30ss6exj3vD3DaNS3zJerQ6CfaBzJyvz/qA0JKSwtT4dlIpQGeuRkMnEVl+y02WI9tvAvWwpKYAdfqlTeD0fwoAE5l92EienZ2M2b+QnyKgpexjZAITH0AQmkeYgUwOwPpGzZ2QbUY6fqiWAurx4tloFjVUc/yVKyKFfEbt0zvrFRiNPeopn9GIv7U1MXsIGg9mls9jnS85fneHZvP0GoNGAYZsV58Q8G59Asg9wDYPuwd5fpSvuTmcjOwKnX3uK4nHS05s9/jcIZ/4CYd0/ovwnyhiFGyi3ojyEQvh4wcuXP3qgFPwJytc/6ArZ31/AJZN9zHje86MumQJJLzz3CqpiX0F5b1xk5Wy2RaUUK8O29jsXv+rne+mg802/PwYPCfj//i+bKAXzH/uL8Jc/a3O3uQLDZD1dxcibzjvuD7+P2DLO52HeZ8HvP+cCG9af9j6K2mi8bzzoZPoTKOUR/Ht82Hyds+NdcQXBVl/Ao8h2SlmXJ33YNrHUQfDNkMcFPP/FHU4eBf4RwPeN4B8HfO8IboDPjeDtcef7g7Hd9H+X7Nqzl3J3Tvvp4un0zimoqyeiRx/OMPdZiRZraApFl2cCFuW7wDQS4wkL1ORZvIm4zgVWnQrob4/XqyWU96PQDaXIJLw+cjKu0P7TM5TRfk2UECVCESgtlJJ/1kbpoEiUyyjd5Z/+tfL5vw435r/81bX7PuG77vjid7x89OXdv7K48XUf9tI/fMm/Dz/nKT7fyTTp61vezCx8inVlskJ3EPKM2HfozWE6T7y8r9X/TcP+fOMq/b+D9nPLukjnndnbzEswKosY5QWuO8y+HGRX3I5eO+T4Po4ygfL3P/B9V9A4nXPn9k6U7gj/BCVFyYL5P/h192GuP5U5c1k7m5GmSNfc+DqCfIALkuH9hIr71JUuVbzLIhmRc8Zo+9yJ+injznPYNY8P/4L5d5JuDQHWHF20zrlV7dFnjM3393y2bdu2rc0f2zbWMdZxso2TTWxjF1U/DOPch3NLp7vsn9+wL+JZLRFrfvRNa4ZV3korUBN/zCmvvWWVJ4sOKFe1ACAIzAjj3oXY6tIhoatQOnB1OMr30U/Dh8A0yWi/sR/KhwPQnoa4AUswCgC1Bx8BB4AcCU1NiqCUgjAxG1CjF/s4SHwT2oMrAUsxGkAEH/UQWFYxAu0yTLOSgGTNxRzJ9qeUYAY0KICHhaAbeZtAP3RnciASGZ4PA5oQ1T62aTgg2Z9aCnUeSAcFUKJ0sZSwlBMI1wNDHy0CHGUljommD0feJpO3dQGAnhMQcYpRLx0HWmr9iOWazgiAApgRHnmTIA+uhgPhcxMUnq5Qcjk2lCtnJ5VGUM4FVBBo9KfBjRzQIw+1Xv8QaJYY1CRRjcmORUbw8D8MBoQ0BBrp4SsQGgqq0JZKKryH640S0Oh60bifSk80inOdaWGrPo1hBQ0gA2nVpIuxUm3gjUPEIT7gaWK9UDsgbod4vZPUzeZEvitmMugABEQLkM+lHi32xcKcPcHPYcNbHJi4AtwFgN5WANQwygd/RKA1rtKkRnlQ76Rzz6Gk8sDnAAFedOEAi/rQBcFTjsCiC8ygAFAMOcQY6QsFp0BFIsqMdhXG64UIqahS7KuMOJ5Ht1RfJ2q4HuQhH30MCpSLojSr2YK7XIWxWulf+H1CTwPl7nXVBnvBOhGojARZ3JLFTySDhXUZvOsCpHHCpIIE0uPHtLz7o0njS7eMTuMH4RKmCY7N6JsmuP+VT9IEh+b18xOCU4Xfr0oInrvv3OWi4tZBg4cMHTZ8xMiNmzZv2bqt47TuZJdp3qnfbz+TZeGUHYLXNySt8JDuPjYd3dbubkdZ6xfPnL5+yszpM5csbmmy69Y7922L49RfMg/r7mPflp3bk2W5ceVx0tfbkrnYYsRMexlvjeOp8Vb7+4t3ytGcOdPZ3nYFVm/jbWWmD8iZh1jzmN9Lk99laQ93KsujxPHzCnv2HVBSUV3XlGodOmL02SdtK7vQOqXUH/VX+207fSiJ8e8kx/7MVNnOMYryMuOl86AUfpcnG+cx5UOStDNRYbpfX2Z/dR3MF9lfzw7mB+2vvIP5+WwfFv9Hyc1ptzuZGXfOfH0X8w1dzEeMUvVdzD0srk6lUmt/fxz/uyP431iwc8IIohgKYFjCwPY7fzH8aaVZwdD3/X2/HZ6ZnRsMR+PJdN7O7t5iuVpvtvtubu8Ox9P5cr2HweIAEIIRFI/D5REkRTMsn0arE0RJVlQ9j9dnmJbtuH6ZbC4IozhJ8zrdXlFWddP2/RN3DeBxbH0/MwdzZtbhMipiVavoInYd17bds7upg9q2bTO6SGr32rbvfrM1vtcaH59nnt/fA7M4RbM4vFns2iw2M4tZkU/ZzuKd6D7SFR6/L+WHiWphX5ekv28+P9Y3XsRIgAvIfYeX3jdNg0OewvAhcUd/CfuF0cUiQLsFRQc9rn/4Yf1H6SPPpTHzbJp7Lk0epnsm9YxIivjfv4TU+Pk//RJS1Rdi029exi4hBFnEcSwhPCsgCSuHSkbFuiMPvSfjxfqwGpkeGYifKJf7wf7sIHYX2MMeZxvYi+wV6VX+GnudvcW8jd5hP2Q+gh+zX/p/DX9mf0W/MdIga3x2TtXKlavGz5q3cO3eo1P3YI5vExff8bvGi9BT3cbYsdPkrTt3nWj9tvu0GZUroUyucg+JaWVJSk5Lz87p0XNmeUXVwTPnzle/dq3o4CGdniOCxNOnjdmyecuNm7xx9pzNnGCN79W3aq5qcOmpL78q6Hbk6Pe/O9u1X7osMioouMOK1WvWrd+0ecfR4+exROplsCQk5W3c9PobqzmNNrBZfMJbH33+lfNCNfRv0qx5cEuTJTU9M7ddh46dC4pKunTv2Ut0e0+cPHP9VvEPhI07dw0aXHP33rySwPEIwAjQCzBRkdRuADEKPWzK+6Iw9CqUh9KtuClsCoNJK0k2aCW1GXlvgaitSWbQnfDR3igA6JCuuQlmoCgocDyX6B8EpXwbYEFaDkq53DRjS1lLLpIIuDkwEJY2tlViwgdEklBvbXO9pw+fLQ72qkzDCTiVBPEjJS/Hh2IrEnAeZpASIEk+YQ3dfFOJQDeWBCZJBCzzsGABe+rDoQ89EtujnTSVF5KTdKmknSyNEzqSzoFyAScLBpCSZgRycWCz2Hc4FOiPGs4KDB0YRQuZY1mvkRJ6fmZmd1lZtNJbqFqG7ClLj1imVtvNXCgsws2FZCEYedh2W2h1IWoVngHNnCoRSTh++bUQ/67D1/xha6lgDFgOia18BuyPZIDnlFVd6B/Ath/7KFSKFH5ELP1RGE6GeCWP85R6SjvxGjrNlgKmvKzwKsv1w5heDUPxAcyQCKCFrC3RT2VBjK0xlF4Lgww93Yaw9G36U0gmFCDrUL2aGUfPxmIGdkC6VqxNHg57SDsKdKfJIAuHPMfKMV3quAlUQAboLSyFjEIKTUTAwSQcsnI+yNaZGIAEWKEvFDj6WxlyYwBCGLMcJhyvEvQSjVQjU8qlCqgE7u4evDfjA9WMBmh5HaNn/bz9QRgbIYlkomEM24LZwm6F28iv7G/oT+Dkd4wZO6tibXSnzrPKZ+vvyhUZmb/9HhmVUFRc+m5ZReWcuVv2HD12obqu/t77Hzjd4H2SMFqscWnpxWWVYuH+o8eq699seP8Dt8cEY3VRTEmPnmVzlq2oe7NBpgoRs9I6FZaU9uhZMWeL2OJC3Vvvf/C1TJWU1qMnLdt7/OSpq9e//sYxZdb6jSdPXahpuHU7dfGJN6rfbEjLzumUX1I6o7Jqz8FDp85U11xXefsUFv34059OOnDovbfkfoMG6w2lEyft3HXvraxjx719fP2SU7JzXEQzafKBC1eu3vn6mx+GDa8aMbJ5ZNSmXYdO1TRcf2upW+KixdFVfm86s3MKCjmiUAZFffnVoMHGuISXk9r1Hllb13jxxs2P/nS6+ZcG2t+C9leJDmKVbbucbkP+nE0PNISBUbAV5ADDYU4l5CrcuQ4cgHqBBwRwgAUASCECEszIvVA2p+M6cSxSS3PhKyACMFCFFVILNDQr9R8I+zWjtci+G2ix/Q+Qz3nzat4FuX5YwFqcz4WhZCEcSiEDYiThUIslgG4XizI96fckFihAPDKRMGR3qtQkShUBAuUBCloO7Uu9JV7T56MoZBXxpebpycARUnpNa1Mi+g7/7Upg5G1FnvQwoXc9Y4GATSSZSPEIiS8ogPk8daj1gjefCelMvG291AfGrIG2W805KUL2ff6hWCyogPQk0AGFqLOxotne4aG6Hub2JK0V9zbPuqt79B3lcjKK4WVX1O/vlcVd77cbPvh+dN/V8Imq9f3DYMSjtPNhIOK+dCSAYCWvlCnd1T5qg7qp6MhoKep2ycG5wYXBvaOHR9PoStNy0zbTMdPriXcTv0pk07zSQtLi89rl9c2jeYvzd+fX5b/X9Y+u6m6t+uX2G9hvVr+tw+qGfTJMGB82Pmv8EMc8xyHHHQdbHlyeUz56/qr5tfO/Xa5HD9b/I7oMcsUEYhga23GcbHrA3qL3au9YCZD+EtB4iPUeaEyDHlqg4aGzoHU1NO65fRkP3btc0OxGP4/JSgn0oPSuVhl5M2B6s09ShqfrJ06LngufUFxFvaMn+qxJC/Pkd2YVePlsQm1jnUPhWYpjHffsejb0TfV0J9/787YoUpt5R0FfAQOctt+x0i5v+eaod0KF5hVve3DfsDucNvqoOr9znyDS6YE7+1bQ4xlwo0p0X6MUVzWtsXZu+BYDTMMilnPqRb8leVmZqYN60hW+ffFQWlV7IqU0eKtD2ziYXM2ssTVvjWF8zqCxavpKehvVKJfdSh0CnjHzlbvY2+uS2+vpeFVvz1fX1ykkPC6Vg+utvN3pyLU7PQ3sOR9IJqNo4m5RLF9n448vQLOzSojBFC865T7sPNtq7E5tbaF3bvbug5HbROpa1dVVafV2Xz5E0UStOzCLVQrSZK/1cY9yM3KmUIX1BmBzPp5lM9Bkt8pVx5M9hPRRjmTkWV1X0dXTkyxqZj/4dxfZxqXqpULaK0vdnxLdXXusW1cNB4O5NmdCfaKQrO6pProE1dZ2OJIG+/kDoEgVex633dXUCDNbV59WtgEYFOgsUwQWXnW1+5ONie144OEeZJSvckiRqU9BaJNstvKgPLF51nkNyPzMnNPu6UpXIVfJdOZytCfDz1f1XPfcQ9BD8C61vTfMaqH+4Ik6VD80PUB3A8fuhQ5Xk0/unWiQB6wH77B8Q3bN+SzNp/zP9/oP3qP031/vP+Nfvde//wP4FAfr1juS1lP07j87oQYpqj8R+GVlG2a0WJUHxSSkWcrHSna/PqJ/4a66SfYtDfC8eV1Tb86K35la6dxzeRAsLNj0lAXBtiug2JFp6EuKmxsHeflGcaQ2yE62hOLebILiSJe3mI1NRHri4yWbFggjGxv9cn94sGqMbY73IA7l9fAw/k+fllyF7wiyNalRXjMtvb0jR7yzZiuL3oIT5jWAeCytdqxVMCD7FosxzK8hUMs7TJMXazzoudytPb8bKiS+St943YVLYuhT2Q2vojStbR3Xa6ozbz1x1IdoreVAjGRyhgaVAMuMjcmpwhgfUa/9DmhIusD97/A71PLeZiUbvRICbXSY/pV2pYRXS2D3MLZLAYiRPn471M6lLV44Nb2jnkHqNc5dSolCz7l1hoKsTAZSsuGges6ViYGTCZTR6+9Dcx8aSRlC++uh+Av5xebrFBCmYJufEvpmyvZOd3fgJhrU0DiCR5e4AP20IlWVmLAgiYJjsYxecyCesDVVXV9utFVivN0vNpCoxR2DqjT3iSHreyvVu0O0EvfkI9UBdezppS07ZVWqsGuabjYlIckzskf4ib7q1JwGwQqEbmm7wJ6ZdixuJQpESPENJcpD6nAGwMrbZFeGKs2WKFdeapIGBDi8Ej7tJ3WAvPLs9QQ3CAXGa5eN6HGSoOsuaDPGREqG96N+WDGHW0STHSHg+2rus3pMnq79aHIVuGQp2LoF6mBZ30UaPQPPGua9M44phyS5b6trMAZiwdCPVuD4edS206WWhryHuvHEs2wYd5iJpEiPPKirKSkutuCH3pT+q80aMyVJC7rZ3HGMFAsdf4vA8J9vG44oEFSOr9lN5F6u8OwHSqKxMhTpcdtQYZ322SzoyW4Fr5+sMSeJ0lwiOggcMb7KxprHF/5wqwb0qkgKY71tfXiBuZ09TdYIsdXazLssCU7r8JOCRvCFpY7FCGD1uyUhJu04I1hsp07y9gq48iqvqm8oByxuR9HhrrQNZq/1GspFeYTbpMyCTe2QyJ+N2VA8l5dlEs5/o6AotboH8Q/lDH39/pbBX8zIcmKpSe1THk/cvL78sXf/eg+7E5zo6CWxCTb3Pc+qn6zpVIxhkbF3HYwDdQ2DlccXJGrvufWd1SVvRNLQ43r5Ha1EayhzBUt3xWqDYs7smzLsCkP5Z+NO1XZFJPsB6MI/p82T90GcIorUVu15AqLzDxHBeHVSQ2vWRFY0jEFFmKmqeGuJEwqDDNZrQe+RVr5T1VbGa5jMI4/LxhFrNuztqIrst4a+vyw5PxzrAqKzlKnW8zIU1/d7B0/jpYOK4LlTzLA/2cz12skiXI8krVjoaP+cjw9As9G+lZnZNmw3kaEfwrkJCBAjLfv/j0RHhbWKpzIoDArUq/n5/7MVmebibFE/Mo8MyRY7/H+QrR/QjeOSZ3/Zpz2uSvuf9JgnRLGcd0HfzxHNmR36xzF/MZXdg9UR10NWQEBS/Bx/7z59inIla2bqNShIZjvkXquOHK3P7gUAZUMy2kBKnTZWsmPYgmoHQD7UvpBoTiLidU8+h5GiBOimRHdaAuKqWlPjDak2ywWi0BUVcYOaVTEoXFHTAz6HykRbWg2RgNUemdkShMKGlP4KeVjotuCKZv+PF6VyqDm+TZduYuOYLUD/c13OjxLILSE9CvuOfxyIf2j6gJkLnbw0ZuZ8cp8jap8COaGATsTrwf8fHE6HrERHQ4fJIGK1ZrL/J6MiqdcVGRTp+6i6YgCf//FLtcmmrY+scZ2ptD1gwz93byJ8EJmzF87E0yFNOLQPVcsrm1R/oJ0B9khqYEahUyp+++CUT4QCwZltQvzLRHTaLjkZemMlQzHACFP7/lURkfqIn1i87pM98Monun6rVTV5tWO3NXV8JpbeWDQvi1XBS6I8JYOSG7C7Fm8B++2qsZ7Li+4jdyKc6tzKwXmpFV5GXxd1doqVoZLJHhnsic36CzZdEhTt+km3e2YfZ+yA+c6E9BZZqHkc5RpA54An4beC0liuNwnMMY8QiJCwuOyy0QfvmYULP/6yFaq03OanH4bJagBnzs6935rU4ZPgkadnvUJgAEGh1ovgJG1cLLvI4G1TeECRScyuGG6Ic/fp+lhIaJaQ9Vt/2p6JalB1pDmvLQFeenmZj4gDlkJSyQaEbXiB9djXf7OqgzvTpnsI5cjW4TLPzV9g1WQKiJCaSh77Js1/oeA7XIV/BlWaoO7yXG/A38nYSrOmHkjqwEiqL/SLsFf8jh1g0CbaJPHalDvxV862XXkSPIJYCLfWCD3Fdu2BJLUXF8uibspkDEuMdlRoom2i3dx9ywn9fc9dL5SpAgsJCxVUXf5MfF1DNTv50+Gm5SaNVPqer20aSgHFe8SaEJ9wsOm4xhsJoZxBtpo1wNTGjBwkZ/hiS8kD0mMBw/hE/NeRdkCbHc9dQmPe4Hk2VvtNNpQQwuRC9RL8FVmYxCt64UO5lPKdk7IXe1tvPlpb7GzK85yXQpzP7iyZBacxcicIvTCEvVODgyp4/8ZQvU4xSuw85ewoZCQ1Vr/4pDbRXq4TRg+Umb424ZV3G4eEhfaZmBcTuT9uhFl7VeIo5SZ0wH7dV+fPieUv2uoaM0+YSDhv6paQIXbvXcjS8D9jvloGC6W8tKlTa3V6B+0P+23xx03O6+GUKMYSWUno073k9pzwYDONXNm7q9ctcWTsnTTELDmAsLPPqpZNeY29Z8VB9XdHoNygg1X8oNfw7GAbSfmqLOSJRHK1ncSGFvQ5Ypu31TddrNXOIsV1KBwxxzqCJcuFdNeLgms2kzJjfbxkcfee06iGlzEDApz/Xa7rvU21hghTqPz9gwKDf/XZZi2hYqjKZ9J7/STDY99y0GC8pD2p3oCDbR73WZ7LR0J46w2NUxZhpAjmdPCFvtlSVmZRcOhbec2LH5JsJy6QZ/bfMkZx2WuAtlPbo9gcugDzl7+Xzc+GoKQo0swOpOiA8H2v/cCDqMjNsgaAEs0iYWxdGz2xpNL6gV8IIFeAa3ljGjHG7qbDnLA7BXQ2MOPL/GC9d6qQ9MOcigYRRPzbvju5rBXVtPH0RC1IFVX7ku7F84stBREXmUocTS0V3Rt1tvDueEbVXL9dY6B4WtRi0uSsKheYCjTvNHzIFnGJ+4YOrHoOn4aAlaBNPa7mNV3UElcZ0kao4LoJocxZYIN0idesn4ZY0pjpS8k/cDik0SsGzCNUd4P/kc/dJ0ajBmN7CL8sKVVkf7ZC1bEXTMg7Gsrud3NqPR/kk0qeHV+6yiA+9SqIYoaTjpzugnJ7tH5UjbI1KvtnOLJDqiNPmmGe6TEfw/T5gcbe1JTs4gD6BWR+8/k4PBE8iwTd041AvIPeXnA4R4sVC65F1EixUKsklnaMBhnu2o3ZVwmb3STWrTvJF6TP1Kj4h9blgArXpUzlvB2NAwrT9qlMHyHNTM+fXitlcITMh3TUH2dpACDDR3Y7P8bS39TIhHPgQQD02ewpCc93xxcK+6WQWFIAcRBo9MzCVbmdzHnPtO5mQI0UgnG/mdWT4h+sgTBVQEjYTPHGLwDLONsnF6J8alBaDqCtuDvA/QbS8ZzKHIXk8BEI2aZKML2IRi5E/WOmHW0WSo+QLj52FeycSp7+hzIETo5ZmrrN0xonRN3F/Sk/heHx70AowYjhMJVU93z0juZZ7ivRuXj1jD7dlJrOWBkw+HS7gufWMjCOFDrBAa8fPDZSauOhjD+8sZmI8cGaJ8vD5kTc5benFQ9g9Za5wPheOhCrKd6lEdsSuLK85/C29kjUFXRWD9aRF2bf6yGtZDRbSRsRlcklu86fa5M07L4A2Q2xyvs772nCh0a4QqfuQE9RXT36CmsEsylY5hJRKhGjpbQM3ObC4g8a94+rcrrqhefwR5Ogc9uT4PSzVg9pZWch7Vm4iFDSuBjy4CxTwz7BaWgwc1Vyg3NPl4z7EzrHGEJBHs/qTmRQI72v+pgI+Z6S0eWDpWJ9JGys2zm/SrdG90XfcqddzpbDS4mDt44yjLqLa08R9YF8tJ6rZGUyPy+pbgaiVXKim2GG1r3+/g57UwrIhXWHRQH9E4Y2X1/pLHQGvedS6ZZB/JinBDe3IzgRSCygp6P8UTt/0cUEpSyGFVr3xEjmPROF74L7Iufbc02YmvXaXw1YZqujuuvg0tBgPsGz0bcQ7j+WzKgmmQcF+Y0xH8bllOnPu/9ScH9JRnfx/dObD/3xYdWfM6bv7Yvqtv7IglN8brrKx8CPa+kupWT+e2NoGwppvfmwc8ajes79PS0+IVGmYRacTghcpgyhvga4jWnlD/obw2IK889PSW5IJvHD3pP44vP6zO/Do9uJWrd2Omtc222YHOB1WkYplvhlFAmGM1KJviNYE/GXs7v2f1mLZ8CmK+4sLljtfaBqdO8Xt0A4SNuU3BxXtE6kwqjr3eRQRhoSuhPkbGFiTfOSZhUe5deglugXHcj5uiCwd2DNMu+GJF6RLhId3HQUzgq4gP+qqK21tbpWJBOSmYEN5mC/1RIZI+NpbO2X9v/hEI+cl8Wr7/WNwWP0Hvo/jcqzg/22lmtzsbJ8sab4jzC9oOS8ZHxG0N3e213Q9rN8rOQO9r4NLKKKa6k6QnrwzWudkrMuEbdKrcZTydKYbMGGRHdgetVkndi3qHsHv8dx6ItKfGwFX2KHckmtZNccRxEtXZvHxvY6qc+b2D0N5JjVeTSCeXi0idPDwk6NEB3/Sstg8UvLEDaEujlRWCpy387+uO0e/pRDpSiIZe60TpfCPieppj16lM4y6v4pYiI9c4e4KYhmzByBX1I/Wn01BgioJjQqgP9jofcmz7DcwgfKUjDBNGD/vMm18ALdk7OJ/Gd88UE4Pyz84qxD1HggrLvA7TYpg6ebnQ1MqoRLlEvVMamE82ORAsUR39RlXnmeCn3TZfC8NUP21RZK/7UXRk0upD8WlgHqmUVOjr/RzktQOY3Pm/uBZMDW4XEvhsJe5Ihww4J6on3wTFpOuydzdl1VJrqRjIVOlm/4ENX4B2o66q8otu8m4ruLNlUK94kEieXbsqOrsNrqLoTqzHSsRStvyU9Ga67Ikp2SEgDJiws7y7vjFwbaerdENxdAu27OCb2q3J2HkFnlFQUdEGoKQsy26qnCVPpXjy0jEkqCRqmfZGVU8+n4LbP5q5bcIpiTR71+KXAkd/nf91a8kyt+eFk27xnGdur7i1q2VTzbTutXA2ugdxTl+q7xI2sLkiLm7cSFiJVZnrna7exFjjarX+mbU3X99wK0iBS06xgCy9sRgajS/LUD4aoZoSafwr1S1qJSB3yjRJnVX0nwRjNt50ulk4Qt5sp/hdstVgxApHBvjrjluJ+936ZSuWsPUM1My7ImH6cHrZfQp6dGE6QAIH4veHPIJMxegsgoDIxmANSOO1aQ+i1/9qL6Mg8vgACJcsprNHn5HrTLuf/SOqBAK0+8hoHXtyah/qi/h0nIEPbiNvSw5jK4JJ/J1/QtfcrZDUMxXaA/5u3Guw1yeRw9UJGUfXSIz1+p+CqRzpdjTKR1fM5IteHbaZu6GuE+vq+GyRsCmyLaUkTCaGGZzq1b6PuiwkGrkGfV8sO5P0KZcuL6pRkJa7pgxZca1GfJn4fN3A9gywXpuLa9IMnBu4fpAFQTOD5HI2ck7Wg7sqrpIwEpC+OGDHbANpQhZa8Kcrag+c6bqI+TcES5aT5bjQ7kCPjCwpJzuIyV5wQOsjASHQu2ubk7SPN3vZDCSG9eK/LGsSioShrw1ey08xoLNrauOB4yUt0gbAso4rDhjcNj2sYlX1OKlCMHWY0OrThafkicVzforHnsSK+wUdjG8J1agy1EIhiYJxvb3GWO+GxFMeT4axUPv/jwCIr/WBtky56OG8Xa0u42LYusPy8iPX5GcuJ3kYeqhPit1w+7aswd2A5b6rqU6lK7zIbptMKfEkfpmKXpOaUn6n+oJGKzR9eYIz8OZIiOseSf0q06oBkNf+yOiT4V+e7uo4OsJAQwaM9TGSuOWreq6oyk1y0FPELDqF+2MTFlVSWwzU15BssS9JI3Eb8+X1UXjoDQC+S+i9i74tZuDrcqnbGgxA6drq7OaluLCtJkdQTeyHVSRFpagkXyLo0GvpKFFfsSZ9Xw8OLW7j0YxLZ7c+2ca2CFltZNRlVMHnWkWtAoxIa4JjxM4Zeq32WSTXEEM/WoZjBLn9k91at/e9DG4j+ZKUD+jgOoRuWWX5qEeNuPvzPQvXIEUpjefPfApVbSc+9ARG2PhWY+lq2amCd2Y6iVqEqkeRMA591ZwX6xU3wSu1JdDVgYwGBVr3HenWgb1+mmtBBuHvC4qg0Hq2IhcSaS6HDKBBOWs8rRyFW7aQ2wtiIN/cWXe2A9BTsrKsQQXORqUHy3fZq4jOMEW5p6irmOQrKtko5g83ccxvFAGe1nstMeWTeyOPBVozcukV/oAd+IZi/F3kZsa8bivLo7MWGLFaA9O0usIyN3G2ypin05rhoIDQpel+yrVSLHU+3cx9khSpCMNb3nlnV1XFQU6hyIVC7ad0HWUH7SknNpmSQkqum50NXRC+Xdh3fQw78trdRk6ERLxk5elbRKYtqXPOyEPhEL7zvxWr1h3frQvUsnpo7VzeqKrbHsupQ5Ra0esc/ySoGl7RjeZ/T8Q0sss86B185wh5TP6oAx/BRe919Coo0CTal5gyWhPjuaNfX30sowQ6ATWORuCQ3KAIPytYf9/FOIGG6dyotIfuCRt9F0nn40Vc9kol532p1YdiUGEsaegSoD/ko2lVHF7tOuh5b3BSL1g73dgzpSO3VEzRS+mkM1eXKWapLEJ4qSlQCabcGUghcPPAW3dbEs97qAAMnxOWPdEovGJFPue9p0UKAdlwReyusW/PbT6hoRkmQI5byF9bymHLv0iKVhlbZ9Sh7s5jJs0OPpMSsHXR2Sju6Sk9CfQ2IuMv86SbSkNjKqd7jDh9T6uf6+CVvhTcS+lJXmtKmJeWi+LkzZrLA693wdkBEK9ksBN50PD9hcCTXcJLSVjPOewYSEUxMOtEtCEy7hum+wBvKlZSjLiFBvCcy8jNRFLkS3hz/5/qokywv/669J1zkVpWmP977V7b3O/ubbHE2IWg5Ec7WXpbQ2QV9wiTEwlfiICmgx/M5hhBF3zKs+fLo2Kw3C/bxCeuXVlL/WTTTaA3jsShiA4b+2bdt2m7m2bds4Rm3btm3btm3byOw2/N7HTgZiP9Pf8da1KPj5tyyGCiNH7pya2pdDrRLl7F8UezG9Iek9iX/0xq27uNS+F5n9SKioJyX+DYLv67o+s6k3PYL+4LVbVdRhThf/5DvWobi/LG4e8TdPMtupRwf1DZTDGpBXdg2w0UQDisLRDCgLxymgSjJoiXBAnbjeqgM0iUt+H9AGWXTknjt0gVO6vBKQRw6Zyr9uAorAeUIbACidTHqi6NlSQOW48RY81I5bdcneB9AY2QzW+9KLBYDWMKJ1Ur6cA3SGQV/VIuYJyC2XRINmeWwOoFASjMTNzxfbJKBUrGUXerkmV0ClWN+kN6zdywDUQorJ+oFQkeLQMKARTO/0P3TvOToBWsHM/5DVSvCnFEAnJOtUYjbaO8Vq+4B6RNvzE1+//bH9rZsTRLxLEv5MuLUpl/S+kldb563tWfyP75lY2VBJLLCVGA4xecVQ/dbkGz/Sd7TstlAdHyhr8zzx6M9zql+PKPhLLTmjIYJC6W2GudcMeUWMGihW/q1RbLrugyn7Q4p1mz7j+c00kI0vFJN4ap4nwNTysDOoGps76lXpsZfKRGsrtrH7HSX3nTkK3gq5E0jS+jl+Pp21t2bjrfjLSUe/PyJ0obAg6vmmyBpp5rSuzyuNurqLe7Z8SS+0xnySwUDHoNSYVnRDItLilR2Rpmcbs4sCF27czdAR/vufn60+7NR94nXjWDmwnXfbmxe1rfo8D8DaVd06duIP7ciYb7QMpgGkM4yk2Qaen6RNiLCQcQfQb5fdV3x+MOBZTgYPlSwA9PQaxRA67yuxcJZMe9RRRvDz2gBAEV923Qw8D80k8yt22IgAyGr7aQqIpVMA7u+2kw6rAHpFegQN6o5ogOmrpDjS1YDY1phFkKRyQfBx62Zjo4VQR4Z/K9qmR1FsTqZAPAynJNlnX7aQkJllB+LPUEvP0G3PQffjtPT/n0TtgRKPgYKkIYl6DvH4v8eVaCLX8iGjDWorGVIt9685uwLrjG/qy5BEdp+m+PSbCGrDJXAL5f601VNH0DbyAkUimhcmJ0+fkGWULEJi1wHWqoCd7/Aix/V+ubfSOk1Ci9XghCut6/iy3qdlh4ng0neFDDM7TJObL+uIn/RVzGPVps//SR94wvsla8dxa788ipDDfxwnFvN670U5Tkbvi1Y62s9x2O2XrLXL4/CLdZfsyNBDjk7pvRejvhzt7lI9J/vE1DGiY+3dS+5jqKqnTPgc+yRfRV6Uau90PqnK6I825DnuttZ1uUQrEo5T/eKzRF3IqWRM0+cWtpZxqLzbYEo6Heq+D+SQzTH+RulVibzdiKSkrhMdtUG+vZhjq6trFKvNTZpYZOLRLe1+PJaWxuyKoHBgt36NojxUz+UdHvyorciMOGXesMtLKUNfpSU7Etn6r4b+Fd2+nvMTtw7vSavH/C0Uvy2KN0N4bDJpNW6W+Xs52S65rARUlgd/w8JJ+/fah49659cG6XvJXnQz3P3a6LSZrPCGo3HtPbsooGm8ESMiwNesqAzOaA3qMgjEK9arKrAN2NKQAcOQpD8K9dtlqxqOCMeD+uB52sZnJnlSP1ahscq4pDhZGJG4AXBXJs+rCV795s2Gb161JgJM7XhhC8ZaXrCAtAVbMViBT1TWOY538XXcoCHHsT2uYWNpTMhx1W2TE8npOB7NGTq8A186zkpJeFj7I8dlQKBIqwR75MDOLUsXnXacPyhkDetimh1xQvkdXcSUg08yvdClOwBlDZN3ZXT1eWTjfuxEj8ogX+i7ar9omcseTs8Ti5l+6HbiakXvwr9+piHD2O0/nqIUm8UWq7PvHhDq807pz8Xl7IA77krQlRJKcljR8aG7HyhhyqldRLuX3I6uRW6KKiZy+TwUdRXqvZMyGtcJLfVY5xumLGlNklacX3AmJjxZLuGiz3fD4LZsg3cMsC+Lb3qZi8NV9JjkR2SVD5z7bQvsPzeatZjfjqxevYlBvSRH5w/FAON+l7JXtizskeztWOFT9sCbXj3f7eM3Z7ZnKS9s9JlYIVuGi3TuggDS4Hm9h3HArunxZ64RqqOABlnY7OmNcBpk7gHalZTMIEhvDuiyWIaQ/jRBiN3cfxSNBQkx3u6nND6CUaoV1J9Z8EZLvZbq0cHN4uXUGskHcKwYnmyeMiOZwK0PhbDdBMZrz+IDRf9rvzCZU6YcFYa3RoPbhBb/Ru98f+jPY5pnZRhkEuZuX4wVrk/xgX7AYD+PfstPSXfvmpmjbaKd8DgPM16+4xxVqwGADAnLxSwH07/1rVxjKhYCoE/L/fb3yMcvc9lzftpNAcQRn576mt3c/ednKB1RoQE11kbGuAEVVP3hgbJlpQlCwovY9yZCGql8WiIfXwdGaVlX55pYabDpjXh1MzeJl8MvLaHBroMcZLHWUgCEa320e3gJ8pqkI71djGfAMmPOUE3rRZfgRjaWurdA+P/7AaUgZhe9mNjDO6nlULb/ekLOqD9d7L7OtIoTH+Wj34zpgMlHupM3AbE2bDNvxhfwI+G72ai4hEFdREcAC7gd7GzZKhDT5uWRdBVZwA2mkhPkxxrqQ5Av22itN5jIh3cY3Xmh5FS0+xHDmEW+uimUXlTYyR1q4XrW8/7WbSn0Hbs0J55S4owMZlhfpuSZGOTpAbFF5xqwj38u989dwF5dZEIdF6Eh3HMf+vRDdXB2un5Jcq4ElYmoUxx5SkkGamne2w7aRfqrkmhjF53bhwQD1pKSUNf41rZCPF2E0qlFwsWbW5KGW4ayqUW6kiOKCzK3gvI2aPKnHhTXaHesbI7/ZCOvRALv0SbZDEOV1wcyHx927WphNYO4B+hJveZEf+em06jFuQKkpglinGwgFl+hkAgTN2gDzQ+MesOHqNs2ZFrlayIhIoCJlyzaVElJwv2w3gZrqSqgbL23EKqb2/I9XZbIxVM1yMes5ZSUgpJvjPS7OreoQvr5Fx+6OSN3y9d4tYRyqWmc+25TFAR2Kv8N1+IlzxOEw7pKaBmFE/X+0Yxb78IYZfRpXcJfZliyfgI4mdV5L7+YYXrZ+z93L+8Dhv9KWPvuvvrYz/oPVfuqhGe/XS66qu44z4P5Uyq6lbKgl/pctCqVg2Hye3RalN3fiD05dGF1uuT57poRcfmUF+uMR9G5EulduKoBVs03eu4SuMwitKuROrMKwVXgYqyqF+Z/K6EWtglgTTFrmHtXlJ3fX3ZJnOMLuKD9hX5a7X3C6/vprUGOB3OEvhOPWBQcs+Z6ZBnSsciPJa7Ysm5Z41+gmb2fRt67867Zjl/Kb+47BIDWI+yKVFgNSLl73iXpSgUgzCynrWquEJqnGlavpJ0GKP/3ENkE2pSAUaErG4YiBHn/mqqHQghd8NJE+5AoK0VXv0GVqVNKdKwHFjo18nUWLS+S+tPoXJGXiZuIQrcJLnxdm3yEEdq6/jVhlWkljDnbNMKbpZWQaX6DufpDLu8HEsKyAs+79ANe5Gf5lH31REu5r2GB9XjCuu7gGx3cMhaepxu6oTIXc2kq2WJkk7+bhZGiKMr+3M8DdY97fXivAuc1y7L8PtTDRFJz2lyrrWGwAb/vnadk+moTiAg6Fhl6HMKua8XQ/bhFGKqKCFufmKNymsb2RT0nV55UrYqZYz+mhyA8mkuGePbiVKw2fzzPj6koy8Ddpxa0G2pXhJ8Lw/PT8v3w1VEcoaJEbWVD51l4xLeeliWzsaTlSmSfFGFwlrVlRrzuH94Nn109h1l5DPwi/1fr6qdV0Qa1DKnYy4fddf8Wk/KI1UIk8acJzr7pVFO/3Lcv64pTbe0RDIEuJCoo79Pl+qVtqMhoFo8QnVYaeXWkj7yHRGl9AW75VUTsYNeSjbOsqZXD3IHJN2pVJzmN93DgFxR79FPiu4VilbhDuJpGjI7szHh0bZWTu7qmVGZBWK+yJwCX0ch6OGpp0Om/US7bnjHA/AV7mQbiQSLyF/P8iAMf+L3j7B9EWtKq7t0vPKvDJnatHOgn1fGGVWrVOwvWdLDT2CPicYpWdHViZQXHhUlOhGdWLYf2bNESu77GOKfbYWUBrPgotMeF12lu+AbRUrq+Adc2M+GcsyYCRVukgnM0F2FGAsDshGCwQhZyTaOQAV351wLwJ6V4XNObziDM9EG0940D7DHOljPIQgIp/3FSoXVxBGd+QT4gvWmheZ+G04TpxmIAD9FNaCzECVjHaAjmo3h7wFJFYYI3NQwu+YKK38xWmnCny3yxQqHHvJuRtgtAdmCmiP7bXZOJ+avCNaQO0JP4z2r+UjX46/dW80NNEsS49oMF3lMhe/NaFphKcIt6M3pyw9ao6Vmw8Ru+XEwuWcAYT3QME2RwHO6i7XPfeW/w3mIR54s+xtHUhZSoK6xFVsvdiuEuzjcGSqe5kjYX1ys+lW2ZusHFhxwR6DcE3cy2jfrIoBSZ29SxCpGiIgpAkpicHchZfxJKXk21S6sM0La+AyU6MB+X3LWg4h3WD4RkrkQuJH5z3qlxpI3S5YnS/uzqXK1dEFYUjg2xR18shz6oJXQYdZRrmfFQ3Rl39yhOEi/RL8k84/+WUopvqprZcGu9gnv7C9y/POesC1UBEE3GbGNa+g7T7wsh2E6qAVTg90c8eFzp43WnFIdxCoE07PqsZZaz41xT0dmoDU2hQac5GH98oBw0qEUQ01CgCRIRSN4eTeSRIIkr6oMyBEarCu1Kk2BdtmhrtuSkP4UXVk2oHfi59ONCBuQdzo5mnatgEiU283jO6YOu0oAZYEJrfCvXwTAXQuQkWgehH/gShlv2TLL8nFIdrjBJySe2l2fyM+DePESnpNl8m/uxo30B70CYFqWK6AYILkGdTobuYJUoH45OraIIinmRxOInKrm68qbxoljLiuzXtfXbsXRnaa8QrmUXv9bzppGZKe+o4KFtyqw/3W7MsBD2v/Mq01gKCf0XjpSK/9yU8++w9QfvTEv83dmcth8KPfiVjvlkFRCvvUoPRKSnTEx2u/E3vhrUGm2dE1WN0V/fU+rtxW0hiWHIhCxV+OKba3SStJvktPU8/TJ3arbbgoYRt6HCHSIzjLw/FQWkkiPo1eRKM6XqP6+rDy2DpjsWsQWPDkCn8odNyyn4I5DKWx3HshIQUe/pID509iw0vbLkeN8WVCVrJKlNkRqcQLbvjquLjlT3wraJ0Bogw9Cjq3KWrrEptXMkrISh6PPEjFYPPNoedKKQLdflyXEY+xeWiWWIkohlenymL36N3vmd++t+qrfq/pgbkLvdMVZ4hfqmHtVlpT5/InQqVd41a5NcKDOFXyeHj5WIOtVWA0a4c/J/pjfxaPO6KomKLIRXphDvH9CFLUOwaXUrLZuy9mdq9ROCc/wpDmIpO5xCX/QBxfKYoo97tJG680mDE3dxQnYvP8tzmiE2qXAcJNfUDdNT+w7+EAGqg9OMI+0GpehjFF3JnqpASjIEODb0SM7ifFm0e8bV0Nw+BcZDsdqBG9xvoRr4CgWUjoa3lN0oMZHp5aQQmyaDHBm08nzKcn31Yx/O1MHwo2MfYS8c/c/c8jynAUry7Iw8Zzk7Y7wByheGCEFulxPYheADBb7Vgrydp0rRSb0YTqfYRIYtS6IrhVGdRZzsniHRDtbn+N1FO/NSgqvhkwO1QsnlkLvKFwqw52IW2rhDYpM7H3VqPZ0MnKH7mxDn1Dp4CmcSxQzihwFFfWFqkMUki2aAK/sn2ulBltz5hLT27S2AYPb5sVFk0rtTOKbhc2k5oPhzeF6yfmNVNOMHjejhI2R7SAvbX168agHcSbBi2iw9mhrOkfd1a8UBU1zc+xB4zEChQXa6KWMb4bO5iZ0Ky3/IBOmpKfQ7YtkgKKxEzb2f+kVjVDPxyroPKTLXlUCtR3kXfKnA1r7UqVl/hl1IzMyrju1JcIzuSRQwH6h0Wv+/VvJoXIwvalwZ/CbSETH/b+wug3O3XcLZj11Yg6t+/8VT/THIJfUy0PN0LqRVXn+3qHw+um+yP8QwEjrN6zVf5dIbziiFz6d6XktEgLOBW89j0YB5ZsNRGTZeVaAfYjLDvAXh10A0pp/DtWrIp/r+8ytH2Y1QwY+HNGOF+lG5/vD2mE+x0ti51ABek5zTM59Wmr/RbgdP6AmBNbjDyABH7IAvhgrIYmJM4UKm9PrAWCdhuyfNvX29z8zp55iceJe4HNU4gCzdrANA5CG/w1a95mMKR+B4FJgEUF3q7nSsbOD8zFgYywzfAlJ6UpXI60MMHoA3D/3PloPmGKe6uuZUjyVgBdP9g3wkIN9Q6WkgKvMuuMZHftLNFnSL0pFBVPpXHTPcTB1HgRxRLke2Uun4reQ/E+DlmKFj5fnY46Yjd9ndDxhYj/9EXi+cZ45Iduqn6gkPVwADAACDBCAAkQVgAF0ToAASFyAfDCBgH+8sYCsqMOArb6agLAKoIC0e+yAuAP5gNp7/oDb9ASE3AQphNyQNITirDqE5LxghOvMeIUtANKFTHmHhVPBqYVVPb+FVnbxhVgDPYVdl0aFXANohWADgoVmu4iFb7OThXNDoYV0gAO5e8IXdA5gcSxAA4J6Z2LaTs2OcFs+xbeNsX2zbtm3b5sZnRcfvBm+mpuve7jxFnX8xuzvBdFdV1zGxSjcAgrVrlwrvioqxlsxU+BSMtV25hSYw1lpV5hPA7rT2yZHPAGMt0s98Nhhrg4bxPBhrdSL5YpJirJ1ZzpcDYy3LIb4auA2tLbnD1wNjrUcS3wyMtRdEcARn01qIukJLcCKtTWgluIPn01qBroIRjLn7CUJHMObSpwk9wctpbnujMBA8leaaTwsjwbk09/tMmAjGXOwXIQiMudEyYhQYc5VW4lRwD5o79BLngjGX119cCsbcWpC4FryA5roWiFvBmHvaJe4FP6C5oKviUTDmZt6LZ8GYKykQr4L30txFNekuuATNJThLT8FPaGz/N8kErkBj7SOkBHA6jX3HSBnguzQWvUrKBjvS2PARiZeI7rpJiZd6r70vFSO6pwqyKyrB1xSpHFG/qSFSjlSziFo2IPXAGEVsS5qB/WhUrwdxBGOUbRJpCcao10ziDsYo1GZiBGNU6BzpCMYozUvSE4xRk+9kIBijGOWZkeA0GlWwYSaCf6erfD0TBJ5GV90DmSgwroJDmalgXJUuZuaCcZW4l1kKPkJXbTeYtWBcRX1ktoJxVcMze8ED6SqjBnsUjLN+N/YsGGfhHdmrYJwVj2bvgt/TWWo8+xSMs8Y1rAmMs7jjbAIYZ1UP2QxwJTrLSWezwTjrKMHxYJwFNOKKMYrt6FW5A1cOjFfJXlw1MF61/Lh6YLyKzOGagZ3o/+rbOEcw/i97kWsJ1p2cu3ZdzRZPX3Pu4F11Px9d/Kb2+hzOCH4V+v60z4Xl6RWLdQT/wyZsZ7l9TJCym/tjKbWRjgk2uv7HY90b2bo1cndv1NrNDp/zlj4H/U7jaLpzCN2CJaSymVvLLm3miRrvIv/xnsb5BOMGfHz87v94vN9E9eH42D30sej95H8+vwMexOxEmD3/gOZ4ZRjLz1qesfxs3uB/fz1neUu40ihvSGDwcFv6ce2UPdGBcqtGW7ui4+zD9/1/x5E7B9nCJ7A4TNFx9tLjHCqnNl4ry1i6nMblNQ6Q3czMobJdzDxVdhUzj5Zd3swdZTcxc0XN8StoHEIsHapxmMaRGl+mjQ7QhcTy/bCa9xuheX44NUN35Y2kzTMq2UDTDGiYISfuoFGG0iTjku/36U0JIfFf9k4boJvklFWMEKbh+AsjM9v6ZK7Y8Tq7wCuV61KLMJ7LnEuves8JbatXdEkIapqR8+BJKVOxq68P3jtbO7bFds66YWpnlhAmynnlgBlPzgdsePVyhkv1Kte7vpvg5/P7g4ovlz3z8T9sfXD09X3NWlev3/+J3r1CT2nExcBed2t+KRj13fZsr7wbpjhTpk/2/S+mIXk9ipNg+a+Ok1+Ar7JxcGQjtQvruEDlr1Kwj9ruDruqyXcGBIyCZurY3Edp8hbkGzRsotxDa+SoAO/S6vkZyFn+e/jCEmJt5s8a36V2dtb2GW3mrY791NF7gTrOvKKO4/NhjJvqrFPGh1VGwDj1xQoYR927p4yNhmxk9Wp7kjbKuHlpnUl6JWG41nWzPC5scPXsc3lsaZ0zoZyBxH1oE35FZyAbX07r0zLEQG52HjPp0h4D8Vg0NKHvR4P33GNh9Q9UN3b98ul5Qp0/jIufdSrx4GuckegWZsoX/1mMa9hf/U10eoPxp5+LGqSTKRXVrosxZdUPjJ4hu448dh812qA08Bw2UemEpnwNA6WVU3hRN0rt/Xj7hxaVyCf5Z0IL6MgGP0sS3fYs+R3VwXOZDyPMiB4+MKQLHT2J7k4WzF64k5+8iO6hAqYn0ZngN8X+BA==";

  // fflate's inflateSync, assigned to inflate.
  var inflate;
  (() => {
  // node_modules/fflate/esm/browser.js
  var u8 = Uint8Array;
  var u16 = Uint16Array;
  var i32 = Int32Array;
  var fleb = new u8([
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    1,
    1,
    1,
    1,
    2,
    2,
    2,
    2,
    3,
    3,
    3,
    3,
    4,
    4,
    4,
    4,
    5,
    5,
    5,
    5,
    0,
    /* unused */
    0,
    0,
    /* impossible */
    0
  ]);
  var fdeb = new u8([
    0,
    0,
    0,
    0,
    1,
    1,
    2,
    2,
    3,
    3,
    4,
    4,
    5,
    5,
    6,
    6,
    7,
    7,
    8,
    8,
    9,
    9,
    10,
    10,
    11,
    11,
    12,
    12,
    13,
    13,
    /* unused */
    0,
    0
  ]);
  var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
  var freb = function(eb, start) {
    var b = new u16(31);
    for (var i2 = 0; i2 < 31; ++i2) {
      b[i2] = start += 1 << eb[i2 - 1];
    }
    var r = new i32(b[30]);
    for (var i2 = 1; i2 < 30; ++i2) {
      for (var j = b[i2]; j < b[i2 + 1]; ++j) {
        r[j] = j - b[i2] << 5 | i2;
      }
    }
    return { b, r };
  };
  var _a = freb(fleb, 2);
  var fl = _a.b;
  var revfl = _a.r;
  fl[28] = 258, revfl[258] = 28;
  var _b = freb(fdeb, 0);
  var fd = _b.b;
  var revfd = _b.r;
  var rev = new u16(32768);
  for (i = 0; i < 32768; ++i) {
    x = (i & 43690) >> 1 | (i & 21845) << 1;
    x = (x & 52428) >> 2 | (x & 13107) << 2;
    x = (x & 61680) >> 4 | (x & 3855) << 4;
    rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
  }
  var x;
  var i;
  var hMap = (function(cd, mb, r) {
    var s = cd.length;
    var i2 = 0;
    var l = new u16(mb);
    for (; i2 < s; ++i2) {
      if (cd[i2])
        ++l[cd[i2] - 1];
    }
    var le = new u16(mb);
    for (i2 = 1; i2 < mb; ++i2) {
      le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
    }
    var co;
    if (r) {
      co = new u16(1 << mb);
      var rvb = 15 - mb;
      for (i2 = 0; i2 < s; ++i2) {
        if (cd[i2]) {
          var sv = i2 << 4 | cd[i2];
          var r_1 = mb - cd[i2];
          var v = le[cd[i2] - 1]++ << r_1;
          for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
            co[rev[v] >> rvb] = sv;
          }
        }
      }
    } else {
      co = new u16(s);
      for (i2 = 0; i2 < s; ++i2) {
        if (cd[i2]) {
          co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
        }
      }
    }
    return co;
  });
  var flt = new u8(288);
  for (i = 0; i < 144; ++i)
    flt[i] = 8;
  var i;
  for (i = 144; i < 256; ++i)
    flt[i] = 9;
  var i;
  for (i = 256; i < 280; ++i)
    flt[i] = 7;
  var i;
  for (i = 280; i < 288; ++i)
    flt[i] = 8;
  var i;
  var fdt = new u8(32);
  for (i = 0; i < 32; ++i)
    fdt[i] = 5;
  var i;
  var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
  var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
  var max = function(a) {
    var m = a[0];
    for (var i2 = 1; i2 < a.length; ++i2) {
      if (a[i2] > m)
        m = a[i2];
    }
    return m;
  };
  var bits = function(d, p, m) {
    var o = p / 8 | 0;
    return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
  };
  var bits16 = function(d, p) {
    var o = p / 8 | 0;
    return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
  };
  var shft = function(p) {
    return (p + 7) / 8 | 0;
  };
  var slc = function(v, s, e) {
    if (s == null || s < 0)
      s = 0;
    if (e == null || e > v.length)
      e = v.length;
    return new u8(v.subarray(s, e));
  };
  var ec = [
    "unexpected EOF",
    "invalid block type",
    "invalid length/literal",
    "invalid distance",
    "stream finished",
    "no stream handler",
    ,
    // determined by compression function
    "no callback",
    "invalid UTF-8 data",
    "extra field too long",
    "date not in range 1980-2099",
    "filename too long",
    "stream finishing",
    "invalid zip data"
    // determined by unknown compression method
  ];
  var err = function(ind, msg, nt) {
    var e = new Error(msg || ec[ind]);
    e.code = ind;
    if (Error.captureStackTrace)
      Error.captureStackTrace(e, err);
    if (!nt)
      throw e;
    return e;
  };
  var inflt = function(dat, st, buf, dict) {
    var sl = dat.length, dl = dict ? dict.length : 0;
    if (!sl || st.f && !st.l)
      return buf || new u8(0);
    var noBuf = !buf;
    var resize = noBuf || st.i != 2;
    var noSt = st.i;
    if (noBuf)
      buf = new u8(sl * 3);
    var cbuf = function(l2) {
      var bl = buf.length;
      if (l2 > bl) {
        var nbuf = new u8(Math.max(bl * 2, l2));
        nbuf.set(buf);
        buf = nbuf;
      }
    };
    var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
    var tbts = sl * 8;
    do {
      if (!lm) {
        final = bits(dat, pos, 1);
        var type = bits(dat, pos + 1, 3);
        pos += 3;
        if (!type) {
          var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
          if (t > sl) {
            if (noSt)
              err(0);
            break;
          }
          if (resize)
            cbuf(bt + l);
          buf.set(dat.subarray(s, t), bt);
          st.b = bt += l, st.p = pos = t * 8, st.f = final;
          continue;
        } else if (type == 1)
          lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
        else if (type == 2) {
          var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
          var tl = hLit + bits(dat, pos + 5, 31) + 1;
          pos += 14;
          var ldt = new u8(tl);
          var clt = new u8(19);
          for (var i2 = 0; i2 < hcLen; ++i2) {
            clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
          }
          pos += hcLen * 3;
          var clb = max(clt), clbmsk = (1 << clb) - 1;
          var clm = hMap(clt, clb, 1);
          for (var i2 = 0; i2 < tl; ) {
            var r = clm[bits(dat, pos, clbmsk)];
            pos += r & 15;
            var s = r >> 4;
            if (s < 16) {
              ldt[i2++] = s;
            } else {
              var c = 0, n = 0;
              if (s == 16)
                n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
              else if (s == 17)
                n = 3 + bits(dat, pos, 7), pos += 3;
              else if (s == 18)
                n = 11 + bits(dat, pos, 127), pos += 7;
              while (n--)
                ldt[i2++] = c;
            }
          }
          var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
          lbt = max(lt);
          dbt = max(dt);
          lm = hMap(lt, lbt, 1);
          dm = hMap(dt, dbt, 1);
        } else
          err(1);
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
      }
      if (resize)
        cbuf(bt + 131072);
      var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
      var lpos = pos;
      for (; ; lpos = pos) {
        var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
        pos += c & 15;
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (!c)
          err(2);
        if (sym < 256)
          buf[bt++] = sym;
        else if (sym == 256) {
          lpos = pos, lm = null;
          break;
        } else {
          var add = sym - 254;
          if (sym > 264) {
            var i2 = sym - 257, b = fleb[i2];
            add = bits(dat, pos, (1 << b) - 1) + fl[i2];
            pos += b;
          }
          var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
          if (!d)
            err(3);
          pos += d & 15;
          var dt = fd[dsym];
          if (dsym > 3) {
            var b = fdeb[dsym];
            dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
          }
          if (pos > tbts) {
            if (noSt)
              err(0);
            break;
          }
          if (resize)
            cbuf(bt + 131072);
          var end = bt + add;
          if (bt < dt) {
            var shift = dl - dt, dend = Math.min(dt, end);
            if (shift + bt < 0)
              err(3);
            for (; bt < dend; ++bt)
              buf[bt] = dict[shift + bt];
          }
          for (; bt < end; ++bt)
            buf[bt] = buf[bt - dt];
        }
      }
      st.l = lm, st.p = lpos, st.b = bt, st.f = final;
      if (lm)
        final = 1, st.m = lbt, st.d = dm, st.n = dbt;
    } while (!final);
    return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
  };
  var et = /* @__PURE__ */ new u8(0);
  function inflateSync(data, opts) {
    return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
  }
  var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
  var tds = 0;
  try {
    td.decode(et, { stream: true });
    tds = 1;
  } catch (e) {
  }

  // inflate-entry.js
  inflate = inflateSync;
})();

  function decodeBase64(text) {
    if (typeof Buffer === "function") {
      return new Uint8Array(Buffer.from(text, "base64"));
    }
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  var loaded = false;
  var memory = null; // the wasm instance's memory, for views such as Deck's scratch card
  var loadError = null;
  var api = {};

  // Compile synchronously where the engine allows it (Chromium, Firefox, Node), so the page can
  // paint in the same task; otherwise fall back to the asynchronous compile. Either way
  // IndexCards.ready settles once the functions can be called.
  var ready = (function () {
    var bytes = inflate(decodeBase64(WASM_DEFLATED), { out: new Uint8Array(WASM_BYTES) });
    try {
      memory = wasm_bindgen.initSync({ module: bytes }).memory;
      loaded = true;
      return Promise.resolve(api);
    } catch (syncError) {
      return wasm_bindgen({ module_or_path: bytes }).then(
        function (exports) { memory = exports.memory; loaded = true; return api; },
        function (error) { loadError = error; throw error; }
      );
    }
  })();

  // The fast input path: a series whose dates are all 10-character ASCII strings and whose
  // closes are all numbers crosses into wasm as one joined string and one Float64Array,
  // instead of one value at a time. Anything else goes as given, so the core's messages about
  // it stay exact (src/bindings.rs, PACKED_DATES).
  var SERIES_FIRST = { summarize: true, compare: true, paths: true, view: true };
  var ASCII = /^[\x00-\x7f]*$/;
  function packSeries(list) {
    if (!Array.isArray(list)) return list;
    return list.map(function (s) {
      if (!s || typeof s !== "object" || !Array.isArray(s.dates) || !Array.isArray(s.closes)) return s;
      var dates = s.dates, closes = s.closes, n = dates.length, i;
      if (closes.length !== n || n === 0) return s;
      for (i = 0; i < n; i++) if (typeof dates[i] !== "string" || dates[i].length !== 10) return s;
      for (i = 0; i < n; i++) if (typeof closes[i] !== "number") return s;
      var joined = dates.join("");
      if (!ASCII.test(joined)) return s;
      return { id: s.id, name: s.name, dates: joined, closes: new Float64Array(closes), __indexcardsPackedDates: true };
    });
  }

  function ensureLoaded() {
    if (!loaded) {
      throw new Error(loadError
        ? "IndexCards failed to load its WebAssembly: " + loadError.message
        : "IndexCards is still loading; await IndexCards.ready before calling it");
    }
  }

  function call(name) {
    return function () {
      ensureLoaded();
      if (SERIES_FIRST[name]) return wasm_bindgen[name](packSeries(arguments[0]), arguments[1]);
      return wasm_bindgen[name].apply(null, arguments);
    };
  }

  // new IndexCards.Deck(series): a thin JS class around the wasm Deck. Cards cross the
  // boundary as one Float64Array (the layout of pack_card in src/bindings.rs) and become plain
  // objects here, instead of one boundary call per field.
  var CARD_FIELDS = 20;
  function Deck(series) {
    if (!(this instanceof Deck)) throw new TypeError("IndexCards.Deck is a class: use new IndexCards.Deck(series)");
    ensureLoaded();
    this._inner = new wasm_bindgen.Deck(packSeries(series));
    this._ids = this._inner.ids;
    this._names = this._inner.names;
    this._index = new Map();
    for (var j = 0; j < this._ids.length; j++) this._index.set(this._ids[j], j);
    this._iso = new Map(); // day number → "YYYY-MM-DD", filled as cards need them
  }
  function deckDate(deck, day) {
    if (day !== day) return null; // NaN: no such base
    var text = deck._iso.get(day);
    if (text === undefined) { text = wasm_bindgen.isoDate(day); deck._iso.set(day, text); }
    return text;
  }
  function orNull(v) { return v !== v ? null : v; }
  function unpackCard(deck, p, o, k) {
    return {
      id: deck._ids[k], name: deck._names[k], date: deckDate(deck, p[o]), close: p[o + 1],
      d1: orNull(p[o + 2]), wtd: orNull(p[o + 3]), mtd: orNull(p[o + 4]), qtd: orNull(p[o + 5]), ytd: orNull(p[o + 6]), y1: orNull(p[o + 7]),
      ath: p[o + 8], athDate: deckDate(deck, p[o + 9]), fromAth: p[o + 10], high52: p[o + 11], low52: p[o + 12],
      firstDate: deckDate(deck, p[o + 13]),
      bases: {
        d1: deckDate(deck, p[o + 14]), wtd: deckDate(deck, p[o + 15]), mtd: deckDate(deck, p[o + 16]),
        qtd: deckDate(deck, p[o + 17]), ytd: deckDate(deck, p[o + 18]), y1: deckDate(deck, p[o + 19]),
      },
    };
  }
  /** Cards of every series at asOf (default: each one's last date). */
  Deck.prototype.cards = function (asOf) {
    var p = this._inner.cardsPacked(asOf);
    var out = new Array(this._ids.length);
    for (var k = 0; k < out.length; k++) out[k] = unpackCard(this, p, k * CARD_FIELDS, k);
    return out;
  };
  /** The card of one series at asOf (default: its last date). */
  function indexOf(deck, id) {
    var k = deck._index.get(id);
    if (k === undefined) throw new Error("no series " + JSON.stringify(String(id)).slice(0, 60) + " in this deck");
    return k;
  }
  Deck.prototype.card = function (id, asOf) {
    var k = indexOf(this, id);
    if (asOf !== undefined && asOf !== null && typeof asOf !== "number") {
      return unpackCard(this, this._inner.cardPackedAt(k, asOf), 0, k);
    }
    // The per-tick path: the card is written into a fixed scratch buffer in wasm memory and
    // read through a view (renewed when memory grows), so nothing is allocated.
    this._inner.cardIntoScratch(k, asOf === undefined || asOf === null ? NaN : asOf);
    if (!this._scratch || this._scratch.buffer !== memory.buffer) {
      this._scratch = new Float64Array(memory.buffer, this._inner.scratchPtr(), CARD_FIELDS);
    }
    return unpackCard(this, this._scratch, 0, k);
  };
  Deck.prototype.push = function (id, date, close) {
    var k = indexOf(this, id);
    if (typeof date === "number") this._inner.pushDay(k, date, close);
    else this._inner.pushAt(k, date, close);
  };
  Deck.prototype.compare = function (options) { return this._inner.compare(options); };
  Deck.prototype.paths = function (options) { return this._inner.paths(options); };
  Deck.prototype.view = function (options) { return this._inner.view(options); };
  Deck.prototype.dates = function () { return this._inner.dates(); };
  Deck.prototype.free = function () { if (this._inner) { this._inner.free(); this._inner = null; } };
  Object.defineProperty(Deck.prototype, "ids", { get: function () { return this._ids.slice(); } });

  api.ready = ready;
  api.summarize = call("summarize");
  api.compare = call("compare");
  api.paths = call("paths");
  api.view = call("view");
  api.parseCsv = call("parseCsv");
  api.formatPct = call("formatPct");
  api.formatLevel = call("formatLevel");
  api.round = call("round");
  api.memoryBytes = call("memoryBytes");
  api.parseDate = call("parseDate");
  api.version = call("version");
  api.Deck = Deck;
  Object.freeze(api);

  // ---- <index-cards> and <index-figure> (www/element.js, www/element.css) ----
// <index-cards> and <index-figure>: the custom elements the bundle defines. Built into
// www/indexcards.js by tools/bundle.js, inside the bundle's scope (IC is the IndexCards API,
// CSS the element stylesheet). DOM work only: every figure comes from the Rust core's view
// model, and is localized with Intl from numbers the core has already rounded. Text from data
// is always set with textContent, never as HTML.
/* exported defineIndexCardsElements */
function defineIndexCardsElements(IC, CSS) {
  "use strict";
  if (typeof window === "undefined" || typeof customElements === "undefined" || customElements.get("index-cards")) return;

  var SVG = "http://www.w3.org/2000/svg";
  var PERIODS = ["1W", "MTD", "QTD", "YTD", "1Y", "5Y", "MAX"];

  // ---- words: English and German; other languages get English words with local numbers ----
  var WORDS = {
    en: {
      periods: { "1W": "1W", WTD: "WTD", MTD: "MTD", QTD: "QTD", YTD: "YTD", "1Y": "1Y", "3Y": "3Y", "5Y": "5Y", MAX: "Max" },
      periodNames: { "1W": "One week", WTD: "Week to date", MTD: "Month to date", QTD: "Quarter to date", YTD: "Year to date", "1Y": "One year", "3Y": "Three years", "5Y": "Five years", MAX: "All data" },
      rows: { "1D": "1D", WTD: "WTD", MTD: "MTD", YTD: "YTD" },
      spokenRows: { "1D": "today", WTD: "this week", MTD: "this month", YTD: "this year", ATH: "from its closing high" },
      up: "up", down: "down", unchanged: "unchanged",
      closeOn: "Close on {date}",
      atHigh: "At its closing high · highest close since {since}",
      fromHigh: "from closing high {level} on {date} · highest since {since}",
      range52: "52-week range: {low} – {high}",
      rangeSince: "Range since {since}: {low} – {high}",
      asOf: "As of {date} · {period}",
      rebased: "{period}, rebased to 0% at the period's base close",
      ranked: "{period} return, ranked",
      smallVsLarge: "Small caps vs large caps: ",
      leads: "{small} leads {large} by {pp} pp ({period})",
      trails: "{small} trails {large} by {pp} pp ({period})",
      matches: "{small} matches {large} ({period})",
      band: "Small caps − large caps (pp)",
      smallMinusLarge: "Small − large: {pp} pp",
      vsReference: "({pp} pp vs {name})",
      play: "▶ Play", pause: "❚❚ Pause", latest: "Latest",
      periodGroup: "Period", asOfLabel: "As-of date", asOfTyped: "As-of date (type a date)",
      chartLabel: "Comparison chart", tableCaption: "{period} return and level of each index",
      index: "Index", ret: "Return", level: "Level",
      reported: "as reported",
      chartNote: "The chart draws daily closes; these are reported figures only, so it is not drawn.",
      noData: "no data on or before {date}; it starts {first}",
      srcFile: "This page was opened from a file (file://), and browsers do not let such a page read other files by address, so src=\"{src}\" cannot be loaded. Put the data inside the element (a <script type=\"application/json\"> child, a data-series attribute or a <template> with CSV) or open the page over http(s).",
      srcFailed: "Could not load {src}: {reason}",
      noSeries: "No data: give <index-cards> a data-series attribute, a <script type=\"application/json\"> or <template> child, a src, or set el.data.",
    },
    de: {
      periods: { "1W": "1W", WTD: "WTD", MTD: "MTD", QTD: "QTD", YTD: "YTD", "1Y": "1J", "3Y": "3J", "5Y": "5J", MAX: "Max" },
      periodNames: { "1W": "Eine Woche", WTD: "Woche bis heute", MTD: "Monat bis heute", QTD: "Quartal bis heute", YTD: "Seit Jahresbeginn", "1Y": "Ein Jahr", "3Y": "Drei Jahre", "5Y": "Fünf Jahre", MAX: "Alle Daten" },
      rows: { "1D": "1T", WTD: "Woche", MTD: "Monat", YTD: "Jahr" },
      spokenRows: { "1D": "heute", WTD: "diese Woche", MTD: "diesen Monat", YTD: "seit Jahresbeginn", ATH: "vom Schlusshoch" },
      up: "plus", down: "minus", unchanged: "unverändert",
      closeOn: "Schluss am {date}",
      atHigh: "Auf Schlusshoch · höchster Schluss seit {since}",
      fromHigh: "vom Schlusshoch {level} am {date} · höchster seit {since}",
      range52: "52-Wochen-Spanne: {low} – {high}",
      rangeSince: "Spanne seit {since}: {low} – {high}",
      asOf: "Stand {date} · {period}",
      rebased: "{period}, auf 0 % zum Periodenbeginn normiert",
      ranked: "{period}: Rangfolge",
      smallVsLarge: "Nebenwerte gegen Standardwerte: ",
      leads: "{small} liegt {pp} Prozentpunkte vor {large} ({period})",
      trails: "{small} liegt {pp} Prozentpunkte hinter {large} ({period})",
      matches: "{small} gleichauf mit {large} ({period})",
      band: "Nebenwerte − Standardwerte (Pp.)",
      smallMinusLarge: "Neben- − Standardwerte: {pp} Pp.",
      vsReference: "({pp} Pp. gegenüber {name})",
      play: "▶ Abspielen", pause: "❚❚ Pause", latest: "Aktuell",
      periodGroup: "Zeitraum", asOfLabel: "Stichtag", asOfTyped: "Stichtag (Datum eingeben)",
      chartLabel: "Vergleichsgrafik", tableCaption: "{period}: Rendite und Stand je Index",
      index: "Index", ret: "Rendite", level: "Stand",
      reported: "laut Bericht",
      chartNote: "Die Grafik zeigt Tagesschlusskurse; hier liegen nur berichtete Werte vor.",
      noData: "keine Daten bis {date}; sie beginnen am {first}",
      srcFile: "Diese Seite wurde als Datei (file://) geöffnet; Browser erlauben ihr nicht, andere Dateien per Adresse zu lesen, daher kann src=\"{src}\" nicht geladen werden. Daten direkt ins Element schreiben (<script type=\"application/json\">, data-series oder <template> mit CSV) oder die Seite über http(s) öffnen.",
      srcFailed: "{src} konnte nicht geladen werden: {reason}",
      noSeries: "Keine Daten: data-series, ein <script type=\"application/json\">- oder <template>-Kind, src oder el.data angeben.",
    },
  };
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, k) { return values[k] === undefined ? "" : String(values[k]); });
  }

  // ---- locale-aware formatting of numbers the core has already rounded ----
  function Formatter(locale) {
    var lang = (locale || "en").toLowerCase().split("-")[0];
    this.locale = locale;
    this.words = WORDS[lang] || WORDS.en;
    var cache = {};
    function nf(key, opts) {
      if (!cache[key]) {
        try { cache[key] = new Intl.NumberFormat(locale, opts); } catch (e) { cache[key] = new Intl.NumberFormat("en-US", opts); }
      }
      return cache[key];
    }
    // pct: a percentage already rounded by the core (18.7 for +18.7%).
    this.pct = function (pct, decimals) {
      if (pct === null || pct === undefined) return "—";
      var d = decimals === undefined ? 1 : decimals;
      return nf("p" + d, { style: "percent", minimumFractionDigits: d, maximumFractionDigits: d, signDisplay: "exceptZero" }).format(pct / 100 + 0);
    };
    this.number = function (x, decimals) {
      return nf("n" + decimals, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(x);
    };
    this.pp = function (pp) {
      return nf("pp", { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(pp + 0);
    };
    var dates = {};
    this.date = function (iso, style) {
      if (!iso) return "";
      style = style || "medium";
      if (!dates[style]) {
        var opts = style === "month" ? { month: "short", timeZone: "UTC" }
          : style === "monthYear" ? { month: "short", year: "numeric", timeZone: "UTC" }
          : style === "year" ? { year: "numeric", timeZone: "UTC" }
          : style === "day" ? { month: "short", day: "numeric", timeZone: "UTC" }
          : { dateStyle: "medium", timeZone: "UTC" };
        try { dates[style] = new Intl.DateTimeFormat(locale, opts); } catch (e) { dates[style] = new Intl.DateTimeFormat("en-US", opts); }
      }
      // Display only: the civil date at midnight UTC, formatted in UTC.
      return dates[style].format(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)));
    };
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function arrow(parent, text) {
    if (text) parent.appendChild(el("span", "arrow", text)).setAttribute("aria-hidden", "true");
  }

  // One stylesheet object shared by every element; constructable stylesheets are CSSOM, so they
  // need no 'unsafe-inline' under a Content-Security-Policy.
  var sheet = null;
  function adoptStyles(root) {
    if (typeof CSSStyleSheet === "function" && "adoptedStyleSheets" in root) {
      try {
        if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(CSS); }
        root.adoptedStyleSheets = [sheet];
        return;
      } catch (e) { /* fall through */ }
    }
    root.appendChild(el("style", null, CSS));
  }

  function parseJson(text, where) {
    var value;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new Error(where + " is not valid JSON: " + e.message);
    }
    if (value && !Array.isArray(value) && Array.isArray(value.series)) value = value.series;
    return value;
  }

  var uid = 0;
  var firstRenderMarked = false;

  // ======================= <index-cards> =======================
  var IndexCardsElement = (function () {
    function IndexCardsElement() {
      var self = Reflect.construct(HTMLElement, [], IndexCardsElement);
      self._data = null;
      self._loaded = null;
      self._srcText = null;
      self._srcFor = null;
      self._period = null;
      self._index = -1;
      self._dates = [];
      self._deck = null;
      self._deckKey = null;
      self._view = null;
      self._hover = -1;
      self._playing = null;
      self._uid = ++uid;
      return self;
    }
    IndexCardsElement.prototype = Object.create(HTMLElement.prototype);
    IndexCardsElement.prototype.constructor = IndexCardsElement;
    Object.setPrototypeOf(IndexCardsElement, HTMLElement);
    IndexCardsElement.observedAttributes = ["data-series", "src", "as-of", "period", "series", "reference", "theme", "lang", "locale", "compact"];
    return IndexCardsElement;
  })();
  var P = IndexCardsElement.prototype;

  Object.defineProperty(P, "data", {
    get: function () { return this._data; },
    set: function (value) { this._data = value; this._deckKey = null; this._schedule(); },
  });
  /** The figures the element currently shows (summarize's cards at its as-of date). */
  Object.defineProperty(P, "cards", { get: function () { return this._cards || []; } });
  Object.defineProperty(P, "asOf", { get: function () { return this._dates[this._index] || null; } });

  P.connectedCallback = function () {
    if (!this.shadowRoot) this._build();
    var self = this;
    if (!this._observer && typeof MutationObserver === "function") {
      this._observer = new MutationObserver(function () { self._deckKey = null; self._schedule(); });
      this._observer.observe(this, { childList: true, subtree: true, characterData: true });
    }
    if (!this._resize && typeof ResizeObserver === "function") {
      var width = 0;
      this._resize = new ResizeObserver(function () {
        var w = self._chartBox.clientWidth;
        if (w && Math.abs(w - width) > 4) { width = w; self._schedule(); }
      });
      this._resize.observe(this);
    }
    this._schedule();
  };
  P.disconnectedCallback = function () {
    this._stop();
    if (this._observer) { this._observer.disconnect(); this._observer = null; }
    if (this._resize) { this._resize.disconnect(); this._resize = null; }
    if (this._deck) { this._deck.free(); this._deck = null; this._deckKey = null; }
  };
  P.attributeChangedCallback = function (name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === "data-series" || name === "src" || name === "series") this._deckKey = null;
    if (name === "period") this._period = null;
    if (name === "as-of") this._index = -1;
    this._schedule();
  };

  P._schedule = function () {
    if (!this.isConnected || this._pending) return;
    var self = this;
    this._pending = true;
    IC.ready.then(function () {
      self._pending = false;
      self._render();
    }, function (e) { self._pending = false; self._fail(e); });
  };

  P._locale = function () {
    var attr = this.getAttribute("locale") || this.getAttribute("lang");
    if (attr) return attr;
    var scope = this.closest("[lang]");
    if (scope && scope.getAttribute("lang")) return scope.getAttribute("lang");
    return (typeof navigator !== "undefined" && navigator.language) || "en-US";
  };

  P._build = function () {
    var root = this.attachShadow({ mode: "open" });
    adoptStyles(root);
    var id = "ic" + this._uid;
    var wrap = el("div", "ic");
    wrap.setAttribute("part", "root");
    this._error = el("p", "error");
    this._error.setAttribute("role", "alert");
    this._error.hidden = true;
    this._head = el("p", "asof");
    this._head.setAttribute("aria-live", "polite");
    var controls = el("div", "controls");
    this._tabs = el("div", "tabs");
    this._tabs.setAttribute("role", "tablist");
    this._tabs.setAttribute("part", "tabs");
    var asOf = el("div", "asof-control");
    this._play = el("button", "button play");
    this._play.type = "button";
    this._play.setAttribute("aria-pressed", "false");
    this._slider = el("input", "slider");
    this._slider.type = "range";
    this._slider.min = "0";
    this._slider.step = "1";
    this._slider.id = id + "-slider";
    this._date = el("input", "date");
    this._date.type = "date";
    this._latest = el("button", "link latest");
    this._latest.type = "button";
    this._sliderLabel = el("label", "visually-hidden");
    this._sliderLabel.htmlFor = this._slider.id;
    this._date.id = id + "-date";
    this._dateLabel = el("label", "visually-hidden");
    this._dateLabel.htmlFor = this._date.id;
    [this._play, this._sliderLabel, this._slider, this._dateLabel, this._date, this._latest].forEach(function (n) { asOf.appendChild(n); });
    controls.appendChild(this._tabs);
    controls.appendChild(asOf);
    this._controls = controls;
    this._cardsBox = el("div", "cards");
    var compare = el("section", "compare");
    compare.setAttribute("part", "chart");
    this._chartTitle = el("h2", "chart-title");
    this._chartTitle.id = id + "-title";
    compare.setAttribute("aria-labelledby", this._chartTitle.id);
    this._spread = el("p", "spread");
    this._legend = el("ul", "legend");
    this._chartNote = el("p", "chart-note");
    this._chartBox = el("div", "chart-box");
    this._svg = svg("svg", { class: "chart", role: "img", tabindex: "0", focusable: "true" });
    this._tooltip = el("div", "tooltip");
    this._tooltip.hidden = true;
    this._tooltip.setAttribute("aria-hidden", "true");
    this._chartBox.appendChild(this._svg);
    this._chartBox.appendChild(this._tooltip);
    this._barsTitle = el("h3", "bars-title");
    this._bars = el("ol", "bars");
    this._table = el("table", "visually-hidden sr-table");
    [this._chartTitle, this._spread, this._legend, this._chartNote, this._chartBox, this._barsTitle, this._bars, this._table]
      .forEach(function (n) { compare.appendChild(n); });
    this._compare = compare;
    [this._head, this._error, controls, this._cardsBox, compare].forEach(function (n) { wrap.appendChild(n); });
    root.appendChild(wrap);
    this._wrap = wrap;
    this._wire();
  };

  P._wire = function () {
    var self = this;
    this._slider.addEventListener("input", function () { self._setIndex(Number(self._slider.value)); });
    this._date.addEventListener("change", function () { if (self._date.value) self._setIndex(self._lastOnOrBefore(self._date.value)); });
    this._latest.addEventListener("click", function () { self._stop(); self._setIndex(self._dates.length - 1); });
    this._play.addEventListener("click", function () { self._togglePlay(); });
    this._tabs.addEventListener("keydown", function (e) {
      var i = PERIODS.indexOf(self._currentPeriod());
      if (e.key === "ArrowRight") i = (i + 1) % PERIODS.length;
      else if (e.key === "ArrowLeft") i = (i + PERIODS.length - 1) % PERIODS.length;
      else if (e.key === "Home") i = 0;
      else if (e.key === "End") i = PERIODS.length - 1;
      else return;
      e.preventDefault();
      self._setPeriod(PERIODS[i]);
      self._tabs.children[i].focus();
    });
    this._svg.addEventListener("pointermove", function (e) {
      if (!self._view) return;
      var rect = self._svg.getBoundingClientRect();
      self._showTooltip(nearest(self._view.chart.xs, (e.clientX - rect.left) * self._view.chart.width / rect.width));
    });
    this._svg.addEventListener("pointerleave", function () { self._hideTooltip(); });
    this._svg.addEventListener("blur", function () { self._hideTooltip(); });
    this._svg.addEventListener("keydown", function (e) {
      if (!self._view) return;
      var n = self._view.chart.xs.length;
      var i = self._hover < 0 ? n - 1 : self._hover;
      if (e.key === "ArrowLeft") i -= 1;
      else if (e.key === "ArrowRight") i += 1;
      else if (e.key === "Home") i = 0;
      else if (e.key === "End") i = n - 1;
      else if (e.key === "Escape") return self._hideTooltip();
      else return;
      e.preventDefault();
      self._showTooltip(Math.max(0, Math.min(n - 1, i)));
    });
  };

  // ---- data ----
  P._readSeries = function () {
    if (this._data) return this._data;
    var attr = this.getAttribute("data-series");
    if (attr) return parseJson(attr, "data-series");
    var script = this.querySelector('script[type="application/json"]');
    if (script) return parseJson(script.textContent, "The <script type=\"application/json\"> child");
    var templates = this.querySelectorAll("template");
    if (templates.length) {
      return Array.prototype.map.call(templates, function (t, i) {
        var id = t.getAttribute("data-id") || t.id || "series" + (i + 1);
        var opts = { id: id };
        if (t.getAttribute("data-name")) opts.name = t.getAttribute("data-name");
        return IC.parseCsv(t.content.textContent, opts);
      });
    }
    var src = this.getAttribute("src");
    if (src) return this._fromSrc(src);
    throw new Error(this._fmt().words.noSeries);
  };

  P._fromSrc = function (src) {
    var words = this._fmt().words;
    if (location.protocol === "file:") throw new Error(fill(words.srcFile, { src: src }));
    if (this._srcFor === src) {
      if (this._srcText instanceof Error) throw this._srcText;
      if (this._srcText !== null) return this._srcText;
      return null; // still loading
    }
    this._srcFor = src;
    this._srcText = null;
    var self = this;
    // The one request the element makes: the data its author named in src.
    fetch(src, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.text();
    }).then(function (text) {
      var name = src.split(/[?#]/)[0].split("/").pop() || "series";
      var trimmed = text.replace(/^\ufeff/, "").trim();
      self._srcText = trimmed.charAt(0) === "[" || trimmed.charAt(0) === "{"
        ? parseJson(trimmed, src)
        : [IC.parseCsv(text, { id: self.getAttribute("src-id") || name.replace(/\.[^.]*$/, "") })];
    }).catch(function (e) {
      self._srcText = new Error(fill(words.srcFailed, { src: src, reason: e.message }));
    }).then(function () { self._deckKey = null; self._schedule(); });
    return null;
  };

  P._selected = function (all) {
    var want = (this.getAttribute("series") || "").split(/[\s,]+/).filter(Boolean);
    if (!want.length || !Array.isArray(all)) return all;
    return want.map(function (id) {
      var found = all.filter(function (s) { return s && s.id === id; })[0];
      if (!found) throw new Error("series=\"" + want.join(",") + "\": no series with id \"" + id + "\"");
      return found;
    });
  };

  P._ensureDeck = function () {
    var key = this._data ? this._data : (this.getAttribute("data-series") || "") + "|" + (this.getAttribute("src") || "") + "|" + this.childElementCount;
    var seriesAttr = this.getAttribute("series") || "";
    if (this._deck && this._deckKey === key && this._deckSeriesAttr === seriesAttr) return this._deck;
    var all = this._readSeries();
    if (all === null) return null; // src still loading
    var chosen = this._selected(all);
    var deck = new IC.Deck(chosen);
    var current = this._dates[this._index];
    if (this._deck) this._deck.free();
    this._deck = deck;
    this._deckKey = key;
    this._deckSeriesAttr = seriesAttr;
    this._series = chosen;
    this._reported = Array.isArray(chosen) && chosen.length > 0 && chosen.every(function (s) { return s && s.asReported; });
    this._dates = deck.dates();
    this._index = current ? this._lastOnOrBefore(current) : -1;
    return deck;
  };

  P._lastOnOrBefore = function (date) {
    var dates = this._dates, lo = 0, hi = dates.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (dates[mid] <= date) lo = mid + 1; else hi = mid;
    }
    return Math.max(0, lo - 1);
  };

  P._currentPeriod = function () {
    var p = this._period || (this.getAttribute("period") || "YTD").toUpperCase();
    return PERIODS.indexOf(p) >= 0 || p === "WTD" || p === "3Y" ? p : "YTD";
  };

  P._fmt = function () {
    var locale = this._locale();
    if (!this._formatter || this._formatter.locale !== locale) this._formatter = new Formatter(locale);
    return this._formatter;
  };

  // ---- rendering ----
  P._fail = function (error) {
    // Nothing stale stays on show beside the error.
    this._wrap.classList.add("failed");
    this._stop();
    this._error.hidden = false;
    this._error.textContent = error && error.message ? error.message : String(error);
    this.setAttribute("data-state", "error");
  };

  /** Checks the attributes a reader or author may have mistyped; throws an Error naming one. */
  P._checkAttributes = function () {
    var theme = this.getAttribute("theme");
    if (theme !== null && ["light", "dark", "auto"].indexOf(theme.toLowerCase()) < 0) {
      throw new Error('theme="' + theme + '" must be light, dark or auto');
    }
    var period = this.getAttribute("period");
    if (period !== null && PERIODS.concat(["WTD", "3Y"]).indexOf(period.toUpperCase()) < 0) {
      throw new Error('period="' + period + '" must be one of ' + PERIODS.join(", ") + " (or WTD, 3Y)");
    }
    var asOf = this.getAttribute("as-of");
    if (asOf !== null) {
      try { IC.parseDate(asOf); } catch (e) { throw new Error("as-of=" + e.message); }
    }
    var locale = this.getAttribute("locale") || this.getAttribute("lang");
    if (locale) {
      try { Intl.getCanonicalLocales(locale); } catch (e) {
        throw new Error((this.getAttribute("locale") ? "locale" : "lang") + '="' + locale + '" is not a language tag such as en-US or de-DE');
      }
    }
  };

  P._render = function () {
    if (!this.shadowRoot) return;
    try {
      this._checkAttributes();
    } catch (e) {
      return this._fail(e);
    }
    var f = this._fmt();
    var theme = (this.getAttribute("theme") || "auto").toLowerCase();
    this._wrap.className = "ic theme-" + (theme === "light" || theme === "dark" ? theme : "auto") + (this.hasAttribute("compact") ? " compact" : "");
    this._wrap.setAttribute("lang", f.locale);
    var deck;
    try {
      deck = this._ensureDeck();
    } catch (e) {
      return this._fail(e);
    }
    if (!deck) return;
    if (this._index < 0) {
      var asOf = this.getAttribute("as-of");
      this._index = asOf ? this._lastOnOrBefore(asOf) : this._dates.length - 1;
      if (asOf && asOf < this._dates[0]) this._index = 0;
    }
    var period = this._currentPeriod();
    var width = Math.max(260, Math.min(1400, Math.round(this._chartBox.clientWidth || this.clientWidth || 720)));
    var options = {
      asOf: this._dates[this._index],
      period: period,
      chart: { width: width, height: Math.round(Math.max(220, Math.min(420, width * 0.5))) },
      spark: { width: 120, height: 34 },
    };
    var reference = this.getAttribute("reference");
    if (reference) options.reference = reference;
    var view;
    try {
      view = deck.view(options);
      this._cards = deck.cards(options.asOf);
    } catch (e) {
      return this._fail(e);
    }
    this._error.hidden = true;
    this._view = view;
    var names = { period: f.words.periodNames[view.period] || view.periodLabel };
    this._head.textContent = fill(f.words.asOf, { date: f.date(view.date), period: names.period });
    this._renderControls(f, period, view);
    this._renderCards(f, view);
    this._renderChart(f, view, names.period);
    this.setAttribute("data-state", "ready");
    if (!firstRenderMarked && typeof performance !== "undefined" && performance.mark) {
      firstRenderMarked = true;
      performance.mark("indexcards:first-render"); // read by tools/bench.js
    }
    this.dispatchEvent(new CustomEvent("indexcards:render", { bubbles: true, composed: true, detail: { asOf: options.asOf, period: period } }));
  };

  P._renderControls = function (f, period, view) {
    var self = this;
    var w = f.words;
    if (this._tabs.children.length !== PERIODS.length || this._tabsLang !== f.locale) {
      this._tabsLang = f.locale;
      this._tabs.replaceChildren();
      PERIODS.forEach(function (p) {
        var b = el("button", "tab", w.periods[p]);
        b.type = "button";
        b.setAttribute("role", "tab");
        b.setAttribute("part", "tab");
        b.setAttribute("aria-label", w.periodNames[p]);
        b.dataset.period = p;
        b.addEventListener("click", function () { self._setPeriod(p); });
        self._tabs.appendChild(b);
      });
    }
    this._tabs.setAttribute("aria-label", w.periodGroup);
    Array.prototype.forEach.call(this._tabs.children, function (b) {
      var on = b.dataset.period === period;
      b.setAttribute("aria-selected", on ? "true" : "false");
      b.tabIndex = on ? 0 : -1;
    });
    this._slider.max = String(this._dates.length - 1);
    this._slider.value = String(this._index);
    this._slider.setAttribute("aria-valuetext", f.date(view.date));
    this._date.min = this._dates[0];
    this._date.max = this._dates[this._dates.length - 1];
    this._date.value = this._dates[this._index];
    this._sliderLabel.textContent = w.asOfLabel;
    this._dateLabel.textContent = w.asOfTyped;
    this._latest.textContent = w.latest;
    this._play.textContent = this._playing ? w.pause : w.play;
  };

  function spoken(f, card) {
    var w = f.words;
    var parts = [card.name, f.number(card.figures.level, card.figures.decimals)];
    card.rows.concat([card.high]).forEach(function (r) {
      if (r.pct === null) return;
      var word = r.dir === "up" ? w.up : r.dir === "down" ? w.down : w.unchanged;
      parts.push(word + " " + f.pct(Math.abs(r.pct)).replace(/^[+\u2212-]/, "") + " " + (w.spokenRows[r.key] || r.label));
    });
    return parts.join(", ");
  }

  P._renderCards = function (f, view) {
    var w = f.words;
    var reported = this._reported;
    var showSpark = !reported;
    var cards = view.cards.map(function (c) {
      var article = el("article", "card");
      article.setAttribute("part", "card");
      article.dataset.id = c.id;
      var head = el("header", "card-head");
      head.appendChild(el("h3", "name", c.name));
      if (reported) head.appendChild(el("span", "badge", w.reported));
      article.appendChild(head);
      if (!c.figures) {
        article.appendChild(el("p", "level", "—")).setAttribute("part", "value");
        article.appendChild(el("p", "missing", c.note || ""));
        article.setAttribute("aria-label", c.name + ": " + (c.note || ""));
        return article;
      }
      article.setAttribute("aria-label", spoken(f, c));
      var level = el("p", "level", f.number(c.figures.level, c.figures.decimals));
      level.setAttribute("part", "value");
      article.appendChild(level);
      article.appendChild(el("p", "close-date", fill(w.closeOn, { date: f.date(c.date) })));
      if (c.spark && showSpark) {
        var s = svg("svg", { class: "spark " + (c.period ? c.period.dir : ""), viewBox: "0 0 120 34", preserveAspectRatio: "none", "aria-hidden": "true", focusable: "false" });
        s.appendChild(svg("line", { class: "spark-base", x1: 0, x2: 120, y1: c.spark.baseY, y2: c.spark.baseY }));
        s.appendChild(svg("path", { d: c.spark.d }));
        article.appendChild(s);
      }
      var list = el("dl", "changes");
      var rows = c.rows.slice();
      var shown = rows.some(function (r) { return c.period && r.key === c.period.key; });
      if (c.period && !shown) rows.push(c.period);
      rows.forEach(function (r) {
        var item = el("div", "change " + r.dir + (r === c.period ? " period-row" : ""));
        item.setAttribute("part", "change change-" + r.dir);
        item.dataset.key = r.key;
        item.appendChild(el("dt", "change-key", w.rows[r.key] || w.periods[r.key] || r.key));
        var dd = el("dd", "change-value");
        arrow(dd, r.arrow);
        dd.appendChild(el("span", "pct", f.pct(r.pct)));
        if (r.note) dd.appendChild(el("span", "note", r.note));
        item.appendChild(dd);
        list.appendChild(item);
      });
      article.appendChild(list);
      var fig = c.figures;
      var high = el("p", "high " + c.high.dir);
      var since = f.date(fig.firstDate);
      if (fig.atHigh) {
        high.appendChild(el("span", "high-label", fill(w.atHigh, { since: since })));
      } else {
        high.appendChild(el("span", "pct", f.pct(c.high.pct) + " "));
        high.appendChild(el("span", "high-label", fill(w.fromHigh, { level: f.number(fig.ath, fig.athDecimals), date: f.date(fig.athDate), since: since })));
      }
      article.appendChild(high);
      var levelText = function (x) {
        var r = IC.round(x, 2);
        return f.number(r, r === Math.round(r) ? 0 : 2);
      };
      var low = levelText(fig.low);
      var hi = levelText(fig.high);
      article.appendChild(el("p", "range", fill(fig.fullYear ? w.range52 : w.rangeSince, { since: since, low: low, high: hi })));
      return article;
    });
    // Cards that keep their shape are updated in place: only the texts that changed are
    // written, and those flash briefly (no animation under prefers-reduced-motion).
    var box = this._cardsBox;
    var old = {};
    Array.prototype.forEach.call(box.children, function (c) { old[c.dataset.id] = c; });
    var sameOrder = box.children.length === cards.length && cards.every(function (c, i) { return box.children[i].dataset.id === c.dataset.id; });
    if (!sameOrder) {
      box.replaceChildren.apply(box, cards);
      return;
    }
    // Only a pushed price flashes: moving the as-of date or replaying changes every figure.
    flashing = !!this._pushed;
    this._pushed = false;
    cards.forEach(function (fresh) {
      var current = old[fresh.dataset.id];
      if (!morph(current, fresh)) box.replaceChild(fresh, current);
    });
    flashing = false;
  };

  P._colorOf = function (id) {
    var list = this._series || [];
    for (var i = 0; i < list.length; i++) if (list[i] && list[i].id === id) return "s" + (i % 6);
    return "s0";
  };

  P._renderChart = function (f, view, periodName) {
    var self = this;
    var w = f.words;
    var c = view.chart;
    var noLines = this._reported;
    this._chartBox.hidden = noLines;
    this._legend.hidden = noLines;
    this._chartNote.hidden = !noLines;
    this._chartNote.textContent = w.chartNote;
    this._chartTitle.textContent = fill(w.rebased, { period: periodName });
    this._svg.setAttribute("viewBox", "0 0 " + c.width + " " + c.height);
    this._svg.setAttribute("aria-label", w.chartLabel + ": " + this._chartTitle.textContent);
    var p = c.plot;
    var nodes = [];
    c.yTicks.forEach(function (t) {
      nodes.push(svg("line", { class: "grid", x1: p[0], x2: p[2], y1: t.pos, y2: t.pos }));
      var label = svg("text", { class: "tick", x: p[0] - 6, y: t.pos, "text-anchor": "end", "dominant-baseline": "middle" });
      label.textContent = f.pct(t.value * 100, t.decimals);
      nodes.push(label);
    });
    c.xTicks.forEach(function (t) {
      nodes.push(svg("line", { class: "xtick", x1: t.pos, x2: t.pos, y1: p[3], y2: p[3] + 4 }));
      var label = svg("text", { class: "tick", x: t.pos, y: p[3] + 16, "text-anchor": "middle" });
      var january = t.unit === "month" && t.date.slice(5, 7) === "01";
      label.textContent = f.date(t.date, t.unit === "month" ? (january ? "monthYear" : "month") : t.unit);
      nodes.push(label);
    });
    nodes.push(svg("line", { class: "zero", x1: p[0], x2: p[2], y1: c.zeroY, y2: c.zeroY }));
    var pctOf = {};
    view.bars.forEach(function (b) { pctOf[b.id] = b; });
    c.lines.forEach(function (line) {
      var k = self._colorOf(line.id);
      nodes.push(svg("path", { class: "line " + k, d: line.d, "data-id": line.id }));
      if (line.endX !== null && line.labelY !== null) {
        var label = svg("text", { class: "end-label " + k, x: p[2] + 6, y: line.labelY, "dominant-baseline": "middle" });
        label.textContent = f.pct(pctOf[line.id] ? pctOf[line.id].pct : null);
        nodes.push(label);
      }
    });
    if (c.spread) {
      var s = c.spread;
      var title = svg("text", { class: "tick", x: p[0], y: s.band[0] - 4 });
      title.textContent = w.band;
      nodes.push(title);
      nodes.push(svg("line", { class: "zero thin", x1: p[0], x2: p[2], y1: s.zeroY, y2: s.zeroY }));
      nodes.push(svg("path", { class: "line spread-line", d: s.d }));
      var hiLabel = svg("text", { class: "tick", x: p[0] - 6, y: s.band[0] + 6, "text-anchor": "end" });
      hiLabel.textContent = f.pp(s.max);
      var loLabel = svg("text", { class: "tick", x: p[0] - 6, y: s.band[1], "text-anchor": "end" });
      loLabel.textContent = f.pp(s.min);
      nodes.push(hiLabel, loLabel);
    }
    this._cross = svg("line", { class: "crosshair", x1: 0, x2: 0, y1: p[1], y2: c.spread ? c.spread.band[1] : p[3], visibility: "hidden" });
    nodes.push(this._cross);
    this._svg.replaceChildren.apply(this._svg, nodes);

    var hasReference = this.hasAttribute("reference");
    var referenceName = (view.compare.series.filter(function (l) { return l.id === view.compare.reference; })[0] || {}).name;
    this._legend.replaceChildren.apply(this._legend, view.compare.series.map(function (line) {
      var li = el("li", "legend-item");
      li.dataset.id = line.id;
      li.appendChild(el("span", "swatch " + self._colorOf(line.id))).setAttribute("aria-hidden", "true");
      li.appendChild(el("span", "legend-name", line.name));
      var bar = pctOf[line.id];
      li.appendChild(el("span", "legend-value " + (bar ? bar.dir : "none"), f.pct(bar ? bar.pct : null)));
      // With a reference named, each other line says how far it is from it.
      if (hasReference && line.id !== view.compare.reference && line.spread !== null) {
        li.appendChild(el("span", "legend-spread", fill(w.vsReference, { pp: f.pp(IC.round(line.spread, 1)), name: referenceName })));
      }
      return li;
    }));

    var sv = view.smallVsLarge;
    this._spread.hidden = !sv;
    if (sv) {
      var small = view.compare.series.filter(function (l) { return l.id === sv.small; })[0];
      var large = view.compare.series.filter(function (l) { return l.id === sv.large; })[0];
      this._spread.className = "spread " + sv.dir;
      this._spread.replaceChildren(el("strong", null, w.smallVsLarge), el("span", "spread-text", fill(w[sv.relation] || w.matches, {
        small: small ? small.name : sv.small, large: large ? large.name : sv.large, pp: sv.pp === null ? "—" : f.number(Math.abs(sv.pp), 1), period: w.periods[view.period] || view.period,
      })));
    }

    this._barsTitle.textContent = fill(w.ranked, { period: periodName });
    this._bars.style.setProperty("--zero", (view.zero * 100).toFixed(3) + "%");
    this._bars.replaceChildren.apply(this._bars, view.bars.map(function (item) {
      var li = el("li", "bar-row " + item.dir);
      li.dataset.id = item.id;
      li.appendChild(el("span", "bar-name", item.name));
      var track = el("span", "bar-track");
      track.setAttribute("aria-hidden", "true");
      var fillBar = el("span", "bar-fill");
      fillBar.style.left = (item.start * 100).toFixed(3) + "%";
      fillBar.style.width = (item.width * 100).toFixed(3) + "%";
      track.appendChild(fillBar);
      li.appendChild(track);
      var value = el("span", "bar-value");
      arrow(value, item.arrow);
      value.appendChild(el("span", "pct", f.pct(item.pct)));
      li.appendChild(value);
      return li;
    }));

    // The chart for screen readers: each index's period return and level.
    var levels = {};
    view.cards.forEach(function (card) { levels[card.id] = card.figures ? f.number(card.figures.level, card.figures.decimals) : "—"; });
    var caption = el("caption", null, fill(w.tableCaption, { period: periodName }) + " (" + f.date(view.date) + ")");
    var head = el("tr");
    [w.index, w.ret, w.level].forEach(function (h) { head.appendChild(el("th", null, h)).setAttribute("scope", "col"); });
    var rows = view.bars.map(function (b) {
      var tr = el("tr");
      tr.appendChild(el("th", null, b.name)).setAttribute("scope", "row");
      tr.appendChild(el("td", null, f.pct(b.pct)));
      tr.appendChild(el("td", null, levels[b.id]));
      return tr;
    });
    var thead = el("thead");
    thead.appendChild(head);
    var tbody = el("tbody");
    rows.forEach(function (r) { tbody.appendChild(r); });
    this._table.replaceChildren(caption, thead, tbody);
    this._hideTooltip();
  };

  /** Makes `a` look like `b` by changing only what differs; false when their shapes differ. */
  function morph(a, b) {
    if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) return false;
    if (a.nodeType === 3) {
      if (a.data !== b.data) {
        a.data = b.data;
        flash(a.parentNode);
      }
      return true;
    }
    if (a.nodeType !== 1) return true;
    var i;
    for (i = a.attributes.length - 1; i >= 0; i--) {
      var name = a.attributes[i].name;
      if (!b.hasAttribute(name)) a.removeAttribute(name);
    }
    for (i = 0; i < b.attributes.length; i++) {
      var attr = b.attributes[i];
      if (attr.name !== "class" && a.getAttribute(attr.name) !== attr.value) a.setAttribute(attr.name, attr.value);
    }
    var cls = b.getAttribute("class") || "";
    if ((a.getAttribute("class") || "").replace(/\s*\bflash\b/, "") !== cls) {
      var wasFlashing = a.classList.contains("flash");
      a.setAttribute("class", cls);
      if (wasFlashing) a.classList.add("flash");
    }
    if (a.childNodes.length !== b.childNodes.length) {
      a.replaceChildren.apply(a, Array.prototype.slice.call(b.childNodes));
      flash(a);
      return true;
    }
    var kids = Array.prototype.slice.call(b.childNodes);
    for (i = 0; i < kids.length; i++) {
      if (!morph(a.childNodes[i], kids[i])) a.replaceChild(kids[i], a.childNodes[i]);
    }
    return true;
  }

  var flashing = false;
  function flash(node) {
    if (!flashing || !node || node.nodeType !== 1) return;
    node.classList.remove("flash");
    void node.offsetWidth; // restart the animation
    node.classList.add("flash");
  }

  function nearest(xs, x) {
    var lo = 0, hi = xs.length - 1;
    if (hi < 0) return -1;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (xs[mid] < x) lo = mid + 1; else hi = mid;
    }
    if (lo > 0 && Math.abs(xs[lo - 1] - x) <= Math.abs(xs[lo] - x)) lo -= 1;
    return lo;
  }

  P._showTooltip = function (i) {
    var v = this._view;
    if (!v || i < 0 || i >= v.chart.xs.length) return this._hideTooltip();
    var self = this;
    var f = this._fmt();
    this._hover = i;
    var x = v.chart.xs[i];
    this._cross.setAttribute("x1", x);
    this._cross.setAttribute("x2", x);
    this._cross.setAttribute("visibility", "visible");
    var rows = [el("div", "tip-date", f.date(v.compare.dates[i]))];
    rows[0].dataset.date = v.compare.dates[i];
    v.compare.series.forEach(function (line) {
      var value = line.values[i];
      var row = el("div", "tip-row");
      row.appendChild(el("span", "swatch " + self._colorOf(line.id))).setAttribute("aria-hidden", "true");
      row.appendChild(el("span", "tip-name", line.name));
      row.appendChild(el("span", "tip-value", value === null ? "—" : f.pct(IC.round(value * 100, 1))));
      rows.push(row);
    });
    var sv = v.compare.smallVsLarge;
    if (sv && sv.values[i] !== null) {
      rows.push(el("div", "tip-row spread-row", fill(f.words.smallMinusLarge, { pp: f.pp(IC.round(sv.values[i], 1)) })));
    }
    this._tooltip.replaceChildren.apply(this._tooltip, rows);
    this._tooltip.hidden = false;
    var boxWidth = this._chartBox.clientWidth;
    var scale = boxWidth / v.chart.width;
    var left = x * scale + 12;
    if (left + 220 > boxWidth) left = Math.max(0, x * scale - 232);
    this._tooltip.style.left = left + "px";
    // Screen readers hear the crosshair's values through the chart's label.
    this._svg.setAttribute("aria-label", rows.map(function (r) { return r.textContent; }).join("; "));
  };
  P._hideTooltip = function () {
    this._hover = -1;
    if (this._tooltip) this._tooltip.hidden = true;
    if (this._cross) this._cross.setAttribute("visibility", "hidden");
  };

  /**
   * A live price: a close for series `id` on `date` (its last date: an intraday update; a later
   * date: a new day), as from a page's own feed. The deck takes it in O(1); the cards update in
   * place. When the element shows the latest date it moves on to the new one.
   */
  P.push = function (id, date, close) {
    if (!this._deck) throw new Error("<index-cards> has no data yet");
    var atLatest = this._index === this._dates.length - 1;
    this._deck.push(id, date, close);
    var day = typeof date === "string" ? date : null;
    if (day === null || day > this._dates[this._dates.length - 1]) this._dates = this._deck.dates();
    if (atLatest) this._index = this._dates.length - 1;
    this._pushed = true;
    this._render();
  };

  P._setPeriod = function (p) { this._period = p; this._render(); };
  P._setIndex = function (i) {
    this._index = Math.max(0, Math.min(this._dates.length - 1, i));
    this._render();
  };
  P._stop = function () {
    if (this._playing) clearInterval(this._playing);
    this._playing = null;
    if (this._play) {
      this._play.setAttribute("aria-pressed", "false");
      this._play.textContent = this._fmt().words.play;
    }
  };
  P._togglePlay = function () {
    if (this._playing) return this._stop();
    var self = this;
    if (this._index >= this._dates.length - 1) {
      var last = this._dates[this._dates.length - 1];
      this._index = this._lastOnOrBefore(String(Number(last.slice(0, 4)) - 1) + last.slice(4));
    }
    this._play.setAttribute("aria-pressed", "true");
    this._playing = setInterval(function () {
      if (self._index >= self._dates.length - 1) return self._stop();
      self._setIndex(self._index + 1);
    }, 40);
    this._play.textContent = this._fmt().words.pause;
  };

  customElements.define("index-cards", IndexCardsElement);

  // ======================= <index-figure> =======================
  var METRICS = { close: "level", level: "level", d1: "pct", wtd: "pct", mtd: "pct", qtd: "pct", ytd: "pct", y1: "pct", fromAth: "pct", ath: "level", high52: "level", low52: "level" };

  /** The number an author typed: "18.7%", "+18,7 %", "2,407", "2.406,67" (by the locale). */
  function parseTyped(text, locale) {
    var t = text.replace(/[\s\u00a0\u202f]/g, "").replace(/\u2212/g, "-");
    var m = t.match(/[-+]?[\d.,]+/);
    if (!m) return null;
    var num = m[0];
    var decimalComma = /^(de|fr|es|it|nl|pt|da|sv|nb|fi|pl|cs|ru|tr)\b/i.test(locale || "");
    var groupSep = decimalComma ? "." : ",";
    var decSep = decimalComma ? "," : ".";
    var parts = num.replace(/^[-+]/, "").split(decSep);
    if (parts.length > 2) return null;
    var whole = parts[0].split(groupSep).join("");
    if (!/^\d+$/.test(whole) || (parts[1] !== undefined && !/^\d+$/.test(parts[1]))) return null;
    var decimals = parts[1] === undefined ? 0 : parts[1].length;
    var value = Number(whole + (parts[1] === undefined ? "" : "." + parts[1]));
    if (num.charAt(0) === "-") value = -value;
    return { value: value, decimals: decimals, percent: /%/.test(t) };
  }

  var IndexFigure = (function () {
    function IndexFigure() {
      var self = Reflect.construct(HTMLElement, [], IndexFigure);
      self._warned = null;
      return self;
    }
    IndexFigure.prototype = Object.create(HTMLElement.prototype);
    IndexFigure.prototype.constructor = IndexFigure;
    Object.setPrototypeOf(IndexFigure, HTMLElement);
    IndexFigure.observedAttributes = ["series", "metric", "for", "decimals"];
    return IndexFigure;
  })();
  var F = IndexFigure.prototype;

  F.connectedCallback = function () {
    var self0 = this;
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { self0._update(); }, { once: true });
    if (!this.shadowRoot) {
      var root = this.attachShadow({ mode: "open" });
      adoptStyles(root);
      this._out = el("span", "figure");
      this._out.setAttribute("part", "figure");
      this._slot = document.createElement("slot");
      root.appendChild(this._out);
    }
    var self = this;
    if (!this._listener) {
      this._listener = function (e) { if (e.target === self._source()) self._update(); };
      document.addEventListener("indexcards:render", this._listener);
    }
    this._update();
  };
  F.disconnectedCallback = function () {
    if (this._listener) document.removeEventListener("indexcards:render", this._listener);
    this._listener = null;
  };
  F.attributeChangedCallback = function () { if (this.shadowRoot) this._update(); };

  /** The named <index-cards> (for="id"), else the nearest one before it, else the first after it. */
  F._source = function () {
    var id = this.getAttribute("for");
    if (id) return document.getElementById(id);
    var all = document.querySelectorAll("index-cards");
    var before = null;
    for (var i = 0; i < all.length; i++) {
      if (all[i].compareDocumentPosition(this) & Node.DOCUMENT_POSITION_FOLLOWING) before = all[i];
    }
    return before || all[0] || null;
  };

  F._update = function () {
    var source = this._source();
    var seriesId = this.getAttribute("series");
    var metric = this.getAttribute("metric") || "ytd";
    // The author's own text stays in the light DOM, untouched; it is read afresh each time
    // (when the element upgrades while the page is still parsing, it may not be there yet).
    var typed = this.textContent.trim();
    var cards = source && source.cards;
    var card = cards && cards.filter(function (c) { return c.id === seriesId; })[0];
    var kind = METRICS[metric];
    var locale = (this.closest("[lang]") && this.closest("[lang]").getAttribute("lang")) || (source && source._locale && source._locale()) || "en-US";
    var f = new Formatter(locale);
    this._out.replaceChildren();
    if (!kind || !card || card[metric] === null || card[metric] === undefined) {
      // Nothing to compute (yet): the author's text stays.
      this._out.appendChild(this._slot);
      if (!kind) this.setAttribute("data-error", "unknown metric \"" + metric + "\"");
      else if (source && cards && cards.length && !card) this.setAttribute("data-error", "no series \"" + seriesId + "\"");
      return;
    }
    this.removeAttribute("data-error");
    var value = card[metric];
    var computedText;
    var decimalsAttr = this.getAttribute("decimals");
    var parsed = typed ? parseTyped(typed, locale) : null;
    var decimals = decimalsAttr !== null ? Math.max(0, Math.min(6, Number(decimalsAttr) || 0)) : parsed ? parsed.decimals : kind === "pct" ? 1 : 2;
    var shown = kind === "pct" ? IC.round(value * 100, decimals) : IC.round(value, decimals);
    computedText = kind === "pct" ? f.pct(shown, decimals) : f.number(shown, decimals);
    if (!typed) {
      this._out.textContent = computedText;
      this.removeAttribute("data-mismatch");
      this.removeAttribute("title");
      return;
    }
    // The author typed a figure: it stays visible; flag it when the data disagrees beyond its rounding.
    this._out.appendChild(this._slot);
    // A typed sign must match; "17.5%" without one may be a fall ("fell 17.5%") and compares by size.
    var signed = parsed !== null && /[-+\u2212]\s*\d/.test(typed);
    var agrees = parsed !== null && Math.abs((signed ? shown : Math.abs(shown)) - parsed.value) < 1e-9;
    if (agrees) {
      this.removeAttribute("data-mismatch");
      this.removeAttribute("title");
      return;
    }
    var asOf = source.asOf;
    this.setAttribute("data-mismatch", "");
    this.setAttribute("title", "The data gives " + computedText + " (" + card.name + ", " + metric + ", as of " + asOf + ")");
    var key = seriesId + "|" + metric + "|" + asOf + "|" + typed;
    if (this._warned !== key) {
      this._warned = key;
      console.warn("index-figure: \"" + typed + "\" for " + seriesId + " " + metric + " disagrees with the data, which gives " + computedText + " as of " + asOf + ".");
    }
  };

  customElements.define("index-figure", IndexFigure);
}

  defineIndexCardsElements(api, "/* <index-cards> and <index-figure>: styles inside their shadow roots. Built into\n   www/indexcards.js. A blog restyles through the custom properties and ::part() names below,\n   never by reaching inside:\n     --ic-bg --ic-card --ic-text --ic-muted --ic-line --ic-up --ic-down --ic-accent\n     --ic-focus --ic-font --ic-font-size --ic-radius\n     ::part(root) ::part(card) ::part(value) ::part(change) ::part(chart) ::part(tabs) ::part(tab)\n     ::part(figure)\n   Up and down are told by sign and arrow as well as color; every text color meets WCAG AA\n   (4.5:1) on its background in both themes. Sizes are in px so the host page's root font\n   size cannot blow the widget up. */\n:host(index-cards) {\n  display: block !important;\n  container-type: inline-size !important;\n}\n:host(index-figure) { display: inline !important; }\n:host([hidden]) { display: none !important; }\n.ic {\n  all: initial;\n  display: block;\n  box-sizing: border-box;\n  font-family: var(--ic-font, system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif);\n  font-size: var(--ic-font-size, 15px);\n  line-height: 1.4;\n  color: var(--c-text);\n  background: var(--c-bg);\n  padding: 12px;\n  border-radius: var(--ic-radius, 12px);\n  /* Each color is light-dark(light theme, dark theme); color-scheme picks one: auto follows\n     prefers-color-scheme, theme=\"light\" and theme=\"dark\" fix it. */\n  color-scheme: light dark;\n  --c-bg: var(--ic-bg, light-dark(#f6f7f9, #0f141b));\n  --c-card: var(--ic-card, light-dark(#ffffff, #1a212b));\n  --c-text: var(--ic-text, light-dark(#16181d, #eef1f5));\n  --c-muted: var(--ic-muted, light-dark(#545b69, #a9b1bd));\n  --c-line: var(--ic-line, light-dark(#dde1e8, #334051));\n  --c-up: var(--ic-up, light-dark(#0b7a34, #4ade80));\n  --c-down: var(--ic-down, light-dark(#b42318, #fb8a8a));\n  --c-accent: var(--ic-accent, light-dark(#3451b2, #8fa8ff));\n  --c-on-accent: light-dark(#ffffff, #0f141b);\n  --c-focus: var(--ic-focus, light-dark(#b45309, #fbbf24));\n  --c-flash: var(--ic-flash, light-dark(#fde68a, #854d0e));\n  --c-s0: light-dark(#3451b2, #8fa8ff);\n  --c-s1: light-dark(#c2410c, #fb923c);\n  --c-s2: light-dark(#0f766e, #2dd4bf);\n  --c-s3: light-dark(#7e22ce, #d8b4fe);\n  --c-s4: light-dark(#a16207, #facc15);\n  --c-s5: light-dark(#be123c, #fb7185);\n}\n.ic.theme-light { color-scheme: light; }\n.ic.theme-dark { color-scheme: dark; }\n.ic *, .ic *::before, .ic *::after { box-sizing: border-box; }\n.ic h2, .ic h3, .ic p, .ic dl, .ic dd, .ic ol, .ic ul { margin: 0; padding: 0; }\n.ic button, .ic input { font-family: inherit; font-size: 14px; }\n.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }\n.ic :focus-visible { outline: 3px solid var(--c-focus); outline-offset: 2px; }\n.asof { font-size: 16px; font-weight: 600; margin: 0 0 10px; }\n.error { margin: 0 0 12px; padding: 10px 14px; border-radius: 8px; background: #fdecea; color: #7a1c14; white-space: pre-line; }\n.controls { display: flex; flex-wrap: wrap; gap: 10px 20px; align-items: center; margin: 0 0 14px; }\n.tabs { display: inline-flex; flex-wrap: wrap; border: 1px solid var(--c-line); border-radius: 10px; overflow: hidden; background: var(--c-card); }\n.tab { font-weight: 600; padding: 6px 12px; border: 0; background: none; color: var(--c-text); cursor: pointer; }\n.tab + .tab { border-left: 1px solid var(--c-line); }\n.tab[aria-selected=\"true\"] { background: var(--c-accent); color: var(--c-on-accent); }\n.asof-control { display: flex; align-items: center; gap: 8px; flex: 1 1 300px; min-width: 0; }\n.slider { flex: 1; min-width: 80px; accent-color: var(--c-accent); }\n.date { padding: 3px 6px; border: 1px solid var(--c-line); border-radius: 6px; background: var(--c-card); color: var(--c-text); }\n.button { font-weight: 600; color: var(--c-on-accent); background: var(--c-accent); border: 0; border-radius: 8px; padding: 6px 12px; cursor: pointer; white-space: nowrap; }\n.link { background: none; border: 0; color: var(--c-accent); text-decoration: underline; cursor: pointer; padding: 4px; }\n.cards { display: grid; grid-template-columns: 1fr; gap: 12px; }\n@container (min-width: 540px) { .cards { grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); } }\n.card { background: var(--c-card); border: 1px solid var(--c-line); border-radius: var(--ic-radius, 12px); padding: 14px 16px; min-width: 0; }\n.card-head { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; }\n.name { font-size: 15px; font-weight: 700; }\n.badge { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--c-accent); border: 1px solid currentColor; border-radius: 999px; padding: 0 7px; white-space: nowrap; }\n.level { font-size: 28px; font-weight: 700; margin-top: 6px; font-variant-numeric: tabular-nums; }\n.close-date { color: var(--c-muted); font-size: 13px; margin-bottom: 8px; }\n.ic [hidden] { display: none !important; }\n.failed .controls, .failed .cards, .failed .compare { display: none; }\n.changes { display: grid; gap: 3px; }\n.change { display: grid; grid-template-columns: 56px 1fr; align-items: baseline; }\n.change-key { color: var(--c-muted); font-size: 13px; font-weight: 600; }\n.change-value { font-variant-numeric: tabular-nums; font-weight: 600; }\n.note { display: block; font-weight: 400; font-size: 12px; color: var(--c-muted); }\n.arrow { font-size: 0.75em; margin-right: 4px; }\n.up .pct, .up .arrow, .up .spread-text { color: var(--c-up); }\n.down .pct, .down .arrow, .down .spread-text { color: var(--c-down); }\n.none .pct { color: var(--c-muted); }\n.period-row { border-top: 1px solid var(--c-line); padding-top: 3px; margin-top: 2px; }\n.high, .range { margin-top: 8px; font-size: 13px; color: var(--c-muted); }\n.high .pct { font-weight: 600; }\n.range { margin-top: 2px; }\n.missing { color: var(--c-muted); font-size: 13px; }\n.spark { display: block; width: 100%; height: 34px; margin: 2px 0 8px; }\n.spark path { fill: none; stroke: var(--c-muted); stroke-width: 1.5; vector-effect: non-scaling-stroke; }\n.spark.up path { stroke: var(--c-up); }\n.spark.down path { stroke: var(--c-down); }\n.spark-base { stroke: var(--c-line); stroke-dasharray: 3 3; vector-effect: non-scaling-stroke; }\n.compare { margin-top: 16px; background: var(--c-card); border: 1px solid var(--c-line); border-radius: var(--ic-radius, 12px); padding: 14px 16px; }\n.chart-title { font-size: 16px; font-weight: 700; margin-bottom: 8px; }\n.chart-note { font-size: 13px; color: var(--c-muted); margin-bottom: 12px; }\n.spread { font-size: 14px; margin-bottom: 8px; }\n.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 14px; margin-bottom: 8px; }\n.legend-item { display: inline-flex; align-items: baseline; gap: 6px; }\n.legend-name { font-weight: 600; }\n.legend-value { font-variant-numeric: tabular-nums; }\n.legend-spread { color: var(--c-muted); font-size: 13px; }\n.legend-value.up { color: var(--c-up); }\n.legend-value.down { color: var(--c-down); }\n.swatch { display: inline-block; width: 14px; height: 4px; border-radius: 2px; align-self: center; }\n.chart-box { position: relative; width: 100%; }\n.chart { display: block; width: 100%; height: auto; overflow: visible; }\n.chart .grid { stroke: var(--c-line); }\n.chart .xtick { stroke: var(--c-muted); }\n.chart .zero { stroke: var(--c-muted); stroke-width: 1.5; }\n.chart .zero.thin { stroke-width: 1; stroke-dasharray: 4 3; }\n.chart .tick { fill: var(--c-muted); font-size: 11px; }\n.chart .line { fill: none; stroke-width: 2; stroke-linejoin: round; }\n.chart .end-label { font-size: 12px; font-weight: 700; stroke: none; }\n.chart .spread-line { stroke: var(--c-down); stroke-width: 1.5; }\n.chart .crosshair { stroke: var(--c-text); stroke-width: 1; stroke-dasharray: 3 3; }\n.chart path.s0, .swatch.s0 { stroke: var(--c-s0); background: var(--c-s0); } .chart text.s0 { fill: var(--c-s0); }\n.chart path.s1, .swatch.s1 { stroke: var(--c-s1); background: var(--c-s1); } .chart text.s1 { fill: var(--c-s1); }\n.chart path.s2, .swatch.s2 { stroke: var(--c-s2); background: var(--c-s2); } .chart text.s2 { fill: var(--c-s2); }\n.chart path.s3, .swatch.s3 { stroke: var(--c-s3); background: var(--c-s3); } .chart text.s3 { fill: var(--c-s3); }\n.chart path.s4, .swatch.s4 { stroke: var(--c-s4); background: var(--c-s4); } .chart text.s4 { fill: var(--c-s4); }\n.chart path.s5, .swatch.s5 { stroke: var(--c-s5); background: var(--c-s5); } .chart text.s5 { fill: var(--c-s5); }\n.tooltip { position: absolute; top: 8px; min-width: 180px; max-width: 240px; background: var(--c-card); color: var(--c-text); border: 1px solid var(--c-line); border-radius: 8px; padding: 8px 10px; font-size: 13px; box-shadow: 0 4px 14px rgba(0, 0, 0, 0.18); pointer-events: none; }\n.tip-date { font-weight: 700; margin-bottom: 4px; }\n.tip-row { display: flex; align-items: center; gap: 6px; }\n.tip-name { flex: 1; }\n.tip-value { font-variant-numeric: tabular-nums; font-weight: 600; }\n.bars-title { font-size: 15px; font-weight: 700; margin: 16px 0 8px; }\n.bars { list-style: none; display: grid; gap: 6px; }\n.bar-row { display: grid; grid-template-columns: minmax(90px, 160px) 1fr 80px; gap: 10px; align-items: center; }\n.bar-name { font-weight: 600; font-size: 14px; overflow-wrap: anywhere; }\n.bar-track { position: relative; height: 16px; background: linear-gradient(to right, transparent calc(var(--zero, 0%) - 1px), var(--c-muted) calc(var(--zero, 0%) - 1px), var(--c-muted) calc(var(--zero, 0%) + 1px), transparent calc(var(--zero, 0%) + 1px)); }\n.bar-fill { position: absolute; top: 2px; bottom: 2px; border-radius: 3px; background: var(--c-muted); }\n.up .bar-fill { background: var(--c-up); }\n.down .bar-fill { background: var(--c-down); }\n.bar-value { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }\n.compact .controls, .compact .compare, .compact .spark, .compact .high, .compact .range { display: none; }\n.compact .level { font-size: 22px; }\n.compact .card { padding: 10px 12px; }\n/* A value that a push changed flashes briefly (none under prefers-reduced-motion, below). */\n@keyframes ic-flash { from { background-color: var(--c-flash); } to { background-color: transparent; } }\n.flash { animation: ic-flash 0.9s ease-out; border-radius: 4px; }\n/* <index-figure> */\n.figure { font: inherit; color: inherit; }\n:host([data-mismatch]) .figure { text-decoration: underline dotted #b45309 2px; text-underline-offset: 3px; cursor: help; }\n@media (prefers-reduced-motion: reduce) { .ic *, .figure { transition: none !important; animation: none !important; } }");
  return api;
});

