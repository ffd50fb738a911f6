// <index-cards>: performance cards, the period comparison and its chart for the series the
// element is given, at an as-of date the reader can move. It reads its data (sources.js), keeps
// one Deck of the core for it, asks the deck for cards, a comparison and a chart, and shows them
// through card.js, comparison.js and chart.js. Nothing here computes a figure.
import { Formatter, WordedError } from "../i18n/format.js";
import { h, setText, setAttr, lastOnOrBefore, contentWidth } from "./dom.js";
import { DateStops } from "./stops.js";
import {
  AsyncSource, closesIn, csvOptions, decideSource, describeElement, fetchSeries, parseSeriesJson, selectSeries,
  seriesFromFiles, seriesFromTemplates, splitIds,
} from "./sources.js";
import { TickLog } from "./ticks.js";
import { attributeProblem, defaultPeriod, periodInfo, tabsOf } from "./attributes.js";
import { CardView, ROWS, SPARK, describeCard } from "./card.js";
import { ChartView } from "./chart.js";
import { ComparisonView, describeComparison } from "./comparison.js";
import { Controls } from "./controls.js";
import { Nearness } from "./nearness.js";
import { IMAGE_CHART, rasterize, saveBlob, snapshotSvg } from "./snapshot.js";

/** How many series colors the stylesheet defines (.s0 … .s5). */
const COLORS = 6;
/** How long after the page's load an element still without data waits before saying how to give it some (ms). */
const HINT_DELAY = 2000;
/** Past this many series, cards and bars out of view are skipped by the browser (styles.css, `.many`)
 * and are brought up to date only as they come near the view (nearness.js). */
const MANY = 12;
/** A file or src load that takes longer than this shows its progress line and Cancel button (ms). */
const PROGRESS_DELAY = 300;
/** A deck that took longer than this to build is drawn in the next task, so that building and
 * drawing a large file's data never block the page in one long task (ms; a long task is 50). */
const BUILD_SLICE = 20;
/** Data of more closes than this is indexed with `Deck.build`, a slice at a time between the
 * page's turns (400,000 closes took 140 ms in one task at 4× CPU slowdown); less is built at once
 * (50,000 closes: about 17 ms at 4×), and drawn in the same task. */
const BUILD_IN_SLICES = 50_000;
/** Days a second while playing. */
const PLAY_RATE = 25;

/**
 * The class of <index-cards> over one IndexCards API (the bundle's, or a stand-in in tests) and
 * one stylesheet.
 * @example customElements.define("index-cards", makeIndexCardsElement(IndexCards, new Styles(css)));
 */
