// Draws a Chart of the core (pixel geometry: ticks, line paths, the small-vs-large band) into
// SVG, and its crosshair: the samples in chart.crosshair (at most one per pixel column), moved by
// pointer or keyboard, shown in a tooltip and read out through the chart's accessible name.
import { h, svg, setAttr, setText, keyStep, nearest } from "./dom.js";

/**
 * The comparison chart. `draw(chart, ctx)` replaces what is drawn; the crosshair keeps working
 * on the last chart drawn.
 * @example
 * const view = new ChartView();
 * section.append(view.element);
 * view.draw(deck.chart({ period: "YTD", width: 720, height: 360 }), { f, colorOf, nameOf, label });
 */
export class ChartView {
  #box;
  #svg;
  #tooltip;
  #cross = null;
  #chart = null;
  #ctx = null;
  #hover = -1;
  #parts = null;

  constructor() {
    this.#box = h("div", { class: "chart-box" });
    this.#svg = svg("svg", { class: "chart", role: "img", tabindex: "0", focusable: "true" });
    this.#tooltip = h("div", { class: "tooltip", hidden: "", "aria-hidden": "true" });
    this.#box.append(this.#svg, this.#tooltip);
    this.#svg.addEventListener("pointermove", (e) => {
      const c = this.#samples();
      if (!c || !c.crosshair || !c.crosshair.x.length) return;
      const rect = this.#svg.getBoundingClientRect();
      if (!rect.width) return;
      this.show(nearest(c.crosshair.x, ((e.clientX - rect.left) * c.width) / rect.width));
    });
    this.#svg.addEventListener("pointerleave", () => this.hide());
    this.#svg.addEventListener("blur", () => this.hide());
    this.#svg.addEventListener("keydown", (e) => {
      const c = this.#samples();
      if (!c || !c.crosshair) return;
      if (e.key === "Escape") return this.hide();
      const n = c.crosshair.x.length;
      const i = keyStep(e.key, this.#hover < 0 ? n - 1 : this.#hover, n, false);
      if (i === undefined) return;
      e.preventDefault();
      this.show(i);
    });
  }

  /**
   * The chart drawn, with its crosshair samples: a chart drawn without them (`crosshair: false`,
   * as at every slider step) asks `ctx.samples()` for them once, when the reader first points.
   */
  #samples() {
    const c = this.#chart;
    if (c && c.crosshair && !c.crosshair.x.length && this.#ctx && this.#ctx.samples) {
      const crosshair = this.#ctx.samples();
      this.#ctx = { ...this.#ctx, samples: null };
      if (crosshair) this.#chart = { ...c, crosshair };
    }
    return this.#chart;
  }

  /** The chart's box (SVG and tooltip). */
  get element() { return this.#box; }

  /** An empty chart of the final size, while the data is on its way. */
  reserve(width, height) {
    this.#chart = null;
    setAttr(this.#svg, "viewBox", `0 0 ${width} ${height}`);
    this.#svg.replaceChildren();
    this.#parts = null;
    this.#cross = null;
    this.hide();
  }

  /** The chart's groups, made once; draw() then only adds, removes and rewrites their children. */
  #groups() {
    if (this.#parts) return this.#parts;
    const g = (cls) => svg("g", { class: cls });
    this.#parts = { grid: g("y-ticks"), xs: g("x-ticks"), zero: svg("line", { class: "zero" }), lines: g("lines"), spread: g("spread-band") };
    this.#cross = svg("line", { class: "crosshair", x1: 0, x2: 0, visibility: "hidden" });
    const p = this.#parts;
    this.#svg.replaceChildren(p.grid, p.xs, p.zero, p.lines, p.spread, this.#cross);
    return p;
  }

  /**
   * Draws `chart`. ctx: `{ f, colorOf(id), nameOf(id), label, samples() }`: the Formatter, the
   * color class of a series, its name, the chart's accessible name, and (for a chart drawn
   * without crosshair samples) what gives them when the reader first points at the chart. The SVG's nodes are kept from one draw to
   * the next and only the attributes and texts that changed are written, so a slider step costs
   * the browser a few attribute changes, not a new tree to style and lay out.
   */
  draw(chart, ctx) {
    this.#chart = chart;
    this.#ctx = ctx;
    const { f, colorOf } = ctx;
    const [left, top, right, bottom] = chart.plot;
    setAttr(this.#svg, "viewBox", `0 0 ${chart.width} ${chart.height}`);
    setAttr(this.#svg, "aria-label", ctx.label);
    const p = this.#groups();
    fill(p.grid, chart.yTicks, () => [svg("line", { class: "grid" }), svg("text", { class: "tick", "text-anchor": "end", "dominant-baseline": "middle" })], ([line, text], t) => {
      attrs(line, { x1: left, x2: right, y1: t.pos, y2: t.pos });
      attrs(text, { x: left - 6, y: t.pos });
      setText(text, f.percent(t.value, t.decimals));
    });
    fill(p.xs, chart.xTicks, () => [svg("line", { class: "xtick" }), svg("text", { class: "tick", "text-anchor": "middle" })], ([line, text], t) => {
      const style = t.unit === "month" ? (t.date.slice(5, 7) === "01" ? "monthYear" : "month") : t.unit === "day" ? "day" : "year";
      attrs(line, { x1: t.pos, x2: t.pos, y1: bottom, y2: bottom + 4 });
      attrs(text, { x: t.pos, y: bottom + 16 });
      setText(text, f.date(t.date, style));
    });
    attrs(p.zero, { x1: left, x2: right, y1: chart.zeroY, y2: chart.zeroY });
    fill(p.lines, chart.lines, () => [svg("path", { class: "line" }), svg("text", { class: "end-label", "dominant-baseline": "middle" })], ([path, label], line) => {
      const k = colorOf(line.id);
      attrs(path, { class: `line ${k}`, d: line.d || "", "data-id": line.id });
      const labelled = line.endX !== null && line.labelY !== null && line.labelY !== undefined;
      attrs(label, { class: `end-label ${k}`, x: right + 6, y: labelled ? line.labelY : 0, visibility: labelled ? null : "hidden" });
      setText(label, labelled ? f.percent(line.return) : "");
    });
    const s = chart.spread;
    fill(p.spread, s ? [s] : [], () => [
      svg("text", { class: "tick" }), svg("line", { class: "zero thin" }), svg("path", { class: "line spread-line" }),
      svg("text", { class: "tick", "text-anchor": "end" }), svg("text", { class: "tick", "text-anchor": "end" }),
    ], ([title, zero, path, max, min]) => {
      attrs(title, { x: left, y: s.band[0] - 4 });
      setText(title, f.text("chart.band"));
      attrs(zero, { x1: left, x2: right, y1: s.zeroY, y2: s.zeroY });
      setAttr(path, "d", s.d);
      attrs(max, { x: left - 6, y: s.band[0] + 6 });
      setText(max, f.points(s.max));
      attrs(min, { x: left - 6, y: s.band[1] });
      setText(min, f.points(s.min));
    });
    attrs(this.#cross, { y1: top, y2: s ? s.band[1] : bottom });
    this.hide();
  }

  /** Shows the crosshair and tooltip at sample i of chart.crosshair. */
  show(i) {
    const c = this.#chart;
    const x = c && c.crosshair ? c.crosshair.x : [];
    if (!c || i < 0 || i >= x.length) return this.hide();
    const { f, colorOf, nameOf } = this.#ctx;
    this.#hover = i;
    const at = x[i];
    setAttr(this.#cross, "x1", at);
    setAttr(this.#cross, "x2", at);
    setAttr(this.#cross, "visibility", "visible");
    const date = c.crosshair.dates[i];
    const rows = [h("div", { class: "tip-date", "data-date": date }, f.date(date))];
    c.lines.forEach((line, k) => {
      const values = c.crosshair.values[k] || [];
      const value = values[i];
      const row = h("div", { class: "tip-row" });
      row.append(
        h("span", { class: `swatch ${colorOf(line.id)}`, "aria-hidden": "true" }),
        h("span", { class: "tip-name" }, nameOf(line.id)),
        h("span", { class: "tip-value" }, f.percent(value)),
      );
      rows.push(row);
    });
    const spread = c.crosshair.spread ? c.crosshair.spread[i] : null;
    if (spread !== null && spread !== undefined) {
      rows.push(h("div", { class: "tip-row spread-row" }, f.text("chart.smallMinusLarge", { pp: f.points(spread) })));
    }
    this.#tooltip.replaceChildren(...rows);
    setAttr(this.#tooltip, "hidden", false);
    // Placing the tooltip reads the box's width: a pointer or key event, never a render.
    const boxWidth = this.#box.clientWidth;
    const scale = boxWidth / c.width;
    let left = at * scale + 12;
    if (left + 240 > boxWidth) left = Math.max(0, at * scale - 252);
    this.#tooltip.style.left = `${left}px`;
    // Screen readers hear the crosshair's values through the chart's name.
    setAttr(this.#svg, "aria-label", rows.map((r) => r.textContent).join("; "));
  }

  /** Hides the crosshair and tooltip. */
  hide() {
    this.#hover = -1;
    setAttr(this.#tooltip, "hidden", true);
    if (this.#cross) setAttr(this.#cross, "visibility", "hidden");
    if (this.#ctx) setAttr(this.#svg, "aria-label", this.#ctx.label);
  }
}

/** Sets each attribute of `values` that differs (null removes it). */
function attrs(node, values) {
  for (const name in values) setAttr(node, name, values[name]);
}

/**
 * Keeps one set of nodes (made by `make`, appended to `group` in order) per item of `items`,
 * adding and removing sets at the end only, then writes each item into its set with `write`.
 */
const SETS = new WeakMap();
function fill(group, items, make, write) {
  let per = SETS.get(group);
  if (!per) SETS.set(group, (per = []));
  while (per.length < items.length) {
    const set = make();
    group.append(...set);
    per.push(set);
  }
  while (per.length > items.length) for (const node of per.pop()) node.remove();
  items.forEach((item, i) => write(per[i], item));
}
