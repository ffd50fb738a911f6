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
      none: "{small} vs {large}: no figure for {period}",
      band: "Small caps − large caps (pp)",
      smallMinusLarge: "Small − large: {pp} pp",
      vsReference: "({pp} pp vs {name})",
      play: "▶ Play", pause: "❚❚ Pause", latest: "Latest",
      periodGroup: "Period", asOfLabel: "As-of date", asOfTyped: "As-of date (type a date)",
      chartLabel: "Comparison chart", tableCaption: "{period} return and level of each index",
      index: "Index", ret: "Return", level: "Level",
      reported: "as reported",
      notes: {
        since: "since {date}", noEarlier: "no earlier close in the data",
        noPrior: { WTD: "no close in the prior week", MTD: "no close in the prior month", YTD: "no close in the prior year" },
        noPeriodBase: "no close before the {period} period in the data",
        noData: "no data on or before {date}; it starts {first}",
      },
      chartNote: "The chart draws daily closes; these are reported figures only, so it is not drawn.",
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
      none: "{small} gegen {large}: kein Wert für {period}",
      band: "Nebenwerte − Standardwerte (Pp.)",
      smallMinusLarge: "Neben- − Standardwerte: {pp} Pp.",
      vsReference: "({pp} Pp. gegenüber {name})",
      play: "▶ Abspielen", pause: "❚❚ Pause", latest: "Aktuell",
      periodGroup: "Zeitraum", asOfLabel: "Stichtag", asOfTyped: "Stichtag (Datum eingeben)",
      chartLabel: "Vergleichsgrafik", tableCaption: "{period}: Rendite und Stand je Index",
      index: "Index", ret: "Rendite", level: "Stand",
      reported: "laut Bericht",
      notes: {
        since: "seit {date}", noEarlier: "kein früherer Schluss in den Daten",
        noPrior: { WTD: "kein Schluss in der Vorwoche", MTD: "kein Schluss im Vormonat", YTD: "kein Schluss im Vorjahr" },
        noPeriodBase: "kein Schluss vor dem Zeitraum {period} in den Daten",
        noData: "keine Daten bis {date}; sie beginnen am {first}",
      },
      chartNote: "Die Grafik zeigt Tagesschlusskurse; hier liegen nur berichtete Werte vor.",
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
    // A number format with exactly d decimals, made once per key.
    function nf(key, d, opts) {
      if (!cache[key]) {
        opts.minimumFractionDigits = opts.maximumFractionDigits = d;
        try { cache[key] = new Intl.NumberFormat(locale, opts); } catch (e) { cache[key] = new Intl.NumberFormat("en-US", opts); }
      }
      return cache[key];
    }
    // pct: a percentage already rounded by the core (18.7 for +18.7%).
    this.pct = function (pct, decimals) {
      if (pct === null || pct === undefined) return "—";
      var d = decimals === undefined ? 1 : decimals;
      return nf("p" + d, d, { style: "percent", signDisplay: "exceptZero" }).format(pct / 100 + 0);
    };
    this.number = function (x, decimals) {
      return nf("n" + decimals, decimals, {}).format(x);
    };
    this.pp = function (pp) {
      return nf("pp", 1, { signDisplay: "exceptZero" }).format(pp + 0);
    };
    var dates = {};
    this.date = function (iso, style) {
      if (!iso) return "";
      style = style || "medium";
      if (!dates[style]) {
        var opts = style === "month" ? { month: "short" }
          : style === "monthYear" ? { month: "short", year: "numeric" }
          : style === "year" ? { year: "numeric" }
          : style === "day" ? { month: "short", day: "numeric" }
          : { dateStyle: "medium" };
        opts.timeZone = "UTC";
        try { dates[style] = new Intl.DateTimeFormat(locale, opts); } catch (e) { dates[style] = new Intl.DateTimeFormat("en-US", opts); }
      }
      // Display only: the civil date at midnight UTC, formatted in UTC.
      return dates[style].format(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)));
    };
  }

  /** Sets each of attrs (an object, or nothing) as an attribute of node; returns node. */
  function set(node, attrs) {
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  /** A new HTML element; className, text and attrs are optional. */
  function el(tag, className, text, attrs) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return set(node, attrs);
  }
  /** A new SVG element; text is optional. */
  function svg(tag, attrs, text) {
    var node = set(document.createElementNS(SVG, tag), attrs);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  var HIDDEN = { "aria-hidden": "true" };
  function arrow(parent, text) {
    if (text) parent.appendChild(el("span", "arrow", text, HIDDEN));
  }
  /** The first item of list whose id is id, or undefined. */
  function byId(list, id) {
    return list.find(function (x) { return x && x.id === id; });
  }
  /**
   * Where a key moves from index i in a list of n: the arrows step (around the ends when wrap
   * is set), Home and End jump; undefined for any other key.
   */
  function step(key, i, n, wrap) {
    if (key === "Home") return 0;
    if (key === "End") return n - 1;
    var d = key === "ArrowRight" ? 1 : key === "ArrowLeft" ? -1 : 0;
    if (d) return wrap ? (i + n + d) % n : i + d;
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
    var wrap = el("div", "ic", null, { part: "root" });
    this._error = el("p", "error", null, { role: "alert", hidden: "" });
    this._head = el("p", "asof", null, { "aria-live": "polite" });
    var controls = el("div", "controls");
    this._tabs = el("div", "tabs", null, { role: "tablist", part: "tabs" });
    var asOf = el("div", "asof-control");
    this._play = el("button", "button play", null, { type: "button", "aria-pressed": "false" });
    this._slider = el("input", "slider", null, { type: "range", min: "0", step: "1", id: id + "-slider" });
    this._date = el("input", "date", null, { type: "date", id: id + "-date" });
    this._latest = el("button", "link latest", null, { type: "button" });
    this._sliderLabel = el("label", "visually-hidden", null, { for: id + "-slider" });
    this._dateLabel = el("label", "visually-hidden", null, { for: id + "-date" });
    asOf.append(this._play, this._sliderLabel, this._slider, this._dateLabel, this._date, this._latest);
    controls.append(this._tabs, asOf);
    this._cardsBox = el("div", "cards");
    var compare = el("section", "compare", null, { part: "chart", "aria-labelledby": id + "-title" });
    this._chartTitle = el("h2", "chart-title", null, { id: id + "-title" });
    this._spread = el("p", "spread");
    this._legend = el("ul", "legend");
    this._chartNote = el("p", "chart-note");
    this._chartBox = el("div", "chart-box");
    this._svg = svg("svg", { class: "chart", role: "img", tabindex: "0", focusable: "true" });
    this._tooltip = el("div", "tooltip", null, { hidden: "", "aria-hidden": "true" });
    this._chartBox.append(this._svg, this._tooltip);
    this._barsTitle = el("h3", "bars-title");
    this._bars = el("ol", "bars");
    this._table = el("table", "visually-hidden sr-table");
    compare.append(this._chartTitle, this._spread, this._legend, this._chartNote, this._chartBox, this._barsTitle, this._bars, this._table);
    wrap.append(this._head, this._error, controls, this._cardsBox, compare);
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
      var i = step(e.key, PERIODS.indexOf(self._currentPeriod()), PERIODS.length, true);
      if (i === undefined) return;
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
      if (e.key === "Escape") return self._hideTooltip();
      var n = self._view.chart.xs.length;
      var i = step(e.key, self._hover < 0 ? n - 1 : self._hover, n);
      if (i === undefined) return;
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
      var found = byId(all, id);
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
      this._cards = cardsAt(deck, view, options.asOf);
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
        var b = el("button", "tab", w.periods[p], { type: "button", role: "tab", part: "tab", "aria-label": w.periodNames[p], "data-period": p });
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

  // Every series' card at asOf. deck.cards, like summarize, refuses an as-of date before a
  // series' data starts; the view already marks those cards (reason "noData"), so they get a card
  // with their id alone (figures undefined) and the others are read one by one.
  function cardsAt(deck, view, asOf) {
    var missing = view.cards.some(function (c) { return c.reason === "noData"; });
    if (!missing) return deck.cards(asOf);
    return view.cards.map(function (c) { return c.reason === "noData" ? { id: c.id } : deck.card(c.id, asOf); });
  }

  // A row's or card's note in the page's language, from the key the core gives with its en-US
  // text (src/view.rs, Row::reason); the core's text where there is no key.
  function noteText(f, item, view) {
    var n = f.words.notes, since = item.since && f.date(item.since);
    switch (item.reason) {
      case "since": return fill(n.since, { date: since });
      case "noEarlier": return n.noEarlier;
      case "noPrior": return n.noPrior[item.key] || item.note;
      case "noPeriodBase": return fill(n.noPeriodBase, { period: f.words.periods[view.period] || view.period });
      case "noData": return fill(n.noData, { date: f.date(item.date), first: since });
      default: return item.note || "";
    }
  }

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
      var article = el("article", "card", null, { part: "card", "data-id": c.id });
      var head = el("header", "card-head");
      head.appendChild(el("h3", "name", c.name));
      if (reported) head.appendChild(el("span", "badge", w.reported));
      article.appendChild(head);
      if (!c.figures) {
        var missing = noteText(f, c, view);
        article.append(el("p", "level", "—", { part: "value" }), el("p", "missing", missing));
        article.setAttribute("aria-label", c.name + ": " + missing);
        return article;
      }
      article.setAttribute("aria-label", spoken(f, c));
      article.append(
        el("p", "level", f.number(c.figures.level, c.figures.decimals), { part: "value" }),
        el("p", "close-date", fill(w.closeOn, { date: f.date(c.date) })));
      if (c.spark && showSpark) {
        var s = svg("svg", { class: "spark " + (c.period ? c.period.dir : ""), viewBox: "0 0 120 34", preserveAspectRatio: "none", "aria-hidden": "true", focusable: "false" });
        s.append(svg("line", { class: "spark-base", x1: 0, x2: 120, y1: c.spark.baseY, y2: c.spark.baseY }), svg("path", { d: c.spark.d }));
        article.appendChild(s);
      }
      var list = el("dl", "changes");
      var rows = c.rows.slice();
      var shown = rows.some(function (r) { return c.period && r.key === c.period.key; });
      if (c.period && !shown) rows.push(c.period);
      rows.forEach(function (r) {
        var item = el("div", "change " + r.dir + (r === c.period ? " period-row" : ""), null, { part: "change change-" + r.dir, "data-key": r.key });
        var dd = el("dd", "change-value");
        arrow(dd, r.arrow);
        dd.appendChild(el("span", "pct", f.pct(r.pct)));
        if (r.note) dd.appendChild(el("span", "note", noteText(f, r, view)));
        item.append(el("dt", "change-key", w.rows[r.key] || w.periods[r.key] || r.key), dd);
        list.appendChild(item);
      });
      article.appendChild(list);
      var fig = c.figures;
      var high = el("p", "high " + c.high.dir);
      var since = f.date(fig.firstDate);
      if (fig.atHigh) {
        high.appendChild(el("span", "high-label", fill(w.atHigh, { since: since })));
      } else {
        high.append(el("span", "pct", f.pct(c.high.pct) + " "),
          el("span", "high-label", fill(w.fromHigh, { level: f.number(fig.ath, fig.athDecimals), date: f.date(fig.athDate), since: since })));
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
      nodes.push(
        svg("line", { class: "grid", x1: p[0], x2: p[2], y1: t.pos, y2: t.pos }),
        svg("text", { class: "tick", x: p[0] - 6, y: t.pos, "text-anchor": "end", "dominant-baseline": "middle" }, f.pct(t.value * 100, t.decimals)));
    });
    c.xTicks.forEach(function (t) {
      var january = t.unit === "month" && t.date.slice(5, 7) === "01";
      nodes.push(
        svg("line", { class: "xtick", x1: t.pos, x2: t.pos, y1: p[3], y2: p[3] + 4 }),
        svg("text", { class: "tick", x: t.pos, y: p[3] + 16, "text-anchor": "middle" },
          f.date(t.date, t.unit === "month" ? (january ? "monthYear" : "month") : t.unit)));
    });
    nodes.push(svg("line", { class: "zero", x1: p[0], x2: p[2], y1: c.zeroY, y2: c.zeroY }));
    var pctOf = {};
    view.bars.forEach(function (b) { pctOf[b.id] = b; });
    c.lines.forEach(function (line) {
      var k = self._colorOf(line.id);
      nodes.push(svg("path", { class: "line " + k, d: line.d, "data-id": line.id }));
      if (line.endX !== null && line.labelY !== null) {
        nodes.push(svg("text", { class: "end-label " + k, x: p[2] + 6, y: line.labelY, "dominant-baseline": "middle" },
          f.pct(pctOf[line.id] ? pctOf[line.id].pct : null)));
      }
    });
    if (c.spread) {
      var s = c.spread;
      nodes.push(
        svg("text", { class: "tick", x: p[0], y: s.band[0] - 4 }, w.band),
        svg("line", { class: "zero thin", x1: p[0], x2: p[2], y1: s.zeroY, y2: s.zeroY }),
        svg("path", { class: "line spread-line", d: s.d }),
        svg("text", { class: "tick", x: p[0] - 6, y: s.band[0] + 6, "text-anchor": "end" }, f.pp(s.max)),
        svg("text", { class: "tick", x: p[0] - 6, y: s.band[1], "text-anchor": "end" }, f.pp(s.min)));
    }
    this._cross = svg("line", { class: "crosshair", x1: 0, x2: 0, y1: p[1], y2: c.spread ? c.spread.band[1] : p[3], visibility: "hidden" });
    nodes.push(this._cross);
    this._svg.replaceChildren.apply(this._svg, nodes);

    var hasReference = this.hasAttribute("reference");
    var referenceName = (byId(view.compare.series, view.compare.reference) || {}).name;
    this._legend.replaceChildren.apply(this._legend, view.compare.series.map(function (line) {
      var bar = pctOf[line.id];
      var li = el("li", "legend-item", null, { "data-id": line.id });
      li.append(
        el("span", "swatch " + self._colorOf(line.id), null, HIDDEN),
        el("span", "legend-name", line.name),
        el("span", "legend-value " + (bar ? bar.dir : "none"), f.pct(bar ? bar.pct : null)));
      // With a reference named, each other line says how far it is from it.
      if (hasReference && line.id !== view.compare.reference && line.spread !== null) {
        li.appendChild(el("span", "legend-spread", fill(w.vsReference, { pp: f.pp(IC.round(line.spread, 1)), name: referenceName })));
      }
      return li;
    }));

    var sv = view.smallVsLarge;
    this._spread.hidden = !sv;
    if (sv) {
      var small = byId(view.compare.series, sv.small);
      var large = byId(view.compare.series, sv.large);
      this._spread.className = "spread " + sv.dir;
      this._spread.replaceChildren(el("strong", null, w.smallVsLarge), el("span", "spread-text", fill(w[sv.relation] || sv.text, {
        small: small ? small.name : sv.small, large: large ? large.name : sv.large, pp: sv.pp === null ? "—" : f.number(Math.abs(sv.pp), 1), period: w.periods[view.period] || view.period,
      })));
    }

    this._barsTitle.textContent = fill(w.ranked, { period: periodName });
    this._bars.style.setProperty("--zero", (view.zero * 100).toFixed(3) + "%");
    this._bars.replaceChildren.apply(this._bars, view.bars.map(function (item) {
      var li = el("li", "bar-row " + item.dir, null, { "data-id": item.id });
      var track = el("span", "bar-track", null, HIDDEN);
      var fillBar = track.appendChild(el("span", "bar-fill"));
      fillBar.style.left = (item.start * 100).toFixed(3) + "%";
      fillBar.style.width = (item.width * 100).toFixed(3) + "%";
      var value = el("span", "bar-value");
      arrow(value, item.arrow);
      value.appendChild(el("span", "pct", f.pct(item.pct)));
      li.append(el("span", "bar-name", item.name), track, value);
      return li;
    }));

    // The chart for screen readers: each index's period return and level.
    var levels = {};
    view.cards.forEach(function (card) { levels[card.id] = card.figures ? f.number(card.figures.level, card.figures.decimals) : "—"; });
    var caption = el("caption", null, fill(w.tableCaption, { period: periodName }) + " (" + f.date(view.date) + ")");
    var head = el("tr");
    [w.index, w.ret, w.level].forEach(function (h) { head.appendChild(el("th", null, h, { scope: "col" })); });
    var tbody = el("tbody");
    view.bars.forEach(function (b) {
      var tr = tbody.appendChild(el("tr"));
      tr.append(el("th", null, b.name, { scope: "row" }), el("td", null, f.pct(b.pct)), el("td", null, levels[b.id]));
    });
    var thead = el("thead");
    thead.appendChild(head);
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
    var rows = [el("div", "tip-date", f.date(v.compare.dates[i]), { "data-date": v.compare.dates[i] })];
    v.compare.series.forEach(function (line) {
      var value = line.values[i];
      var row = el("div", "tip-row");
      row.append(
        el("span", "swatch " + self._colorOf(line.id), null, HIDDEN),
        el("span", "tip-name", line.name),
        el("span", "tip-value", value === null ? "—" : f.pct(IC.round(value * 100, 1))));
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
      this._out = el("span", "figure", null, { part: "figure" });
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
    var card = cards && byId(cards, seriesId);
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