export function makeIndexCardsElement(api, styles) {
  /**
   * `<index-cards>`. Data: `el.data` (series, or Files read as CSV/JSON bytes), a `data-series`
   * attribute, a `<script type="application/json">` child, `<template data-id data-name>` CSV
   * children, or `src`. Attributes: as-of, period, series, reference, theme, lang/locale, compact,
   * source (the source line of exported images).
   * Setting `el.data` replaces the data and every pushed tick; ticks pushed with `el.push` survive
   * everything else (attribute and child changes, moves).
   */
  return class IndexCardsElement extends HTMLElement {
    static observedAttributes = ["data-series", "src", "src-id", "date-order", "decimal", "as-of", "period", "series", "reference", "theme", "lang", "locale", "compact", "source"];

    #data = null;
    #ticks = new TickLog();
    #async = new AsyncSource(() => { this.#loadEnded(); this.#sourceChanged(); });
    #progressTimer = 0;
    #sourceVersion = 0;
    #all = null;
    #allVersion = -1;
    #deck = null;
    #deckKey = "";
    /** The next deck while `Deck.build` builds it: `{ key, controller, deck, error }`. */
    #building = null;
    #input = [];
    #infos = [];
    /** Each series' color class and name, by id. */
    #colors = new Map();
    #names = new Map();
    #reported = false;
    /** The slider's stops (DateStops: ISO dates by `at(i)`, kept as day numbers). */
    #dates = new DateStops();
    #index = -1;
    /** True while the date shown is the as-of attribute's (the reader has not moved it): new data then shows that date again. */
    #fromAttribute = false;
    #period = null;
    #cards = null;
    /** The as-of date `#cards` are for: a cache of another date is never shown. */
    #cardsDate = null;
    #state = "waiting";
    #sourceKind = "none";
    #ready = false;
    #formatter = null;
    #formatterFor = null;
    #dirty = false;
    #taskQueued = false;
    #frameQueued = false;
    #flashNext = false;
    #playing = null;
    #width = 0;
    #observer = null;
    #resize = null;
    #hint = false;
    /** Waiting for DOMContentLoaded to read templates the parser may still be writing (#stillParsed). */
    #awaitingParse = false;
    #hintStarted = false;
    // The shadow DOM's parts, made once.
    #wrap;
    #head;
    #error;
    /** The line shown over the top of the widget while a slow load runs: <progress>, its words, Cancel. */
    #progress;
    #controls;
    #cardsBox;
    #cardViews = new Map();
    /** Which cards and whether the comparison are near the view (with many series). */
    #nearness = new Nearness(() => this.#cameNear());
    #watching = false;
    /** Ids of cards not updated since their figures changed, being out of view. */
    #behind = new Set();
    /** Whether the comparison and chart were left out of view since they changed. */
    #comparisonBehind = false;
    /** The ids of the series pushed to since the last render. */
    #pushed = new Set();
    /** Whether a push since the last render added a date to a series (every card may change: stale, the common date). */
    #pushedDate = false;
    /** What the last complete render showed, but for the pushed closes (see #renderKey). */
    #shownKey = null;
    #chart;
    #comparison;

    /** The data as given to `el.data` (null when the element reads its own children or attributes). */
    get data() { return this.#data; }
    /** Replaces the data, and with it every pushed tick. */
    set data(value) {
      this.#data = value;
      this.#ticks.clear();
      this.#sourceChanged();
    }

    /** The Cards shown (at the as-of date); a series without a close by then is `{ id, name, asOf, missing }`. */
    get cards() {
      if (this.#state !== "ready" || !this.#deck || this.#index < 0) return [];
      return this.#cardsOn(this.#dates.at(this.#index));
    }

    /** The as-of date shown, `YYYY-MM-DD`, or null before the data. */
    get asOf() { return this.#dates.at(this.#index) ?? null; }

    /** The locale numbers and dates are shown in. */
    get locale() { return this.#fmt().locale; }

    /**
     * A live close for series `id` on `date` (its last date: an intraday update; a later date: a
     * new day), as from a page's own feed. The deck validates it like any input and throws when
     * it refuses it (then nothing changes). Accepted ticks are kept by the element; the cards
     * update on the next frame, at most once a frame however many ticks arrive.
     */
    push(id, date, close) {
      const deck = this.#ready ? this.#ensureDeck(true) : null;
      if (!deck) throw new WordedError("err.noDataYet");
      const atLatest = this.#index < 0 || this.#index === this.#dates.length - 1;
      const { appended } = deck.push(id, date, close);
      this.#ticks.add(id, date, close);
      this.#dates.add(date);
      // A new last date may move the others' cards too (stale, the common date); a new close on
      // a series' last date changes its own card alone.
      if (appended) this.#pushedDate = true;
      this.#pushed.add(id);
      if (atLatest && this.#index >= 0 && this.#index !== this.#dates.length - 1) {
        this.#index = this.#dates.length - 1;
        this.#fromAttribute = false; // a new day moved it on
      }
      // A push changes a series' last date and length, never its id, name or first date (all the
      // element reads of deck.series), so the series list is not read again: 200 pushes in a
      // frame would otherwise write 200 × 200 objects.
      this.#cards = null;
      this.#flashNext = true;
      this.#schedule(true);
    }

    connectedCallback() {
      if (!this.shadowRoot) this.#build();
      if (!this.#observer && typeof MutationObserver === "function") {
        // Children are data (a JSON script, CSV templates): a change re-reads them.
        this.#observer = new MutationObserver(() => { if (this.#data === null) this.#sourceChanged(); });
        this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
      }
      if (!this.#resize && typeof ResizeObserver === "function") {
        // The chart box is the comparison's full content width, and the comparison is laid out
        // while the chart box is hidden (as-reported figures have bars but no chart): watching it
        // gives the width before the first chart, so that render neither reads layout nor runs
        // again when the width comes in (the demo's first CSVs rendered twice, 40 ms apart).
        this.#resize = new ResizeObserver((entries) => {
          const w = entries[entries.length - 1].contentRect.width;
          if (w && Math.abs(w - this.#width) > 4) {
            this.#width = w;
            if (this.#state === "ready" && this.#charted()) this.#schedule(true);
          }
        });
        this.#resize.observe(this.#comparison.element);
      }
      // The quiet line that says how to give data waits HINT_DELAY after the page has loaded:
      // a page's own script that hands the data over a little later never shows it.
      if (!this.#hintStarted) {
        this.#hintStarted = true;
        // Only a placeholder shows it: with data shown, a render then would redraw it all for nothing.
        const start = () => setTimeout(() => { this.#hint = true; if (this.#state === "waiting") this.#schedule(false); }, HINT_DELAY);
        if (document.readyState === "complete") start();
        else window.addEventListener("load", start, { once: true });
      }
      this.#schedule(false);
    }

    disconnectedCallback() {
      this.#stop();
      this.#observer?.disconnect();
      this.#observer = null;
      this.#resize?.disconnect();
      this.#resize = null;
      this.#nearness.disconnect();
      this.#watching = false;
      // A move to another parent reconnects in the same task: only a real removal frees the deck.
      queueMicrotask(() => { if (!this.isConnected) this.#release(); });
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (oldValue === newValue || name === "source") return; // source is read only by the image
      if (name === "data-series" || name === "src" || name === "src-id") {
        if (this.#data === null) this.#sourceChanged();
        return;
      }
      if (name === "date-order" || name === "decimal") {
        // CSV read again with the new options, whatever its source (Files and src included).
        this.#async.reset();
        this.#sourceChanged();
        return;
      }
      if (name === "series") this.#deckKey = "";
      if (name === "period") this.#period = null;
      if (name === "as-of") this.#index = -1;
      this.#schedule(false);
    }

    // ---- data ----

    #sourceChanged() {
      this.#sourceVersion++;
      this.#deckKey = "";
      this.#schedule(false);
    }

    /** The series the element's source gives; null while none is there yet or it is loading. */
    #readAll() {
      const d = decideSource(describeElement(this, this.#data));
      this.#sourceKind = d.kind;
      if (d.kind !== "files" && d.kind !== "src") {
        this.#async.reset();
        this.#loadEnded();
      }
      switch (d.kind) {
        case "data": return d.value;
        case "attribute": return parseSeriesJson(d.text, { key: "where.attribute" });
        case "script": return parseSeriesJson(d.text, { key: "where.script" });
        case "templates": return this.#stillParsed() ? null : seriesFromTemplates(d.templates, api, csvOptions(this));
        case "files": {
          const label = d.files.map((file, i) => file.name || `file${i + 1}`).join(", ");
          return this.#async.get(this.#data, (signal) => this.#loading(label, seriesFromFiles(d.files, api, csvOptions(this), signal)));
        }
        case "src": {
          const id = this.getAttribute("src-id");
          const csv = csvOptions(this);
          return this.#async.get(`${d.src}\n${id || ""}`, (signal) => this.#loading(d.src, fetchSeries(d.src, { id, protocol: location.protocol, api, signal, csv })));
        }
        default: return null;
      }
    }

    /**
     * Whether the page's parser may still be writing this element's CSV templates: while the
     * document is loading, a large template arrives in parts, and the parts written into a
     * template's content are not seen by the MutationObserver, so it could be read half-parsed.
     * The element then shows its placeholder and reads them once the document is parsed. (A JSON
     * script child is read at once: its text is in the light DOM, where the observer sees every
     * part arrive, and `indexcards render` pages rely on it to draw before their first paint.)
     */
    #stillParsed() {
      if (typeof document === "undefined" || document.readyState !== "loading" || this.ownerDocument !== document) return false;
      if (!this.#awaitingParse) {
        this.#awaitingParse = true;
        document.addEventListener("DOMContentLoaded", () => { this.#awaitingParse = false; this.#sourceChanged(); }, { once: true });
      }
      return true;
    }

    /** `pending` (a load of `label`), whose progress line shows if it takes over PROGRESS_DELAY. */
    #loading(label, pending) {
      clearTimeout(this.#progressTimer);
      this.#progressTimer = setTimeout(() => {
        if (!this.#async.loading || !this.#progress) return;
        const f = this.#fmt();
        setText(this.#progress.querySelector("span"), f.text("state.reading", { file: label }));
        setText(this.#progress.querySelector("button"), f.text("state.cancel"));
        setAttr(this.#progress, "hidden", false);
      }, PROGRESS_DELAY);
      return pending;
    }

    #loadEnded() {
      clearTimeout(this.#progressTimer);
      if (this.#progress) setAttr(this.#progress, "hidden", true);
    }

    /** Cancel: the load stops (its worker with it) and the series shown before it stay. */
    #cancelLoad() {
      this.#loadEnded();
      this.#async.cancel(this.#all);
    }

    /**
     * The deck for the current data and `series` attribute, built (and the ticks replayed) when
     * either changed. Long data is built with `Deck.build` unless `now`: until it is, the deck
     * shown before stays (null: none) and `#building` is set.
     */
    #ensureDeck(now = false) {
      const key = `${this.#sourceVersion}|${this.getAttribute("series") || ""}`;
      if (this.#deck && this.#deckKey === key) return this.#deck;
      if (this.#allVersion !== this.#sourceVersion || this.#all === null) {
        const all = this.#readAll();
        // While a file or src loads, the data shown before stays (Cancel keeps it).
        if (all === null) return this.#async.loading ? this.#deck : null;
        this.#all = all;
        this.#allVersion = this.#sourceVersion;
      }
      const chosen = selectSeries(this.#all, this.getAttribute("series"));
      const built = this.#building?.key === key && !now ? this.#building : null;
      if (built && !built.deck && !built.error) return this.#deck;
      if (built) this.#building = null;
      else this.#stopBuilding();
      if (built?.error) throw built.error;
      if (!built && !now && closesIn(chosen) > BUILD_IN_SLICES) {
        this.#startBuilding(key, chosen);
        return this.#deck;
      }
      const deck = built ? built.deck : new api.Deck(chosen);
      for (const r of this.#ticks.replay(deck)) {
        console.warn(`index-cards: the tick ${r.id} ${r.date} ${r.close} pushed earlier does not fit the new data and was dropped: ${r.error.message}`);
      }
      // The date shown stays, or, if it was the latest, the latest date of the new data.
      const current = this.#dates.at(this.#index);
      const atLatest = this.#index >= 0 && this.#index === this.#dates.length - 1;
      if (this.#deck) this.#deck.free();
      this.#deck = deck;
      this.#deckKey = key;
      this.#input = chosen;
      this.#infos = deck.series;
      this.#colors = new Map(this.#infos.map((s, i) => [s.id, `s${i % COLORS}`]));
      this.#names = new Map(this.#infos.map((s) => [s.id, s.name]));
      this.#reported = Array.isArray(chosen) && chosen.length > 0 && chosen.every((s) => s && s.asReported === true);
      this.#dates = new DateStops(deck.days());
      // The as-of attribute's date, if it is what was shown; else the date shown stays, or the latest.
      this.#index = this.#fromAttribute ? -1 : atLatest ? this.#dates.length - 1 : current ? Math.max(0, lastOnOrBefore(this.#dates, current)) : -1;
      this.#cards = null;
      return deck;
    }

    /** Builds the deck for `key` with `Deck.build`; once it is built (or refused), renders. */
    #startBuilding(key, chosen) {
      const building = { key, controller: new AbortController(), deck: null, error: null };
      this.#building = building;
      api.Deck.build(chosen, { signal: building.controller.signal }).then((deck) => {
        if (this.#building === building) building.deck = deck;
        else deck.free();
      }, (error) => {
        building.error = error;
      }).then(() => {
        if (this.#building === building) this.#schedule(false);
      });
    }

    /** Stops a build that is no longer wanted (its deck, if already built, is freed). */
    #stopBuilding() {
      const building = this.#building;
      this.#building = null;
      if (!building) return;
      building.controller.abort();
      if (building.deck) building.deck.free();
    }

    #release() {
      this.#stop();
      this.#stopBuilding();
      this.#async.reset();
      this.#loadEnded();
      if (this.#deck) {
        try { this.#deck.free(); } catch { /* already freed */ }
      }
      this.#deck = null;
      this.#deckKey = "";
      this.#cards = null;
    }

    /** The cards at asOf, computed once per date and data (pushes and new data clear them). */
    #cardsOn(asOf) {
      if (this.#cards === null || this.#cardsDate !== asOf) {
        this.#cards = this.#cardsAt(asOf);
        this.#cardsDate = asOf;
      }
      return this.#cards;
    }

    /** Every series' card at asOf; a series whose data starts later gets a card that says so. */
    #cardsAt(asOf) {
      if (!this.#infos.some((s) => s.firstDate > asOf)) return this.#deck.cards(asOf);
      return this.#infos.map((s) => this.#cardOf(s, asOf));
    }

    /** Series `s`'s card at asOf, or a card that says its data starts later. */
    #cardOf(s, asOf) {
      return s.firstDate > asOf ? { id: s.id, name: s.name, asOf, missing: { firstDate: s.firstDate } } : this.#deck.card(s.id, asOf);
    }

    // ---- scheduling: attribute and data changes render in a microtask, pushes and resizes once a frame ----

    #schedule(frame) {
      this.#dirty = true;
      if (frame && this.#ready && typeof requestAnimationFrame === "function") {
        if (this.#frameQueued) return;
        this.#frameQueued = true;
        requestAnimationFrame(() => {
          this.#frameQueued = false;
          if (this.#dirty) this.#run();
        });
        return;
      }
      if (this.#taskQueued) return;
      this.#taskQueued = true;
      api.ready.then(() => {
        this.#taskQueued = false;
        this.#ready = true;
        if (this.#dirty) this.#run();
      }, (e) => {
        this.#taskQueued = false;
        this.#fail(e);
      });
    }

    /** Renders in a task of its own (the deck was just built in this one); a render before it makes it moot. */
    #drawNextTask() {
      this.#dirty = true;
      setTimeout(() => { if (this.#dirty) this.#run(); }, 0);
    }

    #run() {
      // An element removed before it rendered never renders; connectedCallback asks again.
      if (!this.isConnected || !this.shadowRoot) return;
      this.#render();
    }

    // ---- rendering ----

    #locale() {
      const own = this.getAttribute("locale") || this.getAttribute("lang");
      if (own) return own;
      const scope = this.closest("[lang]");
      if (scope && scope.getAttribute("lang")) return scope.getAttribute("lang");
      return (typeof navigator !== "undefined" && navigator.language) || "en-US";
    }

    #fmt() {
      const locale = this.#locale();
      if (!this.#formatter || this.#formatterFor !== locale) {
        this.#formatter = new Formatter(locale);
        this.#formatterFor = locale;
      }
      return this.#formatter;
    }

    #build() {
      const root = this.attachShadow({ mode: "open" });
      styles.adopt(root);
      this.#wrap = h("div", { class: "ic waiting", part: "root" });
      this.#head = h("p", { class: "asof", "aria-live": "polite" });
      this.#error = h("p", { class: "error", role: "alert", hidden: "" });
      this.#progress = h("div", { class: "progress", role: "status", hidden: "" });
      const cancel = h("button", { type: "button" });
      cancel.addEventListener("click", () => this.#cancelLoad());
      this.#progress.append(h("progress"), h("span"), cancel);
      this.#controls = new Controls({
        period: (key) => this.#setPeriod(key),
        index: (i) => this.#setIndex(i),
        date: (iso) => this.#setIndex(Math.max(0, lastOnOrBefore(this.#dates, iso))),
        latest: () => { this.#stop(); this.#setIndex(this.#dates.length - 1); },
        play: () => this.#togglePlay(),
        image: () => this.#download(),
      });
      this.#cardsBox = h("div", { class: "cards" });
      this.#chart = new ChartView();
      this.#comparison = new ComparisonView(this.#chart.element);
      this.#wrap.append(this.#head, this.#progress, this.#error, this.#controls.element, this.#cardsBox, this.#comparison.element);
      root.appendChild(this.#wrap);
      this.#placeholder(this.#fmt());
    }

    #look(f) {
      const theme = (this.getAttribute("theme") || "auto").toLowerCase();
      const classes = ["ic", `theme-${theme === "light" || theme === "dark" ? theme : "auto"}`];
      if (this.hasAttribute("compact")) classes.push("compact");
      if (this.#infos.length > MANY) classes.push("many");
      if (this.#state === "error") classes.push("failed");
      if (this.#state === "waiting") classes.push("waiting");
      setAttr(this.#wrap, "class", classes.join(" "));
      setAttr(this.#wrap, "lang", f.locale);
    }

    /**
     * A quiet placeholder of the final size while the data is on its way: the toolbar, blank
     * cards (as many as the `series` attribute names, one for a src file, else four) and the
     * chart's space. No error, no data-state.
     */
    #placeholder(f) {
      this.#state = "waiting";
      this.#look(f);
      setAttr(this.#error, "hidden", true);
      // Once the page has loaded and still nothing gave the element data, the quiet line says how to.
      const hint = this.#sourceKind === "none" && this.#hint;
      setText(this.#head, f.text(hint ? "err.noSeries" : "state.placeholder"));
      const periods = api.periods || [];
      const tabs = tabsOf(periods);
      if (tabs.length) this.#controls.reserve({ f, tabs, period: defaultPeriod(periods, this.getAttribute("period")).key });
      const n = splitIds(this.getAttribute("series")).length || (this.hasAttribute("src") ? 1 : 4);
      if (this.#cardsBox.children.length !== n || this.#cardViews.size) {
        this.#cardViews.clear();
        const blank = { name: "\u00a0", level: "\u00a0", line: { kind: "close", text: "\u00a0" }, rows: [], period: null, high: { pct: "", dir: "none", text: "\u00a0" }, range: "\u00a0", spoken: "" };
        this.#cardsBox.replaceChildren(...Array.from({ length: n }, () => {
          const view = new CardView("", { reported: false, spark: true, periodRow: false });
          view.update(blank);
          view.element.removeAttribute("aria-label");
          return view.element;
        }));
      }
      const width = this.#chartWidth();
      this.#chart.reserve(width, this.#chartHeight(width));
      this.#comparison.reserve(n, f);
      this.removeAttribute("data-state");
    }

    #fail(error) {
      const f = this.#fmt();
      this.#stop();
      this.#state = "error";
      this.#cards = null;
      this.#look(f);
      setAttr(this.#error, "hidden", false);
      setText(this.#error, f.message(error));
      this.setAttribute("data-state", "error");
      this.dispatchEvent(new CustomEvent("indexcards:render", { bubbles: true, composed: true, detail: { error: this.#error.textContent } }));
    }

    #chartWidth() {
      // Read from layout only before the first ResizeObserver report (never in a push's frame),
      // and measured as that observer measures it, so its report draws nothing again.
      if (!this.#width) this.#width = contentWidth(this.#comparison.element);
      const w = this.#width || this.clientWidth || 720;
      return Math.max(260, Math.min(1400, Math.round(w)));
    }

    /** Whether renders draw the chart: not for as-reported figures, nor a compact element. */
    #charted() {
      return !this.#reported && !this.hasAttribute("compact");
    }

    #chartHeight(width) {
      return Math.round(Math.max(220, Math.min(420, width * 0.5)));
    }

    #currentPeriod() {
      const periods = api.periods;
      return (this.#period && periodInfo(periods, this.#period)) || defaultPeriod(periods, this.getAttribute("period"));
    }

    #colorOf(id) {
      return this.#colors.get(id) ?? "s0";
    }

    #render() {
      this.#dirty = false;
      const flashing = this.#flashNext;
      this.#flashNext = false;
      // A render that stops short (an error, the placeholder, a deck drawn in the next task)
      // leaves no shown key, so the next one redraws every card.
      const shown = this.#shownKey;
      const pushed = this.#pushed;
      const pushedDate = this.#pushedDate;
      this.#shownKey = null;
      this.#pushed = new Set();
      this.#pushedDate = false;
      const f = this.#fmt();
      const problem = attributeProblem((name) => this.getAttribute(name), api.periods);
      if (problem) return this.#fail(problem);
      let view, key;
      try {
        const before = this.#deck;
        const started = performance.now();
        const deck = this.#ensureDeck();
        if (!deck) return this.#placeholder(f);
        // The data shown before stays while the new data's deck is built (it renders then).
        if (this.#building && deck === before) return this.setAttribute("data-state", "loading");
        // Not for figures as reported: the placeholder keeps the chart's space, which they do not
        // draw, so a frame of it before them would move the page (and their data is small).
        if (deck !== before && !this.#reported && performance.now() - started > BUILD_SLICE) return this.#drawNextTask();
        key = this.#renderKey(f);
        // Only closes pushed on series' last dates since a render that showed all else the same:
        // the other cards are as they were.
        const changed = key === shown && !pushedDate ? pushed : null;
        view = this.#compute(f, null, this.#gated(), changed);
      } catch (e) {
        return this.#fail(e);
      }
      this.#state = "ready";
      this.#look(f);
      setAttr(this.#error, "hidden", true);
      this.#show(f, view, flashing);
      this.#shownKey = key;
      this.setAttribute("data-state", this.#async.loading ? "loading" : "ready");
      if (typeof performance !== "undefined" && performance.mark && !performance.getEntriesByName("indexcards:first-render").length) {
        performance.mark("indexcards:first-render"); // read by tools/bench.js
      }
      this.dispatchEvent(new CustomEvent("indexcards:render", { bubbles: true, composed: true, detail: { asOf: view.asOf, period: view.period.key } }));
    }

    /** Everything but the closes that the cards shown depend on: the data and series, the date
     * shown and the dates there are, the period, the reference, the locale and the cards' shape. */
    #renderKey(f) {
      const attr = (name) => this.getAttribute(name) ?? "";
      return [this.#deckKey, this.#shownIndex(f), this.#dates.length, this.#currentPeriod().key, attr("reference"), f.locale, this.#reported, this.hasAttribute("compact")].join("\u0000");
    }

    /** Whether this render may leave out what is out of view: many series, and a browser that says where they are. */
    #gated() {
      return this.#infos.length > MANY && this.#nearness.available;
    }

    /** A part came near the view: render what was left behind while it was out of view. */
    #cameNear() {
      if (this.#state === "ready" && (this.#behind.size || this.#comparisonBehind)) this.#schedule(true);
    }

    /** Series `i`'s card at asOf, from the cards of every series when they are at hand, else alone. */
    #cardAt(i, asOf) {
      if (this.#cards !== null && this.#cardsDate === asOf) return this.#cards[i];
      return this.#cardOf(this.#infos[i], asOf);
    }

    /** The index of the date shown: once unset (new data, an as-of attribute changed), the as-of
     * attribute's date, else the latest. Throws when the attribute's date is before the data. */
    #shownIndex(f) {
      if (this.#index < 0) {
        const asOf = this.getAttribute("as-of");
        if (asOf) {
          const i = lastOnOrBefore(this.#dates, asOf);
          if (i < 0) throw new WordedError("err.asOfBefore", { value: asOf, first: f.date(this.#dates.at(0)) });
          this.#index = i;
          this.#fromAttribute = true;
        } else {
          this.#index = this.#dates.length - 1;
          this.#fromAttribute = false;
        }
      }
      return this.#index;
    }

    /** Everything the deck says for the shown date and period (the chart at `size`, default the
     * element's); throws what the deck throws. `gated`: what is out of view is left out (`near`:
     * the ids of the cards near the view, read one by one as shown; the chart only when it is
     * near). `changed`: after pushes alone, the ids pushed; `due(id)` then says which cards this
     * render brings up to date (the pushed ones and those left behind; else every one). */
    #compute(f, size = null, gated = false, changed = null) {
      const asOf = this.#dates.at(this.#shownIndex(f));
      const period = this.#currentPeriod();
      const cards = gated ? null : this.#cardsOn(asOf);
      const near = gated ? new Set(this.#infos.map((s) => s.id).filter((id) => this.#nearness.has(this.#cardViews.get(id)?.element))) : null;
      const due = changed ? (id) => changed.has(id) || this.#behind.has(id) : () => true;
      const options = { period: period.key, to: asOf };
      const reference = this.getAttribute("reference");
      if (reference) options.reference = reference;
      // Out of view, the comparison's bars and chart wait until they come near (#cameNear); the
      // cards then need the comparison only for a period they show as a row of their own.
      const away = gated && !this.#nearness.has(this.#comparison.element);
      const comparison = away && ROWS.some((r) => r.key === period.key) ? null : this.#deck.compare(options);
      let chart = null;
      let samples = null;
      let sparks = null;
      if (this.#charted()) {
        const width = size ? size.width : this.#chartWidth();
        const height = size ? size.height : this.#chartHeight(width);
        if (away) {
          // The sparklines of the cards in view that are due alone, at a fraction of the chart's cost.
          const ids = [...near].filter(due);
          const drawn = this.#deck.sparks({ ...options, ...SPARK, ids });
          sparks = new Map(ids.map((id, k) => [id, drawn[k]]));
          return { asOf, period, cards, near, due, comparison, away, chart, samples, sparks };
        }
        // Without the crosshair's samples: the chart view asks for them when the reader points.
        chart = this.#deck.chart({ ...options, width, height, spark: SPARK, crosshair: false });
        sparks = new Map(this.#infos.map((s, i) => [s.id, chart.sparks[i]]));
        const deck = this.#deck;
        const full = { ...options, width, height, spark: { width: 16, height: 16 } };
        samples = () => (this.#deck === deck ? deck.chart(full).crosshair : null);
      }
      return { asOf, period, cards, near, due, comparison, away, chart, samples, sparks };
    }

    #show(f, { asOf, period, cards, near, due, comparison, away, chart, samples, sparks }, flashing) {
      setText(this.#head, f.text("head.asOf", { date: f.date(asOf), period: f.periodName(period) }));
      this.#controls.update({ f, tabs: tabsOf(api.periods), period: period.key, dates: this.#dates, index: this.#index, playing: !!this.#playing });

      // Cards: kept per series while their shape holds, every text written only when it changed.
      const shape = { reported: this.#reported, spark: !this.#reported, periodRow: !ROWS.some((r) => r.key === period.key) };
      const lines = new Map(comparison ? comparison.series.map((s) => [s.id, s]) : []);
      const ids = this.#infos.map((s) => s.id); // the cards' order
      const box = this.#cardsBox;
      const inOrder = box.children.length === ids.length && ids.every((id, i) => {
        const view = this.#cardViews.get(id);
        return view && box.children[i] === view.element && view.fits(shape);
      });
      if (!inOrder) {
        const views = new Map();
        for (const id of ids) {
          const old = this.#cardViews.get(id);
          views.set(id, old && old.fits(shape) ? old : new CardView(id, shape));
        }
        this.#cardViews = views;
        box.replaceChildren(...ids.map((id) => views.get(id).element));
        this.#watching = false;
      }
      if (near && !this.#watching) {
        this.#nearness.watch([...ids.map((id) => this.#cardViews.get(id).element), this.#comparison.element]);
        this.#watching = true;
      }
      const badge = this.#reported ? f.text("card.reported") : "";
      ids.forEach((id, i) => {
        const view = this.#cardViews.get(id);
        // After pushes alone, a card that is not due is as shown (unless its view was just made).
        if (inOrder && !due(id)) return;
        // Out of view (with many series), a card is brought up to date when it comes near: the
        // same cards as those #compute drew sparklines for.
        if (near && !near.has(id)) return this.#behind.add(id);
        this.#behind.delete(id);
        const card = cards ? cards[i] : this.#cardAt(i, asOf);
        const model = describeCard(f, card, { period, periodLine: lines.get(id), compareDate: comparison?.date, asOf });
        view.update(model, { spark: sparks?.get(id) ?? null, flash: flashing, badge });
      });

      this.#comparisonBehind = away;
      if (away) return;
      const all = cards ?? this.#cardsOn(asOf);
      const levels = new Map(all.map((c) => [c.id, c.missing ? "—" : f.level(c.close, c.levelDecimals)]));
      const model = describeComparison(f, comparison, { period, asOf, showSpreads: this.hasAttribute("reference"), levels });
      this.#comparison.update(model, { reported: this.#reported, colorOf: (id) => this.#colorOf(id), chartBox: this.#chart.element });
      if (chart) {
        this.#chart.draw(chart, {
          f, colorOf: (id) => this.#colorOf(id), nameOf: (id) => this.#names.get(id) ?? id,
          label: `${f.text("chart.label")}: ${model.title}`, samples,
        });
      }
    }

    // ---- the image (snapshot.js) ----

    /** The cards and the chart as shown now, with the as-of date and the source line, as one
     * self-contained SVG document (text). Throws while the element has no data. */
    toSVG() {
      return this.#image(1).text;
    }

    /** toSVG() as a PNG Blob at 2× (or `scale`, 1 to 4). */
    async toPNG({ scale = 2 } = {}) {
      if (typeof scale !== "number" || !(scale >= 1 && scale <= 4)) throw new RangeError(`toPNG: scale must be a number from 1 to 4, not ${String(scale)}`);
      return rasterize(this.#image(scale));
    }

    #image(scale) {
      if (this.#state !== "ready" || !this.#deck) throw new WordedError("err.noDataYet");
      const f = this.#fmt();
      return snapshotSvg({
        f, view: this.#compute(f, IMAGE_CHART), wrap: this.#wrap, scale,
        names: new Map(this.#infos.map((s) => [s.id, s.name])), colorOf: (id) => this.#colorOf(id),
        reported: this.#reported, compact: this.hasAttribute("compact"), showSpreads: this.hasAttribute("reference"),
        source: this.getAttribute("source"),
      });
    }

    /** The "Download image" button: the PNG saved as indexcards-<as-of>.png. */
    async #download() {
      try {
        saveBlob(await this.toPNG(), `indexcards-${this.asOf}.png`, this.#wrap);
      } catch (e) {
        console.error(`index-cards: the image could not be made: ${e.message}`);
      }
    }

    // ---- the reader's controls ----

    #setPeriod(key) {
      this.#period = key;
      this.#render();
    }

    #setIndex(i) {
      if (!this.#dates.length) return;
      this.#index = Math.max(0, Math.min(this.#dates.length - 1, i));
      this.#fromAttribute = false;
      this.#cards = null;
      this.#render();
    }

    #stop() {
      if (this.#playing) cancelAnimationFrame(this.#playing.frame);
      this.#playing = null;
      if (this.#controls) this.#controls.setPlaying(false, this.#fmt());
    }

    /** Play moves the as-of date forward PLAY_RATE dates a second, one render a frame; from the latest date it starts a year back. */
    #togglePlay() {
      if (this.#playing) return this.#stop();
      if (!this.#dates.length || typeof requestAnimationFrame !== "function") return;
      if (this.#index >= this.#dates.length - 1) {
        const last = this.#dates.at(this.#dates.length - 1);
        const yearBack = String(Number(last.slice(0, 4)) - 1).padStart(4, "0") + last.slice(4);
        this.#index = Math.max(0, lastOnOrBefore(this.#dates, yearBack));
        this.#fromAttribute = false;
        this.#cards = null;
      }
      const playing = { frame: 0, start: performance.now(), from: this.#index };
      const tick = (now) => {
        if (this.#playing !== playing) return;
        const want = playing.from + Math.floor(((now - playing.start) / 1000) * PLAY_RATE);
        const i = Math.min(this.#dates.length - 1, want);
        if (i !== this.#index) this.#setIndex(i);
        if (i >= this.#dates.length - 1) return this.#stop();
        playing.frame = requestAnimationFrame(tick);
      };
      this.#playing = playing;
      this.#controls.setPlaying(true, this.#fmt());
      playing.frame = requestAnimationFrame(tick);
    }
  };
}
