// <index-figure>: one figure of an <index-cards>' data inline in prose ("up +18.7% this year"),
// following that element's as-of date. A figure the author typed stays visible and is flagged
// when the data disagrees beyond the typed rounding (read with the locale's own separators);
// the flag is decided once per as-of date and warns once. When the source has no valid figure
// (an error, no close by the as-of date) the figure blanks, or a typed one is flagged.
import { Formatter, roundHalfAway } from "../i18n/format.js";
import { h } from "./dom.js";

/** The metrics a figure can show: a Card field and whether it is a return (a fraction) or a level. */
export const METRICS = {
  d1: "pct", wtd: "pct", mtd: "pct", qtd: "pct", ytd: "pct", y1: "pct", fromAth: "pct",
  close: "level", ath: "level", high52: "level", low52: "level",
};

/**
 * Whether a typed figure agrees with the value as shown at its own rounding. A typed sign must
 * match; without one ("fell 17.5%") the size is compared.
 * @example agrees({ value: 18.7, decimals: 1, signed: false }, 0.18716, "pct") // true
 */
export function agrees(parsed, value, kind) {
  if (!parsed) return false;
  const shown = roundHalfAway(kind === "pct" ? value * 100 : value, parsed.decimals);
  return Math.abs((parsed.signed ? shown : Math.abs(shown)) - parsed.value) < 1e-9;
}

/**
 * The <index-figure> class over one stylesheet.
 * @example customElements.define("index-figure", makeIndexFigureElement(new Styles(css)));
 */
export function makeIndexFigureElement(styles) {
  return class IndexFigureElement extends HTMLElement {
    static observedAttributes = ["series", "metric", "for", "decimals"];

    #out = null;
    #slot = null;
    #listener = null;
    #decided = "";
    #warned = "";
    #formatter = null;
    #formatterFor = null;

    connectedCallback() {
      if (!this.shadowRoot) {
        const root = this.attachShadow({ mode: "open" });
        styles.adopt(root);
        this.#out = root.appendChild(h("span", { class: "figure", part: "figure" }));
        this.#slot = document.createElement("slot");
      }
      if (!this.#listener) {
        this.#listener = (e) => { if (e.target === this.#source()) this.#update(); };
        document.addEventListener("indexcards:render", this.#listener);
      }
      // Upgraded while the page is still parsing, the author's text may not be there yet.
      if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => this.#update(), { once: true });
      this.#update();
    }

    disconnectedCallback() {
      if (this.#listener) document.removeEventListener("indexcards:render", this.#listener);
      this.#listener = null;
    }

    attributeChangedCallback() {
      if (this.shadowRoot) this.#update();
    }

    /** The named <index-cards> (for="id"), else the nearest one before it, else the first after it. */
    #source() {
      const id = this.getAttribute("for");
      if (id) return document.getElementById(id);
      let before = null;
      const all = document.querySelectorAll("index-cards");
      for (const el of all) if (el.compareDocumentPosition(this) & Node.DOCUMENT_POSITION_FOLLOWING) before = el;
      return before || all[0] || null;
    }

    #fmt(source) {
      const scope = this.closest("[lang]");
      const locale = (scope && scope.getAttribute("lang")) || (source && source.locale) || "en-US";
      if (!this.#formatter || this.#formatterFor !== locale) {
        this.#formatter = new Formatter(locale);
        this.#formatterFor = locale;
      }
      return this.#formatter;
    }

    /** Shows the author's own text (through a slot). */
    #showTyped() {
      if (this.#out.firstChild !== this.#slot) this.#out.replaceChildren(this.#slot);
    }

    /** Sets one of the flags (data-mismatch, data-stale, data-error: its value) and the title; clears the others. */
    #flag(name, title, value = "") {
      for (const attr of ["data-mismatch", "data-stale", "data-error"]) if (attr !== name) this.removeAttribute(attr);
      if (name) this.setAttribute(name, value);
      if (title) this.setAttribute("title", title);
      else this.removeAttribute("title");
    }

    #update() {
      const source = this.#source();
      const f = this.#fmt(source);
      const id = this.getAttribute("series");
      const metric = this.getAttribute("metric") || "ytd";
      const kind = METRICS[metric];
      const typed = this.textContent.trim();
      if (!kind) {
        this.#showTyped();
        this.#flag("data-error", null, f.text("fig.metric", { metric }));
        return;
      }
      const decimalsAttr = this.getAttribute("decimals");
      if (decimalsAttr !== null && !/^[0-6]$/.test(decimalsAttr.trim())) {
        this.#showTyped();
        this.#flag("data-error", null, f.text("fig.decimals", { value: decimalsAttr }));
        return;
      }
      const state = source && source.getAttribute("data-state");
      if (!state) {
        // Nothing rendered yet: the author's text stays, unflagged.
        this.#showTyped();
        return;
      }
      const cards = state === "ready" ? source.cards : [];
      const asOf = source.asOf;
      const card = cards.find((c) => c && c.id === id);
      if (state === "ready" && !card) {
        this.#showTyped();
        this.#flag("data-error", null, f.text("fig.series", { id }));
        return;
      }
      const value = card && !card.missing ? card[metric] : null;
      if (value === null || value === undefined || !Number.isFinite(value)) {
        // No valid figure: a typed one is flagged, an empty one stays blank.
        const title = f.text("fig.noFigure", { name: card ? card.name : id, date: asOf ? f.date(asOf) : "" });
        if (typed) {
          this.#showTyped();
          this.#flag("data-mismatch", title);
        } else {
          this.#out.replaceChildren();
          this.#flag(null, null);
        }
        this.#decided = "";
        return;
      }
      const parsed = typed ? f.parseFigure(typed) : null;
      const decimals = decimalsAttr !== null ? Number(decimalsAttr) : parsed ? parsed.decimals : kind === "pct" ? 1 : card.levelDecimals === 0 ? 0 : 2;
      const computed = kind === "pct" ? f.percent(value, decimals) : f.number(value, decimals);
      const decision = [asOf, id, metric, typed, f.locale, decimals, value, card.stale].join("|");
      if (decision === this.#decided) return;
      this.#decided = decision;
      const stale = card.stale ? f.text("note.stale", { date: f.date(card.date) }) : null;
      if (!typed) {
        this.#out.textContent = computed;
        this.#flag(stale ? "data-stale" : null, stale);
        return;
      }
      this.#showTyped();
      if (agrees(parsed, value, kind)) {
        this.#flag(stale ? "data-stale" : null, stale);
        return;
      }
      this.#flag("data-mismatch", f.text("fig.mismatch", { value: computed, name: card.name, metric, date: asOf }));
      const warn = [id, metric, asOf, typed].join("|");
      if (warn !== this.#warned) {
        this.#warned = warn;
        console.warn(`index-figure: "${typed}" for ${id} ${metric} disagrees with the data, which gives ${computed} as of ${asOf}.`);
      }
    }
  };
}
