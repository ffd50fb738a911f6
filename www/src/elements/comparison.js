// The comparison under the cards, from a Comparison of the core: the small-vs-large sentence,
// the legend (with spreads against a reference), the common date when it is not the as-of date,
// the ranked bars and a visually hidden table for screen readers. The chart itself is chart.js.
import { h, setText, setAttr, setClass, setArrow } from "./dom.js";
import { ARROWS } from "./card.js";

/**
 * Bars for the period returns: highest first (ties in input order, missing returns last), placed
 * on one track from the lowest negative to the highest positive return, 0% at `zero` (0–1).
 * @example rankBars([{ id: "A", return: 0.1 }, { id: "B", return: -0.1 }])
 *   // { zero: 0.5, bars: [{ id: "A", start: 0.5, width: 0.5, … }, { id: "B", start: 0, width: 0.5, … }] }
 */
export function rankBars(series) {
  const values = series.map((s) => s.return).filter((v) => v !== null && v !== undefined && Number.isFinite(v));
  const top = Math.max(0, ...values);
  const bottom = Math.min(0, ...values);
  const span = top - bottom;
  const zero = span > 0 ? -bottom / span : 0;
  const bars = series.map((s, order) => {
    const v = s.return;
    const has = v !== null && v !== undefined && Number.isFinite(v);
    const width = has && span > 0 ? Math.abs(v) / span : 0;
    return { id: s.id, name: s.name, value: has ? v : null, start: has && v < 0 ? zero - width : zero, width, order };
  });
  bars.sort((a, b) => {
    if (a.value === null || b.value === null) return (a.value === null) - (b.value === null) || a.order - b.order;
    return b.value - a.value || a.order - b.order;
  });
  return { zero, bars };
}

const RELATION_DIR = { leads: "up", trails: "down", matches: "flat", none: "none" };

/**
 * What the comparison section says, as texts (no DOM).
 * ctx: `{ period, asOf, showSpreads, levels }`: the selected PeriodInfo, the as-of date shown,
 * whether the legend gives each line's spread against the reference (a `reference` attribute),
 * and each series' level as text, by id.
 */
export function describeComparison(f, comparison, ctx) {
  const periodTab = f.periodTab(ctx.period);
  const periodName = f.periodName(ctx.period);
  const byId = new Map(comparison.series.map((s) => [s.id, s]));
  const reference = byId.get(comparison.reference);
  const legend = comparison.series.map((s) => ({
    id: s.id,
    name: s.name,
    pct: f.percent(s.return),
    dir: f.direction(s.return),
    spread: ctx.showSpreads && s.id !== comparison.reference && s.spread !== null && s.spread !== undefined && reference
      ? f.text("chart.vsReference", { pp: f.points(s.spread), name: reference.name })
      : "",
    stale: s.stale && s.lastDate ? f.text("note.stale", { date: f.date(s.lastDate) }) : "",
  }));
  let spread = null;
  const sv = comparison.smallVsLarge;
  if (sv) {
    const small = byId.get(sv.small);
    const large = byId.get(sv.large);
    const relation = Object.hasOwn(RELATION_DIR, sv.relation) ? sv.relation : "none";
    const text = f.text(`spread.${relation}`, {
      small: small ? small.name : sv.small,
      large: large ? large.name : sv.large,
      pp: sv.value === null || sv.value === undefined ? "" : f.number(Math.abs(sv.value), 1),
      period: periodTab,
    });
    spread = { dir: RELATION_DIR[relation], parts: f.parts("spread.line", { title: f.text("spread.title"), text }) };
  }
  const { zero, bars } = rankBars(comparison.series);
  const ranked = bars.map((b) => {
    const dir = f.direction(b.value);
    return { ...b, pct: f.percent(b.value), dir, arrow: ARROWS[dir] };
  });
  return {
    title: f.text("chart.rebased", { period: periodName, zero: f.zeroPercent() }),
    periodName,
    spread,
    legend,
    commonDate: comparison.date && ctx.asOf && comparison.date !== ctx.asOf ? f.text("chart.commonDate", { date: f.date(comparison.date) }) : "",
    barsTitle: f.text("chart.ranked", { period: periodName }),
    zero,
    bars: ranked,
    // The value column is as wide as the longest figure (styles.css): "+39,025.2%" at MAX.
    valueChars: Math.max(0, ...ranked.map((b) => b.pct.length)),
    table: {
      caption: f.text("chart.caption", { period: periodName, date: f.date(comparison.date || ctx.asOf) }),
      head: [f.text("chart.index"), f.text("chart.return"), f.text("chart.level")],
      rows: ranked.map((b) => [b.name, b.pct, ctx.levels.get(b.id) ?? "—"]),
    },
  };
}

/** Whether a list's children carry exactly these ids, in order. */
function sameIds(list, ids) {
  return list.children.length === ids.length && ids.every((id, i) => list.children[i].dataset.id === id);
}

/**
 * The comparison section's DOM around a chart box: built once, its lists rebuilt only when the
 * series change, every text written only when it changed.
 */
export class ComparisonView {
  #section;
  #title;
  #spread;
  #legend;
  #common;
  #note;
  #barsTitle;
  #bars;
  #table;
  #tableKey = "";

  constructor(chartBox) {
    this.#section = h("section", { class: "compare", part: "chart", "aria-labelledby": "chart-title" });
    this.#title = h("h2", { class: "chart-title", id: "chart-title" });
    this.#spread = h("p", { class: "spread", hidden: "" });
    this.#legend = h("ul", { class: "legend" });
    this.#common = h("p", { class: "common-date", hidden: "" });
    this.#note = h("p", { class: "chart-note", hidden: "" });
    this.#barsTitle = h("h3", { class: "bars-title" });
    this.#bars = h("ol", { class: "bars" });
    // The chart for screen readers: a table, visually hidden in a box (a table will not shrink to 1 px).
    this.#table = h("table", { class: "sr-table" });
    const hidden = h("div", { class: "visually-hidden" });
    hidden.appendChild(this.#table);
    this.#section.append(this.#title, this.#spread, this.#legend, this.#common, this.#note, chartBox, this.#barsTitle, this.#bars, hidden);
  }

  get element() { return this.#section; }

  /** Empty rows for n series while the data is on its way (the section keeps its final size). */
  reserve(n, f) {
    setText(this.#title, "\u00a0");
    // A pair of series usually has a small-vs-large line: its place is kept (invisibly).
    setAttr(this.#spread, "hidden", n < 2);
    this.#spread.replaceChildren("\u00a0");
    this.#legend.replaceChildren(...Array.from({ length: n }, () => h("li", { class: "legend-item" }, "\u00a0")));
    this.#bars.replaceChildren(...Array.from({ length: n }, () => h("li", { class: "bar-row" }, "\u00a0")));
    setText(this.#barsTitle, "\u00a0");
    this.#table.replaceChildren();
    this.#tableKey = "";
    setText(this.#note, f.text("chart.reportedNote"));
  }

  /** Shows a described comparison; `reported` hides the chart and says why; colorOf(id) gives a line's color class. */
  update(model, { reported, colorOf, chartBox }) {
    setText(this.#title, model.title);
    setAttr(this.#note, "hidden", !reported);
    setAttr(this.#common, "hidden", !model.commonDate);
    setText(this.#common, model.commonDate);
    setAttr(chartBox, "hidden", reported);
    setAttr(this.#legend, "hidden", reported);

    setAttr(this.#spread, "hidden", !model.spread);
    if (model.spread) {
      setClass(this.#spread, `spread ${model.spread.dir}`);
      const parts = model.spread.parts;
      const nodes = this.#spread.childNodes;
      if (nodes.length !== parts.length || parts.some((p, i) => (p.name === "title") !== (nodes[i].nodeName === "STRONG"))) {
        this.#spread.replaceChildren(...parts.map((p) => (p.name === "title" ? h("strong", null, p.text) : p.name === "text" ? h("span", { class: "spread-text" }, p.text) : document.createTextNode(p.text))));
      } else {
        parts.forEach((p, i) => setText(nodes[i], p.text));
      }
    }

    const ids = model.legend.map((l) => l.id);
    if (!sameIds(this.#legend, ids)) {
      this.#legend.replaceChildren(...model.legend.map((l) => {
        const li = h("li", { class: "legend-item", "data-id": l.id });
        li.append(h("span", { class: `swatch ${colorOf(l.id)}`, "aria-hidden": "true" }), h("span", { class: "legend-name" }), h("span", { class: "legend-value" }));
        return li;
      }));
    }
    model.legend.forEach((l, i) => {
      const li = this.#legend.children[i];
      setText(li.children[1], l.name);
      setClass(li.children[2], `legend-value ${l.dir}`);
      setText(li.children[2], l.pct);
      this.#extra(li, "legend-spread", l.spread);
      this.#extra(li, "legend-stale", l.stale);
    });

    setText(this.#barsTitle, model.barsTitle);
    this.#bars.style.setProperty("--zero", `${(model.zero * 100).toFixed(3)}%`);
    this.#bars.style.setProperty("--value-chars", String(model.valueChars));
    const barIds = model.bars.map((b) => b.id);
    if (!sameIds(this.#bars, barIds)) {
      this.#bars.replaceChildren(...model.bars.map((b) => {
        const li = h("li", { class: "bar-row", "data-id": b.id });
        const track = h("span", { class: "bar-track", "aria-hidden": "true" });
        track.appendChild(h("span", { class: "bar-fill" }));
        const value = h("span", { class: "bar-value" });
        value.append(h("span", { class: "pct" }));
        li.append(h("span", { class: "bar-name" }), track, value);
        return li;
      }));
    }
    model.bars.forEach((b, i) => {
      const li = this.#bars.children[i];
      setClass(li, `bar-row ${b.dir}`);
      const [name, track, value] = li.children;
      setText(name, b.name);
      const fill = track.firstChild;
      fill.style.left = `${(b.start * 100).toFixed(3)}%`;
      fill.style.width = `${(b.width * 100).toFixed(3)}%`;
      setArrow(value, b.arrow);
      setText(value.querySelector(".pct"), b.pct);
    });

    // The hidden table: rebuilt when its shape changes, else its cells are rewritten in place.
    const t = model.table;
    const key = `${t.head.join("\n")}\n${t.rows.length}`;
    if (key !== this.#tableKey) {
      this.#tableKey = key;
      const headRow = h("tr");
      for (const text of t.head) headRow.appendChild(h("th", { scope: "col" }, text));
      const thead = h("thead");
      thead.appendChild(headRow);
      const tbody = h("tbody");
      for (let i = 0; i < t.rows.length; i++) tbody.appendChild(h("tr")).append(h("th", { scope: "row" }), h("td"), h("td"));
      this.#table.replaceChildren(h("caption"), thead, tbody);
    }
    setText(this.#table.firstChild, t.caption);
    const body = this.#table.lastChild;
    t.rows.forEach((row, i) => row.forEach((text, k) => setText(body.children[i].children[k], text)));
  }

  /** A legend item's optional trailing text (a span of class `cls`), added, updated or removed. */
  #extra(li, cls, text) {
    let span = li.querySelector(`.${cls}`);
    if (!text) {
      if (span) span.remove();
      return;
    }
    if (!span) span = li.appendChild(h("span", { class: cls }));
    setText(span, text);
  }
}
